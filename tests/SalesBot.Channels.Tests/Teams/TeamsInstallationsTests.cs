using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Teams;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>The install greeting speaks the member's language, or the bound team's; a stranger's is English.</summary>
public sealed class TeamsInstallationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>An installationUpdate "add" of the bot, by <paramref name="user"/> when given, as Teams sends it.</summary>
    private static TeamsActivity Chat(string id, string type, string? user = null) => JsonSerializer.Deserialize<TeamsActivity>(
        $$$"""
        {"type":"installationUpdate","action":"add","id":"install-{{{id}}}","serviceUrl":"https://smba.example.com/",
         "from":{"id":"{{{user ?? "29:someone"}}}"},"recipient":{"id":"28:bot"},
         "conversation":{"conversationType":"{{{type}}}","tenantId":"tenant","id":"{{{id}}}"}}
        """, TeamsJson.Options)!;

    /// <summary>What the inbox processor does with the install: the Teams side refreshes references, then the one greeting of every messenger.</summary>
    private static async Task<OutgoingMessage> GreetingAsync(TestStore store, TeamsActivity install)
    {
        var joined = Assert.IsType<ChannelEvent.Joined>(TeamsActivityMapper.Map(install, Now));
        await using (var db = store.CreateDb())
        {
            await TeamsInstallations.InstalledAsync(db, TeamsConversationRef.Of(joined), CancellationToken.None);
            Assert.True(await GreetNewChat.HandleAsync(db, joined.Greeting(ChannelKind.Teams, 1), Now, CancellationToken.None));
        }

        await using var read = store.CreateDb();
        var row = await read.Outbox.SingleAsync(o => o.ChatId == install.Conversation!.Id);
        return JsonSerializer.Deserialize<OutgoingMessage>(row.Body)!;
    }

    private static async Task<Team> TeamAsync(TestStore store, string language)
    {
        await using var db = store.CreateDb();
        var team = new Team { Name = "Północ", NormalizedName = "polnoc", Language = language };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    [Fact]
    public async Task GreetsAMemberOfAPolishTeamInPolish()
    {
        await using var store = await TestStore.SqliteAsync();
        var team = await TeamAsync(store, "pl");
        await using (var db = store.CreateDb())
        {
            db.Members.Add(new Member { TeamId = team.Id, Name = "Anna", NormalizedName = "anna" }.WithTeams(userId: "29:anna"));
            await db.SaveChangesAsync();
        }

        var greeting = await GreetingAsync(store, Chat("a:1", "personal", "29:anna"));

        Assert.Equal("Cześć, jestem SalesBot", greeting.Title);
        Assert.StartsWith("Napisz mi własnymi słowami", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetsInTheMembersOwnLanguageBeforeTheTeams()
    {
        await using var store = await TestStore.SqliteAsync();
        var team = await TeamAsync(store, "pl");
        await using (var db = store.CreateDb())
        {
            db.Members.Add(new Member { TeamId = team.Id, Name = "Ivan", NormalizedName = "ivan", Language = "ru" }.WithTeams(userId: "29:ivan"));
            await db.SaveChangesAsync();
        }

        var greeting = await GreetingAsync(store, Chat("a:2", "personal", "29:ivan"));

        Assert.Equal("Привет, я SalesBot", greeting.Title);
    }

    [Fact]
    public async Task GreetsABoundChannelInItsTeamsLanguage()
    {
        await using var store = await TestStore.SqliteAsync();
        var team = await TeamAsync(store, "ru");
        await using (var db = store.CreateDb())
        {
            db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Teams, ChatId = "19:channel", IsActive = false });
            await db.SaveChangesAsync();
        }

        var greeting = await GreetingAsync(store, Chat("19:channel", "channel"));

        Assert.StartsWith("Здесь я публикую победы", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetsAStrangerInEnglishAsBefore()
    {
        await using var store = await TestStore.SqliteAsync();

        var greeting = await GreetingAsync(store, Chat("a:3", "personal", "29:nobody"));

        Assert.Equal("Hi, I'm SalesBot", greeting.Title);
        Assert.StartsWith("Tell me what you did, in your own words", greeting.Text, StringComparison.Ordinal);
    }
}

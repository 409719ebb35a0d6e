using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>The one greeting of a chat the bot was added to, whatever the messenger: its words and language, and once per install.</summary>
public sealed class GreetNewChatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private static GreetNewChat.Command Added(string chatId, ChatKind kind, string? by, string key = "1") =>
        new(ChannelKind.Telegram, chatId, kind, by, null, null, key);

    private async Task<bool> GreetAsync(GreetNewChat.Command command, DateTimeOffset? at = null)
    {
        await using var db = _store.CreateDbContext();
        return await GreetNewChat.HandleAsync(db, command, at ?? Now, CancellationToken.None);
    }

    private List<OutgoingMessage> Greetings(string chatId)
    {
        using var db = _store.CreateDbContext();
        return db.Outbox.AsNoTracking().Where(o => o.ChatId == chatId && o.Kind == OutboxKind.Notice).OrderBy(o => o.Id)
            .Select(o => o.Body).AsEnumerable().Select(b => JsonSerializer.Deserialize<OutgoingMessage>(b)!).ToList();
    }

    private void SetLanguage(Team team, string language)
    {
        using var db = _store.CreateDbContext();
        db.Teams.Where(t => t.Id == team.Id).ExecuteUpdate(s => s.SetProperty(t => t.Language, language));
    }

    [Fact]
    public async Task TellsAGroupHowToConnectItInItsBoundTeamsLanguage()
    {
        var north = _store.AddTeam("North");
        SetLanguage(north, "ru");
        _store.Bind(north, "-100200");

        Assert.True(await GreetAsync(Added("-100200", ChatKind.Group, by: "555")));

        Assert.StartsWith("Здесь я публикую победы", Assert.Single(Greetings("-100200")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetsAnUnboundGroupInTheLanguageOfTheMemberWhoAddedTheBot()
    {
        var polnoc = _store.AddTeam("Północ");
        SetLanguage(polnoc, "pl");
        _store.AddMember(polnoc, "Marek", MemberRole.Manager, telegramId: 5100000001);

        await GreetAsync(Added("-100300", ChatKind.Group, by: "5100000001"));

        var greeting = Assert.Single(Greetings("-100300"));
        Assert.Equal("Cześć, jestem SalesBot", greeting.Title);
        Assert.Contains("@SalesBot connect", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetsAStrangersPrivateChatInEnglishWithHowToJoin()
    {
        _store.AddTeam("North");

        await GreetAsync(Added("777", ChatKind.Private, by: "777"));

        var greeting = Assert.Single(Greetings("777"));
        Assert.StartsWith("Tell me what you did, in your own words", greeting.Text, StringComparison.Ordinal);
        Assert.Contains("/join CODE", Assert.Single(greeting.Details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetsOnceWhenOneInstallIsAnnouncedTwiceAndAgainAfterTheWindow()
    {
        Assert.True(await GreetAsync(Added("a:1", ChatKind.Private, by: "29:x", key: "10")));
        Assert.False(await GreetAsync(Added("a:1", ChatKind.Private, by: "29:x", key: "11"), Now.AddSeconds(2)));
        Assert.True(await GreetAsync(Added("a:2", ChatKind.Private, by: "29:y", key: "12"), Now.AddSeconds(3)));
        Assert.Single(Greetings("a:1"));

        Assert.True(await GreetAsync(Added("a:1", ChatKind.Private, by: "29:x", key: "13"), Now + GreetNewChat.GreetingWindow + TimeSpan.FromMinutes(1)));
        Assert.Equal(2, Greetings("a:1").Count);
    }

    [Fact]
    public async Task AnswersEveryStartAPersonAsksForButTheSameAskHandledTwiceOnce()
    {
        _store.AddTeam("North");
        var asked = Added("888", ChatKind.Private, by: "888", key: "20") with { Asked = true };

        Assert.True(await GreetAsync(asked));
        Assert.False(await GreetAsync(asked, Now.AddSeconds(1)));
        Assert.True(await GreetAsync(asked with { EventKey = "21" }, Now.AddSeconds(2)));
        // An install announced right after an ask still folds into the window.
        Assert.False(await GreetAsync(Added("888", ChatKind.Private, by: "888", key: "22"), Now.AddSeconds(3)));

        Assert.Equal(2, Greetings("888").Count);
    }

    [Theory]
    [InlineData("pl", "Cześć, jestem SalesBot")]
    [InlineData("ru-RU", "Привет, я SalesBot")]
    [InlineData("de", "Hi, I'm SalesBot")]
    public async Task GreetsAStrangerInTheirMessengersLanguageWhenItHasAPack(string language, string title)
    {
        _store.AddTeam("North");

        await GreetAsync(Added("901", ChatKind.Private, by: "901") with { SenderLanguage = language });

        Assert.Equal(title, Assert.Single(Greetings("901")).Title);
    }

    [Fact]
    public async Task AMembersTeamLanguageWinsOverTheirMessengersLanguage()
    {
        var polnoc = _store.AddTeam("Północ");
        SetLanguage(polnoc, "pl");
        _store.AddMember(polnoc, "Ola", MemberRole.Rep, telegramId: 5100000077);

        await GreetAsync(Added("5100000077", ChatKind.Private, by: "5100000077") with { SenderLanguage = "ru" });

        Assert.Equal("Cześć, jestem SalesBot", Assert.Single(Greetings("5100000077")).Title);
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class IdentityTests
{
    [Fact]
    public async Task ATeamsUserAddedByEntraObjectIdIsRecognisedAndTheirChatIsRemembered()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        await using (var db = h.Store.CreateDbContext())
        {
            db.Attach(anna);
            anna.WithTeams(aadObjectId: "aad-anna");
            await db.SaveChangesAsync();
        }

        h.Parser.Add("my tasks", Say.Just(Intent.ShowTasks));
        var first = new IncomingMessage(ChannelKind.Teams, "a:1-personal", ChatKind.Private, "29:anna", "Anna B", "my tasks", "act-1", h.Clock.Now)
        {
            SenderDirectoryId = "aad-anna",
            Address = MemberIdentities.ServiceAddress("https://smba.example/emea/"),
        };

        var reply = await h.SendAsync(first);
        var second = await h.SendAsync(first with { MessageId = "act-2", SenderDirectoryId = null });

        Assert.Contains("No open tasks", reply.Text);
        Assert.Contains("No open tasks", second.Text);
        var stored = h.Read(db => db.Members.Include(m => m.Identities).Single());
        Assert.Equal("29:anna", stored.TeamsUserId());
        Assert.Equal("a:1-personal", stored.TeamsConversationId());
        Assert.Equal("https://smba.example/emea/", stored.TeamsServiceUrl());
        var row = h.Read(db => db.Outbox.First());
        Assert.Equal(ChannelKind.Teams, row.Channel);
        Assert.Equal("https://smba.example/emea/", row.ServiceUrl());
        Assert.Equal("act-1", row.ReplyToMessageId);
    }

    [Fact]
    public async Task ATelegramStrangerWithTheIdOfAnotherTeamsMemberIsStillOnlyThatMember()
    {
        await using var h = new EngineHarness();
        var north = h.Store.AddTeam("North");
        var south = h.Store.AddTeam("South");
        h.Store.AddMember(north, "Anna", telegramId: 7);
        h.Store.AddMember(south, "Sven", telegramId: 8);
        h.Parser.Add("my pipeline", Say.Pipeline("me"));

        var reply = await h.SendAsync(new IncomingMessage(ChannelKind.Telegram, "8", ChatKind.Private, "8", "Anna", "my pipeline", "8:1", h.Clock.Now));
        var garbage = await h.SendAsync(new IncomingMessage(ChannelKind.Telegram, "x", ChatKind.Private, "not-a-number", "?", "my pipeline", "x:1", h.Clock.Now));

        Assert.Contains("Your pipeline is empty", reply.Text);
        Assert.Contains("don't know you", garbage.Text);
    }

    [Fact]
    public async Task AMessageWithoutASenderIdIsAStrangerEvenWhereMembersLackThatChannelsId()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("my pipeline", Say.Pipeline("me"));

        var teams = await h.SendAsync(new IncomingMessage(ChannelKind.Teams, "a:1", ChatKind.Private, null!, "?", "my pipeline", "t1", h.Clock.Now));
        var blank = await h.SendAsync(new IncomingMessage(ChannelKind.Teams, "a:1", ChatKind.Private, "", "?", "my pipeline", "t2", h.Clock.Now));

        Assert.Contains("don't know you", teams.Text);
        Assert.Contains("don't know you", blank.Text);
    }

    [Fact]
    public async Task AwayAndBackChangeTheMembersStatus()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna", telegramId: 7);
        h.Parser.Add("away until Nov 20", new ParsedCommand(Intent.SetAway, 0.9) { Date = new DateOnly(2026, 11, 20) });
        h.Parser.Add("back", Say.Just(Intent.SetBack));
        IncomingMessage Tg(string text, string id) => new(ChannelKind.Telegram, "7", ChatKind.Private, "7", "Anna", text, id, h.Clock.Now);

        var away = await h.SendAsync(Tg("away until Nov 20", "7:1"));
        var member = h.Read(db => db.Members.Single());
        Assert.Contains("Away until Fri Nov 20", away.Text);
        Assert.Equal((MemberStatus.Away, new DateOnly(2026, 11, 20)), (member.Status, member.AwayUntil));

        await h.SendAsync(Tg("back", "7:2"));
        Assert.Equal(MemberStatus.Active, h.Read(db => db.Members.Single()).Status);
    }

    [Fact]
    public async Task ManagersSetTargetsAndHolidaysAndRepsCannot()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("target meetings 8 per week", new ParsedCommand(Intent.SetTarget, 0.9) { Argument = "meetings", Number = 8, Period = "week" });
        h.Parser.Add("target won deals 2 per month", new ParsedCommand(Intent.SetTarget, 0.9) { Argument = "deals_won", Number = 2, Period = "month" });
        h.Parser.Add("holiday Dec 24", new ParsedCommand(Intent.AddHoliday, 0.9) { Date = new DateOnly(2026, 12, 24) });

        var rep = await h.SendAsync("Anna", "target meetings 8 per week");
        var target = await h.SendAsync("Maria", "target meetings 8 per week");
        await h.SendAsync("Maria", "target won deals 2 per month");
        var holiday = await h.SendAsync("Maria", "holiday Dec 24");

        Assert.Contains("Only a manager", rep.Text);
        Assert.Equal("✓ Target: 8 meetings per rep per week.", target.Text);
        Assert.Contains("Thu Dec 24 is a team holiday", holiday.Text);
        Assert.Equal(2, h.Read(db => db.Targets.Count()));
        Assert.Equal(KpiMetric.DealsWon, h.Read(db => db.Targets.Single(t => t.Period == TargetPeriod.Month)).Metric);
        Assert.Equal(new DateOnly(2026, 12, 24), h.Read(db => db.TeamHolidays.Single()).Date);
    }
}

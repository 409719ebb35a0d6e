using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

/// <summary>Issue 12's findings 4, 5, 6 and 9: figures in replies, undo by field, server time for windows.</summary>
public class TrustTests
{
    private int _next;

    private IncomingMessage InGroup(EngineHarness h, long telegramId, string name, string text) =>
        new(ChannelKind.Telegram, "-100", ChatKind.Group, telegramId.ToString(System.Globalization.CultureInfo.InvariantCulture), name, text,
            $"g{Interlocked.Increment(ref _next)}", h.Clock.Now);

    [Fact]
    public async Task Finding4_AConfirmationInAGroupThatHidesAmountsDoesNotShowTheAmount()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna", telegramId: 501);
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam", DealStage.Negotiation, 40_000);
        h.Store.Bind(team, "-100");
        h.Parser.Add("won Fabrikam", Say.Move("Fabrikam", DealStage.Won));
        h.Parser.Add("Fabrikam amount 45k", Say.Update("Fabrikam", amount: 45_000));

        var won = await h.SendAsync(InGroup(h, 501, "Anna", "won Fabrikam"));
        var amount = await h.SendAsync(InGroup(h, 501, "Anna", "Fabrikam amount 45k"));

        Assert.Equal("🏆 Congratulations! Fabrikam is won.", won.Text);
        Assert.DoesNotContain("45", amount.Text);
        Assert.DoesNotContain("€", string.Join(' ', h.TeamPosts()));
    }

    [Fact]
    public async Task Finding4_AManagersTeamPipelineAskedInTheChannelGoesToThemPrivately()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Maria", MemberRole.Manager, telegramId: 900);
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Proposal, 120_000);
        h.Parser.Add("team pipeline", Say.Pipeline("team"));

        var inGroup = await h.SendAsync(InGroup(h, 900, "Maria", "team pipeline"));

        Assert.DoesNotContain("Contoso", inGroup.Text);
        Assert.Contains("private chat", inGroup.Text);
        var privately = h.Read(db => db.Outbox.AsNoTracking().Single(o => o.Kind == OutboxKind.Reply && o.ChatId == "900"));
        var body = JsonSerializer.Deserialize<OutgoingMessage>(privately.Body)!;
        Assert.Contains("€120K", body.Title + body.Text);
    }

    [Fact]
    public async Task Finding4_ATeamThatSharesFiguresAndAmountsAnswersInTheChannel()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North", visibility: TeamVisibility.Everyone);
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.ShowAmountsInChannel, true));
        }

        h.Store.AddMember(team, "Maria", MemberRole.Manager, telegramId: 900);
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Proposal, 120_000);
        h.Parser.Add("team pipeline", Say.Pipeline("team"));

        var inGroup = await h.SendAsync(InGroup(h, 900, "Maria", "team pipeline"));

        Assert.Contains("€120K", inGroup.Title + inGroup.Text);
    }

    [Fact]
    public async Task Finding5_ShowAccountHidesOtherRepsAmountsFromARepButNotFromTheManager()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var ben = h.Store.AddMember(team, "Ben");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        var contoso = h.Store.AddAccount(team, "Contoso");
        h.Store.AddDeal(team, contoso, anna, "Contoso upgrade", DealStage.Proposal, 120_000);
        h.Store.AddDeal(team, contoso, ben, "Contoso support", DealStage.Lead, 8_000);
        h.Parser.Add("show Contoso", Say.Show("Contoso"));

        var toBen = await h.SendAsync("Ben", "show Contoso");
        var toMaria = await h.SendAsync("Maria", "show Contoso");

        Assert.DoesNotContain("€120K", toBen.Text);
        Assert.Contains("Contoso support, Lead, €8K (Ben)", toBen.Text);
        Assert.Contains("Contoso upgrade, Proposal (Anna)", toBen.Text);
        Assert.Contains("€120K", toMaria.Text);
    }

    [Fact]
    public async Task Finding5_WinningSomeoneElsesDealDoesNotEchoItsAmount()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam", DealStage.Negotiation, 1_100_000);
        h.Parser.Add("won Fabrikam", Say.Move("Fabrikam", DealStage.Won));
        h.Parser.Add("Fabrikam amount 1.2M", Say.Update("Fabrikam", amount: 1_200_000));

        var amount = await h.SendAsync("Ben", "Fabrikam amount 1.2M");
        var won = await h.SendAsync("Ben", "won Fabrikam");

        Assert.Equal("🏆 Congratulations! Fabrikam (Anna's deal) is won.", won.Text);
        Assert.DoesNotContain("1.2M", amount.Text);
    }

    [Fact]
    public async Task Finding6_UndoOfAStageMoveKeepsALaterAmountChangeBySomeoneElse()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified, 40_000);
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        h.Parser.Add("Contoso upgrade amount 55k", Say.Update("Contoso upgrade", amount: 55_000));

        var moved = await h.SendAsync("Ben", "Contoso upgrade to proposal");
        await h.SendAsync("Anna", "Contoso upgrade amount 55k");
        var undone = await h.SendAsync(h.Message("Ben", "") with { Action = moved.Buttons.Single().Data });

        Assert.StartsWith("↩ Undone", undone.Text);
        var deal = h.Read(db => db.Deals.Single());
        Assert.Equal(DealStage.Qualified, deal.Stage);
        Assert.Equal(55_000, deal.Amount);
    }

    [Fact]
    public async Task Finding6_UndoOfAFieldSomeoneChangedSinceSaysSoAndChangesNothing()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified, 40_000);
        h.Parser.Add("Contoso upgrade amount 45k and proposal", new ParsedCommand(Intent.UpdateDeal, 0.95) { Deal = "Contoso upgrade", Amount = 45_000, Stage = DealStage.Proposal });
        h.Parser.Add("Contoso upgrade amount 55k", Say.Update("Contoso upgrade", amount: 55_000));

        var bens = await h.SendAsync("Ben", "Contoso upgrade amount 45k and proposal");
        await h.SendAsync("Anna", "Contoso upgrade amount 55k");
        var undo = await h.SendAsync(h.Message("Ben", "") with { Action = bens.Buttons.Single().Data });

        Assert.StartsWith("I left it as it was: since then Contoso upgrade's amount was changed again.", undo.Text);
        var deal = h.Read(db => db.Deals.Single());
        Assert.Equal(55_000, deal.Amount);
        Assert.Equal(DealStage.Proposal, deal.Stage);
        Assert.Null(h.Read(db => db.Journal.OrderBy(j => j.Id).First()).UndoneAt);
    }

    [Fact]
    public async Task Finding9_AnOpenQuestionExpiresByTheServersClockNotTheMessagesTimestamp()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Acme Logistics");
        h.Store.AddAccount(team, "Acme Retail");
        h.Parser.Add("met Acme", Say.Log(ActivityType.Meeting, "Acme"));
        var asked = h.Clock.Now;
        var question = await h.SendAsync("Anna", "met Acme");

        h.Clock.Advance(TimeSpan.FromHours(3));
        var typed = await h.SendAsync(h.Message("Anna", "1") with { SentAt = asked });
        var pressed = await h.SendAsync(h.Message("Anna", "") with { Action = question.Buttons[0].Data, SentAt = asked });

        Assert.DoesNotContain("Logged", typed.Text);
        Assert.Equal("That question is closed. Send the message again if you still need it.", pressed.Text);
        Assert.Equal(0, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task Finding9_TheEditWindowIsMeasuredOnTheServersClock()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call with Contoso", Say.Log(ActivityType.Call, "Contoso"));
        h.Parser.Add("meeting with Contoso", Say.Log(ActivityType.Meeting, "Contoso"));
        var original = h.Message("Anna", "call with Contoso", messageId: "77");
        await h.SendAsync(original);

        h.Clock.Advance(TimeSpan.FromMinutes(40));
        var reply = await h.SendAsync(original with { Text = "meeting with Contoso", IsEdit = true, SentAt = original.SentAt.AddMinutes(5) });

        Assert.Contains("too old to amend", reply.Text);
        Assert.Equal(ActivityType.Call, h.Read(db => db.Activities.Single()).Type);
    }

    [Fact]
    public async Task Finding9_AMessageStampedInTheFutureIsLoggedOnTheServersDay()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call with Contoso", Say.Log(ActivityType.Call, "Contoso"));

        await h.SendAsync(h.Message("Anna", "call with Contoso") with { SentAt = h.Clock.Now.AddDays(30) });

        Assert.Equal(new DateOnly(2026, 11, 16), h.Read(db => db.Activities.Single()).HappenedOn);
    }
}

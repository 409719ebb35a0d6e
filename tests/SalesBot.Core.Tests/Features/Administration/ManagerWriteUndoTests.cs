using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>
/// Issue 16: every manager write carries an Undo button and "undo" reverts it (a target, a holiday, away and back,
/// an invite, a connect and a disconnect), on a real SQLite store through the engine.
/// </summary>
public sealed class ManagerWriteUndoTests : IAsyncDisposable
{
    private const string Group = "console:north-sales";
    private readonly EngineHarness _h = new();
    private readonly Team _team;
    private int _message;

    public ManagerWriteUndoTests()
    {
        _team = _h.Store.AddTeam("North");
        _h.Store.AddMember(_team, "Maria", MemberRole.Manager);
        _h.Store.AddMember(_team, "Anna");
        _h.Parser
            .Add("undo", new ParsedCommand(Intent.Undo, 0.95))
            .Add("target meetings 8 per week", new ParsedCommand(Intent.SetTarget, 0.95) { Argument = "meetings", Number = 8, Period = "week" })
            .Add("target meetings 10 per week", new ParsedCommand(Intent.SetTarget, 0.95) { Argument = "meetings", Number = 10, Period = "week" })
            .Add("holiday Dec 24", new ParsedCommand(Intent.AddHoliday, 0.95) { Date = new DateOnly(2026, 12, 24) })
            .Add("away until Nov 20", new ParsedCommand(Intent.SetAway, 0.95) { Date = new DateOnly(2026, 11, 20) })
            .Add("back", new ParsedCommand(Intent.SetBack, 0.95))
            .Add("invite Bob", new ParsedCommand(Intent.Invite, 0.95) { Argument = "Bob" })
            .Add("/connect", new ParsedCommand(Intent.Connect, 0.95))
            .Add("/disconnect", new ParsedCommand(Intent.Disconnect, 0.95));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task<OutgoingMessage> UndoAsync(string who = "Maria")
    {
        var reply = await _h.SendAsync(who, "undo");
        Assert.StartsWith("↩ Undone: ", reply.Text, StringComparison.Ordinal);
        return reply;
    }

    private Task<OutgoingMessage> InGroupAsync(string who, string text) =>
        _h.SendAsync(new IncomingMessage(ChannelKind.Console, Group, ChatKind.Group, who, who, text, $"g{++_message}", _h.Clock.Now) { ChatTitle = "North sales" });

    private static void HasUndo(OutgoingMessage reply) => Assert.Contains(reply.Buttons, b => b.Data.StartsWith("u:", StringComparison.Ordinal));

    [Fact]
    public async Task UndoRemovesANewTarget()
    {
        HasUndo(await _h.SendAsync("Maria", "target meetings 8 per week"));
        Assert.Equal(8m, _h.Read(db => db.Targets.Single()).Value);

        Assert.Equal("↩ Undone: the target of 8 meetings per week.", (await UndoAsync()).Text);
        Assert.Equal(0, _h.Read(db => db.Targets.Count()));
    }

    [Fact]
    public async Task UndoPutsAChangedTargetBackToItsValueBefore()
    {
        await _h.SendAsync("Maria", "target meetings 8 per week");
        await _h.SendAsync("Maria", "target meetings 10 per week");

        await UndoAsync();
        Assert.Equal(8m, _h.Read(db => db.Targets.Single()).Value);
        await UndoAsync();
        Assert.Equal(0, _h.Read(db => db.Targets.Count()));
    }

    [Fact]
    public async Task UndoRemovesAHoliday()
    {
        HasUndo(await _h.SendAsync("Maria", "holiday Dec 24"));
        Assert.Equal(1, _h.Read(db => db.TeamHolidays.Count()));

        await UndoAsync();
        Assert.Equal(0, _h.Read(db => db.TeamHolidays.Count()));
    }

    [Fact]
    public async Task UndoOfAwayAndBackRestoresTheStateBefore()
    {
        HasUndo(await _h.SendAsync("Anna", "away until Nov 20"));
        Assert.Equal((MemberStatus.Away, new DateOnly(2026, 11, 20)), _h.Read(db => db.Members.Where(m => m.Name == "Anna").Select(m => new { m.Status, m.AwayUntil }).AsEnumerable().Select(m => (m.Status, m.AwayUntil!.Value)).Single()));
        HasUndo(await _h.SendAsync("Anna", "back"));

        await UndoAsync("Anna");
        Assert.Equal(MemberStatus.Away, _h.Read(db => db.Members.Single(m => m.Name == "Anna")).Status);
        await UndoAsync("Anna");
        var anna = _h.Read(db => db.Members.Single(m => m.Name == "Anna"));
        Assert.Equal((MemberStatus.Active, (DateOnly?)null), (anna.Status, anna.AwayUntil));
    }

    [Fact]
    public async Task UndoOfAnInviteWithdrawsTheCodeAndTheMemberItMade()
    {
        var reply = await _h.SendAsync("Maria", "invite Bob");
        HasUndo(reply);
        Assert.Equal(1, _h.Read(db => db.JoinCodes.Count()));

        Assert.Equal("↩ Undone: the invite for Bob.", (await UndoAsync()).Text);
        Assert.Equal(0, _h.Read(db => db.JoinCodes.Count()));
        Assert.False(_h.Read(db => db.Members.Any(m => m.Name == "Bob")));
    }

    [Fact]
    public async Task UndoOfAConnectReleasesTheChat()
    {
        var reply = await InGroupAsync("Maria", "/connect");
        Assert.StartsWith("✓ Connected", reply.Text, StringComparison.Ordinal);
        HasUndo(reply);

        Assert.Equal("↩ Undone: connecting \"North sales\".", (await UndoAsync()).Text);
        Assert.Equal(0, _h.Read(db => db.ChannelBindings.Count()));
    }

    [Fact]
    public async Task UndoOfADisconnectBindsTheChatAgain()
    {
        await InGroupAsync("Maria", "/connect");
        HasUndo(await InGroupAsync("Maria", "/disconnect"));
        Assert.Equal(0, _h.Read(db => db.ChannelBindings.Count()));

        await UndoAsync();
        var binding = _h.Read(db => db.ChannelBindings.Single());
        Assert.Equal((_team.Id, Group, true), (binding.TeamId, binding.ChatId, binding.IsActive));

        // And the connect before it is still undoable, step by step.
        await UndoAsync();
        Assert.Equal(0, _h.Read(db => db.ChannelBindings.Count()));
    }

    [Fact]
    public async Task TheUndoButtonRevertsAManagerWriteToo()
    {
        var reply = await _h.SendAsync("Maria", "holiday Dec 24");
        var button = reply.Buttons.Single(b => b.Data.StartsWith("u:", StringComparison.Ordinal));

        var pressed = await _h.SendAsync(_h.Message("Maria", "") with { Action = button.Data });

        Assert.StartsWith("↩ Undone: the team holiday on ", pressed.Text, StringComparison.Ordinal);
        Assert.Equal(0, _h.Read(db => db.TeamHolidays.Count()));
    }

    [Fact]
    public async Task ARepIsRefusedManagerWritesInTheirLanguage()
    {
        Assert.Equal("Only a manager can set targets.", (await _h.SendAsync("Anna", "target meetings 8 per week")).Text);
        using (var db = _h.Store.CreateDbContext())
        {
            db.Members.Single(m => m.Name == "Anna").Language = "pl";
            db.SaveChanges();
        }

        Assert.Equal("Tylko menedżer może dodawać dni wolne zespołu.", (await _h.SendAsync("Anna", "holiday Dec 24")).Text);
        Assert.Equal(0, _h.Read(db => db.Journal.Count()));
    }

    [Fact]
    public async Task AdministrationRepliesSpeakTheMembersLanguage()
    {
        using (var db = _h.Store.CreateDbContext())
        {
            foreach (var member in db.Members)
            {
                member.Language = "pl";
            }

            db.SaveChanges();
        }

        Assert.EndsWith(" to dzień wolny zespołu: tego dnia nie ma stand-upu ani przypomnień.", (await _h.SendAsync("Maria", "holiday Dec 24")).Text, StringComparison.Ordinal);
        Assert.StartsWith("✓ Kod dla: Bob: ", (await _h.SendAsync("Maria", "invite Bob")).Text, StringComparison.Ordinal);
        Assert.StartsWith("✓ Podłączono: ten czat jest teraz kanałem zespołu North.", (await InGroupAsync("Maria", "/connect")).Text, StringComparison.Ordinal);
        Assert.StartsWith("✓ Nieobecność do ", (await _h.SendAsync("Anna", "away until Nov 20")).Text, StringComparison.Ordinal);
        Assert.Equal("Witaj z powrotem, Anna! Prośby i przypomnienia znów są włączone.", (await _h.SendAsync("Anna", "back")).Text);
    }

    [Fact]
    public async Task AdministrationRepliesInEnglishStayAsTheyWere()
    {
        Assert.Equal("✓ Thu Dec 24 is a team holiday: no stand-up or reminders that day.", (await _h.SendAsync("Maria", "holiday Dec 24")).Text);
        Assert.Equal("✓ Connected: this chat is now North's channel. I'll post the stand-up, the weekly digest, new deals, stage moves and wins here.",
            (await InGroupAsync("Maria", "/connect")).Text);
        Assert.Equal("✓ Away until Fri Nov 20: no prompts or nags until then. Enjoy!", (await _h.SendAsync("Anna", "away until Nov 20")).Text);
        Assert.Equal("Welcome back, Anna! Prompts and reminders are on again.", (await _h.SendAsync("Anna", "back")).Text);
        Assert.Matches("^✓ Code for Bob: [A-Z2-9]{10} \\(valid 7 days\\)\\. They send me \"/join [A-Z2-9]{10}\" in Telegram or Teams\\.$", (await _h.SendAsync("Maria", "invite Bob")).Text);
    }
}

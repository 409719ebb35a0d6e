using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>
/// Issue 16: every team setting a manager can change in chat (set_team_setting), through the engine on a real
/// SQLite store with the parser's contract stubbed: confirmed with the value before, refused to reps, undoable.
/// </summary>
public sealed class SetTeamSettingTests : IAsyncDisposable
{
    private readonly EngineHarness _h = new();
    private readonly Team _team;

    public SetTeamSettingTests()
    {
        _team = _h.Store.AddTeam("North");
        _h.Store.AddMember(_team, "Maria", MemberRole.Manager);
        _h.Store.AddMember(_team, "Anna");
        _h.Parser.Add("undo", new ParsedCommand(Intent.Undo, 0.95));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private Task<OutgoingMessage> SetAsync(string who, string setting, string value)
    {
        var text = $"set {setting} {value}";
        _h.Parser.Add(text, new ParsedCommand(Intent.SetTeamSetting, 0.95) { Setting = setting, Argument = value });
        return _h.SendAsync(who, text);
    }

    private Team Team() => _h.Read(db => db.Teams.Single(t => t.Id == _team.Id));

    [Fact]
    public async Task AManagerMovesTheStandupAndIsToldTheTimeBefore()
    {
        var reply = await SetAsync("Maria", "standup_time", "10:15");

        Assert.Equal("✓ Stand-up time: 10:15 (was 09:30).", reply.Text);
        Assert.Contains(reply.Buttons, b => b.Data.StartsWith("u:", StringComparison.Ordinal));
        Assert.Equal(new TimeOnly(10, 15), Team().StandupTime);
    }

    [Fact]
    public async Task UndoPutsTheSettingBack()
    {
        await SetAsync("Maria", "quiet_hours", "20-8");
        Assert.Equal((new TimeOnly(20, 0), new TimeOnly(8, 0)), (Team().QuietHoursStart!.Value, Team().QuietHoursEnd!.Value));

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.Equal("↩ Undone: quiet hours set to 20:00-08:00.", undone.Text);
        Assert.Null(Team().QuietHoursStart);
        Assert.Null(Team().QuietHoursEnd);
    }

    [Fact]
    public async Task ARepIsRefusedAndNothingChanges()
    {
        var reply = await SetAsync("Anna", "amounts_in_channel", "on");

        Assert.Equal("Only a manager can change the team's settings, so nothing changed.", reply.Text);
        Assert.Empty(reply.Buttons);
        Assert.False(Team().ShowAmountsInChannel);
        Assert.Equal(0, _h.Read(db => db.Journal.Count()));
    }

    [Theory]
    [InlineData("quiet_hours", "25-99")]
    [InlineData("standup_time", "half past")]
    [InlineData("time_zone", "Mars/Olympus")]
    [InlineData("currency", "XYZ")]
    [InlineData("team_figures", "nobody")]
    [InlineData("plan_prompt_lead", "9000")]
    [InlineData("digest_in_channel", "maybe")]
    public async Task AValueTheSettingCannotTakeIsRefusedWithAnExample(string setting, string value)
    {
        var before = TeamSettings.Describe(Team(), setting);

        var reply = await SetAsync("Maria", setting, value);

        Assert.StartsWith("I can't set ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("nothing changed. For example: \"", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, TeamSettings.Describe(Team(), setting));
        Assert.Equal(0, _h.Read(db => db.Journal.Count()));
    }

    [Fact]
    public async Task AnUnknownSettingAsksWhichOne()
    {
        var reply = await SetAsync("Maria", "coffee_strength", "strong");

        Assert.StartsWith("Which setting? For example: \"stand-up at 9:30\"", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameValueAgainChangesNothing()
    {
        var reply = await SetAsync("Maria", "digest_day", "mon");

        Assert.Equal("Digest day is already Monday, so nothing changed.", reply.Text);
        Assert.Empty(reply.Buttons);
    }

    [Theory]
    [InlineData("digest_in_channel", "off", "off")]
    [InlineData("amounts_in_channel", "on", "on")]
    [InlineData("team_figures", "everyone", "everyone")]
    [InlineData("standup_time", "9:15", "09:15")]
    [InlineData("digest_day", "friday", "friday")]
    [InlineData("digest_time", "07:45", "07:45")]
    [InlineData("quiet_hours", "21:30-07:00", "21:30-07:00")]
    [InlineData("plan_prompt_lead", "30", "30")]
    [InlineData("time_zone", "Europe/Warsaw", "Europe/Warsaw")]
    [InlineData("currency", "pln", "PLN")]
    [InlineData("language", "pl", "pl")]
    [InlineData("channel_events", "wins,stage_moves", "stage-move,won")]
    [InlineData("working_days", "Sun-Thu", "Mon,Tue,Wed,Thu,Sun")]
    public async Task EverySettingRoundTripsThroughChatAndUndo(string setting, string value, string expected)
    {
        var before = TeamSettings.Describe(Team(), setting);

        var reply = await SetAsync("Maria", setting, value);
        Assert.StartsWith("✓ ", reply.Text, StringComparison.Ordinal);
        Assert.Equal(expected, TeamSettings.Describe(Team(), setting));

        Assert.StartsWith("↩ Undone: ", (await _h.SendAsync("Maria", "undo")).Text, StringComparison.Ordinal);
        Assert.Equal(before, TeamSettings.Describe(Team(), setting));
    }

    [Fact]
    public async Task UndoLeavesASettingAnotherManagerChangedSince()
    {
        _h.Store.AddMember(_team, "Olga", MemberRole.Manager);
        await SetAsync("Maria", "standup_time", "10:00");
        await SetAsync("Olga", "standup_time", "11:00");

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.StartsWith("I left it as it was: since then standup_time became 11:00.", undone.Text, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(11, 0), Team().StandupTime);
    }

    [Fact]
    public async Task TheDigestAndAmountsCanBeTurnedOffAndOnForTheChannel()
    {
        Assert.True(Team().DigestInChannel);
        Assert.Equal("✓ Digest in the channel: off (was on).", (await SetAsync("Maria", "digest_in_channel", "off")).Text);
        Assert.False(Team().DigestInChannel);
        Assert.Equal("✓ Amounts in the channel: on (was off).", (await SetAsync("Maria", "amounts_in_channel", "on")).Text);
        Assert.True(Team().ShowAmountsInChannel);
    }

    [Fact]
    public async Task APolishManagerIsAnsweredInPolish()
    {
        using (var db = _h.Store.CreateDbContext())
        {
            db.Members.Single(m => m.Name == "Maria").Language = "pl";
            db.SaveChanges();
        }

        Assert.Equal("✓ Godzina stand-upu: 10:15 (było: 09:30).", (await SetAsync("Maria", "standup_time", "10:15")).Text);
        Assert.Equal("✓ Godziny ciszy: 20:00-08:00 (było: wyłączone).", (await SetAsync("Maria", "quiet_hours", "20-8")).Text);
    }

    [Fact]
    public async Task ARussianManagerIsAnsweredInRussian()
    {
        using (var db = _h.Store.CreateDbContext())
        {
            foreach (var member in db.Members)
            {
                member.Language = "ru";
            }

            db.SaveChanges();
        }

        Assert.Equal("✓ Время стендапа: 09:00 (было: 09:30).", (await SetAsync("Maria", "standup_time", "9")).Text);
        Assert.Equal("Настройки команды может менять только менеджер, ничего не изменилось.", (await SetAsync("Anna", "standup_time", "9")).Text);
    }

    [Fact]
    public void TheShellAndChatReadChannelEventsTheSameWay()
    {
        Assert.True(TeamSettings.TryReadEvents("wins,stage_moves,new_deals", out var chat));
        Assert.True(TeamSettings.TryReadEvents("won,stage-move,new-deal", out var shell));
        Assert.Equal(shell, chat);
        Assert.False(TeamSettings.TryReadEvents("wins,parties", out _));
    }
}

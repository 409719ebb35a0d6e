using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Forecast;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>
/// Issue 18: a manager changes a stage's probability in chat (set_team_setting probability_STAGE), through the engine
/// on a real SQLite store with the parser's contract stubbed: confirmed with the percent before, used by the forecast,
/// refused to reps and for impossible percents, undoable back to the team's default.
/// </summary>
public sealed class SetStageProbabilityTests : IAsyncDisposable
{
    private readonly EngineHarness _h = new();
    private readonly Team _team;

    public SetStageProbabilityTests()
    {
        _team = _h.Store.AddTeam("North");
        _h.Store.AddMember(_team, "Maria", MemberRole.Manager);
        _h.Store.AddMember(_team, "Anna");
        _h.Parser.Add("undo", new ParsedCommand(Intent.Undo, 0.95));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private Task<OutgoingMessage> SetAsync(string who, string stage, string percent, params (string Stage, string Percent)[] more)
    {
        var text = string.Join(' ', new[] { $"{stage} probability {percent}" }.Concat(more.Select(m => $"{m.Stage} {m.Percent}")));
        _h.Parser.Add(text, new ParsedCommand(Intent.SetTeamSetting, 0.95)
        {
            Setting = "probability_" + stage,
            Argument = percent,
            More = more.Length == 0 ? null : more.Select(m => new ParsedCommand(Intent.SetTeamSetting, 0.95) { Setting = "probability_" + m.Stage, Argument = m.Percent }).ToList(),
        });
        return _h.SendAsync(who, text);
    }

    private Dictionary<DealStage, int> Rows() =>
        _h.Read(db => db.StageProbabilities.Where(p => p.TeamId == _team.Id).ToDictionary(p => p.Stage, p => p.Percent));

    [Fact]
    public async Task AManagerSetsAStageAndIsToldThePercentBefore()
    {
        var reply = await SetAsync("Maria", "proposal", "40");

        Assert.Equal("✓ Probability of proposal: 40% (was 50%).", reply.Text);
        Assert.Contains(reply.Buttons, b => b.Data.StartsWith("u:", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<DealStage, int> { [DealStage.Proposal] = 40 }, Rows());
        await using var db = _h.Store.CreateDbContext();
        var today = new DateOnly(2026, 11, 18);
        var forecast = ForecastBuilder.Build(await ForecastLoader.LoadAsync(db, _team.Id, today, CancellationToken.None), today);
        Assert.Equal(40, forecast.Probabilities["proposal"]);
        Assert.Equal(75, forecast.Probabilities["negotiation"]);
    }

    [Fact]
    public async Task SeveralStagesInOneMessageAreOneWriteAndOneUndo()
    {
        await SetAsync("Maria", "lead", "5", ("negotiation", "80"));
        Assert.Equal(new Dictionary<DealStage, int> { [DealStage.Lead] = 5, [DealStage.Negotiation] = 80 }, Rows());

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.StartsWith("↩ Undone:", undone.Text, StringComparison.Ordinal);
        Assert.Empty(Rows());
    }

    [Fact]
    public async Task UndoPutsTheManagersEarlierPercentBack()
    {
        await SetAsync("Maria", "negotiation", "70");
        await SetAsync("Maria", "negotiation", "90");

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.Equal("↩ Undone: probability of negotiation set to 90%.", undone.Text);
        Assert.Equal(new Dictionary<DealStage, int> { [DealStage.Negotiation] = 70 }, Rows());
    }

    [Fact]
    public async Task UndoLeavesAPercentChangedSinceAlone()
    {
        await SetAsync("Maria", "qualified", "30");
        await using (var db = _h.Store.CreateDbContext())
        {
            await SetStageProbabilities.ApplyAsync(db, _team.Id, new Dictionary<DealStage, int> { [DealStage.Qualified] = 35 }, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.DoesNotContain("↩ Undone", undone.Text, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<DealStage, int> { [DealStage.Qualified] = 35 }, Rows());
    }

    [Fact]
    public async Task SettingTheSamePercentChangesNothing()
    {
        var reply = await SetAsync("Maria", "proposal", "50");

        Assert.Equal("Probability of proposal is already 50%, so nothing changed.", reply.Text);
        Assert.Empty(Rows());
        Assert.Equal(0, _h.Read(db => db.Journal.Count()));
    }

    [Fact]
    public async Task ARepIsRefusedAndNothingChanges()
    {
        var reply = await SetAsync("Anna", "proposal", "90");

        Assert.Equal("Only a manager can change the team's settings, so nothing changed.", reply.Text);
        Assert.Empty(Rows());
        Assert.Equal(0, _h.Read(db => db.Journal.Count()));
    }

    [Theory]
    [InlineData("140")]
    [InlineData("-5")]
    [InlineData("high")]
    [InlineData("40.5")]
    public async Task AnImpossiblePercentIsRefusedWithAnExample(string percent)
    {
        var reply = await SetAsync("Maria", "proposal", percent);

        Assert.Equal($"I can't set probability of proposal to \"{percent}\", so nothing changed. For example: \"proposal probability 40%\".", reply.Text);
        Assert.Empty(Rows());
    }

    [Fact]
    public async Task TheTeamsPipelineEndsWithTheForecastWeightedByTheTeamsProbabilities()
    {
        var anna = _h.Read(db => db.Members.Single(m => m.Name == "Anna"));
        var contoso = _h.Store.AddAccount(_team, "Contoso");
        _h.Store.AddDeal(_team, contoso, anna, "Contoso upgrade", DealStage.Proposal, 10_000m);
        _h.Store.AddDeal(_team, contoso, anna, "Contoso pilot", DealStage.Negotiation, 20_000m);
        _h.Parser.Add("team pipeline", Say.Pipeline("team"));
        _h.Parser.Add("my pipeline", Say.Pipeline("me"));
        await SetAsync("Maria", "proposal", "40");

        var team = await _h.SendAsync("Maria", "team pipeline");
        var own = await _h.SendAsync("Anna", "my pipeline");

        // 40% of 10,000 and the default 75% of 20,000.
        var lines = team.Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Forecast: weighted pipeline EUR 19,000", StringComparison.Ordinal));
        Assert.Equal("Stage probabilities: lead 10%, qualified 25%, proposal 40%, negotiation 75%", lines[^1]);
        Assert.DoesNotContain("Forecast", own.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WonAndLostHaveNoProbabilityToSet()
    {
        var reply = await SetAsync("Maria", "won", "100");

        Assert.StartsWith("Which setting?", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Rows());
    }
}

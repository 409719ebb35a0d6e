using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>
/// Issue 18: a manager sets one rep's own target in chat ("target revenue 50k per month for Ben"), beside the team's,
/// and undo takes back exactly that write; read by the real English parser, written to a real SQLite store.
/// </summary>
public sealed class SetRepTargetTests : IAsyncDisposable
{
    private static readonly MessageParser English = new(Vocabulary.English);
    private readonly EngineHarness _h = new();

    public SetRepTargetTests()
    {
        var team = _h.Store.AddTeam("North");
        _h.Store.AddMember(team, "Maria", MemberRole.Manager);
        _h.Store.AddMember(team, "Ben");
        _h.Store.AddMember(team, "Anna");
        _h.Parser.Add("undo", new ParsedCommand(Intent.Undo, 0.95));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task<string> SayAsync(string text, string who = "Maria")
    {
        _h.Parser.Add(text, English.Parse(text, new DateTime(2026, 11, 16, 9, 0, 0), ParseContext.None));
        return (await _h.SendAsync(who, text)).Text;
    }

    private List<(KpiMetric Metric, TargetPeriod Period, decimal Value, string? Rep)> Targets() => _h.Read(db =>
        db.Targets.Select(t => new { t.Metric, t.Period, t.Value, Rep = db.Members.Where(m => m.Id == t.MemberId).Select(m => m.Name).FirstOrDefault() })
            .AsEnumerable().Select(t => (t.Metric, t.Period, t.Value, t.Rep)).OrderBy(t => t.Rep).ThenBy(t => t.Metric).ToList());

    [Fact]
    public async Task AManagerSetsARepsRevenueTargetBesideTheTeams()
    {
        Assert.Equal("✓ Target: 8 meetings per rep per week.", await SayAsync("target meetings 8 per week"));
        Assert.Equal("✓ Target for Ben: EUR 50,000 won per month.", await SayAsync("target revenue 50k per month for Ben"));
        Assert.Equal("✓ Target for Ben: 5 meetings per week.", await SayAsync("target for ben: meetings 5"));

        Assert.Equal(
            [(KpiMetric.Meetings, TargetPeriod.Week, 8m, null), (KpiMetric.Meetings, TargetPeriod.Week, 5m, "Ben"), (KpiMetric.WonAmount, TargetPeriod.Month, 50_000m, "Ben")],
            Targets());
    }

    [Fact]
    public async Task SettingARepsTargetAgainChangesItAndUndoPutsItBack()
    {
        await SayAsync("target meetings 8 per week");
        await SayAsync("target calls 10 for Ben");
        await SayAsync("target calls 12 for Ben");

        Assert.Equal("↩ Undone: Ben's target of 12 calls per week.", (await _h.SendAsync("Maria", "undo")).Text);
        Assert.Equal([(KpiMetric.Meetings, TargetPeriod.Week, 8m, null), (KpiMetric.Calls, TargetPeriod.Week, 10m, "Ben")], Targets());

        Assert.Equal("↩ Undone: Ben's target of 10 calls per week.", (await _h.SendAsync("Maria", "undo")).Text);
        Assert.Equal([(KpiMetric.Meetings, TargetPeriod.Week, 8m, null)], Targets());
    }

    [Fact]
    public async Task ATargetForTheTeamIsEveryRepsNotARepCalledTeam()
    {
        Assert.Equal("✓ Target: 3 demos per rep per week.", await SayAsync("set target demos 3 per week for the team"));
        Assert.Equal([(KpiMetric.Demos, TargetPeriod.Week, 3m, null)], Targets());
    }

    [Fact]
    public async Task ATargetForSomeoneTheTeamDoesNotHaveIsNotWritten()
    {
        Assert.Equal("No one called Zoe on North.", await SayAsync("target calls 10 for Zoe"));
        Assert.Empty(Targets());
    }

    [Fact]
    public async Task ARevenueTargetInAnotherCurrencyThanTheTeamsIsNotWritten()
    {
        Assert.StartsWith("Targets are in the team's currency, EUR; USD is not it.", await SayAsync("target revenue $50k for Ben"), StringComparison.Ordinal);
        Assert.Empty(Targets());
    }

    [Fact]
    public async Task ARepCannotSetATarget()
    {
        await SayAsync("target calls 10 for Ben", who: "Anna");
        Assert.Empty(Targets());
    }
}

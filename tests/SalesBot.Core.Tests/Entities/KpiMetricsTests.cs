using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Conversation.Support;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Entities;

/// <summary>One table of KPI metric names (<see cref="KpiMetrics"/>): targets, the digest and the packs read it.</summary>
public class KpiMetricsTests
{
    [Fact]
    public void EveryMetricHasOneWireNameThatReadsBackToIt()
    {
        Assert.Equal(Enum.GetValues<KpiMetric>().Order(), KpiMetrics.All.Select(e => e.Metric).Order());
        Assert.All(Enum.GetValues<KpiMetric>(), m => Assert.Equal(m, KpiMetrics.FromWire(m.Wire())));
        Assert.Equal(KpiMetrics.All.Count, KpiMetrics.All.Select(e => e.Wire).Distinct().Count());
    }

    [Fact]
    public void TheDigestCountersKeepTheirOrder() =>
        Assert.Equal(["meetings", "calls", "emails", "demos", "activities", "deals_created", "deals_won", "deals_lost", "stage_moves", "tasks_done"],
            KpiMetrics.Counters);

    [Theory]
    [InlineData("en", "visits", 5, "✓ Target: 5 visits per rep per week.")]
    [InlineData("pl", "visits", 5, "✓ Cel: 5 wizyt na handlowca tygodniowo.")]
    [InlineData("en", "deals_won", 2, "✓ Target: 2 won deals per rep per week.")]
    public async Task AManagerSetsATargetOnAnyTargetableMetric(string language, string metric, int value, string expected)
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        h.Parser.Add("target", new ParsedCommand(Intent.SetTarget, 0.95) { Argument = metric, Number = value, Period = "week", Language = language });

        var reply = await h.SendAsync("Maria", "target");

        Assert.Equal(expected, reply.Text);
        Assert.Equal(KpiMetrics.FromWire(metric), h.Read(db => db.Targets.Single()).Metric);
    }

    [Fact]
    public async Task TheRealParsersTargetVisitsIsSetNotRefused()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        var parsed = new MessageParser(Vocabulary.English).Parse("target visits 5 per week", new DateTime(2026, 11, 16, 9, 0, 0), ParseContext.None);
        h.Parser.Add("target visits 5 per week", parsed);

        var reply = await h.SendAsync("Maria", "target visits 5 per week");

        Assert.Equal("✓ Target: 5 visits per rep per week.", reply.Text);
    }

    [Fact]
    public async Task RevenueIsATargetInTheTeamsCurrency()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        h.Parser.Add("target revenue 50000", new ParsedCommand(Intent.SetTarget, 0.95) { Argument = "won_amount", Number = 50_000 });

        var reply = await h.SendAsync("Maria", "target revenue 50000");

        Assert.Equal("✓ Target: EUR 50,000 won per rep per week.", reply.Text);
        Assert.Equal((KpiMetric.WonAmount, 50_000m), h.Read(db => db.Targets.Select(t => new { t.Metric, t.Value }).AsEnumerable().Select(t => (t.Metric, t.Value)).Single()));
    }

    [Fact]
    public async Task AVisitsTargetIsMeasuredInTheDigest()
    {
        using var store = new Support.TestStore();
        using var db = store.CreateDbContext();
        var week = new NorthwindWeek(db);
        new Seed(db).Target(week.Team, KpiMetric.Visits, 2);
        IsoWeek.TryParse("2026-W47", out var w47);

        var d = KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);

        Assert.Equal(2m, d.Targets["visits"]);
        Assert.All(d.Fulfillment.Values, f => Assert.True(f.ContainsKey("visits")));
        Assert.Equal("2 visits", ReplyPacks.English.Quantity("visits", 2));
    }
}

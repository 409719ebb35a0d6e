using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// Builds the weekly digest from loaded rows. Pure. Deviation rules (the "decision rules on
/// deviation" a manager acts on): a rep below half of a target, a stage holding a large share of
/// the open pipeline, deals gone quiet, a team-wide drop from the week before.
/// </summary>
public static class KpiBuilder
{
    /// <summary>A rep below this share of a target is flagged.</summary>
    public const decimal FarBelowTarget = 0.5m;

    private const int PileUpMinimum = 5;
    private const decimal PileUpShare = 0.4m;

    public static KpiDigest Build(KpiData data)
    {
        var members = data.Members.ToDictionary(m => m.Id);
        var thisWeek = new Dictionary<int, Tally>();
        var lastWeek = new Dictionary<int, Tally>();
        Tally For(Dictionary<int, Tally> week, int memberId) =>
            week.TryGetValue(memberId, out var t) ? t : week[memberId] = new Tally();
        Dictionary<int, Tally> WeekOf(DateTimeOffset at) => at >= data.WeekStart ? thisWeek : lastWeek;

        foreach (var row in data.ActivityCounts)
        {
            For(row.ThisWeek ? thisWeek : lastWeek, row.MemberId).AddActivities(row.Type, row.Count);
        }

        foreach (var row in data.DealsCreated)
        {
            For(WeekOf(row.CreatedAt), row.OwnerId).DealsCreated++;
        }

        var winDays = new List<double>();
        foreach (var row in data.StageChanges)
        {
            var week = WeekOf(row.ChangedAt);
            var tally = For(week, row.OwnerId);
            if (!ReportCounters.IsStageMove(row.From))
            {
                continue;
            }

            tally.StageMoves++;
            if (ReportCounters.IsWin(row.From, row.To))
            {
                tally.DealsWon++;
                if (row.Amount is { } amount)
                {
                    tally.AddWon(row.Currency ?? "?", amount);
                }

                if (week == thisWeek)
                {
                    winDays.Add((row.ChangedAt - row.DealCreatedAt).TotalDays);
                }
            }
            else if (ReportCounters.IsLoss(row.From, row.To))
            {
                tally.DealsLost++;
            }
        }

        foreach (var row in data.TasksDone)
        {
            For(WeekOf(row.DoneAt), row.OwnerId).TasksDone++;
        }

        // Every rep has a line, also with nothing recorded: a zero is information too.
        var repIds = data.Members.Where(m => m.Role == MemberRole.Rep).Select(m => m.Id)
            .Concat(thisWeek.Keys.Where(members.ContainsKey))
            .Distinct()
            .OrderBy(id => members[id].Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var reps = repIds.Select(id =>
        {
            var m = members[id];
            var away = m.Status == MemberStatus.Away && (m.AwayUntil is null || m.AwayUntil >= data.Week.Monday);
            return For(thisWeek, id).ToRep(m.Name, away) with { MemberId = id };
        }).ToList();

        var totals = Tally.Sum(thisWeek.Values).ToCounters();
        var previous = Tally.Sum(lastWeek.Values).ToCounters();
        var targets = Targets(data.Targets.Where(t => t.MemberId is null));
        var ownTargets = data.Targets.Where(t => t.MemberId is { } id && members.ContainsKey(id)).GroupBy(t => t.MemberId!.Value)
            .ToDictionary(g => g.Key, g => Targets(g));
        var currency = data.Currency;

        // A rep's own target wins over the team's for the same metric; the rest of the team's still apply.
        var effective = reps.ToDictionary(r => r.MemberId, r =>
        {
            var own = ownTargets.GetValueOrDefault(r.MemberId);
            return own is null ? targets : KpiMetrics.Targetable
                .Where(n => own.ContainsKey(n) || targets.ContainsKey(n))
                .ToDictionary(n => n, n => own.TryGetValue(n, out var v) ? v : targets[n]);
        });
        var fulfillment = reps.ToDictionary(
            r => r.Name,
            r => (IReadOnlyDictionary<string, decimal>)effective[r.MemberId].ToDictionary(t => t.Key, t => Ratio(r.Measure(t.Key, currency), t.Value)));
        var teamFulfillment = TeamFulfillment(reps, effective, targets, totals, currency);
        var repTargets = reps.Where(r => ownTargets.ContainsKey(r.MemberId))
            .ToDictionary(r => r.Name, r => (IReadOnlyDictionary<string, decimal>)ownTargets[r.MemberId]);

        var pipeline = Pipeline(data.Pipeline);
        var stale = Stale(data, members);
        var closed = totals.DealsWon + totals.DealsLost;
        decimal? winRate = closed == 0 ? null : Math.Round((decimal)totals.DealsWon / closed, 3);
        decimal? avgDaysToWin = winDays.Count == 0 ? null : Math.Round((decimal)winDays.Average(), 1);
        var change = KpiMetrics.Counters.ToDictionary(n => n, n => totals.Get(n)!.Value - previous.Get(n)!.Value);

        var deviations = Deviations(reps, effective, fulfillment, pipeline, stale, totals, previous, currency);
        return new KpiDigest(data.TeamName, data.Week.ToString(), data.Week.Monday, data.Week.Sunday, data.TimeZone,
            reps, totals, pipeline, targets, fulfillment, teamFulfillment, winRate, avgDaysToWin, stale, deviations, previous, change)
        {
            TeamId = data.TeamId,
            Forecast = data.Forecast is { } forecast ? Forecast.ForecastBuilder.Build(forecast, forecast.Today) : null,
            Currency = currency,
            RepTargets = repTargets,
            TopTips = data.TopTips,
        };
    }

    /// <summary>
    /// The team against the sum of its active reps' targets (each rep's own, or the team's). With a team target the
    /// team's whole total counts; a metric only some reps have a target on counts those reps' figures.
    /// </summary>
    private static Dictionary<string, decimal> TeamFulfillment(
        List<KpiRep> reps, Dictionary<int, Dictionary<string, decimal>> effective, Dictionary<string, decimal> targets, KpiCounters totals, string currency)
    {
        var active = reps.Where(r => !r.Away).ToList();
        var result = new Dictionary<string, decimal>();
        foreach (var metric in KpiMetrics.Targetable)
        {
            var holders = active.Where(r => effective[r.MemberId].ContainsKey(metric)).ToList();
            if (holders.Count == 0 && !targets.ContainsKey(metric))
            {
                continue;
            }

            // No active rep: the team's target once, as before per-rep targets.
            var target = holders.Count == 0 ? targets[metric] : holders.Sum(r => effective[r.MemberId][metric]);
            var actual = targets.ContainsKey(metric) ? totals.Measure(metric, currency) : holders.Sum(r => r.Measure(metric, currency));
            result[metric] = Ratio(actual, target);
        }

        return result;
    }

    private static Dictionary<string, decimal> Targets(IEnumerable<KpiTargetRow> rows)
    {
        // A monthly target is compared per week: 12 months over 52 weeks. A weekly one wins over a monthly one.
        var targets = new Dictionary<string, decimal>();
        foreach (var row in rows.OrderBy(r => r.Period == TargetPeriod.Week ? 1 : 0))
        {
            targets[row.Metric.Wire()] = row.Period == TargetPeriod.Week ? row.Value : Math.Round(row.Value * 12 / 52, 2);
        }

        // In the fixed order of the KPIs, so the digest reads the same every week.
        return KpiMetrics.Targetable.Where(targets.ContainsKey).ToDictionary(n => n, n => targets[n]);
    }

    private static decimal Ratio(decimal actual, decimal target) => target <= 0 ? 1m : Math.Round(actual / target, 3);

    private static KpiPipeline Pipeline(IReadOnlyList<KpiPipelineRow> rows)
    {
        var byStage = new Dictionary<string, KpiPipelineStage>();
        foreach (var stage in rows.GroupBy(r => r.Stage).OrderBy(g => g.Key))
        {
            var amount = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var r in stage.Where(r => r.Amount != 0))
            {
                var currency = r.Currency ?? "?";
                amount[currency] = amount.GetValueOrDefault(currency) + r.Amount;
            }

            byStage[stage.Key.ToString().ToLowerInvariant()] = new KpiPipelineStage(stage.Sum(r => r.Count), amount);
        }

        return new KpiPipeline(rows.Sum(r => r.Count), byStage);
    }

    private static KpiStaleDeals Stale(KpiData data, Dictionary<int, KpiMemberRow> members) =>
        new(data.StaleCount, data.Stale.Select(d => new KpiStaleDeal(
            d.Name, d.Account, members.TryGetValue(d.OwnerId, out var o) ? o.Name : "?",
            d.Stage.ToString().ToLowerInvariant(),
            data.AsOf.DayNumber - DateOnly.FromDateTime(d.Since.UtcDateTime).DayNumber)).ToList());

    private static List<KpiDeviation> Deviations(
        List<KpiRep> reps, Dictionary<int, Dictionary<string, decimal>> targets, Dictionary<string, IReadOnlyDictionary<string, decimal>> fulfillment,
        KpiPipeline pipeline, KpiStaleDeals stale, KpiCounters totals, KpiCounters previous, string currency)
    {
        var deviations = new List<KpiDeviation>();
        foreach (var rep in reps.Where(r => !r.Away))
        {
            foreach (var (metric, target) in targets[rep.MemberId])
            {
                var ratio = fulfillment[rep.Name][metric];
                if (target > 0 && ratio < FarBelowTarget)
                {
                    var money = KpiMetrics.FromWire(metric) == KpiMetric.WonAmount;
                    deviations.Add(new KpiBelowTarget(rep.Name, metric, rep.Measure(metric, currency), target, ratio) { Currency = money ? currency : null });
                }
            }
        }

        var open = pipeline.OpenDeals;
        foreach (var (stage, s) in pipeline.ByStage)
        {
            if (s.Count >= PileUpMinimum && s.Count >= open * PileUpShare && stage != "lead")
            {
                deviations.Add(new KpiPileUp(stage, s.Count, open));
            }
        }

        if (stale.Count > 0)
        {
            deviations.Add(new KpiStaleFlag(stale.Count, KpiLoader.StaleDays));
        }

        if (previous.Activities >= 10 && totals.Activities < previous.Activities * 0.7)
        {
            deviations.Add(new KpiActivityDrop(previous.Activities, totals.Activities));
        }

        return deviations;
    }

    private sealed class Tally
    {
        public int Meetings;
        public int Calls;
        public int Emails;
        public int Demos;
        public int Visits;
        public int Activities;
        public int DealsCreated;
        public int DealsWon;
        public int DealsLost;
        public int StageMoves;
        public int TasksDone;
        public readonly SortedDictionary<string, decimal> WonAmount = new(StringComparer.Ordinal);

        public void AddActivities(ActivityType type, int count)
        {
            Activities += count;
            switch (type)
            {
                case ActivityType.Meeting: Meetings += count; break;
                case ActivityType.Call: Calls += count; break;
                case ActivityType.Email: Emails += count; break;
                case ActivityType.Demo: Demos += count; break;
                case ActivityType.Visit: Visits += count; break;
                default: break;
            }
        }

        public void AddWon(string currency, decimal amount) => WonAmount[currency] = WonAmount.GetValueOrDefault(currency) + amount;

        public static Tally Sum(IEnumerable<Tally> tallies)
        {
            var sum = new Tally();
            foreach (var t in tallies)
            {
                sum.Meetings += t.Meetings;
                sum.Calls += t.Calls;
                sum.Emails += t.Emails;
                sum.Demos += t.Demos;
                sum.Visits += t.Visits;
                sum.Activities += t.Activities;
                sum.DealsCreated += t.DealsCreated;
                sum.DealsWon += t.DealsWon;
                sum.DealsLost += t.DealsLost;
                sum.StageMoves += t.StageMoves;
                sum.TasksDone += t.TasksDone;
                foreach (var (currency, amount) in t.WonAmount)
                {
                    sum.AddWon(currency, amount);
                }
            }

            return sum;
        }

        public KpiCounters ToCounters() => new(Meetings, Calls, Emails, Demos, Activities, DealsCreated, DealsWon, DealsLost,
            new SortedDictionary<string, decimal>(WonAmount, StringComparer.Ordinal), StageMoves, TasksDone) { Visits = Visits };

        public KpiRep ToRep(string name, bool away) => new(name, away, Meetings, Calls, Emails, Demos, Activities, DealsCreated,
            DealsWon, DealsLost, new SortedDictionary<string, decimal>(WonAmount, StringComparer.Ordinal), StageMoves, TasksDone) { Visits = Visits };
    }
}

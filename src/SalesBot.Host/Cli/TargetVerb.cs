using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Reports;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot target --team TEAM [--set METRIC=VALUE[:REP],...] [--period week|month] [--json] [--db CONNECTION]</c>:
/// sets the team's targets (for every rep) or one rep's own, then lists the team's targets.
/// </summary>
internal static class TargetVerb
{
    /// <summary>One target as the CLI lists it; <c>rep</c> is absent for the team's target.</summary>
    public sealed record TargetLine(string Metric, string Period, decimal Value, string? Currency, string? Rep);

    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout, TimeProvider clock)
    {
        var teamName = args.RequiredOption("--team");
        var sets = args.Option("--set") is { } text ? Read(text) : [];
        var period = args.Option("--period") switch
        {
            null or "week" => TargetPeriod.Week,
            "month" => TargetPeriod.Month,
            var other => throw new UsageException($"--period must be week or month, not '{other}'"),
        };
        var json = args.Flag("--json");
        var dbOption = args.Option("--db");
        args.EnsureNoUnknownOptions(0);

        await using var db = await ReportVerbSupport.OpenAsync(dbOption);
        var teamId = await ReportVerbSupport.FindTeamAsync(db, teamName);
        foreach (var (metric, value, repName) in sets)
        {
            int? repId = null;
            if (repName is not null)
            {
                repId = (await MemberResolver.FindAsync(db, teamId, repName, CancellationToken.None))?.Id
                    ?? throw new UsageException($"--set: {teamName} has no member called '{repName}'");
            }

            await SetTarget.ApplyAsync(db, teamId, metric, period, repId, value, setBy: null, clock.GetUtcNow(), CancellationToken.None);
        }

        await db.SaveChangesAsync();
        var currency = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Currency).SingleAsync();
        var members = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId).ToDictionaryAsync(m => m.Id, m => m.Name);
        var lines = (await db.Targets.AsNoTracking().Where(t => t.TeamId == teamId).ToListAsync())
            .OrderBy(t => t.MemberId is null ? 0 : 1).ThenBy(t => t.MemberId is { } id ? members.GetValueOrDefault(id) : null, StringComparer.Ordinal)
            .ThenBy(t => KpiMetrics.Targetable.ToList().IndexOf(t.Metric.Wire())).ThenBy(t => t.Period)
            .Select(t => new TargetLine(t.Metric.Wire(), t.Period.ToString().ToLowerInvariant(), t.Value,
                t.Metric == KpiMetric.WonAmount ? currency : null, t.MemberId is { } id ? members.GetValueOrDefault(id) : null))
            .ToList();
        if (json)
        {
            stdout.WriteLine(ReportJson.Serialize(lines));
            return 0;
        }

        if (lines.Count == 0)
        {
            stdout.WriteLine($"{teamName} has no targets.");
        }

        foreach (var t in lines)
        {
            var value = t.Value.ToString("0.##", CultureInfo.InvariantCulture) + (t.Currency is null ? string.Empty : " " + t.Currency);
            stdout.WriteLine($"{t.Rep ?? "every rep"}: {t.Metric} {value} per {t.Period}");
        }

        return 0;
    }

    /// <summary>"meetings=8,won_amount=50000:Ben": targetable metrics by their wire names, values of 0 or more.</summary>
    private static List<(KpiMetric Metric, decimal Value, string? Rep)> Read(string text)
    {
        var sets = new List<(KpiMetric, decimal, string?)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var valueAndRep = pair.Length == 2 ? pair[1].Split(':', 2, StringSplitOptions.TrimEntries) : [];
            if (pair.Length != 2 || !KpiMetrics.TryTarget(pair[0], out var metric)
                || !decimal.TryParse(valueAndRep[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || (valueAndRep.Length == 2 && valueAndRep[1].Length == 0))
            {
                throw new UsageException(
                    $"--set reads METRIC=VALUE[:REP] pairs ({string.Join(", ", KpiMetrics.Targetable)}), e.g. meetings=8,won_amount=50000:Ben; not '{part}'");
            }

            sets.Add((metric, value, valueAndRep.Length == 2 ? valueAndRep[1] : null));
        }

        return sets;
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// A stage's probability as a team setting a manager changes in chat ("proposal probability 40%"): the setting
/// <c>probability_proposal</c> of <c>set_team_setting</c>, its value a whole percent. The row lives in
/// <see cref="StageProbability"/>, not on the team, so chat's setting change, its undo and the CLI's
/// <c>forecast --probabilities</c> all write through <see cref="SetStageProbabilities"/>.
/// </summary>
public static class StageProbabilitySetting
{
    private const string Prefix = "probability_";

    public static IEnumerable<string> Names => SetStageProbabilities.OpenStages.Select(Name);

    public static string Name(DealStage stage) => Name(stage.ToString().ToLowerInvariant());

    /// <summary>The setting of a stage by its wire name ("proposal" is "probability_proposal").</summary>
    public static string Name(string stage) => Prefix + stage;

    /// <summary>The open stage a setting name is the probability of ("probability_proposal" is Proposal).</summary>
    public static bool TryStage(string? setting, out DealStage stage)
    {
        stage = default;
        return setting is not null && setting.StartsWith(Prefix, StringComparison.Ordinal)
            && Enum.TryParse(setting[Prefix.Length..], ignoreCase: true, out stage)
            && SetStageProbabilities.OpenStages.Contains(stage)
            && Name(stage) == setting;
    }

    /// <summary>"40", "40%": a whole percent from 0 to 100.</summary>
    public static bool TryReadPercent(string? value, out int percent)
    {
        percent = 0;
        var text = value?.Trim().TrimEnd('%').Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out percent) && percent is >= 0 and <= 100;
    }

    /// <summary>The team's percent for the stage now, as the setting's value ("50" where the team kept the default).</summary>
    public static async Task<string> DescribeAsync(SalesBotDb db, int teamId, DealStage stage, CancellationToken ct)
    {
        var own = await db.StageProbabilities.Where(p => p.TeamId == teamId && p.Stage == stage).Select(p => (int?)p.Percent).FirstOrDefaultAsync(ct);
        return (own ?? StageProbability.Defaults[stage]).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the stage's percent (not saved: the caller's unit of work).</summary>
    public static Task ApplyAsync(SalesBotDb db, int teamId, DealStage stage, int percent, CancellationToken ct) =>
        SetStageProbabilities.ApplyAsync(db, teamId, new Dictionary<DealStage, int> { [stage] = percent }, ct);
}

using System.Globalization;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Features.Administration;

/// <summary>A setting changed: what it is now and what it was.</summary>
public sealed record TeamSettingChanged(string Setting, string Before, string After) : Outcome
{
    public override string Render(LanguageReplies words) => words.TeamSettingChanged(this);
}

/// <summary>The setting already had the value asked for.</summary>
public sealed record TeamSettingUnchanged(string Setting, string Value) : Outcome
{
    public override string Render(LanguageReplies words) => words.TeamSettingUnchanged(this);
}

/// <summary>A value the setting cannot take (the rule is <see cref="TeamSettings.ApplyTo"/>, the same as <c>team set</c>'s).</summary>
public sealed record TeamSettingInvalid(string Setting, string Value) : Outcome
{
    public override string Render(LanguageReplies words) => words.TeamSettingInvalid(this);
}

/// <summary>No setting, or one the bot does not have: which settings there are.</summary>
public sealed record WhichTeamSetting : Outcome
{
    public override string Render(LanguageReplies words) => words.WhichTeamSetting(this);
}

/// <summary>
/// "post the digest in the channel", "stand-up at 9:30", "quiet hours 20-8", "proposal probability 40%" (managers): one team setting, read and
/// checked by <see cref="TeamSettings"/> as <c>salesbot team set</c> does, confirmed with its value before, and
/// journaled so undo puts that value back.
/// </summary>
public static class SetTeamSetting
{
    public sealed record Command(string? Setting, string? Value)
    {
        public static Command From(ParsedCommand p) => new(p.Setting?.Trim().ToLowerInvariant(), p.Argument);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var words = ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language);
        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.TeamSettings));
        }

        if (StageProbabilitySetting.TryStage(cmd.Setting, out var stage))
        {
            return await SetProbabilityAsync(turn, cmd.Setting!, stage, cmd.Value, ct);
        }

        if (cmd.Setting is not { } setting || !TeamSettings.SettingNames.Contains(setting) || string.IsNullOrWhiteSpace(cmd.Value))
        {
            return new TurnResult(new WhichTeamSetting());
        }

        var value = cmd.Value.Trim();
        var before = TeamSettings.Describe(turn.Team, setting);
        var settings = TeamSettings.FromSetting(setting, value, out _);
        // ApplyTo checks every value before it changes any: a refused value leaves the team as it was.
        if (settings is null || settings.ApplyTo(turn.Team) is not null)
        {
            return new TurnResult(new TeamSettingInvalid(setting, value));
        }

        var after = TeamSettings.Describe(turn.Team, setting);
        if (after == before)
        {
            return new TurnResult(new TeamSettingUnchanged(setting, after));
        }

        return await JournaledAsync(turn, setting, before, after, ct);
    }

    /// <summary>"proposal probability 40%": the stage's row in the team's forecast, journaled as a setting like the rest.</summary>
    private static async Task<TurnResult> SetProbabilityAsync(Turn turn, string setting, DealStage stage, string? value, CancellationToken ct)
    {
        if (!StageProbabilitySetting.TryReadPercent(value, out var percent))
        {
            return new TurnResult(new TeamSettingInvalid(setting, value?.Trim() ?? string.Empty));
        }

        var before = await StageProbabilitySetting.DescribeAsync(turn.Db, turn.Team.Id, stage, ct);
        var after = percent.ToString(CultureInfo.InvariantCulture);
        if (after == before)
        {
            return new TurnResult(new TeamSettingUnchanged(setting, after));
        }

        await StageProbabilitySetting.ApplyAsync(turn.Db, turn.Team.Id, stage, percent, ct);
        return await JournaledAsync(turn, setting, before, after, ct);
    }

    private static async Task<TurnResult> JournaledAsync(Turn turn, string setting, string before, string after, CancellationToken ct)
    {
        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteSetting(setting, after));
        JournalChanges.Add(journal, c => c.TeamSettings.Add(new TeamSettingBefore(turn.Team.Id, setting, before, after)));
        return new TurnResult(new TeamSettingChanged(setting, before, after));
    }
}

using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>Team administration: settings, targets, holidays, away, invites, channels (Features/Administration).</summary>
public abstract partial class LanguageReplies
{
    /// <summary>A setting's name as a manager reads it ("Stand-up time").</summary>
    public abstract string SettingName(string setting);

    /// <summary>A setting's value in the pack's words: on and off, who sees figures, day names; times and codes as they are.</summary>
    public string SettingValue(string setting, string value) => (setting, value) switch
    {
        (_, "on") => SwitchWord(true),
        (_, "off") => SwitchWord(false),
        ("team_figures", "managers") => FiguresWord(everyone: false),
        ("team_figures", "everyone") => FiguresWord(everyone: true),
        ("channel_events", "all") => AllOrNoneWord(all: true),
        ("channel_events", "none") => AllOrNoneWord(all: false),
        ("digest_day", _) when TeamSettings.TryReadDay(value, out var day) => Culture.DateTimeFormat.GetDayName(day),
        _ when SalesBot.Core.Reports.Forecast.StageProbabilitySetting.TryStage(setting, out _) => $"{value}%",
        _ => value,
    };

    protected abstract string SwitchWord(bool on);

    protected abstract string FiguresWord(bool everyone);

    protected abstract string AllOrNoneWord(bool all);

    /// <summary>A message that sets this setting, for a manager to copy.</summary>
    protected abstract string SettingExample(string setting);

    public abstract string TeamSettingChanged(TeamSettingChanged o);

    public abstract string TeamSettingUnchanged(TeamSettingUnchanged o);

    public abstract string TeamSettingInvalid(TeamSettingInvalid o);

    public abstract string WhichTeamSetting(WhichTeamSetting o);

    public abstract string OnlyManagers(OnlyManagers o);

    // ---- What undo names ("↩ Undone: ...") -------------------------------------------------------

    public abstract string TeamSettingSummary(string setting, string value);

    public abstract string HolidaySummary(DateOnly date, DateOnly today);

    public abstract string AwaySummary(DateOnly? until, DateOnly today);

    public abstract string BackSummary();

    public abstract string InviteSummary(string name);

    public abstract string ConnectSummary(string? chat);

    public abstract string DisconnectSummary(string? chat);

    // ---- Replies of the administration handlers ---------------------------------------------------

    public abstract string HolidayAdded(HolidayAdded o);

    public abstract string WhichHolidayDay(WhichHolidayDay o);

    public abstract string AwaySet(AwaySet o);

    public abstract string WelcomeBack(WelcomeBack o);

    public abstract string InviteCode(InviteCode o);

    public abstract string WhomToInvite(WhomToInvite o);

    public abstract string AlreadyLinked(AlreadyLinked o);

    public abstract string HowToSetTarget(HowToSetTarget o);

    public abstract string ChannelConnected(ChannelConnected o);

    public abstract string ChannelDisconnected(ChannelDisconnected o);

    public abstract string ChannelRefused(ChannelRefused o);

    public abstract string Joined(Joined o);

    public abstract string AlreadyJoined(AlreadyJoined o);

    public abstract string JoinRefused(JoinRefused o);

    /// <summary>To the owning team's managers, privately: someone of another team tried to take their channel.</summary>
    public abstract string ChannelTakeoverNotice(string member, string team, string chat);
}

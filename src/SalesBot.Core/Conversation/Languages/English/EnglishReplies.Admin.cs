using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string SettingName(string setting) => setting switch
    {
        "digest_in_channel" => "Digest in the channel",
        "amounts_in_channel" => "Amounts in the channel",
        "team_figures" => "Who sees team figures",
        "standup_time" => "Stand-up time",
        "digest_day" => "Digest day",
        "digest_time" => "Digest time",
        "quiet_hours" => "Quiet hours",
        "plan_prompt_lead" => "Plan prompt (minutes before the stand-up)",
        "time_zone" => "Time zone",
        "currency" => "Currency",
        "language" => "Language",
        "channel_events" => "Channel events",
        "working_days" => "Working days",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"Probability of {Reports.StageName(stage.ToString().ToLowerInvariant())}",
        _ => setting,
    };

    protected override string SwitchWord(bool on) => on ? "on" : "off";

    protected override string FiguresWord(bool everyone) => everyone ? "everyone" : "managers only";

    protected override string AllOrNoneWord(bool all) => all ? "all" : "none";

    protected override string SettingExample(string setting) => setting switch
    {
        "digest_in_channel" => "post the digest in the channel",
        "amounts_in_channel" => "show amounts in the channel",
        "team_figures" => "team figures for everyone",
        "standup_time" => "stand-up at 9:30",
        "digest_day" => "digest on monday",
        "digest_time" => "digest at 8:00",
        "quiet_hours" => "quiet hours 20-8",
        "plan_prompt_lead" => "plan prompt 30 minutes before",
        "time_zone" => "time zone Europe/Warsaw",
        "currency" => "currency EUR",
        "language" => "team language pl",
        "channel_events" => "channel events wins, stage moves",
        "working_days" => "working days Mon-Fri",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"{stage.ToString().ToLowerInvariant()} probability 40%",
        _ => "stand-up at 9:30",
    };

    public override string TeamSettingChanged(TeamSettingChanged o) =>
        $"✓ {SettingName(o.Setting)}: {SettingValue(o.Setting, o.After)} (was {SettingValue(o.Setting, o.Before)}).";

    public override string TeamSettingUnchanged(TeamSettingUnchanged o) =>
        $"{SettingName(o.Setting)} is already {SettingValue(o.Setting, o.Value)}, so nothing changed.";

    public override string TeamSettingInvalid(TeamSettingInvalid o) =>
        $"I can't set {SettingName(o.Setting).ToLowerInvariant()} to \"{o.Value}\", so nothing changed. For example: \"{SettingExample(o.Setting)}\".";

    public override string WhichTeamSetting(WhichTeamSetting o) =>
        $"Which setting? For example: \"{SettingExample("standup_time")}\", \"{SettingExample("quiet_hours")}\" or \"{SettingExample("digest_in_channel")}\". Nothing changed.";

    public override string OnlyManagers(OnlyManagers o) => o.What switch
    {
        ManagerWrite.Targets => "Only a manager can set targets.",
        ManagerWrite.Holidays => "Only a manager can add team holidays.",
        ManagerWrite.Invites => "Only a manager can invite people to the team.",
        ManagerWrite.Connect => "Only a manager can connect a channel to the team.",
        ManagerWrite.Disconnect => "Only a manager can disconnect the team's channel.",
        _ => "Only a manager can change the team's settings, so nothing changed.",
    };

    public override string TeamSettingSummary(string setting, string value) =>
        $"{SettingName(setting).ToLowerInvariant()} set to {SettingValue(setting, value)}";

    public override string HolidaySummary(DateOnly date, DateOnly today) => $"the team holiday on {Day(date, today)}";

    public override string AwaySummary(DateOnly? until, DateOnly today) => until is { } last ? $"away until {Day(last, today)}" : "away";

    public override string BackSummary() => "back";

    public override string InviteSummary(string name) => $"the invite for {name}";

    public override string ConnectSummary(string? chat) => chat is null ? "connecting this chat" : $"connecting \"{chat}\"";

    public override string DisconnectSummary(string? chat) => chat is null ? "disconnecting this chat" : $"disconnecting \"{chat}\"";

    public override string HolidayAdded(HolidayAdded o) => $"✓ {o.Date.ToString("ddd MMM d", EnUs)} is a team holiday: no stand-up or reminders that day.";

    public override string WhichHolidayDay(WhichHolidayDay o) => "Which day? For example: \"holiday Dec 24\".";

    public override string AwaySet(AwaySet o) => o.Until is { } last
        ? $"✓ Away until {Day(last, o.Today)}: no prompts or nags until then. Enjoy!"
        : "✓ Away: no prompts or nags until you send \"back\".";

    public override string WelcomeBack(WelcomeBack o) => $"Welcome back, {o.Name}! Prompts and reminders are on again.";

    public override string InviteCode(InviteCode o) =>
        $"✓ Code for {o.Name}: {o.Code} (valid 7 days)."
        + (o.Relink ? $" Whoever joins with it becomes {o.Name}; the old account stops working then." : "")
        + $" They send me \"/join {o.Code}\" in Telegram or Teams.";

    public override string WhomToInvite(WhomToInvite o) => "Whom should I invite? For example: \"invite Anna Berg\".";

    public override string AlreadyLinked(AlreadyLinked o) =>
        $"{o.Name} is already linked, so I made no code. If {o.Name} moves to a new account, say \"invite {o.Name} relink\": whoever joins with that code becomes {o.Name}.";

    public override string HowToSetTarget(HowToSetTarget o) =>
        "Say it like \"target meetings 8 per week\", or \"target revenue 50k per month for Ben\" for one rep (meetings, calls, emails, demos, visits, activities, new deals, won deals, revenue, stage moves, tasks done).";

    public override string ChannelConnected(ChannelConnected o) =>
        $"✓ Connected: this chat is now {o.Team}'s channel. I'll post the stand-up, the weekly digest, new deals, stage moves and wins here.";

    public override string ChannelDisconnected(ChannelDisconnected o) =>
        $"✓ Disconnected: this chat is no longer {o.Team}'s channel. No more stand-ups, digests or wins here; a manager can /connect it again.";

    public override string ChannelRefused(ChannelRefused o) => o.Why switch
    {
        ChannelRefusal.ConnectInGroup => "Add me to your team's group or channel and send /connect there; I'll post stand-ups, digests and wins in it.",
        ChannelRefusal.OwnTeamOnly => $"You can connect a channel only to your own team, {o.Team}. Send /connect without a name.",
        ChannelRefusal.TakenByAnotherTeam => "This chat is connected to another team. A manager of that team must send /disconnect here first; I've let them know.",
        ChannelRefusal.DisconnectInGroup => "Send /disconnect in the group or channel you want to release.",
        ChannelRefusal.NotConnected => "This chat isn't connected to a team, so there is nothing to disconnect.",
        _ => "This chat is connected to another team; only a manager of that team can disconnect it.",
    };

    public override string ChannelTakeoverNotice(string member, string team, string chat) =>
        $"Heads-up: {member} of {team} tried to connect \"{chat}\", your team's channel, to their team. I refused. "
        + "If you no longer use it, send /disconnect there.";

    public override string Joined(Joined o) =>
        $"Welcome to {o.Team}, {o.Member}! Tell me what you did, e.g. \"logged a call with Contoso\", or type \"help\".";

    public override string AlreadyJoined(AlreadyJoined o) => $"You're already on the team, {o.Member}. Tell me what you did, or type \"help\".";

    public override string JoinRefused(JoinRefused o) => o.Why switch
    {
        JoinRefusal.TooManyTries =>
            "Too many tries with codes that don't work. Ask your manager for a new code (they type \"invite <your name>\") and send it in an hour.",
        JoinRefusal.MemberAlreadyLinked =>
            $"That code is for {o.Member}, who is already linked. If you are {o.Member} on a new account, ask your manager to say \"invite {o.Member} relink\".",
        _ => "That code doesn't work (wrong, used or expired). Ask your manager for a new one: they type \"invite <your name>\".",
    };
}

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// What a message asks for. The first fifteen are the contract's intents (shared/contracts/cli.md);
/// the rest are team administration and conversation plumbing that the contract lets us add.
/// </summary>
public enum Intent
{
    LogActivity,
    CreateDeal,
    MoveDeal,
    UpdateDeal,
    AddTask,
    CompleteTask,
    SetPlan,
    ShowPipeline,
    ShowAccount,
    ShowTasks,
    KpiDigest,
    Standup,
    Undo,
    Help,
    Unknown,

    /// <summary>"/connect North" in a group or channel: bind it to a team.</summary>
    Connect,
    /// <summary>"/disconnect" in a bound group or channel (its team's manager): release it.</summary>
    Disconnect,
    /// <summary>"/join K7P2QX": link the sender to a team with a code.</summary>
    Join,
    /// <summary>"invite Anna" (manager): make a join code.</summary>
    Invite,
    /// <summary>"target meetings 8 per week" (manager).</summary>
    SetTarget,
    /// <summary>"holiday Dec 24" (manager).</summary>
    AddHoliday,
    /// <summary>"away until Dec 2".</summary>
    SetAway,
    /// <summary>"back": the member is active again.</summary>
    SetBack,
    /// <summary>A bare number or option text answering an open question ("2").</summary>
    Choose,

    /// <summary>"no wait, that was Fabrikam", "actually it was yesterday", "oops I meant 35k": amends the sender's last write.</summary>
    Correct,
    /// <summary>"add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com".</summary>
    AddContact,
    /// <summary>"when did we last speak to litware", "who talked to Fabrikam last?".</summary>
    LastContact,
    /// <summary>"who's our contact at woodgrove".</summary>
    ShowContacts,
    /// <summary>"what did I do yesterday", "Ben's calls this week": scope and From/To.</summary>
    ShowActivities,
    /// <summary>"who hasn't logged anything this week" (managers).</summary>
    WhoInactive,
    /// <summary>"won deals this quarter": Stage won or lost, From/To.</summary>
    ShowDeals,
    /// <summary>"which deals are closing this month": From/To.</summary>
    DealsClosing,
    /// <summary>"compare chloe and ben last month": Members, From/To.</summary>
    CompareReps,
    /// <summary>"what's my plan": scope and date.</summary>
    ShowPlan,
    /// <summary>"how do i log a call": Topic is the intent asked about.</summary>
    HowTo,
    /// <summary>"/lang pl", "speak Polish": Argument is "en", "pl" or "ru".</summary>
    SetLanguage,
    /// <summary>"post the digest in the channel", "stand-up at 9:30", "quiet hours 20-8" (managers): Setting names the team setting, Argument its value.</summary>
    SetTeamSetting,
    /// <summary>"tip: always send the agenda the day before": shared with the team's channel (Title).</summary>
    ShareTip,
    /// <summary>"best tips": the team's tips ranked by its reactions.</summary>
    BestTips,
}

public static class IntentNames
{
    /// <summary>The snake_case name used on the wire (parse JSON, logs).</summary>
    public static string ToWireName(this Intent intent) => intent switch
    {
        Intent.LogActivity => "log_activity",
        Intent.CreateDeal => "create_deal",
        Intent.MoveDeal => "move_deal",
        Intent.UpdateDeal => "update_deal",
        Intent.AddTask => "add_task",
        Intent.CompleteTask => "complete_task",
        Intent.SetPlan => "set_plan",
        Intent.ShowPipeline => "show_pipeline",
        Intent.ShowAccount => "show_account",
        Intent.ShowTasks => "show_tasks",
        Intent.KpiDigest => "kpi_digest",
        Intent.Standup => "standup",
        Intent.Undo => "undo",
        Intent.Help => "help",
        Intent.Unknown => "unknown",
        Intent.Connect => "connect",
        Intent.Disconnect => "disconnect",
        Intent.Join => "join",
        Intent.Invite => "invite",
        Intent.SetTarget => "set_target",
        Intent.AddHoliday => "add_holiday",
        Intent.SetAway => "set_away",
        Intent.SetBack => "set_back",
        Intent.Choose => "choose",
        Intent.Correct => "correct",
        Intent.AddContact => "add_contact",
        Intent.LastContact => "last_contact",
        Intent.ShowContacts => "show_contacts",
        Intent.ShowActivities => "show_activities",
        Intent.WhoInactive => "who_inactive",
        Intent.ShowDeals => "show_deals",
        Intent.DealsClosing => "deals_closing",
        Intent.CompareReps => "compare_reps",
        Intent.ShowPlan => "show_plan",
        Intent.HowTo => "how_to",
        Intent.SetLanguage => "set_language",
        Intent.SetTeamSetting => "set_team_setting",
        Intent.ShareTip => "share_tip",
        Intent.BestTips => "best_tips",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, null),
    };

    /// <summary>Intents that change the CRM. A parse must be confident before one of these is acted on.</summary>
    public static bool IsWrite(this Intent intent) => intent is Intent.LogActivity or Intent.CreateDeal
        or Intent.MoveDeal or Intent.UpdateDeal or Intent.AddTask or Intent.CompleteTask or Intent.SetPlan;
}

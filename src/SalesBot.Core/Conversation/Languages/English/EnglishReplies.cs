using System.Globalization;
using Humanizer;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation.Languages.English;

/// <summary>What the bot says in English: short, friendly, with an example the member can copy.</summary>
public sealed partial class EnglishReplies : LanguageReplies
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    public EnglishReplies() => Reports = new EnglishReportReplies(this);

    public override string Code => "en";

    public override CultureInfo Culture => EnUs;

    public override ReportReplies Reports { get; }

    public override IReadOnlyList<(string Capability, string Example)> Examples { get; } =
    [
        ("log an activity", "logged a meeting with Northwind"),
        ("log a call", "call with Contoso yesterday about the renewal"),
        ("create a deal", "new deal Contoso upgrade 40k"),
        ("move a deal", "Contoso upgrade to proposal"),
        ("win a deal", "won Fabrikam"),
        ("set an amount or close date", "Contoso upgrade amount 45k close Dec 15"),
        ("add a task", "remind me to call Kevin on Friday"),
        ("finish a task", "done call Kevin"),
        ("plan your day", "plan: Contoso proposal, call Kevin, demo for Fabrikam"),
        ("see your pipeline", "my pipeline"),
        ("see deals in a stage", "pipeline in negotiation"),
        ("see an account", "show Contoso"),
        ("see your tasks", "my tasks"),
        ("see the stand-up", "standup"),
        ("see KPIs", "team KPIs last week"),
        ("take back your last entry", "undo"),
    ];

    public override string Help() =>
        "I write what you tell me into the CRM. Try:\n"
        + string.Join('\n', Examples.Select(e => $"• {e.Example}"))
        + "\nEvery entry has an Undo button, or just type \"undo\".";

    protected override string DidYouMean(string capability, string example) => $"Did you mean to {capability}? For example: \"{example}\".";

    protected override string ForExample() =>
        "For example: \"logged a meeting with Northwind\", \"Contoso upgrade to proposal\" or \"my pipeline\".";

    protected override string NothingWritten() => "I didn't catch that, so I wrote nothing.";

    protected override string TypeHelp() => "Type \"help\" for everything I can do.";

    protected override IReadOnlySet<string> CommonWords { get; } =
        new HashSet<string>(["with", "about", "this", "that", "what", "last"], StringComparer.Ordinal);

    protected override IReadOnlyList<string> ThanksPrefixes { get; } = ["thank"];

    protected override IReadOnlySet<string> ThanksWords { get; } = new HashSet<string>(["thx", "ty"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> Greetings { get; } =
        new HashSet<string>(["hi", "hello", "hey", "morning", "/start"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> GreetingPairs { get; } =
        new HashSet<string>(["good morning", "good afternoon", "good evening"], StringComparer.Ordinal);

    protected override string YoureWelcome() => "You're welcome!";

    protected override string Hello() => "Hi! Tell me what you did, e.g. \"logged a call with Contoso\", or type \"help\".";

    public override string Stranger(string channel) =>
        "Hi! I don't know you yet, so I can't write anything for you. "
        + $"Ask your manager to type \"invite <your name>\" to me; they get a code, then send me \"/join CODE\" here ({channel}).";

    public override string SeveralMembersCalled(string name) => $"Several teams have a member called {name}; start the chat with --team TEAM.";

    public override string NewMemberName() => "New member";

    public override string TooLong(int length, int max) =>
        $"That message is {length.ToString("N0", EnUs)} characters long; I take up to {max.ToString("N0", EnUs)}. Please send it in shorter pieces. Nothing was written.";

    public override string Apology() =>
        "Sorry, something went wrong on my side and nothing was written. Please try again in a moment.";

    public override string Money(decimal? amount, string? currency)
    {
        if (amount is null)
        {
            return "";
        }

        var value = amount.Value;
        var number = Math.Abs(value) < 1000
            ? value.ToString("0.##", CultureInfo.InvariantCulture)
            : ((double)value).ToMetric(decimals: 1).Replace(".0", "", StringComparison.Ordinal).ToUpperInvariant();
        return currency switch
        {
            "EUR" => $"€{number}",
            "USD" => $"${number}",
            "GBP" => $"£{number}",
            "PLN" => $"{number} zł",
            null or "" => number,
            _ => $"{number} {currency}",
        };
    }

    public override string ExactMoney(string currency, decimal amount) =>
        $"{currency} {amount.ToString("#,0.##", CultureInfo.InvariantCulture)}";

    public override string Ago(DateOnly day, DateOnly today) => (today.DayNumber - day.DayNumber) switch
    {
        0 => "today",
        1 => "yesterday",
        -1 => "tomorrow",
        _ => day.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue), culture: EnUs),
    };

    public override string Day(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        _ => day.Year == today.Year ? day.ToString("ddd MMM d", EnUs) : day.ToString("MMM d yyyy", EnUs),
    };

    // Reports have always printed English dates in the invariant culture ("Mon 23 Nov").
    public override string ShortDate(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    public override string WeekdayDate(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public override string Quantity(Counted what, int count) =>
        what == Counted.TaskDone ? NounOf(Counted.Task).ToQuantity(count) + " done" : NounOf(what).ToQuantity(count);

    private static string NounOf(Counted what) => what switch
    {
        Counted.Meeting => "meeting",
        Counted.Call => "call",
        Counted.Email => "email",
        Counted.Demo => "demo",
        Counted.Visit => "visit",
        Counted.Note => "note",
        Counted.Activity => "activity",
        Counted.OpenDeal => "open deal",
        Counted.NewDeal => "new deal",
        Counted.WonDeal => "won deal",
        Counted.StageMove => "stage move",
        Counted.OpenTask => "open task",
        _ => "task",
    };

    public override string Noun(ActivityType type) => NounOf(CountedOf(type));

    public override string Stage(DealStage stage) => stage.ToString();

    /// <summary>"a call", "an email".</summary>
    public static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    public override string PostWon(string member, string deal) => $"🏆 {member} won {deal}";

    public override string PostLost(string member, string deal) => $"{member} lost {deal}";

    public override string PostMoved(string member, string deal, DealStage from, DealStage to) => $"{member} moved {deal}: {from} → {to}";

    public override string PostOpened(string member, string deal, DealStage stage) => $"🆕 {member} opened {deal}, {stage}";

    public override OutgoingMessage PersonalGreeting() => new(
        "Tell me what you did, in your own words, and I put it in the CRM. For example:\n"
        + "- logged a call with Contoso\n- Contoso upgrade to proposal\n- remind me to call Kevin on Friday\n"
        + "Every entry has an Undo button. Type \"help\" for more.")
    {
        Title = "Hi, I'm SalesBot",
        Details = ["Not linked to a team yet? Ask your manager for a join code and send \"/join CODE\"."],
    };

    public override OutgoingMessage ChannelGreeting() => new(
        "I post your team's wins, stage moves and new deals here, plus the morning stand-up and the weekly KPI digest. "
        + "A manager connects this channel to a SalesBot team by writing \"@SalesBot connect TEAM\" (for example \"@SalesBot connect North\").")
    {
        Title = "Hi, I'm SalesBot",
        Details = ["Reps log their work with me in a personal chat. Here, mention me: \"@SalesBot team KPIs last week\"."],
    };

    public override OutgoingMessage PlanPrompt(string firstName) =>
        new("What are your top 3 today? Reply like: plan: call Kevin; Contoso proposal; Fabrikam demo") { Title = $"Good morning, {firstName}" };

    public override string TasksForTodayTitle() => "Your tasks for today";

    public override string TaskToday(string title) => $"• {title} (today)";

    public override string TaskOverdueSince(string title, DateOnly due) => $"• {title} (overdue since {ShortDate(due)})";

    public override string OwnTeamStandupOnly() => "I can only show the stand-up of your own team.";

    public override string OwnTeamFiguresOnly() => "I can only show the figures of your own team.";

    public override string NotAWeek(string example, string text) => $"I read weeks like {example}; \"{text}\" is not one.";

    public override string NoOneCalled(string name, string team) => $"No one called {name} on {team}.";

    public override string TeamFiguresGoToManagers() => "Team figures go to managers; here are yours.";

    public override string OtherRepsFiguresGoToManagers() => "Other reps' figures go to managers; here are yours.";
}

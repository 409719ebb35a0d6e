using System.Globalization;
using FuzzySharp;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>What a reply, a post or a report counts: "3 meetings", "1 open task".</summary>
public enum Counted { Meeting, Call, Email, Demo, Visit, Note, Activity, OpenDeal, NewDeal, WonDeal, StageMove, OpenTask, Task, TaskDone }

/// <summary>
/// Every sentence the bot writes, in one language: fixed replies, help and examples, formatting of
/// money, days and quantities, team posts, greetings, the stand-up and the digest. A language is one
/// subclass in its folder and one line in <see cref="ReplyPacks"/>. The rules that pick what to say
/// (which reply, which deviation, which rep) stay outside; a pack only words them.
/// </summary>
public abstract partial class LanguageReplies
{
    /// <summary>"en", "pl", "ru".</summary>
    public abstract string Code { get; }

    public abstract CultureInfo Culture { get; }

    // ---- Fixed replies, help and examples -----------------------------------------------------

    /// <summary>One example per capability: help shows them, "did you mean" picks the closest.</summary>
    public abstract IReadOnlyList<(string Capability, string Example)> Examples { get; }

    public abstract string Help();

    public string NotUnderstood(string text)
    {
        // Fuzzy score alone pairs anything with something; a shared real word keeps "did you mean" honest.
        var words = Words(text);
        var best = Examples
            .Where(e => Words(e.Example).Overlaps(words))
            .Select(e => (e.Capability, e.Example, Score: Fuzz.TokenSetRatio(text.ToLower(Culture), e.Example.ToLower(Culture))))
            .OrderByDescending(e => e.Score)
            .FirstOrDefault();
        var suggestion = best.Score >= 45 ? DidYouMean(best.Capability, best.Example) : ForExample();
        return NothingWritten() + " " + suggestion + "\n" + TypeHelp();
    }

    protected abstract string DidYouMean(string capability, string example);

    protected abstract string ForExample();

    protected abstract string NothingWritten();

    protected abstract string TypeHelp();

    /// <summary>Short words "did you mean" does not count as shared ("with", "about").</summary>
    protected abstract IReadOnlySet<string> CommonWords { get; }

    private HashSet<string> Words(string text) =>
        text.ToLower(Culture).Split([' ', ',', '.', ':', '!', '?', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !CommonWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A thank-you or a greeting gets a friendly line; anything else an empty string.</summary>
    public string ChitChat(string text)
    {
        var t = text.Trim().ToLower(Culture);
        if (ThanksPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)) || ThanksWords.Contains(t))
        {
            return YoureWelcome();
        }

        var first = t.Split([' ', ',', '!', '.'], StringSplitOptions.RemoveEmptyEntries);
        var greeting = first.Length is > 0 and <= 4
            && (Greetings.Contains(first[0]) || (first.Length > 1 && GreetingPairs.Contains(first[0] + " " + first[1])));
        return greeting ? Hello() : "";
    }

    protected abstract IReadOnlyList<string> ThanksPrefixes { get; }

    protected abstract IReadOnlySet<string> ThanksWords { get; }

    protected abstract IReadOnlySet<string> Greetings { get; }

    protected abstract IReadOnlySet<string> GreetingPairs { get; }

    protected abstract string YoureWelcome();

    protected abstract string Hello();

    public abstract string Stranger(string channel);

    /// <summary>The terminal's sender named a member several teams have, so the bot cannot tell who is writing.</summary>
    public abstract string SeveralMembersCalled(string name);

    /// <summary>The name a member who joined without a name on their messenger gets.</summary>
    public abstract string NewMemberName();

    public abstract string TooLong(int length, int max);

    public abstract string Apology();

    public string LowConfidence(string text) => NotUnderstood(text);

    // ---- Formatting ---------------------------------------------------------------------------

    /// <summary>Short, phone-friendly: "€40K", "40 tys. zł", "40 тыс. €".</summary>
    public abstract string Money(decimal? amount, string? currency);

    /// <summary>Sums per currency: "€40K + $12K".</summary>
    public string MoneyTotals(IEnumerable<(decimal? Amount, string? Currency)> amounts)
    {
        var totals = amounts.Where(a => a.Amount is not null)
            .GroupBy(a => a.Currency ?? "")
            .Select(g => Money(g.Sum(a => a.Amount), g.Key))
            .ToList();
        return string.Join(" + ", totals);
    }

    /// <summary>An exact amount for reports: "EUR 30,000" (en), "30 000 EUR" (pl, ru).</summary>
    public abstract string ExactMoney(string currency, decimal amount);

    /// <summary>How long ago a day was: "today", "yesterday", "3 days ago".</summary>
    public abstract string Ago(DateOnly day, DateOnly today);

    /// <summary>A day near today: "today", "tomorrow", "Fri Nov 20".</summary>
    public abstract string Day(DateOnly day, DateOnly today);

    /// <summary>A date in a report: "23 Nov".</summary>
    public virtual string ShortDate(DateOnly day) => day.ToString("d MMM", Culture);

    /// <summary>A date with its weekday in a report: "Mon 23 Nov".</summary>
    public virtual string WeekdayDate(DateOnly day) => day.ToString("ddd d MMM", Culture);

    public abstract string Quantity(Counted what, int count);

    public string Quantity(ActivityType type, int count) => Quantity(CountedOf(type), count);

    public abstract string Noun(ActivityType type);

    /// <summary>What a KPI counts, by its wire name ("deals_won"), as a counted phrase: "3 won deals".</summary>
    public string Quantity(string metric, int count) => Quantity(KpiMetrics.FromWire(metric) switch
    {
        KpiMetric.Meetings => Counted.Meeting,
        KpiMetric.Calls => Counted.Call,
        KpiMetric.Emails => Counted.Email,
        KpiMetric.Demos => Counted.Demo,
        KpiMetric.Visits => Counted.Visit,
        KpiMetric.DealsCreated => Counted.NewDeal,
        KpiMetric.DealsWon => Counted.WonDeal,
        KpiMetric.StageMoves => Counted.StageMove,
        KpiMetric.TasksDone => Counted.TaskDone,
        _ => Counted.Activity,
    }, count);

    public abstract string Stage(DealStage stage);

    /// <summary>A numbered item: "1." and so on.</summary>
    public virtual string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ".";

    public static Counted CountedOf(ActivityType type) => type switch
    {
        ActivityType.Meeting => Counted.Meeting,
        ActivityType.Call => Counted.Call,
        ActivityType.Email => Counted.Email,
        ActivityType.Demo => Counted.Demo,
        ActivityType.Visit => Counted.Visit,
        _ => Counted.Note,
    };

    // ---- Team posts ---------------------------------------------------------------------------

    public abstract string PostWon(string member, string deal);

    public abstract string PostLost(string member, string deal);

    public abstract string PostMoved(string member, string deal, DealStage from, DealStage to);

    public abstract string PostOpened(string member, string deal, DealStage stage);

    // ---- Greetings when the bot is added to a chat --------------------------------------------

    public abstract OutgoingMessage PersonalGreeting();

    public abstract OutgoingMessage ChannelGreeting();

    // ---- Scheduled private notes --------------------------------------------------------------

    public abstract OutgoingMessage PlanPrompt(string firstName);

    public abstract string TasksForTodayTitle();

    public abstract string TaskToday(string title);

    public abstract string TaskOverdueSince(string title, DateOnly due);

    // ---- Report answers in chat ---------------------------------------------------------------

    public abstract string OwnTeamStandupOnly();

    public abstract string OwnTeamFiguresOnly();

    public abstract string NotAWeek(string example, string text);

    public abstract string NoOneCalled(string name, string team);

    public abstract string TeamFiguresGoToManagers();

    public abstract string OtherRepsFiguresGoToManagers();

    /// <summary>The phrases of the stand-up and the digest.</summary>
    public abstract ReportReplies Reports { get; }
}

using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English everyday shorthand: "has entered negotiations", "gmeet", "site walk", "arvo", "in a fortnight", "the
/// week of nov 2", "week 43 kpi report", "what's the history with X", "help, what commands are there", "can i see
/// today's standup", "X - done, clear it", and "seems"/"looks" after a deal's name. Near misses keep their reading:
/// "how can i see my pipeline" is a how-to, "last week kpi report was great" is talk, "call with Acme done, log it"
/// is a call.
/// </summary>
public class EverydayShorthandClassTests
{
    [Theory]
    [InlineData("blyth motors has entered negotiations", "blyth motors", "negotiation")]
    [InlineData("Blyth Motors entered negotiation", "Blyth Motors", "negotiation")]
    [InlineData("pinewell clinics has moved into proposal", "pinewell clinics", "proposal")]
    [InlineData("tarn valley went into negotiation", "tarn valley", "negotiation")]
    public void EnteringAStageIsAMove(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("gmeet with dario from halvard systems, 45 mins, went thru the integrations", "meeting", "halvard systems", "2026-11-18")]
    [InlineData("teams call with stillwater brewing yesterday arvo", "call", "stillwater brewing", "2026-11-17")]
    [InlineData("site walk at Ashcombe Estates this morning", "visit", "Ashcombe Estates", "2026-11-18")]
    [InlineData("plant tour with Kestrel Dairy yesterday", "visit", "Kestrel Dairy", "2026-11-17")]
    [InlineData("g meet with Halvard Systems", "meeting", "Halvard Systems", "2026-11-18")]
    public void ShorthandActivities(string text, string activity, string account, string date)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={account}|date={date}");
    }

    [Theory]
    [InlineData("reminder in a fortnight: check in with gorse valley", "2026-12-02")]
    [InlineData("remind me in a fortnight to call Acme", "2026-12-02")]
    [InlineData("remind me in 2 fortnights to call Acme", "2026-12-16")]
    public void AFortnightIsTwoWeeks(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("kpis for the week of nov 2", "2026-W45")]
    [InlineData("kpis week of november 11", "2026-W46")]
    [InlineData("team kpis for the week starting nov 9", "2026-W46")]
    [InlineData("week 43 kpi report", "2026-W43")]
    [InlineData("week 44 kpi digest", "2026-W44")]
    [InlineData("last week kpi report", "2026-W46")]
    public void AWeekNamedByADayOrANumber(string text, string week)
    {
        Matches(Parse(text), "kpi_digest", $"week={week}");
    }

    [Fact]
    public void AReportTalkedAboutIsNoRequest()
    {
        Matches(Parse("last week kpi report was great"), "unknown", "");
    }

    [Theory]
    [InlineData("what's the history with fenwick labs", "fenwick labs")]
    [InlineData("what's the story with Acme", "Acme")]
    [InlineData("history with Globex?", "Globex")]
    public void AnAccountsHistory(string text, string account)
    {
        Matches(Parse(text), "show_account", $"account={account}");
    }

    [Theory]
    [InlineData("help, what commands are there")]
    [InlineData("help!! what can you do?")]
    [InlineData("help. commands")]
    public void HelpThenHelp(string text)
    {
        Matches(Parse(text), "help", "");
    }

    [Theory]
    [InlineData("can i see today's standup", "standup")]
    [InlineData("can i see my tasks", "show_tasks")]
    [InlineData("could i see my pipeline", "show_pipeline")]
    [InlineData("how can i see my pipeline", "how_to")]
    public void CanISeeAsksForTheThing(string text, string intent)
    {
        Matches(Parse(text), intent, "");
    }

    [Theory]
    [InlineData("kestrel sla reminder - done, clear it", "kestrel sla reminder")]
    [InlineData("kestrel sla reminder done, clear it", "kestrel sla reminder")]
    [InlineData("prep deck - done, tick it off", "prep deck")]
    [InlineData("renewal paperwork completed, remove it", "renewal paperwork")]
    public void DoneThenClearIt(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    [Fact]
    public void ACallDoneIsStillACall()
    {
        Matches(Parse("call with Acme done, log it"), "log_activity", "account=Acme");
    }

    [Theory]
    [InlineData("hadley seems to be going cold, mark lost", "hadley")]
    [InlineData("greyfen looks dead, mark it lost", "greyfen")]
    public void SeemsEndsTheDealsName(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=lost");
    }
}

using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class QueryRulesTests
{
    [Theory]
    [InlineData("pipeline", "me", "")]
    [InlineData("/pipeline", "me", "")]
    [InlineData("my pipeline", "me", "")]
    [InlineData("show my pipe", "me", "")]
    [InlineData("what's my pipeline look like?", "me", "")]
    [InlineData("list my open deals", "me", "")]
    [InlineData("team pipeline", "team", "")]
    [InlineData("show me the team pipeline", "team", "")]
    [InlineData("whole team's funnel", "team", "")]
    [InlineData("show pipeline for everyone", "team", "")]
    [InlineData("Anna's pipeline", "Anna", "")]
    [InlineData("pipeline for Anna", "Anna", "")]
    [InlineData("deals in proposal", "me", "proposal")]
    [InlineData("deals in negotiation for the whole team", "team", "negotiation")]
    [InlineData("show negotiation deals for Anna", "Anna", "negotiation")]
    [InlineData("open deals in the quote stage", "me", "proposal")]
    [InlineData("what's in negotiation?", "me", "negotiation")]
    [InlineData("whats in proposal", "me", "proposal")]
    [InlineData("which deals are in discovery?", "me", "qualified")]
    public void ShowsThePipelineWithScopeAndStage(string text, string scope, string stage)
    {
        Matches(Parse(text), "show_pipeline", $"scope={scope}|stage={stage}");
    }

    [Theory]
    [InlineData("show Contoso", "Contoso")]
    [InlineData("show me Contoso", "Contoso")]
    [InlineData("/account Contoso", "Contoso")]
    [InlineData("what's up with Contoso?", "Contoso")]
    [InlineData("what's new with Contoso", "Contoso")]
    [InlineData("what's the latest on Contoso", "Contoso")]
    [InlineData("anything new with Contoso?", "Contoso")]
    [InlineData("any updates on Contoso?", "Contoso")]
    [InlineData("info on Contoso", "Contoso")]
    [InlineData("tell me about Contoso", "Contoso")]
    [InlineData("where are we with Contoso", "Contoso")]
    [InlineData("status of Contoso", "Contoso")]
    [InlineData("Contoso status", "Contoso")]
    [InlineData("history with Woodgrove Bank", "Woodgrove Bank")]
    [InlineData("anything on Contoso?", "Contoso")]
    [InlineData("give me info on Contoso", "Contoso")]
    [InlineData("show me Contoso account", "Contoso")]
    public void ShowsAnAccount(string text, string account)
    {
        Matches(Parse(text), "show_account", $"account={account}");
    }

    [Theory]
    [InlineData("my tasks")]
    [InlineData("/tasks")]
    [InlineData("tasks")]
    [InlineData("tasks for today")]
    [InlineData("show my overdue tasks")]
    [InlineData("what's due this week?")]
    [InlineData("what's due today")]
    [InlineData("what do I have due tomorrow")]
    [InlineData("what's on my plate today")]
    [InlineData("my to-dos")]
    [InlineData("todo list")]
    [InlineData("what's on my list?")]
    public void ShowsTasks(string text)
    {
        Matches(Parse(text), "show_tasks", string.Empty);
    }

    [Theory]
    [InlineData("kpi", "", "")]
    [InlineData("/kpi", "", "")]
    [InlineData("kpis this week", "", "2026-W47")]
    [InlineData("kpi digest last week", "", "2026-W46")]
    [InlineData("digest for last week", "", "2026-W46")]
    [InlineData("kpis for week 45", "", "2026-W45")]
    [InlineData("kpi 2026-W40", "", "2026-W40")]
    [InlineData("team kpis last week", "team", "2026-W46")]
    [InlineData("team stats", "team", "")]
    [InlineData("my stats this week", "me", "2026-W47")]
    [InlineData("my numbers last week", "me", "2026-W46")]
    [InlineData("how am I doing", "me", "")]
    [InlineData("how is Anna doing this week?", "Anna", "2026-W47")]
    [InlineData("how did Anna do last week", "Anna", "2026-W46")]
    [InlineData("how's the team doing", "team", "")]
    [InlineData("Anna's stats 2 weeks ago", "Anna", "2026-W45")]
    public void ShowsKpisWithScopeAndWeek(string text, string scope, string week)
    {
        Matches(Parse(text), "kpi_digest", $"scope={scope}|week={week}");
    }

    [Theory]
    [InlineData("standup")]
    [InlineData("/standup")]
    [InlineData("stand-up")]
    [InlineData("stand up please")]
    [InlineData("show today's stand-up")]
    [InlineData("daily standup")]
    [InlineData("show standup")]
    public void ShowsTheStandup(string text)
    {
        Matches(Parse(text), "standup", string.Empty);
    }

    [Theory]
    [InlineData("called Contoso about their numbers")]
    [InlineData("met Contoso to review the pipeline")]
    public void KeepsActivitiesThatMentionQueryWords(string text)
    {
        Matches(Parse(text), "log_activity", "account=Contoso");
    }
}

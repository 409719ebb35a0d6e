using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class AdminRulesTests
{
    [Theory]
    [InlineData("/connect North", "North")]
    [InlineData("connect North", "North")]
    [InlineData("/connect@SalesBot North", "North")]
    [InlineData("connect to team North", "North")]
    [InlineData("connect this chat to Enterprise East", "Enterprise East")]
    public void ConnectsAChatToATeam(string text, string team)
    {
        Matches(Parse(text), "connect", $"argument={team}");
    }

    [Theory]
    [InlineData("/connect")]
    [InlineData("/connect@SalesBot")]
    [InlineData("connect")]
    public void ConnectsAChatToTheSendersTeamWhenNoneIsNamed(string text)
    {
        var parsed = Parse(text);
        Assert.Equal(Intent.Connect, parsed.Intent);
        Assert.Null(parsed.Argument);
    }

    [Theory]
    [InlineData("/join K7P2QX", "K7P2QX")]
    [InlineData("join K7P2QX", "K7P2QX")]
    [InlineData("join with code K7P2QX", "K7P2QX")]
    [InlineData("my code is AB12CD", "AB12CD")]
    public void JoinsWithACode(string text, string code)
    {
        Matches(Parse(text), "join", $"argument={code}");
    }

    [Theory]
    [InlineData("invite Anna", "Anna")]
    [InlineData("/invite Anna Smith", "Anna Smith")]
    [InlineData("invite Anna to the team", "Anna")]
    [InlineData("invite Bob as a manager", "Bob")]
    public void InvitesAMember(string text, string name)
    {
        Matches(Parse(text), "invite", $"argument={name}");
    }

    [Theory]
    [InlineData("target meetings 8 per week", "meetings", "8", "week")]
    [InlineData("/target calls 20/week", "calls", "20", "week")]
    [InlineData("set target: 20 calls a week", "calls", "20", "week")]
    [InlineData("target demos 5 per month", "demos", "5", "month")]
    [InlineData("set a monthly target of 3 new deals", "deals_created", "3", "month")]
    [InlineData("target 12 emails", "emails", "12", "week")]
    public void SetsATarget(string text, string metric, string number, string period)
    {
        Matches(Parse(text), "set_target", $"argument={metric}|number={number}|period={period}");
    }

    [Theory]
    [InlineData("holiday Dec 24", "2026-12-24")]
    [InlineData("add holiday 2026-12-31", "2026-12-31")]
    [InlineData("/holiday Jan 1", "2027-01-01")]
    [InlineData("Dec 26 is a public holiday", "2026-12-26")]
    public void AddsAHoliday(string text, string date)
    {
        Matches(Parse(text), "add_holiday", $"date={date}");
    }

    [Theory]
    [InlineData("away until Dec 2", "2026-12-02")]
    [InlineData("I'm away till Friday", "2026-11-20")]
    [InlineData("I'm on vacation until next Monday", "2026-11-23")]
    [InlineData("ooo until 2026-12-07", "2026-12-07")]
    [InlineData("out of office until Nov 30", "2026-11-30")]
    [InlineData("/away Dec 5", "2026-12-05")]
    public void SetsAwayUntilADate(string text, string date)
    {
        Matches(Parse(text), "set_away", $"date={date}");
    }

    [Theory]
    [InlineData("back")]
    [InlineData("I'm back")]
    [InlineData("/back")]
    [InlineData("back to work!")]
    [InlineData("I'm back from vacation")]
    public void SetsBack(string text)
    {
        Matches(Parse(text), "set_back", string.Empty);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("#2", 2)]
    [InlineData("2.", 2)]
    [InlineData("option 3", 3)]
    [InlineData("number 4", 4)]
    [InlineData("the second one", 2)]
    [InlineData("first", 1)]
    public void ChoosesAnOption(string text, int number)
    {
        Matches(Parse(text), "choose", $"number={number}");
    }
}

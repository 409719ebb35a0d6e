using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, read by class: the team's names whatever their case or one typo, colleagues, questions, negations and the
/// future never logging, deadlines staying in notes, several facts, numbers inside names, lost reasons and the new
/// questions. Phrasings are crossed with the demo team's names, so each class runs hundreds of cases.
/// </summary>
public class CarefulReadingTests
{
    private static readonly ParseContext Demo = new(DemoTeam.Lexicon, "en");

    private static readonly string[] Accounts = ["Contoso", "Fabrikam", "Litware", "Northwind Traders", "Woodgrove Bank", "Adventure Works", "Tailspin Toys", "Wide World Importers", "Alpine Ski House"];

    private static ParsedCommand WithDemo(string text) => MessageParser.English.Parse(text, Wednesday, Demo);

    private static string Show(ParsedCommand c) => System.Text.Json.JsonSerializer.Serialize(c);

    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        yield return name.ToLowerInvariant();
        yield return name.ToUpperInvariant();
        var first = name.Split(' ')[0];
        if (first.Length >= 5)
        {
            // One letter dropped from the first word: "fabrkam".
            yield return (first[..3] + first[4..] + name[first.Length..]).ToLowerInvariant();
        }
    }

    public static TheoryData<string, string> StageMoves()
    {
        var data = new TheoryData<string, string>();
        string[] templates = ["{0} closed won", "lost {0}", "{0} to negotiation", "move {0} to proposal", "{0} -> qualified", "won {0}!!", "{0} is in negotiation now", "mark {0} as lost"];
        foreach (var account in Accounts)
        {
            foreach (var spelling in Spellings(account))
            {
                foreach (var template in templates)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, spelling), account);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageMoves))]
    public void MovesADealNamedInAnyCaseOrWithOneTypo(string text, string account)
    {
        var c = WithDemo(text);

        Assert.Equal(Intent.MoveDeal, c.Intent);
        Assert.StartsWith(account.Split(' ')[0], c.Deal, StringComparison.Ordinal);
        Assert.False(c.Confirm, text);
    }

    public static TheoryData<string, string, string> Colleagues()
    {
        var data = new TheoryData<string, string, string>();
        string[] templates = ["visited {0} office on Monday w/ {1}", "met {0} with {1} yesterday", "call with {0} together with {1}", "demo for {0} with {1}", "visited {0} w/ {1}", "met {0} and {1}"];
        foreach (var account in Accounts)
        {
            foreach (var member in (string[])["Ben", "Chloe", "Anna", "ben", "chloe"])
            {
                foreach (var template in templates)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, account, member), account, char.ToUpperInvariant(member[0]) + member[1..]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Colleagues))]
    public void AMemberNamedIsAColleagueNeverTheAccount(string text, string account, string member)
    {
        var c = WithDemo(text);

        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.Equal(account, c.Account);
        Assert.Equal([member], c.Colleagues!);
        Assert.NotEqual(member, c.Contact);
    }

    public static TheoryData<string> NoWrites()
    {
        var data = new TheoryData<string>();
        string[] questions =
        [
            "who talked to {0} last?", "when did we last speak to {0}", "did anyone call {0} this week?", "did I email {0} yesterday?",
            "should I call {0} again?", "have we met {0}?", "called {0}?", "how many calls did we make to {0} last week",
            "what's up with {0}?", "who's our contact at {0}", "when was the last meeting with {0}", "is {0} still in negotiation?",
        ];
        string[] negations =
        [
            "didn't manage to call {0}", "couldn't reach {0}", "meeting with {0} cancelled", "called {0}, no answer", "tried to call {0}",
            "{0} demo got cancelled", "never met {0}", "haven't called {0} yet", "call with {0} fell through", "{0} was a no-show",
            "couldn't get through to {0}", "wasn't able to visit {0}",
        ];
        foreach (var account in Accounts)
        {
            foreach (var template in questions.Concat(negations))
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, account));
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, account.ToLowerInvariant()));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NoWrites))]
    public void AQuestionANegationOrAFailedAttemptNeverLogs(string text)
    {
        foreach (var c in new[] { WithDemo(text), Parse(text) })
        {
            var all = new[] { c }.Concat(c.More ?? []);
            Assert.DoesNotContain(all, x => x.Intent is Intent.LogActivity or Intent.MoveDeal or Intent.CreateDeal or Intent.UpdateDeal && !x.Confirm);
        }
    }

    public static TheoryData<string> Futures()
    {
        var data = new TheoryData<string>();
        string[] templates =
        [
            "will call {0} tomorrow", "meeting with {0} tomorrow", "{0} demo scheduled for Friday", "call with {0} next Tuesday",
            "going to visit {0} next week", "demo for {0} on Friday at 3pm", "I'll email {0} on Monday", "{0} 2nd demo scheduled for the 12th",
        ];
        foreach (var account in Accounts)
        {
            foreach (var template in templates)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, account));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Futures))]
    public void TheFutureMakesATaskNeverAPastActivity(string text)
    {
        foreach (var c in new[] { WithDemo(text), Parse(text) })
        {
            Assert.NotEqual(Intent.LogActivity, c.Intent);
            Assert.NotEqual("scheduled", c.Account);
            if (c.Intent == Intent.AddTask && c.Date is { } due)
            {
                Assert.True(due > DateOnly.FromDateTime(Wednesday), $"{text}: due {due}");
            }
        }
    }

    public static TheoryData<string> DeadlinesInNotes()
    {
        var data = new TheoryData<string>();
        string[] templates =
        [
            "called Kevin at {0}, he wants pricing for 50 seats by next week", "logged a call with Tom at {0}, he's leaving the company next month",
            "met {0}, they want a proposal by Friday", "emailed {0} - they sign in January", "visited {0}, budget approved for Q3",
            "called {0} about the renewal next month", "demo for {0}, they decide by end of month",
        ];
        foreach (var account in Accounts)
        {
            foreach (var template in templates)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, account));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeadlinesInNotes))]
    public void ADeadlineInTheNotesOfAPastActivityStaysInTheNotes(string text)
    {
        foreach (var c in new[] { WithDemo(text), Parse(text) })
        {
            Assert.Equal(Intent.LogActivity, c.Intent);
            Assert.Equal(DateOnly.FromDateTime(Wednesday), c.Date);
            Assert.NotNull(c.Notes);
        }
    }

    public static TheoryData<string, string> SeveralFacts()
    {
        var data = new TheoryData<string, string>();
        foreach (var account in Accounts)
        {
            data.Add($"called {account} and set a demo for Tuesday", "log_activity@2026-11-18 add_task@2026-11-24");
            data.Add($"met {account} today, moving them to proposal, need to send pricing by Fri", "log_activity@2026-11-18 move_deal add_task@2026-11-20");
            data.Add($"visited {account} yesterday. remind me to send the quote on Friday", "log_activity@2026-11-17 add_task@2026-11-20");
            data.Add($"emailed {account} the deck and booked a call for next Monday", "log_activity@2026-11-18 add_task@2026-11-23");
            data.Add($"lost {account} - no budget. todo: check back in 2 weeks", "move_deal add_task@2026-12-02");
            data.Add($"call with {account} yesterday; {account} to negotiation", "log_activity@2026-11-17 move_deal");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeveralFacts))]
    public void SeveralFactsBecomeMoreEachWithItsOwnDate(string text, string expected)
    {
        foreach (var c in new[] { WithDemo(text), Parse(text) })
        {
            var all = new[] { c }.Concat(c.More ?? []).Select(x => x.Intent.ToWireName() + (expected.Contains(x.Intent.ToWireName() + "@", StringComparison.Ordinal) && x.Date is { } d ? "@" + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty));
            Assert.Equal(expected, string.Join(' ', all));
        }
    }

    [Theory]
    [InlineData("new deal Contoso Phase 3 120k", "Contoso Phase 3", 120000)]
    [InlineData("new deal Initech Phase 2 80k", "Initech Phase 2", 80000)]
    [InlineData("new deal Nordlicht GmbH 365 €30k", "Nordlicht GmbH 365", 30000)]
    [InlineData("new deal Acme 24/7 support 9,900 dollars", "Acme 24/7 support", 9900)]
    [InlineData("new deal Globex 2027 rollout 45k", "Globex 2027 rollout", 45000)]
    [InlineData("new deal Hooli X5 upgrade $1.2M", "Hooli X5 upgrade", 1200000)]
    [InlineData("new deal Acme 360 250k", "Acme 360", 250000)]
    [InlineData("opened a new opp with Woodgrove for 45,000 dollars", "Woodgrove", 45000)]
    public void ANumberInsideANameStaysInTheName(string text, string deal, decimal amount)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}|amount={amount}");
    }

    [Theory]
    [InlineData("lost northwind to competitor, they went with Salesforce", "to competitor, they went with Salesforce")]
    [InlineData("lost Cyberdyne to a competitor", "to a competitor")]
    [InlineData("alpine lost - no budget", "no budget")]
    [InlineData("mark Cyberdyne as lost, they went with Salesforce", "they went with Salesforce")]
    [InlineData("Tyrell Corp lost, pricing too high", "pricing too high")]
    [InlineData("contoso went with salesforce, mark as lost", "went with salesforce")]
    public void ALostDealKeepsItsReason(string text, string reason)
    {
        var c = WithDemo(text);
        Assert.Equal(Intent.MoveDeal, c.Intent);
        Assert.Equal(reason, c.Reason, ignoreCase: true);
    }

    [Theory]
    [InlineData("next step: legal review on Friday")]
    [InlineData("next steps: contract redlines next week")]
    [InlineData("Fabrikam next step - legal review")]
    public void ANextStepNeverMovesAStage(string text)
    {
        Assert.NotEqual(Intent.MoveDeal, WithDemo(text).Intent);
        Assert.NotEqual(Intent.MoveDeal, Parse(text).Intent);
    }

    [Theory]
    [InlineData("when did we last speak to litware", "last_contact", "account=Litware")]
    [InlineData("who talked to Fabrikam last?", "last_contact", "account=Fabrikam")]
    [InlineData("last contact with Helios Energy?", "last_contact", "account=Helios Energy")]
    [InlineData("who's our contact at woodgrove", "show_contacts", "account=Woodgrove")]
    [InlineData("who do we know at Contoso?", "show_contacts", "account=Contoso")]
    [InlineData("what did I do yesterday", "show_activities", "scope=me")]
    [InlineData("Ben's calls this week", "show_activities", "scope=Ben")]
    [InlineData("how many calls did the team make last week", "show_activities", "scope=team")]
    [InlineData("who hasn't logged anything this week", "who_inactive", "")]
    [InlineData("won deals this quarter", "show_deals", "stage=won")]
    [InlineData("lost deals last month", "show_deals", "stage=lost")]
    [InlineData("which deals are closing this month", "deals_closing", "")]
    [InlineData("KPIs last month", "kpi_digest", "")]
    [InlineData("compare chloe and ben last month", "compare_reps", "")]
    [InlineData("what's my plan", "show_plan", "scope=me")]
    [InlineData("how do i log a call", "how_to", "")]
    [InlineData("how do I create a deal?", "how_to", "")]
    [InlineData("/lang pl", "set_language", "argument=pl")]
    [InlineData("speak Polish", "set_language", "argument=pl")]
    [InlineData("switch to russian", "set_language", "argument=ru")]
    [InlineData("no wait, that was Fabrikam", "correct", "account=Fabrikam")]
    [InlineData("actually it was yesterday", "correct", "date=2026-11-17")]
    [InlineData("oops I meant 35k", "correct", "amount=35000")]
    [InlineData("scratch that", "undo", "")]
    [InlineData("add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com", "add_contact", "contact=Sarah Lee|account=Fabrikam")]
    public void AnswersTheNewQuestions(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
        Matches(WithDemo(text), intent, spec);
    }

    [Fact]
    public void PeriodsAreInclusiveDays()
    {
        var kpi = Parse("KPIs last month");
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (kpi.From!.Value, kpi.To!.Value));
        var won = Parse("won deals this quarter");
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (won.From!.Value, won.To!.Value));
        var calls = Parse("Ben's calls this week");
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)), (calls.From!.Value, calls.To!.Value));
    }

    [Theory]
    [InlineData("add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com", "CFO", "sarah.lee@fabrikam.com")]
    [InlineData("new contact: Peter Quill, head of ops at Hooli", "head of ops", null)]
    public void ANewContactKeepsItsRoleAndEmail(string text, string role, string? email)
    {
        var c = Parse(text);
        Assert.Equal(role, c.Role, ignoreCase: true);
        Assert.Equal(email, c.Email);
    }

    [Theory]
    [InlineData("how do i log a call", "log_activity")]
    [InlineData("how do I add a task?", "add_task")]
    [InlineData("how to move a deal to another stage", "move_deal")]
    [InlineData("how can i see my pipeline", "show_pipeline")]
    public void AHowToNamesTheIntentAskedAbout(string text, string topic)
    {
        Assert.Equal(topic, Parse(text).Topic);
    }

    [Theory]
    [InlineData("called scheduled")]
    [InlineData("met did")]
    [InlineData("emailed the cfo")]
    [InlineData("call with procurement")]
    public void AnEverydayWordIsNeverANewRecordWithoutAsking(string text)
    {
        var c = Parse(text);
        Assert.True(!c.Intent.IsWrite() || c.Confirm, $"{text}: {c.Intent} {c.Account} {c.Contact}");
    }

    public static TheoryData<string> Phrasings()
    {
        var data = new TheoryData<string>();
        foreach (var row in ((IEnumerable<object[]>)StageMoves()).Take(40).Concat(((IEnumerable<object[]>)Futures()).Take(20)).Concat(((IEnumerable<object[]>)DeadlinesInNotes()).Take(20)))
        {
            data.Add((string)row[0]);
        }

        foreach (var text in (string[])["cld fabrikam, f/u next wk", "f/u with fabrikam next tues", "met Contoso today, moving them to proposal, need to send pricing by Fri", "visited Tailspin Toys office on Monday w/ Ben"])
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void EmojiAndTrailingBangsChangeNothing(string text)
    {
        var plain = Show(WithDemo(text));
        Assert.Equal(plain, Show(WithDemo(text + " 🎉")));
        Assert.Equal(plain, Show(WithDemo(text + "!!")));
        Assert.Equal(plain, Show(WithDemo("👍 " + text)));
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void TheCaseOfTheTeamsNamesChangesNothing(string text)
    {
        var plain = Show(WithDemo(text));
        var lowered = text;
        foreach (var account in Accounts.Concat(["Ben", "Kevin", "Tom"]))
        {
            lowered = lowered.Replace(account, account.ToLowerInvariant(), StringComparison.Ordinal);
        }

        Assert.Equal(plain, Show(WithDemo(lowered)));
    }

    [Theory]
    [InlineData("cld fabrikam, f/u next wk", "log_activity", "add_task")]
    [InlineData("pls log: call, litware, talked pricing, follow up in 2 wks", "log_activity", "add_task")]
    [InlineData("sent the proposal deck to Fourth Coffee by email", "log_activity", null)]
    [InlineData("f/u with fabrikam next tues", "add_task", null)]
    [InlineData("Litware expansion deal - 250k", "create_deal", null)]
    public void ReadsEverydayShorthand(string text, string first, string? second)
    {
        var c = WithDemo(text);
        Assert.Equal(first, c.Intent.ToWireName());
        Assert.Equal(second, c.More is { Count: > 0 } more ? more[0].Intent.ToWireName() : null);
    }
}

using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a written full name, "of", then a company ("met Lena Fogarty of Pemberly Foods") is the contact at that
/// account, and a "phone chat" is a call. Near misses: "of" inside a company ("Bank of America"), a role ("the head of
/// IT at Acme"), an object ("demo of the new dashboard to Northwind").
/// </summary>
public class PersonOfCompanyClassTests
{
    private static readonly (string Person, string Company)[] People =
    [
        ("Lena Fogarty", "Pemberly Foods"), ("Bea Thornton", "Halvorsen Marine"), ("Tobias Wren", "Strathmere Bank"), ("Nadia Quist", "Ondria"), ("John Smith", "Bank of America"),
    ];

    private static readonly (string Template, string Activity)[] Activities =
    [
        ("met {0} of {1} monday", "meeting"), ("called {0} of {1}", "call"), ("quick phone chat w/ {0} of {1} 2 days ago", "call"),
        ("emailed {0} of {1} the deck", "email"), ("demo for {0} of {1} yesterday", "demo"), ("phone chat with {0} of {1}", "call"),
    ];

    public static TheoryData<string, string, string, string> PersonOf()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (template, activity) in Activities)
        {
            foreach (var (person, company) in People)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, person, company), activity, person, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PersonOf))]
    public void AFullNameOfACompanyIsTheContactThere(string text, string activity, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|contact={contact}|account={account}");
    }

    [Theory]
    [InlineData("call with Bank of America", "Bank of America")]
    [InlineData("met the head of IT at Acme", "Acme")]
    [InlineData("demo of the new dashboard to Northwind", "Northwind")]
    [InlineData("visited University of Leeds", "University of Leeds")]
    public void OfInsideACompanyOrARoleNamesNoPerson(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact=");
    }

    [Theory]
    [InlineData("met with the CFO of Acme", "Acme")]
    [InlineData("call with the head of IT at Globex", "Globex")]
    [InlineData("met the CFO of Bank of America", "Bank of America")]
    [InlineData("emailed their procurement lead at Initech", "Initech")]
    [InlineData("demo for the VP of sales at Contoso", "Contoso")]
    public void ARoleOfACompanyLeavesTheCompanyAsTheAccount(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact=");
    }

    [Theory]
    [InlineData("shot an email over to Bluefen w/ the NDA", "Bluefen")]
    [InlineData("sent email to Pied Piper with the case study", "Pied Piper")]
    [InlineData("visited Marlow Bikes with our samples", "Marlow Bikes")]
    public void WithTheThingIsNoCompany(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.False(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("emailed the pricing sheet to Nadia Quist (Ondria)", "Nadia Quist", "Ondria")]
    [InlineData("emailed the deck to Omar Haddad (Globex)", "Omar Haddad", "Globex")]
    public void APersonAfterTheObjectThenTheCompanyInBrackets(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }

    [Theory]
    [InlineData("meeting at Contoso with Sarah", "Contoso", "Sarah")]
    [InlineData("lunch with Sarah from Acme", "Acme", "Sarah")]
    public void APersonWithACompanyReadsAsBefore(string text, string account, string contact)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact={contact}");
    }
}

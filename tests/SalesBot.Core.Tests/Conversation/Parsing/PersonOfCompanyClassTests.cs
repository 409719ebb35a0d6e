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
}

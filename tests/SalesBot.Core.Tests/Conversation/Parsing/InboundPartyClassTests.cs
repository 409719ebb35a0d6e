using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: the party named before the activity as a person of a company ("kat lindqvist from norrvik
/// paper called me back", "Tom at Contoso emailed me", "Kat Lindqvist (Norrvik Paper) rang me") is that contact at
/// that account; a company's possessive before a role ("Contoso's CTO called me") is the account; "me", "me back" after
/// such a call is no note. Before, the first was not understood and the bracketed one created the account
/// "Kat Lindqvist (Norrvik Paper". Near miss: words left over on either side ("Kat from Norrvik and Ben called")
/// make no guess.
/// </summary>
public class InboundPartyClassTests
{
    private static readonly (string Person, string Company)[] People =
    [
        ("kat lindqvist", "norrvik paper"), ("Kat Lindqvist", "Norrvik Paper"), ("Tom", "Contoso"), ("tasha", "harlow mills"),
        ("Ben Okafor", "Quillmore Foods"), ("anya", "oakhurst dental"),
    ];

    private static readonly string[] Links = ["from", "at", "@"];

    private static readonly (string Text, string Activity)[] Verbs =
    [
        ("called me back", "call"), ("called me", "call"), ("rang me", "call"), ("rang", "call"), ("called", "call"),
        ("emailed me", "email"), ("emailed", "email"), ("called back", "call"), ("rang me back", "call"),
    ];

    public static TheoryData<string, string, string, string> PersonOfCompany()
    {
        var data = new TheoryData<string, string, string, string>();
        for (var p = 0; p < People.Length; p++)
        {
            for (var v = 0; v < Verbs.Length; v++)
            {
                var (person, company) = People[p];
                var link = Links[(p + v) % Links.Length];
                data.Add($"{person} {link} {company} {Verbs[v].Text}", Verbs[v].Activity, person, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PersonOfCompany))]
    public void APersonOfACompanyBeforeTheActivityIsItsContact(string text, string activity, string person, string company)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|contact={person}|account={company}|date=2026-11-18|notes=");
    }

    public static TheoryData<string, string, string> Bracketed()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (person, company) in People.Where(p => char.IsUpper(p.Person[0])))
        {
            foreach (var (verb, _) in Verbs.Take(5))
            {
                data.Add($"{person} ({company}) {verb}", person, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bracketed))]
    public void ACompanyInBracketsAfterThePersonIsTheAccount(string text, string person, string company)
    {
        Matches(Parse(text), "log_activity", $"contact={person}|account={company}|notes=");
    }

    [Theory]
    [InlineData("Contoso's CTO called me", "Contoso")]
    [InlineData("Quillmore's buyer rang me back", "Quillmore")]
    [InlineData("Norrvik Paper called me", "Norrvik Paper")]
    [InlineData("Harlow Mills rang me back", "Harlow Mills")]
    [InlineData("norrvik called back", "norrvik")]
    public void ACompanyAloneOrItsPossessiveIsTheAccount(string text, string company)
    {
        Matches(Parse(text), "log_activity", $"activity=call|account={company}|contact=|notes=");
    }

    [Theory]
    [InlineData("Kat from Norrvik and Ben called")]
    [InlineData("Kat from Norrvik said she called")]
    public void LeftoverWordsOnEitherSideMakeNoGuess(string text)
    {
        var c = Parse(text);

        Assert.False(c.Account == "Norrvik" && c.Contact == "Kat" && c.Notes is null, $"{text}: guessed {c.Contact} at {c.Account}");
    }
}

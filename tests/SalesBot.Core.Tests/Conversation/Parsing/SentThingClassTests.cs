using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: something sent to a party is an email, whichever comes first ("sent the deck to Fourth Coffee",
/// "forwarded the nda to mirela dunn at saltmarsh data", "sent Luis Ortega at Harrowgate Foods the case study"),
/// and what went is the note. Near misses: nobody the team sells to ("sent the contract to legal", "to my boss"),
/// one lowercase word before the thing ("sent mom the photos"), nothing sent to anyone ("sent it").
/// </summary>
public class SentThingClassTests
{
    private static readonly string[] Verbs = ["sent", "sent over", "forwarded", "shared", "mailed", "shot over", "fwd"];

    private static readonly string[] Things = ["the deck", "the nda", "our case study", "the price sheet", "a proposal", "pricing"];

    private static readonly (string Party, string? Contact, string Account)[] Parties =
    [
        ("Fourth Coffee", null, "Fourth Coffee"), ("marlow cider co", null, "marlow cider co"), ("Mirela Dunn at Saltmarsh Data", "Mirela Dunn", "Saltmarsh Data"),
        ("kevin at contoso", "kevin", "contoso"), ("Luis Ortega from Harrowgate Foods", "Luis Ortega", "Harrowgate Foods"),
    ];

    public static TheoryData<string, string?, string, string> ThingThenParty()
    {
        var data = new TheoryData<string, string?, string, string>();
        foreach (var verb in Verbs)
        {
            foreach (var thing in Things)
            {
                foreach (var (party, contact, account) in Parties)
                {
                    data.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1} to {2}", verb, thing, party), contact, account, thing);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThingThenParty))]
    public void TheThingThenWhomItWentTo(string text, string? contact, string account, string thing)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"activity=email|account={account}|contact={contact}|notes={thing}|date=2026-11-18");
    }

    [Theory]
    [InlineData("sent Luis Ortega at Harrowgate Foods the case study", "Luis Ortega", "Harrowgate Foods", "the case study")]
    [InlineData("sent luis ortega at harrowgate foods the case study", "luis ortega", "harrowgate foods", "the case study")]
    [InlineData("forwarded Kevin at Contoso our pricing", "Kevin", "Contoso", "our pricing")]
    [InlineData("sent Fourth Coffee the deck yesterday", null, "Fourth Coffee", "the deck")]
    [InlineData("shared with Globex the roadmap", null, "Globex", "the roadmap")]
    public void WhomThenTheThing(string text, string? contact, string account, string thing)
    {
        Matches(Parse(text), "log_activity", $"activity=email|account={account}|contact={contact}|notes={thing}");
    }

    [Theory]
    [InlineData("emailed the price sheet to marlow cider co", "marlow cider co")]
    [InlineData("demoed the new dashboard to northwind", "northwind")]
    [InlineData("emailed the contract to pinewell clinics", "pinewell clinics")]
    public void ALowercasePartyAfterTheThing(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("sent the contract to legal")]
    [InlineData("sent the deck to my boss")]
    [InlineData("sent mom the photos")]
    [InlineData("sent it")]
    [InlineData("sent out the invoices")]
    [InlineData("emailed the deck to legal")]
    [InlineData("emailed the contract to review")]
    [InlineData("forwarded the thread to the team")]
    public void NobodyTheTeamSellsTo(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.LogActivity, Describe(c));
    }
}

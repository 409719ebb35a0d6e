using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// One clause may say two facts ("visited Litware and Contoso today"), so a message can hold more commands than
/// clauses. Reading the clause after it must still find its own text: the parser once indexed the clauses by command
/// and threw on "called fabrikam and litware; then called Acme yesterday".
/// </summary>
public class ClauseBookkeepingTests
{
    private static readonly ParseContext Demo = new(DemoTeam.Lexicon, "en");

    private static readonly string[] TwoParties =
    [
        "visited Litware and Contoso today", "called fabrikam and litware", "emailed contoso & northwind traders",
        "called Acme + Umbrella this morning", "visited tailspin + alpine ski house today", "met Globex and Initech yesterday",
        "called Hooli and Vandelay", "demoed to Wonka and Oscorp on monday",
    ];

    private static readonly string[] NextClauses =
    [
        "; then called Acme yesterday", ". emailed Globex", ", then met Priya at Initech", "; also called Soylent",
        ". spoke to Kevin", ", met jonas", "; then visited Umbrella on tuesday",
    ];

    public static TheoryData<string> TwoPartiesThenMore()
    {
        var data = new TheoryData<string>();
        foreach (var first in TwoParties)
        {
            foreach (var next in NextClauses)
            {
                data.Add(first + next);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TwoPartiesThenMore))]
    public void TwoPartiesInOneClauseThenAnotherClauseNeverThrow(string text)
    {
        foreach (var context in new[] { ParseContext.None, Demo })
        {
            var c = MessageParser.English.Parse(text, Wednesday, context);

            // The first clause is an activity; the person of the clause after it may join it as its contact.
            Assert.True(c.Intent == Intent.LogActivity, $"'{text}': {Describe(c)}");
            Assert.All(c.More ?? [], m => Assert.True(m.Intent.IsWrite(), $"'{text}': {Describe(c)}"));
        }
    }
}

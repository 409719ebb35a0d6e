using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: "Tom at Contoso emailed me the contract" moved the deal "Tom at Contoso emailed me" to
/// negotiation, "Acme sent the contract" the deal "Acme sent": a wrong write from a stage word ("contract") at the end
/// of a sentence. A lowercase verb that reports something done ("emailed", "sent", "called", "gave") inside what
/// stands before the stage word makes it a sentence, not a deal's name; the message is read as the activity it
/// reports, or asked about. Near misses: a deal whose name holds no such verb still moves ("Contoso upgrade to
/// proposal", "acme rollout to proposal", "Acme moved to negotiation").
/// </summary>
public class SentenceIsNoDealNameClassTests
{
    private static readonly string[] Senders = ["Contoso", "Tom at Contoso", "acme", "Quillmore Foods", "kat from norrvik", "Harlow Mills"];

    private static readonly string[] Verbs = ["emailed me", "sent", "sent me", "sent over", "emailed", "gave us", "sent back", "emailed us", "called about", "rang about"];

    private static readonly string[] StageObjects = ["the contract", "the signed contract", "the proposal", "a proposal", "the negotiation notes", "their contract"];

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        for (var s = 0; s < Senders.Length; s++)
        {
            for (var v = 0; v < Verbs.Length; v++)
            {
                data.Add($"{Senders[s]} {Verbs[v]} {StageObjects[(s + v) % StageObjects.Length]}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void AReportedActionBeforeAStageWordMovesNoDeal(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent == Intent.MoveDeal, $"{text}: moved '{c.Deal}' to {c.Stage}");
        Assert.All(c.More ?? [], m => Assert.NotEqual(Intent.MoveDeal, m.Intent));
    }

    [Theory]
    [InlineData("Contoso upgrade to proposal", "Contoso upgrade", "proposal")]
    [InlineData("acme rollout to proposal", "acme rollout", "proposal")]
    [InlineData("Acme moved to negotiation", "Acme", "negotiation")]
    [InlineData("Harlow Mills in contract", "Harlow Mills", "negotiation")]
    [InlineData("Quillmore Foods renewal -> negotiation", "Quillmore Foods renewal", "negotiation")]
    public void ADealWhoseNameReportsNothingStillMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }
}

using BenchmarkDotNet.Attributes;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Benchmarks;

/// <summary>
/// Parses a mix of 50 realistic messages per invocation; results are per message
/// (OperationsPerInvoke), so "Mean" is the time for one message and "Allocated" its bytes.
/// Goal: at least 50,000 messages a second on one core.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const int MessageCount = 50;

    /// <summary>The message mix, shared with <see cref="ParserThroughput"/>.</summary>
    public static IReadOnlyList<string> Mix => Messages;

    private static readonly string[] Messages =
    [
        "logged meeting with Contoso",
        "just had a call w/ Fabrikam",
        "met with Maria from Woodgrove Bank yesterday, discussed renewal",
        "@SalesBot call with Northwind 3 days ago",
        "sent an email to Litware about pricing",
        "demoed the new dashboard to Adatum on Monday",
        "on-site visit at Tailspin Toys last Thursday",
        "note: Contoso wants SSO before they sign",
        "talked to Kevin at Fabrikam on the phone",
        "quick coffee with Anna from Northwind this morning",
        "Contoso upgrade -> negotiation",
        "move Fabrikam renewal to proposal",
        "won Woodgrove Bank 🎉",
        "lost Adatum to a competitor",
        "Litware deal is in negotiation now",
        "/deal Tailspin proposal",
        "Northwind contract signed",
        "new deal Contoso pilot 50k",
        "new deal: Fabrikam licences, $120,000, close by Dec 15",
        "create a deal for Northwind, 80 000 EUR",
        "/newdeal Litware armor 300000 USD",
        "Contoso upgrade is now worth 80k",
        "push Fabrikam renewal close date to January 15",
        "remind me to send the contract to Contoso on Friday",
        "todo call Fabrikam next Monday",
        "remind me tomorrow at 9 to prep the Northwind demo",
        "I need to send Litware the pricing in 2 days",
        "done: send the contract to Contoso",
        "mark task renew Adatum NDA as done",
        "plan: 1) call Contoso 2) prep Fabrikam demo 3) proposal for Litware",
        "my 3 priorities:\n1. Northwind renewal\n2. Adatum QBR\n3. cold calls",
        "top 3 today: call Contoso, demo Fabrikam, quote Litware",
        "my pipeline",
        "show negotiation deals for the whole team",
        "what's up with Contoso?",
        "my tasks",
        "what's due this week?",
        "team kpis last week",
        "how is Anna doing this week?",
        "/standup",
        "undo",
        "help",
        "/connect North",
        "target meetings 8 per week",
        "away until Dec 2",
        "2",
        "good morning!",
        "what's the weather",
        "'; DROP TABLE deals; --",
        "<script>alert(1)</script>",
    ];

    private readonly MessageParser _parser = MessageParser.English;
    private readonly DateTime _now = new(2026, 11, 18, 10, 0, 0);

    [GlobalSetup]
    public void Setup()
    {
        if (Messages.Length != MessageCount)
        {
            throw new InvalidOperationException($"expected {MessageCount} messages, found {Messages.Length}");
        }
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int ParseMix()
    {
        var writes = 0;
        foreach (var message in Messages)
        {
            if (_parser.Parse(message, _now).Intent.IsWrite())
            {
                writes++;
            }
        }

        return writes;
    }
}

using System.Text.Json;
using SalesBot.Channels.Teams;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Charts;
using SalesBot.Tests.Shared;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// Every kind of card we send, checked against Microsoft's Teams card types (@microsoft/teams.cards, generated from
/// the schema Teams renders) by the TypeScript compiler in tests/peers/cards: an element, property or value Teams
/// does not know fails here instead of showing a broken card in a manager's chat.
/// </summary>
public sealed class AdaptiveCardSchemaTests : IDisposable
{
    private static readonly string Peers = Path.Combine(Repo.Root, "tests", "peers", "cards");

    private static readonly DigestChart Chart = new("Northwind Sales · 2026-W47", "EUR",
        [new ChartRep("Anna Kowalska", 12), new ChartRep("Ben Nowak", 6)], 8m,
        [new ChartStage("lead", 3, 15_000m), new ChartStage("proposal", 2, 40_000m)],
        Enumerable.Range(40, 8).Select(w => new ChartWeek($"W{w}", (w - 39) * 1000m)).ToList());

    private readonly string _dir = Directory.CreateTempSubdirectory("salesbot-cards-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Cards() => new(CardsByName.Keys);

    private static readonly Dictionary<string, OutgoingMessage> CardsByName = new()
    {
        ["titled reply"] = new OutgoingMessage("Pipeline: 3 open deals") { Title = "Your pipeline" },
        ["reply with undo"] = new OutgoingMessage("Logged a call with Contoso.") { Buttons = [new ReplyButton("Undo", "u:12")] },
        ["question with options"] = new OutgoingMessage("Which Contoso?")
        {
            Buttons = [new ReplyButton("Contoso Ltd", "q:4:1"), new ReplyButton("Contoso Pharma", "q:4:2"), new ReplyButton("Cancel", "q:4:0")],
        },
        ["stand-up with details"] = new OutgoingMessage("Anna: 3 calls") { Title = "Stand-up · Wed 18 Nov", Details = ["call with Contoso", "demo at Fabrikam"] },
        ["digest with charts"] = new OutgoingMessage("Anna Kowalska: 12 activities") { Title = "KPIs · 2026-W47", Chart = Chart },
        ["digest with amounts hidden"] = new OutgoingMessage("Anna Kowalska: 12 activities") { Title = "KPIs · 2026-W47", Chart = Chart with { Currency = null } },
        ["digest without a target, no reps"] = new OutgoingMessage("A quiet week.") { Chart = Chart with { ActivitiesTarget = null, Reps = [] } },
        ["Polish digest"] = new OutgoingMessage("Anna: 12 aktywności")
        {
            Chart = Chart with { Labels = ChartLabels.Of(ReplyPacks.For("pl").Reports, "PLN", 8m) },
            Buttons = [new ReplyButton("Cofnij", "u:3")],
        },
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task TheCardMatchesTeamsCardTypes(string name)
    {
        NpmPeers.Ensure(Peers, "@microsoft");
        var card = Assert.Single(AdaptiveCardRenderer.Render(CardsByName[name]).Attachments!).Content;

        var (exit, output) = await CheckAsync(card.GetRawText());

        Assert.True(exit == 0, $"{name}: {output}");
    }

    [Fact]
    public async Task TheCheckRejectsAChartPropertyTeamsDoesNotKnow()
    {
        // The check itself can fail: a donut slice with "values" (a line chart's field) is refused.
        NpmPeers.Ensure(Peers, "@microsoft");
        var card = Assert.Single(AdaptiveCardRenderer.Render(CardsByName["digest with charts"]).Attachments!).Content.GetRawText();
        var broken = card.Replace("\"value\":", "\"values\":", StringComparison.Ordinal);
        Assert.NotEqual(card, broken);

        var (exit, output) = await CheckAsync(broken);

        Assert.Equal(1, exit);
        Assert.Contains("'\"values\"' does not exist in type 'IDonutChartData'", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> CheckAsync(string json)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        var (exit, stdout, stderr) = await Repo.NodeInAsync(Peers, "check-card.js", path);
        return (exit, stdout + stderr);
    }
}

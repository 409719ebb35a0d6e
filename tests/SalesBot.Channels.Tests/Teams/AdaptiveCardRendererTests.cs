using System.Text.Json;
using SalesBot.Channels.Teams;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

public sealed class AdaptiveCardRendererTests
{
    [Fact]
    public void RendersTitleTextDetailsAndButtonsAsAnAdaptiveCardVersion15()
    {
        var message = new OutgoingMessage("Call with Contoso, today")
        {
            Title = "Logged",
            Details = ["Deal: Contoso upgrade (proposal)"],
            Buttons = [new ReplyButton("Undo", "u:123"), new ReplyButton("Contoso Ltd", "q:45:2")],
        };

        var activity = AdaptiveCardRenderer.Render(message);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = attachment.Content;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Logged", Run(card.GetProperty("body")[0]).GetProperty("text").GetString());
        Assert.Equal("Bolder", Run(card.GetProperty("body")[0]).GetProperty("weight").GetString());
        Assert.Equal("Call with Contoso, today", Run(card.GetProperty("body")[1]).GetProperty("text").GetString());
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("Action.ShowCard", actions[0].GetProperty("type").GetString());
        Assert.Equal("Deal: Contoso upgrade (proposal)", Run(actions[0].GetProperty("card").GetProperty("body")[0]).GetProperty("text").GetString());
        Assert.Equal("Action.Submit", actions[1].GetProperty("type").GetString());
        Assert.Equal("Undo", actions[1].GetProperty("title").GetString());
        Assert.Equal("u:123", actions[1].GetProperty("data").GetProperty("action").GetString());
        Assert.Equal("q:45:2", actions[2].GetProperty("data").GetProperty("action").GetString());
        Assert.Equal("Logged\n\nCall with Contoso, today\n\nDeal: Contoso upgrade (proposal)", card.GetProperty("fallbackText").GetString());
        Assert.Equal(card.GetProperty("fallbackText").GetString(), activity.Summary);
    }

    [Fact]
    public void KeepsAPlainReplyAsPlainText()
    {
        var activity = AdaptiveCardRenderer.Render(new OutgoingMessage("Try: logged a call with Contoso"));

        Assert.Equal("Try: logged a call with Contoso", activity.Text);
        Assert.Equal("plain", activity.TextFormat);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void WritesTheWireShapeInCamelCaseWithoutNulls()
    {
        var json = JsonSerializer.Serialize(AdaptiveCardRenderer.Render(new OutgoingMessage("x") { Buttons = [new ReplyButton("Undo", "u:1")] }), TeamsJson.Options);

        Assert.StartsWith("{\"type\":\"message\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsMarkdownInADealNameAsTextNeverAsALink()
    {
        // Finding 11: the name a rep typed reaches a channel card; markdown in it must stay text.
        const string name = "Acme [portal](https://evil.example/p)";
        var message = new OutgoingMessage($"{name} moved to proposal\n**urgent** _now_ <at>Ben</at>")
        {
            Title = $"Won: {name}",
            Details = [$"Deal: {name}", "# heading", "- [x](https://evil.example/q)"],
            Buttons = [new ReplyButton(name, "q:1:1")],
        };

        var card = Assert.Single(AdaptiveCardRenderer.Render(message).Attachments!).Content;

        var blocks = Blocks(card).ToList();
        Assert.All(blocks, b => Assert.Equal("RichTextBlock", b.GetProperty("type").GetString()));
        var runs = blocks.SelectMany(b => b.GetProperty("inlines").EnumerateArray()).ToList();
        Assert.All(runs, r => Assert.Equal("TextRun", r.GetProperty("type").GetString()));
        Assert.All(runs, r => Assert.False(r.TryGetProperty("selectAction", out _)));
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == $"Won: {name}");
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == $"{name} moved to proposal");
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == "**urgent** _now_ <at>Ben</at>");
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == "- [x](https://evil.example/q)");
        Assert.DoesNotContain("\"TextBlock\"", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.OpenUrl", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsEachLineOfAParagraphAsItsOwnBlockWithoutExtraSpacing()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(new OutgoingMessage("one\ntwo\n\nthree") { Title = "T" }).Attachments!).Content;

        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["T", "one", "two", "three"], body.Select(b => Run(b).GetProperty("text").GetString()));
        Assert.False(body[1].TryGetProperty("spacing", out _));
        Assert.Equal("None", body[2].GetProperty("spacing").GetString());
    }

    private static JsonElement Run(JsonElement block) => block.GetProperty("inlines")[0];

    private static IEnumerable<JsonElement> Blocks(JsonElement card)
    {
        foreach (var block in card.GetProperty("body").EnumerateArray())
        {
            yield return block;
        }

        if (!card.TryGetProperty("actions", out var actions))
        {
            yield break;
        }

        foreach (var action in actions.EnumerateArray())
        {
            if (action.TryGetProperty("card", out var inner))
            {
                foreach (var block in Blocks(inner))
                {
                    yield return block;
                }
            }
        }
    }
}

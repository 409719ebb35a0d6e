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
        Assert.Equal("Logged", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Bolder", card.GetProperty("body")[0].GetProperty("weight").GetString());
        Assert.Equal("Call with Contoso, today", card.GetProperty("body")[1].GetProperty("text").GetString());
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("Action.ShowCard", actions[0].GetProperty("type").GetString());
        Assert.Equal("Deal: Contoso upgrade (proposal)", actions[0].GetProperty("card").GetProperty("body")[0].GetProperty("text").GetString());
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
}

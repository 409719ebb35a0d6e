using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// Renders the messenger-neutral reply as a Teams message. A reply with a title, details or buttons becomes
/// one Adaptive Card 1.5 (bold title, text, details folded behind "Details", buttons as Action.Submit carrying
/// <c>{"action": Data}</c>) with the plain text as the card's fallbackText and the activity's summary; a
/// plain reply stays a plain text message. Teams shows an activity's text above its card, so the text is
/// not repeated there.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static OutgoingActivity Render(OutgoingMessage message)
    {
        var plain = PlainText(message);
        if (message.Title is null && message.Details.Count == 0 && message.Buttons.Count == 0 && message.Chart is null)
        {
            return new OutgoingActivity { Text = plain, TextFormat = "plain" };
        }

        var card = Card(message, plain);
        return new OutgoingActivity
        {
            Summary = plain.Length > 250 ? plain[..250] : plain,
            Attachments = [new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(card) }],
        };
    }

    /// <summary>What clients that cannot show the card (and notifications) show instead.</summary>
    public static string PlainText(OutgoingMessage message)
    {
        var parts = new List<string>();
        if (message.Title is { Length: > 0 })
        {
            parts.Add(message.Title);
        }

        parts.Add(message.Text);
        parts.AddRange(message.Details);
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static JsonObject Card(OutgoingMessage message, string plain)
    {
        var body = new JsonArray();
        if (message.Title is { Length: > 0 })
        {
            body.Add(TextBlock(message.Title, bold: true));
        }

        if (message.Text.Length > 0)
        {
            body.Add(TextBlock(message.Text, bold: false));
        }

        if (message.Chart is { } chart)
        {
            foreach (var element in DigestChartCard.Elements(chart))
            {
                body.Add(element);
            }
        }

        var actions = new JsonArray();
        if (message.Details.Count > 0)
        {
            var details = new JsonArray();
            foreach (var line in message.Details)
            {
                details.Add(TextBlock(line, bold: false));
            }

            actions.Add(new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = "Details",
                ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = details },
            });
        }

        foreach (var button in message.Buttons)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = button.Label,
                ["data"] = new JsonObject { ["action"] = button.Data },
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = plain,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    private static JsonObject TextBlock(string text, bool bold)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        return block;
    }
}

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
/// <para>
/// Every text is a RichTextBlock of TextRuns, one block per line: a TextRun is never read as markdown, so a deal
/// named "Acme [portal](https://evil.example/p)" shows exactly that instead of a link (issue 12, finding 11).
/// A TextBlock would render its markdown, and Teams has no reliable escape for it.
/// </para>
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
            AddText(body, message.Title, bold: true);
        }

        if (message.Text.Length > 0)
        {
            AddText(body, message.Text, bold: false);
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
                AddText(details, line, bold: false);
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

    /// <summary>The text as literal runs, a block per line (a TextRun keeps no line breaks of its own in every client).</summary>
    private static void AddText(JsonArray body, string text, bool bold)
    {
        var first = true;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var run = new JsonObject { ["type"] = "TextRun", ["text"] = line };
            if (bold)
            {
                run["weight"] = "Bolder";
                run["size"] = "Medium";
            }

            var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
            if (!first)
            {
                block["spacing"] = "None";
            }

            body.Add(block);
            first = false;
        }
    }
}

using System.Text;
using SalesBot.Core.Messaging;
using Telegram.Bot.Types.ReplyMarkups;

namespace SalesBot.Channels.Telegram;

/// <summary>What one <see cref="OutgoingMessage"/> becomes on Telegram: one or more HTML messages and a keyboard for the last.</summary>
public sealed record TelegramRendering(IReadOnlyList<string> Pieces, InlineKeyboardMarkup? Keyboard, IReadOnlyList<ReplyButton> DroppedButtons);

/// <summary>
/// Renders the engine's channel-neutral reply as Telegram HTML: Title bold, Text, Details in an
/// expandable quote, Buttons as an inline keyboard whose callback_data is the button's short key.
/// </summary>
public static class TelegramRenderer
{
    /// <summary>Telegram's callback_data limit, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;
    private const int ButtonsPerRow = 3;

    public static TelegramRendering Render(OutgoingMessage message, int maxLength = TelegramHtml.MaxMessageLength)
    {
        var html = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(message.Title))
        {
            html.Append("<b>").Append(TelegramHtml.Escape(message.Title)).Append("</b>");
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            if (html.Length > 0)
            {
                html.Append('\n');
            }

            html.Append(TelegramHtml.Escape(message.Text));
        }

        var details = message.Details.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        if (details.Count > 0)
        {
            if (html.Length > 0)
            {
                html.Append('\n');
            }

            html.Append("<blockquote expandable>")
                .Append(string.Join('\n', details.Select(TelegramHtml.Escape)))
                .Append("</blockquote>");
        }

        if (html.Length == 0)
        {
            // Telegram rejects an empty text; a reply that only carries buttons still needs a line.
            html.Append('…');
        }

        var (keyboard, dropped) = Keyboard(message.Buttons);
        return new TelegramRendering(TelegramHtml.Split(html.ToString(), maxLength), keyboard, dropped);
    }

    public static bool FitsCallbackData(string data) =>
        data.Length > 0 && Encoding.UTF8.GetByteCount(data) <= MaxCallbackDataBytes;

    private static (InlineKeyboardMarkup?, IReadOnlyList<ReplyButton>) Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var usable = buttons.Where(b => FitsCallbackData(b.Data)).ToList();
        var dropped = buttons.Where(b => !FitsCallbackData(b.Data)).ToList();
        if (usable.Count == 0)
        {
            return (null, dropped);
        }

        var rows = usable
            .Select(b => InlineKeyboardButton.WithCallbackData(string.IsNullOrWhiteSpace(b.Label) ? b.Data : b.Label, b.Data))
            .Chunk(ButtonsPerRow);
        return (new InlineKeyboardMarkup(rows), dropped);
    }
}

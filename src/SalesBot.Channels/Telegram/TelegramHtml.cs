using System.Text;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Telegram's HTML parse mode: the only named entities are &amp;lt; &amp;gt; &amp;amp; &amp;quot;, so every dynamic
/// string goes through <see cref="Escape"/>; and a message holds at most 4,096 characters, so long
/// text is cut into several messages without ever cutting a tag or an entity in half.
/// </summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit is 4,096 characters of parsed text; the markup we count on top of it is our margin.</summary>
    public const int MaxMessageLength = 4000;

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts HTML into pieces of at most <paramref name="maxLength"/> characters, preferring a line break,
    /// then a space, in the second half of a piece. Tags open at a cut are closed at the end of one piece
    /// and reopened at the start of the next, so each piece is valid markup on its own.
    /// </summary>
    public static IReadOnlyList<string> Split(string html, int maxLength = MaxMessageLength)
    {
        if (html.Length <= maxLength)
        {
            return [html];
        }

        var units = Units(html);
        var pieces = new List<string>();
        var open = new List<OpenTag>();
        var i = 0;
        while (i < units.Count)
        {
            var builder = new StringBuilder();
            foreach (var tag in open)
            {
                builder.Append(tag.Raw);
            }

            var stack = new List<OpenTag>(open);
            var start = i;
            Cut? newline = null;
            Cut? space = null;
            Cut? openingRun = null;
            while (i < units.Count)
            {
                var unit = units[i];
                var next = Apply(stack, unit);
                if (builder.Length + unit.Length + ClosingLength(next) > maxLength && i > start)
                {
                    break;
                }

                if (unit == "\n")
                {
                    newline = new Cut(i, builder.Length, [.. stack]);
                }
                else if (unit == " ")
                {
                    space = new Cut(i, builder.Length, [.. stack]);
                }

                if (IsOpeningTag(unit))
                {
                    openingRun ??= new Cut(i, builder.Length, [.. stack]);
                }
                else
                {
                    openingRun = null;
                }

                builder.Append(unit);
                stack = next;
                i++;
            }

            if (i < units.Count)
            {
                var half = maxLength / 2;
                var cut = newline is { Length: var nl } && nl > half ? newline : space is { Length: var sp } && sp > half ? space : null;
                if (cut is not null)
                {
                    builder.Length = cut.Length;
                    stack = cut.Stack;
                    i = cut.Index + 1;
                }
                else if (openingRun is not null && openingRun.Index > start)
                {
                    // Do not end a piece on tags that open nothing yet: they move to the next piece.
                    builder.Length = openingRun.Length;
                    stack = openingRun.Stack;
                    i = openingRun.Index;
                }
            }

            for (var t = stack.Count - 1; t >= 0; t--)
            {
                builder.Append("</").Append(stack[t].Name).Append('>');
            }

            var piece = builder.ToString();
            if (!IsBlank(piece))
            {
                pieces.Add(piece);
            }

            open = stack;
        }

        return pieces;
    }

    private sealed record OpenTag(string Name, string Raw);

    private sealed record Cut(int Index, int Length, List<OpenTag> Stack);

    /// <summary>Atoms that must never be cut: a whole tag, a whole entity, a surrogate pair, else one character.</summary>
    private static List<string> Units(string html)
    {
        var units = new List<string>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            var end = c switch
            {
                '<' => html.IndexOf('>', i),
                '&' => EntityEnd(html, i),
                _ => -1,
            };
            if (end > i)
            {
                units.Add(html[i..(end + 1)]);
                i = end + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                units.Add(html.Substring(i, 2));
                i += 2;
            }
            else
            {
                units.Add(c.ToString());
                i++;
            }
        }

        return units;
    }

    private static int EntityEnd(string html, int start)
    {
        var semicolon = html.IndexOf(';', start);
        return semicolon > start && semicolon - start <= 10 ? semicolon : -1;
    }

    private static List<OpenTag> Apply(List<OpenTag> stack, string unit)
    {
        if (unit.Length < 3 || unit[0] != '<' || unit[^1] != '>')
        {
            return stack;
        }

        if (unit[1] == '/')
        {
            var name = unit[2..^1].Trim();
            var index = stack.FindLastIndex(t => t.Name == name);
            return index < 0 ? stack : stack.Take(index).ToList();
        }

        var nameEnd = unit.IndexOfAny([' ', '>'], 1);
        return [.. stack, new OpenTag(unit[1..nameEnd], unit)];
    }

    private static bool IsOpeningTag(string unit) => unit.Length > 2 && unit[0] == '<' && unit[1] != '/' && unit[^1] == '>';

    private static int ClosingLength(List<OpenTag> stack) => stack.Sum(t => t.Name.Length + 3);

    private static bool IsBlank(string piece)
    {
        var inTag = false;
        foreach (var c in piece)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}

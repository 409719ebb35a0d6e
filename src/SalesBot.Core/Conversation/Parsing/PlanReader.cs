using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Splits the body of a daily plan into items. In order of preference: one item a line, inline
/// numbering ("1) a 2) b", "1. a 2. b"), bullets, semicolons, commas; otherwise a single item.
/// </summary>
internal sealed class PlanReader
{
    private static readonly Regex InlineNumber = Phrases.Build(@"(?:^|\s)\(?\d{1,2}\s*[.):]\s*(?=\S)|(?:^|\s)#\d{1,2}\s+");
    private static readonly Regex Bullet = Phrases.Build(@"^\s*(?:[-*•·>]+|\(?\d{1,2}\s*[.):]|#\d{1,2}|\[\s?[x ]?\s?\])\s*");
    private static readonly Regex InlineBullet = Phrases.Build(@"(?:^|\s)[•·*]\s+|(?:^|\s)-\s+(?=\S)");
    // "call Acme + Globex pricing", "Acme deck -> Globex call": pluses and arrows between items.
    private static readonly Regex Joiner = Phrases.Build(@"\s+(?:\+|->|→|=>|&&)\s+");

    /// <param name="body">The plan's items, one a line, numbered, bulleted, or separated.</param>
    /// <param name="joiners">Words that join the last two comma items ("a, b and c").</param>
    public static List<string> Split(string body, IReadOnlyList<string> joiners)
    {
        var items = new List<string>();
        var lines = body.Split('\n');
        var nonEmpty = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length > 0)
            {
                nonEmpty++;
            }
        }

        if (nonEmpty > 1)
        {
            foreach (var line in lines)
            {
                AddItem(items, Bullet.Replace(line, string.Empty));
            }

            return items;
        }

        var text = Phrases.CollapseSpaces(body);
        if (InlineNumber.Matches(text).Count >= 2)
        {
            foreach (var part in InlineNumber.Split(text))
            {
                AddItem(items, part);
            }

            return items;
        }

        if (InlineBullet.Matches(text).Count >= 2)
        {
            foreach (var part in InlineBullet.Split(text))
            {
                AddItem(items, part);
            }

            return items;
        }

        if (Joiner.IsMatch(text))
        {
            foreach (var part in Joiner.Split(text))
            {
                AddItem(items, part);
            }

            return items;
        }

        var separator = text.Contains(';', StringComparison.Ordinal) ? ';' : text.Contains(',', StringComparison.Ordinal) ? ',' : '\0';
        if (separator != '\0')
        {
            var parts = text.Split(separator);
            for (var i = 0; i < parts.Length; i++)
            {
                // "a, b and c": the last comma part holds two items.
                var (and, length) = i == parts.Length - 1 && separator == ',' ? Joined(parts[i], joiners) : (-1, 0);
                if (and > 0)
                {
                    AddItem(items, parts[i][..and]);
                    AddItem(items, parts[i][(and + length)..]);
                }
                else
                {
                    AddItem(items, parts[i]);
                }
            }

            return items;
        }

        AddItem(items, Bullet.Replace(text, string.Empty));
        return items;
    }

    /// <summary>Where the first of <paramref name="joiners"/> stands between spaces in <paramref name="part"/>, and its length with them.</summary>
    private static (int Index, int Length) Joined(string part, IReadOnlyList<string> joiners)
    {
        foreach (var joiner in joiners)
        {
            var spaced = " " + joiner + " ";
            var at = part.IndexOf(spaced, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (at, spaced.Length);
            }
        }

        return (-1, 0);
    }

    private static void AddItem(List<string> items, string raw)
    {
        var item = Phrases.Clean(raw);
        if (item.Length > 0)
        {
            items.Add(item);
        }
    }
}

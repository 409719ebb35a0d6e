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
    /// <param name="verbs">Verbs an errand opens with: "chase Brisco and visit Greystone" is two items, "call Acme and Globex" one.</param>
    public static List<string> Split(string body, IReadOnlyList<string> joiners, IReadOnlySet<string> verbs)
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
                    AddErrands(items, parts[i], joiners, verbs);
                }
            }

            return items;
        }

        AddErrands(items, Bullet.Replace(text, string.Empty), joiners, verbs);
        return items;
    }

    /// <summary>
    /// One part, or two errands joined by a word ("chase Brisco and visit Greystone"): split only where the joiner
    /// stands between an errand of two words or more and an errand verb, so "prep and send the quote" and
    /// "call Acme and Globex" stay one item.
    /// </summary>
    private static void AddErrands(List<string> items, string part, IReadOnlyList<string> joiners, IReadOnlySet<string> verbs)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 2; i < words.Length - 1; i++)
        {
            if (i - start >= 2 && Contains(joiners, words[i]) && verbs.Contains(words[i + 1].ToLowerInvariant()))
            {
                AddItem(items, string.Join(' ', words[start..i]));
                start = i + 1;
            }
        }

        AddItem(items, string.Join(' ', words[start..]));
    }

    private static bool Contains(IReadOnlyList<string> joiners, string word)
    {
        foreach (var joiner in joiners)
        {
            if (string.Equals(joiner, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

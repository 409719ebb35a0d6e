using System.Globalization;
using System.Text;

namespace SalesBot.Core.Crm;

/// <summary>
/// Turns a company or person name into the key that decides "same record": case, accents,
/// punctuation, a leading "the" and legal suffixes ("Corp.", "Inc", "GmbH", "sp. z o.o.") do not count.
/// </summary>
public static class CompanyName
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "co", "company",
        "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "oy", "ab", "as", "spa", "kg", "pty", "sp", "zoo", "z", "oo",
        "group", "holding", "holdings",
    };

    public static string Normalize(string name)
    {
        var words = Words(name);
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        // Strip suffixes from the end only, and never the whole name ("Company" alone stays).
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Lowercased, accent-free words of a person's or deal's name, single-spaced.</summary>
    public static string NormalizePlain(string name) => string.Join(' ', Words(name));

    private static List<string> Words(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '&' ? '&' : ' ');
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}

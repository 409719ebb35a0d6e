using FuzzySharp;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>How well a name the member typed fits the records a team has.</summary>
public enum MatchKind
{
    /// <summary>The normalized names are equal.</summary>
    Exact,
    /// <summary>One record fits clearly better than the rest (a misspelling, a shortened name).</summary>
    Close,
    /// <summary>Two or more fit about equally: ask which.</summary>
    Ambiguous,
    /// <summary>Only weak fits: ask whether one of them was meant or a new record.</summary>
    Unsure,
    /// <summary>Nothing fits; <see cref="NameMatch.Candidates"/> holds the nearest names, if any.</summary>
    None,
}

public sealed record Candidate(int Id, string Label, int Score);

public sealed record NameMatch(MatchKind Kind, IReadOnlyList<Candidate> Candidates)
{
    public const int Strong = 85;
    public const int Weak = 70;
    public const int Margin = 8;

    public Candidate? Best => Kind is MatchKind.Exact or MatchKind.Close ? Candidates[0] : null;

    /// <summary>
    /// 100 for equal keys, 90 when one is the other plus more whole words ("acme" / "acme logistics"),
    /// otherwise the better of FuzzySharp's plain and word-order-blind ratios.
    /// </summary>
    public static int Score(string query, string key)
    {
        if (query.Length == 0 || key.Length == 0)
        {
            return 0;
        }

        if (query == key)
        {
            return 100;
        }

        if (key.StartsWith(query + " ", StringComparison.Ordinal) || query.StartsWith(key + " ", StringComparison.Ordinal))
        {
            return 90;
        }

        return Math.Max(Fuzz.Ratio(query, key), Fuzz.TokenSortRatio(query, key));
    }

    public static NameMatch Classify(IEnumerable<Candidate> scored)
    {
        var all = scored.OrderByDescending(c => c.Score).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList();
        var exact = all.Where(c => c.Score >= 100).ToList();
        if (exact.Count == 1)
        {
            return new NameMatch(MatchKind.Exact, exact);
        }

        if (exact.Count > 1)
        {
            return new NameMatch(MatchKind.Ambiguous, exact.Take(5).ToList());
        }

        var strong = all.Where(c => c.Score >= Strong).ToList();
        if (strong.Count == 1 || (strong.Count > 1 && strong[0].Score - strong[1].Score >= Margin))
        {
            return new NameMatch(MatchKind.Close, [strong[0]]);
        }

        if (strong.Count > 1)
        {
            return new NameMatch(MatchKind.Ambiguous, strong.Where(c => strong[0].Score - c.Score < Margin).Take(5).ToList());
        }

        var weak = all.Where(c => c.Score >= Weak).Take(3).ToList();
        if (weak.Count > 0)
        {
            return new NameMatch(MatchKind.Unsure, weak);
        }

        return new NameMatch(MatchKind.None, all.Where(c => c.Score >= 45).Take(3).ToList());
    }
}

using System.Runtime.CompilerServices;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Every word one language's reps use that the <see cref="TokenGrammar"/> reads: activity, stage, task, plan,
/// query, undo, help and correction words, negation, question and future markers, connectors with the case they
/// govern, dates, numbers and currencies, plus what declension needs (a table of name endings and the endings a
/// match key drops) and common first names. The grammar holds no word of any language; a language is one of these.
/// </summary>
public sealed class LanguagePack
{
    private readonly Lazy<PhraseIndex> _index;
    private readonly ConditionalWeakTable<Parsing.Lexicon, LexiconIndex> _lexicons = new();

    public LanguagePack()
    {
        _index = new Lazy<PhraseIndex>(() => new PhraseIndex(this));
    }

    /// <summary>"pl", "ru": what <see cref="Parsing.ParsedCommand.Language"/> says.</summary>
    public required string Code { get; init; }

    /// <summary>Letters only this language's messages hold ("ąćęłńśźż"; the Cyrillic alphabet): the strongest sign of it.</summary>
    public required string Letters { get; init; }

    /// <summary>True when the language is written in Cyrillic: a Latin word in its text is a name.</summary>
    public bool Cyrillic { get; init; }

    public required PhraseList Words { get; init; }

    /// <summary>Name endings by case, to store a declined name in the nominative ("Janem Kowalskim" is "Jan Kowalski").</summary>
    public required IReadOnlyList<NameEnding> NameEndings { get; init; }

    /// <summary>Endings a match key drops, so every case of a name finds the same lexicon entry.</summary>
    public required IReadOnlyList<string> StemEndings { get; init; }

    /// <summary>Nominative endings with a vowel that drops when declined ("Marek", "Marka": "ek" keys as "k").</summary>
    public IReadOnlyList<(string Nominative, string Stem)> FleetingVowels { get; init; } = [];
    /// <summary>The vowels of the language, folded: a fleeting vowel drops only after a consonant.</summary>
    public string Vowels { get; init; } = string.Empty;

    /// <summary>Common first names in the nominative: a name that starts with one is a person, not a company.</summary>
    public required IReadOnlyList<string> FirstNames { get; init; }

    /// <summary>
    /// Common nouns reps write after a preposition ("bank", "urząd", "банк", "офис"), by any case: a lowercase one is
    /// never read as a new company's name ("byłem w banku"), while a capitalised one inside a name still is ("Woodgrove Bank").
    /// </summary>
    public IReadOnlyList<string> CommonNouns { get; init; } = [];

    /// <summary>
    /// Endings of base forms that settle a name two endings could give ("w Ekotermie": "Ekoterm" or "Ekoterma";
    /// "в Техносфере": "Техносфер" or "Техносфера"): the candidate ending in one of these wins, the longest first.
    /// Common word-forming roots of company names whose gender is known ("-term", "-sfera", "-ферма").
    /// </summary>
    public IReadOnlyList<string> BaseHints { get; init; } = [];

    /// <summary>Endings of verbs ("-ли", "-ть"): a lowercase word ending so after a capitalised adjective is no noun of the name.</summary>
    public IReadOnlyList<string> VerbEndings { get; init; } = [];

    /// <summary>A manager's setting changes in this language ("stand-up o 9:30"); none when null.</summary>
    public SettingWords? Settings { get; init; }

    /// <summary>The words of tips ("porada:", "najlepsze porady"); none when the pack has none yet.</summary>
    public TipWords? Tips { get; init; }

    internal PhraseIndex Index => _index.Value;

    internal LexiconIndex IndexOf(Parsing.Lexicon lexicon) => _lexicons.GetValue(lexicon, l => new LexiconIndex(l, this));

    /// <summary>The match key of one folded word: its stem, the same for every case ("kowalskim", "kowalski": "kowalsk").</summary>
    public string StemKey(string folded)
    {
        var apostrophe = folded.IndexOf('\'');
        if (apostrophe > 0)
        {
            folded = folded[..apostrophe];
        }

        foreach (var ending in StemEndings)
        {
            if (folded.Length - ending.Length >= 2 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length];
            }
        }

        foreach (var (nominative, stem) in FleetingVowels)
        {
            if (folded.Length - nominative.Length >= 2 && folded.EndsWith(nominative, StringComparison.Ordinal) && !IsVowel(folded[^(nominative.Length + 1)]))
            {
                return folded[..^nominative.Length] + stem;
            }
        }

        return folded;
    }

    private bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}

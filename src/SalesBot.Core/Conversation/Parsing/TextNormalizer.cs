using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>A message made ready for the grammar.</summary>
/// <param name="Text">One line, original casing, single spaces, no mention, emoji or edge punctuation.</param>
/// <param name="Lines">The same with line breaks kept, for plans written one item a line.</param>
/// <param name="Slash">The message was a slash command, which makes its structure certain.</param>
/// <param name="Asks">The message ended with a question mark (which the clean-up takes off the text).</param>
internal readonly record struct NormalizedMessage(string Text, string Lines, bool Slash, bool Asks = false);

/// <summary>
/// Cleans what messengers and phones add to a message: a leading @mention, "/cmd@botname",
/// emoji, curly quotes, arrows in various forms, "w/" for "with", greetings and politeness.
/// </summary>
internal sealed class TextNormalizer
{
    private readonly Vocabulary _vocabulary;
    private readonly Regex _mention = Phrases.Build(@"^\s*@[\w.\-]+[:,]?\s*");
    private readonly Regex _slash = Phrases.Build(@"^\s*/(?<cmd>[a-z_]+)(?:@[\w.\-]+)?(?![\w/])\s*");
    private readonly Regex _with = Phrases.Build(@"(?<![\w])w/(?!o\b)\s*");
    private readonly Regex _arrow = Phrases.Build(@"\s*(?:-+>|=+>|→|⇒|➡|⟶)\s*");
    private readonly Regex _leading;
    private readonly PhraseFinder _leadingFirst;
    private readonly Regex _trailing;
    private readonly WordGate _trailingTail;
    private static readonly System.Buffers.SearchValues<char> ArrowSigns = System.Buffers.SearchValues.Create("-=→⇒➡⟶");
    private readonly Regex _hostile = Phrases.Build(
        @"<\s*/?\s*[a-z!][^>]*>|javascript\s*:|\bon(?:error|load|click)\s*=|\b(?:drop|truncate|alter)\s+(?:table|database|schema)\b" +
        @"|\bunion\s+(?:all\s+)?select\b|['""]\s*(?:or|and)\s+['""]?\w+['""]?\s*=\s*['""]?\w+|;\s*--|--\s*$|'\s*;|\bselect\b[^;]{1,200}?\bfrom\b" +
        @"|\bdelete\s+from\b|\binsert\s+into\b|\bexec(?:ute)?\s*\(|\$\{|\{\{|\bxp_\w+|\bsleep\s*\(\s*\d|/etc/passwd|\.\./\.\.|%(?:27|22|3c|3e|3b|00)|%20(?:or|and|select|union)\b");

    private static readonly System.Buffers.SearchValues<char> HostileSigns = System.Buffers.SearchValues.Create("<:=;'\"-({$%_/.");
    private readonly PhraseFinder _hostileWords = Phrases.Find(["drop", "truncate", "alter", "union", "select", "delete", "insert"]);

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spellings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly string[] _typoTargets;

    public TextNormalizer(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _spellings = new Dictionary<string, string>(vocabulary.Spellings, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // Words a typo may be aimed at: the activity verbs and the day words, five letters or more.
        // A won or lost word is left out: an everyday word one letter from it ("killer", "closer") would close a deal.
        _typoTargets = vocabulary.ActivityPhrases.Keys.Concat(vocabulary.RelativeDays.Keys).Concat(vocabulary.Weekdays.Keys)
            .Concat(vocabulary.StagePhrases.Where(p => !p.Value.IsClosed()).Select(p => p.Key))
            .Where(k => k.Length >= 5 && !k.Contains(' ', StringComparison.Ordinal) && k.All(char.IsLetter)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _known = new HashSet<string>(vocabulary.CommonWords.Concat(vocabulary.NotNames).Concat(vocabulary.NameStopWords).Concat(vocabulary.ImperativeVerbs)
            .Concat(vocabulary.ActivityPhrases.Keys).Concat(vocabulary.StagePhrases.Keys).Concat(vocabulary.Months.Keys).Concat(vocabulary.Weekdays.Keys)
            .Concat(vocabulary.RelativeDays.Keys).Concat(vocabulary.PipelineWords).Concat(vocabulary.KpiWords).Concat(vocabulary.TaskListWords)
            .Concat(vocabulary.DateUnits.Keys).Concat(vocabulary.Periods.Keys).Concat(vocabulary.TaskVerbs).Concat(vocabulary.ActivityLeadIns),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _leading = Phrases.Build($@"^(?:{Phrases.Words(vocabulary.LeadingFillers)}[\s,!.:]+)+(?=\S)");
        _trailing = Phrases.Build($@"[\s,!.]+{Phrases.Words(vocabulary.TrailingFillers)}[\s!.]*$");
        _leadingFirst = Phrases.Find(vocabulary.LeadingFillers);
        _trailingTail = WordGate.Tails(vocabulary.TrailingFillers);
    }

    /// <summary>
    /// A message typed all in capitals ("ACME CALL W EVA", "WON VANDELAY!!!"), read as if typed normally: the pack's
    /// own words in lowercase, every other word capitalised as a name is. Text with any lowercase letter is returned as it is.
    /// </summary>
    public string Unshout(string raw)
    {
        var letters = 0;
        foreach (var c in raw)
        {
            if (char.IsLower(c))
            {
                return raw;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters < 4)
        {
            return raw;
        }

        var chars = raw.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && (char.IsLetterOrDigit(chars[i]) || chars[i] == '\''))
            {
                i++;
            }

            var word = raw.AsSpan(start, i - start);
            var own = word.Length == 1 ? word[0] != 'I' : _known.Contains(word) || _spellings.ContainsKey(word);
            for (var k = own ? start : start + 1; k < i; k++)
            {
                chars[k] = char.ToLowerInvariant(chars[k]);
            }
        }

        return new string(chars);
    }

    /// <summary>Script tags, SQL and template injection: never a sales message, so never parsed as one.</summary>
    public bool LooksHostile(string raw) => MayBeHostile(raw) && _hostile.IsMatch(raw);

    /// <summary>
    /// Every branch of <see cref="_hostile"/> needs one of these signs or SQL words: a plain message (most are) skips
    /// the regex, which otherwise tries itself at every letter. Any non-ASCII letter runs it too, for its case folding.
    /// </summary>
    private bool MayBeHostile(string raw) =>
        raw.AsSpan().IndexOfAny(HostileSigns) >= 0 || raw.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') >= 0 || _hostileWords.IsMatch(raw);

    public NormalizedMessage Normalize(string raw)
    {
        var s = StripSymbols(raw);
        var slash = false;
        for (var i = 0; i < 2; i++)
        {
            var mention = _mention.Match(s);
            if (mention.Success)
            {
                s = s[mention.Length..];
            }
        }

        var command = _slash.Match(s);
        if (command.Success)
        {
            var name = command.Groups["cmd"].Value;
            var words = _vocabulary.SlashCommands.TryGetValue(name, out var mapped) ? mapped : name;
            s = words + " " + s[command.Length..];
            slash = true;
        }

        // Each pattern needs a sign or a word that most messages lack; the cheap test spares its scan.
        s = s.Contains('/', StringComparison.Ordinal) ? _with.Replace(s, "with ") : s;
        s = Respell(s);
        s = s.AsSpan().IndexOfAny(ArrowSigns) >= 0 ? _arrow.Replace(s, " -> ") : s;
        var lines = s.Trim();
        var text = Phrases.CollapseSpaces(lines.Replace('\n', ' '));
        text = _trailingTail.EndsLikeOne(text) ? _trailing.Replace(text, string.Empty) : text;
        text = _leadingFirst.Opens(text) ? _leading.Replace(text, string.Empty) : text;
        text = CleanEdges(text);
        var asks = lines.TrimEnd(' ', '!', '.', '\n').EndsWith('?');
        return new NormalizedMessage(text, lines, slash, asks);
    }

    /// <summary>
    /// Shorthand to its word ("cld" is "called") and a lowercase word one typo away from an activity verb or a
    /// day word to that word ("visitd", "emaild", "yesterdy"). Capitalised words are names and stay as typed.
    /// </summary>
    private string Respell(string s)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '\''))
            {
                i++;
            }

            if (start > 0 && (char.IsLetterOrDigit(s[start - 1]) || s[start - 1] is '/' or '-' or '@' or '.' or '\'') || (i < s.Length && s[i] is '/' or '-' or '@'))
            {
                continue;
            }

            var word = s.AsSpan(start, i - start);
            if (char.IsUpper(word[0]))
            {
                continue;
            }

            string? replacement = null;
            if (_spellings.TryGetValue(word, out var mapped))
            {
                replacement = mapped;
            }
            else if (word.Length >= 5 && !_known.Contains(word) && IsLetters(word))
            {
                var lower = word.ToString().ToLowerInvariant();
                foreach (var target in _typoTargets)
                {
                    if (LexiconMatcher.WithinOne(target, lower))
                    {
                        replacement = target;
                        break;
                    }
                }
            }

            if (replacement is null)
            {
                continue;
            }

            sb ??= new StringBuilder(s.Length + 8);
            sb.Append(s, copied, start - copied).Append(replacement);
            copied = i;
        }

        return sb is null ? s : sb.Append(s, copied, s.Length - copied).ToString();
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string CleanEdges(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] is ',' or ';' or '.' or '!' or '"' or '*' or '•' or '~' or '_'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or ';' or '.' or '!' or '?' or '"' or '*' or '~' or '_' or ':'))
        {
            end--;
        }

        // A lone "?" is a question about the bot itself, so it survives the clean-up.
        return end == start && s.Trim().StartsWith('?') ? "?" : s[start..end];
    }

    /// <summary>Drops emoji and pictographs, straightens quotes and dashes, keeps letters, digits, currency and line breaks.</summary>
    private static string StripSymbols(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsSurrogate(c) || c is '\u200d' or '\ufe0f' or '\ufe0e' or '\u20e3')
            {
                continue;
            }

            switch (c)
            {
                case '\u2705' or '\u2714' or '\u2611':
                    // A check mark is how many reps say "done".
                    sb.Append(" done ");
                    continue;
                case '\u2018' or '\u2019' or '\u02bc' or '`':
                    sb.Append('\'');
                    continue;
                case '\u201c' or '\u201d' or '\u00ab' or '\u00bb':
                    sb.Append('"');
                    continue;
                case '\u2013' or '\u2014' or '\u2212':
                    sb.Append('-');
                    continue;
                case '\r':
                    continue;
                case '\t' or '\u00a0' or '\u202f':
                    sb.Append(' ');
                    continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.Control && c != '\n' && c is not '→' and not '⇒' and not '➡' and not '⟶' and not '•')
            {
                sb.Append(' ');
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

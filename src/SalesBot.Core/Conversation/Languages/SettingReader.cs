using System.Globalization;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Reads a manager's setting change, in any language that has <see cref="SettingWords"/>, as a whole message:
/// <c>[verb] SWITCH PLACE [on|off]</c> ("post the digest in the channel", "hide amounts in the channel"),
/// <c>[verb] SETTING [link] VALUE</c> ("stand-up at 9:30", "quiet hours 20-8", "digest on mondays at 8"), or a
/// sentence about who sees team figures, or stage probabilities (<c>[verb] PROBABILITY STAGE PERCENT ...</c>, "proposal
/// probability 40%", "probabilities: lead 5, negotiation 80"). Every word must be read: "the stand-up at 9:30 was great"
/// is not a setting.
/// </summary>
public sealed class SettingReader
{
    private readonly SettingWords _w;
    private readonly HashSet<string> _fillers;
    private readonly string[][] _setVerbs;
    private readonly HashSet<string> _links;
    private readonly string[][] _onVerbs;
    private readonly string[][] _offVerbs;
    private readonly HashSet<string> _onWords;
    private readonly HashSet<string> _offWords;
    private readonly string[][] _places;
    private readonly (string[] Phrase, string Setting)[] _switches;
    private readonly (string[] Phrase, string Setting, SettingValue Value)[] _subjects;
    private readonly (string[] Phrase, string Value)[] _figures;
    private readonly Dictionary<string, DayOfWeek> _weekdays;
    private readonly HashSet<string> _am;
    private readonly HashSet<string> _pm;
    private readonly HashSet<string> _rangeJoiners;
    private readonly HashSet<string> _minuteWords;
    private readonly (string[] Phrase, string Value)[] _languages;
    private readonly Dictionary<string, string> _currencies;
    private readonly (string[] Phrase, string Value)[] _events;
    private readonly string[][] _probabilityNouns;
    private readonly (string[] Phrase, string Stage)[] _probabilityStages;
    private readonly HashSet<string> _probabilityLinks;
    private readonly HashSet<string> _percentWords;
    private readonly HashSet<string> _openers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openerLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _fillerLookup;

    public SettingReader(SettingWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _w = words;
        _fillers = Folded(words.Fillers);
        _setVerbs = Phrases(words.SetVerbs);
        _links = Folded(words.Links);
        _onVerbs = Phrases(words.OnVerbs);
        _offVerbs = Phrases(words.OffVerbs);
        _onWords = Folded(words.OnWords);
        _offWords = Folded(words.OffWords);
        _places = Phrases(words.Places);
        _switches = words.Switches.Select(s => (Split(s.Key), s.Value)).OrderByDescending(s => s.Item1.Length).ToArray();
        _subjects = words.Subjects.Select(s => (Split(s.Key), s.Value.Setting, s.Value.Value)).OrderByDescending(s => s.Item1.Length).ToArray();
        _figures = words.Figures.Select(f => (Split(f.Key), f.Value)).ToArray();
        _weekdays = FoldedKeys(words.Weekdays);
        _am = Folded(words.AmWords);
        _pm = Folded(words.PmWords);
        _rangeJoiners = Folded(words.RangeJoiners);
        _minuteWords = Folded(words.MinuteWords);
        _languages = words.LanguageNames.Select(l => (Split(l.Key), l.Value)).OrderByDescending(l => l.Item1.Length).ToArray();
        _currencies = FoldedKeys(words.Currencies);
        _events = words.Events.Select(e => (Split(e.Key), e.Value)).OrderByDescending(e => e.Item1.Length).ToArray();
        _probabilityNouns = Phrases(words.ProbabilityNouns);
        _probabilityStages = words.ProbabilityStages.Select(s => (Split(s.Key), s.Value)).Where(s => s.Item1.Length > 0).OrderByDescending(s => s.Item1.Length).ToArray();
        _probabilityLinks = Folded(words.ProbabilityLinks);
        _percentWords = Folded(words.PercentWords);
        _openers = new HashSet<string>(
            _setVerbs.Concat(_onVerbs).Concat(_offVerbs).Concat(_switches.Select(s => s.Phrase)).Concat(_subjects.Select(s => s.Phrase)).Concat(_figures.Select(f => f.Phrase))
                .Concat(_probabilityNouns).Concat(_probabilityNouns.Length == 0 ? [] : _probabilityStages.Select(s => s.Phrase))
                .Where(p => p.Length > 0).Select(p => p[0]), StringComparer.Ordinal);
        _openerLookup = _openers.GetAlternateLookup<ReadOnlySpan<char>>();
        _fillerLookup = _fillers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Code => _w.Code;

    /// <summary>The setting the message changes, or null when it is anything else.</summary>
    public ParsedCommand? TryRead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The first word decides whether the message can be a setting at all; only then is all of it read.
        if (!FirstWordOpens(text))
        {
            return null;
        }

        var tokens = Tokenize(text);

        return Figures(tokens) ?? Switch(tokens) ?? Value(tokens) ?? Probabilities(tokens);
    }

    /// <summary>
    /// "proposal probability 40%", "set the odds for negotiation to 80", "probabilities: lead 5, qualified 20": each
    /// stage followed by its percent, the probability noun anywhere; the first pair is the command, the rest follow in More.
    /// </summary>
    private ParsedCommand? Probabilities(List<Word> tokens)
    {
        if (_probabilityNouns.Length == 0)
        {
            return null;
        }

        var at = 0;
        TakeAny(tokens, ref at, _setVerbs);
        var named = false;
        string? stage = null;
        var pairs = new List<ParsedCommand>();
        while (at < tokens.Count)
        {
            if (TakeAny(tokens, ref at, _probabilityNouns))
            {
                named = true;
            }
            else if (_probabilityLinks.Contains(tokens[at].Key) || _links.Contains(tokens[at].Key))
            {
                at++;
            }
            else if (stage is null && TakeStage(tokens, ref at) is { } taken)
            {
                stage = taken;
            }
            else if (stage is not null && int.TryParse(tokens[at].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent <= 100)
            {
                pairs.Add(Setting(Reports.Forecast.StageProbabilitySetting.Name(stage), percent.ToString(CultureInfo.InvariantCulture)));
                stage = null;
                at++;
                while (at < tokens.Count && _percentWords.Contains(tokens[at].Key))
                {
                    at++;
                }
            }
            else
            {
                return null;
            }
        }

        return named && stage is null && pairs.Count > 0 ? pairs[0] with { More = pairs.Count == 1 ? null : pairs.Skip(1).ToList() } : null;
    }

    private string? TakeStage(List<Word> tokens, ref int at)
    {
        foreach (var (phrase, stage) in _probabilityStages)
        {
            if (Take(tokens, ref at, phrase))
            {
                return stage;
            }
        }

        return null;
    }

    private ParsedCommand? Figures(List<Word> tokens)
    {
        foreach (var (phrase, value) in _figures)
        {
            var at = 0;
            if (Take(tokens, ref at, phrase) && at == tokens.Count)
            {
                return Setting("team_figures", value);
            }
        }

        return null;
    }

    private ParsedCommand? Switch(List<Word> tokens)
    {
        var at = 0;
        bool? on = TakeAny(tokens, ref at, _onVerbs) ? true : TakeAny(tokens, ref at, _offVerbs) ? false : null;
        if (on is null)
        {
            TakeAny(tokens, ref at, _setVerbs);
        }

        string? setting = null;
        foreach (var (phrase, name) in _switches)
        {
            if (Take(tokens, ref at, phrase))
            {
                setting = name;
                break;
            }
        }

        if (setting is null || !TakeAny(tokens, ref at, _places))
        {
            return null;
        }

        SkipLinks(tokens, ref at);
        if (at < tokens.Count)
        {
            var key = tokens[at].Key;
            var said = _onWords.Contains(key);
            if (at + 1 != tokens.Count || !(said || _offWords.Contains(key)) || (on is { } verb && verb != said))
            {
                return null;
            }

            on = said;
        }

        return Setting(setting, on ?? true ? Switches.On : Switches.Off);
    }

    private ParsedCommand? Value(List<Word> tokens)
    {
        var at = 0;
        TakeAny(tokens, ref at, _setVerbs);
        foreach (var (phrase, setting, kind) in _subjects)
        {
            var start = at;
            if (!Take(tokens, ref start, phrase))
            {
                continue;
            }

            SkipLinks(tokens, ref start);
            var rest = tokens.GetRange(start, tokens.Count - start);
            if (rest.Count == 0)
            {
                return null;
            }

            return kind switch
            {
                SettingValue.Time => ReadTime(rest, out var time) && rest.Count == 0 ? Setting(setting, time) : null,
                SettingValue.DayAndTime => DayAndTime(rest),
                SettingValue.Hours => ReadHours(rest) is { } hours ? Setting(setting, hours) : null,
                SettingValue.Minutes => ReadMinutes(rest) is { } minutes ? Setting(setting, minutes) : null,
                SettingValue.TimeZone => rest is [var zone] && ReadZone(zone) is { } name ? Setting(setting, name) : null,
                SettingValue.Currency => rest is [var code] && ReadCurrency(code) is { } iso ? Setting(setting, iso) : null,
                SettingValue.Language => ReadAll(rest, _languages) is [var language] ? Setting(setting, language) : null,
                SettingValue.Events => ReadAll(rest, _events) is { Count: > 0 } events ? Setting(setting, string.Join(',', events.Distinct())) : null,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>"on mondays at 8": the digest's day, its time, or both (the time then follows in More).</summary>
    private ParsedCommand? DayAndTime(List<Word> rest)
    {
        DayOfWeek? day = null;
        string? time = null;
        while (rest.Count > 0)
        {
            if (_links.Contains(rest[0].Key))
            {
                rest.RemoveAt(0);
            }
            else if (day is null && _weekdays.TryGetValue(rest[0].Key, out var d))
            {
                day = d;
                rest.RemoveAt(0);
            }
            else if (time is null && ReadTime(rest, out var t))
            {
                time = t;
            }
            else
            {
                return null;
            }
        }

        var dayName = day?.ToString().ToLowerInvariant();
        return (dayName, time) switch
        {
            ({ } only, null) => Setting("digest_day", only),
            (null, { } at) => Setting("digest_time", at),
            ({ } both, { } at) => Setting("digest_day", both) with { More = [Setting("digest_time", at)] },
            _ => null,
        };
    }

    /// <summary>A clock time at the head of <paramref name="rest"/> ("9", "9:30", "9.30", "9am", "5 pm"), taken off it.</summary>
    private bool ReadTime(List<Word> rest, out string time)
    {
        time = string.Empty;
        if (rest.Count == 0)
        {
            return false;
        }

        var word = rest[0].Key;
        var suffix = word.TrimStart("0123456789:.".ToCharArray());
        var clock = word[..^suffix.Length];
        var taken = 1;
        if (suffix.Length == 0 && rest.Count > 1 && (_am.Contains(rest[1].Key) || _pm.Contains(rest[1].Key)))
        {
            suffix = rest[1].Key;
            taken = 2;
        }

        if (!ReadClock(clock, suffix, out time))
        {
            return false;
        }

        rest.RemoveRange(0, taken);
        return true;
    }

    private bool ReadClock(string clock, string suffix, out string time)
    {
        time = string.Empty;
        if (suffix.Length > 0 && !_am.Contains(suffix) && !_pm.Contains(suffix))
        {
            return false;
        }

        var parts = clock.Split(':', '.');
        if (parts.Length > 2 || parts[0].Length is 0 or > 2 || (parts.Length == 2 && parts[1].Length != 2)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var minute = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        if (_pm.Contains(suffix) && hour is >= 1 and < 12)
        {
            hour += 12;
        }
        else if (_am.Contains(suffix) && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = $"{hour:00}:{minute:00}";
        return true;
    }

    /// <summary>"20-8", "20:00-08:00", "10pm-7am", "20 to 8", or "off".</summary>
    private string? ReadHours(List<Word> rest)
    {
        if (rest is [var only] && _offWords.Contains(only.Key))
        {
            return Switches.Off;
        }

        if (rest is [var range] && range.Key.Split('-') is [var a, var b] && a.Length > 0 && b.Length > 0)
        {
            rest = [new Word(a, a), new Word(b, b)];
        }

        if (!ReadTime(rest, out var from))
        {
            return null;
        }

        if (rest.Count > 0 && _rangeJoiners.Contains(rest[0].Key))
        {
            rest.RemoveAt(0);
        }

        return ReadTime(rest, out var to) && rest.Count == 0 ? $"{from}-{to}" : null;
    }

    private string? ReadMinutes(List<Word> rest)
    {
        if (!int.TryParse(rest[0].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes > 600)
        {
            return null;
        }

        return rest.Skip(1).All(w => _minuteWords.Contains(w.Key)) ? minutes.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An IANA name as written ("Europe/Warsaw"), capitalised when typed in lowercase; "UTC".</summary>
    private static string? ReadZone(Word zone)
    {
        if (zone.Key is "utc" or "gmt")
        {
            return zone.Key.ToUpperInvariant();
        }

        if (!zone.Text.Contains('/', StringComparison.Ordinal) || !zone.Text.All(c => char.IsAsciiLetter(c) || c is '/' or '_' or '-'))
        {
            return null;
        }

        if (zone.Text.Any(char.IsUpper))
        {
            return zone.Text;
        }

        var chars = zone.Text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private string? ReadCurrency(Word code)
    {
        if (_currencies.TryGetValue(code.Key, out var iso))
        {
            return iso;
        }

        return code.Key.Length == 3 && code.Key.All(char.IsAsciiLetterLower) ? code.Key.ToUpperInvariant() : null;
    }

    /// <summary>Every word read as one of the phrases; a phrase whose value is empty ("and") joins the others.</summary>
    private static List<string>? ReadAll(List<Word> rest, (string[] Phrase, string Value)[] phrases)
    {
        var values = new List<string>();
        var at = 0;
        while (at < rest.Count)
        {
            var found = false;
            foreach (var (phrase, value) in phrases)
            {
                if (Take(rest, ref at, phrase))
                {
                    if (value.Length > 0)
                    {
                        values.Add(value);
                    }

                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return values;
    }

    private ParsedCommand Setting(string name, string value) =>
        new(Intent.SetTeamSetting, 0.9) { Setting = name, Argument = value, Language = _w.Code };

    private void SkipLinks(List<Word> tokens, ref int at)
    {
        while (at < tokens.Count && _links.Contains(tokens[at].Key))
        {
            at++;
        }
    }

    private static bool TakeAny(List<Word> tokens, ref int at, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Take(tokens, ref at, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Take(List<Word> tokens, ref int at, string[] phrase)
    {
        if (phrase.Length == 0 || at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(tokens[at + i].Key, phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        at += phrase.Length;
        return true;
    }

    /// <summary>The words of a message, folded, without fillers; a leading @mention goes.</summary>
    /// <summary>
    /// Whether the first word <see cref="Tokenize"/> would make of the text opens a setting: the same walk, with each
    /// word folded into a buffer instead of a string, since this runs on every message and almost always says no.
    /// </summary>
    internal bool FirstWordOpens(string text)
    {
        var i = 0;
        if (text.TrimStart().StartsWith('@'))
        {
            i = text.IndexOf('@', StringComparison.Ordinal);
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            var c = text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                return _openerLookup.Contains(text.AsSpan(i, 1));
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is ':' or '.' or '-' or '/' or '_' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            var written = text.AsSpan(start, i - start);
            var key = written.Length <= buffer.Length ? WordFolder.Fold(written, buffer[..written.Length]) : WordFolder.Fold(written).AsSpan();
            if (!_fillerLookup.Contains(key))
            {
                return _openerLookup.Contains(key);
            }
        }

        return false;
    }

    /// <summary>The gate as <see cref="FirstWordOpens"/> replaced it, through the tokenizer: the reference its tests hold it to.</summary>
    internal bool FirstTokenOpens(string text) => Tokenize(text, 1) is [var first] && _openers.Contains(first.Key);

    private List<Word> Tokenize(string text, int most = int.MaxValue)
    {
        var words = new List<Word>();
        var i = 0;
        if (text.TrimStart().StartsWith('@'))
        {
            i = text.IndexOf('@', StringComparison.Ordinal);
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        while (i < text.Length && words.Count < most)
        {
            var c = text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                words.Add(new Word(c.ToString(), c.ToString()));
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is ':' or '.' or '-' or '/' or '_' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            var written = text[start..i];
            var key = WordFolder.Fold(written);
            if (!_fillers.Contains(key))
            {
                words.Add(new Word(written, key));
            }
        }

        return words;
    }

    /// <summary>Keys folded; two spellings that fold alike ("niedzielę", "niedziele") are one key.</summary>
    private static Dictionary<string, T> FoldedKeys<T>(IReadOnlyDictionary<string, T> words)
    {
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
        {
            folded.TryAdd(WordFolder.Fold(word), value);
        }

        return folded;
    }

    private static HashSet<string> Folded(IEnumerable<string> words) => new(words.Select(w => WordFolder.Fold(w)), StringComparer.Ordinal);

    /// <summary>A phrase as the words <see cref="Tokenize"/> makes of it.</summary>
    private string[] Split(string phrase) => Tokenize(phrase).Select(w => w.Key).ToArray();

    private string[][] Phrases(IEnumerable<string> phrases) => phrases.Select(Split).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToArray();

    private readonly record struct Word(string Text, string Key);
}

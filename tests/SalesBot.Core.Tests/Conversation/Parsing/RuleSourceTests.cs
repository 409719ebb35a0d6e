using System.Text;
using System.Text.RegularExpressions;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 13: the rules are language-neutral, so no rule file holds a word of any language in a string or regex
/// literal; every word lives in a language pack (English: <c>Languages/English/Vocabulary.English.cs</c>,
/// Polish and Russian: their <c>*Pack.cs</c>). A regex assembled from pack word lists is fine.
/// </summary>
/// <remarks>
/// What is not a word: regex syntax (escapes such as <c>\s</c> or <c>\p{Lu}</c>, group and lookaround openers,
/// inline options, character ranges such as <c>a-z</c>), the text inside an interpolation hole (code; its own
/// string literals are checked), the regex group names a file defines and reads back, and the contract's
/// identifiers: intent wire names, snake_case setting names, language codes, "UTC"/"GMT", the labels of intent-table rows;
/// and a ticked box "[x]".
/// </remarks>
public class RuleSourceTests
{
    private static readonly string[] Parsing =
    [
        "ActivityRules.cs", "AdminRules.cs", "DealRules.cs", "LookupRules.cs", "QueryRules.cs", "TaskRules.cs",
        "DateReader.cs", "PeriodReader.cs", "Guards.cs", "NameReader.cs", "PlanReader.cs", "AmountReader.cs",
        "ClauseSplitter.cs", "MessageParser.cs", "LexiconMatcher.cs", "PhraseFinder.cs", "OpeningRegex.cs", "Phrases.cs",
        "WordGate.cs",
    ];

    /// <summary>The language-neutral grammar in Languages/: everything but the packs, their registration and the replies.</summary>
    private static IEnumerable<string> GrammarFiles(string languages) =>
        Directory.GetFiles(languages, "*.cs", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).Contains("Replies", StringComparison.Ordinal) && !Path.GetFileName(f).Equals("ReplyPacks.cs", StringComparison.Ordinal)
                && !Path.GetFileName(f).Equals("LanguagePacks.cs", StringComparison.Ordinal));

    public static TheoryData<string> RuleFiles()
    {
        var conversation = Path.Combine(RepoRoot(), "src", "SalesBot.Core", "Conversation");
        var data = new TheoryData<string>();
        foreach (var file in Parsing.Select(f => Path.Combine(conversation, "Parsing", f)).Concat(GrammarFiles(Path.Combine(conversation, "Languages"))))
        {
            data.Add(Path.GetRelativePath(conversation, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void HoldsNoWordInALiteral(string file)
    {
        var path = Path.Combine(RepoRoot(), "src", "SalesBot.Core", "Conversation", file);
        var words = WordsIn(File.ReadAllText(path));

        Assert.True(words.Count == 0, $"{file} holds words (move them into the language pack):\n{string.Join("\n", words)}");
    }

    [Theory]
    [InlineData("""var r = new Regex(@"^(?:just|i)\s+");""", "just")]
    [InlineData("""var r = new Regex($@"^{Phrases.Alt(v.X.Where(c => c != "with"))}\s+(?<rest>.+)$");""", "with")]
    [InlineData("""if (mod is "next") { }""", "next")]
    [InlineData("""var s = $"{a} and {b}";""", "and")]
    [InlineData("""var s = "w";""", "w")]
    [InlineData("""var s = "ó";""", "ó")]
    [InlineData("""var s = "со";""", "со")]
    [InlineData("""var s = "(?<d>\\d{1,2})(?:st|nd|rd|th)";""", "st")]
    [InlineData("var s = \"\"\"\n    raw words\n    \"\"\";", "raw")]
    public void FindsAWordWhereverALiteralHidesIt(string source, string word) =>
        Assert.Contains(WordsIn(source), w => w.Contains($"\"{word}\"", StringComparison.Ordinal));

    [Theory]
    [InlineData("""var r = new Regex($@"(?<![\w'])(?:{Phrases.Alt(v.Words)})\s+(?<rest>.+)$(?-i:\p{Lu})[a-zA-Z]\uE000\k<rest>"); var x = m.Groups["rest"];""")]
    [InlineData("// a comment with words \"quoted\"\n/* more \"words\" */ var c = 'x'; var s = \"log_activity\";")]
    [InlineData("""var s = $"{Kind}[{First}-{Last}]{(Words.Length > 0 ? ":" : "")}";""")]
    [InlineData("""var r = @"^(?(noun)|(?!))[A-Za-z0-9\-]+(?:✅|\[x\])\[\s?[x ]?\s?\]$";""")]
    public void LeavesRegexSyntaxCodeAndIdentifiersAlone(string source) => Assert.Empty(WordsIn(source));

    /// <summary>Every literal of <paramref name="source"/> that holds a word, with the word: "literal" → "word".</summary>
    private static List<string> WordsIn(string source)
    {
        var literals = new List<string>();
        Scan(source, 0, literals, stopAtBrace: false);
        var groups = Regex.Matches(string.Concat(literals), @"\(\?<([A-Za-z_]\w*)>|\(\?'([A-Za-z_]\w*)'").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        var identifiers = Enum.GetValues<Intent>().Select(i => i.ToWireName()).Concat(["en", "pl", "ru", "utc", "gmt"]).ToHashSet(StringComparer.Ordinal);
        var rows = Regex.Matches(source, """(?m)^\s*new\("([a-z -]+)", """).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var literal in literals)
        {
            if (groups.Contains(literal) || identifiers.Contains(literal) || rows.Contains(literal) || Regex.IsMatch(literal, "^[a-z]+(?:_[a-z0-9]+)+$"))
            {
                continue;
            }

            // A ticked box ("[x]", "\[x\]", "\[\s?[x ]?\s?\]") is a mark, not a word.
            var unticked = Regex.Replace(literal, @"\\?\[(?:\\s\?)?\[?x ?\]?\??(?:\\s\?)?\\?\]", " ");
            var syntaxFree = Regex.Replace(unticked, @"\(\?\(\w+\)|\\[pP]\{\w+\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\k<\w+>|\\[A-Za-z]|\(\?<?[=!]|\(\?<\w+>|\(\?'\w+'|\(\?[imnsx]*-?[imnsx]*[:)]|(?<=[\[\w])\p{L}-\p{L}(?=[\]\p{L}\\])|^\p{L}-\p{L}$", " ");
            syntaxFree = Regex.Replace(syntaxFree, @"\[(?:\\.|[^\]\\])*\]", c => Regex.Replace(c.Value, @"\p{L}-\p{L}", " "));
            foreach (Match word in Regex.Matches(syntaxFree, @"\p{L}+"))
            {
                found.Add($"\"{literal}\" → \"{word.Value}\"");
                break;
            }
        }

        return found;
    }

    /// <summary>Collects the text of every string literal from <paramref name="i"/> on; interpolation holes are code, scanned again.</summary>
    private static int Scan(string s, int i, List<string> literals, bool stopAtBrace)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;
            }
            else if (c == '\'')
            {
                i++;
                while (i < s.Length && s[i] != '\'')
                {
                    i += s[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else if (c is '"' or '$' or '@' && StringStart(s, i) is var (dollars, verbatim, raw, open) && open > 0)
            {
                i = ReadString(s, i + open, dollars, verbatim, raw, literals);
            }
            else if (stopAtBrace && c == '{')
            {
                depth++;
                i++;
            }
            else if (stopAtBrace && c == '}')
            {
                if (depth == 0)
                {
                    return i + 1;
                }

                depth--;
                i++;
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>How a literal opens at <paramref name="i"/>: its $ count, verbatim or raw (quote count), and the opener's length (0: none).</summary>
    private static (int Dollars, bool Verbatim, int Raw, int Open) StringStart(string s, int i)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < s.Length && (s[j] == '$' || s[j] == '@'))
        {
            dollars += s[j] == '$' ? 1 : 0;
            verbatim |= s[j] == '@';
            j++;
        }

        if (j >= s.Length || s[j] != '"')
        {
            return (0, false, 0, 0);
        }

        var quotes = 0;
        while (j + quotes < s.Length && s[j + quotes] == '"')
        {
            quotes++;
        }

        return quotes >= 3 ? (dollars, false, quotes, j - i + quotes) : (dollars, verbatim, 0, j - i + 1);
    }

    private static int ReadString(string s, int i, int dollars, bool verbatim, int raw, List<string> literals)
    {
        var text = new StringBuilder();
        var braces = Math.Max(dollars, 1);
        while (i < s.Length)
        {
            var c = s[i];
            if (raw > 0 && c == '"' && s.AsSpan(i).StartsWith(new string('"', raw)))
            {
                i += raw;
                break;
            }

            if (raw == 0 && c == '"')
            {
                if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                {
                    text.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            if (raw == 0 && !verbatim && c == '\\' && i + 1 < s.Length)
            {
                // A C# escape: keep it as the regex would see it ("\\s" is \s, "\u00a0" stays an escape).
                text.Append(s[i + 1] == '\\' ? "\\" : s.Substring(i, 2));
                i += 2;
                continue;
            }

            if (dollars > 0 && c == '{')
            {
                var run = 0;
                while (i + run < s.Length && s[i + run] == '{')
                {
                    run++;
                }

                if (raw == 0 && run >= 2)
                {
                    text.Append('{', run / 2);
                    i += run / 2 * 2;
                    if (run % 2 == 0)
                    {
                        continue;
                    }
                }
                else if (raw > 0 && run < braces)
                {
                    text.Append('{', run);
                    i += run;
                    continue;
                }
                else
                {
                    i += raw > 0 ? run : 0;
                }

                if (raw == 0 && run % 2 == 1)
                {
                    i++;
                }

                text.Append(' ');
                i = Scan(s, i, literals, stopAtBrace: true);
                if (raw > 0)
                {
                    while (i < s.Length && s[i] == '}')
                    {
                        i++;
                    }
                }

                continue;
            }

            if (dollars > 0 && raw == 0 && c == '}' && i + 1 < s.Length && s[i + 1] == '}')
            {
                text.Append('}');
                i += 2;
                continue;
            }

            text.Append(c);
            i++;
        }

        literals.Add(text.ToString());
        return i;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesBot.sln not found above " + AppContext.BaseDirectory);
    }
}

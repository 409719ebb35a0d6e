using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Tests.Conversation.Replies;

/// <summary>Handlers return outcome records; the sentences live in the language packs.</summary>
public partial class OutcomeRuleTests
{
    // The folders whose handlers are converted; the others join this list as they move to outcomes.
    private static readonly string[] Converted =
    [
        "Features/Activities", "Features/Accounts", "Features/Deals", "Features/Plans", "Features/Tasks", "Features/Undo",
        "Conversation/Resolution",
    ];

    [GeneratedRegex("""new\s+TurnResult\(\s*(\$?@?"|string\.|words\.|Format\.|EngineTexts\.|Texts\.)""")]
    private static partial Regex TextReply();

    [GeneratedRegex(@"new\s+Said\(\s*\$?@?""")]
    private static partial Regex SaidLiteral();

    [GeneratedRegex("""(Title|Details)\s*=\s*(\$?@?"|new\s+Said\()""")]
    private static partial Regex TextTitle();

    private static string Core([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "src", "SalesBot.Core"));

    public static TheoryData<string> Files() =>
        new(Converted.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Core(), f), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Core(), f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void AHandlerAnswersWithAnOutcomeRecordNeverWithText(string file)
    {
        var source = File.ReadAllText(Path.Combine(Core(), file));
        var found = TextReply().Matches(source).Concat(SaidLiteral().Matches(source)).Concat(TextTitle().Matches(source))
            .Select(m => $"line {source[..m.Index].Count(c => c == '\n') + 1}: {m.Value}").ToList();
        Assert.True(found.Count == 0, $"{file} writes reply text: {string.Join("; ", found)}");
    }

    [Fact]
    public void TheRuleSeesEveryConvertedFolder() => Assert.True(Files().Cast<object>().Count() > 40);

    [Theory]
    [InlineData("return new TurnResult(\"Done.\");")]
    [InlineData("return new TurnResult($\"✓ {name}\");")]
    [InlineData("return new TurnResult(string.Join('\\n', lines));")]
    [InlineData("var o = new Said(\"Which one?\");")]
    [InlineData("return new TurnResult(x) { Title = $\"Deals {n}\" };")]
    public void TheRuleCatchesATextReply(string line) =>
        Assert.True(TextReply().IsMatch(line) || SaidLiteral().IsMatch(line) || TextTitle().IsMatch(line));

    [Theory]
    [InlineData("return new TurnResult(new TaskDone(task.Title, left));")]
    [InlineData("return new TurnResult(corrected);")]
    [InlineData("candidates.Select(c => new Questions.Choice(c.Id, new Said(c.Label)))")]
    public void TheRuleLetsAnOutcomeAndANameThrough(string line) =>
        Assert.False(TextReply().IsMatch(line) || SaidLiteral().IsMatch(line) || TextTitle().IsMatch(line));
}

using System.Text.RegularExpressions;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

/// <summary>The README's commands, run: its quick start and its verb table cannot drift from what salesbot does.</summary>
public partial class ReadmeTests
{
    private static readonly string Root = FindRoot();

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md"));

    /// <summary>The verb table's first column, e.g. "team add|set NAME [options]".</summary>
    private static List<string> VerbRows()
    {
        var section = Readme[Readme.IndexOf("## The command line", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => RowCommand().Match(l.Replace("\\|", "|", StringComparison.Ordinal)).Groups[1].Value)
            .ToList();
    }

    [Fact]
    public void TheVerbTableListsEveryVerbOnce()
    {
        var verbs = VerbRows().Select(r => r.Split(' ')[0]).ToList();
        Assert.Equal(VerbTable.Verbs.Select(v => v.Name).Order(), verbs.Order());
    }

    [Fact]
    public async Task EveryVerbInTheTableAnswersItsHelpAndKnowsTheOptionsTheTableNames()
    {
        var rows = VerbRows();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var verb = row.Split(' ')[0];
            var (code, stdout, stderr) = await CliRunner.RunAsync("help", verb);
            Assert.True(code == 0, $"salesbot help {verb}: {stderr}");
            var options = Regex.Matches(Readme[Readme.IndexOf($"| `{verb}", StringComparison.Ordinal)..].Split('\n')[0], "--[a-z][a-z-]+").Select(m => m.Value).Distinct();
            Assert.All(options, o => Assert.Contains($"  {o} ", stdout, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheQuickStartIsTwoCommandsAndTheFirstTalksToTheDemoTeam()
    {
        var quick = Readme[Readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var block = quick[(quick.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        var commands = block[..block.IndexOf("```", StringComparison.Ordinal)].Trim().Split('\n');
        Assert.Equal(["dotnet run --project src/SalesBot.Host -- chat --as Anna", "dotnet test"], commands);

        await using var store = await TestStore.SqliteAsync();
        var args = commands[0][(commands[0].IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ');
        var (code, stdout, stderr) = await CliRunner.RunWithInputAsync("logged a call with Contoso\n", [.. args, "--db", store.Db]);

        Assert.True(code == 0, stderr);
        Assert.Contains("I created the demo team \"Demo\"", stdout, StringComparison.Ordinal);
        Assert.Contains("Chatting as Anna (Demo)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLinkInTheReadmeOrDocsLeavesTheRepository()
    {
        var files = new[] { Path.Combine(Root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                if (target.Length == 0 || target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }

                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                Assert.True(full.StartsWith(Root, StringComparison.Ordinal) && (File.Exists(full) || Directory.Exists(full)),
                    $"{Path.GetRelativePath(Root, file)} links to {target}, which is not in the repository");
            }
        }
    }

    [Fact]
    public void TheReadmeAndDocsTelegramAgreeOnTheModesDefault()
    {
        var telegram = File.ReadAllText(Path.Combine(Root, "docs", "telegram.md"));
        var row = telegram.Split('\n').Single(l => l.StartsWith("| `Mode` |", StringComparison.Ordinal));
        Assert.Contains(row, Readme, StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "src", "SalesBot.Host")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (README.md beside src/SalesBot.Host) is not above the test's folder");
    }

    [GeneratedRegex(@"^\| `([^`]+)`")]
    private static partial Regex RowCommand();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}

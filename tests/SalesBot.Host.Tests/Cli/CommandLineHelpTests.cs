using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

public class CommandLineHelpTests
{
    public static TheoryData<string> VerbNames => new(VerbTable.Verbs.Select(v => v.Name));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task TheOverviewListsEveryVerb(string arg)
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync(arg);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("usage: salesbot VERB", stdout, StringComparison.Ordinal);
        foreach (var verb in new[] { "serve", "chat", "parse", "replay", "standup", "digest", "forecast", "target", "manifest", "export", "import", "team", "member", "migrate", "schema", "help" })
        {
            Assert.Contains($"\n  {verb} ", stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task EveryVerbExplainsItselfThreeWays(string verb)
    {
        var spec = VerbTable.Find(verb)!;
        var answers = new[]
        {
            await CliRunner.RunAsync(verb, "--help"),
            await CliRunner.RunAsync(verb, "-h"),
            await CliRunner.RunAsync("help", verb),
        };

        foreach (var (code, stdout, stderr) in answers)
        {
            Assert.Equal(0, code);
            Assert.Equal("", stderr);
            Assert.StartsWith($"usage: salesbot {verb}", stdout, StringComparison.Ordinal);
            Assert.All(spec.Options, o => Assert.Contains($"  {o.Usage} ", stdout, StringComparison.Ordinal));
            Assert.Contains("example:", stdout, StringComparison.Ordinal);
            Assert.Contains($"  salesbot {verb}", stdout, StringComparison.Ordinal);
        }

        Assert.Single(answers.Select(a => a.Out).Distinct());
    }

    [Fact]
    public async Task EveryOptionThatIsNotRequiredSaysItsDefaultOrIsAFlag()
    {
        foreach (var verb in VerbTable.Verbs)
        {
            foreach (var option in verb.Options.Where(o => !o.Required && !o.IsFlag))
            {
                var (_, stdout, _) = await CliRunner.RunAsync(verb.Name, "--help");
                var line = stdout.Split('\n').Single(l => l.StartsWith($"  {option.Usage} ", StringComparison.Ordinal));
                Assert.True(option.Default is null || line.Contains("(default: ", StringComparison.Ordinal), $"{verb.Name} {option.Name}: {line}");
            }
        }
    }

    [Fact]
    public async Task HelpAfterOtherArgumentsStillHelps()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("chat", "--as", "Anna", "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("usage: salesbot chat --as NAME", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPrintsOneLine()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("salesbot ", Assert.Single(stdout.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportHelpSaysBothFormsPrintJson()
    {
        var (_, stdout, _) = await CliRunner.RunAsync("export", "--help");
        Assert.Contains("export and export --json print the same", stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> BadUsage => new()
    {
        { ["export", "--bogus"], "unknown option --bogus for export" },
        { ["digest", "--team", "Demo", "--week", "2026-W47", "--bogus", "1"], "unknown option --bogus for digest" },
        { ["chat", "--as", "--db", "x.db"], "option --as NAME needs a value, not the option --db" },
        { ["chat", "--as"], "option --as NAME needs a value" },
        { ["standup"], "standup needs --team TEAM and --date YYYY-MM-DD" },
        { ["digest", "--json"], "digest needs --team TEAM and --week YYYY-Www" },
        { ["manifest"], "manifest needs --app-id GUID and --out FILE.zip" },
        { ["export", "--json=yes"], "option --json takes no value" },
        { ["serve", "-x"], "unknown option -x for serve" },
        { ["help", "frobnicate"], "unknown verb 'frobnicate'" },
        { ["frobnicate"], "try: serve, chat, parse, replay, standup, digest, forecast, target, manifest, export, import, team, member, migrate, schema, help" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task BadUsageIsOneLineOnStderrAndExitTwo(string[] args, string expected)
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("salesbot: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void TheVerbTableKnowsTheContractsParseOptions()
    {
        var parse = VerbTable.Find("parse")!;
        Assert.Equal(["--now", "--jsonl", "--demo", "--db", "--team"], parse.Options.Select(o => o.Name));
        Assert.Equal(["--jsonl", "--demo"], parse.Flags);
    }
}

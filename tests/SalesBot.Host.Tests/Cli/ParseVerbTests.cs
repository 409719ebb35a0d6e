using System.Text.Json;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

public class ParseVerbTests
{
    private const string Now = "2026-11-18T10:00:00";

    private static async Task<string> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var code = await ParseVerb.RunAsync(CliArgs.Parse(args, "--jsonl"), new StringReader(stdin), output);
        Assert.Equal(0, code);
        return output.ToString();
    }

    [Fact]
    public async Task PrintsOneSnakeCaseObjectForText()
    {
        var line = (await Run(string.Empty, "--now", Now, "met with Maria from Woodgrove Bank yesterday at 3pm, discussed renewal")).TrimEnd('\n');
        Assert.DoesNotContain('\n', line);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal("log_activity", root.GetProperty("intent").GetString());
        Assert.Equal("meeting", root.GetProperty("activity").GetString());
        Assert.Equal("Woodgrove Bank", root.GetProperty("account").GetString());
        Assert.Equal("Maria", root.GetProperty("contact").GetString());
        Assert.Equal("2026-11-17", root.GetProperty("date").GetString());
        Assert.Equal("15:00", root.GetProperty("time").GetString());
        Assert.Equal("discussed renewal", root.GetProperty("notes").GetString());
        Assert.True(root.GetProperty("confidence").GetDouble() >= 0.7);
        Assert.False(root.TryGetProperty("deal", out _), "nulls are omitted");
    }

    [Fact]
    public async Task WritesAmountsAsNumbersAndStagesInLowercase()
    {
        using var doc = JsonDocument.Parse(await Run(string.Empty, "--now", Now, "new lead: Contoso pilot, $1.2M, close by Dec 15"));
        var root = doc.RootElement;
        Assert.Equal("create_deal", root.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("amount").ValueKind);
        Assert.Equal(1200000m, root.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.Equal("lead", root.GetProperty("stage").GetString());
        Assert.Equal("2026-12-15", root.GetProperty("date").GetString());
    }

    [Fact]
    public async Task WritesAdministrationExtras()
    {
        using var doc = JsonDocument.Parse(await Run(string.Empty, "target calls 20 per week"));
        var root = doc.RootElement;
        Assert.Equal("set_target", root.GetProperty("intent").GetString());
        Assert.Equal("calls", root.GetProperty("argument").GetString());
        Assert.Equal(20, root.GetProperty("number").GetInt32());
        Assert.Equal("week", root.GetProperty("period").GetString());
    }

    [Fact]
    public async Task AnswersEveryJsonLineInOrderIncludingMultilineTexts()
    {
        var input = string.Join('\n',
            JsonSerializer.Serialize(new { text = "team kpis last week" }),
            JsonSerializer.Serialize(new { text = "plan:\n1. call Contoso\n2. demo Fabrikam" }),
            JsonSerializer.Serialize(new { text = "undo" })) + "\n";
        var lines = (await Run(input, "--now", Now, "--jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("kpi_digest", first.RootElement.GetProperty("intent").GetString());
        Assert.Equal("2026-W46", first.RootElement.GetProperty("week").GetString());
        Assert.Equal("team", first.RootElement.GetProperty("scope").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, second.RootElement.GetProperty("items").GetArrayLength());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("undo", third.RootElement.GetProperty("intent").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"message\": \"met with Contoso\"}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": 42}")]
    public async Task ReportsAnUnreadableLineAndCarriesOn(string bad)
    {
        var input = bad + "\n" + JsonSerializer.Serialize(new { text = "my pipeline" }) + "\n";
        var lines = (await Run(input, "--jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("unknown", first.RootElement.GetProperty("intent").GetString());
        Assert.True(first.RootElement.TryGetProperty("error", out _));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("show_pipeline", second.RootElement.GetProperty("intent").GetString());
    }

    [Theory]
    [InlineData("--now", "yesterday", "met Contoso")]
    [InlineData("--now", "2026-13-45T10:00:00", "met Contoso")]
    [InlineData("--now", Now)]
    [InlineData("--bogus", "1", "met Contoso")]
    [InlineData("met Contoso", "and more")]
    public async Task RejectsBadArguments(params string[] args)
    {
        await Assert.ThrowsAsync<UsageException>(() => ParseVerb.RunAsync(CliArgs.Parse(args, "--jsonl"), new StringReader(string.Empty), new StringWriter()));
    }
}

using System.Text.Json;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Cli;
using SalesBot.Host.Tests.Scheduling;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Cli;

public class ReportVerbsTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await MigratedStore.CreateAsync();
        using var db = _store.CreateDbContext();
        _ = new NorthwindWeek(db);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> StandupAsync(params string[] args)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await StandupVerb.RunAsync(CliArgs.Parse([.. args, "--db", _store.ConnectionString], "--json"), stdout));
        return stdout.ToString();
    }

    private async Task<string> DigestAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var clock = new FakeClock(DateTimeOffset.Parse("2026-11-25T10:00:00Z"));
        Assert.Equal(0, await DigestVerb.RunAsync(CliArgs.Parse([.. args, "--db", _store.ConnectionString], "--json"), stdout, clock));
        return stdout.ToString();
    }

    [Fact]
    public async Task StandupJsonListsEachRepsDay()
    {
        using var json = JsonDocument.Parse(await StandupAsync("--team", "Northwind Sales", "--date", "2026-11-23", "--json"));

        var root = json.RootElement;
        Assert.Equal(("Northwind Sales", "2026-11-23"), (root.GetProperty("team").GetString(), root.GetProperty("date").GetString()));
        var reps = root.GetProperty("reps").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(["Anna Kowalska", "Ben Carter", "Carl Nowak"], reps.Keys);
        var anna = reps["Anna Kowalska"];
        Assert.Equal(2, anna.GetProperty("activities").GetArrayLength());
        Assert.Equal(1, anna.GetProperty("stage_moves").GetArrayLength());
        Assert.Equal("Contoso upgrade", anna.GetProperty("won")[0].GetProperty("deal").GetString());
        Assert.Equal(3, anna.GetProperty("plan").GetArrayLength());
        Assert.Equal(1, anna.GetProperty("due_today").GetArrayLength());
        Assert.Equal(1, anna.GetProperty("overdue").GetArrayLength());
        Assert.Equal(0, reps["Ben Carter"].GetProperty("plan").GetArrayLength());
        Assert.True(reps["Carl Nowak"].GetProperty("away").GetBoolean());
    }

    [Fact]
    public async Task StandupTextIsTheRenderedPost()
    {
        var text = await StandupAsync("--team", "northwind sales", "--date", "2026-11-23");

        Assert.StartsWith("Stand-up · Mon 23 Nov\nAnna Kowalska: 1 call, 1 note · won Contoso upgrade", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestJsonMatchesTheHandCountedWeek()
    {
        using var json = JsonDocument.Parse(await DigestAsync("--team", "Northwind Sales", "--week", "2026-W47", "--json"));

        var root = json.RootElement;
        Assert.Equal(("2026-W47", "2026-11-16", "2026-11-22"),
            (root.GetProperty("week").GetString(), root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        var totals = root.GetProperty("totals");
        Assert.Equal([3, 3, 1, 1, 10, 2, 1, 1, 3, 1],
            new[] { "meetings", "calls", "emails", "demos", "activities", "deals_created", "deals_won", "deals_lost", "stage_moves", "tasks_done" }
                .Select(f => totals.GetProperty(f).GetInt32()));
        Assert.Equal(30000m, totals.GetProperty("won_amount").GetProperty("EUR").GetDecimal());
        var ben = root.GetProperty("reps").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Ben Carter");
        Assert.Equal((1, 2, 1), (ben.GetProperty("meetings").GetInt32(), ben.GetProperty("activities").GetInt32(), ben.GetProperty("deals_lost").GetInt32()));
        Assert.Equal(2, root.GetProperty("pipeline").GetProperty("by_stage").GetProperty("lead").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task DigestForecastAndRepTargetsMatchTheHandCountedWeek()
    {
        // Anna's own plan: 2 calls and EUR 40,000 won a week; the team's stay 3 meetings a week and 8 calls a month.
        var clock = new FakeClock(DateTimeOffset.Parse("2026-11-25T10:00:00Z"));
        foreach (var set in new[] { "calls=2:Anna Kowalska", "won_amount=40000:Anna Kowalska" })
        {
            Assert.Equal(0, await TargetVerb.RunAsync(CliArgs.Parse(["--team", "Northwind Sales", "--set", set, "--period", "week", "--db", _store.ConnectionString]), new StringWriter(), clock));
        }

        using var json = JsonDocument.Parse(await DigestAsync("--team", "Northwind Sales", "--week", "2026-W47", "--json"));
        var root = json.RootElement;

        // Open deals: Northwind pilot (lead, EUR 5,000), Tailspin trial (lead, no amount), Adatum expansion (proposal, EUR 50,000):
        // 10% of 5,000 + 50% of 50,000. None has a close date, so nothing is due this month or quarter, overdue or slipping.
        var forecast = root.GetProperty("forecast");
        Assert.Equal(25_500m, forecast.GetProperty("weighted_pipeline").GetProperty("EUR").GetDecimal());
        Assert.Equal(0, forecast.GetProperty("month").GetProperty("count").GetInt32());
        Assert.Equal(0, forecast.GetProperty("quarter").GetProperty("count").GetInt32());
        Assert.Equal(50, forecast.GetProperty("probabilities").GetProperty("proposal").GetInt32());

        // Anna: 3 calls (16th, 17th, and the 20th typed in late) of her own 2 (150%), EUR 30,000 won of her 40,000 (75%); her plan replaces the team's calls target.
        var anna = root.GetProperty("rep_targets").GetProperty("Anna Kowalska");
        Assert.Equal((2m, 40_000m), (anna.GetProperty("calls").GetDecimal(), anna.GetProperty("won_amount").GetDecimal()));
        var fulfilment = root.GetProperty("fulfillment").GetProperty("Anna Kowalska");
        Assert.Equal((1.5m, 0.75m), (fulfilment.GetProperty("calls").GetDecimal(), fulfilment.GetProperty("won_amount").GetDecimal()));
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
    }

    private async Task<string> ForecastAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var clock = new FakeClock(DateTimeOffset.Parse("2026-11-25T10:00:00Z"));
        Assert.Equal(0, await ForecastVerb.RunAsync(CliArgs.Parse([.. args, "--db", _store.ConnectionString], "--json"), stdout, clock));
        return stdout.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public async Task ForecastSetsTheTeamsStageProbabilitiesAndPrintsTheWeightedPipeline()
    {
        // Open: Northwind pilot (lead, EUR 5,000), Tailspin trial (lead, no amount), Adatum expansion (proposal, EUR 50,000).
        Assert.StartsWith("Forecast: weighted pipeline EUR 25,500;", await ForecastAsync("--team", "Northwind Sales"), StringComparison.Ordinal);

        var text = await ForecastAsync("--team", "Northwind Sales", "--probabilities", "proposal=40, lead=20%");

        Assert.StartsWith("Forecast: weighted pipeline EUR 21,000; this month no deal due to close", text, StringComparison.Ordinal);
        Assert.Contains("\nStage probabilities: lead 20%, qualified 25%, proposal 40%, negotiation 75%\n", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await ForecastAsync("--team", "Northwind Sales", "--json"));
        Assert.Equal(40, json.RootElement.GetProperty("probabilities").GetProperty("proposal").GetInt32());
    }

    [Theory]
    [InlineData("won=100")]
    [InlineData("proposal=140")]
    [InlineData("proposal")]
    public async Task ForecastRefusesAProbabilityItCannotUse(string probabilities)
    {
        var ex = await Assert.ThrowsAsync<UsageException>(() => ForecastAsync("--team", "Northwind Sales", "--probabilities", probabilities));
        Assert.Contains("STAGE=PERCENT", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("standup", "--team", "Nobody", "--date", "2026-11-23")]
    [InlineData("standup", "--team", "Northwind Sales", "--date", "23.11.2026")]
    [InlineData("standup", "--team", "Northwind Sales")]
    [InlineData("digest", "--team", "Northwind Sales", "--week", "2026-47")]
    [InlineData("digest", "--team", "Northwind Sales", "--week", "2026-W47", "--bogus", "1")]
    public async Task BadArgumentsExitWithCode2AndOneLineOnStderr(params string[] args)
    {
        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(stderr);
        try
        {
            Assert.Equal(2, await CommandLine.RunAsync([.. args, "--db", _store.ConnectionString]));
        }
        finally
        {
            Console.SetError(original);
        }

        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("salesbot: ", Assert.Single(lines), StringComparison.Ordinal);
    }
}

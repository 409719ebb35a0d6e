using System.Text.Json;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

/// <summary>
/// `parse` shows only the contract's intents; finer questions travel in `action` (shared/contracts/cli.md lists the
/// intent values, and the outside checks know no others).
/// </summary>
public class ContractIntentTests
{
    private static readonly string[] ContractIntents =
    [
        "log_activity", "create_deal", "move_deal", "update_deal", "add_task", "complete_task", "set_plan", "show_pipeline",
        "show_account", "show_tasks", "kpi_digest", "standup", "undo", "help", "unknown",
    ];

    public static TheoryData<Intent, bool, string, string?> Finer => new()
    {
        { Intent.HowTo, false, "help", "how_to" },
        { Intent.WhoInactive, false, "kpi_digest", "who_inactive" },
        { Intent.CompareReps, false, "kpi_digest", "compare_reps" },
        { Intent.ShowActivities, false, "kpi_digest", "show_activities" },
        { Intent.ShowActivities, true, "show_account", "show_activities" },
        { Intent.ShowDeals, false, "show_pipeline", "show_deals" },
        { Intent.DealsClosing, false, "show_pipeline", "deals_closing" },
        { Intent.ShowPlan, false, "standup", "show_plan" },
        { Intent.LastContact, true, "show_account", "last_contact" },
        { Intent.ShowContacts, true, "show_account", "show_contacts" },
        { Intent.LogActivity, true, "log_activity", null },
        { Intent.KpiDigest, false, "kpi_digest", null },
        { Intent.Invite, false, "invite", null },
        { Intent.Correct, false, "correct", null },
    };

    [Theory]
    [MemberData(nameof(Finer))]
    public void ShowsTheContractIntentThatAnswersIt(Intent intent, bool withAccount, string shown, string? action)
    {
        var result = ContractIntent.Of(new ParsedCommand(intent, 0.9) { Account = withAccount ? "Contoso" : null });

        Assert.Equal(shown, result.Intent);
        Assert.Equal(action, result.Action);
    }

    [Fact]
    public void ACorrectedAmountIsADealUpdate()
    {
        var result = ContractIntent.Of(new ParsedCommand(Intent.Correct, 0.9) { Amount = 85_000 });

        Assert.Equal("update_deal", result.Intent);
        Assert.Equal("correct", result.Action);
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-22", "2026-W47")]
    [InlineData("2026-11-09", "2026-11-15", "2026-W46")]
    [InlineData("2026-11-16", "2026-11-18", null)]
    [InlineData("2026-11-17", "2026-11-23", null)]
    public void AWholeIsoWeekBecomesTheDigestsWeek(string from, string to, string? week)
    {
        var result = ContractIntent.Of(new ParsedCommand(Intent.WhoInactive, 0.9) { From = DateOnly.Parse(from), To = DateOnly.Parse(to) });

        Assert.Equal(week, result.Week);
    }

    [Theory]
    [InlineData("who hasn't logged anything this week?", "kpi_digest", "who_inactive")]
    [InlineData("how do i log a call?", "help", "how_to")]
    [InlineData("kto nic nie wpisał w tym tygodniu?", "kpi_digest", "who_inactive")]
    [InlineData("как добавить сделку?", "help", "how_to")]
    [InlineData("logged a call with Contoso", "log_activity", null)]
    public async Task ParsePrintsOnlyContractIntents(string text, string intent, string? action)
    {
        var output = new StringWriter();
        var code = await ParseVerb.RunAsync(CliArgs.Parse(["--now", "2026-11-18T10:00:00", text], "--jsonl"), new StringReader(""), output);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.ToString());
        var root = doc.RootElement;
        Assert.Contains(root.GetProperty("intent").GetString(), ContractIntents);
        Assert.Equal(intent, root.GetProperty("intent").GetString());
        Assert.Equal(action, root.TryGetProperty("action", out var a) ? a.GetString() : null);
    }
}

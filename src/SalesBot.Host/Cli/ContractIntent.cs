using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Host.Cli;

/// <summary>
/// The contract's <c>intent</c> values are a closed list (shared/contracts/cli.md), and outside checks know only
/// those. The parser understands finer questions ("who was quiet this week", "how do I log a call"); on the wire
/// each is shown as the contract intent that answers it, with the finer name in the extension field <c>action</c>.
/// Intents with no contract counterpart (administration, corrections of an activity, a new contact) keep their names.
/// </summary>
internal static class ContractIntent
{
    public sealed record Shown(string Intent, string? Action, string? Week);

    public static Shown Of(ParsedCommand c)
    {
        var contract = c.Intent switch
        {
            Intent.HowTo => Intent.Help,
            Intent.WhoInactive or Intent.CompareReps => Intent.KpiDigest,
            Intent.ShowActivities => c.Account is not null ? Intent.ShowAccount : Intent.KpiDigest,
            Intent.ShowDeals or Intent.DealsClosing => Intent.ShowPipeline,
            Intent.ShowPlan => Intent.Standup,
            Intent.LastContact or Intent.ShowContacts => Intent.ShowAccount,
            Intent.Correct when c.Deal is not null || c.Amount is not null || c.Stage is not null => Intent.UpdateDeal,
            _ => c.Intent,
        };

        if (contract == c.Intent)
        {
            return new Shown(c.Intent.ToWireName(), null, null);
        }

        // A digest is asked for by ISO week: a Monday-to-Sunday span is that week.
        var week = contract == Intent.KpiDigest && c.Week is null && c.From is { } from && c.To is { } to
            && IsoWeek.Of(from) is var span && span.Monday == from && span.Sunday == to
                ? span.ToString()
                : null;
        return new Shown(contract.ToWireName(), c.Intent.ToWireName(), week);
    }
}

using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string DealNeedsAccount(DealNeedsAccount o) =>
        "Which company is the deal with? For example: \"new deal Contoso upgrade 40k\". Nothing was written.";

    public override string DealAlreadyOpen(DealAlreadyOpen o) =>
        $"There is already an open deal {o.Deal} ({Stage(o.Stage)}), so I made no new one. "
        + $"To change it: \"{o.Deal} to proposal\" or \"{o.Deal} amount 50k\".";

    public override string DealCreated(DealCreated o) =>
        $"✓ New deal {o.Deal} with {o.Account}, {Stage(o.Stage)}"
        + (o.Amount is { } amount ? $", {Money(amount)}" : "")
        + (o.CloseDate is { } close ? $", closing {Day(close, o.Today)}" : "")
        + "."
        + (o.NewAccount ? $" New account: {o.Account}." : "");

    public override string AlreadyInStage(AlreadyInStage o) => $"{o.Deal} is already in {Stage(o.Stage)}; nothing changed.";

    public override string StageMoved(StageMoved o)
    {
        var name = o.Deal + OwnedBy(o.Owner);
        return o.To switch
        {
            DealStage.Won => $"🏆 Congratulations! {name} is won" + (o.Amount is { } amount ? $": {Money(amount)}." : "."),
            DealStage.Lost when o.LostReason is { } reason => $"Marked {name} as lost: {reason}.",
            DealStage.Lost => $"Marked {name} as lost. Worth a note why? e.g. \"note {o.Account}: lost on price\".",
            _ => $"✓ {name}: {Stage(o.From)} → {Stage(o.To)}.",
        };
    }

    public override string AskReopen(AskReopen o) => $"{o.Deal} is {Stage(o.Stage)}. Move it to {Stage(o.To)}?";

    public override string DealChangeMissing(DealChangeMissing o) =>
        $"What should change on {o.Deal}? For example: \"{o.Deal} amount 45k\" or \"{o.Deal} close Dec 15\". Nothing was written.";

    public override string DealUpdated(DealUpdated o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"amount {Money(amount)}" : "amount changed");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"closing {Day(close, o.Today)}");
        }

        if (o.From is { } from && o.To is { } to)
        {
            said.Add($"{Stage(from)} → {Stage(to)}");
        }

        return $"✓ {o.Deal}{OwnedBy(o.Owner)}: {string.Join(", ", said)}.";
    }

    public override string? ClosedDealsShownTitle(ClosedDealsShown o) =>
        o.Deals.Count == 0 ? null : $"Deals {WonOrLost(o.Stage)} {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string? DealsClosingShownTitle(DealsClosingShown o) =>
        o.Deals.Count == 0 ? null : $"Deals closing {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string? PipelineShownTitle(PipelineShown o) => o.Deals.Count == 0
        ? null
        : o.Stage is { } only
            ? $"{WhoseName(o.Whose)} deals in {Stage(only)}: {o.Deals.Count}" + Total(o.Deals)
            : $"{WhoseName(o.Whose)} pipeline: {Quantity(Counted.OpenDeal, o.Deals.Count)}{Total(o.Deals)}";

    public override string PipelineHidden(PipelineHidden o) => o.OtherRep
        ? "In this team only managers see other reps' pipelines. Type \"my pipeline\" for yours."
        : "In this team only managers see the team's pipeline. Here is yours: type \"my pipeline\".";

    public override string NoMemberCalled(NoMemberCalled o) => $"I don't know anyone called {o.Name} on your team.";

    private static string OwnedBy(string? owner) => owner is null ? "" : $" ({owner}'s deal)";

    private static string WonOrLost(DealStage stage) => stage == DealStage.Won ? "won" : "lost";

    private static string Period(DateOnly first, DateOnly last) =>
        $"{first.ToString("MMM d", CultureInfo.InvariantCulture)} – {last.ToString("MMM d", CultureInfo.InvariantCulture)}";

    private static string WhoseName(Whose whose) =>
        whose.Rep is { } rep ? $"{rep}'s" : whose.Team is { } team ? $"{team} team" : "Your";

    protected override string ClosesOn(DateOnly day, DateOnly today) => $"closes {Day(day, today)}";

    protected override string AndMore(int count) => $"…and {count} more";

    protected override string NoClosedDeals(ClosedDealsShown o) => $"No deals {WonOrLost(o.Stage)} between {Period(o.First, o.Last)}.";

    protected override string NoDealsClosing(DealsClosingShown o) => $"No open deals close between {Period(o.First, o.Last)}.";

    protected override string NoDealsInStage(Whose whose, DealStage stage) => $"{WhoseName(whose)} pipeline has no deals in {Stage(stage)}.";

    protected override string PipelineEmpty(Whose whose) => $"{WhoseName(whose)} pipeline is empty. Start one: \"new deal Contoso upgrade 40k\".";
}

using SalesBot.Core.Crm;
using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public string Money(Replies.Figure figure) => Money(figure.Amount, figure.Currency);

    public abstract string DealNeedsAccount(DealNeedsAccount o);

    public abstract string DealAlreadyOpen(DealAlreadyOpen o);

    public abstract string DealCreated(DealCreated o);

    public abstract string AlreadyInStage(AlreadyInStage o);

    public abstract string StageMoved(StageMoved o);

    public abstract string AskReopen(AskReopen o);

    public abstract string DealChangeMissing(DealChangeMissing o);

    public abstract string DealUpdated(DealUpdated o);

    // ---- Deal lists: the layout is the same in every language, packs give the words ------------------

    /// <summary>A stage's list shows this many deals, then "…and N more".</summary>
    public const int ListedDeals = 15;

    /// <summary>A pipeline's stage line names this many deals, then "+N".</summary>
    public const int NamedPerStage = 5;

    public string ClosedDealsShown(ClosedDealsShown o) =>
        o.Deals.Count == 0
            ? NoClosedDeals(o)
            : string.Join('\n', o.Deals.Select(r => Bullet(r.Name, r.Amount is { } amount ? Money(amount) : null, r.Owner, r.LostReason)));

    public string DealsClosingShown(DealsClosingShown o) =>
        o.Deals.Count == 0
            ? NoDealsClosing(o)
            : string.Join('\n', o.Deals.Select(r =>
                Bullet(r.Name, Stage(r.Stage), ClosesOn(r.CloseDate, o.Today), r.Amount is { } amount ? Money(amount) : null, r.Owner)));

    /// <summary>One stage: a line per deal. The whole pipeline: a line per stage with its count, total and first names.</summary>
    public string PipelineShown(PipelineShown o)
    {
        if (o.Stage is { } only)
        {
            if (o.Deals.Count == 0)
            {
                return NoDealsInStage(o.Whose, only);
            }

            var more = o.Deals.Count > ListedDeals ? "\n" + AndMore(o.Deals.Count - ListedDeals) : "";
            return string.Join('\n', o.Deals.Take(ListedDeals).Select(r => "• " + PipelineLine(r, o.Team, o.Today))) + more;
        }

        if (o.Deals.Count == 0)
        {
            return PipelineEmpty(o.Whose);
        }

        return string.Join('\n', o.Deals.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g =>
        {
            var names = g.Take(NamedPerStage).Select(r => o.Team ? $"{r.Name} ({r.Owner})" : r.Name);
            var rest = g.Count() > NamedPerStage ? $", +{g.Count() - NamedPerStage}" : "";
            return $"{Stage(g.Key)} ({g.Count()}{Total(g)}): {string.Join(", ", names)}{rest}";
        }));
    }

    /// <summary>", €137K": the deals' sums per currency, or nothing when none has an amount.</summary>
    protected string Total(IEnumerable<PipelineShown.Line> rows)
    {
        var total = MoneyTotals(rows.Select(r => (r.Amount?.Amount, r.Amount?.Currency)));
        return total.Length == 0 ? "" : $", {total}";
    }

    private string PipelineLine(PipelineShown.Line r, bool team, DateOnly today)
    {
        var parts = new List<string?> { r.Name.Contains(r.Account, StringComparison.OrdinalIgnoreCase) ? r.Name : $"{r.Name} ({r.Account})" };
        parts.Add(r.Amount is { } amount ? Money(amount) : null);
        parts.Add(r.CloseDate is { } close ? ClosesOn(close, today) : null);
        parts.Add(team ? r.Owner : null);
        return string.Join(" · ", parts.Where(p => p is not null));
    }

    private static string Bullet(params string?[] parts) => "• " + string.Join(" · ", parts.Where(p => p is not null));

    /// <summary>"closes Fri Nov 20".</summary>
    protected abstract string ClosesOn(DateOnly day, DateOnly today);

    /// <summary>"…and 3 more", after <see cref="ListedDeals"/> deals.</summary>
    protected abstract string AndMore(int count);

    protected abstract string NoClosedDeals(ClosedDealsShown o);

    protected abstract string NoDealsClosing(DealsClosingShown o);

    protected abstract string NoDealsInStage(Whose whose, DealStage stage);

    protected abstract string PipelineEmpty(Whose whose);

    public abstract string? ClosedDealsShownTitle(ClosedDealsShown o);

    public abstract string? DealsClosingShownTitle(DealsClosingShown o);

    public abstract string? PipelineShownTitle(PipelineShown o);

    public abstract string PipelineHidden(PipelineHidden o);

    public abstract string NoMemberCalled(NoMemberCalled o);
}

using SalesBot.Core.Crm;
using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string DealNeedsAccount(DealNeedsAccount o) =>
        "Z jaką firmą jest ta szansa? Na przykład: „nowa szansa Contoso upgrade 40 tys. zł”. Nic nie zostało zapisane.";

    public override string DealAlreadyOpen(DealAlreadyOpen o) =>
        $"Jest już otwarta szansa {o.Deal} ({Stage(o.Stage)}), więc nowa nie powstała. "
        + $"Żeby ją zmienić: „{o.Deal} na etap oferty” albo „{o.Deal} kwota 50 tys.”.";

    public override string DealCreated(DealCreated o) =>
        $"✓ Nowa szansa {o.Deal} — {o.Account}, {Stage(o.Stage)}"
        + (o.Amount is { } amount ? $", {Money(amount)}" : "")
        + (o.CloseDate is { } close ? $", zamknięcie {Day(close, o.Today)}" : "")
        + "."
        + (o.NewAccount ? $" Nowy klient: {o.Account}." : "");

    public override string AlreadyInStage(AlreadyInStage o) => $"{o.Deal} jest już na etapie „{Stage(o.Stage)}”; nic się nie zmieniło.";

    public override string StageMoved(StageMoved o)
    {
        var name = o.Deal + OwnedBy(o.Owner);
        return o.To switch
        {
            DealStage.Won => $"🏆 Gratulacje! {name}: wygrana" + (o.Amount is { } amount ? $", {Money(amount)}." : "."),
            DealStage.Lost when o.LostReason is { } reason => $"{name}: przegrana — {reason}.",
            DealStage.Lost => $"{name}: przegrana. Warto zapisać dlaczego, np. „notatka {o.Account}: przegrana przez cenę”.",
            _ => $"✓ {name}: {Stage(o.From)} → {Stage(o.To)}.",
        };
    }

    public override string AskReopen(AskReopen o) => $"{o.Deal} ma etap „{Stage(o.Stage)}”. Przenieść na „{Stage(o.To)}”?";

    public override string DealChangeMissing(DealChangeMissing o) =>
        $"Co zmienić w {o.Deal}? Na przykład: „{o.Deal} kwota 45 tys.” albo „{o.Deal} zamknięcie 15 grudnia”. Nic nie zostało zapisane.";

    public override string DealUpdated(DealUpdated o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"kwota {Money(amount)}" : "zmieniono kwotę");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"zamknięcie {Day(close, o.Today)}");
        }

        if (o.From is { } from && o.To is { } to)
        {
            said.Add($"{Stage(from)} → {Stage(to)}");
        }

        return $"✓ {o.Deal}{OwnedBy(o.Owner)}: {string.Join(", ", said)}.";
    }

    public override string ClosedDealsShown(ClosedDealsShown o) =>
        o.Deals.Count == 0
            ? $"Brak {(o.Stage == DealStage.Won ? "wygranych" : "przegranych")} szans w okresie {Period(o.First, o.Last)}."
            : string.Join('\n', o.Deals.Select(r => $"• {r.Name}"
                + (r.Amount is { } amount ? $" · {Money(amount)}" : "")
                + (r.Owner is null ? "" : $" · {r.Owner}")
                + (r.LostReason is null ? "" : $" · {r.LostReason}")));

    public override string? ClosedDealsShownTitle(ClosedDealsShown o) =>
        o.Deals.Count == 0 ? null : $"Szanse {(o.Stage == DealStage.Won ? "wygrane" : "przegrane")} {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string DealsClosingShown(DealsClosingShown o) =>
        o.Deals.Count == 0
            ? $"Żadna otwarta szansa nie ma zamknięcia w okresie {Period(o.First, o.Last)}."
            : string.Join('\n', o.Deals.Select(r => $"• {r.Name} · {Stage(r.Stage)} · zamknięcie {Day(r.CloseDate, o.Today)}"
                + (r.Amount is { } amount ? $" · {Money(amount)}" : "")
                + (r.Owner is null ? "" : $" · {r.Owner}")));

    public override string? DealsClosingShownTitle(DealsClosingShown o) =>
        o.Deals.Count == 0 ? null : $"Szanse do zamknięcia {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string PipelineShown(PipelineShown o)
    {
        if (o.Stage is { } only)
        {
            if (o.Deals.Count == 0)
            {
                return $"{Pipeline(o.Whose)}: brak szans na etapie „{Stage(only)}”.";
            }

            var more = o.Deals.Count > 15 ? $"\n…i jeszcze {o.Deals.Count - 15}" : "";
            return string.Join('\n', o.Deals.Take(15).Select(r => "• " + PipelineLine(r, o.Team, o.Today))) + more;
        }

        if (o.Deals.Count == 0)
        {
            return $"{Pipeline(o.Whose)}: brak otwartych szans. Zacznij: „nowa szansa Contoso upgrade 40 tys. zł”.";
        }

        return string.Join('\n', o.Deals.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g =>
        {
            var names = g.Take(5).Select(r => o.Team ? $"{r.Name} ({r.Owner})" : r.Name);
            var rest = g.Count() > 5 ? $", +{g.Count() - 5}" : "";
            return $"{Stage(g.Key)} ({g.Count()}{Total(g)}): {string.Join(", ", names)}{rest}";
        }));
    }

    public override string? PipelineShownTitle(PipelineShown o) => o.Deals.Count == 0
        ? null
        : o.Stage is { } only
            ? $"{Pipeline(o.Whose)} — etap „{Stage(only)}”: {o.Deals.Count}" + Total(o.Deals)
            : $"{Pipeline(o.Whose)}: {Quantity(Counted.OpenDeal, o.Deals.Count)}{Total(o.Deals)}";

    public override string PipelineHidden(PipelineHidden o) => o.OtherRep
        ? "W tym zespole lejki innych handlowców widzą tylko menedżerowie. Napisz „mój lejek”, żeby zobaczyć swój."
        : "W tym zespole lejek zespołu widzą tylko menedżerowie. Swój zobaczysz, pisząc „mój lejek”.";

    public override string NoMemberCalled(NoMemberCalled o) => $"W Twoim zespole nie ma nikogo o imieniu {o.Name}.";

    private static string OwnedBy(string? owner) => owner is null ? "" : $" (właściciel: {owner})";

    private string Period(DateOnly first, DateOnly last) => $"{ShortDate(first)} – {ShortDate(last)}";

    private static string Pipeline(Whose whose) =>
        whose.Rep is { } rep ? $"Lejek: {rep}" : whose.Team is { } team ? $"Lejek zespołu {team}" : "Twój lejek";

    private string Total(IEnumerable<PipelineShown.Line> rows)
    {
        var total = MoneyTotals(rows.Select(r => (r.Amount?.Amount, r.Amount?.Currency)));
        return total.Length == 0 ? "" : $", {total}";
    }

    private string PipelineLine(PipelineShown.Line r, bool team, DateOnly today)
    {
        var parts = new List<string> { r.Name };
        if (!r.Name.Contains(r.Account, StringComparison.OrdinalIgnoreCase))
        {
            parts[0] += $" ({r.Account})";
        }

        if (r.Amount is { } amount)
        {
            parts.Add(Money(amount));
        }

        if (r.CloseDate is { } close)
        {
            parts.Add($"zamknięcie {Day(close, today)}");
        }

        if (team)
        {
            parts.Add(r.Owner);
        }

        return string.Join(" · ", parts);
    }
}

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

    public override string? ClosedDealsShownTitle(ClosedDealsShown o) =>
        o.Deals.Count == 0 ? null : $"Szanse {(o.Stage == DealStage.Won ? "wygrane" : "przegrane")} {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string? DealsClosingShownTitle(DealsClosingShown o) =>
        o.Deals.Count == 0 ? null : $"Szanse do zamknięcia {Period(o.First, o.Last)}: {o.Deals.Count}";

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

    protected override string ClosesOn(DateOnly day, DateOnly today) => $"zamknięcie {Day(day, today)}";

    protected override string AndMore(int count) => $"…i jeszcze {count}";

    protected override string NoClosedDeals(ClosedDealsShown o) => $"Brak {(o.Stage == DealStage.Won ? "wygranych" : "przegranych")} szans w okresie {Period(o.First, o.Last)}.";

    protected override string NoDealsClosing(DealsClosingShown o) => $"Żadna otwarta szansa nie ma zamknięcia w okresie {Period(o.First, o.Last)}.";

    protected override string NoDealsInStage(Whose whose, DealStage stage) => $"{Pipeline(whose)}: brak szans na etapie „{Stage(stage)}”.";

    protected override string PipelineEmpty(Whose whose) => $"{Pipeline(whose)}: brak otwartych szans. Zacznij: „nowa szansa Contoso upgrade 40 tys. zł”.";
}

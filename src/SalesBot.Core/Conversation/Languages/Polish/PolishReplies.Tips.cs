using SalesBot.Core.Features.Tips;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string TipShared(TipShared o) => o.Posted
        ? "✓ Porada udostępniona na kanale zespołu. Reakcje zespołu ustalą jej miejsce."
        : "✓ Porada zapisana. Zespół nie ma jeszcze podłączonego kanału, więc nie została opublikowana.";

    public override string HowToShareTip(HowToShareTip o) => "Napisz na przykład „porada: zawsze wysyłaj agendę dzień wcześniej”.";

    public override string TipPost(string author, string text) => $"💡 Porada ({author}): {text}";

    public override string TipSummary(string text) => $"poradę „{text}”";

    public override string BestTipsTitle(BestTips o) => "Najlepsze porady zespołu";

    public override string BestTips(BestTips o) => o.Tips.Count == 0
        ? "Nie ma jeszcze porad. Podziel się, np. „porada: zawsze wysyłaj agendę dzień wcześniej”."
        : string.Join('\n', o.Tips.Select((t, i) => TipLine(i + 1, t)));

    public override string TopTipsHeader() => "Najbardziej lubiane porady tygodnia:";

    public override string TipLine(int rank, RankedTip tip) =>
        $"{rank}. {tip.Author}: {tip.Text} ({Plural(tip.Reactions, "reakcja", "reakcje", "reakcji")})";
}

using SalesBot.Core.Features.Tips;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string TipShared(TipShared o) => o.Posted
        ? "✓ Совет опубликован в канале команды. Его место определят реакции команды."
        : "✓ Совет сохранён. У команды ещё нет подключённого канала, поэтому он не опубликован.";

    public override string HowToShareTip(HowToShareTip o) => "Напишите, например, «совет: всегда отправляй повестку накануне».";

    public override string TipPost(string author, string text) => $"💡 Совет ({author}): {text}";

    public override string TipSummary(string text) => $"совет «{text}»";

    public override string BestTipsTitle(BestTips o) => "Лучшие советы команды";

    public override string BestTips(BestTips o) => o.Tips.Count == 0
        ? "Советов пока нет. Поделитесь, например: «совет: всегда отправляй повестку накануне»."
        : string.Join('\n', o.Tips.Select((t, i) => TipLine(i + 1, t)));

    public override string TopTipsHeader() => "Самые популярные советы недели:";

    public override string TipLine(int rank, RankedTip tip) =>
        $"{rank}. {tip.Author}: {tip.Text} ({Plural(tip.Reactions, "реакция", "реакции", "реакций")})";
}

using SalesBot.Core.Features.Tips;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string TipShared(TipShared o) => o.Posted
        ? "✓ Tip shared in the team's channel. The team's reactions rank it."
        : "✓ Tip saved. The team has no channel connected yet, so it is not posted.";

    public override string HowToShareTip(HowToShareTip o) => "Say it like \"tip: always send the agenda the day before\".";

    public override string TipPost(string author, string text) => $"💡 Tip from {author}: {text}";

    public override string TipSummary(string text) => $"the tip \"{text}\"";

    public override string BestTipsTitle(BestTips o) => "The team's best tips";

    public override string BestTips(BestTips o) => o.Tips.Count == 0
        ? "No tips yet. Share one like \"tip: always send the agenda the day before\"."
        : string.Join('\n', o.Tips.Select((t, i) => TipLine(i + 1, t)));

    public override string TopTipsHeader() => "Most-liked tips of the week:";

    public override string TipLine(int rank, RankedTip tip) =>
        $"{rank}. {tip.Author}: {tip.Text} ({tip.Reactions} {(tip.Reactions == 1 ? "reaction" : "reactions")})";
}

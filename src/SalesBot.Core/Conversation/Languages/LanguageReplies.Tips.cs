using SalesBot.Core.Features.Tips;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>Tips: shared with the team's channel, ranked by its reactions (Features/Tips).</summary>
public abstract partial class LanguageReplies
{
    /// <summary>"✓ Tip shared in the team's channel."; saved only when the team has no channel.</summary>
    public abstract string TipShared(TipShared o);

    public abstract string HowToShareTip(HowToShareTip o);

    /// <summary>The channel post: "💡 Tip from Anna: always send the agenda the day before".</summary>
    public abstract string TipPost(string author, string text);

    /// <summary>What undo names: "the tip \"always send ...\"".</summary>
    public abstract string TipSummary(string text);

    public abstract string BestTipsTitle(BestTips o);

    /// <summary>The list, or the line saying nobody has shared a tip yet.</summary>
    public abstract string BestTips(BestTips o);

    /// <summary>The digest's heading of the week's most-liked tips.</summary>
    public abstract string TopTipsHeader();

    /// <summary>One ranked tip: "1. Anna: always send the agenda the day before (5 reactions)".</summary>
    public abstract string TipLine(int rank, RankedTip tip);
}

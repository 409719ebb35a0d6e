using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tips;

/// <summary>The team's best tips, most reacted first; empty when nobody shared one yet.</summary>
public sealed record BestTips(IReadOnlyList<RankedTip> Tips) : Outcome
{
    public override string Render(LanguageReplies words) => words.BestTips(this);

    public override string? Title(LanguageReplies words) => Tips.Count == 0 ? null : words.BestTipsTitle(this);
}

/// <summary>"best tips" (anyone on the team): the team's tips ranked by its reactions, not by who shared them.</summary>
public static class ShowBestTips
{
    /// <summary>How many a listing shows.</summary>
    public const int Listed = 5;

    public static async Task<TurnResult> HandleAsync(Turn turn, CancellationToken ct) =>
        new(new BestTips(await TipRanking.TopAsync(turn.Db, turn.Team.Id, null, null, Listed, minReactions: 0, ct)));
}

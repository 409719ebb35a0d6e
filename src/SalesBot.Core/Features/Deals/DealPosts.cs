using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>
/// The one-line channel posts deal changes produce, in the team's language. Amounts only in the
/// variant the team may choose to show.
/// </summary>
internal static class DealPosts
{
    public static void StageMoved(Turn turn, Deal deal, DealStage from)
    {
        var words = TeamLanguage(turn);
        var name = Label(deal);
        var amount = deal.Amount is null ? "" : $", {words.Money(deal.Amount, deal.Currency)}";
        var (evt, text) = deal.Stage switch
        {
            DealStage.Won => (ChannelEvents.Won, words.PostWon(turn.Member.Name, name)),
            DealStage.Lost => (ChannelEvents.Lost, words.PostLost(turn.Member.Name, name)),
            _ => (ChannelEvents.StageMove, words.PostMoved(turn.Member.Name, name, from, deal.Stage)),
        };
        turn.Posts.Add(new TeamPost(evt, text, text + amount));
    }

    public static void Created(Turn turn, Deal deal, Account account)
    {
        var words = TeamLanguage(turn);
        var name = deal.Name.Contains(account.Name, StringComparison.OrdinalIgnoreCase) ? deal.Name : $"{deal.Name} ({account.Name})";
        var text = words.PostOpened(turn.Member.Name, name, deal.Stage);
        var amount = deal.Amount is null ? "" : $", {words.Money(deal.Amount, deal.Currency)}";
        turn.Posts.Add(new TeamPost(ChannelEvents.NewDeal, text, text + amount));
    }

    /// <summary>Channel posts speak the team's language, whoever wrote the change.</summary>
    private static LanguageReplies TeamLanguage(Turn turn) => ReplyPacks.For(turn.Team.Language);

    private static string Label(Deal deal) =>
        deal.Account is { } account && !deal.Name.Contains(account.Name, StringComparison.OrdinalIgnoreCase)
            ? $"{deal.Name} ({account.Name})"
            : deal.Name;
}

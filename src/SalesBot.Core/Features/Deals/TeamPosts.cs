using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>The one-line channel posts deal changes produce. Amounts only in the variant the team may choose to show.</summary>
internal static class DealPosts
{
    public static void StageMoved(Turn turn, Deal deal, DealStage from)
    {
        var name = Label(deal);
        var amount = deal.Amount is null ? "" : $", {Format.Money(deal.Amount, deal.Currency)}";
        var (evt, text) = deal.Stage switch
        {
            DealStage.Won => (ChannelEvents.Won, $"🏆 {turn.Member.Name} won {name}"),
            DealStage.Lost => (ChannelEvents.Lost, $"{turn.Member.Name} lost {name}"),
            _ => (ChannelEvents.StageMove, $"{turn.Member.Name} moved {name}: {from} → {deal.Stage}"),
        };
        turn.Posts.Add(new TeamPost(evt, text, text + amount));
    }

    public static void Created(Turn turn, Deal deal, Account account)
    {
        var name = deal.Name.Contains(account.Name, StringComparison.OrdinalIgnoreCase) ? deal.Name : $"{deal.Name} ({account.Name})";
        var text = $"🆕 {turn.Member.Name} opened {name}, {deal.Stage}";
        var amount = deal.Amount is null ? "" : $", {Format.Money(deal.Amount, deal.Currency)}";
        turn.Posts.Add(new TeamPost(ChannelEvents.NewDeal, text, text + amount));
    }

    private static string Label(Deal deal) =>
        deal.Account is { } account && !deal.Name.Contains(account.Name, StringComparison.OrdinalIgnoreCase)
            ? $"{deal.Name} ({account.Name})"
            : deal.Name;
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>What a deal change checks first: a closed deal is re-staged only on Yes; another rep's deal is named as theirs.</summary>
internal static class DealGuards
{
    /// <summary>"Litware is Won. Move it to Lost? [Yes] [No]": a won or lost deal changes stage only when the member says so.</summary>
    public static async Task<TurnResult?> AskBeforeRestagingAsync(Turn turn, Deal deal, DealStage to, CancellationToken ct)
    {
        if (!deal.Stage.IsClosed() || to == deal.Stage || (turn.Pins.Confirmed && turn.Pins.DealId == deal.Id))
        {
            return null;
        }

        return await Questions.AskYesNoAsync(turn, turn.Command, Questions.ReopenField, new AskReopen(deal.Name, deal.Stage, to),
            deal.Id, ButtonWord.Yes, ButtonWord.No, ct);
    }

    /// <summary>The owner's name when the deal is someone else's, else null.</summary>
    public static async Task<string?> OtherOwnerAsync(Turn turn, Deal deal, CancellationToken ct) =>
        deal.OwnerId == turn.Member.Id
            ? null
            : await turn.Db.Members.AsNoTracking().Where(m => m.Id == deal.OwnerId).Select(m => m.Name).FirstOrDefaultAsync(ct);
}

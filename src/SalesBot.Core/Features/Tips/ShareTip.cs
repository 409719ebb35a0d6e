using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Tips;

/// <summary>"✓ Tip shared in the team's channel." / saved only, when the team has no channel.</summary>
public sealed record TipShared(bool Posted) : Outcome
{
    public override string Render(LanguageReplies words) => words.TipShared(this);
}

/// <summary>"tip:" with nothing after it.</summary>
public sealed record HowToShareTip : Outcome
{
    public override string Render(LanguageReplies words) => words.HowToShareTip(this);
}

/// <summary>
/// "tip: always send the agenda the day before" (anyone on the team): stored, and posted to the team's channel with
/// its author through the outbox like every channel post. The post carries the write's journal entry, which is how
/// a reaction on it finds the tip (<see cref="CountTipReaction"/>) and how undo withdraws both.
/// </summary>
public static class ShareTip
{
    /// <summary>Longer tips are cut here (the column's length).</summary>
    public const int MaxLength = 1000;

    /// <param name="Text">The tip as written after its head.</param>
    public sealed record Command(string? Text)
    {
        public static Command From(ParsedCommand p) => new(p.Title);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var text = cmd.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new TurnResult(new HowToShareTip());
        }

        text = text.Length > MaxLength ? text[..MaxLength] : text;
        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteTip(text));
        turn.Db.Tips.Add(new Tip { TeamId = turn.Team.Id, MemberId = turn.Member.Id, Text = text, CreatedAt = turn.Now, JournalEntryId = journal.Id });

        // Any channel that hears something hears tips; a team that silenced its channel ("channel events none") does not.
        var posted = turn.Team.ChannelEvents != ChannelEvents.None
            && await turn.Db.ChannelBindings.AnyAsync(b => b.TeamId == turn.Team.Id && b.IsActive, ct);
        var words = ReplyPacks.For(turn.Team.Language);
        turn.Posts.Add(new TeamPost(ChannelEvents.All, words.TipPost(turn.Member.Name, text)));
        return new TurnResult(new TipShared(posted));
    }
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Administration;

/// <summary>"away until Dec 2" / "back": no plan prompts or nags while away.</summary>
public static class SetAway
{
    public sealed record Command(bool Away, DateOnly? Until)
    {
        /// <summary>"away until Friday" or "I'm back".</summary>
        public static Command From(ParsedCommand p) => p.Intent == Intent.SetBack ? new(false, null) : new(true, p.Date);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var member = turn.Member;
        var (status, awayUntil) = (member.Status, member.AwayUntil);
        var journal = await turn.StartJournalAsync(ct);
        var words = ReplyPacks.For(member.Language, turn.Command.Language, turn.Team.Language);
        if (!cmd.Away)
        {
            member.Status = MemberStatus.Active;
            member.AwayUntil = null;
            journal.Record(new WroteBack());
            JournalChanges.Add(journal, c => c.Members.Add(new MemberBefore(member.Id, status, awayUntil, member.Status, member.AwayUntil)));
            return new TurnResult(new WelcomeBack(member.Name));
        }

        member.Status = MemberStatus.Away;
        member.AwayUntil = cmd.Until is { } until && until >= turn.Today ? until : null;
        journal.Record(new WroteAway(member.AwayUntil, turn.Today));
        JournalChanges.Add(journal, c => c.Members.Add(new MemberBefore(member.Id, status, awayUntil, member.Status, member.AwayUntil)));
        return new TurnResult(new AwaySet(member.AwayUntil, turn.Today));
    }
}

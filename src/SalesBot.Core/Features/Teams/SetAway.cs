using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Teams;

/// <summary>"away until Dec 2" / "back": no plan prompts or nags while away.</summary>
public static class SetAway
{
    public sealed record Command(bool Away, DateOnly? Until)
    {
        /// <summary>"away until Friday" or "I'm back".</summary>
        public static Command From(ParsedCommand p) => p.Intent == Intent.SetBack ? new(false, null) : new(true, p.Date);
    }

    public static Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        _ = ct;
        if (!cmd.Away)
        {
            turn.Member.Status = MemberStatus.Active;
            turn.Member.AwayUntil = null;
            return Task.FromResult(new TurnResult($"Welcome back, {turn.Member.Name}! Prompts and reminders are on again."));
        }

        turn.Member.Status = MemberStatus.Away;
        turn.Member.AwayUntil = cmd.Until is { } until && until >= turn.Today ? until : null;
        var text = turn.Member.AwayUntil is { } last
            ? $"✓ Away until {Format.Day(last, turn.Today)}: no prompts or nags until then. Enjoy!"
            : "✓ Away: no prompts or nags until you send \"back\".";
        return Task.FromResult(new TurnResult(text));
    }
}

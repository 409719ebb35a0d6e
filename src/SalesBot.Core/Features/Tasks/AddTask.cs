using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"remind me to call Kevin on Friday": a task for the sender, linked to an account when one is named and known.</summary>
public static class AddTask
{
    public sealed record Command(string Title, DateOnly? Due, TimeOnly? At, string? Account)
    {
        public static Command? From(ParsedCommand p) =>
            (p.Title ?? p.Notes) is { Length: > 0 } title ? new Command(title, p.Date, p.Time, p.Account) : null;
    }

    /// <summary>A reminder without what to be reminded of.</summary>
    public static TurnResult Missing() => new(new ArgumentMissing(Intent.AddTask));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        int? accountId = null;
        if (!string.IsNullOrWhiteSpace(cmd.Account))
        {
            var match = await AccountResolver.FindAsync(turn.Db, turn.Team.Id, cmd.Account, ct);
            accountId = match.Best?.Id;
        }

        var journal = await turn.StartJournalAsync(ct);
        var title = Format.Clip(Format.CleanName(cmd.Title, 500), 500);
        var task = new TaskItem
        {
            TeamId = turn.Team.Id,
            OwnerId = turn.Member.Id,
            Title = title,
            Due = cmd.Due,
            DueTime = cmd.At,
            AccountId = accountId,
            CreatedAt = turn.Now,
            SourceMessageId = turn.SourceMessageId,
            JournalEntryId = journal.Id,
        };
        turn.Db.Tasks.Add(task);
        journal.Record(new WroteTask(title));

        var open = 1 + await turn.Db.Tasks.CountAsync(x => x.OwnerId == turn.Member.Id && x.DoneAt == null, ct);
        return new TurnResult(new TaskAdded(title, cmd.Due, cmd.At, turn.Today, open));
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Activities;

/// <summary>"when did we last speak to litware", "who talked to Fabrikam last?": the latest activity with the account.</summary>
public static class ShowLastContact
{
    public sealed record Command(string Account)
    {
        public static Command? From(ParsedCommand p) => (p.Account ?? p.Deal) is { Length: > 0 } a ? new Command(a) : null;
    }

    public static TurnResult Missing() => new(new ArgumentMissing(Intent.LastContact));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var resolved = await Resolve.AccountAsync(turn, cmd.Account, mayCreate: false, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var account = resolved.Record!;
        var last = await turn.Db.Activities.AsNoTracking().Where(a => a.AccountId == account.Id)
            .OrderByDescending(a => a.HappenedOn).ThenByDescending(a => a.Id)
            .Select(a => new { a.Type, a.HappenedOn, Member = a.Member!.Name, Contact = a.Contact == null ? null : a.Contact.Name, a.Notes })
            .FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return new TurnResult($"Nobody has logged anything with {account.Name} yet.");
        }

        return new TurnResult($"{last.Member} had the last contact with {account.Name}: {Format.WithArticle(Format.Noun(last.Type))}"
            + (last.Contact is null ? "" : $" with {last.Contact}") + $", {Format.Ago(last.HappenedOn, turn.Today)} ({last.HappenedOn:MMM d})"
            + (string.IsNullOrWhiteSpace(last.Notes) ? "." : $": {Format.Clip(last.Notes, 120)}"));
    }
}

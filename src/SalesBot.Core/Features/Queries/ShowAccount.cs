using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Queries;

/// <summary>"show Contoso": the account's dossier: open deals, the last activities and who did them, contacts, open tasks.</summary>
public static class ShowAccount
{
    public sealed record Command(string Account)
    {
        public static Command? From(ParsedCommand p) => (p.Account ?? p.Deal) is { Length: > 0 } a ? new Command(a) : null;
    }

    public static TurnResult Missing() => new(new ArgumentMissing(Intent.ShowAccount));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var resolved = await Resolve.AccountAsync(turn, cmd.Account, mayCreate: false, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var account = resolved.Record!;
        var deals = await turn.Db.Deals.AsNoTracking()
            .Where(d => d.AccountId == account.Id && d.Stage != DealStage.Won && d.Stage != DealStage.Lost)
            .Select(d => new { d.Name, d.Stage, d.Amount, d.Currency, d.OwnerId, Owner = d.Owner!.Name })
            .ToListAsync(ct);
        var activities = await turn.Db.Activities.AsNoTracking()
            .Where(a => a.AccountId == account.Id)
            .OrderByDescending(a => a.HappenedOn).ThenByDescending(a => a.Id)
            .Take(5)
            .Select(a => new { a.Id, a.Type, a.HappenedOn, Member = a.Member!.Name, Contact = a.Contact == null ? null : a.Contact.Name, a.Notes })
            .ToListAsync(ct);
        var activityIds = activities.Select(a => a.Id).ToList();
        var participants = (await turn.Db.ActivityParticipants.AsNoTracking().Where(p => activityIds.Contains(p.ActivityId))
                .Join(turn.Db.Members, p => p.MemberId, m => m.Id, (p, m) => new { p.ActivityId, m.Name })
                .ToListAsync(ct))
            .GroupBy(p => p.ActivityId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Name).Order(StringComparer.Ordinal)));
        var contacts = await turn.Db.Contacts.AsNoTracking().Where(c => c.AccountId == account.Id).OrderBy(c => c.Name).Select(c => c.Name).Take(10).ToListAsync(ct);
        var tasks = await turn.Db.Tasks.AsNoTracking()
            .Where(t => t.AccountId == account.Id && t.DoneAt == null)
            .OrderBy(t => t.Due)
            .Select(t => new { t.Title, t.Due, Owner = t.Owner!.Name })
            .Take(5)
            .ToListAsync(ct);

        var lines = new List<string>();
        lines.Add(deals.Count == 0
            ? "Open deals: none"
            : "Open deals: " + string.Join("; ", deals.Select(d => $"{d.Name}, {d.Stage}" + (turn.AmountOf(d.Amount, d.Currency, d.OwnerId) is { } amount ? $", {amount}" : "") + $" ({d.Owner})")));
        if (activities.Count == 0)
        {
            lines.Add("No activities yet.");
        }
        else
        {
            lines.Add("Last activities:");
            lines.AddRange(activities.Select(a =>
                $"• {Format.Noun(a.Type)}" + (a.Contact is null ? "" : $" with {a.Contact}") + $" by {a.Member}"
                + (participants.TryGetValue(a.Id, out var with) ? $" and {with}" : "") + $", {Format.Ago(a.HappenedOn, turn.Today)}"
                + (string.IsNullOrWhiteSpace(a.Notes) ? "" : $": {Format.Clip(a.Notes, 80)}")));
        }

        if (contacts.Count > 0)
        {
            lines.Add("Contacts: " + string.Join(", ", contacts));
        }

        if (tasks.Count > 0)
        {
            lines.Add("Open tasks: " + string.Join("; ", tasks.Select(t => t.Title + (t.Due is { } d ? $" ({Format.Day(d, turn.Today)})" : "") + $" – {t.Owner}")));
        }

        return new TurnResult(string.Join('\n', lines)) { Title = new Said(account.Name) };
    }
}

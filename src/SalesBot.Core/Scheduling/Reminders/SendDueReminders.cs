using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Tasks;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Scheduling.Reminders;

public enum ReminderOutcome
{
    Sent,
    /// <summary>Sent after its minute because no host was running then (within the grace window), marked late.</summary>
    SentLate,
    /// <summary>The ledger already had it: another host or an earlier run sent it.</summary>
    AlreadySent,
    /// <summary>The owner has no private chat the bot can write to; recorded so it is not retried every minute.</summary>
    Unreachable,
}

/// <summary>
/// Sends "remind me to call Kevin today at 15:20" at 15:20 in the team's zone, to the owner's private
/// chat, with [Done] and [Tomorrow]. The same ledger as scheduled posts (decision 0040): the ledger row
/// (kind Reminder, key task id and due minute) and the outbox row are written in one transaction, so a
/// restart or a second host never sends twice, and a reminder missed while the host was down still goes
/// out within the grace window. A task moved to another time has a new key and reminds again.
/// </summary>
public sealed class SendDueReminders(IDbContextFactory<SalesBotDb> dbs, TimeProvider clock, ScheduledPostOptions options)
{
    public sealed record Result(int TaskId, string Key, ReminderOutcome Outcome);

    private sealed record Due(TaskItem Task, DateTimeOffset At, string Key, TeamCalendar Calendar, string Language);

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.General);

    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The ledger key of a task's reminder at its current due minute.</summary>
    public static string KeyOf(int taskId, DateOnly due, TimeOnly at) =>
        string.Create(CultureInfo.InvariantCulture, $"task:{taskId}:{due:yyyy-MM-dd}T{at:HH:mm}");

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var results = new List<Result>();
        foreach (var due in await DueAsync(now, ct))
        {
            results.Add(new Result(due.Task.Id, due.Key, await SendAsync(due, now, ct)));
        }

        return results;
    }

    /// <summary>Open tasks whose minute is in (now - grace window, now] and that the ledger does not hold, oldest first.</summary>
    private async Task<List<Due>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Any zone is within a day of UTC: a three-day window of due dates covers every team.
        var first = DateOnly.FromDateTime((now - options.GraceWindow).UtcDateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.DoneAt == null && t.Due != null && t.DueTime != null && t.Due >= first && t.Due <= last)
            .ToListAsync(ct);
        if (tasks.Count == 0)
        {
            return [];
        }

        var teamIds = tasks.Select(t => t.TeamId).Distinct().ToList();
        var zones = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.TimeZone, t.WorkingDays, t.Language }).ToDictionaryAsync(t => t.Id, ct);
        var due = new List<Due>();
        foreach (var task in tasks)
        {
            if (!zones.TryGetValue(task.TeamId, out var team) || !TimeZones.TryFind(team.TimeZone, out var zone))
            {
                continue;
            }

            var calendar = new TeamCalendar(zone, team.WorkingDays, []);
            var at = calendar.ToInstant(task.Due!.Value, task.DueTime!.Value);
            // A reminder set after its own time was already answered by the confirmation; it is not sent late.
            if (at <= now && now - at <= options.GraceWindow && task.CreatedAt <= at)
            {
                due.Add(new Due(task, at, KeyOf(task.Id, task.Due.Value, task.DueTime.Value), calendar, team.Language));
            }
        }

        var keys = due.Select(d => d.Key).ToList();
        var sent = (await db.ScheduledPosts.AsNoTracking()
                .Where(p => p.Kind == ScheduledPostKind.Reminder && keys.Contains(p.Key))
                .Select(p => p.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return due.Where(d => !sent.Contains(d.Key)).OrderBy(d => d.At).ToList();
    }

    private async Task<ReminderOutcome> SendAsync(Due due, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var owner = await db.Members.AsNoTracking().Include(m => m.Identities).SingleOrDefaultAsync(m => m.Id == due.Task.OwnerId, ct);
        var late = now - due.At > options.LateAfter;
        var time = due.Task.DueTime!.Value;
        // A private note: the owner's language, else the team's.
        var words = ReplyPacks.For(owner?.Language, due.Language);
        var message = new OutgoingMessage(late ? $"{due.Task.Title}\n{words.Reports.LateNote(time)}" : due.Task.Title)
        {
            Title = words.Reports.ReminderTitle(time),
            Buttons =
            [
                new ReplyButton(words.Button(ButtonWord.Done), ReminderButtons.Done(due.Task.Id)),
                new ReplyButton(words.Button(ButtonWord.Tomorrow), ReminderButtons.Tomorrow(due.Task.Id)),
            ],
        };
        var outbox = owner is null ? null : PrivateChat(owner) is { } chat
            ? new OutboxMessage
            {
                Channel = chat.Channel,
                ChatId = chat.ChatId,
                Address = chat.Address,
                Kind = OutboxKind.Reminder,
                Body = JsonSerializer.Serialize(message, BodyJson),
                TeamId = due.Task.TeamId,
                MemberId = owner.Id,
                DedupKey = $"remind:{due.Key}",
                CreatedAt = now,
                NotBefore = now,
            }
            : null;

        await _writer.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (outbox is not null)
            {
                db.Outbox.Add(outbox);
                await db.SaveChangesAsync(ct);
            }

            db.ScheduledPosts.Add(new ScheduledPost
            {
                TeamId = due.Task.TeamId,
                Kind = ScheduledPostKind.Reminder,
                Key = due.Key,
                Recipient = $"member:{due.Task.OwnerId}",
                DueAt = due.At,
                PostedAt = now,
                IsLate = late,
                OutboxMessageId = outbox?.Id,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Whatever the provider's constraint error looks like: if the ledger holds it now, someone else sent it.
            await using var check = await dbs.CreateDbContextAsync(ct);
            if (await check.ScheduledPosts.AnyAsync(p => p.Kind == ScheduledPostKind.Reminder && p.Key == due.Key, ct))
            {
                return ReminderOutcome.AlreadySent;
            }

            throw;
        }
        finally
        {
            _writer.Release();
        }

        return outbox is null ? ReminderOutcome.Unreachable : late ? ReminderOutcome.SentLate : ReminderOutcome.Sent;
    }

    private sealed record Chat(ChannelKind Channel, string ChatId, string? Address);

    /// <summary>The owner's private chat, on whichever messenger knows one.</summary>
    private static Chat? PrivateChat(Member m) =>
        m.PrivateChat() is { PrivateChatId: { } chat } identity ? new Chat(identity.Channel, chat, identity.Address) : null;
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Reports.Standup;

namespace SalesBot.Core.Scheduling;

public enum PublishOutcome
{
    /// <summary>Written to the outbox now.</summary>
    Posted,
    /// <summary>Written to the outbox after its time (catch-up), marked late.</summary>
    PostedLate,
    /// <summary>The ledger already had it: another host or an earlier run posted it.</summary>
    AlreadyPosted,
    /// <summary>Nothing of that kind is due that day (weekend, holiday, not the digest day).</summary>
    NotDue,
    /// <summary>Its time passed longer ago than the grace window.</summary>
    TooLate,
    NoTeam,
}

/// <summary>
/// Builds one scheduled post (stand-up, digest, plan prompts, task notes) and hands it to the outbox
/// exactly once: the ledger row (unique team, kind, key, recipient) and the outbox rows are written in
/// one transaction, so a second host or a second run fails on the ledger and backs off.
/// </summary>
public sealed class PublishScheduledPost(IDbContextFactory<SalesBotDb> dbs, TimeProvider clock, ScheduledPostOptions options)
{
    public const string ChannelRecipient = "channel";
    public const string TeamRecipient = "team";

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.General);

    // One writer at a time in this process: SQLite has a single write lock, and threads contending for
    // it wait in the busy handler for far longer than the writes take. Reports are still built in parallel.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Publishes the post of <paramref name="kind"/> for the team's local <paramref name="day"/>.</summary>
    public async Task<PublishOutcome> PublishAsync(int teamId, ScheduledPostKind kind, DateOnly day, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return PublishOutcome.NoTeam;
        }

        var calendar = await StandupLoader.LoadCalendarAsync(db, teamId, team.TimeZone, team.WorkingDays, ct);
        var slot = ScheduleSlots.On(TeamSchedule.Of(team), calendar, kind, day);
        if (slot is null)
        {
            return PublishOutcome.NotDue;
        }

        var now = clock.GetUtcNow();
        if (now - slot.DueAt > options.GraceWindow)
        {
            return PublishOutcome.TooLate;
        }

        return await PublishSlotAsync(db, team, calendar, slot, checkLedger: true, ct);
    }

    /// <summary>Publishes what a trigger fired for: the team's local day of <paramref name="firedFor"/> (the trigger's scheduled time) decides the key.</summary>
    public async Task<PublishOutcome> PublishFiredAsync(int teamId, ScheduledPostKind kind, DateTimeOffset firedFor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zone = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.TimeZone).SingleOrDefaultAsync(ct);
        if (zone is null)
        {
            return PublishOutcome.NoTeam;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(firedFor, TimeZones.FindOrUtc(zone)).DateTime);
        return await PublishAsync(teamId, kind, day, ct);
    }

    /// <summary>Publishes a slot already known to be due and missing from the ledger (the catch-up computed it).</summary>
    public async Task<PublishOutcome> PublishAsync(ScheduleSlot slot, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == slot.TeamId, ct);
        if (team is null)
        {
            return PublishOutcome.NoTeam;
        }

        var calendar = await StandupLoader.LoadCalendarAsync(db, team.Id, team.TimeZone, team.WorkingDays, ct);
        // The ledger was read a moment ago; a post that slipped in since then fails on the unique index below.
        return await PublishSlotAsync(db, team, calendar, slot, checkLedger: false, ct);
    }

    private async Task<PublishOutcome> PublishSlotAsync(SalesBotDb db, Team team, TeamCalendar calendar, ScheduleSlot slot, bool checkLedger, CancellationToken ct)
    {
        if (checkLedger && await IsInLedgerAsync(db, slot, ct))
        {
            return PublishOutcome.AlreadyPosted;
        }

        var now = clock.GetUtcNow();
        var late = now - slot.DueAt > options.LateAfter;
        var lateNote = late ? ReplyPacks.For(team.Language).Reports.LateNote(TimeOnly.FromDateTime(calendar.LocalDateTime(slot.DueAt))) : null;

        var posts = await BuildAsync(db, team, calendar, slot, lateNote, now, ct);
        var outbox = posts.Select(p => new OutboxMessage
        {
            Channel = p.To.Channel,
            ChatId = p.To.ChatId,
            ThreadId = p.To.ThreadId,
            Address = p.To.Address,
            Kind = OutboxKindOf(slot.Kind),
            Body = JsonSerializer.Serialize(p.Message, BodyJson),
            TeamId = team.Id,
            MemberId = p.To.MemberId,
            BindingId = p.To.BindingId,
            DedupKey = $"sched:{team.Id}:{slot.Kind}:{slot.Key}:{p.To.Recipient}",
            CreatedAt = now,
            NotBefore = now,
        }).ToList();

        await _writer.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Outbox.AddRange(outbox);
            await db.SaveChangesAsync(ct);
            var batch = slot.Kind is ScheduledPostKind.Standup or ScheduledPostKind.WeeklyDigest ? ChannelRecipient : TeamRecipient;
            db.ScheduledPosts.Add(Ledger(slot, batch, now, late,
                outbox.Zip(posts).FirstOrDefault(x => x.Second.To.MemberId is null).First?.Id));
            db.ScheduledPosts.AddRange(outbox.Zip(posts)
                .Where(x => x.Second.To.MemberId is not null)
                .Select(x => Ledger(slot, x.Second.To.Recipient, now, late, x.First.Id)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Provider-neutral: whatever the constraint error looks like, if the ledger now holds the
            // post, someone else wrote it first. Anything else is a real failure.
            await using var check = await dbs.CreateDbContextAsync(ct);
            if (await IsInLedgerAsync(check, slot, ct))
            {
                return PublishOutcome.AlreadyPosted;
            }

            throw;
        }
        finally
        {
            _writer.Release();
        }

        return late ? PublishOutcome.PostedLate : PublishOutcome.Posted;
    }

    private static Task<bool> IsInLedgerAsync(SalesBotDb db, ScheduleSlot slot, CancellationToken ct) =>
        db.ScheduledPosts.AsNoTracking().AnyAsync(p => p.TeamId == slot.TeamId && p.Kind == slot.Kind && p.Key == slot.Key, ct);

    private static ScheduledPost Ledger(ScheduleSlot slot, string recipient, DateTimeOffset now, bool late, long? outboxId) => new()
    {
        TeamId = slot.TeamId,
        Kind = slot.Kind,
        Key = slot.Key,
        Recipient = recipient,
        DueAt = slot.DueAt,
        PostedAt = now,
        IsLate = late,
        OutboxMessageId = outboxId,
    };

    private static OutboxKind OutboxKindOf(ScheduledPostKind kind) => kind switch
    {
        ScheduledPostKind.Standup => OutboxKind.Standup,
        ScheduledPostKind.WeeklyDigest => OutboxKind.Digest,
        ScheduledPostKind.PlanPrompt or ScheduledPostKind.PlanReminder => OutboxKind.PlanPrompt,
        _ => OutboxKind.TaskNote,
    };

    private static async Task<List<Post>> BuildAsync(
        SalesBotDb db, Team team, TeamCalendar calendar, ScheduleSlot slot, string? lateNote, DateTimeOffset now, CancellationToken ct)
    {
        var posts = new List<Post>();
        // Channel posts and the team's scheduled notes speak the team's language.
        var words = ReplyPacks.For(team.Language);
        switch (slot.Kind)
        {
            case ScheduledPostKind.Standup:
            {
                var row = new StandupTeamRow(team.Id, team.Name, team.TimeZone, team.StandupTime) { WorkingDays = team.WorkingDays };
                var data = await StandupLoader.LoadAsync(db, row, calendar, slot.LocalDate, ct);
                var message = StandupMessage.Render(StandupBuilder.Build(data, slot.LocalDate), team.ShowAmountsInChannel, lateNote, words);
                posts.AddRange((await ChannelsAsync(db, team.Id, ct)).Select(to => new Post(to, message)));
                break;
            }

            case ScheduledPostKind.WeeklyDigest:
            {
                IsoWeek.TryParse(slot.Key, out var week);
                var data = await KpiLoader.LoadAsync(db, team.Id, week, slot.LocalDate, ct);
                var digest = KpiBuilder.Build(data!);
                var won = await Reports.Charts.DigestChartLoader.LoadWonAsync(db, team.Id, week, ct);
                // The channel gets the digest unless a manager turned it off; reps' own lines only when the team shares figures.
                if (team.DigestInChannel)
                {
                    var channelMessage = team.Visibility == TeamVisibility.Everyone
                        ? DigestMessage.Render(digest, team.ShowAmountsInChannel, lateNote, words)
                            with { Chart = Reports.Charts.DigestChart.From(digest, won, team.ShowAmountsInChannel, words) }
                        : DigestMessage.RenderTeamOnly(digest, team.ShowAmountsInChannel, lateNote, words);
                    posts.AddRange((await ChannelsAsync(db, team.Id, ct)).Select(to => new Post(to, channelMessage)));
                }

                var managerMessage = DigestMessage.Render(digest, showAmounts: true, lateNote, words)
                    with { Chart = Reports.Charts.DigestChart.From(digest, won, showAmounts: true, words) };
                var managers = await db.Members.AsNoTracking().Include(m => m.Identities).Where(m => m.TeamId == team.Id && m.Role == MemberRole.Manager).ToListAsync(ct);
                posts.AddRange(managers.Select(Private).OfType<Destination>().Select(to => new Post(to, managerMessage)));
                break;
            }

            case ScheduledPostKind.PlanPrompt:
            {
                var planned = await db.DailyPlans.AsNoTracking().Where(p => p.TeamId == team.Id && p.Date == slot.LocalDate)
                    .Select(p => p.MemberId).ToListAsync(ct);
                foreach (var rep in await RepsToNudgeAsync(db, team.Id, slot.LocalDate, ct))
                {
                    if (!planned.Contains(rep.Id) && Private(rep) is { } to)
                    {
                        posts.Add(new Post(to, words.PlanPrompt(rep.Name.Split(' ')[0])));
                    }
                }

                break;
            }

            // Once the stand-up is out (the host was down), asking for its plan is noise.
            case ScheduledPostKind.PlanReminder when now < slot.DueAt.AddMinutes(ScheduleSlots.PlanReminderMinutesBefore):
            {
                // Once, to those the prompt reached before now and who have not answered it (nor gone away since). A prompt
                // that itself went out late (the host was down) is not chased a moment later.
                var prompted = await db.ScheduledPosts.AsNoTracking()
                    .Where(p => p.TeamId == team.Id && p.Kind == ScheduledPostKind.PlanPrompt && p.Key == slot.Key && p.OutboxMessageId != null
                        && p.PostedAt < slot.DueAt)
                    .Select(p => p.Recipient).ToListAsync(ct);
                var planned = await db.DailyPlans.AsNoTracking().Where(p => p.TeamId == team.Id && p.Date == slot.LocalDate)
                    .Select(p => p.MemberId).ToListAsync(ct);
                foreach (var rep in await RepsToNudgeAsync(db, team.Id, slot.LocalDate, ct))
                {
                    if (prompted.Contains($"member:{rep.Id}") && !planned.Contains(rep.Id) && Private(rep) is { } to)
                    {
                        posts.Add(new Post(to, ReplyPacks.For(rep.Language, team.Language).Reports.PlanPromptAgain(rep.Name.Split(' ')[0])));
                    }
                }

                break;
            }

            case ScheduledPostKind.TaskNote:
            {
                var tasks = await db.Tasks.AsNoTracking()
                    .Where(t => t.TeamId == team.Id && t.DoneAt == null && (t.Due == null || t.Due <= slot.LocalDate))
                    .OrderBy(t => t.Due == null).ThenBy(t => t.Due).ThenBy(t => t.DueTime).ThenBy(t => t.Id)
                    .Select(t => new { t.OwnerId, t.Title, t.Due }).ToListAsync(ct);
                var byOwner = tasks.ToLookup(t => t.OwnerId);
                foreach (var rep in await RepsToNudgeAsync(db, team.Id, slot.LocalDate, ct))
                {
                    var mine = byOwner[rep.Id].ToList();
                    if (mine.Count == 0 || Private(rep) is not { } to)
                    {
                        continue;
                    }

                    // Dated first (the query's order), then the undated ones, which otherwise appear nowhere.
                    var lines = mine.Select(t => t.Due is null
                        ? words.Reports.UndatedTask(t.Title)
                        : t.Due == slot.LocalDate ? words.TaskToday(t.Title) : words.TaskOverdueSince(t.Title, t.Due.Value));
                    posts.Add(new Post(to, new OutgoingMessage(string.Join('\n', lines)) { Title = words.TasksForTodayTitle() }));
                }

                break;
            }

            default:
                break;
        }

        return posts;
    }

    /// <summary>Reps who get private nudges today: not away, and still reachable in a private chat.</summary>
    private static async Task<List<Member>> RepsToNudgeAsync(SalesBotDb db, int teamId, DateOnly day, CancellationToken ct)
    {
        var reps = await db.Members.AsNoTracking().Include(m => m.Identities).Where(m => m.TeamId == teamId && m.Role == MemberRole.Rep).ToListAsync(ct);
        return reps.Where(m => !m.IsAwayOn(day)).ToList();
    }

    private static async Task<List<Destination>> ChannelsAsync(SalesBotDb db, int teamId, CancellationToken ct) =>
        (await db.ChannelBindings.AsNoTracking().Where(b => b.TeamId == teamId && b.IsActive).OrderBy(b => b.Id).ToListAsync(ct))
        .Select(b => new Destination(b.Channel, b.ChatId, b.ThreadId, b.Address, null, b.Id, $"binding:{b.Id}"))
        .ToList();

    /// <summary>A member's private chat, on whichever messenger knows one.</summary>
    private static Destination? Private(Member m) => m.PrivateChat() is { PrivateChatId: { } chat } identity
        ? new Destination(identity.Channel, chat, null, identity.Address, m.Id, null, $"member:{m.Id}")
        : null;

    private sealed record Destination(ChannelKind Channel, string ChatId, string? ThreadId, string? Address, int? MemberId, int? BindingId, string Recipient);

    private sealed record Post(Destination To, OutgoingMessage Message);
}

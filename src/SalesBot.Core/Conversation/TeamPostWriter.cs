using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Puts a turn's team posts in the outbox for every active channel bound to the team, honouring the
/// team's choice of events, its quiet hours (the post waits until they end, in the team's zone) and
/// whether amounts may show in the channel.
/// </summary>
public static class TeamPostWriter
{
    /// <summary>Writes the turn's posts; a write's posts carry its journal entry, so undoing it can withdraw them.</summary>
    public static async Task WriteAsync(Turn turn, CancellationToken ct)
    {
        var keyBase = turn.Journal is { } journal ? $"post:{journal.Id}:" : $"post:{turn.Message.Channel}:{InboxKeys.Of(turn.Message)}:";
        var posts = turn.Posts.Where(p => (turn.Team.ChannelEvents & p.Event) != 0).ToList();
        if (posts.Count == 0)
        {
            return;
        }

        var bindings = await turn.Db.ChannelBindings.AsNoTracking().Where(b => b.TeamId == turn.Team.Id && b.IsActive).ToListAsync(ct);
        if (bindings.Count == 0)
        {
            return;
        }

        var notBefore = AfterQuietHours(turn.Team, turn.Now, turn.Zone);
        var n = 0;
        foreach (var post in posts)
        {
            n++;
            var text = turn.Team.ShowsAmountsIn(ChatKind.Group) && post.TextWithAmount is not null ? post.TextWithAmount : post.Text;
            var body = JsonSerializer.Serialize(new OutgoingMessage(text));
            foreach (var binding in bindings)
            {
                await turn.Rows.InsertAsync(new OutboxMessage
                {
                    Channel = binding.Channel,
                    ChatId = binding.ChatId,
                    ThreadId = binding.ThreadId,
                    Address = binding.Address,
                    Kind = OutboxKind.TeamPost,
                    Body = body,
                    TeamId = turn.Team.Id,
                    MemberId = turn.Member.Id,
                    BindingId = binding.Id,
                    JournalEntryId = turn.Journal?.Id,
                    DedupKey = $"{keyBase}{binding.Id}:{n}",
                    CreatedAt = turn.Now,
                    NotBefore = notBefore,
                }, ct);
            }
        }
    }

    /// <summary>Deletes a write's posts that are still waiting; true when some were already sent (the team saw them).</summary>
    public static async Task<bool> WithdrawAsync(SalesBotDb db, int journalEntryId, CancellationToken ct)
    {
        var posts = await db.Outbox.Where(o => o.JournalEntryId == journalEntryId && o.Kind == OutboxKind.TeamPost).ToListAsync(ct);
        db.Outbox.RemoveRange(posts.Where(p => p.Status == OutboxStatus.Pending));
        return posts.Any(p => p.Status != OutboxStatus.Pending);
    }

    /// <summary>The moment a post written at <paramref name="now"/> may go out: now, or the end of the quiet hours it falls in.</summary>
    public static DateTimeOffset AfterQuietHours(Team team, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (team.QuietHoursStart is not { } start || team.QuietHoursEnd is not { } end || start == end)
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var inside = start < end ? time >= start && time < end : time >= start || time < end;
        if (!inside)
        {
            return now;
        }

        var endDay = DateOnly.FromDateTime(local.DateTime);
        if (time >= end)
        {
            endDay = endDay.AddDays(1);
        }

        var endLocal = endDay.ToDateTime(end);
        // A wall time that does not exist (DST gap) moves forward an hour.
        if (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddHours(1);
        }

        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Administration;

/// <summary>
/// "/join K7P2QXM4RB": links the sender's messenger identity to a team member with a manager's one-time code.
/// Wrong codes are limited per sender and overall, so codes cannot be guessed at messenger speed; an already
/// linked member moves to a new identity only with a code the manager made with "relink".
/// </summary>
public static class JoinTeam
{
    /// <summary>Wrong codes one sender may try in <see cref="TryWindow"/>.</summary>
    public const int MaxFailuresPerSender = 5;
    /// <summary>Wrong codes all senders together may try in <see cref="TryWindow"/> (many accounts guessing at once).</summary>
    public const int MaxFailuresOverall = 50;
    public static readonly TimeSpan TryWindow = TimeSpan.FromHours(1);
    /// <summary>A stranger is told how to join once per this period; later messages are recorded, not answered.</summary>
    public static readonly TimeSpan StrangerNoticeInterval = TimeSpan.FromHours(1);

    /// <param name="Language">The language the code was sent in: names a member whose messenger gave no name.</param>
    public sealed record Command(string Code, string? Language = null)
    {
        /// <summary>A join code as the parser read it ("/join K7P2QXM4RB", "my code is ..."), or null for any other message.</summary>
        public static Command? From(ParsedCommand p) => p.Intent == Intent.Join && p.Argument is { Length: > 0 } code ? new(code, p.Language) : null;
    }

    /// <summary>What the sender is told, and the member they now are (null when the code linked no one).</summary>
    public sealed record Result(Conversation.Outcome Reply, Member? Member)
    {
        /// <summary>The reply in English.</summary>
        public string Text => Reply.Render(ReplyPacks.English);
    }

    /// <summary>The English reply once a sender has used up their tries.</summary>
    public static string TooManyTries => new JoinRefused(JoinRefusal.TooManyTries).Render(ReplyPacks.English);

    /// <param name="now">Server time: expiry and the try window never follow a time the client wrote.</param>
    public static async Task<Result> HandleAsync(SalesBotDb db, IncomingMessage msg, Member? current, Command cmd, DateTimeOffset now, CancellationToken ct)
    {
        if (current is not null)
        {
            return new Result(new AlreadyJoined(current.Name), current);
        }

        if (await TooManyFailuresAsync(db, msg, now, ct))
        {
            return new Result(new JoinRefused(JoinRefusal.TooManyTries), null);
        }

        var code = cmd.Code.Trim().ToUpperInvariant();
        var join = await db.JoinCodes.FirstOrDefaultAsync(j => j.Code == code, ct);
        if (join is null || join.UsedAt is not null || join.ExpiresAt <= now)
        {
            return await FailedAsync(db, msg, now, new JoinRefused(JoinRefusal.CodeDoesNotWork), ct);
        }

        var team = await db.Teams.FirstAsync(t => t.Id == join.TeamId, ct);
        var member = join.MemberId is { } id ? await db.Members.Include(m => m.Identities).FirstOrDefaultAsync(m => m.Id == id && m.TeamId == team.Id, ct) : null;
        if (member is not null && IsLinked(member) && !join.Relink)
        {
            return await FailedAsync(db, msg, now, new JoinRefused(JoinRefusal.MemberAlreadyLinked, member.Name), ct);
        }

        if (member is null)
        {
            var name = Conversation.Replies.Format.CleanName(string.IsNullOrWhiteSpace(msg.SenderName) ? ReplyPacks.For(cmd.Language).NewMemberName() : msg.SenderName, 80);
            var key = CompanyName.NormalizePlain(name);
            var taken = await db.Members.AnyAsync(m => m.TeamId == team.Id && m.NormalizedName == key, ct);
            if (taken)
            {
                name = $"{name} {code[..2]}";
                key = CompanyName.NormalizePlain(name);
            }

            member = new Member { TeamId = team.Id, Name = name, NormalizedName = key, Role = join.Role, JoinedAt = now };
            db.Members.Add(member);
        }
        else if (join.Relink)
        {
            // The record moves: the old accounts stop being this member.
            foreach (var old in member.Identities.ToList())
            {
                member.Identities.Remove(old);
                db.ChannelIdentities.Remove(old);
            }
        }

        Identity.Link(member, msg);
        join.UsedAt = now;
        return new Result(new Joined(team.Name, member.Name), member);
    }

    public static bool IsLinked(Member member) =>
        member.Identities.Any(i => i.UserId is not null || i.DirectoryId is not null);

    /// <summary>
    /// Whether a sender who is no member gets the "ask your manager" explanation now: once per
    /// <see cref="StrangerNoticeInterval"/>, so a stranger (or a script) cannot make the bot write without end.
    /// </summary>
    public static async Task<bool> MayTellStrangerAsync(SalesBotDb db, IncomingMessage msg, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(msg.SenderId))
        {
            // Nothing to key a limit on, and a row could not hold it: a sender without an id is always told.
            return true;
        }

        var since = now - StrangerNoticeInterval;
        if (await db.SenderEvents.AnyAsync(e => e.Kind == SenderEventKind.StrangerTold && e.Channel == msg.Channel && e.SenderId == msg.SenderId && e.At > since, ct))
        {
            return false;
        }

        db.SenderEvents.Add(new SenderEvent { Channel = msg.Channel, SenderId = msg.SenderId, Kind = SenderEventKind.StrangerTold, At = now });
        return true;
    }

    private static async Task<bool> TooManyFailuresAsync(SalesBotDb db, IncomingMessage msg, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - TryWindow;
        var failures = db.SenderEvents.Where(e => e.Kind == SenderEventKind.JoinFailed && e.At > since);
        return await failures.CountAsync(e => e.Channel == msg.Channel && e.SenderId == msg.SenderId, ct) >= MaxFailuresPerSender
            || await failures.CountAsync(ct) >= MaxFailuresOverall;
    }

    private static async Task<Result> FailedAsync(SalesBotDb db, IncomingMessage msg, DateTimeOffset now, JoinRefused refused, CancellationToken ct)
    {
        db.SenderEvents.Add(new SenderEvent { Channel = msg.Channel, SenderId = msg.SenderId, Kind = SenderEventKind.JoinFailed, At = now });
        await db.SaveChangesAsync(ct);
        return new Result(refused, null);
    }
}

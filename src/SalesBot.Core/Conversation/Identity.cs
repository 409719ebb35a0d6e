using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Who sent a message: the member whose <see cref="ChannelIdentity"/> on the message's messenger has the sender's id, or
/// the one a manager registered by the sender's directory id (then the user id and the private chat are learned).
/// Console: "NAME" or "TEAM/NAME".
/// </summary>
public static class Identity
{
    /// <param name="Problem">Why the sender could not be told apart, said instead of the stranger notice.</param>
    public sealed record Found(Member? Member, Outcome? Problem);

    public static async Task<Found> FindAsync(SalesBotDb db, IncomingMessage msg, CancellationToken ct)
    {
        // An absent id must never match the members whose id for this channel is absent too.
        if (string.IsNullOrWhiteSpace(msg.SenderId))
        {
            return new Found(null, null);
        }

        if (msg.Channel == ChannelKind.Console)
        {
            return await FindConsoleAsync(db, msg.SenderId, ct);
        }

        var member = await HotQueries.MemberByIdentity(db, msg.Channel, msg.SenderId, ct);
        if (member is null && !string.IsNullOrEmpty(msg.SenderDirectoryId))
        {
            member = await db.Members.Include(m => m.Team).Include(m => m.Identities)
                .FirstOrDefaultAsync(m => m.Identities.Any(i => i.Channel == msg.Channel && i.DirectoryId == msg.SenderDirectoryId), ct);
        }

        return new Found(member, null);
    }

    /// <summary>The terminal's sender is a name, which must point at one member.</summary>
    private static async Task<Found> FindConsoleAsync(SalesBotDb db, string senderId, CancellationToken ct)
    {
        var (teamName, name) = SplitConsoleSender(senderId);
        var key = CompanyName.NormalizePlain(name);
        var query = db.Members.Include(m => m.Team).Include(m => m.Identities).Where(m => m.NormalizedName == key);
        if (teamName is not null)
        {
            var teamKey = CompanyName.NormalizePlain(teamName);
            query = query.Where(m => m.Team!.NormalizedName == teamKey);
        }

        var members = await query.OrderBy(m => m.Id).Take(2).ToListAsync(ct);
        return members.Count switch
        {
            1 => new Found(members[0], null),
            0 => new Found(null, null),
            _ => new Found(null, new SeveralMembersCalled(name)),
        };
    }

    /// <summary>"North/Anna" is Anna of team North; "Anna" is Anna of whichever team has her.</summary>
    public static (string? Team, string Name) SplitConsoleSender(string senderId)
    {
        var slash = senderId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (senderId[..slash], senderId[(slash + 1)..]) : (null, senderId);
    }

    /// <summary>Stores the identity a message carries on the member it was linked to.</summary>
    public static void Link(Member member, IncomingMessage msg)
    {
        if (msg.Channel != ChannelKind.Console)
        {
            var identity = member.IdentityOn(msg.Channel);
            if (identity is null)
            {
                identity = new ChannelIdentity { Channel = msg.Channel, MemberId = member.Id };
                member.Identities.Add(identity);
            }

            identity.UserId = msg.SenderId;
            identity.DirectoryId = msg.SenderDirectoryId ?? identity.DirectoryId;
            identity.Verified = true;
            if (msg.ChatKind == ChatKind.Private)
            {
                identity.PrivateChatId = msg.ChatId;
                identity.Address = msg.Address;
            }
            else if (msg.SenderPrivateChatId is { } privateChat && identity.PrivateChatId is null)
            {
                identity.PrivateChatId = privateChat;
            }
        }

        member.PrivateChatActive = member.PrivateChatActive || msg.ChatKind == ChatKind.Private;
    }

    /// <summary>Keeps what a message teaches us current (user id, private chat and its address), without needless writes.</summary>
    public static void Refresh(Member member, IncomingMessage msg)
    {
        if (msg.Channel != ChannelKind.Console
            && member.IdentityOn(msg.Channel) is var identity
            && (identity is null || identity.UserId != msg.SenderId || !identity.Verified
                || (msg.ChatKind == ChatKind.Private && (identity.PrivateChatId != msg.ChatId || identity.Address != msg.Address))))
        {
            Link(member, msg);
        }

        if (msg.ChatKind == ChatKind.Private && !member.PrivateChatActive)
        {
            member.PrivateChatActive = true;
        }
    }
}

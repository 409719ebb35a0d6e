using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Who sent a message. Telegram: the numeric user id. Teams: the "29:..." user id, or the Entra object id a
/// manager registered (then the user id and the 1:1 conversation are learned). Console: "NAME" or "TEAM/NAME".
/// </summary>
public static class Identity
{
    public sealed record Found(Member? Member, string? Problem);

    public static async Task<Found> FindAsync(SalesBotDb db, IncomingMessage msg, CancellationToken ct)
    {
        // An absent id must never match the members whose id for this channel is absent too.
        if (string.IsNullOrWhiteSpace(msg.SenderId))
        {
            return new Found(null, null);
        }

        switch (msg.Channel)
        {
            case ChannelKind.Telegram:
                if (!long.TryParse(msg.SenderId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var telegramId))
                {
                    return new Found(null, null);
                }

                return new Found(await HotQueries.MemberByTelegram(db, telegramId, ct), null);

            case ChannelKind.Teams:
                var member = await db.Members.Include(m => m.Team).FirstOrDefaultAsync(m => m.TeamsUserId == msg.SenderId, ct);
                if (member is null && !string.IsNullOrEmpty(msg.SenderAadObjectId))
                {
                    member = await db.Members.Include(m => m.Team).FirstOrDefaultAsync(m => m.AadObjectId == msg.SenderAadObjectId, ct);
                }

                return new Found(member, null);

            default:
                var (teamName, name) = SplitConsoleSender(msg.SenderId);
                var key = CompanyName.NormalizePlain(name);
                var query = db.Members.Include(m => m.Team).Where(m => m.NormalizedName == key);
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
                    _ => new Found(null, $"Several teams have a member called {name}; start the chat with --team TEAM."),
                };
        }
    }

    /// <summary>"North/Anna" is Anna of team North; "Anna" is Anna of whichever team has her.</summary>
    public static (string? Team, string Name) SplitConsoleSender(string senderId)
    {
        var slash = senderId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (senderId[..slash], senderId[(slash + 1)..]) : (null, senderId);
    }

    /// <summary>Stores the identities a message carries on the member it was linked to.</summary>
    public static void Link(Member member, IncomingMessage msg)
    {
        switch (msg.Channel)
        {
            case ChannelKind.Telegram when long.TryParse(msg.SenderId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                member.TelegramUserId = id;
                break;
            case ChannelKind.Teams:
                member.TeamsUserId = msg.SenderId;
                if (!string.IsNullOrEmpty(msg.SenderAadObjectId))
                {
                    member.AadObjectId = msg.SenderAadObjectId;
                }

                if (msg.ChatKind == ChatKind.Private)
                {
                    member.TeamsConversationId = msg.ChatId;
                    member.TeamsServiceUrl = msg.ServiceUrl;
                }

                break;
        }

        member.PrivateChatActive = member.PrivateChatActive || msg.ChatKind == ChatKind.Private;
    }

    /// <summary>Keeps what a Teams message teaches us current (user id, 1:1 conversation, serviceUrl), without needless writes.</summary>
    public static void Refresh(Member member, IncomingMessage msg)
    {
        if (msg.Channel == ChannelKind.Teams
            && (member.TeamsUserId != msg.SenderId
                || (msg.ChatKind == ChatKind.Private && (member.TeamsConversationId != msg.ChatId || member.TeamsServiceUrl != msg.ServiceUrl))))
        {
            Link(member, msg);
        }

        if (msg.ChatKind == ChatKind.Private && !member.PrivateChatActive)
        {
            member.PrivateChatActive = true;
        }
    }
}

using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Channels.Telegram;

/// <summary>A Telegram member identity from the numeric user id a manager typed (<c>member add --telegram ID</c>).</summary>
public static class TelegramIdentity
{
    /// <summary>The user's private chat with the bot has the user's id, so it is known before they write.</summary>
    public static NewIdentity Typed(long userId)
    {
        var id = userId.ToString(CultureInfo.InvariantCulture);
        return new NewIdentity(ChannelKind.Telegram, id, PrivateChatId: id);
    }
}

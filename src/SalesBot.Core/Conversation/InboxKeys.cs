using System.Security.Cryptography;
using System.Text;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The inbox key that makes a redelivery a no-op: the message id; for an edit also the new text (each distinct edit
/// is handled once); for a button also the button's data and who pressed it (in a group, someone else's press must
/// not use up the owner's).
/// </summary>
public static class InboxKeys
{
    public static string Of(IncomingMessage msg)
    {
        if (msg.Action is { Length: > 0 } action)
        {
            return $"btn:{msg.ChatId}:{msg.MessageId}:{msg.SenderId}:{action}";
        }

        if (msg.IsEdit)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(msg.Text ?? "")))[..16];
            return $"edit:{msg.ChatId}:{msg.MessageId}:{hash}";
        }

        return $"msg:{msg.ChatId}:{msg.MessageId}";
    }
}

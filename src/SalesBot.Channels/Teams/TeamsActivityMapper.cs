using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>Where a Teams conversation lives: everything needed to write into it later without an incoming message (A7).</summary>
public sealed record TeamsConversationRef(
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string? TenantId,
    string? TeamsTeamId,
    string? Title,
    string? UserId,
    string? UserAadObjectId)
{
    public bool IsPersonal => ConversationType == "personal";

    /// <summary>The fields besides the chat id and title, as <see cref="ChannelEvent.Joined.Address"/> carries them.</summary>
    public IReadOnlyDictionary<string, string?> Address() => new Dictionary<string, string?>
    {
        ["conversationType"] = ConversationType,
        ["serviceUrl"] = ServiceUrl,
        ["tenantId"] = TenantId,
        ["teamId"] = TeamsTeamId,
        ["userId"] = UserId,
        ["aadObjectId"] = UserAadObjectId,
    };

    public static TeamsConversationRef Of(string chatId, string? title, IReadOnlyDictionary<string, string?> address) => new(
        chatId,
        address.GetValueOrDefault("conversationType") ?? "personal",
        address.GetValueOrDefault("serviceUrl") ?? "",
        address.GetValueOrDefault("tenantId"),
        address.GetValueOrDefault("teamId"),
        title,
        address.GetValueOrDefault("userId"),
        address.GetValueOrDefault("aadObjectId"));

    public static TeamsConversationRef Of(ChannelEvent.Joined joined) => Of(joined.ChatId, joined.Title, joined.Address);

    public static TeamsConversationRef Of(ChannelEvent.Left left) => Of(left.ChatId, left.Title, left.Address);
}

/// <summary>
/// Turns a Bot Framework activity into the <see cref="ChannelEvent"/> every messenger's mapper returns. Pure: no I/O,
/// no clock beyond the fallback time it is given. Rules from PROTOCOLS.md A2, A3 and A7.
/// </summary>
public static partial class TeamsActivityMapper
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>Everything one activity asks: one event, or one per reaction of a messageReaction.</summary>
    public static IReadOnlyList<ChannelEvent> MapAll(TeamsActivity activity, DateTimeOffset receivedAt) =>
        activity.Type == "messageReaction" && activity.Conversation?.Id is { Length: > 0 } && activity.ServiceUrl is { Length: > 0 }
            ? MapReactions(activity, receivedAt)
            : [Map(activity, receivedAt)];

    /// <summary>The one event an activity asks for (a messageReaction with several reactions: its first; see <see cref="MapAll"/>).</summary>
    public static ChannelEvent Map(TeamsActivity activity, DateTimeOffset receivedAt)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } || activity.ServiceUrl is not { Length: > 0 })
        {
            return new ChannelEvent.Ignored("no conversation or serviceUrl");
        }

        return activity.Type switch
        {
            "message" => MapMessage(activity, receivedAt, isEdit: false),
            "messageUpdate" when activity.ChannelData?.EventType is null or "editMessage" => MapMessage(activity, receivedAt, isEdit: true),
            "installationUpdate" => activity.Action switch
            {
                "add" => Joined(activity, greet: true),
                "add-upgrade" => Joined(activity, greet: false),
                "remove" => Left(Reference(activity)),
                _ => new ChannelEvent.Ignored($"installationUpdate {activity.Action}"),
            },
            "messageReaction" => MapReactions(activity, receivedAt)[0],
            "conversationUpdate" when ContainsBot(activity.MembersAdded, activity) => Joined(activity, greet: true),
            "conversationUpdate" when ContainsBot(activity.MembersRemoved, activity) => Left(Reference(activity)),
            _ => new ChannelEvent.Ignored($"activity type {activity.Type}"),
        };
    }

    private static ChannelEvent.Joined Joined(TeamsActivity activity, bool greet)
    {
        var c = Reference(activity);
        return new(c.ConversationId, c.IsPersonal ? ChatKind.Private : ChatKind.Group, c.Title, greet)
        {
            Address = c.Address(),
            SenderId = activity.From?.Id,
            SenderDirectoryId = activity.From?.AadObjectId,
            SenderLanguage = activity.Locale,
            ChatAddress = TeamsAddress.Of(c.ServiceUrl, c.TenantId),
        };
    }

    private static ChannelEvent.Left Left(TeamsConversationRef c) =>
        new(c.ConversationId, c.IsPersonal ? ChatKind.Private : ChatKind.Group, c.Title) { Address = c.Address() };

    /// <summary>
    /// Removes the bot's own mention (found through entities, never through the text, which users can edit)
    /// and unwraps other mentions to their names, inserting a space where Teams glued the next word on.
    /// </summary>
    public static string StripMentions(string? text, IReadOnlyList<Entity>? entities, string? botId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var mention in entities ?? [])
        {
            if (mention.Type == "mention" && mention.Text is { Length: > 0 } mentionText
                && string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, m =>
        {
            var next = m.Index + m.Length;
            // Teams glues the next word on ("<at>Tom</at>is"); punctuation after a name stays attached.
            var needsSpace = next < text.Length && char.IsLetterOrDigit(text[next]);
            return m.Groups["name"].Value + (needsSpace ? " " : "");
        });
        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    private static ChannelEvent MapMessage(TeamsActivity activity, DateTimeOffset receivedAt, bool isEdit)
    {
        var from = activity.From;
        if (from?.Id is not { Length: > 0 } || activity.Id is not { Length: > 0 })
        {
            return new ChannelEvent.Ignored("message without sender or id");
        }

        if (string.Equals(from.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase))
        {
            return new ChannelEvent.Ignored("the bot's own message");
        }

        var action = SubmitAction(activity.Value);
        var conversation = activity.Conversation!;
        var isGroup = conversation.ConversationType is "channel" or "groupChat" || conversation.IsGroup == true;

        // In channels and group chats the bot answers only when addressed (A3); a card submit is addressed by nature.
        if (isGroup && action is null && !MentionsBot(activity))
        {
            return new ChannelEvent.Ignored("group message without a mention of the bot");
        }

        var text = StripMentions(activity.Text, activity.Entities, activity.Recipient?.Id);
        if (text.Length == 0 && action is null)
        {
            return new ChannelEvent.Ignored("empty message");
        }

        var (chatId, threadId) = SplitThread(conversation.Id!);
        var incoming = new IncomingMessage(
            ChannelKind.Teams,
            chatId,
            isGroup ? ChatKind.Group : ChatKind.Private,
            from.Id,
            from.Name ?? "",
            text,
            activity.Id,
            activity.Timestamp ?? receivedAt)
        {
            IsEdit = isEdit,
            Action = action,
            SenderDirectoryId = from.AadObjectId,
            ThreadId = threadId,
            Address = TeamsAddress.Of(activity.ServiceUrl, TenantOf(activity), activity.ChannelData?.Team?.Id),
            ChatTitle = activity.ChannelData?.Channel?.Name ?? conversation.Name ?? activity.ChannelData?.Team?.Name,
        };
        // A card's Action.Submit is a pressed button; Teams wants no receipt for it.
        return action is null ? new ChannelEvent.Message(incoming) : new ChannelEvent.Button(incoming, Receipt: null);
    }

    /// <summary>A messageReaction (reactionsAdded / reactionsRemoved on the message replyToId names) as one event per reaction.</summary>
    private static IReadOnlyList<ChannelEvent> MapReactions(TeamsActivity activity, DateTimeOffset receivedAt)
    {
        if (activity.From?.Id is not { Length: > 0 } from || activity.ReplyToId is not { Length: > 0 } reacted)
        {
            return [new ChannelEvent.Ignored("a reaction without a sender or a message")];
        }

        var (chatId, _) = SplitThread(activity.Conversation!.Id!);
        var at = activity.Timestamp ?? receivedAt;
        var events = (activity.ReactionsAdded ?? []).Select(r => (r.Type, Added: true))
            .Concat((activity.ReactionsRemoved ?? []).Select(r => (r.Type, Added: false)))
            .Where(r => !string.IsNullOrEmpty(r.Type))
            .Select(r => (ChannelEvent)new ChannelEvent.Reaction(new IncomingReaction(ChannelKind.Teams, chatId, reacted, from, r.Type!, r.Added, at)))
            .ToList();
        return events.Count > 0 ? events : [new ChannelEvent.Ignored("a messageReaction without reactions")];
    }

    /// <summary>Channel messages arrive as "19:...@thread.tacv2;messageid=ROOT": the channel plus the thread it is in.</summary>
    public static (string ChatId, string? ThreadId) SplitThread(string conversationId)
    {
        var at = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (conversationId, null) : (conversationId[..at], conversationId[(at + ThreadMarker.Length)..]);
    }

    /// <summary>The conversation to post into: the thread when there is one, else the chat or channel itself.</summary>
    public static string JoinThread(string chatId, string? threadId) =>
        string.IsNullOrEmpty(threadId) || chatId.Contains(ThreadMarker, StringComparison.OrdinalIgnoreCase)
            ? chatId
            : chatId + ThreadMarker + threadId;

    private static string? SubmitAction(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        if (v.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String)
        {
            return a.GetString();
        }

        return v.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("action", out var da) && da.ValueKind == JsonValueKind.String
            ? da.GetString()
            : null;
    }

    private static bool MentionsBot(TeamsActivity activity) =>
        activity.Entities?.Any(e => e.Type == "mention"
            && string.Equals(e.Mentioned?.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true;

    private static bool ContainsBot(IReadOnlyList<ChannelAccount>? members, TeamsActivity activity) =>
        members?.Any(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true;

    private static string? TenantOf(TeamsActivity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;

    private static TeamsConversationRef Reference(TeamsActivity activity)
    {
        var conversation = activity.Conversation!;
        var (chatId, _) = SplitThread(conversation.Id!);
        var type = conversation.ConversationType
            ?? (activity.ChannelData?.Team is not null ? "channel" : conversation.IsGroup == true ? "groupChat" : "personal");
        var personal = type == "personal";
        return new TeamsConversationRef(
            chatId,
            type,
            activity.ServiceUrl!,
            TenantOf(activity),
            activity.ChannelData?.Team?.Id,
            activity.ChannelData?.Channel?.Name ?? activity.ChannelData?.Team?.Name ?? conversation.Name,
            personal ? activity.From?.Id : null,
            personal ? activity.From?.AadObjectId : null);
    }

    [GeneratedRegex("<at(?:\\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}

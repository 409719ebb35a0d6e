using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SalesBot.Channels.Telegram;

/// <summary>The bot's own account (from getMe): needed to tell commands, mentions and replies meant for it.</summary>
public sealed record TelegramBotIdentity(long Id, string Username);

/// <summary>
/// Turns a Bot API update (Telegram.Bot's types) into what the conversation engine understands. Private chats pass every
/// text through. Groups follow privacy mode: only /commands (bare or addressed to this bot; another
/// bot's are ignored), mentions of the bot and replies to the bot's own messages, with the
/// "@botname" stripped so the parser sees "/log call Contoso" or "logged a call with Contoso".
/// The result is the <see cref="ChannelEvent"/>s every messenger's mapper returns; an update not for us is one <see cref="ChannelEvent.Ignored"/>.
/// </summary>
public static partial class MapTelegramUpdate
{
    private static readonly IReadOnlyList<ChannelEvent> NotForUs = [new ChannelEvent.Ignored("not for the bot")];

    public static IReadOnlyList<ChannelEvent> Map(Update update, TelegramBotIdentity bot, DateTimeOffset now)
    {
        if (update.Message is { } message)
        {
            return FromMessage(message, bot, isEdit: false);
        }

        if (update.EditedMessage is { } edited)
        {
            return FromMessage(edited, bot, isEdit: true);
        }

        if (update.CallbackQuery is { } callback)
        {
            return FromCallback(callback, now);
        }

        if (update.MyChatMember is { } membership)
        {
            return FromMembership(membership);
        }

        if (update.MessageReaction is { } reaction)
        {
            return FromReaction(reaction);
        }

        return [new ChannelEvent.Ignored($"update kind {update.Type}")];
    }

    private static IReadOnlyList<ChannelEvent> FromMessage(Message message, TelegramBotIdentity bot, bool isEdit)
    {
        if (message.MigrateToChatId is { } to)
        {
            return [new ChannelEvent.Moved(Id(message.Chat.Id), Id(to))];
        }

        if (message.MigrateFromChatId is { } from)
        {
            return [new ChannelEvent.Moved(Id(from), Id(message.Chat.Id))];
        }

        // A photo of a business card with "met Kevin from Contoso" under it counts like a text.
        var written = message.Text is null && message.Caption is not null
            ? new Written(message.Caption, message.CaptionEntities)
            : new Written(message.Text, message.Entities);
        if (message.Chat.Type == ChatType.Channel || message.From is null || message.From.IsBot || string.IsNullOrWhiteSpace(written.Text))
        {
            return NotForUs;
        }

        var kind = KindOf(message.Chat);
        var text = kind == ChatKind.Private ? PrivateText(written, bot) : GroupText(message, written, bot);
        if (text is null)
        {
            return NotForUs;
        }

        if (kind == ChatKind.Private && !isEdit && IsStart(text))
        {
            // Opening the bot in Telegram is "/start": the same greeting a Teams personal install gets (GreetNewChat, in
            // the rep's language), not the engine's one-line hello. A start with a deep-link payload stays a message.
            return [new ChannelEvent.Joined(Id(message.Chat.Id), ChatKind.Private, null, Greet: true) { SenderId = Id(message.From.Id), SenderLanguage = message.From.LanguageCode, Asked = true }];
        }

        return
        [
            new ChannelEvent.Message(new IncomingMessage(
                ChannelKind.Telegram,
                Id(message.Chat.Id),
                kind,
                Id(message.From.Id),
                NameOf(message.From),
                text,
                MessageId(message),
                Time(message.EditDate ?? message.Date))
            {
                IsEdit = isEdit,
                // A Telegram user's private chat with the bot has the user's id, known even from a group message.
                SenderPrivateChatId = Id(message.From.Id),
                ThreadId = ThreadOf(message),
                ChatTitle = message.Chat.Title,
            }),
        ];
    }

    /// <summary>What the user wrote: the text, or a photo's caption, with its entities.</summary>
    private sealed record Written(string? Text, MessageEntity[]? Entities);

    /// <summary>
    /// Being added to a group greets it (<see cref="ChannelEvent.Joined.Greet"/>: how to connect it, in the language of
    /// whoever added the bot when they are a member); leaving, being kicked or blocked only changes the chat's state. A
    /// private chat is not greeted here: the user's own "/start" that follows asks for the greeting (<see cref="IsStart"/>).
    /// </summary>
    private static IReadOnlyList<ChannelEvent> FromMembership(ChatMemberUpdated membership)
    {
        var kind = KindOf(membership.Chat);
        var (chatId, title) = (Id(membership.Chat.Id), membership.Chat.Title);
        if (!IsPresent(membership.NewChatMember))
        {
            return [new ChannelEvent.Left(chatId, kind, title)];
        }

        var added = !IsPresent(membership.OldChatMember);
        var greet = added && kind == ChatKind.Group && membership.Chat.Type != ChatType.Channel && !membership.From.IsBot;
        return [new ChannelEvent.Joined(chatId, kind, title, greet) { SenderId = Id(membership.From.Id), SenderLanguage = membership.From.LanguageCode }];
    }

    /// <summary>
    /// message_reaction carries the user's whole set of reactions before and after: each one that appeared is added,
    /// each one that went is taken back. Anonymous reactions (a chat reacting, no user) count for nobody.
    /// </summary>
    private static IReadOnlyList<ChannelEvent> FromReaction(MessageReactionUpdated update)
    {
        if (update.User is not { IsBot: false } user)
        {
            return [new ChannelEvent.Ignored("a reaction without a user")];
        }

        var before = (update.OldReaction ?? []).Select(ReactionName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var after = (update.NewReaction ?? []).Select(ReactionName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var chatId = Id(update.Chat.Id);
        var messageId = $"{chatId}:{Id(update.MessageId)}";
        var at = Time(update.Date);
        var events = after.Where(r => !before.Contains(r)).Select(r => (Reaction: r, Added: true))
            .Concat(before.Where(r => !after.Contains(r)).Select(r => (Reaction: r, Added: false)))
            .Select(r => (ChannelEvent)new ChannelEvent.Reaction(new IncomingReaction(ChannelKind.Telegram, chatId, messageId, Id(user.Id), r.Reaction, r.Added, at)))
            .ToList();
        return events.Count > 0 ? events : [new ChannelEvent.Ignored("a reaction update that changed nothing")];
    }

    /// <summary>The emoji itself, or the custom emoji's id; paid stars are no reaction to a tip.</summary>
    private static string? ReactionName(ReactionType reaction) => reaction switch
    {
        ReactionTypeEmoji emoji => emoji.Emoji,
        ReactionTypeCustomEmoji custom => $"custom:{custom.CustomEmojiId}",
        _ => null,
    };

    private static IReadOnlyList<ChannelEvent> FromCallback(CallbackQuery callback, DateTimeOffset now)
    {
        // A button on an inline-mode message has no chat to answer in; SalesBot sends none. The spinner stops all the same.
        if (callback.Message is not { } message || string.IsNullOrEmpty(callback.Data) || callback.From.IsBot)
        {
            return [new ChannelEvent.Button(null, callback.Id)];
        }

        return
        [
            new ChannelEvent.Button(
                new IncomingMessage(
                    ChannelKind.Telegram,
                    Id(message.Chat.Id),
                    KindOf(message.Chat),
                    Id(callback.From.Id),
                    NameOf(callback.From),
                    "",
                    MessageId(message),
                    now)
                {
                    Action = callback.Data,
                    SenderPrivateChatId = Id(callback.From.Id),
                    ThreadId = ThreadOf(message),
                    ChatTitle = message.Chat.Title,
                },
                callback.Id),
        ];
    }

    /// <summary>In a private chat everything is for us; "/help@thisbot" is still tidied to "/help".</summary>
    private static string PrivateText(Written written, TelegramBotIdentity bot) =>
        Command(written, bot) is { } command ? command.Text : written.Text!.Trim();

    private static string? GroupText(Message message, Written written, TelegramBotIdentity bot)
    {
        if (Command(written, bot) is { } command)
        {
            return command.ForUs ? command.Text : null;
        }

        var text = written.Text!;
        var mentioned = false;
        foreach (var entity in (written.Entities ?? []).OrderByDescending(e => e.Offset))
        {
            if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > text.Length)
            {
                continue;
            }

            var isUs = entity.Type switch
            {
                MessageEntityType.Mention => string.Equals(text.Substring(entity.Offset, entity.Length), "@" + bot.Username, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == bot.Id,
                _ => false,
            };
            if (isUs)
            {
                mentioned = true;
                text = text.Remove(entity.Offset, entity.Length);
            }
        }

        if (mentioned)
        {
            return Tidy(text);
        }

        return message.ReplyToMessage?.From?.Id == bot.Id ? text.Trim() : null;
    }

    private sealed record CommandText(string Text, bool ForUs);

    /// <summary>A bot_command entity at offset 0: "/log@SalesBot call Contoso" becomes "/log call Contoso".</summary>
    private static CommandText? Command(Written written, TelegramBotIdentity bot)
    {
        var text = written.Text!;
        var entity = written.Entities?.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        if (entity is null || entity.Length > text.Length || entity.Length < 2)
        {
            return null;
        }

        var command = text[..entity.Length];
        var rest = text[entity.Length..];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new CommandText(Tidy(command + rest), ForUs: true);
        }

        var addressee = command[(at + 1)..];
        // Before the first getMe answer the username is unknown; in privacy mode Telegram only delivers "/cmd@name" to the
        // bot it names, so a command that reached us is ours.
        var forUs = string.IsNullOrEmpty(bot.Username) || string.Equals(addressee, bot.Username, StringComparison.OrdinalIgnoreCase);
        return new CommandText(Tidy(command[..at] + rest), forUs);
    }

    /// <summary>A bare "/start" (already stripped of "@thisbot"); Telegram sends it when a person opens the bot.</summary>
    private static bool IsStart(string text) => string.Equals(text, "/start", StringComparison.OrdinalIgnoreCase);

    private static string Tidy(string text) => ExtraSpaces().Replace(text, " ").Trim();

    /// <summary>Only a forum topic is echoed back; in other supergroups message_thread_id is a reply thread.</summary>
    private static string? ThreadOf(Message message) =>
        message.IsTopicMessage && message.MessageThreadId is { } thread ? Id(thread) : null;

    private static ChatKind KindOf(Chat chat) => chat.Type == ChatType.Private ? ChatKind.Private : ChatKind.Group;

    /// <summary>Still in the chat: owner, administrator, member, or restricted but not removed.</summary>
    private static bool IsPresent(ChatMember member) =>
        member is ChatMemberOwner or ChatMemberAdministrator or ChatMemberMember or ChatMemberRestricted { IsMember: true };

    private static string NameOf(User user)
    {
        var name = string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : $"{user.FirstName} {user.LastName}";
        return string.IsNullOrWhiteSpace(name) ? user.Username ?? Id(user.Id) : name.Trim();
    }

    /// <summary>"chatId:messageId": message ids are only unique within a chat.</summary>
    public static string MessageId(Message message) => $"{Id(message.Chat.Id)}:{Id(message.Id)}";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex ExtraSpaces();
}

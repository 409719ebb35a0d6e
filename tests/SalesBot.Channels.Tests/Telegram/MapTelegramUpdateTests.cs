using SalesBot.Channels.Inbox;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class MapTelegramUpdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 5, TimeSpan.Zero);

    private static IReadOnlyList<ChannelEvent> Map(string payload) => MapTelegramUpdate.Map(Payloads.Update(payload), Payloads.Bot, Now);

    /// <summary>The one message for the engine the update carries, or null.</summary>
    private static IncomingMessage? MessageOf(IReadOnlyList<ChannelEvent> events) =>
        events.OfType<ChannelEvent.Message>().SingleOrDefault()?.Incoming ?? events.OfType<ChannelEvent.Button>().SingleOrDefault()?.Incoming;

    [Fact]
    public void PassesPrivateTextThroughWithSenderAndChat()
    {
        var message = MessageOf(Map("private_text"))!;

        Assert.Equal(ChannelKind.Telegram, message.Channel);
        Assert.Equal(ChatKind.Private, message.ChatKind);
        Assert.Equal("5123456789", message.ChatId);
        Assert.Equal("5123456789", message.SenderId);
        Assert.Equal("Anna Berg", message.SenderName);
        Assert.Equal("logged a call with Contoso", message.Text);
        Assert.Equal("5123456789:1204", message.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763283600), message.SentAt);
        Assert.False(message.IsEdit);
        Assert.Null(message.Action);
        Assert.Null(message.ThreadId);
    }

    [Fact]
    public void StripsTheBotNameFromAGroupCommand()
    {
        var message = MessageOf(Map("group_command_botname"))!;

        Assert.Equal(ChatKind.Group, message.ChatKind);
        Assert.Equal("-1001987654321", message.ChatId);
        Assert.Equal("/pipeline team", message.Text);
        Assert.Equal("Nordics sales", message.ChatTitle);
    }

    [Fact]
    public void IgnoresACommandAddressedToAnotherBot() =>
        Assert.Null(MessageOf(Map("group_command_other_bot")));

    [Fact]
    public void ActsOnAMentionOfTheBotWithTheMentionRemoved() =>
        Assert.Equal("logged meeting with Northwind", MessageOf(Map("group_mention"))!.Text);

    [Fact]
    public void ActsOnAReplyToTheBotsOwnMessage()
    {
        var message = MessageOf(Map("group_reply_to_bot"))!;

        Assert.Equal("the upgrade", message.Text);
        Assert.Equal("Kevin Lund", message.SenderName);
    }

    [Fact]
    public void IgnoresGroupChatterNotMeantForTheBot() =>
        Assert.IsType<ChannelEvent.Ignored>(Assert.Single(Map("group_chatter")));

    [Fact]
    public void TurnsAButtonPressIntoAnActionAndAsksForTheCallbackToBeAnswered()
    {
        var button = Assert.IsType<ChannelEvent.Button>(Assert.Single(Map("callback_query")));

        Assert.Equal("4382bfdwdsb323b2d9", button.Receipt);
        Assert.Equal("u:123", button.Incoming!.Action);
        Assert.Equal("5123456789", button.Incoming.ChatId);
        Assert.Equal("5123456789", button.Incoming.SenderId);
        Assert.Equal("5123456789:1205", button.Incoming.MessageId);
        Assert.Equal(Now, button.Incoming.SentAt);
    }

    [Fact]
    public void MarksAnEditWithTheEditedMessagesIdAndEditTime()
    {
        var message = MessageOf(Map("edited_message"))!;

        Assert.True(message.IsEdit);
        Assert.Equal("logged a call with Fabrikam", message.Text);
        Assert.Equal("5123456789:1204", message.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763283645), message.SentAt);
    }

    [Fact]
    public void ReportsTheBotBeingRemovedFromAGroupWithoutBotheringTheEngine() =>
        Assert.Equal(new ChannelEvent.Left("-1001987654321", ChatKind.Group, "Nordics sales"), Assert.Single(Map("my_chat_member_kicked")));

    [Fact]
    public void GreetsAGroupThatAddedTheBotNamingWhoeverAddedIt()
    {
        var joined = Assert.IsType<ChannelEvent.Joined>(Assert.Single(Map("my_chat_member_added")));

        Assert.Equal(("-4012345678", ChatKind.Group, "Baltics team"), (joined.ChatId, joined.Kind, joined.Title));
        Assert.True(joined.Greet);
        Assert.Equal("5123456789", joined.SenderId);
    }

    [Fact]
    public void ReportsAUserBlockingTheBotInPrivate() =>
        Assert.Equal(new ChannelEvent.Left("5123456789", ChatKind.Private, null), Assert.Single(Map("my_chat_member_blocked")));

    [Fact]
    public void MovesTheChatWhenAGroupBecomesASupergroup() =>
        Assert.Equal(new ChannelEvent.Moved("-4012345678", "-1002233445566"), Assert.Single(Map("migrate_to_chat_id")));

    [Fact]
    public void ReadsTheSameMoveFromTheSupergroupsFirstMessage() =>
        Assert.Equal(new ChannelEvent.Moved("-4012345678", "-1002233445566"), Assert.Single(Map("migrate_from_chat_id")));

    [Fact]
    public void KeepsTheForumTopicToAnswerInIt()
    {
        var message = MessageOf(Map("forum_topic_command"))!;

        Assert.Equal("/standup", message.Text);
        Assert.Equal("305", message.ThreadId);
    }

    [Fact]
    public void DoesNotTreatAReplyThreadOutsideAForumAsATopic()
    {
        var message = MessageOf(Map("group_reply_thread_not_topic"))!;

        Assert.Equal("/deal Contoso upgrade proposal", message.Text);
        Assert.Null(message.ThreadId);
    }

    [Fact]
    public void TidiesACommandForThisBotInAPrivateChat()
    {
        var update = Payloads.Update("private_text");
        update.Message!.Text = "/help@SalesBotDemoBot";
        update.Message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 21 }];

        Assert.Equal("/help", MessageOf(MapTelegramUpdate.Map(update, Payloads.Bot, Now))!.Text);
    }

    [Theory]
    [InlineData("/start", 6)]
    [InlineData("/start@SalesBotDemoBot", 22)]
    public void APrivateStartAsksForTheGreetingAnInstallGets(string text, int commandLength)
    {
        var update = Payloads.Update("private_text");
        update.Message!.Text = text;
        update.Message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = commandLength }];

        var joined = Assert.IsType<ChannelEvent.Joined>(Assert.Single(MapTelegramUpdate.Map(update, Payloads.Bot, Now)));

        Assert.Equal(("5123456789", ChatKind.Private, true, true, "5123456789", "en"), (joined.ChatId, joined.Kind, joined.Greet, joined.Asked, joined.SenderId, joined.SenderLanguage));
    }

    [Theory]
    [InlineData("/start JOIN42", "private")]
    [InlineData("/start", "group")]
    [InlineData("/started", "private")]
    public void OtherStartsStayMessagesForTheEngine(string text, string chat)
    {
        var update = Payloads.Update("private_text");
        update.Message!.Text = text;
        update.Message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ')[0].Length }];
        if (chat == "group")
        {
            update.Message.Chat = new Chat { Id = -1001987654321, Type = ChatType.Supergroup, Title = "Nordics sales" };
        }

        Assert.Equal(text, MessageOf(MapTelegramUpdate.Map(update, Payloads.Bot, Now))!.Text);
    }

    [Fact]
    public void AnEditedStartIsNoNewGreeting()
    {
        var update = Payloads.Update("private_text");
        update.EditedMessage = update.Message;
        update.Message = null;
        update.EditedMessage!.Text = "/start";
        update.EditedMessage.EditDate = update.EditedMessage.Date;

        Assert.True(MessageOf(MapTelegramUpdate.Map(update, Payloads.Bot, Now))!.IsEdit);
    }

    [Fact]
    public void IgnoresMessagesFromOtherBots()
    {
        var fromBot = Payloads.Update("group_mention");
        fromBot.Message!.From = new User { Id = 1, IsBot = true, FirstName = "Poll" };

        Assert.Null(MessageOf(MapTelegramUpdate.Map(fromBot, Payloads.Bot, Now)));
    }

    [Fact]
    public void ReadsThePhotoCaptionAsTheText() =>
        Assert.Equal("visited Woodgrove Bank, met Maria Lopez", MessageOf(Map("private_photo_caption"))!.Text);

    [Fact]
    public void MapsAMessageReactionToEachReactionAddedAndTakenBack()
    {
        var reactions = Map("message_reaction").OfType<ChannelEvent.Reaction>().Select(r => r.Incoming).ToList();

        var at = DateTimeOffset.FromUnixTimeSeconds(1763283900);
        Assert.Equal(
        [
            new IncomingReaction(ChannelKind.Telegram, "-1001987654321", "-1001987654321:88", "5123456789", "🔥", true, at),
            new IncomingReaction(ChannelKind.Telegram, "-1001987654321", "-1001987654321:88", "5123456789", "custom:5368324170671202286", true, at),
            new IncomingReaction(ChannelKind.Telegram, "-1001987654321", "-1001987654321:88", "5123456789", "👍", false, at),
        ], reactions);
    }

    [Fact]
    public void AReactionOnTheBotsPostNamesItTheWayTheOutboxRecordedItsSentMessageId()
    {
        // TelegramSender records "chatId:messageId" (the id editMessageText needs); a reaction must name the same.
        var reaction = Map("message_reaction").OfType<ChannelEvent.Reaction>().First().Incoming;

        Assert.Equal(MapTelegramUpdate.MessageId(new Message { Id = 88, Chat = new Chat { Id = -1001987654321, Type = ChatType.Supergroup } }), reaction.MessageId);
    }

    [Fact]
    public void IgnoresAnAnonymousReactionAndOneThatChangedNothing()
    {
        Assert.IsType<ChannelEvent.Ignored>(Assert.Single(Map("message_reaction_anonymous")));

        var same = Payloads.Update("message_reaction");
        same.MessageReaction!.NewReaction = same.MessageReaction.OldReaction;
        Assert.IsType<ChannelEvent.Ignored>(Assert.Single(MapTelegramUpdate.Map(same, Payloads.Bot, Now)));
    }

    [Fact]
    public void AsksTelegramForReactionsOnTheWebhookAndWhenPolling()
    {
        // Telegram leaves message_reaction out unless it is asked for by name (PROTOCOLS.md).
        Assert.Contains(UpdateType.MessageReaction, TelegramBot.AllowedUpdates);
    }
}

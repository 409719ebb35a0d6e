using SalesBot.Channels.Telegram;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class MapTelegramUpdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 5, TimeSpan.Zero);

    private static TelegramUpdateWork Map(string payload) => MapTelegramUpdate.Map(Payloads.Update(payload), Payloads.Bot, Now);

    [Fact]
    public void PassesPrivateTextThroughWithSenderAndChat()
    {
        var message = Map("private_text").Message!;

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
        var message = Map("group_command_botname").Message!;

        Assert.Equal(ChatKind.Group, message.ChatKind);
        Assert.Equal("-1001987654321", message.ChatId);
        Assert.Equal("/pipeline team", message.Text);
        Assert.Equal("Nordics sales", message.ChatTitle);
    }

    [Fact]
    public void IgnoresACommandAddressedToAnotherBot() =>
        Assert.Null(Map("group_command_other_bot").Message);

    [Fact]
    public void ActsOnAMentionOfTheBotWithTheMentionRemoved() =>
        Assert.Equal("logged meeting with Northwind", Map("group_mention").Message!.Text);

    [Fact]
    public void ActsOnAReplyToTheBotsOwnMessage()
    {
        var message = Map("group_reply_to_bot").Message!;

        Assert.Equal("the upgrade", message.Text);
        Assert.Equal("Kevin Lund", message.SenderName);
    }

    [Fact]
    public void IgnoresGroupChatterNotMeantForTheBot() =>
        Assert.Equal(TelegramUpdateWork.None, Map("group_chatter"));

    [Fact]
    public void TurnsAButtonPressIntoAnActionAndAsksForTheCallbackToBeAnswered()
    {
        var work = Map("callback_query");

        Assert.Equal("4382bfdwdsb323b2d9", work.CallbackQueryId);
        Assert.Equal("u:123", work.Message!.Action);
        Assert.Equal("5123456789", work.Message.ChatId);
        Assert.Equal("5123456789", work.Message.SenderId);
        Assert.Equal("5123456789:1205", work.Message.MessageId);
        Assert.Equal(Now, work.Message.SentAt);
    }

    [Fact]
    public void MarksAnEditWithTheEditedMessagesIdAndEditTime()
    {
        var message = Map("edited_message").Message!;

        Assert.True(message.IsEdit);
        Assert.Equal("logged a call with Fabrikam", message.Text);
        Assert.Equal("5123456789:1204", message.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763283645), message.SentAt);
    }

    [Fact]
    public void ReportsTheBotBeingRemovedFromAGroupWithoutBotheringTheEngine()
    {
        var work = Map("my_chat_member_kicked");

        Assert.Null(work.Message);
        Assert.Equal(new TelegramMembershipChange("-1001987654321", ChatKind.Group, BotIsMember: false, "Nordics sales"), work.Membership);
    }

    [Fact]
    public void GreetsAGroupThatAddedTheBotWithStartFromWhoeverAddedIt()
    {
        var work = Map("my_chat_member_added");

        Assert.Equal(new TelegramMembershipChange("-4012345678", ChatKind.Group, BotIsMember: true, "Baltics team"), work.Membership);
        Assert.Equal("/start", work.Message!.Text);
        Assert.Equal("-4012345678", work.Message.ChatId);
        Assert.Equal("5123456789", work.Message.SenderId);
        Assert.Equal(ChatKind.Group, work.Message.ChatKind);
    }

    [Fact]
    public void ReportsAUserBlockingTheBotInPrivate() =>
        Assert.Equal(new TelegramMembershipChange("5123456789", ChatKind.Private, BotIsMember: false, null), Map("my_chat_member_blocked").Membership);

    [Fact]
    public void MovesTheChatWhenAGroupBecomesASupergroup()
    {
        var work = Map("migrate_to_chat_id");

        Assert.Null(work.Message);
        Assert.Equal(new TelegramChatMigration("-4012345678", "-1002233445566"), work.Migration);
    }

    [Fact]
    public void ReadsTheSameMoveFromTheSupergroupsFirstMessage() =>
        Assert.Equal(new TelegramChatMigration("-4012345678", "-1002233445566"), Map("migrate_from_chat_id").Migration);

    [Fact]
    public void KeepsTheForumTopicToAnswerInIt()
    {
        var message = Map("forum_topic_command").Message!;

        Assert.Equal("/standup", message.Text);
        Assert.Equal("305", message.ThreadId);
    }

    [Fact]
    public void DoesNotTreatAReplyThreadOutsideAForumAsATopic()
    {
        var message = Map("group_reply_thread_not_topic").Message!;

        Assert.Equal("/deal Contoso upgrade proposal", message.Text);
        Assert.Null(message.ThreadId);
    }

    [Fact]
    public void TidiesACommandForThisBotInAPrivateChat()
    {
        var update = Payloads.Update("private_text");
        update.Message!.Text = "/help@SalesBotDemoBot";
        update.Message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 21 }];

        Assert.Equal("/help", MapTelegramUpdate.Map(update, Payloads.Bot, Now).Message!.Text);
    }

    [Fact]
    public void IgnoresMessagesFromOtherBots()
    {
        var fromBot = Payloads.Update("group_mention");
        fromBot.Message!.From = new User { Id = 1, IsBot = true, FirstName = "Poll" };

        Assert.Null(MapTelegramUpdate.Map(fromBot, Payloads.Bot, Now).Message);
    }

    [Fact]
    public void ReadsThePhotoCaptionAsTheText() =>
        Assert.Equal("visited Woodgrove Bank, met Maria Lopez", Map("private_photo_caption").Message!.Text);
}

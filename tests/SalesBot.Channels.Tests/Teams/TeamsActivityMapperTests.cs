using System.Text.Json;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Teams;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>Recorded activities (Payloads/README.md) through the mapper, as the inbox processor maps them.</summary>
public sealed class TeamsActivityMapperTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MapsAPersonalMessageToTheEngineMessageWithSenderAndConversation()
    {
        var message = Message("playground-personal-message.json");

        Assert.Equal(ChannelKind.Teams, message.Channel);
        Assert.Equal(ChatKind.Private, message.ChatKind);
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919", message.ChatId);
        Assert.Null(message.ThreadId);
        Assert.Equal("logged a call with Contoso", message.Text);
        Assert.Equal("user-id-0", message.SenderId);
        Assert.Equal("Alex Wilber", message.SenderName);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", message.SenderDirectoryId);
        Assert.Equal("4032fbb8-3bdf-437c-aef7-19b72b90c877", message.MessageId);
        Assert.Equal("http://127.0.0.1:56151/_connector", message.ServiceUrl());
        Assert.Equal("00000000-0000-0000-0000-0000000000001", message.TenantId());
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T03:52:47.353Z", System.Globalization.CultureInfo.InvariantCulture), message.SentAt);
        Assert.False(message.IsEdit);
        Assert.Null(message.Action);
    }

    [Fact]
    public void StripsTheBotMentionFromAChannelMessageAndSplitsChannelFromThread()
    {
        var message = Message("playground-channel-message-mention.json");

        Assert.Equal("connect North", message.Text);
        Assert.Equal(ChatKind.Group, message.ChatKind);
        Assert.Equal("team-id", message.ChatId);
        Assert.Equal("1795405970509", message.ThreadId);
        Assert.Equal("team-id", message.TeamsTeamId());
    }

    [Fact]
    public void KeepsOtherMentionsAsTheirNamesWithASpaceWhereTeamsGluedTheNextWordOn()
    {
        var message = Message("teams-channel-message-mention.json");

        Assert.Equal("connect North team", message.Text);
        Assert.Equal("19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2", message.ChatId);
        Assert.Equal("1763286067437", message.ThreadId);
        Assert.Equal("19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2", message.TeamsTeamId());
        Assert.Equal("Sales North", message.ChatTitle);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", message.TenantId());
        Assert.Equal("https://smba.trafficmanager.net/emea/", message.ServiceUrl());
    }

    [Fact]
    public void IgnoresAChannelMessageThatDoesNotMentionTheBot()
    {
        var json = Repo.Payload("teams-channel-message-mention.json");
        var activity = Parse(json) with { Entities = [], Text = "connect North" };

        Assert.IsType<ChannelEvent.Ignored>(TeamsActivityMapper.Map(activity, Received));
    }

    [Fact]
    public void DoesNotTrustMentionTextWithoutAMentionEntityForTheBot()
    {
        // Typed "<at>SalesBot</at>" text with an entity for someone else is not a mention of the bot.
        var activity = Parse(Repo.Payload("teams-channel-message-mention.json")) with
        {
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:someone-else" }, Text = "<at>SalesBot</at>" }],
        };

        Assert.IsType<ChannelEvent.Ignored>(TeamsActivityMapper.Map(activity, Received));
    }

    [Fact]
    public void MapsACardSubmitToTheButtonsAction()
    {
        var message = Message("playground-card-submit.json");

        Assert.Equal("u:123", message.Action);
        Assert.Equal("", message.Text);
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919", message.ChatId);
    }

    [Fact]
    public void MapsAnEditAsAnEditOfTheSameMessage()
    {
        var message = Message("teams-message-update-edit.json");

        Assert.True(message.IsEdit);
        Assert.Equal("1763286100000", message.MessageId);
        Assert.Equal("logged a meeting with Northwind", message.Text);
    }

    [Theory]
    [InlineData("playground-installation-update-add.json")]
    [InlineData("playground-conversation-update-bot-added.json")]
    public void MapsAPersonalInstallToAGreetedConversationReferenceForTheUser(string payload)
    {
        var joined = Assert.IsType<ChannelEvent.Joined>(TeamsActivityMapper.Map(Parse(Repo.Payload(payload)), Received));
        var conversation = TeamsConversationRef.Of(joined);

        Assert.True(joined.Greet);
        Assert.Equal(ChatKind.Private, joined.Kind);
        Assert.True(conversation.IsPersonal);
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919", conversation.ConversationId);
        Assert.Equal("http://127.0.0.1:56151/_connector", conversation.ServiceUrl);
        Assert.Equal("user-id-0", conversation.UserId);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", conversation.UserAadObjectId);
    }

    [Fact]
    public void MapsATeamInstallToTheSelectedChannelWithTeamAndTenant()
    {
        var conversation = TeamsConversationRef.Of(Assert.IsType<ChannelEvent.Joined>(
            TeamsActivityMapper.Map(Parse(Repo.Payload("teams-conversation-update-team-install.json")), Received)));

        Assert.False(conversation.IsPersonal);
        Assert.Equal("19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2", conversation.ConversationId);
        Assert.Equal("19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2", conversation.TeamsTeamId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", conversation.TenantId);
        Assert.Null(conversation.UserId);
    }

    [Theory]
    [InlineData("remove", typeof(ChannelEvent.Left))]
    [InlineData("add-upgrade", typeof(ChannelEvent.Joined))]
    [InlineData("something-new", typeof(ChannelEvent.Ignored))]
    public void MapsInstallationUpdateActions(string action, Type expected)
    {
        var activity = Parse(Repo.Payload("playground-installation-update-add.json")) with { Action = action };

        var inbound = TeamsActivityMapper.Map(activity, Received);

        Assert.IsType(expected, inbound);
        Assert.False(inbound is ChannelEvent.Joined { Greet: true });
    }

    [Fact]
    public void MapsAMessageReactionToOneEventPerReactionOnTheMessageItRepliesTo()
    {
        var activity = Parse(Repo.Payload("teams-message-reaction.json"));

        var reactions = TeamsActivityMapper.MapAll(activity, Received).Cast<ChannelEvent.Reaction>().Select(r => r.Incoming).ToList();

        var at = DateTimeOffset.Parse("2026-11-16T09:45:12.118Z", System.Globalization.CultureInfo.InvariantCulture);
        const string Channel = "19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2";
        const string Megan = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";
        Assert.Equal(
        [
            new IncomingReaction(ChannelKind.Teams, Channel, "1763286100000", Megan, "like", true, at),
            new IncomingReaction(ChannelKind.Teams, Channel, "1763286100000", Megan, "heart", false, at),
        ], reactions);
    }

    [Fact]
    public void IgnoresAMessageReactionWithoutTheMessageItIsOn()
    {
        var activity = Parse(Repo.Payload("teams-message-reaction.json")) with { ReplyToId = null };

        Assert.IsType<ChannelEvent.Ignored>(Assert.Single(TeamsActivityMapper.MapAll(activity, Received)));
        Assert.IsType<ChannelEvent.Ignored>(TeamsActivityMapper.Map(activity, Received));
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingTeamsAddsNextYear")]
    public void IgnoresTypesItDoesNotHandle(string type)
    {
        var activity = Parse(Repo.Payload("playground-personal-message.json")) with { Type = type };

        Assert.IsType<ChannelEvent.Ignored>(TeamsActivityMapper.Map(activity, Received));
    }

    [Theory]
    [InlineData("<at>Bot</at> hi", "hi")]
    [InlineData("<at>Bot</at>hi <at>Tom</at>is here", "hi Tom is here")]
    [InlineData("ask <at id=\"1\">Tom</at>, please", "ask Tom, please")]
    [InlineData("no mentions at all", "no mentions at all")]
    public void StripsMentionsByEntityAndUnwrapsTheRest(string text, string expected)
    {
        Entity[] entities = [new() { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>Bot</at>" }];

        Assert.Equal(expected, TeamsActivityMapper.StripMentions(text, entities, "28:bot"));
    }

    private static IncomingMessage Message(string payload) =>
        TeamsActivityMapper.Map(Parse(Repo.Payload(payload)), Received) switch
        {
            ChannelEvent.Message m => m.Incoming,
            ChannelEvent.Button { Incoming: { } pressed } => pressed,
            var other => throw new Xunit.Sdk.XunitException($"not a message: {other}"),
        };

    private static TeamsActivity Parse(string json) => JsonSerializer.Deserialize<TeamsActivity>(json, TeamsJson.Options)!;
}

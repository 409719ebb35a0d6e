using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class TelegramSenderTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private TelegramSender Sender() => new(_api.Client(), NullLogger<TelegramSender>.Instance);

    private static OutboxMessage Row(string chatId, string? replyTo = null, string? thread = null, string? edit = null) => new()
    {
        Id = 1,
        Channel = ChannelKind.Telegram,
        ChatId = chatId,
        ReplyToMessageId = replyTo,
        ThreadId = thread,
        EditMessageId = edit,
        Body = "{}",
    };

    [Fact]
    public async Task SendsHtmlWithReplyThreadAndKeyboardAndReturnsTheMessageId()
    {
        var body = new OutgoingMessage("Logged: call with Smith & Sons") { Buttons = [new ReplyButton("Undo", "u:7")] };

        var outcome = await Sender().SendAsync(Row("-1001987654321", replyTo: "-1001987654321:88", thread: "305"), body, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal("-1001987654321:501", outcome.SentMessageId);
        var call = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.Equal(-1001987654321, call.GetProperty("chat_id").GetInt64());
        Assert.Equal("Logged: call with Smith &amp; Sons", call.GetProperty("text").GetString());
        // The Bot API reads parse_mode without regard to case; Telegram.Bot sends "Html".
        Assert.Equal("HTML", call.GetProperty("parse_mode").GetString(), ignoreCase: true);
        Assert.Equal(305, call.GetProperty("message_thread_id").GetInt64());
        Assert.Equal(88, call.GetProperty("reply_parameters").GetProperty("message_id").GetInt64());
        var button = call.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0];
        Assert.Equal("Undo", button.GetProperty("text").GetString());
        Assert.Equal("u:7", button.GetProperty("callback_data").GetString());
    }

    [Fact]
    public async Task LeavesTheGeneralTopicOut()
    {
        await Sender().SendAsync(Row("-1001555000111", thread: "1"), new OutgoingMessage("hi"), CancellationToken.None);

        Assert.False(Assert.Single(_api.CallsTo("sendMessage")).Body.TryGetProperty("message_thread_id", out _));
    }

    [Fact]
    public async Task SplitsALongMessageAndPutsTheButtonsOnTheLastPiece()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"{i}. Contoso upgrade, proposal, 75,000 EUR"));
        var body = new OutgoingMessage(text) { Buttons = [new ReplyButton("More", "p:2")] };

        var outcome = await Sender().SendAsync(Row("42", replyTo: "42:10"), body, CancellationToken.None);

        var calls = _api.CallsTo("sendMessage");
        Assert.True(calls.Count >= 3);
        Assert.All(calls, c => Assert.True(c.Body.GetProperty("text").GetString()!.Length <= 4096));
        Assert.True(calls[0].Body.TryGetProperty("reply_parameters", out _));
        Assert.False(calls[1].Body.TryGetProperty("reply_parameters", out _));
        Assert.False(calls[0].Body.TryGetProperty("reply_markup", out _));
        Assert.True(calls[^1].Body.TryGetProperty("reply_markup", out _));
        Assert.Equal($"42:{500 + calls.Count}", outcome.SentMessageId);
    }

    [Fact]
    public async Task AnswersTooManyRequestsWithExactlyRetryAfter()
    {
        _api.FailNext("sendMessage", 429, "Too Many Requests: retry after 23", new { retry_after = 23 });

        var outcome = await Sender().SendAsync(Row("42"), new OutgoingMessage("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(23), outcome.RetryAfter);
    }

    [Fact]
    public async Task TreatsBlockedByTheUserAsAnUnreachableChat()
    {
        _api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

        var outcome = await Sender().SendAsync(Row("42"), new OutgoingMessage("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.True(outcome.ChatUnreachable);
        Assert.Contains("blocked", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAnUpgradedGroupAsMoved()
    {
        _api.FailNext("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat", new { migrate_to_chat_id = -1002233445566 });

        var outcome = await Sender().SendAsync(Row("-4012345678"), new OutgoingMessage("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.ChatMoved, outcome.Status);
        Assert.Equal("-1002233445566", outcome.MovedToChatId);
    }

    [Fact]
    public async Task FailsBadRequestsWithoutTouchingTheChat()
    {
        _api.FailNext("sendMessage", 400, "Bad Request: can't parse entities");

        var outcome = await Sender().SendAsync(Row("42"), new OutgoingMessage("hi"), CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.False(outcome.ChatUnreachable);
    }

    [Fact]
    public async Task RetriesServerErrorsAndAnUnreachableServer()
    {
        _api.FailNext("sendMessage", 502, "Bad Gateway");
        Assert.Equal(SendStatus.RetryLater, (await Sender().SendAsync(Row("42"), new OutgoingMessage("hi"), CancellationToken.None)).Status);

        var nowhere = new TelegramSender(
            TelegramBot.Create(new TelegramOptions { BotToken = FakeBotApi.Token, ApiBaseUrl = "http://127.0.0.1:9" }, new HttpClient()),
            NullLogger<TelegramSender>.Instance);
        Assert.Equal(SendStatus.RetryLater, (await nowhere.SendAsync(Row("42"), new OutgoingMessage("hi"), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task EditsAMessageAndTreatsNotModifiedAsDone()
    {
        _api.FailNext("editMessageText", 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same");

        var outcome = await Sender().SendAsync(Row("42", edit: "42:1205"), new OutgoingMessage("Undone."), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal("42:1205", outcome.SentMessageId);
        var call = Assert.Single(_api.CallsTo("editMessageText")).Body;
        Assert.Equal(1205, call.GetProperty("message_id").GetInt64());
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SetsTheCommandMenuFromTheManifest()
    {
        await _api.Client().SetMyCommands(TelegramBotSetup.LoadCommands());

        var commands = Assert.Single(_api.CallsTo("setMyCommands")).Body.GetProperty("commands").EnumerateArray()
            .Select(c => c.GetProperty("command").GetString()).ToList();
        Assert.Equal(["start", "help", "log", "deal", "newdeal", "pipeline", "tasks", "plan", "kpi", "standup", "undo", "connect", "join"], commands);
    }

    [Fact]
    public async Task ClientReportsTheApisErrorShape()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _api.Client("1:wrong").GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollsWithOffsetTimeoutAndTheUpdateKindsWeNeed()
    {
        await _api.Client().GetUpdates(817203402, timeout: 50, allowedUpdates: TelegramBot.AllowedUpdates);

        var call = Assert.Single(_api.CallsTo("getUpdates")).Body;
        Assert.Equal(817203402, call.GetProperty("offset").GetInt64());
        Assert.Equal(50, call.GetProperty("timeout").GetInt32());
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member", "message_reaction"],
            call.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()).ToList());
    }

    [Theory]
    [InlineData("42:1204", 1204)]
    [InlineData("-1001987654321:88", 88)]
    [InlineData("1204", 1204)]
    [InlineData("-4012345678:member:1763287300", null)]
    [InlineData("42:0", null)]
    [InlineData("", null)]
    [InlineData("a:conversation", null)]
    public void ReadsTheMessageToReplyTo(string id, int? expected) =>
        Assert.Equal(expected, TelegramSender.ParseMessageId(id));
}

using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Charts;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class TelegramChartPostTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static readonly DigestChart Chart = new("Northwind Sales · 2026-W47", "EUR",
        [new ChartRep("Anna Kowalska", 12), new ChartRep("Ben Nowak", 6)], 8m,
        [new ChartStage("lead", 3, 15_000m), new ChartStage("proposal", 2, 40_000m)],
        Enumerable.Range(40, 8).Select(w => new ChartWeek($"W{w}", w * 1000m)).ToList());

    private static OutboxMessage Row(int attempts = 0) => new() { Id = 1, Channel = ChannelKind.Telegram, ChatId = "-1001987654321", Kind = OutboxKind.Digest, Body = "{}", Attempts = attempts };

    private Task<SendOutcome> SendAsync(OutgoingMessage body, int attempts = 0) =>
        new TelegramSender(_api.Client(), NullLogger<TelegramSender>.Instance).SendAsync(Row(attempts), body, CancellationToken.None);

    [Fact]
    public async Task ADigestWithAChartGoesAsOnePhotoWithTheTextAsCaption()
    {
        var outcome = await SendAsync(new OutgoingMessage("Anna Kowalska: 12 activities") { Title = "KPIs · 2026-W47", Chart = Chart });

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Empty(_api.CallsTo("sendMessage"));
        var photo = Assert.Single(_api.CallsTo("sendPhoto")).Body;
        Assert.Equal(-1001987654321, photo.GetProperty("chat_id").GetInt64());
        Assert.Equal("<b>KPIs · 2026-W47</b>\nAnna Kowalska: 12 activities", photo.GetProperty("caption").GetString());
        // The Bot API reads parse_mode without regard to case; Telegram.Bot sends "Html".
        Assert.Equal("HTML", photo.GetProperty("parse_mode").GetString(), ignoreCase: true);
        Assert.Equal("digest.png", photo.GetProperty("photo_name").GetString());
        Assert.InRange(photo.GetProperty("photo_bytes").GetInt64(), 1, 200 * 1024);
    }

    [Fact]
    public async Task TextLongerThanACaptionFollowsThePhotoAsAMessage()
    {
        var text = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"Rep {i}: 3 calls, 2 meetings"));

        var outcome = await SendAsync(new OutgoingMessage(text) { Chart = Chart, Buttons = [new ReplyButton("Details", "d:1")] });

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var photo = Assert.Single(_api.CallsTo("sendPhoto")).Body;
        Assert.False(photo.TryGetProperty("caption", out _));
        var message = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.StartsWith("Rep 1: 3 calls", message.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("d:1", message.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        // The fake numbers messages from 501: the photo, then the text, whose id the row keeps.
        Assert.Equal("-1001987654321:502", outcome.SentMessageId);
    }

    [Fact]
    public async Task AFailedPhotoIsRetriedWholeWithNothingSent()
    {
        _api.FailNext("sendPhoto", 429, "Too Many Requests: retry after 3", new { retry_after = 3 });

        var outcome = await SendAsync(new OutgoingMessage("KPIs") { Chart = Chart });

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task APhotoTelegramRefusesGoesAsTheTextAlone()
    {
        _api.FailNext("sendPhoto", 400, "Bad Request: PHOTO_INVALID_DIMENSIONS");

        var outcome = await SendAsync(new OutgoingMessage("Anna Kowalska: 12 activities") { Chart = Chart });

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var message = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.Contains("Anna Kowalska: 12 activities", message.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "sendPhoto")]
    [InlineData(TelegramSender.PhotoTries, "sendMessage")]
    public async Task APhotoIsTriedTwiceThenTheTextGoesAlone(int failedTries, string method)
    {
        var outcome = await SendAsync(new OutgoingMessage("KPIs") { Chart = Chart }, attempts: failedTries);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(method, Assert.Single(_api.Calls).Method);
    }
}

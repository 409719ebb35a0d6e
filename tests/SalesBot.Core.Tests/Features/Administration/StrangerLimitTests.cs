using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>Issue 12, finding 12 (per-sender limits): a stranger is told how to join once an hour; the rest is recorded, not answered.</summary>
public sealed class StrangerLimitTests : IAsyncDisposable
{
    private readonly EngineHarness _h = new();
    private int _message;

    public StrangerLimitTests()
    {
        var north = _h.Store.AddTeam("North");
        _h.Store.AddMember(north, "Maria", MemberRole.Manager, 5100000001);
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task AStrangerGetsOneExplanationAnHourAndLaterMessagesAreRecordedButNotAnswered()
    {
        await SendAsync(6000000001, "hello?");
        await SendAsync(6000000001, "logged a call with Contoso");
        await SendAsync(6000000001, "anyone there");

        Assert.Equal(3, _h.Read(db => db.Inbox.Count(i => i.Channel == ChannelKind.Telegram)));
        var replies = _h.Read(db => db.Outbox.Where(o => o.ChatId == "6000000001").Select(o => o.Body).AsEnumerable().Select(Text).ToList());
        Assert.Contains("don't know you", Assert.Single(replies), StringComparison.Ordinal);

        _h.Clock.Advance(JoinTeam.StrangerNoticeInterval + TimeSpan.FromMinutes(1));
        await SendAsync(6000000001, "hello again");

        Assert.Equal(2, _h.Read(db => db.Outbox.Count(o => o.ChatId == "6000000001")));
    }

    [Fact]
    public async Task EachStrangerIsCountedAloneAndAJoinCodeIsAlwaysAnswered()
    {
        await SendAsync(6000000001, "hello?");
        await SendAsync(6000000002, "hello?");
        await SendAsync(6000000001, "/join ABCDEFGHJK");

        Assert.Equal(1, _h.Read(db => db.Outbox.Count(o => o.ChatId == "6000000002")));
        var toFirst = _h.Read(db => db.Outbox.Where(o => o.ChatId == "6000000001").OrderBy(o => o.Id).Select(o => o.Body).AsEnumerable().Select(Text).ToList());
        Assert.Equal(2, toFirst.Count);
        Assert.Contains("doesn't work", toFirst[1], StringComparison.Ordinal);
    }

    private static string Text(string body) => System.Text.Json.JsonSerializer.Deserialize<OutgoingMessage>(body)!.Text;

    private Task SendAsync(long telegramId, string text)
    {
        var id = telegramId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _h.Engine.HandleAsync(new IncomingMessage(ChannelKind.Telegram, id, ChatKind.Private, id, "Eve", text, $"{id}:{++_message}", _h.Clock.Now), CancellationToken.None);
    }
}

using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Administration;

/// <summary>
/// Issue 12, finding 13: a channel cannot be taken over. Two teams on a real store; an inactive binding (the bot
/// was removed and re-added) stays North's until North's manager sends /disconnect, and North hears of the try.
/// </summary>
public sealed class DisconnectChannelTests : IAsyncDisposable
{
    private const string Group = "-1001555000111";
    private const long MariaId = 5100000001;
    private const long SvenId = 5200000002;
    private const long AnnaId = 5100000003;
    private readonly EngineHarness _h = new();
    private readonly Team _north;
    private int _message;

    public DisconnectChannelTests()
    {
        _north = _h.Store.AddTeam("North");
        _h.Store.AddMember(_north, "Maria", MemberRole.Manager, MariaId);
        _h.Store.AddMember(_north, "Anna", MemberRole.Rep, AnnaId);
        var south = _h.Store.AddTeam("South");
        _h.Store.AddMember(south, "Sven", MemberRole.Manager, SvenId);
        _h.Parser.Add("/connect", new ParsedCommand(Intent.Connect, 0.9));
        _h.Parser.Add("/disconnect", new ParsedCommand(Intent.Disconnect, 0.9));
        var binding = _h.Store.Bind(_north, Group);
        using var db = _h.Store.CreateDbContext();
        db.ChannelBindings.Single(b => b.Id == binding.Id).IsActive = false;
        db.SaveChanges();
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task AnotherTeamsManagerCannotConnectAnInactiveChannelAndItsTeamIsTold()
    {
        var refused = await SendAsync(SvenId, "Sven", "/connect");

        Assert.Contains("another team", refused.Text, StringComparison.Ordinal);
        Assert.Equal(_north.Id, _h.Read(db => db.ChannelBindings.Single()).TeamId);
        var notice = _h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.Notice));
        Assert.Equal(MariaId.ToString(System.Globalization.CultureInfo.InvariantCulture), notice.ChatId);
        Assert.Contains("Sven of South tried to connect", notice.Body, StringComparison.Ordinal);
        Assert.Contains("/disconnect", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceItsManagerDisconnectsItAnotherTeamMayConnectIt()
    {
        Assert.Contains("Only a manager", (await SendAsync(AnnaId, "Anna", "/disconnect")).Text, StringComparison.Ordinal);
        Assert.Contains("only a manager of that team", (await SendAsync(SvenId, "Sven", "/disconnect")).Text, StringComparison.Ordinal);
        Assert.Equal(1, _h.Read(db => db.ChannelBindings.Count()));

        Assert.Contains("Disconnected", (await SendAsync(MariaId, "Maria", "/disconnect")).Text, StringComparison.Ordinal);
        Assert.Contains("Connected", (await SendAsync(SvenId, "Sven", "/connect")).Text, StringComparison.Ordinal);

        var binding = _h.Read(db => db.ChannelBindings.Single());
        Assert.NotEqual(_north.Id, binding.TeamId);
        Assert.True(binding.IsActive);
    }

    [Theory]
    [InlineData("disconnect")]
    [InlineData("/disconnect")]
    [InlineData("Disconnect this channel")]
    public void TheEnglishParserReadsDisconnect(string text) =>
        Assert.Equal(Intent.Disconnect, MessageParser.English.Parse(text, new DateTime(2026, 11, 16, 9, 0, 0)).Intent);

    [Theory]
    [InlineData("disconnected from Contoso call")]
    [InlineData("connect")]
    public void TheEnglishParserDoesNotReadNearMissesAsDisconnect(string text) =>
        Assert.NotEqual(Intent.Disconnect, MessageParser.English.Parse(text, new DateTime(2026, 11, 16, 9, 0, 0)).Intent);

    private Task<OutgoingMessage> SendAsync(long telegramId, string name, string text)
    {
        var id = telegramId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _h.SendAsync(new IncomingMessage(ChannelKind.Telegram, Group, ChatKind.Group, id, name, text, $"{Group}:{++_message}", _h.Clock.Now)
        {
            ChatTitle = "North sales",
        });
    }
}

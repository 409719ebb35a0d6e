using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// Issue 12, finding 7: in a Telegram group anyone can press anyone's button. Recorded updates go over loopback
/// HTTP to the webhook of a host with the real engine; Ben pressing Anna's Undo is refused by name and does not
/// use the button up, so Anna's own press still undoes.
/// </summary>
public sealed class TelegramGroupButtonTests : IAsyncLifetime
{
    private const string Secret = "s3cret-Token_for-tests";
    private const long AnnaId = 5123456789;
    private const long BenId = 5222333444;
    private const long GroupId = -1001987654321;
    private readonly HttpClient _http = new();
    private TempStore _store = null!;
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;
    private long _updateId = 817209000;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        await using (var db = _store.CreateDbContext())
        {
            var north = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw" };
            north.Members.Add(new Member { Name = "Anna", NormalizedName = "anna" }.WithTelegram(AnnaId));
            north.Members.Add(new Member { Name = "Ben", NormalizedName = "ben" }.WithTelegram(BenId));
            db.Teams.Add(north);
            db.Teams.Add(new Team { Name = "South", NormalizedName = "south" });
            await db.SaveChangesAsync();
        }

        _api = await FakeBotApi.StartAsync();
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
            ["Telegram:WebhookUrl"] = "https://bot.example.com/api/telegram",
            ["Telegram:WebhookSecret"] = Secret,
        }, configure: TelegramTestHost.RealEngine);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task SomeoneElsePressingYourUndoIsRefusedByNameAndYourOwnPressStillUndoes()
    {
        var command = JsonNode.Parse(Payloads.Json("group_command_botname"))!;
        command["message"]!["text"] = "/log@SalesBotDemoBot call Contoso";
        command["message"]!["entities"]![0]!["length"] = "/log@SalesBotDemoBot".Length;
        await PostAsync(command);
        var entry = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Journal.FirstOrDefaultAsync();
        }, "Anna's call in the journal", TimeSpan.FromSeconds(90));

        await PostAsync(Press(BenId, "Ben", $"u:{entry.Id}"));
        await PostAsync(Press(AnnaId, "Anna", $"u:{entry.Id}"));

        var undone = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Journal.FirstOrDefaultAsync(j => j.Id == entry.Id && j.UndoneAt != null);
        }, "Anna's own press undoing her call");
        Assert.NotNull(undone);
        await using var check = _store.CreateDbContext();
        var replies = await check.Outbox.Where(o => o.Kind == OutboxKind.Reply && o.ChatId == GroupId.ToString()).OrderBy(o => o.Id).Select(o => o.Body).ToListAsync();
        var said = string.Join(" | ", replies);
        Assert.True(replies.Count == 3, said);
        Assert.True(replies[1].Contains("That Undo button is Anna", StringComparison.Ordinal), said);
        Assert.True(replies[2].Contains("Undone", StringComparison.Ordinal), said);
        Assert.False(await check.Activities.AnyAsync());
    }

    [Fact]
    public async Task TheSamePersonPressingTwiceIsStillHandledOnce()
    {
        var command = JsonNode.Parse(Payloads.Json("group_command_botname"))!;
        command["message"]!["text"] = "/log@SalesBotDemoBot call Contoso";
        command["message"]!["entities"]![0]!["length"] = "/log@SalesBotDemoBot".Length;
        await PostAsync(command);
        var entry = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Journal.FirstOrDefaultAsync();
        }, "Anna's call in the journal", TimeSpan.FromSeconds(90));

        await PostAsync(Press(AnnaId, "Anna", $"u:{entry.Id}"));
        await PostAsync(Press(AnnaId, "Anna", $"u:{entry.Id}"));

        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) || await db.Inbox.CountAsync(i => i.Channel == ChannelKind.Telegram) < 3 ? null : "done";
        }, "all three updates processed");
        await using var check = _store.CreateDbContext();
        Assert.Equal(2, await check.Outbox.CountAsync(o => o.Kind == OutboxKind.Reply));
    }

    private JsonNode Press(long userId, string name, string data)
    {
        var press = JsonNode.Parse(Payloads.Json("callback_query"))!;
        press["update_id"] = ++_updateId;
        press["callback_query"]!["id"] = $"cb-{_updateId}";
        press["callback_query"]!["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = name };
        press["callback_query"]!["message"]!["chat"] = new JsonObject { ["id"] = GroupId, ["title"] = "Nordics sales", ["type"] = "supergroup" };
        press["callback_query"]!["data"] = data;
        return press;
    }

    private async Task PostAsync(JsonNode update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.BaseUrl + TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, Secret);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Export;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;
using Xunit.Abstractions;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// Issue 5's "done when", with the real conversation engine behind the Telegram channel and
/// telegram-test-api standing in for Telegram: a rep logs a call from a phone, a manager connects the
/// team's group, a win is posted there, Undo undoes, and a stranger writes nothing.
/// </summary>
public sealed class TelegramWithEngineEndToEndTests(TelegramEmulator emulator, ITestOutputHelper output) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private const long AnnaId = 5123456789;
    private const long MarekId = 5987654321;
    private readonly string _token = $"{Random.Shared.Next(100_000, 999_999)}:AAEngineToken_{Guid.NewGuid():N}";
    private static readonly object Anna = new { id = AnnaId, is_bot = false, first_name = "Anna", username = "anna_berg" };
    private static readonly object AnnasChat = new { id = AnnaId, first_name = "Anna", type = "private" };
    private static readonly object Marek = new { id = MarekId, is_bot = false, first_name = "Marek" };
    private static readonly object MareksChat = new { id = MarekId, first_name = "Marek", type = "private" };
    private static readonly object Stranger = new { id = 6000000001, is_bot = false, first_name = "Eve" };
    private static readonly object StrangersChat = new { id = 6000000001, first_name = "Eve", type = "private" };
    private static readonly object Group = new { id = -1001555000111, title = "North sales", type = "supergroup" };

    private TempStore _store = null!;
    private TelegramTestHost? _host;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        await using var db = _store.CreateDbContext();
        var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", Currency = "EUR", ShowAmountsInChannel = true };
        team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna" }.WithTelegram(AnnaId));
        team.Members.Add(new Member { Name = "Marek", NormalizedName = "marek", Role = MemberRole.Manager }.WithTelegram(MarekId));
        db.Teams.Add(team);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    private async Task StartAsync() =>
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = _token,
            ["Telegram:Mode"] = "polling",
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:Emulator"] = "true",
        }, configure: TelegramTestHost.RealEngine);

    private async Task<JsonElement> ReplyToAsync(long chatId, Func<string, bool> match, string what)
    {
        try
        {
            return await WaitForReplyAsync(chatId, match, what);
        }
        catch (TimeoutException)
        {
            // Say what the bot did send: the fastest way to see why a conversation went wrong.
            var sent = (await emulator.BotMessagesAsync(_token)).Select(m => $"{m.GetProperty("message").GetProperty("chat_id")}: {m.GetProperty("message").GetProperty("text")}");
            throw new TimeoutException($"timed out waiting for {what}; the bot sent: {string.Join(" | ", sent)}");
        }
    }

    private async Task<JsonElement> WaitForReplyAsync(long chatId, Func<string, bool> match, string what)
    {
        var found = await TelegramTestHost.EventuallyAsync(async () =>
        {
            var matching = (await emulator.BotMessagesAsync(_token))
                .Select(m => m.GetProperty("message"))
                .Where(m => m.GetProperty("chat_id").ToString() == chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && match(m.GetProperty("text").GetString()!))
                .ToList();
            return matching.Count > 0 ? matching : null;
        }, what);
        return found[^1];
    }

    private static object Command(string text) => new { offset = 0, length = text.Split(" ")[0].Length, type = "bot_command" };

    [Fact]
    public async Task ARepsCallIsLoggedAndAnsweredAndInTheExport()
    {
        await StartAsync();
        var clock = Stopwatch.StartNew();

        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "logged a call with Contoso");

        var reply = await ReplyToAsync(AnnaId, t => t.Contains("Contoso", StringComparison.Ordinal), "the confirmation");
        output.WriteLine($"answered after {clock.ElapsedMilliseconds} ms (cold start included)");
        Assert.Contains("call", reply.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Undo", reply.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("text").GetString());

        await using var db = _store.CreateDbContext();
        var export = await new ExportCrm(db).HandleAsync(default);
        var call = Assert.Single(export.Activities);
        Assert.Equal(("call", "Anna", "Contoso"), (call.Type, call.Member, call.Account));
    }

    [Fact]
    public async Task AManagerConnectsTheGroupAndAWinIsPostedThere()
    {
        await StartAsync();

        await emulator.SendUserMessageAsync(_token, Marek, Group, "/connect", [Command("/connect")]);
        await ReplyToAsync(-1001555000111, t => t.Contains("Connected", StringComparison.Ordinal), "the group's confirmation");

        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "new deal Contoso upgrade 40k EUR");
        await ReplyToAsync(AnnaId, t => t.Contains("Contoso upgrade", StringComparison.Ordinal), "the new deal's confirmation");
        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "Contoso upgrade won");

        var post = await ReplyToAsync(-1001555000111, t => t.Contains("won", StringComparison.OrdinalIgnoreCase) && t.Contains("Contoso", StringComparison.Ordinal), "the win in the group");
        Assert.Contains("Anna", post.GetProperty("text").GetString()!, StringComparison.Ordinal);
        await using var db = _store.CreateDbContext();
        Assert.Equal(DealStage.Won, (await db.Deals.SingleAsync()).Stage);
        Assert.Equal("-1001555000111", (await db.ChannelBindings.SingleAsync()).ChatId);
    }

    [Fact]
    public async Task TheUndoButtonUndoesTheWrite()
    {
        await StartAsync();
        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "met with Sarah from Umbrella");
        var reply = await ReplyToAsync(AnnaId, t => t.Contains("Umbrella", StringComparison.Ordinal), "the confirmation");
        var button = reply.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString()!;
        var sent = (await emulator.BotMessagesAsync(_token)).Last(m => m.GetProperty("message").GetProperty("chat_id").ToString() == AnnaId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await emulator.PressButtonAsync(_token, Anna, new { message_id = sent.GetProperty("messageId").GetInt64(), chat = AnnasChat, date = 1763283600, text = "✓" }, button);

        await ReplyToAsync(AnnaId, t => t.Contains("Undone", StringComparison.OrdinalIgnoreCase), "the undo confirmation");
        await using var db = _store.CreateDbContext();
        Assert.Empty(await db.Activities.ToListAsync());
        Assert.Empty((await new ExportCrm(db).HandleAsync(default)).Activities);
    }

    [Fact]
    public async Task AStrangerIsToldHowToJoinAndWritesNothing()
    {
        await StartAsync();
        await using (var db = _store.CreateDbContext())
        {
            Assert.Equal(0, await db.Accounts.CountAsync());
        }

        await emulator.SendUserMessageAsync(_token, Stranger, StrangersChat, "logged a call with Contoso");

        var reply = await ReplyToAsync(6000000001, t => t.Contains("join", StringComparison.OrdinalIgnoreCase), "the joining answer");
        Assert.Contains("/join", reply.GetProperty("text").GetString()!, StringComparison.Ordinal);
        await using var after = _store.CreateDbContext();
        Assert.Equal(0, await after.Accounts.CountAsync());
        Assert.Equal(0, await after.Activities.CountAsync());
        Assert.Equal(2, await after.Members.CountAsync());
    }

    [Fact]
    public async Task AnInvitedColleagueJoinsWithTheCode()
    {
        await StartAsync();
        await emulator.SendUserMessageAsync(_token, Marek, MareksChat, "invite Eve");
        var invite = await ReplyToAsync(MarekId, t => t.Contains("/join", StringComparison.Ordinal), "the invitation code");
        var code = System.Text.RegularExpressions.Regex.Match(invite.GetProperty("text").GetString()!, @"/join ([A-Z0-9]{10})").Groups[1].Value;
        Assert.NotEmpty(code);

        await emulator.SendUserMessageAsync(_token, Stranger, StrangersChat, $"/join {code}", [Command("/join")]);

        await ReplyToAsync(6000000001, t => t.Contains("North", StringComparison.Ordinal), "the welcome");
        await using var db = _store.CreateDbContext();
        Assert.Equal(6000000001, (await db.Members.Include(m => m.Identities).SingleAsync(m => m.Name == "Eve")).TelegramUserId());
    }
}

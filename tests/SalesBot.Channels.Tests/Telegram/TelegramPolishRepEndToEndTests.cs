using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;
using Xunit.Abstractions;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// Issue 15, end to end in Telegram: a Polish rep (language_code pl, team language pl) does what an English one does,
/// with telegram-test-api standing in for Telegram and the real engine writing a real SQLite file. Every reply and
/// button she sees is the Polish pack's, never the English one's.
/// </summary>
public sealed class TelegramPolishRepEndToEndTests(TelegramEmulator emulator, ITestOutputHelper output) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private const long KasiaId = 5200000042;
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly LanguageReplies Polish = ReplyPacks.For("pl");
    private static readonly object Kasia = new { id = KasiaId, is_bot = false, first_name = "Kasia", username = "kasia_nowak", language_code = "pl" };
    private static readonly object KasiasChat = new { id = KasiaId, first_name = "Kasia", type = "private" };
    private readonly string _token = $"{Random.Shared.Next(100_000, 999_999)}:AAPolishToken_{Guid.NewGuid():N}";

    private TempStore _store = null!;
    private TelegramTestHost? _host;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        await using var db = _store.CreateDbContext();
        var team = new Team { Name = "Północ", NormalizedName = "północ", TimeZone = "Europe/Warsaw", Currency = "PLN", Language = "pl" };
        team.Members.Add(new Member { Name = "Kasia", NormalizedName = "kasia" }.WithTelegram(KasiaId));
        db.Teams.Add(team);
        await db.SaveChangesAsync();

        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = _token,
            ["Telegram:Mode"] = "polling",
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:Emulator"] = "true",
        }, configure: TelegramTestHost.RealEngine);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    [Fact]
    public async Task APolishRepLogsOpensMovesAsksAndUndoesInPolish()
    {
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Warsaw).Date).AddDays(-1);

        // An activity, said the Polish way: the company in the instrumental, the day as a word.
        await SayAsync("wczoraj spotkanie z Orlenem");
        var logged = await ReplyAsync(t => t.Contains("Orlen", StringComparison.Ordinal), "the activity's confirmation");
        Assert.Equal(Polish.Button(ButtonWord.Undo), FirstButton(logged).GetProperty("text").GetString());
        Assert.StartsWith("✓ Zapisano: spotkanie", Text(logged), StringComparison.Ordinal);
        await using (var db = _store.CreateDbContext())
        {
            var meeting = await db.Activities.Include(a => a.Account).SingleAsync();
            Assert.Equal((ActivityType.Meeting, "Orlen", yesterday), (meeting.Type, meeting.Account!.Name, meeting.HappenedOn));
        }

        // A deal opened, then moved.
        await SayAsync("nowa szansa Orlen flota 50k PLN");
        await ReplyAsync(t => t.Contains("Orlen flota", StringComparison.Ordinal), "the new deal's confirmation");
        await SayAsync("Orlen flota na etap oferty");
        var moved = await ReplyAsync(t => t.Contains("Orlen flota", StringComparison.Ordinal) && t.Contains(Polish.Stage(DealStage.Proposal), StringComparison.OrdinalIgnoreCase), "the move's confirmation");
        await using (var db = _store.CreateDbContext())
        {
            var deal = await db.Deals.Include(d => d.Account).SingleAsync();
            Assert.Equal(("Orlen flota", "Orlen", DealStage.Proposal, 50_000m), (deal.Name, deal.Account!.Name, deal.Stage, deal.Amount));
        }

        // Her pipeline.
        await SayAsync("mój lejek");
        var pipeline = await ReplyAsync(t => t.Contains("Orlen flota", StringComparison.Ordinal), "the pipeline", after: moved);
        Assert.StartsWith("<b>Twój lejek", Text(pipeline), StringComparison.Ordinal);
        Assert.Contains($"{Polish.Stage(DealStage.Proposal)} (1", Text(pipeline), StringComparison.Ordinal);

        // Undo on the move's button: the deal is back where it was, in Polish words.
        await PressAsync(moved);
        var undone = await ReplyAsync(t => t.StartsWith("↩", StringComparison.Ordinal), "the undo's confirmation");
        Assert.Contains("Cofnięto", Text(undone), StringComparison.Ordinal);
        await using (var db = _store.CreateDbContext())
        {
            Assert.NotEqual(DealStage.Proposal, (await db.Deals.SingleAsync()).Stage);
            Assert.Single(await db.Activities.ToListAsync());
        }

        foreach (var reply in await SentAsync())
        {
            output.WriteLine(reply.GetRawText());
            AssertNotEnglish(reply);
        }
    }

    [Fact]
    public async Task StartGivesThePersonalInstallsFullGreetingInTheRepsLanguageEachTimeSheAsks()
    {
        await SayAsync("/start", [new { offset = 0, length = 6, type = "bot_command" }]);

        var greeting = await ReplyAsync(t => t.Contains(Polish.PersonalGreeting().Title!, StringComparison.Ordinal), "the greeting");
        var expected = Polish.PersonalGreeting();
        Assert.Contains(expected.Text.Split('\n')[0], Text(greeting), StringComparison.Ordinal);
        Assert.DoesNotContain(ReplyPacks.English.PersonalGreeting().Title!, Text(greeting), StringComparison.Ordinal);

        // Asked again at once: answered again (a person asking is not a messenger announcing twice).
        await SayAsync("/start", [new { offset = 0, length = 6, type = "bot_command" }]);
        await TelegramTestHost.EventuallyAsync(async () =>
            (await SentAsync()).Count(m => Text(m).Contains(expected.Title!, StringComparison.Ordinal)) == 2 ? "twice" : null, "the second greeting");
        await using var db = _store.CreateDbContext();
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Kind == OutboxKind.Notice && o.ChatId == KasiaId.ToString(CultureInfo.InvariantCulture)));
        Assert.Empty(await db.Activities.ToListAsync());
    }

    [Fact]
    public async Task AStrangersStartIsGreetedInTheLanguageOfTheirTelegramApp()
    {
        var stranger = new { id = 6100000009, is_bot = false, first_name = "Ivan", language_code = "ru" };
        var chat = new { id = 6100000009, first_name = "Ivan", type = "private" };

        await emulator.SendUserMessageAsync(_token, stranger, chat, "/start", [new { offset = 0, length = 6, type = "bot_command" }]);

        var russian = ReplyPacks.For("ru").PersonalGreeting();
        await TelegramTestHost.EventuallyAsync(async () => (await emulator.BotMessagesAsync(_token)).Select(m => m.GetProperty("message"))
            .FirstOrDefault(m => m.GetProperty("chat_id").ToString() == "6100000009" && Text(m).Contains(russian.Title!, StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } ? "greeted" : null,
            "the stranger's Russian greeting");
        await using var db = _store.CreateDbContext();
        Assert.Equal(1, await db.Members.CountAsync());
    }

    private Task SayAsync(string text, object[]? entities = null) => emulator.SendUserMessageAsync(_token, Kasia, KasiasChat, text, entities);

    private async Task PressAsync(JsonElement reply)
    {
        var sent = (await emulator.BotMessagesAsync(_token)).Last(m => m.GetProperty("message").GetProperty("text").GetString() == Text(reply));
        await emulator.PressButtonAsync(_token, Kasia, new { message_id = sent.GetProperty("messageId").GetInt64(), chat = KasiasChat, date = 1763283600, text = Text(reply) },
            FirstButton(reply).GetProperty("callback_data").GetString()!);
    }

    private async Task<List<JsonElement>> SentAsync() =>
        (await emulator.BotMessagesAsync(_token)).Select(m => m.GetProperty("message"))
            .Where(m => m.GetProperty("chat_id").ToString() == KasiaId.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>The latest reply matching <paramref name="match"/>, sent after <paramref name="after"/> when given.</summary>
    private async Task<JsonElement> ReplyAsync(Func<string, bool> match, string what, JsonElement? after = null)
    {
        try
        {
            var found = await TelegramTestHost.EventuallyAsync(async () =>
            {
                var sent = await SentAsync();
                var from = after is { } a ? sent.FindIndex(m => Text(m) == Text(a)) + 1 : 0;
                var matching = sent.Skip(from).Where(m => match(Text(m))).ToList();
                return matching.Count > 0 ? matching : null;
            }, what);
            return found[^1];
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"timed out waiting for {what}; the bot sent: {string.Join(" | ", (await SentAsync()).Select(Text))}");
        }
    }

    private static string Text(JsonElement message) => message.GetProperty("text").GetString()!;

    private static JsonElement FirstButton(JsonElement message) => message.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0];

    /// <summary>Neither the words nor the buttons of the English pack.</summary>
    private static void AssertNotEnglish(JsonElement message)
    {
        var text = Text(message);
        foreach (var english in new[] { "Logged", "Undone", "Undo", "pipeline", "proposal", "Opened", "moved", "meeting" })
        {
            Assert.DoesNotContain(english, text, StringComparison.OrdinalIgnoreCase);
        }

        if (message.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("inline_keyboard", out var rows))
        {
            var labels = rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => b.GetProperty("text").GetString()!).ToList();
            Assert.DoesNotContain(ReplyPacks.English.Button(ButtonWord.Undo), labels);
            Assert.DoesNotContain(ReplyPacks.English.Button(ButtonWord.Yes), labels);
        }
    }
}

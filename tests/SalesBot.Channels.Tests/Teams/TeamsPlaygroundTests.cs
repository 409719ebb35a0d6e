using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Channels.Teams;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// End to end against Microsoft's Teams emulator (@microsoft/m365agentsplayground, tests/peers/teams), driven
/// without a browser through its HTTP and WebSocket API (PEERS.md §2): the emulator POSTs real activities to
/// our /api/messages, the inbox processor hands them to the engine, and replies go back through
/// <see cref="TeamsSender"/> to the emulator's connector, where the conversation shows them.
/// </summary>
public sealed class TeamsPlaygroundTests : IAsyncLifetime
{
    private readonly StringBuilder _playgroundLog = new();
    private readonly ConcurrentQueue<string> _shown = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private TempStore _store = null!;
    private LoopbackServer _bot = null!;
    private Process? _playground;
    private ClientWebSocket? _socket;
    private string _base = "";
    private string? _workDir;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?> { ["Emulator"] = "true" });
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket?.Abort();
        _socket?.Dispose();
        if (_playground is { HasExited: false })
        {
            _playground.Kill(entireProcessTree: true);
            await _playground.WaitForExitAsync();
        }

        _playground?.Dispose();
        if (_workDir is not null)
        {
            Directory.Delete(_workDir, recursive: true);
        }

        _http.Dispose();
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task GreetsOnInstallAndAnswersAMessageAndAnUndoTapInTheConversation()
    {
        Repo.EnsurePeers();

        await StartPlaygroundAsync();
        var config = await _http.GetFromJsonAsync<JsonElement>($"{_base}/_internal/v1/config");
        var chat = config.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;

        // Install: the emulator sends installationUpdate and conversationUpdate; SalesBot greets once.
        using (var install = await _http.PostAsJsonAsync($"{_base}/_debug/conversation/{chat}/installation", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        var greeting = await ShownAsync("Hi, I'm SalesBot", "the greeting");
        Assert.Contains("logged a call with Contoso", greeting, StringComparison.Ordinal);

        // A message reaches the engine; its reply, a card with Undo, shows in the conversation.
        using (var sent = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/conversations/{chat}/messages",
            new { from = new { id = "user-id-0" }, text = "logged a call with Contoso", textFormat = "plain" }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var reply = await ShownAsync("echo: logged a call with Contoso", "the reply");
        Assert.Contains(AdaptiveCardRenderer.ContentType, reply, StringComparison.Ordinal);
        Assert.Contains($"\"actionConversationId\":\"{chat}\"", reply, StringComparison.Ordinal);

        // Tapping Undo on that card arrives as a message whose value carries the button's data.
        var replyId = await SentIdAsync("echo: logged a call with Contoso");
        using (var tap = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/submit", new
        {
            conversation = new { id = chat },
            from = new { id = "user-id-0" },
            replyToId = replyId,
            value = new { action = "u:1" },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, tap.StatusCode);
        }

        await ShownAsync("pressed u:1", "the answer to the Undo tap");
        await using var db = _store.Db();
        Assert.Equal(3, await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
        Assert.False(await db.Inbox.AnyAsync(i => i.ProcessedAt == null));
    }

    [Fact]
    public async Task ALinkedUsersCallIsLoggedByTheRealEngineAndConfirmedInTheConversation()
    {
        Repo.EnsurePeers();

        // Alex is linked the way `salesbot member add North Alex --teams <AAD-OBJECT-ID>` links him.
        var chat = await StartWithEngineAsync(new SalesBot.Core.Crm.Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw" });

        using (var sent = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/conversations/{chat}/messages",
            new { from = new { id = "user-id-0" }, text = "logged a call with Contoso", textFormat = "plain" }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var reply = await ShownAsync("Logged a call with Contoso", "the engine's confirmation");
        Assert.Contains("Undo", reply, StringComparison.Ordinal);
        await using var check = _store.Db();
        var call = await check.Activities.Include(a => a.Account).SingleAsync();
        Assert.Equal(("Contoso", SalesBot.Core.Crm.ActivityType.Call), (call.Account!.Name, call.Type));
        Assert.Equal("user-id-0", (await check.Members.Include(m => m.Identities).SingleAsync()).TeamsUserId());
    }

    /// <summary>
    /// Issue 15, end to end in Teams: a Russian rep (team language ru) installs the app, logs a meeting the Russian way,
    /// opens and moves a deal, asks for her pipeline and types "отмени"; the real engine writes the SQLite file and every
    /// card the emulator shows is the Russian pack's.
    /// </summary>
    [Fact]
    public async Task ARussianRepDoesEverythingAnEnglishOneDoesInRussian()
    {
        Repo.EnsurePeers();
        var russian = ReplyPacks.For("ru");
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var chat = await StartWithEngineAsync(new SalesBot.Core.Crm.Team { Name = "Восток", NormalizedName = "восток", TimeZone = "Europe/Moscow", Currency = "RUB", Language = "ru" });

        // The personal install greets her in her team's language: the same greeting Telegram's "/start" gives.
        using (var install = await _http.PostAsJsonAsync($"{_base}/_debug/conversation/{chat}/installation", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        var greeting = await ShownTextAsync(t => t.Contains(russian.PersonalGreeting().Title!, StringComparison.Ordinal), "the Russian greeting");
        Assert.DoesNotContain(ReplyPacks.English.PersonalGreeting().Title!, greeting, StringComparison.Ordinal);

        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, moscow).Date).AddDays(-1);
        await SayAsync(chat, "вчера встреча с Яндексом");
        var logged = await ShownTextAsync(t => t.Contains("Яндекс", StringComparison.Ordinal), "the meeting's confirmation");
        Assert.Contains(russian.Button(ButtonWord.Undo), logged, StringComparison.Ordinal);
        await using (var db = _store.Db())
        {
            var meeting = await db.Activities.Include(a => a.Account).SingleAsync();
            Assert.Equal((SalesBot.Core.Crm.ActivityType.Meeting, "Яндекс", yesterday), (meeting.Type, meeting.Account!.Name, meeting.HappenedOn));
        }

        await SayAsync(chat, "новая сделка Яндекс облако 2 млн RUB");
        await ShownTextAsync(t => t.Contains("Яндекс облако", StringComparison.Ordinal), "the new deal's confirmation");
        await SayAsync(chat, "Яндекс облако на этап предложения");
        var proposal = russian.Stage(SalesBot.Core.Crm.DealStage.Proposal);
        await ShownTextAsync(t => t.Contains("Яндекс облако", StringComparison.Ordinal) && t.Contains("→ " + proposal, StringComparison.Ordinal), "the move's confirmation");
        await using (var db = _store.Db())
        {
            var deal = await db.Deals.Include(d => d.Account).SingleAsync();
            Assert.Equal(("Яндекс облако", "Яндекс", SalesBot.Core.Crm.DealStage.Proposal, 2_000_000m), (deal.Name, deal.Account!.Name, deal.Stage, deal.Amount));
        }

        await SayAsync(chat, "моя воронка");
        var pipeline = await ShownTextAsync(t => t.Contains("Ваша воронка", StringComparison.Ordinal), "the pipeline");
        Assert.Contains($"{proposal} (1", pipeline, StringComparison.Ordinal);

        await SayAsync(chat, "отмени");
        // A typed undo asks first, with the pack's Yes and No on the card; tapping Yes undoes the move.
        var asked = await ShownTextAsync(t => t.Contains("Яндекс облако", StringComparison.Ordinal) && t.EndsWith('?'), "the undo's question");
        Assert.Contains(russian.Button(ButtonWord.Yes), asked, StringComparison.Ordinal);
        var (questionId, yes) = await LastButtonsAsync();
        Assert.Equal(russian.Button(ButtonWord.Yes), yes.Label);
        using (var tap = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/submit", new
        {
            conversation = new { id = chat },
            from = new { id = "user-id-0" },
            replyToId = questionId,
            value = new { action = yes.Data },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, tap.StatusCode);
        }

        await ShownTextAsync(t => t.StartsWith("↩", StringComparison.Ordinal) && t.Contains("Яндекс облако", StringComparison.Ordinal), "the undo's confirmation");
        await using (var check = _store.Db())
        {
            Assert.NotEqual(SalesBot.Core.Crm.DealStage.Proposal, (await check.Deals.SingleAsync()).Stage);
            Assert.Single(await check.Activities.ToListAsync());
        }

        // Nothing she saw was English: neither its words nor its buttons.
        var english = ReplyPacks.English;
        foreach (var shown in _shown.Select(TextsOf))
        {
            foreach (var word in new[] { english.Button(ButtonWord.Undo), english.Button(ButtonWord.Yes), "Logged", "Undone", "pipeline", "meeting", "Your " })
            {
                Assert.DoesNotContain(word, shown, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task GreetsTheTeamWhenAddedAndAnswersAChannelMentionInItsThread()
    {
        Repo.EnsurePeers();

        await StartPlaygroundAsync();
        var config = await _http.GetFromJsonAsync<JsonElement>($"{_base}/_internal/v1/config");
        var bot = config.GetProperty("config").GetProperty("bot");
        var channel = config.GetProperty("config").GetProperty("teams")[0].GetProperty("channels")[0].GetProperty("id").GetString()!;

        // The emulator's own "bot added to a team" event, sent as it would arrive.
        var added = await _http.GetFromJsonAsync<JsonElement>($"{_base}/_internal/v1/customActivities/template?conversationId={channel}&type=botAdded");
        using (var install = await _http.PostAsJsonAsync($"{_base}/_internal/v1/customActivities", added))
        {
            Assert.True(install.IsSuccessStatusCode, await install.Content.ReadAsStringAsync());
        }

        var greeting = JsonSerializer.Deserialize<JsonElement>(await ShownAsync("connect TEAM", "the team greeting"));
        Assert.Equal(channel, greeting.GetProperty("actionConversationId").GetString());

        using var sent = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/conversations/{channel}/messages", new
        {
            from = new { id = "user-id-0" },
            text = $"<at>{bot.GetProperty("name").GetString()}</at> team KPIs last week",
            textFormat = "plain",
            mentions = new[] { new { mentioned = new { id = bot.GetProperty("id").GetString() }, text = $"<at>{bot.GetProperty("name").GetString()}</at>" } },
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var thread = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postConversationId").GetString()!;

        var reply = JsonSerializer.Deserialize<JsonElement>(await ShownAsync("echo: team KPIs last week", "the reply in the channel thread"));
        Assert.Equal(thread, reply.GetProperty("actionConversationId").GetString());
        await using var db = _store.Db();
        var row = await db.Outbox.SingleAsync(o => o.Kind == OutboxKind.Reply);
        Assert.Equal(channel, row.ChatId);
        Assert.Equal(thread, $"{row.ChatId};messageid={row.ThreadId}");
    }

    private async Task StartPlaygroundAsync()
    {
        var port = FreePort();
        _base = $"http://127.0.0.1:{port}";
        var workDir = _workDir = Directory.CreateTempSubdirectory("salesbot-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-r", Path.Combine(Repo.Peers, "force-loopback.js"),
                Path.Combine(Repo.Peers, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
                "-e", $"{_bot.BaseUrl}/api/messages", "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--service-url", $"{_base}/_connector", "--disable-telemetry",
            },
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDir, "playground.log");
        _playground = Process.Start(start)!;
        _playground.OutputDataReceived += (_, e) => Log(e.Data);
        _playground.ErrorDataReceived += (_, e) => Log(e.Data);
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();

        await Eventually.GetAsync(async () =>
        {
            Assert.False(_playground.HasExited, $"the emulator exited: {Log(null)}");
            try
            {
                return await _http.GetStringAsync($"{_base}/_debug/ping") == "pong" ? "up" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, "the emulator to listen", 60_000);

        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _ = Task.Run(ReceiveAsync);
    }

    /// <summary>Sends what the engine put in the outbox (the dispatcher's job in the host) until the emulator shows a match.</summary>
    /// <returns>The emulator's createMessage event (raw JSON: actionConversationId and message).</returns>
    private async Task<string> ShownAsync(string text, string what)
    {
        var sender = _bot.Services.GetRequiredService<TeamsSender>();
        return await Eventually.GetAsync(async () =>
        {
            await OutboxPump.SendPendingAsync(_store, sender);
            return _shown.FirstOrDefault(m => m.Contains(text, StringComparison.Ordinal));
        }, $"{what} in the emulator's conversation ({Log(null)})", 30_000);
    }

    /// <summary>The newest sent row with buttons: its message id in the conversation and its first button.</summary>
    private async Task<(string MessageId, ReplyButton First)> LastButtonsAsync()
    {
        await using var db = _store.Db();
        var rows = await db.Outbox.Where(o => o.Status == OutboxStatus.Sent).OrderByDescending(o => o.Id).ToListAsync();
        var row = rows.First(o => JsonSerializer.Deserialize<OutgoingMessage>(o.Body)!.Buttons.Count > 0);
        return (row.SentMessageId!, JsonSerializer.Deserialize<OutgoingMessage>(row.Body)!.Buttons[0]);
    }

    private async Task SayAsync(string chat, string text)
    {
        using var sent = await _http.PostAsJsonAsync($"{_base}/_conversation/v1/conversations/{chat}/messages",
            new { from = new { id = "user-id-0" }, text, textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    /// <summary>
    /// Like <see cref="ShownAsync"/>, but matches the words the user reads: every string of the shown message (its text,
    /// the card's text blocks and buttons), decoded from JSON, one per line. Returns the latest match's words.
    /// </summary>
    private async Task<string> ShownTextAsync(Func<string, bool> match, string what)
    {
        var sender = _bot.Services.GetRequiredService<TeamsSender>();
        return await Eventually.GetAsync(async () =>
        {
            await OutboxPump.SendPendingAsync(_store, sender);
            return _shown.Select(TextsOf).LastOrDefault(t => t.Split('\n').Any(match));
        }, $"{what} in the emulator's conversation (shown: {string.Join(" | ", _shown.Select(TextsOf))})", 30_000);
    }

    /// <summary>Every string value in a shown message's JSON (a card's content is itself JSON inside it, read too), one per line.</summary>
    private static string TextsOf(string shown)
    {
        var lines = new List<string>();
        Collect(JsonSerializer.Deserialize<JsonElement>(shown).GetProperty("message"), lines);
        return string.Join('\n', lines);

        static void Collect(JsonElement e, List<string> lines)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject().Where(p => p.Name is not ("id" or "type" or "conversation" or "from" or "recipient" or "channelData")))
                    {
                        Collect(p.Value, lines);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item, lines);
                    }

                    break;
                case JsonValueKind.String when e.GetString() is { } text:
                    if (text.StartsWith('{') && text.EndsWith('}'))
                    {
                        try
                        {
                            Collect(JsonSerializer.Deserialize<JsonElement>(text), lines);
                            break;
                        }
                        catch (JsonException)
                        {
                        }
                    }

                    lines.AddRange(text.Split('\n'));
                    break;
            }
        }
    }

    private async Task<string> SentIdAsync(string text)
    {
        await using var db = _store.Db();
        var row = await db.Outbox.SingleAsync(o => o.Body.Contains(text) && o.Status == OutboxStatus.Sent);
        return row.SentMessageId!;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[256 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket!.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = JsonSerializer.Deserialize<JsonElement>(message.ToArray());
                message.SetLength(0);
                if (json.TryGetProperty("action", out var action) && action.GetString() == "createMessage")
                {
                    _shown.Enqueue(json.GetRawText());
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or JsonException)
        {
            Log($"websocket closed: {ex.Message}");
        }
    }

    private string Log(string? line)
    {
        lock (_playgroundLog)
        {
            if (line is not null)
            {
                _playgroundLog.AppendLine(line);
            }

            return _playgroundLog.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Seeds <paramref name="team"/> with Alex linked by his AAD object id, restarts the bot on the real engine, starts the playground; returns Alex's personal chat.</summary>
    private async Task<string> StartWithEngineAsync(SalesBot.Core.Crm.Team team)
    {
        await using (var db = _store.Db())
        {
            team.Members.Add(new SalesBot.Core.Crm.Member { Name = "Alex Wilber", NormalizedName = "alex wilber" }.WithTeams(aadObjectId: "00000000-0000-0000-0000-0000000000020"));
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        await _bot.DisposeAsync();
        _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?> { ["Emulator"] = "true" }, services =>
        {
            services.AddConversation();
            services.AddReports();
        });
        await StartPlaygroundAsync();
        var config = await _http.GetFromJsonAsync<JsonElement>($"{_base}/_internal/v1/config");
        var chat = config.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;
        return chat;
    }
}

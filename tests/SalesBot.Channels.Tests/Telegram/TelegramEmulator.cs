using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// telegram-test-api (npm, third party), the Bot API emulator, run with node from tests/peers/telegram
/// on a free 127.0.0.1 port and stopped when the tests are done. Its "client" routes play the user.
/// Installed from its lock file on first use (<see cref="NpmPeers"/>).
/// </summary>
public sealed class TelegramEmulator : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private Process? _node;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var folder = PeerFolder();
        NpmPeers.Ensure(folder, "telegram-test-api");

        var port = FreePort();
        var start = new ProcessStartInfo("node", "server.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The test owns the process: it stops when the test closes its stdin, even if the test run is killed.
        start.Environment["TG_STOP_WITH_STDIN"] = "1";
        _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _node.ErrorDataReceived += (_, _) => { };
        _node.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("listening", StringComparison.Ordinal))
            {
                BaseUrl = $"http://127.0.0.1:{port}";
                _ = DrainAsync(_node.StandardOutput);
                return;
            }
        }

        throw new InvalidOperationException("telegram-test-api exited before it listened");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_node is null)
        {
            return;
        }

        // server.js stops when its stdin closes; kill only if it does not.
        _node.StandardInput.Close();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _node.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }

    public bool IsRunning => _node is { HasExited: false };

    /// <summary>The user types <paramref name="text"/>; entities as Telegram would attach them.</summary>
    public Task SendUserMessageAsync(string botToken, object from, object chat, string text, object[]? entities = null, object? replyTo = null) =>
        PostAsync("/sendMessage", new Dictionary<string, object?>
        {
            ["botToken"] = botToken,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
            ["entities"] = entities,
            ["reply_to_message"] = replyTo,
        });

    /// <summary>The user presses a button on <paramref name="message"/>.</summary>
    public Task PressButtonAsync(string botToken, object from, object message, string data) =>
        PostAsync("/sendCallback", new { botToken, from, message, data });

    /// <summary>What the bot has sent so far, oldest first, as the emulator stored the sendMessage requests.</summary>
    public async Task<IReadOnlyList<JsonElement>> BotMessagesAsync(string botToken)
    {
        using var response = await _http.PostAsJsonAsync(BaseUrl + "/getUpdatesHistory", new { token = botToken });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("result").EnumerateArray()
            .Where(u => u.TryGetProperty("message", out var m) && m.TryGetProperty("chat_id", out _))
            .Select(u => u.Clone())
            .ToList();
    }

    public async Task<HttpStatusCode> GetMeStatusAsync(string botToken)
    {
        using var response = await _http.GetAsync($"{BaseUrl}/bot{botToken}/getMe");
        return response.StatusCode;
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(BaseUrl + path, body);
        response.EnsureSuccessStatusCode();
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static string PeerFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "peers", "telegram");
            if (File.Exists(Path.Combine(candidate, "server.js")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/peers/telegram/server.js not found above " + AppContext.BaseDirectory);
    }
}

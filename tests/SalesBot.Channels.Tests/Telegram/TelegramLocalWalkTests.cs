using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// The README's "Try it locally, without a token" for Telegram, as a newcomer runs it: SalesBot with
/// <c>Telegram:Emulator=true</c> against telegram-test-api, and <c>tests/peers/telegram/say.js</c> playing the manager
/// in the team's group and the rep in her private chat. The group is connected, hears the new deal, and gets the
/// digest as text (the emulator has no sendPhoto, so the chart is refused and the text goes alone).
/// </summary>
public sealed class TelegramLocalWalkTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private readonly string _token = $"{Random.Shared.Next(100_000, 999_999)}:local-walk-token-{Guid.NewGuid():N}";
    private TempStore _store = null!;
    private TelegramTestHost? _host;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        await using var db = _store.CreateDbContext();
        var team = new Team { Name = "Acme", NormalizedName = "acme", TimeZone = "UTC", Currency = "EUR" };
        team.Members.Add(new Member { Name = "Maria", NormalizedName = "maria", Role = MemberRole.Manager }.WithTelegram(1));
        team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna" }.WithTelegram(2));
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = _token,
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
    public async Task TheManagerConnectsTheGroupWhichHearsTheNewDealAndGetsTheDigest()
    {
        var connected = await SayAsync("--from", "1:Maria", "--group", "Acme sales", "/connect");
        Assert.Contains("Connected", connected, StringComparison.Ordinal);

        var deal = await SayAsync("--from", "2:Anna", "new", "deal", "Contoso", "40k");
        Assert.Contains("New deal Contoso", deal, StringComparison.Ordinal);
        Assert.Contains("[Undo]", deal, StringComparison.Ordinal);
        var groupId = (await ReadStoreAsync(db => db.ChannelBindings.SingleAsync())).ChatId;
        var posts = await TelegramTestHost.EventuallyAsync(async () =>
        {
            var inGroup = (await emulator.BotMessagesAsync(_token)).Select(m => m.GetProperty("message"))
                .Where(m => m.GetProperty("chat_id").ToString() == groupId).Select(m => m.GetProperty("text").GetString()!).ToList();
            return inGroup.Any(t => t.Contains("Anna opened Contoso", StringComparison.Ordinal)) ? inGroup : null;
        }, "the new deal in the group");
        Assert.DoesNotContain(posts, p => p.Contains("40", StringComparison.Ordinal));

        var privateDigest = await SayAsync("--from", "1:Maria", "digest");
        Assert.Contains("KPI digest", privateDigest, StringComparison.Ordinal);

        // Figures stay out of the group until the team shares them there; then the chart is refused and the text goes alone.
        Assert.DoesNotContain("KPI digest", await SayAsync("--from", "1:Maria", "--group", "Acme sales", "/digest"), StringComparison.Ordinal);
        await using (var db = _store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(s => s.SetProperty(t => t.Visibility, TeamVisibility.Everyone).SetProperty(t => t.ShowAmountsInChannel, true));
        }

        var groupDigest = await SayAsync("--from", "1:Maria", "--group", "Acme sales", "/digest");
        Assert.Contains("KPI digest", groupDigest, StringComparison.Ordinal);
        Assert.Contains("1 new deal", groupDigest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayExplainsItsUsageWithExitCodeTwo()
    {
        var (code, _, error) = await RunSayAsync(["--from", "Maria"]);
        Assert.Equal(2, code);
        Assert.StartsWith("usage:", error, StringComparison.Ordinal);
    }

    private async Task<T> ReadStoreAsync<T>(Func<Core.Data.SalesBotDb, Task<T>> read)
    {
        await using var db = _store.CreateDbContext();
        return await read(db);
    }

    private async Task<string> SayAsync(params string[] args)
    {
        var (code, output, error) = await RunSayAsync(["--wait", "6", .. args]);
        Assert.True(code == 0, $"say.js exited {code}: {error}");
        return output;
    }

    private async Task<(int Code, string Output, string Error)> RunSayAsync(string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = TelegramEmulator.PeerFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("say.js");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TG_PORT"] = new Uri(emulator.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TG_TOKEN"] = _token;
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await node.WaitForExitAsync(timeout.Token);
        return (node.ExitCode, await output, await error);
    }
}

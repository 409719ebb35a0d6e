using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Host.Data;
using SalesBot.Channels.Teams;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// Issue 12, finding 1: emulator mode only when asked for, never on a non-loopback bind, and no Teams endpoint
/// at all when Teams is neither configured nor emulated (a Telegram-only install).
/// </summary>
public sealed class TeamsEmulatorModeTests : IAsyncLifetime
{
    private TempStore _store = null!;

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task WithoutAnAppIdOrTheEmulatorApiMessagesIsNotThereAndAnUnauthenticatedActivityIsNotRecorded(string? emulator)
    {
        await using var bot = await BotHost.StartAsync(_store, new Dictionary<string, string?> { ["AppId"] = "", ["Emulator"] = emulator });

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, Repo.Payload("playground-personal-message.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://192.168.1.20:3978")]
    [InlineData("http://bot.example.com:3978")]
    public async Task RefusesToStartInEmulatorModeWhenABindAddressIsNotLoopback(string address)
    {
        // A server that only reports its addresses: the test never listens beyond loopback itself.
        await using var app = EmulatorHost(new ReportingServer("http://127.0.0.1:3978", address));

        var failure = await Record.ExceptionAsync(() => app.StartAsync());

        Assert.NotNull(failure);
        Assert.Contains("loopback", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(address, failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://localhost:3978")]
    public async Task StartsInEmulatorModeOnLoopbackBinds(string address)
    {
        await using var app = EmulatorHost(new ReportingServer(address));

        await app.StartAsync();
        await app.StopAsync();
    }

    private WebApplication EmulatorHost(IServer server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:Emulator"] = "true" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSalesBotStore(_store.Connection);
        builder.Services.AddTeams(builder.Configuration);
        builder.Services.AddSingleton(server);
        var app = builder.Build();
        app.MapTeams();
        return app;
    }

    private sealed class ReportingServer : IServer
    {
        public ReportingServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class ServerAddressesFeature : IServerAddressesFeature
    {
        public ICollection<string> Addresses { get; } = [];

        public bool PreferHostingUrls { get; set; }
    }
}

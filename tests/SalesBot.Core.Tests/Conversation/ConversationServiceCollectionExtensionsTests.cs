using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class ConversationServiceCollectionExtensionsTests
{
    private sealed class ScopedReports : IReportService
    {
        public Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken cancellationToken) =>
            Task.FromResult(new OutgoingMessage($"stand-up {date:yyyy-MM-dd}"));

        public Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken cancellationToken) =>
            Task.FromResult(new OutgoingMessage($"digest {isoWeek} {scope}"));
    }

    [Fact]
    public async Task AddConversationWiresOneEngineThatUsesAScopedReportService()
    {
        using var store = new TestStore();
        var team = store.AddTeam("North");
        store.AddMember(team, "Anna");
        var services = new ServiceCollection();
        services.AddSingleton<IDbContextFactory<SalesBotDb>>(store);
        services.AddSingleton<IMessageParser>(new FakeParser().Add("kpis", new ParsedCommand(Intent.KpiDigest, 0.9) { Scope = "team" }));
        services.AddSingleton<TimeProvider>(new FakeClock(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero)));
        services.AddScoped<IReportService, ScopedReports>();
        services.AddConversation();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var engine = provider.GetRequiredService<IConversationEngine>();
        Assert.Same(engine, provider.GetRequiredService<ConversationEngine>());
        var msg = new IncomingMessage(ChannelKind.Console, "console:Anna", ChatKind.Private, "Anna", "Anna", "kpis", "1", default);
        await engine.HandleAsync(msg, CancellationToken.None);

        using var db = store.CreateDbContext();
        Assert.Contains("digest 2026-W47 team", db.Outbox.Single().Body);
    }
}

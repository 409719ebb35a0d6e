using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Demo;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

public class ChatVerbTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, ParsedCommand> Texts = new()
    {
        ["my pipeline"] = new(Intent.ShowPipeline, 0.9) { Scope = "me" },
        ["Contoso upgrade to negotiation"] = new(Intent.MoveDeal, 0.9) { Deal = "Contoso upgrade", Stage = DealStage.Negotiation },
        ["undo"] = new(Intent.Undo, 1),
        ["my tasks"] = new(Intent.ShowTasks, 0.9),
        ["show contoso"] = new(Intent.ShowAccount, 0.9) { Account = "contoso" },
    };

    private static void Configure(IServiceCollection services)
    {
        services.AddSingleton<IMessageParser>(new ScriptedParser(Texts));
        services.AddSingleton<TimeProvider>(new FixedClock(Monday));
    }

    [Fact]
    public async Task OnAnEmptyStoreChatCreatesTheDemoTeamAndANewcomerCanTryEverything()
    {
        await using var store = await TestStore.SqliteAsync(migrate: false);
        var stdin = new StringReader("my pipeline\nContoso upgrade to negotiation\nundo\nmy tasks\nshow contoso\nblah blah\n");
        var stdout = new StringWriter();

        var code = await ChatVerb.RunAsync(CliArgs.Parse(["--as", "Anna", "--db", store.Db]), stdin, stdout, Configure);

        Assert.Equal(0, code);
        var output = stdout.ToString();
        Assert.Contains("created the demo team \"Demo\"", output);
        Assert.Contains("Chatting as Anna (Demo)", output);
        Assert.Contains("Your pipeline: 3 open deals, €137K", output);
        Assert.Contains("✓ Contoso upgrade: Proposal → Negotiation.\n[Undo]", output);
        Assert.Contains("[#Demo] Anna moved Contoso upgrade: Proposal → Negotiation", output);
        Assert.Contains("↩ Undone: Contoso upgrade Proposal → Negotiation.", output);
        Assert.Contains("Overdue (1):\n• send Contoso the revised quote (due 2 days ago)", output);
        Assert.Contains("Contacts: Kevin Park, Maria Lopez", output);
        Assert.Contains("didn't catch that", output);

        await using var db = store.CreateDb();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Name == "Contoso upgrade")).Stage);
        Assert.Equal(4, await db.Members.CountAsync());
        Assert.Equal(6, await db.Deals.Select(d => d.Stage).Distinct().CountAsync());
        Assert.True(await db.Activities.CountAsync() > 30);
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.Status == Core.Messaging.OutboxStatus.Pending));
    }

    [Fact]
    public async Task AnUnknownNameIsTreatedAsAStranger()
    {
        await using var store = await TestStore.SqliteAsync(migrate: false);
        var stdout = new StringWriter();

        await ChatVerb.RunAsync(CliArgs.Parse(["--as", "Mallory", "--db", store.Db]), new StringReader("my pipeline\n"), stdout, Configure);

        Assert.Contains("Mallory is not a member of Demo; the bot will treat you as a stranger", stdout.ToString());
        Assert.Contains("I don't know you yet", stdout.ToString());
    }

    [Fact]
    public async Task WithoutAsTheCommandLineExitsWith2()
    {
        Assert.Equal(2, await CommandLine.RunAsync(["chat", "--db", "Data Source=/nonexistent/x.db"]));
        await Task.CompletedTask;
        _ = DemoTeam.Name;
    }
}

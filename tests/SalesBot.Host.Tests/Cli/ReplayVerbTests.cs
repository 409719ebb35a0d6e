using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

public class ReplayVerbTests
{
    private static readonly Dictionary<string, ParsedCommand> Morning = new()
    {
        ["good morning"] = new(Intent.Unknown, 0.2),
        ["logged a meeting with Northwind"] = new(Intent.LogActivity, 0.9) { Activity = ActivityType.Meeting, Account = "Northwind" },
        ["call with Contosso about the renewal"] = new(Intent.LogActivity, 0.9) { Activity = ActivityType.Call, Account = "Contosso", Notes = "about the renewal" },
        ["new deal Woodgrove Bank 75k"] = new(Intent.CreateDeal, 0.9) { Deal = "Woodgrove Bank", Amount = 75_000 },
        ["Contoso upgrade to proposal"] = new(Intent.MoveDeal, 0.9) { Deal = "Contoso upgrade", Stage = DealStage.Proposal },
        ["email to Fabrikam"] = new(Intent.LogActivity, 0.9) { Activity = ActivityType.Email, Account = "Fabrikam" },
        ["undo"] = new(Intent.Undo, 1),
        ["logged a call with Contoso"] = new(Intent.LogActivity, 0.9) { Activity = ActivityType.Call, Account = "Contoso" },
        ["'; DROP TABLE Deals; --"] = new(Intent.Unknown, 0),
        ["<script>alert(1)</script>"] = new(Intent.Unknown, 0),
    };

    private const string Transcript = """
        # Monday morning at North
        2026-11-16T08:55 Maria: good morning
        2026-11-16T09:10 Anna: logged a meeting with Northwind

        2026-11-16T09:20 Ben: call with Contosso about the renewal
        2026-11-16T09:25 Anna: new deal Woodgrove Bank 75k
        2026-11-16T09:40 Anna: Contoso upgrade to proposal
        2026-11-16T09:45 Ben: email to Fabrikam
        2026-11-16T09:46 Ben: undo
        2026-11-16T10:00 Mallory: logged a call with Contoso
        2026-11-16T10:05 Anna: thanks!
        2026-11-16T10:10 Ben: '; DROP TABLE Deals; --
        2026-11-16T10:12 Ben: <script>alert(1)</script>
        2026-11-16T10:15 Anna: שלום 🚀
        """;

    [Fact]
    public async Task AReplayedMorningOfARealTeamLeavesExactlyTheRecordsAPersonExpects()
    {
        await using var store = await TestStore.SqliteAsync(migrate: false);
        await store.MigrateAsync();
        await using (var db = store.CreateDb())
        {
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Berlin", Currency = "EUR" };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            var anna = new Member { TeamId = team.Id, Name = "Anna", NormalizedName = "anna" };
            db.Members.AddRange(anna, new Member { TeamId = team.Id, Name = "Ben", NormalizedName = "ben" },
                new Member { TeamId = team.Id, Name = "Maria", NormalizedName = "maria", Role = MemberRole.Manager });
            var contoso = new Account { TeamId = team.Id, Name = "Contoso", NormalizedName = "contoso" };
            db.Accounts.Add(contoso);
            db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = "-100200" });
            await db.SaveChangesAsync();
            db.Deals.Add(new Deal { TeamId = team.Id, AccountId = contoso.Id, OwnerId = anna.Id, Name = "Contoso upgrade", NormalizedName = "contoso upgrade", Stage = DealStage.Qualified });
            await db.SaveChangesAsync();
        }

        var file = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Transcript);
        var stdout = new StringWriter();
        try
        {
            var code = await ReplayVerb.RunAsync(CliArgs.Parse([file, "--db", store.Db]), stdout, Configure);
            Assert.Equal(0, code);
        }
        finally
        {
            File.Delete(file);
        }

        var output = stdout.ToString();
        Assert.Contains("2026-11-16 09:10 Anna: logged a meeting with Northwind\n  ✓ Logged a meeting with Northwind. New account: Northwind.", output);
        Assert.Contains("  ✓ Logged a call with Contoso.", output);
        Assert.Contains("  [#North] 🆕 Anna opened Woodgrove Bank, Lead", output);
        Assert.Contains("  [#North] Anna moved Contoso upgrade: Qualified → Proposal", output);
        Assert.Contains("  ↩ Undone: the email with Fabrikam on Nov 16 and the new account Fabrikam.", output);
        Assert.Contains("  Hi! I don't know you yet", output);
        Assert.Contains("  You're welcome!", output);
        Assert.Contains("[Undo]", output);

        await using var check = store.CreateDb();
        Assert.Equal(["Contoso", "Northwind", "Woodgrove Bank"], await check.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
        var activities = await check.Activities.Include(a => a.Account).Include(a => a.Member).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, activities.Count);
        Assert.Equal(("Anna", ActivityType.Meeting, "Northwind"), (activities[0].Member!.Name, activities[0].Type, activities[0].Account!.Name));
        Assert.Equal(("Ben", ActivityType.Call, "Contoso"), (activities[1].Member!.Name, activities[1].Type, activities[1].Account!.Name));
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 8, 10, 0, TimeSpan.Zero), activities[0].RecordedAt);
        var deals = await check.Deals.OrderBy(d => d.Name).ToListAsync();
        Assert.Equal(2, deals.Count);
        Assert.Equal(DealStage.Proposal, deals[0].Stage);
        Assert.Equal(("Woodgrove Bank", DealStage.Lead, 75_000m, "EUR"), (deals[1].Name, deals[1].Stage, deals[1].Amount!.Value, deals[1].Currency));
        Assert.Equal(3, await check.Members.CountAsync());
        Assert.Equal(4, await check.Journal.CountAsync(j => j.UndoneAt == null));
        Assert.Equal(0, await check.Tasks.CountAsync());
        Assert.Equal(2, await check.Outbox.CountAsync(o => o.Channel == ChannelKind.Telegram && o.Status == Core.Messaging.OutboxStatus.Pending));
    }

    [Fact]
    public async Task AMissingFileIsAUsageError()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() =>
            ReplayVerb.RunAsync(CliArgs.Parse(["/nonexistent/replay.txt", "--db", "Data Source=x.db"]), new StringWriter(), Configure));
        Assert.StartsWith("cannot read /nonexistent/replay.txt", error.Message);
    }

    [Fact]
    public async Task AMalformedLineIsAUsageErrorNamingTheLineAndNothingIsWritten()
    {
        await using var store = await TestStore.SqliteAsync(migrate: false);
        var file = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "2026-11-16T09:10 Anna: hello\nyesterday Anna said hi\n");
        try
        {
            var error = await Assert.ThrowsAsync<UsageException>(() =>
                ReplayVerb.RunAsync(CliArgs.Parse([file, "--db", store.Db]), new StringWriter(), Configure));
            Assert.StartsWith("line 2:", error.Message);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.False(File.Exists(store.SqlitePath!));
    }

    [Fact]
    public async Task TheCommandLineReportsABadFileOnStderrWithExitCode2()
    {
        var code = await CommandLine.RunAsync(["replay", "/nonexistent/replay.txt", "--db", "Data Source=/nonexistent/x.db"]);
        Assert.Equal(2, code);
    }

    private static void Configure(IServiceCollection services)
    {
        services.AddSingleton<IMessageParser>(new ScriptedParser(Morning));
    }
}

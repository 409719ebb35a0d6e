using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Tests.Conversation.Support;

/// <summary>A real SQLite file in the temp folder (WAL, as in production), deleted when the test ends.</summary>
public sealed class TestStore : IDbContextFactory<SalesBotDb>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesbot-test-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<SalesBotDb> _options;

    public TestStore()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 30, Pooling = false }.ToString();
        _options = new DbContextOptionsBuilder<SalesBotDb>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public SalesBotDb CreateDbContext() => new(_options);

    public Team AddTeam(string name, string timeZone = "Europe/Berlin", TeamVisibility visibility = TeamVisibility.ManagersOnly)
    {
        using var db = CreateDbContext();
        var team = new Team { Name = name, NormalizedName = CompanyName.NormalizePlain(name), TimeZone = timeZone, Visibility = visibility, Currency = "EUR" };
        db.Teams.Add(team);
        db.SaveChanges();
        return team;
    }

    public Member AddMember(Team team, string name, MemberRole role = MemberRole.Rep, long? telegramId = null)
    {
        using var db = CreateDbContext();
        var member = new Member { TeamId = team.Id, Name = name, NormalizedName = CompanyName.NormalizePlain(name), Role = role };
        if (telegramId is { } id)
        {
            member.WithTelegram(id);
        }

        db.Members.Add(member);
        db.SaveChanges();
        return member;
    }

    public Account AddAccount(Team team, string name)
    {
        using var db = CreateDbContext();
        var account = new Account { TeamId = team.Id, Name = name, NormalizedName = CompanyName.Normalize(name) };
        db.Accounts.Add(account);
        db.SaveChanges();
        return account;
    }

    public Deal AddDeal(Team team, Account account, Member owner, string name, DealStage stage = DealStage.Lead, decimal? amount = null)
    {
        using var db = CreateDbContext();
        var deal = new Deal
        {
            TeamId = team.Id, AccountId = account.Id, OwnerId = owner.Id, Name = name, NormalizedName = CompanyName.NormalizePlain(name),
            Stage = stage, Amount = amount, Currency = amount is null ? null : "EUR",
        };
        db.Deals.Add(deal);
        db.SaveChanges();
        return deal;
    }

    public ChannelBinding Bind(Team team, string chatId, ChannelKind channel = ChannelKind.Telegram)
    {
        using var db = CreateDbContext();
        var binding = new ChannelBinding { TeamId = team.Id, Channel = channel, ChatId = chatId, IsActive = true };
        db.ChannelBindings.Add(binding);
        db.SaveChanges();
        return binding;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A file still held open only leaves litter in the temp folder.
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Data;

/// <summary>
/// The CRM store. Handlers use it directly (no repository layer). The provider (SQLite or
/// PostgreSQL) is chosen by the Host from the connection string; nothing here depends on it
/// except the storage of <see cref="DateTimeOffset"/>, which SQLite cannot compare natively.
/// </summary>
public class SalesBotDb(DbContextOptions<SalesBotDb> options) : DbContext(options)
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamHoliday> TeamHolidays => Set<TeamHoliday>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<ChannelIdentity> ChannelIdentities => Set<ChannelIdentity>();
    public DbSet<JoinCode> JoinCodes => Set<JoinCode>();
    public DbSet<ChannelBinding> ChannelBindings => Set<ChannelBinding>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<DealStageChange> DealStageChanges => Set<DealStageChange>();
    public DbSet<DealCollaborator> DealCollaborators => Set<DealCollaborator>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityParticipant> ActivityParticipants => Set<ActivityParticipant>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<DailyPlan> DailyPlans => Set<DailyPlan>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<OpenQuestion> OpenQuestions => Set<OpenQuestion>();
    public DbSet<ScheduledPost> ScheduledPosts => Set<ScheduledPost>();
    public DbSet<ChannelEndpoint> ChannelEndpoints => Set<ChannelEndpoint>();
    public DbSet<Reports.Forecast.DealCloseDateChange> DealCloseDateChanges => Set<Reports.Forecast.DealCloseDateChange>();
    public DbSet<Reports.Forecast.StageProbability> StageProbabilities => Set<Reports.Forecast.StageProbability>();
    public DbSet<SenderEvent> SenderEvents => Set<SenderEvent>();
    public DbSet<BotAccount> BotAccounts => Set<BotAccount>();
    public DbSet<Features.Tips.Tip> Tips => Set<Features.Tips.Tip>();
    public DbSet<Features.Tips.TipReaction> TipReactions => Set<Features.Tips.TipReaction>();

    public bool IsSqlite => Database.ProviderName == SqliteProvider;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesBotDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);

        // SQLite has no date-time-with-offset type and EF cannot compare or order its text form;
        // Unix milliseconds compare correctly. PostgreSQL keeps timestamptz, always in UTC.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        }
    }
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Tests.Data;

/// <summary>One of every entity, with values that would expose a lossy column (offsets, decimals, non-ASCII, lists).</summary>
internal static class SampleCrm
{
    public static readonly DateTimeOffset At = new(2026, 11, 18, 9, 15, 30, 123, TimeSpan.Zero);

    public static async Task<Team> SeedAsync(SalesBotDb db)
    {
        var team = new Team
        {
            Name = "Północ", NormalizedName = "polnoc", TimeZone = "Europe/Warsaw", StandupTime = new TimeOnly(9, 30),
            WorkingDays = WorkWeek.MondayToFriday, Currency = "PLN", Visibility = TeamVisibility.Everyone,
            ChannelEvents = ChannelEvents.Won | ChannelEvents.NewDeal, QuietHoursStart = new TimeOnly(20, 0), QuietHoursEnd = new TimeOnly(7, 0),
            CreatedAt = At,
        };
        team.Holidays.Add(new TeamHoliday { Date = new DateOnly(2026, 12, 24), Name = "Wigilia" });
        var anna = new Member { Name = "Anna Nowak", NormalizedName = "anna nowak", Role = MemberRole.Rep, JoinedAt = At }.WithTelegram(987654321012);
        var marek = new Member
        {
            Name = "Marek", NormalizedName = "marek", Role = MemberRole.Manager,
            Status = MemberStatus.Away, AwayUntil = new DateOnly(2026, 12, 2), JoinedAt = At,
        }.WithTeams("29:1abc", "6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f", "a:1xyz", "https://smba.trafficmanager.net/emea/");
        team.Members.AddRange([anna, marek]);
        db.Teams.Add(team);
        await db.SaveChangesAsync();

        db.JoinCodes.Add(new JoinCode { TeamId = team.Id, Code = "K7P2QX", CreatedByMemberId = marek.Id, CreatedAt = At, ExpiresAt = At.AddDays(7) });
        db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = "-1001234567890", ThreadId = "42", Title = "Sales North", BoundAt = At, BoundByMemberId = marek.Id });
        var journal = new JournalEntry { TeamId = team.Id, MemberId = anna.Id, Kind = "log_activity", Summary = "the call with Acme", Changes = "{}", SourceMessageId = "m1", CreatedAt = At };
        db.Journal.Add(journal);
        await db.SaveChangesAsync();

        var acme = new Account { TeamId = team.Id, Name = "ACME Corp.", NormalizedName = CompanyName.Normalize("ACME Corp."), CreatedAt = At, CreatedByMemberId = anna.Id, JournalEntryId = journal.Id };
        var kevin = new Contact { TeamId = team.Id, Account = acme, Name = "Kevin Żak", NormalizedName = "kevin zak", Email = "kevin@acme.test", CreatedAt = At };
        db.AddRange(acme, kevin);
        await db.SaveChangesAsync();

        var deal = new Deal
        {
            TeamId = team.Id, AccountId = acme.Id, OwnerId = anna.Id, Name = "Acme upgrade", NormalizedName = "acme upgrade",
            Amount = 1_234_567.89m, Currency = "EUR", CloseDate = new DateOnly(2026, 12, 15), CreatedAt = At, StageChangedAt = At,
        };
        deal.StageHistory.Add(new DealStageChange { To = DealStage.Lead, ChangedAt = At, ChangedByMemberId = anna.Id });
        deal.Collaborators.Add(new DealCollaborator { MemberId = marek.Id, Role = "finance" });
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        deal.MoveTo(DealStage.Proposal, anna.Id, At.AddHours(1));

        var activity = new Activity
        {
            TeamId = team.Id, MemberId = anna.Id, Type = ActivityType.Call, HappenedOn = new DateOnly(2026, 11, 17), HappenedAt = new TimeOnly(14, 5),
            RecordedAt = At, AccountId = acme.Id, ContactId = kevin.Id, DealId = deal.Id, Notes = "discussed renewal 🚀 '; DROP TABLE deals; --",
            SourceMessageId = "tg:1:77", SourceText = "called Kevin at Acme yesterday", JournalEntryId = journal.Id,
        };
        activity.Participants.Add(new ActivityParticipant { MemberId = marek.Id });
        db.Activities.Add(activity);
        db.Tasks.Add(new TaskItem { TeamId = team.Id, OwnerId = anna.Id, Title = "send the NDA", Due = new DateOnly(2026, 11, 20), DueTime = new TimeOnly(10, 0), AccountId = acme.Id, DealId = deal.Id, CreatedAt = At });
        db.DailyPlans.Add(new DailyPlan { TeamId = team.Id, MemberId = anna.Id, Date = new DateOnly(2026, 11, 18), Items = ["call Kevin", "NDA for Acme", "prep demo"], UpdatedAt = At });
        db.Targets.Add(new Target { TeamId = team.Id, Metric = KpiMetric.Meetings, Period = TargetPeriod.Week, Value = 8, SetByMemberId = marek.Id, SetAt = At });
        db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "700001", ReceivedAt = At, Payload = "{\"update_id\":700001}" });
        db.Outbox.Add(new OutboxMessage { Channel = ChannelKind.Telegram, ChatId = "-1001234567890", ThreadId = "42", Kind = OutboxKind.Standup, Body = "{\"text\":\"hi\"}", TeamId = team.Id, DedupKey = "standup:1:2026-11-18", CreatedAt = At, NotBefore = At });
        db.OpenQuestions.Add(new OpenQuestion { TeamId = team.Id, MemberId = anna.Id, Command = "{}", Field = "account", Options = "[]", CreatedAt = At, ExpiresAt = At.AddMinutes(30) });
        db.ScheduledPosts.Add(new ScheduledPost { TeamId = team.Id, Kind = ScheduledPostKind.Standup, Key = "2026-11-18", Recipient = "channel", DueAt = At, PostedAt = At.AddMinutes(1), IsLate = true });
        await db.SaveChangesAsync();
        return team;
    }
}

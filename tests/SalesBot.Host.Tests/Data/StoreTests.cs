using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Data;

public class StoreTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EveryEntityRoundTripsWithItsValues(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        await using var read = store.CreateDb();
        var team = await read.Teams.Include(t => t.Members).ThenInclude(m => m.Identities).Include(t => t.Holidays).SingleAsync();
        Assert.Equal("Północ", team.Name);
        Assert.Equal(new TimeOnly(9, 30), team.StandupTime);
        Assert.Equal(ChannelEvents.Won | ChannelEvents.NewDeal, team.ChannelEvents);
        Assert.Equal(TeamVisibility.Everyone, team.Visibility);
        Assert.Equal(new TimeOnly(20, 0), team.QuietHoursStart);
        Assert.Equal("Wigilia", Assert.Single(team.Holidays).Name);

        var anna = team.Members.Single(m => m.Role == MemberRole.Rep);
        Assert.Equal(987654321012, anna.TelegramUserId());
        var marek = team.Members.Single(m => m.Role == MemberRole.Manager);
        Assert.True(marek.IsAwayOn(new DateOnly(2026, 12, 2)));
        Assert.False(marek.IsAwayOn(new DateOnly(2026, 12, 3)));
        Assert.Equal("a:1xyz", marek.TeamsConversationId());

        var deal = await read.Deals.Include(d => d.StageHistory).Include(d => d.Collaborators).SingleAsync();
        Assert.Equal(1_234_567.89m, deal.Amount);
        Assert.Equal(DealStage.Proposal, deal.Stage);
        Assert.Equal([DealStage.Lead, DealStage.Proposal], deal.StageHistory.OrderBy(h => h.ChangedAt).Select(h => h.To));
        Assert.Equal(SampleCrm.At.AddHours(1), deal.StageChangedAt);
        Assert.Equal("finance", Assert.Single(deal.Collaborators).Role);

        var activity = await read.Activities.Include(a => a.Participants).SingleAsync();
        Assert.Equal(ActivityType.Call, activity.Type);
        Assert.Equal(new DateOnly(2026, 11, 17), activity.HappenedOn);
        Assert.Equal(SampleCrm.At, activity.RecordedAt);
        Assert.Equal("discussed renewal 🚀 '; DROP TABLE deals; --", activity.Notes);
        Assert.Equal(marek.Id, Assert.Single(activity.Participants).MemberId);

        Assert.Equal(["call Kevin", "NDA for Acme", "prep demo"], (await read.DailyPlans.SingleAsync()).Items);
        Assert.Equal(new TimeOnly(10, 0), (await read.Tasks.SingleAsync()).DueTime);
        Assert.Equal(8m, (await read.Targets.SingleAsync()).Value);
        Assert.Equal("Kevin Żak", (await read.Contacts.SingleAsync()).Name);
        Assert.Equal("42", (await read.ChannelBindings.SingleAsync()).ThreadId);
        Assert.Equal("K7P2QX", (await read.JoinCodes.SingleAsync()).Code);
        Assert.Equal("700001", (await read.Inbox.SingleAsync()).ExternalId);
        Assert.Equal(OutboxStatus.Pending, (await read.Outbox.SingleAsync()).Status);
        Assert.True((await read.ScheduledPosts.SingleAsync()).IsLate);
        Assert.Equal("account", (await read.OpenQuestions.SingleAsync()).Field);
        Assert.Equal("the call with Acme", (await read.Journal.SingleAsync()).Summary);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task QueriesCompareAndOrderTimestamps(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDb();
        await SampleCrm.SeedAsync(db);

        var since = SampleCrm.At.AddMinutes(-1);
        Assert.Equal(1, await db.Activities.CountAsync(a => a.RecordedAt > since && a.HappenedOn >= new DateOnly(2026, 11, 16)));
        Assert.Equal(0, await db.Activities.CountAsync(a => a.RecordedAt > SampleCrm.At));
        var latest = await db.DealStageChanges.OrderByDescending(c => c.ChangedAt).FirstAsync();
        Assert.Equal(DealStage.Proposal, latest.To);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AChannelUpdateIdIsRecordedOnlyOnce(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "5001", ReceivedAt = SampleCrm.At });
            db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Teams, ExternalId = "5001", ReceivedAt = SampleCrm.At });
            await db.SaveChangesAsync();
        }

        await using var again = store.CreateDb();
        again.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "5001", ReceivedAt = SampleCrm.At });
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SpellingsOfOneCompanyAreOneAccountPerTeam(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDb();
        var north = new Team { Name = "North", NormalizedName = "north" };
        var south = new Team { Name = "South", NormalizedName = "south" };
        db.Teams.AddRange(north, south);
        await db.SaveChangesAsync();

        Assert.Equal(CompanyName.Normalize("Acme"), CompanyName.Normalize("ACME Corp."));
        Assert.Equal(CompanyName.Normalize("Acme"), CompanyName.Normalize("Acme Corp"));
        db.Accounts.Add(new Account { TeamId = north.Id, Name = "Acme", NormalizedName = CompanyName.Normalize("Acme") });
        // Another team may have its own Acme: teams never share records.
        db.Accounts.Add(new Account { TeamId = south.Id, Name = "ACME Corp.", NormalizedName = CompanyName.Normalize("ACME Corp.") });
        await db.SaveChangesAsync();

        db.Accounts.Add(new Account { TeamId = north.Id, Name = "Acme Corp", NormalizedName = CompanyName.Normalize("Acme Corp") });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AScheduledPostIsLedgeredOncePerTeamKindAndDay(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        await using var second = store.CreateDb();
        var teamId = await second.Teams.Select(t => t.Id).SingleAsync();
        second.ScheduledPosts.Add(new Core.Scheduling.ScheduledPost { TeamId = teamId, Kind = Core.Scheduling.ScheduledPostKind.Standup, Key = "2026-11-18", Recipient = "channel" });
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }
}

using System.Text.Json;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Standup;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports.Standup;

public class StandupBuilderTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<StandupReport> MondayAsync()
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        var data = await StandupLoader.LoadAsync(db, week.Team.Id, Monday, CancellationToken.None);
        return StandupBuilder.Build(data!, Monday);
    }

    [Fact]
    public async Task MondayStandupCoversFridaysStandupUntilMondaysIncludingTheWeekend()
    {
        var report = await MondayAsync();

        Assert.Equal(Seed.Local("Europe/Warsaw", "2026-11-20T09:30"), report.From);
        Assert.Equal(Seed.Local("Europe/Warsaw", "2026-11-23T09:30"), report.To);
        var anna = report.Reps.Single(r => r.Name == "Anna Kowalska");
        // Recorded in the window: the Sunday note and the call typed in on Monday at 09:00; not Friday 09:00, not Monday 09:45.
        Assert.Equal(["call", "note"], anna.Activities.Select(a => a.Type).Order());
        Assert.Equal(new Dictionary<string, int> { ["call"] = 1, ["note"] = 1 }, anna.ActivityCounts);
        Assert.Equal("Contoso upgrade", Assert.Single(anna.Won).Deal);
        // The win counts as a stage move, as in the digest (one definition of the counter).
        Assert.Equal("won", Assert.Single(anna.StageMoves).To);
    }

    [Fact]
    public async Task EachRepGetsOneShortLine()
    {
        var message = StandupMessage.Render(await MondayAsync(), showAmounts: false);

        Assert.Equal(
            "Anna Kowalska: 1 call, 1 note · won Contoso upgrade · plan: Call Kevin (+2) · 1 due today, 1 overdue\n"
            + "Ben Carter: nothing recorded · 1 new deal · lost Fabrikam renewal · no plan yet\n"
            + "Carl Nowak: away until 27 Nov\n"
            // Who has no top 3 by stand-up time, gently; Carl is away and not named.
            + "No top 3 yet from Ben Carter: a short \"plan: …\" to me still makes today's list.",
            message.Text);
        Assert.Equal("Stand-up · Mon 23 Nov", message.Title);
        Assert.Contains("  plan 3. Demo for Fabrikam", message.Details);
        Assert.Contains("  overdue since 20 Nov: Call Maria at Fabrikam", message.Details);
        Assert.DoesNotContain(message.Details, d => d.Contains("30,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AmountsShowOnlyWhereAllowed()
    {
        var message = StandupMessage.Render(await MondayAsync(), showAmounts: true);

        Assert.Contains("won Contoso upgrade (EUR 30,000)", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueTodayAndOverdueAreTheRepsOpenTasks()
    {
        var anna = (await MondayAsync()).Reps.Single(r => r.Name == "Anna Kowalska");

        Assert.Equal("Send quote to Contoso", Assert.Single(anna.DueToday).Title);
        Assert.Equal("Call Maria at Fabrikam", Assert.Single(anna.Overdue).Title);
        Assert.Equal(["Call Kevin", "Contoso kickoff", "Demo for Fabrikam"], anna.Plan);
    }

    [Fact]
    public async Task ManagersWithNothingToReportAreLeftOut() =>
        Assert.DoesNotContain((await MondayAsync()).Reps, r => r.Name == "Marta Manager");

    [Fact]
    public async Task JsonHasTheContractsFieldNames()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(await MondayAsync()));
        var root = json.RootElement;

        Assert.Equal("Northwind Sales", root.GetProperty("team").GetString());
        Assert.Equal("2026-11-23", root.GetProperty("date").GetString());
        var anna = root.GetProperty("reps")[0];
        foreach (var field in new[] { "name", "activities", "stage_moves", "won", "plan", "due_today", "overdue" })
        {
            Assert.True(anna.TryGetProperty(field, out _), field);
        }

        Assert.Equal("Anna Kowalska", anna.GetProperty("name").GetString());
        Assert.Equal(2, anna.GetProperty("activities").GetArrayLength());
        Assert.Equal("Contoso upgrade", anna.GetProperty("won")[0].GetProperty("deal").GetString());
        Assert.Equal("Call Kevin", anna.GetProperty("plan")[0].GetString());
        Assert.Equal("Send quote to Contoso", anna.GetProperty("due_today")[0].GetProperty("title").GetString());
        Assert.False(anna.TryGetProperty("member_id", out _));
    }

    [Fact]
    public async Task StandupAfterTheSpringClockChangeCoversExactlyTheHoursBetweenTheTwoStandups()
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team();
        var anna = s.Member(team, "Anna");
        // Friday 27 March is still winter time (+01:00), Monday 30 March summer time (+02:00).
        s.Activity(team, anna, Crm.ActivityType.Call, "2026-03-27", "2026-03-27T09:29");
        s.Activity(team, anna, Crm.ActivityType.Meeting, "2026-03-27", "2026-03-27T09:31");
        s.Activity(team, anna, Crm.ActivityType.Email, "2026-03-30", "2026-03-30T09:29");
        s.Activity(team, anna, Crm.ActivityType.Demo, "2026-03-30", "2026-03-30T09:31");

        var day = new DateOnly(2026, 3, 30);
        var report = StandupBuilder.Build((await StandupLoader.LoadAsync(db, team.Id, day, CancellationToken.None))!, day);

        Assert.Equal(DateTimeOffset.Parse("2026-03-27T08:30:00Z"), report.From);
        Assert.Equal(DateTimeOffset.Parse("2026-03-30T07:30:00Z"), report.To);
        Assert.Equal(["email", "meeting"], report.Reps.Single().Activities.Select(a => a.Type).Order());
    }

    [Fact]
    public async Task DayAfterAHolidayCoversTheHolidayToo()
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team();
        var anna = s.Member(team, "Anna");
        s.Holiday(team, "2026-12-24");
        s.Holiday(team, "2026-12-25");
        s.Activity(team, anna, Crm.ActivityType.Call, "2026-12-24", "2026-12-24T12:00");

        var day = new DateOnly(2026, 12, 28);
        var report = StandupBuilder.Build((await StandupLoader.LoadAsync(db, team.Id, day, CancellationToken.None))!, day);

        Assert.Equal(Seed.Local(team, "2026-12-23T09:30"), report.From);
        Assert.Single(report.Reps.Single().Activities);
    }
}

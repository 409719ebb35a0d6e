using SalesBot.Core.Crm;
using SalesBot.Core.Reports;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports;

public class ReportServiceTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly TestStore _store = new();
    private readonly FakeClock _clock = new(DateTimeOffset.Parse("2026-11-25T10:00:00Z"));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task RepSeesOnlyTheirOwnStandupLineWhenFiguresAreForManagers()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db, TeamVisibility.ManagersOnly);

        var message = await new ReportService(db, _clock).StandupAsync(w.Team.Id, Monday, w.Ben.Id, CancellationToken.None);

        Assert.StartsWith("Ben Carter:", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerSeesEveryRepWithAmounts()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db, TeamVisibility.ManagersOnly);

        var message = await new ReportService(db, _clock).StandupAsync(w.Team.Id, Monday, w.Marta.Id, CancellationToken.None);

        // A line per rep, and the one naming Ben, who has no plan yet.
        Assert.Equal(4, message.Text.Split('\n').Length);
        Assert.StartsWith("No top 3 yet from Ben Carter", message.Text.Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains("won Contoso upgrade (EUR 30,000)", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryoneSeesTheTeamWhenTheTeamSharesFigures()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db, TeamVisibility.Everyone);

        var message = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "2026-W47", "team", w.Ben.Id, CancellationToken.None);

        Assert.StartsWith("Team: 3 meetings, 3 calls", message.Text, StringComparison.Ordinal);
        Assert.Contains(message.Details, d => d.StartsWith("Anna Kowalska:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepAskingForTeamFiguresGetsTheirOwnWhenTheyAreForManagers()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db, TeamVisibility.ManagersOnly);

        var team = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "2026-W47", null, w.Ben.Id, CancellationToken.None);
        var anna = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "2026-W47", "Anna", w.Ben.Id, CancellationToken.None);

        Assert.StartsWith("Ben Carter: 1 meeting, 0 calls", team.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Team:", team.Text, StringComparison.Ordinal);
        Assert.StartsWith("Ben Carter:", anna.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", anna.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerAsksHowARepDid()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db);

        var message = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "2026-W47", "anna", w.Marta.Id, CancellationToken.None);

        Assert.StartsWith("Anna Kowalska: 2 meetings, 3 calls", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyReadsAnotherTeamsReport()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db);
        var other = new Seed(db).Team("Other team");

        var message = await new ReportService(db, _clock).StandupAsync(other.Id, Monday, w.Marta.Id, CancellationToken.None);

        Assert.Equal("I can only show the stand-up of your own team.", message.Text);
    }

    [Fact]
    public async Task BadWeekGetsAnAnswerNotAnError()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db);

        var message = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "week 99", null, w.Marta.Id, CancellationToken.None);

        Assert.Contains("2026-W48", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersInTheTeamsLanguageOrTheViewersOwn()
    {
        using var db = _store.CreateDbContext();
        var w = new NorthwindWeek(db);
        w.Team.Language = "pl";
        w.Ben.Language = "ru";
        db.SaveChanges();

        var manager = await new ReportService(db, _clock).StandupAsync(w.Team.Id, Monday, w.Marta.Id, CancellationToken.None);
        var ben = await new ReportService(db, _clock).DigestAsync(w.Team.Id, "2026-W47", null, w.Ben.Id, CancellationToken.None);

        Assert.Equal("Stand-up · pon. 23 lis", manager.Title);
        Assert.Contains("wygrana: Contoso upgrade (30\u00a0000 EUR)", manager.Text, StringComparison.Ordinal);
        Assert.StartsWith("Ben Carter: 1 встреча, 0 звонков", ben.Text, StringComparison.Ordinal);
        Assert.EndsWith("Цифры команды видят менеджеры; вот ваши.", ben.Text, StringComparison.Ordinal);
    }
}

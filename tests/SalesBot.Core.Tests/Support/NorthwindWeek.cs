using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Tests.Support;

/// <summary>
/// A week of one team (ISO week 2026-W47, Mon 16 - Sun 22 Nov, Europe/Warsaw) seeded row by row,
/// with the digest and Monday's stand-up counted by hand in the comments. Edge cases on purpose:
/// activities just outside the week, one typed in on Monday about Friday, a deal created at 00:30
/// local on the Monday after (Sunday in UTC), a stale deal.
/// </summary>
internal sealed class NorthwindWeek
{
    public Team Team { get; }
    public Member Anna { get; }
    public Member Ben { get; }
    public Member Carl { get; }
    public Member Marta { get; }

    public NorthwindWeek(SalesBotDb db, TeamVisibility visibility = TeamVisibility.ManagersOnly)
    {
        var s = new Seed(db);
        Team = s.Team(visibility: visibility);
        Anna = s.Member(Team, "Anna Kowalska", telegram: 1001);
        Ben = s.Member(Team, "Ben Carter", telegram: 1002);
        Carl = s.Member(Team, "Carl Nowak", telegram: 1003, awayUntil: new DateOnly(2026, 11, 27));
        Marta = s.Member(Team, "Marta Manager", MemberRole.Manager, telegram: 1009);
        s.Channel(Team);
        var contoso = s.Account(Team, "Contoso");
        var fabrikam = s.Account(Team, "Fabrikam");
        var northwind = s.Account(Team, "Northwind");
        var adatum = s.Account(Team, "Adatum");
        var tailspin = s.Account(Team, "Tailspin");

        // Anna, W47: meetings 16th and 20th; calls 16th, 17th and (typed on Monday 23rd) 20th; email 18th; demo 19th; note 22nd.
        s.Activity(Team, Anna, ActivityType.Meeting, "2026-11-15", "2026-11-15T18:00", contoso); // previous week
        s.Activity(Team, Anna, ActivityType.Meeting, "2026-11-16", "2026-11-16T11:00", contoso);
        s.Activity(Team, Anna, ActivityType.Call, "2026-11-16", "2026-11-16T15:00", fabrikam);
        s.Activity(Team, Anna, ActivityType.Call, "2026-11-17", "2026-11-17T10:00", contoso);
        s.Activity(Team, Anna, ActivityType.Email, "2026-11-18", "2026-11-18T10:00", contoso);
        s.Activity(Team, Anna, ActivityType.Demo, "2026-11-19", "2026-11-19T14:00", contoso);
        s.Activity(Team, Anna, ActivityType.Meeting, "2026-11-20", "2026-11-20T09:00", contoso); // before Friday's stand-up
        s.Activity(Team, Anna, ActivityType.Note, "2026-11-22", "2026-11-22T20:00", contoso, notes: "renewal terms");
        s.Activity(Team, Anna, ActivityType.Call, "2026-11-20", "2026-11-23T09:00", fabrikam); // typed in late
        s.Activity(Team, Anna, ActivityType.Meeting, "2026-11-23", "2026-11-23T09:45", contoso); // next week, after Monday's stand-up

        // Ben, W47: meeting 17th, visit 18th; two calls the week before.
        s.Activity(Team, Ben, ActivityType.Call, "2026-11-10", "2026-11-10T10:00", fabrikam);
        s.Activity(Team, Ben, ActivityType.Call, "2026-11-11", "2026-11-11T10:00", fabrikam);
        s.Activity(Team, Ben, ActivityType.Meeting, "2026-11-17", "2026-11-17T12:00", northwind);
        s.Activity(Team, Ben, ActivityType.Visit, "2026-11-18", "2026-11-18T12:00", northwind);

        // Deals: Contoso created and won by Anna this week; Fabrikam lost by Ben; Northwind created 00:30 Monday 16th
        // (Sunday in UTC, still W47 locally); Tailspin created 00:30 Monday 23rd (not W47); Adatum quiet since October.
        var contosoDeal = s.Deal(Team, Anna, contoso, "Contoso upgrade", "2026-11-16T10:00", 30000, "EUR");
        s.Move(Team, contosoDeal, DealStage.Proposal, Anna, "2026-11-17T11:00");
        s.Move(Team, contosoDeal, DealStage.Won, Anna, "2026-11-20T15:00");
        var fabrikamDeal = s.Deal(Team, Ben, fabrikam, "Fabrikam renewal", "2026-11-02T10:00", 12000, "USD");
        s.Move(Team, fabrikamDeal, DealStage.Lost, Ben, "2026-11-21T10:00");
        s.Deal(Team, Ben, northwind, "Northwind pilot", "2026-11-16T00:30", 5000, "EUR");
        s.Deal(Team, Ben, tailspin, "Tailspin trial", "2026-11-23T00:30");
        s.Deal(Team, Anna, adatum, "Adatum expansion", "2026-10-01T10:00", 50000, "EUR", DealStage.Proposal);

        // Tasks: Anna finished one on the 18th (and one the week before); Ben finishes his on the 24th.
        s.Task(Team, Anna, "Send NDA", "2026-11-18", doneAt: "2026-11-18T16:00");
        s.Task(Team, Anna, "Old follow-up", "2026-11-12", doneAt: "2026-11-12T16:00");
        s.Task(Team, Ben, "Book demo room", "2026-11-24", doneAt: "2026-11-24T10:00");
        s.Task(Team, Anna, "Send quote to Contoso", "2026-11-23");
        s.Task(Team, Anna, "Call Maria at Fabrikam", "2026-11-20");
        s.Task(Team, Anna, "Prepare QBR", "2026-11-24");
        s.Task(Team, Carl, "Carl's overdue thing", "2026-11-19");

        s.Plan(Team, Anna, "2026-11-23", "Call Kevin", "Contoso kickoff", "Demo for Fabrikam");

        // Targets: 3 meetings a week; 8 calls a month (8 x 12 / 52 = 1.85 a week).
        s.Target(Team, KpiMetric.Meetings, 3);
        s.Target(Team, KpiMetric.Calls, 8, TargetPeriod.Month);
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Demo;

/// <summary>
/// A believable team to try the bot with: team "Demo" (Europe/Berlin, EUR), reps Anna, Ben and Chloe, manager
/// Maria, eight accounts, deals in every stage and about three weeks of activities, tasks and plans, all dated
/// relative to the clock so stand-ups and digests have something to show on any day. Deterministic for a given day.
/// </summary>
public static class DemoTeam
{
    public const string Name = "Demo";
    public const string ConsoleChatId = "console:#Demo";

    public static readonly IReadOnlyList<string> Reps = ["Anna", "Ben", "Chloe"];
    public const string Manager = "Maria";

    private static readonly (string Account, string Deal, DealStage Stage, decimal Amount, int Owner)[] Deals =
    [
        ("Contoso", "Contoso upgrade", DealStage.Proposal, 40_000, 0),
        ("Fabrikam", "Fabrikam rollout", DealStage.Negotiation, 85_000, 0),
        ("Northwind Traders", "Northwind pilot", DealStage.Qualified, 12_000, 0),
        ("Woodgrove Bank", "Woodgrove Bank analytics", DealStage.Lead, 150_000, 1),
        ("Litware", "Litware licences", DealStage.Won, 30_000, 1),
        ("Adventure Works", "Adventure Works renewal", DealStage.Negotiation, 22_000, 1),
        ("Tailspin Toys", "Tailspin Toys CRM", DealStage.Lost, 18_000, 2),
        ("Wide World Importers", "Wide World Importers expansion", DealStage.Proposal, 64_000, 2),
        ("Alpine Ski House", "Alpine Ski House season pass", DealStage.Lead, 9_500, 2),
    ];

    private static readonly (string Account, string Contact)[] Contacts =
    [
        ("Contoso", "Maria Lopez"), ("Contoso", "Kevin Park"), ("Fabrikam", "Jonas Weber"), ("Northwind Traders", "Priya Shah"),
        ("Woodgrove Bank", "Laura Chen"), ("Litware", "Tom Hansen"), ("Adventure Works", "Eva Novak"),
        ("Tailspin Toys", "Sam Rivera"), ("Wide World Importers", "Olga Petrova"), ("Alpine Ski House", "Nils Berg"),
    ];

    private static readonly string[] Notes =
    [
        "discussed renewal terms", "sent pricing", "intro with their CFO", "follow-up on the proposal", "technical deep dive",
        "they want a pilot first", "budget approved for Q1", "competitor is cheaper", "legal review pending", "", "", "",
    ];

    /// <summary>
    /// The demo team's names as the parser sees them (<c>parse --demo</c>): the same accounts, contacts, deals
    /// and members <see cref="CreateAsync"/> writes, without a store.
    /// </summary>
    public static Lexicon Lexicon { get; } = new(
        Deals.Select(d => d.Account).Distinct().Select(a => new LexiconAccount(a, [])).ToList(),
        Contacts.Select(c => new LexiconContact(c.Contact, c.Account)).ToList(),
        Deals.Select(d => new LexiconDeal(d.Deal, d.Account, Reps[d.Owner], d.Stage)).ToList(),
        Reps.Append(Manager).Select(m => new LexiconMember(m, [])).ToList());

    /// <summary>True when the store has no team at all: the moment `chat` offers the demo.</summary>
    public static async Task<bool> StoreIsEmptyAsync(SalesBotDb db, CancellationToken ct) => !await db.Teams.AnyAsync(ct);

    public static async Task<Team> CreateAsync(SalesBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var random = new Random(today.DayNumber);
        var team = new Team
        {
            Name = Name,
            NormalizedName = CompanyName.NormalizePlain(Name),
            TimeZone = "Europe/Berlin",
            Currency = "EUR",
            Visibility = TeamVisibility.ManagersOnly,
            CreatedAt = now.AddDays(-30),
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);

        var members = Reps.Select(r => new Member { TeamId = team.Id, Name = r, NormalizedName = CompanyName.NormalizePlain(r), JoinedAt = now.AddDays(-30) }).ToList();
        members.Add(new Member { TeamId = team.Id, Name = Manager, NormalizedName = CompanyName.NormalizePlain(Manager), Role = MemberRole.Manager, JoinedAt = now.AddDays(-30) });
        db.Members.AddRange(members);
        db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Console, ChatId = ConsoleChatId, Title = "#Demo", BoundAt = now.AddDays(-30) });
        await db.SaveChangesAsync(ct);

        var accounts = Deals.Select(d => d.Account).Distinct().ToDictionary(a => a, a => new Account
        {
            TeamId = team.Id, Name = a, NormalizedName = CompanyName.Normalize(a), CreatedAt = now.AddDays(-28), CreatedByMemberId = members[0].Id,
        });
        db.Accounts.AddRange(accounts.Values);
        var contacts = Contacts.Select(c => new Contact
        {
            TeamId = team.Id, Account = accounts[c.Account], Name = c.Contact, NormalizedName = CompanyName.NormalizePlain(c.Contact), CreatedAt = now.AddDays(-28),
        }).ToList();
        db.Contacts.AddRange(contacts);

        var deals = new List<Deal>();
        foreach (var (account, name, stage, amount, owner) in Deals)
        {
            var created = now.AddDays(-random.Next(14, 28));
            var deal = Deal.Open(team.Id, accounts[account], members[owner].Id, name, DealStage.Lead, created);
            deal.Amount = amount;
            deal.Currency = "EUR";
            deal.CloseDate = today.AddDays(random.Next(10, 60));
            // Walk the deal up the funnel to its stage, one step every few days, so stage history looks lived-in.
            var at = created;
            foreach (var next in Path(stage))
            {
                at = at.AddDays(random.Next(2, 5));
                if (at > now)
                {
                    at = now.AddHours(-random.Next(2, 20));
                }

                deal.MoveTo(next, members[owner].Id, at);
            }

            deals.Add(deal);
        }

        db.Deals.AddRange(deals);
        await db.SaveChangesAsync(ct);

        var types = new[] { ActivityType.Call, ActivityType.Call, ActivityType.Meeting, ActivityType.Email, ActivityType.Demo, ActivityType.Visit };
        for (var back = 21; back >= 0; back--)
        {
            var day = today.AddDays(-back);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || back == 0)
            {
                continue;
            }

            for (var r = 0; r < Reps.Count; r++)
            {
                var count = random.Next(1, 4);
                for (var i = 0; i < count; i++)
                {
                    var own = deals.Where(d => d.OwnerId == members[r].Id).ToList();
                    var deal = own[random.Next(own.Count)];
                    var contact = contacts.FirstOrDefault(c => c.Account == deal.Account);
                    var hour = random.Next(8, 17);
                    db.Activities.Add(new Activity
                    {
                        TeamId = team.Id, MemberId = members[r].Id, Type = types[random.Next(types.Length)], HappenedOn = day,
                        HappenedAt = new TimeOnly(hour, random.Next(0, 4) * 15),
                        RecordedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), zone.GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0)))).AddHours(1),
                        Account = deal.Account, DealId = deal.Id, Contact = random.Next(3) > 0 ? contact : null,
                        Notes = Notes[random.Next(Notes.Length)] is { Length: > 0 } n ? n : null,
                    });
                }

                if (random.Next(3) > 0)
                {
                    db.DailyPlans.Add(new DailyPlan
                    {
                        TeamId = team.Id, MemberId = members[r].Id, Date = day, UpdatedAt = now.AddDays(-back),
                        Items = deals.Where(d => d.OwnerId == members[r].Id && d.IsOpen).Take(3).Select(d => $"move {d.Name} forward").ToList(),
                    });
                }
            }
        }

        var tasks = new (int Owner, string Title, int DueIn, string Account)[]
        {
            (0, "send Contoso the revised quote", -2, "Contoso"), (0, "call Kevin about the pilot", 0, "Contoso"),
            (0, "prepare Fabrikam negotiation notes", 2, "Fabrikam"), (1, "book demo with Woodgrove Bank", 1, "Woodgrove Bank"),
            (1, "renewal paperwork for Adventure Works", -1, "Adventure Works"), (2, "follow up with Olga", 3, "Wide World Importers"),
            (2, "intro call Alpine Ski House", 0, "Alpine Ski House"),
        };
        foreach (var (owner, title, dueIn, account) in tasks)
        {
            db.Tasks.Add(new TaskItem
            {
                TeamId = team.Id, OwnerId = members[owner].Id, Title = title, Due = today.AddDays(dueIn), AccountId = accounts[account].Id,
                CreatedAt = now.AddDays(-5),
            });
        }

        db.Targets.Add(new Target { TeamId = team.Id, Metric = KpiMetric.Meetings, Period = TargetPeriod.Week, Value = 4, SetByMemberId = members[3].Id, SetAt = now.AddDays(-30) });
        db.Targets.Add(new Target { TeamId = team.Id, Metric = KpiMetric.Calls, Period = TargetPeriod.Week, Value = 8, SetByMemberId = members[3].Id, SetAt = now.AddDays(-30) });
        await db.SaveChangesAsync(ct);
        return team;
    }

    private static IEnumerable<DealStage> Path(DealStage stage) => stage switch
    {
        DealStage.Lead => [],
        DealStage.Qualified => [DealStage.Qualified],
        DealStage.Proposal => [DealStage.Qualified, DealStage.Proposal],
        DealStage.Negotiation => [DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation],
        DealStage.Won => [DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Won],
        _ => [DealStage.Qualified, DealStage.Proposal, DealStage.Lost],
    };
}

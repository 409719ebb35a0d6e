using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Tests.Support;

/// <summary>Writes CRM rows straight through the DbContext, as the engine would, with times given in the team's local time.</summary>
internal sealed class Seed(SalesBotDb db)
{
    public SalesBotDb Db => db;

    public Team Team(string name = "Northwind Sales", string zone = "Europe/Warsaw", string standup = "09:30",
        TeamVisibility visibility = TeamVisibility.ManagersOnly, string created = "2026-01-01T00:00")
    {
        var team = new Team
        {
            Name = name,
            NormalizedName = CompanyName.NormalizePlain(name),
            TimeZone = zone,
            StandupTime = TimeOnly.Parse(standup, CultureInfo.InvariantCulture),
            Visibility = visibility,
        };
        team.CreatedAt = Local(team, created);
        db.Teams.Add(team);
        db.SaveChanges();
        return team;
    }

    public Member Member(Team team, string name, MemberRole role = MemberRole.Rep, long? telegram = null,
        DateOnly? awayUntil = null)
    {
        var member = new Member
        {
            TeamId = team.Id,
            Name = name,
            NormalizedName = CompanyName.NormalizePlain(name),
            Role = role,
            Status = awayUntil is null ? MemberStatus.Active : MemberStatus.Away,
            AwayUntil = awayUntil,
        };
        if (telegram is { } telegramId)
        {
            member.WithTelegram(telegramId);
        }

        db.Members.Add(member);
        db.SaveChanges();
        return member;
    }

    public ChannelBinding Channel(Team team, string chatId = "-100500", ChannelKind kind = ChannelKind.Telegram, bool active = true)
    {
        var binding = new ChannelBinding { TeamId = team.Id, Channel = kind, ChatId = chatId, IsActive = active };
        db.ChannelBindings.Add(binding);
        db.SaveChanges();
        return binding;
    }

    public Account Account(Team team, string name)
    {
        var account = new Account { TeamId = team.Id, Name = name, NormalizedName = CompanyName.Normalize(name) };
        db.Accounts.Add(account);
        db.SaveChanges();
        return account;
    }

    public Deal Deal(Team team, Member owner, Account account, string name, string created, decimal? amount = null,
        string? currency = null, DealStage stage = DealStage.Lead)
    {
        var at = Local(team, created);
        var deal = new Deal
        {
            TeamId = team.Id,
            AccountId = account.Id,
            OwnerId = owner.Id,
            Name = name,
            NormalizedName = CompanyName.NormalizePlain(name),
            Amount = amount,
            Currency = currency,
            CreatedAt = at,
            Stage = stage,
            StageChangedAt = at,
        };
        deal.StageHistory.Add(new DealStageChange { From = null, To = stage, ChangedAt = at, ChangedByMemberId = owner.Id });
        db.Deals.Add(deal);
        db.SaveChanges();
        return deal;
    }

    public void Move(Team team, Deal deal, DealStage stage, Member by, string at)
    {
        deal.MoveTo(stage, by.Id, Local(team, at));
        db.SaveChanges();
    }

    public Activity Activity(Team team, Member member, ActivityType type, string happenedOn, string recorded,
        Account? account = null, Deal? deal = null, string? notes = null)
    {
        var activity = new Activity
        {
            TeamId = team.Id,
            MemberId = member.Id,
            Type = type,
            HappenedOn = DateOnly.Parse(happenedOn, CultureInfo.InvariantCulture),
            RecordedAt = Local(team, recorded),
            AccountId = account?.Id,
            DealId = deal?.Id,
            Notes = notes,
        };
        db.Activities.Add(activity);
        db.SaveChanges();
        return activity;
    }

    public TaskItem Task(Team team, Member owner, string title, string? due, string? doneAt = null)
    {
        var task = new TaskItem
        {
            TeamId = team.Id,
            OwnerId = owner.Id,
            Title = title,
            Due = due is null ? null : DateOnly.Parse(due, CultureInfo.InvariantCulture),
            CreatedAt = Local(team, "2026-11-01T09:00"),
            DoneAt = doneAt is null ? null : Local(team, doneAt),
        };
        db.Tasks.Add(task);
        db.SaveChanges();
        return task;
    }

    public void Plan(Team team, Member member, string date, params string[] items)
    {
        db.DailyPlans.Add(new DailyPlan
        {
            TeamId = team.Id,
            MemberId = member.Id,
            Date = DateOnly.Parse(date, CultureInfo.InvariantCulture),
            Items = [.. items],
            UpdatedAt = Local(team, date + "T08:00"),
        });
        db.SaveChanges();
    }

    public void Holiday(Team team, string date)
    {
        db.TeamHolidays.Add(new TeamHoliday { TeamId = team.Id, Date = DateOnly.Parse(date, CultureInfo.InvariantCulture), Name = "holiday" });
        db.SaveChanges();
    }

    /// <param name="rep">The rep whose own target it is; the team's (every rep's) when null.</param>
    public void Target(Team team, KpiMetric metric, decimal value, TargetPeriod period = TargetPeriod.Week, Member? rep = null)
    {
        db.Targets.Add(new Target { TeamId = team.Id, Metric = metric, Value = value, Period = period, MemberId = rep?.Id });
        db.SaveChanges();
    }

    /// <summary>"2026-11-20T10:00" in the team's zone, as an instant.</summary>
    public static DateTimeOffset Local(Team team, string localDateTime) => Local(team.TimeZone, localDateTime);

    public static DateTimeOffset Local(string zone, string localDateTime)
    {
        var dt = DateTime.Parse(localDateTime, CultureInfo.InvariantCulture);
        return new TeamCalendar(TimeZones.Find(zone), WorkWeek.MondayToFriday, [])
            .ToInstant(DateOnly.FromDateTime(dt), TimeOnly.FromDateTime(dt));
    }
}

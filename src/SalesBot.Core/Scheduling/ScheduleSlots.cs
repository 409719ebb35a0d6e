using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Scheduling;

/// <summary>One post that is due: what, for which day or week (<see cref="Key"/>), and when, in UTC.</summary>
public sealed record ScheduleSlot(int TeamId, ScheduledPostKind Kind, string Key, DateOnly LocalDate, DateTimeOffset DueAt);

/// <summary>The settings of a team that decide when its posts are due.</summary>
public sealed record TeamSchedule(
    int TeamId,
    string TimeZone,
    TimeOnly StandupTime,
    WorkWeek WorkingDays,
    DayOfWeek DigestDay,
    TimeOnly DigestTime,
    int PlanPromptMinutesBefore,
    DateTimeOffset CreatedAt)
{
    public static TeamSchedule Of(Team t) =>
        new(t.Id, t.TimeZone, t.StandupTime, t.WorkingDays, t.DigestDay, t.DigestTime, t.PlanPromptMinutesBefore, t.CreatedAt);
}

/// <summary>
/// When a team's scheduled posts are due. Rules: the stand-up at the team's time on each working
/// day that is not a holiday; the plan prompt and the task note some minutes before it, the plan reminder
/// (to reps who did not answer the prompt) five minutes before it; the digest of
/// a week on the team's digest day of the following week (or the first working day after it). The
/// same rules decide the Quartz triggers, the job that fires, and the catch-up after downtime.
/// </summary>
public static class ScheduleSlots
{
    /// <summary>How long before the stand-up an unanswered plan prompt is repeated (once).</summary>
    public const int PlanReminderMinutesBefore = 5;

    /// <summary>The plan reminder goes out only when the prompt itself went out earlier than it.</summary>
    public static bool HasPlanReminder(TeamSchedule team) => team.PlanPromptMinutesBefore > PlanReminderMinutesBefore;

    /// <summary>The slot of <paramref name="kind"/> on <paramref name="day"/>, or null when nothing of that kind is posted that day.</summary>
    public static ScheduleSlot? On(TeamSchedule team, TeamCalendar calendar, ScheduledPostKind kind, DateOnly day)
    {
        if (kind == ScheduledPostKind.WeeklyDigest)
        {
            var reported = IsoWeek.Of(day).Previous;
            return DigestDay(team, calendar, reported) == day
                ? new ScheduleSlot(team.TeamId, kind, reported.ToString(), day, calendar.ToInstant(day, team.DigestTime))
                : null;
        }

        if (!calendar.IsWorkingDay(day))
        {
            return null;
        }

        var standup = calendar.ToInstant(day, team.StandupTime);
        var key = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return kind switch
        {
            ScheduledPostKind.Standup => new ScheduleSlot(team.TeamId, kind, key, day, standup),
            ScheduledPostKind.PlanPrompt when team.PlanPromptMinutesBefore > 0 =>
                new ScheduleSlot(team.TeamId, kind, key, day, standup.AddMinutes(-team.PlanPromptMinutesBefore)),
            ScheduledPostKind.PlanReminder when HasPlanReminder(team) =>
                new ScheduleSlot(team.TeamId, kind, key, day, standup.AddMinutes(-PlanReminderMinutesBefore)),
            ScheduledPostKind.TaskNote =>
                new ScheduleSlot(team.TeamId, kind, key, day, standup.AddMinutes(-Math.Max(0, team.PlanPromptMinutesBefore))),
            _ => null,
        };
    }

    /// <summary>Every slot due in (<paramref name="after"/>, <paramref name="upTo"/>], oldest first.</summary>
    public static IEnumerable<ScheduleSlot> Between(TeamSchedule team, TeamCalendar calendar, DateTimeOffset after, DateTimeOffset upTo)
    {
        var first = calendar.LocalDate(after).AddDays(-1);
        var last = calendar.LocalDate(upTo).AddDays(1);
        var slots = new List<ScheduleSlot>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            foreach (var kind in Enum.GetValues<ScheduledPostKind>())
            {
                if (On(team, calendar, kind, day) is { } slot && slot.DueAt > after && slot.DueAt <= upTo)
                {
                    slots.Add(slot);
                }
            }
        }

        return slots.OrderBy(s => s.DueAt);
    }

    /// <summary>The day the digest of <paramref name="reported"/> goes out: the digest day of the next week, or the first working day after it.</summary>
    public static DateOnly DigestDay(TeamSchedule team, TeamCalendar calendar, IsoWeek reported)
    {
        var next = reported.Next;
        var offset = ((int)team.DigestDay + 6) % 7;
        var start = next.Monday.AddDays(offset);
        for (var day = start; day <= next.Sunday; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                return day;
            }
        }

        return start;
    }
}

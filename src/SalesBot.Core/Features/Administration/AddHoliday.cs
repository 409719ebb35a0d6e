using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Administration;

/// <summary>"holiday Dec 24" (manager): no stand-up, prompts or nags for the team that day.</summary>
public static class AddHoliday
{
    public sealed record Command(DateOnly? Date, string? Name)
    {
        public static Command From(ParsedCommand p) => new(p.Date, p.Notes ?? p.Title ?? p.Argument);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Holidays));
        }

        if (cmd.Date is not { } date)
        {
            return new TurnResult(new WhichHolidayDay());
        }

        var exists = await turn.Db.TeamHolidays.AnyAsync(h => h.TeamId == turn.Team.Id && h.Date == date, ct);
        if (!exists)
        {
            var journal = await turn.StartJournalAsync(ct);
            journal.Record(new WroteHoliday(date, turn.Today));
            turn.Db.TeamHolidays.Add(new TeamHoliday
            {
                TeamId = turn.Team.Id, Date = date, Name = cmd.Name is null ? null : Format.CleanName(cmd.Name, 80), JournalEntryId = journal.Id,
            });
        }

        return new TurnResult(new HolidayAdded(date));
    }
}

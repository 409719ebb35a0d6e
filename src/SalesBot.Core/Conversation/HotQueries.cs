using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The lookups every message makes, compiled once: the single writer spends its time on EF's query pipeline
/// otherwise (expression-tree cache keys and parameter extraction per call).
/// </summary>
internal static class HotQueries
{
    public static readonly Func<SalesBotDb, ChannelKind, string, CancellationToken, Task<bool>> InboxHas =
        EF.CompileAsyncQuery((SalesBotDb db, ChannelKind channel, string key, CancellationToken ct) =>
            db.Inbox.Any(i => i.Channel == channel && i.ExternalId == key));

    public static readonly Func<SalesBotDb, long, CancellationToken, Task<Member?>> MemberByTelegram =
        EF.CompileAsyncQuery((SalesBotDb db, long id, CancellationToken ct) =>
            db.Members.Include(m => m.Team).FirstOrDefault(m => m.TelegramUserId == id));

    public static readonly Func<SalesBotDb, int, string, CancellationToken, Task<Account?>> AccountByKey =
        EF.CompileAsyncQuery((SalesBotDb db, int teamId, string key, CancellationToken ct) =>
            db.Accounts.FirstOrDefault(a => a.TeamId == teamId && a.NormalizedName == key));

    public static readonly Func<SalesBotDb, int, IAsyncEnumerable<Deal>> OpenDealsOfAccount =
        EF.CompileAsyncQuery((SalesBotDb db, int accountId) =>
            db.Deals.Where(d => d.AccountId == accountId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost).OrderBy(d => d.Id).Take(2));

    public static readonly Func<SalesBotDb, int, string, IAsyncEnumerable<Deal>> DealsByKey =
        EF.CompileAsyncQuery((SalesBotDb db, int teamId, string key) =>
            db.Deals.Include(d => d.Account).Where(d => d.TeamId == teamId && d.NormalizedName == key).OrderBy(d => d.Id).Take(2));

    public static readonly Func<SalesBotDb, int, ActivityType, DateOnly, DateOnly, CancellationToken, Task<int>> ActivitiesBetween =
        EF.CompileAsyncQuery((SalesBotDb db, int memberId, ActivityType type, DateOnly from, DateOnly to, CancellationToken ct) =>
            db.Activities.Count(a => a.MemberId == memberId && a.Type == type && a.HappenedOn >= from && a.HappenedOn <= to));
}

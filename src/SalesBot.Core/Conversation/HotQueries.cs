using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
    private static readonly PerModel<Func<SalesBotDb, ChannelKind, string, CancellationToken, Task<bool>>> InboxHasQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, ChannelKind channel, string key, CancellationToken ct) =>
            db.Inbox.Any(i => i.Channel == channel && i.ExternalId == key)));

    private static readonly PerModel<Func<SalesBotDb, ChannelKind, string, CancellationToken, Task<Member?>>> MemberByIdentityQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, ChannelKind channel, string userId, CancellationToken ct) =>
            db.Members.Include(m => m.Team).Include(m => m.Identities)
                .FirstOrDefault(m => m.Identities.Any(i => i.Channel == channel && i.UserId == userId))));

    private static readonly PerModel<Func<SalesBotDb, int, string, CancellationToken, Task<Account?>>> AccountByKeyQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, int teamId, string key, CancellationToken ct) =>
            db.Accounts.FirstOrDefault(a => a.TeamId == teamId && a.NormalizedName == key)));

    private static readonly PerModel<Func<SalesBotDb, int, IAsyncEnumerable<Deal>>> OpenDealsOfAccountQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, int accountId) =>
            db.Deals.Where(d => d.AccountId == accountId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost).OrderBy(d => d.Id).Take(2)));

    private static readonly PerModel<Func<SalesBotDb, int, string, IAsyncEnumerable<Deal>>> DealsByKeyQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, int teamId, string key) =>
            db.Deals.Include(d => d.Account).Where(d => d.TeamId == teamId && d.NormalizedName == key).OrderBy(d => d.Id).Take(2)));

    private static readonly PerModel<Func<SalesBotDb, int, ActivityType, DateOnly, DateOnly, CancellationToken, Task<int>>> ActivitiesBetweenQuery = new(() =>
        EF.CompileAsyncQuery((SalesBotDb db, int memberId, ActivityType type, DateOnly from, DateOnly to, CancellationToken ct) =>
            db.Activities.Count(a => a.MemberId == memberId && a.Type == type && a.HappenedOn >= from && a.HappenedOn <= to)));

    public static Task<bool> InboxHas(SalesBotDb db, ChannelKind channel, string key, CancellationToken ct) =>
        InboxHasQuery.For(db)(db, channel, key, ct);

    public static Task<Member?> MemberByIdentity(SalesBotDb db, ChannelKind channel, string userId, CancellationToken ct) =>
        MemberByIdentityQuery.For(db)(db, channel, userId, ct);

    public static Task<Account?> AccountByKey(SalesBotDb db, int teamId, string key, CancellationToken ct) =>
        AccountByKeyQuery.For(db)(db, teamId, key, ct);

    public static IAsyncEnumerable<Deal> OpenDealsOfAccount(SalesBotDb db, int accountId) =>
        OpenDealsOfAccountQuery.For(db)(db, accountId);

    public static IAsyncEnumerable<Deal> DealsByKey(SalesBotDb db, int teamId, string key) =>
        DealsByKeyQuery.For(db)(db, teamId, key);

    public static Task<int> ActivitiesBetween(SalesBotDb db, int memberId, ActivityType type, DateOnly from, DateOnly to, CancellationToken ct) =>
        ActivitiesBetweenQuery.For(db)(db, memberId, type, from, to, ct);

    /// <summary>
    /// One compiled query per model: EF binds a compiled query to the first model it runs with, and one process can
    /// hold several (a SQLite and a PostgreSQL store side by side in the tests and the replay verb).
    /// </summary>
    private sealed class PerModel<T>(Func<T> compile)
        where T : class
    {
        private readonly ConditionalWeakTable<IModel, T> _compiled = [];

        public T For(SalesBotDb db) => _compiled.GetValue(db.Model, _ => compile());
    }
}

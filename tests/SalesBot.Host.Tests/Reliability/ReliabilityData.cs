using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>Teams and members the suite talks as, and the counts it checks the store by.</summary>
public static class ReliabilityData
{
    /// <summary>A team whose reps have Telegram ids <paramref name="firstTelegramId"/>.. and Teams ids "29:NAME-i"; each team knows the account Contoso.</summary>
    public static async Task<Team> SeedTeamAsync(SalesBotDb db, string name, long firstTelegramId, int telegramReps, int teamsReps = 0,
        string? groupChatId = null)
    {
        var team = new Team { Name = name, NormalizedName = CompanyName.NormalizePlain(name), TimeZone = "UTC" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        for (var i = 0; i < telegramReps; i++)
        {
            db.Members.Add(new Member
            {
                TeamId = team.Id, Name = $"{name} Rep {i}", NormalizedName = CompanyName.NormalizePlain($"{name} Rep {i}"),
                Role = i == 0 ? MemberRole.Manager : MemberRole.Rep,
            }.WithTelegram(firstTelegramId + i));
        }

        for (var i = 0; i < teamsReps; i++)
        {
            db.Members.Add(new Member
            {
                TeamId = team.Id, Name = $"{name} Teams {i}", NormalizedName = CompanyName.NormalizePlain($"{name} Teams {i}"),
            }.WithTeams(userId: TeamsUser(name, i)));
        }

        db.Accounts.Add(new Account { TeamId = team.Id, Name = "Contoso", NormalizedName = CompanyName.Normalize("Contoso") });
        if (groupChatId is not null)
        {
            db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = groupChatId, IsActive = true });
        }

        await db.SaveChangesAsync();
        return team;
    }

    public static string TeamsUser(string team, int i) => $"29:{team.ToLowerInvariant().Replace(' ', '-')}-{i}";

    /// <summary>Webhook rows as the endpoints record them (the engine's own idempotency rows carry no payload).</summary>
    public static IQueryable<InboxMessage> Received(SalesBotDb db, ChannelKind channel) =>
        db.Inbox.Where(i => i.Channel == channel && i.Payload != null);

    public static async Task<bool> AllProcessedAsync(SalesBotDb db) =>
        !await db.Inbox.AnyAsync(i => i.Payload != null && i.ProcessedAt == null);

    /// <summary>The update id of a Telegram inbox key ("botId:update_id", so a new token on the same store starts afresh).</summary>
    public static string UpdateIdOf(string externalId) => externalId[(externalId.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public static IQueryable<OutboxMessage> Replies(SalesBotDb db) => db.Outbox.Where(o => o.Kind == OutboxKind.Reply);
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Teams;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Tips;
using SalesBot.Core.Messaging;
using TelegramPayloads = SalesBot.Channels.Tests.Telegram.Payloads;

namespace SalesBot.Channels.Tests.Inbox;

/// <summary>
/// Issue 18: reactions on a tip's post, from recorded updates, count for that tip. Teams: the messageReaction activity
/// through the endpoint, the inbox and the tips capability's sink. Telegram: the message_reaction update through the
/// messenger's mapper into the same sink. Real SQLite stores.
/// </summary>
public sealed class TipReactionEndToEndTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> EmulatorMode = new() { ["Emulator"] = "true" };
    private TempStore _store = null!;

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    /// <summary>A tip as ShareTip leaves it, with its post sent to <paramref name="chatId"/> as <paramref name="sentMessageId"/>.</summary>
    private async Task SeedSentTipAsync(ChannelKind channel, string chatId, string sentMessageId)
    {
        await using var db = _store.Db();
        var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", CreatedAt = DateTimeOffset.UnixEpoch };
        team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna", JoinedAt = DateTimeOffset.UnixEpoch });
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var anna = team.Members[0];
        var entry = new JournalEntry { TeamId = team.Id, MemberId = anna.Id, Kind = "share_tip", Summary = "the tip", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Journal.Add(entry);
        await db.SaveChangesAsync();
        db.Tips.Add(new Tip { TeamId = team.Id, MemberId = anna.Id, Text = "always send the agenda the day before", CreatedAt = DateTimeOffset.UnixEpoch, JournalEntryId = entry.Id });
        db.Outbox.Add(new OutboxMessage
        {
            Channel = channel, ChatId = chatId, Kind = OutboxKind.TeamPost, Body = "{\"text\":\"💡 Tip from Anna\"}", TeamId = team.Id,
            JournalEntryId = entry.Id, DedupKey = "tip", CreatedAt = DateTimeOffset.UnixEpoch, NotBefore = DateTimeOffset.UnixEpoch,
            Status = OutboxStatus.Sent, SentAt = DateTimeOffset.UnixEpoch, SentMessageId = sentMessageId,
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> CountedAsync()
    {
        await using var db = _store.Db();
        return await db.TipReactions.OrderBy(r => r.Reaction).Select(r => r.ReactorId + " " + r.Reaction).ToListAsync();
    }

    [Fact]
    public async Task ATeamsMessageReactionOnATipsPostCountsForTheTip()
    {
        await SeedSentTipAsync(ChannelKind.Teams, "19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2", "1763286100000");
        await using var bot = await BotHost.StartAsync(_store, EmulatorMode, services => services.AddTips());

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, Repo.Payload("teams-message-reaction.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) ? null : "processed";
        }, "the reaction row done");
        // The like was added; the heart it took back was never counted, so nothing else changes.
        Assert.Equal(["29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw like"], await CountedAsync());
    }

    [Fact]
    public async Task ATelegramMessageReactionOnATipsPostCountsWhatItAddsAndRemovesWhatItTookBack()
    {
        await SeedSentTipAsync(ChannelKind.Telegram, "-1001987654321", "-1001987654321:88");
        var sink = new CountTipReaction(new Factory(_store));
        await sink.HandleAsync(new IncomingReaction(ChannelKind.Telegram, "-1001987654321", "-1001987654321:88", "5123456789", "👍", true, DateTimeOffset.UnixEpoch), default);

        // The recorded update: Anna swapped 👍 for 🔥 and a custom emoji.
        foreach (var reaction in MapTelegramUpdate.Map(TelegramPayloads.Update("message_reaction"), TelegramPayloads.Bot, DateTimeOffset.UtcNow).OfType<ChannelEvent.Reaction>())
        {
            await sink.HandleAsync(reaction.Incoming, default);
        }

        Assert.Equal(["5123456789 custom:5368324170671202286", "5123456789 🔥"], await CountedAsync());
        await using var db = _store.Db();
        Assert.Equal(1, await db.TipReactions.Select(r => r.ReactorId).Distinct().CountAsync());
    }

    private sealed class Factory(TempStore store) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => store.Db();
    }
}

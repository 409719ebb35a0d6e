using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Tips;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Tips;

/// <summary>
/// Issue 18, the team's wall: a tip is stored and posted to the channel with its author, reactions on that post rank
/// it (once per person, a reaction taken back is removed), undo takes it back, "best tips" and the digest list the
/// best. Through the engine and the real parser, on a real SQLite store.
/// </summary>
public sealed class TipsTests : IAsyncDisposable
{
    private const string Chat = "-1001987654321";
    private static readonly MessageParser English = new(Vocabulary.English);
    private readonly EngineHarness _h = new(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero));
    private readonly Team _team;

    public TipsTests()
    {
        _team = _h.Store.AddTeam("North");
        _h.Store.AddMember(_team, "Anna");
        _h.Store.AddMember(_team, "Ben");
        _h.Store.Bind(_team, Chat);
        _h.Parser.Add("undo", new ParsedCommand(Intent.Undo, 0.95));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task<string> SayAsync(string who, string text)
    {
        _h.Parser.Add(text, English.Parse(text, new DateTime(2026, 11, 17, 10, 0, 0), ParseContext.None));
        return (await _h.SendAsync(who, text)).Text;
    }

    /// <summary>The outbox sends the tip's post: Telegram gives it a message id, as the sender records it.</summary>
    private string Sent(string tipText)
    {
        using var db = _h.Store.CreateDbContext();
        var post = db.Outbox.AsEnumerable().Single(o => o.Kind == OutboxKind.TeamPost && o.Body.Contains(tipText, StringComparison.Ordinal));
        post.Status = OutboxStatus.Sent;
        post.SentMessageId = (100 + post.Id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.SaveChanges();
        return post.SentMessageId;
    }

    private async Task ReactAsync(string messageId, string who, string emoji, bool added = true, string chat = Chat)
    {
        var sink = new CountTipReaction(_h.Store);
        await sink.HandleAsync(new IncomingReaction(ChannelKind.Telegram, chat, messageId, who, emoji, added, _h.Clock.Now), default);
    }

    private int Reactions(string tipText) => _h.Read(db => db.Tips.Where(t => t.Text == tipText)
        .Select(t => t.Reactions.Select(r => r.ReactorId).Distinct().Count()).Single());

    [Fact]
    public async Task ATipIsStoredAndPostedToTheChannelWithItsAuthor()
    {
        Assert.Equal("✓ Tip shared in the team's channel. The team's reactions rank it.", await SayAsync("Anna", "tip: always send the agenda the day before"));

        var tip = _h.Read(db => db.Tips.Single());
        Assert.Equal("always send the agenda the day before", tip.Text);
        Assert.Equal(["💡 Tip from Anna: always send the agenda the day before"], _h.TeamPosts());
        Assert.Equal(tip.JournalEntryId, _h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.TeamPost).JournalEntryId));
    }

    [Fact]
    public async Task EachPersonCountsOnceAndAReactionTakenBackIsRemoved()
    {
        await SayAsync("Anna", "tip: always send the agenda the day before");
        var post = Sent("agenda");

        await ReactAsync(post, "5123456789", "👍");
        await ReactAsync(post, "5123456789", "🔥");
        await ReactAsync(post, "5123456789", "👍");
        await ReactAsync(post, "6000000001", "👍");
        Assert.Equal(2, Reactions("always send the agenda the day before"));
        Assert.Equal(3, _h.Read(db => db.TipReactions.Count()));

        // Taking back one of two emoji keeps the person; taking back the last one removes them.
        await ReactAsync(post, "5123456789", "👍", added: false);
        Assert.Equal(2, Reactions("always send the agenda the day before"));
        await ReactAsync(post, "6000000001", "👍", added: false);
        Assert.Equal(1, Reactions("always send the agenda the day before"));
    }

    [Fact]
    public async Task AReactionOnAnotherMessageOrInAnotherChatCountsForNoTip()
    {
        await SayAsync("Anna", "tip: always send the agenda the day before");
        var post = Sent("agenda");

        await ReactAsync("999", "5123456789", "👍");
        await ReactAsync(post, "5123456789", "👍", chat: "-100555");

        Assert.Equal(0, _h.Read(db => db.TipReactions.Count()));
    }

    [Fact]
    public async Task UndoRemovesTheTipAndItsWaitingPost()
    {
        await SayAsync("Anna", "tip: always send the agenda the day before");

        Assert.Equal("↩ Undone: the tip \"always send the agenda the day before\".", (await _h.SendAsync("Anna", "undo")).Text);

        Assert.Equal(0, _h.Read(db => db.Tips.Count()));
        Assert.Empty(_h.TeamPosts());
    }

    [Fact]
    public async Task BestTipsRankByReactionsNotByWho()
    {
        Assert.StartsWith("No tips yet.", await SayAsync("Ben", "best tips"), StringComparison.Ordinal);
        await SayAsync("Anna", "tip: always send the agenda the day before");
        await SayAsync("Ben", "tip: call back within the hour");
        await SayAsync("Anna", "tip - bring a printed one-pager");
        var agenda = Sent("agenda");
        var callBack = Sent("call back");
        foreach (var who in new[] { "1", "2", "3" })
        {
            await ReactAsync(callBack, who, "👍");
        }

        await ReactAsync(agenda, "1", "❤");

        Assert.Equal(
            "1. Ben: call back within the hour (3 reactions)\n2. Anna: always send the agenda the day before (1 reaction)\n3. Anna: bring a printed one-pager (0 reactions)",
            await SayAsync("Anna", "best tips"));
    }

    [Fact]
    public async Task TheDigestShowsTheWeeksThreeMostLikedTips()
    {
        foreach (var (text, likes) in new[] { ("agenda first", 1), ("call back fast", 4), ("one-pager", 2), ("ask for the budget", 3), ("never liked", 0) })
        {
            await SayAsync("Anna", $"tip: {text}");
            var post = Sent(text);
            for (var i = 0; i < likes; i++)
            {
                await ReactAsync(post, $"u{i}", "👍");
            }
        }

        await using var db = _h.Store.CreateDbContext();
        IsoWeek.TryParse("2026-W47", out var w47);
        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, _team.Id, w47, new DateOnly(2026, 11, 17), default))!);

        Assert.Equal(["call back fast", "ask for the budget", "one-pager"], digest.TopTips.Select(t => t.Text));
        var text2 = DigestMessage.Render(digest, showAmounts: false).Text;
        Assert.Contains("Most-liked tips of the week:\n1. Anna: call back fast (4 reactions)\n2. Anna: ask for the budget (3 reactions)\n3. Anna: one-pager (2 reactions)", text2, StringComparison.Ordinal);

        // The week after holds none of them.
        IsoWeek.TryParse("2026-W48", out var w48);
        Assert.Empty(KpiBuilder.Build((await KpiLoader.LoadAsync(db, _team.Id, w48, new DateOnly(2026, 11, 24), default))!).TopTips);
    }
}

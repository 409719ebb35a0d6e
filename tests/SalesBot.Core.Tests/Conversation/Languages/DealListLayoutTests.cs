using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>Deal lists are laid out once, in <see cref="LanguageReplies"/>: every pack caps, groups and separates alike.</summary>
public class DealListLayoutTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static PipelineShown Pipeline(DealStage? stage, int count) => new(Whose.Own, stage, Team: false, Today,
        Enumerable.Range(1, count).Select(i => new PipelineShown.Line($"Deal {i}", "Acme", "Anna", DealStage.Proposal, new Figure(1000, "EUR"), null)).ToList());

    public static TheoryData<string> Codes() => new(ReplyPacks.Codes);

    [Theory]
    [MemberData(nameof(Codes))]
    public void AStageListShowsFifteenDealsThenHowManyMore(string code)
    {
        var lines = ReplyPacks.For(code).PipelineShown(Pipeline(DealStage.Proposal, 17)).Split('\n');

        Assert.Equal(LanguageReplies.ListedDeals + 1, lines.Length);
        Assert.All(lines[..^1], l => Assert.StartsWith("• Deal ", l, StringComparison.Ordinal));
        Assert.Contains("2", lines[^1], StringComparison.Ordinal);
        Assert.Contains(" · ", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void APipelineStageLineNamesFiveDealsThenCountsTheRest(string code)
    {
        var words = ReplyPacks.For(code);

        var line = words.PipelineShown(Pipeline(null, 7));

        Assert.StartsWith($"{words.Stage(DealStage.Proposal)} (7, ", line, StringComparison.Ordinal);
        Assert.EndsWith("Deal 1, Deal 2, Deal 3, Deal 4, Deal 5, +2", line, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishReadsAsItDid() =>
        Assert.Equal("• Deal 1 (Acme) · €1K", ReplyPacks.English.PipelineShown(Pipeline(DealStage.Proposal, 17)).Split('\n')[0]);
}

using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>Task lists are laid out once, in <see cref="LanguageReplies"/>: groups in one order, ten tasks each, in every pack.</summary>
public class TaskListLayoutTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    public static TheoryData<string> Codes() => new(ReplyPacks.Codes);

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryGroupShowsTenTasksUnderItsHeading(string code)
    {
        var tasks = Enumerable.Range(1, 12).Select(i => new TasksShown.Line($"late {i}", Today.AddDays(-i), null))
            .Append(new TasksShown.Line("call Kevin", Today, new TimeOnly(14, 0)))
            .Append(new TasksShown.Line("someday", null, null)).ToList();

        var lines = ReplyPacks.For(code).TasksShown(new TasksShown(Today, tasks)).Split('\n');

        Assert.Equal(1 + LanguageReplies.ListedPerTaskGroup + 2 + 2, lines.Length);
        Assert.EndsWith("(12):", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("• late 12 (", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("• call Kevin ", lines[12], StringComparison.Ordinal);
        Assert.EndsWith("14:00", lines[12], StringComparison.Ordinal);
        Assert.Equal("• someday", lines[^1]);
    }

    [Fact]
    public void EnglishReadsAsItDid() =>
        Assert.Equal("Today (1):\n• call Kevin at 14:00",
            ReplyPacks.English.TasksShown(new TasksShown(Today, [new TasksShown.Line("call Kevin", Today, new TimeOnly(14, 0))])));
}

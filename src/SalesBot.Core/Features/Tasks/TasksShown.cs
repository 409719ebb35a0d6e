using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>The member's open tasks: overdue, today, coming up, no date.</summary>
public sealed record TasksShown(DateOnly Today, IReadOnlyList<TasksShown.Line> Tasks) : Outcome
{
    public sealed record Line(string Title, DateOnly? Due, TimeOnly? At);

    public override string Render(LanguageReplies words) => words.TasksShown(this);

    public override string? Title(LanguageReplies words) => words.TasksShownTitle(this);
}

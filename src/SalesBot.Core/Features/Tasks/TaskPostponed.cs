using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>A reminder's Tomorrow button.</summary>
public sealed record TaskPostponed(string Task, DateOnly Due, TimeOnly? At, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.TaskPostponed(this);
}

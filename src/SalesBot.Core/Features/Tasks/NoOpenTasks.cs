using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"my tasks" with none open.</summary>
public sealed record NoOpenTasks : Outcome
{
    public override string Render(LanguageReplies words) => words.NoOpenTasks(this);
}

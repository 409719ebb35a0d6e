using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>The question before the open tasks that fit the words about equally.</summary>
public sealed record WhichTaskDone : Outcome
{
    public override string Render(LanguageReplies words) => words.WhichTaskDone(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>No open task fits the words; the open ones are listed.</summary>
public sealed record NoSuchTask(string Words, IReadOnlyList<string> Open) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoSuchTask(this);
}

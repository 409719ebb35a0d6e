using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>A reminder's Done for a task that was done already.</summary>
public sealed record TaskAlreadyDone(string Task) : Outcome
{
    public override string Render(LanguageReplies words) => words.TaskAlreadyDone(this);
}

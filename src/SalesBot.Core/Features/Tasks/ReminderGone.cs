using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>A reminder's button for a task that no longer exists.</summary>
public sealed record ReminderGone : Outcome
{
    public override string Render(LanguageReplies words) => words.ReminderGone(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>A reminder's Done button.</summary>
public sealed record ReminderDone(string Task) : Outcome
{
    public override string Render(LanguageReplies words) => words.ReminderDone(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"✓ Done: call Kevin. 2 open tasks left."</summary>
public sealed record TaskDone(string Task, int Left) : Outcome
{
    public override string Render(LanguageReplies words) => words.TaskDone(this);
}

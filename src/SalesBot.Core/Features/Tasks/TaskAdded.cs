using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"✓ Task: call Kevin, due Fri Nov 20. You have 3 open tasks."</summary>
public sealed record TaskAdded(string Task, DateOnly? Due, TimeOnly? At, DateOnly Today, int Open) : Outcome
{
    public override string Render(LanguageReplies words) => words.TaskAdded(this);
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>In a group, a member pressed <paramref name="Owner"/>'s Undo (<paramref name="Undo"/>) or question button: it stays theirs.</summary>
public sealed record OthersButton(string Owner, bool Undo) : Outcome
{
    public override string Render(LanguageReplies words) => words.OthersButton(this);
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>Figures asked for in a chat that may not see them: sent to the asker's private chat, or (no private chat yet) asked for there.</summary>
public sealed record PrivateAnswer(bool Sent) : Outcome
{
    public override string Render(LanguageReplies words) => words.PrivateAnswer(this);
}

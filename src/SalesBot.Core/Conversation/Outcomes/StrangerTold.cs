using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A sender who is no member hears how to join (at most once an hour).</summary>
public sealed record StrangerTold(string Channel) : Outcome
{
    public override string Render(LanguageReplies words) => words.Stranger(Channel);
}

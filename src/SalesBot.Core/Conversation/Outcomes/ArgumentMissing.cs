using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A command understood without what it needs ("move" with no deal): the pack says what is missing, with an example.</summary>
public sealed record ArgumentMissing(Intent Intent) : Outcome
{
    public override string Render(LanguageReplies words) => words.ArgumentMissing(this);
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>"Which Contoso?"</summary>
public sealed record WhichAccount(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.WhichAccount(this);
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>The option that makes a new account: "New account \"Contoso\"".</summary>
public sealed record NewAccountOption(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.NewAccountOption(this);
}

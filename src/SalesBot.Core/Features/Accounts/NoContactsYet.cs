using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Accounts;

/// <summary>The account has no contacts yet.</summary>
public sealed record NoContactsYet(string Account) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoContactsYet(this);
}

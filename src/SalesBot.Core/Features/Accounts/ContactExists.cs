using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Accounts;

/// <summary>The contact is already there; nothing was written.</summary>
public sealed record ContactExists(string Name, string? Account) : Outcome
{
    public override string Render(LanguageReplies words) => words.ContactExists(this);
}

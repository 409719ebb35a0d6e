using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Accounts;

/// <summary>"✓ New contact: Sarah Lee (CFO) at Fabrikam."</summary>
public sealed record ContactAdded(string Name, string? Role, string? Email, string? Account, bool NewAccount) : Outcome
{
    public override string Render(LanguageReplies words) => words.ContactAdded(this);
}

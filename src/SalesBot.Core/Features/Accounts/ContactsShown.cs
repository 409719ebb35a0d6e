using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Accounts;

/// <summary>The contacts at an account, with role and e-mail.</summary>
public sealed record ContactsShown(string Account, IReadOnlyList<ContactsShown.Line> Contacts) : Outcome
{
    public sealed record Line(string Name, string? Role, string? Email);

    public override string Render(LanguageReplies words) => words.ContactsShown(this);

    public override string? Title(LanguageReplies words) => words.ContactsShownTitle(this);
}

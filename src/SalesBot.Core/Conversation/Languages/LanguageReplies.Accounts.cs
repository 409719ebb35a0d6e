using SalesBot.Core.Features.Accounts;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string ContactExists(ContactExists o);

    public abstract string ContactAdded(ContactAdded o);

    public abstract string NoContactsYet(NoContactsYet o);

    public abstract string ContactsShown(ContactsShown o);

    public abstract string? ContactsShownTitle(ContactsShown o);

    public abstract string AccountShown(AccountShown o);

    public abstract string? AccountShownTitle(AccountShown o);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Activities;

/// <summary>Nobody has logged anything with the account yet.</summary>
public sealed record NoActivityWith(string Account) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoActivityWith(this);
}

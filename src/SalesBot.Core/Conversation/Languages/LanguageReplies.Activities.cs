using SalesBot.Core.Features.Activities;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string ActivityLogged(ActivityLogged logged);
}

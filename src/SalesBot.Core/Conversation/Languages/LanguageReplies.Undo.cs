using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string Amended(Amended amended);
}

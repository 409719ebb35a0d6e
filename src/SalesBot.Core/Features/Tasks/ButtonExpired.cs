using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Tasks;

/// <summary>A button whose data the bot no longer reads.</summary>
public sealed record ButtonExpired : Outcome
{
    public override string Render(LanguageReplies words) => words.ButtonExpired(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Administration;

/// <summary>The manager writes a rep is refused.</summary>
public enum ManagerWrite { TeamSettings, Targets, Holidays, Invites, Connect, Disconnect }

/// <summary>A rep asked for a manager's write: nothing changed.</summary>
public sealed record OnlyManagers(ManagerWrite What) : Outcome
{
    public override string Render(LanguageReplies words) => words.OnlyManagers(this);
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A press whose data no button of ours carries (see <see cref="ButtonAction"/>).</summary>
public sealed record ButtonExpired : Outcome
{
    public override string Render(LanguageReplies words) => words.ButtonExpired(this);
}

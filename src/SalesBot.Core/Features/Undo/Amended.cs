using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>An edited message replaced what its first version wrote; <paramref name="Then"/> is what the new text did.</summary>
public sealed record Amended(WriteSummary Replaced, Outcome Then) : Outcome
{
    public Amended(string replaced, Outcome then) : this(WriteSummary.Text(replaced), then)
    {
    }

    public override string Render(LanguageReplies words) => words.Amended(this);
}

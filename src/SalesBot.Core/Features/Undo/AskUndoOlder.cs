using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"undo" after a message that wrote nothing: the last write is older, so ask.</summary>
public sealed record AskUndoOlder(WriteSummary Summary, TimeSpan Ago) : Outcome
{
    public AskUndoOlder(string summary, TimeSpan ago) : this(WriteSummary.Text(summary), ago)
    {
    }

    public override string Render(LanguageReplies words) => words.AskUndoOlder(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"↩ Undone: the call with Contoso on Nov 18."</summary>
/// <param name="Kept">What undo kept because later entries use it (<see cref="KeptInUse"/>).</param>
public sealed record Undone(WriteSummary Summary, IReadOnlyList<Outcome> Kept) : Outcome
{
    /// <summary>An entry and kept records named as text, as they are.</summary>
    public Undone(string summary, IReadOnlyList<string> kept) : this(WriteSummary.Text(summary), kept.Select(k => (Outcome)new Said(k)).ToList())
    {
    }

    public override string Render(LanguageReplies words) => words.Undone(this);
}

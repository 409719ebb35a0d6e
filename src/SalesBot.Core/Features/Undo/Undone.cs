using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"↩ Undone: the call with Contoso on Nov 18."</summary>
/// <param name="Kept">What undo kept because later entries use it (<see cref="KeptInUse"/>).</param>
public sealed record Undone(string Summary, IReadOnlyList<Outcome> Kept) : Outcome
{
    /// <summary>Kept records named as text, as they are.</summary>
    public Undone(string summary, IReadOnlyList<string> kept) : this(summary, kept.Select(k => (Outcome)new Said(k)).ToList())
    {
    }

    public override string Render(LanguageReplies words) => words.Undone(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>An undo or amend that changed nothing because the record changed since.</summary>
public sealed record LeftAsItWas(IReadOnlyList<ChangedSince> ChangedSince) : Outcome
{
    public override string Render(LanguageReplies words) => words.LeftAsItWas(this);
}

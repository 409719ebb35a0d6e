using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

public enum KeptKind { Account, Contact, Deal, Member, UsedJoinCode }

/// <summary>A record the undone write created that undo kept, because later entries use it ("the account Contoso").</summary>
public sealed record KeptInUse(KeptKind Kind, string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.KeptInUse(this);
}

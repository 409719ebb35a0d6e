using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Accounts;

/// <summary>"show Contoso": open deals, the last activities, contacts, open tasks.</summary>
public sealed record AccountShown(string Account, DateOnly Today, IReadOnlyList<AccountShown.Deal> Deals, IReadOnlyList<AccountShown.Activity> Activities, IReadOnlyList<string> Contacts, IReadOnlyList<AccountShown.OpenTask> Tasks) : Outcome
{
    public sealed record Deal(string Name, Crm.DealStage Stage, Figure? Amount, string Owner);

    /// <summary>Others: the colleagues who were there too.</summary>
    public sealed record Activity(Crm.ActivityType Type, string? Contact, string Member, string? Others, DateOnly HappenedOn, string? Notes);

    public sealed record OpenTask(string Title, DateOnly? Due, string Owner);

    public override string Render(LanguageReplies words) => words.AccountShown(this);

    public override string? Title(LanguageReplies words) => words.AccountShownTitle(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Activities;

/// <summary>
/// "✓ Logged a meeting with Northwind (yesterday). New account: Northwind. That's 3 meetings this week."
/// </summary>
/// <param name="With">The account's name, else the contact's, else null.</param>
/// <param name="NewContactAt">The account of a contact created on the spot, if it has one.</param>
/// <param name="ThisWeek">How many of this type the member logged this week, when the activity is in it.</param>
public sealed record ActivityLogged(
    ActivityType Type,
    string? With,
    DateOnly HappenedOn,
    DateOnly Today,
    string? NewAccount,
    string? NewContact,
    string? NewContactAt,
    string? Deal,
    DealStage? DealStage,
    IReadOnlyList<string> Colleagues,
    int? ThisWeek) : Outcome
{
    public override string Render(LanguageReplies words) => words.ActivityLogged(this);
}

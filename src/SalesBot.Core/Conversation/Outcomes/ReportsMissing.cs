using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A stand-up or KPI question on a server that has no report service.</summary>
public sealed record ReportsMissing(bool Standup) : Outcome
{
    public override string Render(LanguageReplies words) => words.ReportsMissing(this);
}

using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>
/// A stand-up or digest as the report service built it. The report area words its own reports (ReportReplies in
/// each pack), so the message arrives rendered and is passed on as it is.
/// </summary>
public sealed record ReportShown(OutgoingMessage Message) : Outcome
{
    public override string Render(LanguageReplies words) => Message.Text;

    public override string? Title(LanguageReplies words) => Message.Title;
}

namespace SalesBot.Core.Messaging;

/// <summary>
/// The port every channel (each messenger, the terminal) hands messages to. The engine resolves the
/// sender, understands the text, writes the CRM change and puts its reply and any team-channel posts
/// in the outbox, all in one transaction. It never throws for anything a user can type.
/// </summary>
public interface IConversationEngine
{
    Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

namespace SalesBot.Core.Conversation.Replies;

/// <summary>An amount a reply may show, with its currency; the pack writes it ("€40K", "40 tys. €").</summary>
public sealed record Figure(decimal Amount, string? Currency);

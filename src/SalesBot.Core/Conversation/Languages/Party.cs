namespace SalesBot.Core.Conversation.Languages;

/// <summary>Who an activity was with, in base forms: a contact, an account, a colleague or a deal.</summary>
/// <param name="Unsure">Two readings were possible (two lexicon entries, or a lowercase unknown word).</param>
internal readonly record struct Party(string? Account, string? Contact, string? Colleague, string? Deal, bool Unsure);

namespace SalesBot.Core.Conversation.Languages;

/// <summary>A phrase of a pack ("spotkałam się", "na etap", "zrobione :") and what it means.</summary>
public sealed record PackPhrase(string Text, PackWord Word);

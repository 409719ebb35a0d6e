namespace SalesBot.Core.Conversation.Languages;

/// <summary>The code or text a pack phrase stands for ("PLN", "to competitor", "pl"), in a <see cref="PhraseList"/> row.</summary>
public readonly record struct Coded(string Text);

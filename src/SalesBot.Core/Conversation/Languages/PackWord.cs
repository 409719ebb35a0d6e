namespace SalesBot.Core.Conversation.Languages;

/// <summary>One meaning of a pack phrase: its kind and what it carries.</summary>
/// <param name="Kind">What the grammar reads it as.</param>
/// <param name="Value">A number the kind defines (an activity type, a day offset, a multiplier).</param>
/// <param name="Form">For activity words: noun, past, infinitive or future.</param>
/// <param name="Cases">For connectors: the cases the name after it takes.</param>
/// <param name="Text">For currencies, reasons and languages: the code or text it stands for.</param>
public readonly record struct PackWord(TagKind Kind, int Value = 0, WordForm Form = WordForm.Noun, NameCase Cases = NameCase.None, string? Text = null);

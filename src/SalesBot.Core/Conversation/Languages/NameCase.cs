namespace SalesBot.Core.Conversation.Languages;

/// <summary>The grammatical cases a name may take after a connector; a name is stored in the nominative.</summary>
[Flags]
public enum NameCase
{
    None = 0,
    Nominative = 1,
    Genitive = 2,
    Dative = 4,
    Accusative = 8,
    Instrumental = 16,
    Locative = 32,
    Any = Nominative | Genitive | Dative | Accusative | Instrumental | Locative,
}

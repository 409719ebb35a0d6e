namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// One row of a language's declension table: a name written with <paramref name="Ending"/> in one of
/// <paramref name="Cases"/> has the base form with <paramref name="Base"/> in its place ("Janem" - "em" + "" is "Jan").
/// </summary>
/// <param name="Ending">The folded ending as written ("em", "owi", "ом").</param>
/// <param name="Base">What replaces it in the nominative ("", "a").</param>
/// <param name="Cases">The cases this ending marks.</param>
/// <param name="PersonOnly">Only people decline this way; a company keeps the ending ("Umbrella" after "do" is not "Umbrell").</param>
/// <param name="Adjective">An adjective's ending: the noun after it declines too ("Cyfrowego Polsatu" is "Cyfrowy Polsat").</param>
/// <param name="Leading">Read only on a word with another after it: "-ой" of "Камской верфи" is an adjective's, of "Ромашкой" a noun's.</param>
public sealed record NameEnding(string Ending, string Base, NameCase Cases, bool PersonOnly = false, bool Adjective = false, bool Leading = false);

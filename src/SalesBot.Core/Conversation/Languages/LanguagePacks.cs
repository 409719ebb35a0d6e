using SalesBot.Core.Conversation.Languages.Polish;
using SalesBot.Core.Conversation.Languages.Russian;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// The languages the <see cref="TokenGrammar"/> reads. English is read by the older rules in
/// <c>Conversation/Parsing</c>. A new language is its pack folder and one line here.
/// </summary>
public static class LanguagePacks
{
    public static IReadOnlyList<LanguagePack> All { get; } =
    [
        PolishPack.Pack,
        RussianPack.Pack,
    ];

    /// <summary>The pack for a language code ("pl", "ru"), or null (English, or unknown).</summary>
    public static LanguagePack? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}

using SalesBot.Core.Conversation.Languages.English;
using SalesBot.Core.Conversation.Languages.Polish;
using SalesBot.Core.Conversation.Languages.Russian;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>The reply pack of each language the bot writes. Adding a language is one line here.</summary>
public static class ReplyPacks
{
    public static readonly LanguageReplies English = new EnglishReplies();

    private static readonly Dictionary<string, LanguageReplies> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["pl"] = new PolishReplies(),
        ["ru"] = new RussianReplies(),
    };

    /// <summary>The codes with a pack: "en", "pl", "ru".</summary>
    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    /// <summary>The pack for a language code ("pl", "ru-RU", "PL"); English for null or one without a pack.</summary>
    public static LanguageReplies For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return English;
        }

        var code = language.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return ByCode.GetValueOrDefault(dash > 0 ? code[..dash] : code) ?? English;
    }

    /// <summary>The pack of a member's preference when there is one, else of the team's default.</summary>
    public static LanguageReplies For(string? preferred, string? fallback) => Has(preferred) ? For(preferred) : For(fallback);

    /// <summary>
    /// The pack a reply to a member uses: the language they asked for ("/lang pl"), else the one their message
    /// was written in, else the team's.
    /// </summary>
    public static LanguageReplies For(string? preferred, string? message, string? team) =>
        Has(preferred) ? For(preferred) : Has(message) ? For(message) : For(team);

    public static bool Has(string? language) =>
        !string.IsNullOrWhiteSpace(language) && ByCode.ContainsKey(language.Trim().Split('-', '_')[0]);
}

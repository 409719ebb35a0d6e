using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Languages.English;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Replies;

/// <summary>
/// Short, phone-friendly renderings in English ("€40K", "2 days ago", "3 meetings", "Nov 18"); each
/// language's pack has the same (<c>ReplyPacks.For(language).Money(...)</c>). Cleaning and clipping
/// stored text is the same in every language and lives here.
/// </summary>
public static class Format
{
    public static string Money(decimal? amount, string? currency) => ReplyPacks.English.Money(amount, currency);

    /// <summary>Sums per currency: "€40K + $12K".</summary>
    public static string MoneyTotals(IEnumerable<(decimal? Amount, string? Currency)> amounts) => ReplyPacks.English.MoneyTotals(amounts);

    public static string Ago(DateOnly day, DateOnly today) => ReplyPacks.English.Ago(day, today);

    public static string Day(DateOnly day, DateOnly today) => ReplyPacks.English.Day(day, today);

    /// <summary>An English noun counted: "3 open tasks". Packs count a <see cref="Counted"/> in their language.</summary>
    public static string Quantity(string noun, int count) => Humanizer.ToQuantityExtensions.ToQuantity(noun, count);

    public static string Noun(ActivityType type) => ReplyPacks.English.Noun(type);

    public static string Stage(DealStage stage) => ReplyPacks.English.Stage(stage);

    /// <summary>"a call", "an email".</summary>
    public static string WithArticle(string noun) => EnglishReplies.WithArticle(noun);

    /// <summary>Keeps stored names printable: control characters out, whitespace collapsed, length bounded.</summary>
    public static string CleanName(string text, int max = 120)
    {
        var chars = text.Where(c => !char.IsControl(c) || c == ' ').ToArray();
        var clean = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= max ? clean : clean[..max].TrimEnd();
    }

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Replies;

/// <summary>
/// The fixed things the bot says, in English. The words live in the language packs
/// (<see cref="ReplyPacks"/>); a handler that knows the member's language calls <c>ReplyPacks.For(language)</c>.
/// </summary>
public static class Texts
{
    public const int MaxMessageLength = 4000;

    /// <summary>One example per capability: help shows them, "did you mean" picks the closest.</summary>
    public static IReadOnlyList<(string Capability, string Example)> Examples => ReplyPacks.English.Examples;

    public static string Help() => ReplyPacks.English.Help();

    public static string NotUnderstood(string text) => ReplyPacks.English.NotUnderstood(text);

    public static string ChitChat(string text) => ReplyPacks.English.ChitChat(text);

    public static string Stranger(string channel) => ReplyPacks.English.Stranger(channel);

    public static string TooLong(int length) => ReplyPacks.English.TooLong(length, MaxMessageLength);

    public static string Apology() => ReplyPacks.English.Apology();

    public static string LowConfidence(string text) => ReplyPacks.English.LowConfidence(text);
}

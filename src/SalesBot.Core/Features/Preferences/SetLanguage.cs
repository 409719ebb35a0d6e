using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Features.Preferences;

/// <summary>"Dobrze, od teraz piszę po polsku." Rendered in the language just chosen.</summary>
public sealed record LanguageSet(string Language) : Outcome
{
    public override string Render(LanguageReplies words) => words.LanguageSet(this);
}

/// <summary>
/// "odpowiadaj po polsku", "по-русски", "/lang en": the language the bot answers this member in from now on. A
/// preference, not a CRM write: it is not journaled, and saying another language changes it back.
/// </summary>
public static class SetLanguage
{
    /// <param name="Language">"en", "pl" or "ru", as the parser read it from any pack's words.</param>
    public sealed record Command(string Language)
    {
        public static Command? From(ParsedCommand p) => p.Argument is { } code && ReplyPacks.Has(code) ? new(code) : null;
    }

    public static TurnResult Handle(Turn turn, Command cmd)
    {
        turn.Member.Language = ReplyPacks.For(cmd.Language).Code;
        return new TurnResult(new LanguageSet(turn.Member.Language));
    }
}

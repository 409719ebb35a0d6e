using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What a handler has to say, as a record: <c>StageMoved(deal, from, to)</c>, <c>ActivityLogged(...)</c>,
/// <c>AskWhich(...)</c>. It holds facts, never words; each record renders through the one method of
/// <see cref="LanguageReplies"/> named after it, so every sentence lives in a language pack.
/// </summary>
public abstract record Outcome
{
    public abstract string Render(LanguageReplies words);

    /// <summary>A bold first line, for outcomes that are lists ("Your pipeline: 3 open deals").</summary>
    public virtual string? Title(LanguageReplies words) => null;
}

/// <summary>
/// Text that is not ours to word: a name shown as it is (a deal on a button, a candidate in a question), or a part of
/// a report the report area already worded. Never a sentence of the bot's (a rule test checks).
/// </summary>
public sealed record Said(string Text) : Outcome
{
    public override string Render(LanguageReplies words) => Text;
}

/// <summary>Several outcomes in one reply (a message with two commands), one per line.</summary>
public sealed record Together(IReadOnlyList<Outcome> Parts) : Outcome
{
    public override string Render(LanguageReplies words) => string.Join('\n', Parts.Select(p => p.Render(words)));
}

/// <summary>The fixed words on buttons.</summary>
public enum ButtonWord { Undo, Yes, No, Create, Cancel, Done, Tomorrow }

/// <summary>A button labelled with one of the pack's button words.</summary>
public sealed record Worded(ButtonWord Word) : Outcome
{
    public override string Render(LanguageReplies words) => words.Button(Word);
}

/// <summary>A button of a reply: its label is an outcome too (a pack's word, or a name as it is).</summary>
public sealed record Button(Outcome Label, string Data)
{
    public Button(ButtonWord word, string data) : this(new Worded(word), data)
    {
    }
}

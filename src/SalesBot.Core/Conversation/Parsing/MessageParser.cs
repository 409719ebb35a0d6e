using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Turns a rep's message into a <see cref="ParsedCommand"/>: pure, deterministic, offline.
/// </summary>
/// <remarks>
/// The grammar, tried in this order (the first rule that recognises the message wins):
/// <list type="number">
/// <item>Clean-up: a leading @mention, "/cmd@bot" (rewritten to its words), emoji, "w/" and greetings go.
/// Script tags, SQL and template injection are <see cref="Intent.Unknown"/> at once.</item>
/// <item>Administration: a bare option number, connect/join/invite, targets, holidays, away and back.</item>
/// <item>Undo and help: whole-message phrases.</item>
/// <item>Plan: a header ("plan:", "top 3 today:", "my priorities:") and items one a line, numbered, bulleted,
/// or separated by semicolons or commas.</item>
/// <item>Tasks: "done: X" / "mark X as done" completes; a reminder head ("remind me to", "todo", "I need to")
/// or an imperative verb with a future date ("call Hooli next Monday") adds, with the date cut from the title.</item>
/// <item>Queries: pipeline, tasks, KPI digest, stand-up, account ("what's up with Acme").</item>
/// <item>Deals: "new deal NAME AMOUNT [close DATE]" creates; an activity at the start logs (see below);
/// a stage word with a deal name moves ("Acme -> negotiation", "won Initech"); an amount or close date
/// with a deal name updates ("Globex is now worth 80k").</item>
/// <item>Activities: [lead-in] ACTIVITY [connector] PARTY [from|at COMPANY] [DATE] [notes], where the date
/// defaults to today and reads backwards; a future date makes it a task instead.</item>
/// </list>
/// Anything else is <see cref="Intent.Unknown"/> with confidence below 0.5. Writes reach 0.7 or more only when
/// the verb and its object are both recognised. Words come from a <see cref="Vocabulary"/>.
/// </remarks>
public sealed class MessageParser : IMessageParser
{
    /// <summary>Longer messages are pasted documents, not commands.</summary>
    public const int MaxLength = 4000;

    private static readonly Lazy<MessageParser> DefaultEnglish = new(() => new MessageParser(Vocabulary.English));

    private readonly TextNormalizer _normalizer;
    private readonly AdminRules _admin;
    private readonly TaskRules _tasks;
    private readonly QueryRules _queries;
    private readonly DealRules _deals;
    private readonly ActivityRules _activities;

    public MessageParser(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var dates = new DateReader(vocabulary);
        var amounts = new AmountReader(vocabulary);
        var names = new NameReader(vocabulary);
        _normalizer = new TextNormalizer(vocabulary);
        _admin = new AdminRules(vocabulary, dates, names);
        _tasks = new TaskRules(vocabulary, dates);
        _queries = new QueryRules(vocabulary, dates, names);
        _deals = new DealRules(vocabulary, dates, amounts, names);
        _activities = new ActivityRules(vocabulary, dates, names);
    }

    /// <summary>The English parser, built once: its regexes are compiled, so share it.</summary>
    public static MessageParser English => DefaultEnglish.Value;

    /// <summary>Parses one message without a lexicon.</summary>
    public ParsedCommand Parse(string text, DateTime now) => Parse(text, now, ParseContext.None);

    /// <summary>Parses one message with the team's names and the sender's language.</summary>
    /// <param name="text">The message as the rep typed it.</param>
    /// <param name="now">The sender's team's local time; relative dates are read against its date.</param>
    /// <param name="context">The team's lexicon and the sender's preferred language.</param>
    public ParsedCommand Parse(string text, DateTime now, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length > MaxLength)
        {
            return Unknown(0.05);
        }

        // Polish and Russian are read by the token grammar over their language packs (Conversation/Languages).
        if (LanguageDetector.Detect(text, context.Language) is { } pack)
        {
            return _normalizer.LooksHostile(text) ? Unknown(0.05) with { Language = pack.Code } : TokenGrammar.Parse(text, DateOnly.FromDateTime(now), context.Lexicon, pack);
        }

        return ParseCore(text, DateOnly.FromDateTime(now)) with { Language = "en" };
    }

    private ParsedCommand ParseCore(string raw, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Unknown(0.0);
        }

        if (_normalizer.LooksHostile(raw))
        {
            return Unknown(0.05);
        }

        var message = _normalizer.Normalize(raw);
        if (message.Text.Length == 0)
        {
            return Unknown(0.0);
        }

        return _admin.TryParse(message, today)
            ?? _tasks.TryUndoOrHelp(message)
            ?? _tasks.TryPlan(message, today)
            ?? _tasks.TryComplete(message)
            ?? _tasks.TryAdd(message, today)
            ?? _queries.TryParse(message, today)
            ?? _deals.TryCreate(message, today)
            ?? _activities.TryParse(message, today, leadingOnly: true)
            ?? _deals.TryMove(message, today)
            ?? _deals.TryUpdate(message, today)
            ?? _activities.TryParse(message, today, leadingOnly: false)
            ?? Unknown(0.1);
    }

    private static ParsedCommand Unknown(double confidence) => new(Intent.Unknown, confidence);
}

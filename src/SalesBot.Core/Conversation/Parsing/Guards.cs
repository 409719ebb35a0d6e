using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// The last word before a write: a question, a negation or a failed attempt never logs an activity, the future
/// makes a task rather than a past activity, "next step: ..." never moves a stage, and a party that is an
/// everyday word ("scheduled", "did", "CFO") is never a new record without asking. A wrong write is worse than a question.
/// </summary>
internal sealed class Guards
{
    private readonly DateReader _dates;
    private readonly OpeningRegex _questionStart;
    private readonly OpeningRegex _inverted;
    private readonly Regex _polite;
    private readonly PhraseFinder _negation;
    private readonly PhraseFinder _failure;
    private readonly PhraseFinder _future;
    private readonly PhraseFinder _nextStep;
    private readonly Regex _segmentEnd;
    private readonly HashSet<string> _common;
    private readonly OpeningRegex _taskHead;

    public Guards(Vocabulary v, DateReader dates)
    {
        _dates = dates;
        _questionStart = Phrases.Opening(v.QuestionWords, pattern: $@"^(?:{Phrases.Words(v.QuestionWords)})");
        _inverted = Phrases.Opening(v.QuestionAuxiliaries, pattern: $@"^(?:{Phrases.Words(v.QuestionAuxiliaries)})\s+(?:{Phrases.Words(v.QuestionSubjects)}|(?-i:\p{{Lu}})\w+\s+(?:{Phrases.Words(v.ImperativeVerbs)}))");
        _polite = Phrases.Build($@"^\s*(?:@[\w.\-]+[:,]?\s*)?(?:{Phrases.Words(v.PoliteRequests)})");
        _negation = Phrases.Find(v.NegationWords);
        _failure = Phrases.Find(v.FailurePhrases);
        _future = Phrases.Find(v.FutureMarkers);
        _nextStep = Phrases.Find(v.NextStepPhrases);
        _segmentEnd = Phrases.Build($@"[,;:.!?]\s|\s-\s|\s(?:{Phrases.Alt(v.NoteOpeners)})\s");
        _common = Phrases.Set(v.CommonWords);
        _taskHead = Phrases.Opening(v.TaskHeads, pattern: $@"^(?:{Phrases.Words(v.TaskHeads)})");
    }

    public bool IsCommonWord(string word) => _common.Contains(word);

    /// <summary>A question the bot should answer rather than act on; a polite request ("can you log ...?") is none.</summary>
    public bool IsQuestion(string text, string raw) =>
        !_polite.IsMatch(raw) && (text.EndsWith('?') || raw.TrimEnd().EndsWith('?') || _questionStart.IsMatch(text) || _inverted.IsMatch(text));

    /// <summary>The part of an activity message that says what happened, before its notes.</summary>
    public string HeadSegment(string text)
    {
        var end = _segmentEnd.Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    public ParsedCommand Apply(ParsedCommand command, string text, string raw, DateOnly today)
    {
        if (!command.Intent.IsWrite())
        {
            return command;
        }

        if (command.Intent != Intent.SetPlan && !_taskHead.IsMatch(text) && IsQuestion(text, raw))
        {
            // "should I send Globex a discount?" asks for advice; "remind me to ... ?" still is a reminder.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command.Intent == Intent.MoveDeal && _nextStep.IsMatch(text))
        {
            // "next step: legal review on Friday" is a plan for the deal, not a stage it reached.
            return AsTask(text, today, Party(command.Account ?? command.Deal), 0.7) with { Confirm = true };
        }

        if (command.Intent == Intent.LogActivity)
        {
            var head = HeadSegment(text);
            if (_failure.IsMatch(text) || _negation.IsMatch(head))
            {
                return new ParsedCommand(Intent.Unknown, 0.3);
            }

            if (_future.IsMatch(head))
            {
                return AsTask(text, today, Party(command.Account), 0.7) with { Contact = Party(command.Contact) };
            }
        }

        if (command.Intent is Intent.MoveDeal or Intent.CreateDeal or Intent.UpdateDeal && (_negation.IsMatch(HeadSegment(text)) || _failure.IsMatch(text)))
        {
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        return command;
    }

    /// <summary>A future or planned activity: a task due on its date, its title the text without date and marker words.</summary>
    private ParsedCommand AsTask(string text, DateOnly today, string? account, double confidence)
    {
        DateOnly? due = null;
        var title = text;
        if (_dates.TryRead(text, today, DateSense.Future, out var hit) && !hit.PastWords)
        {
            due = hit.Date;
            title = Phrases.Cut(text, hit.Index, hit.Length);
        }

        title = Phrases.Clean(_nextStep.Replace(_future.Replace(title, " "), " "));
        title = Phrases.CollapseSpaces(title);
        return new ParsedCommand(Intent.AddTask, confidence) { Title = title, Date = due, Account = account, Confirm = Phrases.WordCount(title) < 2 };
    }

    private string? Party(string? name) => name is null || IsCommonName(name) ? null : name;

    /// <summary>Every word of the name is an everyday word: "scheduled", "did", "the CFO".</summary>
    public bool IsCommonName(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Phrases.Clean(word);
            if (w.Length > 0 && !_common.Contains(w) && !char.IsDigit(w[0]))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Tasks, plans, undo and help.
/// Add: TASK-HEAD TEXT [DATE] [TIME] ("remind me to send the NDA on Friday"), or IMPERATIVE ... FUTURE-DATE
/// ("call Hooli next Monday"); the title is the text without the head, date and time.
/// Complete: DONE-HEAD TEXT ("done: send the NDA"), "mark [task] TEXT as done", TEXT DONE-TAIL.
/// Plan: HEADER: ITEMS, where the header names a plan ("plan", "priorities", "focus", "top 3", "today").
/// </summary>
internal sealed class TaskRules
{
    private readonly DateReader _dates;
    private readonly OpeningRegex _undo;
    private readonly OpeningRegex _help;
    private readonly WordGate _undoTail;
    private readonly WordGate _helpTail;
    private readonly Regex _helpOpening;
    private readonly WordGate _helpOpener;
    private readonly Regex _planHeader;
    private readonly PhraseFinder _planCopula;
    private readonly string[] _planCopulaSigns;
    private readonly Regex _numberedLines;
    private readonly OpeningRegex _doneHead;
    private readonly Regex _markDone;
    private readonly Regex _doneTail;
    private readonly ContainingRegex _activityObject;
    private readonly OpeningRegex _taskHead;
    private readonly OpeningRegex _imperative;
    private readonly OpeningRegex _taskVerb;
    private readonly Regex _titleLead;
    private readonly WordGate _doneFirst;
    private readonly WordGate _doneLast;
    private readonly WordGate _closeThatTaskLast;
    private readonly WordGate _addFirst;
    private readonly OpeningRegex _undoHead;
    private readonly Regex _looseHeader;
    private readonly PhraseFinder _planWord;
    private readonly HashSet<string> _undoTails;
    private readonly Regex _activityDone;
    private readonly Regex _closeThatTask;
    private readonly Regex _doneThenClear;
    private readonly Regex _undoReason;
    private readonly Regex _doneWord;
    private readonly HashSet<string> _cancel;
    private readonly IReadOnlyList<string> _listJoiners;
    private readonly HashSet<string> _itemVerbs;
    private readonly HashSet<string> _tomorrow;
    private readonly string[] _taskNouns;
    private readonly HashSet<string> _personal;
    private readonly HashSet<string> _pronounOnly;
    private readonly Regex _deadlineLead;
    private readonly Regex _quoted;
    private readonly OpeningRegex _cancelledPlan;
    private readonly ContainingRegex _calledOff;
    private readonly Regex _reachedStage;

    public TaskRules(Vocabulary v, DateReader dates)
    {
        _dates = dates;
        _listJoiners = v.ListJoiners;
        _itemVerbs = Phrases.Set(v.ImperativeVerbs.Concat(v.TaskVerbs).Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        _tomorrow = Phrases.Set(v.TomorrowWords);
        _taskNouns = [.. v.TaskNouns.Select(n => n + " ")];
        _personal = Phrases.Set(v.PersonalSubjects);
        _pronounOnly = Phrases.Set(v.PersonalSubjects.Concat(v.PronounSubjects));
        var the = Phrases.Join(v.DefiniteArticles);
        var task = Phrases.Join(v.TaskNouns);
        _looseHeader = Phrases.Build(@"^(?<head>[^\n:]{1,40}?)(?:\s*[:\-]\s*|\s+)(?<body>\(?1\s*[.)]\s*\S.*?\s\(?2\s*[.)]\s*\S[\s\S]*)$");
        _planWord = Phrases.Find(v.PlanNouns.Concat(v.PlanTopWords));
        _undoHead = Phrases.Opening(v.UndoHeads, pattern: $@"^(?:{Phrases.Words(v.UndoHeads)})");
        _undoTails = Phrases.Set(v.UndoTails);
        _cancel = Phrases.Set(v.CancelPhrases);
        _undo = Phrases.Opening(v.UndoPhrases.Concat(v.UndoInterjections), pattern: $@"^(?:(?:{Phrases.Alt(v.UndoInterjections)})[,!.]?\s+)*(?:{Phrases.Alt(v.UndoPhrases)})[\s!.?]*$");
        _undoTail = WordGate.Tails(v.UndoPhrases);
        _helpTail = WordGate.Tails(v.HelpPhrases.Where(p => p != "?"));
        // Lowercase words only after the opener: "how do i use this thing" is help, "how does this Acme deal look" is not.
        _helpOpener = WordGate.FirstWords(v.HelpOpeners);
        _helpOpening = Phrases.Build(v.HelpOpeners.Count == 0 ? "(?!)" : $@"^(?:{Phrases.Alt(v.HelpOpeners)})(?:\s+(?-i:[\p{{Ll}}'-]+)){{0,4}}[\s!.?]*$");
        // "help, what commands are there": help phrases one after another are one request.
        _help = Phrases.Opening(v.HelpPhrases.Where(p => p != "?"), t => t.StartsWith('?'), pattern: $@"^(?:\?+\s*)?(?:{Phrases.Alt(v.HelpPhrases.Where(p => p != "?"))})(?:[\s,;:!.?\-]+(?:{Phrases.Alt(v.HelpPhrases.Where(p => p != "?"))}))*[\s!.?]*$|^\?+$");
        var numbers = Phrases.Alt(v.NumberWords.Keys.Where(k => k.Length > 2));
        _planCopula = Phrases.Find(v.PlanCopulas.Where(c => char.IsLetterOrDigit(c[0]) && char.IsLetterOrDigit(c[^1])));
        _planCopulaSigns = [.. v.PlanCopulas.Where(c => !char.IsLetterOrDigit(c[0]) || !char.IsLetterOrDigit(c[^1]))];
        _planHeader = Phrases.Build(
            $@"^\s*(?:(?:{Phrases.Join(v.PlanHeaderLeads)})\s+)?(?:(?:{Phrases.Join(v.PlanOwners)})\s+)?(?<top>(?:{Phrases.Join(v.PlanTopWords)})\s+)?(?:(?<n>\d{{1,2}}|{numbers})\s*)?(?<noun>{Phrases.Words(v.PlanNouns)})?" +
            $@"(?:\s*(?:(?:{Phrases.Join(v.PlanDayLeads)})\s+)?(?<day>{Phrases.Join(v.PlanDays)})(?:\s+(?:{Phrases.Join(v.PlanIntentions)}))?)?(?(noun)|(?(day)|(?(top)|(?!))))[ \t]*(?:->|[:\-\n]|\s(?:{Phrases.Join(v.PlanCopulas)})\s)\s*(?<body>[\s\S]+)$");
        _numberedLines = Phrases.Build(@"^\s*\(?\d{1,2}\s*[.)]\s*\S.*\n\s*\(?\d{1,2}\s*[.)]\s*\S|^\s*\(?1\s*[.)]\s*\S.*?\s\(?2\s*[.)]\s*\S");
        _doneHead = Phrases.Opening(v.DoneHeads, pattern: $@"^(?:{Phrases.Words(v.DoneHeads)})(?:\s*[:,\-]\s*|\s+|$)(?<t>.*)$");
        _markDone = Phrases.Build($@"^(?:{Phrases.Join(v.MarkVerbs)})\s+(?:(?:{the})\s+)?(?:(?:{task})\s+)?(?<t>.+?)\s+(?:(?:{Phrases.Join(v.AsWords)})\s+)?(?:{Phrases.Join(v.MarkedDoneWords)})$");
        _doneTail = Phrases.Build($@"^(?:(?:{task})\s+)?(?<t>.+?)\s*[-:,]?\s+(?:{Phrases.Alt(v.DoneTails)})$|^(?<t>.+?)\s*(?:✅|✔|\[x\])$");
        _activityObject = Phrases.Containing(v.ActivityPhrases.Keys, $@"^(?:(?:{Phrases.Join(v.ObjectDeterminers)})\s+)?(?:\w+\s+)?{Phrases.Words(v.ActivityPhrases.Keys)}\s+(?:{Phrases.Join(v.ActivityObjectLinks)})\b");
        _taskHead = Phrases.Opening(v.IntentionHeads.Concat(v.HedgeHeads).Concat(v.TaskHeads), pattern: $@"^(?:(?<intent>{Phrases.Words(v.IntentionHeads.Concat(v.HedgeHeads))})|{Phrases.Words(v.TaskHeads)})(?:\s*[:\-]\s*|\s+)(?!(?:{Phrases.Join(v.NotTaskTitleOpeners)})\b)(?<t>.+)$");
        // "f/u call w eva ...", "f/u email to Pinecrest": a follow-up call that happened is an activity, not a task
        // ("to" may open an infinitive, "f/u call to discuss pricing", so only a capitalised name after it is the party).
        _taskVerb = Phrases.Opening(v.TaskVerbs, pattern: $@"^(?:{Phrases.Words(v.TaskVerbs)})\s+(?!(?:{Phrases.Join(v.SelfObjects)})\b|(?:{Phrases.Alt(v.ActivityPhrases.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)))})\s+(?:(?:{Phrases.Join(v.TaskVerbActivityLinks)})\b|(?:{Phrases.Join(v.InfinitiveMarkers)})\s+(?-i:\p{{Lu}})))\S");
        _imperative = Phrases.Opening(v.ImperativeVerbs, pattern: $@"^(?:{Phrases.Words(v.ImperativeVerbs)})\s+(?!(?:{Phrases.Join(v.ImperativeNotBefore)})\b|{Phrases.Join(v.ImperativeNotBeforeMarks)})\S");
        _doneFirst = WordGate.FirstWords(v.DoneHeads.Concat(v.MarkVerbs));
        _doneLast = WordGate.LastWords(v.DoneTails);
        _closeThatTaskLast = WordGate.LastWords(v.CloseTaskNouns.Concat(v.CloseTaskTails));
        _addFirst = WordGate.FirstWords(v.TaskHeads.Concat(v.IntentionHeads).Concat(v.HedgeHeads).Concat(v.ImperativeVerbs).Concat(v.TaskVerbs));
        // "Contoso kickoff w/ tom done": an activity noun with "done" reports a meeting that happened, not a task.
        _activityDone = Phrases.Build($@"^(?!(?:{Phrases.Alt(v.DoneHeads.Concat(v.CloseTaskVerbs))})\s)(?:[\w'&.\-]+\s+){{0,4}}?(?:{Phrases.Alt(v.ActivityNouns)})(?:\s+(?:{Phrases.Join(v.ActivityDoneLinks)})\s+[\w'&.\- ]+?)?\s+(?:{Phrases.Alt(v.DoneTails)})$");
        // "booked the Fabrikam demo, you can close that task": the first clause is what was done.
        _undoReason = Phrases.Build(v.CorrectionHeads.Count == 0 ? "(?!)" : $@"^(?:{Phrases.Alt(v.CorrectionHeads.Concat(v.InlineCorrectionLinks))})(?![\w'])");
        _doneThenClear = Phrases.Build(v.CloseTaskObjects.Count == 0 ? "(?!)" : $@"^(?<t>.+?)\s*[,;.\-]?\s+(?:{Phrases.Alt(v.DoneTails)})\s*[,;.\-]\s*(?:(?:{Phrases.Join(v.CloseTaskJoiners)})\s+)?(?:(?:{Phrases.Join(v.CloseTaskPolite)})\s+)?(?:{Phrases.Join(v.CloseTaskVerbs)})\s+(?:{Phrases.Alt(v.CloseTaskObjects)})(?:\s+(?:{Phrases.Join(v.CloseTaskParticles)}))?[\s!.]*$");
        _closeThatTask = Phrases.Build($@"^(?<t>.+?)\s*[,;.\-]\s*(?:(?:{Phrases.Join(v.CloseTaskJoiners)})\s+)?(?:(?:{Phrases.Join(v.CloseTaskPolite)})\s+)?(?:{Phrases.Alt(v.DoneHeads.Concat(v.DoneTails))}|{Phrases.Join(v.CloseTaskVerbs)})(?:\s+(?:{Phrases.Join(v.CloseTaskParticles)}))?\s+(?:{Phrases.Join(v.CloseTaskDeterminers)})\s+(?:{Phrases.Join(v.CloseTaskNouns)})(?:\s+(?:{Phrases.Join(v.CloseTaskTails)}))?$");
        _doneWord = Phrases.Build($@"(?:\s+(?:{Phrases.Alt(v.DoneTails)}))+$");
        _deadlineLead = Phrases.Build($@"^(?:{Phrases.Alt(v.DeadlinePrepositions)})\s+");
        _titleLead = Phrases.Build($@"^(?:{Phrases.Join(v.TitleLeads)})\s+");
        // "mark 'book demo with Woodgrove Bank' done": a title in quotes names a task, whatever words it holds.
        _quoted = Phrases.Build(@"(?<![\w'""])(?<q>['""])(?<t>[^'""\n]*\w[^'""\n]*)\k<q>(?![\w'""])");
        // "not meeting Ironleaf after all", "we're no longer seeing Globex": a plan called off says nothing to write.
        _cancelledPlan = Phrases.Opening(v.NegationLeadIns.Concat(v.PlanSubjects).Concat(v.PlanNegations), pattern: $@"^(?:(?:{Phrases.Join(v.NegationLeadIns)})[,!]?\s+)*(?:(?:{Phrases.Join(v.PlanSubjects)})\s+)?(?:{Phrases.Alt(v.PlanNegations)})\s+(?:{Phrases.Alt(v.ActivityGerunds)})\s+\S");
        // "meeting with Acme is off", "the Globex demo got called off": the activity will not happen.
        // "Halcyon Labs qualified ✅": the check mark says the deal got there, not that a task was done.
        _reachedStage = Phrases.Build(v.ReachedStageWords.Count == 0 ? "(?!)" : $@"^(?!(?:{Phrases.Words(v.ImperativeVerbs.Concat(v.TaskVerbs).Concat(v.DoneHeads).Concat(v.MarkVerbs))})\s)\S.*\s(?:{Phrases.Alt(v.ReachedStageWords)})$");
        _calledOff = Phrases.Containing(v.CalledOffTails, $@"^(?:[\w'&.\-]+\s+){{0,4}}?(?:{Phrases.Alt(v.ActivityNouns)})(?:\s+(?:{Phrases.Join(v.ActivityDoneLinks)})\s+[\w'&.\- ]+?)?\s+(?:{Phrases.Alt(v.CalledOffTails)})(?:\s+(?:{Phrases.Join(v.CancelledPlanTails)}))?[\s!.]*$");
    }

    public ParsedCommand? TryUndoOrHelp(NormalizedMessage message)
    {
        if (_cancel.Contains(message.Text.TrimEnd('!', '.', ' ')))
        {
            // "never mind" takes nothing back: it only drops what was being said, so nothing is written or undone.
            return new ParsedCommand(Intent.Unknown, 0.6);
        }

        if (_cancelledPlan.IsMatch(message.Text) || _calledOff.IsMatch(message.Text))
        {
            // A plan called off takes nothing back either: the bot only hears it, and writes nothing.
            return new ParsedCommand(Intent.Unknown, 0.6);
        }

        // Both are whole messages: one that ends otherwise is neither (a lone "??" is help all the same).
        if ((_undoTail.EndsLikeOne(message.Text) && _undo.IsMatch(message.Text)) || UndoWithTail(message.Text) || UndoAfterReason(message.Text))
        {
            return new ParsedCommand(Intent.Undo, 0.95);
        }

        return ((_helpTail.EndsLikeOne(message.Text) || message.Text.StartsWith('?')) && _help.IsMatch(message.Text)) || (_helpOpener.OpensFirst(message.Text) && _helpOpening.IsMatch(message.Text))
            ? new ParsedCommand(Intent.Help, 0.95)
            : null;
    }

    /// <summary>
    /// "oops, that last one was the wrong firm - take it back", "no, that was fabrikam not contoso - undo it": why, then
    /// the undo as the last part of the message.
    /// </summary>
    private bool UndoAfterReason(string text)
    {
        var cut = text.TrimEnd(' ', '!', '.').LastIndexOfAny(['-', '–', '—', ',', ';']);
        // "renewal paperwork completed, remove it" closes a task: the done-then-clear reading wins.
        return cut > 0 && text[(cut + 1)..].TrimStart() is { Length: > 0 } tail && UndoWithTail(tail) && !_doneThenClear.IsMatch(text);
    }

    /// <summary>"undo the last thing", "delete that, wrong one": an undo head and words that add nothing.</summary>
    private bool UndoWithTail(string text)
    {
        var head = _undoHead.Match(text);
        if (!head.Success)
        {
            return false;
        }

        if (text[head.Length..].TrimStart() is ['-' or ':' or '–' or '—', _, ..])
        {
            // "undo - that was meant for northwind not contoso": the head, then why.
            return true;
        }

        var after = text[head.Length..];
        var comma = after.IndexOfAny([',', ';']);
        if (comma >= 0 && _undoReason.IsMatch(after[(comma + 1)..].TrimStart()))
        {
            // "scrap that last entry, i meant tolvane not larkspur": the undo, then why.
            after = after[..comma];
        }

        foreach (var word in after.Split([' ', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_undoTails.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    public ParsedCommand? TryPlan(NormalizedMessage message, DateOnly today)
    {
        // A header ends with "->", ":", "-", a line break or a copula ("today is ..."); a numbered list has digits.
        var lines = message.Lines;
        var header = MayHeadPlan(lines) ? _planHeader.Match(lines) : Match.Empty;
        string body;
        var date = today;
        if (header.Success)
        {
            body = header.Groups["body"].Value;
            if (_tomorrow.Contains(header.Groups["day"].Value)
                || _tomorrow.Any(t => header.Value.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                date = today.AddDays(1);
            }
        }
        else if (_numberedLines.IsMatch(message.Lines))
        {
            body = message.Lines;
        }
        else if (lines.Contains('1', StringComparison.Ordinal) && lines.Contains('2', StringComparison.Ordinal) && _planWord.IsMatch(lines)
            && _looseHeader.Match(lines) is { Success: true } loose && _planWord.IsMatch(loose.Groups["head"].Value))
        {
            // "plan 4 today: 1) ... 2) ...": a numbered list after a header that names a plan in its own words.
            body = loose.Groups["body"].Value;
        }
        else
        {
            return null;
        }

        var items = PlanReader.Split(body, _listJoiners, _itemVerbs);
        return items.Count == 0 ? null : new ParsedCommand(Intent.SetPlan, 0.9) { Items = items, Date = date };
    }

    private bool MayHeadPlan(string lines)
    {
        if (lines.AsSpan().IndexOfAny(":-\n") >= 0 || _planCopula.IsMatch(lines))
        {
            return true;
        }

        foreach (var sign in _planCopulaSigns)
        {
            if (lines.Contains(sign, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public ParsedCommand? TryComplete(NormalizedMessage message)
    {
        var text = message.Text;
        // Both patterns end with their own words: a message that ends otherwise is neither.
        if (_closeThatTaskLast.OpensLast(text) && _closeThatTask.Match(text) is { Success: true } closing)
        {
            return new ParsedCommand(Intent.CompleteTask, 0.75) { Title = Phrases.Clean(closing.Groups["t"].Value) };
        }

        if (_doneThenClear.Match(text) is { Success: true } cleared)
        {
            // "kestrel sla reminder - done, clear it", "prep deck - done, tick it off": done, then take it off the list.
            return new ParsedCommand(Intent.CompleteTask, 0.75) { Title = Phrases.Clean(cleared.Groups["t"].Value) };
        }

        var quoted = _quoted.Match(text);
        if (!quoted.Success && _doneLast.OpensLast(text) && _activityDone.IsMatch(text))
        {
            return null;
        }
        if (!_doneFirst.OpensFirst(text) && !_doneLast.OpensLast(text) && !text.EndsWith("[x]", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var m = _markDone.Match(text);
        if (!m.Success)
        {
            m = _doneHead.Match(text);
            if (m.Success && !quoted.Success && _activityObject.IsMatch(m.Groups["t"].Value))
            {
                return null;
            }
        }

        if (!m.Success)
        {
            m = _doneTail.Match(text);
            if (m.Success && !quoted.Success && _reachedStage.IsMatch(Phrases.Clean(_doneWord.Replace(m.Groups["t"].Value, string.Empty))))
            {
                return null;
            }

            if (m.Success && IsPronounOnly(m.Groups["t"].Value))
            {
                // "that's done" points at the last task; "I'm done" is just talk.
                return IsPersonal(m.Groups["t"].Value) ? null : new ParsedCommand(Intent.CompleteTask, 0.6);
            }
        }

        if (!m.Success)
        {
            return null;
        }

        if (quoted.Success && string.Equals(Phrases.Clean(m.Groups["t"].Value), Phrases.Clean(quoted.Groups["t"].Value), StringComparison.Ordinal))
        {
            return new ParsedCommand(Intent.CompleteTask, 0.85) { Title = Phrases.Clean(quoted.Groups["t"].Value) };
        }

        // "finished renewal paperwork for Acme ✔️": the check mark read as "done" is no part of the title.
        var title = Phrases.Clean(_doneWord.Replace(m.Groups["t"].Value, string.Empty));
        if (Array.Find(_taskNouns, n => title.StartsWith(n, StringComparison.OrdinalIgnoreCase)) is { } noun)
        {
            title = title[noun.Length..];
        }

        return title.Length == 0
            ? new ParsedCommand(Intent.CompleteTask, 0.6)
            : new ParsedCommand(Intent.CompleteTask, 0.85) { Title = title };
    }

    public ParsedCommand? TryAdd(NormalizedMessage message, DateOnly today)
    {
        // "remind me at 16:00 to ping Ravi": a clock time with no day is today's.
        var task = ReadAdd(message, today);
        return task is { Date: null, Time: not null } ? task with { Date = today } : task;
    }

    private ParsedCommand? ReadAdd(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        if (!_addFirst.OpensFirst(text))
        {
            return DueFirst(message, today);
        }

        var head = _taskHead.Match(text);
        string body;
        DateHit hit;
        var hasDate = false;
        if (head.Success)
        {
            body = head.Groups["t"].Value;
            hasDate = _dates.TryRead(body, today, DateSense.Future, out hit);
        }
        else if (_imperative.IsMatch(text) && _dates.TryRead(text, today, DateSense.Future, out hit) && !hit.PastWords && hit.Date >= today)
        {
            body = text;
            hasDate = true;
        }
        else if (_taskVerb.IsMatch(text))
        {
            body = text;
            hasDate = _dates.TryRead(text, today, DateSense.Future, out hit) && !hit.PastWords;
        }
        else
        {
            return null;
        }

        DateOnly? date = null;
        if (hasDate)
        {
            date = hit.Date;
            body = Phrases.Cut(body, hit.Index, hit.Length);
        }

        TimeOnly? time = null;
        if (_dates.TryReadTime(body, out var timeHit))
        {
            time = timeHit.Time;
            body = Phrases.Cut(body, timeHit.Index, timeHit.Length);
        }

        var title = Phrases.Clean(_titleLead.Replace(Phrases.Clean(body), string.Empty));
        if (title.Length == 0)
        {
            return null;
        }

        // "I need to sleep" is talk; "I need to send Umbrella the pricing" or "... by Friday" is work.
        if (head.Success && head.Groups["intent"].Success && date is null && !Phrases.HasUpper(title))
        {
            return null;
        }

        return new ParsedCommand(Intent.AddTask, head.Success ? 0.9 : 0.8) { Title = title, Date = date, Time = time };
    }

    /// <summary>"by friday: update forecast sheet", "tmrw 10am prep the Fabrikam notes": the due day first, then the errand.</summary>
    private ParsedCommand? DueFirst(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        if (_deadlineLead.Match(text) is { Success: true } by)
        {
            text = text[by.Length..];
        }

        if (!_dates.TryRead(text, today, DateSense.Future, out var due) || due.Index != 0 || due.PastWords || due.Date < today)
        {
            return null;
        }

        var rest = text[due.Length..].TrimStart(' ');
        var labelled = rest.StartsWith(':') || rest.StartsWith('-');
        rest = rest.TrimStart(' ', ':', ',', '-');
        TimeOnly? time = null;
        if (_dates.TryReadTime(rest, out var at) && at.Index == 0)
        {
            time = at.Time;
            rest = rest[at.Length..].TrimStart(' ', ':', ',', '-');
        }

        if (rest.Length == 0 || _dates.TryRead(rest, today, DateSense.Future, out _))
        {
            return null;
        }

        if (!_addFirst.OpensFirst(rest))
        {
            // "by friday: update forecast sheet": a day and a colon head a to-do whatever its verb.
            return labelled && Phrases.WordCount(rest) >= 2 ? new ParsedCommand(Intent.AddTask, 0.75) { Title = Phrases.Clean(rest), Date = due.Date, Time = time } : null;
        }

        var task = ReadAdd(message with { Text = rest }, today) ?? (_imperative.IsMatch(rest) ? new ParsedCommand(Intent.AddTask, 0.8) { Title = Phrases.Clean(rest) } : null);
        return task is { Intent: Intent.AddTask } ? task with { Date = task.Date ?? due.Date, Time = task.Time ?? time } : null;
    }

    private bool IsPersonal(string text) => _personal.Contains(Phrases.Clean(text));

    private bool IsPronounOnly(string text) => _pronounOnly.Contains(Phrases.Clean(text));
}

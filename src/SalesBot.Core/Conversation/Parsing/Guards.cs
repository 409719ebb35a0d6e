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
    private readonly PhraseFinder _questionStart;
    private readonly OpeningRegex _inverted;
    /// <summary>"did the demo at X": an article, then an activity, after the auxiliary is the object of a statement.</summary>
    private readonly OpeningRegex _articleObject;
    private readonly Regex _polite;
    private readonly PhraseFinder _negation;
    private readonly Regex _replacedValue;
    private readonly ContainingRegex _titled;
    private readonly Regex _pipelineLast;
    private readonly HashSet<string> _self;
    private readonly ContainingRegex _titleFirst;
    private readonly PhraseFinder _failure;
    private readonly Regex _awaitingReply;
    private readonly PhraseFinder _rescheduled;
    private readonly HashSet<string> _rescheduledTo;
    private readonly PhraseFinder _rescheduledInTitle;
    private readonly PhraseFinder _private;
    private readonly PhraseFinder _future;
    private readonly PhraseFinder _nextStep;
    private readonly Regex _segmentEnd;
    private readonly HashSet<string> _common;
    private readonly PhraseFinder _taskHead;
    private readonly ContainingRegex _negatedCommand;
    private readonly ContainingRegex _lostThing;
    private readonly ContainingRegex _lostMine;
    private readonly Regex _politeHead;
    private readonly Regex _commandFirst;
    private readonly HashSet<string> _pastIrregulars;
    private readonly PhraseFinder _dealLike;
    private readonly ContainingRegex _errand;
    private readonly ContainingRegex _delegated;
    private readonly PhraseFinder _onMyBehalf;
    private readonly PhraseFinder _wish;
    private readonly PhraseFinder _outcome;
    private readonly PhraseFinder _hedge;
    private readonly OpeningRegex _auxiliaryFirst;
    private readonly Regex _hedgeLead;
    private readonly Regex _hedgeTail;
    private readonly Regex _activityNounLast;
    private readonly Regex _activityNoun;
    private readonly Regex _placeLast;
    private readonly Regex _placeOnly;
    private readonly string[] _pastEndings;
    private readonly Regex _stageStatement;
    private readonly Regex _noActivity;

    public Guards(Vocabulary v, DateReader dates)
    {
        _dates = dates;
        var negations = Phrases.Alt(v.CommandNegations);
        var lost = Phrases.Join(v.LostVerbs);
        _pastEndings = [.. v.PastEndings];
        _stageStatement = DealRules.StageStatement(v);
        _noActivity = Phrases.Build(v.NoneDeterminers.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:{Phrases.Join(v.NoneDeterminers)})\s+(?:(?:{Phrases.Join(v.ActivityAdjectives)})\s+)?(?:{Phrases.Alt(v.ActivityNouns)})(?![\w'])");
        _negatedCommand = Phrases.Containing(v.CommandNegations, $@"^(?:(?:{Phrases.Join(v.NegationLeadIns)})[,!]?\s+)*(?:{negations})\s+(?:(?:{Phrases.Join(v.NegationAdverbs)})\s+)?(?:{Phrases.Words(v.CommandVerbs)})");
        var possessives = Phrases.Alt(v.Possessives);
        _lostThing = Phrases.Containing(v.LostVerbs, $@"(?<![\w'])(?:{lost})\s+(?:(?:{possessives}|{Phrases.Join(v.LostDeterminers)})\s+(?:[\w'&.\-]+\s+){{0,4}}?)?(?:{Phrases.Alt(v.LostObjects)})(?![\w'])");
        _politeHead = Phrases.Build($@"^(?:(?:{Phrases.Alt(v.PoliteRequests)})\s+)+");
        _commandFirst = Phrases.Build($@"^(?:{Phrases.Words(v.CommandVerbs)})");
        _lostMine = Phrases.Containing(v.LostVerbs, $@"(?<![\w'])(?:{lost})\s+(?:{possessives})\s+(?<rest>.*)$");
        _dealLike = Phrases.Find(v.DealLikeNouns);
        _errand = Phrases.Containing(v.ErrandVerbs, $@"^(?:(?:{Phrases.Alt(v.PoliteRequests)})\s+)?(?:(?:{Phrases.Join(v.ErrandLeadIns)})\s+)*(?:{Phrases.Words(v.ErrandVerbs)})\s+\S");
        _delegated = Phrases.Containing(v.DelegationVerbs, $@"(?<![\w'])(?:{Phrases.Alt(v.DelegationVerbs)})\s+(?:[\w'.\-]+\s+){{0,2}}?(?:{Phrases.Join(v.DelegationLinks)})\s+(?:{Phrases.Words(v.ErrandVerbs.Concat(v.ImperativeVerbs))})");
        _onMyBehalf = Phrases.Find(v.OnMyBehalf);
        _wish = Phrases.Find(v.WishMarkers);
        _outcome = Phrases.Find(v.OutcomeVerbs);
        _hedge = Phrases.Find(v.HedgeWords);
        _hedgeLead = Phrases.Build($@"^(?:(?:{Phrases.Alt(v.HedgeHeads.Concat(v.HedgeWords))})[,]?\s+)+");
        _hedgeTail = Phrases.Build($@"(?:[,;.\s-]+(?:{Phrases.Alt(v.HedgeWords)})[?!.]*)+$");
        _activityNoun = Phrases.Build($@"(?<![\w'])(?:{Phrases.Alt(v.ActivityNouns)})(?![\w'])");
        _activityNounLast = Phrases.Build($@"(?:^|\s)(?:{Phrases.Alt(v.ActivityNouns)})$");
        _placeLast = Phrases.Build($@"\s+(?:{Phrases.Alt(v.PlaceNouns)})$");
        _placeOnly = Phrases.Build($@"^(?:(?:{Phrases.Join(v.PlaceDeterminers)})\s+)?(?:{Phrases.Alt(v.PlaceNouns)})$");
        _questionStart = Phrases.Find(v.QuestionWords);
        _auxiliaryFirst = Phrases.Opening(v.QuestionAuxiliaries, pattern: $@"^(?:{Phrases.Words(v.QuestionAuxiliaries)})\s");
        _articleObject = Phrases.Opening(v.PastAuxiliaries, pattern: $@"^(?:{Phrases.Words(v.PastAuxiliaries)})\s+(?:{Phrases.Words(v.GiveDeterminers)})\s+(?:{Phrases.Alt(v.ActivityPhrases.Keys)})(?![\w'])");
        _inverted = Phrases.Opening(v.QuestionAuxiliaries, pattern: $@"^(?:{Phrases.Words(v.QuestionAuxiliaries)})\s+(?:{Phrases.Words(v.QuestionSubjects)}|(?-i:\p{{Lu}})\w+\s+(?:{Phrases.Words(v.ImperativeVerbs)}))");
        _polite = Phrases.Build($@"^\s*(?:@[\w.\-]+[:,]?\s*)?(?:{Phrases.Words(v.PoliteRequests)})");
        _negation = Phrases.Find(v.NegationWords);
        _pipelineLast = Phrases.Build($@"^(?<who>.*?)\s*(?<![\w'])(?:{Phrases.Alt(v.PipelineWords)})$");
        _self = Phrases.Set(v.SelfWords);
        var titles = Phrases.Alt(v.TitleWords);
        _titled = Phrases.Containing(v.TitleWords, $@"^(?:(?:{Phrases.Join(v.PlaceDeterminers)})\s+)?(?<org>.+?)\s+(?:{titles})(?:\s+(?<who>\S.*))?$");
        _titleFirst = Phrases.Containing(v.TitleWords, $@"^(?:(?:{Phrases.Join(v.PlaceDeterminers)})\s+)?(?:{titles})(?:\s+(?<who>\S.*))?$");
        _replacedValue = Phrases.Build($@"[\s,;(]+(?:{Phrases.Alt(v.ReplacedValueMarkers)})\s+[^\w\s]?\d[\d.,]*\S*\)?");
        _failure = Phrases.Find(v.FailurePhrases);
        _awaitingReply = Phrases.Build(v.AwaitingReplyPhrases.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:{Phrases.Alt(v.AwaitingReplyPhrases)})(?![\w'])");
        _private = Phrases.Find(v.PrivatePhrases);
        _future = Phrases.Find(v.FutureMarkers);
        _rescheduled = Phrases.Find(v.RescheduledPhrases);
        _rescheduledTo = Phrases.Set(v.RescheduledPrepositions);
        _rescheduledInTitle = Phrases.Find(v.RescheduledPhrases.Select(p => _rescheduledTo.Contains(Phrases.LastWord(p)) ? p[..p.LastIndexOf(' ')] : p).Distinct());
        _nextStep = Phrases.Find(v.NextStepPhrases);
        _segmentEnd = Phrases.Build($@"[,;:.!?]\s|\s-\s|\s(?:{Phrases.Alt(v.NoteOpeners)})\s");
        _common = Phrases.Set(v.CommonWords);
        _pastIrregulars = Phrases.Set(v.PastIrregulars);
        _taskHead = Phrases.Find(v.TaskHeads);
    }

    public bool IsCommonWord(string word) => _common.Contains(word);

    /// <summary>A question the bot should answer rather than act on; a polite request ("can you log ...?") is none.</summary>
    public bool IsQuestion(string text, string raw) =>
        !_polite.IsMatch(raw) && (text.EndsWith('?') || raw.TrimEnd().EndsWith('?') || _questionStart.StartsText(text) || (_inverted.IsMatch(text) && !_articleObject.IsMatch(text)));

    /// <summary>The part of an activity message that says what happened, before its notes.</summary>
    public string HeadSegment(string text)
    {
        var end = _segmentEnd.Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    public ParsedCommand Apply(ParsedCommand command, string text, string raw, DateOnly today)
    {
        if (command.Intent != Intent.Unknown && _negatedCommand.IsMatch(text))
        {
            // "don't log Acme yet", "do not create a deal for Globex": the rep says what not to do; nothing is written or shown.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (!command.Intent.IsWrite())
        {
            return command.Intent == Intent.AddContact ? WithoutPlace(command) : command;
        }

        if (Doubt(command, text, raw, today) is { } doubted)
        {
            return doubted;
        }

        if (command.Intent == Intent.MoveDeal && IsQuestion(text, raw) && !_polite.IsMatch(raw) && !_questionStart.StartsText(text) && !_auxiliaryFirst.IsMatch(text))
        {
            // "adventure works renewal looks shaky, probably lost?", "pemberton glass to negotiation?": the rep asks
            // whether to move it, so the move is proposed with buttons, never written outright.
            return command with { Confirm = true };
        }

        if (command.Intent != Intent.SetPlan && !_taskHead.StartsText(text) && IsQuestion(text, raw))
        {
            // "should I send Globex a discount?" asks for advice; "remind me to ... ?" still is a reminder.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command is { Intent: Intent.MoveDeal, Deal: { } pipe, Stage: { } filter } && _pipelineLast.Match(pipe) is { Success: true } list)
        {
            // "anna pipeline in negotiation": a look at someone's deals in a stage, never a deal named "anna pipeline".
            var who = Phrases.Clean(list.Groups["who"].Value);
            var scope = who.Length == 0 || _self.Contains(who) ? Scopes.Me : IsCommonName(who) || Phrases.WordCount(who) > 2 ? null : who;
            return scope is null ? new ParsedCommand(Intent.Unknown, 0.3) : new ParsedCommand(Intent.ShowPipeline, 0.8) { Scope = scope, Stage = filter };
        }

        if (command.Intent == Intent.MoveDeal && _nextStep.IsMatch(text))
        {
            // "next step: legal review on Friday" is a plan for the deal, not a stage it reached.
            return AsTask(text, today, Party(command.Account ?? command.Deal), 0.7) with { Confirm = true };
        }

        if (command is { Intent: Intent.UpdateDeal, Amount: null } && _rescheduledInTitle.IsMatch(text) && _activityNoun.IsMatch(text))
        {
            // "jonas postponed the fabrikam call to next month": a call moved, not a deal's close date (and Jonas is no deal).
            return AsTask(text, today, null, 0.5) with { Confirm = true };
        }

        if (command is { Intent: Intent.AddTask, Title: { } title } && _rescheduledInTitle.Match(title) is { Success: true } movedTask)
        {
            // "meeting with Optivo pushed to dec 3" (the date took its "to"): a task for the new day, worded without the
            // move; "Kevin moved our demo with Lumora to next month" keeps its words. Either is proposed with buttons.
            if (movedTask.Index + movedTask.Length == title.TrimEnd().Length)
            {
                return command with { Title = Phrases.Clean(Phrases.Cut(title, movedTask.Index, movedTask.Length)), Confirm = true };
            }

            if (_activityNoun.IsMatch(title))
            {
                return command with { Confirm = true };
            }
        }

        if (command.Intent == Intent.LogActivity)
        {
            var head = HeadSegment(text);
            // "meeting with Optivo postponed to friday": the meeting has not happened; a new day is a reminder to confirm.
            // "moved to" with no day after it is left to the rest ("deal moved to negotiation" is a stage).
            if (_rescheduled.Match(text) is { Success: true } moved)
            {
                if (_dates.TryRead(text, today, DateSense.Future, out var newDay) && newDay.Index >= moved.Index && !newDay.PastWords)
                {
                    return AsTask(Phrases.Cut(text, moved.Index, moved.Length), today, Party(command.Account), 0.6) with { Contact = Party(command.Contact), Confirm = true };
                }

                if (!_rescheduledTo.Contains(Phrases.LastWord(text.Substring(moved.Index, moved.Length))))
                {
                    return new ParsedCommand(Intent.Unknown, 0.3);
                }
            }

            // "no call w/ pete today", "had no meeting with Acme": the activity is denied, not done.
            // "emailed X the nda, no reply yet": an e-mail sent waits for its answer; it did not fail.
            var failed = command.Activity == Crm.ActivityType.Email ? _failure.IsMatch(_awaitingReply.Replace(text, " ")) : _failure.IsMatch(text);
            if (failed || _negation.IsMatch(head) || _private.IsMatch(head) || _noActivity.IsMatch(head))
            {
                return new ParsedCommand(Intent.Unknown, 0.3);
            }

            // "demo'd the rollout plan to fabrikam last friday": a day said to be past keeps it done, whatever word looks ahead.
            if (_future.IsMatch(head) && !(_dates.TryRead(text, today, DateSense.Past, out var past) && past.PastWords && past.Date < today))
            {
                return AsTask(text, today, Party(command.Account), 0.7) with { Contact = Party(command.Contact) };
            }

            // "got a meeting w X this friday 2pm": what lies ahead has not been done; the rep is proposed a reminder for that day.
            if (command.Date > today)
            {
                var ahead = AsTask(text, today, Party(command.Account), 0.6) with { Contact = Party(command.Contact), Confirm = true, Time = command.Time };
                return ahead is { Time: not null, Title: { } said } && _dates.TryReadTime(said, out var at)
                    ? ahead with { Title = Phrases.Clean(Phrases.Cut(said, at.Index, at.Length)) }
                    : ahead;
            }
        }

        var lostBecause = command is { Intent: Intent.MoveDeal, Stage: Crm.DealStage.Lost, Reason: { } reason } && _failure.IsMatch(reason);
        if (command is { Intent: Intent.UpdateDeal, Amount: not null } && _replacedValue.IsMatch(text))
        {
            // "Globex analytics is 85k not 75k": the old figure is named to be replaced, which negates nothing.
            text = _replacedValue.Replace(text, string.Empty);
            command = command.Deal is { } named ? command with { Deal = Phrases.Clean(_replacedValue.Replace(named, string.Empty)) } : command;
        }

        if (command.Intent is Intent.MoveDeal or Intent.CreateDeal or Intent.UpdateDeal && !lostBecause && (_negation.IsMatch(HeadSegment(text)) || _failure.IsMatch(text)))
        {
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        return WithoutPlace(command);
    }

    /// <summary>
    /// Messages that look like a write and are not one, or not surely: a lost thing, an errand asked of someone,
    /// a wish, an activity put off, a hedge. Null when none of them applies.
    /// </summary>
    private ParsedCommand? Doubt(ParsedCommand command, string text, string raw, DateOnly today)
    {
        if (_lostThing.IsMatch(text) || (_lostMine.Match(text) is { Success: true } mine && !_dealLike.IsMatch(mine.Groups["rest"].Value)))
        {
            // "lost my notes from the Acme call", "I lost the Contoso deck": a thing went missing, not a deal.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command.Intent == Intent.LogActivity && (_delegated.IsMatch(text) || (_errand.IsMatch(text) && (_polite.IsMatch(raw) || _onMyBehalf.IsMatch(text))) || AsksForErrand(text, raw)))
        {
            // "can you call Acme", "could u email Fabrikam for me", "ask Ben to ping Contoso": asked for, not done.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command is { Intent: Intent.UpdateDeal or Intent.CreateDeal, Date: not null } && _outcome.IsMatch(text) && (_wish.IsMatch(text) || _future.IsMatch(text)))
        {
            // "Soylent should close around Dec 18", "new opp redkite 44k, should close by end of month": a prediction
            // with a date is the expected close date.
            return _wish.IsMatch(text) ? command with { Confirm = true } : command;
        }

        if (command.Intent == Intent.AddTask && !command.Confirm && AsksForErrand(text, raw))
        {
            // "can you ring Acme tomorrow?": the bot cannot ring; a reminder is likely meant, so it is proposed.
            return command with { Confirm = true };
        }

        if (command.Intent is Intent.MoveDeal or Intent.UpdateDeal or Intent.AddTask or Intent.CreateDeal
            && _outcome.IsMatch(text) && (_wish.IsMatch(text) || _future.IsMatch(text)))
        {
            // "we'll win Acme eventually", "hope we close Contoso", "Acme will probably sign": a wish is no task and no move.
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command.Intent is Intent.MoveDeal or Intent.UpdateDeal && _wish.IsMatch(text))
        {
            return new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (command.Intent is Intent.MoveDeal or Intent.UpdateDeal && command.Deal is { } deal && _activityNounLast.IsMatch(deal)
            && !(command is { Intent: Intent.MoveDeal, Date: null } && _stageStatement.IsMatch(text)))
        {
            // "Acme call got pushed to Friday": the call moved, not a deal; a new date is at most a task to ask about.
            return command.Date is { } when && when >= today && !_negation.IsMatch(text)
                ? new ParsedCommand(Intent.AddTask, 0.6) { Title = deal, Date = when, Confirm = true }
                : new ParsedCommand(Intent.Unknown, 0.3);
        }

        if (_hedge.IsMatch(text) && !(command.Intent == Intent.LogActivity && !_hedge.IsMatch(HeadSegment(text))))
        {
            // "note - buyer retires, new contact tbd", "called Acme, might be interested": a hedge in what was said is
            // the note's content; the activity itself is sure.
            // "maybe call Acme next week", "might demo for Fabrikam at some point, not sure": proposed, not written.
            var title = command.Title is null ? null : Phrases.Clean(_hedgeTail.Replace(_hedgeLead.Replace(command.Title, string.Empty), string.Empty));
            return command with { Confirm = true, Title = string.IsNullOrEmpty(title) ? command.Title : title };
        }

        return null;
    }

    /// <summary>
    /// "can u order lunch for the team", "could you ring Acme": a polite request is a command to log only when it
    /// says so ("can you log a call with Acme") or reports what happened ("could you note: called Acme").
    /// </summary>
    private bool AsksForErrand(string text, string raw)
    {
        if (!_polite.IsMatch(raw))
        {
            return false;
        }

        // "pls log: call, litware, follow up in 2 wks": the polite word opens a command to the bot, so no clause of it is an errand.
        var rest = _politeHead.Replace(text, string.Empty);
        if (_commandFirst.IsMatch(rest) || _commandFirst.IsMatch(_politeHead.Replace(raw, string.Empty)))
        {
            return false;
        }

        var first = Phrases.FirstWord(rest);
        return !(Array.Exists(_pastEndings, e => first.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || _pastIrregulars.Contains(first));
    }

    /// <summary>"site visit at Contoso HQ": the place is where it happened, the account is Contoso.</summary>
    public ParsedCommand WithoutPlace(ParsedCommand command)
    {
        if (command.Intent != Intent.AddContact)
        {
            command = WithoutTitle(command);
        }

        if (command.Account is { } at && at.StartsWith('@'))
        {
            // "add contact Sarah Lee @ Fabrikam": the sign says where she works.
            command = command with { Account = Phrases.Clean(at[1..]) };
        }

        if (command.Account is { } account && _placeLast.Match(account) is { Success: true } place && place.Index > 0)
        {
            command = command with { Account = account[..place.Index] };
        }

        return command.Notes is { } notes && _placeOnly.IsMatch(notes) ? command with { Notes = null } : command;
    }

    /// <summary>
    /// "lunch w/ Oscorp CFO", "met the Globex CTO", "Initech VP Bob", "fabrikam's CFO sarah lee": a job title sits between
    /// the company and the person, and is neither. A title alone ("the CFO") names nobody.
    /// </summary>
    private ParsedCommand WithoutTitle(ParsedCommand command)
    {
        if (command.Account is { } account && _titled.Match(account) is { Success: true } a && !IsCommonName(a.Groups["org"].Value))
        {
            var who = a.Groups["who"].Success ? Phrases.Clean(a.Groups["who"].Value) : null;
            command = command with { Account = Phrases.Clean(a.Groups["org"].Value), Contact = command.Contact ?? (string.IsNullOrEmpty(who) || IsCommonName(who) ? null : who) };
        }

        if (command.Contact is not { } contact)
        {
            return command;
        }

        if (_titled.Match(contact) is { Success: true } c && !IsCommonName(c.Groups["org"].Value) && (command.Account is null || string.Equals(command.Account, c.Groups["org"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            var who = c.Groups["who"].Success ? Phrases.Clean(c.Groups["who"].Value) : null;
            return command with { Account = Phrases.Clean(c.Groups["org"].Value), Contact = string.IsNullOrEmpty(who) || IsCommonName(who) ? null : who };
        }

        if (_titleFirst.Match(contact) is { Success: true } t)
        {
            var who = t.Groups["who"].Success ? Phrases.Clean(t.Groups["who"].Value) : null;
            if (!string.IsNullOrEmpty(who) && !IsCommonName(who))
            {
                return command with { Contact = who };
            }

            // "met with fabrikam's CFO sarah lee": the person's name was read as the note after the title.
            return command.Notes is { } notes && Phrases.WordCount(notes) <= 3 && !IsCommonName(notes) && LooksLikePersonName(notes)
                ? command with { Contact = Phrases.Clean(notes), Notes = null }
                : command with { Contact = null };
        }

        return command;
    }

    /// <summary>Letters only and no everyday word: "sarah lee", not "pricing next week".</summary>
    private bool LooksLikePersonName(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var ch in word)
            {
                if (!char.IsLetter(ch) && ch is not '\'' and not '-')
                {
                    return false;
                }
            }

            if (_common.Contains(word))
            {
                return false;
            }
        }

        return true;
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

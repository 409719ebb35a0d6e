using System.Text.RegularExpressions;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

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
    private readonly LookupRules _lookups;
    private readonly DealRules _deals;
    private readonly ActivityRules _activities;
    private readonly Guards _guards;
    private readonly ClauseSplitter _clauses;
    private readonly PhraseFinder _taskHead;
    private readonly PhraseFinder _backReference;
    private readonly Regex _colleague;
    private readonly HashSet<string> _common;
    private readonly SettingReader[] _settings;
    private readonly TipReader[] _tips;
    private readonly HashSet<string> _bareHelp;
    private readonly HashSet<string> _personPronouns;
    private readonly OpeningRegex _doubtLead;
    private readonly Regex _doubtModal;
    private readonly OpeningRegex _metPerson;
    private readonly DateReader _dates;
    private readonly Regex _partySplit;
    private readonly PhraseFinder _sentStage;
    private readonly Regex _partyList;
    private readonly OpeningRegex _factLabel;
    private readonly OpeningRegex _topicFollowUp;
    private readonly CorrectionTail _correction;
    private readonly IReadOnlyDictionary<string, DealStage> _stages;
    private readonly HashSet<string> _stageLinks;

    public MessageParser(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var dates = new DateReader(vocabulary);
        _dates = dates;
        var amounts = new AmountReader(vocabulary);
        var names = new NameReader(vocabulary);
        _normalizer = new TextNormalizer(vocabulary);
        _correction = new CorrectionTail(vocabulary, dates, amounts);
        _stages = vocabulary.StagePhrases;
        _stageLinks = Phrases.Set(vocabulary.InStageLinks.Concat(vocabulary.StageTargetLinks).Concat(vocabulary.AtWords));
        _admin = new AdminRules(vocabulary, dates, names, amounts);
        _tasks = new TaskRules(vocabulary, dates);
        _queries = new QueryRules(vocabulary, dates, names);
        _lookups = new LookupRules(vocabulary, dates, names);
        _deals = new DealRules(vocabulary, dates, amounts, names);
        _activities = new ActivityRules(vocabulary, dates, names);
        _guards = new Guards(vocabulary, dates);
        _clauses = new ClauseSplitter(vocabulary);
        _bareHelp = Phrases.Set(vocabulary.HelpPhrases.Where(p => p.Length == 1 && !char.IsLetterOrDigit(p[0])));
        _tips = [.. new[] { vocabulary.Tips }.Concat(LanguagePacks.All.Select(p => p.Tips)).OfType<TipWords>().Select(w => new TipReader(w))];
        _settings = [.. new[] { vocabulary.Settings }.Concat(LanguagePacks.All.Select(p => p.Settings)).OfType<SettingWords>().Select(w => new SettingReader(w))];
        _taskHead = Phrases.Find(vocabulary.TaskHeads);
        _backReference = Phrases.Find(vocabulary.BackReferences);
        _personPronouns = Phrases.Set(vocabulary.PersonPronouns);
        _factLabel = Phrases.Opening(vocabulary.FactLabels, pattern: $@"^(?:{Phrases.Alt(vocabulary.FactLabels)})\s*(?:[:\-–—]|,)\s*(?=\S)");
        _metPerson = Phrases.Opening(vocabulary.VagueActivityPhrases, pattern: $@"^(?:{Phrases.Alt(vocabulary.VagueActivityPhrases)})\s+\S");
        _sentStage = Phrases.Find(vocabulary.SentStagePhrases);
        _topicFollowUp = Phrases.Opening(vocabulary.TaskVerbs, pattern: $@"^(?:{Phrases.Words(vocabulary.TaskVerbs)})\s+(?:{Phrases.Alt(vocabulary.TopicPrepositions)})\s+\S");
        _partySplit = Phrases.Build(PartyJoin(vocabulary.PartySplitJoiners));
        _partyList = Phrases.Build(PartyJoin(vocabulary.PartyListJoiners));
        _doubtLead = Phrases.Opening(vocabulary.DoubtLeadIns, pattern: $@"^(?:{Phrases.Alt(vocabulary.DoubtLeadIns)})[,:]?\s+(?=\S)");
        _doubtModal = Phrases.Build(vocabulary.DoubtModals.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:{Phrases.Alt(vocabulary.DoubtModals)})(?![\w'])");
        _colleague = Phrases.Build($@"(?:(?<![\w'])(?:{Phrases.Alt(vocabulary.ColleagueConnectors)})\s+)?(?<m>\uE000\d+\uE001)(?:\s+(?:{Phrases.Alt(vocabulary.ColleagueConnectors)})\s+(?:{Phrases.Alt(vocabulary.SelfWords)})(?![\w']))?");
        _common = Phrases.Set(vocabulary.CommonWords.Concat(vocabulary.NotNames).Concat(vocabulary.NameStopWords)
            .Concat(vocabulary.StagePhrases.Keys).Concat(vocabulary.ActivityPhrases.Keys).Concat(vocabulary.ImperativeVerbs)
            .Concat(vocabulary.Months.Keys).Concat(vocabulary.Weekdays.Keys).Where(w => !w.Contains(' ', StringComparison.Ordinal)));
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
            return Unknown(0.05) with { Language = "en" };
        }

        // Polish and Russian are read by the token grammar over their language packs (Conversation/Languages).
        var pack = LanguageDetector.Detect(text, context.Language);
        if (_normalizer.Unshout(text) is var calm && !ReferenceEquals(calm, text) && LanguageDetector.Detect(calm, context.Language) is null)
        {
            // "ACME CALL W EVA": shouted English is read as typed normally, names capitalised.
            (text, pack) = (calm, null);
        }

        if (IsBareHelp(text))
        {
            // A lone "?" (or "??") asks what the bot can do, in whatever language the sender writes.
            return new ParsedCommand(Intent.Help, 0.9) { Language = pack?.Code ?? "en" };
        }

        if (ReadSetting(text, pack?.Code ?? "en") is { } setting)
        {
            return setting;
        }

        if (ReadTip(text, pack?.Code ?? "en") is { } tip)
        {
            return tip;
        }

        if (pack is not null)
        {
            return _normalizer.LooksHostile(text) ? Unknown(0.05) with { Language = pack.Code } : TokenGrammar.Parse(text, DateOnly.FromDateTime(now), context.Lexicon, pack);
        }

        var parsed = ParseCore(text, DateOnly.FromDateTime(now), context.Lexicon);
        return parsed.More is null
            ? parsed with { Language = "en" }
            : parsed with { Language = "en", More = parsed.More.Select(m => m with { Language = "en" }).ToList() };
    }

    private bool IsBareHelp(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 0 && _bareHelp.Contains(trimmed[..1].ToString()) && trimmed.IndexOfAnyExcept(trimmed[0]) < 0;
    }

    /// <summary>A manager's setting change, read whole in the message's language first, then in the others.</summary>
    private ParsedCommand? ReadSetting(string text, string language)
    {
        foreach (var first in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var reader in _settings)
            {
                if ((reader.Code == language) == first && reader.TryRead(text) is { } setting)
                {
                    return setting;
                }
            }
        }

        return null;
    }

    /// <summary>A tip to share or the ask for the best ones, read in the message's language first, then in the others.</summary>
    private ParsedCommand? ReadTip(string text, string language)
    {
        foreach (var first in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var reader in _tips)
            {
                if ((reader.Code == language) == first && reader.TryRead(text) is { } tip)
                {
                    return tip;
                }
            }
        }

        return null;
    }

    private ParsedCommand ParseCore(string raw, DateOnly today, Lexicon lexicon)
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

        if (!message.Lines.Contains('\n', StringComparison.Ordinal) && _correction.Read(message.Text, today) is { } fix)
        {
            // "call w/ Acme today, sorry yesterday", "80k eur.. sorry 85k": read without the tail, with the value it corrects.
            var corrected = ParseNormalized(message with { Text = fix.Head, Lines = fix.Head }, raw, today, lexicon);
            if (corrected.Intent != Intent.Unknown && fix.Apply(corrected) is { } applied)
            {
                return applied;
            }
        }

        return ParseNormalized(message, raw, today, lexicon);
    }

    private ParsedCommand ParseNormalized(NormalizedMessage message, string raw, DateOnly today, Lexicon lexicon)
    {
        var hits = new List<LexiconHit>();
        if (!lexicon.IsEmpty)
        {
            message = message with { Text = LexiconMatcher.For(lexicon, _common).Rewrite(message.Text, hits) };
        }

        var whole = ReadClause(message, raw, today, hits, lexicon);
        if (!(whole.Intent.IsWrite() || whole.Intent == Intent.Unknown))
        {
            return whole;
        }

        var pieces = _clauses.Split(message.Text, hits);
        if (whole.Intent is Intent.SetPlan or Intent.CompleteTask || _taskHead.StartsText(message.Text))
        {
            return pieces.Count > 1 && KeepsItsHead(whole, message, raw, today, hits, pieces, lexicon) is { } split ? split : whole;
        }

        return pieces.Count > 1 && ReadClauses(message, raw, today, hits, pieces, lexicon) is { } several ? several : whole;
    }

    /// <summary>Two names around a joiner: a word joiner stands apart ("Acme and Globex"), a sign may touch them ("Acme+Globex").</summary>
    private static string PartyJoin(IReadOnlyList<string> joiners)
    {
        var signs = joiners.Where(j => j.Length > 0 && !char.IsLetterOrDigit(j[0])).ToList();
        var words = joiners.Except(signs).ToList();
        var either = string.Join('|', new[] { words.Count > 0 ? $@"(?<![\w'])(?:{Phrases.Alt(words)})(?![\w'])" : null, signs.Count > 0 ? $"(?:{Phrases.Alt(signs)})" : null }.OfType<string>());
        return $@"^(?<a>\S.*?)\s*(?:{either})\s*(?<b>\S.*)$";
    }

    private bool NamesTwo(ParsedCommand command, List<LexiconHit> hits, out string first, out string second)
    {
        (first, second) = (string.Empty, string.Empty);
        if (command is not { Intent: Intent.LogActivity, Account: { } account })
        {
            return false;
        }

        var m = _partySplit.Match(account);
        if (!m.Success)
        {
            m = _partyList.Match(account);
            if (!m.Success || Known(m.Groups["a"].Value, hits) is not { Kind: LexiconKind.Account } || Known(m.Groups["b"].Value, hits) is not { Kind: LexiconKind.Account })
            {
                return false;
            }
        }

        (first, second) = (Phrases.Clean(m.Groups["a"].Value), Phrases.Clean(m.Groups["b"].Value));
        return first.Length > 0 && second.Length > 0;
    }

    /// <summary>Several facts: each clause read on its own with its own date; a clause that says nothing new joins its neighbour.</summary>
    private ParsedCommand? ReadClauses(NormalizedMessage message, string raw, DateOnly today, List<LexiconHit> hits, List<string> pieces, Lexicon lexicon)
    {
        var commands = new List<ParsedCommand>(pieces.Count);
        // The clause each command came from: one clause may say two ("visited Litware and Contoso today; ...").
        var sources = new List<int>(pieces.Count);
        // Gluing a clause that says nothing to its neighbour reads the message again; the clauses it left alone read the same.
        var read = new Dictionary<(string Text, bool Last), ParsedCommand>();
        while (pieces.Count > 1)
        {
            commands.Clear();
            sources.Clear();
            var unknown = -1;
            for (var i = 0; i < pieces.Count; i++)
            {
                var last = i == pieces.Count - 1;
                var piece = Piece(message, pieces[i], last);
                if (!read.TryGetValue((pieces[i], last), out var command))
                {
                    command = ReadClause(piece, last ? raw : piece.Text, today, HitsIn(piece.Text, hits), lexicon);
                    read[(pieces[i], last)] = command;
                }

                if (command.Intent == Intent.Unknown && i > 0 && _backReference.Match(piece.Text) is { Success: true } pronoun
                    && Referent(commands[^1], pronoun.Value) is { } name)
                {
                    // "met Contoso, moving them to proposal", "called Omar then emailed him": the party of the clause before.
                    var resolved = piece with { Text = string.Concat(piece.Text.AsSpan(0, pronoun.Index), name, piece.Text.AsSpan(pronoun.Index + pronoun.Length)) };
                    var again = ReadClause(resolved, last ? raw : resolved.Text, today, HitsIn(resolved.Text, hits), lexicon);
                    // "..., she needs legal review": a person is never a deal, so "she" only ever names the party of an activity.
                    var person = _personPronouns.Contains(Phrases.Key(pronoun.Value));
                    if (again.Intent is Intent.LogActivity || (!person && again.Intent is Intent.MoveDeal or Intent.UpdateDeal))
                    {
                        command = again;
                    }
                }

                if (command.Intent == Intent.Unknown && i > 0 && commands.Count > 0 && commands[^1] is { Intent: Intent.MoveDeal, Deal: { } moved, Stage: { } stage })
                {
                    // "won Vandelay, signed this morning": the second clause says the same move again, so it adds nothing.
                    var echo = piece with { Text = moved + " " + piece.Text };
                    if (Cascade(echo, today) is { Intent: Intent.MoveDeal } again && again.Stage == stage)
                    {
                        continue;
                    }
                }

                if (command is { Intent: Intent.AddTask, Date: null, Time: null } && commands.Count > 0 && commands[^1] is { Intent: Intent.LogActivity } logged
                    && _topicFollowUp.IsMatch(piece.Text))
                {
                    // "call: Mercer Foods, follow-up on the trial": with no day, what a log followed up on is its note, not a new task.
                    commands[^1] = logged with { Notes = logged.Notes is null ? piece.Text : logged.Notes + ", " + piece.Text };
                    continue;
                }

                if (commands.Count > 0 && command is { Intent: Intent.MoveDeal } && commands[^1] is { Intent: Intent.MoveDeal } before
                    && before.Stage == command.Stage && string.Equals(before.Deal, command.Deal, StringComparison.OrdinalIgnoreCase))
                {
                    // "fabrikam signed! mark it won": the same move said twice is one move.
                    continue;
                }

                if (commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal } created && FieldOfNewDeal(created, command) is { } filled)
                {
                    // "add deal for dovecote hotels: wifi refresh, £7,400, negotiation, close 14th dec": the new deal's stage and close date.
                    commands[^1] = filled;
                    continue;
                }

                // A bare "done" before another clause ("done - call Northwind") is the head of that clause, not a fact of its own.
                if (command.Intent == Intent.Unknown || !command.Intent.IsWrite() && command.Intent != Intent.Unknown
                    || (command is { Intent: Intent.CompleteTask, Title: null } && !last))
                {
                    unknown = i;
                    break;
                }

                commands.Add(command with { More = null });
                sources.Add(i);
                if (command.More is { } alsoHere)
                {
                    commands.AddRange(alsoHere);
                    sources.AddRange(Enumerable.Repeat(i, alsoHere.Count));
                }
            }

            if (unknown < 0)
            {
                JoinPeople(commands, sources, pieces, today, hits);
                return commands.Count == 1 ? commands[0] : commands[0] with { More = commands.Skip(1).ToList() };
            }

            // Glue the clause that said nothing to the one before it (or after it, when it is the first).
            var into = unknown > 0 ? unknown - 1 : 0;
            var glued = ReJoin(message.Text, pieces[into], pieces[into + 1]);
            pieces.RemoveAt(into + 1);
            pieces[into] = glued;
        }

        return null;
    }

    /// <summary>
    /// A clause after a new deal that only gives it a field: a stage read as the name of a deal ("..., negotiation, close
    /// 14th dec"), or a move or update naming no deal or the new one. The new deal with that field, or null.
    /// </summary>
    private ParsedCommand? FieldOfNewDeal(ParsedCommand created, ParsedCommand field)
    {
        if (field.Intent is not (Intent.UpdateDeal or Intent.MoveDeal))
        {
            return null;
        }

        DealStage? named = field.Deal is { } deal ? StageNamed(Phrases.Clean(deal)) : null;
        var same = field.Deal is null || named is not null || string.Equals(field.Deal, created.Deal, StringComparison.OrdinalIgnoreCase) || string.Equals(field.Deal, created.Account, StringComparison.OrdinalIgnoreCase);
        var stage = field.Intent == Intent.MoveDeal ? field.Stage : named;
        if (!same || stage is { } closed && closed.IsClosed())
        {
            return null;
        }

        return created with { Stage = created.Stage ?? stage, Date = created.Date ?? field.Date, Amount = field.Amount ?? created.Amount, Currency = field.Currency ?? created.Currency };
    }

    /// <summary>"negotiation", "at proposal": a stage, maybe after one linking word.</summary>
    private DealStage? StageNamed(string text)
    {
        if (_stages.TryGetValue(text, out var stage))
        {
            return stage;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && _stageLinks.Contains(text[..space]) && _stages.TryGetValue(text[(space + 1)..], out stage) ? stage : null;
    }

    /// <summary>
    /// A plan, a done task or a reminder followed by another fact ("done with the Oscorp quote, next: ping Hank monday",
    /// "remind me to call Acme tomorrow and email Globex on friday"): split only when the first clause stays what the
    /// whole message was, and a later clause of a reminder stays a reminder (its head is read again before it).
    /// </summary>
    private ParsedCommand? KeepsItsHead(ParsedCommand whole, NormalizedMessage message, string raw, DateOnly today, List<LexiconHit> hits, List<string> pieces, Lexicon lexicon)
    {
        var several = ReadClauses(message, raw, today, hits, pieces, lexicon);
        if (several is not { More: { Count: > 0 } more } || several.Intent != whole.Intent
            || (whole.Intent == Intent.SetPlan && several.Items?.Count != whole.Items?.Count))
        {
            // A plan keeps all its items: "today: call Acme; prep Globex demo" is one plan, not a plan and a task.
            return null;
        }

        var head = _taskHead.StartsText(message.Text);
        var rest = new List<ParsedCommand>(more.Count);
        foreach (var command in more)
        {
            if (!command.Intent.IsWrite() || command.Intent == Intent.SetPlan)
            {
                return null;
            }

            if (head && whole.Intent == Intent.AddTask && command.Intent != Intent.AddTask)
            {
                // "remind me to call Acme and email Globex": the second errand is a reminder too, never a logged email.
                return null;
            }

            rest.Add(command);
        }

        return several with { More = rest };
    }

    /// <summary>
    /// "phoned Wonka Industries, spoke to Charlie", "visited northwind on monday, met priya": a clause that only says
    /// whom the rep talked to, with no date of its own, names the contact of the activity before it, not a new account.
    /// </summary>
    private void JoinPeople(List<ParsedCommand> commands, List<int> sources, List<string> pieces, DateOnly today, List<LexiconHit> hits)
    {
        for (var i = commands.Count - 1; i > 0; i--)
        {
            var (before, after) = (commands[i - 1], commands[i]);
            var piece = pieces[sources[i]];
            if (sources[i] == sources[i - 1] || before is not { Intent: Intent.LogActivity, Account: not null, Contact: null } || after.Intent != Intent.LogActivity
                || !_metPerson.IsMatch(Phrases.Clean(piece)) || _dates.TryRead(piece, today, DateSense.Past, out _))
            {
                continue;
            }

            // The person is read as the account when the team does not know them; a known person comes with their company.
            var person = after.Contact ?? after.Account;
            var sameCompany = after.Contact is null || after.Account is null || string.Equals(after.Account, before.Account, StringComparison.OrdinalIgnoreCase)
                || (Known(before.Account!, hits) is { } known && string.Equals(known.Account ?? known.Canonical, after.Account, StringComparison.OrdinalIgnoreCase));
            if (person is null || !sameCompany || (after.Contact is null && Known(person, hits) is { Kind: not LexiconKind.Contact }) || Phrases.WordCount(person) > 2)
            {
                continue;
            }

            commands[i - 1] = before with { Contact = person, Notes = before.Notes ?? after.Notes, Confirm = before.Confirm || after.Confirm };
            commands.RemoveAt(i);
            sources.RemoveAt(i);
        }
    }

    /// <summary>Two neighbouring clauses as they stood in the message, with what sat between them.</summary>
    private static string ReJoin(string text, string first, string second)
    {
        var a = text.IndexOf(first, StringComparison.Ordinal);
        var b = a < 0 ? -1 : text.IndexOf(second, a + first.Length, StringComparison.Ordinal);
        return a >= 0 && b >= 0 ? text[a..(b + second.Length)] : first + ", " + second;
    }

    private static NormalizedMessage Piece(NormalizedMessage message, string text, bool last) =>
        message with { Text = Phrases.Clean(text), Lines = Phrases.Clean(text), Asks = last ? message.Asks : text.TrimEnd().EndsWith('?') };

    private string? Referent(ParsedCommand previous, string pronoun)
    {
        var person = _personPronouns.Contains(Phrases.Key(pronoun));
        return person ? previous.Contact ?? previous.Account : previous.Deal ?? previous.Account ?? previous.Contact;
    }

    private static List<LexiconHit> HitsIn(string text, List<LexiconHit> hits)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        var found = new List<LexiconHit>();
        foreach (var hit in hits)
        {
            for (var at = text.IndexOf(hit.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(hit.Text, at + 1, StringComparison.Ordinal))
            {
                found.Add(hit with { Index = at });
            }
        }

        return found;
    }

    /// <summary>One clause through the grammar, then the guards, the colleagues and the names the team knows.</summary>
    private ParsedCommand ReadClause(NormalizedMessage message, string raw, DateOnly today, List<LexiconHit> hits, Lexicon lexicon)
    {
        var command = Cascade(message, today);
        command = _guards.Apply(command, message.Text, raw, today);
        var said = message;
        if (_factLabel.Match(said.Text) is { Success: true } label)
        {
            // "correction: Globex analytics is 85k", "update - Acme to proposal": the label is no part of the fact.
            said = message with { Text = message.Text[label.Length..] };
            var without = _guards.Apply(Cascade(said, today), said.Text, raw, today);
            command = without.Intent == Intent.Unknown && !command.Intent.IsWrite() ? command : without;
        }

        var hedged = said;
        if (_doubtLead.Match(said.Text) is { Success: true } doubt)
        {
            // "think we lost Weyland", "pretty sure Acme signed": the fact is read without the doubt, and only proposed.
            var rest = said with { Text = said.Text[doubt.Length..] };
            hedged = rest;
            var without = _guards.Apply(Cascade(rest, today), rest.Text, raw, today);
            command = without.Intent.IsWrite() || command.Intent == Intent.Unknown ? without : command;
            command = command.Intent.IsWrite() ? command with { Confirm = true } : command;
        }

        if ((!command.Intent.IsWrite() || command.Intent is Intent.MoveDeal or Intent.UpdateDeal || command is { Intent: Intent.AddTask, Confirm: true }) && _doubtModal.Match(hedged.Text) is { Success: true, Index: > 0 } modal)
        {
            // "northwind might be lost", "we probably lost acme", "Acme may be lost" (never the deal "Acme may"): a deal's
            // move said with a doubt in it is read without the doubt and only proposed; anything else a doubt leaves unread.
            // "think we might have lost X": both doubts go.
            var rest = hedged with { Text = Phrases.Cut(hedged.Text, modal.Index, modal.Length) };
            if (_guards.Apply(Cascade(rest, today), rest.Text, raw, today) is { Intent: Intent.MoveDeal or Intent.UpdateDeal } doubted)
            {
                command = doubted with { Confirm = true, Confidence = Math.Min(doubted.Confidence, 0.6) };
            }
        }

        if (command is { Intent: Intent.Correct, Account: { } named, Contact: null } && Known(named, hits) is { Kind: LexiconKind.Contact } person
            && string.Equals(person.Canonical.Split(' ')[0], named.Split(' ')[0], StringComparison.OrdinalIgnoreCase))
        {
            // "no, that was jonas not kevin": the team knows Jonas as a person, so the contact is corrected, not the account.
            command = command with { Account = null, Contact = person.Canonical };
        }

        if (hits.Count > 0 && command.Intent is Intent.LogActivity or Intent.Unknown && HasMember(hits))
        {
            command = WithColleagues(message, raw, today, hits, command);
        }

        if (NamesTwo(command, hits, out var first, out var second))
        {
            // "called Acme + Umbrella", "visited Litware and Contoso": one activity with each company, never a company named "Acme + Umbrella".
            return CheckNames(command with { Account = first }, hits, lexicon) with { More = [CheckNames(command with { Account = second, Contact = null }, hits, lexicon)] };
        }

        command = PersonInNotes(CheckNames(command, hits, lexicon), hits);
        command = DealOfAccount(command, message.Text, hits, lexicon);
        if (command is { Intent: Intent.MoveDeal, Deal: { } deal, Confirm: false } && Known(deal, hits) is null && _sentStage.IsMatch(message.Text))
        {
            // "Nakatomi proposal sent": a stage move or a logged email; for a deal the team does not know, proposed.
            command = command with { Confirm = true };
        }

        return command;
    }

    /// <summary>
    /// "woodgrove analytics to qualified": the company the team knows and a word of one of its deals' names is that
    /// deal ("Woodgrove Bank analytics"), when exactly one of the company's deals holds the word.
    /// </summary>
    private static ParsedCommand DealOfAccount(ParsedCommand command, string text, List<LexiconHit> hits, Lexicon lexicon)
    {
        if (command is not { Intent: Intent.MoveDeal or Intent.UpdateDeal, Deal: { } deal } || lexicon.Deals.Count == 0)
        {
            return command;
        }

        foreach (var hit in hits)
        {
            if (hit.Entry.Kind != LexiconKind.Account || !string.Equals(hit.Text, deal, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = hit.Index + hit.Length;
            var start = end;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var stop = start;
            while (stop < text.Length && char.IsLetter(text[stop]))
            {
                stop++;
            }

            if (stop - start < 3 || start == end)
            {
                return command;
            }

            var word = text[start..stop];
            LexiconDeal? only = null;
            foreach (var candidate in lexicon.Deals)
            {
                if ((string.Equals(candidate.Account, hit.Entry.Canonical, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.Account, hit.Entry.Account, StringComparison.OrdinalIgnoreCase))
                    && Array.Exists(candidate.Name.Split(' '), w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
                    && !Array.Exists(hit.Entry.Canonical.Split(' '), w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
                {
                    if (only is not null)
                    {
                        return command;
                    }

                    only = candidate;
                }
            }

            return only is null ? command : command with { Deal = only.Name };
        }

        return command;
    }

    /// <summary>
    /// "visited Acme, talked to Priya", "demo for fabrikam went well, jonas loved it": the person named in the notes of
    /// an activity with no contact is its contact, when the notes open with a talk verb and a name, or name a contact
    /// the team knows at that company.
    /// </summary>
    private ParsedCommand PersonInNotes(ParsedCommand command, List<LexiconHit> hits)
    {
        if (command is not { Intent: Intent.LogActivity, Contact: null, Account: { } account, Notes: { } notes })
        {
            return command;
        }

        foreach (var hit in hits)
        {
            if (hit.Entry is { Kind: LexiconKind.Contact, Account: { } at } && string.Equals(at, Known(account, hits)?.Canonical ?? account, StringComparison.OrdinalIgnoreCase)
                && notes.Contains(hit.Text, StringComparison.Ordinal))
            {
                return command with { Contact = hit.Entry.Canonical };
            }
        }

        var talk = _metPerson.Match(notes);
        if (!talk.Success)
        {
            return command;
        }

        var name = Phrases.Clean(notes[(talk.Length - 1)..]);
        return Phrases.WordCount(name) <= 2 && Phrases.HasUpper(name) && !_guards.IsCommonName(name) && Known(name, hits) is null or { Kind: LexiconKind.Contact }
            ? command with { Contact = name, Notes = null }
            : command;
    }

    private ParsedCommand Cascade(NormalizedMessage message, DateOnly today) => message.Text.Length == 0 ? Unknown(0.0) :
        _admin.TryParse(message, today)
            ?? _lookups.TryHowTo(message)
            ?? _tasks.TryUndoOrHelp(message)
            ?? _tasks.TryPlan(message, today)
            ?? _lookups.TryParse(message, today)
            ?? _tasks.TryComplete(message)
            ?? _tasks.TryAdd(message, today)
            ?? _queries.TryParse(message, today)
            ?? _deals.TryCreate(message, today)
            ?? _activities.TryParse(message, today, leadingOnly: true)
            ?? _deals.TryMove(message, today)
            ?? _deals.TryUpdate(message, today)
            ?? _activities.TryParse(message, today, leadingOnly: false)
            ?? Unknown(0.1);

    private static bool HasMember(List<LexiconHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Entry.Kind == LexiconKind.Member)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"visited Tailspin Toys w/ Ben": Ben is a colleague who took part, never the account.</summary>
    private ParsedCommand WithColleagues(NormalizedMessage message, string raw, DateOnly today, List<LexiconHit> hits, ParsedCommand command)
    {
        // Members are masked, the mentions with their connectors cut, and the rest read again.
        var masked = message.Text;
        var members = new List<string>();
        foreach (var hit in hits.Where(h => h.Entry.Kind == LexiconKind.Member).OrderByDescending(h => h.Index))
        {
            if (hit.Index + hit.Length <= masked.Length && string.CompareOrdinal(masked, hit.Index, hit.Text, 0, hit.Length) == 0)
            {
                masked = string.Concat(masked.AsSpan(0, hit.Index), "\uE000" + members.Count + "\uE001", masked.AsSpan(hit.Index + hit.Length));
                members.Add(hit.Entry.Canonical);
            }
        }

        var colleagues = new List<string>();
        var stripped = _colleague.Replace(masked, m =>
        {
            var id = int.Parse(m.Groups["m"].Value.AsSpan(1, m.Groups["m"].Value.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
            colleagues.Add(members[id]);
            return " ";
        });
        if (colleagues.Count == 0)
        {
            return command;
        }

        var again = Cascade(message with { Text = Phrases.Clean(Phrases.CollapseSpaces(stripped)) }, today);
        again = _guards.Apply(again, stripped, raw, today);
        if (again.Intent == Intent.LogActivity && (again.Account ?? again.Contact) is not null)
        {
            return again with { Colleagues = colleagues.Distinct().ToList() };
        }

        return command.Intent == Intent.LogActivity && IsMember(command.Account ?? command.Contact, members) ? Unknown(0.3) : command;
    }

    private static bool IsMember(string? name, List<string> members) =>
        name is not null && members.Exists(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// New records only from names: a party the team does not know, written in lowercase or made of everyday
    /// words, is proposed with [Yes] [No] rather than written. A name the team knows is cut to that name
    /// ("Tailspin again" is "Tailspin"), a known contact is a contact with its account, never an account.
    /// </summary>
    private ParsedCommand CheckNames(ParsedCommand command, List<LexiconHit> hits, Lexicon lexicon)
    {
        if (!command.Intent.IsWrite() || command.Intent is Intent.AddTask or Intent.CompleteTask or Intent.SetPlan)
        {
            return command;
        }

        if (command is { Intent: Intent.MoveDeal, Deal: { } owner, Stage: { } stage } && Known(owner, hits) is { Kind: LexiconKind.Member } member
            && string.Equals(member.Canonical, owner, StringComparison.OrdinalIgnoreCase))
        {
            // "ben deals in negotiation": a colleague's deals in a stage are a question, never a deal named after him.
            return new ParsedCommand(Intent.ShowPipeline, 0.8) { Scope = member.Canonical, Stage = stage };
        }

        if (hits.Count > 0 && command.Intent != Intent.CreateDeal)
        {
            command = command with { Account = Trim(command.Account, hits), Contact = Trim(command.Contact, hits), Deal = Trim(command.Deal, hits) };
            if (command.Account is { } written && Known(written, hits) is { Kind: LexiconKind.Contact } person && string.Equals(person.Canonical, written, StringComparison.OrdinalIgnoreCase))
            {
                // "emailed eva novak the terms": Eva Novak is a contact at Adventure Works.
                command = command.Contact is null ? command with { Contact = written, Account = person.Account } : command;
            }
        }

        var unsure = false;
        foreach (var name in (ReadOnlySpan<string?>)[command.Account, command.Contact, command.Deal])
        {
            if (name is null)
            {
                continue;
            }

            var known = Known(name, hits);
            if (known is null && (_guards.IsCommonName(name) || (!lexicon.IsEmpty && !Phrases.HasUpper(name) && command.Intent != Intent.CreateDeal)))
            {
                unsure = true;
            }
        }

        if (command.Account is null && command.Contact is { } contact && Known(contact, hits) is { Kind: LexiconKind.Contact, Account: { } account })
        {
            command = command with { Account = account };
        }

        return unsure ? command with { Confirm = true } : command;
    }

    /// <summary>A name that holds one the team knows, cut to it: "Fabrikam moving" is "Fabrikam".</summary>
    private static string? Trim(string? name, List<LexiconHit> hits)
    {
        if (name is null)
        {
            return null;
        }

        LexiconHit? best = null;
        foreach (var hit in hits)
        {
            if (hit.Entry.Kind != LexiconKind.Member && name.Contains(hit.Text, StringComparison.OrdinalIgnoreCase) && (best is null || hit.Text.Length > best.Value.Text.Length))
            {
                best = hit;
            }
        }

        return best is { } b && name.StartsWith(b.Text, StringComparison.OrdinalIgnoreCase) ? b.Text : name;
    }

    private static LexiconEntry? Known(string name, List<LexiconHit> hits)
    {
        foreach (var hit in hits)
        {
            if (name.Contains(hit.Text, StringComparison.OrdinalIgnoreCase))
            {
                return hit.Entry;
            }
        }

        return null;
    }

    private static ParsedCommand Unknown(double confidence) => new(Intent.Unknown, confidence);
}

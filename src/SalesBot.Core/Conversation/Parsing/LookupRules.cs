using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// The questions and small commands of issue 14: how-to, language, corrections of the last write, new contacts,
/// last contact with an account, contacts at an account, activities in a period, who logged nothing, won or lost
/// deals in a period, deals closing in a period, two reps side by side and the day's plan. Periods become From/To.
/// </summary>
internal sealed class LookupRules
{
    private readonly Vocabulary _v;
    private readonly DateReader _dates;
    private readonly AmountReader _amounts;
    private readonly NameReader _names;
    private readonly PeriodReader _periods;
    private readonly PhraseFinder _questionHead;
    private readonly OpeningRegex _howTo;
    private readonly PhraseFinder _topic;
    private readonly OpeningRegex _language;
    private readonly PhraseFinder _languageName;
    private readonly Regex _correctHead;
    private readonly OpeningRegex _correctLink;
    private readonly OpeningRegex _addContact;
    private readonly Regex _role;
    private readonly Regex _email;
    private readonly PhraseFinder _lastContact;
    private readonly Regex _last;
    private readonly ContainingRegex _contactsAt;
    private readonly PhraseFinder _inactive;
    private readonly PhraseFinder _stage;
    private readonly PhraseFinder _dealWords;
    private readonly PhraseFinder _closing;
    private readonly OpeningRegex _createsDeal;
    private readonly ContainingRegex _compare;
    private readonly OpeningRegex _planQuery;
    private readonly PhraseFinder? _planQueryWords;
    private readonly PhraseFinder _activityQuery;
    private readonly PhraseFinder _kpi;
    private readonly PhraseFinder _team;
    private readonly PhraseFinder _self;
    private readonly Regex _possessive;
    private readonly Regex _partyAfter;
    private readonly Regex _splitNames;
    private readonly HashSet<string> _notMembers;
    private readonly Regex _statusOf;
    private readonly Regex _seeFirst;
    private readonly Regex _didWho;
    private readonly PhraseFinder _anyone;
    private readonly OpeningRegex _inverted;
    private readonly Regex _allReps;
    private readonly Regex _contactPhrase;
    private readonly Regex _addToContacts;

    public LookupRules(Vocabulary v, DateReader dates, NameReader names)
    {
        _v = v;
        _dates = dates;
        _amounts = new AmountReader(v);
        _names = names;
        _periods = new PeriodReader(v);
        var questionHeads = v.QuestionWords.Concat(v.QuestionAuxiliaries).Concat(v.QueryLeadIns).ToList();
        _questionHead = Phrases.Find(questionHeads);
        _seeFirst = Phrases.Build(v.SeeVerbs.Count == 0 || v.AskForHeads.Count == 0 ? "(?!)" : $@"^(?:{Phrases.Alt(v.AskForHeads)})\s+(?:{Phrases.Alt(v.SeeVerbs)})(?![\w'])");
        _howTo = Phrases.Opening(v.HowToHeads, pattern: $@"^(?:{Phrases.Words(v.HowToHeads)})\s+(?<rest>.+)$");
        _topic = Phrases.Find(v.HowToTopics.Keys);
        _language = Phrases.Opening(v.LanguageHeads.Concat(v.LanguageNames.Keys), t => t.Length > 0 && !char.IsLetterOrDigit(t[0]), pattern: $@"^(?:{Phrases.Words(v.LanguageHeads)})?\s*:?\s*(?<lang>{Phrases.Alt(v.LanguageNames.Keys)})(?:\s+(?:{Phrases.Join(v.PoliteTails)}))?$|^(?:{Phrases.Words(v.LanguageHeads)})\s+(?:(?:{Phrases.Join(v.LanguageLinks)})\s+)?(?<lang>{Phrases.Alt(v.LanguageNames.Keys)})(?![\w])");
        _languageName = Phrases.Find(v.LanguageNames.Keys);
        _correctHead = Phrases.Build($@"^(?:(?:{Phrases.Words(v.CorrectionHeads)})[\s,!.:\-–—]*)+");
        _correctLink = Phrases.Opening(v.CorrectionLinks, pattern: $@"^(?:{Phrases.Words(v.CorrectionLinks)})\s+(?<value>.+)$");
        _addContact = Phrases.Opening(v.AddContactHeads, pattern: $@"^(?:{Phrases.Words(v.AddContactHeads)})\s*:?\s*(?<rest>.+)$");
        _role = Phrases.Build($@"(?<![\w])(?:(?:{Phrases.Join(v.RoleDeterminers)})\s+)?(?<role>{Phrases.Alt(v.ContactRoles)})(?:\s+(?:(?:{Phrases.Join(v.OfWords)})\s+)?(?<dept>(?-i:\p{{Lu}}{{2,}}|[a-z]+))(?=\s+(?:{Phrases.Join(v.DepartmentEnds)})\s))?(?![\w])");
        _email = Phrases.Build(@"(?<![\w.])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+");
        _lastContact = Phrases.Find(v.LastContactPhrases);
        _last = Phrases.Build($@"(?<![\w])(?:{Phrases.Alt(v.LastWords)})(?![\w])");
        _contactsAt = Phrases.Containing(v.ContactQueryHeads, $@"(?:{Phrases.Words(v.ContactQueryHeads)})\s+(?<acc>.+?)[\s?!.]*$");
        _inactive = Phrases.Find(v.InactivePhrases);
        _stage = Phrases.Find(v.StagePhrases.Keys);
        _dealWords = Phrases.Find(v.PipelineWords.Except(v.PipelineNouns, StringComparer.OrdinalIgnoreCase));
        _closing = Phrases.Find(v.ClosingWords);
        _createsDeal = Phrases.Opening(v.CreateDealHeads, pattern: $@"^(?:{Phrases.Words(v.CreateDealHeads)})(?![\w'])");
        _compare = Phrases.Containing(v.CompareWords, $@"^(?:{Phrases.Words(v.CompareWords)})\s+(?<names>.+)$|^(?<names>.+?)\s+(?:{Phrases.Words(v.CompareWords)})\s+(?<names2>.+)$");
        _planQuery = Phrases.Opening(v.PlanQueryPhrases.Concat(v.QueryLeadIns), t => t.Length > 0 && char.IsUpper(t[0]), pattern: $@"^(?:{Phrases.Alt(v.PlanQueryPhrases)})(?:\s+(?:(?:{Phrases.Join(v.PlanDayLeads)})\s+)?(?:{Phrases.Join(v.PlanQueryDays.Concat(v.NowWords))}))?[\s?!.]*$|^(?:(?:{Phrases.Alt(v.QueryLeadIns)})\s+)*(?-i:(?<who>\p{{Lu}}\w+))(?:{Phrases.Join(v.PossessiveSuffixes)})\s+(?:{Phrases.Words(v.PlanNouns)})(?:\s+(?:(?:{Phrases.Join(v.PlanDayLeads)})\s+)?(?:{Phrases.Join(v.PlanQueryDays)}))?[\s?!.]*$");
        _planQueryWords = Phrases.Gate(v.PlanQueryPhrases.Concat(v.PlanNouns));
        _activityQuery = Phrases.Find(v.ActivityQueryWords);
        _kpi = Phrases.Find(v.KpiWords);
        _team = Phrases.Find(v.TeamWords.Except(v.TeamPronouns, StringComparer.OrdinalIgnoreCase));
        _self = Phrases.Find(v.SelfWords);
        _possessive = Phrases.Build($@"(?<![\w'])(?<n>(?-i:\p{{Lu}}[\w\-]*))(?:{Phrases.Join(v.PossessiveSuffixes)})(?![\w])");
        _partyAfter = Phrases.Build($@"(?<![\w])(?:{Phrases.Alt(v.PartyConnectors.Concat(v.AffiliationConnectors).Where(c => c != "@"))})\s+(?<name>.+)$");
        _splitNames = Phrases.Build($@"\s*(?:{Phrases.Alt(v.NameListJoiners.Where(j => !char.IsLetter(j[0])))})\s*|\s+(?:{Phrases.Alt(v.NameListJoiners.Where(j => char.IsLetter(j[0])))})\s+");
        _didWho = Phrases.Build($@"(?<![\w'])(?:{Phrases.Alt(v.QuestionAuxiliaries)})\s+(?<n>(?-i:\p{{Lu}}\w+))(?![\w'])");
        _inverted = Phrases.Opening(v.PastAuxiliaries, pattern: $@"^(?:{Phrases.Words(v.PastAuxiliaries)})\s+(?<who>{Phrases.Words(v.QuestionSubjects)}|(?-i:\p{{Lu}}\w+))\s+(?:(?:{Phrases.Join(v.QuestionAdverbs)})\s+)?(?<verb>{Phrases.Words(v.ActivityQuestionVerbs)})(?:\s+(?:{Phrases.Join(v.QuestionVerbLinks)}))?\s+(?<rest>.+)$");
        _anyone = Phrases.Find(v.TeamWords.Concat(v.SelfWords));
        _allReps = Phrases.Build($@"^(?:(?:{Phrases.Alt(v.AllRepsWords)})\s*)+$");
        _contactPhrase = Phrases.Build($@"(?:{Phrases.Words(v.LastContactPhrases)})\s+(?:(?:{Phrases.Join(v.ContactPhraseLinks)})\s+)?(?<name>.+)$");
        _addToContacts = Phrases.Build($@"^(?:{Phrases.Join(v.AddVerbs)})\s+(?<name>.+?)\s+(?:{Phrases.Join(v.IntoWords)})\s+(?<acc>.+?)(?:{Phrases.Join(v.PossessiveSuffixes)})?\s+(?:{Phrases.Alt(v.ContactListWords)})(?![\w])(?<rest>.*)$");
        // "team kpis this week vs target": a report or a target is never a rep to compare.
        // "what's the history with fenwick labs": an account's history, not the rep's activities.
        _statusOf = Phrases.Build($@"(?<![\w'])(?:{Phrases.Alt(v.AccountStatusWords)})\s+(?:{Phrases.Alt(v.AffiliationConnectors.Concat(v.ScopeLinks).Where(w => w != "@"))})\s+(?!(?:{Phrases.Join(v.SelfWords)})(?![\w']))\S");
        _notMembers = Phrases.Set(v.NotNames.Concat(v.SelfWords).Concat(v.TeamWords).Concat(v.CommonWords).Concat(v.KpiWords).Concat(v.TargetNouns).Concat(v.TargetNounPlurals));
    }

    public ParsedCommand? TryParse(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text.TrimEnd('?', '!', '.', ' ');
        if (text.Length == 0)
        {
            return null;
        }

        return TryLanguage(text)
            ?? TryAddContact(text)
            // "was Acme lost?", "it was Globex?": a question puts nothing right.
            ?? (message.Asks ? null : TryCorrect(text, today))
            ?? TryQuestion(message, text, today);
    }

    /// <summary>"how do i log a call": the intent asked about, before the help phrases answer it generally.</summary>
    public ParsedCommand? TryHowTo(NormalizedMessage message)
    {
        var m = _howTo.Match(message.Text);
        if (!m.Success || _seeFirst.IsMatch(message.Text))
        {
            // "can i see today's standup": asks for the thing, not how to get it.
            return null;
        }

        var topic = _topic.Match(m.Groups["rest"].Value);
        return topic.Success ? new ParsedCommand(Intent.HowTo, 0.85) { Topic = _v.HowToTopics[Phrases.Key(topic.Value)] } : null;
    }

    /// <summary>A question word first, or a question mark last.</summary>
    private bool IsQuestion(string text) => _questionHead.StartsText(text) || text.AsSpan().TrimEnd().EndsWith('?');

    private ParsedCommand? TryLanguage(string text)
    {
        // Both shapes name a language: most messages name none, and the heads ("talk", "use", "in") open many.
        var m = _languageName.IsMatch(text) ? _language.Match(text) : Match.Empty;
        if (!m.Success || Phrases.WordCount(text) > 6)
        {
            return null;
        }

        // A bare "en" or "pl" is too little to switch on; a head or the language's full name says it.
        var lang = Phrases.Key(m.Groups["lang"].Value);
        if (lang.Length <= 2 && Phrases.WordCount(text) == 1)
        {
            return null;
        }

        return new ParsedCommand(Intent.SetLanguage, 0.9) { Argument = _v.LanguageNames[lang] };
    }

    private ParsedCommand? TryAddContact(string text)
    {
        var into = _addToContacts.Match(text);
        if (into.Success)
        {
            // "add Peter Quill to Hooli contacts, head of ops"
            var person = _names.Read(into.Groups["name"].Value, out var left);
            var company = _names.Read(into.Groups["acc"].Value, out _);
            if (person is not null && left.Length == 0 && company is not null)
            {
                var tail = into.Groups["rest"].Value;
                var address = _email.Match(tail);
                var title = _role.Match(tail);
                return new ParsedCommand(Intent.AddContact, 0.85)
                {
                    Contact = person, Account = company, Email = address.Success ? address.Value : null,
                    Role = title.Success ? Phrases.Clean(title.Groups["role"].Value + (title.Groups["dept"].Success ? " " + title.Groups["dept"].Value : string.Empty)) : null,
                };
            }
        }

        var m = _addContact.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var rest = m.Groups["rest"].Value;
        string? email = null;
        var mail = _email.Match(rest);
        if (mail.Success)
        {
            email = mail.Value;
            rest = Phrases.Cut(rest, mail.Index, mail.Length);
        }

        string? role = null;
        var r = _role.Match(rest);
        if (r.Success && r.Index > 0)
        {
            role = Phrases.Clean(r.Groups["role"].Value + (r.Groups["dept"].Success ? " " + r.Groups["dept"].Value : string.Empty));
            rest = Phrases.Cut(rest, r.Index, r.Length);
        }

        var contact = _names.Read(rest, out var after);
        string? account = null;
        var at = _partyAfter.Match(" " + after);
        if (at.Success)
        {
            account = _names.Read(at.Groups["name"].Value, out _);
        }
        else if (after.Length > 0)
        {
            account = _names.Read(after, out _);
        }

        if (contact is null)
        {
            return new ParsedCommand(Intent.AddContact, 0.5) { Account = account, Role = role, Email = email, Confirm = true };
        }

        return new ParsedCommand(Intent.AddContact, 0.9) { Contact = contact, Account = account, Role = role, Email = email };
    }

    private ParsedCommand? TryCorrect(string text, DateOnly today)
    {
        var head = _correctHead.Match(text);
        var body = head.Success ? text[head.Length..] : text;
        var link = _correctLink.Match(body);
        string value;
        if (link.Success)
        {
            value = link.Groups["value"].Value;
        }
        else if (head.Success && head.Length > 0 && Phrases.WordCount(body) <= 3)
        {
            value = body;
        }
        else
        {
            return null;
        }

        if (!head.Success && !link.Success)
        {
            return null;
        }

        // "actually it was yesterday" is a correction; "actually called Acme yesterday" is a new activity.
        if (Phrases.WordCount(value) > 5 || (!head.Success && Phrases.WordCount(text) > 6))
        {
            return null;
        }

        var command = new ParsedCommand(Intent.Correct, 0.8);
        var found = false;
        if (_amounts.TryRead(value, out var money))
        {
            command = command with { Amount = money.Amount, Currency = money.Currency };
            value = Phrases.Cut(value, money.Index, money.Length);
            found = true;
        }

        if (_dates.TryRead(value, today, DateSense.Past, out var date))
        {
            command = command with { Date = date.Date };
            value = Phrases.Cut(value, date.Index, date.Length);
            found = true;
        }

        var stage = _stage.Match(value);
        if (stage.Success)
        {
            command = command with { Stage = _v.StagePhrases[Phrases.Key(stage.Value)] };
            value = Phrases.Cut(value, stage.Index, stage.Length);
            found = true;
        }

        value = Phrases.Clean(value);
        var with = _partyAfter.Match(" " + value);
        var name = _names.Read(with.Success ? with.Groups["name"].Value : value, out _);
        if (name is not null && Phrases.HasUpper(name) && !_names.IsNotName(Phrases.FirstWord(name)))
        {
            command = command with { Account = name };
            found = true;
        }

        return found ? command : null;
    }

    private ParsedCommand? TryQuestion(NormalizedMessage message, string text, DateOnly today)
    {
        var asks = message.Asks || IsQuestion(text);
        Period? read = null;
        var known = false;
        Period? period()
        {
            if (!known)
            {
                (read, known) = (_periods.Read(text, today), true);
            }

            return read;
        }

        if (_inactive.IsMatch(text))
        {
            var p = period() ?? _periods.ThisWeek(today);
            return new ParsedCommand(Intent.WhoInactive, 0.85) { From = p.From, To = p.To };
        }

        var contacts = _contactsAt.Match(text);
        if (contacts.Success)
        {
            var account = _names.Read(contacts.Groups["acc"].Value, out _);
            if (account is not null && !_names.IsNotName(Phrases.FirstWord(account)))
            {
                return new ParsedCommand(Intent.ShowContacts, 0.85) { Account = account };
            }
        }

        // Either shape holds a plan phrase or noun; a capital first letter alone opens the regex for most messages.
        var plan = _planQueryWords is null || _planQueryWords.IsMatch(text) ? _planQuery.Match(text) : Match.Empty;
        if (plan.Success)
        {
            var scope = plan.Groups["who"].Success ? plan.Groups["who"].Value : Scopes.Me;
            var day = _v.TomorrowWords.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) ? today.AddDays(1) : today;
            return new ParsedCommand(Intent.ShowPlan, 0.85) { Scope = scope, Date = day };
        }

        var compare = _compare.Match(text);
        if (compare.Success)
        {
            var listed = compare.Groups["names"].Value + (compare.Groups["names2"].Success ? " " + _v.NameListJoiners.First(j => char.IsLetter(j[0])) + " " + compare.Groups["names2"].Value : string.Empty);
            var names = Members(listed, today);
            if (names.Count >= 2)
            {
                return new ParsedCommand(Intent.CompareReps, 0.85) { Members = names, From = period()?.From, To = period()?.To };
            }

            var rest = listed;
            if (_periods.Find(rest, today) is { } when)
            {
                rest = Phrases.Cut(rest, when.Index, when.Length);
            }

            if (Phrases.Clean(rest).Length == 0 || _allReps.IsMatch(Phrases.Clean(rest)))
            {
                // "compare reps this quarter": everyone side by side.
                return new ParsedCommand(Intent.CompareReps, 0.8) { From = period()?.From, To = period()?.To };
            }
        }

        if (!asks)
        {
            return TryListing(text, period, today);
        }

        var did = _inverted.Match(text);
        // "did the demo at ironvale, hugh loved it": an article before the verb is the object's, so no question is asked.
        if (did.Success && !(message.Asks || text.TrimEnd().EndsWith('?')) && _v.GiveDeterminers.Contains(Phrases.Key(did.Groups["who"].Value)))
        {
            return null;
        }

        if (did.Success)
        {
            // "did I call Initech yesterday?", "did anyone email Hooli this week?": a question about what was logged.
            var who = Phrases.Key(did.Groups["who"].Value);
            var scope = _self.IsMatch(who) && Phrases.WordCount(who) == 1 ? Scopes.Me : char.IsUpper(did.Groups["who"].Value[0]) && !_notMembers.Contains(who) ? did.Groups["who"].Value : Scopes.Team;
            var party = _names.Read(did.Groups["rest"].Value, out _);
            return new ParsedCommand(Intent.ShowActivities, 0.75)
            {
                Scope = scope, From = period()?.From, To = period()?.To,
                Account = party is not null && Phrases.HasUpper(party) ? TrimPeriodWords(party) : null,
            };
        }

        if (_last.IsMatch(text) && _lastContact.IsMatch(text))
        {
            var account = PartyOf(text);
            if (account is not null)
            {
                return new ParsedCommand(Intent.LastContact, 0.85) { Account = account };
            }
        }

        return TryListing(text, period, today);
    }

    /// <summary>
    /// "which deals close end of march" asked in November: deals close ahead, so a whole month already past is next
    /// year's. The month just gone may be "last month", so only an earlier one moves.
    /// </summary>
    private static Period? Ahead(Period? period, DateOnly today) =>
        period is { } p && p.From.Day == 1 && p.To == p.From.AddMonths(1).AddDays(-1) && p.From.AddMonths(1) < new DateOnly(today.Year, today.Month, 1)
            ? new Period(p.From.AddYears(1), p.From.AddYears(1).AddMonths(1).AddDays(-1))
            : period;

    /// <summary>Won or lost deals, deals closing, and activities in a period: "won deals this quarter", "Ben's calls this week".</summary>
    private ParsedCommand? TryListing(string text, Func<Period?> periodOf, DateOnly today)
    {
        // The period is read only when a listing needs it.
        Period? period() => periodOf();
        var deals = _dealWords.IsMatch(text);
        var stage = _stage.Match(text);
        if (stage.Success && _v.StagePhrases[Phrases.Key(stage.Value)] is var s && s.IsClosed() && (deals || period() is not null) && Phrases.WordCount(text) <= 8
            && (deals || (IsQuestion(text) && _anyone.IsMatch(text)) && !_v.StageVerbStems.Any(v => Phrases.Key(stage.Value).StartsWith(v, StringComparison.Ordinal))))
        {
            return new ParsedCommand(Intent.ShowDeals, 0.85) { Stage = s, From = period()?.From, To = period()?.To, Scope = Scope(text) };
        }

        // "open a deal for quarrystone, close end of march": a new deal with its close date is no question about closing deals.
        if (_closing.IsMatch(text) && (deals || IsQuestion(text)) && (period() is not null || deals) && !stage.Success && !_createsDeal.IsMatch(text))
        {
            var closing = Ahead(period(), today);
            return new ParsedCommand(Intent.DealsClosing, 0.85) { From = closing?.From, To = closing?.To, Scope = Scope(text) };
        }

        if (_activityQuery.IsMatch(text) && !_kpi.IsMatch(text) && !_statusOf.IsMatch(text) && (period() is not null || IsQuestion(text) || _possessive.IsMatch(text)) && Phrases.WordCount(text) <= 10)
        {
            var scope = Scope(text) ?? Scopes.Me;
            return new ParsedCommand(Intent.ShowActivities, 0.8) { Scope = scope, From = period()?.From, To = period()?.To };
        }

        return null;
    }

    /// <summary>A member named ("Ben's", "for Ben"), else "team" or "me"; null when none is said.</summary>
    private string? Scope(string text)
    {
        for (var m = _possessive.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["n"].Value;
            if (!_notMembers.Contains(name) && !_v.Months.ContainsKey(name) && !_v.Weekdays.ContainsKey(name))
            {
                return name;
            }
        }

        var did = _didWho.Match(text);
        if (did.Success && !_notMembers.Contains(did.Groups["n"].Value) && !_v.Months.ContainsKey(did.Groups["n"].Value) && !_v.Weekdays.ContainsKey(did.Groups["n"].Value))
        {
            // "what did Anna log this week?"
            return did.Groups["n"].Value;
        }

        if (_team.IsMatch(text))
        {
            return Scopes.Team;
        }

        return _self.IsMatch(text) ? Scopes.Me : null;
    }

    /// <summary>The account a last-contact question is about: a capitalised name after a connector or the verb, else any.</summary>
    private string? PartyOf(string text)
    {
        foreach (var capitalOnly in (ReadOnlySpan<bool>)[true, false])
        {
            for (var after = _partyAfter.Match(text); after.Success; after = _partyAfter.Match(text, after.Index + 1))
            {
                if (Party(after.Groups["name"].Value, capitalOnly) is { } name)
                {
                    return name;
                }
            }

            for (var verb = _contactPhrase.Match(text); verb.Success; verb = _contactPhrase.Match(text, verb.Index + 1))
            {
                if (Party(verb.Groups["name"].Value, capitalOnly) is { } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private string? Party(string phrase, bool capitalOnly)
    {
        var name = _names.Read(phrase, out _);
        if (name is null || _names.IsNotName(Phrases.FirstWord(name)) || _notMembers.Contains(Phrases.FirstWord(name)) || (capitalOnly && !Phrases.HasUpper(name)))
        {
            return null;
        }

        return TrimPeriodWords(name);
    }

    private string TrimPeriodWords(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && (_notMembers.Contains(words[^1]) || _v.LastWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private List<string> Members(string text, DateOnly today)
    {
        var p = _periods.Find(text, today);
        if (p is { } found)
        {
            text = Phrases.Cut(text, found.Index, found.Length);
        }

        var names = new List<string>();
        foreach (var part in _splitNames.Split(Phrases.Clean(text)))
        {
            var name = string.Join(' ', Phrases.Clean(part).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_notMembers.Contains(w) && !_v.CompareWords.Contains(w, StringComparer.OrdinalIgnoreCase)));
            if (name.Length > 0 && !_notMembers.Contains(name) && Phrases.WordCount(name) <= 2 && char.IsLetter(name[0]))
            {
                names.Add(char.ToUpperInvariant(name[0]) + name[1..]);
            }
        }

        return names;
    }
}

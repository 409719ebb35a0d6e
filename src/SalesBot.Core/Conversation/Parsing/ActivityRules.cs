using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// [lead-in] ACTIVITY [connector] PARTY [from|at COMPANY] [DATE] [, notes]:
/// "just had a call w/ Fabrikam", "met Sarah from Umbrella yesterday", "emailed Massive Dynamic the case study".
/// The date reads backwards and defaults to today; a future date ("tomorrow") makes the message a task.
/// </summary>
internal sealed class ActivityRules
{
    private readonly Vocabulary _v;
    private readonly DateReader _dates;
    private readonly NameReader _names;
    private readonly Regex _leadIns;
    private readonly Regex _describedLead;
    private readonly string[] _logLeads;
    private readonly HashSet<string> _fates;
    private readonly HashSet<string> _inboundObjects;
    private readonly PhraseFinder _phrase;
    private readonly PhraseFinder _modifier;
    private readonly Regex _connector;
    private readonly Regex _notes;
    private readonly Regex _affiliation;
    private readonly Regex _personOf;
    private readonly Regex _objectAfter;
    private readonly Regex _titleOf;
    private readonly Regex _give;
    private readonly Regex _laterParty;
    private readonly HashSet<string> _vague;
    private readonly Regex _schedule;
    private readonly Regex _noteOpener;
    private readonly Regex _deadline;
    private readonly HashSet<string> _past;
    private readonly Regex _doneEnd;
    private readonly HashSet<string> _with;
    private readonly HashSet<string> _at;
    private readonly HashSet<string> _withAsTyped;
    private readonly string[] _pastEndings;
    private readonly HashSet<string> _connectorWords;
    private readonly PhraseFinder _attempt;
    private readonly HashSet<string> _infinitive;
    private readonly HashSet<string> _everyday;
    private readonly Regex _send;
    private readonly Regex _sentTo;
    private readonly Regex _sentThing;

    public ActivityRules(Vocabulary v, DateReader dates, NameReader names)
    {
        _v = v;
        _dates = dates;
        _names = names;
        _logLeads = [.. v.LogCommandLeads];
        _fates = Phrases.Set(v.ActivityFates);
        _inboundObjects = Phrases.Set(v.InboundObjects);
        _leadIns = Phrases.Build($@"^(?:{Phrases.Words(v.ActivityLeadIns)}[\s:]*)+");
        _describedLead = Phrases.Build(v.ActivityDescriptors.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:{Phrases.Alt(v.ActivityDescriptors)})(?![\w'])");
        _phrase = Phrases.Find(v.ActivityPhrases.Keys);
        _modifier = Phrases.Find(v.ActivityModifiers.Keys);
        _connector = Phrases.Build($@"^\s*[:,\-]?\s*(?:{Phrases.Words(v.ActivityParticiples)}\s+)?(?:{Phrases.Words(v.PartyConnectors.Where(c => c != "@"))}|@)\s*");
        _notes = Phrases.Build($@"\s*[,;:]\s*|\s+-\s+|\s+(?:{Phrases.Alt(v.NotesMarkers.Except(v.NotesMarkersInNames, StringComparer.OrdinalIgnoreCase))})(?![\w'])");
        // "Lena Fogarty of Pemberly Foods": "of" joins a person to a company only after a written first and last name.
        _personOf = Phrases.Build(v.PersonOfConnectors.Count == 0 ? "(?!)" : $@"^\s*(?<p>(?-i:\p{{Lu}})[\p{{L}}'\-]+\s+(?-i:\p{{Lu}})[\p{{L}}'\-]+)\s+(?:{Phrases.Alt(v.PersonOfConnectors)})\s+(?=(?-i:\p{{Lu}}))");
        // "the CFO of Acme", "their head of IT at Globex": a role, then its company; the company is the account.
        _titleOf = Phrases.Build(v.PersonOfConnectors.Count == 0 ? "(?!)" : $@"^\s*(?:(?:{Phrases.Join(v.DefiniteArticles.Concat(v.Possessives))})\s+)?(?:{Phrases.Alt(v.TitleWords)})\s+(?:{Phrases.Alt(v.PersonOfConnectors.Concat(v.AffiliationConnectors).Where(c => c != "@"))})\s+(?=\S)");
        _objectAfter = Phrases.Build($@"\G(?:{Phrases.Join(v.DefiniteArticles.Concat(v.ObjectDeterminers))})\s+\S");
        _affiliation = Phrases.Build($@"\s+(?:{Phrases.Alt(v.AffiliationConnectors.Where(c => c != "@"))})\s+|\s*[@(]\s*|(?:{Phrases.Join(v.PossessiveSuffixes)})\s+(?=\S)");
        _give = Phrases.Build(
            $@"^(?:(?:{Phrases.Join(v.GiveLeadIns)})\s+)*{Phrases.Words(v.GiveVerbs)}\s+(?<party>.+?)\s+(?:{Phrases.Join(v.GiveDeterminers)})\s+(?:(?:{Phrases.Join(v.ActivityAdjectives)})\s+)?(?<noun>{Phrases.Alt(v.ActivityPhrases.Keys)})(?![\w'])(?<rest>.*)$");
        _laterParty = Phrases.Build($@"(?<![\w])(?:{Phrases.Join(v.LaterPartyConnectors)})\s+(?=(?-i:\p{{Lu}}))");
        _vague = Phrases.Set(v.VagueActivityPhrases);
        _past = Phrases.Set(v.PastIrregulars);
        _noteOpener = Phrases.Build($@"[,;:.!?]\s|\s-\s|\s(?:{Phrases.Alt(v.NoteOpeners)})\s");
        _deadline = Phrases.Build($@"\G(?:{Phrases.Alt(v.DeadlinePrepositions)})\s");
        _doneEnd = Phrases.Build($@"\s+(?:{Phrases.Alt(v.DoneTails)})[\s!.]*$");
        _schedule = Phrases.Build($@"^(?:(?:{Phrases.Join(v.SubjectLeadIns)})\s+)*{Phrases.Words(v.ScheduleVerbs)}\s");
        _with = Phrases.Set(v.WithWords);
        _at = new HashSet<string>(v.AtWords, StringComparer.Ordinal);
        _withAsTyped = new HashSet<string>(v.WithWords, StringComparer.Ordinal);
        _pastEndings = [.. v.PastEndings.Concat(v.PastContractions)];
        _connectorWords = Phrases.Set(v.PartyConnectors);
        _attempt = Phrases.Find(v.AttemptPhrases);
        _infinitive = Phrases.Set(v.InfinitiveMarkers);
        _send = Phrases.Build($@"\G{Phrases.Words(v.SendVerbs)}\s+");
        _sentTo = Phrases.Build($@"\s(?:{Phrases.Alt(v.SendConnectors)})\s+(?=\S)");
        _sentThing = Phrases.Build($@"\s(?:{Phrases.Join(v.ObjectDeterminers.Concat(v.Possessives).Distinct(StringComparer.OrdinalIgnoreCase))})\s+(?=\S)");
        _everyday = Phrases.Set(v.CommonWords.Concat(v.ImperativeVerbs).Concat(v.TaskVerbs).Concat(v.ActivityQuestionVerbs).Where(w => !w.Contains(' ', StringComparison.Ordinal)));
    }

    public ParsedCommand? TryParse(NormalizedMessage message, DateOnly today, bool leadingOnly)
    {
        var text = message.Text;
        var date = today;
        var future = false;
        if (_schedule.IsMatch(text) && _phrase.IsMatch(text))
        {
            // "booked a demo with Stark for Friday": it has not happened yet, so it is a task.
            DateOnly? due = null;
            if (_dates.TryRead(text, today, DateSense.Future, out var ahead))
            {
                due = ahead.Date;
                text = Phrases.Cut(text, ahead.Index, ahead.Length);
            }

            TimeOnly? at = null;
            if (_dates.TryReadTime(text, out var atHit))
            {
                at = atHit.Time;
                text = Phrases.Cut(text, atHit.Index, atHit.Length);
            }

            // "booked a call with Stark at 3pm": a clock time with no day is today's.
            return new ParsedCommand(Intent.AddTask, 0.75) { Title = Phrases.Clean(text), Date = due ?? (at is null ? null : today), Time = at };
        }

        // "Contoso kickoff w/ tom done": done says it happened (TaskRules left it to us).
        text = _doneEnd.Replace(text, string.Empty);
        var bareDate = false;
        DateOnly upcoming = today;
        if (ReadDate(text, today, out var hit) && !InLabelledNote(text, hit))
        {
            date = hit.Date;
            future = hit.FutureWords;
            bareDate = !hit.FutureWords && !hit.PastWords && _dates.TryRead(text, today, DateSense.Future, out var next) && next.Index == hit.Index && (upcoming = next.Date) != date;
            text = Phrases.Cut(text, hit.Index, hit.Length);
        }

        TimeOnly? time = null;
        if (_dates.TryReadTime(text, out var timeHit))
        {
            time = timeHit.Time;
            text = Phrases.Cut(text, timeHit.Index, timeHit.Length);
        }

        ActivityType? modifier = null;
        var mod = _modifier.Match(text);
        if (mod.Success)
        {
            modifier = _v.ActivityModifiers[Phrases.Key(mod.Value)];
            text = Phrases.Cut(text, mod.Index, mod.Length);
        }

        var lead = _leadIns.Match(text);
        var start = lead.Success ? lead.Length : 0;
        var phrase = _phrase.Match(text, start);
        if (!phrase.Success || phrase.Index != start)
        {
            var give = _give.Match(text);
            if (give.Success)
            {
                var giveType = _v.ActivityPhrases[Phrases.Key(give.Groups["noun"].Value)];
                return Build(message, giveType, give.Groups["party"].Value + " " + give.Groups["rest"].Value, null, date, time, future, leadingOnly, text);
            }

            if (_send.Match(text, start) is { Success: true } send)
            {
                return Sent(message, text[(send.Index + send.Length)..], date, time, future, leadingOnly, text, modifier == ActivityType.Email);
            }
        }

        if (!phrase.Success && modifier is { } how)
        {
            // "sent the quote to Litware by email": the modifier alone says what it was.
            var later = _laterParty.Match(text);
            return later.Success ? Build(message, how, text[(later.Index + later.Length)..], null, date, time, future, leadingOnly, text) : null;
        }

        if (!phrase.Success || (leadingOnly && phrase.Index != start))
        {
            return null;
        }

        var key = Phrases.Key(phrase.Value);
        var type = _v.ActivityPhrases[key];
        var pastVerb = IsPastVerb(key) || (lead.Success && (IsPastVerb(Phrases.Key(lead.Value)) || AsksForALog(lead.Value)));
        if (!pastVerb && bareDate && (time is not null || date < today.AddDays(-270)))
        {
            // "mtg w fabrikam on friday at 3pm": a meeting noun with a weekday and a clock time is still to come;
            // so is "demo with acme on dec 7" said in November, whose past reading lies a year back.
            date = upcoming;
            future = true;
        }
        if (modifier is { } m && (_vague.Contains(key) || type == ActivityType.Meeting))
        {
            type = m;
        }

        var after = text[(phrase.Index + phrase.Length)..];
        var last = key;
        var second = _phrase.Match(after);
        if (second.Success && after.AsSpan(0, second.Index).IsWhiteSpace())
        {
            // "lunch meeting with X", "demo call with X": the second noun belongs to the first.
            after = after[(second.Index + second.Length)..];
            last = Phrases.Key(second.Value);
        }

        var before = phrase.Index > start ? text[start..phrase.Index] : null;
        // "call with grayson tools", "demo w/ halcyon labs": a phrase that ends in its connector names the party as surely as a connector after it.
        var linked = _connectorWords.Contains(LastWord(last));
        // "quick call calder bakery re the order", "site visit fernhill ag": a noun the rep describes names its party
        // straight after it, as surely as a connector would ("my call dropped" is no description).
        linked |= before is null && ((lead.Success && _describedLead.IsMatch(lead.Value)) || (_describedLead.Match(key) is { Success: true, Index: 0 } d && d.Length == key.IndexOf(' ', StringComparison.Ordinal)));
        var built = Build(message, type, after, before, date, time, future, leadingOnly, text, pastVerb, linked, LastWord(last));
        if (built is null && modifier is { } by && _laterParty.Match(text) is { Success: true } party)
        {
            // "sent the deck to Fourth Coffee by email": "coffee" was part of the name; the modifier says what it was.
            return Build(message, by, text[(party.Index + party.Length)..], null, date, time, future, leadingOnly, text);
        }

        return built;
    }

    /// <summary>
    /// "sent the deck to Fourth Coffee", "forwarded the nda to mirela dunn at saltmarsh data", "sent Luis Ortega at
    /// Harrowgate Foods the case study": something went to a party, which is an email; what went is the note.
    /// </summary>
    private ParsedCommand? Sent(NormalizedMessage message, string body, DateOnly date, TimeOnly? time, bool future, bool leadingOnly, string text, bool byEmail = false)
    {
        var to = _sentTo.Match(body);
        if (to.Success && to.Index > 0)
        {
            var party = body[(to.Index + to.Length)..];
            if (!IsParty(party))
            {
                return null;
            }

            return WithThing(Build(message, ActivityType.Email, party, null, date, time, future, leadingOnly, text), body[..to.Index]);
        }

        var thing = _sentThing.Match(body);
        if (!thing.Success || thing.Index == 0)
        {
            return null;
        }

        var whom = body[..thing.Index];
        // "sent wrenfield a follow up email", "sent wrenfield the draft by email": an e-mail said names a customer even in one lowercase word.
        var emailed = byEmail || (_phrase.Match(body[(thing.Index + 1)..]) is { Success: true } noun && _v.ActivityPhrases[Phrases.Key(noun.Value)] == ActivityType.Email);
        if (!Phrases.HasUpperOrDigit(whom) && Phrases.WordCount(Phrases.Clean(whom)) < 2 && (!emailed || _everyday.Contains(Phrases.Clean(whom))))
        {
            // "sent mom the photos": one lowercase word before the thing is no customer we can be sure of.
            return null;
        }

        return WithThing(Build(message, ActivityType.Email, whom, null, date, time, future, leadingOnly, text), body[(thing.Index + 1)..]);
    }

    /// <summary>
    /// "demoed the new dashboard to Northwind": the party named after the thing; in lowercase ("emailed the price sheet
    /// to marlow cider co") only after an email or a thing that starts with a determiner, and never an everyday word.
    /// </summary>
    private Match LaterParty(string region, ActivityType type)
    {
        var later = _laterParty.Match(region);
        if (!later.Success && (type == ActivityType.Email || _objectAfter.IsMatch(Phrases.Clean(region))) && _sentTo.Match(region) is { Success: true } lowerTo && IsParty(region[(lowerTo.Index + lowerTo.Length)..]))
        {
            return lowerTo;
        }

        return later;
    }

    /// <summary>"sent the contract to legal", "sent the deck to my boss": an everyday word after "to" is nobody the team sells to.</summary>
    private bool IsParty(string phrase)
    {
        var first = Phrases.FirstWord(Phrases.Clean(phrase));
        return first.Length > 0 && (Phrases.HasUpperOrDigit(first) || !(_everyday.Contains(first) || _names.IsNotName(first)));
    }

    private static ParsedCommand? WithThing(ParsedCommand? sent, string thing)
    {
        var what = Phrases.Clean(thing);
        return sent is not { Intent: Intent.LogActivity } || what.Length == 0 ? sent : sent with { Notes = sent.Notes is null ? what : what + ", " + sent.Notes };
    }

    /// <summary>
    /// The activity's date: one in what happened ("met Acme yesterday"), or a past one in the notes ("..., it was
    /// yesterday"). A deadline in the notes ("he wants pricing by next week", "leaving next month") stays in the notes.
    /// </summary>
    private bool ReadDate(string text, DateOnly today, out DateHit hit)
    {
        var end = _noteOpener.Match(text);
        var head = end.Success ? text[..end.Index] : text;
        if (_dates.TryRead(head, today, DateSense.Past, out hit))
        {
            return true;
        }

        if (!end.Success || !_dates.TryRead(text, today, DateSense.Past, out hit) || hit.Index < end.Index)
        {
            return false;
        }

        var deadline = _deadline.Match(text, hit.Index);
        return hit.PastWords || (!hit.FutureWords && !(deadline.Success && deadline.Index == hit.Index) && hit.Date <= today && hit.Date > today.AddDays(-7));
    }

    /// <summary>
    /// "quick note on wide world importers: olga's back from leave monday": a day inside a note's text says when
    /// something else happens; the note is today's unless the day is said to be past ("..., met them yesterday").
    /// </summary>
    private bool InLabelledNote(string text, DateHit hit)
    {
        if (hit.PastWords)
        {
            return false;
        }

        var lead = _leadIns.Match(text);
        var phrase = _phrase.Match(text, lead.Success ? lead.Length : 0);
        if (!phrase.Success || _v.ActivityPhrases[Phrases.Key(phrase.Value)] != ActivityType.Note)
        {
            return false;
        }

        var colon = text.IndexOf(':', phrase.Index);
        var dash = text.IndexOf(" - ", phrase.Index, StringComparison.Ordinal);
        var label = colon < 0 ? dash : dash < 0 ? colon : Math.Min(colon, dash);
        return label >= 0 && hit.Index > label;
    }

    /// <summary>A lowercase everyday word after "to" is the verb of an infinitive, never a party the team does not know.</summary>
    private bool OpensInfinitive(string connector, string after)
    {
        if (!_infinitive.Contains(LastWord(Phrases.Clean(connector).ToLowerInvariant())))
        {
            return false;
        }

        var first = Phrases.FirstWord(Phrases.Clean(after));
        return first.Length > 0 && !Phrases.HasUpperOrDigit(first) && _everyday.Contains(first);
    }

    /// <summary>"log call brightfold", "pls log: demo acme": the rep asks for the log, so what follows happened.</summary>
    private bool AsksForALog(string lead)
    {
        var key = Phrases.Key(lead.Trim().TrimEnd(':').Trim());
        foreach (var head in _logLeads)
        {
            if (key.StartsWith(head, StringComparison.OrdinalIgnoreCase) && (key.Length == head.Length || key[head.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string LastWord(string key) => key[(key.LastIndexOf(' ') + 1)..];

    /// <summary>"called", "demoed", "met": a verb that reports what happened (a noun such as "call" may be a plan or talk).</summary>
    private bool IsPastVerb(string key)
    {
        var first = Phrases.FirstWord(key);
        foreach (var word in key.Split(' '))
        {
            if (Array.Exists(_pastEndings, e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || _past.Contains(word))
            {
                return true;
            }
        }

        return _past.Contains(first);
    }

    private ParsedCommand? Build(
        NormalizedMessage message, ActivityType type, string after, string? before, DateOnly date, TimeOnly? time, bool future, bool leadingOnly, string text, bool pastVerb = true, bool linked = false, string linkWord = "")
    {
        // "note: halsey rope works ...": a label before the party says the message is that record.
        var headed = after.TrimStart() is [':' or '-' or '–' or '—', ..];
        // "log: call, litware, talked pricing": the party may follow the activity after a comma.
        if (after.Length > 1 && after.TrimStart()[..1] is "," or ":" or ";")
        {
            after = after.TrimStart().TrimStart(',', ':', ';').TrimStart();
        }

        var connector = _connector.Match(after);
        var connected = connector.Success;
        if (connected)
        {
            after = after[connector.Length..];
        }

        if ((connected ? OpensInfinitive(connector.Value, after) : linked && OpensInfinitive(linkWord, after)))
        {
            // "call to discuss pricing", "quick call to go over the contract": "to" and an everyday verb say why, not whom;
            // the party, if any, is named later ("call to discuss pricing with Acme").
            var later = _laterParty.Match(after);
            if (!later.Success)
            {
                return null;
            }

            var why = Phrases.Clean(after[..later.Index]);
            var rest = Build(message, type, after[(later.Index + later.Length)..], before, date, time, future, leadingOnly, text, pastVerb, linked: true);
            return rest is { Intent: Intent.LogActivity } ? rest with { Notes = rest.Notes is null ? why : why + ", " + rest.Notes } : rest;
        }

        string? contact = null;
        string? account;
        string? notes = null;
        if (type == ActivityType.Note)
        {
            var body = Phrases.Clean(after);
            account = _names.Read(body, out var rest);
            var labelled = account is not null && body.Length > account.Length && body[account.Length] is ':' or '-' or ',';
            notes = (connected || labelled) && account is not null ? Phrases.Clean(rest) : body;
            notes = notes.Length > 0 ? notes : null;
            // "note on corran seeds: they want volume pricing": a labelled note names its account as surely as a capital.
            pastVerb |= account is not null && (labelled || headed) && !_everyday.Contains(Phrases.FirstWord(account).ToLowerInvariant()) && !_phrase.IsMatch(Phrases.FirstWord(account));
        }
        else
        {
            var region = after;
            var cut = _notes.Match(region);
            if (cut.Success)
            {
                notes = Phrases.Clean(region[(cut.Index + cut.Length)..]);
                region = region[..cut.Index];
            }

            if (_titleOf.Match(region) is { Success: true } title && title.Length < region.Length)
            {
                region = region[title.Length..];
            }
            else if (cut.Success && notes is not null && _titleOf.Match(notes) is { Success: true } role && role.Length < notes.Length && !_affiliation.IsMatch(region)
                && _names.Read(notes[role.Length..], out var roleLeft) is { } employer)
            {
                // "lunch with declan, the gm at duskwood inns": the person, then her role at the company.
                region = region.TrimEnd() + " " + _v.AffiliationConnectors[0] + " " + employer;
                notes = roleLeft.Length > 0 ? Phrases.Clean(roleLeft) : null;
            }

            var split = _affiliation.Match(region);
            if (!split.Success && _personOf.Match(region) is { Success: true } personOf)
            {
                // Read as "Lena Fogarty from Pemberly Foods": the same person-then-company split as every other affiliation.
                var person = personOf.Groups["p"];
                region = string.Concat(region.AsSpan(0, person.Index + person.Length), " " + _v.AffiliationConnectors[0] + " ", region.AsSpan(personOf.Length));
                split = _affiliation.Match(region);
            }

            string rest;
            if (split.Success && split.Index > 0 && _with.Contains(split.Value.Trim()) && _objectAfter.IsMatch(region, split.Index + split.Length))
            {
                // "shot an email over to Bluefen w/ the NDA": "with the ..." brings a thing, so the split is no affiliation.
                notes = Phrases.Clean(region[(split.Index + split.Length)..]) is { Length: > 0 } thing ? (notes is null ? thing : thing + ", " + notes) : notes;
                region = region[..split.Index];
                split = Match.Empty;
            }

            if (split.Success && split.Index > 0)
            {
                contact = _names.Read(region[..split.Index], out _);
                if (contact is null && LaterParty(region[..split.Index], type) is { Success: true } to)
                {
                    // "emailed the pricing sheet to Nadia Quist (Ondria)": the person follows the object, which is the note.
                    contact = _names.Read(region[(to.Index + to.Length)..split.Index], out _);
                    var thing = Phrases.Clean(region[..to.Index]);
                    notes = contact is null || thing.Length == 0 ? notes : (notes is null ? thing : thing + ", " + notes);
                }

                account = _names.Read(region[(split.Index + split.Length)..], out rest);
                var objectAfterWith = false;
                if (contact is not null && _with.Contains(split.Value.Trim())
                    && (account is null || (Phrases.HasUpperOrDigit(contact) && !Phrases.HasUpperOrDigit(account))))
                {
                    // "sent email to Pied Piper with the case study", "visited Marlow Bikes w/ samples": "with" brings the object, not the company.
                    notes = account is null ? notes : (notes is null ? account : account + ", " + notes);
                    (contact, account) = (null, contact);
                    objectAfterWith = true;
                }

                var atCompany = connected && _at.Contains(connector.Value.Trim().TrimStart(':', ',', '-').Trim());
                if (split.Value.StartsWith('\'') || (atCompany && !objectAfterWith && _with.Contains(split.Value.Trim())))
                {
                    // "Contoso's CTO", "meeting at Contoso with Sarah": the company comes first.
                    (contact, account) = (account, contact);
                }
            }
            else
            {
                account = _names.Read(region, out rest);
            }

            if (account is null && contact is null)
            {
                // "demoed the new dashboard to Northwind": the party follows the object.
                var later = LaterParty(region, type);
                if (later.Success)
                {
                    account = _names.Read(region[(later.Index + later.Length)..], out var tail);
                    rest = Phrases.Clean(region[..later.Index] + " " + tail);
                }
            }

            if (rest.Length > 0)
            {
                notes = notes is null ? rest : rest + ", " + notes;
            }

            var withPerson = connected && _withAsTyped.Contains(connector.Value.Trim());
            if (before is not null && withPerson && account is not null && contact is null && _names.Read(before, out var beforeRest) is { } company && beforeRest.Length == 0)
            {
                // "Contoso kickoff with Tom": the company before the noun, the person after it.
                (contact, account) = (account, company);
            }

            if (account is null && contact is null && before is not null)
            {
                // "Acme meeting went well": the party comes before the activity noun; "Kat from Norrvik Paper called
                // me back", "Kat Lindqvist (Norrvik Paper) rang": a person of a company, both named before it.
                var of = _affiliation.Match(before);
                if (of.Success && of.Index > 0 && of.Value.Contains('\'', StringComparison.Ordinal))
                {
                    // "Contoso's CTO called me": the company is the possessor; a role after it names nobody.
                    var role = before[(of.Index + of.Length)..];
                    account = Phrases.WordCount(role) <= 2 && _names.Read(before[..of.Index], out var ownerLeft) is { } owner && ownerLeft.Length == 0 ? owner : null;
                }
                else if (of.Success && of.Index > 0)
                {
                    var person = _names.Read(before[..of.Index], out var personLeft);
                    var firm = _names.Read(before[(of.Index + of.Length)..], out var companyLeft);
                    (contact, account) = person is not null && firm is not null && personLeft.Length == 0 && companyLeft.Length == 0 ? (person, firm) : (null, null);
                }
                else
                {
                    account = _names.Read(before, out var left);
                    if (left.Length > 0)
                    {
                        account = null;
                    }
                }

                if ((account ?? contact) is not null && notes is not null && _inboundObjects.Contains(Phrases.Clean(notes)))
                {
                    // "Norrvik called me back": whom they called is the rep, no note.
                    notes = null;
                }
            }
        }

        if (account is not null && contact is null && !Phrases.HasUpperOrDigit(account) && _fates.Contains(Phrases.FirstWord(account)))
        {
            // "log call dropped", "logged call cancelled": the call's fate, not a company named "dropped".
            return null;
        }

        if (future)
        {
            var title = Phrases.Clean(text);
            return new ParsedCommand(Intent.AddTask, 0.75) { Title = title, Date = date, Time = time, Account = account, Contact = contact, Confirm = account is null && contact is null };
        }

        if (account is null && contact is null)
        {
            return null;
        }

        // "my call dropped", "demo day at my kid's school": a noun with a lowercase word after it is talk, not a log.
        if (!pastVerb && !connected && !linked && !message.Slash && !Phrases.HasUpperOrDigit(account ?? contact ?? string.Empty))
        {
            return null;
        }

        var certain = Phrases.HasUpperOrDigit(account ?? contact ?? string.Empty) || message.Slash;
        var confidence = (certain ? 0.9 : 0.75) - (leadingOnly ? 0 : 0.05);
        return new ParsedCommand(Intent.LogActivity, confidence)
        {
            Activity = type,
            Account = account,
            Contact = contact,
            Date = date,
            Time = time,
            Notes = string.IsNullOrEmpty(notes) ? null : notes,
            // "left a voicemail for Gwen": nobody was reached, so the call is proposed rather than logged.
            Confirm = _attempt.IsMatch(text),
        };
    }
}

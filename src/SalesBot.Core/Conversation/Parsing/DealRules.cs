using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Deals. Create: NEW-DEAL-HEAD NAME [AMOUNT [CURRENCY]] [close DATE] [STAGE].
/// Move: NAME [is|to|->] STAGE, or STAGE[:] NAME ("won Initech", "closed won: Stark").
/// Update: NAME with an amount and a word such as "worth" or "amount", or a close date with "close" or "push".
/// Dates read forwards (close dates). A closed stage (won, lost) beats an open one in the same message.
/// </summary>
internal sealed class DealRules
{
    private readonly Vocabulary _v;
    private readonly DateReader _dates;
    private readonly AmountReader _amounts;
    private readonly NameReader _names;
    private readonly ContainingRegex _createHead;
    private readonly PhraseFinder _stage;
    private readonly PhraseFinder _amountMarker;
    private readonly Regex _deniedAmount;
    private readonly Regex _leadingSlip;
    private readonly PhraseFinder _closeMarker;
    private readonly Regex _movedActivity;
    private readonly HashSet<string> _dealKinds;
    private readonly HashSet<string> _reasonKeep;
    private readonly Regex _explicitMove;
    private readonly Regex _ender;
    private readonly Regex _cutter;
    private readonly Regex _target;
    private readonly HashSet<string> _verbs;
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string> _leadHeads;
    private readonly HashSet<string> _reasonTrim;
    private readonly Regex _dealNounAfterName;
    private readonly PhraseFinder _nameWord;
    private readonly Regex _withPerson;
    private readonly Regex _reasonLabel;
    private readonly Regex _stageStatement;
    private readonly Regex _purpose;
    private readonly HashSet<string> _everyday;
    private readonly HashSet<string> _verbFirst;
    private readonly HashSet<string> _reportVerbs;
    private readonly HashSet<string> _verbStems;
    private readonly HashSet<string> _articles;
    private readonly Regex _amountFirst;
    private readonly HashSet<string> _bareHeads;
    private readonly string[] _pastEndingsOf;
    private readonly HashSet<string> _saysWhatHappened;

    public DealRules(Vocabulary v, DateReader dates, AmountReader amounts, NameReader names)
    {
        _v = v;
        _dates = dates;
        _amounts = amounts;
        _names = names;
        _createHead = Phrases.Containing(v.CreateDealHeads.Concat(v.CreateLeadHeads).Concat(v.BareCreateDealHeads), $@"^(?:(?:{Phrases.Join(v.SubjectLeadIns)})\s+)*(?<head>{Phrases.Words(v.CreateDealHeads.Concat(v.CreateLeadHeads).Concat(v.BareCreateDealHeads))})(?:\s+{Phrases.Words(v.DealNameIntroducers)})?(?:\s*[:\-])?\s*");
        _stage = Phrases.Find(v.StagePhrases.Keys);
        _amountMarker = Phrases.Find(v.AmountUpdateMarkers);
        _leadingSlip = Phrases.Build(v.InlineCorrectionMarkers.Count == 0 ? "(?!)" : $@"^\s*(?:{Phrases.Alt(v.InlineCorrectionMarkers)})(?![\w'])[\s,:!.\-]*");
        _deniedAmount = Phrases.Build(v.InlineCorrectionDenials.Count == 0 ? "(?!)" : $@"(?<denial>(?<![\w'])(?:{Phrases.Alt(v.InlineCorrectionDenials)}))\s+(?<amount>[$€£]?\d\S*(?:\s+\S+)?)");
        _closeMarker = Phrases.Find(v.CloseDateMarkers);
        _dealKinds = Phrases.Set(v.DealNameWords);
        _reasonKeep = Phrases.Set(v.ReasonKeepWords);
        _movedActivity = Phrases.Build($@"(?<![\w'])(?:{Phrases.Alt(v.CloseDateMarkers)})\s+(?:(?:{Phrases.Join(v.DefiniteArticles.Concat(v.ObjectDeterminers).Concat(v.Possessives))})\s+)?(?:{Phrases.Alt(v.ActivityNouns)})(?![\w'])");
        _explicitMove = Phrases.Build($@"->|(?<![\w])(?:{Phrases.Join(v.ExplicitMoveWords)})(?![\w])");
        _ender = Phrases.Build($@"\s(?:{Phrases.Alt(v.DealNameEnders)})(?![\w])");
        _cutter = Phrases.Build($@"\s*,|\s(?:{Phrases.Alt(v.DealNameCutters)})(?![\w])");
        _target = Phrases.Build($@"(?:\b(?:{Phrases.Join(v.StageTargetLinks)})|->|:)\s*(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?$");
        _verbs = Phrases.Set(v.DealVerbs);
        _fillers = Phrases.Set(v.DealFillers);
        _leadHeads = Phrases.Set(v.CreateLeadHeads);
        _dealNounAfterName = Phrases.Build($@"\s(?:{Phrases.Alt(v.DealNouns)})(?:\s*[-:,]\s*|\s*)$");
        _stageStatement = StageStatement(v);
        _everyday = Phrases.Set(v.CommonWords.Concat(v.NotNames).Concat(v.NameStopWords));
        _verbFirst = Phrases.Set(v.PastIrregulars.Concat(v.GiveVerbs).Concat(v.ImperativeVerbs).Concat(v.ScheduleVerbs).Concat(v.PastAuxiliaries)
            .Concat(v.CommonWords.Where(w => v.PastEndings.Any(e => w.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
            .Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        _reportVerbs = Phrases.Set(v.PastIrregulars.Concat(v.GiveVerbs)
            .Concat(v.ActivityPhrases.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && v.PastEndings.Any(e => k.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
            .Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        _verbStems = Phrases.Set(v.StageVerbStems);
        _articles = Phrases.Set(v.DefiniteArticles.Concat(v.ObjectDeterminers).Concat(v.Possessives));
        // "EUR 210k deal with greyling solar", "usd 65k opportunity at vantris": the figure, a deal noun, then whom it is with.
        _amountFirst = Phrases.Build($@"^(?<amount>\S+(?:\s+\S+)?)\s+(?:{Phrases.Words(v.DealNouns)})\s+(?:{Phrases.Alt(v.DealNameIntroducers.Concat(v.AtWords).Distinct(StringComparer.OrdinalIgnoreCase))})\s+(?=\S)");
        _bareHeads = Phrases.Set(v.BareCreateDealHeads);
        _pastEndingsOf = [.. v.PastEndings];
        _saysWhatHappened = Phrases.Set(v.DealVerbs.Concat(v.StageCopulas).Concat(v.StagePhrases.Keys).Concat(v.CommonWords.Where(w => v.PastEndings.Any(e => w.EndsWith(e, StringComparison.OrdinalIgnoreCase)))));
        _reasonLabel = Phrases.Build($@"^(?:{Phrases.Alt(v.ReasonLabels)})\s*[:=\-]\s*");
        _nameWord = Phrases.Find(v.DealNameWords);
        _withPerson = Phrases.Build($@"\s+(?:{Phrases.Alt(v.ColleagueConnectors.Intersect(v.WithPersonConnectors, StringComparer.OrdinalIgnoreCase))})\s+(?<p>[\p{{L}}][\p{{L}}'\-]*(?:\s+[\p{{L}}][\p{{L}}'\-]*)?)$");
        _purpose = Phrases.Build(v.PurposeLinks.Count == 0 ? "(?!)" : $@"\s+-\s+|\s+(?:{Phrases.Alt(v.PurposeLinks)})\s+(?:(?:{Phrases.Join(v.DefiniteArticles.Concat(v.GiveDeterminers).Concat(v.Possessives))})\s+|(?=\d))");
        _reasonTrim = Phrases.Set(v.DealVerbs.Concat(v.DealFillers).Except(v.ReasonKeepWords, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "granite state supply inventory is in negotiation now", "Vireo Health onboarding is qualified": a name, a copula
    /// and an open stage that ends the message (or its first part: "..., budget confirmed") say where a deal stands, even in lowercase. A closed stage is left out:
    /// "my phone is dead" is talk.
    /// </summary>
    internal static Regex StageStatement(Vocabulary v) => Phrases.Build(
        $@"\s(?:{Phrases.Join(v.StageCopulas)})\s+(?:(?:{Phrases.Join(v.NowWords)})\s+)?(?:(?:{Phrases.Join(v.InStageLinks)})\s+)?(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?" +
        $@"(?:{Phrases.Alt(v.StagePhrases.Where(s => !s.Value.IsClosed()).Select(s => s.Key))})(?:\s+(?:{Phrases.Join(v.NowWords)}))?(?:[\s.!]*$|\s*[,;]\s+\S)");

    public ParsedCommand? TryCreate(NormalizedMessage message, DateOnly today)
    {
        var head = _createHead.Match(message.Text);
        string rest;
        if (head.Success)
        {
            rest = message.Text[head.Length..];
        }
        else if (_amountFirst.Match(message.Text) is { Success: true } first && _amounts.TryRead(first.Groups["amount"].Value, true, out var figure)
            && figure.Index == 0 && figure.Length == first.Groups["amount"].Length)
        {
            rest = message.Text[first.Length..] + ", " + first.Groups["amount"].Value;
        }
        else
        {
            return null;
        }

        var date = CutFutureDate(ref rest, today, numericNeedsPreposition: true);

        var (amount, currency) = CutAmount(ref rest);

        DealStage? stage = head.Success && _leadHeads.Contains(Phrases.Key(head.Groups["head"].Value)) ? DealStage.Lead : null;
        var stageMatch = _stage.Match(rest);
        while (stageMatch.Success && InNameWord(rest, stageMatch.Index, stageMatch.Length))
        {
            stageMatch = stageMatch.NextMatch();
        }

        // "add a deal for kestle farms 1.25m usd close by mar 31 qualified": a stage said last, after the figures, is the
        // stage however the word before it reads.
        var saidLast = stageMatch.Success && rest.AsSpan(stageMatch.Index + stageMatch.Length).Trim(" .!,;").IsEmpty
            && message.Text.LastIndexOf(stageMatch.Value, StringComparison.OrdinalIgnoreCase) is var at and > 0 && message.Text.AsSpan(0, at).IndexOfAnyInRange('0', '9') >= 0;
        if (stageMatch.Success && stageMatch.Index > 0 && (saidLast || !InCompound(rest, stageMatch.Index, stageMatch.Length)))
        {
            stage = _v.StagePhrases[Phrases.Key(stageMatch.Value)];
            rest = Phrases.Cut(rest, stageMatch.Index, stageMatch.Length);
        }

        var (name, notes) = FirstClause(rest);
        name = Phrases.TrimWords(name, _fillers, _fillers);
        notes = notes is null ? null : Phrases.TrimWords(notes, _fillers, _fillers) is { Length: > 0 } kept ? kept : null;
        string? contact = null;
        if (_withPerson.Match(name) is { Success: true } person && person.Index > 0 && !_names.IsNotName(Phrases.FirstWord(person.Groups["p"].Value)))
        {
            // "new opp Globex phase 3 w/ jonas, 175k": Jonas is the person the deal is with, not part of its name.
            contact = person.Groups["p"].Value;
            name = Phrases.Clean(name[..person.Index]);
        }

        if (head.Success && _bareHeads.Contains(Phrases.Key(head.Groups["head"].Value)) && (amount is null || SaysWhatHappened(FirstSegment(message.Text[head.Length..]))))
        {
            // "deal for Initech lost", "opp with Globex slipped to Q1": an existing deal, not a new one.
            return null;
        }

        if (!Phrases.LooksLikeName(name))
        {
            return new ParsedCommand(Intent.CreateDeal, 0.45) { Amount = amount, Currency = currency, Date = date, Stage = stage };
        }

        return new ParsedCommand(Intent.CreateDeal, 0.9)
        {
            Deal = CompanyAndWhat(name, out var account),
            Account = account,
            Contact = contact,
            Amount = amount,
            Currency = currency,
            Date = date,
            Stage = stage,
            Notes = notes,
        };
    }

    public ParsedCommand? TryMove(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        var date = CutFutureDate(ref text, today);

        var (amount, currency) = CutAmount(ref text, bareAllowed: false);

        // The stage to move to: a closed one if said, else the one after "to"/"->", else the first
        // ("qualified lead" is qualified; "from proposal to negotiation" is negotiation).
        PhraseMatch? first = null;
        PhraseMatch? closed = null;
        PhraseMatch? targeted = null;
        for (var m = _stage.Match(text); m.Success; m = m.NextMatch())
        {
            if (InNameWord(text, m.Index, m.Length))
            {
                // "Acme win-back to proposal": "win" is part of the deal's name.
                continue;
            }

            first ??= m;
            if (_v.StagePhrases[Phrases.Key(m.Value)].IsClosed())
            {
                closed = m;
            }
            else if (_target.IsMatch(text.AsSpan(0, m.Index)))
            {
                targeted = m;
            }
        }

        if ((closed ?? targeted ?? first) is not { } chosen || first is not { } opening)
        {
            return null;
        }

        var before = text[..opening.Index];
        // "WON copperleaf, 60k signed": two closed words around the name; the name sits between them.
        var between = chosen.Index > opening.Index && _v.StagePhrases[Phrases.Key(opening.Value)].IsClosed();
        var after = between ? text[(opening.Index + opening.Length)..chosen.Index] : text[(chosen.Index + chosen.Length)..];
        var name = NameBefore(before);
        var nameFirst = name.Length > 0;
        if (name.Length == 0 && Phrases.TrimWords(before, _verbs, _fillers).Length == 0)
        {
            after = Phrases.Clean(after);
            var cut = _cutter.Match(after);
            name = Phrases.TrimWords(cut.Success ? after[..cut.Index] : after, _fillers, _fillers);
        }

        if (!Phrases.LooksLikeName(name) || Phrases.WordCount(name) > 5 || _names.IsNotName(Phrases.FirstWord(name)) || OpensWithVerb(name) || ReportsSomething(name))
        {
            return null;
        }

        var explicitMove = _explicitMove.IsMatch(message.Text) || message.Slash || (Phrases.WordCount(name) >= 2 && _stageStatement.IsMatch(message.Text));
        var confirm = false;
        if (!explicitMove && !Phrases.HasUpper(name))
        {
            // Typed in lowercase, a deal is still moved when nothing else can be meant: "fernhill farms to lost" (a stage after
            // "to" that is no verb), "lost redwing aviation", "tidewell rollout won" (a closed stage at the edge of a name that
            // holds no everyday word). A one-word name ("won copperleaf") might be anything, so it is asked first.
            var targetedStage = (targeted is { } t && t.Index == chosen.Index) || (nameFirst && _target.IsMatch(text.AsSpan(0, chosen.Index)));
            var toStage = targetedStage && !_verbStems.Contains(Phrases.Key(chosen.Value)) && nameFirst;
            var closedEdge = _v.StagePhrases[Phrases.Key(chosen.Value)].IsClosed() && !_verbStems.Contains(Phrases.Key(chosen.Value))
                && (nameFirst ? Phrases.Clean(Phrases.TrimWords(text[(chosen.Index + chosen.Length)..], _fillers, _fillers)).Length == 0 || StartsNote(text, chosen.Index + chosen.Length) : true);
            // "larkspur is qualified now": a one-word name, a copula and an open stage is a statement too, asked first.
            var statement = _stageStatement.IsMatch(message.Text) && !_v.StagePhrases[Phrases.Key(chosen.Value)].IsClosed();
            if (!(toStage || closedEdge || statement) || HasEverydayWord(name))
            {
                return null;
            }

            confirm = !toStage && Phrases.WordCount(name) < 2;
            if (confirm && AfterArticle(text, name))
            {
                // "we won the game", "the kids won": one everyday noun after an article is talk.
                return null;
            }
        }

        var target = _v.StagePhrases[Phrases.Key(chosen.Value)];
        return new ParsedCommand(Intent.MoveDeal, explicitMove || Phrases.HasUpperOrDigit(name) ? 0.85 : 0.7)
        {
            Deal = name,
            Stage = target,
            Amount = amount,
            Currency = currency,
            Date = date,
            Reason = target == DealStage.Lost ? ReasonOf(text, name, chosen) : null,
            // "we're losing fabrikam": not lost yet, so asked.
            Confirm = confirm || _v.UnsettledStagePhrases.Contains(Phrases.Key(chosen.Value), StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// "Contoso emailed me the contract", "Acme sent the contract": a lowercase verb that reports something done inside
    /// what stands before the stage word says the words are a sentence, not a deal's name.
    /// </summary>
    private bool ReportsSomething(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Phrases.HasUpperOrDigit(word) && _reportVerbs.Contains(Phrases.Clean(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"made a killer deal", "sent Brightwave the quote": a name never opens with a lowercase verb.</summary>
    private bool OpensWithVerb(string name)
    {
        var first = Phrases.FirstWord(name);
        return first.Length > 0 && !Phrases.HasUpperOrDigit(first) && _verbFirst.Contains(Phrases.Clean(first));
    }

    /// <summary>A word of the name that is an everyday word ("won the game", "lost track of time"): no deal's name.</summary>
    private bool HasEverydayWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // "mossgate renewal", "brindle upgrade": a kind of deal after a name ends the name, everyday as it is.
            var word = Phrases.Clean(words[i]);
            if (_everyday.Contains(word) && !(i == words.Length - 1 && i > 0 && _dealKinds.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterArticle(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return false;
        }

        var before = text.AsSpan(0, at).TrimEnd(' ');
        var start = before.LastIndexOf(' ') + 1;
        return _articles.Contains(before[start..].ToString());
    }

    /// <summary>What follows the stage opens a note (a comma, a dash) rather than going on with the sentence.</summary>
    private static bool StartsNote(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart(' ');
        return rest.Length == 0 || rest[0] is ',' or ';' or '-' or '.' or '!' or ':' or '(';
    }

    /// <summary>
    /// Why a deal was lost: what the message says besides the deal and the stage ("to a competitor",
    /// "went with Salesforce", "no budget"), without the move's own words ("mark it as").
    /// </summary>
    private string? ReasonOf(string text, string name, PhraseMatch stage)
    {
        var rest = Phrases.Cut(text, stage.Index, stage.Length);
        var at = rest.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            rest = Phrases.Cut(rest, at, name.Length);
        }

        var parts = rest.Split([',', ';', '.', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Phrases.TrimWords(p, _reasonTrim, _reasonTrim))
            .Where(p => p.Length > 0)
            .ToList();
        var reason = _reasonLabel.Replace(string.Join(", ", parts), string.Empty);
        // "we have lost Acme": a word kept only inside a reason ("they have no budget") is no reason alone.
        return reason.Length == 0 || Phrases.WordCount(reason) > 12 || reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(_reasonKeep.Contains) ? null : reason;
    }

    /// <summary>Takes a close or due date ("by Dec 15", "end of month") out of <paramref name="text"/>.</summary>
    private DateOnly? CutFutureDate(ref string text, DateOnly today, bool numericNeedsPreposition = false)
    {
        if (!_dates.TryRead(text, today, DateSense.Future, out var hit))
        {
            return null;
        }

        // "Acme 24/7 support": digits with a slash and no "by" or "close" before them belong to the name.
        if (numericNeedsPreposition && char.IsDigit(text[hit.Index]) && text.AsSpan(hit.Index, hit.Length).Contains('/'))
        {
            return null;
        }

        text = Phrases.Cut(text, hit.Index, hit.Length);
        return hit.Date;
    }

    /// <summary>Takes an amount ("75k", "$1.2M") and its currency out of <paramref name="text"/>.</summary>
    private (decimal? Amount, string? Currency) CutAmount(ref string text, bool bareAllowed = true)
    {
        if (!_amounts.TryRead(text, bareAllowed, out var money))
        {
            return (null, null);
        }

        text = Phrases.Cut(text, money.Index, money.Length);
        return (money.Amount, money.Currency);
    }

    /// <summary>Takes out a wrong figure after the right one ("150k not 115k", "88k instead of 80k"); whether there was one.</summary>
    private bool CutDeniedAmount(ref string text)
    {
        var m = _deniedAmount.Match(text);
        if (!m.Success || !_amounts.TryRead(m.Groups["amount"].Value, bareAllowed: true, out var wrong) || wrong.Index != 0)
        {
            return false;
        }

        text = Phrases.Cut(text, m.Index, m.Groups["amount"].Index - m.Index + wrong.Length);
        return true;
    }

    public ParsedCommand? TryUpdate(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        DateOnly? date = null;
        if (_dates.TryRead(text, today, DateSense.Future, out var hit) && _closeMarker.IsMatch(text))
        {
            if (_movedActivity.IsMatch(text))
            {
                // "Mossgate pushed our meeting to next month": a meeting moved, not the deal's close date.
                return null;
            }

            date = hit.Date;
            text = Phrases.Cut(text, hit.Index, hit.Length);
        }

        var (amount, currency) = CutAmount(ref text);
        var denied = amount is not null && CutDeniedAmount(ref text);
        if (denied && text.TrimStart() is { Length: > 0 } start && char.IsLower(start[0]))
        {
            // "oops acme is 88k not 80k": the rep's own slip, typed lowercase, is no part of the deal's name ("No Frills" is a name).
            text = _leadingSlip.Replace(text, string.Empty);
        }

        if (date is null && amount is null)
        {
            return null;
        }

        var (clause, notes) = FirstClause(text);
        var name = NameBefore(clause);
        notes = notes is null ? null : Phrases.TrimWords(notes, _fillers, _fillers) is { Length: > 0 } kept ? kept : null;
        if (!Phrases.LooksLikeName(name) || Phrases.WordCount(name) > 5 || _names.IsNotName(Phrases.FirstWord(name)))
        {
            return null;
        }

        // "dunmore textiles is 150k not 115k": naming the wrong figure marks the right one as the deal's size.
        var marked = amount is null || denied || _amountMarker.IsMatch(message.Text);
        if (!marked && notes is null && date is null && amount >= 1000 && Phrases.WordCount(name) <= 4 && string.Equals(Phrases.Clean(text), name, StringComparison.OrdinalIgnoreCase))
        {
            // "acme 90k": a name and a figure, nothing else; most likely the deal's new size, so it is asked first.
            return new ParsedCommand(Intent.UpdateDeal, 0.6) { Deal = name, Amount = amount, Currency = currency, Confirm = true };
        }

        if (!marked && !Phrases.HasUpper(name))
        {
            return null;
        }

        if (!marked && _dealNounAfterName.Match(clause) is { Success: true } noun && noun.Index > 0)
        {
            // "Litware expansion deal - 250k": a named deal with its size and no word of change is a new deal.
            return new ParsedCommand(Intent.CreateDeal, 0.75) { Deal = Phrases.Clean(clause[..noun.Index]), Amount = amount, Currency = currency, Notes = notes };
        }

        return new ParsedCommand(Intent.UpdateDeal, marked ? 0.85 : 0.7)
        {
            Deal = name,
            Amount = amount,
            Currency = currency,
            Date = date,
            Notes = notes,
        };
    }

    /// <summary>The deal named before its stage: the last clause that still holds a name once verbs and fillers go.</summary>
    private string NameBefore(string before)
    {
        var clauses = before.Split([',', ';', '.', '!'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = clauses.Length - 1; i >= 0; i--)
        {
            var clause = clauses[i];
            var trimmed = Phrases.TrimWords(clause, _verbs, _fillers);
            if (trimmed.Length == 0)
            {
                continue;
            }

            var end = _ender.Match(" " + trimmed);
            if (end.Success && end.Index > 0)
            {
                trimmed = Phrases.TrimWords(trimmed[..(end.Index - 1)], _verbs, _fillers);
            }

            if (trimmed.Length > 0)
            {
                // "cinderford's value is now 52k": the deal is the possessor's.
                return _names.WithoutPossessive(trimmed);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// "support contract", "contract renewal": a stage word in a noun phrase of the new deal's name, with a lowercase
    /// name word right before it or a name word right after it (spaces only between), names the deal; the deal opens
    /// at the first stage. A stage said after a link or a label ("in negotiation", "stage: proposal") is the stage.
    /// </summary>
    private bool InCompound(string text, int index, int length)
    {
        var before = text.AsSpan(0, index);
        var trimmed = before.TrimEnd(' ');
        var prior = trimmed.Length < before.Length ? LastWord(trimmed) : default;
        if (prior.Length > 0 && prior.Length == CountLower(prior) && !_fillers.Contains(prior.ToString()) && !_verbs.Contains(prior.ToString()))
        {
            return true;
        }

        var after = text.AsSpan(index + length);
        var next = after.TrimStart(' ');
        if (next.Length == after.Length || next.Length == 0 || !char.IsLetter(next[0]))
        {
            return false;
        }

        var word = next[..WordLength(next)].ToString();
        return !_fillers.Contains(word) && !_verbs.Contains(word) && !_v.StagePhrases.ContainsKey(word);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start > 0 && !char.IsWhiteSpace(text[start - 1]) ? default : text[start..];
    }

    private static int CountLower(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            n += char.IsLower(c) ? 1 : 0;
        }

        return n;
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsLetter(text[n]))
        {
            n++;
        }

        return n;
    }

    private bool InNameWord(string text, int index, int length)
    {
        for (var m = _nameWord.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index < index + length && index < m.Index + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The account a new deal is for, when its name says it: "Tailspin Toys: relaunch" is the company, then what is
    /// sold; "Northgale Pharmacy", every word a capital, is the company itself. "Quantiva licences" names no account
    /// by itself, so the team's accounts decide when it is written.
    /// </summary>
    private string CompanyAndWhat(string name, out string? account)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Phrases.Clean(name[..colon]) is { Length: > 0 } company && Phrases.Clean(name[(colon + 1)..]) is { Length: > 0 } what)
        {
            // "add deal for dovecote hotels: wifi refresh": the company, then what is sold.
            account = company;
            return company + " " + what;
        }

        // "new deal with adventure works for the extra warehouses", "with acme - warehouse expansion": the company,
        // then what it buys; the deal is named by both.
        if (_purpose.Match(name) is { Success: true, Index: > 0 } purpose && Phrases.Clean(name[..purpose.Index]) is { Length: > 0 } buyer
            && Phrases.Clean(name[(purpose.Index + purpose.Length)..]) is { Length: > 0 } bought && Phrases.LooksLikeName(buyer))
        {
            account = buyer;
            return buyer + " " + bought;
        }

        // "new deal - harrowgate plumbing, 120 grand": a lowercase name with no word of what is sold is the company too.
        account = EveryWordCapitalised(name) || !HasDealWord(name) ? name : null;
        return name;
    }

    /// <summary>What comes before the first comma, semicolon or dash: the name and whatever is said of it.</summary>
    private static string FirstSegment(string text)
    {
        var end = text.IndexOfAny([',', ';']);
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        end = end < 0 ? dash : dash < 0 ? end : Math.Min(end, dash);
        return end < 0 ? text : text[..end];
    }

    private bool SaysWhatHappened(string text)
    {
        foreach (var word in text.Split([' ', ',', '.', '!', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (_saysWhatHappened.Contains(word) || Array.Exists(_pastEndingsOf, e => word.Length > 4 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasDealWord(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_dealKinds.Contains(word) || _everyday.Contains(word) || char.IsDigit(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EveryWordCapitalised(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(word[0]) && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Clause, string? Others) FirstClause(string text)
    {
        var parts = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = -1;
        for (var i = 0; i < parts.Length; i++)
        {
            if (Phrases.Clean(parts[i]).Length > 0)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return (string.Empty, null);
        }

        var rest = Phrases.Clean(string.Join(", ", parts[(first + 1)..]));
        return (parts[first], rest.Length == 0 ? null : rest);
    }
}

using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Which intent a clause holds, read from its tags in order (the first row that reads it wins), and its slots
/// from the nearest tags. Guards sit between the queries and the writes: a negation or a question before an
/// activity never makes a past activity; a future verb or date makes a task instead. No word of any language here.
/// </summary>
internal static class IntentTable
{
    private const double Sure = 0.9;
    private const double Unsure = 0.6;

    public static readonly IReadOnlyList<IntentRule> Rules =
    [
        new("undo", c => c.StartsWith(TagKind.Undo) && Bare(c), _ => new ParsedCommand(Intent.Undo, Sure)),
        new("help", c => c.Has(TagKind.Help) && Bare(c), _ => new ParsedCommand(Intent.Help, Sure)),
        new("chit-chat", c => c.Start >= c.To, _ => null),
        new("complete", c => c.StartsWith(TagKind.DoneHead), Complete),
        new("plan", IsPlan, Plan),
        new("task head", c => c.StartsWith(TagKind.TaskHead) || (c.Start < c.To && c[c.Start].Kind == PieceKind.Date && c.Find(TagKind.TaskHead) == c.Start + 1), Task),
        new("standup", c => c.Has(TagKind.Standup) && !HasWriteVerb(c), _ => new ParsedCommand(Intent.Standup, Sure)),
        new("pipeline", c => c.Has(TagKind.Pipeline) && !HasWriteVerb(c), Pipeline),
        new("task list", c => c.Has(TagKind.TaskList) && !HasWriteVerb(c), c => new ParsedCommand(Intent.ShowTasks, Sure) { Scope = Scope(c) }),
        new("kpi", c => c.Has(TagKind.Kpi) && !HasWriteVerb(c), Kpi),
        new("kpi person", c => c.Has(TagKind.KpiPerson) && !HasWriteVerb(c), KpiPerson),
        new("account query", c => c.Has(TagKind.AccountQuery) && !HasWriteVerb(c), c => Account(c, c.Find(TagKind.AccountQuery))),
        new("show", c => c.StartsWith(TagKind.Show), c => Account(c, c.Start)),
        new("negated", Negated, _ => null),
        new("question", c => c.Question || c.StartsWith(TagKind.Question), _ => null),
        new("create deal", c => c.Has(TagKind.CreateDeal), CreateDeal),
        new("activity first", c => IsActivity(c[c.Start]) || c.StartsWith(TagKind.NoteHead), Activity),
        new("move", c => StageAt(c) >= 0, Move),
        new("update", c => c.Has(TagKind.AmountMarker) || c.Has(TagKind.CloseDateMarker), Update),
        new("activity", c => Enumerable.Range(c.From, c.To - c.From).Any(i => IsActivity(c[i])), Activity),
        new("dated task", c => c.Has(TagKind.TaskVerb) && c.FirstDate() is { } d && Clause.LooksAhead(d.Date), DatedTask),
    ];

    /// <summary>The first row whose pattern and reader both accept the clause, or null (nothing understood).</summary>
    public static ParsedCommand? Read(Clause clause)
    {
        foreach (var rule in Rules)
        {
            if (rule.When(clause))
            {
                return rule.Read(clause);
            }
        }

        return null;
    }

    // --- patterns ---

    /// <summary>Nothing but the command's own words (and pronouns): "cofnij to", "co umiesz?".</summary>
    private static bool Bare(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            var p = c[i];
            if (p.Kind is PieceKind.Free or PieceKind.Known or PieceKind.Amount || IsActivity(p) || p.Is(TagKind.Stage) || p.Is(TagKind.CreateDeal) || p.Is(TagKind.TaskHead))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsActivity(Piece p) => p.Kind == PieceKind.Word && (p.Is(TagKind.Activity) || p.Is(TagKind.VagueActivity) || p.Is(TagKind.Send));

    private static bool HasWriteVerb(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Word && (c[i].Get(TagKind.Activity) is { Form: WordForm.Past } || c[i].Get(TagKind.Send) is { Form: WordForm.Past } || c[i].Is(TagKind.CreateDeal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(Clause c)
    {
        var target = -1;
        for (var i = c.From; i < c.To && target < 0; i++)
        {
            if (IsActivity(c[i]) || c[i].Is(TagKind.Stage) || c[i].Is(TagKind.CreateDeal) || c[i].Is(TagKind.TaskVerb))
            {
                target = i;
            }
        }

        return target >= 0 && c.Find(TagKind.Negation, c.From, target + 1) >= 0;
    }

    private static bool IsPlan(Clause c)
    {
        if (c.StartsWith(TagKind.PlanHead))
        {
            return true;
        }

        // "dzisiaj: A, B, C" / "сегодня: ...": today's date as a header.
        return c.Start < c.To && c[c.Start] is { Kind: PieceKind.Date, Date: { Shape: DateShape.Relative, Days: 0 } } && c.IsPunct(c.Start + 1, ':');
    }

    /// <summary>A stage the clause moves a deal to: a won or lost word, or a stage after its preposition, an arrow or a move verb.</summary>
    private static int StageAt(Clause c)
    {
        var moveVerb = c.Has(TagKind.MoveVerb);
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind != PieceKind.Word || c[i].Get(TagKind.Stage) is not { } stage)
            {
                continue;
            }

            if (((DealStage)stage.Value).IsClosed() && !c[i].Is(TagKind.StagePrep))
            {
                return i;
            }

            var before = i - 1;
            while (before >= c.From && c[before].Is(TagKind.StageNoun))
            {
                before--;
            }

            if (before >= c.From && (c[before].Is(TagKind.StagePrep) || c.IsPunct(before, '-') || c[before].Kind == PieceKind.Punct && c.Message.Tokens[c[before].First].Key == "->" || c.IsPunct(before, ':')))
            {
                return i;
            }

            if (moveVerb)
            {
                return i;
            }
        }

        return -1;
    }

    // --- readers ---

    private static ParsedCommand Complete(Clause c)
    {
        var title = c.Text(c.Start + 1, c.To);
        return new ParsedCommand(Intent.CompleteTask, title is null ? Unsure : Sure) { Title = title, Confirm = title is null };
    }

    private static ParsedCommand Plan(Clause c)
    {
        var i = c.Start + 1;
        while (i < c.To && (c.IsPunct(i, ':') || c[i].Kind == PieceKind.Date || c[i].Is(TagKind.PlanHead)))
        {
            i++;
        }

        var items = new List<string>();
        var runStart = -1;
        void Flush(int end)
        {
            if (runStart >= 0 && c.Text(runStart, end) is { } item)
            {
                items.Add(item);
            }

            runStart = -1;
        }

        for (; i < c.To; i++)
        {
            var p = c[i];
            var marker = p.Kind == PieceKind.Number && (c.IsPunct(i + 1, ')') || c.IsPunct(i + 1, '.')) && (runStart < 0 || i == c.From || c[i - 1].Kind != PieceKind.Number);
            var separator = p.Kind == PieceKind.Punct && (c.IsPunct(i, ',') || c.IsPunct(i, ';') || c.IsPunct(i, '\n') || c.IsPunct(i, '-') || c.IsPunct(i, ')') || c.IsPunct(i, '.'));
            if (marker || separator)
            {
                Flush(i);
                if (marker)
                {
                    i++;
                }

                continue;
            }

            if (runStart < 0)
            {
                runStart = i;
            }
        }

        Flush(c.To);
        return items.Count == 0
            ? new ParsedCommand(Intent.SetPlan, Unsure) { Confirm = true, Date = c.Message.Today }
            : new ParsedCommand(Intent.SetPlan, Sure) { Items = items, Date = c.DateOf(c.FirstDate(), DateSense.Future) ?? c.Message.Today };
    }

    private static ParsedCommand Task(Clause c)
    {
        var head = c.Find(TagKind.TaskHead);
        var date = c.FirstDate(head);
        var title = c.Text(head + 1, c.To, skipDates: true);
        return new ParsedCommand(Intent.AddTask, title is null ? Unsure : Sure)
        {
            Title = title,
            Date = c.DateOf(date, DateSense.Future),
            Time = c.Time(),
            Confirm = title is null,
        };
    }

    private static ParsedCommand DatedTask(Clause c)
    {
        var title = c.Text(c.From, c.To, skipDates: true);
        return new ParsedCommand(Intent.AddTask, Sure) { Title = title, Date = c.DateOf(c.FirstDate(), DateSense.Future), Time = c.Time() };
    }

    private static string? Scope(Clause c)
    {
        if (c.Has(TagKind.Team))
        {
            return "team";
        }

        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Known && c[i].Known[0].Kind == LexiconKind.Member)
            {
                return c[i].Known[0].Name;
            }
        }

        if (c.NameAt(c.From) is { } name && c.PersonOf(name) is { } person)
        {
            return person;
        }

        return "me";
    }

    private static ParsedCommand Pipeline(Clause c) => new(Intent.ShowPipeline, Sure) { Scope = Scope(c) };

    private static string? Week(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Date && DateResolver.Week(c[i].Date, c.Message.Today) is { } week)
            {
                return week;
            }
        }

        return null;
    }

    private static ParsedCommand Kpi(Clause c) => new(Intent.KpiDigest, Sure) { Scope = Scope(c), Week = Week(c) };

    private static ParsedCommand? KpiPerson(Clause c)
    {
        var at = c.Find(TagKind.KpiPerson);
        if (c.NameAt(at + 1) is { } name)
        {
            return c.PersonOf(name) is { } person
                ? new ParsedCommand(Intent.KpiDigest, Sure) { Scope = person, Week = Week(c) }
                : new ParsedCommand(Intent.ShowAccount, Sure) { Account = c.AccountOf(name) };
        }

        return Week(c) is { } week ? new ParsedCommand(Intent.KpiDigest, Sure) { Scope = Scope(c), Week = week } : null;
    }

    private static ParsedCommand? Account(Clause c, int at)
    {
        if (c.NameAt(at + 1, members: false) is not { } name)
        {
            return null;
        }

        return new ParsedCommand(Intent.ShowAccount, name.Lowercase ? Unsure : Sure) { Account = c.AccountOf(name) };
    }

    private static ParsedCommand CreateDeal(Clause c)
    {
        var head = c.Find(TagKind.CreateDeal);
        var amount = c.Amount();
        var datePiece = c.FirstDate(head);
        var run = c.DealRun(head + 1, c.To);
        DealStage? stage = c[head].Get(TagKind.CreateDeal)!.Value.Value == 1 ? DealStage.Lead : null;
        var stageAt = StageAt(c);
        if (stageAt >= 0)
        {
            stage = (DealStage)c[stageAt].Get(TagKind.Stage)!.Value.Value;
        }

        var date = datePiece is null ? null : c.DateOf(datePiece, DateSense.Future);
        if (run is null)
        {
            return new ParsedCommand(Intent.CreateDeal, 0.45) { Amount = amount?.Amount, Currency = amount?.Currency, Date = date, Stage = stage, Confirm = true };
        }

        return new ParsedCommand(Intent.CreateDeal, Sure)
        {
            Deal = c.DealName(run.Value),
            Amount = amount?.Amount,
            Currency = amount?.Currency,
            Date = date,
            Stage = stage,
        };
    }

    private static ParsedCommand? Move(Clause c)
    {
        var s = StageAt(c);
        var stage = (DealStage)c[s].Get(TagKind.Stage)!.Value.Value;
        var start = s;
        while (start - 1 >= c.From && (c[start - 1].Is(TagKind.StageNoun) || c[start - 1].Is(TagKind.StagePrep) || c[start - 1].Kind == PieceKind.Punct))
        {
            start--;
        }

        var run = c.DealRun(c.From, start, backwards: true) ?? c.DealRun(s + 1, c.To);
        if (run is null)
        {
            return null;
        }

        string? notes = null;
        var reason = c.Find(TagKind.LostReason);
        if (reason >= 0)
        {
            notes = c.Text(reason, c.To);
        }
        else if (c.Find(TagKind.Stage, Math.Max(run.Value.Last, s) + 1) < 0 && Math.Max(run.Value.Last, s) + 1 < c.To)
        {
            notes = c.Text(Math.Max(run.Value.Last, s) + 1, c.To);
        }

        var amount = c.Amount();
        return new ParsedCommand(Intent.MoveDeal, Sure)
        {
            Deal = c.DealName(run.Value),
            Stage = stage,
            Amount = amount?.Amount,
            Currency = amount?.Currency,
            Notes = notes,
        };
    }

    private static ParsedCommand? Update(Clause c)
    {
        var marker = Math.Max(c.Find(TagKind.AmountMarker), c.Find(TagKind.CloseDateMarker));
        var first = Math.Min(c.Find(TagKind.AmountMarker) is var a and >= 0 ? a : int.MaxValue, c.Find(TagKind.CloseDateMarker) is var d and >= 0 ? d : int.MaxValue);
        var run = c.DealRun(c.From, first, backwards: true) ?? c.DealRun(marker + 1, c.To);
        var amount = c.Has(TagKind.AmountMarker) ? c.Amount() : null;
        var date = c.Has(TagKind.CloseDateMarker) ? c.DateOf(c.FirstDate(), DateSense.Future) : null;
        if (run is null || (amount is null && date is null))
        {
            return null;
        }

        return new ParsedCommand(Intent.UpdateDeal, Sure) { Deal = c.DealName(run.Value), Amount = amount?.Amount, Currency = amount?.Currency, Date = date };
    }

    private static ParsedCommand? Activity(Clause c)
    {
        var at = -1;
        for (var i = c.Start; i < c.To && at < 0; i++)
        {
            if (IsActivity(c[i]) || c[i].Is(TagKind.NoteHead))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var word = c[at];
        var (type, form) = TypeOf(c, at);
        var datePiece = c.FirstDate(monthsToo: false);
        var ahead = c.Has(TagKind.Future) || form is WordForm.Infinitive or WordForm.Future || (datePiece is not null && Clause.LooksAhead(datePiece.Date));
        if (ahead)
        {
            // A future verb, marker or date: something to do, never a past activity.
            if (form == WordForm.Past)
            {
                return null;
            }

            var title = c.Text(c.Start, c.To, skipDates: true);
            var due = c.DateOf(datePiece, DateSense.Future);
            return new ParsedCommand(Intent.AddTask, due is null ? 0.7 : Sure) { Title = title, Date = due, Time = c.Time() };
        }

        var partyStart = at + 1;
        if (word.Is(TagKind.NoteHead) && c.IsPunct(partyStart, ':'))
        {
            partyStart++;
        }

        var name = NextParty(c, partyStart) ?? NextParty(c, c.From, at);
        Party party = default;
        var notesFrom = partyStart;
        if (name is not null)
        {
            var company = CompanyAfter(c, name);
            party = c.PartyOf(name, company);
            notesFrom = (company ?? name).LastPiece + 1;
        }

        if (type == ActivityType.Note)
        {
            notesFrom = partyStart;
        }

        var colleagues = c.Colleagues();
        var date = c.DateOf(datePiece, DateSense.Past) ?? c.Message.Today;
        var notes = c.Text(notesFrom, c.To, skipDates: type != ActivityType.Note);
        if (notes is not null && c.Find(TagKind.NotesMarker, notesFrom) == notesFrom)
        {
            notes = c.Text(notesFrom + 1, c.To, skipDates: true) ?? notes;
        }

        var known = party.Account is not null || party.Contact is not null || party.Deal is not null;
        var unsure = party.Unsure || (!known && type != ActivityType.Note && colleagues.Count == 0);
        return new ParsedCommand(Intent.LogActivity, unsure ? Unsure : Sure)
        {
            Activity = type,
            Account = party.Account,
            Contact = party.Contact,
            Deal = party.Deal,
            Date = date,
            Time = c.Time(),
            Notes = notes,
            Colleagues = colleagues.Count > 0 ? colleagues : null,
            Confirm = unsure,
        };
    }

    /// <summary>The first name after <paramref name="from"/> that is not a colleague (colleagues are read separately).</summary>
    private static NameSpan? NextParty(Clause c, int from, int to = -1) => c.NameAt(from, to, members: false);

    /// <summary>"Anna Nowak z Acme", "Анна из Ромашки": the company after a person's affiliation word.</summary>
    private static NameSpan? CompanyAfter(Clause c, NameSpan name)
    {
        var next = name.LastPiece + 1;
        if (next < c.To && c[next].Is(TagKind.Affiliation) && c.NameAt(next + 1, next + 2 + 3, members: false) is { } company && company.FirstPiece == next + 1)
        {
            return company;
        }

        return null;
    }

    /// <summary>The activity and its tense: a vague verb takes its modifier's type; a send verb the type of what was sent.</summary>
    private static (ActivityType Type, WordForm Form) TypeOf(Clause c, int at)
    {
        var word = c[at];
        if (word.Is(TagKind.NoteHead) && !IsActivity(word))
        {
            return (ActivityType.Note, WordForm.Noun);
        }

        var main = word.Get(TagKind.Activity) ?? word.Get(TagKind.VagueActivity) ?? word.Get(TagKind.Send)!.Value;
        var type = (ActivityType)main.Value;
        var form = main.Form;
        var modifier = c.Find(TagKind.ActivityModifier);
        if (modifier >= 0 && (word.Is(TagKind.VagueActivity) || word.Is(TagKind.Send)))
        {
            type = (ActivityType)c[modifier].Get(TagKind.ActivityModifier)!.Value.Value;
        }
        else if (word.Is(TagKind.Send) && !word.Is(TagKind.Activity))
        {
            for (var i = at + 1; i < Math.Min(c.To, at + 4); i++)
            {
                if (c[i].Get(TagKind.Activity) is { } sent)
                {
                    type = (ActivityType)sent.Value;
                    break;
                }
            }
        }

        return (type, form);
    }
}

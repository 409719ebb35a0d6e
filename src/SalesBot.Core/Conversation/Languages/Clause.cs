namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// One fact of a message: a stretch of its pieces, with the queries the intent table asks of it
/// (which tags it has and where) and the slot readers (names in base form, dates, text between tags).
/// </summary>
internal sealed class Clause
{
    public Clause(Message message, int from, int to, bool question)
    {
        Message = message;
        From = from;
        To = to;
        Question = question;
    }

    public Message Message { get; }
    /// <summary>The first piece and one past the last.</summary>
    public int From { get; }
    public int To { get; }
    /// <summary>It ended with a question mark.</summary>
    public bool Question { get; }

    public Piece this[int i] => Message.Pieces[i];

    private List<Token> Tokens => Message.Tokens;

    private LanguagePack Pack => Message.Pack;

    /// <summary>The first piece that is not punctuation, or <see cref="To"/>.</summary>
    public int Start
    {
        get
        {
            var i = From;
            while (i < To && (this[i].Kind == PieceKind.Punct || this[i].Is(TagKind.Conjunction) || this[i].Is(TagKind.Thanks)))
            {
                i++;
            }

            return i;
        }
    }

    public bool Has(TagKind kind) => Find(kind) >= 0;

    public int Find(TagKind kind, int from = -1, int to = -1)
    {
        for (var i = Math.Max(from, From); i < (to < 0 ? To : Math.Min(to, To)); i++)
        {
            if (this[i].Is(kind))
            {
                return i;
            }
        }

        return -1;
    }

    public bool StartsWith(TagKind kind) => Start < To && this[Start].Is(kind);

    public int FindKind(PieceKind kind, int from = -1)
    {
        for (var i = Math.Max(from, From); i < To; i++)
        {
            if (this[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsPunct(int i, char c) => i >= From && i < To && this[i].IsPunct(Tokens, c);

    /// <summary>The original text of pieces [from, to), without edge punctuation.</summary>
    public string? Text(int from, int to, bool skipDates = false)
    {
        from = Math.Max(from, From);
        to = Math.Min(to, To);
        while (from < to && this[from].Kind == PieceKind.Punct)
        {
            from++;
        }

        while (to > from && this[to - 1].Kind == PieceKind.Punct)
        {
            to--;
        }

        if (from >= to)
        {
            return null;
        }

        if (!skipDates)
        {
            return Slice(this[from].First, this[to - 1].Last);
        }

        var parts = new List<string>();
        var runStart = -1;
        for (var i = from; i <= to; i++)
        {
            var cut = i == to || this[i].Kind is PieceKind.Date or PieceKind.Time;
            if (cut)
            {
                if (runStart >= 0)
                {
                    var last = i - 1;
                    while (last >= runStart && this[last].Kind == PieceKind.Punct)
                    {
                        last--;
                    }

                    var first = runStart;
                    while (first <= last && this[first].Kind == PieceKind.Punct)
                    {
                        first++;
                    }

                    if (first <= last)
                    {
                        parts.Add(Slice(this[first].First, this[last].Last));
                    }
                }

                runStart = -1;
            }
            else if (runStart < 0)
            {
                runStart = i;
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private string Slice(int firstToken, int lastToken) =>
        Message.Text[Tokens[firstToken].Start..Tokens[lastToken].End].Trim();

    /// <summary>The activity said before this clause ("nie udało mi się zadzwonić do X"), from its verb to the clause, or null.</summary>
    public string? Earlier()
    {
        for (var i = 0; i < From; i++)
        {
            if (this[i].Kind == PieceKind.Word && (this[i].Is(TagKind.Activity) || this[i].Is(TagKind.VagueActivity) || this[i].Is(TagKind.Send)))
            {
                return new Clause(Message, i, From, false).Text(i, From, skipDates: true);
            }
        }

        return null;
    }

    // --- names ---

    private bool StartsName(Token t, bool afterConnector, out bool lowercase)
    {
        lowercase = false;
        if (!t.IsWord || Message.Pack.Index.IsNotName(Pack.StemKey(t.Key)))
        {
            return false;
        }

        if (t.Upper || (Pack.Cyrillic && !t.Cyrillic))
        {
            return true;
        }

        lowercase = afterConnector && t.Key.Length >= 3 && !Message.Pack.Index.IsCommonNoun(Pack.StemKey(t.Key));
        return lowercase;
    }

    /// <summary>A legal form ("SA", "ООО"); a lowercase word that folds the same and is never a name ("są") is not one.</summary>
    private bool Legal(Piece p) => p.Is(TagKind.LegalForm) && (!p.Is(TagKind.NotName) || Tokens[p.First].Upper);

    /// <summary>
    /// A capitalised "plus" or currency word inside a name ("Ogrodnik Plus", "Вектор Плюс", "Piekarnia Zloty Klos"):
    /// part of it, not a second fact or an amount. A currency word needs a capitalised word after it.
    /// </summary>
    private bool WordInName(int i, int to)
    {
        var p = this[i];
        if (p.Kind != PieceKind.Word || p.First != p.Last || !Tokens[p.First].Upper || !Tokens[p.First].IsWord)
        {
            return false;
        }

        if (p.Words.All(w => w.Kind == TagKind.Conjunction))
        {
            return i + 1 >= to || this[i + 1].Kind != PieceKind.Free || !Tokens[this[i + 1].First].Upper;
        }

        return p.Words.All(w => w.Kind == TagKind.Currency) && i + 1 < to && this[i + 1].Kind == PieceKind.Free && ContinuesName(Tokens[this[i + 1].First]);
    }

    /// <summary>
    /// The word ends as an adjective before its noun does ("Камской", "Северный"): a leading row of the pack's endings,
    /// and the noun after it agrees ("Камской верфи", "Северным альянсом"; never "Автодому договор", a dative and an object).
    /// </summary>
    private bool LeadsNoun(Token t, Token? noun = null)
    {
        if (!t.IsWord || (Pack.Cyrillic && !t.Cyrillic))
        {
            return false;
        }

        var lower = t.Key;
        foreach (var ending in Pack.NameEndings)
        {
            if (!ending.Leading || lower.Length - ending.Ending.Length < 3)
            {
                continue;
            }

            // In its base form ("Северный альянс") or an accusative ("Камскую верфь") the noun may keep its own.
            if (lower.EndsWith(ending.Base, StringComparison.Ordinal) || (lower.EndsWith(ending.Ending, StringComparison.Ordinal) && (noun is not { } n || (ending.Cases & NameCase.Accusative) != 0 || Agrees(n.Key, ending.Cases))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun ends as a company's noun does in one of these cases.</summary>
    private bool Agrees(string noun, NameCase cases)
    {
        foreach (var ending in Pack.NameEndings)
        {
            if (!ending.PersonOnly && !ending.Leading && ending.Ending.Length > 0 && (ending.Cases & cases) != 0 && noun.EndsWith(ending.Ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContinuesName(Token t) =>
        t.IsWord && (t.Upper || (Pack.Cyrillic && !t.Cyrillic)) && !Message.Pack.Index.IsNotName(Pack.StemKey(t.Key));

    /// <summary>The first name in pieces [from, to): a known name, or capitalised unknown words (a Latin word in Cyrillic text counts).</summary>
    public NameSpan? NameAt(int from, int to = -1, bool members = true, bool lowercase = true)
    {
        to = to < 0 ? To : Math.Min(to, To);
        for (var i = Math.Max(from, From); i < to; i++)
        {
            var p = this[i];
            var before = i > From ? this[i - 1] : null;
            var cases = CasesAfter(before);
            if (p.Kind == PieceKind.Known)
            {
                if (!members && p.Known.All(k => k.Kind == LexiconKind.Member))
                {
                    continue;
                }

                return new NameSpan(i, i, cases, p.Known, false);
            }

            var legal = p.Kind == PieceKind.Word && Legal(p) && i + 1 < to && this[i + 1].Kind == PieceKind.Free;
            var afterConnector = before is { Kind: PieceKind.Word } && (before.Is(TagKind.Connector) || before.Is(TagKind.Affiliation) || before.Words.Any(w => w.Cases != NameCase.None));
            if ((p.Kind == PieceKind.Free && StartsName(Tokens[p.First], afterConnector && lowercase, out var lower)) || (legal && StartsName(Tokens[this[i + 1].First], false, out lower)))
            {
                var last = legal ? i + 1 : i;
                while (last + 1 < to && ((this[last + 1].Kind == PieceKind.Free && ContinuesName(Tokens[this[last + 1].First]) && !lower)
                    || (this[last + 1].Kind == PieceKind.Word && Legal(this[last + 1]))
                    || (!lower && WordInName(last + 1, to))))
                {
                    last++;
                }

                // "с Камской верфью", "в Северный альянс": a capitalised adjective takes the lowercase noun it qualifies.
                if (!lower && !legal && last == i && last + 1 < to && this[last + 1].Kind == PieceKind.Free && LeadsNoun(Tokens[p.First], Tokens[this[last + 1].First])
                    && Tokens[this[last + 1].First] is { IsWord: true, Upper: false } noun && (!Pack.Cyrillic || noun.Cyrillic)
                    && !Message.Pack.Index.IsNotName(Pack.StemKey(noun.Key)) && !Pack.VerbEndings.Any(e => noun.Key.EndsWith(e, StringComparison.Ordinal)))
                {
                    last++;
                }

                // A legal form keeps the name after it as written ("ООО Ромашка", "dla ООО Ромашка").
                return new NameSpan(i, last, legal ? NameCase.Nominative : cases, [], lower);
            }
        }

        return null;
    }

    /// <summary>
    /// The cases a name may take after this piece: its connector's, or after a past verb the object cases
    /// ("odwiedziłem Santandera"), or else the nominative and dative ("звонок Soylent", "jak poszło Markowi").
    /// </summary>
    private static NameCase CasesAfter(Piece? before)
    {
        if (before is { Kind: PieceKind.Word })
        {
            // "офис Аэрофлота", "w biurze Orlenu": a name after a company's place is its owner.
            if (before.Is(TagKind.Place))
            {
                return NameCase.Nominative | NameCase.Genitive | NameCase.Dative;
            }

            foreach (var w in before.Words)
            {
                if (w.Cases != NameCase.None)
                {
                    return w.Cases;
                }
            }

            // "офис Аэрофлота", "biuro Orlenu": a name after a common noun is its owner.
            if (before.Is(TagKind.NotName) || before.Is(TagKind.Place))
            {
                return NameCase.Nominative | NameCase.Genitive | NameCase.Dative;
            }

            if (before.Get(TagKind.Activity) is { Form: WordForm.Past } || before.Get(TagKind.Send) is { Form: WordForm.Past } || before.Get(TagKind.VagueActivity) is { Form: WordForm.Past })
            {
                return NameCase.Nominative | NameCase.Accusative | NameCase.Dative;
            }
        }

        return NameCase.Nominative | NameCase.Dative;
    }

    /// <summary>The base form of an unknown name: each word out of the case its connector governs ("Janem Kowalskim" is "Jan Kowalski").</summary>
    public string BaseForm(NameSpan name, bool person)
    {
        var words = new List<string>();
        var firstWord = true;
        var declined = false;
        var lastWord = -1;
        for (var t = this[name.FirstPiece].First; t <= this[name.LastPiece].Last; t++)
        {
            lastWord = Tokens[t].IsWord ? t : lastWord;
        }

        for (var i = name.FirstPiece; i <= name.LastPiece; i++)
        {
            for (var t = this[i].First; t <= this[i].Last; t++)
            {
                var token = Tokens[t];
                var written = Message.Text.Substring(token.Start, token.Length);
                if (!token.IsWord)
                {
                    words.Add(written);
                    continue;
                }

                // A company declines one word ("Grupy Azoty", "w CD Projekcie"): the words after it stay as written.
                // An adjective declines with its noun ("Cyfrowego Polsatu" is "Cyfrowy Polsat").
                // An adjective after the declined noun agrees with it ("Zakładów Mięsnych" is "Zakłady Mięsne").
                var nominative = Nominative(token, written, name.Cases, person, firstWord, t == lastWord, out var adjective);
                if (declined && !person && !adjective)
                {
                    nominative = written;
                }

                declined |= nominative != written && !adjective;
                words.Add(nominative);
                firstWord = false;
            }
        }

        return string.Join(' ', words);
    }

    private string Nominative(Token token, string written, NameCase cases, bool person, bool first, bool last, out bool adjective)
    {
        adjective = false;
        var apostrophe = written.IndexOfAny(['\'', '’']);
        if (apostrophe > 0)
        {
            return written[..apostrophe];
        }

        if ((token.AllUpper(Message.Text) || (Pack.Cyrillic && !token.Cyrillic)))
        {
            return written;
        }

        if (person && first && Pack.Index.FirstName(token.Key) is { } given)
        {
            return given;
        }

        // Endings are matched on the letters as written: "Żabkę" is accusative, "Acme" is not.
        var lower = written.ToLowerInvariant();
        string? chosen = null;
        var hinted = 0;
        foreach (var ending in Pack.NameEndings)
        {
            // An accusative that only drops letters is an animate one: a company's later word keeps it ("odwiedziłem Mostostal Warszawa").
            if (!person && !first && ending.Cases == NameCase.Accusative && ending.Base.Length == 0)
            {
                continue;
            }

            if (ending.Leading && (last || person))
            {
                continue;
            }

            if ((ending.Cases & cases) != 0 && (person || !ending.PersonOnly)
                && (lower.Length - ending.Ending.Length >= 3 || lower.Length - ending.Ending.Length + ending.Base.Length >= 4)
                && lower.EndsWith(ending.Ending, StringComparison.Ordinal))
            {
                var stem = written[..^ending.Ending.Length];
                var candidate = stem + (char.IsUpper(written[^1]) && written.Length > 1 && char.IsUpper(written[^2]) ? ending.Base.ToUpperInvariant() : ending.Base);
                if (chosen is null)
                {
                    chosen = candidate;
                    adjective = ending.Adjective;
                    if (person || Pack.BaseHints.Count == 0)
                    {
                        return chosen;
                    }

                    hinted = Hint(candidate);
                    continue;
                }

                // Two base forms: one said elsewhere in the message ("w Ekotermie ... Ekoterm na negocjacje") or one
                // ending in a root of a known gender wins; otherwise the table's first reading stands.
                if (!adjective && !ending.Adjective && candidate != chosen)
                {
                    var hint = SaidElsewhere(candidate, token) ? int.MaxValue : Hint(candidate);
                    if (SaidElsewhere(chosen, token))
                    {
                        return chosen;
                    }

                    if (hint > hinted)
                    {
                        chosen = candidate;
                        hinted = hint;
                    }
                }
            }
        }

        return chosen ?? written;
    }

    /// <summary>The length of the longest base hint the candidate ends with, or 0.</summary>
    private int Hint(string candidate)
    {
        var lower = candidate.ToLowerInvariant();
        var best = 0;
        foreach (var hint in Pack.BaseHints)
        {
            if (hint.Length > best && lower.Length >= hint.Length && lower.EndsWith(hint, StringComparison.Ordinal))
            {
                best = hint.Length;
            }
        }

        return best;
    }

    /// <summary>The candidate is written as another word of the message ("... Ekoterm przesuwam"): that is its base form.</summary>
    private bool SaidElsewhere(string candidate, Token token)
    {
        foreach (var other in Tokens)
        {
            if (other.IsWord && other.Start != token.Start && other.Length == candidate.Length
                && string.Compare(Message.Text, other.Start, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private string AccusativeBase(string written)
    {
        var lower = written.ToLowerInvariant();
        foreach (var ending in Pack.NameEndings)
        {
            if (!ending.PersonOnly && ending.Base.Length > 0 && (ending.Cases & NameCase.Accusative) != 0 && lower.Length - ending.Ending.Length >= 3
                && lower.EndsWith(ending.Ending, StringComparison.Ordinal))
            {
                return written[..^ending.Ending.Length] + ending.Base;
            }
        }

        return written;
    }

    /// <summary>A person when the name starts with a first name the pack knows (or the lexicon says so).</summary>
    public bool IsPerson(NameSpan name) =>
        name.Known.Count > 0
            ? name.Known[0].Kind is LexiconKind.Contact or LexiconKind.Member
            : Tokens[this[name.FirstPiece].First] is { IsWord: true } t && Pack.Index.FirstName(t.Key) is not null;

    /// <summary>Who a name is: a colleague, a contact (with the company after "z"/"из"), an account or a deal.</summary>
    public Party PartyOf(NameSpan name, NameSpan? company)
    {
        if (name.Known.Count > 0)
        {
            var entry = name.Known[0];
            var unsure = name.Known.Skip(1).Any(k => k.Name != entry.Name);
            var companyName = company is null ? null : AccountOf(company);
            return entry.Kind switch
            {
                LexiconKind.Member => new Party(companyName, null, entry.Name, null, unsure),
                LexiconKind.Contact => new Party(companyName ?? entry.Account, entry.Name, null, null, unsure),
                LexiconKind.Deal => new Party(entry.Account, null, null, entry.Name, unsure),
                _ => new Party(entry.Name, null, null, null, unsure),
            };
        }

        // Two capitalised words before "z X" are a person ("Zbyszkiem Nowakiem z X"), but before "w X" a company in a city ("Baltic Cargo w Gdańsku").
        var person = IsPerson(name) || (company is not null && !AtPlace(company) && (name.LastPiece > name.FirstPiece || SurnameShaped(name)));
        if (person)
        {
            return new Party(company is null ? null : AccountOf(company), BaseForm(name, person: true), null, null, false);
        }

        return new Party(BaseForm(name, person: false), null, null, null, false);
    }

    /// <summary>The company follows a place word ("w", "во"), not a "from" word: where, not whose.</summary>
    private bool AtPlace(NameSpan company) =>
        company.FirstPiece - 1 >= From && this[company.FirstPiece - 1].Get(TagKind.Affiliation) is { } affiliation && (affiliation.Cases & NameCase.Genitive) == 0;

    /// <summary>One word with a surname's ending ("Zielińskim", "Wiśniewską", "Петровым"): before "z X"/"из X" it is a person.</summary>
    private bool SurnameShaped(NameSpan name)
    {
        if (name.LastPiece != name.FirstPiece || this[name.FirstPiece].First != this[name.FirstPiece].Last)
        {
            return false;
        }

        var token = Tokens[this[name.FirstPiece].First];
        var lower = Message.Text.Substring(token.Start, token.Length).ToLowerInvariant();
        foreach (var ending in Pack.NameEndings)
        {
            var shaped = ending.Ending.Length >= 3 || (ending.Cases == NameCase.Nominative && ending.Ending.Length >= 2);
            if (ending.PersonOnly && shaped && ending.Base.Length >= 2 && lower.Length > ending.Ending.Length + 2 && lower.EndsWith(ending.Ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public string AccountOf(NameSpan name) =>
        name.Known.Count > 0 ? (name.Known[0].Kind == LexiconKind.Account ? name.Known[0].Name : name.Known[0].Account ?? name.Known[0].Name) : BaseForm(name, person: false);

    /// <summary>A person's name in base form for a digest's scope, or null when the name is a company.</summary>
    public string? PersonOf(NameSpan name) =>
        name.Known.Count > 0
            ? (name.Known[0].Kind == LexiconKind.Member ? name.Known[0].Name : null)
            : IsPerson(name) ? BaseForm(name, person: true) : null;

    /// <summary>
    /// A deal name: a run of unknown or known words next to the deal's tags, whatever their case
    /// ("Acme licencje", "Initech внедрение"), with a capital or a known name in it.
    /// </summary>
    public (int First, int Last)? DealRun(int from, int to, bool backwards = false)
    {
        from = Math.Max(from, From);
        to = Math.Min(to, To);
        bool Starts(Piece p) => p.Kind is PieceKind.Free or PieceKind.Known || Legal(p);
        // Inside a run a number ("flota 2027") and a capitalised pack word ("CD Projekt", "Теплица Плюс", "Złoty Kłos") are part of the name.
        bool Inside(Piece p) => Starts(p) || p.Kind == PieceKind.Number || (p.Kind == PieceKind.Word
            && ((Tokens[p.First].Upper && (p.Is(TagKind.DealNoun) || (p.First == p.Last && (p.Is(TagKind.Conjunction) || p.Is(TagKind.Currency))))) || p.Is(TagKind.Place)));
        bool Skippable(Piece p) => p.Kind == PieceKind.Punct || p.Is(TagKind.DealNoun) || p.Is(TagKind.MoveVerb) || p.Is(TagKind.Connector) || p.Is(TagKind.NotName) || p.Is(TagKind.Hedge);
        if (backwards)
        {
            var last = to - 1;
            while (last >= from && Skippable(this[last]) && !Starts(this[last]))
            {
                last--;
            }

            if (last < from || !(Starts(this[last]) || this[last].Kind == PieceKind.Number))
            {
                return null;
            }

            var first = last;
            while (first - 1 >= from && Inside(this[first - 1]))
            {
                first--;
            }

            while (first < last && !Starts(this[first]))
            {
                first++;
            }

            if (!Starts(this[first]))
            {
                return null;
            }

            return Named(first, last) ? (first, last) : null;
        }

        var start = from;
        while (start < to && Skippable(this[start]) && !Starts(this[start]))
        {
            start++;
        }

        if (start >= to || !Starts(this[start]))
        {
            return null;
        }

        var end = start;
        while (end + 1 < to && Inside(this[end + 1]))
        {
            end++;
        }

        return Named(start, end) ? (start, end) : null;
    }

    private bool Named(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var t = Tokens[this[i].First];
            if (this[i].Kind == PieceKind.Known || (t.IsWord && !Pack.Index.IsNotName(Pack.StemKey(t.Key))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The run holds a capital, a Latin word in Cyrillic text or a known name: surely a name, not a common word.</summary>
    public bool Capitalised((int First, int Last) run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            var t = Tokens[this[i].First];
            if (this[i].Kind == PieceKind.Known || t.Upper || (Pack.Cyrillic && t.IsWord && !t.Cyrillic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A deal as referred to: the lexicon's deal or account name when the run is one known name, else as written.</summary>
    /// <summary>
    /// The case a deal's first word is in: after a connector its case ("z Maspeksem", "с Яндексом", "dla Orlenu"),
    /// after the verb that moves it the accusative ("cofnij Grupę Azoty"); else as written.
    /// </summary>
    public NameCase CaseBefore(int first)
    {
        if (first - 1 < From || this[first - 1].Kind != PieceKind.Word)
        {
            return NameCase.None;
        }

        var before = this[first - 1];
        // "wartość Agrobudu", "datę zamknięcia Intermedu": a marker that governs a case declines the name after it too.
        if (before.Is(TagKind.Connector) || before.Words.Any(w => w.Cases != NameCase.None && w.Kind is TagKind.AmountMarker or TagKind.CloseDateMarker or TagKind.StageNoun))
        {
            return CasesAfter(before);
        }

        // "wygraliśmy Szklarnię Kwiatex", "проиграли Теплицу Плюс": a won or lost verb takes the accusative too.
        return before.Is(TagKind.MoveVerb) || before.Is(TagKind.Undo) || before.Get(TagKind.Stage) is { } stage && Crm.DealStageExtensions.IsClosed((Crm.DealStage)stage.Value)
            ? NameCase.Accusative
            : NameCase.None;
    }

    public string DealName((int First, int Last) run, NameCase declined = NameCase.None)
    {
        if (declined != NameCase.None && this[run.First].Kind == PieceKind.Free)
        {
            // Only the first word of a company declines ("Grupę Azoty" is "Grupa Azoty"); an ending that only drops
            // letters is not trusted after a verb ("przesuń Enea serwis" keeps "Enea").
            var token = Tokens[this[run.First].First];
            var written = Message.Text.Substring(token.Start, token.Length);
            // "с Камской верфью": an adjective declines with the noun after it.
            var words = run.Last > run.First && this[run.First + 1].Kind == PieceKind.Free && LeadsNoun(token) ? 2 : 1;
            var head = declined == NameCase.Accusative && words == 1 ? AccusativeBase(written) : BaseForm(new NameSpan(run.First, run.First + words - 1, declined, [], false), person: false);
            return run.Last > run.First + words - 1 ? head + " " + Text(run.First + words, run.Last + 1) : head;
        }

        if (run.First == run.Last && this[run.First].Kind == PieceKind.Known)
        {
            var entry = this[run.First].Known[0];
            return entry.Kind == LexiconKind.Deal || entry.Kind == LexiconKind.Account ? entry.Name : entry.Account ?? entry.Name;
        }

        return Text(run.First, run.Last + 1)!;
    }

    /// <summary>Lexicon members named anywhere in the clause: colleagues who took part.</summary>
    public List<string> Colleagues()
    {
        var names = new List<string>();
        for (var i = From; i < To; i++)
        {
            if (this[i].Kind == PieceKind.Known && this[i].Known[0].Kind == LexiconKind.Member && !names.Contains(this[i].Known[0].Name))
            {
                names.Add(this[i].Known[0].Name);
            }
        }

        return names;
    }

    // --- dates ---

    /// <summary>The first date piece, optionally only after piece <paramref name="from"/>.</summary>
    public Piece? FirstDate(int from = -1, bool monthsToo = false)
    {
        for (var i = Math.Max(from, From); i < To; i++)
        {
            if (this[i].Kind == PieceKind.Date && (monthsToo || this[i].Date.Shape != DateShape.Month))
            {
                return this[i];
            }
        }

        return null;
    }

    public DateOnly? DateOf(Piece? piece, DateSense sense) => piece is null ? null : DateResolver.Resolve(piece.Date, Message.Today, sense);

    /// <summary>The date says "ahead" whatever the verb ("jutro", "za tydzień", "w przyszły piątek", "do końca miesiąca").</summary>
    public static bool LooksAhead(DateSpec d) => d.Shape switch
    {
        DateShape.Relative => d.Days > 0,
        DateShape.Weekday or DateShape.Period => d.Relation == DateRelation.Next,
        DateShape.EndOf => true,
        _ => false,
    };

    /// <summary>
    /// A day of a month with no year whose past reading lies three seasons back ("7 декабря" said on 18 November):
    /// the rep means the coming one, so what it dates lies ahead.
    /// </summary>
    public bool ComingMonthDay(Piece piece) =>
        piece.Date is { Shape: DateShape.MonthDay, Year: 0 } && DateOf(piece, DateSense.Past) is { } past && past < Message.Today.AddDays(-270);

    public TimeOnly? Time()
    {
        var i = FindKind(PieceKind.Time);
        return i < 0 ? null : this[i].Time;
    }

    public Piece? Amount()
    {
        var i = FindKind(PieceKind.Amount);
        return i < 0 ? null : this[i];
    }
}

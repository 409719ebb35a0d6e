using System.Globalization;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Tags a message's tokens: the team's names first (longest match, by stem, so any case finds them), then the
/// pack's phrases (longest first), then everything else as numbers, punctuation or unknown words. A second pass
/// joins tags into dates ("w zeszły piątek", "через 2 недели", "15 grudnia"), times and amounts
/// ("1,2 mln zł", "30 000 PLN", "40 тыс. евро").
/// </summary>
internal static class Tagger
{
    public static List<Piece> Tag(List<Token> tokens, LanguagePack pack, LexiconIndex? lexicon)
    {
        var raw = new List<Piece>(tokens.Count);
        string[]? stems = null;
        if (lexicon is { IsEmpty: false })
        {
            stems = new string[tokens.Count];
            for (var s = 0; s < tokens.Count; s++)
            {
                stems[s] = tokens[s].IsWord ? pack.StemKey(tokens[s].Key) : tokens[s].Key;
            }
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            var phrase = t.Kind is TokenKind.Word or TokenKind.Symbol ? pack.Index.Longest(tokens, i) : null;

            if (stems is not null && t.IsWord && lexicon!.Longest(tokens, stems, i) is { } hits)
            {
                var length = hits[0].Stems.Length;
                var packWins = phrase is not null && (phrase.Keys.Length > length || (length == 1 && !t.Upper));
                if (!packWins)
                {
                    raw.Add(new Piece(PieceKind.Known, i, i + length - 1) { Known = hits });
                    i += length;
                    continue;
                }
            }

            if (phrase is null && t.IsWord && !t.Upper)
            {
                phrase = pack.Index.Typo(t.Key);
            }

            if (phrase is not null && SurnameAfterFirstName(tokens, i, phrase, pack))
            {
                // "Piotr Lis", "Anna Maj": a capitalised date word right after a first name is her surname.
                phrase = null;
            }

            if (phrase is not null)
            {
                raw.Add(new Piece(PieceKind.Word, i, i + phrase.Keys.Length - 1) { Words = phrase.Words });
                i += phrase.Keys.Length;
                continue;
            }

            var kind = t.Kind switch
            {
                TokenKind.Number => PieceKind.Number,
                TokenKind.Punct => PieceKind.Punct,
                TokenKind.Symbol => PieceKind.Symbol,
                _ => PieceKind.Free,
            };
            raw.Add(new Piece(kind, i, i));
            i++;
        }

        return Combine(raw, tokens, pack);
    }

    private static bool SurnameAfterFirstName(List<Token> tokens, int i, PhraseIndex.Entry phrase, LanguagePack pack) =>
        i > 0 && phrase.Keys.Length == 1 && tokens[i].Upper && tokens[i - 1] is { IsWord: true, Upper: true } before
            && pack.Index.FirstName(before.Key) is not null
            && phrase.Words.All(w => w.Kind is TagKind.Month or TagKind.Weekday or TagKind.Unit or TagKind.NumberWord);

    private static List<Piece> Combine(List<Piece> raw, List<Token> tokens, LanguagePack pack)
    {
        var pieces = new List<Piece>(raw.Count);
        var j = 0;
        while (j < raw.Count)
        {
            var made = ReadDate(raw, j, tokens, out var used) ?? ReadTime(raw, j, tokens, pack, out used) ?? ReadAmount(raw, j, tokens, out used);
            if (made is not null)
            {
                pieces.Add(made);
                j += used;
            }
            else
            {
                pieces.Add(raw[j]);
                j++;
            }
        }

        return pieces;
    }

    private static Piece? ReadDate(List<Piece> p, int j, List<Token> tokens, out int used)
    {
        used = 0;
        var at = j;
        // "za tydzień 44", "за 45-ю неделю": "za"/"за" before a week's number is "for", not "in".
        if (At(p, at) is { Kind: PieceKind.Word } forWord && forWord.Is(TagKind.In) && ReadCore(p, at + 1, tokens, out var weekUsed) is { Shape: DateShape.WeekNumber } week)
        {
            used = 1 + weekUsed;
            return new Piece(PieceKind.Date, p[j].First, p[j + used - 1].Last) { Date = week };
        }

        if (At(p, at) is { Kind: PieceKind.Word } lead && lead.Is(TagKind.In) && ReadIn(p, at + 1, tokens, out var inUsed) is { } ahead)
        {
            used = 1 + inUsed;
            return new Piece(PieceKind.Date, p[j].First, p[j + used - 1].Last) { Date = ahead };
        }

        var prep = At(p, at) is { Kind: PieceKind.Word } w && (w.Is(TagKind.DatePrep) || w.Is(TagKind.By)) ? 1 : 0;
        // "termin za tydzień", "срок через неделю": a due-date word before "in N days" belongs to the date.
        if (prep == 1 && At(p, at + 1) is { Kind: PieceKind.Word } inWord && inWord.Is(TagKind.In) && ReadIn(p, at + 2, tokens, out var dueUsed) is { } due)
        {
            used = 2 + dueUsed;
            return new Piece(PieceKind.Date, p[j].First, p[j + used - 1].Last) { Date = due };
        }

        var core = ReadCore(p, at + prep, tokens, out var coreUsed);
        if (core is null && prep == 1)
        {
            prep = 0;
            core = ReadCore(p, at, tokens, out coreUsed);
        }

        if (core is null)
        {
            return null;
        }

        used = prep + coreUsed;
        return new Piece(PieceKind.Date, p[j].First, p[j + used - 1].Last) { Date = core.Value };
    }

    private static DateSpec? ReadCore(List<Piece> p, int at, List<Token> tokens, out int used)
    {
        used = 0;
        var x = At(p, at);
        if (x is null)
        {
            return null;
        }

        if (x.Kind == PieceKind.Word)
        {
            if (x.Get(TagKind.RelativeDay) is { } rel)
            {
                used = 1;
                return new DateSpec(DateShape.Relative, Days: rel.Value);
            }

            var relation = x.Is(TagKind.Last) ? DateRelation.Last : x.Is(TagKind.Next) ? DateRelation.Next : x.Is(TagKind.This) ? DateRelation.This : DateRelation.None;
            if (relation != DateRelation.None && At(p, at + 1) is { Kind: PieceKind.Word } y)
            {
                if (y.Get(TagKind.Weekday) is { } wd)
                {
                    used = 2;
                    return new DateSpec(DateShape.Weekday, Weekday: (DayOfWeek)wd.Value, Relation: relation);
                }

                if (y.Get(TagKind.Unit) is { } unit)
                {
                    used = 2;
                    return new DateSpec(DateShape.Period, Unit: unit.Value, Relation: relation);
                }
            }

            if (x.Get(TagKind.Weekday) is { } day)
            {
                used = 1;
                return new DateSpec(DateShape.Weekday, Weekday: (DayOfWeek)day.Value);
            }

            if (QuarterAt(p, at, tokens, out var quarterUsed) is { } quarter)
            {
                used = quarterUsed;
                return quarter;
            }

            // "do końca I kwartału", "до конца первого квартала": the end of a named quarter is that quarter's last day.
            if (x.Is(TagKind.EndOf) && QuarterAt(p, at + 1, tokens, out var endUsed) is { } endOfQuarter)
            {
                used = 1 + endUsed;
                return endOfQuarter;
            }

            if (x.Is(TagKind.EndOf) && At(p, at + 1) is { Kind: PieceKind.Word } end)
            {
                if (end.Get(TagKind.Month) is { } m)
                {
                    used = 2;
                    return new DateSpec(DateShape.EndOf, Month: m.Value);
                }

                if (end.Get(TagKind.Unit) is { } u)
                {
                    used = 2;
                    return new DateSpec(DateShape.EndOf, Unit: u.Value);
                }
            }

            if (x.Get(TagKind.Month) is { } month && !x.Is(TagKind.Unit))
            {
                used = 1;
                return new DateSpec(DateShape.Month, Month: month.Value);
            }

            if (Count(x) is { } n && At(p, at + 1) is { Kind: PieceKind.Word } unitAfterWord && unitAfterWord.Get(TagKind.Unit) is { } u2
                && At(p, at + 2) is { Kind: PieceKind.Word } agoW && agoW.Is(TagKind.Ago))
            {
                used = 3;
                return Shift(-n, u2.Value);
            }

            if (x.Get(TagKind.Unit) is { } u3 && At(p, at + 1) is { Kind: PieceKind.Word } ago && ago.Is(TagKind.Ago))
            {
                used = 2;
                return Shift(-1, u3.Value);
            }

            // "tydzień 44", "неделя 45", "tydzień nr 39", "неделя № 40": the week noun, then its number, with nothing of money or a month after it.
            var numberAt = At(p, at + 1) is { Kind: PieceKind.Word } sign && sign.Is(TagKind.NumberSign) ? at + 2 : at + 1;
            if (x.Is(TagKind.WeekWord) && At(p, numberAt) is { Kind: PieceKind.Number } number && int.TryParse(tokens[number.First].Key, out var week) && week is >= 1 and <= 53
                && !(At(p, numberAt + 1) is { Kind: PieceKind.Word } money && (money.Is(TagKind.Multiplier) || money.Is(TagKind.Currency) || money.Is(TagKind.Month) || money.Is(TagKind.Unit))))
            {
                used = numberAt - at + 1;
                return new DateSpec(DateShape.WeekNumber, Day: week);
            }

            return null;
        }

        if (x.Kind == PieceKind.Number && QuarterAt(p, at, tokens, out var numberedQuarterUsed) is { } numberedQuarter)
        {
            used = numberedQuarterUsed;
            return numberedQuarter;
        }

        if (x.Kind == PieceKind.Number && WeekNumberFirst(p, at, tokens, out var weekUsed) is { } numbered)
        {
            used = weekUsed;
            return numbered;
        }

        if (x.Kind != PieceKind.Number)
        {
            return null;
        }

        var text = tokens[x.First].Key;
        if (At(p, at + 1) is { Kind: PieceKind.Word } next)
        {
            if (next.Get(TagKind.Month) is { } month && int.TryParse(text, out var d) && d is >= 1 and <= 31)
            {
                used = 2;
                var year = 0;
                if (At(p, at + 2) is { Kind: PieceKind.Number } yp && int.TryParse(tokens[yp.First].Key, out var y) && y is >= 2000 and <= 2100)
                {
                    year = y;
                    used = 3;
                }

                return new DateSpec(DateShape.MonthDay, Month: month.Value, Day: d, Year: year);
            }

            if (next.Get(TagKind.Unit) is { } unit && int.TryParse(text, out var count) && count is > 0 and < 400
                && At(p, at + 2) is { Kind: PieceKind.Word } ago && ago.Is(TagKind.Ago))
            {
                used = 3;
                return Shift(-count, unit.Value);
            }

            if (next.Is(TagKind.Multiplier) || next.Is(TagKind.Currency))
            {
                return null;
            }
        }

        // "15.12" or "15.12.2026": a day and a month, unless money follows.
        var parts = text.Split('.');
        if (parts.Length is 2 or 3 && int.TryParse(parts[0], out var dd) && int.TryParse(parts[1], out var mm)
            && dd is >= 1 and <= 31 && mm is >= 1 and <= 12 && parts[1].Length <= 2
            && !(At(p, at + 1) is { } after && (after.Kind == PieceKind.Symbol || after.Is(TagKind.Currency) || after.Is(TagKind.Multiplier))))
        {
            var year = parts.Length == 3 && int.TryParse(parts[2], out var yy) ? (yy < 100 ? 2000 + yy : yy) : 0;
            used = 1;
            return new DateSpec(DateShape.MonthDay, Month: mm, Day: dd, Year: year);
        }

        return null;
    }

    /// <summary>
    /// "44. tydzień", "w 44 tygodniu", "45-я неделя", "на 45-й неделе": a number, maybe with an ordinal's dot or suffix
    /// written onto it, then a week noun in an ordinal's form. Without a suffix the number is 2 or more ("1 tydzień" is a length).
    /// </summary>
    private static DateSpec? WeekNumberFirst(List<Piece> p, int at, List<Token> tokens, out int used)
    {
        used = 0;
        if (!int.TryParse(tokens[p[at].First].Key, out var week) || week is < 1 or > 53)
        {
            return null;
        }

        var written = OrdinalSuffix(p, at + 1, tokens);
        var k = at + 1 + written;
        var suffix = written > 0;

        if (At(p, k) is { Kind: PieceKind.Word } noun && noun.Is(TagKind.WeekWord) && (suffix || week >= 2) && !(At(p, k + 1) is { Kind: PieceKind.Word } ago && ago.Is(TagKind.Ago)))
        {
            used = k - at + 1;
            return new DateSpec(DateShape.WeekNumber, Day: week);
        }

        return null;
    }

    /// <summary>
    /// A quarter by its number: "Q1" alone, or an ordinal ("I", "pierwszy", "первом") or a number of 1 to 4 ("1.",
    /// "1-й", "3") before a quarter noun; a year may follow ("Q1 2027"). "2 kwartały temu" is a length, not a quarter.
    /// </summary>
    private static DateSpec? QuarterAt(List<Piece> p, int at, List<Token> tokens, out int used)
    {
        used = 0;
        var x = At(p, at);
        var q = 0;
        var k = at + 1;
        if (x is { Kind: PieceKind.Word } && x.Get(TagKind.Quarter) is { } alone)
        {
            q = alone.Value;
        }
        else
        {
            if (x is { Kind: PieceKind.Word } && x.Get(TagKind.QuarterOrdinal) is { } ordinal)
            {
                q = ordinal.Value;
            }
            else if (x is { Kind: PieceKind.Number } && int.TryParse(tokens[x.First].Key, out var n) && n is >= 1 and <= 4)
            {
                q = n;
                k += OrdinalSuffix(p, k, tokens);
            }

            if (q == 0 || At(p, k) is not { Kind: PieceKind.Word } noun || noun.Get(TagKind.Unit) is not { Value: 91 }
                || At(p, k + 1) is { Kind: PieceKind.Word } ago && ago.Is(TagKind.Ago))
            {
                return null;
            }

            k++;
        }

        var year = 0;
        if (At(p, k) is { Kind: PieceKind.Number } yp && int.TryParse(tokens[yp.First].Key, out var y) && y is >= 2000 and <= 2100)
        {
            year = y;
            k++;
        }

        used = k - at;
        return new DateSpec(DateShape.Quarter, Day: q, Year: year);
    }

    /// <summary>
    /// The pieces of an ordinal's ending written onto a number at <paramref name="k"/>: "-я"/"-й" (2), "." (1), or none (0).
    /// </summary>
    private static int OrdinalSuffix(List<Piece> p, int k, List<Token> tokens)
    {
        if (At(p, k) is { } dash && dash.IsPunct(tokens, '-') && !tokens[dash.First].SpaceBefore && At(p, k + 1) is { } end
            && tokens[end.First] is { IsWord: true, SpaceBefore: false } ending && ending.Length <= 3)
        {
            return 2;
        }

        return At(p, k) is { } dot && dot.IsPunct(tokens, '.') && !tokens[dot.First].SpaceBefore ? 1 : 0;
    }

    /// <summary>After "za"/"через": "[N] unit" ahead.</summary>
    private static DateSpec? ReadIn(List<Piece> p, int at, List<Token> tokens, out int used)
    {
        used = 0;
        var n = 1;
        var k = at;
        if (At(p, k) is { } count)
        {
            if (count.Kind == PieceKind.Number && int.TryParse(tokens[count.First].Key, out var c) && c is > 0 and < 400)
            {
                n = c;
                k++;
            }
            else if (Count(count) is { } w)
            {
                n = w;
                k++;
            }
        }

        if (At(p, k) is { Kind: PieceKind.Word } unit && unit.Get(TagKind.Unit) is { } u)
        {
            used = k - at + 1;
            return Shift(n, u.Value);
        }

        return null;
    }

    private static DateSpec Shift(int count, int unit) => new(DateShape.Relative, Days: count, Unit: unit);

    private static int? Count(Piece x) => x.Kind == PieceKind.Word && x.Get(TagKind.NumberWord) is { } nw ? nw.Value : null;

    private static Piece? ReadTime(List<Piece> p, int j, List<Token> tokens, LanguagePack pack, out int used)
    {
        used = 0;
        var prep = At(p, j) is { Kind: PieceKind.Word } w && w.Is(TagKind.TimePrep) ? 1 : 0;
        // "przypomnij mi o 16": the hour's preposition closed the phrase before it.
        var swallowed = prep == 0 && j > 0 && p[j - 1] is { Kind: PieceKind.Word } phrase && phrase.Last > phrase.First
            && pack.Index.IsSingle(tokens[phrase.Last].Key, TagKind.TimePrep);
        if (At(p, j + prep) is not { Kind: PieceKind.Number } n)
        {
            return null;
        }

        var text = tokens[n.First].Key;
        var colon = text.IndexOf(':');
        int hour, minute = 0;
        if (colon > 0)
        {
            if (!int.TryParse(text[..colon], out hour) || !int.TryParse(text[(colon + 1)..], out minute) || text.Length - colon != 3)
            {
                return null;
            }
        }
        else if ((prep == 0 && !swallowed) || !int.TryParse(text, out hour) || text.Length > 2
            || At(p, j + prep + 1) is { Kind: PieceKind.Word } after && (after.Is(TagKind.Month) || after.Is(TagKind.Multiplier) || after.Is(TagKind.Currency) || after.Is(TagKind.Unit)))
        {
            return null;
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || (swallowed && colon < 0 && hour is < 6 or > 21))
        {
            // A bare number after a swallowed preposition is an hour only within a working day ("o 3 rzeczach" is a count).
            return null;
        }

        used = prep + 1;
        return new Piece(PieceKind.Time, p[j].First, p[j + used - 1].Last) { Time = new TimeOnly(hour, minute) };
    }

    private static Piece? ReadAmount(List<Piece> p, int j, List<Token> tokens, out int used)
    {
        used = 0;
        var k = j;
        string? currency = null;
        if (CurrencyOf(At(p, k)) is { } before && At(p, k + 1) is { Kind: PieceKind.Number })
        {
            currency = before;
            k++;
        }

        // "полтора ляма", "półtora miliona zł", "pół miliona": a half said in words, always before its scale.
        if (currency is null && At(p, k) is { Kind: PieceKind.Word } half && half.Get(TagKind.Half) is { } tenths
            && At(p, k + 1) is { Kind: PieceKind.Word } scale && scale.Get(TagKind.Multiplier) is { } times)
        {
            var end = SkipDot(p, k + 2, tokens);
            var said = CurrencyOf(At(p, end));
            end = said is null ? end : SkipDot(p, end + 1, tokens);
            used = end - j;
            return new Piece(PieceKind.Amount, p[j].First, p[end - 1].Last) { Amount = tenths.Value * times.Value / 10m, Currency = said };
        }

        if (At(p, k) is not { Kind: PieceKind.Number } first || ReadNumber(tokens[first.First].Key) is not { } value)
        {
            return null;
        }

        if (At(p, k + 1) is { } close && (close.IsPunct(tokens, ')') || (close.IsPunct(tokens, '.') && k + 2 < p.Count && currency is null && !IsMoneyWord(At(p, k + 2)))))
        {
            return null;
        }

        k++;
        var digits = tokens[first.First].Key;
        while (value == decimal.Truncate(value) && digits.Length <= 3 && digits.All(char.IsDigit)
            && At(p, k) is { Kind: PieceKind.Number } group && tokens[group.First].Key is { Length: 3 } g && g.All(char.IsDigit))
        {
            value = (value * 1000) + int.Parse(g, CultureInfo.InvariantCulture);
            digits = g;
            k++;
        }

        var money = false;
        if (At(p, k) is { Kind: PieceKind.Word } mult && mult.Get(TagKind.Multiplier) is { } factor)
        {
            value *= factor.Value;
            money = true;
            k = SkipDot(p, k + 1, tokens);
        }

        if (currency is null && CurrencyOf(At(p, k)) is { } after)
        {
            currency = after;
            k = SkipDot(p, k + 1, tokens);
        }

        money |= currency is not null;
        if (!money && value < 100)
        {
            return null;
        }

        // "flota 2027": a bare year is part of a name, not an amount.
        if (!money && digits.Length == 4 && k == j + 1 && value is >= 1990 and <= 2100)
        {
            return null;
        }

        used = k - j;
        // 1,2 × 1000000 is 1200000.0 to decimal: drop the trailing scale so "1,2 mln" and "1200000" are the same number.
        value = decimal.Parse(value.ToString("0.############", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new Piece(PieceKind.Amount, p[j].First, p[k - 1].Last) { Amount = value, Currency = currency };
    }

    private static bool IsMoneyWord(Piece? x) => x is not null && (x.Kind == PieceKind.Symbol || x.Is(TagKind.Currency) || x.Is(TagKind.Multiplier));

    /// <summary>The dot of "tys." or "руб." belongs to the abbreviation, not to a sentence end.</summary>
    private static int SkipDot(List<Piece> p, int k, List<Token> tokens) =>
        At(p, k) is { } dot && dot.IsPunct(tokens, '.') && !tokens[dot.First].SpaceBefore ? k + 1 : k;

    private static string? CurrencyOf(Piece? x) => x switch
    {
        { Kind: PieceKind.Word } w when w.Get(TagKind.Currency) is { } c => c.Text,
        _ => null,
    };

    /// <summary>"1,2" and "1.5" are decimals; "30.000" and "30,000" are thousands.</summary>
    private static decimal? ReadNumber(string text)
    {
        if (text.Contains(':'))
        {
            return null;
        }

        var separators = text.Count(c => c is ',' or '.');
        if (separators == 0)
        {
            return decimal.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : null;
        }

        var last = text.LastIndexOfAny([',', '.']);
        var tail = text.Length - last - 1;
        if (separators == 1 && tail != 3)
        {
            return decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dec) ? dec : null;
        }

        var digits = text.Replace(",", "").Replace(".", "");
        return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var grouped) ? grouped : null;
    }

    private static Piece? At(List<Piece> p, int i) => i >= 0 && i < p.Count ? p[i] : null;
}

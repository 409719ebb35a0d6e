using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>An amount found in a message, its ISO currency if written or implied, and where it was.</summary>
internal readonly record struct AmountHit(decimal Amount, string? Currency, int Index, int Length);

/// <summary>
/// Reads money: "50k", "$1.2M", "30 000", "120,000", "€40K", "1.5 mln", "15k PLN", "PLN 15k", "500 zł",
/// "80,5k" (decimal comma). A bare number counts only from 100 up, so "top 3" and "2 days" are not money.
/// </summary>
internal sealed class AmountReader
{
    private readonly Vocabulary _v;
    private readonly Regex _amount;

    // How far before its first digit a match can start: a currency code, a space, a symbol and a space. The regex's
    // optional head lets it try at nearly every letter, so the scan starts no earlier than that before the next digit.
    private readonly int _reach;

    public AmountReader(Vocabulary v)
    {
        _v = v;
        var symbols = string.Concat(v.Currencies.Keys.Where(k => k.Length == 1 && !char.IsLetterOrDigit(k[0])).Select(k => Regex.Escape(k)));
        var codes = Phrases.Alt(v.Currencies.Keys.Where(k => char.IsLetter(k[0])));
        var codeKeys = v.Currencies.Keys.Where(k => char.IsLetter(k[0])).ToList();
        _reach = codeKeys.Exists(k => k.Any(char.IsWhiteSpace)) ? int.MaxValue : codeKeys.Select(k => k.Length).DefaultIfEmpty(0).Max() + 3;
        var multipliers = Phrases.Alt(v.Multipliers.Keys);
        _amount = Phrases.Build(
            $@"(?<![\w.,\-])(?:(?<code1>{codes})\s?)?(?<sym>[{symbols}])?\s?" +
            @"(?<num>\d{1,3}(?:(?<sep>[ ,\u00a0'])\d{3})(?:\k<sep>\d{3})*(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d%]|-\d|\s%)" +
            $@"(?:\s?(?<mul>{multipliers})(?![\w]))?(?:\s?(?<code2>{codes}|[{symbols}])(?![\w]))?");
    }

    /// <summary>
    /// The amount in <paramref name="text"/>: one with a currency or a multiplier ("€30k") beats a bare number,
    /// which may be part of a name ("Nordlicht GmbH 365", "Acme 360").
    /// </summary>
    public bool TryRead(string text, out AmountHit hit) => TryRead(text, bareAllowed: true, out hit);

    public bool TryRead(string text, bool bareAllowed, out AmountHit hit)
    {
        // The rules of one message ask about the same clause again and again: the last answer is kept per thread.
        if (t_last is { } last && ReferenceEquals(last.Reader, this) && last.BareAllowed == bareAllowed && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            hit = last.Hit;
            return last.Found;
        }

        var found = Read(text, bareAllowed, out hit);
        t_last = new LastRead(this, text, bareAllowed, found, hit);
        return found;
    }

    [ThreadStatic]
    private static LastRead? t_last;

    private sealed record LastRead(AmountReader Reader, string Text, bool BareAllowed, bool Found, AmountHit Hit);

    private bool Read(string text, bool bareAllowed, out AmountHit hit)
    {
        hit = default;
        if (!HasDigit(text))
        {
            return false;
        }

        AmountHit? bare = null;
        for (var m = Next(text, 0); m.Success; m = Next(text, m.Index + m.Length))
        {
            if (m.Groups["sep"].Success && m.Groups["sep"].Value == " " && m.Groups["mul"].Success)
            {
                // "Phase 3 120k" is "Phase 3" and 120k, never 3,120,000: look again after the first number.
                var again = _amount.Match(text, m.Groups["num"].Index + m.Groups["num"].Value.IndexOf(' ', StringComparison.Ordinal) + 1);
                if (again.Success && Read(again) is { } split && (split.Currency is not null || again.Groups["mul"].Success))
                {
                    hit = split;
                    return true;
                }

                continue;
            }

            if (Read(m) is not { } found)
            {
                continue;
            }

            if (found.Currency is not null || m.Groups["mul"].Success)
            {
                hit = found;
                return true;
            }

            bare ??= found;
        }

        if (bare is { } only && bareAllowed)
        {
            hit = only;
            return true;
        }

        return false;
    }

    /// <summary>The first match at or after <paramref name="at"/>, as <see cref="Match.NextMatch"/> would find it (matches are never empty).</summary>
    private Match Next(string text, int at)
    {
        var digit = at;
        while (digit < text.Length && !char.IsDigit(text[digit]))
        {
            digit++;
        }

        if (digit == text.Length)
        {
            return Match.Empty;
        }

        // Match(text, start) still sees the text before start, so the lookbehind reads as it would in a full scan.
        return _amount.Match(text, _reach == int.MaxValue ? at : Math.Max(at, digit - _reach));
    }

    private AmountHit? Read(Match m)
    {
        if (m.Groups["code1"].Success && !m.Groups["sym"].Success && m.Groups["code1"].Length < 3)
        {
            return null;
        }

        var value = ParseNumber(m.Groups["num"].Value, m.Groups["sep"].Success);
        if (value is null)
        {
            return null;
        }

        var hasMultiplier = m.Groups["mul"].Success;
        if (hasMultiplier)
        {
            value *= _v.Multipliers[m.Groups["mul"].Value.ToLowerInvariant()];
        }

        string? currency = null;
        foreach (var name in (ReadOnlySpan<string>)["sym", "code1", "code2"])
        {
            if (m.Groups[name].Success && _v.Currencies.TryGetValue(m.Groups[name].Value, out var code))
            {
                currency = code;
                break;
            }
        }

        // Small bare numbers are counts, and bare years ("2027 renewal") are names, not money.
        if (currency is null && !hasMultiplier && (value < 100 || (value is >= 1900 and <= 2100 && decimal.Truncate(value.Value) == value)))
        {
            return null;
        }

        // Dividing by 1.000... drops trailing zeros, so "1.5M" is written 1500000, not 1500000.0.
        return new AmountHit(decimal.Round(value.Value, 2) / 1.0000000000000000000000000000m, currency, m.Index, m.Length);
    }

    private static decimal? ParseNumber(string raw, bool grouped)
    {
        string digits;
        if (grouped)
        {
            digits = raw.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
                .Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            // A lone comma is a decimal comma ("1,5k"); thousands with commas are matched as grouped.
            digits = raw.Replace(',', '.');
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Every amount holds a digit; most messages have none, so the regex need not scan them.</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}

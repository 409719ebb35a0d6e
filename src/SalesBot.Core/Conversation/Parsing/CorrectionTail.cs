using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// A correction typed at the end of the message it corrects: "call w/ Acme today, sorry yesterday", "80k eur.. sorry
/// 85k", "mtg w/ Acme - no wait it was a call", "remind me thurs ..., actually make it fri". The marker ("sorry",
/// "no wait", "actually", maybe two of them: "sorry, typo,") and its link ("it was", "make it") are followed by nothing but one value: a day, an amount or
/// an activity noun. The message is read without the tail, the day said replaced by the corrected one (so it is read
/// in the sense of the message: ahead for a reminder, back for a log); an amount or an activity replaces the one read.
/// A tail that holds anything else ("..., actually it went well") is no correction and the message reads as typed.
/// </summary>
internal sealed class CorrectionTail
{
    private readonly DateReader _dates;
    private readonly AmountReader _amounts;
    private readonly PhraseFinder _gate;
    private readonly Regex _tail;
    private readonly Dictionary<string, ActivityType> _activities;
    private readonly Regex _article;
    private readonly Regex _ender;
    private readonly Regex _denial;

    public CorrectionTail(Vocabulary v, DateReader dates, AmountReader amounts)
    {
        _dates = dates;
        _amounts = amounts;
        _gate = Phrases.Find(v.InlineCorrectionMarkers);
        _tail = Phrases.Build(v.InlineCorrectionMarkers.Count == 0 ? "(?!)" :
            $@"(?:\s*[,;.!]+\s*|\s+-+\s*|\s+)(?<![\w'])(?:{Phrases.Alt(v.InlineCorrectionMarkers)})(?:\s*[,!:.]+\s*|\s+)(?:(?:{Phrases.Alt(v.InlineCorrectionMarkers)})(?:\s*[,!:.]+\s*|\s+))?(?:(?:{Phrases.Alt(v.InlineCorrectionLinks)})\s+)?(?<v>[^,;]+?)(?:[\s!.]*$|(?<rest>\s*(?:[,;]|\.\s).*)$)");
        _activities = new Dictionary<string, ActivityType>(v.ActivityPhrases, StringComparer.OrdinalIgnoreCase);
        _article = Phrases.Build($@"^(?:{Phrases.Join(v.GiveDeterminers)})\s+");
        _ender = Phrases.Build(v.InlineCorrectionEnders.Count == 0 ? "(?!)" : $@"\s+(?:{Phrases.Alt(v.InlineCorrectionEnders)})$");
        _denial = Phrases.Build(v.InlineCorrectionDenials.Count == 0 ? "(?!)" : $@"\s+(?:{Phrases.Alt(v.InlineCorrectionDenials)})\s+\S.*$");
    }

    /// <summary>The value alone: "yesterday actually" is "yesterday", "a call not a meeting" is "a call".</summary>
    private string Bare(string value) => Phrases.Clean(_denial.Replace(_ender.Replace(value, string.Empty), string.Empty));

    /// <summary>The message without its correction, and what the correction puts right; null when it has none.</summary>
    public Correction? Read(string text, DateOnly today)
    {
        if (!_gate.IsMatch(text))
        {
            return null;
        }

        var m = _tail.Match(text);
        if (!m.Success || m.Index == 0)
        {
            return null;
        }

        // "new deal X £18k, no wait £21k, closes feb 10": what follows the corrected value still belongs to the message.
        var head = text[..m.Index] + m.Groups["rest"].Value;
        var value = Bare(Phrases.Clean(m.Groups["v"].Value));
        if (value.Length == 0)
        {
            return null;
        }

        if (_dates.TryRead(value, today, DateSense.Past, out var day) && day.Index == 0 && day.Length == value.Length)
        {
            // The corrected day takes the place of the one said, or joins the message when none was.
            var fixedHead = _dates.TryRead(head, today, DateSense.Past, out var said)
                ? string.Concat(head.AsSpan(0, said.Index), value, head.AsSpan(said.Index + said.Length))
                : head + " " + value;
            return new Correction(Phrases.Clean(fixedHead), null, null, null);
        }

        if (_amounts.TryRead(value, bareAllowed: true, out var money) && money.Index == 0 && money.Length == value.Length && _amounts.TryRead(head, bareAllowed: true, out _))
        {
            return new Correction(Phrases.Clean(head), money.Amount, money.Currency, null);
        }

        var noun = _article.Replace(value, string.Empty);
        if (_activities.TryGetValue(Phrases.Key(noun), out var type) && !noun.Contains(' ', StringComparison.Ordinal))
        {
            return new Correction(Phrases.Clean(head), null, null, type);
        }

        return null;
    }
}

/// <summary>A message read without its correction tail, and the amount or activity the tail puts in place of the one read.</summary>
internal sealed record Correction(string Head, decimal? Amount, string? Currency, ActivityType? Activity)
{
    /// <summary>The command with the corrected value, when it holds a value of that kind; null when the correction fits nothing read.</summary>
    public ParsedCommand? Apply(ParsedCommand command)
    {
        if (Amount is { } amount)
        {
            return command.Amount is null ? null : command with { Amount = amount, Currency = Currency ?? command.Currency };
        }

        if (Activity is { } activity)
        {
            return command.Intent == Intent.LogActivity ? command with { Activity = activity } : null;
        }

        return command;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Team administration and answers to the bot's questions: "2" or "#2" (choose), "connect North",
/// "join K7P2QX", "invite Anna", "target meetings 8 per week", "holiday Dec 24", "away until Dec 2", "back".
/// </summary>
internal sealed class AdminRules
{
    private readonly Vocabulary _v;
    private readonly DateReader _dates;
    private readonly NameReader _names;
    private readonly Regex _choose;
    private readonly Regex _chooseWord;
    private readonly Regex _connect;
    private readonly Regex _join;
    private readonly Regex _invite;
    private readonly Regex _target;
    private readonly PhraseFinder _metric;
    private readonly Regex _number;
    private readonly Regex _period;
    private readonly AmountReader _amounts;
    private readonly Regex? _targetRep;
    private readonly Regex? _targetTeam;
    private readonly Regex _holiday;
    private readonly Regex _holidayTail;
    private readonly Regex _away;
    private readonly Regex _back;
    private readonly Regex? _disconnect;
    private readonly WordGate _gate;

    // Each pattern below opens with its heads as whole words: it runs only when one of them opens the text, which the
    // word table tells for less than the regex's alternation of every head.
    private readonly PhraseFinder _joinHeads;
    private readonly PhraseFinder _connectHeads;
    private readonly PhraseFinder _inviteHeads;
    private readonly PhraseFinder _awayHeads;
    private readonly PhraseFinder _holidayHeads;

    public AdminRules(Vocabulary v, DateReader dates, NameReader names, AmountReader amounts)
    {
        _v = v;
        _amounts = amounts;
        _dates = dates;
        _names = names;
        _choose = Phrases.Build($@"^(?:(?:{Phrases.Alt(v.ChooseHeads.Where(h => h != "#"))})\s*)?#?\s*(?<n>\d{{1,2}})\s*[.)]?$");
        _chooseWord = Phrases.Build($@"^(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?(?<w>{Phrases.Alt(v.NumberWords.Keys.Where(k => v.OrdinalSuffixes.Any(o => k.EndsWith(o, StringComparison.Ordinal))))})(?:\s+(?:{Phrases.Join(v.ChoiceNouns)}))?$");
        // The team name is optional: a bare "/connect" in a group binds it to the manager's own team.
        _connect = Phrases.Build($@"^(?:{Phrases.Words(v.ConnectHeads)})(?:\s*:?\s+(?!(?:{Phrases.Join(v.WithWords)})\b)(?<a>[\p{{L}}\d][\p{{L}}\d .&'\-]{{0,40}}))?$");
        _join = Phrases.Build($@"^(?:{Phrases.Words(v.JoinHeads)})\s*:?\s*(?<a>[A-Za-z0-9][A-Za-z0-9\-]{{2,31}})$");
        _invite = Phrases.Build($@"^(?:{Phrases.Words(v.InviteHeads)})\s*:?\s+(?<a>.+?)(?:\s+(?:{Phrases.Join(v.IntoWords)})\s+(?:(?:{Phrases.Join(v.TeamDeterminers)})\s+)?(?:{Phrases.Join(v.TeamNouns)})(?:\s+\S+)?)?(?:\s+(?:{Phrases.Join(v.RoleLeads)})\s+(?<r>{Phrases.Join(v.InviteRoles.Keys)}))?$");
        _target = Phrases.Build($@"^(?:{Phrases.Words(v.TargetHeads)}|(?:(?:{Phrases.Join(v.TargetSetVerbs)})\s+)?(?:(?:{Phrases.Join(v.TargetDeterminers)})\s+)?(?:{Phrases.Join(v.TargetPeriodWords)})\s+(?:{Phrases.Join(v.TargetNouns)}))\s*:?\s*(?<rest>.+)$");
        _metric = Phrases.Find(v.TargetMetrics.Keys);
        _number = Phrases.Build(@"(?<![\w.])(?<n>\d{1,6})(?![\w.])");
        _period = Phrases.Build($@"(?:(?:{Phrases.Join(v.PerWords)})\s*)(?<p>{Phrases.Alt(v.Periods.Keys)})(?![\w])|(?<![\w])(?<p>{Phrases.Join(v.PeriodAdverbs)})(?![\w])");
        // "for Ben" up to what the target says next: a number, a period, a metric or the end.
        _targetRep = v.TargetRepLinks.Count == 0 ? null : Phrases.Build(
            $@"(?<![\w])(?:{Phrases.Join(v.TargetRepLinks)})\s+(?!(?:{Phrases.Alt(v.TargetMetrics.Keys.Concat(v.PerWords).Concat(v.PeriodAdverbs).Concat(v.Periods.Keys))})(?![\w]))(?<who>.+?)\s*" +
            $@"(?=$|[:,;.!]|\d|(?<![\w])(?:{Phrases.Join(v.PerWords)})\s|(?<![\w])(?:{Phrases.Alt(v.PeriodAdverbs.Concat(v.TargetMetrics.Keys))})(?![\w]))");
        _targetTeam = v.TargetTeamWords.Count == 0 || v.TargetRepLinks.Count == 0 ? null
            : Phrases.Build($@"(?<![\w])(?:{Phrases.Join(v.TargetRepLinks)})\s+(?:{Phrases.Alt(v.TargetTeamWords)})(?![\w])");
        _holiday = Phrases.Build($@"^(?:{Phrases.Words(v.HolidayHeads)})\s*:?\s*(?<rest>.+)$");
        _holidayTail = Phrases.Build($@"^(?<rest>.+?)\s+(?:{Phrases.Join(v.HolidayTails)})$");
        _away = Phrases.Build($@"^(?:{Phrases.Words(v.AwayHeads)})\s*:?\s+(?:(?:{Phrases.Join(v.AwayUntilWords)})\s+)?(?<rest>.+)$");
        _gate = WordGate.FirstWords(v.ConnectHeads.Concat(v.DisconnectPhrases).Concat(v.JoinHeads).Concat(v.InviteHeads).Concat(v.TargetHeads).Concat(v.HolidayHeads)
            .Concat(v.AwayHeads).Concat(v.BackPhrases).Concat(v.ChooseHeads).Concat(v.NumberWords.Keys).Concat(v.TargetSetVerbs).Concat(v.TargetDeterminers).Concat(v.TargetPeriodWords));
        (_joinHeads, _connectHeads, _inviteHeads) = (Phrases.Find(v.JoinHeads), Phrases.Find(v.ConnectHeads), Phrases.Find(v.InviteHeads));
        (_awayHeads, _holidayHeads) = (Phrases.Find(v.AwayHeads), Phrases.Find(v.HolidayHeads));
        _back = Phrases.Build($@"^(?:{Phrases.Alt(v.BackPhrases)})[\s!.]*$");
        _disconnect = v.DisconnectPhrases.Count == 0 ? null : Phrases.Build($@"^(?:{Phrases.Alt(v.DisconnectPhrases)})[\s!.]*$");
    }

    /// <summary>Who a target is for: a rep's name as written, <see cref="Scopes.Team"/> for everyone, or null when not said.</summary>
    private string? TargetRep(string text)
    {
        if (_targetTeam?.IsMatch(text) == true)
        {
            return Scopes.Team;
        }

        var m = _targetRep?.Match(text);
        if (m is null || !m.Success)
        {
            return null;
        }

        var who = Phrases.Clean(m.Groups["who"].Value);

        var name = _names.Read(who, out var rest);
        return name is not null && rest.Length == 0 && Phrases.WordCount(name) <= 3 ? name : null;
    }

    private static Match Opened(PhraseFinder heads, Regex regex, string text) => heads.StartsText(text) ? regex.Match(text) : Match.Empty;

    public ParsedCommand? TryParse(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        if (!_gate.OpensFirst(text) && !char.IsDigit(text[0]) && text[0] != '#' && !_v.HolidayNouns.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var m = _choose.Match(text);
        if (m.Success)
        {
            return new ParsedCommand(Intent.Choose, 0.9) { Number = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) };
        }

        m = _chooseWord.Match(text);
        if (m.Success)
        {
            return new ParsedCommand(Intent.Choose, 0.8) { Number = _v.NumberWords[m.Groups["w"].Value.ToLowerInvariant()] };
        }

        if (_back.IsMatch(text))
        {
            return new ParsedCommand(Intent.SetBack, 0.9);
        }

        m = Opened(_joinHeads, _join, text);
        if (m.Success)
        {
            return new ParsedCommand(Intent.Join, 0.9) { Argument = m.Groups["a"].Value };
        }

        if (_disconnect?.IsMatch(text) == true)
        {
            return new ParsedCommand(Intent.Disconnect, 0.9);
        }

        m = Opened(_connectHeads, _connect, text);
        if (m.Success && Phrases.WordCount(Phrases.Clean(m.Groups["a"].Value)) <= 4)
        {
            return new ParsedCommand(Intent.Connect, 0.9) { Argument = m.Groups["a"].Success ? Phrases.Clean(m.Groups["a"].Value) : null };
        }

        m = Opened(_inviteHeads, _invite, text);
        if (m.Success)
        {
            var name = _names.Read(m.Groups["a"].Value, out var rest);
            if (name is not null && rest.Length == 0 && Phrases.WordCount(name) <= 3)
            {
                return new ParsedCommand(Intent.Invite, 0.9) { Argument = name, Role = m.Groups["r"].Success ? _v.InviteRoles[Phrases.Key(m.Groups["r"].Value)] : null };
            }
        }

        m = _target.Match(text);
        if (m.Success)
        {
            var rest = m.Groups["rest"].Value;
            var metric = _metric.Match(rest);
            var number = _number.Match(rest);
            // "50k", "€50,000", "1.5M": money, for a won-amount target (a count written so reads the same way).
            var amount = _amounts.TryRead(rest, out var hit) && (!number.Success || hit.Currency is not null || hit.Amount != int.Parse(number.Groups["n"].ValueSpan, CultureInfo.InvariantCulture))
                ? hit : (AmountHit?)null;
            if (metric.Success && (number.Success || amount is not null))
            {
                var period = _period.Match(text);
                return new ParsedCommand(Intent.SetTarget, 0.9)
                {
                    Argument = _v.TargetMetrics[Phrases.Key(metric.Value)],
                    Number = amount is null ? int.Parse(number.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : null,
                    Amount = amount?.Amount,
                    Currency = amount?.Currency,
                    Period = (period.Success ? _v.Periods[period.Groups["p"].Value.ToLowerInvariant()] : PeriodUnit.Week).ToWireName(),
                    Scope = TargetRep(text),
                };
            }
        }

        m = Opened(_awayHeads, _away, text);
        if (m.Success && _dates.TryRead(m.Groups["rest"].Value, today, DateSense.Future, out var until))
        {
            return new ParsedCommand(Intent.SetAway, 0.9) { Date = until.Date };
        }

        m = Opened(_holidayHeads, _holiday, text);
        if (!m.Success)
        {
            m = _holidayTail.Match(text);
        }

        if (m.Success && _dates.TryRead(m.Groups["rest"].Value, today, DateSense.Future, out var day))
        {
            return new ParsedCommand(Intent.AddHoliday, 0.9) { Date = day.Date };
        }

        return null;
    }
}

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
    private readonly Regex _holiday;
    private readonly Regex _holidayTail;
    private readonly Regex _away;
    private readonly Regex _back;
    private readonly Regex? _disconnect;
    private readonly WordGate _gate;

    public AdminRules(Vocabulary v, DateReader dates, NameReader names)
    {
        _v = v;
        _dates = dates;
        _names = names;
        _choose = Phrases.Build($@"^(?:(?:{Phrases.Alt(v.ChooseHeads.Where(h => h != "#"))})\s*)?#?\s*(?<n>\d{{1,2}})\s*[.)]?$");
        _chooseWord = Phrases.Build($@"^(?:the\s+)?(?<w>{Phrases.Alt(v.NumberWords.Keys.Where(k => k.EndsWith("st", StringComparison.Ordinal) || k.EndsWith("nd", StringComparison.Ordinal) || k.EndsWith("rd", StringComparison.Ordinal) || k.EndsWith("th", StringComparison.Ordinal)))})(?:\s+one)?$");
        // The team name is optional: a bare "/connect" in a group binds it to the manager's own team.
        _connect = Phrases.Build($@"^(?:{Phrases.Words(v.ConnectHeads)})(?:\s*:?\s+(?!with\b|w\b)(?<a>[\p{{L}}\d][\p{{L}}\d .&'\-]{{0,40}}))?$");
        _join = Phrases.Build($@"^(?:{Phrases.Words(v.JoinHeads)})\s*:?\s*(?<a>[A-Za-z0-9][A-Za-z0-9\-]{{2,31}})$");
        _invite = Phrases.Build($@"^(?:{Phrases.Words(v.InviteHeads)})\s*:?\s+(?<a>.+?)(?:\s+(?:to|into)\s+(?:the\s+|my\s+|our\s+)?(?:team|group|channel)(?:\s+\S+)?)?(?:\s+as\s+(?:a\s+)?(?<r>rep|manager|member))?$");
        _target = Phrases.Build($@"^(?:{Phrases.Words(v.TargetHeads)}|(?:set\s+)?(?:an?\s+|the\s+|our\s+|my\s+)?(?:weekly|monthly)\s+(?:target|goal|quota))\s*:?\s*(?<rest>.+)$");
        _metric = Phrases.Find(v.TargetMetrics.Keys);
        _number = Phrases.Build(@"(?<![\w.])(?<n>\d{1,6})(?![\w.])");
        _period = Phrases.Build($@"(?:(?:per|a|an|each|every|/)\s*)(?<p>{Phrases.Alt(v.Periods.Keys)})(?![\w])|(?<![\w])(?<p>weekly|monthly|daily)(?![\w])");
        _holiday = Phrases.Build($@"^(?:{Phrases.Words(v.HolidayHeads)})\s*:?\s*(?<rest>.+)$");
        _holidayTail = Phrases.Build(@"^(?<rest>.+?)\s+is\s+(?:a\s+)?(?:public\s+|bank\s+|company\s+|national\s+)?holiday$");
        _away = Phrases.Build($@"^(?:{Phrases.Words(v.AwayHeads)})\s*:?\s+(?:(?:until|till|til|through|thru|to|for|from\s+now\s+until)\s+)?(?<rest>.+)$");
        _gate = WordGate.FirstWords(v.ConnectHeads.Concat(v.DisconnectPhrases).Concat(v.JoinHeads).Concat(v.InviteHeads).Concat(v.TargetHeads).Concat(v.HolidayHeads)
            .Concat(v.AwayHeads).Concat(v.BackPhrases).Concat(v.ChooseHeads).Concat(v.NumberWords.Keys).Concat(["set", "a", "an", "the", "our", "my", "weekly", "monthly"]));
        _back = Phrases.Build($@"^(?:{Phrases.Alt(v.BackPhrases)})[\s!.]*$");
        _disconnect = v.DisconnectPhrases.Count == 0 ? null : Phrases.Build($@"^(?:{Phrases.Alt(v.DisconnectPhrases)})[\s!.]*$");
    }

    public ParsedCommand? TryParse(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        if (!_gate.OpensFirst(text) && !char.IsDigit(text[0]) && text[0] != '#' && !text.Contains("holiday", StringComparison.OrdinalIgnoreCase))
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

        m = _join.Match(text);
        if (m.Success)
        {
            return new ParsedCommand(Intent.Join, 0.9) { Argument = m.Groups["a"].Value };
        }

        if (_disconnect?.IsMatch(text) == true)
        {
            return new ParsedCommand(Intent.Disconnect, 0.9);
        }

        m = _connect.Match(text);
        if (m.Success && Phrases.WordCount(Phrases.Clean(m.Groups["a"].Value)) <= 4)
        {
            return new ParsedCommand(Intent.Connect, 0.9) { Argument = m.Groups["a"].Success ? Phrases.Clean(m.Groups["a"].Value) : null };
        }

        m = _invite.Match(text);
        if (m.Success)
        {
            var name = _names.Read(m.Groups["a"].Value, out var rest);
            if (name is not null && rest.Length == 0 && Phrases.WordCount(name) <= 3)
            {
                return new ParsedCommand(Intent.Invite, 0.9) { Argument = name, Role = m.Groups["r"].Success ? m.Groups["r"].Value.ToLowerInvariant() : null };
            }
        }

        m = _target.Match(text);
        if (m.Success)
        {
            var rest = m.Groups["rest"].Value;
            var metric = _metric.Match(rest);
            var number = _number.Match(rest);
            if (metric.Success && number.Success)
            {
                var period = _period.Match(text);
                return new ParsedCommand(Intent.SetTarget, 0.9)
                {
                    Argument = _v.TargetMetrics[Phrases.Key(metric.Value)],
                    Number = int.Parse(number.Groups["n"].ValueSpan, CultureInfo.InvariantCulture),
                    Period = period.Success ? _v.Periods[period.Groups["p"].Value.ToLowerInvariant()] : "week",
                };
            }
        }

        m = _away.Match(text);
        if (m.Success && _dates.TryRead(m.Groups["rest"].Value, today, DateSense.Future, out var until))
        {
            return new ParsedCommand(Intent.SetAway, 0.9) { Date = until.Date };
        }

        m = _holiday.Match(text);
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

using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Questions: stand-up, task list, KPI digest ("team kpis last week", "how did Anna do"), pipeline
/// ("deals in proposal", "team pipeline") and account ("what's up with Acme"). A query noun counts only
/// when the message reads as a question or request (it starts with a query word or the noun, or is short),
/// so "called Acme about their numbers" stays an activity. Scope is "me", "team" or a member's name.
/// </summary>
internal sealed class QueryRules
{
    private readonly Vocabulary _v;
    private readonly DateReader _dates;
    private readonly NameReader _names;
    private readonly OpeningRegex _leadIn;
    private readonly PhraseFinder _standup;
    private readonly PhraseFinder _taskList;
    private readonly PhraseFinder _kpi;
    private readonly Regex _howDoing;
    private readonly PhraseFinder _pipeline;
    private readonly PhraseFinder _stage;
    private readonly OpeningRegex _accountHead;
    private readonly Regex _inStage;
    private readonly Regex _accountTail;
    private readonly Regex _didWhat;
    private readonly PhraseFinder _team;
    private readonly PhraseFinder _self;
    private readonly Regex _namedScope;
    private readonly Regex _theirs;
    private readonly Regex _capitalised;
    private readonly HashSet<string> _queryWords;
    private readonly PeriodReader _periods;
    private readonly OpeningRegex _stageFilter;
    private readonly PhraseFinder _toDo;
    private readonly OpeningRegex _planAsked;
    private readonly OpeningRegex _planWho;
    private readonly Regex _accountTailWords;

    public QueryRules(Vocabulary v, DateReader dates, NameReader names)
    {
        _v = v;
        _dates = dates;
        _names = names;
        _periods = new PeriodReader(v);
        _leadIn = Phrases.Opening(v.QueryLeadIns.Concat(v.PipelineWords).Concat(v.TaskListWords).Concat(v.KpiWords).Concat(v.StandupWords), t => t.Length > 0 && char.IsUpper(t[0]), pattern: $@"^(?:{Phrases.Words(v.QueryLeadIns.Concat(v.PipelineWords).Concat(v.TaskListWords).Concat(v.KpiWords).Concat(v.StandupWords))}|(?-i:\p{{Lu}})[\w\-]*(?:{Phrases.Join(v.PossessiveSuffixes)})\s)");
        _standup = Phrases.Find(v.StandupWords);
        _taskList = Phrases.Find(v.TaskListWords);
        _kpi = Phrases.Find(v.KpiWords);
        _howDoing = Phrases.Build($@"^(?:{Phrases.Join(v.HowDoingHeads)})\s+(?<who>.+?)\s+(?:{Phrases.Join(v.HowDoingVerbs)})(?![\w])");
        _pipeline = Phrases.Find(v.PipelineWords);
        _stage = Phrases.Find(v.StagePhrases.Keys);
        _accountHead = Phrases.Opening(v.AccountQueryHeads.Concat(v.AccountAskLeads), pattern: $@"^(?:(?:{Phrases.Join(v.AccountAskLeads)})\s+(?:(?:{Phrases.Join(v.AccountAskDeterminers)})\s+)?)?(?:{Phrases.Words(v.AccountQueryHeads)})\s+(?<acc>.+?)(?:\s+(?:{Phrases.Join(v.AccountQueryNouns)}))?[\s?!.]*$");
        _inStage = Phrases.Build($@"^(?:{Phrases.Join(v.InStageOpeners)})(?:\s+(?:{Phrases.Join(v.InStageFillers)}))*\s+(?:{Phrases.Join(v.InStageLinks)})\s+(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?{Phrases.Words(v.StagePhrases.Keys)}");
        _accountTail = Phrases.Build($@"^(?<acc>(?-i:\p{{Lu}})[\w&.\- ]{{0,40}}?)\s+(?:{Phrases.Join(v.AccountStatusWords)})[\s?!.]*$");
        _didWhat = Phrases.Build($@"^(?:{Phrases.Join(v.TeamDidHeads)})\s+(?:{Phrases.Join(v.TeamDidSubjects)})\s+(?:{Phrases.Join(v.TeamDidVerbs)})(?![\w])");
        _team = Phrases.Find(v.TeamWords);
        _self = Phrases.Find(v.SelfWords);
        _theirs = Phrases.Build($@"(?<![\w'])(?:{Phrases.Alt(v.ThirdPersonPossessives.Count == 0 ? ["(?!)"] : v.ThirdPersonPossessives)})(?![\w'])");
        _capitalised = Phrases.Build(@"(?<![\w'])(?-i:\p{Lu})[\w\-]*(?![\w'])");
        _namedScope = Phrases.Build($@"(?<![\w'])(?:{Phrases.Join(v.ScopeLinks)})\s+(?<n>(?-i:\p{{Lu}}[\w\-]*(?:\s+\p{{Lu}}[\w\-]*)?))|(?<![\w'])(?<n>(?-i:\p{{Lu}}[\w\-]*))(?:{Phrases.Join(v.PossessiveSuffixes)})(?![\w])");
        var stages = Phrases.Words(v.StagePhrases.Keys);
        _stageFilter = Phrases.Opening(v.StageFilterOpeners, pattern: $@"^(?:{Phrases.Words(v.StageFilterOpeners)})(?:\s+[\w']+){{0,5}}?\s+(?:{Phrases.Join(v.InStageLinks)})\s+(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?(?:{stages})");
        _toDo = Phrases.Find(v.ToDoQueryPhrases);
        var planWords = Phrases.Words(v.PlanQueryWords);
        _planAsked = Phrases.Opening(v.PlanAskOpeners, pattern: $@"^(?:{Phrases.Join(v.PlanAskOpeners)})\b.*{planWords}");
        _planWho = Phrases.Opening(v.PlanWhoOpeners, pattern: $@"^(?:{Phrases.Join(v.PlanWhoOpeners)})(?:\s+(?:{Phrases.Join(v.PlanWhoAuxiliaries)}))?\s+(?:(?:{Phrases.Join(v.PlanWhoLinks)})\s+)?(?<who>[\w\-]+?)(?:{Phrases.Join(v.PossessiveSuffixes)})?\s+(?:{planWords})");
        _accountTailWords = Phrases.Build($@"\s*(?<![\w])(?:{Phrases.Alt(v.AccountQueryTails)})(?![\w]).*$|\s+(?:{Phrases.Alt(v.AccountQueryEnds)})[\s?!.]*$");
        _queryWords = Phrases.Set(v.QueryLeadIns.Concat(v.PipelineWords).Concat(v.KpiWords).Concat(v.TaskListWords).Concat(v.StandupWords).Concat(v.NotNames).Concat(v.QueryNotNames));
    }

    public ParsedCommand? TryParse(NormalizedMessage message, DateOnly today)
    {
        var text = message.Text;
        var words = Phrases.WordCount(text);
        var asks = _leadIn.IsMatch(text) || words <= 3 || text.EndsWith('?') || _accountHead.IsMatch(text) || _stageFilter.IsMatch(text)
            // "week 43 kpi report", "last week kpi digest": a week and a report, nothing else, ask for that report.
            || (words <= 6 && _kpi.IsMatch(text) && _dates.TryReadWeek(text, today, out _, out var at, out var length) && at == 0 && _kpi.Match(text, length) is { Success: true } report && report.Index + report.Length >= text.TrimEnd().Length);

        var how = _howDoing.Match(text);
        if (how.Success && asks)
        {
            var who = Phrases.Clean(how.Groups["who"].Value);
            var scope = ScopeOf(who, text);
            if (scope is not null || (Phrases.HasUpper(who) && !_names.IsNotName(Phrases.FirstWord(who)) && Phrases.WordCount(who) <= 2))
            {
                return Kpi(text, today, scope ?? who);
            }
        }

        if (!asks)
        {
            return null;
        }

        if (_standup.IsMatch(text) && words <= 6)
        {
            return new ParsedCommand(Intent.Standup, 0.9);
        }

        if (_kpi.IsMatch(text))
        {
            return Kpi(text, today, ScopeOf(null, text));
        }

        if (_stageFilter.IsMatch(text) && _stage.Match(text) is { Success: true } filtered)
        {
            // "everything in negotiation across the team", "what have i got in qualified".
            return new ParsedCommand(Intent.ShowPipeline, 0.85) { Scope = ScopeOf(null, text) ?? Scopes.Me, Stage = _v.StagePhrases[Phrases.Key(filtered.Value)] };
        }

        if (_planAsked.IsMatch(text) && !_pipeline.IsMatch(text))
        {
            // "what was on my plan yesterday", "what's chloe planning today".
            return new ParsedCommand(Intent.ShowPlan, 0.8) { Scope = PlanScope(text), Date = _dates.TryRead(text, today, DateSense.Future, out var day) ? day.Date : today };
        }

        if (_toDo.IsMatch(text) && !_pipeline.IsMatch(text))
        {
            // "what do i have to do tomorrow": the task list, for the day asked about.
            return new ParsedCommand(Intent.ShowTasks, 0.8) { Scope = ScopeOf(null, text) ?? Scopes.Me, Date = _dates.TryRead(text, today, DateSense.Future, out var due) ? due.Date : null };
        }

        if (_pipeline.IsMatch(text))
        {
            var stage = _stage.Match(text);
            return new ParsedCommand(Intent.ShowPipeline, 0.9)
            {
                Scope = ScopeOf(null, text) ?? Scopes.Me,
                Stage = stage.Success ? _v.StagePhrases[Phrases.Key(stage.Value)] : null,
            };
        }

        if (_taskList.IsMatch(text))
        {
            return new ParsedCommand(Intent.ShowTasks, 0.9) { Scope = ScopeOf(null, text) ?? Scopes.Me };
        }

        // "what's in negotiation?", "anything in proposal": a stage asked about is a pipeline filter.
        var asked = _stage.Match(text);
        if (asked.Success && _leadIn.IsMatch(text) && _inStage.IsMatch(text))
        {
            return new ParsedCommand(Intent.ShowPipeline, 0.8) { Scope = ScopeOf(null, text) ?? Scopes.Me, Stage = _v.StagePhrases[Phrases.Key(asked.Value)] };
        }

        if (_didWhat.IsMatch(text))
        {
            return new ParsedCommand(Intent.Standup, 0.7);
        }

        var account = _accountHead.Match(text);
        if (!account.Success)
        {
            account = _accountTail.Match(text);
        }

        if (account.Success)
        {
            // "anything I should know about Acme before my call", "remind me what stage Contoso is in".
            var name = Phrases.Clean(_accountTailWords.Replace(account.Groups["acc"].Value, string.Empty));
            name = Phrases.TrimArticle(name, _v.DefiniteArticles);

            if (name.Length > 0 && Phrases.WordCount(name) <= 5 && !_names.IsNotName(Phrases.FirstWord(name)))
            {
                return new ParsedCommand(Intent.ShowAccount, Phrases.HasUpperOrDigit(name) ? 0.85 : 0.6) { Account = name };
            }
        }

        return null;
    }

    private ParsedCommand Kpi(string text, DateOnly today, string? scope)
    {
        string? week = _dates.TryReadWeek(text, today, out var w, out _, out _) ? w : null;
        var period = _periods.Read(text, today);
        return new ParsedCommand(Intent.KpiDigest, 0.9) { Scope = scope, Week = week, From = period?.From, To = period?.To };
    }

    /// <summary>Whose plan: "my plan" is "me", "the team's" is "team", "chloe planning" is Chloe.</summary>
    private string PlanScope(string text)
    {
        var who = _planWho.Match(text);
        if (who.Success)
        {
            var word = who.Groups["who"].Value;
            if (_self.IsMatch(word))
            {
                return Scopes.Me;
            }

            if (_team.IsMatch(word))
            {
                return Scopes.Team;
            }

            if (!_queryWords.Contains(word) && !_names.IsNotName(word) && !_v.Months.ContainsKey(word) && !_v.Weekdays.ContainsKey(word))
            {
                return char.ToUpperInvariant(word[0]) + word[1..];
            }
        }

        return ScopeOf(null, text) ?? Scopes.Me;
    }

    /// <summary>A named member ("for Anna", "Anna's"), else "team", else "me"; null when the message says none.</summary>
    private string? ScopeOf(string? who, string text)
    {
        if (who is not null)
        {
            var cleaned = Phrases.Clean(who);
            if (_self.IsMatch(cleaned) && Phrases.WordCount(cleaned) == 1)
            {
                return Scopes.Me;
            }

            if (_team.IsMatch(cleaned))
            {
                return Scopes.Team;
            }

            return null;
        }

        for (var m = _namedScope.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["n"].Value;
            if (!_queryWords.Contains(name) && !_v.Months.ContainsKey(name) && !_v.Weekdays.ContainsKey(name))
            {
                return name;
            }
        }

        if (_theirs.IsMatch(text))
        {
            // "what's Chloe got in her pipeline": "her" points back at the rep named before it.
            for (var m = _capitalised.Match(text); m.Success; m = m.NextMatch())
            {
                var name = Phrases.Clean(m.Value);
                if (!_queryWords.Contains(name) && !_v.Months.ContainsKey(name) && !_v.Weekdays.ContainsKey(name) && !_team.IsMatch(name))
                {
                    return name;
                }
            }
        }

        if (_team.IsMatch(text))
        {
            return Scopes.Team;
        }

        return _self.IsMatch(text) ? Scopes.Me : null;
    }
}

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// The function words the rules are assembled from: articles, prepositions, auxiliaries, the words of a few fixed
/// phrasings. Optional, so a pack without them builds; the regexes that use them then match nothing there.
/// </summary>
public sealed partial class Vocabulary
{
    /// <summary>Requests that open an account question ("show me", "i need"): "show me the Acme details".</summary>
    public IReadOnlyList<string> AccountAskLeads { get; init; } = [];
    /// <summary>Determiners after such a request ("the", "some").</summary>
    public IReadOnlyList<string> AccountAskDeterminers { get; init; } = [];
    /// <summary>Nouns that may end an account question ("account", "details").</summary>
    public IReadOnlyList<string> AccountQueryNouns { get; init; } = [];
    /// <summary>Words after a capitalised name that ask about it ("Acme status").</summary>
    public IReadOnlyList<string> AccountStatusWords { get; init; } = [];
    /// <summary>Adjectives before a given activity ("gave Bob a quick call").</summary>
    public IReadOnlyList<string> ActivityAdjectives { get; init; } = [];
    /// <summary>Connectors between an activity noun and its party before "done" ("kickoff with Tom done").</summary>
    public IReadOnlyList<string> ActivityDoneLinks { get; init; } = [];
    /// <summary>Connectors after an activity noun that make a done-title an activity ("the call with Acme").</summary>
    public IReadOnlyList<string> ActivityObjectLinks { get; init; } = [];
    /// <summary>Verbs that add a person to an account's contacts ("add Sarah to Acme's contacts").</summary>
    public IReadOnlyList<string> AddVerbs { get; init; } = [];
    /// <summary>The word before a state ("mark X as done").</summary>
    public IReadOnlyList<string> AsWords { get; init; } = [];
    /// <summary>Connectors that name the place of a meeting ("at", "@").</summary>
    public IReadOnlyList<string> AtWords { get; init; } = [];
    /// <summary>Words between "away" and its date ("until", "through").</summary>
    public IReadOnlyList<string> AwayUntilWords { get; init; } = [];
    /// <summary>Words before a bare hour ("at 3").</summary>
    public IReadOnlyList<string> BareHourLeads { get; init; } = [];
    /// <summary>Nouns after an ordinal that answers a question ("the second one").</summary>
    public IReadOnlyList<string> ChoiceNouns { get; init; } = [];
    /// <summary>Words skipped at the start of a clause before its verb ("then", "we", "the").</summary>
    public IReadOnlyList<string> ClauseSkipWords { get; init; } = [];
    /// <summary>The marker of an infinitive that may open a second errand after a conjunction ("... and to email Globex").</summary>
    public IReadOnlyList<string> InfinitiveMarkers { get; init; } = [];
    /// <summary>Determiners before the task a clause closes ("that task").</summary>
    public IReadOnlyList<string> CloseTaskDeterminers { get; init; } = [];
    /// <summary>Conjunctions before "close that task".</summary>
    public IReadOnlyList<string> CloseTaskJoiners { get; init; } = [];
    /// <summary>Nouns of the task a clause closes ("reminder").</summary>
    public IReadOnlyList<string> CloseTaskNouns { get; init; } = [];
    /// <summary>Particles after a closing verb ("tick off").</summary>
    public IReadOnlyList<string> CloseTaskParticles { get; init; } = [];
    /// <summary>Polite openers of "close that task" ("you can", "go ahead and").</summary>
    public IReadOnlyList<string> CloseTaskPolite { get; init; } = [];
    /// <summary>Words after the task a clause closes ("that task off").</summary>
    public IReadOnlyList<string> CloseTaskTails { get; init; } = [];
    /// <summary>Verbs that close a task ("tick", "cross").</summary>
    public IReadOnlyList<string> CloseTaskVerbs { get; init; } = [];
    /// <summary>Connectors after a last-contact phrase ("last spoke to").</summary>
    public IReadOnlyList<string> ContactPhraseLinks { get; init; } = [];
    /// <summary>Words before a part of the day ("in the morning").</summary>
    public IReadOnlyList<string> DayPartLeads { get; init; } = [];
    /// <summary>The definite article ("the"), skipped before names, dates and stages.</summary>
    public IReadOnlyList<string> DefiniteArticles { get; init; } = [];
    /// <summary>The word between a delegate and the errand ("ask Ben to call").</summary>
    public IReadOnlyList<string> DelegationLinks { get; init; } = [];
    /// <summary>Connectors that end a department after a role ("head of IT at Acme").</summary>
    public IReadOnlyList<string> DepartmentEnds { get; init; } = [];
    /// <summary>Words before an errand verb ("and then call").</summary>
    public IReadOnlyList<string> ErrandLeadIns { get; init; } = [];
    /// <summary>Words that make a stage word a move ("deal", "move", "push").</summary>
    public IReadOnlyList<string> ExplicitMoveWords { get; init; } = [];
    /// <summary>Words after "in N days" that add nothing ("from now").</summary>
    public IReadOnlyList<string> FromNowWords { get; init; } = [];
    /// <summary>Determiners before a given activity ("gave Bob a call").</summary>
    public IReadOnlyList<string> GiveDeterminers { get; init; } = [];
    /// <summary>Words before a give verb ("just sent").</summary>
    public IReadOnlyList<string> GiveLeadIns { get; init; } = [];
    /// <summary>Nouns that make a message a holiday ("Dec 24 is a holiday").</summary>
    public IReadOnlyList<string> HolidayNouns { get; init; } = [];
    /// <summary>Tails that make a date a holiday ("is a public holiday").</summary>
    public IReadOnlyList<string> HolidayTails { get; init; } = [];
    /// <summary>Heads of a question about a rep ("how is").</summary>
    public IReadOnlyList<string> HowDoingHeads { get; init; } = [];
    /// <summary>Verbs that end such a question ("doing", "getting on").</summary>
    public IReadOnlyList<string> HowDoingVerbs { get; init; } = [];
    /// <summary>Words after an imperative verb that make it a report, not a task ("call with Acme").</summary>
    public IReadOnlyList<string> ImperativeNotBefore { get; init; } = [];
    /// <summary>Marks after an imperative verb that make it a report ("call @Acme").</summary>
    public IReadOnlyList<string> ImperativeNotBeforeMarks { get; init; } = [];
    /// <summary>Words between a stage question's opener and the stage ("what deals are still in").</summary>
    public IReadOnlyList<string> InStageFillers { get; init; } = [];
    /// <summary>Prepositions before a stage in a question ("in negotiation").</summary>
    public IReadOnlyList<string> InStageLinks { get; init; } = [];
    /// <summary>Openers of a question about a stage ("what's in negotiation").</summary>
    public IReadOnlyList<string> InStageOpeners { get; init; } = [];
    /// <summary>Prepositions of joining ("to", "into").</summary>
    public IReadOnlyList<string> IntoWords { get; init; } = [];
    /// <summary>Roles an invitation names, with the contract's role.</summary>
    public IReadOnlyDictionary<string, string> InviteRoles { get; init; } = new Dictionary<string, string>();
    /// <summary>The letter of an ISO week ("2026-W46").</summary>
    public IReadOnlyList<string> IsoWeekLetters { get; init; } = [];
    /// <summary>Words between a language head and the language ("speak in Polish").</summary>
    public IReadOnlyList<string> LanguageLinks { get; init; } = [];
    /// <summary>Connectors before a capitalised party after the object ("demoed the dashboard to Adatum").</summary>
    public IReadOnlyList<string> LaterPartyConnectors { get; init; } = [];
    /// <summary>Conjunctions that join the last two items of a list ("a, b and c").</summary>
    public IReadOnlyList<string> ListJoiners { get; init; } = [];
    /// <summary>Determiners after "lost" that make the object a thing ("lost the deck").</summary>
    public IReadOnlyList<string> LostDeterminers { get; init; } = [];
    /// <summary>Verbs of losing a thing or a deal ("lost").</summary>
    public IReadOnlyList<string> LostVerbs { get; init; } = [];
    /// <summary>Verbs that mark a task done ("mark", "tick").</summary>
    public IReadOnlyList<string> MarkVerbs { get; init; } = [];
    /// <summary>States a task is marked ("done", "finished").</summary>
    public IReadOnlyList<string> MarkedDoneWords { get; init; } = [];
    /// <summary>Month names that are also common words, never a period alone ("may").</summary>
    public IReadOnlyList<string> ModalMonths { get; init; } = [];
    /// <summary>Prepositions before a month that asks about it ("in October").</summary>
    public IReadOnlyList<string> MonthPeriodLeads { get; init; } = [];
    /// <summary>Adverbs between a negation and a command ("don't even log").</summary>
    public IReadOnlyList<string> NegationAdverbs { get; init; } = [];
    /// <summary>Words before a negated command ("but don't").</summary>
    public IReadOnlyList<string> NegationLeadIns { get; init; } = [];
    /// <summary>Modifiers that put a weekday in next week ("next Friday"), not the next one to come ("coming Friday").</summary>
    public IReadOnlyList<string> NextWeekWords { get; init; } = [];
    /// <summary>Words after a weekday abbreviation that make it a verb ("sat down").</summary>
    public IReadOnlyList<string> NotAfterWeekday { get; init; } = [];
    /// <summary>Words that make a task head a question ("remind me why").</summary>
    public IReadOnlyList<string> NotTaskTitleOpeners { get; init; } = [];
    /// <summary>Notes markers that may sit inside a name, so they do not end the party ("and", "the").</summary>
    public IReadOnlyList<string> NotesMarkersInNames { get; init; } = [];
    /// <summary>"Now" in a plan question ("my plan now").</summary>
    public IReadOnlyList<string> NowWords { get; init; } = [];
    /// <summary>Determiners before an activity noun ("the call with Acme").</summary>
    public IReadOnlyList<string> ObjectDeterminers { get; init; } = [];
    /// <summary>The word between a day and a month or a role and a department ("15th of December").</summary>
    public IReadOnlyList<string> OfWords { get; init; } = [];
    /// <summary>Endings of ordinal numerals ("15th", "1st").</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];
    /// <summary>Contracted past endings ("call'd").</summary>
    public IReadOnlyList<string> PastContractions { get; init; } = [];
    /// <summary>Endings of a past verb ("called").</summary>
    public IReadOnlyList<string> PastEndings { get; init; } = [];
    /// <summary>Verbs that sent something to a party, which is then an email ("sent the deck to", "forwarded").</summary>
    public IReadOnlyList<string> SendVerbs { get; init; } = [];
    /// <summary>Words between what was sent and whom it went to ("the deck to Fourth Coffee", "the NDA over to Acme").</summary>
    public IReadOnlyList<string> SendConnectors { get; init; } = [];
    /// <summary>A deal noun and its preposition that open a new deal only with a figure and no verb ("opp for X - 44k").</summary>
    public IReadOnlyList<string> BareCreateDealHeads { get; init; } = [];
    /// <summary>Weekday spellings that are also verbs ("sat").</summary>
    public IReadOnlyList<string> WeekdayVerbs { get; init; } = [];
    /// <summary>Words after such a spelling that make it the verb ("sat in", "sat with").</summary>
    public IReadOnlyList<string> WeekdayVerbTails { get; init; } = [];
    /// <summary>Possessives that point back at a person named before ("her pipeline", "his tasks").</summary>
    public IReadOnlyList<string> ThirdPersonPossessives { get; init; } = [];
    /// <summary>Plurals of the target nouns ("targets", "goals"): never a rep's name.</summary>
    public IReadOnlyList<string> TargetNounPlurals { get; init; } = [];
    /// <summary>Heads that ask for something ("can i", "could i"); with a see verb they ask for the thing itself.</summary>
    public IReadOnlyList<string> AskForHeads { get; init; } = [];
    /// <summary>Verbs after "can i" that ask for the thing itself ("can i see the standup"), not how to do it.</summary>
    public IReadOnlyList<string> SeeVerbs { get; init; } = [];
    /// <summary>Words before a day that name its week ("the week of nov 2", "w/c 9 nov").</summary>
    public IReadOnlyList<string> WeekOfLeads { get; init; } = [];
    /// <summary>What a close-task verb points back at ("clear it", "tick that off").</summary>
    public IReadOnlyList<string> CloseTaskObjects { get; init; } = [];
    /// <summary>Words with a past ending that end a company's name rather than start what it did ("united", "limited").</summary>
    public IReadOnlyList<string> PastFormNameWords { get; init; } = [];
    /// <summary>Words before a target's period ("per week", "a month").</summary>
    public IReadOnlyList<string> PerWords { get; init; } = [];
    /// <summary>Period adverbs ("weekly"): a target's period, never a question's period unit.</summary>
    public IReadOnlyList<string> PeriodAdverbs { get; init; } = [];
    /// <summary>Words before a period end that belong to the date ("end of").</summary>
    public IReadOnlyList<string> PeriodEndLeads { get; init; } = [];
    /// <summary>Pronouns that refer back to a person ("him").</summary>
    public IReadOnlyList<string> PersonPronouns { get; init; } = [];
    /// <summary>Subjects that make "done" talk about the sender ("i'm done").</summary>
    public IReadOnlyList<string> PersonalSubjects { get; init; } = [];
    /// <summary>Pronouns that make "done" name no task ("that's done").</summary>
    public IReadOnlyList<string> PronounSubjects { get; init; } = [];
    /// <summary>Pipeline words that are not a deal noun ("funnel").</summary>
    public IReadOnlyList<string> PipelineNouns { get; init; } = [];
    /// <summary>Determiners before a place noun ("their office").</summary>
    public IReadOnlyList<string> PlaceDeterminers { get; init; } = [];
    /// <summary>Openers of a question about a plan ("what was on my plan").</summary>
    public IReadOnlyList<string> PlanAskOpeners { get; init; } = [];
    /// <summary>Verbs between a plan header and its items ("my plan is").</summary>
    public IReadOnlyList<string> PlanCopulas { get; init; } = [];
    /// <summary>The word before a plan's day ("for today").</summary>
    public IReadOnlyList<string> PlanDayLeads { get; init; } = [];
    /// <summary>Days of a plan header ("today", "this morning").</summary>
    public IReadOnlyList<string> PlanDays { get; init; } = [];
    /// <summary>Words before a plan header ("on my list").</summary>
    public IReadOnlyList<string> PlanHeaderLeads { get; init; } = [];
    /// <summary>Intentions after a plan's day ("today i will").</summary>
    public IReadOnlyList<string> PlanIntentions { get; init; } = [];
    /// <summary>Owners of a plan header ("my", "today's").</summary>
    public IReadOnlyList<string> PlanOwners { get; init; } = [];
    /// <summary>Days of a plan question ("my plan for tomorrow").</summary>
    public IReadOnlyList<string> PlanQueryDays { get; init; } = [];
    /// <summary>The word of a "top N" header.</summary>
    public IReadOnlyList<string> PlanTopWords { get; init; } = [];
    /// <summary>Auxiliaries in a question about whose plan ("what is on Chloe's plan").</summary>
    public IReadOnlyList<string> PlanWhoAuxiliaries { get; init; } = [];
    /// <summary>Prepositions before whose plan ("on Chloe's plan").</summary>
    public IReadOnlyList<string> PlanWhoLinks { get; init; } = [];
    /// <summary>Openers of a question about whose plan.</summary>
    public IReadOnlyList<string> PlanWhoOpeners { get; init; } = [];
    /// <summary>Politeness after a language ("polish please").</summary>
    public IReadOnlyList<string> PoliteTails { get; init; } = [];
    /// <summary>The possessive ending ("Acme's").</summary>
    public IReadOnlyList<string> PossessiveSuffixes { get; init; } = [];
    /// <summary>The letter of a quarter ("Q3").</summary>
    public IReadOnlyList<string> QuarterLetters { get; init; } = [];
    /// <summary>Question words that are never a member's name.</summary>
    public IReadOnlyList<string> QueryNotNames { get; init; } = [];
    /// <summary>Adverbs in an inverted question ("did you ever call").</summary>
    public IReadOnlyList<string> QuestionAdverbs { get; init; } = [];
    /// <summary>Prepositions after the verb of an inverted question ("talk to").</summary>
    public IReadOnlyList<string> QuestionVerbLinks { get; init; } = [];
    /// <summary>Deal words kept in a lost reason ("went with Salesforce").</summary>
    public IReadOnlyList<string> ReasonKeepWords { get; init; } = [];
    /// <summary>Determiners before a contact's role ("their CFO").</summary>
    public IReadOnlyList<string> RoleDeterminers { get; init; } = [];
    /// <summary>Words before an invited member's role ("as a manager").</summary>
    public IReadOnlyList<string> RoleLeads { get; init; } = [];
    /// <summary>Modifiers of a rolling period up to today ("the past week").</summary>
    public IReadOnlyList<string> RollingPeriodWords { get; init; } = [];
    /// <summary>Prepositions before a member a question is about ("for Anna").</summary>
    public IReadOnlyList<string> ScopeLinks { get; init; } = [];
    /// <summary>Objects that make a task verb an errand for the bot ("remind me").</summary>
    public IReadOnlyList<string> SelfObjects { get; init; } = [];
    /// <summary>Multiplier letters after a number ("3k"): after "at 3" they make it money, not an hour.</summary>
    public IReadOnlyList<string> ShortMultipliers { get; init; } = [];
    /// <summary>Words that open a period up to today ("since Monday").</summary>
    public IReadOnlyList<string> SinceWords { get; init; } = [];
    /// <summary>Prepositions before a stage a deal moves to ("to", "into").</summary>
    public IReadOnlyList<string> StageTargetLinks { get; init; } = [];
    /// <summary>Negations that call a planned activity off ("not", "no longer", "won't be").</summary>
    public IReadOnlyList<string> PlanNegations { get; init; } = [];
    /// <summary>Subjects before such a negation ("we're", "i'm").</summary>
    public IReadOnlyList<string> PlanSubjects { get; init; } = [];
    /// <summary>Activity verbs as a plan says them ("meeting", "seeing", "calling", "visiting").</summary>
    public IReadOnlyList<string> ActivityGerunds { get; init; } = [];
    /// <summary>Tails that call an activity off ("is off", "called off", "got cancelled").</summary>
    public IReadOnlyList<string> CalledOffTails { get; init; } = [];
    /// <summary>Words that may end a called-off plan ("after all", "now").</summary>
    public IReadOnlyList<string> CancelledPlanTails { get; init; } = [];
    /// <summary>Prepositions that give a follow-up its topic ("on", "about"): "follow-up on the trial" is a note of a log.</summary>
    public IReadOnlyList<string> TopicPrepositions { get; init; } = [];
    /// <summary>Markers of a correction typed at the end of the message ("sorry", "no wait"): "today, sorry yesterday".</summary>
    public IReadOnlyList<string> InlineCorrectionMarkers { get; init; } = [];
    /// <summary>Links between such a marker and the corrected value ("it was", "make it"): "actually make it fri".</summary>
    public IReadOnlyList<string> InlineCorrectionLinks { get; init; } = [];
    /// <summary>Words that may close such a correction and add nothing ("actually", "sorry"): "today no yesterday actually".</summary>
    public IReadOnlyList<string> InlineCorrectionEnders { get; init; } = [];
    /// <summary>Words after the corrected value that name the wrong one ("not", "instead of"): "it was a call not a meeting".</summary>
    public IReadOnlyList<string> InlineCorrectionDenials { get; init; } = [];
    /// <summary>Determiners that deny the activity noun after them ("no"): "no call w/ pete today" logs nothing.</summary>
    public IReadOnlyList<string> NoneDeterminers { get; init; } = [];
    /// <summary>Stage words that say a deal got there ("qualified", "won", "lost"): "Acme qualified ✅" is a move, not a task done.</summary>
    public IReadOnlyList<string> ReachedStageWords { get; init; } = [];
    /// <summary>Phrases of a call that reached nobody but a recorder ("voicemail"): an attempt, proposed before it is logged.</summary>
    public IReadOnlyList<string> AttemptPhrases { get; init; } = [];
    /// <summary>Copulas between a deal and the open stage it is in ("is", "is now"): "Acme renewal is in negotiation".</summary>
    public IReadOnlyList<string> StageCopulas { get; init; } = [];
    /// <summary>Stems of outcome verbs that are no listing of closed deals ("win", "lose").</summary>
    public IReadOnlyList<string> StageVerbStems { get; init; } = [];
    /// <summary>Subjects and auxiliaries before a verb ("i", "we've").</summary>
    public IReadOnlyList<string> SubjectLeadIns { get; init; } = [];
    /// <summary>Determiners in a target head ("our weekly target").</summary>
    public IReadOnlyList<string> TargetDeterminers { get; init; } = [];
    /// <summary>Nouns of a target ("quota").</summary>
    public IReadOnlyList<string> TargetNouns { get; init; } = [];
    /// <summary>Period adjectives of a target head ("weekly target").</summary>
    public IReadOnlyList<string> TargetPeriodWords { get; init; } = [];
    /// <summary>Prepositions before the rep a target is for ("target calls 10 for Ben").</summary>
    public IReadOnlyList<string> TargetRepLinks { get; init; } = [];
    /// <summary>What a target is for when it is for everyone ("for the team", "for every rep"): the team's target.</summary>
    public IReadOnlyList<string> TargetTeamWords { get; init; } = [];
    /// <summary>Verbs before a target head ("set").</summary>
    public IReadOnlyList<string> TargetSetVerbs { get; init; } = [];
    /// <summary>The noun of a task ("task renew NDA").</summary>
    public IReadOnlyList<string> TaskNouns { get; init; } = [];
    /// <summary>Connectors after an activity noun that make a task verb a report ("f/u call w eva").</summary>
    public IReadOnlyList<string> TaskVerbActivityLinks { get; init; } = [];
    /// <summary>Determiners before a team noun ("to my team").</summary>
    public IReadOnlyList<string> TeamDeterminers { get; init; } = [];
    /// <summary>Heads of a question about the team's week ("what did").</summary>
    public IReadOnlyList<string> TeamDidHeads { get; init; } = [];
    /// <summary>Subjects of such a question ("the team", "everyone").</summary>
    public IReadOnlyList<string> TeamDidSubjects { get; init; } = [];
    /// <summary>Verbs of such a question ("been up to").</summary>
    public IReadOnlyList<string> TeamDidVerbs { get; init; } = [];
    /// <summary>Nouns of the group an invitation is into ("team", "channel").</summary>
    public IReadOnlyList<string> TeamNouns { get; init; } = [];
    /// <summary>Team words that are pronouns ("we"), no listing scope on their own.</summary>
    public IReadOnlyList<string> TeamPronouns { get; init; } = [];
    /// <summary>Prepositions before a time of day ("at 3pm").</summary>
    public IReadOnlyList<string> TimeLeads { get; init; } = [];
    /// <summary>Words cut from the start of a task title ("to", "that i need to").</summary>
    public IReadOnlyList<string> TitleLeads { get; init; } = [];
    /// <summary>Tomorrow in a plan header or question.</summary>
    public IReadOnlyList<string> TomorrowWords { get; init; } = [];
    /// <summary>Interjections before an undo ("oops").</summary>
    public IReadOnlyList<string> UndoInterjections { get; init; } = [];
    /// <summary>Words of a week number ("week 46", "wk 46").</summary>
    public IReadOnlyList<string> WeekNumberWords { get; init; } = [];
    /// <summary>Prepositions before a weekday ("on Monday").</summary>
    public IReadOnlyList<string> WeekdayLeads { get; init; } = [];
    /// <summary>Weekday words that are no single day ("weekend").</summary>
    public IReadOnlyList<string> WeekendWords { get; init; } = [];
    /// <summary>Connectors before a colleague at the end of a deal message ("with Tom").</summary>
    public IReadOnlyList<string> WithPersonConnectors { get; init; } = [];
    /// <summary>The word "with" and its shorthand.</summary>
    public IReadOnlyList<string> WithWords { get; init; } = [];
}

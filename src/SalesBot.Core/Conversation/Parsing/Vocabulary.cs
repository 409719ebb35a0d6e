using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// The words of one language that the grammar in <see cref="MessageParser"/> is built from.
/// The grammar only knows the shape of a command (a lead-in, a verb, a party, a date, an amount);
/// every word it recognises comes from here, so another language is a new instance of this class
/// (see <see cref="English"/>), not a new parser. Phrases are lowercase; spaces inside a phrase
/// match any run of whitespace.
/// </summary>
public sealed partial class Vocabulary
{
    // --- conversation plumbing ---

    /// <summary>Greetings and politeness dropped from the start of a message ("hey", "please").</summary>
    public required IReadOnlyList<string> LeadingFillers { get; init; }
    /// <summary>Politeness dropped from the end of a message ("thanks", "pls").</summary>
    public required IReadOnlyList<string> TrailingFillers { get; init; }
    /// <summary>Slash commands rewritten to the words they stand for ("newdeal" becomes "new deal").</summary>
    public required IReadOnlyDictionary<string, string> SlashCommands { get; init; }
    /// <summary>Whole messages that take back the last write.</summary>
    public required IReadOnlyList<string> UndoPhrases { get; init; }
    /// <summary>Whole messages that ask how the bot works.</summary>
    public required IReadOnlyList<string> HelpPhrases { get; init; }
    /// <summary>Openings of a how-to about the bot itself ("how do i use"): with up to four lowercase words after them, help.</summary>
    public IReadOnlyList<string> HelpOpeners { get; init; } = [];
    /// <summary>Pronouns and determiners that are never a customer's name ("me", "my", "a").</summary>
    public required IReadOnlyList<string> NotNames { get; init; }

    // --- activities ---

    /// <summary>Verbs and nouns that say what happened ("met with", "rang", "demoed", "site visit").</summary>
    public required IReadOnlyDictionary<string, ActivityType> ActivityPhrases { get; init; }
    /// <summary>Verbs that put an activity in the diary rather than report it ("booked a demo"): the result is a task.</summary>
    public required IReadOnlyList<string> ScheduleVerbs { get; init; }
    /// <summary>Verbs that give an activity to a party: "sent Acme an email", "gave Bob a call", "paid them a visit".</summary>
    public required IReadOnlyList<string> GiveVerbs { get; init; }
    /// <summary>Phrases that say how it happened and override a vague verb ("on the phone").</summary>
    public required IReadOnlyDictionary<string, ActivityType> ActivityModifiers { get; init; }
    /// <summary>Verbs whose activity type only a modifier decides ("talked to"); their entry in <see cref="ActivityPhrases"/> is the default.</summary>
    public required IReadOnlyList<string> VagueActivityPhrases { get; init; }
    /// <summary>Words that may precede the activity ("logged", "just had a", "quick").</summary>
    public required IReadOnlyList<string> ActivityLeadIns { get; init; }
    /// <summary>Lead-ins that ask for a log ("log", "pls log"): the activity after them happened, as surely as after a past verb.</summary>
    public IReadOnlyList<string> LogCommandLeads { get; init; } = [];
    /// <summary>Lowercase words after an activity that say what became of it ("call dropped"): never its party.</summary>
    public IReadOnlyList<string> ActivityFates { get; init; } = [];
    /// <summary>Whom a party's own call reached, the rep ("me", "me back"): "Norrvik called me back" holds no note.</summary>
    public IReadOnlyList<string> InboundObjects { get; init; } = [];
    /// <summary>Words that may follow an activity noun before its party ("email sent to", "demo done for").</summary>
    public required IReadOnlyList<string> ActivityParticiples { get; init; }
    /// <summary>Words between the activity and the party ("with", "w", "to", "@").</summary>
    public required IReadOnlyList<string> PartyConnectors { get; init; }
    /// <summary>Words between a person and their company ("from", "at", "@", "of").</summary>
    public required IReadOnlyList<string> AffiliationConnectors { get; init; }
    /// <summary>Words that end the party and start the notes ("about", "re", "discussed").</summary>
    public required IReadOnlyList<string> NotesMarkers { get; init; }
    /// <summary>Lowercase words that end a lowercase name ("the", "about", "and").</summary>
    public required IReadOnlyList<string> NameStopWords { get; init; }

    /// <summary>Two words that end a lowercase name ("first thing"): each alone may be part of one.</summary>
    public IReadOnlyList<string> NameStopPairs { get; init; } = [];
    /// <summary>Lowercase words allowed inside a capitalised company name ("of", "and", "&amp;").</summary>
    public required IReadOnlyList<string> NameJoiners { get; init; }

    // --- deals ---

    /// <summary>Stage names and their synonyms ("quote" is proposal, "signed" is won).</summary>
    public required IReadOnlyDictionary<string, DealStage> StagePhrases { get; init; }

    /// <summary>Stage words of a move still under way ("losing"): the move is only proposed.</summary>
    public IReadOnlyList<string> UnsettledStagePhrases { get; init; } = [];
    /// <summary>Heads that open a new deal ("new deal", "create a deal for").</summary>
    public required IReadOnlyList<string> CreateDealHeads { get; init; }
    /// <summary>Words between a create head and the deal's name ("called", "named").</summary>
    public required IReadOnlyList<string> DealNameIntroducers { get; init; }
    /// <summary>Heads that open a new deal at the lead stage ("new lead").</summary>
    public required IReadOnlyList<string> CreateLeadHeads { get; init; }
    /// <summary>Verbs trimmed from the start of a deal name ("move", "push", "mark").</summary>
    public required IReadOnlyList<string> DealVerbs { get; init; }
    /// <summary>Words trimmed from either end of a deal name ("deal", "to", "stage", "worth").</summary>
    public required IReadOnlyList<string> DealFillers { get; init; }
    /// <summary>Words that end a deal name written before its stage ("is", "went", "has").</summary>
    public required IReadOnlyList<string> DealNameEnders { get; init; }
    /// <summary>Words that end a deal name written after its stage ("to", "because").</summary>
    public required IReadOnlyList<string> DealNameCutters { get; init; }
    /// <summary>Words that say an amount is being changed ("worth", "amount", "bump").</summary>
    public required IReadOnlyList<string> AmountUpdateMarkers { get; init; }
    /// <summary>Words that say a close date is being set or changed ("close date", "slipped").</summary>
    public required IReadOnlyList<string> CloseDateMarkers { get; init; }

    // --- tasks and plans ---

    /// <summary>Heads that turn the rest of a message into a task ("remind me to", "todo").</summary>
    public required IReadOnlyList<string> TaskHeads { get; init; }
    /// <summary>Heads that say what the rep means to do ("I need to", "I'll"): a task only with a date or a name in it.</summary>
    public required IReadOnlyList<string> IntentionHeads { get; init; }
    /// <summary>Verbs in the base form that, with a future date, make a task ("call Acme tomorrow").</summary>
    public required IReadOnlyList<string> ImperativeVerbs { get; init; }
    /// <summary>Verbs that are tasks even without a date and stay in the title ("follow up with Acme").</summary>
    public required IReadOnlyList<string> TaskVerbs { get; init; }
    /// <summary>Heads that mark a task done ("done:", "finished").</summary>
    public required IReadOnlyList<string> DoneHeads { get; init; }
    /// <summary>Tails that mark a task done ("as done", "completed").</summary>
    public required IReadOnlyList<string> DoneTails { get; init; }
    /// <summary>Nouns that head a plan ("plan", "priorities", "focus").</summary>
    public required IReadOnlyList<string> PlanNouns { get; init; }

    // --- queries ---

    /// <summary>Words that start a question or a request to see something ("show", "what's").</summary>
    public required IReadOnlyList<string> QueryLeadIns { get; init; }
    public required IReadOnlyList<string> PipelineWords { get; init; }
    public required IReadOnlyList<string> TaskListWords { get; init; }
    public required IReadOnlyList<string> KpiWords { get; init; }
    public required IReadOnlyList<string> StandupWords { get; init; }
    /// <summary>Heads of an account question, followed by the account ("what's up with", "info on").</summary>
    public required IReadOnlyList<string> AccountQueryHeads { get; init; }
    /// <summary>Words meaning "my own" for a query's scope.</summary>
    public required IReadOnlyList<string> SelfWords { get; init; }
    /// <summary>Words meaning "the whole team" for a query's scope.</summary>
    public required IReadOnlyList<string> TeamWords { get; init; }

    // --- dates and numbers ---

    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }
    /// <summary>Number words, including "a" and "couple".</summary>
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }
    /// <summary>Day words relative to today ("yesterday" is -1).</summary>
    public required IReadOnlyDictionary<string, int> RelativeDays { get; init; }
    /// <summary>Units of "N units ago" / "in N units": value is the length in days, or 30 for months.</summary>
    public required IReadOnlyDictionary<string, int> DateUnits { get; init; }
    public required IReadOnlyList<string> AgoWords { get; init; }
    public required IReadOnlyList<string> InWords { get; init; }
    public required IReadOnlyList<string> LastWords { get; init; }

    /// <summary>What a new deal's company buys follows these ("with acme for the warehouses").</summary>
    public IReadOnlyList<string> PurposeLinks { get; init; } = [];

    /// <summary>Words that describe an activity noun ("quick call", "site visit"): the party may follow the noun bare.</summary>
    public IReadOnlyList<string> ActivityDescriptors { get; init; } = [];

    /// <summary>An answer still awaited ("no reply yet"): after an e-mail it is a note, not a failure.</summary>
    public IReadOnlyList<string> AwaitingReplyPhrases { get; init; } = [];

    /// <summary>Said after a period, one more back ("the week before last").</summary>
    public IReadOnlyList<string> BeforeLastWords { get; init; } = [];
    public required IReadOnlyList<string> NextWords { get; init; }
    public required IReadOnlyList<string> ThisWords { get; init; }
    /// <summary>"end of" phrases and the period they end ("eom" is month).</summary>
    public required IReadOnlyDictionary<string, PeriodEnd> PeriodEnds { get; init; }
    /// <summary>Period nouns: week, month, quarter, year.</summary>
    public required IReadOnlyDictionary<string, PeriodUnit> Periods { get; init; }
    /// <summary>Prepositions that belong to the date that follows ("on", "by", "until").</summary>
    public required IReadOnlyList<string> DatePrepositions { get; init; }
    /// <summary>Words before a bare month name that make it a date ("to February", "end of March"), with the day they mean: 1, 15, or 31 for the month's last day.</summary>
    public required IReadOnlyDictionary<string, int> MonthLeads { get; init; }
    /// <summary>Parts of the day, dropped after a date ("morning").</summary>
    public required IReadOnlyList<string> DayParts { get; init; }
    public required IReadOnlyList<string> AmWords { get; init; }
    public required IReadOnlyList<string> PmWords { get; init; }
    public required IReadOnlyList<string> NoonWords { get; init; }

    // --- money ---

    /// <summary>Amount suffixes and what they multiply by ("k", "mln").</summary>
    public required IReadOnlyDictionary<string, decimal> Multipliers { get; init; }
    /// <summary>Currency symbols, codes and words and their ISO 4217 code.</summary>
    public required IReadOnlyDictionary<string, string> Currencies { get; init; }

    // --- administration ---

    public required IReadOnlyList<string> ConnectHeads { get; init; }
    /// <summary>Whole messages that release a bound chat ("disconnect"); empty in packs that have none yet.</summary>
    public IReadOnlyList<string> DisconnectPhrases { get; init; } = [];
    public required IReadOnlyList<string> JoinHeads { get; init; }
    public required IReadOnlyList<string> InviteHeads { get; init; }
    public required IReadOnlyList<string> TargetHeads { get; init; }
    /// <summary>Metric words for targets and the metric name they stand for.</summary>
    public required IReadOnlyDictionary<string, string> TargetMetrics { get; init; }
    public required IReadOnlyList<string> HolidayHeads { get; init; }
    public required IReadOnlyList<string> AwayHeads { get; init; }
    public required IReadOnlyList<string> BackPhrases { get; init; }
    /// <summary>Words before a chosen number ("option", "#").</summary>
    public required IReadOnlyList<string> ChooseHeads { get; init; }

    // --- reading with care: guards, clauses and the questions of issue 14 (optional, so other packs build without them) ---

    /// <summary>Everyday words that are never a new account or contact ("scheduled", "did", "cfo").</summary>
    public IReadOnlyList<string> CommonWords { get; init; } = [];
    /// <summary>Words that open a wh-question ("who", "when", "how").</summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];
    /// <summary>Auxiliaries that open an inverted question when a subject follows ("did we", "have you").</summary>
    public IReadOnlyList<string> QuestionAuxiliaries { get; init; } = [];
    /// <summary>Subjects after an auxiliary that make it a question ("we", "anyone", "the").</summary>
    public IReadOnlyList<string> QuestionSubjects { get; init; } = [];
    /// <summary>Openings of a polite request, which is no question even with a "?" ("can you", "could you").</summary>
    public IReadOnlyList<string> PoliteRequests { get; init; } = [];
    /// <summary>Words that negate the verb that follows ("didn't", "never").</summary>
    public IReadOnlyList<string> NegationWords { get; init; } = [];
    /// <summary>Phrases that say an activity did not happen ("no answer", "cancelled", "couldn't reach").</summary>
    public IReadOnlyList<string> FailurePhrases { get; init; } = [];
    /// <summary>Phrases that move an activity to another day ("postponed", "pushed to", "moved it to"): it has not happened.</summary>
    public IReadOnlyList<string> RescheduledPhrases { get; init; } = [];
    /// <summary>The last word of a rescheduling phrase that needs a day after it ("moved to"): without one it may be a stage.</summary>
    public IReadOnlyList<string> RescheduledPrepositions { get; init; } = [];
    /// <summary>Phrases that put an activity in the future ("will", "scheduled for", "going to").</summary>
    public IReadOnlyList<string> FutureMarkers { get; init; } = [];
    /// <summary>Words that end what happened and start what was said about it ("but", "he", "about").</summary>
    public IReadOnlyList<string> NoteOpeners { get; init; } = [];
    /// <summary>Prepositions of a deadline, whose date is a due date and never when an activity happened ("by", "until").</summary>
    public IReadOnlyList<string> DeadlinePrepositions { get; init; } = [];
    /// <summary>Shorthand and misspellings reps type, and the word they stand for ("cld" is "called", "ystrday" "yesterday").</summary>
    public IReadOnlyDictionary<string, string> Spellings { get; init; } = new Dictionary<string, string>();
    /// <summary>Irregular past forms of activity verbs ("met", "spoke"): with the regular "-ed" ones they report what happened.</summary>
    public IReadOnlyList<string> PastIrregulars { get; init; } = [];
    /// <summary>Words after a number that make it a count, never part of a name ("3 times").</summary>
    public IReadOnlyList<string> CountWords { get; init; } = [];
    /// <summary>Units after a number that say how long or how many ("20 min", "6 ppl"): the number ends a lowercase name.</summary>
    public IReadOnlyList<string> MeasureWords { get; init; } = [];
    /// <summary>Words that may follow an undo head and change nothing ("undo the last thing", "delete that, wrong one").</summary>
    public IReadOnlyList<string> UndoTails { get; init; } = [];
    /// <summary>Heads of an undo that a short tail may follow ("undo", "delete that").</summary>
    public IReadOnlyList<string> UndoHeads { get; init; } = [];
    /// <summary>Auxiliaries of a question about the past ("did", "have"): "should I call" asks for advice instead.</summary>
    public IReadOnlyList<string> PastAuxiliaries { get; init; } = [];
    /// <summary>Base forms of activity verbs in a question ("did I call Initech?").</summary>
    public IReadOnlyList<string> ActivityQuestionVerbs { get; init; } = [];
    /// <summary>Nouns for a deal ("deal", "opp"): "Litware expansion deal - 250k" names a new one.</summary>
    public IReadOnlyList<string> DealNouns { get; init; } = [];
    /// <summary>Words for all reps in a comparison ("reps", "everyone").</summary>
    public IReadOnlyList<string> AllRepsWords { get; init; } = [];
    /// <summary>Words that join names in a list ("and", "vs", ",").</summary>
    public IReadOnlyList<string> NameListJoiners { get; init; } = [];
    /// <summary>Words that close a contact's name before its account in "add NAME to ACCOUNT contacts".</summary>
    public IReadOnlyList<string> ContactListWords { get; init; } = [];
    /// <summary>Words that join two clauses ("and", "then", "also").</summary>
    public IReadOnlyList<string> ClauseConnectors { get; init; } = [];
    /// <summary>Words that open a clause of their own, besides the activity, task and deal words ("moving", "need").</summary>
    public IReadOnlyList<string> ClauseStarters { get; init; } = [];
    /// <summary>Words that point back at the party of an earlier clause ("them", "it").</summary>
    public IReadOnlyList<string> BackReferences { get; init; } = [];
    /// <summary>Words before a colleague's name in an activity ("with", "and").</summary>
    public IReadOnlyList<string> ColleagueConnectors { get; init; } = [];
    /// <summary>Words that start the reason of a lost deal ("to", "because", "went with").</summary>
    public IReadOnlyList<string> LostReasonMarkers { get; init; } = [];
    /// <summary>Phrases that say a deal's next step, which is no stage move ("next step", "next steps").</summary>
    public IReadOnlyList<string> NextStepPhrases { get; init; } = [];
    /// <summary>Heads of a correction of the last write ("no wait", "actually", "i meant").</summary>
    public IReadOnlyList<string> CorrectionHeads { get; init; } = [];
    /// <summary>Phrases before the corrected value ("that was", "it was", "make that").</summary>
    public IReadOnlyList<string> CorrectionLinks { get; init; } = [];
    /// <summary>Heads that add a contact ("add contact", "new contact").</summary>
    public IReadOnlyList<string> AddContactHeads { get; init; } = [];
    /// <summary>Job titles of a contact ("cfo", "head of it").</summary>
    public IReadOnlyList<string> ContactRoles { get; init; } = [];
    /// <summary>Language names and codes and the code they stand for ("polish" is "pl").</summary>
    public IReadOnlyDictionary<string, string> LanguageNames { get; init; } = new Dictionary<string, string>();

    /// <summary>"never mind", "nvm": the rep drops what they were saying; never an undo of an earlier write.</summary>
    public IReadOnlyList<string> CancelPhrases { get; init; } = [];

    /// <summary>A manager's setting changes ("post the digest in the channel", "stand-up at 9:30"); none when null.</summary>
    public Languages.SettingWords? Settings { get; init; }

    /// <summary>The words of tips ("tip:", "best tips").</summary>
    public Languages.TipWords? Tips { get; init; }
    /// <summary>Heads that switch the reply language ("speak", "switch to", "lang").</summary>
    public IReadOnlyList<string> LanguageHeads { get; init; } = [];
    /// <summary>Heads of a how-to question ("how do i", "how to").</summary>
    public IReadOnlyList<string> HowToHeads { get; init; } = [];
    /// <summary>Words of a how-to question and the intent they ask about ("call" is log_activity).</summary>
    public IReadOnlyDictionary<string, string> HowToTopics { get; init; } = new Dictionary<string, string>();
    /// <summary>Phrases of a last-contact question ("last spoke", "last talked to").</summary>
    public IReadOnlyList<string> LastContactPhrases { get; init; } = [];
    /// <summary>Phrases of a contacts question, followed by the account ("our contact at", "who do we know at").</summary>
    public IReadOnlyList<string> ContactQueryHeads { get; init; } = [];
    /// <summary>Phrases of a who-has-logged-nothing question.</summary>
    public IReadOnlyList<string> InactivePhrases { get; init; } = [];
    /// <summary>Words of a closing-deals question ("closing", "due to close").</summary>
    public IReadOnlyList<string> ClosingWords { get; init; } = [];
    /// <summary>Words of a side-by-side question ("compare", "vs").</summary>
    public IReadOnlyList<string> CompareWords { get; init; } = [];
    /// <summary>Phrases that ask for the day's plan ("my plan", "what's on my plate today").</summary>
    public IReadOnlyList<string> PlanQueryPhrases { get; init; } = [];
    /// <summary>Nouns for logged activities in a question ("calls", "activities", "what did i do").</summary>
    public IReadOnlyList<string> ActivityQueryWords { get; init; } = [];
}

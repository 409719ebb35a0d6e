namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Words for the messages that look like a write and are not one: a request to someone else, a negated command,
/// a wish, an object that was lost, an activity that moved, a hedge. Optional, so other packs build without them.
/// </summary>
public sealed partial class Vocabulary
{
    /// <summary>Words that negate a command to the bot when they open a message ("don't", "do not").</summary>
    public IReadOnlyList<string> CommandNegations { get; init; } = [];
    /// <summary>Verbs of a command to the bot that a negation cancels ("log", "create", "add").</summary>
    public IReadOnlyList<string> CommandVerbs { get; init; } = [];
    /// <summary>Things a rep loses that are never a deal ("notes", "deck", "laptop").</summary>
    public IReadOnlyList<string> LostObjects { get; init; } = [];
    /// <summary>Possessives after "lost" that make the object a thing, unless a deal noun follows ("lost my notes").</summary>
    public IReadOnlyList<string> Possessives { get; init; } = [];
    /// <summary>Nouns that keep "lost my ..." a lost deal ("lost our biggest customer").</summary>
    public IReadOnlyList<string> DealLikeNouns { get; init; } = [];
    /// <summary>Base-form verbs of an errand asked of the bot or a colleague ("can you call Acme"): never a logged activity.</summary>
    public IReadOnlyList<string> ErrandVerbs { get; init; } = [];
    /// <summary>Verbs that hand an errand to someone ("ask Ben to", "tell Chloe to").</summary>
    public IReadOnlyList<string> DelegationVerbs { get; init; } = [];
    /// <summary>Tails that say the errand is for the sender ("for me").</summary>
    public IReadOnlyList<string> OnMyBehalf { get; init; } = [];
    /// <summary>Words of a wish or a prediction ("hope", "eventually", "probably"): no stage move, no task.</summary>
    public IReadOnlyList<string> WishMarkers { get; init; } = [];
    /// <summary>Verbs of a deal's outcome ("win", "sign", "close"): predicted, they are no task.</summary>
    public IReadOnlyList<string> OutcomeVerbs { get; init; } = [];
    /// <summary>A word that joins a written full name to a company after it ("Lena Fogarty of Pemberly Foods").</summary>
    public IReadOnlyList<string> PersonOfConnectors { get; init; } = [];
    /// <summary>Words after a count of units that make it a day ahead ("2 weeks from now", "a week from today").</summary>
    public IReadOnlyList<string> FromTodayWords { get; init; } = [];
    /// <summary>Words after a span that count it from tomorrow ("a week from tomorrow").</summary>
    public IReadOnlyList<string> FromTomorrowWords { get; init; } = [];
    /// <summary>A doubt inside a statement about a deal ("Acme might be lost", "we probably lost Acme"): read without it, then proposed.</summary>
    public IReadOnlyList<string> DoubtModals { get; init; } = [];
    /// <summary>Words of a hedge ("maybe", "might", "not sure"): the write is proposed, not made.</summary>
    public IReadOnlyList<string> HedgeWords { get; init; } = [];
    /// <summary>Openings that report a fact the rep is not sure of ("think", "pretty sure", "looks like"): what follows is read and only proposed.</summary>
    public IReadOnlyList<string> DoubtLeadIns { get; init; } = [];
    /// <summary>Labels written before a fact with a colon or a dash ("correction:", "update -"): never part of a name.</summary>
    public IReadOnlyList<string> FactLabels { get; init; } = [];
    /// <summary>Words before an old figure that a new one replaces ("85k not 75k", "90k instead of 80k").</summary>
    public IReadOnlyList<string> ReplacedValueMarkers { get; init; } = [];
    /// <summary>Job titles written next to a company or a person ("Oscorp CFO", "the Globex CTO", "fabrikam's CFO sarah lee"): never part of a name.</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];
    /// <summary>Joiners of two companies in one activity that always mean two ("Acme + Umbrella").</summary>
    public IReadOnlyList<string> PartySplitJoiners { get; init; } = [];
    /// <summary>Joiners of two companies that mean two only when the team knows both ("Litware and Contoso", never "Johnson and Johnson" unknown).</summary>
    public IReadOnlyList<string> PartyListJoiners { get; init; } = [];
    /// <summary>Sales words in another sense ("called in sick", "my wife called", "calling it a day"): never an activity.</summary>
    public IReadOnlyList<string> PrivatePhrases { get; init; } = [];
    /// <summary>Stage phrases that also report an activity ("proposal sent"): a deal the team does not know is only proposed.</summary>
    public IReadOnlyList<string> SentStagePhrases { get; init; } = [];
    /// <summary>Hedges that open a task like "I need to" does ("maybe", "might", "i might").</summary>
    public IReadOnlyList<string> HedgeHeads { get; init; } = [];
    /// <summary>Nouns of an activity that can be put off ("call", "demo", "meeting"): "Acme call got pushed" moves no deal.</summary>
    public IReadOnlyList<string> ActivityNouns { get; init; } = [];
    /// <summary>Places of a company written after its name ("HQ", "office", "campus"): never part of the account.</summary>
    public IReadOnlyList<string> PlaceNouns { get; init; } = [];
    /// <summary>Words of a deal's name that look like a stage ("win-back", "renewal"): never a stage.</summary>
    public IReadOnlyList<string> DealNameWords { get; init; } = [];
    /// <summary>Labels written before a lost deal's reason ("reason: timing"): not part of the reason.</summary>
    public IReadOnlyList<string> ReasonLabels { get; init; } = [];
    /// <summary>Openings of a question about one stage ("everything", "what have i got"): "... in negotiation" filters the pipeline.</summary>
    public IReadOnlyList<string> StageFilterOpeners { get; init; } = [];
    /// <summary>Phrases of a question about what there is to do ("what do i have to do tomorrow").</summary>
    public IReadOnlyList<string> ToDoQueryPhrases { get; init; } = [];
    /// <summary>Words of a question about a plan ("planning", "on my plan").</summary>
    public IReadOnlyList<string> PlanQueryWords { get; init; } = [];
    /// <summary>Words that end an account's name in an account question ("before my call", "is in").</summary>
    public IReadOnlyList<string> AccountQueryTails { get; init; } = [];
    /// <summary>Last words of an account question that end its name ("what stage is Fabrikam in").</summary>
    public IReadOnlyList<string> AccountQueryEnds { get; init; } = [];
    /// <summary>Words before a stage that say a deal moves there ("to", "into", "->"): such a clause stands on its own.</summary>
    public IReadOnlyList<string> MoveLinks { get; init; } = [];
}

using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// The team's own names, as the parser sees them: accounts, contacts, deals and members with their aliases.
/// An input to the parser (which stays free of data access): the engine builds one per team and keeps it,
/// <c>parse --demo</c> builds the demo team's, and <see cref="Empty"/> makes the parser read unknown names
/// from the text alone. A member named in a message is a colleague, never an account.
/// </summary>
public sealed record Lexicon(
    IReadOnlyList<LexiconAccount> Accounts,
    IReadOnlyList<LexiconContact> Contacts,
    IReadOnlyList<LexiconDeal> Deals,
    IReadOnlyList<LexiconMember> Members)
{
    public static Lexicon Empty { get; } = new([], [], [], []);

    public bool IsEmpty => Accounts.Count == 0 && Contacts.Count == 0 && Deals.Count == 0 && Members.Count == 0;
}

/// <summary>A company the team sells to, as stored ("Woodgrove Bank"), with other names reps use for it.</summary>
public sealed record LexiconAccount(string Name, IReadOnlyList<string> Aliases);

/// <summary>A person at an account ("Kevin Diaz" at "Contoso").</summary>
public sealed record LexiconContact(string Name, string? Account);

/// <summary>A deal ("Contoso upgrade") on an account, with its owner's name and its stage.</summary>
public sealed record LexiconDeal(string Name, string Account, string? Owner, DealStage Stage);

/// <summary>A member of the team (a colleague when named in a message), with nicknames.</summary>
public sealed record LexiconMember(string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// What the parser knows besides the text and the clock: the team's names and the language the sender
/// prefers ("en", "pl", "ru"; null lets the parser detect it from the message).
/// </summary>
public sealed record ParseContext(Lexicon Lexicon, string? Language = null)
{
    public static ParseContext None { get; } = new(Lexicon.Empty);
}

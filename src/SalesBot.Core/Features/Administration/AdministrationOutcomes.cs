using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Administration;

/// <summary>"✓ Thu Dec 24 is a team holiday: no stand-up or reminders that day."</summary>
public sealed record HolidayAdded(DateOnly Date) : Outcome
{
    public override string Render(LanguageReplies words) => words.HolidayAdded(this);
}

/// <summary>"holiday" without a day.</summary>
public sealed record WhichHolidayDay : Outcome
{
    public override string Render(LanguageReplies words) => words.WhichHolidayDay(this);
}

/// <summary>Away until a day (or until "back" when <see cref="Until"/> is null).</summary>
public sealed record AwaySet(DateOnly? Until, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.AwaySet(this);
}

public sealed record WelcomeBack(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.WelcomeBack(this);
}

/// <summary>A join code for a member; <see cref="Relink"/> moves an already linked member to whoever joins with it.</summary>
public sealed record InviteCode(string Name, string Code, bool Relink) : Outcome
{
    public override string Render(LanguageReplies words) => words.InviteCode(this);
}

/// <summary>"invite" without a name.</summary>
public sealed record WhomToInvite : Outcome
{
    public override string Render(LanguageReplies words) => words.WhomToInvite(this);
}

/// <summary>The member is linked already: no code without "relink".</summary>
public sealed record AlreadyLinked(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.AlreadyLinked(this);
}

/// <summary>A target said in a way that cannot be read.</summary>
public sealed record HowToSetTarget : Outcome
{
    public override string Render(LanguageReplies words) => words.HowToSetTarget(this);
}

public sealed record ChannelConnected(string Team) : Outcome
{
    public override string Render(LanguageReplies words) => words.ChannelConnected(this);
}

public sealed record ChannelDisconnected(string Team) : Outcome
{
    public override string Render(LanguageReplies words) => words.ChannelDisconnected(this);
}

/// <summary>Why a /connect or /disconnect changed nothing.</summary>
public enum ChannelRefusal { ConnectInGroup, OwnTeamOnly, TakenByAnotherTeam, DisconnectInGroup, NotConnected, AnotherTeamsChannel }

public sealed record ChannelRefused(ChannelRefusal Why, string Team) : Outcome
{
    public override string Render(LanguageReplies words) => words.ChannelRefused(this);
}

/// <summary>A join code linked the sender to their team.</summary>
public sealed record Joined(string Team, string Member) : Outcome
{
    public override string Render(LanguageReplies words) => words.Joined(this);
}

/// <summary>"/join CODE" from someone who is already a member.</summary>
public sealed record AlreadyJoined(string Member) : Outcome
{
    public override string Render(LanguageReplies words) => words.AlreadyJoined(this);
}

public enum JoinRefusal { TooManyTries, CodeDoesNotWork, MemberAlreadyLinked }

/// <summary>A join code that links no one: <see cref="Member"/> names whom a code for a linked member was for.</summary>
public sealed record JoinRefused(JoinRefusal Why, string? Member = null) : Outcome
{
    public override string Render(LanguageReplies words) => words.JoinRefused(this);
}

using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Kpis;

/// <summary>Whose figures a question is about: the asker's own, one colleague's, or the whole team's.</summary>
public enum WhoseKind { Mine, Member, Team }

/// <param name="Name">The colleague's name (Member), else null.</param>
/// <param name="Id">The member whose figures these are (Mine, Member), else null.</param>
/// <param name="Narrowed">The asker wanted someone else's or the team's and may not see them: their own are shown instead.</param>
/// <param name="Unknown">A name the team has no member for.</param>
public sealed record Whose(WhoseKind Kind, string? Name, int? Id, bool Narrowed = false, string? Unknown = null)
{
    /// <summary>
    /// "me", "team" or a member's name, as the parser writes Scope, checked against who may see what
    /// (<see cref="Team.ShowsFiguresTo"/>): a rep who asks for others gets their own, marked <see cref="Narrowed"/>.
    /// </summary>
    public static async Task<Whose> ResolveAsync(Turn turn, string? scope, WhoseKind fallback, CancellationToken ct)
    {
        var mine = new Whose(WhoseKind.Mine, null, turn.Member.Id);
        var asked = scope?.Trim();
        if (string.IsNullOrEmpty(asked) || asked.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return fallback == WhoseKind.Team && turn.SeesTeamFigures ? new Whose(WhoseKind.Team, null, null) : mine;
        }

        if (asked.Equals("team", StringComparison.OrdinalIgnoreCase))
        {
            return turn.SeesTeamFigures ? new Whose(WhoseKind.Team, null, null) : mine with { Narrowed = true };
        }

        if (await MemberResolver.FindAsync(turn.Db, turn.Team.Id, asked, ct) is not { } member)
        {
            return mine with { Unknown = asked };
        }

        if (member.Id == turn.Member.Id)
        {
            return mine;
        }

        return turn.SeesTeamFigures ? new Whose(WhoseKind.Member, member.Name, member.Id) : mine with { Narrowed = true };
    }

    /// <summary>Whether the answer holds someone else's figures (so a group that may not see them gets it privately).</summary>
    public bool IsOthers => Kind != WhoseKind.Mine;
}

namespace SalesBot.Core.Features.Deals;

/// <summary>Whose pipeline a reply shows: the asker's own (both null), a team's, or another rep's.</summary>
public sealed record Whose(string? Team = null, string? Rep = null)
{
    public static readonly Whose Own = new();
}

using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Channels.Teams;

/// <summary>A Teams member identity from what a manager typed (<c>member add --teams ID</c>).</summary>
public static class TeamsIdentity
{
    /// <param name="aadObjectId">The Entra object id (from.aadObjectId), kept as the identity's directory id.</param>
    /// <param name="userId">The "29:..." id Teams sends as from.id. The 1:1 conversation is learned from the first message.</param>
    public static NewIdentity Typed(string? aadObjectId, string? userId) => new(ChannelKind.Teams, userId, aadObjectId);
}

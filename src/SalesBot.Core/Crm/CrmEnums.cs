namespace SalesBot.Core.Crm;

/// <summary>What a rep did with a customer. Stored as a string.</summary>
public enum ActivityType { Meeting, Call, Email, Demo, Visit, Note }

/// <summary>The sales funnel. Won and Lost are closed stages.</summary>
public enum DealStage { Lead, Qualified, Proposal, Negotiation, Won, Lost }

public enum MemberRole { Rep, Manager }

public enum MemberStatus { Active, Away }

/// <summary>The messengers SalesBot speaks, plus the terminal used by <c>chat</c> and <c>replay</c>.</summary>
public enum ChannelKind { Telegram, Teams, Console }

public static class DealStageExtensions
{
    public static bool IsClosed(this DealStage stage) => stage is DealStage.Won or DealStage.Lost;
}

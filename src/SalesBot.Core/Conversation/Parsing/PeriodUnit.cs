namespace SalesBot.Core.Conversation.Parsing;

/// <summary>A calendar period a word names ("wk" is a week, "eoq" the end of a quarter); its wire name is its lowercase name.</summary>
public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>The end of a period, <paramref name="Ahead"/> periods from now ("end of next month": a month, one ahead).</summary>
public readonly record struct PeriodEnd(PeriodUnit Unit, int Ahead = 0);

/// <summary>Wire names of <see cref="PeriodUnit"/> ("week", "month"), as a target's period in the contract.</summary>
public static class PeriodUnitNames
{
    public static string ToWireName(this PeriodUnit unit) => unit.ToString().ToLowerInvariant();
}

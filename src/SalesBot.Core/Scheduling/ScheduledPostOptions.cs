namespace SalesBot.Core.Scheduling;

/// <summary>Configuration section "Scheduling".</summary>
public sealed class ScheduledPostOptions
{
    public const string Section = "Scheduling";

    /// <summary>How long after its time a missed post still goes out (marked late). Later than that it is skipped.</summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>A post that goes out more than this after its time says it is late.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many due posts are built at once when many teams share a minute.</summary>
    public int Parallelism { get; set; } = Math.Max(2, Environment.ProcessorCount);
}

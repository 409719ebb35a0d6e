using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Data.Configurations;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("Tasks");
        builder.HasIndex(t => new { t.TeamId, t.OwnerId, t.Due });
        builder.HasIndex(t => new { t.TeamId, t.DoneAt });
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId);
        builder.HasOne(t => t.Owner).WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.IsDone);
    }
}

internal sealed class DailyPlanConfiguration : IEntityTypeConfiguration<DailyPlan>
{
    public void Configure(EntityTypeBuilder<DailyPlan> builder)
    {
        builder.HasIndex(p => new { p.MemberId, p.Date }).IsUnique();
        builder.HasIndex(p => new { p.TeamId, p.Date });
        builder.Property(p => p.Items).HasConversion(new StringListConverter(), new StringListComparer());
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        // One team target and one per rep for each metric and period. The migrations index COALESCE(MemberId, 0),
        // because both stores treat NULLs as distinct in a unique index and would allow two team targets.
        builder.HasIndex(t => new { t.TeamId, t.Metric, t.Period, t.MemberId }).IsUnique();
        builder.Property(t => t.Value).HasPrecision(18, 2);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Forecast;

internal sealed class DealCloseDateChangeConfiguration : IEntityTypeConfiguration<DealCloseDateChange>
{
    public void Configure(EntityTypeBuilder<DealCloseDateChange> builder)
    {
        builder.HasIndex(c => c.DealId);
        builder.HasOne<Deal>().WithMany().HasForeignKey(c => c.DealId);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.ChangedByMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsSlip);
    }
}

internal sealed class StageProbabilityConfiguration : IEntityTypeConfiguration<StageProbability>
{
    public void Configure(EntityTypeBuilder<StageProbability> builder)
    {
        builder.HasIndex(p => new { p.TeamId, p.Stage }).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Data.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.Name).HaveName();
        builder.Property(d => d.NormalizedName).HaveName();
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.HasIndex(d => new { d.TeamId, d.Stage });
        builder.HasIndex(d => new { d.TeamId, d.NormalizedName });
        builder.HasIndex(d => new { d.TeamId, d.CreatedAt });
        builder.HasOne<Team>().WithMany().HasForeignKey(d => d.TeamId);
        builder.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.StageHistory).WithOne().HasForeignKey(c => c.DealId);
        builder.HasMany(d => d.Collaborators).WithOne().HasForeignKey(c => c.DealId);
        builder.Ignore(d => d.IsOpen);
    }
}

internal sealed class DealStageChangeConfiguration : IEntityTypeConfiguration<DealStageChange>
{
    public void Configure(EntityTypeBuilder<DealStageChange> builder)
    {
        builder.HasIndex(c => new { c.DealId, c.ChangedAt });
        // Stand-ups and digests read a window of stage changes across all deals.
        builder.HasIndex(c => c.ChangedAt);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.ChangedByMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealCollaboratorConfiguration : IEntityTypeConfiguration<DealCollaborator>
{
    public void Configure(EntityTypeBuilder<DealCollaborator> builder)
    {
        builder.HasKey(c => new { c.DealId, c.MemberId });
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

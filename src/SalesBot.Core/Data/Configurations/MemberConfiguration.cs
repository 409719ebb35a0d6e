using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.Name).HaveName();
        builder.Property(m => m.NormalizedName).HaveName();
        builder.Property(m => m.Language).HasMaxLength(8);
        builder.HasIndex(m => new { m.TeamId, m.NormalizedName }).IsUnique();
        builder.HasMany(m => m.Identities).WithOne().HasForeignKey(i => i.MemberId);
        builder.Ignore(m => m.IsManager);
    }
}

internal sealed class ChannelIdentityConfiguration : IEntityTypeConfiguration<ChannelIdentity>
{
    public void Configure(EntityTypeBuilder<ChannelIdentity> builder)
    {
        // One messenger identity is one member: a message can never be attributed to two teams.
        builder.HasIndex(i => new { i.Channel, i.UserId }).IsUnique();
        builder.HasIndex(i => new { i.Channel, i.DirectoryId }).IsUnique();
        builder.HasIndex(i => new { i.MemberId, i.Channel }).IsUnique();
    }
}

internal sealed class JoinCodeConfiguration : IEntityTypeConfiguration<JoinCode>
{
    public void Configure(EntityTypeBuilder<JoinCode> builder)
    {
        builder.Property(j => j.Code).HasMaxLength(16);
        builder.HasIndex(j => j.Code).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(j => j.TeamId);
    }
}

internal sealed class ChannelBindingConfiguration : IEntityTypeConfiguration<ChannelBinding>
{
    public void Configure(EntityTypeBuilder<ChannelBinding> builder)
    {
        builder.HasIndex(b => new { b.Channel, b.ChatId }).IsUnique();
        builder.HasIndex(b => b.TeamId);
        builder.HasOne<Team>().WithMany().HasForeignKey(b => b.TeamId);
    }
}

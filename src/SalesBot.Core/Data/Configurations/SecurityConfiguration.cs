using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Data.Configurations;

internal sealed class TeamsServiceUrlConfiguration : IEntityTypeConfiguration<TeamsServiceUrl>
{
    public void Configure(EntityTypeBuilder<TeamsServiceUrl> builder)
    {
        builder.Property(u => u.Url).HasMaxLength(2048);
        builder.HasIndex(u => u.Url).IsUnique();
    }
}

internal sealed class SenderEventConfiguration : IEntityTypeConfiguration<SenderEvent>
{
    public void Configure(EntityTypeBuilder<SenderEvent> builder)
    {
        builder.Property(e => e.SenderId).HasMaxLength(256);
        builder.HasIndex(e => new { e.Kind, e.Channel, e.SenderId, e.At });
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}

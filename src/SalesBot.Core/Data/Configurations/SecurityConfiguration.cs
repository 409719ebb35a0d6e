using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Data.Configurations;

internal sealed class ChannelEndpointConfiguration : IEntityTypeConfiguration<ChannelEndpoint>
{
    public void Configure(EntityTypeBuilder<ChannelEndpoint> builder)
    {
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.HasIndex(e => new { e.Channel, e.Url }).IsUnique();
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

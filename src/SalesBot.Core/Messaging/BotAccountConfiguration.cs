using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesBot.Core.Messaging;

internal sealed class BotAccountConfiguration : IEntityTypeConfiguration<BotAccount>
{
    public void Configure(EntityTypeBuilder<BotAccount> builder)
    {
        builder.Property(a => a.BotId).HasMaxLength(64);
        builder.Property(a => a.Username).HasMaxLength(256);
        builder.HasIndex(a => new { a.Channel, a.BotId }).IsUnique();
    }
}

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

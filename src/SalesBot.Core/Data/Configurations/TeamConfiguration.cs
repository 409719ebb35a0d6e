using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HaveName();
        builder.Property(t => t.NormalizedName).HaveName();
        builder.HasIndex(t => t.NormalizedName).IsUnique();
        builder.Property(t => t.TimeZone).HasMaxLength(64);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.WorkingDays).HasMaxLength(128);
        builder.HasMany(t => t.Members).WithOne(m => m.Team).HasForeignKey(m => m.TeamId);
        builder.HasMany(t => t.Holidays).WithOne().HasForeignKey(h => h.TeamId);
    }
}

internal sealed class TeamHolidayConfiguration : IEntityTypeConfiguration<TeamHoliday>
{
    public void Configure(EntityTypeBuilder<TeamHoliday> builder) =>
        builder.HasIndex(h => new { h.TeamId, h.Date }).IsUnique();
}

internal static class NameProperty
{
    /// <summary>Names of people, companies and deals: generous, but bounded.</summary>
    public static PropertyBuilder<string> HaveName(this PropertyBuilder<string> property) =>
        property.HasMaxLength(200).IsRequired();
}

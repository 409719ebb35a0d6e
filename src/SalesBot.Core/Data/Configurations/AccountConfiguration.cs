using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HaveName();
        builder.Property(a => a.NormalizedName).HaveName();
        // "Acme", "ACME Corp." and "Acme Corp" are one account per team; the database enforces it.
        builder.HasIndex(a => new { a.TeamId, a.NormalizedName }).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId);
        builder.HasMany(a => a.Contacts).WithOne(c => c.Account).HasForeignKey(c => c.AccountId);
        builder.HasMany(a => a.Deals).WithOne(d => d.Account).HasForeignKey(d => d.AccountId);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HaveName();
        builder.Property(c => c.NormalizedName).HaveName();
        builder.HasIndex(c => new { c.TeamId, c.NormalizedName });
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId);
    }
}

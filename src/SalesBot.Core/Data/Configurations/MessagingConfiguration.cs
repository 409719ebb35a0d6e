using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Data.Configurations;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        // A redelivered update hits this index and is acknowledged without being processed again.
        builder.HasIndex(i => new { i.Channel, i.ExternalId }).IsUnique();
        builder.HasIndex(i => i.ProcessedAt);
        builder.Property(i => i.ExternalId).HasMaxLength(512);
        builder.Property(i => i.Payload).HasMaxLength(100_000);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasIndex(o => new { o.Status, o.NotBefore });
        // The dispatcher's "oldest pending row of each chat", read from the index alone (migration 0042).
        builder.HasIndex(o => new { o.Status, o.Channel, o.ChatId, o.Id });
        builder.HasIndex(o => o.DedupKey).IsUnique();
        // Undo and edit-amend withdraw a write's pending posts by it (migration 0100).
        builder.HasIndex(o => o.JournalEntryId);
        builder.Property(o => o.Body).HasMaxLength(100_000);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.HasIndex(j => new { j.MemberId, j.CreatedAt });
        builder.HasIndex(j => j.SourceMessageId);
        builder.Property(j => j.Changes).HasMaxLength(100_000);
        builder.Property(j => j.Facts).HasMaxLength(100_000);
        builder.HasOne<Member>().WithMany().HasForeignKey(j => j.MemberId);
    }
}

internal sealed class OpenQuestionConfiguration : IEntityTypeConfiguration<OpenQuestion>
{
    public void Configure(EntityTypeBuilder<OpenQuestion> builder)
    {
        builder.HasIndex(q => new { q.MemberId, q.CreatedAt });
        builder.Property(q => q.Command).HasMaxLength(20_000);
        builder.HasOne<Member>().WithMany().HasForeignKey(q => q.MemberId);
    }
}

internal sealed class ScheduledPostConfiguration : IEntityTypeConfiguration<ScheduledPost>
{
    public void Configure(EntityTypeBuilder<ScheduledPost> builder)
    {
        // Exactly once: a second host (or a catch-up after downtime) fails on this index and backs off.
        builder.HasIndex(p => new { p.TeamId, p.Kind, p.Key, p.Recipient }).IsUnique();
        // The every-minute catch-up reads the ledger of the last few hours.
        builder.HasIndex(p => p.DueAt);
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId);
    }
}

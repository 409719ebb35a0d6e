using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Tips;

/// <summary>
/// What worked, shared by a rep with the team ("tip: always send the agenda the day before"). It is posted to the
/// team's channel; the team's reactions on that post rank it (the Enterprise 2.0 wall: by the team, not by rank).
/// </summary>
public class Tip
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    /// <summary>The author.</summary>
    public int MemberId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The write that shared it: its channel posts carry the same entry, which is how a reaction finds the tip; undo removes it.</summary>
    public int? JournalEntryId { get; set; }
    public List<TipReaction> Reactions { get; } = [];
}

/// <summary>
/// One reaction of one person on a tip's post. A person counts once however many emoji they add; each emoji is a row
/// so taking one back leaves the others.
/// </summary>
public class TipReaction
{
    public long Id { get; set; }
    public int TipId { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>Who reacted, in the messenger's own user ids (a reactor need not be a member).</summary>
    public required string ReactorId { get; set; }
    public required string Reaction { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> builder)
    {
        builder.HasIndex(t => new { t.TeamId, t.CreatedAt });
        builder.HasIndex(t => t.JournalEntryId);
        builder.Property(t => t.Text).HasMaxLength(1000);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId);
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId);
        builder.HasMany(t => t.Reactions).WithOne().HasForeignKey(r => r.TipId);
    }
}

internal sealed class TipReactionConfiguration : IEntityTypeConfiguration<TipReaction>
{
    public void Configure(EntityTypeBuilder<TipReaction> builder)
    {
        builder.HasIndex(r => new { r.TipId, r.Channel, r.ReactorId, r.Reaction }).IsUnique();
        builder.Property(r => r.ReactorId).HasMaxLength(200);
        builder.Property(r => r.Reaction).HasMaxLength(64);
    }
}

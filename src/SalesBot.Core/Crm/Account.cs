namespace SalesBot.Core.Crm;

/// <summary>A customer company. One per normalized name per team, so "Acme", "ACME Corp." and "Acme Corp" are one.</summary>
public class Account
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public required string Name { get; set; }
    /// <summary>See <see cref="CompanyName.Normalize"/>.</summary>
    public required string NormalizedName { get; set; }
    public int? CreatedByMemberId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? JournalEntryId { get; set; }

    public List<Contact> Contacts { get; set; } = [];
    public List<Deal> Deals { get; set; } = [];
}

/// <summary>A person at a customer.</summary>
public class Contact
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int? AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    /// <summary>Job title at the account ("CFO").</summary>
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? JournalEntryId { get; set; }
}

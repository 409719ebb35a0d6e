using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Each team's <see cref="Lexicon"/>, built from the store on first use and kept in memory across batches.
/// The writer drops a team's lexicon when a message of that team creates or renames an account, contact, deal or
/// member, moves a deal's stage, or reverts a write; a lexicon older than <see cref="MaxAge"/> is rebuilt, so names
/// written by another process (the CLI, a second host) arrive within a minute.
/// </summary>
internal sealed class TeamLexicons(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, (Lexicon Lexicon, DateTimeOffset BuiltAt)> _teams = new();

    /// <summary>The team's lexicon if one is cached and fresh (senders' threads use it to parse before queueing).</summary>
    public Lexicon? Cached(int teamId) =>
        _teams.TryGetValue(teamId, out var cached) && clock.GetUtcNow() - cached.BuiltAt < MaxAge ? cached.Lexicon : null;

    public async Task<Lexicon> GetAsync(SalesBotDb db, int teamId, CancellationToken ct)
    {
        if (Cached(teamId) is { } lexicon)
        {
            return lexicon;
        }

        lexicon = await BuildAsync(db, teamId, ct);
        _teams[teamId] = (lexicon, clock.GetUtcNow());
        return lexicon;
    }

    public void Invalidate(int teamId) => _teams.TryRemove(teamId, out _);

    public void Clear() => _teams.Clear();

    /// <summary>Whether saving these changes alters a name the lexicon holds (or a deal's stage or owner).</summary>
    public static bool ChangesNames(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted && entry.Entity is Account or Contact or Deal or Member)
            {
                return true;
            }

            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var changed = entry.Entity switch
            {
                Account => Modified(entry, nameof(Account.Name)),
                Contact => Modified(entry, nameof(Contact.Name), nameof(Contact.AccountId)),
                Deal => Modified(entry, nameof(Deal.Name), nameof(Deal.Stage), nameof(Deal.OwnerId), nameof(Deal.AccountId)),
                Member => Modified(entry, nameof(Member.Name)),
                _ => false,
            };
            if (changed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Modified(EntityEntry entry, params string[] properties) => properties.Any(p => entry.Property(p).IsModified);

    private static async Task<Lexicon> BuildAsync(SalesBotDb db, int teamId, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.TeamId == teamId).OrderBy(a => a.Id)
            .Select(a => new LexiconAccount(a.Name, Array.Empty<string>())).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.TeamId == teamId).OrderBy(c => c.Id)
            .Select(c => new LexiconContact(c.Name, c.Account == null ? null : c.Account.Name)).ToListAsync(ct);
        var deals = await db.Deals.AsNoTracking().Where(d => d.TeamId == teamId).OrderBy(d => d.Id)
            .Select(d => new LexiconDeal(d.Name, d.Account!.Name, d.Owner!.Name, d.Stage)).ToListAsync(ct);
        var names = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId).OrderBy(m => m.Id).Select(m => m.Name).ToListAsync(ct);
        return new Lexicon(accounts, contacts, deals, names.Select(n => new LexiconMember(n, FirstNameIfUnique(n, names))).ToList());
    }

    /// <summary>Reps call colleagues by first name ("w/ Ben"); a first name two members share stands for neither.</summary>
    private static IReadOnlyList<string> FirstNameIfUnique(string name, IReadOnlyList<string> all)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var f, _, ..] ? f : null;
        return first is not null && all.Count(n => n.StartsWith(first + " ", StringComparison.OrdinalIgnoreCase) || n.Equals(first, StringComparison.OrdinalIgnoreCase)) == 1
            ? [first]
            : [];
    }
}

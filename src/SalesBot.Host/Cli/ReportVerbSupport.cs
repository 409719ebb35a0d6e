using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;
using SalesBot.Host.Hosting;

namespace SalesBot.Host.Cli;

/// <summary>What the report verbs share: opening the store and finding a team by name.</summary>
internal static class ReportVerbSupport
{
    public static async Task<SalesBotDb> OpenAsync(string? db)
    {
        var connection = StoreConnection.Parse(db ?? HostConfiguration.Build().GetConnectionString("SalesBot"));
        var store = connection.CreateDb();
        await StoreMigrator.MigrateAsync(store, connection.Provider);
        return store;
    }

    public static async Task<int> FindTeamAsync(SalesBotDb db, string name)
    {
        var wanted = CompanyName.NormalizePlain(name);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, t.NormalizedName }).ToListAsync();
        var team = teams.FirstOrDefault(t => t.NormalizedName == wanted || CompanyName.NormalizePlain(t.Name) == wanted
            || t.NormalizedName == CompanyName.Normalize(name));
        return team?.Id ?? throw new UsageException($"unknown team '{name}'");
    }

    public static void WriteText(TextWriter stdout, OutgoingMessage message)
    {
        if (message.Title is not null)
        {
            stdout.WriteLine(message.Title);
        }

        stdout.WriteLine(message.Text);
        if (message.Details.Count > 0)
        {
            stdout.WriteLine();
            foreach (var line in message.Details)
            {
                stdout.WriteLine(line);
            }
        }
    }
}

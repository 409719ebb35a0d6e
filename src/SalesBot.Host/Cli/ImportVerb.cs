using System.Text.Json;
using SalesBot.Core.Features.Export;

namespace SalesBot.Host.Cli;

/// <summary><c>salesbot import FILE [--db CONNECTION]</c>: restores an export into an empty store, all or nothing.</summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var file = args.Positional(0, "FILE");
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(1);

        CrmExport export;
        try
        {
            await using var stream = File.OpenRead(file);
            export = await JsonSerializer.DeserializeAsync<CrmExport>(stream, CliJson.Options)
                ?? throw new UsageException($"{file} holds no export");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read {file}: {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{file} is not a salesbot export: {ex.Message.Split('\n')[0].Trim()}");
        }

        await using var db = await CliStore.OpenAsync(connection);
        var result = await new ImportCrm(db).HandleAsync(ExportBeforeIdentities.FromOldFields(export), default);
        if (!result.Ok)
        {
            throw new UsageException($"import {file}: {result.Error}");
        }

        var s = result.Value!;
        stdout.WriteLine($"imported {file}: {s.Teams} teams, {s.Members} members, {s.Accounts} accounts, {s.Contacts} contacts, {s.Deals} deals, "
            + $"{s.Activities} activities, {s.Tasks} tasks, {s.Plans} plans, {s.Targets} targets.");
        return 0;
    }
}

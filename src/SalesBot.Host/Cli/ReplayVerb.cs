using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot replay FILE [--db CONNECTION]</c>: feeds a transcript to the bot as if each line were sent at its
/// time. Lines: <c>2026-11-16T09:40 Anna: logged a call with Contoso</c> (local time of the member's team); blank
/// lines and # comments are skipped. Prints each reply and each channel post. A malformed file changes nothing.
/// </summary>
internal static partial class ReplayVerb
{
    private sealed record Line(int Number, DateTime Local, string Name, string Text);

    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout, Action<IServiceCollection>? configure = null)
    {
        var file = args.Positional(0, "FILE");
        var db = args.Option("--db");
        args.EnsureNoUnknownOptions(1);

        string[] raw;
        try
        {
            raw = await File.ReadAllLinesAsync(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read {file}: {ex.Message}");
        }

        var lines = Parse(raw);
        await using var transcript = await ConsoleTranscript.OpenAsync(db, configure);
        var session = Guid.NewGuid().ToString("N")[..8];
        foreach (var line in lines)
        {
            await using var store = transcript.CreateDb();
            var key = CompanyName.NormalizePlain(line.Name);
            var member = await store.Members.AsNoTracking().Include(m => m.Team).Where(m => m.NormalizedName == key).OrderBy(m => m.Id).FirstOrDefaultAsync();
            var zone = member is null ? TimeZoneInfo.Utc : Zones.Of(member.Team!.TimeZone);
            var local = DateTime.SpecifyKind(line.Local, DateTimeKind.Unspecified);
            var sentAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
            var sender = member is null ? line.Name : $"{member.Team!.Name}/{member.Name}";
            var chatId = $"console:{line.Name}";

            await stdout.WriteLineAsync($"{line.Local:yyyy-MM-dd HH:mm} {line.Name}: {line.Text}");
            var message = new IncomingMessage(ChannelKind.Console, chatId, ChatKind.Private, sender, line.Name, line.Text, $"replay:{session}:{line.Number}", sentAt);
            await transcript.Engine.HandleAsync(message, CancellationToken.None);
            await transcript.PrintAsync(chatId, stdout, "  ");
        }

        return 0;
    }

    private static List<Line> Parse(string[] raw)
    {
        var lines = new List<Line>();
        for (var i = 0; i < raw.Length; i++)
        {
            var text = raw[i].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var m = LinePattern().Match(text);
            if (!m.Success || !DateTime.TryParseExact(m.Groups["t"].Value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                throw new UsageException($"line {i + 1}: expected \"2026-11-16T09:40 Anna: message\"");
            }

            lines.Add(new Line(i + 1, local, m.Groups["n"].Value.Trim(), m.Groups["m"].Value));
        }

        return lines;
    }

    [GeneratedRegex(@"^(?<t>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?)\s+(?<n>[^:]{1,80}):\s?(?<m>.*)$")]
    private static partial Regex LinePattern();
}

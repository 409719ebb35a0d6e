using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Data;
using SalesBot.Core.Demo;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot parse [--now ISO-LOCAL-DATETIME] [--jsonl] [--demo | --db CONNECTION --team TEAM] [TEXT]</c>:
/// shows how a message is understood, with the demo team's or a stored team's names when asked.
/// </summary>
internal static class ParseVerb
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CliArgs args, TextReader stdin, TextWriter stdout)
    {
        var nowText = args.Option("--now");
        var jsonl = args.Flag("--jsonl");
        var demo = args.Flag("--demo");
        var dbOption = args.Option("--db");
        var teamName = args.Option("--team");
        args.EnsureNoUnknownOptions(maxPositionals: jsonl ? 0 : 1);
        if (demo && (dbOption is not null || teamName is not null))
        {
            throw new UsageException("parse takes --demo or --db CONNECTION --team TEAM, not both");
        }

        if (dbOption is not null && teamName is null)
        {
            throw new UsageException("parse --db needs --team TEAM");
        }
        var now = DateTime.Now;
        if (nowText is not null && !DateTime.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
        {
            throw new UsageException($"--now '{nowText}' is not an ISO local date-time (e.g. 2026-11-18T10:00:00)");
        }

        var lexicon = demo ? DemoTeam.Lexicon : teamName is not null ? await LoadLexiconAsync(dbOption, teamName) : Lexicon.Empty;
        var context = new ParseContext(lexicon, "en");
        var parser = MessageParser.English;
        var buffer = new ArrayBufferWriter<byte>(256);
        if (!jsonl)
        {
            if (args.Positionals.Count == 0)
            {
                throw new UsageException("parse needs TEXT or --jsonl");
            }

            Write(buffer, parser.Parse(args.Positionals[0], now, context), null);
            await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            await stdout.FlushAsync();
            return 0;
        }

        var output = new StringBuilder();
        while (await stdin.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            buffer.ResetWrittenCount();
            if (TryReadText(line, out var text, out var error))
            {
                Write(buffer, parser.Parse(text, now, context), null);
            }
            else
            {
                Write(buffer, new ParsedCommand(Intent.Unknown, 0), error);
            }

            output.Append(Encoding.UTF8.GetString(buffer.WrittenSpan)).Append('\n');
        }

        await stdout.WriteAsync(output.ToString());
        await stdout.FlushAsync();
        return 0;
    }

    /// <summary>A stored team's accounts, contacts, deals (with their owners' names) and members.</summary>
    private static async Task<Lexicon> LoadLexiconAsync(string? db, string teamName)
    {
        await using var store = await ReportVerbSupport.OpenAsync(db);
        var teamId = await ReportVerbSupport.FindTeamAsync(store, teamName);
        return await LoadLexiconAsync(store, teamId);
    }

    internal static async Task<Lexicon> LoadLexiconAsync(SalesBotDb db, int teamId)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.TeamId == teamId).OrderBy(a => a.Id)
            .Select(a => new LexiconAccount(a.Name, new List<string>())).ToListAsync();
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.TeamId == teamId).OrderBy(c => c.Id)
            .Select(c => new LexiconContact(c.Name, c.Account == null ? null : c.Account.Name)).ToListAsync();
        var deals = await db.Deals.AsNoTracking().Where(d => d.TeamId == teamId).OrderBy(d => d.Id)
            .Select(d => new LexiconDeal(d.Name, d.Account!.Name, d.Owner == null ? null : d.Owner.Name, d.Stage)).ToListAsync();
        var members = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId).OrderBy(m => m.Id)
            .Select(m => new LexiconMember(m.Name, new List<string>())).ToListAsync();
        return new Lexicon(accounts, contacts, deals, members);
    }

    private static bool TryReadText(string line, out string text, out string error)
    {
        text = error = string.Empty;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
            {
                text = value.GetString() ?? string.Empty;
                return true;
            }

            error = "expected an object with a string \"text\"";
            return false;
        }
        catch (JsonException ex)
        {
            error = "unreadable line: " + ex.Message;
            return false;
        }
    }

    /// <summary>Writes the contract's snake_case fields, skipping nulls, plus the administration extras.</summary>
    private static void Write(ArrayBufferWriter<byte> buffer, ParsedCommand c, string? error)
    {
        using var w = new Utf8JsonWriter(buffer, WriterOptions);
        WriteCommand(w, c, error);
    }

    private static void WriteCommand(Utf8JsonWriter w, ParsedCommand c, string? error)
    {
        w.WriteStartObject();
        var shown = ContractIntent.Of(c);
        w.WriteString("intent", shown.Intent);
        WriteText(w, "action", shown.Action);
        if (error is not null)
        {
            w.WriteString("error", error);
        }

        if (c.Activity is { } activity)
        {
            w.WriteString("activity", activity.ToString().ToLowerInvariant());
        }

        WriteText(w, "account", c.Account);
        WriteText(w, "contact", c.Contact);
        WriteText(w, "deal", c.Deal);
        if (c.Stage is { } stage)
        {
            w.WriteString("stage", stage.ToString().ToLowerInvariant());
        }

        if (c.Amount is { } amount)
        {
            w.WriteNumber("amount", amount);
        }

        WriteText(w, "currency", c.Currency);
        if (c.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (c.Time is { } time)
        {
            w.WriteString("time", time.ToString("HH:mm", CultureInfo.InvariantCulture));
        }

        WriteText(w, "title", c.Title);
        if (c.Items is { } items)
        {
            w.WriteStartArray("items");
            foreach (var item in items)
            {
                w.WriteStringValue(item);
            }

            w.WriteEndArray();
        }

        WriteText(w, "scope", c.Scope);
        WriteText(w, "week", c.Week ?? shown.Week);
        WriteText(w, "notes", c.Notes);
        WriteList(w, "colleagues", c.Colleagues);

        WriteText(w, "reason", c.Reason);
        WriteText(w, "role", c.Role);
        WriteText(w, "email", c.Email);
        WriteText(w, "topic", c.Topic);
        if (c.From is { } from)
        {
            w.WriteString("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (c.To is { } to)
        {
            w.WriteString("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        WriteList(w, "members", c.Members);
        WriteText(w, "setting", c.Setting);
        WriteText(w, "argument", c.Argument);
        if (c.Number is { } number)
        {
            w.WriteNumber("number", number);
        }

        WriteText(w, "period", c.Period);
        w.WriteNumber("confidence", Math.Round(c.Confidence, 2));
        if (c.Confirm)
        {
            w.WriteBoolean("confirm", true);
        }

        WriteText(w, "language", c.Language);
        if (c.More is { Count: > 0 } more)
        {
            w.WriteStartArray("more");
            foreach (var next in more)
            {
                WriteCommand(w, next, null);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            w.WriteStartArray(name);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }
    }

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Host.Cli;

/// <summary><c>salesbot parse [--now ISO-LOCAL-DATETIME] [--jsonl] [TEXT]</c>: shows how a message is understood.</summary>
internal static class ParseVerb
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CliArgs args, TextReader stdin, TextWriter stdout)
    {
        var nowText = args.Option("--now");
        var jsonl = args.Flag("--jsonl");
        args.EnsureNoUnknownOptions(maxPositionals: jsonl ? 0 : 1);
        var now = DateTime.Now;
        if (nowText is not null && !DateTime.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
        {
            throw new UsageException($"--now '{nowText}' is not an ISO local date-time (e.g. 2026-11-18T10:00:00)");
        }

        var parser = MessageParser.English;
        var buffer = new ArrayBufferWriter<byte>(256);
        if (!jsonl)
        {
            if (args.Positionals.Count == 0)
            {
                throw new UsageException("parse needs TEXT or --jsonl");
            }

            Write(buffer, parser.Parse(args.Positionals[0], now), null);
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
                Write(buffer, parser.Parse(text, now), null);
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
        w.WriteStartObject();
        w.WriteString("intent", c.Intent.ToWireName());
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
        WriteText(w, "week", c.Week);
        WriteText(w, "notes", c.Notes);
        if (c.Colleagues is { Count: > 0 } colleagues)
        {
            w.WriteStartArray("colleagues");
            foreach (var name in colleagues)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        WriteText(w, "argument", c.Argument);
        if (c.Number is { } number)
        {
            w.WriteNumber("number", number);
        }

        WriteText(w, "period", c.Period);
        w.WriteNumber("confidence", Math.Round(c.Confidence, 2));
        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}

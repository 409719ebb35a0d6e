using System.Globalization;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The button protocol, in one place: what a button's data says ("u:123" undo journal entry 123, "q:45:2" option 2
/// of open question 45, "r:7:done" a reminder's answer), written by <see cref="Data"/> and read by
/// <see cref="Read"/>. The data stays short and server-side (Telegram allows 64 bytes of callback data).
/// </summary>
public abstract record ButtonAction
{
    /// <summary>The string a messenger carries back when the button is pressed.</summary>
    public abstract string Data { get; }

    /// <summary>The press as a record, or null for data no button of ours carries (an old or forged press).</summary>
    public static ButtonAction? Read(string? data) => (data ?? "").Split(':') switch
    {
        ["u", var entry] when Id(entry) is { } id => new UndoPress(id),
        ["q", var question, var option] when Id(question) is { } id && Id(option) is { } n => new OptionPress(id, n),
        ["r", var task, var what] when Id(task) is { } id && what.Length > 0 => new ReminderPress(id, what),
        _ => null,
    };

    /// <summary>Whether a button answers an open question (the command it belongs to waits for the press).</summary>
    public static bool Answers(string data) => Read(data) is OptionPress;

    private static int? Id(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>The Undo button of a reply: reverts journal entry <paramref name="JournalEntryId"/>.</summary>
public sealed record UndoPress(int JournalEntryId) : ButtonAction
{
    public override string Data => string.Create(CultureInfo.InvariantCulture, $"u:{JournalEntryId}");
}

/// <summary>Picks option <paramref name="Option"/> (1-based, as numbered in the question) of open question <paramref name="QuestionId"/>.</summary>
public sealed record OptionPress(int QuestionId, int Option) : ButtonAction
{
    public override string Data => string.Create(CultureInfo.InvariantCulture, $"q:{QuestionId}:{Option}");
}

/// <summary>A reminder's button: <paramref name="What"/> is "done" or "tomorrow" (the reminder feature reads it).</summary>
public sealed record ReminderPress(int TaskId, string What) : ButtonAction
{
    public override string Data => string.Create(CultureInfo.InvariantCulture, $"r:{TaskId}:{What}");
}

namespace SalesBot.Core.Messaging;

/// <summary>
/// What the bot says, independent of any messenger: plain text (renderers escape it) with optional
/// buttons. Each messenger's renderer turns it into that messenger's format.
/// </summary>
public sealed record OutgoingMessage(string Text)
{
    /// <summary>A bold first line, if any.</summary>
    public string? Title { get; init; }
    /// <summary>Longer content a reader can expand, or that follows in a thread, as the messenger allows.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];
    /// <summary>The weekly digest's picture, drawn by each messenger's renderer (a photo, native card charts).</summary>
    public Reports.Charts.DigestChart? Chart { get; init; }
}

/// <summary>
/// A button. <paramref name="Data"/> is a short server-side key ("u:123" undo journal entry 123,
/// "q:45:2" option 2 of open question 45), well under Telegram's 64-byte callback limit.
/// </summary>
public sealed record ReplyButton(string Label, string Data);

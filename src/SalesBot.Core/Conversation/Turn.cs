using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Everything one message's handling needs: the store (inside the writer's transaction), who wrote,
/// their team, and the message time in UTC and in the team's zone. Handlers add to <see cref="Posts"/>
/// and start a <see cref="Journal"/> entry when they write.
/// </summary>
public sealed class Turn
{
    public required SalesBotDb Db { get; init; }

    /// <summary>The writer's prepared inserts for the rows every message adds (journal, outbox).</summary>
    public required PreparedRows Rows { get; init; }
    public required Team Team { get; init; }
    public required Member Member { get; init; }
    public required IncomingMessage Message { get; init; }
    /// <summary>When the message happened (the messenger's time, never later than the server's): CRM dates follow it.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The server's clock: every expiry and window (open questions, the edit window, undo) uses it, never a client's timestamp.</summary>
    public required DateTimeOffset ServerNow { get; init; }
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The message that started this command (an answered question keeps the asking message).</summary>
    public required string SourceMessageId { get; init; }

    /// <summary>The text that started this command, stored beside activities for audit.</summary>
    public required string SourceText { get; init; }

    /// <summary>Choices the member already made for an earlier question about this command.</summary>
    public Pins Pins { get; set; } = Pins.None;

    public JournalEntry? Journal { get; private set; }

    public List<TeamPost> Posts { get; } = [];

    /// <summary>What the parser understood (kept so a question can finish it later).</summary>
    public ParsedCommand Command { get; set; } = new(Intent.Unknown, 0);

    /// <summary>
    /// This message's turn for the command an answered question kept: the asking message stays its source, the
    /// member's answer becomes its <see cref="Pins"/>. <see cref="Adopt"/> takes its writes back into this turn.
    /// </summary>
    public Turn Resume(ParsedCommand command, Pins pins, string? askedIn) => new()
    {
        Db = Db,
        Rows = Rows,
        Team = Team,
        Member = Member,
        Message = Message,
        Now = Now,
        ServerNow = ServerNow,
        Zone = Zone,
        SourceMessageId = askedIn ?? SourceMessageId,
        SourceText = SourceText,
        Pins = pins,
        Command = command,
    };

    /// <summary>Takes over the journal entry and posts of a turn that finished this one's command (an answered question).</summary>
    public void Adopt(Turn resumed)
    {
        Journal ??= resumed.Journal;
        Posts.AddRange(resumed.Posts);
    }

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Now, Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>Whether the member may see team figures at all (in private, see <see cref="Team.ShowsFiguresTo"/>).</summary>
    public bool SeesTeamFigures => Team.ShowsFiguresTo(Member, ChatKind.Private);

    /// <summary>Whether team figures may appear in this chat (a group or channel is read by everyone in it).</summary>
    public bool ShowsFiguresHere => Team.ShowsFiguresTo(Member, Message.ChatKind);

    /// <summary>A deal's amount as the reply may show it here, or null when this chat may not see it.</summary>
    public Replies.Figure? AmountOf(decimal? amount, string? currency, int dealOwnerId) =>
        amount is { } value && Team.ShowsAmountTo(Member, Message.ChatKind, dealOwnerId) ? new Replies.Figure(value, currency) : null;

    /// <summary>
    /// Starts the undo journal entry for this write and inserts it, so created rows can carry its id. The entry is
    /// not tracked: handlers fill in its summary and changes, and the engine writes those when the turn ends.
    /// </summary>
    public async Task<JournalEntry> StartJournalAsync(CancellationToken ct)
    {
        if (Journal is not null)
        {
            return Journal;
        }

        Journal = new JournalEntry
        {
            TeamId = Team.Id,
            MemberId = Member.Id,
            Kind = Command.Intent.ToWireName(),
            Summary = Command.Intent.ToWireName(),
            SourceMessageId = SourceMessageId,
            CreatedAt = ServerNow,
        };
        await Rows.InsertAsync(Journal, ct);
        return Journal;
    }
}

/// <summary>Answers to earlier questions: which account or deal the member picked.</summary>
/// <param name="Confirmed">The member said Yes to a guard's question (re-staging a closed deal).</param>
public sealed record Pins(int? AccountId = null, bool NewAccount = false, int? DealId = null, int? TaskId = null, bool Confirmed = false)
{
    public static readonly Pins None = new();
}

/// <summary>A line for the team's channel; the engine decides where and when it goes.</summary>
public sealed record TeamPost(ChannelEvents Event, string Text, string? TextWithAmount = null);

/// <summary>
/// What a handler answers the member: an <see cref="Conversation.Outcome"/>, rendered by the engine in the
/// member's language, with its title, details and buttons worded by the same pack.
/// </summary>
public sealed record TurnResult(Outcome Outcome)
{
    public Outcome? Title { get; init; }
    public IReadOnlyList<Outcome> Details { get; init; } = [];
    public IReadOnlyList<Button> Buttons { get; init; } = [];

    /// <summary>Holds figures the chat it was asked in may not see: the engine sends it to the asker privately.</summary>
    public bool Privately { get; init; }

    /// <summary>The reply in English (logs, and callers that have no member to ask for a language).</summary>
    public string Text => Outcome.Render(ReplyPacks.English);

    public OutgoingMessage ToMessage(LanguageReplies words) => new(Outcome.Render(words))
    {
        Title = Title?.Render(words) ?? Outcome.Title(words),
        Details = Details.Select(d => d.Render(words)).ToList(),
        Buttons = Buttons.Select(b => new ReplyButton(Replies.Format.Clip(b.Label.Render(words), 40), b.Data)).ToList(),
    };
}

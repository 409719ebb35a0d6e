using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Asking "which one?" and remembering the question, so that "2" or a button press ("q:ID:2")
/// finishes the command the member started.
/// </summary>
public static class Questions
{
    public const string AccountField = "account";
    public const string DealField = "deal";
    public const string TaskField = "task";

    /// <summary>Option id meaning "none of these: create a new record".</summary>
    public const int NewRecord = 0;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public sealed record Option(int Id, string Label);

    public static async Task<TurnResult> AskAsync(Turn turn, ParsedCommand command, string field, string question,
        IReadOnlyList<Option> options, CancellationToken ct)
    {
        var open = new OpenQuestion
        {
            TeamId = turn.Team.Id,
            MemberId = turn.Member.Id,
            Command = JsonSerializer.Serialize(command),
            Field = field,
            Options = JsonSerializer.Serialize(options),
            SourceMessageId = turn.SourceMessageId,
            CreatedAt = turn.Now,
            ExpiresAt = turn.Now + Lifetime,
        };
        turn.Db.OpenQuestions.Add(open);
        await turn.Db.SaveChangesAsync(ct);

        var lines = options.Select((o, i) => $"{i + 1}. {o.Label}");
        return new TurnResult($"{question}\n{string.Join('\n', lines)}\nReply with the number.")
        {
            Buttons = options.Select((o, i) => new ReplyButton(Replies.Format.Clip(o.Label, 40), $"q:{open.Id}:{i + 1}")).ToList(),
        };
    }

    public static IReadOnlyList<Option> FromCandidates(IEnumerable<Candidate> candidates) =>
        candidates.Select(c => new Option(c.Id, c.Label)).ToList();

    /// <summary>The member's latest unanswered, unexpired question, if any.</summary>
    public static Task<OpenQuestion?> LatestOpenAsync(Turn turn, CancellationToken ct) =>
        turn.Db.OpenQuestions
            .Where(q => q.MemberId == turn.Member.Id && q.AnsweredAt == null && q.ExpiresAt > turn.Now)
            .OrderByDescending(q => q.Id)
            .FirstOrDefaultAsync(ct);

    public static IReadOnlyList<Option> OptionsOf(OpenQuestion question) =>
        JsonSerializer.Deserialize<List<Option>>(question.Options) ?? [];

    public static ParsedCommand CommandOf(OpenQuestion question) =>
        JsonSerializer.Deserialize<ParsedCommand>(question.Command) ?? new ParsedCommand(Intent.Unknown, 0);
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Resolution;

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
    /// <summary>A proposal the parser was unsure of ("Log a call with Contoso today?"): Yes writes it.</summary>
    public const string ConfirmField = "confirm";
    /// <summary>A guard on a closed deal ("Fabrikam is Won. Move it to Lost?"): Yes's id is the deal.</summary>
    public const string ReopenField = "reopen";
    /// <summary>"The last thing I wrote for you was …. Undo it?": Yes's id is the journal entry.</summary>
    public const string UndoField = "undo";

    /// <summary>Option id meaning "none of these: create a new record".</summary>
    public const int NewRecord = 0;

    /// <summary>Option id meaning "no, leave it": the answer writes nothing.</summary>
    public const int Cancel = -1;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public sealed record Option(int Id, string Label);

    /// <summary>An option as the member sees it: a name as it is, or a pack's line ("New account \"X\"").</summary>
    public sealed record Choice(int Id, Outcome Label);

    /// <summary>"Which Contoso?" with numbered options and a button each; the answer finishes <paramref name="command"/>.</summary>
    public static async Task<TurnResult> AskAsync(Turn turn, ParsedCommand command, string field, Outcome question,
        IReadOnlyList<Choice> choices, CancellationToken ct)
    {
        // The stored labels are only for reading the row; the reply renders the choices in the member's language.
        var open = await OpenAsync(turn, command, field, choices.Select(c => new Option(c.Id, c.Label.Render(Languages.ReplyPacks.English))).ToList(), ct);
        return new TurnResult(new AskWhich(question, choices.Select(c => c.Label).ToList()))
        {
            Buttons = choices.Select((c, i) => new Button(c.Label, new OptionPress(open.Id, i + 1).Data)).ToList(),
        };
    }

    private static async Task<OpenQuestion> OpenAsync(Turn turn, ParsedCommand command, string field, IReadOnlyList<Option> options, CancellationToken ct)
    {
        var open = new OpenQuestion
        {
            TeamId = turn.Team.Id,
            MemberId = turn.Member.Id,
            Command = JsonSerializer.Serialize(command),
            Field = field,
            Options = JsonSerializer.Serialize(options),
            SourceMessageId = turn.SourceMessageId,
            CreatedAt = turn.ServerNow,
            ExpiresAt = turn.ServerNow + Lifetime,
        };
        turn.Db.OpenQuestions.Add(open);
        await turn.Db.SaveChangesAsync(ct);
        return open;
    }

    /// <summary>Whether a reply carries a question's buttons (the command waits on it).</summary>
    public static bool Asks(TurnResult result) => result.Buttons.Any(b => ButtonAction.Answers(b.Data));

    /// <summary>
    /// A question with two buttons, [yes] [no], worded by the pack: Yes's option id is <paramref name="yesId"/>. Typed
    /// "1", "2", or the pack's yes and no words answer it too.
    /// </summary>
    public static async Task<TurnResult> AskYesNoAsync(Turn turn, ParsedCommand command, string field, Outcome question, int yesId,
        ButtonWord yes, ButtonWord no, CancellationToken ct)
    {
        var english = Languages.ReplyPacks.English;
        var open = await OpenAsync(turn, command, field, [new Option(yesId, english.Button(yes)), new Option(Cancel, english.Button(no))], ct);
        return new TurnResult(question)
        {
            Buttons = [new Button(yes, new OptionPress(open.Id, 1).Data), new Button(no, new OptionPress(open.Id, 2).Data)],
        };
    }

    public static bool IsYesNo(OpenQuestion question) => OptionsOf(question) is [_, { Id: Cancel }];

    public static IReadOnlyList<Option> FromCandidates(IEnumerable<Candidate> candidates) =>
        candidates.Select(c => new Option(c.Id, c.Label)).ToList();

    /// <summary>The member's latest unanswered, unexpired question, if any.</summary>
    public static Task<OpenQuestion?> LatestOpenAsync(Turn turn, CancellationToken ct) =>
        turn.Db.OpenQuestions
            .Where(q => q.MemberId == turn.Member.Id && q.AnsweredAt == null && q.ExpiresAt > turn.ServerNow)
            .OrderByDescending(q => q.Id)
            .FirstOrDefaultAsync(ct);

    public static IReadOnlyList<Option> OptionsOf(OpenQuestion question) =>
        JsonSerializer.Deserialize<List<Option>>(question.Options) ?? [];

    public static ParsedCommand CommandOf(OpenQuestion question) =>
        JsonSerializer.Deserialize<ParsedCommand>(question.Command) ?? new ParsedCommand(Intent.Unknown, 0);
}

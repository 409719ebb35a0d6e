using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>The engine's own sentences: buttons, questions, private answers, missing arguments, proposals.</summary>
public abstract partial class LanguageReplies
{
    public abstract string PrivateAnswer(PrivateAnswer answer);

    public abstract string ReportsMissing(ReportsMissing missing);

    public abstract string NothingWritten(NothingWritten nothing);

    public abstract string ButtonExpired(ButtonExpired expired);

    public abstract string QuestionClosed(QuestionClosed closed);

    public abstract string NoOpenQuestion(NoOpenQuestion none);

    public abstract string OthersButton(OthersButton button);

    public abstract string AnswerOutOfRange(AnswerOutOfRange answer);

    public abstract string ArgumentMissing(ArgumentMissing missing);

    /// <summary>The member chose this pack's language for replies.</summary>
    public abstract string LanguageSet(Features.Preferences.LanguageSet set);

    // ---- Proposals ("Log a call with Contoso today?") and the typed yes or no that answers them ----

    /// <summary>Each command described, the later ones joined lower-cased, as one question.</summary>
    public string Proposed(Proposed o) =>
        string.Join(ProposalThen, o.Commands.Select((c, i) => i == 0 ? Propose(c, o.Today) : LowerFirst(Propose(c, o.Today)))) + "?";

    /// <summary>One command as the bot understood it, as an imperative: "Log a call with Contoso today".</summary>
    public abstract string Propose(ParsedCommand command, DateOnly today);

    /// <summary>What joins two proposed commands: ", then ".</summary>
    protected abstract string ProposalThen { get; }

    private string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], Culture) + s[1..];

    /// <summary>A typed answer to a yes/no question: true, false, or null when the text is neither in this pack's words.</summary>
    public bool? YesOrNo(string text)
    {
        var t = text.Trim().TrimEnd('.', '!').ToLower(Culture);
        return YesWords.Contains(t) ? true : NoWords.Contains(t) ? false : null;
    }

    /// <summary>Lower-case words that answer yes ("yes", "ok").</summary>
    protected abstract IReadOnlySet<string> YesWords { get; }

    /// <summary>Lower-case words that answer no ("no", "cancel").</summary>
    protected abstract IReadOnlySet<string> NoWords { get; }
}

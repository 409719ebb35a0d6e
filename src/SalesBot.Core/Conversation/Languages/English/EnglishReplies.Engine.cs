using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string PrivateAnswer(PrivateAnswer a) => a.Sent
        ? "I sent you that in our private chat: team figures stay out of this chat."
        : "Ask me that in a private chat: team figures stay out of this chat.";

    public override string ReportsMissing(ReportsMissing m) => m.Standup
        ? "Stand-up reports are not set up on this server yet."
        : "KPI digests are not set up on this server yet.";

    public override string NothingWritten(NothingWritten n) => "OK, I wrote nothing.";

    public override string ButtonExpired(ButtonExpired e) => "That button has expired. Type \"help\" to see what I can do.";

    public override string QuestionClosed(QuestionClosed c) => "That question is closed. Send the message again if you still need it.";

    public override string NoOpenQuestion(NoOpenQuestion n) => "I have no open question for you right now. Type \"help\" to see what I can do.";

    public override string OthersButton(OthersButton b) => b.Undo
        ? $"That Undo button is {b.Owner}'s, so I left it alone; nothing changed. Your own entries have their own Undo."
        : $"That question was for {b.Owner}, so I left it open for them; nothing changed.";

    public override string AnswerOutOfRange(AnswerOutOfRange a) => $"Please answer with a number from 1 to {a.Options}.";

    public override string ArgumentMissing(ArgumentMissing m) => m.Intent switch
    {
        Intent.MoveDeal => "Which deal, and to which stage? For example: \"Contoso upgrade to proposal\". Nothing was written.",
        Intent.UpdateDeal => "Which deal? For example: \"Contoso upgrade amount 45k\". Nothing was written.",
        Intent.AddTask => "What should I remind you of? For example: \"remind me to call Kevin on Friday\". Nothing was written.",
        Intent.AddContact => "Who is the contact? For example: \"add contact: Sarah Lee, CFO at Fabrikam\". Nothing was written.",
        Intent.ShowContacts or Intent.LastContact => "Which account? For example: \"who's our contact at Woodgrove\".",
        _ => "Which account? For example: \"show Contoso\".",
    };

    protected override string ProposalThen => ", then ";

    protected override IReadOnlySet<string> YesWords { get; } =
        new HashSet<string>(["yes", "y", "yep", "yeah", "sure", "ok", "okay", "correct", "right"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> NoWords { get; } = new HashSet<string>(["no", "n", "nope", "cancel", "wrong"], StringComparer.Ordinal);

    public override string Propose(ParsedCommand p, DateOnly today)
    {
        var on = p.Date is { } day ? " " + Day(day, today) : "";
        var what = p.Deal ?? p.Account ?? p.Contact ?? "";
        switch (p.Intent)
        {
            case Intent.LogActivity:
                var party = p.Account is { } a ? (p.Contact is { } c ? $" with {c} at {a}" : $" with {a}") : p.Contact is { } only ? $" with {only}" : "";
                var with = p.Colleagues is { Count: > 0 } colleagues ? $" (with {string.Join(", ", colleagues)})" : "";
                return $"Log {WithArticle(Noun(p.Activity ?? ActivityType.Note))}{party}{with} {(p.Date is { } d ? Day(d, today) : "today")}";
            case Intent.CreateDeal:
                return $"Create the deal {what}" + (p.Amount is null ? "" : $" at {Money(p.Amount, p.Currency)}");
            case Intent.MoveDeal when p.Stage is { } stage:
                return $"Move {what} to {Stage(stage)}" + (p.Reason is { } reason ? $" ({reason})" : "");
            case Intent.UpdateDeal:
                var changes = new List<string>();
                if (p.Amount is not null)
                {
                    changes.Add($"amount {Money(p.Amount, p.Currency)}");
                }

                if (p.Date is { } close)
                {
                    changes.Add($"closing {Day(close, today)}");
                }

                if (p.Stage is { } to)
                {
                    changes.Add($"stage {Stage(to)}");
                }

                return $"Change {what}: {string.Join(", ", changes)}";
            case Intent.AddTask:
                return $"Add the task \"{p.Title}\"{on}";
            case Intent.CompleteTask:
                return $"Mark \"{p.Title}\" done";
            case Intent.SetPlan:
                return $"Set today's plan: {string.Join(", ", p.Items ?? [])}";
            default:
                return $"Do \"{p.Intent.ToWireName()}\"" + (what.Length > 0 ? $" for {what}" : "");
        }
    }

    public override string LanguageSet(Features.Preferences.LanguageSet set) => "OK, I'll answer you in English from now on.";
}

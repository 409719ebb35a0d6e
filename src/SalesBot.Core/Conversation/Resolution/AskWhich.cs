namespace SalesBot.Core.Conversation.Resolution;

/// <summary>"Which Contoso?" and the numbered options; a button each comes with it.</summary>
public sealed record AskWhich(Outcome Question, IReadOnlyList<Outcome> Options) : Outcome
{
    public override string Render(Languages.LanguageReplies words) => words.AskWhich(this);
}

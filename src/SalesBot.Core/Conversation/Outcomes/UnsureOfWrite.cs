using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A write the parser read with too little confidence to propose: nothing is written.</summary>
public sealed record UnsureOfWrite(string Text) : Outcome
{
    public override string Render(LanguageReplies words) => words.LowConfidence(Text);
}

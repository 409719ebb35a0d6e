using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Features.Help;

/// <summary>How to do one thing: the pack's example for the intent asked about, to copy; the help for one without an example.</summary>
public sealed record HowToShown(string? Topic) : Outcome
{
    public override string Render(LanguageReplies words) => words.HowToShown(this);
}

/// <summary>"how do i log a call" (Topic is the intent's wire name): the reply pack's example for that intent.</summary>
public static class ShowHowTo
{
    public sealed record Command(string? Topic)
    {
        public static Command From(ParsedCommand p) => new(p.Topic);
    }

    public static TurnResult Handle(Command cmd)
    {
        return new TurnResult(new HowToShown(cmd.Topic));
    }
}

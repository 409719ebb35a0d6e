using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Features.Help;

/// <summary>How to do one thing: the pack's example for it, to copy.</summary>
public sealed record HowToShown(string Capability, string Example)
{
    public string Render(LanguageReplies words) => words.HowToShown(this);
}

/// <summary>"how do i log a call" (Topic is the intent's wire name): the reply pack's example for that intent.</summary>
public static class ShowHowTo
{
    public sealed record Command(string? Topic)
    {
        public static Command From(ParsedCommand p) => new(p.Topic);
    }

    public static TurnResult Handle(Turn turn, Command cmd)
    {
        var words = ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language);
        return new TurnResult(words.ExampleFor(cmd.Topic) is { } found ? new HowToShown(found.Capability, found.Example).Render(words) : words.Help());
    }
}

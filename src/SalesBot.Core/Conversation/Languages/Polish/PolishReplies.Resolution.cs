namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    protected override string ReplyWithTheNumber() => "Odpisz numerem.";
}

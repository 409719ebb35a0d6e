namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    protected override string ReplyWithTheNumber() => "Ответьте номером.";
}

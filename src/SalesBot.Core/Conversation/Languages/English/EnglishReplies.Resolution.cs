namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    protected override string ReplyWithTheNumber() => "Reply with the number.";
}

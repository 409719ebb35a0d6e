namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    /// <summary>A button's fixed word: "Undo", "Yes", "Done".</summary>
    public abstract string Button(ButtonWord word);
}

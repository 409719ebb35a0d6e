namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string Button(ButtonWord word) => word switch
    {
        ButtonWord.Undo => "Undo",
        ButtonWord.Yes => "Yes",
        ButtonWord.No => "No",
        ButtonWord.Create => "Create",
        ButtonWord.Cancel => "Cancel",
        ButtonWord.Done => "Done",
        _ => "Tomorrow",
    };
}

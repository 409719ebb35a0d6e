namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string Button(ButtonWord word) => word switch
    {
        ButtonWord.Undo => "Cofnij",
        ButtonWord.Yes => "Tak",
        ButtonWord.No => "Nie",
        ButtonWord.Create => "Utwórz",
        ButtonWord.Cancel => "Anuluj",
        ButtonWord.Done => "Zrobione",
        _ => "Jutro",
    };
}

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string Button(ButtonWord word) => word switch
    {
        ButtonWord.Undo => "Отменить",
        ButtonWord.Yes => "Да",
        ButtonWord.No => "Нет",
        ButtonWord.Create => "Создать",
        ButtonWord.Cancel => "Отмена",
        ButtonWord.Done => "Готово",
        _ => "Завтра",
    };
}

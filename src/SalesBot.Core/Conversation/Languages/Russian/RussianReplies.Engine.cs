using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string PrivateAnswer(PrivateAnswer a) => a.Sent
        ? "Отправил это в наш личный чат: цифры команды не попадают в этот чат."
        : "Спросите меня об этом в личном чате: цифры команды не попадают в этот чат.";

    public override string ReportsMissing(ReportsMissing m) => m.Standup
        ? "Отчёты стендапа на этом сервере ещё не настроены."
        : "Сводки KPI на этом сервере ещё не настроены.";

    public override string NothingWritten(NothingWritten n) => "Хорошо, ничего не записал.";

    public override string ButtonExpired(ButtonExpired e) => "Эта кнопка устарела. Напишите \"помощь\", чтобы узнать, что я умею.";

    public override string QuestionClosed(QuestionClosed c) => "Этот вопрос уже закрыт. Отправьте сообщение ещё раз, если нужно.";

    public override string NoOpenQuestion(NoOpenQuestion n) => "Сейчас у меня нет к вам открытого вопроса. Напишите \"помощь\", чтобы узнать, что я умею.";

    public override string OthersButton(OthersButton b) => b.Undo
        ? $"Эта кнопка «Отменить» принадлежит: {b.Owner}, поэтому я её не тронул; ничего не изменилось. У ваших записей своя кнопка «Отменить»."
        : $"Этот вопрос был для: {b.Owner}, поэтому я оставил его открытым; ничего не изменилось.";

    public override string AnswerOutOfRange(AnswerOutOfRange a) => $"Ответьте числом от 1 до {a.Options}.";

    public override string ArgumentMissing(ArgumentMissing m) => m.Intent switch
    {
        Intent.MoveDeal => "Какая сделка и на какой этап? Например: \"Contoso upgrade на этап КП\". Ничего не записано.",
        Intent.UpdateDeal => "Какая сделка? Например: \"Contoso upgrade сумма 45 тыс.\". Ничего не записано.",
        Intent.AddTask => "О чём напомнить? Например: \"напомни позвонить Кевину в пятницу\". Ничего не записано.",
        Intent.AddContact => "Кто контакт? Например: \"добавь контакт: Анна Смирнова, CFO в Fabrikam\". Ничего не записано.",
        Intent.ShowContacts or Intent.LastContact => "Какой клиент? Например: \"кто наш контакт в Woodgrove\".",
        _ => "Какой клиент? Например: \"что по Contoso\".",
    };
}

using SalesBot.Core.Crm;
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

    protected override string ProposalThen => ", затем ";

    protected override IReadOnlySet<string> YesWords { get; } =
        new HashSet<string>(["да", "ага", "угу", "ок", "ok", "окей", "конечно", "верно", "давай", "подтверждаю"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> NoWords { get; } = new HashSet<string>(["нет", "не", "неа", "отмена", "отмени", "неверно"], StringComparer.Ordinal);

    // A list of facts ("Записать: звонок с Contoso") keeps nouns and names in their base form, which the bot cannot decline.
    public override string Propose(ParsedCommand p, DateOnly today)
    {
        var on = p.Date is { } day ? " " + Day(day, today) : "";
        var what = p.Deal ?? p.Account ?? p.Contact ?? "";
        switch (p.Intent)
        {
            case Intent.LogActivity:
                var party = p.Account is { } a ? (p.Contact is { } c ? $" с {c} ({a})" : $" с {a}") : p.Contact is { } only ? $" с {only}" : "";
                var with = p.Colleagues is { Count: > 0 } colleagues ? $" (вместе с: {string.Join(", ", colleagues)})" : "";
                return $"Записать: {Noun(p.Activity ?? ActivityType.Note)}{party}{with} {Day(p.Date ?? today, today)}";
            case Intent.CreateDeal:
                return $"Создать сделку {what}" + (p.Amount is null ? "" : $" на {Money(p.Amount, p.Currency)}");
            case Intent.MoveDeal when p.Stage is { } stage:
                return $"Перевести {what} на этап: {Stage(stage)}" + (p.Reason is { } reason ? $" ({reason})" : "");
            case Intent.UpdateDeal:
                var changes = new List<string>();
                if (p.Amount is not null)
                {
                    changes.Add($"сумма {Money(p.Amount, p.Currency)}");
                }

                if (p.Date is { } close)
                {
                    changes.Add($"закрытие {Day(close, today)}");
                }

                if (p.Stage is { } to)
                {
                    changes.Add($"этап {Stage(to)}");
                }

                return $"Изменить {what}: {string.Join(", ", changes)}";
            case Intent.AddTask:
                return $"Добавить задачу «{p.Title}»{on}";
            case Intent.CompleteTask:
                return $"Отметить «{p.Title}» выполненной";
            case Intent.SetPlan:
                return $"Задать план на сегодня: {string.Join(", ", p.Items ?? [])}";
            default:
                return $"Выполнить «{p.Intent.ToWireName()}»" + (what.Length > 0 ? $" для {what}" : "");
        }
    }

    public override string LanguageSet(Features.Preferences.LanguageSet set) => "Хорошо, теперь отвечаю вам по-русски.";
}

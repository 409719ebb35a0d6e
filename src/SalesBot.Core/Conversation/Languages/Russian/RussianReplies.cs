using System.Globalization;
using Humanizer;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation.Languages.Russian;

/// <summary>What the bot says in Russian, addressing the member as «вы». Sentences avoid the writer's gender («Анна: сделка выиграна — ...»).</summary>
public sealed partial class RussianReplies : LanguageReplies
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public RussianReplies() => Reports = new RussianReportReplies(this);

    public override string Code => "ru";

    public override CultureInfo Culture => Ru;

    public override ReportReplies Reports { get; }

    /// <summary>The Russian plural: 1, 21 встреча; 2-4, 22-24 встречи; 5-20, 11-14 встреч.</summary>
    public static string Plural(int n, string one, string few, string many)
    {
        var abs = Math.Abs(n);
        var form = abs % 10 == 1 && abs % 100 != 11 ? one : abs % 10 is >= 2 and <= 4 && abs % 100 is < 12 or > 14 ? few : many;
        return $"{n.ToString(CultureInfo.InvariantCulture)} {form}";
    }

    public override IReadOnlyList<(string Capability, string Example)> Examples { get; } =
    [
        ("записать активность", "встреча с Northwind"),
        ("записать звонок", "звонил в Contoso вчера по продлению"),
        ("создать сделку", "новая сделка Contoso upgrade 40 тыс. евро"),
        ("передвинуть сделку", "Contoso upgrade на этап КП"),
        ("выиграть сделку", "выиграли Fabrikam"),
        ("указать сумму или дату закрытия", "Contoso upgrade сумма 45 тыс. закрытие 15 декабря"),
        ("добавить задачу", "напомни позвонить Кевину в пятницу"),
        ("закрыть задачу", "готово: позвонить Кевину"),
        ("спланировать день", "план на сегодня: КП Contoso, звонок Кевину, демо для Fabrikam"),
        ("посмотреть свою воронку", "моя воронка"),
        ("посмотреть сделки на этапе", "воронка переговоры"),
        ("посмотреть клиента", "что по Contoso"),
        ("посмотреть свои задачи", "мои задачи"),
        ("посмотреть стендап", "стендап"),
        ("посмотреть KPI", "KPI команды за прошлую неделю"),
        ("отменить последнюю запись", "отмени"),
    ];

    public override string Help() =>
        "Я записываю в CRM то, что вы мне пишете. Попробуйте:\n"
        + string.Join('\n', Examples.Select(e => $"• {e.Example}"))
        + "\nУ каждой записи есть кнопка «Отменить», или просто напишите «отмени».";

    protected override string DidYouMean(string capability, string example) => $"Вы хотели {capability}? Например: «{example}».";

    protected override string ForExample() => "Например: «встреча с Northwind», «Contoso upgrade на этап КП» или «моя воронка».";

    protected override string NothingWritten() => "Не удалось понять сообщение, поэтому ничего не записано.";

    protected override string TypeHelp() => "Напишите «помощь», чтобы увидеть всё, что я умею.";

    protected override IReadOnlySet<string> CommonWords { get; } =
        new HashSet<string>(["этот", "этой", "было", "прошлую", "когда", "после"], StringComparer.Ordinal);

    protected override IReadOnlyList<string> ThanksPrefixes { get; } = ["спасиб", "благодар"];

    protected override IReadOnlySet<string> ThanksWords { get; } = new HashSet<string>(["спс", "пасиб"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> Greetings { get; } =
        new HashSet<string>(["привет", "здравствуйте", "здравствуй", "салют", "/start"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> GreetingPairs { get; } =
        new HashSet<string>(["добрый день", "доброе утро", "добрый вечер"], StringComparer.Ordinal);

    protected override string YoureWelcome() => "Пожалуйста!";

    protected override string Hello() => "Привет! Напишите, что сделано, например «звонок в Contoso», или «помощь».";

    public override string Stranger(string channel) =>
        "Здравствуйте! Я вас ещё не знаю, поэтому не могу ничего за вас записать. "
        + $"Попросите менеджера написать мне «invite <ваше имя>»; он получит код, а вы пришлите мне здесь «/join КОД» ({channel}).";

    public override string SeveralMembersCalled(string name) => $"Участник по имени {name} есть в нескольких командах; начните чат с параметром --team КОМАНДА.";

    public override string NewMemberName() => "Новый участник";

    public override string TooLong(int length, int max) =>
        $"В сообщении {Plural(length, "символ", "символа", "символов")}; я принимаю до {max.ToString("N0", Ru)}. Разбейте его, пожалуйста, на части. Ничего не записано.";

    public override string Apology() => "Извините, у меня что-то пошло не так, и ничего не записано. Попробуйте ещё раз чуть позже.";

    public override string Money(decimal? amount, string? currency)
    {
        if (amount is null)
        {
            return "";
        }

        var value = amount.Value;
        var number = Math.Abs(value) switch
        {
            < 1000 => value.ToString("0.##", Ru),
            < 1_000_000 => (value / 1000).ToString("0.#", Ru) + " тыс.",
            _ => (value / 1_000_000).ToString("0.#", Ru) + " млн",
        };
        return currency switch
        {
            "RUB" => $"{number} ₽",
            "EUR" => $"{number} €",
            "USD" => $"{number} $",
            "GBP" => $"{number} £",
            null or "" => number,
            _ => $"{number} {currency}",
        };
    }

    public override string ExactMoney(string currency, decimal amount) => $"{amount.ToString("#,0.##", Ru)} {currency}";

    public override string Ago(DateOnly day, DateOnly today) => (today.DayNumber - day.DayNumber) switch
    {
        0 => "сегодня",
        1 => "вчера",
        -1 => "завтра",
        _ => day.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue), culture: Ru),
    };

    public override string Day(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "сегодня",
        1 => "завтра",
        -1 => "вчера",
        _ => day.Year == today.Year ? WeekdayDate(day) : day.ToString("d MMM yyyy", Ru),
    };

    public override string Quantity(Counted what, int count) => what switch
    {
        Counted.Meeting => Plural(count, "встреча", "встречи", "встреч"),
        Counted.Call => Plural(count, "звонок", "звонка", "звонков"),
        Counted.Email => Plural(count, "письмо", "письма", "писем"),
        Counted.Demo => Plural(count, "презентация", "презентации", "презентаций"),
        Counted.Visit => Plural(count, "визит", "визита", "визитов"),
        Counted.Note => Plural(count, "заметка", "заметки", "заметок"),
        Counted.Activity => Plural(count, "активность", "активности", "активностей"),
        Counted.OpenDeal => Plural(count, "открытая сделка", "открытые сделки", "открытых сделок"),
        Counted.NewDeal => Plural(count, "новая сделка", "новые сделки", "новых сделок"),
        Counted.WonDeal => Plural(count, "выигранная сделка", "выигранные сделки", "выигранных сделок"),
        Counted.StageMove => Plural(count, "смена этапа", "смены этапа", "смен этапа"),
        Counted.TaskDone => Plural(count, "выполненная задача", "выполненные задачи", "выполненных задач"),
        Counted.OpenTask => Plural(count, "открытая задача", "открытые задачи", "открытых задач"),
        _ => Plural(count, "задача", "задачи", "задач"),
    };

    public override string Noun(ActivityType type) => type switch
    {
        ActivityType.Meeting => "встреча",
        ActivityType.Call => "звонок",
        ActivityType.Email => "письмо",
        ActivityType.Demo => "презентация",
        ActivityType.Visit => "визит",
        _ => "заметка",
    };

    public override string Stage(DealStage stage) => stage switch
    {
        DealStage.Lead => "Лид",
        DealStage.Qualified => "Квалификация",
        DealStage.Proposal => "КП",
        DealStage.Negotiation => "Переговоры",
        DealStage.Won => "Выиграна",
        _ => "Проиграна",
    };

    public override string PostWon(string member, string deal) => $"🏆 {member}: сделка выиграна — {deal}";

    public override string PostLost(string member, string deal) => $"{member}: сделка проиграна — {deal}";

    public override string PostMoved(string member, string deal, DealStage from, DealStage to) => $"{member}: {deal}: {Stage(from)} → {Stage(to)}";

    public override string PostOpened(string member, string deal, DealStage stage) => $"🆕 {member}: новая сделка {deal}, {Stage(stage)}";

    public override OutgoingMessage PersonalGreeting() => new(
        "Напишите своими словами, что сделано, и я внесу это в CRM. Например:\n"
        + "- звонил в Contoso\n- Contoso upgrade на этап КП\n- напомни позвонить Кевину в пятницу\n"
        + "У каждой записи есть кнопка «Отменить». Напишите «помощь», чтобы узнать больше.")
    {
        Title = "Привет, я SalesBot",
        Details = ["Ещё не в команде? Попросите у менеджера код и отправьте «/join КОД»."],
    };

    public override OutgoingMessage ChannelGreeting() => new(
        "Здесь я публикую победы, смены этапов и новые сделки команды, а также утренний стендап и еженедельный дайджест KPI. "
        + "Менеджер подключает этот канал к команде SalesBot, написав «@SalesBot connect КОМАНДА» (например, «@SalesBot connect North»).")
    {
        Title = "Привет, я SalesBot",
        Details = ["Продавцы записывают свою работу со мной в личном чате. Здесь упомяните меня: «@SalesBot KPI команды за прошлую неделю»."],
    };

    public override OutgoingMessage PlanPrompt(string firstName) =>
        new("Какие у вас 3 главные задачи на сегодня? Ответьте, например: план: позвонить Кевину; КП Contoso; демо Fabrikam") { Title = $"Доброе утро, {firstName}" };

    public override string TasksForTodayTitle() => "Ваши задачи на сегодня";

    public override string TaskToday(string title) => $"• {title} (сегодня)";

    public override string TaskOverdueSince(string title, DateOnly due) => $"• {title} (просрочено с {ShortDate(due)})";

    public override string OwnTeamStandupOnly() => "Я могу показать стендап только вашей команды.";

    public override string OwnTeamFiguresOnly() => "Я могу показать цифры только вашей команды.";

    public override string NotAWeek(string example, string text) => $"Я понимаю недели в виде {example}; «{text}» не подходит.";

    public override string NoOneCalled(string name, string team) => $"В команде {team} нет никого по имени {name}.";

    public override string TeamFiguresGoToManagers() => "Цифры команды видят менеджеры; вот ваши.";

    public override string OtherRepsFiguresGoToManagers() => "Цифры других продавцов видят менеджеры; вот ваши.";
}

using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string SettingName(string setting) => setting switch
    {
        "digest_in_channel" => "Сводка в канале",
        "amounts_in_channel" => "Суммы в канале",
        "team_figures" => "Кто видит цифры команды",
        "standup_time" => "Время стендапа",
        "digest_day" => "День сводки",
        "digest_time" => "Время сводки",
        "quiet_hours" => "Тихие часы",
        "plan_prompt_lead" => "Напоминание о плане (минут до стендапа)",
        "time_zone" => "Часовой пояс",
        "currency" => "Валюта",
        "language" => "Язык",
        "channel_events" => "События в канале",
        "working_days" => "Рабочие дни",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"Вероятность этапа «{Reports.StageName(stage.ToString().ToLowerInvariant())}»",
        _ => setting,
    };

    protected override string SwitchWord(bool on) => on ? "вкл." : "выкл.";

    protected override string FiguresWord(bool everyone) => everyone ? "все" : "только менеджеры";

    protected override string AllOrNoneWord(bool all) => all ? "все" : "никакие";

    protected override string SettingExample(string setting) => setting switch
    {
        "digest_in_channel" => "публикуй сводку в канале",
        "amounts_in_channel" => "показывай суммы в канале",
        "team_figures" => "цифры команды для всех",
        "standup_time" => "стендап в 9:30",
        "digest_day" => "сводка в понедельник",
        "digest_time" => "сводка в 8:00",
        "quiet_hours" => "тихие часы 20-8",
        "plan_prompt_lead" => "напоминание о плане за 30 минут",
        "time_zone" => "часовой пояс Europe/Moscow",
        "currency" => "валюта RUB",
        "language" => "язык команды ru",
        "channel_events" => "события в канале: победы, смены этапов",
        "working_days" => "рабочие дни Mon-Fri",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"вероятность на этапе {Reports.StageName(stage.ToString().ToLowerInvariant())} 40%",
        _ => "стендап в 9:30",
    };

    public override string TeamSettingChanged(TeamSettingChanged o) =>
        $"✓ {SettingName(o.Setting)}: {SettingValue(o.Setting, o.After)} (было: {SettingValue(o.Setting, o.Before)}).";

    public override string TeamSettingUnchanged(TeamSettingUnchanged o) =>
        $"{SettingName(o.Setting)}: уже {SettingValue(o.Setting, o.Value)}, ничего не изменилось.";

    public override string TeamSettingInvalid(TeamSettingInvalid o) =>
        $"Не могу установить «{SettingName(o.Setting)}» в «{o.Value}», ничего не изменилось. Например: «{SettingExample(o.Setting)}».";

    public override string WhichTeamSetting(WhichTeamSetting o) =>
        $"Какую настройку? Например: «{SettingExample("standup_time")}», «{SettingExample("quiet_hours")}» или «{SettingExample("digest_in_channel")}». Ничего не изменилось.";

    public override string OnlyManagers(OnlyManagers o) => o.What switch
    {
        ManagerWrite.Targets => "Цели может ставить только менеджер.",
        ManagerWrite.Holidays => "Выходные команды может добавлять только менеджер.",
        ManagerWrite.Invites => "Приглашать в команду может только менеджер.",
        ManagerWrite.Connect => "Подключить канал к команде может только менеджер.",
        ManagerWrite.Disconnect => "Отключить канал команды может только менеджер.",
        _ => "Настройки команды может менять только менеджер, ничего не изменилось.",
    };

    public override string TeamSettingSummary(string setting, string value) => $"{SettingName(setting)}: {SettingValue(setting, value)}";

    public override string HolidaySummary(DateOnly date, DateOnly today) => $"выходной команды: {Day(date, today)}";

    public override string AwaySummary(DateOnly? until, DateOnly today) => until is { } last ? $"отсутствие до {Day(last, today)}" : "отсутствие";

    public override string BackSummary() => "возвращение";

    public override string InviteSummary(string name) => $"приглашение для: {name}";

    public override string ConnectSummary(string? chat) => chat is null ? "подключение этого чата" : $"подключение «{chat}»";

    public override string DisconnectSummary(string? chat) => chat is null ? "отключение этого чата" : $"отключение «{chat}»";

    public override string HolidayAdded(HolidayAdded o) => $"✓ {WeekdayDate(o.Date)} — выходной команды: в этот день нет стендапа и напоминаний.";

    public override string WhichHolidayDay(WhichHolidayDay o) => "Какой день? Например: «выходной 24 декабря».";

    public override string AwaySet(AwaySet o) => o.Until is { } last
        ? $"✓ Отсутствие до {Day(last, o.Today)}: до этого дня никаких запросов и напоминаний. Хорошего отдыха!"
        : "✓ Отсутствие: никаких запросов и напоминаний, пока не напишете «вернулся».";

    public override string WelcomeBack(WelcomeBack o) => $"С возвращением, {o.Name}! Запросы и напоминания снова включены.";

    public override string InviteCode(InviteCode o) =>
        $"✓ Код для {o.Name}: {o.Code} (действует 7 дней)."
        + (o.Relink ? $" Кто присоединится с ним, станет {o.Name}; старая учётная запись тогда перестанет работать." : "")
        + $" Пусть пришлёт мне «/join {o.Code}» в Telegram или Teams.";

    public override string WhomToInvite(WhomToInvite o) => "Кого пригласить? Например: «пригласи Анну Берг».";

    public override string AlreadyLinked(AlreadyLinked o) =>
        $"{o.Name} уже подключён(а), поэтому кода нет. Если {o.Name} переходит на новую учётную запись, напишите «invite {o.Name} relink»: кто присоединится с этим кодом, станет {o.Name}.";

    public override string HowToSetTarget(HowToSetTarget o) =>
        "Напишите, например, «цель встречи 8 в неделю» (встречи, звонки, письма, демо, визиты, активности, новые сделки, выигранные сделки, смены этапов, задачи).";

    public override string ChannelConnected(ChannelConnected o) =>
        $"✓ Подключено: этот чат теперь канал команды {o.Team}. Буду публиковать здесь стендап, еженедельную сводку, новые сделки, смены этапов и победы.";

    public override string ChannelDisconnected(ChannelDisconnected o) =>
        $"✓ Отключено: этот чат больше не канал команды {o.Team}. Стендапов, сводок и побед здесь больше не будет; менеджер может снова отправить /connect.";

    public override string ChannelRefused(ChannelRefused o) => o.Why switch
    {
        ChannelRefusal.ConnectInGroup => "Добавьте меня в группу или канал команды и отправьте там /connect; я буду публиковать там стендапы, сводки и победы.",
        ChannelRefusal.OwnTeamOnly => $"Канал можно подключить только к своей команде, {o.Team}. Отправьте /connect без названия.",
        ChannelRefusal.TakenByAnotherTeam => "Этот чат подключён к другой команде. Сначала менеджер той команды должен отправить здесь /disconnect; я его предупредил.",
        ChannelRefusal.DisconnectInGroup => "Отправьте /disconnect в группе или канале, который хотите освободить.",
        ChannelRefusal.NotConnected => "Этот чат не подключён ни к одной команде, отключать нечего.",
        _ => "Этот чат подключён к другой команде; отключить его может только менеджер той команды.",
    };

    public override string ChannelTakeoverNotice(string member, string team, string chat) =>
        $"Внимание: {member} из команды {team} пытался подключить «{chat}», канал вашей команды, к своей команде. Я отказал. "
        + "Если он вам больше не нужен, отправьте там /disconnect.";

    public override string Joined(Joined o) =>
        $"Добро пожаловать в команду {o.Team}, {o.Member}! Напишите, что сделали, например «звонок в Contoso», или «помощь».";

    public override string AlreadyJoined(AlreadyJoined o) => $"Вы уже в команде, {o.Member}. Напишите, что сделали, или «помощь».";

    public override string JoinRefused(JoinRefused o) => o.Why switch
    {
        JoinRefusal.TooManyTries =>
            "Слишком много попыток с неработающими кодами. Попросите у менеджера новый код (он пишет «invite <ваше имя>») и отправьте его через час.",
        JoinRefusal.MemberAlreadyLinked =>
            $"Этот код для: {o.Member}, а эта учётная запись уже привязана. Если это вы с новой учётной записи, попросите менеджера написать «invite {o.Member} relink».",
        _ => "Этот код не работает (неверный, использованный или просроченный). Попросите у менеджера новый: он пишет «invite <ваше имя>».",
    };
}

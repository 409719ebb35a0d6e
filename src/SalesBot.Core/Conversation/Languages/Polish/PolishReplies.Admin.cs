using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string SettingName(string setting) => setting switch
    {
        "digest_in_channel" => "Podsumowanie na kanale",
        "amounts_in_channel" => "Kwoty na kanale",
        "team_figures" => "Kto widzi wyniki zespołu",
        "standup_time" => "Godzina stand-upu",
        "digest_day" => "Dzień podsumowania",
        "digest_time" => "Godzina podsumowania",
        "quiet_hours" => "Godziny ciszy",
        "plan_prompt_lead" => "Prośba o plan (minut przed stand-upem)",
        "time_zone" => "Strefa czasowa",
        "currency" => "Waluta",
        "language" => "Język",
        "channel_events" => "Zdarzenia na kanale",
        "working_days" => "Dni robocze",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"Prawdopodobieństwo etapu „{Reports.StageName(stage.ToString().ToLowerInvariant())}”",
        _ => setting,
    };

    protected override string SwitchWord(bool on) => on ? "włączone" : "wyłączone";

    protected override string FiguresWord(bool everyone) => everyone ? "wszyscy" : "tylko menedżerowie";

    protected override string AllOrNoneWord(bool all) => all ? "wszystkie" : "żadne";

    protected override string SettingExample(string setting) => setting switch
    {
        "digest_in_channel" => "publikuj podsumowanie na kanale",
        "amounts_in_channel" => "pokazuj kwoty na kanale",
        "team_figures" => "wyniki zespołu dla wszystkich",
        "standup_time" => "stand-up o 9:30",
        "digest_day" => "podsumowanie w poniedziałek",
        "digest_time" => "podsumowanie o 8:00",
        "quiet_hours" => "godziny ciszy 20-8",
        "plan_prompt_lead" => "prośba o plan 30 minut wcześniej",
        "time_zone" => "strefa czasowa Europe/Warsaw",
        "currency" => "waluta PLN",
        "language" => "język zespołu pl",
        "channel_events" => "zdarzenia na kanale: wygrane, zmiany etapów",
        "working_days" => "dni robocze Mon-Fri",
        _ when StageProbabilitySetting.TryStage(setting, out var stage) => $"prawdopodobieństwo na etapie {Reports.StageName(stage.ToString().ToLowerInvariant())} 40%",
        _ => "stand-up o 9:30",
    };

    public override string TeamSettingChanged(TeamSettingChanged o) =>
        $"✓ {SettingName(o.Setting)}: {SettingValue(o.Setting, o.After)} (było: {SettingValue(o.Setting, o.Before)}).";

    public override string TeamSettingUnchanged(TeamSettingUnchanged o) =>
        $"{SettingName(o.Setting)}: już {SettingValue(o.Setting, o.Value)}, więc nic nie zmieniłem.";

    public override string TeamSettingInvalid(TeamSettingInvalid o) =>
        $"Nie mogę ustawić „{SettingName(o.Setting)}” na „{o.Value}”, więc nic nie zmieniłem. Na przykład: „{SettingExample(o.Setting)}”.";

    public override string WhichTeamSetting(WhichTeamSetting o) =>
        $"Które ustawienie? Na przykład: „{SettingExample("standup_time")}”, „{SettingExample("quiet_hours")}” albo „{SettingExample("digest_in_channel")}”. Nic nie zmieniłem.";

    public override string OnlyManagers(OnlyManagers o) => o.What switch
    {
        ManagerWrite.Targets => "Tylko menedżer może ustawiać cele.",
        ManagerWrite.Holidays => "Tylko menedżer może dodawać dni wolne zespołu.",
        ManagerWrite.Invites => "Tylko menedżer może zapraszać do zespołu.",
        ManagerWrite.Connect => "Tylko menedżer może podłączyć kanał do zespołu.",
        ManagerWrite.Disconnect => "Tylko menedżer może odłączyć kanał zespołu.",
        _ => "Tylko menedżer może zmieniać ustawienia zespołu, więc nic nie zmieniłem.",
    };

    public override string TeamSettingSummary(string setting, string value) => $"{SettingName(setting)}: {SettingValue(setting, value)}";

    public override string HolidaySummary(DateOnly date, DateOnly today) => $"dzień wolny zespołu: {Day(date, today)}";

    public override string AwaySummary(DateOnly? until, DateOnly today) => until is { } last ? $"nieobecność do {Day(last, today)}" : "nieobecność";

    public override string BackSummary() => "powrót";

    public override string InviteSummary(string name) => $"zaproszenie dla: {name}";

    public override string ConnectSummary(string? chat) => chat is null ? "podłączenie tego czatu" : $"podłączenie „{chat}”";

    public override string DisconnectSummary(string? chat) => chat is null ? "odłączenie tego czatu" : $"odłączenie „{chat}”";

    public override string HolidayAdded(HolidayAdded o) => $"✓ {WeekdayDate(o.Date)} to dzień wolny zespołu: tego dnia nie ma stand-upu ani przypomnień.";

    public override string WhichHolidayDay(WhichHolidayDay o) => "Który dzień? Na przykład: „wolne 24 grudnia”.";

    public override string AwaySet(AwaySet o) => o.Until is { } last
        ? $"✓ Nieobecność do {Day(last, o.Today)}: do tego czasu żadnych próśb ani przypomnień. Udanego odpoczynku!"
        : "✓ Nieobecność: żadnych próśb ani przypomnień, dopóki nie napiszesz „wróciłem”.";

    public override string WelcomeBack(WelcomeBack o) => $"Witaj z powrotem, {o.Name}! Prośby i przypomnienia znów są włączone.";

    public override string InviteCode(InviteCode o) =>
        $"✓ Kod dla: {o.Name}: {o.Code} (ważny 7 dni)."
        + (o.Relink ? $" Kto dołączy z tym kodem, stanie się: {o.Name}; stare konto przestanie wtedy działać." : "")
        + $" Niech wyśle mi „/join {o.Code}” w Telegramie albo Teams.";

    public override string WhomToInvite(WhomToInvite o) => "Kogo zaprosić? Na przykład: „zaproś Annę Berg”.";

    public override string AlreadyLinked(AlreadyLinked o) =>
        $"{o.Name} ma już połączone konto, więc nie zrobiłem kodu. Jeśli {o.Name} przechodzi na nowe konto, napisz „invite {o.Name} relink”: kto dołączy z tym kodem, stanie się: {o.Name}.";

    public override string HowToSetTarget(HowToSetTarget o) =>
        "Napisz na przykład „cel spotkania 8 na tydzień” (spotkania, telefony, e-maile, dema, wizyty, aktywności, nowe szanse, wygrane, zmiany etapów, zadania).";

    public override string ChannelConnected(ChannelConnected o) =>
        $"✓ Podłączono: ten czat jest teraz kanałem zespołu {o.Team}. Będę tu publikować stand-up, cotygodniowe podsumowanie, nowe szanse, zmiany etapów i wygrane.";

    public override string ChannelDisconnected(ChannelDisconnected o) =>
        $"✓ Odłączono: ten czat nie jest już kanałem zespołu {o.Team}. Koniec stand-upów, podsumowań i wygranych tutaj; menedżer może znów wysłać /connect.";

    public override string ChannelRefused(ChannelRefused o) => o.Why switch
    {
        ChannelRefusal.ConnectInGroup => "Dodaj mnie do grupy lub kanału zespołu i wyślij tam /connect; będę tam publikować stand-upy, podsumowania i wygrane.",
        ChannelRefusal.OwnTeamOnly => $"Kanał możesz podłączyć tylko do swojego zespołu, {o.Team}. Wyślij /connect bez nazwy.",
        ChannelRefusal.TakenByAnotherTeam => "Ten czat jest podłączony do innego zespołu. Najpierw menedżer tamtego zespołu musi wysłać tu /disconnect; dałem mu znać.",
        ChannelRefusal.DisconnectInGroup => "Wyślij /disconnect w grupie lub kanale, który chcesz zwolnić.",
        ChannelRefusal.NotConnected => "Ten czat nie jest podłączony do żadnego zespołu, więc nie ma czego odłączać.",
        _ => "Ten czat jest podłączony do innego zespołu; odłączyć go może tylko menedżer tamtego zespołu.",
    };

    public override string ChannelTakeoverNotice(string member, string team, string chat) =>
        $"Uwaga: {member} z zespołu {team} próbował podłączyć „{chat}”, kanał Twojego zespołu, do swojego zespołu. Odmówiłem. "
        + "Jeśli już go nie używasz, wyślij tam /disconnect.";

    public override string Joined(Joined o) =>
        $"Witaj w zespole {o.Team}, {o.Member}! Napisz, co zrobiłeś, np. „rozmowa z Contoso”, albo „pomoc”.";

    public override string AlreadyJoined(AlreadyJoined o) => $"Już jesteś w zespole, {o.Member}. Napisz, co zrobiłeś, albo „pomoc”.";

    public override string JoinRefused(JoinRefused o) => o.Why switch
    {
        JoinRefusal.TooManyTries =>
            "Za dużo prób z kodami, które nie działają. Poproś menedżera o nowy kod (pisze „invite <Twoje imię>”) i wyślij go za godzinę.",
        JoinRefusal.MemberAlreadyLinked =>
            $"Ten kod jest dla: {o.Member}, a to konto jest już połączone. Jeśli to Ty na nowym koncie, poproś menedżera, żeby napisał „invite {o.Member} relink”.",
        _ => "Ten kod nie działa (błędny, użyty albo wygasły). Poproś menedżera o nowy: pisze „invite <Twoje imię>”.",
    };
}

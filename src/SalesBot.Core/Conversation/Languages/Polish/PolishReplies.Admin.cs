using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;

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

    public override string TargetSummary(string metric, int value, TargetPeriod period) =>
        $"cel: {Quantity(metric, value)} na {(period == TargetPeriod.Month ? "miesiąc" : "tydzień")}";

    public override string AwaySummary(DateOnly? until, DateOnly today) => until is { } last ? $"nieobecność do {Day(last, today)}" : "nieobecność";

    public override string BackSummary() => "powrót";

    public override string InviteSummary(string name) => $"zaproszenie dla: {name}";

    public override string ConnectSummary(string? chat) => chat is null ? "podłączenie tego czatu" : $"podłączenie „{chat}”";

    public override string DisconnectSummary(string? chat) => chat is null ? "odłączenie tego czatu" : $"odłączenie „{chat}”";
}

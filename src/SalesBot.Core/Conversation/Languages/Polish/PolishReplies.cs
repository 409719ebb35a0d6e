using System.Globalization;
using Humanizer;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation.Languages.Polish;

/// <summary>What the bot says in Polish. Sentences avoid the writer's gender ("Anna: wygrana — ..."), which the bot does not know.</summary>
public sealed partial class PolishReplies : LanguageReplies
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public PolishReplies() => Reports = new PolishReportReplies(this);

    public override string Code => "pl";

    public override CultureInfo Culture => Pl;

    public override ReportReplies Reports { get; }

    /// <summary>The Polish plural: 1 spotkanie, 2-4 (not 12-14) spotkania, otherwise spotkań.</summary>
    public static string Plural(int n, string one, string few, string many)
    {
        var abs = Math.Abs(n);
        var form = abs == 1 ? one : abs % 10 is >= 2 and <= 4 && abs % 100 is < 12 or > 14 ? few : many;
        return $"{n.ToString(CultureInfo.InvariantCulture)} {form}";
    }

    public override IReadOnlyList<(string Capability, string Example)> Examples { get; } =
    [
        ("zapisać aktywność", "spotkanie z Northwind"),
        ("zapisać rozmowę", "dzwoniłem do Contoso wczoraj w sprawie odnowienia"),
        ("założyć szansę", "nowa szansa Contoso upgrade 40 tys. zł"),
        ("przesunąć szansę", "Contoso upgrade na etap oferty"),
        ("wygrać szansę", "wygraliśmy Fabrikam"),
        ("ustawić kwotę lub datę zamknięcia", "Contoso upgrade kwota 45 tys. zamknięcie 15 grudnia"),
        ("dodać zadanie", "przypomnij mi zadzwonić do Kevina w piątek"),
        ("zamknąć zadanie", "zrobione: telefon do Kevina"),
        ("zaplanować dzień", "plan na dziś: oferta Contoso, telefon do Kevina, demo dla Fabrikam"),
        ("zobaczyć swój lejek", "mój lejek"),
        ("zobaczyć szanse na etapie", "lejek negocjacje"),
        ("zobaczyć klienta", "co wiemy o Contoso"),
        ("zobaczyć swoje zadania", "moje zadania"),
        ("zobaczyć stand-up", "standup"),
        ("zobaczyć KPI", "KPI zespołu za zeszły tydzień"),
        ("cofnąć ostatni wpis", "cofnij"),
    ];

    public override string Help() =>
        "Zapisuję w CRM to, co mi piszesz. Spróbuj:\n"
        + string.Join('\n', Examples.Select(e => $"• {e.Example}"))
        + "\nKażdy wpis ma przycisk Cofnij, możesz też po prostu napisać „cofnij”.";

    protected override string DidYouMean(string capability, string example) => $"Czy chodziło o to, żeby {capability}? Na przykład: „{example}”.";

    protected override string ForExample() => "Na przykład: „spotkanie z Northwind”, „Contoso upgrade na etap oferty” albo „mój lejek”.";

    protected override string NothingWritten() => "Nie udało się tego zrozumieć, więc nic nie zostało zapisane.";

    protected override string TypeHelp() => "Napisz „pomoc”, żeby zobaczyć wszystko, co umiem.";

    protected override IReadOnlySet<string> CommonWords { get; } =
        new HashSet<string>(["oraz", "przez", "jest", "tego", "żeby", "sprawie", "zeszły"], StringComparer.Ordinal);

    protected override IReadOnlyList<string> ThanksPrefixes { get; } = ["dzięk", "dziek"];

    protected override IReadOnlySet<string> ThanksWords { get; } = new HashSet<string>(["dzk", "thx"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> Greetings { get; } =
        new HashSet<string>(["cześć", "czesc", "hej", "siema", "witam", "witaj", "/start"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> GreetingPairs { get; } =
        new HashSet<string>(["dzień dobry", "dzien dobry", "dobry wieczór", "dobry wieczor"], StringComparer.Ordinal);

    protected override string YoureWelcome() => "Nie ma za co!";

    protected override string Hello() => "Cześć! Napisz, co się wydarzyło, np. „rozmowa z Contoso”, albo „pomoc”.";

    public override string Stranger(string channel) =>
        "Cześć! Jeszcze Cię nie znam, więc nie mogę niczego za Ciebie zapisać. "
        + $"Poproś menedżera, żeby napisał do mnie „invite <Twoje imię>”; dostanie kod, a Ty wyślij mi tutaj „/join KOD” ({channel}).";

    public override string SeveralMembersCalled(string name) => $"Osoba o imieniu {name} jest w kilku zespołach; zacznij czat z opcją --team ZESPÓŁ.";

    public override string NewMemberName() => "Nowa osoba";

    public override string TooLong(int length, int max) =>
        $"Ta wiadomość ma {Plural(length, "znak", "znaki", "znaków")}; przyjmuję do {max.ToString("N0", Pl)}. Wyślij ją w krótszych częściach. Nic nie zostało zapisane.";

    public override string Apology() => "Przepraszam, coś poszło nie tak po mojej stronie i nic nie zostało zapisane. Spróbuj ponownie za chwilę.";

    public override string Money(decimal? amount, string? currency)
    {
        if (amount is null)
        {
            return "";
        }

        var value = amount.Value;
        var number = Math.Abs(value) switch
        {
            < 1000 => value.ToString("0.##", Pl),
            < 1_000_000 => (value / 1000).ToString("0.#", Pl) + " tys.",
            _ => (value / 1_000_000).ToString("0.#", Pl) + " mln",
        };
        return currency switch
        {
            "PLN" => $"{number} zł",
            "EUR" => $"{number} €",
            "USD" => $"{number} $",
            "GBP" => $"{number} £",
            null or "" => number,
            _ => $"{number} {currency}",
        };
    }

    public override string ExactMoney(string currency, decimal amount) => $"{amount.ToString("#,0.##", Pl)} {currency}";

    public override string Ago(DateOnly day, DateOnly today) => (today.DayNumber - day.DayNumber) switch
    {
        0 => "dziś",
        1 => "wczoraj",
        -1 => "jutro",
        _ => day.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue), culture: Pl),
    };

    public override string Day(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "dziś",
        1 => "jutro",
        -1 => "wczoraj",
        _ => day.Year == today.Year ? WeekdayDate(day) : day.ToString("d MMM yyyy", Pl),
    };

    public override string Quantity(Counted what, int count) => what switch
    {
        Counted.Meeting => Plural(count, "spotkanie", "spotkania", "spotkań"),
        Counted.Call => Plural(count, "telefon", "telefony", "telefonów"),
        Counted.Email => Plural(count, "e-mail", "e-maile", "e-maili"),
        Counted.Demo => Plural(count, "prezentacja", "prezentacje", "prezentacji"),
        Counted.Visit => Plural(count, "wizyta", "wizyty", "wizyt"),
        Counted.Note => Plural(count, "notatka", "notatki", "notatek"),
        Counted.Activity => Plural(count, "aktywność", "aktywności", "aktywności"),
        Counted.OpenDeal => Plural(count, "otwarta szansa", "otwarte szanse", "otwartych szans"),
        Counted.NewDeal => Plural(count, "nowa szansa", "nowe szanse", "nowych szans"),
        Counted.WonDeal => Plural(count, "wygrana szansa", "wygrane szanse", "wygranych szans"),
        Counted.StageMove => Plural(count, "zmiana etapu", "zmiany etapu", "zmian etapu"),
        Counted.TaskDone => Plural(count, "wykonane zadanie", "wykonane zadania", "wykonanych zadań"),
        Counted.OpenTask => Plural(count, "otwarte zadanie", "otwarte zadania", "otwartych zadań"),
        _ => Plural(count, "zadanie", "zadania", "zadań"),
    };

    public override string Noun(ActivityType type) => type switch
    {
        ActivityType.Meeting => "spotkanie",
        ActivityType.Call => "telefon",
        ActivityType.Email => "e-mail",
        ActivityType.Demo => "prezentacja",
        ActivityType.Visit => "wizyta",
        _ => "notatka",
    };

    public override string Stage(DealStage stage) => stage switch
    {
        DealStage.Lead => "Lead",
        DealStage.Qualified => "Kwalifikacja",
        DealStage.Proposal => "Oferta",
        DealStage.Negotiation => "Negocjacje",
        DealStage.Won => "Wygrana",
        _ => "Przegrana",
    };

    public override string PostWon(string member, string deal) => $"🏆 {member}: wygrana — {deal}";

    public override string PostLost(string member, string deal) => $"{member}: przegrana — {deal}";

    public override string PostMoved(string member, string deal, DealStage from, DealStage to) => $"{member}: {deal}: {Stage(from)} → {Stage(to)}";

    public override string PostOpened(string member, string deal, DealStage stage) => $"🆕 {member}: nowa szansa {deal}, {Stage(stage)}";

    public override OutgoingMessage PersonalGreeting() => new(
        "Napisz mi własnymi słowami, co zostało zrobione, a wpiszę to do CRM. Na przykład:\n"
        + "- dzwoniłem do Contoso\n- Contoso upgrade na etap oferty\n- przypomnij mi zadzwonić do Kevina w piątek\n"
        + "Każdy wpis ma przycisk Cofnij. Napisz „pomoc”, żeby dowiedzieć się więcej.")
    {
        Title = "Cześć, jestem SalesBot",
        Details = ["Nie należysz jeszcze do zespołu? Poproś menedżera o kod i wyślij „/join KOD”."],
    };

    public override OutgoingMessage ChannelGreeting() => new(
        "Będę tu publikować wygrane, zmiany etapów i nowe szanse zespołu, a także poranny stand-up i tygodniowe podsumowanie KPI. "
        + "Menedżer łączy ten kanał z zespołem SalesBot, pisząc „@SalesBot connect ZESPÓŁ” (np. „@SalesBot connect North”).")
    {
        Title = "Cześć, jestem SalesBot",
        Details = ["Handlowcy zapisują swoją pracę ze mną w czacie prywatnym. Tutaj wspomnij mnie: „@SalesBot KPI zespołu za zeszły tydzień”."],
    };

    public override OutgoingMessage PlanPrompt(string firstName) =>
        new("Jakie są Twoje 3 priorytety na dziś? Odpisz np.: plan: telefon do Kevina; oferta Contoso; demo Fabrikam") { Title = $"Dzień dobry, {firstName}" };

    public override string TasksForTodayTitle() => "Twoje zadania na dziś";

    public override string TaskToday(string title) => $"• {title} (dziś)";

    public override string TaskOverdueSince(string title, DateOnly due) => $"• {title} (zaległe od {ShortDate(due)})";

    public override string OwnTeamStandupOnly() => "Mogę pokazać tylko stand-up Twojego zespołu.";

    public override string OwnTeamFiguresOnly() => "Mogę pokazać tylko wyniki Twojego zespołu.";

    public override string NotAWeek(string example, string text) => $"Tygodnie zapisuję jako {example}; „{text}” nie jest tygodniem.";

    public override string NoOneCalled(string name, string team) => $"W zespole {team} nie ma nikogo o imieniu {name}.";

    public override string TeamFiguresGoToManagers() => "Wyniki zespołu trafiają do menedżerów; oto Twoje.";

    public override string OtherRepsFiguresGoToManagers() => "Wyniki innych handlowców trafiają do menedżerów; oto Twoje.";
}

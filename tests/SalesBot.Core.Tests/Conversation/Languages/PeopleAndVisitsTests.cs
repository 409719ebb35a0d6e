using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// People and visits in Polish and Russian (issue 15): a person met for the first time, a surname that is also a month
/// ("Piotr Maj"), a name after a title ("z panią Joanną Kowalską"), diminutive first names ("Staszek", "Коля"), soft
/// consonants declined ("Banasiem" is "Banaś"), and a bare "byłem" with the day between it and its preposition. Near
/// misses: "byłem chory" visits no one; a month after a number is still a date. Invented names and phrasings only.
/// </summary>
public class PeopleAndVisitsTests
{
    private static TheoryData<string, string> Cross(string[] templates, (string Written, string Spec)[] names)
    {
        var data = new TheoryData<string, string>();
        foreach (var template in templates)
        {
            foreach (var (written, spec) in names)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, written), spec);
            }
        }

        return data;
    }

    // --- met someone ---

    public static TheoryData<string, string> PolishMeetings() => Cross(
        ["poznałem {0} z Tarkonu", "poznałam {0} z Tarkonu na targach", "poznaliśmy {0} z Tarkonu na konferencji wczoraj"],
        [("Annę Wrzos", "contact=Anna Wrzos"), ("Tomasza Kowala", "contact=Tomasz Kowal"), ("Roberta Lipskiego", "contact=Robert Lipski"), ("Joannę Kowalską", "contact=Joanna Kowalska")]);

    public static TheoryData<string, string> RussianMeetings() => Cross(
        ["познакомился с {0} из Мостлайна", "познакомилась с {0} из Мостлайна на выставке", "познакомились с {0} из Мостлайна вчера"],
        [("Глебом Орловым", "contact=Глеб Орлов"), ("Ксюшей", "contact=Ксюша"), ("Натальей Зуевой", "contact=Наталья Зуева")]);

    [Theory]
    [MemberData(nameof(PolishMeetings))]
    public void MeetingSomeoneInPolishIsAMeeting(string text, string spec) => Matches(Parse(text), "log_activity", $"activity=meeting|account=Tarkon|{spec}|confirm=");

    [Theory]
    [MemberData(nameof(RussianMeetings))]
    public void MeetingSomeoneInRussianIsAMeeting(string text, string spec) => Matches(Parse(text), "log_activity", $"activity=meeting|account=Мостлайн|{spec}|confirm=");

    // --- a surname that is a date word, after a first name ---

    public static TheoryData<string, string> SurnamesThatAreDateWords() => Cross(
        ["oddzwonił do mnie {0} z Ravelinu", "spotkanie z {0} z Ravelinu", "call z {0} z Ravelinu dzisiaj"],
        [("Piotr Maj", "contact=Piotr Maj"), ("Anną Lipiec", "contact=Anna Lipiec"), ("Tomaszem Marzec", "contact=Tomasz Marzec"), ("Piotr Lis", "contact=Piotr Lis")]);

    [Theory]
    [MemberData(nameof(SurnamesThatAreDateWords))]
    public void ASurnameThatIsADateWordStaysAName(string text, string spec) => Matches(Parse(text), "log_activity", $"account=Ravelin|{spec}|date=2026-11-18|confirm=");

    [Theory]
    [InlineData("spotkanie z Anną 5 maja", "2026-05-05")]
    [InlineData("przypomnij mi zadzwonić do Piotra 3 lis", "2027-11-03")]
    public void AMonthAfterANumberIsStillADate(string text, string date)
    {
        var c = Parse(text);
        Assert.Equal(date, c.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    // --- a name after a title takes the title's case ---

    public static TheoryData<string, string> NamesAfterTitles() => Cross(
        ["rozmawiałem z {0} z Falkoru przez telefon", "spotkanie z {0} z Falkoru"],
        [("panią Joanną Kowalską", "contact=Joanna Kowalska"), ("panią Ewą Wrzosą", "contact=Ewa Wrzosa"), ("panem Tomaszem Lisem", "contact=Tomasz Lis"), ("panem Adamem Nowakiem", "contact=Adam Nowak")]);

    [Theory]
    [MemberData(nameof(NamesAfterTitles))]
    public void ANameAfterATitleIsInTheTitlesCase(string text, string spec) => Matches(Parse(text), "log_activity", $"account=Falkor|{spec}|confirm=");

    // --- diminutives and soft consonants ---

    [Theory]
    [InlineData("lunch ze Staszkiem z Ravelinu", "contact=Staszek|account=Ravelin")]
    [InlineData("spotkanie ze Zbyszkiem z Tarkonu", "contact=Zbyszek|account=Tarkon")]
    [InlineData("call z Jarkiem z Falkoru", "contact=Jarek|account=Falkor")]
    [InlineData("call z Grzegorzem Banasiem z Tarkonu", "contact=Grzegorz Banaś|account=Tarkon")]
    [InlineData("spotkanie z Kasią Gołdyniem z Falkoru", "contact=Kasia Gołdyń|account=Falkor")]
    [InlineData("созвон с Колей из Brixel", "contact=Коля|account=Brixel")]
    [InlineData("встреча с Ксюшей из Мостлайна", "contact=Ксюша|account=Мостлайн")]
    [InlineData("звонок Захару из Brixel", "contact=Захар|account=Brixel")]
    public void ADiminutiveOrSoftNameIsAPerson(string text, string spec) => Matches(Parse(text), "log_activity", $"{spec}|confirm=");

    // --- a bare "byłem" with the day before its preposition ---

    public static TheoryData<string, string> BareVisits() => Cross(
        ["byłem {0} w Tarkonie", "byłam {0} w Tarkonie, obejrzeliśmy halę", "bylem {0} w Tarkonie", "byliśmy {0} u Tarkonu"],
        [("wczoraj", "date=2026-11-17"), ("dziś rano", "date=2026-11-18"), ("w poniedziałek", "date=2026-11-16"), ("przedwczoraj po południu", "date=2026-11-16")]);

    [Theory]
    [MemberData(nameof(BareVisits))]
    public void IWasThenADayThenAPlaceIsAVisit(string text, string spec) => Matches(Parse(text), "log_activity", $"activity=visit|account=Tarkon|{spec}|confirm=");

    [Theory]
    [InlineData("byłem chory")]
    [InlineData("byłam zajęta cały dzień")]
    [InlineData("byłem wczoraj zmęczony")]
    [InlineData("byliśmy zadowoleni")]
    public void IWasWithoutAPlaceVisitsNoOne(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite(), $"'{text}' writes: {Describe(c)}");
    }

    [Theory]
    [InlineData("byłem z Benem na spotkaniu w Tarkonie", "activity=meeting|account=Tarkon")]
    [InlineData("byłam wczoraj na demo w Falkorze", "activity=demo|account=Falkor|date=2026-11-17")]
    public void ALaterActivityDecidesOverABareIWas(string text, string spec) => Matches(Parse(text), "log_activity", spec);
}

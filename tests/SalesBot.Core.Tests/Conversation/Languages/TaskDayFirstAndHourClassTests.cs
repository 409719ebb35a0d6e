using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A reminder whose day comes before its head ("za tydzień przypomnij o X", "через неделю напомни про X", "к пятнице
/// подготовить договор"), an hour after a head that ends in its preposition ("przypomnij mi o 16 ..."), and "zmiana:"
/// correcting the day just said. Near misses: a count after "o" is no hour.
/// </summary>
public class TaskDayFirstAndHourClassTests
{
    private static readonly (string Day, string Date)[] PolishDays =
    [
        ("za tydzień", "2026-11-25"), ("za tydzien", "2026-11-25"), ("jutro", "2026-11-19"), ("pojutrze", "2026-11-20"), ("w piątek", "2026-11-20"),
        ("w przyszły wtorek", "2026-11-24"), ("do piątku", "2026-11-20"), ("za 2 dni", "2026-11-20"), ("15 grudnia", "2026-12-15"),
    ];

    private static readonly (string Day, string Date)[] RussianDays =
    [
        ("через неделю", "2026-11-25"), ("завтра", "2026-11-19"), ("послезавтра", "2026-11-20"), ("в пятницу", "2026-11-20"),
        ("в следующий вторник", "2026-11-24"), ("к пятнице", "2026-11-20"), ("через 2 дня", "2026-11-20"), ("15 декабря", "2026-12-15"),
    ];

    private static readonly string[] PolishHeads = ["przypomnij o Kartonexie", "przypomnij mi o ofercie dla Drukpolu", "przygotować ofertę dla Lakmaru", "przypomnij zadzwonić do Hydrosanu", "zadanie: umowa dla Betonitu"];
    private static readonly string[] RussianHeads = ["напомни про Агросиб", "напомни мне про презентацию для Orvata", "подготовить договор для Фармлайна", "напомни позвонить в Сибтранс", "задача: счёт для Агроники"];

    public static TheoryData<string, string> DayFirst()
    {
        var data = new TheoryData<string, string>();
        foreach (var (days, heads) in new[] { (PolishDays, PolishHeads), (RussianDays, RussianHeads) })
        {
            foreach (var (day, date) in days)
            {
                foreach (var head in heads)
                {
                    data.Add($"{day} {head}", date);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DayFirst))]
    public void ADaySaidBeforeTheReminderIsItsDueDate(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("przypomnij mi o 16 zaktualizować prognozę", "16:00", "zaktualizować prognozę")]
    [InlineData("przypomnij mi o 9 zadzwonić do Acme", "09:00", "zadzwonić do Acme")]
    [InlineData("przypomnij mi o 14:30 wysłać ofertę", "14:30", "wysłać ofertę")]
    [InlineData("przypomnij mi jutro o 16 o raporcie", "16:00", null)]
    [InlineData("напомни в 16 обновить прогноз", "16:00", "обновить прогноз")]
    [InlineData("напомни мне в 9 позвонить в Acme", "09:00", "позвонить в Acme")]
    public void AnHourAfterTheHeadIsTheReminderTime(string text, string time, string? title)
    {
        Matches(Parse(text), "add_task", $"time={time}" + (title is null ? "" : $"|title={title}"));
    }

    [Theory]
    [InlineData("przypomnij mi o 3 rzeczach")]
    [InlineData("przypomnij mi o 2 ofertach dla Acme")]
    [InlineData("przypomnij mi o 50 tys. dla Acme")]
    public void ACountAfterTheHeadIsNoHour(string text)
    {
        Matches(Parse(text), "add_task", "time=");
    }

    [Theory]
    [InlineData("przypomnij mi w czwartek zadzwonić do Budomalu, zmiana: w piątek", "2026-11-20", "zadzwonić do Budomalu")]
    [InlineData("przypomnij mi jutro wysłać ofertę, zmiana: w poniedziałek", "2026-11-23", "wysłać ofertę")]
    [InlineData("przypomnij w piątek o umowie dla Acme, korekta: w czwartek", "2026-11-19", null)]
    public void ZmianaCorrectsTheDayJustSaid(string text, string date, string? title)
    {
        Matches(Parse(text), "add_task", $"date={date}" + (title is null ? "" : $"|title={title}"));
    }
}

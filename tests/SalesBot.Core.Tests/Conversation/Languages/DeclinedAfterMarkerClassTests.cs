using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A name declined by the word before it: a marker that governs the genitive ("zmień kwotę Lakmaru", "перенеси
/// закрытие Промвектора", "карточка Агроники"), a verb that sets the value after the name ("..., ставим на конец
/// месяца"), and first names whose soft consonant hides the fleeting e ("z Krzyśkiem" is Krzysiek).
/// </summary>
public class DeclinedAfterMarkerClassTests
{
    private static readonly (string Declined, string Base)[] PolishNames = [("Lakmaru", "Lakmar"), ("Drukpolu", "Drukpol"), ("Betonitu", "Betonit"), ("Kartexu", "Kartex"), ("Hydrosanu", "Hydrosan")];
    private static readonly (string Declined, string Base)[] RussianNames = [("Промвектора", "Промвектор"), ("Агроники", "Агроника"), ("Сибтранса", "Сибтранс"), ("Стройкомплекта", "Стройкомплект"), ("Техностали", "Техносталь")];

    public static TheoryData<string, string, string> AmountUpdates()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (declined, name) in PolishNames)
        {
            foreach (var head in new[] { "zmień kwotę {0} na 410 tys. zł", "zmien kwote {0} na 410 tys. zł", "podnieś kwotę {0} do 410 tys. zł" })
            {
                data.Add(string.Format(head, declined), name, "amount=410000");
            }

            foreach (var head in new[] { "przesuń zamknięcie {0} na koniec miesiąca", "datę zamknięcia {0} ustawiamy na koniec miesiąca", "zmień datę zamknięcia {0} na koniec miesiąca" })
            {
                data.Add(string.Format(head, declined), name, "date=2026-11-30");
            }
        }

        foreach (var (declined, name) in RussianNames)
        {
            foreach (var head in new[] { "измени сумму {0} на 2 млн руб", "поменяй сумму {0} на 2 млн руб", "сумму сделки {0} на 2 млн руб" })
            {
                data.Add(string.Format(head, declined), name, "amount=2000000");
            }

            foreach (var head in new[] { "перенеси закрытие {0} на конец месяца", "дату закрытия {0} ставим на конец месяца", "сдвинь закрытие {0} на конец месяца" })
            {
                data.Add(string.Format(head, declined), name, "date=2026-11-30");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AmountUpdates))]
    public void ANameAfterAMarkerIsReadInItsBaseForm(string text, string deal, string field)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|{field}");
    }

    [Theory]
    [InlineData("popraw kwotę Lakmaru na 410 tys. zł", "Lakmar")]
    [InlineData("popraw kwotę Drukpolu na 410 tys. zł", "Drukpol")]
    [InlineData("korekta: Betonit 410 tys. zł", "Betonit")]
    public void ACorrectionOfADealsAmountNamesItInItsBaseForm(string text, string deal)
    {
        Matches(Parse(text), "correct", $"deal={deal}|amount=410000");
    }

    [Theory]
    [InlineData("карточка Агроники", "Агроника")]
    [InlineData("карточка Сибтранса", "Сибтранс")]
    [InlineData("покажи карточку Промвектора", "Промвектор")]
    [InlineData("карточка Ромашка", "Ромашка")]
    [InlineData("karta Lakmaru", "Lakmar")]
    public void AnAccountCardNamesTheAccountInItsBaseForm(string text, string account)
    {
        Matches(Parse(text), "show_account", $"account={account}");
    }

    [Theory]
    [InlineData("gadałem z Krzyśkiem z Wodmaru przez telefon", "Krzysiek", "Wodmar")]
    [InlineData("rozmowa tel z Krzyśkiem z Polkartu wczoraj", "Krzysiek", "Polkart")]
    [InlineData("spotkanie z Heńkiem z Drukpolu", "Heniek", "Drukpol")]
    [InlineData("dzwoniłem do Krzyśka z Lakmaru", "Krzysiek", "Lakmar")]
    [InlineData("spotkanie z Zbyszkiem z Kartexu", "Zbyszek", "Kartex")]
    public void ASoftFirstNameIsThePersonNotTheCompany(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }
}

using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Russian companies named by a capitalised adjective and a lowercase noun ("Камская верфь", "Северный альянс") in every
/// case, stored in the nominative; masculine instrumentals in -ем after a hushing consonant ("с Тепломашем"); Polish
/// feminine genitives "Cegielni", "Winnicy". Then stage words: "по X проигрыш", "X теперь стадия КП", "Optivo teraz
/// etap oferty", "daj go na kwalifikację" (the deal the message opened with), and "nie daj mi zapomnieć" as a reminder.
/// Near misses: a noun's -ой ("с Ромашкой") takes no verb after it, a lone capitalised adjective stays one word.
/// </summary>
public class AdjectiveCompanyAndStageWordsClassTests
{
    private static readonly (string Base, string[] Forms)[] AdjectiveCompanies =
    [
        ("Камская верфь", ["с Камской верфью", "в Камскую верфь", "из Камской верфи", "по Камской верфи", "в Камской верфи"]),
        ("Северный альянс", ["с Северным альянсом", "в Северный альянс", "из Северного альянса", "Северному альянсу"]),
        ("Новая линия", ["с Новой линией", "в Новую линию", "из Новой линии"]),
        ("Уральский холдинг", ["с Уральским холдингом", "из Уральского холдинга", "Уральскому холдингу"]),
        ("Первая типография", ["с Первой типографией", "в Первую типографию", "из Первой типографии"]),
    ];

    public static TheoryData<string, string> Visits()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, forms) in AdjectiveCompanies)
        {
            foreach (var form in forms)
            {
                var text = form.StartsWith('с') ? $"вчера встреча {form}"
                    : form.StartsWith("в ", StringComparison.Ordinal) && !form.EndsWith('и') ? $"вчера заезжал {form}"
                    : form.StartsWith("из ", StringComparison.Ordinal) ? $"вчера звонил Ивану {form}"
                    : form.StartsWith("по ", StringComparison.Ordinal) || form.StartsWith("в ", StringComparison.Ordinal) ? $"вчера была встреча {form}"
                    : $"вчера звонил {form}";
                data.Add(text, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Visits))]
    public void AnAdjectiveAndItsNounAreOneCompany(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}|date=2026-11-17");
    }

    [Theory]
    [InlineData("что есть по Камской верфи?", "show_account", "account=Камская верфь")]
    [InlineData("новая сделка с Камской верфью на 560 тыс. руб", "create_deal", "deal=Камская верфь|amount=560000")]
    [InlineData("по Камской верфи проигрыш", "move_deal", "deal=Камская верфь|stage=lost")]
    public void TheCompanyKeepsItsBaseFormInEveryIntent(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
    }

    [Theory]
    [InlineData("встреча с Ромашкой обсудили цены", "Ромашка")]
    [InlineData("звонил в Тепломаш вчера", "Тепломаш")]
    public void ANounOrALoneAdjectiveStaysOneWord(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("новая сделка с Тепломашем на 560 тыс. руб", "Тепломаш")]
    [InlineData("новая сделка с Стройснабжем на 2 млн руб", "Стройснабж")]
    [InlineData("новая сделка с Агроконцом на 300 тыс. руб", "Агроконц")]
    public void AnInstrumentalInEmAfterAHushIsTheBase(string text, string account)
    {
        Matches(Parse(text), "create_deal", $"account={account}");
    }

    [Theory]
    [InlineData("byłem wczoraj po południu w Winnicy Rycerskiej", "Winnica Rycerska")]
    [InlineData("spotkałem się z panem Zdzisławem z Cegielni Olszyna", "Cegielnia Olszyna")]
    [InlineData("dzwoniłem do Kawiarni Kasztanowej", "Kawiarnia Kasztanowa")]
    [InlineData("wizyta w Drukarni Nowej", "Drukarnia Nowa")]
    [InlineData("rozmawiałem z Anną z Przychodni Zdrowie", "Przychodnia Zdrowie")]
    public void PolishFeminineGenitivesAreTheBase(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("по Norsa проигрыш: не прошли по цене", "Norsa", "lost")]
    [InlineData("у Brevio теперь стадия предложения", "Brevio", "proposal")]
    [InlineData("Brevio теперь стадия КП", "Brevio", "proposal")]
    [InlineData("Тепломаш теперь переговоры", "Тепломаш", "negotiation")]
    [InlineData("Optivo teraz etap oferty", "Optivo", "proposal")]
    [InlineData("Optivo teraz negocjacje", "Optivo", "negotiation")]
    [InlineData("Budmat ma potwierdzony budżet, daj go na kwalifikację", "Budmat", "qualified")]
    [InlineData("Kornpol potwierdził budżet, przesuwam ich do oferty", "Kornpol", "proposal")]
    [InlineData("Тепломаш подтвердил бюджет, переводим их в КП", "Тепломаш", "proposal")]
    [InlineData("wrzuć Optivo na ofertę", "Optivo", "proposal")]
    public void EverydayStageWordsMoveTheDeal(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("nie daj mi zapomniec o wycenie dla Winnicy w piatek")]
    [InlineData("nie daj mi zapomnieć zadzwonić do Optivo w piątek")]
    [InlineData("żebym nie zapomniał wysłać oferty do Kornpolu w piątek")]
    [InlineData("не дай мне забыть позвонить в Рыбпром в пятницу")]
    [InlineData("чтобы не забыть: отправить КП в Тепломаш в пятницу")]
    public void DontLetMeForgetIsAReminder(string text)
    {
        Matches(Parse(text), "add_task", "date=2026-11-20");
    }
}

/// <summary>A dative company then an object ("отправил Автодому договор"): the object is no noun of the name.</summary>
public class AdjectiveAgreementClassTests
{
    [Theory]
    [InlineData("отправил Автодому договор на почту", "Автодом")]
    [InlineData("выслал Стройдому счёт", "Стройдом")]
    [InlineData("отправил Северному альянсу письмо", "Северный альянс")]
    public void AnObjectAfterADativeIsNoPartOfTheName(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }
}

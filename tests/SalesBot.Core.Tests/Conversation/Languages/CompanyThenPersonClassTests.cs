using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// The company first, then whom the rep met there ("demo u Hydromaxu z Krzysztofem Lisem", "демо у Агросиба с Павлом
/// Зуевым"): the person is the contact, never the company (once "wizyta w Lakmarze z Markiem" made Marek the account).
/// Near misses: a team member named after "z" is a colleague; a role ("z szefem") is a note; "Jan z Orlenu" stays
/// Jan of Orlen.
/// </summary>
public class CompanyThenPersonClassTests
{
    private static readonly (string Activity, string Account)[] PolishActivities =
    [
        ("wczoraj demo u Hydromaxu", "Hydromax"), ("spotkanie w Drukpolu", "Drukpol"), ("wizyta w Lakmarze", "Lakmar"), ("byłem u Kartexu", "Kartex"), ("prezentacja dla Betonitu", "Betonit"),
    ];

    private static readonly (string Said, string Contact)[] PolishPeople = [("z Krzysztofem Lisem", "Krzysztof Lis"), ("z Anną Nowak", "Anna Nowak"), ("z Markiem", "Marek"), ("z Dorotą Kędzią", "Dorota Kędzia"), ("z Pawłem", "Paweł")];

    private static readonly (string Activity, string Account)[] RussianActivities =
    [
        ("вчера демо у Агросиба", "Агросиб"), ("встреча в Сибтрансе", "Сибтранс"), ("был в Техностали", "Техносталь"), ("презентация для Агроники", "Агроника"),
    ];

    private static readonly (string Said, string Contact)[] RussianPeople = [("с Павлом Зуевым", "Павел Зуев"), ("с Ольгой Смирновой", "Ольга Смирнова"), ("с Олегом", "Олег"), ("с Натальей Орловой", "Наталья Орлова")];

    public static TheoryData<string, string, string> CompanyThenPerson()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (activities, people) in new[] { (PolishActivities, PolishPeople), (RussianActivities, RussianPeople) })
        {
            foreach (var (activity, account) in activities)
            {
                foreach (var (said, contact) in people)
                {
                    data.Add($"{activity} {said}", account, contact);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompanyThenPerson))]
    public void ThePersonMetAtTheCompanyIsTheContact(string text, string account, string contact)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact={contact}");
    }

    [Theory]
    [InlineData("spotkanie w Drukpolu z Anną", "Drukpol", "Anna")]
    [InlineData("wizyta w Lakmarze z Markiem", "Lakmar", "Marek")]
    [InlineData("встреча в Сибтрансе с Иваном", "Сибтранс", "Иван")]
    public void ATeamMemberNamedAfterTheCompanyIsAColleague(string text, string account, string colleague)
    {
        var c = Parse(text, Team);
        Matches(c, "log_activity", $"account={account}|contact=");
        Assert.Contains(colleague, c.Colleagues ?? []);
    }

    [Theory]
    [InlineData("byłem w Kartexie z szefem", "Kartex")]
    [InlineData("встреча в Сибтрансе с директором", "Сибтранс")]
    [InlineData("spotkanie w Drukpolu z zespołem", "Drukpol")]
    public void ARoleAfterTheCompanyIsNoContact(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact=");
    }

    [Theory]
    [InlineData("spotkanie z Janem z Orlenu", "Orlen", "Jan")]
    [InlineData("rozmowa z Kasią z Drukpolu", "Drukpol", "Kasia")]
    [InlineData("встреча с Олегом из Техностали", "Техносталь", "Олег")]
    public void APersonOfACompanyStaysThatPerson(string text, string account, string contact)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact={contact}");
    }
}

using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

public class PolishActivityTests
{
    [Theory]
    [InlineData("spotkanie z Acme", "meeting")]
    [InlineData("Spotkanie z Acme", "meeting")]
    [InlineData("spotkałem się z Acme", "meeting")]
    [InlineData("spotkałam się z Acme", "meeting")]
    [InlineData("spotkaliśmy się z Acme", "meeting")]
    [InlineData("spotkalem sie z Acme", "meeting")]
    [InlineData("spotkalam sie z Acme", "meeting")]
    [InlineData("miałem spotkanie z Acme", "meeting")]
    [InlineData("miałam spotkanie z Acme", "meeting")]
    [InlineData("mialam spotkanie z Acme", "meeting")]
    [InlineData("byłem na spotkaniu z Acme", "meeting")]
    [InlineData("bylam na spotkaniu z Acme", "meeting")]
    [InlineData("lunch z Acme", "meeting")]
    [InlineData("kawa z Acme", "meeting")]
    [InlineData("widziałem się z Acme", "meeting")]
    [InlineData("wideokonferencja z Acme", "meeting")]
    [InlineData("dzwoniłem do Acme", "call")]
    [InlineData("dzwoniłam do Acme", "call")]
    [InlineData("dzwonilam do Acme", "call")]
    [InlineData("zadzwoniłem do Acme", "call")]
    [InlineData("zadzwoniłam do Acme", "call")]
    [InlineData("zadzwonilismy do Acme", "call")]
    [InlineData("telefon do Acme", "call")]
    [InlineData("telefon z Acme", "call")]
    [InlineData("call z Acme", "call")]
    [InlineData("miałem calla z Acme", "call")]
    [InlineData("rozmawiałem z Acme", "call")]
    [InlineData("rozmawiałam z Acme przez telefon", "call")]
    [InlineData("rozmawialam z Acme", "call")]
    [InlineData("rozmowa telefoniczna z Acme", "call")]
    [InlineData("rozmawiałem z Acme osobiście", "meeting")]
    [InlineData("rozmawiałem z Acme mailowo", "email")]
    [InlineData("przedzwoniłem do Acme", "call")]
    [InlineData("oddzwoniłam do Acme", "call")]
    [InlineData("wysłałem maila do Acme", "email")]
    [InlineData("wysłałam maila do Acme", "email")]
    [InlineData("wyslalam maila do Acme", "email")]
    [InlineData("wysłałam e-mail do Acme", "email")]
    [InlineData("wysłaliśmy mail do Acme", "email")]
    [InlineData("mail do Acme", "email")]
    [InlineData("e-mail do Acme", "email")]
    [InlineData("napisałem do Acme", "email")]
    [InlineData("napisałam maila do Acme", "email")]
    [InlineData("odpisałem Acme", "email")]
    [InlineData("wysłałem ofertę do Acme", "email")]
    [InlineData("prezentacja dla Acme", "demo")]
    [InlineData("prezentacja produktu dla Acme", "demo")]
    [InlineData("demo dla Acme", "demo")]
    [InlineData("demo u Acme", "demo")]
    [InlineData("zrobiłem demo dla Acme", "demo")]
    [InlineData("zrobiłam demo dla Acme", "demo")]
    [InlineData("miałam prezentację dla Acme", "demo")]
    [InlineData("zaprezentowałem produkt Acme", "demo")]
    [InlineData("pokazałam produkt Acme", "demo")]
    [InlineData("wizyta w Acme", "visit")]
    [InlineData("wizyta u Acme", "visit")]
    [InlineData("byłem u Acme", "visit")]
    [InlineData("byłam w Acme", "visit")]
    [InlineData("odwiedziłem Acme", "visit")]
    [InlineData("odwiedziłam Acme", "visit")]
    [InlineData("pojechałem do Acme", "visit")]
    [InlineData("notatka: Acme zmienia dostawcę", "note")]
    [InlineData("notatka Acme: szukają partnera", "note")]
    public void RecognisesEveryGenderAndAspectOfTheActivityWords(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account=Acme|date=2026-11-18|confirm=|language=pl");
    }

    [Theory]
    [InlineData("spotkanie z Acme wczoraj", "2026-11-17")]
    [InlineData("wczoraj spotkanie z Acme", "2026-11-17")]
    [InlineData("wczoraj demo u Acme", "2026-11-17")]
    [InlineData("przedwczoraj dzwoniłem do Acme", "2026-11-16")]
    [InlineData("spotkanie z Acme w poniedziałek", "2026-11-16")]
    [InlineData("w poniedzialek spotkanie z Acme", "2026-11-16")]
    [InlineData("dzwoniłam do Acme we wtorek", "2026-11-17")]
    [InlineData("w zeszły piątek spotkanie z Acme", "2026-11-13")]
    [InlineData("w piątek spotkałem się z Acme", "2026-11-13")]
    [InlineData("spotkanie z Acme 16 listopada", "2026-11-16")]
    [InlineData("spotkanie z Acme 16.11", "2026-11-16")]
    [InlineData("spotkanie z Acme 3 dni temu", "2026-11-15")]
    [InlineData("tydzień temu demo dla Acme", "2026-11-11")]
    [InlineData("dziś rano telefon do Acme", "2026-11-18")]
    [InlineData("dzisiaj wizyta u Acme", "2026-11-18")]
    public void ReadsWhenItHappenedLookingBack(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"account=Acme|date={date}");
    }

    [Theory]
    [InlineData("spotkanie z Comarchem", "Comarch")]
    [InlineData("spotkanie z Orlenem", "Orlen")]
    [InlineData("spotkałam się z Microsoftem", "Microsoft")]
    [InlineData("dzwoniłem do Orlenu", "Orlen")]
    [InlineData("wizyta w Orlenie", "Orlen")]
    [InlineData("byłem w Comarchu", "Comarch")]
    [InlineData("mail do Pied Piper w sprawie wyceny", "Pied Piper")]
    [InlineData("telefon do Soylent", "Soylent")]
    [InlineData("dzwoniłam do Umbrella w sprawie umowy", "Umbrella")]
    [InlineData("spotkanie z Hooli", "Hooli")]
    [InlineData("rozmawiałem z Hooli przez telefon", "Hooli")]
    [InlineData("spotkanie z Woodgrove Bank", "Woodgrove Bank")]
    [InlineData("spotkanie z Acme 🎉", "Acme")]
    [InlineData("spotkanie z Acme!!", "Acme")]
    [InlineData("Spotkanie Z Acme", "Acme")]
    public void StoresTheAccountInItsBaseForm(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("spotkałam się z Anną Nowak z Acme", "Anna Nowak", "Acme")]
    [InlineData("spotkanie z Janem Kowalskim z Orlenu", "Jan Kowalski", "Orlen")]
    [InlineData("rozmawiałem z Piotrem Zielińskim z Comarchu", "Piotr Zieliński", "Comarch")]
    [InlineData("dzwoniłem do Marka z Acme", "Marek", "Acme")]
    [InlineData("spotkanie z Kasią Wiśniewską z Hooli", "Kasia Wiśniewska", "Hooli")]
    [InlineData("mail do Anny z Initech", "Anna", "Initech")]
    public void ReadsAPersonAndTheirCompany(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }

    [Theory]
    [InlineData("spotkanie z Janem Kowalskim", "Jan Kowalski")]
    [InlineData("dzwoniłam do Jana Kowalskiego", "Jan Kowalski")]
    [InlineData("mail do Anny Nowak", "Anna Nowak")]
    [InlineData("rozmawiałem z Markiem", "Marek")]
    [InlineData("wysłałem maila Annie", "Anna")]
    public void StoresANewPersonInTheNominative(string text, string contact)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account=");
    }

    [Theory]
    [InlineData("spotkanie z Orlenem", "account=Orlen")]
    [InlineData("spotkanie z orlenem", "account=Orlen")]
    [InlineData("spotkanie z ORLENEM", "account=Orlen")]
    [InlineData("dzwoniłem do orlenu", "account=Orlen")]
    [InlineData("wizyta w orlenie", "account=Orlen")]
    [InlineData("spotkanie z Janem Kowalskim", "contact=Jan Kowalski|account=Orlen")]
    [InlineData("dzwoniłam do jana kowalskiego", "contact=Jan Kowalski|account=Orlen")]
    [InlineData("spotkanie z Anną i Orlenem", "account=Orlen|colleagues=Anna")]
    [InlineData("spotkanie z Markiem w Orlenie", "colleagues=Marek")]
    [InlineData("demo dla Contoso z Anną", "account=Contoso|colleagues=Anna")]
    [InlineData("telefon do Kevina Parka", "contact=Kevin Park|account=Contoso")]
    public void MatchesTheTeamsNamesInAnyCase(string text, string spec)
    {
        Matches(Parse(text, Team), "log_activity", spec + "|confirm=");
    }

    [Theory]
    [InlineData("spotkanie z Acme i telefon do Hooli", "call")]
    [InlineData("spotkanie z Acme, potem dzwoniłem do Hooli", "call")]
    [InlineData("spotkanie z Acme. Wysłałem maila do Hooli", "email")]
    public void ReadsTwoFactsInOneMessage(string text, string second)
    {
        var c = Parse(text);
        Matches(c, "log_activity", "account=Acme|more=1");
        Matches(c.More![0], "log_activity", $"activity={second}|account=Hooli");
    }

    [Fact]
    public void ReadsAnActivityAndATaskInOneMessage()
    {
        var c = Parse("spotkanie z Acme i jutro zadzwonić do Hooli");
        Matches(c, "log_activity", "account=Acme|date=2026-11-18|more=1");
        Matches(c.More![0], "add_task", "date=2026-11-19");
    }

    [Theory]
    [InlineData("nie udało mi się dodzwonić do Acme")]
    [InlineData("nie dzwoniłem do Acme")]
    [InlineData("nie spotkałam się z Acme")]
    [InlineData("czy dzwoniłem do Acme?")]
    [InlineData("dzwoniłem do Acme?")]
    [InlineData("kiedy było spotkanie z Acme?")]
    [InlineData("dzięki!")]
    [InlineData("cześć")]
    [InlineData("ok")]
    [InlineData("spotkanie")]
    [InlineData("Acme")]
    [InlineData("jak się masz")]
    [InlineData("🎉🎉")]
    public void NeverLogsWhatDidNotHappen(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.LogActivity || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("jutro spotkanie z Acme", "2026-11-19")]
    [InlineData("spotkanie z Acme w przyszły piątek", "2026-11-27")]
    [InlineData("zadzwonię do Acme jutro", "2026-11-19")]
    [InlineData("będę dzwonić do Acme w piątek", "2026-11-20")]
    [InlineData("za tydzień demo dla Acme", "2026-11-25")]
    [InlineData("zadzwonić do Acme w poniedziałek", "2026-11-23")]
    public void MakesAFutureActivityATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }
}

using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>An unknown declined company or surname is stored in the nominative, with no lexicon.</summary>
public class NameBaseFormTests
{
    [Theory]
    [InlineData("spotkanie z Budimeksem", "Budimex")]
    [InlineData("dzwoniłem do Budimeksu", "Budimex")]
    [InlineData("wizyta w Maspeksie", "Maspex")]
    [InlineData("spotkanie z Maspeksem", "Maspex")]
    [InlineData("dzwoniłem do Pesy", "Pesa")]
    [InlineData("byłem w Pesie", "Pesa")]
    [InlineData("dzwoniłem do Enei", "Enea")]
    [InlineData("spotkanie z Eneą", "Enea")]
    [InlineData("wizyta w CD Projekcie", "CD Projekt")]
    [InlineData("dzwoniłem do Orlenu", "Orlen")]
    [InlineData("spotkanie z Orlenem", "Orlen")]
    [InlineData("wizyta w Polpharmie", "Polpharma")]
    [InlineData("dzwoniłem do Grupy Azoty", "Grupa Azoty")]
    [InlineData("spotkanie z Grupą Azoty", "Grupa Azoty")]
    [InlineData("wizyta w Tauronie", "Tauron")]
    [InlineData("dzwoniłem do Tauronu", "Tauron")]
    [InlineData("wizyta w Comarchu", "Comarch")]
    [InlineData("spotkanie z Asseco", "Asseco")]
    [InlineData("dzwoniłem do Acme", "Acme")]
    [InlineData("звонил в Лукойл", "Лукойл")]
    [InlineData("демо для Лукойла", "Лукойл")]
    [InlineData("демо для Аэрофлота", "Аэрофлот")]
    [InlineData("был в Аэрофлоте", "Аэрофлот")]
    [InlineData("встреча в Северстали", "Северсталь")]
    [InlineData("демо для Северстали", "Северсталь")]
    [InlineData("был в МегаФоне", "МегаФон")]
    [InlineData("встреча с Ростелекомом", "Ростелеком")]
    [InlineData("демо для Яндекса", "Яндекс")]
    [InlineData("встреча с Яндексом", "Яндекс")]
    public void StoresTheCompanyInTheNominative(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("spotkanie z Markiem Wróblem", "Marek Wróbel")]
    [InlineData("dzwoniłem do Marka Wróbla", "Marek Wróbel")]
    [InlineData("spotkanie z Janem Kowalskim", "Jan Kowalski")]
    [InlineData("dzwoniłem do Anny Nowak", "Anna Nowak")]
    public void StoresTheSurnameInTheNominative(string text, string contact)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}");
    }

    [Theory]
    [InlineData("rozmawiałam z Wiśniewską z Helvora przez telefon", "Wiśniewska", "Helvora")]
    [InlineData("kawa z Zielińskim z Orvanta", "Zieliński", "Orvanta")]
    [InlineData("pogadałem z Dąbrowską z Marlow Foods", "Dąbrowska", "Marlow Foods")]
    [InlineData("spotkanie z Nowickim z Acme", "Nowicki", "Acme")]
    [InlineData("dzwoniłem do Kowalskiego z Globex", "Kowalski", "Globex")]
    [InlineData("встреча с Петровым из Acme", "Петров", "Acme")]
    public void ASurnameBeforeItsCompanyIsTheContact(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }
}

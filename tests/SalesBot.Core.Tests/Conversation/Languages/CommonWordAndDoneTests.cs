using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Issue 15, corpus-3 classes: a lowercase common noun after a preposition is no new company ("byłem w banku",
/// "позвонили из банка"); a lowercase unknown word taken as a name is asked, not written; a bare "must" with nothing
/// to do is chat; a done word after a dash closes the task before it; a language said beside a talk is no switch.
/// Each class as a table of its parts, with the near misses that must still read.
/// </summary>
public class CommonWordAndDoneTests
{
    private static TheoryData<string> Cross(params string[][] parts)
    {
        IEnumerable<string> rows = [""];
        foreach (var part in parts)
        {
            rows = rows.SelectMany(r => part.Select(p => (r + " " + p).Trim()));
        }

        var data = new TheoryData<string>();
        foreach (var row in rows.Distinct())
        {
            data.Add(row);
        }

        return data;
    }

    private static void NeverWrites(string text)
    {
        var c = Parse(text);
        foreach (var command in new[] { c }.Concat(c.More ?? []))
        {
            Assert.False(command.Intent.IsWrite() && !command.Confirm, $"'{text}' writes: {Describe(c)}");
        }
    }

    public static TheoryData<string> PolishCommonNouns() => Cross(
        ["byłem", "byłam", "dzwoniłem", "dzwoniłam", "rozmawiałem", "spotkanie", "wizyta"],
        ["w banku", "do banku", "w urzędzie", "do urzędu", "w sklepie", "w szpitalu", "w hotelu", "w restauracji", "z mamą", "z żoną", "z kolegą", "do lekarza", "w serwisie", "na poczcie"]);

    public static TheoryData<string> RussianCommonNouns() => Cross(
        ["был", "была", "звонил", "звонила", "позвонили", "встреча", "визит"],
        ["в банк", "в банке", "из банка", "в налоговую", "в магазине", "в больнице", "в гостинице", "в ресторане", "с мамой", "с женой", "с другом", "к врачу", "в сервисе", "на почте"]);

    [Theory]
    [MemberData(nameof(PolishCommonNouns))]
    [MemberData(nameof(RussianCommonNouns))]
    public void ACommonNounIsNeverWrittenAsANewCompany(string text) => NeverWrites(text);

    public static TheoryData<string> PolishLowercaseGuesses() => Cross(
        ["dzwoniłem do", "spotkanie z", "byłam u", "wysłałem maila do"],
        ["falkora", "brixela", "quillonu"]);

    public static TheoryData<string> RussianLowercaseGuesses() => Cross(
        ["звонил в", "встреча с", "отправил письмо в"],
        ["фалкор", "бриксел", "квиллон"]);

    [Theory]
    [MemberData(nameof(PolishLowercaseGuesses))]
    [MemberData(nameof(RussianLowercaseGuesses))]
    public void ALowercaseUnknownNameIsAskedNotWritten(string text)
    {
        var c = Parse(text);
        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.True(c.Confirm, $"'{text}' writes without asking: {Describe(c)}");
    }

    [Theory]
    [InlineData("spotkanie z Brixelem", "Brixel")]
    [InlineData("byłem w Woodgrove Bank", "Woodgrove Bank")]
    [InlineData("spotkanie z Woodgrove Bank", "Woodgrove Bank")]
    [InlineData("звонил в Бриксел", "Бриксел")]
    [InlineData("встреча с Ромашкой", "Ромашка")]
    public void ACapitalisedNameIsStillWrittenAtOnce(string text, string account) =>
        Matches(Parse(text), "log_activity", $"account={account}|confirm=");

    [Theory]
    [InlineData("dzwoniła mama, muszę wyjść na chwilę")]
    [InlineData("muszę wyjść na chwilę")]
    [InlineData("muszę lecieć")]
    [InlineData("trzeba odpocząć")]
    [InlineData("надо бежать")]
    [InlineData("мама звонила, надо бежать")]
    [InlineData("нужно отдохнуть")]
    [InlineData("мне надо выйти")]
    public void ABareMustWithNothingToDoIsChat(string text) => NeverWrites(text);

    [Theory]
    [InlineData("muszę zadzwonić do Falkora", "zadzwonić do Falkora")]
    [InlineData("muszę przygotować ofertę", "przygotować ofertę")]
    [InlineData("trzeba odpisać Kasi", "odpisać Kasi")]
    [InlineData("musimy wysłać ofertę do Brixela", "wysłać ofertę do Brixela")]
    [InlineData("надо позвонить в Бриксел", "позвонить в Бриксел")]
    [InlineData("нужно подготовить КП", "подготовить КП")]
    [InlineData("надо отправить письмо Ольге", "отправить письмо Ольге")]
    public void AMustWithSomethingToDoIsATask(string text, string title) =>
        Matches(Parse(text), "add_task", $"title={title}");

    [Theory]
    [InlineData("muszę jutro zadzwonić", "2026-11-19")]
    [InlineData("надо завтра позвонить", "2026-11-19")]
    public void AMustWithADayIsATask(string text, string date) => Matches(Parse(text), "add_task", $"date={date}");

    public static TheoryData<string> PolishDoneAfterDash() => Cross(
        ["zadzwonić do Kasi", "wysłać ofertę do Falkora", "faktura dla Brixela", "przygotować umowę"],
        ["-", "–", "—", ","],
        ["zrobione", "gotowe", "załatwione"]);

    public static TheoryData<string> RussianDoneAfterDash() => Cross(
        ["позвонить Ольге", "отправить КП в Бриксел", "счёт для Ромашки", "подготовить договор"],
        ["-", "–", "—", ","],
        ["готово", "сделано", "выполнено"]);

    [Theory]
    [MemberData(nameof(PolishDoneAfterDash))]
    [MemberData(nameof(RussianDoneAfterDash))]
    public void ADoneWordAfterADashCompletesTheTaskBeforeIt(string text)
    {
        var c = Parse(text);
        Assert.Equal(Intent.CompleteTask, c.Intent);
        Assert.Null(c.More);
        Assert.False(string.IsNullOrEmpty(c.Title), Describe(c));
    }

    [Theory]
    [InlineData("spotkanie z Falkorem - zrobione")]
    [InlineData("wysłałem ofertę do Brixela - gotowe")]
    [InlineData("отправил КП в Бриксел — готово")]
    [InlineData("встреча с Ромашкой — сделано")]
    public void AnActivityMarkedDoneStaysAnActivity(string text) => Matches(Parse(text), "log_activity");

    [Theory]
    [InlineData("rozmawiałem z nim po angielsku o Falkorze")]
    [InlineData("rozmawialiśmy po angielsku z Brixelem")]
    [InlineData("dzwoniłem do Falkora, rozmowa po angielsku")]
    [InlineData("говорили по-английски с Ромашкой")]
    [InlineData("звонил в Бриксел, общались по-английски")]
    public void ALanguageBesideATalkIsNoSwitch(string text) => Assert.NotEqual(Intent.SetLanguage, Parse(text).Intent);

    [Theory]
    [InlineData("odpowiadaj po polsku", "pl")]
    [InlineData("pisz po angielsku", "en")]
    [InlineData("przełącz na angielski", "en")]
    [InlineData("przełącz się na rosyjski", "ru")]
    [InlineData("zmień język na polski", "pl")]
    [InlineData("mów po rosyjsku", "ru")]
    [InlineData("пиши по-русски", "ru")]
    [InlineData("отвечай по-польски", "pl")]
    [InlineData("переключись на английский", "en")]
    [InlineData("перейди на польский", "pl")]
    [InlineData("смени язык на русский", "ru")]
    [InlineData("answer in English", "en")]
    [InlineData("reply in Polish", "pl")]
    [InlineData("switch to Russian", "ru")]
    public void ALanguageSaidInWordsSetsIt(string text, string code) => Matches(Parse(text), "set_language", $"argument={code}");

    [Theory]
    [InlineData("telefon z Falkorem, rozmawialiśmy o wdrożeniu", "Falkor")]
    [InlineData("spotkanie z Brixelem, rozmawiałam o cenach", "Brixel")]
    [InlineData("звонок в Бриксел, говорили о внедрении", "Бриксел")]
    [InlineData("встреча с Ромашкой, поговорили про цены", "Ромашка")]
    public void WhatWasTalkedAboutIsANoteNotASecondActivity(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.Null(c.More);
    }

    [Theory]
    [InlineData("top 3: Falkor, Brixel, raport", 3)]
    [InlineData("top-3: Falkor, Brixel, raport", 3)]
    [InlineData("топ-3: Бриксел, Ромашка, отчёт", 3)]
    [InlineData("топ-3:\n1. договор Бриксел\n2. демо Ромашка\n3. чистка воронки", 3)]
    public void ATopThreeIsAPlan(string text, int items)
    {
        var c = Parse(text);
        Assert.Equal(Intent.SetPlan, c.Intent);
        Assert.Equal(items, c.Items!.Count);
    }
}

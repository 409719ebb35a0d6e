using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

public class TaskAndPlanTests
{
    [Theory]
    [InlineData("przypomnij mi jutro zadzwonić do Marka", "zadzwonić do Marka", "2026-11-19")]
    [InlineData("przypomnij mi w poniedziałek o wysłaniu umowy", null, "2026-11-23")]
    [InlineData("zadanie: wysłać ofertę do Hooli do piątku", "wysłać ofertę do Hooli", "2026-11-20")]
    [InlineData("przypomnij mi za tydzień o Acme", null, "2026-11-25")]
    [InlineData("przypomnij mi za 2 dni zadzwonić do Acme", "zadzwonić do Acme", "2026-11-20")]
    [InlineData("przypomnij mi 15 grudnia zadzwonić do Acme", "zadzwonić do Acme", "2026-12-15")]
    [InlineData("ustaw przypomnienie na jutro 9:00 - telefon do PZU", "telefon do PZU", "2026-11-19")]
    [InlineData("todo: oferta dla Acme do końca miesiąca", "oferta dla Acme", "2026-11-30")]
    [InlineData("напомни завтра позвонить Марку", "позвонить Марку", "2026-11-19")]
    [InlineData("напомни в понедельник отправить договор", "отправить договор", "2026-11-23")]
    [InlineData("задача: отправить КП в Hooli до пятницы", "отправить КП в Hooli", "2026-11-20")]
    [InlineData("напомни мне через 3 дня позвонить в Acme", "позвонить в Acme", "2026-11-21")]
    [InlineData("напомни 15 декабря позвонить в Acme", "позвонить в Acme", "2026-12-15")]
    [InlineData("поставь напоминание на завтра 9:00 - звонок в ВТБ", "звонок в ВТБ", "2026-11-19")]
    public void AddsATaskWithItsDueDate(string text, string? title, string date)
    {
        Matches(Parse(text), "add_task", (title is null ? "" : $"title={title}|") + $"date={date}");
    }

    [Theory]
    [InlineData("za tydzień follow-up z Umbrella", "2026-11-25")]
    [InlineData("w przyszły wtorek follow-up z Acme", "2026-11-24")]
    [InlineData("через неделю фоллоу-ап с Umbrella", "2026-11-25")]
    [InlineData("в следующий вторник фоллоу-ап с Acme", "2026-11-24")]
    public void MakesAFollowUpWithADateATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("zrobione: wysłać ofertę do Hooli", "wysłać ofertę do Hooli")]
    [InlineData("gotowe: zadzwonić do Marka", "zadzwonić do Marka")]
    [InlineData("zadanie faktura Globex zrobione", "faktura Globex")]
    [InlineData("сделано: отправить КП в Hooli", "отправить КП в Hooli")]
    [InlineData("готово: позвонить Марку", "позвонить Марку")]
    [InlineData("задача счёт Globex выполнена", "счёт Globex")]
    public void CompletesATask(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    [Theory]
    [InlineData("plan na dziś: 1) Acme 2) Initech 3) raport", "3")]
    [InlineData("dzisiaj: Hooli, Soylent, Umbrella", "3")]
    [InlineData("mój plan na dzisiaj:\n- Acme\n- Initech\n- Globex", "3")]
    [InlineData("plan na dziś - demo Initech, telefon do Santandera, raport", "3")]
    [InlineData("plan: Acme; Initech", "2")]
    [InlineData("план на сегодня: 1) Acme 2) Initech 3) отчёт", "3")]
    [InlineData("сегодня: Hooli, Soylent, Umbrella", "3")]
    [InlineData("мой план на сегодня:\n- Acme\n- Initech\n- Globex", "3")]
    [InlineData("план на сегодня - демо Initech, звонок в Тинькофф, отчет", "3")]
    public void SetsAPlanWithItsItems(string text, string items)
    {
        Matches(Parse(text), "set_plan", $"items={items}|date=2026-11-18");
    }

    [Theory]
    [InlineData("jaki mam plan?", "me")]
    [InlineData("mój plan na dziś", "me")]
    [InlineData("pokaż plan Marka", "Marek")]
    [InlineData("какой у меня план?", "me")]
    [InlineData("мой план на сегодня", "me")]
    [InlineData("покажи план Марка", "Марк")]
    public void ShowsAPlanWithoutAList(string text, string scope)
    {
        Matches(Parse(text), "show_plan", $"scope={scope}");
    }
}

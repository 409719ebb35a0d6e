using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Writes that must not happen in Polish and Russian (issue 15): an activity said as set up ("umówiony na", "назначена на")
/// lies ahead and is a task with its day, never a past activity; "след."/"nast." abbreviate "next" without ending the
/// sentence; a message left on voicemail or with no one reached logs nothing; "oznacz „X” jako zrobione" with an activity
/// inside the quotes completes a task. Near misses: a set-up marker beside a day said as past writes nothing, and an
/// activity marked done without a mark verb is still the activity. Invented names and phrasings only.
/// </summary>
public class ScheduledAndUnreachedTests
{
    [Theory]
    [InlineData("telefon z Marbudem umówiony na 9 grudnia o 11", "2026-12-09", "11:00")]
    [InlineData("spotkanie z Drewpolem zaplanowane na piątek", "2026-11-20", null)]
    [InlineData("wizyta w Kornexie ustalona na 2 grudnia", "2026-12-02", null)]
    [InlineData("demo dla Sanplastu zaklepane na jutro o 13:30", "2026-11-19", "13:30")]
    [InlineData("umówione spotkanie z Drewpolem na przyszły czwartek", "2026-11-26", null)]
    [InlineData("call z Marbudem w nast. poniedziałek o 9", "2026-11-23", "09:00")]
    [InlineData("созвон с Техлайном назначен на 9 декабря в 11:00", "2026-12-09", "11:00")]
    [InlineData("встреча с Промвектором запланирована на пятницу", "2026-11-20", null)]
    [InlineData("демо для Агросбыта намечено на 2 декабря", "2026-12-02", null)]
    [InlineData("встреча в Техлайне в след. четверг в 15:00", "2026-11-26", "15:00")]
    [InlineData("звонок в Промвектор в след. понедельник", "2026-11-23", null)]
    [InlineData("надо написать в Агросбыт в след. среду", "2026-11-25", null)]
    public void AnActivitySetUpAheadIsATask(string text, string date, string? time) =>
        Matches(Parse(text), "add_task", $"date={date}|time={time ?? ""}|confirm=");

    [Theory]
    [InlineData("spotkanie z Drewpolem było wczoraj, umówione kolejne na grudzień")]
    [InlineData("встреча с Техлайном была вчера, следующая назначена на декабрь")]
    [InlineData("zostawiłam wiadomość Ewie z Kornexu")]
    [InlineData("zostawiłem mu wiadomość, oddzwoni")]
    [InlineData("оставил сообщение Олегу из Промвектора")]
    [InlineData("звонил в Техлайн, попал на автоответчик")]
    [InlineData("оставила ей сообщение на голосовую почту")]
    public void NothingHappenedOrTwoDaysAtOnceWritesNothing(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent is SalesBot.Core.Conversation.Parsing.Intent.Unknown || c.Confirm || c.Intent == SalesBot.Core.Conversation.Parsing.Intent.AddTask && c.Date is null, Describe(c));
        Assert.False(c.Intent == SalesBot.Core.Conversation.Parsing.Intent.LogActivity && !c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("oznacz „telefon do Marbudu” jako zrobione", "telefon do Marbudu")]
    [InlineData("oznacz \"spotkanie z Drewpolem\" jako wykonane", "spotkanie z Drewpolem")]
    [InlineData("oznacz demo dla Sanplastu jako zrobione", "demo dla Sanplastu")]
    [InlineData("отметь «звонок в Техлайн» выполненным", "звонок в Техлайн")]
    [InlineData("отметь \"встреча с Промвектором\" как выполненную", "встреча с Промвектором")]
    public void AMarkedActivityInQuotesCompletesATask(string text, string title) =>
        Matches(Parse(text), "complete_task", $"title={title}");

    [Theory]
    [InlineData("prezentacja dla Sanplastu zrobiona", "Sanplast")]
    [InlineData("demo dla Agrosbytu zrobione", "Agrosbyt")]
    public void AnActivityMarkedDoneWithoutAMarkVerbIsTheActivity(string text, string account) =>
        Matches(Parse(text), "log_activity", $"account={account}|date=2026-11-18");
}

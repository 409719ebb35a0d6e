using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// An activity moved to another day has not happened: "meeting with Optivo postponed to friday" used to log a meeting
/// last Friday (a wrong write). English proposes a reminder for the new day, with buttons; Polish and Russian write
/// nothing. Near misses: a deal's close date moved ("Optivo przesuwa się na koniec stycznia"), a stage move after a
/// meeting ("met Optivo, deal moved to negotiation"), a meeting that happened.
/// </summary>
public class RescheduledActivityClassTests
{
    private static readonly string[] EnglishActivities = ["meeting with Optivo", "demo with Kestrel Freight", "call with Ana at Lumora"];
    private static readonly string[] EnglishMoves = ["postponed to", "moved to", "got moved to", "pushed to", "rescheduled for", "pushed back to", "bumped to", "delayed till"];
    private static readonly (string Day, string Date)[] EnglishDays = [("friday", "2026-11-20"), ("next tuesday", "2026-11-24"), ("dec 3", "2026-12-03")];

    public static TheoryData<string, string> English()
    {
        var data = new TheoryData<string, string>();
        foreach (var activity in EnglishActivities)
        {
            foreach (var move in EnglishMoves)
            {
                foreach (var (day, date) in EnglishDays)
                {
                    data.Add($"{activity} {move} {day}", date);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(English))]
    public void AMovedActivityIsAReminderToConfirm(string text, string date)
    {
        var c = Parse(text);
        Matches(c, "add_task", $"date={date}");
        Assert.True(c.Confirm, text);
    }

    /// <summary>The company before the activity ("optivo demo rescheduled for friday") is not yet read as a reminder: it writes nothing.</summary>
    [Theory]
    [InlineData("optivo demo rescheduled for friday")]
    [InlineData("the Optivo site visit bumped to friday")]
    [InlineData("the Optivo site visit rescheduled for dec 3")]
    public void AMovedActivityNamedFirstWritesNothing(string text)
    {
        Matches(Parse(text), "unknown");
    }

    [Theory]
    [InlineData("meeting with Optivo postponed")]
    [InlineData("demo with Kestrel Freight got postponed")]
    [InlineData("call with Ana at Lumora rescheduled")]
    public void AMovedActivityWithNoDayWritesNothing(string text)
    {
        Matches(Parse(text), "unknown");
    }

    private static readonly string[] Polish =
    [
        "spotkanie z {0} przesuwa się na piątek", "przełożyłem spotkanie z {0} na piątek", "przełożyłam demo dla {0} na wtorek",
        "spotkanie z {0} przełożone na 3 grudnia", "przesunęliśmy prezentację dla {0} na przyszły tydzień", "wizyta w {0} przesunięta na poniedziałek",
        "spotkanie z {0} przekładamy na czwartek",
    ];

    private static readonly string[] Russian =
    [
        "встречу с {0} перенесли на пятницу", "перенес встречу с {0} на пятницу", "перенесла демо для {0} на вторник",
        "встреча с {0} переносится на 3 декабря", "сдвинули презентацию для {0} на следующую неделю", "визит в {0} отложили до понедельника",
        "звонок с {0} перенесён на четверг",
    ];

    public static TheoryData<string> PolishRussian()
    {
        var data = new TheoryData<string>();
        foreach (var (templates, names) in new[] { (Polish, new[] { "Optivo", "Kalibrem" }), (Russian, new[] { "Optivo", "Вегой" }) })
        {
            foreach (var template in templates)
            {
                foreach (var name in names)
                {
                    data.Add(string.Format(CultureInfo.InvariantCulture, template, name));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PolishRussian))]
    public void AMovedActivityIsNoLoggedOne(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.LogActivity, $"{text} → {Describe(c)}");
    }

    public static TheoryData<string> SomeoneMovedACall()
    {
        var data = new TheoryData<string>();
        foreach (var who in new[] { "jonas", "Kevin", "the client", "they" })
        {
            foreach (var move in new[] { "postponed", "pushed", "moved", "rescheduled", "bumped" })
            {
                foreach (var what in new[] { "the optivo call", "our demo with Lumora", "the Kestrel meeting" })
                {
                    data.Add($"{who} {move} {what} to next month");
                }
            }
        }

        return data;
    }

    /// <summary>"jonas postponed the fabrikam call to next month" moved a call: no deal's close date changes (it changed Jonas's).</summary>
    [Theory]
    [MemberData(nameof(SomeoneMovedACall))]
    public void SomeoneMovingACallChangesNoDeal(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent is not (SalesBot.Core.Conversation.Parsing.Intent.UpdateDeal or SalesBot.Core.Conversation.Parsing.Intent.LogActivity), $"{text} → {Describe(c)}");
        Assert.True(c.Intent == SalesBot.Core.Conversation.Parsing.Intent.Unknown || c.Confirm, $"{text} → {Describe(c)}");
    }

    [Theory]
    [InlineData("fabrikam pushed to next month", "update_deal", "date=2026-12-01")]
    [InlineData("Acme deal postponed to january", "update_deal", "date=2027-01-01")]
    [InlineData("contoso close date moved to dec 15", "update_deal", "date=2026-12-15")]
    [InlineData("Optivo przesuwa się na koniec stycznia", "update_deal", "date=2027-01-31")]
    [InlineData("сделка с Optivo сдвигается на 15 декабря", "update_deal", "date=2026-12-15")]
    [InlineData("zamknięcie Optivo przesuwamy na 15 grudnia", "update_deal", "date=2026-12-15")]
    [InlineData("met Optivo, deal moved to negotiation", "log_activity", "account=Optivo")]
    [InlineData("met Optivo, moved them to proposal", "log_activity", "account=Optivo")]
    [InlineData("spotkanie z Optivo, omówiliśmy ofertę", "log_activity", "account=Optivo")]
    [InlineData("встретился с Optivo, обсудили КП", "log_activity", "account=Optivo")]
    public void NearMisses(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
    }
}

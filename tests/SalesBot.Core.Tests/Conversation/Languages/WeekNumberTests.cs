using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A week of the year by its number in Polish and Russian (issue 15): "tydzień 41", "41. tydzień", "w 41 tygodniu",
/// "неделя 41", "41-я неделя", "на 41-й неделе"; "za"/"за" before it means "for", not "in". A number after this week's
/// is last year's when looking back. Near misses: "za tydzień", "через неделю", "2 недели назад", "tydzień temu",
/// "1 tydzień" and an amount stay what they were. Invented phrasings only.
/// </summary>
public class WeekNumberTests
{
    [Theory]
    [InlineData("kpi za tydzień 41", "2026-W41")]
    [InlineData("KPI zespołu za 39. tydzień", "2026-W39")]
    [InlineData("pokaż kpi z 42 tygodnia", "2026-W42")]
    [InlineData("wyniki za tydz. 40", "2026-W40")]
    [InlineData("kpi za tydzień 50", "2025-W50")]
    [InlineData("kpi за неделю 41", "2026-W41")]
    [InlineData("kpi команды за 39-ю неделю", "2026-W39")]
    [InlineData("показатели на 42-й неделе", "2026-W42")]
    [InlineData("kpi за 40-ю неделю", "2026-W40")]
    [InlineData("kpi за 52-ю неделю", "2025-W52")]
    public void AWeekNumberIsThatWeek(string text, string week) => Matches(Parse(text), "kpi_digest", $"week={week}");

    [Theory]
    [InlineData("kpi za zeszły tydzień", "2026-W46")]
    [InlineData("kpi за прошлую неделю", "2026-W46")]
    public void ARelativeWeekIsStillRelative(string text, string week) => Matches(Parse(text), "kpi_digest", $"week={week}");

    [Theory]
    [InlineData("przypomnij za tydzień zadzwonić do Orlenu", "add_task", "date=2026-11-25")]
    [InlineData("напомни через неделю позвонить в Сбербанк", "add_task", "date=2026-11-25")]
    [InlineData("звонил в Сбербанк 2 недели назад", "log_activity", "date=2026-11-04")]
    [InlineData("dzwoniłem do Orlenu tydzień temu", "log_activity", "date=2026-11-11")]
    [InlineData("nowy deal Orlen 45 tys. zł", "create_deal", "amount=45000")]
    [InlineData("przypomnij za 2 tygodnie zadzwonić do Orlenu", "add_task", "date=2026-12-02")]
    public void NearMissesKeepTheirReading(string text, string intent, string spec) => Matches(Parse(text, Team), intent, spec);
}

using System.Text.Json;
using SalesBot.Host.Cli;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.Cli;

/// <summary>
/// Issue 15, "Measured": a Polish and a Russian team's morning, replayed with the real parser on teams made with
/// <c>team add NAME --language pl|ru</c>. Its export is compared with records written by hand beforehand, and the
/// replies are checked to be in the team's language (the next day's stand-up is printed). Record matches only ratchet:
/// measured 2026-12-02, Polish 7 of 7 (1 wrong: a deal kept by its undo because a colleague's meeting uses it),
/// Russian 5 of 7 ("с Иваном Петровым из Яндекса" became account "Петровым").
/// </summary>
public class ReplayedMorningInOtherLanguagesTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset MorningStarts = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string[], string, string[], string[], int> Mornings => new()
    {
        {
            "pl", "Północ",
            ["Ola", "Piotr", "Kasia"],
            """
            2026-11-16T09:05 Ola: dzwoniłam do Orlenu w sprawie oferty
            2026-11-16T09:20 Piotr: wczoraj demo u Fabrikam
            2026-11-16T09:40 Ola: nowa szansa Orlen 50 tys. zł
            2026-11-16T10:00 Piotr: przypomnij mi zadzwonić do Fabrikam w piątek
            2026-11-16T10:30 Kasia: pomoc
            2026-11-16T11:00 Piotr: spotkanie z Janem Kowalskim z Orlenu
            2026-11-16T11:30 Ola: cofnij
            """,
            [
                "activity|Ola|call|Orlen|2026-11-16", "activity|Piotr|demo|Fabrikam|2026-11-15", "task|Piotr|2026-11-20",
                "activity|Piotr|meeting|Orlen|2026-11-16", "contact|Jan Kowalski|Orlen", "account|Orlen", "account|Fabrikam",
            ],
            ["✓ Zapisano:", "[Cofnij]", "cofnij"],
            7
        },
        {
            "ru", "Север",
            ["Иван", "Мария", "Олег"],
            """
            2026-11-16T09:05 Иван: звонил в Яндекс по поводу КП
            2026-11-16T09:20 Мария: вчера демо для Fabrikam
            2026-11-16T09:40 Иван: новая сделка Яндекс 40 тыс. евро
            2026-11-16T10:00 Мария: напомни позвонить в Fabrikam в пятницу
            2026-11-16T10:30 Олег: помощь
            2026-11-16T11:00 Мария: встреча с Иваном Петровым из Яндекса
            2026-11-16T11:30 Иван: отмени
            """,
            [
                "activity|Иван|call|Яндекс|2026-11-16", "activity|Мария|demo|Fabrikam|2026-11-15", "task|Мария|2026-11-20",
                "activity|Мария|meeting|Яндекс|2026-11-16", "contact|Иван Петров|Яндекс", "account|Яндекс", "account|Fabrikam",
            ],
            ["✓ Записано:", "[Отменить]", "отмен"],
            5
        },
    };

    [Theory]
    [MemberData(nameof(Mornings))]
    public async Task AReplayedMorningIsRecordedAndAnsweredInTheTeamsLanguage(string language, string team, string[] members, string morning,
        string[] expected, string[] repliesSay, int matchedAtLeast)
    {
        await using var store = await TestStore.SqliteAsync(migrate: false);
        await CliRunner.SucceedsAsync("team", "add", team, "--language", language, "--tz", "Europe/Warsaw", "--db", store.Db);
        foreach (var member in members)
        {
            await CliRunner.SucceedsAsync("member", "add", team, member, "--db", store.Db);
        }

        var file = Path.Combine(Path.GetTempPath(), $"morning-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, morning);
        var transcript = new StringWriter();
        try
        {
            Assert.Equal(0, await ReplayVerb.RunAsync(CliArgs.Parse([file, "--db", store.Db]), transcript));
        }
        finally
        {
            File.Delete(file);
        }

        var (_, exported, _) = await CliRunner.SucceedsAsync("export", "--db", store.Db);
        var (_, standup, _) = await CliRunner.SucceedsAsync("standup", "--team", team, "--date", "2026-11-17", "--db", store.Db);
        var written = Written(JsonDocument.Parse(exported).RootElement);
        var missing = expected.Where(e => !written.Remove(e)).ToList();
        output.WriteLine(transcript.ToString());
        output.WriteLine(standup);
        output.WriteLine($"{language}: matched {expected.Length - missing.Count}/{expected.Length}; missing: {string.Join("; ", missing)}; wrong: {string.Join("; ", written)}");

        Assert.True(expected.Length - missing.Count >= matchedAtLeast, $"missing: {string.Join("; ", missing)}\n{transcript}");
        Assert.All(repliesSay, said => Assert.Contains(said, transcript.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Logged", transcript.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", transcript.ToString(), StringComparison.Ordinal);
        // The stand-up lists the morning's writers; its sentences are still English for these teams (the report verbs do not
        // use the team's pack yet), which this test prints but cannot yet require.
        Assert.Contains(members[1], standup, StringComparison.Ordinal);
    }

    private static List<string> Written(JsonElement crm)
    {
        bool ThisMorning(JsonElement e, string field) =>
            Str(e, field) is { } at && DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture) >= MorningStarts;
        var written = new List<string>();
        written.AddRange(crm.GetProperty("activities").EnumerateArray().Select(a =>
            $"activity|{Str(a, "member")}|{Str(a, "type")}|{Str(a, "account")}|{Str(a, "happened_on")}"));
        written.AddRange(crm.GetProperty("tasks").EnumerateArray().Select(t => $"task|{Str(t, "owner")}|{Str(t, "due")}"));
        written.AddRange(crm.GetProperty("deals").EnumerateArray().Select(d => $"deal|{Str(d, "account")}|{Str(d, "owner")}|{Str(d, "amount")}"));
        written.AddRange(crm.GetProperty("contacts").EnumerateArray().Select(c => $"contact|{Str(c, "name")}|{Str(c, "account")}"));
        written.AddRange(crm.GetProperty("accounts").EnumerateArray().Where(a => ThisMorning(a, "created_at") || Str(a, "created_at") is null)
            .Select(a => $"account|{Str(a, "name")}"));
        return written;
    }

    private static string? Str(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? v.ToString() : null;
}

using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using SalesBot.Core.Crm;
using SalesBot.Host.Data;
using SalesBot.Host.Tests.Data;

namespace SalesBot.Host.Tests.Cli;

public class ExportVerbTests
{
    private static readonly Dictionary<string, string[]> ContractFields = new()
    {
        ["teams"] = ["name", "time_zone", "currency"],
        ["members"] = ["name", "team", "role"],
        ["accounts"] = ["name", "team"],
        ["contacts"] = ["name", "account"],
        ["deals"] = ["name", "team", "account", "owner", "stage", "amount", "currency", "close_date", "stage_history"],
        ["activities"] = ["type", "member", "team", "account", "contact", "deal", "happened_on", "recorded_at", "notes"],
        ["tasks"] = ["title", "owner", "due", "done_at"],
        ["plans"] = ["member", "date", "items"],
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AnEmptyStoreExportsEveryCollectionEmpty(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (code, stdout, _) = await CliRunner.RunAsync("export", "--json", "--db", store.Db);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        foreach (var key in ContractFields.Keys)
        {
            Assert.True(doc.RootElement.GetProperty(key).GetArrayLength() == 0, $"{key} is not empty: {stdout}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task APopulatedStoreExportsTheContractFields(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        var (code, stdout, _) = await CliRunner.RunAsync("export", "--db", store.Db);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        foreach (var (key, fields) in ContractFields)
        {
            var first = root.GetProperty(key)[0];
            Assert.All(fields, f => Assert.True(first.TryGetProperty(f, out _), $"{key}[0].{f} is missing"));
        }

        var deal = root.GetProperty("deals")[0];
        Assert.Equal("proposal", deal.GetProperty("stage").GetString());
        Assert.Equal(1_234_567.89m, deal.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-12-15", deal.GetProperty("close_date").GetString());
        Assert.Equal("Anna Nowak", deal.GetProperty("owner").GetString());
        var history = deal.GetProperty("stage_history");
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("from").ValueKind);
        Assert.Equal(("lead", "proposal"), (history[1].GetProperty("from").GetString(), history[1].GetProperty("to").GetString()));
        Assert.Equal(SampleCrm.At.AddHours(1), history[1].GetProperty("at").GetDateTimeOffset());

        var activity = root.GetProperty("activities")[0];
        Assert.Equal(("call", "ACME Corp.", "Kevin Żak", "Acme upgrade", "2026-11-17"),
            (activity.GetProperty("type").GetString(), activity.GetProperty("account").GetString(), activity.GetProperty("contact").GetString(),
             activity.GetProperty("deal").GetString(), activity.GetProperty("happened_on").GetString()));
        Assert.Equal(3, root.GetProperty("plans")[0].GetProperty("items").GetArrayLength());
        Assert.Equal("Północ", root.GetProperty("teams")[0].GetProperty("name").GetString());
    }
}

public class ExportImportRoundTripTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task APopulatedStoreSurvivesExportImportExport(StoreProvider provider)
    {
        await using var source = await TestStore.CreateAsync(provider);
        await using (var db = source.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        await CliRunner.SucceedsAsync("team", "add", "South", "--language", "ru", "--quiet-hours", "21:00-07:30", "--db", source.Db);
        await CliRunner.SucceedsAsync("member", "add", "South", "Anna Nowak", "--telegram", "31337", "--db", source.Db);
        var first = (await CliRunner.SucceedsAsync("export", "--with-identities", "--db", source.Db)).Out;
        var file = Path.Combine(Path.GetTempPath(), $"salesbot-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, first);
        try
        {
            await using var target = await TestStore.CreateAsync(provider);
            var imported = await CliRunner.SucceedsAsync("import", file, "--db", target.Db);
            Assert.Contains("2 teams, 3 members, 1 accounts, 1 contacts, 1 deals, 1 activities, 1 tasks, 1 plans, 1 targets", imported.Out);

            var second = (await CliRunner.SucceedsAsync("export", "--with-identities", "--db", target.Db)).Out;
            Assert.Equal(first, second);

            var again = await CliRunner.RunAsync("import", file, "--db", target.Db);
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("the store is not empty (2 teams); import restores into an empty store only", again.Err);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TheExportHoldsSettingsHolidaysAwayDatesAndBindings()
    {
        await using var store = await TestStore.SqliteAsync();
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        using var doc = JsonDocument.Parse((await CliRunner.SucceedsAsync("export", "--with-identities", "--db", store.Db)).Out);
        var team = doc.RootElement.GetProperty("teams")[0];
        Assert.Equal(("en", "monday", "08:30", 20, "new-deal,won", false, "20:00", "07:00"),
            (team.GetProperty("language").GetString(), team.GetProperty("digest_day").GetString(), team.GetProperty("digest_time").GetString(),
             team.GetProperty("plan_prompt_minutes_before").GetInt32(), team.GetProperty("channel_events").GetString(),
             team.GetProperty("show_amounts_in_channel").GetBoolean(), team.GetProperty("quiet_hours_start").GetString(), team.GetProperty("quiet_hours_end").GetString()));
        Assert.Equal(("2026-12-24", "Wigilia"), (team.GetProperty("holidays")[0].GetProperty("date").GetString(), team.GetProperty("holidays")[0].GetProperty("name").GetString()));
        var binding = team.GetProperty("channel_bindings")[0];
        Assert.Equal(("telegram", "-1001234567890", "Sales North", "Marek"),
            (binding.GetProperty("channel").GetString(), binding.GetProperty("chat_id").GetString(), binding.GetProperty("title").GetString(), binding.GetProperty("bound_by").GetString()));
        var marek = doc.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Marek");
        Assert.Equal(("away", "2026-12-02", "6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f"),
            (marek.GetProperty("status").GetString(), marek.GetProperty("away_until").GetString(), marek.GetProperty("aad_object_id").GetString()));
    }

    [Fact]
    public async Task AnExportWrittenBeforeIdentitiesImportsItsMessengerIdsAsIdentitiesAndAddresses()
    {
        // The shape `export --with-identities` wrote before session 6: per-messenger fields on members and bindings.
        var file = Path.Combine(Path.GetTempPath(), $"salesbot-old-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {"teams": [{"name": "North", "time_zone": "UTC", "currency": "EUR", "standup_time": "09:30", "working_days": "Mon-Fri", "visibility": "everyone",
              "channel_bindings": [{"channel": "teams", "title": "General", "is_active": true, "bound_at": "2026-11-18T09:15:30+00:00", "bound_by": null,
                "chat_id": "19:general@thread.tacv2", "service_url": "https://smba.trafficmanager.net/emea/", "tenant_id": "t-1", "teams_team_id": "19:team@thread.tacv2"}]}],
             "members": [
              {"name": "Anna", "team": "North", "role": "rep", "status": "active", "telegram_user_id": 987654321012},
              {"name": "Marek", "team": "North", "role": "manager", "status": "active", "teams_user_id": "29:1abc", "aad_object_id": "6f1c2a1e",
               "teams_conversation_id": "a:1xyz", "teams_service_url": "https://smba.trafficmanager.net/emea/"}]}
            """);
        try
        {
            await using var store = await TestStore.SqliteAsync();
            await CliRunner.SucceedsAsync("import", file, "--db", store.Db);

            await using var db = store.CreateDb();
            var members = await db.Members.Include(m => m.Identities).ToDictionaryAsync(m => m.Name);
            var anna = Assert.Single(members["Anna"].Identities);
            Assert.Equal((ChannelKind.Telegram, "987654321012", "987654321012", false), (anna.Channel, anna.UserId, anna.PrivateChatId, anna.Verified));
            var marek = Assert.Single(members["Marek"].Identities);
            Assert.Equal((ChannelKind.Teams, "29:1abc", "6f1c2a1e", "a:1xyz", "https://smba.trafficmanager.net/emea/", true),
                (marek.Channel, marek.UserId, marek.DirectoryId, marek.PrivateChatId, MemberIdentities.ServiceUrlOf(marek.Address), marek.Verified));
            var binding = await db.ChannelBindings.SingleAsync();
            Assert.Equal(("https://smba.trafficmanager.net/emea/", "t-1", "19:team@thread.tacv2"), (binding.ServiceUrl(), binding.TenantId(), binding.TeamsTeamId()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task WithoutWithIdentitiesNoMessengerIdIsInTheExport()
    {
        await using var store = await TestStore.SqliteAsync();
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        var (_, stdout, _) = await CliRunner.SucceedsAsync("export", "--db", store.Db);

        foreach (var id in new[] { "987654321012", "6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f", "29:1abc", "a:1xyz", "smba.trafficmanager", "-1001234567890" })
        {
            Assert.DoesNotContain(id, stdout, StringComparison.Ordinal);
        }

        foreach (var field in new[] { "telegram_user_id", "aad_object_id", "teams_user_id", "chat_id" })
        {
            Assert.DoesNotContain($"\"{field}\"", stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ExportTeamHoldsOnlyThatTeam(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            await SampleCrm.SeedAsync(db);
        }

        await CliRunner.SucceedsAsync("team", "add", "South", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "South", "Ola", "--db", store.Db);

        using var south = JsonDocument.Parse((await CliRunner.SucceedsAsync("export", "--team", "south", "--db", store.Db)).Out);
        Assert.Equal("South", Assert.Single(south.RootElement.GetProperty("teams").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Ola", Assert.Single(south.RootElement.GetProperty("members").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(0, south.RootElement.GetProperty("deals").GetArrayLength());

        using var north = JsonDocument.Parse((await CliRunner.SucceedsAsync("export", "--team", "Północ", "--db", store.Db)).Out);
        Assert.Equal(2, north.RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal(1, north.RootElement.GetProperty("deals").GetArrayLength());

        var unknown = await CliRunner.RunAsync("export", "--team", "Atlantis", "--db", store.Db);
        Assert.Equal((2, "salesbot: unknown team 'Atlantis'"), (unknown.ExitCode, unknown.Err.TrimEnd()));
    }

    [Fact]
    public async Task AFileThatIsNotAnExportIsOneLineAndChangesNothing()
    {
        await using var store = await TestStore.SqliteAsync();
        var file = Path.Combine(Path.GetTempPath(), $"salesbot-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"teams": [{"name": "X", "time_zone": "UTC", "currency": "EUR", "standup_time": "09:30", "working_days": "Mon-Fri", "visibility": "everyone"}], "members": [{"name": "A", "team": "Nowhere", "role": "rep", "status": "active"}]}""");
        try
        {
            var (code, _, err) = await CliRunner.RunAsync("import", file, "--db", store.Db);
            Assert.Equal(2, code);
            Assert.Contains("member A: no team named 'Nowhere' in the export", Assert.Single(err.TrimEnd().Split('\n')));
            await using var db = store.CreateDb();
            Assert.Equal(0, await db.Teams.CountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}

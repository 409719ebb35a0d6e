using System.Text.Json;
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

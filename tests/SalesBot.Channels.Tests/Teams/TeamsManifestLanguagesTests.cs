using System.IO.Compression;
using System.Text.Json.Nodes;
using SalesBot.Host.Cli;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>The Teams app in Polish and Russian: localizationInfo names a file per language, and each file words what the manifest says.</summary>
public sealed class TeamsManifestLanguagesTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private readonly string _dir = Directory.CreateTempSubdirectory("salesbot-manifest-lang-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "manifests", "teams", "manifest.json")))!;

    /// <summary>Resolves a localization key ("bots[0].commandLists[1].commands[2].title") in the manifest.</summary>
    private static JsonNode? At(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            node = node?[name];
            foreach (var index in part.Split('[').Skip(1))
            {
                node = node?.AsArray().ElementAtOrDefault(int.Parse(index.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return node;
    }

    [Fact]
    public void NamesAPolishAndARussianFileWithEnglishAsTheDefault()
    {
        var info = Manifest()["localizationInfo"]!;

        Assert.Equal("en-us", info["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal(["pl-pl:pl-pl.json", "ru-ru:ru-ru.json"],
            info["additionalLanguages"]!.AsArray().Select(l => $"{l!["languageTag"]}:{l["file"]}"));
    }

    [Theory]
    [InlineData("pl-pl.json", "SalesBot: Twój CRM w czacie")]
    [InlineData("ru-ru.json", "SalesBot: ваша CRM в чате")]
    public void EachLanguageFileTranslatesEveryCommandAndNothingTheManifestLacks(string file, string fullName)
    {
        var manifest = Manifest();
        var strings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "manifests", "teams", file)))!.AsObject();

        Assert.Equal(fullName, strings["name.full"]!.GetValue<string>());
        Assert.EndsWith("MicrosoftTeams.Localization.schema.json", strings["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
        var keys = strings.Where(kv => kv.Key != "$schema").ToList();
        Assert.All(keys, kv =>
        {
            var english = At(manifest, kv.Key);
            Assert.True(english is not null, $"{kv.Key} is not in the manifest");
            Assert.False(string.IsNullOrWhiteSpace(kv.Value!.GetValue<string>()), kv.Key);
        });
        var commands = manifest["bots"]![0]!["commandLists"]!.AsArray().Sum(l => l!["commands"]!.AsArray().Count);
        Assert.Equal(commands * 2, keys.Count(kv => kv.Key.StartsWith("bots[0].commandLists", StringComparison.Ordinal)));
        Assert.InRange(strings["description.short"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(strings["description.full"]!.GetValue<string>().Length, 1, 4000);
    }

    [Fact]
    public async Task ThePackageCarriesTheLanguageFiles()
    {
        var zip = Path.Combine(_dir, "salesbot.zip");

        Assert.Equal(0, await CommandLine.RunAsync(["manifest", "--app-id", AppId, "--out", zip]));

        using var package = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(package.GetEntry("pl-pl.json")!.Open());
        Assert.Contains("Twój CRM w czacie", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }
}

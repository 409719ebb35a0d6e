using System.IO.Compression;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot manifest --app-id GUID --out FILE.zip [--from DIR]</c>: builds the Teams app package to upload
/// (manifest.json with the Azure bot's app id, color.png, outline.png). The files come from manifests/teams/,
/// built into the binary; <c>--from</c> takes an edited copy of that folder instead.
/// </summary>
internal static class ManifestVerb
{
    /// <summary>The package's files: the manifest, its icons and the language files its localizationInfo names.</summary>
    private static readonly string[] Files = ["manifest.json", "color.png", "outline.png", "pl-pl.json", "ru-ru.json"];

    public static int Run(CliArgs args, TextWriter stdout)
    {
        var appIdText = args.RequiredOption("--app-id");
        var output = args.RequiredOption("--out");
        var from = args.Option("--from");
        args.EnsureNoUnknownOptions(0);
        if (!Guid.TryParse(appIdText, out var appId) || appId == Guid.Empty)
        {
            throw new UsageException($"--app-id must be the Azure bot's Microsoft App ID (a GUID), not '{appIdText}'");
        }

        if (from is not null && !Files.All(f => File.Exists(Path.Combine(from, f))))
        {
            throw new UsageException($"--from {from} must hold {string.Join(", ", Files)}");
        }

        var files = Files.ToDictionary(f => f, f => from is null ? Embedded(f) : File.ReadAllBytes(Path.Combine(from, f)));
        var manifest = JsonNode.Parse(files["manifest.json"])!.AsObject();
        var id = appId.ToString("D");
        manifest["id"] = id;
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = id;
        }

        files["manifest.json"] = JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"--out {output}: the folder does not exist");
        }

        // A fresh archive every time: an old package at the same path is replaced, not added to.
        File.Delete(output);
        using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        stdout.WriteLine($"wrote {output}: Teams app package (manifest {manifest["manifestVersion"]}, version {manifest["version"]}, bot {id})");
        return 0;
    }

    private static byte[] Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"manifests.teams.{name}")
            ?? throw new InvalidOperationException($"manifests/teams/{name} is not built into this binary");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

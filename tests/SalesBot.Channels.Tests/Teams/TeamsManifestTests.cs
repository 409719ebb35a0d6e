using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SalesBot.Host.Cli;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// The Teams app package `salesbot manifest` builds from manifests/teams/: its contents, its icons, and the
/// manifest checked against Microsoft's official schema by @microsoft/app-manifest (tests/peers/teams).
/// </summary>
public sealed class TeamsManifestTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private readonly string _dir = Directory.CreateTempSubdirectory("salesbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task BuildsAPackageWithTheAppIdAndBothIcons()
    {
        var zip = Path.Combine(_dir, "salesbot.zip");

        var exit = await CommandLine.RunAsync(["manifest", "--app-id", AppId, "--out", zip]);

        Assert.Equal(0, exit);
        using var package = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "pl-pl.json", "ru-ru.json"], package.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(package.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal((192, 192), Png.Size(Read(package, "color.png")));
        Assert.Equal((32, 32), Png.Size(Read(package, "outline.png")));
    }

    [Fact]
    public void DrawsTheOutlineIconInWhiteOnTransparentOnly()
    {
        var pixels = Png.Rgba(File.ReadAllBytes(Path.Combine(Repo.Root, "manifests", "teams", "outline.png")));

        Assert.All(pixels, p => Assert.True(p == (255, 255, 255, 255) || p.A == 0, $"pixel {p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task RefusesAnAppIdThatIsNotAGuidWithExitCode2(string appId)
    {
        var zip = Path.Combine(_dir, "bad.zip");

        var exit = await CommandLine.RunAsync(["manifest", "--app-id", appId, "--out", zip]);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task PassesTheOfficialTeamsSchemaAsPackaged()
    {
        Repo.EnsurePeers();

        var zip = Path.Combine(_dir, "salesbot.zip");
        Assert.Equal(0, await CommandLine.RunAsync(["manifest", "--app-id", AppId, "--out", zip]));
        var manifest = Path.Combine(_dir, "manifest.json");
        using (var package = ZipFile.OpenRead(zip))
        {
            package.GetEntry("manifest.json")!.ExtractToFile(manifest);
        }

        var (exit, output) = await ValidateAsync(manifest);

        Assert.True(exit == 0, output);
        Assert.Contains("VALID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSchemaCheckRejectsABrokenManifest()
    {
        Repo.EnsurePeers();

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "manifests", "teams", "manifest.json")))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        manifest.AsObject().Remove("name");
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, manifest.ToJsonString());

        var (exit, output) = await ValidateAsync(path);

        Assert.Equal(1, exit);
        Assert.Contains("INVALID", output, StringComparison.Ordinal);
        Assert.Contains("'name'", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> ValidateAsync(string manifest)
    {
        var (exit, stdout, stderr) = await Repo.NodeAsync("validate-manifest.js", manifest);
        return (exit, stdout + stderr);
    }

    private static byte[] Read(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Just enough PNG reading for the icons make-icons.py writes (8-bit RGBA, filter 0).</summary>
    private static class Png
    {
        public static (int Width, int Height) Size(byte[] png)
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }

        public static List<(byte R, byte G, byte B, byte A)> Rgba(byte[] png)
        {
            var (width, height) = Size(png);
            Assert.Equal(8, png[24]);
            Assert.Equal(6, png[25]);
            using var idat = new MemoryStream();
            for (var at = 8; at < png.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
                if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
                {
                    idat.Write(png, at + 8, length);
                }

                at += length + 12;
            }

            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var z = new ZLibStream(idat, CompressionMode.Decompress))
            {
                z.CopyTo(inflated);
            }

            var raw = inflated.ToArray();
            var pixels = new List<(byte, byte, byte, byte)>();
            var stride = (width * 4) + 1;
            for (var y = 0; y < height; y++)
            {
                Assert.Equal(0, raw[y * stride]);
                for (var x = 0; x < width; x++)
                {
                    var i = (y * stride) + 1 + (x * 4);
                    pixels.Add((raw[i], raw[i + 1], raw[i + 2], raw[i + 3]));
                }
            }

            return pixels;
        }
    }
}

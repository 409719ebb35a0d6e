using System.Diagnostics;

namespace SalesBot.Tests.Shared;

/// <summary>
/// The npm peers under tests/peers (Microsoft's Teams tools, a Telegram Bot API emulator): installed from their lock
/// files with `npm ci` the first time a test needs them, once per folder even when test processes run side by side.
/// </summary>
public static class NpmPeers
{
    private static readonly object Gate = new();

    /// <summary>Makes sure <paramref name="folder"/>/node_modules holds <paramref name="package"/>; fails with one clear line otherwise.</summary>
    public static void Ensure(string folder, string package)
    {
        if (Installed(folder, package))
        {
            return;
        }

        lock (Gate)
        {
            // A lock file, so two test assemblies starting together do not both run npm ci in one folder.
            using var cross = WaitForLock(Path.Combine(folder, ".npm-ci.lock"));
            if (Installed(folder, package))
            {
                return;
            }

            var info = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                info.ArgumentList.Add(arg);
            }

            Process? npm;
            try
            {
                npm = Process.Start(info);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                npm = null;
            }

            if (npm is null)
            {
                throw new InvalidOperationException($"the tests in {folder} need Node.js and npm: apt-get install nodejs npm");
            }

            using (npm)
            {
                var stderr = npm.StandardError.ReadToEndAsync();
                _ = npm.StandardOutput.ReadToEndAsync();
                npm.WaitForExit();
                if (npm.ExitCode != 0 || !Directory.Exists(Path.Combine(folder, "node_modules", package)))
                {
                    throw new InvalidOperationException($"npm ci in {folder} failed ({npm.ExitCode}): {stderr.Result.Trim()}");
                }

                File.WriteAllText(Stamp(folder), package);
            }
        }
    }

    // The package's folder appears while npm ci is still extracting, so another test would run against half a
    // node_modules; only the stamp written after npm ci succeeded says the install is whole.
    private static bool Installed(string folder, string package) =>
        Directory.Exists(Path.Combine(folder, "node_modules", package)) && File.Exists(Stamp(folder));

    private static string Stamp(string folder) => Path.Combine(folder, "node_modules", ".salesbot-npm-ci-done");

    private static FileStream WaitForLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesBot.Tests.Shared;

/// <summary>
/// The PostgreSQL server the store tests use: SALESBOT_TEST_POSTGRES when set, otherwise a throwaway cluster of this
/// test run's own (Debian's initdb and pg_ctl from /usr/lib/postgresql/*/bin, in a temporary folder, on a free
/// 127.0.0.1 port), started on first use and stopped when the test process exits. So `dotnet test` needs no server set up.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An admin connection string (database unset) to the server.</summary>
    public static string AdminConnectionString => Server.Value;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("SALESBOT_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL tests need PostgreSQL's server binaries (/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or set SALESBOT_TEST_POSTGRES to a server");
        var asRoot = Environment.UserName == "root";
        RemoveStoppedClusters();
        var folder = Directory.CreateTempSubdirectory("salesbot-pg-").FullName;
        var data = Path.Combine(folder, "data");
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user the package created.
            Run("chown", ["postgres:postgres", folder], asUser: null);
        }

        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], asRoot ? "postgres" : null);
        var port = 0;
        for (var attempt = 0; ; attempt++)
        {
            port = FreePort();
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200";
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"], asRoot ? "postgres" : null);
                break;
            }
            catch (InvalidOperationException) when (attempt < 2)
            {
                // Another process took the port between the probe and the start: try another.
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot ? "postgres" : null);
                for (var attempt = 0; Directory.Exists(folder) && attempt < 5; attempt++)
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException) when (attempt < 4)
                    {
                        // The server's last processes may still be closing files.
                        Thread.Sleep(200);
                    }
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // The folder is under the temp directory; a cluster that did not stop dies with the machine.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Password=postgres;Timeout=30";
    }

    /// <summary>A test process can be ended before its exit handler has deleted the folder: earlier runs' stopped clusters go here.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "salesbot-pg-*"))
        {
            if (Directory.Exists(Path.Combine(stale, "data")) && !File.Exists(Path.Combine(stale, "data", "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddMinutes(-1))
            {
                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another user's, or still in use: leave it.
                }
            }
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] args, string? asUser)
    {
        var info = asUser is null ? new ProcessStartInfo(program) : new ProcessStartInfo("runuser");
        if (asUser is not null)
        {
            foreach (var arg in new[] { "-u", asUser, "--", program })
            {
                info.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within 120 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result.Trim()} {stdout.Result.Trim()}");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Demo;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot chat --as NAME [--team TEAM] [--db CONNECTION]</c>: talk to the bot in the terminal as member NAME.
/// Each stdin line is a message; the bot's replies and the team's channel posts are printed. On an empty store
/// the demo team is created first, so a newcomer can try everything at once.
/// </summary>
internal static class ChatVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextReader stdin, TextWriter stdout, Action<IServiceCollection>? configure = null)
    {
        var name = args.RequiredOption("--as").Trim();
        var teamName = args.Option("--team");
        var db = args.Option("--db");
        var language = args.Option("--language")?.Trim().ToLowerInvariant();
        args.EnsureNoUnknownOptions(0);
        if (language is not null && !Core.Features.Administration.TeamSettings.Languages.Contains(language))
        {
            throw new UsageException($"--language must be en, pl or ru, not '{language}'");
        }

        // At a terminal: say what the pause is (the first run creates and migrates the store), and prompt for each line.
        var interactive = ReferenceEquals(stdin, Console.In) && !Console.IsInputRedirected;
        if (interactive)
        {
            await stdout.WriteLineAsync("Opening the store and the bot...");
        }

        await using var transcript = await ConsoleTranscript.OpenAsync(db, configure);
        await using (var store = transcript.CreateDb())
        {
            if (await DemoTeam.StoreIsEmptyAsync(store, CancellationToken.None))
            {
                await DemoTeam.CreateAsync(store, transcript.Clock.GetUtcNow(), CancellationToken.None);
                if (language is not null)
                {
                    await store.Teams.Where(t => t.Name == DemoTeam.Name).ExecuteUpdateAsync(t => t.SetProperty(x => x.Language, language));
                }

                await stdout.WriteLineAsync($"The store was empty, so I created the demo team \"{DemoTeam.Name}\": reps {string.Join(", ", DemoTeam.Reps)} and manager {DemoTeam.Manager}, with accounts, deals and three weeks of activity.");
                teamName ??= DemoTeam.Name;
            }

            var key = CompanyName.NormalizePlain(name);
            var matches = await store.Members.AsNoTracking().Include(m => m.Team)
                .Where(m => m.NormalizedName == key).Select(m => m.Team!.Name).ToListAsync();
            if (teamName is null && matches.Count > 1)
            {
                throw new UsageException($"{name} is on several teams ({string.Join(", ", matches)}); add --team TEAM");
            }

            if (teamName is not null && !matches.Any(t => CompanyName.NormalizePlain(t) == CompanyName.NormalizePlain(teamName)))
            {
                await stdout.WriteLineAsync($"{name} is not a member of {teamName}; the bot will treat you as a stranger.");
            }
            else if (matches.Count == 0)
            {
                await stdout.WriteLineAsync($"{name} is not a member of any team; the bot will treat you as a stranger.");
            }

            teamName ??= matches.FirstOrDefault();
        }

        var chatId = $"console:{name}";
        var sender = teamName is null ? name : $"{teamName}/{name}";
        var session = Guid.NewGuid().ToString("N")[..8];
        await stdout.WriteLineAsync($"Chatting as {name}{(teamName is null ? "" : $" ({teamName})")}. Type a message, \"help\" for examples, Ctrl+D to quit.");
        var n = 0;
        while (await Prompt(interactive, stdout) && await stdin.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            n++;
            var message = new IncomingMessage(ChannelKind.Console, chatId, ChatKind.Private, sender, name, line, $"{session}:{n}", transcript.Clock.GetUtcNow());
            await transcript.Engine.HandleAsync(message, CancellationToken.None);
            await transcript.PrintAsync(chatId, stdout);
        }

        return 0;
    }

    private static async Task<bool> Prompt(bool interactive, TextWriter stdout)
    {
        if (interactive)
        {
            await stdout.WriteAsync("> ");
            await stdout.FlushAsync();
        }

        return true;
    }
}

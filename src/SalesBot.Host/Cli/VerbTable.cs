namespace SalesBot.Host.Cli;

/// <summary>
/// Every verb, its options with their defaults, and one example each: what the command line accepts and what
/// `salesbot help` prints. The names are the contract's (docs/cli.md); parse's options are listed here too,
/// so they are known whatever ParseVerb reads.
/// </summary>
public static class VerbTable
{
    private const string DbDefault = "ConnectionStrings:SalesBot, i.e. Data Source=salesbot.db in the folder you run salesbot from";

    private static readonly OptionSpec Db = new("--db", "CONNECTION", "the store: a SQLite file (Data Source=FILE) or PostgreSQL (Host=...;Database=...)", DbDefault);

    private static readonly OptionSpec[] TeamSettingOptions =
    [
        new("--tz", "IANA", "the team's time zone", "UTC"),
        new("--standup", "HH:MM", "when the morning stand-up is posted", "09:30"),
        new("--currency", "ISO", "the currency of amounts written without one", "EUR"),
        new("--workdays", "DAYS", "working days, e.g. Mon-Fri or Sun-Thu", "Mon-Fri"),
        new("--language", "en|pl|ru", "the language the bot answers the team in", "en"),
        new("--channel-events", "LIST", "what the channel hears: all, none, or a comma list of new-deal, stage-move, won, lost", "all"),
        new("--channel-amounts", "on|off", "whether deal amounts appear in channel posts", "off"),
        new("--channel-digest", "on|off", "whether the weekly KPI digest is posted in the channel too (managers always get it)", "on"),
        new("--figures", "managers|everyone", "who sees team-wide figures and other reps' numbers", "managers"),
        new("--digest-day", "DAY", "the weekday the KPI digest is posted (Mon..Sun)", "Mon"),
        new("--digest-time", "HH:MM", "when the KPI digest is posted", "08:30"),
        new("--plan-prompt", "MINUTES", "how long before the stand-up reps are asked for their plan", "20"),
        new("--quiet-hours", "HH:MM-HH:MM|off", "channel posts inside these hours wait until they end", "off"),
    ];

    public static readonly IReadOnlyList<VerbSpec> Verbs =
    [
        new("serve", "serve [--urls URLS] [--db CONNECTION]",
            "Runs the bot host: the Teams endpoint, Telegram (long polling or webhook), the scheduler and GET /healthz. The default verb.",
            [new("--urls", "URLS", "where to listen", "Urls in appsettings.json, http://127.0.0.1:5000"), Db],
            ["salesbot serve --urls http://127.0.0.1:3978"],
            "With no channel credentials it still starts and says which channels are off and what turns them on."),
        new("chat", "chat --as NAME [--team TEAM] [--language en|pl|ru] [--db CONNECTION]",
            "Talks to the bot in the terminal as member NAME. Each line is a message; lines starting [#TEAM] are what the team's channel would see.",
            [
                new("--as", "NAME", "the member you are", Required: true),
                new("--team", "TEAM", "the member's team when the name is on several", "the member's only team"),
                new("--language", "en|pl|ru", "the demo team's language when the store is empty", "en"),
                Db,
            ],
            ["salesbot chat --as Anna"],
            "On an empty store it first creates the demo team \"Demo\" (reps Anna, Ben, Chloe; manager Maria). Ctrl+D quits."),
        new("parse", "parse [--now ISO-LOCAL-DATETIME] [--jsonl] [--demo | --db CONNECTION --team TEAM] [TEXT]",
            "Shows how a message is understood, as JSON, without touching data.",
            [
                new("--now", "ISO-LOCAL-DATETIME", "\"today\" for relative dates", "the clock"),
                new("--jsonl", null, "read JSON lines {\"text\": \"...\"} from stdin, print one JSON object per line"),
                new("--demo", null, "know the demo team's members, accounts, contacts and deals"),
                new("--db", "CONNECTION", "with --team: know that team's own names", DbDefault),
                new("--team", "TEAM", "with --db: the team whose names the parser knows"),
            ],
            ["salesbot parse --now 2026-11-18T10:00 \"logged a call with Contoso yesterday\""]),
        new("replay", "replay FILE [--db CONNECTION]",
            "Feeds a transcript to the bot as if each line were sent at its time, and prints each reply and channel post.",
            [Db],
            ["salesbot replay week.txt"],
            "Lines look like \"2026-11-16T09:40 Anna: logged a call with Contoso\" (the member's team's local time); blank lines and # lines are skipped."),
        new("standup", "standup --team TEAM --date YYYY-MM-DD [--json] [--db CONNECTION]",
            "Prints the stand-up that would be posted on that date at the team's stand-up time.",
            [
                new("--team", "TEAM", "the team", Required: true),
                new("--date", "YYYY-MM-DD", "the day of the stand-up (an ISO date, not a word like \"today\")", Required: true),
                new("--json", null, "print JSON instead of text"),
                Db,
            ],
            ["salesbot standup --team Demo --date 2026-11-18"]),
        new("digest", "digest --team TEAM --week YYYY-Www [--json] [--png FILE] [--db CONNECTION]",
            "Prints the weekly KPI digest; activities count by the day they happened.",
            [
                new("--team", "TEAM", "the team", Required: true),
                new("--week", "YYYY-Www", "an ISO week such as 2026-W47 (not a word like \"last\")", Required: true),
                new("--json", null, "print JSON instead of text"),
                new("--png", "FILE", "also write the digest's chart (activities per rep, pipeline, won by week) as a PNG"),
                Db,
            ],
            ["salesbot digest --team Demo --week 2026-W47 --json"]),
        new("forecast", "forecast --team TEAM [--probabilities STAGE=PERCENT,...] [--json] [--db CONNECTION]",
            "Prints the team's forecast today: open deals weighted by stage probability, this month and quarter, deals past their close date or slipping.",
            [
                new("--team", "TEAM", "the team", Required: true),
                new("--probabilities", "STAGE=PERCENT,...", "first set the team's own chance of winning per open stage, e.g. proposal=40,negotiation=80", "lead=10,qualified=25,proposal=50,negotiation=75"),
                new("--json", null, "print JSON instead of text"),
                Db,
            ],
            ["salesbot forecast --team Demo --probabilities proposal=40,negotiation=80"]),
        new("target", "target --team TEAM [--set METRIC=VALUE[:REP],...] [--period week|month] [--json] [--db CONNECTION]",
            "Sets the team's targets (for every rep) or one rep's own (:REP, which wins over the team's), then lists the team's targets.",
            [
                new("--team", "TEAM", "the team", Required: true),
                new("--set", "METRIC=VALUE[:REP],...", "targets to set first: meetings, calls, emails, demos, visits, activities, deals_created, deals_won, won_amount (in the team's currency), stage_moves, tasks_done"),
                new("--period", "week|month", "the period of the targets set", "week"),
                new("--json", null, "print JSON instead of text"),
                Db,
            ],
            ["salesbot target --team Demo --set meetings=8,won_amount=50000:Ben --period month"]),
        new("manifest", "manifest --app-id GUID --out FILE.zip [--from DIR]",
            "Builds the Teams app package to upload (manifest.json, color.png, outline.png).",
            [
                new("--app-id", "GUID", "the Azure bot's Microsoft App ID", Required: true),
                new("--out", "FILE.zip", "where to write the package", Required: true),
                new("--from", "DIR", "an edited copy of manifests/teams/ to build from", "the files built into salesbot"),
            ],
            ["salesbot manifest --app-id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 --out salesbot.zip"]),
        new("export", "export [--json] [--team TEAM] [--with-identities] [--db CONNECTION]",
            "Writes the CRM as one JSON document to stdout: teams with their settings, holidays and channel bindings, members, accounts, contacts, deals, activities, tasks, plans, targets.",
            [
                new("--json", null, "JSON (the only format; export and export --json print the same)"),
                new("--team", "TEAM", "only this team's records", "every team"),
                new("--with-identities", null, "include Telegram and Teams ids and chat ids (left out by default)"),
                Db,
            ],
            ["salesbot export --team Demo > demo.json"]),
        new("import", "import FILE [--db CONNECTION]",
            "Restores an export into an empty store; an export afterwards gives the same records.",
            [Db],
            ["salesbot import demo.json --db \"Data Source=copy.db\""],
            "A store that already holds a team is refused. Export with --with-identities to bring the messenger links along."),
        new("team", "team add|set NAME [options]",
            "Creates a team (team add NAME) or changes its settings (team set NAME); options left out keep their value.",
            [.. TeamSettingOptions, Db],
            ["salesbot team set North --language pl --channel-amounts on --quiet-hours 20:00-08:00"]),
        new("member", "member add|link TEAM NAME [--role rep|manager] [--telegram USER-ID] [--teams AAD-OBJECT-ID]",
            "Adds a member to a team (member add), or links an existing member's messenger identity (member link; member add does the same for an existing name).",
            [
                new("--role", "rep|manager", "the member's role", "rep"),
                new("--telegram", "USER-ID", "the numeric Telegram user id"),
                new("--teams", "AAD-OBJECT-ID", "the Entra object id Teams sends as aadObjectId (a GUID; Microsoft's emulator sends 00000000-0000-0000-0000-0000000000020), or the Teams user id 29:..."),
                Db,
            ],
            ["salesbot member add North Anna --telegram 5123456789"]),
        new("migrate", "migrate [--db CONNECTION]",
            "Brings the store to the latest schema (serve and every data verb also do it).",
            [Db],
            ["salesbot migrate --db \"Host=127.0.0.1;Database=salesbot;Username=salesbot;Password=...\""]),
        new("schema", "schema [--provider sqlite|postgres]",
            "Prints the DDL the current model expects, to write the next migration by hand.",
            [new("--provider", "sqlite|postgres", "the database", "sqlite")],
            ["salesbot schema --provider postgres"]),
        new("help", "help [VERB]",
            "Lists the verbs, or explains one (the same as salesbot VERB --help).",
            [],
            ["salesbot help export"]),
    ];

    public static VerbSpec? Find(string name) => Verbs.FirstOrDefault(v => v.Name == name);

    public static string Names => string.Join(", ", Verbs.Select(v => v.Name));
}

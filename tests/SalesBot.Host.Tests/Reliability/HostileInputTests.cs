using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// 20,000 random and hostile requests (SALESBOT_HOSTILE_COUNT to change; seeded, so a failure repeats) at both
/// endpoints of a real `serve` host: huge, binary, control characters, right-to-left, emoji, SQL and HTML
/// injection, malformed JSON, wrong content types, oversized bodies, missing fields, from members and strangers.
/// No 5xx, the host stays healthy, every message that got in is answered once (never with an apology), and
/// the store stays consistent.
/// </summary>
public class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long FirstRep = 8001;
    private const int Reps = 10;
    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", FirstRep, telegramReps: Reps, teamsReps: 5, groupChatId: "-1008001");
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private sealed record Attack(bool Teams, string Body, string ContentType, string? Secret, long? UpdateId);

    [Fact]
    public async Task HostileTrafficGetsNoServerErrorAndLeavesTheStoreConsistent()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SALESBOT_HOSTILE_COUNT"), CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        var random = new Random(20_000);
        var attacks = Enumerable.Range(0, count).Select(i => Make(random, i, _fake.BaseUrl + "/")).ToList();
        int membersBefore;
        await using (var db = _store.CreateDb())
        {
            membersBefore = await db.Members.CountAsync();
        }

        await using var host = await ServeHost.StartAsync(_store.Db, _fake);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var statuses = new int[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var a = attacks[i];
            using var request = new HttpRequestMessage(HttpMethod.Post, a.Teams ? "/api/messages" : "/api/telegram")
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(a.Body)),
            };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(a.ContentType);
            if (a.Secret is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", a.Secret);
            }

            using var response = await host.Http.SendAsync(request, ct);
            statuses[i] = (int)response.StatusCode;
        });

        output.WriteLine($"{count} requests sent in {clock.Elapsed.TotalSeconds:F1} s");
        var serverErrors = Enumerable.Range(0, count).Where(i => statuses[i] >= 500).ToList();
        foreach (var error in host.Errors.Take(5))
        {
            output.WriteLine(error);
        }

        Assert.True(serverErrors.Count == 0,
            $"{serverErrors.Count} requests got a 5xx, e.g. {string.Join("; ", serverErrors.Take(3).Select(i => $"{statuses[i]} for {Shorten(attacks[i].Body)}"))}");
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);

        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await AllProcessedAsync(db);
        }, "every recorded update to be handled", TimeSpan.FromMinutes(5));
        output.WriteLine($"all handled after {clock.Elapsed.TotalSeconds:F1} s");

        await using var check = _store.CreateDb();

        // Every Telegram update that was acknowledged is recorded exactly once, and nothing else is.
        var acknowledged = Enumerable.Range(0, count).Where(i => statuses[i] == 200 && attacks[i].UpdateId is not null)
            .Select(i => attacks[i].UpdateId!.Value.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var recorded = (await Received(check, ChannelKind.Telegram).Select(r => r.ExternalId).ToListAsync())
            .Select(UpdateIdOf).ToList();
        Assert.Equal(recorded.Count, recorded.Distinct().Count());
        Assert.True(acknowledged.SetEquals(recorded), $"{acknowledged.Count} updates acknowledged, {recorded.Count} recorded");

        // Each message the engine took got one reply, and none of them is the apology for a crash.
        var handled = await check.Inbox.Where(i => i.Payload == null).Select(i => new { i.Channel, i.ExternalId }).ToListAsync();
        var replyKeys = await Replies(check).Select(r => r.DedupKey).ToListAsync();
        Assert.True(handled.Count > count / 10, $"only {handled.Count} messages reached the engine");
        // No reply without a message and none twice; a stranger is answered once an hour (issue 12), so only the
        // members' messages are each sure of a reply (Teams keys name the sender; Telegram's do not).
        var handledKeys = handled.Select(h => $"reply:{h.Channel}:{h.ExternalId}").ToHashSet(StringComparer.Ordinal);
        var replied = replyKeys.Select(k => k!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(replyKeys.Count, replied.Count);
        Assert.Subset(handledKeys, replied);
        var membersOnTeams = handledKeys.Where(k => k.StartsWith("reply:Teams:", StringComparison.Ordinal) && !k.Contains(":stranger-", StringComparison.Ordinal));
        Assert.Subset(replied, membersOnTeams.ToHashSet(StringComparer.Ordinal));
        var apologies = await Replies(check).CountAsync(r => r.Body.Contains(Texts.Apology().Substring(0, 30)));
        Assert.Equal(0, apologies);

        // Strangers became nobody; every row belongs to a team through a member of that team.
        Assert.Equal(membersBefore, await check.Members.CountAsync());
        Assert.False(await check.Activities.AnyAsync(a => !check.Members.Any(m => m.Id == a.MemberId && m.TeamId == a.TeamId)), "an activity without a member of its team");
        Assert.False(await check.Deals.AnyAsync(d => !check.Members.Any(m => m.Id == d.OwnerId && m.TeamId == d.TeamId)), "a deal owned by someone outside its team");
        Assert.False(await check.Tasks.AnyAsync(t => !check.Members.Any(m => m.Id == t.OwnerId && m.TeamId == t.TeamId)), "a task owned by someone outside its team");
        Assert.False(await check.Deals.AnyAsync(d => !check.Accounts.Any(a => a.Id == d.AccountId && a.TeamId == d.TeamId)), "a deal on another team's account");
    }

    private static Attack Make(Random r, int i, string serviceUrl)
    {
        var teams = r.Next(2) == 0;
        var updateId = 1_000_000L + i;
        if (r.Next(400) == 0)
        {
            // Oversized: past the webhook's 1 MB and Teams' 256 KB limits.
            var huge = new string('x', teams ? 300_000 : 1_100_000);
            return teams
                ? new Attack(true, Wire.TeamsMessage($"big{i}", TeamsUser("North", 0), "a:p0", huge, serviceUrl), "application/json", null, null)
                : new Attack(false, Wire.TelegramText(updateId, FirstRep, i, huge), "application/json", ServeHost.Secret, null);
        }

        var kind = r.Next(10);
        if (teams)
        {
            var user = kind == 1 ? $"29:stranger-{r.Next(1000)}" : TeamsUser("North", r.Next(5));
            return kind switch
            {
                <= 3 => new Attack(true, TeamsJson(i % 97 == 0 ? "dup" : $"t{i}", user, $"a:{user}", Hostile(r), serviceUrl), "application/json", null, null),
                4 => new Attack(true, Garbage(r), "application/json", null, null),
                5 => new Attack(true, TeamsJson($"t{i}", user, $"a:{user}", Hostile(r), serviceUrl), RandomContentType(r), null, null),
                6 => new Attack(true, MissingFields(r, teams: true).Body, "application/json", null, null),
                7 => new Attack(true, $"{{\"type\":\"{Pick(r, "invoke", "conversationUpdate", "messageReaction", "event", "typing", "\\u0000", "")}\",\"id\":\"e{i}\",\"serviceUrl\":\"{serviceUrl}\",\"conversation\":{{\"id\":\"a:x\"}},\"from\":{{\"id\":\"{user}\"}},\"value\":{{\"a\":[1,2,{{}}]}}}}", "application/json", null, null),
                8 => new Attack(true, TeamsJson($"t{i}", user, "19:channel@thread.tacv2", $"<at>SalesBot</at> {Hostile(r)}", serviceUrl), "application/json", null, null),
                _ => new Attack(true, TeamsJson($"t{i}", user, $"a:{user}", Hostile(r), Pick(r, "not a url", "file:///etc/passwd", "", "ftp://x")), "application/json", null, null),
            };
        }

        var from = kind == 1 ? 90_000_000L + r.Next(1_000_000) : FirstRep + r.Next(Reps);
        var update = kind == 9 && i > 10 ? 1_000_000L + r.Next(i) : updateId;
        return kind switch
        {
            <= 3 or 9 => new Attack(false, TelegramJson(update, from, i, Hostile(r), r.Next(8) == 0 ? -1008001 : null), "application/json", ServeHost.Secret, update),
            4 => new Attack(false, Garbage(r), "application/json", ServeHost.Secret, null),
            5 => new Attack(false, TelegramJson(updateId, from, i, Hostile(r), null), RandomContentType(r), ServeHost.Secret, updateId),
            6 => MissingTelegramFields(r),
            7 => new Attack(false, TelegramJson(updateId, from, i, Hostile(r), null), "application/json", Pick(r, "wrong", "", ServeHost.Secret + "x", "proof-webhook-secret_4"), null),
            _ => new Attack(false, $"{{\"update_id\":{updateId},\"{Pick(r, "callback_query", "edited_message", "my_chat_member", "channel_post", "poll")}\":{{\"id\":\"{i}\",\"from\":{{\"id\":{from}}},\"data\":{Json(Hostile(r))},\"message\":{{\"message_id\":{i},\"chat\":{{\"id\":{from},\"type\":\"private\"}},\"date\":0}}}}}}", "application/json", ServeHost.Secret, updateId),
        };
    }

    /// <summary>Texts people and attackers send.</summary>
    private static string Hostile(Random r) => r.Next(14) switch
    {
        0 => new string('A', r.Next(5_000, 60_000)),
        1 => new string(Enumerable.Range(0, r.Next(1, 400)).Select(_ => (char)r.Next(0, 0x10000)).ToArray()),
        2 => new string(Enumerable.Range(0, r.Next(1, 200)).Select(_ => (char)r.Next(0, 32)).ToArray()),
        3 => "\u202Elogged a call with \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 Contoso\u202C\u200F",
        4 => "👩‍👩‍👧‍👦🏳️‍🌈 logged a meeting with Contoso 🚀🔥 \uFE0F\u200D",
        5 => "logged a call with Contoso'); DROP TABLE \"Members\"; --",
        6 => "<script>alert(1)</script><b>unclosed &amp &lt; <a href=\"javascript:x\">Contoso</a>",
        7 => "/newdeal ' OR 1=1 -- 1e309 EUR",
        8 => Pick(r, "undo", "/undo", "help", "/start", "/join XXXX", "my pipeline", "show Contoso", "tasks", "standup", "team KPIs last week", "1", "99"),
        9 => "remind me to {0} %s %n ${jndi:ldap://x} on 31 Feb 99999",
        10 => "Contoso upgrade to proposal " + new string('9', 400),
        11 => $"logged a call with Contoso {Guid.NewGuid()} " + string.Concat(Enumerable.Repeat("\u0301", r.Next(1, 3000))),
        12 => "",
        _ => "\uD800 lone \uDFFF surrogates and a NUL \0 in logged a demo with Contoso",
    };

    private static string TelegramJson(long updateId, long from, long messageId, string text, long? chat) =>
        $"{{\"update_id\":{updateId},\"message\":{{\"message_id\":{messageId},\"date\":1763283600,\"chat\":{{\"id\":{chat ?? from},\"type\":\"{(chat is null ? "private" : "supergroup")}\"}},\"from\":{{\"id\":{from},\"is_bot\":false,\"first_name\":{Json("R\u202Eep")}}},\"text\":{Json(text)}}}}}";

    private static string TeamsJson(string id, string user, string conversation, string text, string serviceUrl) =>
        $"{{\"type\":\"message\",\"id\":{Json(id)},\"serviceUrl\":{Json(serviceUrl)},\"channelId\":\"msteams\",\"from\":{{\"id\":{Json(user)},\"name\":\"R\"}},\"recipient\":{{\"id\":\"28:bot\"}},\"conversation\":{{\"id\":{Json(conversation)},\"conversationType\":\"{(conversation.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal")}\"}},\"text\":{Json(text)}}}";

    private static Attack MissingTelegramFields(Random r)
    {
        var (body, updateId) = MissingFields(r, teams: false);
        return new Attack(false, body, "application/json", ServeHost.Secret, updateId);
    }

    /// <returns>The body, and for Telegram the update_id the endpoint can read from it (it records those).</returns>
    private static (string Body, long? UpdateId) MissingFields(Random r, bool teams) => r.Next(8) switch
    {
        0 => ("{}", null),
        1 => ("[]", null),
        2 => ("null", null),
        3 => (teams ? "{\"type\":\"message\"}" : "{\"update_id\":\"12\"}", null),
        4 => (teams ? "{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"a:x\"}}" : "{\"update_id\":1e400,\"message\":{}}", null),
        5 => teams ? ("{\"type\":42,\"id\":[]}", null) : ("{\"update_id\":-5,\"message\":{\"text\":{\"nested\":true},\"chat\":\"x\"}}", -5),
        6 => (teams ? "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"a:x\"},\"from\":null,\"text\":null}" : "{\"update_id\":99999999999999999999999}", null),
        _ => teams ? ("\"just a string\"", null) : ("{\"update_id\":7,\"message\":{\"message_id\":\"x\"},\"update_id\":7}", 7),
    };

    private static string Garbage(Random r)
    {
        var bytes = new byte[r.Next(0, 2000)];
        r.NextBytes(bytes);
        return r.Next(3) switch
        {
            0 => Encoding.Latin1.GetString(bytes),
            1 => "{\"update_id\": 1, \"message\": {\"text\": \"unterminated",
            _ => string.Concat(Enumerable.Repeat("[", r.Next(1, 5000))),
        };
    }

    private static string RandomContentType(Random r) =>
        Pick(r, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/octet-stream", "text/html; charset=utf-16");

    private static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];

    /// <summary>A JSON string literal that keeps what a serializer would refuse: lone surrogates, NUL, every control character.</summary>
    private static string Json(string s)
    {
        var b = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\' || c < 0x20 || char.IsSurrogate(c))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                b.Append(c);
            }
        }

        return b.Append('"').ToString();
    }

    private static string Shorten(string s) => s.Length > 120 ? s[..120] + "..." : s;
}

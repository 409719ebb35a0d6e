using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;
using Telegram.Bot;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>The command menu in every language with a reply pack: English by default, Polish and Russian by language_code.</summary>
public sealed class TelegramCommandMenusTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void EveryLanguageDescribesTheSameCommands()
    {
        var menus = TelegramBotSetup.CommandMenus().ToList();

        Assert.Equal([null, "pl", "ru"], menus.Select(m => m.LanguageCode));
        var english = menus[0].Commands.Select(c => c.Command).ToList();
        Assert.All(menus, m => Assert.Equal(english, m.Commands.Select(c => c.Command)));
        Assert.All(menus.Skip(1), m => Assert.All(m.Commands.Zip(menus[0].Commands),
            pair => Assert.NotEqual(pair.Second.Description, pair.First.Description)));
        // Telegram's limits: 1-32 lower-case letters, digits or underscores; descriptions of 1-256 characters.
        Assert.All(menus.SelectMany(m => m.Commands), c =>
        {
            Assert.Matches("^[a-z0-9_]{1,32}$", c.Command);
            Assert.InRange(c.Description.Length, 1, 256);
        });
    }

    [Fact]
    public async Task SendsEachMenuWithItsLanguageCode()
    {
        var client = _api.Client();
        foreach (var (language, commands) in TelegramBotSetup.CommandMenus())
        {
            await client.SetMyCommands(commands, languageCode: language);
        }

        var calls = _api.CallsTo("setMyCommands").Select(c => c.Body).ToList();
        Assert.Equal(3, calls.Count);
        Assert.False(calls[0].TryGetProperty("language_code", out _));
        Assert.Equal(["pl", "ru"], calls.Skip(1).Select(c => c.GetProperty("language_code").GetString()));
        Assert.Equal("Przykłady, co napisać", calls[1].GetProperty("commands")[1].GetProperty("description").GetString());
        Assert.Equal("Примеры того, что писать", calls[2].GetProperty("commands")[1].GetProperty("description").GetString());
    }

    /// <summary>
    /// What the host itself sends at start (TelegramBotSetup, as serve registers it): the default menu without a
    /// language_code, then each pack's menu with its own, Polish and Russian descriptions word for word from their
    /// menu files. A failed menu does not stop the next one.
    /// </summary>
    [Fact]
    public async Task TheHostPublishesThePolishAndRussianMenusUnderTheirLanguageCodesAtStart()
    {
        await using var store = await TempStore.CreateAsync();
        _api.FailNext("setMyCommands", 400, "Bad Request: BOT_COMMAND_INVALID");
        await using var host = await TelegramTestHost.StartAsync(store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
        });

        var calls = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("setMyCommands") is { Count: 3 } c ? c : null), "three menus");

        Assert.False(calls[0].Body.TryGetProperty("language_code", out _));
        Assert.Equal(["pl", "ru"], calls.Skip(1).Select(c => c.Body.GetProperty("language_code").GetString()));
        foreach (var (call, language) in calls.Skip(1).Zip(["pl", "ru"]))
        {
            var sent = call.Body.GetProperty("commands").EnumerateArray()
                .Select(c => (c.GetProperty("command").GetString()!, c.GetProperty("description").GetString()!)).ToList();
            Assert.Equal(TelegramBotSetup.LoadCommands(language)!.Select(c => (c.Command, c.Description)), sent);
            Assert.All(sent.Zip(TelegramBotSetup.LoadCommands()), pair => Assert.NotEqual(pair.Second.Description, pair.First.Item2));
        }

        Assert.Contains(calls[1].Body.GetProperty("commands").EnumerateArray(), c => c.GetProperty("description").GetString() == "Przykłady, co napisać");
        Assert.Contains(calls[2].Body.GetProperty("commands").EnumerateArray(), c => c.GetProperty("description").GetString() == "Примеры того, что писать");
    }
}

using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Tests.Outbox;

public sealed class PacerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TelegramAllowsOneMessageASecondPerChat()
    {
        var pacer = new Pacer(SalesBot.Channels.Telegram.TelegramPacing.Default);

        Assert.Null(pacer.TryAcquire("42", T0));
        Assert.Equal(TimeSpan.FromMilliseconds(700), pacer.TryAcquire("42", T0.AddMilliseconds(300)));
        Assert.Null(pacer.TryAcquire("43", T0.AddMilliseconds(300)));
        Assert.Null(pacer.TryAcquire("42", T0.AddSeconds(1)));
    }

    [Fact]
    public void TelegramAllowsTwentyMessagesAMinutePerGroup()
    {
        var pacer = new Pacer(SalesBot.Channels.Telegram.TelegramPacing.Default);
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(pacer.TryAcquire("-100123", T0.AddSeconds(i * 2)));
        }

        Assert.Equal(TimeSpan.FromSeconds(20), pacer.TryAcquire("-100123", T0.AddSeconds(40)));
        Assert.Null(pacer.TryAcquire("-100123", T0.AddSeconds(60)));
    }

    [Fact]
    public void TelegramStaysJustUnderThirtyMessagesASecondOverallEvenlySpaced()
    {
        var pacer = new Pacer(SalesBot.Channels.Telegram.TelegramPacing.Default);
        var at = T0;
        for (var chat = 1; chat <= 28; chat++, at = at.AddMilliseconds(36))
        {
            Assert.Null(pacer.TryAcquire(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), at));
        }

        // A burst is held back to the spacing, whatever the chat.
        Assert.Null(pacer.TryAcquire("100", T0.AddSeconds(2)));
        Assert.Equal(TimeSpan.FromMilliseconds(26), pacer.TryAcquire("101", T0.AddSeconds(2).AddMilliseconds(10)));
        Assert.Null(pacer.TryAcquire("101", T0.AddSeconds(2).AddMilliseconds(36)));
    }

    [Fact]
    public void TelegramNeverTakesTwentyNineInOneSecond()
    {
        var pacer = new Pacer(SalesBot.Channels.Telegram.TelegramPacing.Default);
        var taken = new List<DateTimeOffset>();
        for (var ms = 0; ms < 5000; ms++)
        {
            var at = T0.AddMilliseconds(ms);
            if (pacer.TryAcquire($"{ms}", at) is null)
            {
                taken.Add(at);
            }
        }

        Assert.All(taken, t => Assert.True(taken.Count(u => u >= t && u < t.AddSeconds(1)) <= 28));
        Assert.InRange(taken.Count, 135, 140);
    }

    [Fact]
    public void AHoldStopsEveryChatUntilItEnds()
    {
        var pacer = new Pacer(SalesBot.Channels.Telegram.TelegramPacing.Default);
        pacer.Hold(T0.AddSeconds(1));
        pacer.Hold(T0.AddMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(500), pacer.TryAcquire("42", T0.AddMilliseconds(500)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), pacer.TryAcquire("-100123", T0.AddMilliseconds(500)));
        Assert.Null(pacer.TryAcquire("42", T0.AddSeconds(1)));
    }

    [Fact]
    public void TeamsAllowsSevenMessagesASecondPerConversation()
    {
        var pacer = new Pacer(SalesBot.Channels.Teams.TeamsPacing.Default);
        for (var i = 0; i < 7; i++)
        {
            Assert.Null(pacer.TryAcquire("a:conversation", T0.AddMilliseconds(i * 10)));
        }

        Assert.NotNull(pacer.TryAcquire("a:conversation", T0.AddMilliseconds(100)));
    }

    [Fact]
    public void EachMessengerRegistersItsOwnPacingAndOneThatRegistersNoneIsNotPaced()
    {
        // The pacing comes from the messenger's folder through its Add<Messenger>(); the dispatcher knows no messenger.
        var configuration = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder(),
            new Dictionary<string, string?> { ["Telegram:BotToken"] = "7012345678:AAE-test", ["Telegram:Mode"] = "polling" }).Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        SalesBot.Channels.Telegram.TelegramHosting.AddTelegram(services, configuration);
        SalesBot.Channels.Teams.TeamsHosting.AddTeams(services, configuration);
        var registered = services.Where(d => d.ServiceType == typeof(ChannelPacing)).Select(d => d.ImplementationInstance).ToList();

        Assert.Contains(SalesBot.Channels.Telegram.TelegramPacing.Default, registered);
        Assert.Contains(SalesBot.Channels.Teams.TeamsPacing.Default, registered);
        Assert.Empty(ChannelPacing.Unlimited(SalesBot.Core.Crm.ChannelKind.Console).PerChat);
    }
}

using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Tests.Outbox;

public sealed class PacerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TelegramAllowsOneMessageASecondPerChat()
    {
        var pacer = new Pacer(ChannelPacing.Telegram);

        Assert.Null(pacer.TryAcquire("42", T0));
        Assert.Equal(TimeSpan.FromMilliseconds(700), pacer.TryAcquire("42", T0.AddMilliseconds(300)));
        Assert.Null(pacer.TryAcquire("43", T0.AddMilliseconds(300)));
        Assert.Null(pacer.TryAcquire("42", T0.AddSeconds(1)));
    }

    [Fact]
    public void TelegramAllowsTwentyMessagesAMinutePerGroup()
    {
        var pacer = new Pacer(ChannelPacing.Telegram);
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(pacer.TryAcquire("-100123", T0.AddSeconds(i * 2)));
        }

        Assert.Equal(TimeSpan.FromSeconds(20), pacer.TryAcquire("-100123", T0.AddSeconds(40)));
        Assert.Null(pacer.TryAcquire("-100123", T0.AddSeconds(60)));
    }

    [Fact]
    public void TelegramStaysJustUnderThirtyMessagesASecondOverall()
    {
        var pacer = new Pacer(ChannelPacing.Telegram);
        for (var chat = 1; chat <= 28; chat++)
        {
            Assert.Null(pacer.TryAcquire(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), T0));
        }

        Assert.NotNull(pacer.TryAcquire("29", T0.AddMilliseconds(500)));
        Assert.Null(pacer.TryAcquire("29", T0.AddSeconds(1)));
    }

    [Fact]
    public void TeamsAllowsSevenMessagesASecondPerConversation()
    {
        var pacer = new Pacer(ChannelPacing.Teams);
        for (var i = 0; i < 7; i++)
        {
            Assert.Null(pacer.TryAcquire("a:conversation", T0.AddMilliseconds(i * 10)));
        }

        Assert.NotNull(pacer.TryAcquire("a:conversation", T0.AddMilliseconds(100)));
    }

    [Fact]
    public void EachMessengerGetsItsOwnPacingWhenItsHostingRegisteredNone()
    {
        Assert.Same(ChannelPacing.Telegram, ChannelPacing.DefaultFor(SalesBot.Core.Crm.ChannelKind.Telegram));
        Assert.Same(ChannelPacing.Teams, ChannelPacing.DefaultFor(SalesBot.Core.Crm.ChannelKind.Teams));
        Assert.Empty(ChannelPacing.DefaultFor(SalesBot.Core.Crm.ChannelKind.Console).PerChat);
    }
}

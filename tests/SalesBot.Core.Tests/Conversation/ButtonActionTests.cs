using SalesBot.Core.Conversation;

namespace SalesBot.Core.Tests.Conversation;

public class ButtonActionTests
{
    public static TheoryData<ButtonAction> Presses => new() { new UndoPress(123), new OptionPress(45, 2), new ReminderPress(7, "done"), new ReminderPress(7, "tomorrow") };

    [Theory]
    [MemberData(nameof(Presses))]
    public void WhatAButtonWritesReadsBackAsTheSamePress(ButtonAction press) => Assert.Equal(press, ButtonAction.Read(press.Data));

    [Fact]
    public void TheDataKeepsTheFormOldButtonsStillCarry()
    {
        Assert.Equal("u:123", new UndoPress(123).Data);
        Assert.Equal("q:45:2", new OptionPress(45, 2).Data);
        Assert.Equal("r:7:done", new ReminderPress(7, "done").Data);
    }

    [Theory]
    [InlineData("")]
    [InlineData("u:")]
    [InlineData("u:-1")]
    [InlineData("u:1:2")]
    [InlineData("q:45")]
    [InlineData("q:x:2")]
    [InlineData("r:7:")]
    [InlineData("d:123")]
    [InlineData("u:99999999999")]
    public void DataNoButtonOfOursCarriesReadsAsNothing(string data) => Assert.Null(ButtonAction.Read(data));

    [Fact]
    public void OnlyAQuestionsButtonsAnswerIt()
    {
        Assert.True(ButtonAction.Answers("q:1:1"));
        Assert.False(ButtonAction.Answers("u:1"));
        Assert.False(ButtonAction.Answers("r:1:done"));
    }
}

using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>A manager's setting changes in English, Polish and Russian, and the near misses that must stay what they were.</summary>
public class TeamSettingTests
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0);

    [Theory]
    [InlineData("post the digest in the channel", "digest_in_channel", "on", "en")]
    [InlineData("Post the digest in the channel please", "digest_in_channel", "on", "en")]
    [InlineData("send the digest to the channel", "digest_in_channel", "on", "en")]
    [InlineData("digest in the channel", "digest_in_channel", "on", "en")]
    [InlineData("digest in the channel: off", "digest_in_channel", "off", "en")]
    [InlineData("stop posting the digest in the channel", "digest_in_channel", "off", "en")]
    [InlineData("don't post the digest in the group", "digest_in_channel", "off", "en")]
    [InlineData("no digest in the channel", "digest_in_channel", "off", "en")]
    [InlineData("show amounts in the channel", "amounts_in_channel", "on", "en")]
    [InlineData("show deal amounts in the team channel", "amounts_in_channel", "on", "en")]
    [InlineData("hide amounts in the channel", "amounts_in_channel", "off", "en")]
    [InlineData("amounts in channel off", "amounts_in_channel", "off", "en")]
    [InlineData("stand-up at 9:30", "standup_time", "09:30", "en")]
    [InlineData("standup at 9", "standup_time", "09:00", "en")]
    [InlineData("move the stand-up to 10:15", "standup_time", "10:15", "en")]
    [InlineData("set the daily standup to 8.45", "standup_time", "08:45", "en")]
    [InlineData("stand-up time 9am", "standup_time", "09:00", "en")]
    [InlineData("stand up at 2 pm", "standup_time", "14:00", "en")]
    [InlineData("quiet hours 20-8", "quiet_hours", "20:00-08:00", "en")]
    [InlineData("quiet hours 22:00-07:30", "quiet_hours", "22:00-07:30", "en")]
    [InlineData("quiet hours from 10pm to 7am", "quiet_hours", "22:00-07:00", "en")]
    [InlineData("set quiet hours to off", "quiet_hours", "off", "en")]
    [InlineData("digest on mondays", "digest_day", "monday", "en")]
    [InlineData("digest at 8", "digest_time", "08:00", "en")]
    [InlineData("move the digest to friday", "digest_day", "friday", "en")]
    [InlineData("everyone sees team figures", "team_figures", "everyone", "en")]
    [InlineData("only managers see team figures", "team_figures", "managers", "en")]
    [InlineData("team language polish", "language", "pl", "en")]
    [InlineData("set the team language to Russian", "language", "ru", "en")]
    [InlineData("team currency EUR", "currency", "EUR", "en")]
    [InlineData("currency pln", "currency", "PLN", "en")]
    [InlineData("set currency to euros", "currency", "EUR", "en")]
    [InlineData("time zone Europe/Warsaw", "time_zone", "Europe/Warsaw", "en")]
    [InlineData("timezone europe/warsaw", "time_zone", "Europe/Warsaw", "en")]
    [InlineData("plan prompt 30 minutes before", "plan_prompt_lead", "30", "en")]
    [InlineData("channel events wins, stage moves", "channel_events", "wins,stage_moves", "en")]
    [InlineData("channel events: wins and new deals", "channel_events", "wins,new_deals", "en")]
    [InlineData("wysyłaj podsumowanie na kanał", "digest_in_channel", "on", "pl")]
    [InlineData("wysylaj podsumowanie na kanal", "digest_in_channel", "on", "pl")]
    [InlineData("nie wysyłaj podsumowania na kanał", "digest_in_channel", "off", "pl")]
    [InlineData("pokazuj kwoty na kanale", "amounts_in_channel", "on", "pl")]
    [InlineData("ukryj kwoty na kanale", "amounts_in_channel", "off", "pl")]
    [InlineData("stand-up o 9:30", "standup_time", "09:30", "pl")]
    [InlineData("przesuń odprawę na 10:00", "standup_time", "10:00", "pl")]
    [InlineData("cisza nocna 20-8", "quiet_hours", "20:00-08:00", "pl")]
    [InlineData("cisza nocna od 22 do 7", "quiet_hours", "22:00-07:00", "pl")]
    [InlineData("podsumowanie w poniedziałki", "digest_day", "monday", "pl")]
    [InlineData("waluta zespołu PLN", "currency", "PLN", "pl")]
    [InlineData("język zespołu polski", "language", "pl", "pl")]
    [InlineData("wszyscy widzą wyniki zespołu", "team_figures", "everyone", "pl")]
    [InlineData("дайджест в канал", "digest_in_channel", "on", "ru")]
    [InlineData("отправляй дайджест в канал", "digest_in_channel", "on", "ru")]
    [InlineData("не отправляй дайджест в канал", "digest_in_channel", "off", "ru")]
    [InlineData("показывай суммы в канале", "amounts_in_channel", "on", "ru")]
    [InlineData("скрой суммы в канале", "amounts_in_channel", "off", "ru")]
    [InlineData("стендап в 9:30", "standup_time", "09:30", "ru")]
    [InlineData("перенеси стендап на 10:00", "standup_time", "10:00", "ru")]
    [InlineData("тихие часы 20-8", "quiet_hours", "20:00-08:00", "ru")]
    [InlineData("тихие часы с 22 до 7", "quiet_hours", "22:00-07:00", "ru")]
    [InlineData("дайджест по пятницам", "digest_day", "friday", "ru")]
    [InlineData("язык команды русский", "language", "ru", "ru")]
    [InlineData("валюта RUB", "currency", "RUB", "ru")]
    [InlineData("все видят цифры команды", "team_figures", "everyone", "ru")]
    public void ReadsASettingAndItsValue(string text, string setting, string value, string language)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(Intent.SetTeamSetting, parsed.Intent);
        Assert.Equal(setting, parsed.Setting);
        Assert.Equal(value, parsed.Argument);
        Assert.Equal(language, parsed.Language);
        Assert.False(parsed.Confirm);
    }

    [Theory]
    [InlineData("digest on mondays at 8")]
    [InlineData("digest every monday at 8am")]
    [InlineData("podsumowanie w poniedziałki o 8")]
    [InlineData("дайджест по понедельникам в 8")]
    public void ReadsTheDigestDayAndThenItsTime(string text)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(("digest_day", "monday"), (parsed.Setting, parsed.Argument));
        var time = Assert.Single(parsed.More!);
        Assert.Equal(Intent.SetTeamSetting, time.Intent);
        Assert.Equal(("digest_time", "08:00"), (time.Setting, time.Argument));
    }

    [Theory]
    [InlineData("the stand-up at 9:30 was great")]
    [InlineData("stand-up at 9:30 tomorrow")]
    [InlineData("remind me at 9:30 to call Contoso")]
    [InlineData("remind me at 9:30")]
    [InlineData("standup")]
    [InlineData("/standup")]
    [InlineData("digest")]
    [InlineData("team kpis last week")]
    [InlineData("kpi digest for last week")]
    [InlineData("show me the pipeline")]
    [InlineData("show Contoso")]
    [InlineData("post the proposal to Contoso")]
    [InlineData("quiet hours?")]
    [InlineData("what time is the stand-up")]
    [InlineData("stand-up at 25:00")]
    [InlineData("quiet hours 20")]
    [InlineData("language polish")]
    [InlineData("currency")]
    [InlineData("time zone warsaw")]
    [InlineData("channel events pizza")]
    [InlineData("send Contoso the digest")]
    [InlineData("przypomnij mi o 9:30")]
    [InlineData("stand-up o 9:30 był super")]
    [InlineData("напомни в 9:30")]
    [InlineData("стендап в 9:30 прошёл отлично")]
    [InlineData("дайджест за прошлую неделю")]
    public void LeavesANearMissAlone(string text)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.NotEqual(Intent.SetTeamSetting, parsed.Intent);
        Assert.Null(parsed.Setting);
    }
}

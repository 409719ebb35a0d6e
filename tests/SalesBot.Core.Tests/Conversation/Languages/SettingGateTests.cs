using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// The setting readers' first-word gate runs on every message and folds words into a buffer instead of tokenizing:
/// it must say exactly what the tokenizer's first word says, for every reader, or a setting would go unread.
/// </summary>
public class SettingGateTests
{
    private static readonly SettingReader[] Readers =
        [.. new[] { Vocabulary.English.Settings }.Concat(LanguagePacks.All.Select(p => p.Settings)).OfType<SettingWords>().Select(w => new SettingReader(w))];

    public static TheoryData<string> Texts() =>
    [
        // settings, as typed and with what phones and messengers put in front
        "set currency to euros", "Quiet hours from 10pm to 7am", "please set the team language to Russian", "ok, stand-up at 9:30",
        "@SalesBot time zone Europe/Warsaw", "  @bot   digest on mondays", "STAND-UP AT 10", "hide amounts in the channel!",
        "channel events: wins and new deals", "ustaw walutę na euro", "USTAW WALUTĘ NA EURO", "Ustaw strefę czasową Europe/Warsaw",
        "установи валюту рубли", "Ёлка: валюта рубли", "стендап в 9:30",
        // near misses and everything else a rep sends
        "logged a call with Contoso", "remind me to set up the demo", "currency", "what's the currency?", "-- set currency", "...",
        "", "   ", "€ 500 for Acme", "$120,000 new deal Fabrikam", "£", "12:30 stand-up", "stand-up", "don't post the digest",
        "spotkanie z Acme wczoraj", "встреча с Initech вчера", "ok", "ok ok please", "pls pls", "@", "@only-a-mention",
        "it's done: send the quote", "e-mail sent to Globex", "a/b test with Hooli", "well_known thing", "x’s call",
        new string('a', 70) + " currency", "set" + new string('x', 80), new string('я', 65), "1) Acme 2) Initech",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void SaysWhatTheTokenizersFirstWordSays(string text)
    {
        foreach (var reader in Readers)
        {
            Assert.Equal(reader.FirstTokenOpens(text), reader.FirstWordOpens(text));
        }
    }

    [Theory]
    [InlineData("set currency to euros")]
    [InlineData("please set the team language to Russian")]
    [InlineData("@SalesBot quiet hours 20-8")]
    [InlineData("stand-up at 9:30")]
    public void OpensForASettingItReads(string text) =>
        Assert.Contains(Readers, r => r.FirstWordOpens(text) && r.TryRead(text) is { Intent: Intent.SetTeamSetting });

    [Theory]
    [InlineData("logged a call with Contoso")]
    [InlineData("remind me to set up the demo")]
    [InlineData("spotkanie z Acme wczoraj")]
    public void StaysShutForOtherMessages(string text) => Assert.DoesNotContain(Readers, r => r.FirstWordOpens(text));
}

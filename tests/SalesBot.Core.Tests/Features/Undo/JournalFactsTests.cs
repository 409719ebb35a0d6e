using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Undo;

/// <summary>
/// A journal entry keeps what its write did as facts, so undo names it in the reader's language (it was English in
/// Polish and Russian replies); the English line stays in <see cref="JournalEntry.Summary"/> as it was.
/// </summary>
public sealed class JournalFactsTests : IAsyncDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private readonly EngineHarness _h = new();

    public JournalFactsTests()
    {
        var team = _h.Store.AddTeam("Północ");
        var anna = _h.Store.AddMember(team, "Anna");
        _h.Store.AddDeal(team, _h.Store.AddAccount(team, "Orlen"), anna, "Orlen flota", DealStage.Qualified);
        _h.Parser
            .Add("cofnij", new ParsedCommand(Intent.Undo, 0.95))
            .Add("tel orlen", Say.Log(ActivityType.Call, "Orlen"))
            .Add("tel orlen, oferta", Say.Log(ActivityType.Call, "Orlen") with { More = [Say.Move("Orlen flota", DealStage.Proposal)] })
            .Add("zadanie", Say.Task("wysłać ofertę", Today.AddDays(1)))
            .Add("orlen flota 40k", Say.Update("Orlen flota", 40_000));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task SpeaksAsync(string language)
    {
        await using var db = _h.Store.CreateDbContext();
        await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, language));
    }

    [Fact]
    public async Task APolishUndoNamesTheActivityInPolish()
    {
        await SpeaksAsync("pl");
        await _h.SendAsync("Anna", "tel orlen");

        var undone = await _h.SendAsync("Anna", "cofnij");

        Assert.Equal("↩ Cofnięto: telefon z Orlen (16 lis).", undone.Text);
    }

    [Fact]
    public async Task TwoCommandsOfOneMessageAreNamedTogetherInTheMembersLanguage()
    {
        await SpeaksAsync("ru");
        await _h.SendAsync("Anna", "tel orlen, oferta");

        var undone = await _h.SendAsync("Anna", "cofnij");

        Assert.Equal("↩ Отменено: звонок с Orlen (16 нояб.) и Orlen flota: Квалификация → КП.", undone.Text);
        Assert.Equal("the call with Orlen on Nov 16 and Orlen flota Qualified → Proposal", _h.Read(db => db.Journal.Single()).Summary);
    }

    [Fact]
    public async Task AnOlderWriteIsAskedAboutInTheMembersLanguage()
    {
        await SpeaksAsync("pl");
        await _h.SendAsync("Anna", "zadanie");
        _h.Parser.Add("coś", new ParsedCommand(Intent.Unknown, 0) { Language = "pl" });
        await _h.SendAsync("Anna", "coś");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var asked = await _h.SendAsync("Anna", "cofnij");

        Assert.Equal("Ostatni Twój wpis to zadanie „wysłać ofertę”, 5 minut temu. Cofnąć go?", asked.Text);
    }

    [Fact]
    public void EveryFactReadsBackInEveryPack()
    {
        Wrote[] facts =
        [
            new WroteActivity(ActivityType.Meeting, "Contoso", Today, "Contoso"), new WroteContact("Sarah Lee", null), new WroteTask("call Kevin"),
            new WroteTaskDone("call Kevin"), new WroteDeal("Contoso upgrade", null), new WroteStageMove("Contoso upgrade", DealStage.Lead, DealStage.Won),
            new WroteDealUpdate("Contoso upgrade", true, new(45_000, "EUR"), Today, DealStage.Lead, DealStage.Qualified, Today),
            new WroteDealCorrection("Contoso upgrade", true, null, DealStage.Proposal, Today, Today),
            new WroteActivityCorrection(ActivityType.Call, "Fabrikam", null, Today.AddDays(-1), Today), new WrotePlan(true),
            new WroteTarget("meetings", 8, TargetPeriod.Week), new WroteInvite("Bob"), new WroteSetting("standup_time", "09:30"),
            new WroteHoliday(Today, Today), new WroteAway(null, Today), new WroteBack(), new WroteConnect("North sales"), new WroteDisconnect(null),
        ];
        var json = WriteSummary.Write(facts);

        Assert.Equal(facts, WriteSummary.Read(json));
        foreach (var code in ReplyPacks.Codes)
        {
            Assert.All(facts, f => Assert.DoesNotContain("Wrote", ReplyPacks.For(code).Wrote(f), StringComparison.Ordinal));
        }

        Assert.Equal("the change to Contoso upgrade (amount €45K, closing today, Lead → Qualified)", ReplyPacks.English.Wrote(facts[6]));
        Assert.Equal("the correction of the call (with Fabrikam, yesterday)", ReplyPacks.English.Wrote(facts[8]));
    }

    [Fact]
    public async Task AnEntryFromBeforeFactsWereKeptIsNamedByItsLine()
    {
        await SpeaksAsync("pl");
        await _h.SendAsync("Anna", "orlen flota 40k");
        await using (var db = _h.Store.CreateDbContext())
        {
            await db.Journal.ExecuteUpdateAsync(j => j.SetProperty(x => x.Facts, (string?)null).SetProperty(x => x.Summary, "the change to Orlen flota (amount €40K)"));
        }

        var undone = await _h.SendAsync("Anna", "cofnij");

        Assert.Equal("↩ Cofnięto: the change to Orlen flota (amount €40K).", undone.Text);
    }
}

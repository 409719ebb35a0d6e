using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class EngineRepliesTests
{
    public static TheoryData<Outcome> EngineOutcomes => new()
    {
        new PrivateAnswer(true), new PrivateAnswer(false), new ReportsMissing(true), new ReportsMissing(false), new NothingWritten(),
        new ButtonExpired(), new QuestionClosed(), new NoOpenQuestion(), new OthersButton("Ben", true), new OthersButton("Ben", false),
        new AnswerOutOfRange(3), new ArgumentMissing(Intent.MoveDeal), new ArgumentMissing(Intent.UpdateDeal), new ArgumentMissing(Intent.AddTask),
        new ArgumentMissing(Intent.AddContact), new ArgumentMissing(Intent.ShowContacts), new ArgumentMissing(Intent.ShowAccount),
    };

    [Theory]
    [MemberData(nameof(EngineOutcomes))]
    public void EveryEngineReplyIsWrittenInPolishAndRussianToo(Outcome outcome)
    {
        var english = outcome.Render(ReplyPacks.English);
        foreach (var code in new[] { "pl", "ru" })
        {
            var said = outcome.Render(ReplyPacks.For(code));
            Assert.False(string.IsNullOrWhiteSpace(said));
            Assert.NotEqual(english, said);
        }
    }

    [Fact]
    public async Task AnExpiredButtonIsExplainedInTheMembersLanguage()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Północ");
        h.Store.AddMember(team, "Anna");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, "pl"));
        }

        var reply = await h.SendAsync(h.Message("Anna", "") with { Action = "x:1" });

        Assert.Equal("Ten przycisk wygasł. Napisz \"pomoc\", żeby zobaczyć, co potrafię.", reply.Text);
    }

    [Fact]
    public async Task AMoveWithoutItsDealAsksInRussianForARussianMember()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Север");
        h.Store.AddMember(team, "Иван");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, "ru"));
        }

        h.Parser.Add("на этап КП", new ParsedCommand(Intent.MoveDeal, 0.9) { Stage = Core.Crm.DealStage.Proposal });

        var reply = await h.SendAsync("Иван", "на этап КП");

        Assert.StartsWith("Какая сделка и на какой этап?", reply.Text, StringComparison.Ordinal);
    }
}

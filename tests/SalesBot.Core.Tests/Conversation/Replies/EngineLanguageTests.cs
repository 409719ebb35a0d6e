using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation.Replies;

/// <summary>
/// The engine's own sentences (proposals, help, chit-chat, joins, strangers) come from the packs, and a member
/// answers a yes/no question in their own language's words.
/// </summary>
public partial class EngineLanguageTests
{
    private static async Task MemberSpeaksAsync(EngineHarness h, string language)
    {
        await using var db = h.Store.CreateDbContext();
        await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, language));
    }

    [Fact]
    public async Task APolishProposalIsAskedInPolishAndATypedTakWritesIt()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Północ");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Orlen");
        await MemberSpeaksAsync(h, "pl");
        h.Parser.Add("tel orlen", Say.Log(ActivityType.Call, "Orlen") with { Confirm = true, Confidence = 0.7, Language = "pl" });

        var proposal = await h.SendAsync("Anna", "tel orlen");
        var yes = await h.SendAsync("Anna", "Tak");

        Assert.Equal("Zapisać: telefon z Orlen dziś?", proposal.Text);
        Assert.Equal(["Tak", "Nie"], proposal.Buttons.Select(b => b.Label));
        Assert.StartsWith("✓ Zapisano: telefon z Orlen.", yes.Text, StringComparison.Ordinal);
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task ARussianProposalOfTwoCommandsIsJoinedInRussianAndNetWritesNothing()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Север");
        var ivan = h.Store.AddMember(team, "Иван");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Яндекс"), ivan, "Яндекс", DealStage.Qualified);
        await MemberSpeaksAsync(h, "ru");
        h.Parser.Add("звонок яндекс, кп", Say.Log(ActivityType.Call, "Яндекс") with
        {
            Language = "ru",
            More = [Say.Move("Яндекс", DealStage.Proposal) with { Confirm = true, Language = "ru" }],
        });

        var proposal = await h.SendAsync("Иван", "звонок яндекс, кп");
        var no = await h.SendAsync("Иван", "нет");

        Assert.Equal("Записать: звонок с Яндекс сегодня, затем перевести Яндекс на этап: КП?", proposal.Text);
        Assert.Equal(0, h.Read(db => db.Activities.Count() + db.Journal.Count()));
        Assert.DoesNotContain("✓", no.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishYesStillAnswersAPolishMembersQuestion()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Północ");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Orlen");
        await MemberSpeaksAsync(h, "pl");
        h.Parser.Add("tel orlen", Say.Log(ActivityType.Call, "Orlen") with { Confirm = true, Confidence = 0.7 });

        await h.SendAsync("Anna", "tel orlen");
        await h.SendAsync("Anna", "ok");

        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task AStrangerWritingRussianHearsHowToJoinInRussian()
    {
        await using var h = new EngineHarness();
        h.Store.AddTeam("North");
        h.Parser.Add("привет, кто ты?", new ParsedCommand(Intent.Unknown, 0) { Language = "ru" });

        var reply = await h.SendAsync("Stranger", "привет, кто ты?");

        Assert.StartsWith("Здравствуйте! Я вас ещё не знаю", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongJoinCodeInPolishIsRefusedInPolish()
    {
        await using var h = new EngineHarness();
        h.Store.AddTeam("North");
        h.Parser.Add("mój kod to ZZZZZZZZZZ", new ParsedCommand(Intent.Join, 0.95) { Argument = "ZZZZZZZZZZ", Language = "pl" });

        var reply = await h.SendAsync("Stranger", "mój kod to ZZZZZZZZZZ");

        Assert.StartsWith("Ten kod nie działa", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWhoJoinsAgainHearsItInTheirLanguage()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Север");
        h.Store.AddMember(team, "Иван");
        await MemberSpeaksAsync(h, "ru");
        h.Parser.Add("/join ABCDEFGHJK", new ParsedCommand(Intent.Join, 0.95) { Argument = "ABCDEFGHJK" });

        var reply = await h.SendAsync("Иван", "/join ABCDEFGHJK");

        Assert.Equal("Вы уже в команде, Иван. Напишите, что сделали, или «помощь».", reply.Text);
    }

    [Fact]
    public void ATurnResultCannotBeMadeFromText() =>
        Assert.DoesNotContain(typeof(TurnResult).GetConstructors(BindingFlags.Public | BindingFlags.Instance),
            c => c.GetParameters() is [{ ParameterType: var t }] && t == typeof(string));

    [GeneratedRegex("""new\s+TurnResult\(\s*(\$?@?"|string\.|words\.|Format\.|Texts\.|\(await[^;]*\)\.Text)|new\s+Said\(\s*\$?@?"|(Title|Details)\s*=\s*(\$?@?"|new\s+Said\()""")]
    private static partial Regex TextReply();

    /// <summary>Every handler folder and the engine's own files: no reply is built from text.</summary>
    [Fact]
    public void NoHandlerAnywhereAnswersWithText()
    {
        var core = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "SalesBot.Core"));
        var files = Directory.EnumerateFiles(Path.Combine(core, "Features"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(core, "Conversation"), "*.cs", SearchOption.TopDirectoryOnly))
            .Concat(Directory.EnumerateFiles(Path.Combine(core, "Conversation", "Resolution"), "*.cs"))
            .ToList();
        var found = files.SelectMany(f => TextReply().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}")).ToList();

        Assert.True(files.Count > 100, $"only {files.Count} files seen under {core}");
        Assert.Empty(found);
    }
}

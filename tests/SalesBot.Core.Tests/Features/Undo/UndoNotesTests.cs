using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Undo;

/// <summary>
/// What undo says it kept and what changed since are facts the member's pack words (they were English in every
/// language), and undoing an invite gives back the codes it revoked.
/// </summary>
public sealed class UndoNotesTests : IAsyncDisposable
{
    private readonly EngineHarness _h = new();
    private readonly Team _team;

    public UndoNotesTests()
    {
        _team = _h.Store.AddTeam("Północ");
        _h.Store.AddMember(_team, "Maria", MemberRole.Manager);
        var anna = _h.Store.AddMember(_team, "Anna");
        _h.Store.AddDeal(_team, _h.Store.AddAccount(_team, "Orlen"), anna, "Orlen flota", DealStage.Qualified);
        _h.Parser
            .Add("undo", new ParsedCommand(Intent.Undo, 0.95))
            .Add("invite Bob", new ParsedCommand(Intent.Invite, 0.95) { Argument = "Bob" })
            .Add("oferta", Say.Move("Orlen flota", DealStage.Proposal))
            .Add("wygrana", Say.Move("Orlen flota", DealStage.Won))
            .Add("tel pkn", Say.Log(ActivityType.Call, "PKN"))
            .Add("spotkanie pkn", Say.Log(ActivityType.Meeting, "PKN"));
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task SpeaksAsync(string name, string language)
    {
        await using var db = _h.Store.CreateDbContext();
        await db.Members.Where(m => m.Name == name).ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, language));
    }

    private static string UndoButton(OutgoingMessage reply) => reply.Buttons.Single(b => b.Data.StartsWith("u:", StringComparison.Ordinal)).Data;

    [Fact]
    public async Task UndoingASecondInviteGivesBackTheCodeItRevoked()
    {
        await _h.SendAsync("Maria", "invite Bob");
        var first = _h.Read(db => db.JoinCodes.Single()).Code;
        await _h.SendAsync("Maria", "invite Bob");
        Assert.NotEqual(first, _h.Read(db => db.JoinCodes.Single()).Code);

        var undone = await _h.SendAsync("Maria", "undo");

        Assert.Equal("↩ Undone: the invite for Bob.", undone.Text);
        Assert.Equal([first], _h.Read(db => db.JoinCodes.Select(j => j.Code).ToList()));
        _h.Parser.Add("/join " + first, new ParsedCommand(Intent.Join, 0.95) { Argument = first });
        Assert.StartsWith("Welcome to Północ, Bob!", (await _h.SendAsync("Newcomer", "/join " + first)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndoingBothInvitesLeavesNeitherCodeNorTheMember()
    {
        await _h.SendAsync("Maria", "invite Bob");
        await _h.SendAsync("Maria", "invite Bob");
        var second = _h.Read(db => db.JoinCodes.Single()).Code;

        await _h.SendAsync("Maria", "undo");
        await _h.SendAsync("Maria", "undo");

        Assert.Equal(0, _h.Read(db => db.JoinCodes.Count(j => j.Code == second)));
        Assert.False(_h.Read(db => db.Members.Any(m => m.Name == "Bob")));
    }

    [Fact]
    public async Task APolishMemberHearsWhatChangedSinceInPolish()
    {
        await SpeaksAsync("Anna", "pl");
        var moved = await _h.SendAsync("Anna", "oferta");
        await _h.SendAsync("Anna", "wygrana");

        var pressed = await _h.SendAsync(_h.Message("Anna", "") with { Action = UndoButton(moved) });

        Assert.Equal("Nic się nie zmieniło: od tamtej pory Orlen flota jest teraz na etapie: Wygrana. Jeśli to nadal błąd, popraw ręcznie.", pressed.Text);
        Assert.Equal(DealStage.Won, _h.Read(db => db.Deals.Single()).Stage);
    }

    [Fact]
    public async Task ARussianMemberHearsWhatWasKeptInRussian()
    {
        await SpeaksAsync("Anna", "ru");
        var logged = await _h.SendAsync("Anna", "tel pkn");
        await _h.SendAsync("Anna", "spotkanie pkn");

        var pressed = await _h.SendAsync(_h.Message("Anna", "") with { Action = UndoButton(logged) });

        Assert.Contains("Оставлено: клиент PKN — ", pressed.Text, StringComparison.Ordinal);
        Assert.Equal(1, _h.Read(db => db.Accounts.Count(a => a.Name == "PKN")));
    }

    [Fact]
    public async Task EnglishNotesReadAsTheyDid()
    {
        var moved = await _h.SendAsync("Anna", "oferta");
        await _h.SendAsync("Anna", "wygrana");
        var logged = await _h.SendAsync("Anna", "tel pkn");
        await _h.SendAsync("Anna", "spotkanie pkn");

        var since = await _h.SendAsync(_h.Message("Anna", "") with { Action = UndoButton(moved) });
        var kept = await _h.SendAsync(_h.Message("Anna", "") with { Action = UndoButton(logged) });

        Assert.Equal("I left it as it was: since then Orlen flota is now in Won. Change it by hand if it is still wrong.", since.Text);
        Assert.EndsWith(" Kept the account PKN: later entries use it.", kept.Text, StringComparison.Ordinal);
    }
}

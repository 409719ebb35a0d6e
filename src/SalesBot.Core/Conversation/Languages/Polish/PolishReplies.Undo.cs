using SalesBot.Core.Crm;
using System.Globalization;
using Humanizer;
using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string Amended(Amended a) => $"✎ Poprawiono (zastąpiono: {a.Replaced.Render(this)}). {a.Then.Render(this)}";

    public override string PostUndid(string member, string summary) => $"↩ {member}: cofnięto {summary}";

    public override string PostUndidChangesTo(string member, IReadOnlyList<string> deals) => $"↩ {member}: cofnięto zmiany — {string.Join(", ", deals)}";

    public override string NotYoursToUndo(NotYoursToUndo o) => "Tego wpisu nie możesz cofnąć albo już go nie ma. Nic się nie zmieniło.";

    public override string AlreadyUndone(AlreadyUndone o) => $"Już cofnięte: {o.Summary.Render(this)}.";

    public override string NothingToUndo(NothingToUndo o) => "Nie ma nic Twojego do cofnięcia.";

    public override string AskUndoOlder(AskUndoOlder o) =>
        $"Ostatni Twój wpis to {o.Summary.Render(this)}, {(o.Ago < TimeSpan.FromMinutes(1) ? "przed chwilą" : o.Ago.Humanize(precision: 1, culture: Pl, minUnit: Humanizer.Localisation.TimeUnit.Minute) + " temu")}. Cofnąć go?";

    public override string LeftAsItWas(LeftAsItWas o) =>
        $"Nic się nie zmieniło: od tamtej pory {string.Join("; ", o.ChangedSince.Select(c => c.Render(this)))}. Jeśli to nadal błąd, popraw ręcznie.";

    public override string Undone(Undone o) =>
        $"↩ Cofnięto: {o.Summary.Render(this)}." + (o.Kept.Count > 0 ? $" Zachowano: {string.Join(", ", o.Kept.Select(k => k.Render(this)))} — korzystają z tego późniejsze wpisy." : "");

    public override string CorrectionMissing(CorrectionMissing o) =>
        "Co poprawić? Na przykład: „nie, to było Fabrikam” albo „miało być 35 tys.”. Nic nie zostało zapisane.";

    public override string NothingToCorrect(NothingToCorrect o) => "Nie ma nic Twojego do poprawienia.";

    public override string CannotCorrect(CannotCorrect o) => $"Tego nie da się tak poprawić: {o.Summary.Render(this)}. Napisz „cofnij” i wyślij jeszcze raz. Nic nie zostało zapisane.";

    public override string ActivityCorrectionMissing(ActivityCorrectionMissing o) =>
        "Ostatni wpis to aktywność: można poprawić klienta, kontakt albo dzień. Nic nie zostało zapisane.";

    public override string ActivityCorrected(ActivityCorrected o) =>
        $"✎ Poprawiono: {Noun(o.Type)} — teraz {string.Join(", ", ActivityChanges(o))}.";

    public override string DealCorrectionMissing(DealCorrectionMissing o) =>
        $"Ostatni wpis to szansa {o.Deal}: można poprawić kwotę, etap albo datę zamknięcia. Nic nie zostało zapisane.";

    public override string DealCorrected(DealCorrected o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"kwota {Money(amount)}" : "zmieniono kwotę");
        }

        if (o.Stage is { } stage)
        {
            said.Add($"etap {Stage(stage)}");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"zamknięcie {Day(close, o.Today)}");
        }

        return $"✎ Poprawiono: {o.Deal} — {string.Join(", ", said)}.";
    }

    public override string TooOldToAmend(TooOldToAmend o) =>
        "Ta wiadomość jest za stara, żeby poprawić ją edycją, więc nic się nie zmieniło. Napisz „cofnij” (albo naciśnij Cofnij) i wyślij ją jeszcze raz.";

    private IEnumerable<string> ActivityChanges(ActivityCorrected o)
    {
        if (o.Account is not null)
        {
            yield return $"z {o.Account}";
        }

        if (o.Contact is not null)
        {
            yield return $"z {o.Contact}";
        }

        if (o.Day is { } day)
        {
            yield return Day(day, o.Today);
        }
    }

    public override string ChangedSince(ChangedSince o) => o switch
    {
        DealRenamed r => $"szansę przemianowano na {r.Name}",
        DealStageNow s => $"{s.Deal} jest teraz na etapie: {Stage(s.Stage)}",
        DealAmountChangedAgain a => $"kwotę szansy {a.Deal} znowu zmieniono",
        DealCloseDateNow c => c.Date is { } d ? $"data zamknięcia {c.Deal} to teraz {ShortDate(d)}" : $"szansa {c.Deal} nie ma już daty zamknięcia",
        SettingBecame s => $"{SettingName(s.Setting)}: teraz {SettingValue(s.Setting, s.Value)}",
        MemberStatusAgain m => $"{m.Member} znowu {(m.Status == MemberStatus.Away ? "jest nieobecny" : "jest dostępny")}",
        TargetBecame t => $"cel zmieniono na {t.Value.ToString("0.##", Culture)}",
        ChatConnectedAgain => "czat połączono ponownie",
        _ => "czat odłączono",
    };

    public override string KeptInUse(KeptInUse o) => o.Kind switch
    {
        KeptKind.Account => $"klient {o.Name}",
        KeptKind.Contact => $"kontakt {o.Name}",
        KeptKind.Deal => $"szansa {o.Name}",
        KeptKind.Member => $"członek zespołu {o.Name}",
        _ => $"kod {o.Name} (już użyty)",
    };

    protected override string WroteAnd => " i ";

    protected override string WroteRecord(Wrote w) => w switch
    {
        WroteActivity a => $"{Noun(a.Type)}{(a.With is { } with ? $" z {with}" : "")} ({ShortDate(a.On)})" + AndNewAccount(a.NewAccount),
        WroteContact c => $"kontakt {c.Contact}" + AndNewAccount(c.NewAccount),
        WroteTask t => $"zadanie „{t.Task}”",
        WroteTaskDone t => $"oznaczenie „{t.Task}” jako zrobione",
        WroteDeal d => $"nowa szansa {d.Deal}" + AndNewAccount(d.NewAccount),
        WroteStageMove m => $"{m.Deal}: {Stage(m.From)} → {Stage(m.To)}",
        WroteDealUpdate u => $"zmiana szansy {u.Deal} ({string.Join(", ", Said(u))})",
        WroteDealCorrection c => $"poprawka szansy {c.Deal} ({string.Join(", ", Said(c))})",
        WroteActivityCorrection c => $"poprawka wpisu: {Noun(c.Type)} ({string.Join(", ", Said(c))})",
        WrotePlan p => p.Replaced ? "nowy plan na dziś (wraca wcześniejszy)" : "dzisiejszy plan",
        _ => w.GetType().Name,
    };

    private static string AndNewAccount(string? account) => account is null ? "" : $" i nowy klient {account}";

    private IEnumerable<string> Said(WroteDealUpdate u)
    {
        if (u.AmountChanged)
        {
            yield return u.Amount is { } shown ? $"kwota {Money(shown)}" : "zmiana kwoty";
        }

        if (u.Close is { } close)
        {
            yield return $"zamknięcie {Day(close, u.Today)}";
        }

        if (u.From is { } from && u.To is { } to)
        {
            yield return $"{Stage(from)} → {Stage(to)}";
        }
    }

    private IEnumerable<string> Said(WroteDealCorrection c)
    {
        if (c.AmountChanged)
        {
            yield return c.Amount is { } shown ? $"kwota {Money(shown)}" : "zmiana kwoty";
        }

        if (c.Stage is { } stage)
        {
            yield return $"etap {Stage(stage)}";
        }

        if (c.Close is { } close)
        {
            yield return $"zamknięcie {Day(close, c.Today)}";
        }
    }

    private IEnumerable<string> Said(WroteActivityCorrection c)
    {
        if (c.Account is not null)
        {
            yield return $"z {c.Account}";
        }

        if (c.Contact is not null)
        {
            yield return $"z {c.Contact}";
        }

        if (c.Day is { } day)
        {
            yield return Day(day, c.Today);
        }
    }
}

using SalesBot.Core.Crm;
using System.Globalization;
using Humanizer;
using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string Amended(Amended a) => $"✎ Исправлено (заменено: {a.Replaced.Render(this)}). {a.Then.Render(this)}";

    public override string PostUndid(string member, string summary) => $"↩ {member}: отменено — {summary}";

    public override string PostUndidChangesTo(string member, IReadOnlyList<string> deals) => $"↩ {member}: отменены изменения — {string.Join(", ", deals)}";

    public override string NotYoursToUndo(NotYoursToUndo o) => "Эту запись отменить нельзя: она не ваша или её уже нет. Ничего не изменилось.";

    public override string AlreadyUndone(AlreadyUndone o) => $"Уже отменено: {o.Summary.Render(this)}.";

    public override string NothingToUndo(NothingToUndo o) => "Отменять нечего: ваших записей нет.";

    public override string AskUndoOlder(AskUndoOlder o) =>
        $"Ваша последняя запись — {o.Summary.Render(this)}, {(o.Ago < TimeSpan.FromMinutes(1) ? "только что" : o.Ago.Humanize(precision: 1, culture: Ru, minUnit: Humanizer.Localisation.TimeUnit.Minute) + " назад")}. Отменить её?";

    public override string LeftAsItWas(LeftAsItWas o) =>
        $"Ничего не изменено: с тех пор {string.Join("; ", o.ChangedSince.Select(c => c.Render(this)))}. Если ошибка осталась, исправьте вручную.";

    public override string Undone(Undone o) =>
        $"↩ Отменено: {o.Summary.Render(this)}." + (o.Kept.Count > 0 ? $" Оставлено: {string.Join(", ", o.Kept.Select(k => k.Render(this)))} — на это опираются более поздние записи." : "");

    public override string CorrectionMissing(CorrectionMissing o) =>
        "Что исправить? Например: «нет, это был Fabrikam» или «имел в виду 35 тыс.». Ничего не записано.";

    public override string NothingToCorrect(NothingToCorrect o) => "Исправлять нечего: ваших записей нет.";

    public override string CannotCorrect(CannotCorrect o) => $"Так исправить нельзя: {o.Summary.Render(this)}. Напишите «отмени» и отправьте заново. Ничего не записано.";

    public override string ActivityCorrectionMissing(ActivityCorrectionMissing o) =>
        "Последняя запись — активность: можно исправить клиента, контакт или день. Ничего не записано.";

    public override string ActivityCorrected(ActivityCorrected o) =>
        $"✎ Исправлено: {Noun(o.Type)} — теперь {string.Join(", ", ActivityChanges(o))}.";

    public override string DealCorrectionMissing(DealCorrectionMissing o) =>
        $"Последняя запись — сделка {o.Deal}: можно исправить сумму, этап или дату закрытия. Ничего не записано.";

    public override string DealCorrected(DealCorrected o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"сумма {Money(amount)}" : "сумма изменена");
        }

        if (o.Stage is { } stage)
        {
            said.Add($"этап {Stage(stage)}");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"закрытие {Day(close, o.Today)}");
        }

        return $"✎ Исправлено: {o.Deal} — {string.Join(", ", said)}.";
    }

    public override string TooOldToAmend(TooOldToAmend o) =>
        "Это сообщение слишком старое, чтобы исправить его правкой, поэтому ничего не изменилось. Напишите «отмени» (или нажмите «Отменить») и отправьте заново.";

    private IEnumerable<string> ActivityChanges(ActivityCorrected o)
    {
        if (o.Account is not null)
        {
            yield return $"с {o.Account}";
        }

        if (o.Contact is not null)
        {
            yield return $"с {o.Contact}";
        }

        if (o.Day is { } day)
        {
            yield return Day(day, o.Today);
        }
    }

    public override string ChangedSince(ChangedSince o) => o switch
    {
        DealRenamed r => $"сделку переименовали в {r.Name}",
        DealStageNow s => $"{s.Deal} теперь на этапе: {Stage(s.Stage)}",
        DealAmountChangedAgain a => $"сумму сделки {a.Deal} снова изменили",
        DealCloseDateNow c => c.Date is { } d ? $"дата закрытия {c.Deal} теперь {ShortDate(d)}" : $"у сделки {c.Deal} больше нет даты закрытия",
        SettingBecame s => $"{SettingName(s.Setting)}: теперь {SettingValue(s.Setting, s.Value)}",
        MemberStatusAgain m => $"{m.Member} снова {(m.Status == MemberStatus.Away ? "отсутствует" : "на месте")}",
        TargetBecame t => $"цель изменили на {t.Value.ToString("0.##", Culture)}",
        ChatConnectedAgain => "чат снова подключили",
        _ => "чат отключили",
    };

    public override string KeptInUse(KeptInUse o) => o.Kind switch
    {
        KeptKind.Account => $"клиент {o.Name}",
        KeptKind.Contact => $"контакт {o.Name}",
        KeptKind.Deal => $"сделка {o.Name}",
        KeptKind.Member => $"участник {o.Name}",
        _ => $"код {o.Name} (уже использован)",
    };

    protected override string WroteAnd => " и ";

    protected override string WroteRecord(Wrote w) => w switch
    {
        WroteActivity a => $"{Noun(a.Type)}{(a.With is { } with ? $" с {with}" : "")} ({ShortDate(a.On)})" + AndNewAccount(a.NewAccount),
        WroteContact c => $"контакт {c.Contact}" + AndNewAccount(c.NewAccount),
        WroteTask t => $"задача «{t.Task}»",
        WroteTaskDone t => $"отметка «{t.Task}» как выполненной",
        WroteDeal d => $"новая сделка {d.Deal}" + AndNewAccount(d.NewAccount),
        WroteStageMove m => $"{m.Deal}: {Stage(m.From)} → {Stage(m.To)}",
        WroteDealUpdate u => $"изменение сделки {u.Deal} ({string.Join(", ", Said(u))})",
        WroteDealCorrection c => $"исправление сделки {c.Deal} ({string.Join(", ", Said(c))})",
        WroteActivityCorrection c => $"исправление записи: {Noun(c.Type)} ({string.Join(", ", Said(c))})",
        WrotePlan p => p.Replaced ? "новый план на сегодня (вернётся прежний)" : "план на сегодня",
        _ => w.GetType().Name,
    };

    private static string AndNewAccount(string? account) => account is null ? "" : $" и новый клиент {account}";

    private IEnumerable<string> Said(WroteDealUpdate u)
    {
        if (u.AmountChanged)
        {
            yield return u.Amount is { } shown ? $"сумма {Money(shown)}" : "изменение суммы";
        }

        if (u.Close is { } close)
        {
            yield return $"закрытие {Day(close, u.Today)}";
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
            yield return c.Amount is { } shown ? $"сумма {Money(shown)}" : "изменение суммы";
        }

        if (c.Stage is { } stage)
        {
            yield return $"этап {Stage(stage)}";
        }

        if (c.Close is { } close)
        {
            yield return $"закрытие {Day(close, c.Today)}";
        }
    }

    private IEnumerable<string> Said(WroteActivityCorrection c)
    {
        if (c.Account is not null)
        {
            yield return $"с {c.Account}";
        }

        if (c.Contact is not null)
        {
            yield return $"с {c.Contact}";
        }

        if (c.Day is { } day)
        {
            yield return Day(day, c.Today);
        }
    }
}

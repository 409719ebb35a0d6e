using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string PrivateAnswer(PrivateAnswer a) => a.Sent
        ? "Wysłałem to na naszym prywatnym czacie: liczby zespołu nie trafiają na ten czat."
        : "Zapytaj mnie o to na prywatnym czacie: liczby zespołu nie trafiają na ten czat.";

    public override string ReportsMissing(ReportsMissing m) => m.Standup
        ? "Raporty ze stand-upu nie są jeszcze skonfigurowane na tym serwerze."
        : "Zestawienia KPI nie są jeszcze skonfigurowane na tym serwerze.";

    public override string NothingWritten(NothingWritten n) => "OK, niczego nie zapisałem.";

    public override string ButtonExpired(ButtonExpired e) => "Ten przycisk wygasł. Napisz \"pomoc\", żeby zobaczyć, co potrafię.";

    public override string QuestionClosed(QuestionClosed c) => "To pytanie jest już zamknięte. Wyślij wiadomość jeszcze raz, jeśli nadal trzeba.";

    public override string NoOpenQuestion(NoOpenQuestion n) => "Nie mam teraz do Ciebie otwartego pytania. Napisz \"pomoc\", żeby zobaczyć, co potrafię.";

    public override string OthersButton(OthersButton b) => b.Undo
        ? $"Ten przycisk Cofnij należy do: {b.Owner}, więc go nie ruszyłem; nic się nie zmieniło. Twoje wpisy mają własne Cofnij."
        : $"To pytanie było do: {b.Owner}, więc zostawiłem je otwarte; nic się nie zmieniło.";

    public override string AnswerOutOfRange(AnswerOutOfRange a) => $"Odpowiedz liczbą od 1 do {a.Options}.";

    public override string ArgumentMissing(ArgumentMissing m) => m.Intent switch
    {
        Intent.MoveDeal => "Która szansa i na jaki etap? Na przykład: \"Contoso upgrade na etap oferty\". Niczego nie zapisałem.",
        Intent.UpdateDeal => "Która szansa? Na przykład: \"Contoso upgrade kwota 45 tys.\". Niczego nie zapisałem.",
        Intent.AddTask => "O czym mam przypomnieć? Na przykład: \"przypomnij mi zadzwonić do Kevina w piątek\". Niczego nie zapisałem.",
        Intent.AddContact => "Kto jest kontaktem? Na przykład: \"dodaj kontakt: Anna Nowak, CFO w Fabrikam\". Niczego nie zapisałem.",
        Intent.ShowContacts or Intent.LastContact => "Który klient? Na przykład: \"kto jest naszym kontaktem w Woodgrove\".",
        _ => "Który klient? Na przykład: \"co wiemy o Contoso\".",
    };

    protected override string ProposalThen => ", potem ";

    // "no" is left out on purpose: in Polish speech it often means "yeah", so it is read as the English "no" (which writes nothing).
    protected override IReadOnlySet<string> YesWords { get; } =
        new HashSet<string>(["tak", "t", "ok", "okej", "jasne", "pewnie", "dobrze", "zgadza się", "potwierdzam"], StringComparer.Ordinal);

    protected override IReadOnlySet<string> NoWords { get; } = new HashSet<string>(["nie", "anuluj", "błąd", "źle"], StringComparer.Ordinal);

    // A list of facts ("Zapisać: rozmowa z Contoso") keeps nouns and names in their base form, which the bot cannot decline.
    public override string Propose(ParsedCommand p, DateOnly today)
    {
        var on = p.Date is { } day ? " " + Day(day, today) : "";
        var what = p.Deal ?? p.Account ?? p.Contact ?? "";
        switch (p.Intent)
        {
            case Intent.LogActivity:
                var party = p.Account is { } a ? (p.Contact is { } c ? $" z {c} ({a})" : $" z {a}") : p.Contact is { } only ? $" z {only}" : "";
                var with = p.Colleagues is { Count: > 0 } colleagues ? $" (razem z: {string.Join(", ", colleagues)})" : "";
                return $"Zapisać: {Noun(p.Activity ?? ActivityType.Note)}{party}{with} {Day(p.Date ?? today, today)}";
            case Intent.CreateDeal:
                return $"Utworzyć szansę {what}" + (p.Amount is null ? "" : $" na {Money(p.Amount, p.Currency)}");
            case Intent.MoveDeal when p.Stage is { } stage:
                return $"Przenieść {what} na etap: {Stage(stage)}" + (p.Reason is { } reason ? $" ({reason})" : "");
            case Intent.UpdateDeal:
                var changes = new List<string>();
                if (p.Amount is not null)
                {
                    changes.Add($"kwota {Money(p.Amount, p.Currency)}");
                }

                if (p.Date is { } close)
                {
                    changes.Add($"zamknięcie {Day(close, today)}");
                }

                if (p.Stage is { } to)
                {
                    changes.Add($"etap {Stage(to)}");
                }

                return $"Zmienić {what}: {string.Join(", ", changes)}";
            case Intent.AddTask:
                return $"Dodać zadanie „{p.Title}”{on}";
            case Intent.CompleteTask:
                return $"Oznaczyć „{p.Title}” jako zrobione";
            case Intent.SetPlan:
                return $"Ustawić plan na dziś: {string.Join(", ", p.Items ?? [])}";
            default:
                return $"Wykonać „{p.Intent.ToWireName()}”" + (what.Length > 0 ? $" dla {what}" : "");
        }
    }

    public override string LanguageSet(Features.Preferences.LanguageSet set) => "Dobrze, od teraz odpisuję Ci po polsku.";
}

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
}

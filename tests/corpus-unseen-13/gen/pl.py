"""pl.jsonl: 70 Polish rep messages, with and without diacritics, no lexicon (corpus-unseen-13)."""
from lib import *

NAMES = ["Kaflex", "Zenon Bielawski", "Rybex", "Celina Wrzos", "Tapmar", "Ludwik Pająk", "Wikpol", "Grodmet",
         "Garbarnia Żubr", "Ziołopex", "Aneta Szewczyk", "Serowarnia Jutrzenka", "Braxo", "Wiesław Domański",
         "Tłocznia Sadyba", "Irek", "Olejarnia Rzepik", "Jadwiga Sowa", "Kacper Gołąb", "Bortex", "Stenvik",
         "Teodor Kmita", "Eliza Baran", "Grodmet hala B"]

ZUBR = ["Garbarnia Żubr", "Żubr"]; JUTRZ = ["Serowarnia Jutrzenka", "Jutrzenka"]; RZEPIK = ["Olejarnia Rzepik", "Rzepik"]
SADYBA = ["Tłocznia Sadyba", "Sadyba"]

LINES = [
    # --- activities (19; 4 two-fact, one date correction)
    ("act", "dzwoniłem do Zenona Bielawskiego z Kaflexu w sprawie rabatu", act("call", "Kaflex", "Zenon Bielawski")),
    ("act", "spotkanie z Celiną Wrzos w Rybexie wczoraj rano", act(ONSITE, "Rybex", "Celina Wrzos", date=Y)),
    ("act", "wyslalem maila do Ludwika Pajaka z Tapmaru z cennikiem", act("email", "Tapmar", ["Ludwik Pająk", "Ludwik Pajak"])),
    ("act", "prezentacja systemu dla Wikpolu, byli wszyscy kierownicy zmian", act("demo", "Wikpol")),
    ("act", "wizyta w Grodmecie, obejrzałem linię produkcyjną", act(VISIT, "Grodmet")),
    ("act", "notatka do Garbarni Żubr: od stycznia nowy zarząd", act("note", ZUBR)),
    ("act", "rozmowa na teamsach z Anetą Szewczyk (Ziołopex)", act(VIDEO, "Ziołopex", "Aneta Szewczyk")),
    ("act", "wczoraj dzwonilam do Serowarni Jutrzenka w sprawie reklamacji", act("call", JUTRZ, date=Y)),
    ("act", "obgadaliśmy z Wiesławem Domańskim z Braxo warunki umowy", act(VIDEO, "Braxo", "Wiesław Domański")),
    ("act", "spotkanie w Tłoczni Sadyba wczoraj, pomyłka - w zeszły piątek", act(ONSITE, SADYBA, date=FRIP)),
    ("act", "oddzwonił do mnie Irek z Rybexu, pytał o terminy", act("call", "Rybex", "Irek")),
    ("act", "wysłałam ofertę mailem do Jadwigi Sowy, Olejarnia Rzepik", act("email", RZEPIK, "Jadwiga Sowa")),
    ("act", "podjechałem do Kacpra Gołębia na magazyn w Tapmarze", act(VISIT, "Tapmar", "Kacper Gołąb")),
    ("act", "demo dla Bortexu dzis rano, poszlo dobrze", act("demo", "Bortex")),
    ("act", "krótki telefon do Stenvik, Teodor Kmita potwierdził termin dostawy", act("call", "Stenvik", "Teodor Kmita")),
    ("act", "spotkanie z Elizą Baran z Ziołopexu, szansa Ziołopex przechodzi do negocjacji",
     act("meeting", "Ziołopex", "Eliza Baran"), [mv("Ziołopex", "negotiation")]),
    ("act", "dzwoniłem do Grodmetu, przypomnij mi w czwartek w przyszłym tygodniu wysłać umowę", act("call", "Grodmet"),
     [task(THU26)]),
    ("act", "wizyta w Bortexie, umówiłem demo na 17 grudnia o 10:30", act(VISIT, "Bortex"),
     [task(DEC17, time="10:30")]),
    ("act", "mail do Wikpolu i telefon do Tapmaru", act("email", "Wikpol"), [act("call", "Tapmar")]),
    # --- deals (18; 6 creates, 3 moves, 2 won, 2 lost, 2 updates, 3 confirm)
    ("deal", "nowa szansa Kaflex, 420 tys. zł, oferta, zamknięcie 23 grudnia",
     new(account="Kaflex", amount=420000, currency="PLN", stage="proposal", date=DEC23)),
    ("deal", "nowa okazja dla Rybexu 2,4 mln zł etap kwalifikacja termin 14 stycznia",
     new(account="Rybex", amount=2400000, currency="PLN", stage="qualified", date=JAN14)),
    ("deal", "dodaj transakcję Tapmar: 65 tys. euro, negocjacje, zamknięcie do 28 stycznia",
     new(account="Tapmar", amount=65000, currency="EUR", stage="negotiation", date=JAN28)),
    ("deal", "nowa szansa Braxo 180 tys. zł... sorki, 210 tys. zł, oferta, zamkniecie 9 lutego",
     new(account="Braxo", amount=210000, currency="PLN", stage="proposal", date=FEB9)),
    ("deal", "Wikpol – nowa szansa na ok. 90 tys., kwalifikacja, zamknięcie 24 lutego",
     new(account="Wikpol", amount=90000, stage="qualified", date=FEB24)),
    ("deal", "nowa szansa „Grodmet hala B” 1,35 mln zł, oferta, do 12 marca",
     new("Grodmet hala B", amount=1350000, currency="PLN", stage="proposal", date=MAR12)),
    ("deal", "Ziołopex na etap oferty", mv("Ziołopex", "proposal")),
    ("deal", "Stenvik juz po kwalifikacji, przesun na negocjacje", mv("Stenvik", "negotiation")),
    ("deal", "Tłocznia Sadyba: etap kwalifikacji", mv(SADYBA, "qualified")),
    ("deal", "Garbarnia Żubr podpisała umowę!! 🎉", mv(ZUBR, "won")),
    ("deal", "wygraliśmy Olejarnię Rzepik", mv(RZEPIK, "won")),
    ("deal", "Bortex przegrany, wybrali konkurencję tańszą o 15%", mv("Bortex", "lost")),
    ("deal", "straciliśmy Serowarnię Jutrzenka – nie mają budżetu", mv(JUTRZ, "lost")),
    ("deal", "kwota dla Kaflexu zmienia się na 450 tys. zł", up("Kaflex", amount=450000, currency="PLN")),
    ("deal", "Rybex przesuwa zamknięcie na 29 grudnia", up("Rybex", date=DEC29)),
    ("deal", "Tapmar 70 tys.", conf(I(AMT, amount=70000))),
    ("deal", "chyba tracimy Wikpol, od miesiąca cisza", conf(mv("Wikpol", "lost"))),
    ("deal", "Braxo może już na negocjacje? nie jestem pewien", conf(mv("Braxo", "negotiation"))),
    # --- tasks (9; one with a title, 2 completions)
    ("task", "przypomnij mi jutro o 16 zadzwonić do Grodmetu", task(TMR, time="16:00")),
    ("task", "przypomnij w piątek o 12 o fakturze dla Rybexu", task(FRI, time="12:00")),
    ("task", "przypomnij mi za dwa tygodnie o umowie z Kaflexem", task(DEC2)),
    ("task", "zadanie: próbki dla Braxo do końca miesiąca", task(NOV30)),
    ("task", "dodaj zadanie „umowa ramowa dla Ziołopexu” na 22.12", task(DEC22, title="umowa ramowa dla Ziołopexu")),
    ("task", "przypomnij mi 15 kwietnia o przeglądzie umowy z Garbarnią Żubr", task(APR15)),
    ("task", "przypomnienie: oddzwonić do Celiny Wrzos w czwartek rano", task(TMR)),
    ("task", "zrobione: próbki dla Braxo", done()),
    ("task", "faktura dla Rybexu wysłana, zamknij to zadanie", done()),
    # --- queries (9)
    ("query", "moje szanse w lejku", I("show_pipeline", scope="me")),
    ("query", "lejek całego zespołu", I("show_pipeline", scope="team")),
    ("query", "jakie zadania mi zostały?", I("show_tasks")),
    ("query", "jak mi idzie w tym tygodniu?", I("kpi_digest", week=W47)),
    ("query", "wyniki zespołu za zeszły tydzień", I("kpi_digest", week=W46, scope="team")),
    ("query", "KPI za 37. tydzień", I("kpi_digest", week=W37)),
    ("query", "pokaż kartę klienta Tapmar", I("show_account", account="Tapmar")),
    ("query", "info o Grodmecie", I("show_account", account="Grodmet")),
    ("query", "wygeneruj standup", I("standup")),
    # --- plans (3)
    ("plan", "plan na dziś: Kaflex, Rybex, oferta dla Braxo", plan(3)),
    ("plan", "dzisiaj:\n1. telefon do Tapmaru\n2. próbki Ziołopex\n3. raport miesięczny", plan(3)),
    ("plan", "mój plan: odwiedzić Bortex i domknąć Wikpol", plan(2)),
    # --- undo / help (4)
    ("undo/help", "cofnij ostatnie", I("undo")),
    ("undo/help", "pomyliłem firmy, to był Rybex a nie Kaflex, cofnij", I("undo")),
    ("undo/help", "jak tego używać?", I("help")),
    ("undo/help", "pomoc", I("help")),
    # --- must not write (8)
    ("nowrite", "dzwoniłam do Olejarni Rzepik trzy razy, nikt nie odbiera", I(NEG)),
    ("nowrite", "wizyta w Tapmarze się nie odbyła, nie wpuścili mnie na teren", I(NEG)),
    ("nowrite", "Eliza Baran odwołała jutrzejsze spotkanie", I(NEG)),
    ("nowrite", "telefon z Wikpolem przesunięty na przyszły tydzień", I(NEG)),
    ("nowrite", "jestem umówiona na spotkanie w Serowarni Jutrzenka 9 lutego o 11:00", task(FEB9, time="11:00")),
    ("nowrite", "czy wpisałem już wizytę w Kaflexie?", I(Q)),
    ("nowrite", "zapisało się spotkanie z Rybexem?", I(Q)),
    ("nowrite", "ale dziś zimno, kawa i do roboty", I(CHAT)),
]

if __name__ == "__main__":
    write("pl.jsonl", LINES)

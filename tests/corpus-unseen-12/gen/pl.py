"""pl.jsonl for corpus-unseen-12: 70 Polish rep messages (with and without diacritics, colloquial), no lexicon."""
from lib import *

NAMES = ["Sadex", "Borpol", "Mariusz Cieślak", "Kalmex", "Janmar", "Teresa Zając", "Stolarnia Jawor", "Elkop", "Polmet",
         "Jarek", "Pralnia Perełka", "pan Henryk", "Wędzarnia Bałtyk", "Ustka", "Brixol", "Gromex", "Anita Borkowska",
         "Fabud", "Lucyna Malec", "Sławek", "Gorzelnia Stary Młyn", "Elżbieta Gajda", "Kamil Wrona", "Calvena",
         "Kalmex hala B", "Borpol magazyn"]

PERELKA = ["Pralnia Perełka", "Perełka"]
BALTYK = ["Wędzarnia Bałtyk", "Bałtyk"]
JAWOR = ["Stolarnia Jawor", "Jawor"]
MEET_OR_VISIT = ["meeting", "visit"]

LINES = [
    # activities (15 single)
    ("act", "byłem dziś rano w Sadexie, gadaliśmy o dostawach", act(VISIT, "Sadex")),
    ("act", "dzwonilem do Mariusza Cieslaka z Borpolu", act("call", "Borpol", ["Mariusz Cieślak", "Mariusz Cieslak"])),
    ("act", "wysłałam wczoraj ofertę mailem do Kalmexu", act("email", "Kalmex", date=Y)),
    ("act", "przedwczoraj spotkałam się z Teresą Zając z Janmaru", act("meeting", "Janmar", "Teresa Zając", MONP)),
    ("act", "pokazałem demo systemu w Stolarni Jawor, było 5 osób", act("demo", JAWOR)),
    ("act", "notatka Elkop: szukają tańszego dostawcy, decyzja po Wielkanocy", act("note", "Elkop")),
    ("act", "spotkanie online z Jarkiem z Polmetu", act(VIDEO, "Polmet", "Jarek")),
    ("act", "telefonowałem do pana Henryka z Pralni Perełka w sprawie faktur", act("call", PERELKA, ["Henryk", "pan Henryk"])),
    ("act", "odwiedziłam Wędzarnię Bałtyk w Ustce", act(VISIT, BALTYK)),
    ("act", "szybki telefon do Brixol w sprawie próbek", act("call", "Brixol")),
    ("act", "spotkanie z Anitą Borkowską (Gromex) u nich w biurze", act(MEET_OR_VISIT, "Gromex", "Anita Borkowska")),
    ("act", "odpisalam Lucynie Malec z Fabudu na maila", act("email", "Fabud", "Lucyna Malec")),
    ("act", "spotkanie ze Sławkiem z Elkopu wczoraj, chociaż nie, to było w piątek", act("meeting", "Elkop", "Sławek", FRIP)),
    ("act", "bylam z wizyta w Gorzelni Stary Mlyn",
     act(VISIT, ["Gorzelnia Stary Młyn", "Gorzelnia Stary Mlyn", "Stary Młyn", "Stary Mlyn"])),
    ("act", "rozmowa tel. z Elżbietą Gajdą z Polmetu, temat reklamacja", act("call", "Polmet", "Elżbieta Gajda")),
    # activities, two facts (4)
    ("act", "spotkanie w Kalmexie, szansę Kalmex hala B przesuń na etap oferty", act(MEET_OR_VISIT, "Kalmex"),
     [mv("Kalmex hala B", "proposal")]),
    ("act", "zadzwoniłem do Gromexu, przypomnij mi w piątek wysłać im umowę", act("call", "Gromex"), [task(FRI)]),
    ("act", "pogadałem z Kamilem Wroną z Janmaru, umówiliśmy demo na wtorek na 13:00",
     act(VIDEO, "Janmar", "Kamil Wrona"), [task(TUE24, time="13:00")]),
    ("act", "rano telefon do Borpolu, potem mail do Fabudu z wyceną", act("call", "Borpol"), [act("email", "Fabud")]),

    # deals: 6 creates (one amount correction, one without currency)
    ("deal", "nowa szansa: Borpol magazyn, 340 tys. zł, zamknięcie 15 grudnia, etap oferty",
     new("Borpol magazyn", amount=340000, currency="PLN", date=DEC15, stage="proposal")),
    ("deal", "dodaj okazję dla Gromexu na 1,6 mln zł, do 31 marca, kwalifikacja",
     new(account="Gromex", amount=1600000, currency="PLN", date=MAR31, stage="qualified")),
    ("deal", "nowa okazja Calvena, 55 tys. euro, zamknięcie 27 stycznia, negocjacje",
     new(account="Calvena", amount=55000, currency="EUR", date=JAN27, stage="negotiation")),
    ("deal", "nowa szansa Wędzarnia Bałtyk 150 tys. zł, a nie, 165 tys. zł, koniec stycznia, oferta",
     new(account=BALTYK, amount=165000, currency="PLN", date=JAN31, stage="proposal")),
    ("deal", "załóż szansę: Pralnia Perełka, 72 000 zł, do 30 grudnia, faza negocjacji",
     new(account=PERELKA, amount=72000, currency="PLN", date=DEC30, stage="negotiation")),
    ("deal", "nowa okazja dla Stolarni Jawor na meble biurowe, ok. 200 tys., zamkniecie 10 lutego, kwalifikacja",
     new(account=JAWOR, amount=200000, date=FEB10, stage="qualified")),
    # 3 moves, 2 won, 2 lost, 2 updates
    ("deal", "Borpol magazyn przechodzi do negocjacji", mv("Borpol magazyn", "negotiation")),
    ("deal", "szansa Janmar jest juz zakwalifikowana", mv("Janmar", "qualified")),
    ("deal", "zmień etap Fabudu na ofertę", mv("Fabud", "proposal")),
    ("deal", "Gromex podpisał umowę, wygrana!", mv("Gromex", "won")),
    ("deal", "wygraliśmy Pralnię Perełka 🎉", mv(PERELKA, "won")),
    ("deal", "przegraliśmy Sadex, wybrali konkurencję", mv("Sadex", "lost")),
    ("deal", "Elkop rezygnuje, nie mają budżetu", mv("Elkop", "lost")),
    ("deal", "kwota dla Janmaru zmienia się na 95 tys. zł", up("Janmar", amount=95000, currency="PLN")),
    ("deal", "Borpol magazyn – przesuń datę zamknięcia na 18 lutego", up("Borpol magazyn", date=FEB18)),
    # 3 confirm: bare name + amount, hedged loss, hedged move
    ("deal", "Polmet 120 tys", conf(I(AMT, amount=120000))),
    ("deal", "chyba straciliśmy Fabud, cisza od dwóch tygodni", conf(mv("Fabud", "lost"))),
    ("deal", "Wędzarnia Bałtyk może już jest na etapie negocjacji, nie wiem", conf(mv(BALTYK, "negotiation"))),

    # tasks (7 + 2 completions)
    ("task", "przypomnij mi jutro o 9 zadzwonić do Teresy Zając", task(TMR, time="09:00")),
    ("task", "zadanie: faktura dla Sadexu, na piątek", task(FRI, title="faktura dla Sadexu")),
    ("task", "przypomnienie za tydzień: oferta dla Gromexu", task(NOV25)),
    ("task", "przypomnij mi 2 grudnia o 14:30 o spotkaniu w Polmecie", task(DEC2, time="14:30")),
    ("task", "musze do poniedzialku wyslac probki do Brixol", task(MON23)),
    ("task", "przypomnij 11.12 o odnowieniu umowy z Fabudem", task(DEC11)),
    ("task", "dodaj zadanie: zadzwonić do pana Henryka w środę za tydzień", task(NOV25)),
    ("task", "zrobione: próbki do Brixol wysłane", done()),
    ("task", "zadanie z fakturą dla Sadexu załatwione", done()),

    # queries (9)
    ("query", "jak wygląda mój lejek?", I("show_pipeline", scope="me")),
    ("query", "lejek całego zespołu", I("show_pipeline", scope="team")),
    ("query", "co mam do zrobienia?", I("show_tasks")),
    ("query", "wyniki z tego tygodnia", I("kpi_digest", week=W47)),
    ("query", "KPI zespołu za zeszły tydzień", I("kpi_digest", scope="team", week=W46)),
    ("query", "statystyki za tydzień nr 39", I("kpi_digest", week=W39)),
    ("query", "co słychać w Sadexie?", I("show_account", account="Sadex")),
    ("query", "pokaż kartę klienta Gromex", I("show_account", account="Gromex")),
    ("query", "odpal standup", I("standup")),

    # plans (3, one a multi-line list)
    ("plan", "mój plan na dzisiaj: Sadex, oferta Gromex, telefon do Elkopu", plan(3)),
    ("plan", "priorytety:\n1. umowa Janmar\n2. próbki Brixol\n3. wizyta w Fabudzie", plan(3)),
    ("plan", "plan dnia: Polmet, Calvena", plan(2)),

    # undo / help (4)
    ("undo", "cofnij ostatnie", I("undo")),
    ("undo", "pomyliłem firmy, to nie był Borpol tylko Fabud – cofnij", I("undo")),
    ("help", "pomocy, jak to działa?", I("help")),
    ("help", "co umiesz?", I("help")),

    # must not write (8)
    ("neg", "dzwoniłam do Janmaru ale nikt nie odbierał", I(NEG)),
    ("neg", "nie udało mi się dziś dotrzeć do Stolarni Jawor", I(NEG)),
    ("neg", "spotkanie z Gromexem odwołane", I(NEG)),
    ("neg", "Calvena przełożyła rozmowę na przyszły tydzień", I(NEG)),
    ("neg", "jutro o 11 spotkanie w Polmecie", task(TMR, time="11:00")),
    ("neg", "czy wpisałem już wizytę w Sadexie?", I(Q)),
    ("neg", "zapisałeś mój telefon do Elkopu?", I(Q)),
    ("neg", "dzięki, miłego dnia!", I(CHAT)),
]

if __name__ == "__main__":
    assert len(LINES) == 70, len(LINES)
    write("pl.jsonl", LINES)

"""corpus-unseen-10/pl.jsonl: 70 Polish rep messages, no lexicon. Deterministic.

Names are expected in the nominative; a name typed without diacritics accepts both spellings.
"""
from lib import *

L = [
    # activities (19: 15 single, 4 two-fact; one in-message date correction)
    ("activity", "odbylem spotkanie z Jackiem Nowickim z Transbudu, temat flota", act("meeting", "Transbud", "Jacek Nowicki")),
    ("activity", "gadałam z panią Beatą Lis z Apteki Słonecznej przez tel.", act("call", "Apteka Słoneczna", "Beata Lis")),
    ("activity", "zadzwonilem do Rafala Sadowskiego z Termodachu ws. dachu na hali",
     act("call", "Termodach", ["Rafał Sadowski", "Rafal Sadowski"])),
    ("activity", "poszedł mejl do Drukarni Pegaz z wyceną", act("email", "Drukarnia Pegaz")),
    ("activity", "robilem wczoraj demko dla Rolmechu, byl Przemek i jego szef", act("demo", "Rolmech", date=Y)),
    ("activity", "wpadłem do Cukierni Wisienka, zostawiłem katalogi", act(VISIT, "Cukiernia Wisienka")),
    ("activity", "notatka do Metalplastu: nowy prezes po Nowym Roku, wstrzymują zakupy", act("note", "Metalplast")),
    ("activity", "rozmowa wideo z Kasią Wójcik z Zentrix, pół godziny o integracji", act(VIDEO, "Zentrix", "Kasia Wójcik")),
    ("activity", "w ubiegły piątek wizyta w Hotelu Pod Lipami, rozmawiałam z kierowniczką recepcji",
     act(VISIT, "Hotel Pod Lipami", date=FRIP)),
    ("activity", "w zeszłą środę oddzwoniła Monika Duda z Ogrodexu", act("call", "Ogrodex", "Monika Duda", WEDP)),
    ("activity", "wczoraj wieczorem wysłałem ofertę mailem do Vendigo", act("email", "Vendigo", date=Y)),
    ("activity", "spotkanie w Norvik Systems z zarządem, ok 2h", act(VISIT, "Norvik Systems")),
    ("activity", "byłem wczoraj w Hurtowni Farb Tecza, a właściwie przedwczoraj",
     act(VISIT, ["Hurtownia Farb Tęcza", "Hurtownia Farb Tecza"], date=MONP)),
    ("activity", "krotka rozmowa tel. z Wojtkiem z Drewmaxu, sa zainteresowani", act("call", "Drewmax", "Wojtek")),
    ("activity", "dopisz notkę do Gospody Pod Dębem – szef kuchni chce próbki", act("note", "Gospoda Pod Dębem")),
    ("activity", "zadzwoniłam do Ecotermu, przesuń ich na negocjacje", act("call", "Ecoterm"), [mv(None, "negotiation")]),
    ("activity", "wysłałam maila do Farbexu, przypomnij mi we wtorek żeby do nich zadzwonić",
     act("email", "Farbex"), [task(TUE)]),
    ("activity", "telefon do Agaty Pietrzak z Lakomixu, demo umówione na 3 grudnia o 11",
     act("call", "Lakomix", "Agata Pietrzak"), [task(DEC3, time="11:00")]),
    ("activity", "rano telefon do Sanmedu, potem mail do Termexu z ofertą",
     act("call", "Sanmed"), [act("email", "Termex")]),

    # deals (18: 6 creates, one with an amount correction; 3 moves, 2 won, 2 lost, 2 updates, 3 confirm)
    ("deal", "nowa szansa dla Stolbudu: 350 tyś zł, zamknięcie do 11 grudnia, etap oferta",
     new(None, account="Stolbud", amount=350000, currency="PLN", date=DEC11, stage="proposal")),
    ("deal", "nowa okazja z Brava Foods na 1,5 mln euro, negocjacje, zamknięcie do końca I kwartału",
     new(None, account="Brava Foods", amount=1500000, currency="EUR", date=MAR31, stage="negotiation")),
    ("deal", "wrzuć nową szansę: Klimatech, 85k PLN, kwalifikacja, termin 14.12",
     new(None, account="Klimatech", amount=85000, currency="PLN", date=DEC14, stage="qualified")),
    ("deal", "załóż szansę dla Pensjonatu Zdrój – 22 500 €, etap ofertowy, zamknięcie 7 grudnia",
     new(None, account="Pensjonat Zdrój", amount=22500, currency="EUR", date=DEC7, stage="proposal")),
    ("deal", "Fabryka Mebli Kalina – nowa szansa na pół miliona zł, negocjacje, decyzja do 22 stycznia",
     new(None, account="Fabryka Mebli Kalina", amount=500000, currency="PLN", date=JAN22, stage="negotiation")),
    ("deal", "nowa okazja Optivo, 61 tys. zł — pomyłka, 66 tys. zł, kwalifikacja, zamknięcie 21 grudnia",
     new(None, account="Optivo", amount=66000, currency="PLN", date=DEC21, stage="qualified")),
    ("deal", "przesuń Medikor do ofertowania", mv("Medikor", "proposal")),
    ("deal", "zmień etap Vitapaku na kwalifikację", mv("Vitapak", "qualified")),
    ("deal", "Grafex – jesteśmy już na negocjacjach", mv("Grafex", "negotiation")),
    ("deal", "Kompozyt podpisał umowę, wygrana 🎉", mv("Kompozyt", "won")),
    ("deal", "mamy Agroluxa! klient klepnął umowę", mv("Agrolux", "won")),
    ("deal", "przegraliśmy Bioplast, poszli do konkurencji bo taniej", mv("Bioplast", "lost")),
    ("deal", "Instalbud odpada – zamrozili budżet do lata", mv("Instalbud", "lost")),
    ("deal", "zmień kwotę Kalibru na 142 tys. PLN", up("Kaliber", amount=142000, currency="PLN")),
    ("deal", "Wentex przesuwa podpisanie na 15 marca", up("Wentex", date=MAR15)),
    ("deal", "Sadpol 90k", conf(I(AMT, amount=90000))),
    ("deal", "chyba tracimy Luxbud, nie odpisują od 3 tygodni", conf(mv("Luxbud", "lost"))),
    ("deal", "Kabelnet chyba gotowy na negocjacje, przesunąć?", conf(mv("Kabelnet", "negotiation"))),

    # tasks (9: one with a title, 2 completions)
    ("task", "jutro 8:30 telefon do Wentexu, wpisz mi to", task(TMR, time="08:30")),
    ("task", "we wtorek o 9:00 przypomnij, żeby podesłać próbki do Vitapaku", task(TUE, time="09:00")),
    ("task", "dodaj zadanie „przygotować ofertę dla Stolbudu” na 2 grudnia",
     task(WK2, title="przygotować ofertę dla Stolbudu")),
    ("task", "muszę do 16.12 zebrać feedback od Pensjonatu Zdrój, przypomnij", task(DEC16)),
    ("task", "ustaw przypomnienie do 30.11: odnowienie Agroluxu", task(EOM)),
    ("task", "za tydzień o 14 przypomnij o Kompozycie", task(WK1, time="14:00")),
    ("task", "todo na 8 stycznia: zadzwonić do Bioplastu czy wracają", task(JAN8)),
    ("task", "oznacz jako zrobione zadanie z umową dla Kalibru", done()),
    ("task", "przypomnienie o fakturze Optivo – załatwione ✅", done()),

    # queries (9: KPI this week, last week (team), week 44)
    ("query", "moje otwarte szanse?", I("show_pipeline", scope="me")),
    ("query", "co ma cały zespół w lejku?", I("show_pipeline", scope="team")),
    ("query", "jakie mam zaległe zadania?", I("show_tasks")),
    ("query", "statystyki za ten tydzień", I("kpi_digest", week=W47)),
    ("query", "jak poszło zespołowi w zeszłym tygodniu? KPI", I("kpi_digest", scope="team", week=W46)),
    ("query", "KPI za 44. tydzień", I("kpi_digest", week=W44)),
    ("query", "co wiemy o Mleczarni Rosa?", I("show_account", account="Mleczarnia Rosa")),
    ("query", "historia kontaktów z Transbudem", I("show_account", account="Transbud")),
    ("query", "wrzuć dzisiejszy standup", I("standup")),

    # plans (3)
    ("plan", "plan na dziś: 1. oferta Stolbud 2. telefon Kaliber 3. wizyta w Optivo", plan(3)),
    ("plan", "priorytety na dziś: Wentex, Medikor", plan(2)),
    ("plan", "moje top 3 na dzisiaj – domknąć Agrolux, zadzwonić do Bioplastu, przygotować demo dla Zentrix", plan(3)),

    # undo / help (4)
    ("undo_help", "usuń to, co przed chwilą dodałeś", I("undo")),
    ("undo_help", "pomyliłem firmy, to był Termobud, a nie Termodach", I("undo")),
    ("undo_help", "jak dodać nową szansę?", I("help")),
    ("undo_help", "pomocy, co ty w ogóle umiesz?", I("help")),

    # must not write (8)
    ("no_write", "dzwoniłem 2x do Rybexu, nikt nie odbiera", I(NEG)),
    ("no_write", "probowalam zlapac pania Beate z Apteki Slonecznej, tylko poczta glosowa", I(NEG)),
    ("no_write", "spotkanie z Klimatechem odwołane", I(NEG)),
    ("no_write", "Grafex przełożył prezentację na przyszły tydzień", I(NEG)),
    ("no_write", "jutro o 13:30 mam spotkanie z Zentrixem", task(TMR, time="13:30")),
    ("no_write", "czy zapisałam wczorajszy telefon do Sanmedu?", I(Q)),
    ("no_write", "wpisałem już wizytę w Norvik?", I(Q)),
    ("no_write", "spoko, dzięki wielkie 👍", I(CHAT)),
]

write("pl.jsonl", L)

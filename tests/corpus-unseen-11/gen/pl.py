"""pl.jsonl: 70 Polish rep messages, no lexicon. See ../README.md."""
from lib import *

# Every company and person in this file, in the nominative, for gen/check.py.
NAMES = ["Kornpol", "Stalgor", "Tarnovia", "Budmat", "Winnica Rycerska", "Ekofarm", "Synteka", "Mleczarnia Łąkowa",
         "Drobex", "Wiklinex", "Cegielnia Olszyna", "Brenlo", "Rolmex", "Szkoła Językowa Lingwa", "Kwiaciarnia Bratek",
         "Alufor", "Voltara", "Kawiarnia Kasztanowa",
         "Grażyna Kubiak", "Michał Stępień", "Iwona Mazur", "Bogdan Szulc", "Renata Kaczmarek", "Tadek", "Zdzisław",
         "Dorota Sikora", "Krystian Duda", "Jolanta Ptak", "Leszek", "Marzena Wilk"]

MLECZ = ["Mleczarnia Łąkowa", "Mleczarnia Lakowa"]

LINES = [
    # activities (15 single)
    ("act", "spotkanie z Grażyną Kubiak z Kornpolu, omawialiśmy warunki dostaw",
     act("meeting", "Kornpol", "Grażyna Kubiak")),
    ("act", "dzwoniłem do Michała Stępnia ze Stalgoru, prosi o nową wycenę", act("call", "Stalgor", "Michał Stępień")),
    ("act", "wysłałam maila do Iwony Mazur z Tarnovii z ofertą", act("email", "Tarnovia", "Iwona Mazur")),
    ("act", "demo dla Budmatu zrobione, było 5 osób", act("demo", "Budmat")),
    ("act", "bylem wczoraj po poludniu w Winnicy Rycerskiej", act(VISIT, "Winnica Rycerska", date=Y)),
    ("act", "notatka o Ekofarmie: po świętach przenoszą się do nowej siedziby, do tego czasu żadnych zakupów",
     act("note", "Ekofarm")),
    ("act", "miałem wideorozmowę z Bogdanem Szulcem z Synteki w pon rano",
     act(VIDEO, "Synteka", "Bogdan Szulc", date=MONP)),
    ("act", "rozmawialam telefonicznie z Renata Kaczmarek z Mleczarni Lakowej", act("call", MLECZ, "Renata Kaczmarek")),
    ("act", "w miniony czwartek byłam u Tadka w Drobexie", act(VISIT, "Drobex", "Tadek", date=THUP)),
    ("act", "szybki telefon do Wiklinexu w sprawie faktury", act("call", "Wiklinex")),
    ("act", "spotkałem się z panem Zdzisławem z Cegielni Olszyna, jest zainteresowany",
     act("meeting", "Cegielnia Olszyna", ["Zdzisław", "pan Zdzisław"])),
    ("act", "mail do Brenlo z cennikiem poszedł", act("email", "Brenlo")),
    ("act", "spotkanie z Dorotą Sikorą z Rolmexu wczoraj - nie, czekaj, w poniedziałek",
     act("meeting", "Rolmex", "Dorota Sikora", date=MONP)),
    ("act", "prezentacja produktu dla Szkoły Językowej Lingwa", act("demo", ["Szkoła Językowa Lingwa", "Lingwa"])),
    ("act", "odwiedziłem Kwiaciarnię Bratek, pogadałem z kierowniczką", act(VISIT, "Kwiaciarnia Bratek")),
    # activities with a second fact (4)
    ("act2", "dzwoniłem do Krystiana Dudy z Aluforu; Alufor do negocjacji", act("call", "Alufor", "Krystian Duda"),
     [mv("Alufor", "negotiation")]),
    ("act2", "spotkałam się z Jolantą Ptak z Voltary, przypomnij mi w piątek wysłać jej umowę",
     act("meeting", "Voltara", "Jolanta Ptak"), [task(FRI)]),
    ("act2", "rozmawiałem z Leszkiem z Kawiarni Kasztanowej, umówiłem demo na 10 grudnia o 13:00",
     act(VIDEO, "Kawiarnia Kasztanowa", "Leszek"), [task(DEC10, time="13:00")]),
    ("act2", "zadzwoniłam do Marzeny Wilk z Ekofarmu, a potem wysłałam maila z ofertą do Budmatu",
     act("call", "Ekofarm", "Marzena Wilk"), [act("email", "Budmat")]),
    # new deals (6)
    ("create", "nowa szansa: Kornpol, 480 tys. zł, zamknięcie do 15 stycznia, etap oferty",
     new(account="Kornpol", amount=480000, currency="PLN", date=JAN15, stage="proposal")),
    ("create", "nowa szansa dla Stalgoru – linia cięcia, 2,8 mln zł, etap: kwalifikacja",
     new(account="Stalgor", amount=2800000, currency="PLN", stage="qualified")),
    ("create", "dodaj szansę Tarnovia 75 tys. EUR, zamknięcie do końca lutego",
     new(account="Tarnovia", amount=75000, currency="EUR", date=FEB28)),
    ("create", "nowa szansa Synteka 260 tys zł... nie, 280 tys zł, negocjacje",
     new(account="Synteka", amount=280000, currency="PLN", stage="negotiation")),
    ("create", "nowa okazja: Winnica Rycerska, 36 000 €, zamknięcie 1 lutego",
     new(account="Winnica Rycerska", amount=36000, currency="EUR", date=FEB1)),
    ("create", "Brenlo chce wdrożenie, nowa szansa na około 300 tys., do końca kwietnia",
     new(account="Brenlo", amount=300000, date=APR30)),
    # stage moves, won, lost (7)
    ("move", "Wiklinex przechodzi do etapu oferty", mv("Wiklinex", "proposal")),
    ("move", "Budmat ma potwierdzony budżet, daj go na kwalifikację", mv("Budmat", "qualified")),
    ("move", "przenieś Drobex na negocjacje", mv("Drobex", "negotiation")),
    ("won", "Mleczarnia Łąkowa podpisała!! wygrana", mv(MLECZ, "won")),
    ("won", "mamy to – Rolmex wygrany, umowa na 3 lata", mv("Rolmex", "won")),
    ("lost", "Ekofarm przegrany, wybrali tańszego dostawcę", mv("Ekofarm", "lost")),
    ("lost", "Cegielnia Olszyna odpuściła, nie mają budżetu – zamknij jako przegraną", mv("Cegielnia Olszyna", "lost")),
    # updates (2)
    ("update", "Alufor – nowa kwota 120k zł", up("Alufor", amount=120000, currency="PLN")),
    ("update", "Tarnovia: przesuń datę zamknięcia na 4.12", up("Tarnovia", date=DEC4)),
    # unsure writes: the bot should ask (3)
    ("confirm", "Kawiarnia Kasztanowa 45 tys", conf(I(AMT, amount=45000))),
    ("confirm", "chyba straciliśmy Voltarę, jeszcze nie wiem na pewno", conf(mv("Voltara", "lost"))),
    ("confirm", "może Kwiaciarnię Bratek dać już na ofertę? nie jestem pewna", conf(mv("Kwiaciarnia Bratek", "proposal"))),
    # tasks (7) and completions (2)
    ("task", "przypomnij mi jutro o 10 zadzwonić do Grażyny", task(TMR, time="10:00")),
    ("task", "zadanie: przygotować umowę dla Kornpolu do 27 listopada",
     task(NOV27, title="przygotować umowę dla Kornpolu")),
    ("task", "w pon o 9 mam oddzwonić do Stalgoru", task(MON23, time="09:00")),
    ("task", "za 5 dni sprawdzić, czy Synteka opłaciła fakturę", task(MON23)),
    ("task", "nie daj mi zapomniec o wycenie dla Winnicy w piatek", task(FRI)),
    ("task", "przypomnienie na 10 grudnia: odnowienie licencji Brenlo", task(DEC10)),
    ("task", "do czwartku wysłać próbki do Mleczarni", task(TMR)),
    ("done", "zadanie z telefonem do Grażyny zrobione", done()),
    ("done", "zamknij zadanie z umową dla Kornpolu, gotowe", done()),
    # queries (9)
    ("query", "pokaż moje otwarte szanse", I("show_pipeline", scope="me")),
    ("query", "pipeline całego zespołu", I("show_pipeline", scope="team")),
    ("query", "jakie mam zadania?", I("show_tasks")),
    ("query", "KPI na ten tydzień", I("kpi_digest", week=W47)),
    ("query", "jak poszło zespołowi w zeszłym tygodniu?", I("kpi_digest", scope="team", week=W46)),
    ("query", "raport KPI za tydzień 42", I("kpi_digest", week=W42)),
    ("query", "co wiemy o Drobexie?", I("show_account", account="Drobex")),
    ("query", "pokaż kartę Synteki", I("show_account", account="Synteka")),
    ("query", "stand-up na dziś", I("standup")),
    # plans (3)
    ("plan", "plan na dziś: 1) umowa Kornpol 2) telefon do Tarnovii 3) demo w Lingwie", plan(3)),
    ("plan", "priorytety: wycena Drobex, spotkanie w Brenlo", plan(2)),
    ("plan", "mój plan na dzis\n- oferta dla Synteki\n- próbki do Mleczarni\n- faktura Wiklinex", plan(3)),
    # undo and help (4)
    ("undo", "cofnij", I("undo")),
    ("undo", "to nie był Budmat tylko Stalgor, cofnij ostatnie", I("undo")),
    ("help", "pomocy, co ty w ogóle umiesz?", I("help")),
    ("help", "jak mam zapisać spotkanie?", I("help")),
    # must not log an activity (8)
    ("neg", "dzwoniłem do Bogdana Szulca, nie odebrał", I(NEG)),
    ("neg", "nie dojechałam dziś do Drobexu, korki na obwodnicy", I(NEG)),
    ("neg", "Iwona odwolala dzisiejsze spotkanie", I(NEG)),
    ("neg", "spotkanie z Kornpolem przesunięte na przyszły tydzień", I(NEG)),
    ("future", "jutro o 14:30 spotkanie z Dorotą w Rolmexie", task(TMR, time="14:30")),
    ("question", "czy zapisałem wczorajszy telefon do Stalgoru?", I(Q)),
    ("question", "kto ostatnio rozmawiał z Synteką?", I(Q)),
    ("chat", "dzięki, dobra robota", I(CHAT)),
]

if __name__ == "__main__":
    write("pl.jsonl", LINES)

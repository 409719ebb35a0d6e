"""corpus-unseen-10/en-demo.jsonl: 30 English messages on the demo team (parse-eval --parse-args "--demo").

Demo names (DemoTeam.cs): reps Anna, Ben, Chloe, manager Maria; contacts and deals of the nine demo accounts.
A contact typed by first name accepts the full name the lexicon knows; a deal by a short form accepts its full name.
An account only implied by a contact is left out.
"""
from lib import *

def deal(*names): return list(names)

L = [
    # activities with contacts and colleagues (9: 7 single, 2 two-fact)
    ("activity", "jonas at fabrikam called, ben was on the line too",
     act("call", "Fabrikam", ["jonas", "Jonas Weber"], colleagues=["Ben"])),
    ("activity", "visited alpine ski house with chloe, nils showed us round the rental shop",
     act(VISIT, "Alpine Ski House", ["nils", "Nils Berg"], colleagues=["Chloe"])),
    ("activity", "teams call with priya about the pilot, anna sat in",
     act(VIDEO, con=["priya", "Priya Shah"], colleagues=["Anna"])),
    ("activity", "emailed tom hansen the licence breakdown", act("email", con="tom hansen")),
    ("activity", "demo for woodgrove bank yesterday, laura brought 2 analysts, maria and chloe came along",
     act("demo", "Woodgrove Bank", ["laura", "Laura Chen"], Y, colleagues=["Maria", "Chloe"])),
    ("activity", "quick note on wide world importers: olga's back from leave monday", act("note", "Wide World Importers")),
    ("activity", "had coffee with sam rivera on fri, sounds like tailspin might come back next yr",
     act("meeting", con="sam rivera", date=FRIP)),
    ("activity", "called olga re the expansion, moving wide world to negotiation",
     act("call", con=["olga", "Olga Petrova"]),
     [mv(deal("wide world", "Wide World Importers expansion"), "negotiation")]),
    ("activity", "met kevin park at contoso with ben, follow-up demo booked dec 3 2pm",
     act("meeting", "Contoso", "kevin park", colleagues=["Ben"]), [task(DEC3, time="14:00")]),

    # deals by short names (9: 2 creates, 1 move, 1 won, 1 lost, 2 updates, 2 confirm)
    ("deal", "contoso's in negotiation now", mv(deal("contoso", "Contoso upgrade"), "negotiation")),
    ("deal", "fabrikam signed! mark it won", mv(deal("fabrikam", "Fabrikam rollout"), "won")),
    ("deal", "northwind pilot is dead, they're building it in-house", mv(deal("northwind pilot"), "lost")),
    ("deal", "woodgrove bank analytics - amount's now 175k", up(deal("woodgrove bank analytics"), amount=175000)),
    ("deal", "season pass deal closes jan 8 now",
     up(deal("season pass", "season pass deal", "Alpine Ski House season pass"), date=JAN8)),
    ("deal", "new deal for litware: support add-on, 14k, qualified",
     new(None, account="Litware", amount=14000, stage="qualified")),
    ("deal", "open a fresh deal w tailspin toys - €9k, lead, close feb 5",
     new(None, account="Tailspin Toys", amount=9000, currency="EUR", stage="lead", date=FEB5)),
    ("deal", "contoso 45k", conf(I(AMT, amount=45000))),
    ("deal", "adventure works renewal looks shaky, probably lost?",
     conf(mv(deal("adventure works renewal"), "lost"))),

    # tasks (2: 1 add, 1 completion of a demo task in other words)
    ("task", "remind me to chase priya on the pilot feedback next tue 10am", task(TUE, time="10:00")),
    ("task", "prepped the fabrikam negotiation notes, close that task", done()),

    # queries (4: another rep's pipeline and KPIs, an account, the team this week)
    ("query", "what's chloe got in her pipeline", I("show_pipeline", scope="Chloe")),
    ("query", "kpis for ben, week 45", I("kpi_digest", scope="Ben", week=W45)),
    ("query", "show me tailspin toys", I("show_account", account="Tailspin Toys")),
    ("query", "team kpis this week vs target", I("kpi_digest", scope="team", week=W47)),

    # plans (2)
    ("plan", "today: close out fabrikam, call nils, quote for contoso", plan(3)),
    ("plan", "priorities for today - woodgrove prep + litware invoice", plan(2)),

    # undo (1)
    ("undo_help", "undo - that was meant for northwind not contoso", I("undo")),

    # must not write (3)
    ("no_write", "couldn't reach laura at woodgrove bank, straight to voicemail", I(NEG)),
    ("no_write", "did chloe log the alpine ski house visit?", I(Q)),
    ("no_write", "kevin cancelled tomorrow's call, will rebook", I(NEG)),
]

write("en-demo.jsonl", L)

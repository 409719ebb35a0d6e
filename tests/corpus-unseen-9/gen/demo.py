"""en-demo.jsonl: English messages against the demo team (`parse --demo`): reps Anna, Ben, Chloe, manager Maria."""
from lib import *

L = [
    # --- activities (9; 2 two-fact) ---
    ("act", "met jonas at fabrikam with ben", act("meeting", "Fabrikam", ["Jonas", "Jonas Weber"], colleagues=["Ben"])),
    ("act", "chloe and I visited tailspin toys yesterday", act(VISIT, "Tailspin Toys", date=Y, colleagues=["Chloe"])),
    ("act", "quick call with laura chen re analytics scope", act("call", None, "Laura Chen")),
    ("act", "demo for adventure works this morning, anna + maria joined", act("demo", "Adventure Works", colleagues=["Anna", "Maria"])),
    ("act", "emailed olga the revised price list", act("email", None, ["Olga", "Olga Petrova"])),
    ("act", "teams call w/ nils berg and chloe", act(VIDEO, None, "Nils Berg", colleagues=["Chloe"])),
    ("act", "note on litware: tom hansen moves to a new role in feb", act("note", "Litware")),
    ("act", "called priya at northwind, pilot moves to proposal",
     act("call", ["Northwind", "Northwind Traders"], ["Priya", "Priya Shah"]), [mv(["pilot", "Northwind pilot"], "proposal")]),
    ("act", "coffee with kevin park (contoso), remind me to send him the case study tomorrow",
     act("meeting", "Contoso", "Kevin Park"), [task(TMR)]),
    # --- deals (9; 2 confirm) ---
    ("deal", "fabrikam rollout won!!", mv("Fabrikam rollout", "won")),
    ("deal", "wide world importers expansion into negotiation", mv("Wide World Importers expansion", "negotiation")),
    ("deal", "lost alpine ski house season pass, budget cut", mv("Alpine Ski House season pass", "lost")),
    ("deal", "contoso upgrade now 46k", up("Contoso upgrade", amount=46000)),
    ("deal", "push the adventure works renewal close date to jan 14", up("Adventure Works renewal", date=JAN14)),
    ("deal", "new deal for litware: support add-on, €12k", new(None, account="Litware", amount=12000, currency="EUR")),
    ("deal", "new opp with tailspin toys 25k eur, lead", new(None, account="Tailspin Toys", amount=25000, currency="EUR", stage="lead")),
    ("deal", "northwind 15k", conf(I(AMT, amount=15000))),
    ("deal", "woodgrove might go to qualified soon-ish", conf(mv(["woodgrove", "Woodgrove Bank", "Woodgrove Bank analytics"], "qualified"))),
    # --- tasks (2; 1 completion) ---
    ("task", "remind me to call eva novak monday 10am", task(MON, time="10:00")),
    ("task", "finished the renewal paperwork for adventure works, tick it off", done()),
    # --- queries (4) ---
    ("query", "ben's pipeline", I("show_pipeline", scope="Ben")),
    ("query", "how did anna do last week", I("kpi_digest", scope="Anna", week=W46)),
    ("query", "anything new on wide world importers?", I("show_account", account="Wide World Importers")),
    ("query", "my tasks for today", I("show_tasks")),
    # --- plans (2) ---
    ("plan", "plan today - fabrikam negotiation notes, call kevin, woodgrove demo prep", plan(3)),
    ("plan", "top priorities: litware upsell, alpine follow-up", plan(2)),
    # --- undo (1) ---
    ("undo", "undo that, wrong contact", I("undo")),
    # --- must not write (3) ---
    ("neg", "tried sam rivera at tailspin, no pickup", I(NEG)),
    ("neg", "did chloe already log the woodgrove call?", I(Q)),
    ("neg", "the call with jonas got moved to next week", I(NEG)),
]

write("en-demo.jsonl", L)

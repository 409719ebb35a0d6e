"""en-demo.jsonl: 30 English messages on the demo team (`parse --demo`) (corpus-unseen-13)."""
from lib import *

NAMES = []  # only the demo team's own names

KEVIN = ["Kevin Park", "Kevin"]; PRIYA = ["Priya Shah", "Priya"]; OLGA = ["Olga Petrova", "Olga"]
NORTHWIND = ["Northwind Traders", "Northwind"]

LINES = [
    # --- activities (9; 2 two-fact)
    ("act", "met laura chen at woodgrove bank, ben came too", act("meeting", "Woodgrove Bank", "Laura Chen", colleagues=["Ben"])),
    ("act", "call with kevin at contoso, chloe dialled in", act("call", "Contoso", KEVIN, colleagues=["Chloe"])),
    ("act", "gave priya the northwind traders demo, anna handled the q&a", act("demo", NORTHWIND, PRIYA, colleagues=["Anna"])),
    ("act", "emailed jonas weber at fabrikam the updated sla", act("email", "Fabrikam", "Jonas Weber")),
    ("act", "maria and i had dinner with eva novak from adventure works", act("meeting", "Adventure Works", "Eva Novak", colleagues=["Maria"])),
    ("act", "note on litware: procurement handles all renewals from now on", act("note", "Litware")),
    ("act", "teams call with olga from wide world importers yesterday, chloe and ben were on",
     act(VIDEO, "Wide World Importers", OLGA, date=Y, colleagues=["Chloe", "Ben"])),
    ("act", "call with nils berg at alpine ski house, season pass moves to qualified", act("call", "Alpine Ski House", "Nils Berg"),
     [mv(["Alpine Ski House season pass", "season pass"], "qualified")]),
    ("act", "on-site at tailspin toys with sam rivera this morning, remind me friday to send the recap",
     act(VISIT, "Tailspin Toys", "Sam Rivera"), [task(FRI)]),
    # --- deals (9; 2 creates, a move, a win, a loss, 2 updates, 2 confirm)
    ("deal", "new deal for litware: 46k eur, proposal, close dec 17",
     new(account="Litware", amount=46000, currency="EUR", stage="proposal", date=DEC17)),
    ("deal", "new deal woodgrove bank mobile app 215k, qualified, closing feb 24",
     new("Woodgrove Bank mobile app", amount=215000, stage="qualified", date=FEB24)),
    ("deal", "contoso upgrade is in negotiation now", mv("Contoso upgrade", "negotiation")),
    ("deal", "adventure works renewal signed 🙌", mv("Adventure Works renewal", "won")),
    ("deal", "lost the wide world deal, they froze all spend",
     mv(["Wide World Importers expansion", "wide world deal", "wide world"], "lost")),
    ("deal", "northwind pilot is now 15k", up("Northwind pilot", amount=15000)),
    ("deal", "fabrikam rollout close date moved to dec 23", up("Fabrikam rollout", date=DEC23)),
    ("deal", "tailspin 12k", conf(I(AMT, amount=12000))),
    ("deal", "i reckon fabrikam is basically won, just waiting on the paperwork",
     conf(mv(["Fabrikam rollout", "fabrikam"], "won"))),
    # --- tasks (2; 1 completion)
    ("task", "remind me to call priya monday 10am", task(MON23, time="10:00")),
    ("task", "booked the woodgrove demo, that task is done", done()),
    # --- queries (4)
    ("query", "anna's open deals", I("show_pipeline", scope="Anna")),
    ("query", "how many meetings did ben have last week", I("kpi_digest", scope="Ben", week=W46)),
    ("query", "contoso account overview", I("show_account", account="Contoso")),
    ("query", "team kpis this week", I("kpi_digest", scope="team", week=W47)),
    # --- plans (2)
    ("plan", "today: close fabrikam, chase olga, prep woodgrove demo", plan(3)),
    ("plan", "plan\n- litware upsell call\n- northwind pilot review", plan(2)),
    # --- undo (1)
    ("undo", "scrap the last one", I("undo")),
    # --- must not write (3)
    ("nowrite", "eva novak cancelled our friday meeting", I(NEG)),
    ("nowrite", "tried kevin at contoso 3 times, no answer", I(NEG)),
    ("nowrite", "is laura chen still at woodgrove bank?", I(Q)),
]

if __name__ == "__main__":
    write("en-demo.jsonl", LINES)

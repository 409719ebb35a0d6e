"""en-demo.jsonl for corpus-unseen-12: 30 English messages about the demo team (scored with --parse-args "--demo").

Contacts typed by first name accept the full name the lexicon knows; accounts and deals typed in a short form accept
the lexicon's name too (cli.md: "the deal as referred to").
"""
from lib import *

NAMES = []  # the demo team's own names only (src/SalesBot.Core/Demo/DemoTeam.cs)

NORTHWIND = ["Northwind Traders", "Northwind"]
SEASON_PASS = ["Alpine Ski House season pass", "season pass"]

LINES = [
    # activities (7 single)
    ("act", "anna tagged along to the contoso meeting with kevin",
     act("meeting", "Contoso", ["Kevin Park", "Kevin"], colleagues=["Anna"])),
    ("act", "phoned priya at northwind about the pilot scope, ben was on too",
     act("call", NORTHWIND, ["Priya Shah", "Priya"], colleagues=["Ben"])),
    ("act", "emailed nils the season pass pricing", act("email", con=["Nils Berg", "Nils"])),
    ("act", "visited woodgrove bank with maria yesterday, met laura chen",
     act(VISIT, "Woodgrove Bank", "Laura Chen", Y, colleagues=["Maria"])),
    ("act", "did a demo for tom hansen at litware this monday, chloe co-presented",
     act("demo", "Litware", "Tom Hansen", MONP, colleagues=["Chloe"])),
    ("act", "note - eva novak says the adventure works board meets again in february",
     act("note", "Adventure Works", "Eva Novak")),
    ("act", "quick call w sam rivera, sounds like tailspin may reopen the crm talks", act("call", con="Sam Rivera")),
    # activities, two facts (2)
    ("act", "good chat with olga on the phone, move wide world importers expansion to negotiation",
     act("call", con=["Olga Petrova", "Olga"]), [mv("Wide World Importers expansion", "negotiation")]),
    ("act", "met jonas weber at fabrikam this morning with ben, set up a follow-up call for friday 10am",
     act("meeting", "Fabrikam", "Jonas Weber", colleagues=["Ben"]), [task(FRI, time="10:00")]),

    # deals (2 creates, a move, a win, a loss, 2 updates, 2 confirm)
    ("deal", "new deal: contoso support plan, 18k eur, close dec 15, qualified",
     new("contoso support plan", amount=18000, currency="EUR", date=DEC15, stage="qualified")),
    ("deal", "new deal with alpine ski house for lift ticket kiosks, 31k, closing jan 26, lead",
     new(account="Alpine Ski House", amount=31000, date=JAN26, stage="lead")),
    ("deal", "woodgrove bank analytics is qualified now", mv("Woodgrove Bank analytics", "qualified")),
    ("deal", "adventure works renewal signed, we won it", mv("Adventure Works renewal", "won")),
    ("deal", "lost the contoso upgrade, price was too high for them", mv("Contoso upgrade", "lost")),
    ("deal", "fabrikam rollout is up to 95k eur", up("Fabrikam rollout", amount=95000, currency="EUR")),
    ("deal", "push the season pass close date to dec 22", up(SEASON_PASS, date=DEC22)),
    ("deal", "woodgrove 160k", conf(I(AMT, amount=160000))),
    ("deal", "northwind might be ready for proposal, not sure yet",
     conf(mv(["Northwind pilot", "Northwind"], "proposal"))),

    # tasks (1 + 1 completion of a demo task)
    ("task", "remind me to send laura chen the dpa by monday", task(MON23)),
    ("task", "close the task about the revised contoso quote, it's done", done()),

    # queries (4)
    ("query", "what does ben have in the pipeline", I("show_pipeline", scope="Ben")),
    ("query", "how many demos did chloe do last week", I("kpi_digest", scope="Chloe", week=W46)),
    ("query", "show tailspin toys", I("show_account", account="Tailspin Toys")),
    ("query", "what do i have due today", I("show_tasks")),

    # plans (2, one a multi-line list)
    ("plan", "my 3 for today: close fabrikam, prep the woodgrove demo, call nils", plan(3)),
    ("plan", "today:\n1. contoso quote\n2. olga follow up", plan(2)),

    # undo (1)
    ("undo", "undo, that was the wrong contact", I("undo")),

    # must not write (3)
    ("neg", "kevin park didnt answer", I(NEG)),
    ("neg", "tomorrow's meeting with eva got cancelled", I(NEG)),
    ("neg", "did ben log the litware call?", I(Q)),
]

if __name__ == "__main__":
    assert len(LINES) == 30, len(LINES)
    write("en-demo.jsonl", LINES)

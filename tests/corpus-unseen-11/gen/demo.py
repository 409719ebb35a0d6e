"""en-demo.jsonl: 30 English messages about the demo team's names (scored with --parse-args "--demo"). See ../README.md."""
from lib import *

# Demo names used here come from src/SalesBot.Core/Demo/DemoTeam.cs; none is invented.
NAMES = []

WOODGROVE = ["Woodgrove Bank", "woodgrove"]

LINES = [
    # activities (7 single)
    ("act", "call with jonas at fabrikam, ben listened in, they want net 60 terms",
     act("call", "Fabrikam", ["Jonas Weber", "Jonas"], colleagues=["Ben"])),
    ("act", "chloe and maria joined me for lunch with laura chen from woodgrove",
     act("meeting", WOODGROVE, "Laura Chen", colleagues=["Chloe", "Maria"])),
    ("act", "emailed eva novak the renewal draft", act("email", con="Eva Novak")),
    ("act", "visited alpine ski house with anna yesterday, nils showed us the lifts",
     act(VISIT, "Alpine Ski House", date=Y, colleagues=["Anna"])),
    ("act", "gave northwind traders a demo monday, priya + 2 of their engineers", act("demo", "Northwind Traders", date=MONP)),
    ("act", "note on tailspin toys: sam rivera moved to a new company", act("note", "Tailspin Toys")),
    ("act", "quick phone call with tom hansen at litware, they might need more seats next year",
     act("call", "Litware", "Tom Hansen")),
    # activities with a second fact (2)
    ("act2", "talked to olga on the phone, wide world importers moves to negotiation",
     act("call", con=["Olga Petrova", "Olga"]),
     [mv(["Wide World Importers expansion", "Wide World Importers"], "negotiation")]),
    ("act2", "met kevin park at contoso with chloe, remind me to send him the sla on friday",
     act("meeting", "Contoso", "Kevin Park", colleagues=["Chloe"]), [task(FRI)]),
    # deals (9)
    ("create", "new deal: litware training package, 26k eur, close jan 15, proposal",
     new(["Litware training package", "training package"], amount=26000, currency="EUR", date=JAN15, stage="proposal")),
    ("create", "new deal with adventure works for the extra warehouses, 60k, lead",
     new(account="Adventure Works", amount=60000, stage="lead")),
    ("move", "northwind pilot is at proposal now", mv("Northwind pilot", "proposal")),
    ("won", "adventure works renewal signed today!!", mv("Adventure Works renewal", "won")),
    ("lost", "lost alpine ski house's season pass, they chose a local vendor",
     mv(["Alpine Ski House season pass", "alpine ski house's season pass", "season pass", "Alpine Ski House"], "lost")),
    ("update", "fabrikam rollout is now 92k", up("Fabrikam rollout", amount=92000)),
    ("update", "woodgrove bank analytics: closing now feb 1", up("Woodgrove Bank analytics", date=FEB1)),
    ("confirm", "contoso 47k", conf(I(AMT, amount=47000))),
    ("confirm", "pretty sure we're losing fabrikam, not confirmed yet", conf(mv(["Fabrikam rollout", "Fabrikam"], "lost"))),
    # tasks (1) and completions (1)
    ("task", "remind me to prep the woodgrove demo deck next tuesday 9:00", task(TUE24, time="09:00")),
    ("done", "close the task about calling kevin re the pilot", done()),
    # queries (4)
    ("query", "pipeline for anna", I("show_pipeline", scope="Anna")),
    ("query", "how many calls did chloe make last week", I("kpi_digest", scope="Chloe", week=W46)),
    ("query", "what's the latest on litware", I("show_account", account="Litware")),
    ("query", "team standup please", I("standup")),
    # plans (2)
    ("plan", "today: contoso quote, fabrikam legal call, book woodgrove demo", plan(3)),
    ("plan", "my plan - 1 northwind pilot review 2 olga follow-up", plan(2)),
    # undo (1)
    ("undo", "no, that was fabrikam not contoso - undo it", I("undo")),
    # must not write (3)
    ("neg", "tried calling laura at woodgrove, straight to voicemail", I(NEG)),
    ("question", "did ben log the litware meeting?", I(Q)),
    ("neg", "jonas postponed the fabrikam call to next month", I(NEG)),
]

if __name__ == "__main__":
    write("en-demo.jsonl", LINES)

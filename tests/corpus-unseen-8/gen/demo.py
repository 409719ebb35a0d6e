"""English rep messages for corpus-unseen-8 that use the demo team's names (run parse with --demo).
Run: python3 gen/demo.py
Members: Anna, Ben, Chloe (reps), Maria (manager). A name the lexicon knows accepts its full form and the short form
written; an account not written (only implied by a contact) is not expected."""
from lib import *

NW = ["Northwind Traders", "Northwind"]

L = [
    # --- activities (12, two with a second fact) ---
    ("act", "met jonas weber at fabrikam w/ Ben this morning",
     act("meeting", "Fabrikam", "Jonas Weber", colleagues=["Ben"])),
    ("act", "call w/ priya shah, northwind", act("call", NW, "Priya Shah")),
    ("act", "emailed Laura Chen the security questionnaire", act("email", con="Laura Chen")),
    ("act", "demo for tom hansen at litware w/ chloe and anna yday",
     act("demo", "Litware", "Tom Hansen", date=Y, colleagues=["Chloe", "Anna"])),
    ("act", "visited Adventure Works on mon, Eva Novak showed us around", act(VISIT, "Adventure Works", "Eva Novak", date=D2)),
    ("act", "teams call w/ olga petrova + maria", act(VIDEO, con="Olga Petrova", colleagues=["Maria"])),
    ("act", "note on alpine ski house: nils berg leaves in dec", act("note", "Alpine Ski House")),
    ("act", "rang sam rivera at tailspin last friday, no hard feelings abt the loss",
     act("call", ["Tailspin Toys", "Tailspin"], "Sam Rivera", date=LF)),
    ("act", "kevin park called me back re the contoso upgrade", act("call", con="Kevin Park")),
    ("act", "lunch with Maria Lopez from Contoso, Ben joined",
     act("meeting", "Contoso", "Maria Lopez", colleagues=["Ben"])),
    ("act", "demo at woodgrove bank w/ laura chen, moving the analytics deal to qualified",
     act("demo", "Woodgrove Bank", "Laura Chen"), [mv(["Woodgrove Bank analytics", "analytics"], "qualified")]),
    ("act", "called nils berg @ alpine ski house, remind me tue to send the season pass quote",
     act("call", "Alpine Ski House", "Nils Berg"), [task(TUE, "send the season pass quote")]),

    # --- deals (12; three confirm) ---
    ("deal", "contoso upgrade → negotiation", mv("Contoso upgrade", "negotiation")),
    ("deal", "fabrikam rollout won!!", mv("Fabrikam rollout", "won")),
    ("deal", "northwind pilot to proposal", mv("Northwind pilot", "proposal")),
    ("deal", "we lost the adventure works renewal, they went in-house", mv("Adventure Works renewal", "lost")),
    ("deal", "wide world importers expansion now 70k", up("Wide World Importers expansion", amount=70000)),
    ("deal", "alpine ski house season pass close date jan 29", up("Alpine Ski House season pass", date=JAN29)),
    ("deal", "new deal litware add-on seats 14k eur", new("Litware add-on seats", amount=14000, currency="EUR")),
    ("deal", "new opp at tailspin toys: relaunch, $9,500, close end of month",
     d(intent="create_deal", account="Tailspin Toys", amount=9500, currency="USD", date=EOM)),
    ("deal", "woodgrove analytics bumped to 165k", up(["Woodgrove Bank analytics", "woodgrove analytics"], amount=165000)),
    ("deal", "fabrikam 90k", conf(I(AMT, amount=90000))),
    ("deal", "northwind might be lost, waiting to hear back", conf(mv(["Northwind pilot", "Northwind"], "lost"))),
    ("deal", "pretty sure contoso will sign, mark it won?", conf(mv(["Contoso upgrade", "Contoso"], "won"))),

    # --- tasks (3; one completion) ---
    ("task", "remind me tmrw 4pm to call kevin", task(TMR, "call kevin", "16:00")),
    ("task", "todo: send Olga the revised pricing by fri", task(FRI, "send Olga the revised pricing")),
    ("task", "done: follow up with Olga", done("follow up with Olga")),

    # --- queries (5) ---
    ("query", "ben's pipeline", I("show_pipeline", scope="Ben")),
    ("query", "pipeline for the whole team", I("show_pipeline", scope="team")),
    ("query", "chloe's numbers last week", I("kpi_digest", scope="Chloe", week=W46)),
    ("query", "what's happening w/ woodgrove bank", I("show_account", account="Woodgrove Bank")),
    ("query", "my tasks", I("show_tasks")),

    # --- plans (2) ---
    ("plan", "plan: close fabrikam, northwind proposal, call priya", plan(3)),
    ("plan", "top 3 today — contoso pricing / woodgrove demo prep / admin", plan(3)),

    # --- undo / help (2) ---
    ("undo", "undo that last one", I("undo")),
    ("undo", "what can I type here?", I("help")),

    # --- must not write (4) ---
    ("neg", "called Eva Novak, straight to voicemail", I(NEG)),
    ("neg", "fabrikam meeting w/ jonas cancelled", I(NEG)),
    ("neg", "did Anna log the litware call?", I(Q)),
    ("neg", "nice job team 💪", I(CHAT)),
]

write("en-demo.jsonl", L)

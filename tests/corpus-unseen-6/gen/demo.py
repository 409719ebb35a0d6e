"""en-demo.jsonl: 60 English rep messages against the demo team (`parse --demo`): its members, accounts, contacts, deals."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

CON = ["contoso"]; FAB = ["fabrikam", "Fabrikam"]; NW = ["northwind", "Northwind Traders"]; WG = ["woodgrove", "Woodgrove Bank"]
LIT = ["litware"]; AW = ["adventure works", "Adventure Works"]; TT = ["tailspin", "Tailspin Toys"]
WW = ["wide world", "Wide World Importers"]; ALP = ["alpine", "Alpine Ski House"]

L = [
    # ---- activities (21)
    ("act", "rang kevin re the contoso upgrade", act("call", CON, ["kevin", "Kevin Park"])),
    ("act", "met jonas at fabrikam w ben this am", act("meeting", FAB, ["jonas", "Jonas Weber"], colleagues=["Ben"])),
    ("act", "northwind onsite yday chloe came along", act(VISIT, NW, date=Y, colleagues=["Chloe"])),
    ("act", "emailed laura chen the security questionnaire", act("email", con=["laura chen", "Laura Chen"])),
    ("act", "demo at woodgrove w anna and ben, laura brought 2 ppl from IT", act("demo", WG, colleagues=["Anna", "Ben"])),
    ("act", "call w tom hansen from litware on monday", act("call", LIT, ["tom hansen", "Tom Hansen"], date=D2)),
    ("act", "lunch with eva @ adventure works", act("meeting", AW, ["eva", "Eva Novak"])),
    ("act", "teams call w wide world + maria joined", act(VIDEO, WW, colleagues=["Maria"])),
    ("act", "priya shah rang me back about the northwind pilot", act("call", NW, ["priya shah", "Priya Shah"])),
    ("act", "visited alpine ski house last fri, nils showed us the lifts", act(VISIT, ALP, date=LF)),
    ("act", "mtg w sam rivera (tailspin) - no wait it was a call", act("call", TT, ["sam rivera", "Sam Rivera"])),
    ("act", "fabrkam call this morning.. no wait yesterday", act("call", FAB + ["fabrkam"], date=Y)),
    ("act", "olga petrova and i had coffee, wide world wants to expand to 3 sites", act("meeting", WW, ["olga petrova", "Olga Petrova"])),
    ("act", "note on contoso: kevin is leaving in jan, new contact tbd", act("note", CON)),
    ("act", "demo'd the dashboards to adventure works with chloe", act("demo", AW, colleagues=["Chloe"])),
    ("act", "sent litware the renewal quote", act("email", LIT)),
    # two-fact
    ("act", "called woodgrove and booked a follow up for next thursday", act("call", WG), [task(NTH)]),
    ("act", "met priya at northwind, moving northwind pilot to proposal", act("meeting", NW, ["priya", "Priya Shah"]), [mv(["northwind pilot", "Northwind pilot"], "proposal")]),
    ("act", "call with jonas then emailed fabrikam the revised sow", act("call", FAB, ["jonas", "Jonas Weber"]), [act("email", FAB + [None])]),
    ("act", "alpine visit w ben done + push alpine ski house season pass close to dec 18", act(VISIT, ALP, colleagues=["Ben"]), [up(["alpine ski house season pass", "Alpine Ski House season pass"], date=DEC18)]),
    ("act", "emailed eva novak the contract, remind me mon to chase her", act("email", AW + [None], ["eva novak", "Eva Novak"]), [task(MON)]),
    # ---- deals (12)
    ("deal", "contoso upgrade to negotiation", mv(["contoso upgrade", "Contoso upgrade"], "negotiation")),
    ("deal", "WON fabrikam rollout!! 🎉", mv(["fabrikam rollout", "Fabrikam rollout"], "won")),
    ("deal", "lost wide world expansion, budget cut", mv(["wide world expansion", "Wide World Importers expansion"], "lost")),
    ("deal", "woodgrove analytics is qualified", mv(["woodgrove analytics", "Woodgrove Bank analytics"], "qualified")),
    ("deal", "adventure works renewal amount 26k", up(["adventure works renewal", "Adventure Works renewal"], amount=26000)),
    ("deal", "northwind pilot close date end of month", up(["northwind pilot", "Northwind pilot"], date=EOM)),
    ("deal", "correction: alpine season pass is 11.5k not 9.5k", up(["alpine season pass", "Alpine Ski House season pass"], amount=11500)),
    ("deal", "new deal: litware support contract €18k close jan 29", new("litware support contract", amount=18000, currency="EUR", date=JAN29)),
    ("deal", "woodgrove 175k", conf(I(AMT, deal=WG + ["Woodgrove Bank analytics"], amount=175000))),
    ("deal", "tailspin crm looks lost, sam stopped answering", conf(mv(["tailspin crm", "Tailspin Toys CRM"], "lost"))),
    ("deal", "new opp contoso training 1.2m", new("contoso training", amount=1200000)),
    # two-fact
    ("deal", "new deal fabrikam phase 2 95 grand + remind me the 14th to send terms", new("fabrikam phase 2", amount=95000), [task(DEC14)]),
    # ---- tasks (9)
    ("task", "remind me to call kevin fri 10am", task(FRI, title=["call kevin"], time="10:00")),
    ("task", "remind me next tue to send woodgrove the deck", task(TUE, title="send woodgrove the deck")),
    ("task", "todo: litware renewal paperwork by eom", task(EOM)),
    ("task", "remind me tmrw 3pm chase olga", task(TMR, time="15:00")),
    ("task", "remind me in 2 weeks to check the northwind pilot", task(W2, title="check the northwind pilot")),
    ("task", "mark 'call nils' done", done("call nils")),
    ("task", "done: send fabrikam the sow", done("send fabrikam the sow")),
    ("task", "remind me jan 8 to ask tom hansen about budget", task(JAN8, title="ask tom hansen about budget")),
    ("task", "remind me dec 4th prep contoso qbr", task(DEC4)),
    # ---- queries (7)
    ("query", "my pipeline", I("show_pipeline", scope="me")),
    ("query", "chloe's pipeline", I("show_pipeline", scope="Chloe")),
    ("query", "how did ben do last week", I("kpi_digest", scope="Ben", week=W46)),
    ("query", "whats up with fabrikam", I("show_account", account=FAB)),
    ("query", "team kpis this week", I("kpi_digest", scope="team", week=W47)),
    ("query", "my tasks pls", I("show_tasks")),
    ("query", "standup for today", I("standup")),
    # ---- plans (2)
    ("plan", "top 3 today: contoso negotiation, woodgrove follow up, alpine visit", plan(3)),
    ("plan", "plan for today: litware renewal and tailspin win-back", plan(2)),
    # ---- undo / help / corrections (3)
    ("misc", "undo pls", I("undo")),
    ("misc", "how do i log a demo?", I("help")),
    ("misc", "correction: litware support contract is 20k not 18k", up("litware support contract", amount=20000)),
    # ---- must not write (6)
    ("nolog", "tried laura twice, straight to vm", I(NEG)),
    ("nolog", "adventure works pushed our meeting, no new date yet", I(NEG)),
    ("nolog", "has ben put in the fabrikam call yet?", I(Q)),
    ("nolog", "ben that contoso pitch was fire 🔥", I(CHAT)),
    ("nolog", "whos been quiet today, no logs?", I(WHO)),
    ("nolog", "demo for wide world next thursday 2pm w chloe", task(NTH, time="14:00")),
]
write("en-demo.jsonl", L, DEMO_MIX, (5, 7))

"""English on the demo team (scored with --demo). Writes ../en-demo.jsonl."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

L = [
    ("act", "call with priya shah this morning about the pilot scope", act("call", con="priya shah")),
    ("act", "met jonas weber at fabrikam yesterday with ben", act("meeting", ["fabrikam"], "jonas weber", Y, colleagues=["Ben"])),
    ("act", "emailed eva novak the renewal paperwork", act("email", con="eva novak")),
    ("act", "demo at northwind on monday, chloe and anna joined", act("demo", ["northwind", "Northwind Traders"], date=D2, colleagues=["Chloe", "Anna"])),
    ("act", "visited litware 3 days ago", act(VISIT, "litware", date=D3)),
    ("act", "spoke to maria lopez at contoso on the phone", dict(act("call", "contoso", "maria lopez"), colleagues=None)),
    ("act", "met olga petrova yday and moved wide world to negotiation",
     act("meeting", con="olga petrova", date=Y), [mv(["wide world", "Wide World Importers expansion"], "negotiation")]),
    ("deal", "new deal contoso support 12k eur", new("contoso support", amount=12000, currency="EUR")),
    ("deal", "fabrikam rollout won!", mv(["fabrikam rollout"], "won")),
    ("deal", "adventure works renewal lost, budget cut", mv(["adventure works renewal"], "lost")),
    ("deal", "northwind pilot to proposal", mv(["northwind pilot"], "proposal")),
    ("deal", "woodgrove analytics now 170k", up(["woodgrove analytics", "Woodgrove Bank analytics"], amount=170000)),
    ("task", "remind me to send kevin park the quote tomorrow", task(TMR)),
    ("task", "follow up with nils berg next monday at 2pm", task(MON, time="14:00")),
    ("query", "ben's pipeline", I("show_pipeline", scope="Ben")),
    ("query", "team kpis this week", I("kpi_digest", week=W47)),
    ("query", "show contoso", I("show_account", account="contoso")),
    ("plan", "today: close fabrikam, call laura chen", plan(2)),
    ("misc", "undo last", I("undo")),
    ("nolog", "tried to reach tom hansen, no answer", I(NEG)),
    ("nolog", "demo for alpine ski house next tuesday 10am with chloe", task(TUE, time="10:00")),
    ("deal", "litware 45k", conf(d(intent=AMT, amount=45000))),
    ("deal", "contoso upgrade looks like it's slipping away, maybe lost", conf(mv(["contoso upgrade"], "lost"))),
    ("act", "sent laura chen the pricing deck", act("email", con="laura chen")),
    ("query", "my tasks", I("show_tasks")),
    ("nolog", "did anna already log the woodgrove call?", I(Q)),
]
write("en-demo.jsonl", L)

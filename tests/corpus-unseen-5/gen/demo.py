"""Writes ../en-demo.jsonl: 60 English messages about the demo team, scored with --parse-args "--demo".
Both the written form of a name and the demo record's full name are accepted."""
from lib import *

CONTOSO = ["contoso", "Contoso"]; FAB = ["fabrikam", "Fabrikam"]; NW = ["northwind", "Northwind Traders"]
WG = ["woodgrove", "Woodgrove Bank"]; LIT = ["litware", "Litware"]; AW = ["adventure works", "Adventure Works"]
TT = ["tailspin toys", "Tailspin Toys"]; WWI = ["wide world importers", "Wide World Importers"]
ASH = ["alpine ski house", "Alpine Ski House"]
def who(written, full): return [written, full]

L = [
    # --- activities (21) ---
    ("act", "mtg w/ kevin @ contoso, ben joined", act("meeting", CONTOSO, who("kevin", "Kevin Park"), colleagues=["Ben"])),
    ("act", "calld jonas at fabrikam re the rollout timeline, close date now dec 15", act("call", FAB, who("jonas", "Jonas Weber")), [I("update_deal", date=DEC15)]),
    ("act", "onsite at woodgrove w/ chloe, met laura chen", act(VISIT, WG, "Laura Chen", colleagues=["Chloe"])),
    ("act", "demo to northwind yday w/ anna + ben", act("demo", NW, date=Y, colleagues=["Anna", "Ben"])),
    ("act", "emailed olga the revised SOW", act("email", None, who("olga", "Olga Petrova"))),
    ("act", "priya shah called me back 📞 pilot scope ok", act("call", None, "Priya Shah")),
    ("act", "zoom w/ tom hansen from litware on monday", act(VIDEO, LIT, "Tom Hansen", date=D2)),
    ("act", "visited alpine ski house w/ maria, nils showed us the lifts", act(VISIT, ASH, colleagues=["Maria"])),
    ("act", "call w/ eva novak at adventure works abt renewal, then demo for alpine ski house w/ chloe", act("call", AW, "Eva Novak"), [act("demo", ASH, colleagues=["Chloe"])]),
    ("act", "tailspin toys mtg last friday, sam rivera wants to reopen talks", act("meeting", TT, date=LF)),
    ("act", "wide world importers demo w/ chloe this morning", act("demo", WWI, colleagues=["Chloe"])),
    ("act", "note: contoso legal review pending", act("note", CONTOSO)),
    ("act", "fabrikm call w/ jonas weber", act("call", ["fabrikm", "Fabrikam"], "Jonas Weber")),
    ("act", "met w/ laura from woodgrove bank 2 days ago, anna came too", act("meeting", WG, who("laura", "Laura Chen"), date=D2, colleagues=["Anna"])),
    ("act", "quick call w/ kevin park", act("call", None, "Kevin Park")),
    ("act", "emailed litware the renewal quote", act("email", LIT)),
    ("act", "lunch w/ olga petrova (wide world) yesterday", act("meeting", ["wide world", "Wide World Importers"], "Olga Petrova", date=Y)),
    ("act", "call w/ priya @ northwind, moving northwind pilot to proposal", act("call", NW, who("priya", "Priya Shah")), [mv("northwind pilot", "proposal")]),
    ("act", "demo for adventure works w/ ben. remind me to send eva the deck tmrw", act("demo", AW, colleagues=["Ben"]), [task(TMR, "send eva the deck")]),
    ("act", "met nils @ alpine ski house, season pass deal to qualified", act("meeting", ASH, who("nils", "Nils Berg")), [mv(["season pass", "season pass deal", "Alpine Ski House season pass"], "qualified")]),
    ("act", "call w/ tom at litware today, no wait yesterday", act("call", LIT, who("tom", "Tom Hansen"), date=Y)),
    # --- deals (12) ---
    ("deal", "fabrikam rollout won 🎉", mv("fabrikam rollout", "won")),
    ("deal", "contoso upgrade to negotiation", mv("contoso upgrade", "negotiation")),
    ("deal", "woodgrove analytics qualified", mv(["woodgrove analytics", "Woodgrove Bank analytics"], "qualified")),
    ("deal", "adventure works renewal lost, they went w/ a competitor", mv("adventure works renewal", "lost")),
    ("deal", "tailspin toys crm back to qualified, sam wants another look", mv("tailspin toys crm", "qualified")),
    ("deal", "new deal: Contoso support plan 12k eur", new("Contoso support plan", amount=12000, currency="EUR")),
    ("deal", "new deal Litware expansion 25k, close jan 15", new("Litware expansion", amount=25000, date=JAN15)),
    ("deal", "wide world importers expansion amount 70k", up("wide world importers expansion", amount=70000)),
    ("deal", "push northwind pilot close to end of jan", up("northwind pilot", date=EOJ)),
    ("deal", "new deal Fabrikam phase 2 40k eur + f/u w/ jonas next tue", new("Fabrikam phase 2", amount=40000, currency="EUR"), [task(TUE)]),
    ("deal", "fabrikam 90k", conf(I(AMT, amount=90000))),
    ("deal", "prob lost contoso tbh 😕", conf(mv(["contoso", "Contoso upgrade"], "lost"))),
    # --- tasks (9) ---
    ("task", "remind me to call kevin tmrw 10am", task(TMR, "call kevin", "10:00")),
    ("task", "pls remind me fri to send litware the renewal paperwork", task(FRI, "send litware the renewal paperwork")),
    ("task", "todo: prep fabrikam negotiation notes by next monday", task(MON, "prep fabrikam negotiation notes")),
    ("task", "remind me in a week to check on woodgrove legal", task(WK, "check on woodgrove legal")),
    ("task", "remind me dec 10 to ask olga for the po", task(DEC10, "ask olga for the po")),
    ("task", "remind me 4:30pm to ping priya", task(None, "ping priya", "16:30")),
    ("task", "book demo w/ woodgrove bank next thursday 3pm", task(NTH, None, "15:00")),
    ("task", "done: send Contoso the revised quote", done("send Contoso the revised quote")),
    ("task", "finished the renewal paperwork for adventure works, tick it off ✔️", done()),
    # --- queries (7) ---
    ("query", "my pipe pls", I("show_pipeline", scope="me")),
    ("query", "ben's pipeline", I("show_pipeline", scope="Ben")),
    ("query", "team pipeline", I("show_pipeline", scope="team")),
    ("query", "show fabrikam", I("show_account", account=FAB)),
    ("query", "kpis for chloe last week", I("kpi_digest", week=W46, scope="Chloe")),
    ("query", "my tasks for today", I("show_tasks")),
    ("query", "standup pls", I("standup")),
    # --- plans (2) ---
    ("plan", "top 3 today: fabrikam negotiation, contoso quote, call priya", plan(3)),
    ("plan", "plan: woodgrove demo prep + litware renewal", plan(2)),
    # --- undo / help / corrections (3) ---
    ("fix", "undo that", I("undo")),
    ("fix", "what can you do", I("help")),
    ("fix", "correction: contoso upgrade is 45k not 40k", up("contoso upgrade", amount=45000)),
    # --- must not write (6) ---
    ("neg", "tried to reach laura at woodgrove, no answer", I(NEG)),
    ("neg", "mtg w/ fabrikam got cancelled 😩", I(NEG)),
    ("neg", "did ben already call northwind?", I(Q)),
    ("neg", "who hasnt logged anything today", I(WHO)),
    ("neg", "anna you're a legend for that demo yesterday 🙌", I(CHAT)),
    ("neg", "demo w/ litware next tue at 2pm", task(TUE, None, "14:00")),
]

write("en-demo.jsonl", L, {"act": 21, "deal": 12, "task": 9, "query": 7, "plan": 2, "fix": 3, "neg": 6})

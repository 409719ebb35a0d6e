import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from lib import *
CON="Contoso"; FAB="Fabrikam"; NW=["northwind","Northwind Traders"]; WG=["woodgrove","woodgrove bank"]; LIT="Litware"
AW="Adventure Works"; TS=["tailspin","Tailspin Toys"]; WWI="Wide World Importers"; ASH=["alpine","Alpine Ski House"]
A=[
("call with kevin at contoso about the pilot", act("call",CON,["kevin","Kevin Park"])),
("met Jonas Weber from fabrikam yday w/ ben", act("meeting",FAB,"Jonas Weber",date=Y,colleagues=["Ben"])),
("demo for woodgrove bank with chloe", act("demo",WG,colleagues=["Chloe"])),
("emailed priya the pilot scope", act("email",con=["priya","Priya Shah"])),
("visited Alpine Ski House on monday, Nils showed us the lifts", act(VISIT,ASH,["Nils","Nils Berg"],date=D2)),
("call w/ Maria Lopez from Contoso re the upgrade", dict(act("call",CON,"Maria Lopez"),colleagues=None)),
("lunch w/ tom hansen (litware)", act("meeting",LIT,["tom hansen"])),
("zoom with eva novak, adventure works renewal", act(VIDEO,AW,["eva novak"])),
("note on tailspin: Sam Rivera left the company", act("note",TS)),
("called olga at wide world importers", act("call",WWI,["olga","Olga Petrova"])),
("Maria and I met laura chen at woodgrove this am", act("meeting",WG,["laura chen"],colleagues=["Maria"])),
("fabrikam onsite today with anna and ben", act(VISIT,FAB,colleagues=["Anna","Ben"])),
("emailed litware the renewal terms", act("email",LIT)),
("northwind call last friday", act("call",NW,date=LF)),
("demo to adventure works 2 days ago, chloe drove", act("demo",AW,date=D2,colleagues=["Chloe"])),
("called contoso and emailed fabrikam", act("call",CON), [act("email",FAB)]),
("met kevin at contoso, remind me to send him the quote tmrw", act("meeting",CON,["kevin","Kevin Park"]), [task(TMR)]),
("demo at northwind w/ ben, moving the pilot to proposal", act("demo",NW,colleagues=["Ben"]), [mv(["pilot","Northwind pilot"],"proposal")]),
("visited tailspin + alpine ski house today", act(VISIT,TS), [act(VISIT,ASH)]),
("call with jonas, fabrikam rollout → won!!", act("call",con=["jonas","Jonas Weber"]), [mv("fabrikam rollout","won")]),
("priya called back; northwind pilot close date dec 15", act("call",con=["priya","Priya Shah"]), [up(["northwind pilot"],date=DEC15)]),
]
D=[
("contoso upgrade to negotiation", mv("contoso upgrade","negotiation")),
("won adventure works renewal 🎉", mv("adventure works renewal","won")),
("lost woodgrove bank analytics - they went with an in-house team", mv(["woodgrove bank analytics"],"lost")),
("/deal alpine ski house season pass qualified", mv("alpine ski house season pass","qualified")),
("wide world importers expansion now 70k", up("wide world importers expansion",amount=70000)),
("push contoso upgrade close to jan 20", up("contoso upgrade",date=JAN20)),
("new deal: Contoso support add-on, 15k eur", new("Contoso support add-on",amount=15000,currency="EUR")),
("new opp fabrikam phase 2 €48,000 close end of jan", new("fabrikam phase 2",amount=48000,currency="EUR",date=EOJ)),
("tailspin toys crm reopened, back to lead", mv("tailspin toys crm","lead")),
("northwind pilot amount 14k", up("northwind pilot",amount=14000)),
("think we lost alpine", d(intent="move_deal",stage="lost",confirm=True)),
("woodgrove 120k", d(intent=["create_deal","update_deal"],amount=120000,confirm=True)),
]
TK=[
("remind me to call Kevin on friday", task(FRI,"call Kevin")),
("todo: send fabrikam negotiation notes to Maria tmrw", task(TMR,"send fabrikam negotiation notes to Maria")),
("follow up with olga next tuesday", task(TUE)),
("remind me at 14:00 to prep the woodgrove demo", task(T,"prep the woodgrove demo","14:00")),
("done: revised quote to contoso ✅", done()),
("mark 'book demo with Woodgrove Bank' done", done("book demo with Woodgrove Bank")),
("remind me in 2 weeks to check on tailspin", task(W2,"check on tailspin")),
("remind me to chase eva by end of month", task(EOM,"chase eva")),
("meeting with laura chen next monday at 11:00", task(MON,time="11:00")),
]
QY=[
("my pipeline", I("show_pipeline",scope="me")),
("how's ben doing this week?", I("kpi_digest",scope="Ben")),
("chloe's pipeline", I("show_pipeline",scope="Chloe")),
("show fabrikam", I("show_account",account=FAB)),
("team kpis last week", I("kpi_digest",week="2026-W46",scope="team")),
("/tasks", I("show_tasks")),
]
PL=[
("top 3 today: contoso quote, fabrikam call, woodgrove demo prep", plan(3)),
("plan: 1) northwind pilot scope 2) olga follow-up 3) expenses", plan(3)),
];QY.append(("standup pls", I("standup")))
U=[
("undo", I("undo")),
("/help", I("help")),
("correction: wide world importers expansion is 68k not 70k", up("wide world importers expansion",amount=68000)),
]
N=[
("couldn't reach jonas at fabrikam", I(NEG)),
("ben called in sick today", I(CHAT)),
("did chloe log the northwind call?", I(Q)),
("woodgrove postponed our meeting, no new date yet", I(NEG)),
("great job anna on litware!! 👏", I(CHAT)),
("who hasn't logged anything this week?", I(WHO)),
]
import random
cats={"activities":A,"deals":D,"tasks":TK,"queries":QY,"plans":PL,"undo/help/corrections":U,"no-write":N}
print({k:len(v) for k,v in cats.items()})
allx=[l for v in cats.values() for l in v]; random.Random(4).shuffle(allx)
write(os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","en-demo.jsonl"), allx)

"""en.jsonl: 70 English rep messages, no lexicon (lowercase invented names). See ../README.md."""
from lib import *

# Every company and person in this file, in the nominative, for gen/check.py.
NAMES = ["brixworth freight", "hollowmere", "quenby hardware", "saltash marine", "greyfriars press", "oakhurst dental",
         "corvane robotics", "pellmore", "ridgeback solar", "duskwood inns", "fernhill ag", "tarnby", "wexcombe",
         "harlow mills", "sunbridge clinics", "lockwell security", "calder bakery", "bramblecote", "ironvale",
         "mistral pumps", "novaweld", "vantora", "hatch & rowe",
         "rhona", "gareth", "imogen", "marcus bell", "tanvir", "sheila", "declan", "lucy ferris", "otto", "hugh",
         "yusuf", "fiona", "craig", "pippa"]

LINES = [
    # activities (17 single)
    ("act", "phoned rhona at brixworth freight, she's on leave until december", act("call", "brixworth freight", "rhona")),
    ("act", "had coffee with gareth from hollowmere first thing - btw he retires in march",
     act("meeting", "hollowmere", "gareth")),
    ("act", "sent imogen at quenby hardware the spec sheet by email", act("email", "quenby hardware", "imogen")),
    ("act", "demo for saltash marine done, 6 ppl on their side, went well", act("demo", "saltash marine")),
    ("act", "visited greyfriars press's warehouse yesterday afternoon", act(VISIT, "greyfriars press", date=Y)),
    ("act", "note - oakhurst dental is switching accountants in jan, budget freeze till then", act("note", "oakhurst dental")),
    ("act", "had a video call with marcus bell of corvane robotics monday morning",
     act(VIDEO, "corvane robotics", "marcus bell", date=MONP)),
    ("act", "ystrdy: call with tanvir from pellmore, he's the new buyer", act("call", "pellmore", "tanvir", date=Y)),
    ("act", "spoke to sheila at ridgeback solar 3 days ago about install dates",
     act(VIDEO, "ridgeback solar", "sheila", date=SUN15)),
    ("act", "lunch with declan, the gm at duskwood inns", act("meeting", "duskwood inns", "declan")),
    ("act", "site visit fernhill ag, saw the new grain store", act(VISIT, "fernhill ag")),
    ("act", "back on thursday i phoned tarnby about the overdue invoice", act("call", "tarnby", date=THUP)),
    ("act", "emailed wexcombe the nda, no reply yet", act("email", "wexcombe")),
    ("act", "Harlow Mills - 45 min call with Lucy Ferris, keen on phase 2", act("call", "Harlow Mills", "Lucy Ferris")),
    ("act", "met otto at sunbridge clinics yesterday, actually make that monday",
     act("meeting", "sunbridge clinics", "otto", date=MONP)),
    ("act", "gave lockwell security a demo, they asked about sso", act("demo", "lockwell security")),
    ("act", "quick call calder bakery re the xmas order", act("call", "calder bakery")),
    # activities with a second fact (4)
    ("act2", "did the demo at ironvale, hugh loved it. ironvale to negotiation", act("demo", "ironvale"),
     [mv("ironvale", "negotiation")]),
    ("act2", "called yusuf at mistral pumps, remind me to send him the warranty terms tomorrow",
     act("call", "mistral pumps", "yusuf"), [task(TMR)]),
    ("act2", "met fiona from novaweld, booked a demo with them for next monday 2pm", act("meeting", "novaweld", "fiona"),
     [task(MON23, time="14:00")]),
    ("act2", "called craig at vantora and emailed pippa at hatch & rowe the case study", act("call", "vantora", "craig"),
     [act("email", "hatch & rowe", "pippa")]),
    # new deals (5)
    ("create", "new deal for saltash marine: 2 boat refits, £2.1m, expected close end of jan, qualified",
     new(account="saltash marine", amount=2100000, currency="GBP", date=JAN31, stage="qualified")),
    ("create", "opened a deal with pellmore, 310,000 usd, target close year end, in negotiation",
     new(account="pellmore", amount=310000, currency="USD", date=DEC31, stage="negotiation")),
    ("create", "new deal with ridgeback solar, 33k usd - sorry, typo, 36k usd, close feb 1",
     new(account="ridgeback solar", amount=36000, currency="USD", date=FEB1)),
    ("create", "add a deal: Oakhurst Dental imaging upgrade, 95k euros, closes apr 30",
     new(["Oakhurst Dental imaging upgrade", "imaging upgrade"], amount=95000, currency="EUR", date=APR30)),
    ("create", "new deal duskwood inns 250k, keycards for all 4 sites", new(account="duskwood inns", amount=250000)),
    # stage moves, won, lost (7)
    ("move", "fernhill ag is qualified now, budget confirmed", mv("fernhill ag", "qualified")),
    ("move", "push tarnby into proposal stage", mv("tarnby", "proposal")),
    ("move", "/deal wexcombe negotiation", mv("wexcombe", "negotiation")),
    ("won", "WON harlow mills!!! signed this morning 🎉", mv("harlow mills", "won")),
    ("won", "calder bakery signed the contract, mark it won", mv("calder bakery", "won")),
    ("lost", "lost greyfriars press - went with a cheaper local printer", mv("greyfriars press", "lost")),
    ("lost", "corvane robotics is dead, board killed the project. mark lost", mv("corvane robotics", "lost")),
    # updates (2)
    ("update", "sunbridge clinics deal is now 72k", up("sunbridge clinics", amount=72000)),
    ("update", "lockwell close date moves to jan 15", up(["lockwell", "lockwell security"], date=JAN15)),
    # unsure writes: the bot should ask (3)
    ("confirm", "bramblecote 18k", conf(I(AMT, amount=18000))),
    ("confirm", "think we might've lost mistral pumps, waiting to hear back", conf(mv("mistral pumps", "lost"))),
    ("confirm", "novaweld could be ready for negotiation? not 100% yet", conf(mv("novaweld", "negotiation"))),
    # tasks (6) and completions (2)
    ("task", "remind me fri to chase hollowmere about the signed order", task(FRI)),
    ("task", "task: send quenby hardware the revised spec, mon 11am",
     task(MON23, title="send quenby hardware the revised spec", time="11:00")),
    ("task", "need to call declan at duskwood in 5 days", task(MON23)),
    ("task", "reminder nov 27: renewal pack for tarnby", task(NOV27)),
    ("task", "don't let me forget the saltash marine board deck by dec 4", task(DEC4)),
    ("task", "follow up with imogen tomorrow at 8:30", task(TMR, time="08:30")),
    ("done", "finished the wexcombe nda task", done()),
    ("done", "mark the warranty terms task as done", done()),
    # queries (10)
    ("query", "whats in my pipeline", I("show_pipeline", scope="me")),
    ("query", "show the whole team's pipeline", I("show_pipeline", scope="team")),
    ("query", "what's on my plate today, tasks wise", I("show_tasks")),
    ("query", "this week's kpis?", I("kpi_digest", week=W47)),
    ("query", "how did the team do last week?", I("kpi_digest", scope="team", week=W46)),
    ("query", "digest for week 42", I("kpi_digest", week=W42)),
    ("query", "kpis for the week before last", I("kpi_digest", week=W45)),
    ("query", "what do we have on ironvale", I("show_account", account="ironvale")),
    ("query", "show me harlow mills", I("show_account", account="harlow mills")),
    ("query", "can i see today's stand-up", I("standup")),
    # plans (3)
    ("plan", "plan for today: 1. call pellmore 2. prep novaweld demo 3. chase calder invoice", plan(3)),
    ("plan", "priorities today - quenby quote, ridgeback site survey", plan(2)),
    ("plan", "today's focus\n- saltash refit numbers\n- oakhurst follow up\n- bramblecote intro", plan(3)),
    # undo and help (4)
    ("undo", "undo that", I("undo")),
    ("undo", "oops, that last one was the wrong firm - take it back", I("undo")),
    ("help", "how do i use this thing?", I("help")),
    ("help", "what kind of stuff can i tell you?", I("help")),
    # must not log an activity (7)
    ("neg", "tried rhona at brixworth twice, no answer", I(NEG)),
    ("neg", "couldn't reach tanvir at pellmore, will try again tomorrow", I(NEG)),
    ("neg", "declan cancelled today's lunch", I(NEG)),
    ("neg", "gareth moved our catch-up to next week sometime", I(NEG)),
    ("future", "meeting with sheila at ridgeback on dec 10 at 3:30pm", task(DEC10, time="15:30")),
    ("question", "did i already log the pellmore call?", I(Q)),
    ("chat", "running late, the school run took forever", I(CHAT)),
]

if __name__ == "__main__":
    write("en.jsonl", LINES)

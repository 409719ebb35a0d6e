"""corpus-unseen-10/en.jsonl: 70 English rep messages, no lexicon (lowercase invented names). Deterministic."""
from lib import *

L = [
    # activities (21: 17 single, 4 two-fact; one in-message date correction)
    ("activity", "sat down with fiona mcrae of brackwater logistics, went well", act("meeting", "brackwater logistics", "fiona mcrae")),
    ("activity", "calld hamish at tollgate dental re the overdue invoices", act("call", "tollgate dental", "hamish")),
    ("activity", "emailed pricing over to pennyfield bakery", act("email", "pennyfield bakery")),
    ("activity", "demoed the reporting module to kezia at fenwick labs yest", act("demo", "fenwick labs", "kezia", Y)),
    ("activity", "swung by oakhurst clinic on the way back, left brochures w reception", act(VISIT, "oakhurst clinic")),
    ("activity", "note - marlow print's buyer retires after new year, new contact tbd", act("note", "marlow print")),
    ("activity", "gmeet with dario from halvard systems, 45 mins, went thru the integrations", act(VIDEO, "halvard systems", "dario")),
    ("activity", "phone catch-up w imogen at quarrystone last night", act("call", "quarrystone", "imogen", Y)),
    ("activity", "arturo from ironbark called me back, wants a quote", act("call", "ironbark", "arturo")),
    ("activity", "had lunch w wendell from copperleaf on fri", act("meeting", "copperleaf", "wendell", FRIP)),
    ("activity", "fired off the proposal email to huxley mills", act("email", "huxley mills")),
    ("activity", "in-person mtg at calderon foods hq with beth and their ops guy", act(VISIT, "calderon foods", "beth")),
    ("activity", "teams call with stillwater brewing yesterday arvo", act(VIDEO, "stillwater brewing", date=Y)),
    ("activity", "visited sable ridge farms on fri — my bad, thursday", act(VISIT, "sable ridge farms", date=THUP)),
    ("activity", "did a product walkthrough for bramblewood last wed", act("demo", "bramblewood", date=WEDP)),
    ("activity", "add a note to wrenfield: prefers calls before 9, hates long emails", act("note", "wrenfield")),
    ("activity", "ashcombe estates site walk this morning with their facilities lead", act(VISIT, "ashcombe estates")),
    ("activity", "met cobalt pier's cfo, they're ready for negotiation so move them along",
     act("meeting", "cobalt pier"), [mv(None, "negotiation")]),
    ("activity", "phoned linden & hale, remind me thurs to send the SLA", act("call", "linden & hale"), [task(TMR)]),
    ("activity", "emailed moorgate, demo booked for next tue 3pm", act("email", "moorgate"), [task(TUE, time="15:00")]),
    ("activity", "called whitlock legal this morning and emailed fernhill cider the deck",
     act("call", "whitlock legal"), [act("email", "fernhill cider")]),

    # deals (17: 5 creates, one with an amount correction; 3 moves, 2 won, 2 lost, 2 updates, 3 confirm)
    ("deal", "new deal - harrowgate plumbing, 120 grand, closing dec 3, qualified",
     new(None, account="harrowgate plumbing", amount=120000, date=DEC3, stage="qualified")),
    ("deal", "EUR 210k deal with greyling solar, at proposal, target close jan 8",
     new(None, account="greyling solar", amount=210000, currency="EUR", date=JAN8, stage="proposal")),
    ("deal", "add deal for dovecote hotels: wifi refresh, £7,400, negotiation, close 14th dec",
     new(None, account="dovecote hotels", amount=7400, currency="GBP", date=DEC14, stage="negotiation")),
    ("deal", "usd 65k opportunity at vantris, lead stage, should close by end of Q1",
     new(None, account="vantris", amount=65000, currency="USD", date=MAR31, stage="lead")),
    ("deal", "new deal halloran bikes 70k eur.. make that 75k, proposal, closes feb 5",
     new(None, account="halloran bikes", amount=75000, currency="EUR", date=FEB5, stage="proposal")),
    ("deal", "tarrant homes is qualified now", mv("tarrant homes", "qualified")),
    ("deal", "shift orchardly into propsal", mv("orchardly", "proposal")),
    ("deal", "blyth motors has entered negotiations", mv("blyth motors", "negotiation")),
    ("deal", "got the PO from brixham marine, closed won", mv("brixham marine", "won")),
    ("deal", "fairlight said yes!! mark it won", mv("fairlight", "won")),
    ("deal", "gorse valley went with a competitor, mark as lost", mv("gorse valley", "lost")),
    ("deal", "lost lowther - no budget till 2028", mv("lowther", "lost")),
    ("deal", "cinderford's value is now 52k eur", up("cinderford", amount=52000, currency="EUR")),
    ("deal", "saltmarsh pushed signing to jan 22", up("saltmarsh", date=JAN22)),
    ("deal", "cresswell 40k", conf(I(AMT, amount=40000))),
    ("deal", "hadley seems to be going cold, maybe mark lost?", conf(mv("hadley", "lost"))),
    ("deal", "i reckon pemberton glass could go to negotiation soon, thoughts?", conf(mv("pemberton glass", "negotiation"))),

    # tasks (8: one with a title, 2 completions)
    ("task", "remind me day after tomorrow to send kestrel freight the updated sla", task(FRI)),
    ("task", "todo next tue 9am: call back merriton", task(TUE, time="09:00")),
    ("task", "add task: book flights for the saltmarsh site visit, due dec 3",
     task(DEC3, title="book flights for the saltmarsh site visit")),
    ("task", "need to chase blyth motors' invoice by EOM, set a reminder", task(EOM)),
    ("task", "ping me thurs at noon re the fairlight contract", task(TMR, time="12:00")),
    ("task", "reminder in a fortnight: check in with gorse valley", task(WK2)),
    ("task", "mark the blyth motors invoice task as done", done()),
    ("task", "kestrel sla reminder - done, clear it", done()),

    # queries (10: KPI weeks 47, 46 (team), 45, 43)
    ("query", "show me my deals", I("show_pipeline", scope="me")),
    ("query", "what's the team pipeline at", I("show_pipeline", scope="team")),
    ("query", "anything overdue on my list?", I("show_tasks")),
    ("query", "kpis so far this week?", I("kpi_digest", week=W47)),
    ("query", "how did the team do last week? numbers please", I("kpi_digest", scope="team", week=W46)),
    ("query", "kpis for the week of nov 2", I("kpi_digest", week=W45)),
    ("query", "week 43 kpi report", I("kpi_digest", week=W43)),
    ("query", "what's the history with fenwick labs", I("show_account", account="fenwick labs")),
    ("query", "pull up huxley mills", I("show_account", account="huxley mills")),
    ("query", "can i see today's standup", I("standup")),

    # plans (3)
    ("plan", "today's plan: 1) greyling quote 2) call redfern 3) prep dovecote pitch", plan(3)),
    ("plan", "focus for today: chase moorgate + fix the cobalt pier deck", plan(2)),
    ("plan", "my 3 for today - orchardly, tarrant homes, linden & hale", plan(3)),

    # undo / help (4)
    ("undo_help", "undo last", I("undo")),
    ("undo_help", "oops, mixed up the company on that one: tarrington, not tarrant homes", I("undo")),
    ("undo_help", "how do i add a deal?", I("help")),
    ("undo_help", "help, what commands are there", I("help")),

    # must not write (7)
    ("no_write", "tried calling thornbury tools, no pickup", I(NEG)),
    ("no_write", "left a voicemail with cinderford's office, no callback yet", I(NEG)),
    ("no_write", "redfern cancelled today's meeting", I(NEG)),
    ("no_write", "dovecote hotels moved the demo to next month", I(NEG)),
    ("no_write", "meeting w nettlecombe dec 7 at 10:30", task(DEC7, time="10:30")),
    ("no_write", "did the ironbark call from monday get logged?", I(Q)),
    ("no_write", "lol thanks, that's perfect", I(CHAT)),
]

write("en.jsonl", L)

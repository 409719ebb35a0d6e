"""en.jsonl for corpus-unseen-12: 70 messy English rep messages, no lexicon, lowercase invented names."""
from lib import *

NAMES = ["pellworth", "thornbury", "hamish", "ashcombe", "ines", "moorvale", "glenisk quarry", "duncliffe fencing",
         "ferncastle", "talia", "orwick", "colm", "tolvane", "saltmarsh dairy", "cindral", "bertie", "wrenfield",
         "larkspur", "ivel", "yusuf", "marrowby", "tamsin & cole", "penhallow", "quenby", "noor",
         "harrowby van lease", "kestle farms", "glassmoor kitchens", "brenmoor"]

LINES = [
    # activities (17 single)
    ("act", "f2f w pellworth this morning, talked volumes for q1", act("meeting", "pellworth")),
    ("act", "phned hamish at thornbury re the delivery slots", act("call", "thornbury", "hamish")),
    ("act", "emaild ines from ashcombe the revised spec sheet yesterdy", act("email", "ashcombe", "ines", Y)),
    ("act", "demoed the dashboard to moorvale on tues, 6 of their guys dialed in", act("demo", "moorvale", date=Y)),
    ("act", "site visit at glenisk quarry yestrday", act(VISIT, ["glenisk quarry", "glenisk"], date=Y)),
    ("act", "note: duncliffe switching suppliers in the spring, keep an eye on it", act("note", "duncliffe")),
    ("act", "vid call with talia (ferncastle), walked her through onboarding", act(VIDEO, "ferncastle", "talia")),
    ("act", "grabbed lunch with colm from orwick, theyre opening 3 new sites", act("meeting", "orwick", "colm")),
    ("act", "had a quick catch up call with tolvane monday evening", act("call", "tolvane", date=MONP)),
    ("act", "visited saltmarsh dairy's plant in person", act(VISIT, "saltmarsh dairy")),
    ("act", "talked to bertie at cindral, hes keen on the bundle", act(VIDEO, "cindral", "bertie")),
    ("act", "sent wrenfield the contract draft by email", act("email", "wrenfield")),
    ("act", "called larkspur 6 days back, they want samples", act("call", "larkspur", date=THUP)),
    ("act", "meeting with yusuf from ivel yesterday.. scratch that, it was friday", act("meeting", "ivel", "yusuf", FRIP)),
    ("act", "showed marrowby the product this morning, full demo", act("demo", "marrowby")),
    ("act", "emailed tamsin & cole their renewal quote", act("email", "tamsin & cole")),
    ("act", "popped into penhallow's showroom on the way back, saw the new range", act(VISIT, "penhallow")),
    # activities, two facts (4)
    ("act", "good call with duncliffe, moving duncliffe fencing to negotiations", act("call", "duncliffe"),
     [mv("duncliffe fencing", "negotiation")]),
    ("act", "emailed orwick the price list, remind me to chase them 2moro", act("email", "orwick"), [task(TMR)]),
    ("act", "chatted with noor from quenby on the phone, booked a demo for next wed 11am",
     act("call", "quenby", "noor"), [task(NOV25, time="11:00")]),
    ("act", "called tolvane this morning and sent wrenfield a follow up email", act("call", "tolvane"),
     [act("email", "wrenfield")]),

    # deals: 5 creates (one amount correction, one without currency)
    ("deal", "new deal: harrowby van lease, $47k, closing dec 11, proposal stage",
     new("harrowby van lease", amount=47000, currency="USD", date=DEC11, stage="proposal")),
    ("deal", "add a deal for kestle farms 1.25m usd close by mar 31 qualified",
     new(account="kestle farms", amount=1250000, currency="USD", date=MAR31, stage="qualified")),
    ("deal", "create deal glassmoor kitchens €64,500 expected close jan 20, stage lead",
     new(account="glassmoor kitchens", amount=64500, currency="EUR", date=JAN20, stage="lead")),
    ("deal", "new deal for penhallow: gbp 19k - oops, gbp 23k. closing end of next month, in negotiation",
     new(account="penhallow", amount=23000, currency="GBP", date=DEC31, stage="negotiation")),
    ("deal", "new deal brenmoor 145k close feb 15, proposal",
     new(account="brenmoor", amount=145000, date=FEB15, stage="proposal")),
    # 3 moves, 2 won, 2 lost, 2 updates
    ("deal", "move the pellworth deal to proposl", mv(["pellworth", "pellworth deal"], "proposal")),
    ("deal", "harrowby van lease is in negotiation now", mv("harrowby van lease", "negotiation")),
    ("deal", "kestle farms moved up to qualifed", mv(["kestle farms", "kestle farms deal"], "qualified")),
    ("deal", "closed-won: brenmoor 🎉", mv("brenmoor", "won")),
    ("deal", "wrenfield signed on the dotted line!!", mv("wrenfield", "won")),
    ("deal", "lost moorvale, they went w a cheaper vendor", mv("moorvale", "lost")),
    ("deal", "orwick deal is dead - budget got cut", mv(["orwick", "orwick deal"], "lost")),
    ("deal", "glassmoor kitchens deal is €70k now",
     up(["glassmoor kitchens", "glassmoor kitchens deal"], amount=70000, currency="EUR")),
    ("deal", "harrowby van lease now closing feb 3", up("harrowby van lease", date=FEB3)),
    # 3 confirm: bare name + amount, hedged loss, hedged move
    ("deal", "cindral 80k", conf(I(AMT, amount=80000))),
    ("deal", "think we mightve lost tolvane, they went quiet", conf(mv("tolvane", "lost"))),
    ("deal", "i guess larkspur is qualified now, not 100% sure", conf(mv("larkspur", "qualified"))),

    # tasks (6 + 2 completions)
    ("task", "remind me 2mrw to send the pellworth quote", task(TMR)),
    ("task", "reminder - chase glenisk invoice by monday", task(MON23)),
    ("task", "new task - prep slides for quenby, thurs 8:30am", task(TMR, title="prep slides for quenby", time="08:30")),
    ("task", "need to call hamish back in a week", task(NOV25)),
    ("task", "remind me dec 2nd to renew the ashcombe nda", task(DEC2)),
    ("task", "set a reminder for dec 16 at 9:15am: ferncastle check-in", task(DEC16, time="09:15")),
    ("task", "mark the pellworth quote task done", done()),
    ("task", "cross off the glenisk invoice chase, sorted", done()),

    # queries (10)
    ("query", "lemme see my pipeline", I("show_pipeline", scope="me")),
    ("query", "team pipeline plz", I("show_pipeline", scope="team")),
    ("query", "what's due for me this week", I("show_tasks")),
    ("query", "how am i doing this week, numbers?", I("kpi_digest", week=W47)),
    ("query", "team kpis for last wk", I("kpi_digest", scope="team", week=W46)),
    ("query", "what were my numbers 2 weeks ago", I("kpi_digest", week=W45)),
    ("query", "kpi wk 40", I("kpi_digest", week=W40)),
    ("query", "show me pellworth", I("show_account", account="pellworth")),
    ("query", "whats the latest w thornbury?", I("show_account", account="thornbury")),
    ("query", "run the standup", I("standup")),

    # plans (3, one a multi-line list)
    ("plan", "plan for today: pellworth quote, glenisk invoice, call hamish", plan(3)),
    ("plan", "my plan:\n- kestle farms proposal\n- ferncastle check-in\n- chase ivel", plan(3)),
    ("plan", "priorities today - 1) thornbury delivery 2) orwick pricing", plan(2)),

    # undo / help (4)
    ("undo", "revert the last one", I("undo")),
    ("undo", "scrap that last entry, i meant tolvane not larkspur", I("undo")),
    ("help", "how do i use this thing", I("help")),
    ("help", "what can u do?", I("help")),

    # must not write (7)
    ("neg", "tried calling thornbury, no answer", I(NEG)),
    ("neg", "couldnt reach kestle farms, line was busy all morning", I(NEG)),
    ("neg", "ivel called off todays meeting", I(NEG)),
    ("neg", "ashcombe pushed our call to next week", I(NEG)),
    ("neg", "got a meeting w quenby this friday 2pm", task(FRI, time="14:00")),
    ("neg", "did i log the glenisk visit?", I(Q)),
    ("neg", "ugh traffic is insane today lol", I(CHAT)),
]

if __name__ == "__main__":
    assert len(LINES) == 70, len(LINES)
    write("en.jsonl", LINES)

"""Shared helpers for corpus-unseen-12: the clock, expectation builders and the writer.

Started from corpus-unseen-11's gen/lib.py (same builders and writer; new date constants, weeks 39/40/45,
seed 20261209). parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date
constant below is checked with `date -d` (weekday included) each time a script runs, so a wrong constant stops
the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today, this morning, dziś rano, сегодня (an activity's default)
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yesterdy, yestrday, on tues (past), wczoraj, вчера
    "MONP":   ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # monday evening (past), on monday (en-demo, past), przedwczoraj
    "FRIP":   ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # "it was friday", "to było w piątek", "это было в пятницу" (corrections)
    "THUP":   ("2026-11-12", "2026-11-18 -6 days",  "Thu"),  # 6 days back
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # 2moro, 2mrw, thurs 8:30am, jutro o 9, завтра в 8:45
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # this friday 2pm, fri 10am, na piątek, к пятнице, в пятницу в 11
    "MON23":  ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # by monday, on monday (reminder), do poniedziałku, в понедельник
    "TUE24":  ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # na wtorek na 13:00
    "NOV25":  ("2026-11-25", "2026-11-18 +7 days",  "Wed"),  # next wed 11am, in a week, za tydzień, w środę za tydzień, через неделю
    "DEC2":   ("2026-12-02", "2026-12-02",          "Wed"),  # dec 2nd, 2 grudnia o 14:30
    "DEC8":   ("2026-12-08", "2026-12-08",          "Tue"),  # на 8 декабря в 14:00
    "DEC11":  ("2026-12-11", "2026-12-11",          "Fri"),  # closing dec 11, 11.12, 11 декабря
    "DEC15":  ("2026-12-15", "2026-12-15",          "Tue"),  # close dec 15 (en-demo), 15 grudnia, 15 декабря
    "DEC16":  ("2026-12-16", "2026-12-16",          "Wed"),  # dec 16 at 9:15am
    "DEC22":  ("2026-12-22", "2026-12-22",          "Tue"),  # to dec 22 (en-demo), 22 декабря
    "DEC30":  ("2026-12-30", "2026-12-30",          "Wed"),  # do 30 grudnia
    "DEC31":  ("2026-12-31", "2026-12-31",          "Thu"),  # end of next month
    "JAN20":  ("2027-01-20", "2027-01-20",          "Wed"),  # expected close jan 20
    "JAN26":  ("2027-01-26", "2027-01-26",          "Tue"),  # closing jan 26 (en-demo)
    "JAN27":  ("2027-01-27", "2027-01-27",          "Wed"),  # 27 stycznia, 27 января
    "JAN31":  ("2027-01-31", "2027-01-31",          "Sun"),  # koniec stycznia, к концу января
    "FEB3":   ("2027-02-03", "2027-02-03",          "Wed"),  # now closing feb 3
    "FEB10":  ("2027-02-10", "2027-02-10",          "Wed"),  # 10 lutego
    "FEB15":  ("2027-02-15", "2027-02-15",          "Mon"),  # close feb 15
    "FEB18":  ("2027-02-18", "2027-02-18",          "Thu"),  # na 18 lutego
    "FEB19":  ("2027-02-19", "2027-02-19",          "Fri"),  # до 19 февраля
    "MAR5":   ("2027-03-05", "2027-03-05",          "Fri"),  # на 5 марта
    "MAR31":  ("2027-03-31", "2027-03-31",          "Wed"),  # by mar 31, do 31 marca, до 31 марта
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W45": ("2026-W45", "2026-11-04"),
         "W40": ("2026-W40", "2026-09-30"), "W39": ("2026-W39", "2026-09-23")}

def _check_clock():
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    for name, (iso, expr, wd) in CLOCK.items():
        got = subprocess.run(["date", "-d", expr, "+%F %a"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == f"{iso} {wd}", (name, iso, expr, wd, got)
    for name, (week, day) in WEEKS.items():
        got = subprocess.run(["date", "-d", day, "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == week, (name, week, got)
    # "2 weeks ago" (en) is W45: two ISO weeks before today's W47.
    got = subprocess.run(["date", "-d", "2026-11-18 -14 days", "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
    assert got == "2026-W45", got

_check_clock()
globals().update({k: v[0] for k, v in CLOCK.items()})
W47, W46, W45, W40, W39 = (WEEKS[k][0] for k in ("W47", "W46", "W45", "W40", "W39"))

VISIT = ["visit", "meeting"]; VIDEO = ["meeting", "call"]
NEG = ["unknown", "help", "add_task"]; CHAT = ["unknown", "help"]; Q = ["show_account", "unknown", "help"]
AMT = ["create_deal", "update_deal"]

def d(**kw): return {k: v for k, v in kw.items() if v is not None}
def act(a, acc=None, con=None, date=T, **kw): return d(intent="log_activity", activity=a, account=acc, contact=con, date=date, **kw)
def mv(deal, stage, **kw): return d(intent="move_deal", deal=deal, stage=stage, **kw)
def up(deal, **kw): return d(intent="update_deal", deal=deal, **kw)
def new(deal=None, **kw): return d(intent="create_deal", deal=deal, **kw)
def task(date=None, title=None, time=None): return d(intent="add_task", date=date, title=title, time=time)
def done(title=None): return d(intent="complete_task", title=title)
def plan(n): return {"intent": "set_plan", "items": n}
def I(i, **kw): return d(intent=i, **kw)
def conf(e): return dict(e, confirm=True)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
FIELDS = {"intent", "activity", "account", "contact", "deal", "stage", "amount", "currency", "date", "time", "title",
          "items", "scope", "week", "colleagues", "confirm"}

def write(name, lines):
    """lines: (category, text, expect[, more]). Checks fields and unique texts, shuffles with a fixed seed, writes."""
    counts = {}
    for l in lines:
        counts[l[0]] = counts.get(l[0], 0) + 1
        assert isinstance(l[1], str) and l[1].strip() and isinstance(l[2], dict) and "intent" in l[2], l
        for e in [l[2]] + (list(l[3]) if len(l) > 3 and l[3] else []):
            assert set(e) <= FIELDS and "intent" in e, (l[1], e)
    texts = [l[1] for l in lines]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    more = sum(1 for l in lines if len(l) > 3 and l[3])
    confirm = sum(1 for l in lines if l[2].get("confirm"))
    order = list(lines)
    random.Random(SEED).shuffle(order)
    with open(os.path.join(HERE, "..", name), "w", encoding="utf-8", newline="\n") as f:
        for l in order:
            o = {"text": l[1], "expect": l[2]}
            if len(l) > 3 and l[3]:
                o["more"] = l[3]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(name, len(lines), "more", more, "confirm", confirm, dict(sorted(counts.items())))

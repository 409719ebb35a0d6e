"""Shared helpers for corpus-unseen-11: the clock, expectation builders and the writer.

Started from corpus-unseen-10's gen/lib.py (same builders and writer; new date constants, weeks 41/42/45,
seed 20261208). parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date
constant below is checked with `date -d` (weekday included) each time a script runs, so a wrong constant stops
the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today, first thing, dziś/dzis, сегодня (an activity's default)
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # ystrdy, yesterday afternoon, wczoraj po południu, вчера днем
    "MONP":   ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # monday morning (past), w pon rano, в пн утром, "вру, в понедельник"
    "SUN15":  ("2026-11-15", "2026-11-18 -3 days",  "Sun"),  # 3 days ago
    "FRIP":   ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # 5 дней назад
    "THUP":   ("2026-11-12", "2026-11-18 -6 days",  "Thu"),  # back on thursday (past verb), w miniony czwartek
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # tomorrow, jutro, do czwartku, завтра
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # fri / on friday (future), w piątek, в пятницу
    "MON23":  ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # mon 11am, next monday, in 5 days, w pon o 9, za 5 dni, в пн в 10, через 5 дней
    "TUE24":  ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # next tuesday (en-demo reminder)
    "NOV27":  ("2026-11-27", "2026-11-27",          "Fri"),  # nov 27, do 27 listopada, к 27 ноября
    "EOM":    ("2026-11-30", "2026-11-30",          "Mon"),  # к концу месяца
    "DEC4":   ("2026-12-04", "2026-12-04",          "Fri"),  # by dec 4, na 4.12, на 4 декабря
    "DEC10":  ("2026-12-10", "2026-12-10",          "Thu"),  # dec 10, 10 grudnia, 10 декабря
    "DEC31":  ("2026-12-31", "2026-12-31",          "Thu"),  # year end
    "JAN15":  ("2027-01-15", "2027-01-15",          "Fri"),  # jan 15, do 15 stycznia, до 15 января
    "JAN31":  ("2027-01-31", "2027-01-31",          "Sun"),  # end of jan
    "FEB1":   ("2027-02-01", "2027-02-01",          "Mon"),  # feb 1, 1 lutego, 1 февраля
    "FEB28":  ("2027-02-28", "2027-02-28",          "Sun"),  # do końca lutego, до конца февраля
    "APR30":  ("2027-04-30", "2027-04-30",          "Fri"),  # apr 30, do końca kwietnia, до конца апреля
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W45": ("2026-W45", "2026-11-04"),
         "W42": ("2026-W42", "2026-10-14"), "W41": ("2026-W41", "2026-10-07")}

def _check_clock():
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    for name, (iso, expr, wd) in CLOCK.items():
        got = subprocess.run(["date", "-d", expr, "+%F %a"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == f"{iso} {wd}", (name, iso, expr, wd, got)
    for name, (week, day) in WEEKS.items():
        got = subprocess.run(["date", "-d", day, "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == week, (name, week, got)
    # "the week before last" (en) is W45: two ISO weeks before today's W47.
    got = subprocess.run(["date", "-d", "2026-11-18 -14 days", "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
    assert got == "2026-W45", got

_check_clock()
globals().update({k: v[0] for k, v in CLOCK.items()})
W47, W46, W45, W42, W41 = (WEEKS[k][0] for k in ("W47", "W46", "W45", "W42", "W41"))

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
SEED = 20261208
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

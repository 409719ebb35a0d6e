"""Shared helpers for corpus-unseen-13: the clock, expectation builders and the writer.

Started from corpus-unseen-12's gen/lib.py (same builders and writer; new date constants, weeks 36/37/38/45,
seed 20261210). parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date
constant below is checked with `date -d` (weekday included) each time a script runs, so a wrong constant stops
the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today (an activity's default), dziś rano, сегодня
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yestday, wczoraj, вчера утром
    "MONP":   ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # mon afternoon (past), "it was monday" (correction), в понедельник (past)
    "FRIP":   ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # 5 days ago, w zeszły piątek (correction), в пятницу (past)
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # tomorow 9am, thursday 4pm, jutro o 16, w czwartek, завтра в 17:00
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # remind me friday, w piątek o 12, в пятницу в 12
    "MON23":  ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # monday 10am (en-demo), в понедельник в 9 (reminder)
    "TUE24":  ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # tuesday (reminder), in 6 days, через 6 дней
    "THU26":  ("2026-11-26", "2026-11-18 +8 days",  "Thu"),  # thursday next week, w czwartek w przyszłym tygodniu, в четверг на следующей неделе
    "NOV30":  ("2026-11-30", "2026-11-30",          "Mon"),  # end of the month, do końca miesiąca, к 30 ноября
    "DEC2":   ("2026-12-02", "2026-12-02",          "Wed"),  # the 2nd of dec, za dwa tygodnie
    "DEC17":  ("2026-12-17", "2026-12-17",          "Thu"),  # closing dec 17, 17 grudnia o 10:30, 17 декабря в 15:30
    "DEC21":  ("2026-12-21", "2026-12-21",          "Mon"),  # dec 21, на 21 декабря
    "DEC22":  ("2026-12-22", "2026-12-22",          "Tue"),  # 22.12
    "DEC23":  ("2026-12-23", "2026-12-23",          "Wed"),  # dec 23, 23 grudnia, 23 декабря
    "DEC29":  ("2026-12-29", "2026-12-29",          "Tue"),  # dec 29, 29 grudnia, 29 декабря
    "JAN14":  ("2027-01-14", "2027-01-14",          "Thu"),  # jan 14, 14 stycznia
    "JAN13":  ("2027-01-13", "2027-01-13",          "Wed"),  # срок 13 января
    "JAN28":  ("2027-01-28", "2027-01-28",          "Thu"),  # jan 28, 28 stycznia, 28 января
    "FEB9":   ("2027-02-09", "2027-02-09",          "Tue"),  # feb 9, 9 lutego, 9 февраля
    "FEB24":  ("2027-02-24", "2027-02-24",          "Wed"),  # feb 24, 24 lutego, 24 февраля
    "MAR12":  ("2027-03-12", "2027-03-12",          "Fri"),  # mar 12, 12 marca, 12 марта
    "APR15":  ("2027-04-15", "2027-04-15",          "Thu"),  # 15 kwietnia, 15 апреля
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W45": ("2026-W45", "2026-11-04"),
         "W38": ("2026-W38", "2026-09-16"), "W37": ("2026-W37", "2026-09-09"), "W36": ("2026-W36", "2026-09-02")}

def _check_clock():
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    for name, (iso, expr, wd) in CLOCK.items():
        got = subprocess.run(["date", "-d", expr, "+%F %a"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == f"{iso} {wd}", (name, iso, expr, wd, got)
    for name, (week, day) in WEEKS.items():
        got = subprocess.run(["date", "-d", day, "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == week, (name, week, got)
    # "2 wks back" (en) is W45: two ISO weeks before today's W47.
    got = subprocess.run(["date", "-d", "2026-11-18 -14 days", "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
    assert got == "2026-W45", got

_check_clock()
globals().update({k: v[0] for k, v in CLOCK.items()})
W47, W46, W45, W38, W37, W36 = (WEEKS[k][0] for k in ("W47", "W46", "W45", "W38", "W37", "W36"))

VISIT = ["visit", "meeting"]; ONSITE = ["meeting", "visit"]; VIDEO = ["meeting", "call"]
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
SEED = 20261210
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

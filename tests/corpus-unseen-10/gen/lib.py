"""Shared helpers for corpus-unseen-10: the clock, expectation builders and the writer.

Started from corpus-unseen-9's gen/lib.py (same builders and writer; new date constants, week 43, seed 20261207).
parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date constant below is
checked with `date -d` (weekday included) each time a script runs, so a wrong constant stops the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today, this morning, dziś, сегодня (the default for an activity)
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yest, last night, yesterday arvo, wczoraj (wieczorem), вчера (вечером)
    "MONP":   ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # przedwczoraj, позавчера
    "WEDP":   ("2026-11-11", "2026-11-18 -7 days",  "Wed"),  # last wed, w zeszłą środę, в прошлую среду
    "THUP":   ("2026-11-12", "2026-11-18 -6 days",  "Thu"),  # "on fri — my bad, thursday", "poprawka: w czwartek", "хотя нет, в четверг"
    "FRIP":   ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # on fri (past verb)
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # thurs (future), jutro, завтра
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # day after tmrw
    "TUE":    ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # next tue, we wtorek (future), во вторник (future)
    "WK1":    ("2026-11-25", "2026-11-18 +7 days",  "Wed"),  # za tydzień, через неделю
    "WK2":    ("2026-12-02", "2026-11-18 +14 days", "Wed"),  # in a fortnight, na 2 grudnia, 2 декабря
    "EOM":    ("2026-11-30", "2026-11-30",          "Mon"),  # by EOM, na koniec miesiąca, до конца месяца
    "DEC3":   ("2026-12-03", "2026-12-03",          "Thu"),  # dec 3, due dec 3, 3 grudnia, 3 декабря
    "DEC7":   ("2026-12-07", "2026-12-07",          "Mon"),  # dec 7, 7 grudnia, 7 декабря
    "DEC11":  ("2026-12-11", "2026-12-11",          "Fri"),  # do 11 grudnia, до 11 декабря
    "DEC14":  ("2026-12-14", "2026-12-14",          "Mon"),  # 14th dec, 14.12
    "DEC16":  ("2026-12-16", "2026-12-16",          "Wed"),  # do 16.12, до 16 декабря
    "DEC21":  ("2026-12-21", "2026-12-21",          "Mon"),  # 21 grudnia, к 21 декабря
    "DEC31":  ("2026-12-31", "2026-12-31",          "Thu"),  # до конца года
    "JAN8":   ("2027-01-08", "2027-01-08",          "Fri"),  # jan 8, 8 stycznia
    "JAN22":  ("2027-01-22", "2027-01-22",          "Fri"),  # jan 22, do 22 stycznia, 22 января
    "JAN28":  ("2027-01-28", "2027-01-28",          "Thu"),  # на 28 января
    "FEB5":   ("2027-02-05", "2027-02-05",          "Fri"),  # feb 5, до 5 февраля
    "FEB15":  ("2027-02-15", "2027-02-15",          "Mon"),  # 15 февраля
    "MAR15":  ("2027-03-15", "2027-03-15",          "Mon"),  # na 15 marca
    "MAR31":  ("2027-03-31", "2027-03-31",          "Wed"),  # end of Q1, do końca I kwartału
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W45": ("2026-W45", "2026-11-02"),
         "W44": ("2026-W44", "2026-10-28"), "W43": ("2026-W43", "2026-10-21")}

def _check_clock():
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    for name, (iso, expr, wd) in CLOCK.items():
        got = subprocess.run(["date", "-d", expr, "+%F %a"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == f"{iso} {wd}", (name, iso, expr, wd, got)
    for name, (week, day) in WEEKS.items():
        got = subprocess.run(["date", "-d", day, "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == week, (name, week, got)
    # "the week of nov 2" (en) is W45 because 2026-11-02 is that week's Monday.
    got = subprocess.run(["date", "-d", "2026-11-02", "+%a %G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
    assert got == "Mon 2026-W45", got

_check_clock()
globals().update({k: v[0] for k, v in CLOCK.items()})
W47, W46, W45, W44, W43 = (WEEKS[k][0] for k in ("W47", "W46", "W45", "W44", "W43"))

VISIT = ["visit", "meeting"]; VIDEO = ["meeting", "call"]
NEG = ["unknown", "help", "add_task"]; CHAT = ["unknown", "help"]; Q = ["show_account", "unknown", "help"]
AMT = ["create_deal", "update_deal"]

def d(**kw): return {k: v for k, v in kw.items() if v is not None}
def act(a, acc=None, con=None, date=T, **kw): return d(intent="log_activity", activity=a, account=acc, contact=con, date=date, **kw)
def mv(deal, stage, **kw): return d(intent="move_deal", deal=deal, stage=stage, **kw)
def up(deal, **kw): return d(intent="update_deal", deal=deal, **kw)
def new(deal, **kw): return d(intent="create_deal", deal=deal, **kw)
def task(date=None, title=None, time=None): return d(intent="add_task", date=date, title=title, time=time)
def done(title=None): return d(intent="complete_task", title=title)
def plan(n): return {"intent": "set_plan", "items": n}
def I(i, **kw): return d(intent=i, **kw)
def conf(e): return dict(e, confirm=True)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
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

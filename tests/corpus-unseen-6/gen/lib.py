"""Shared helpers for corpus-unseen-6: the clock, expectation builders and the writer.

parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date constant below is
checked with `date -d` each time a script runs, so a wrong constant stops the generator.
"""
import json, os, random, subprocess

NOW = "2026-11-18"
# name: (ISO date, the `date -d` expression that must give it, the weekday it must be)
CLOCK = {
    "T":     ("2026-11-18", "2026-11-18",          "Wed"),  # today, this am, dziś/dzis, rano, сегодня, утром
    "Y":     ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yesterday/yday/ystrdy, wczoraj, вчера, "tuesday (past)"
    "D2":    ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # monday (past), 2 days ago, przedwczoraj, позавчера
    "LF":    ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # last fri, w zeszły piątek, в прошлую пятницу
    "TMR":   ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # tmrw/tomoz, jutro, завтра
    "FRI":   ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # fri (future), w piątek, do piątku, в пятницу, к пятнице
    "MON":   ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # next mon, w przyszły poniedziałek, в след. понедельник
    "TUE":   ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # next tue, w przyszły wtorek, в след. вторник
    "WK":    ("2026-11-25", "2026-11-18 +7 days",  "Wed"),  # in a week, the 25th, za tydzień, через неделю
    "NTH":   ("2026-11-26", "2026-11-18 +8 days",  "Thu"),  # next thursday (en-demo only)
    "N27":   ("2026-11-27", "2026-11-27",          "Fri"),  # nov 27, 27 listopada, 27 ноября
    "EOM":   ("2026-11-30", "2026-11-30",          "Mon"),  # end of month/eom, do końca miesiąca, до конца месяца
    "W2":    ("2026-12-02", "2026-11-18 +14 days", "Wed"),  # in 2 weeks, za dwa tygodnie, через две недели
    "DEC4":  ("2026-12-04", "2026-12-04",          "Fri"),  # dec 4th, 4 grudnia, 4 декабря
    "DEC14": ("2026-12-14", "2026-12-14",          "Mon"),  # the 14th (next one not passed), 14 grudnia, 14 декабря
    "DEC18": ("2026-12-18", "2026-12-18",          "Fri"),  # dec 18, 18 grudnia, 18 декабря
    "EOY":   ("2026-12-31", "2026-12-31",          "Thu"),  # end of year, do końca roku, до конца года
    "JAN8":  ("2027-01-08", "2027-01-08",          "Fri"),  # jan 8, 8 stycznia, 8 января
    "JAN29": ("2027-01-29", "2027-01-29",          "Fri"),  # jan 29, 29 stycznia, 29 января
    "FEB26": ("2027-02-26", "2027-02-26",          "Fri"),  # feb 26, 26 lutego, 26 февраля
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W44": ("2026-W44", "2026-10-28")}

def _check_clock():
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    for name, (iso, expr, wd) in CLOCK.items():
        got = subprocess.run(["date", "-d", expr, "+%F %a"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == f"{iso} {wd}", (name, iso, expr, wd, got)
    for name, (week, day) in WEEKS.items():
        got = subprocess.run(["date", "-d", day, "+%G-W%V"], capture_output=True, text=True, env=env).stdout.strip()
        assert got == week, (name, week, got)

_check_clock()
globals().update({k: v[0] for k, v in CLOCK.items()})
W47, W46, W44 = (WEEKS[k][0] for k in ("W47", "W46", "W44"))

VISIT = ["visit", "meeting"]; VIDEO = ["meeting", "call"]
NEG = ["unknown", "help", "add_task"]; CHAT = ["unknown", "help"]; Q = ["show_account", "unknown", "help"]
WHO = ["kpi_digest", "standup"]; AMT = ["create_deal", "update_deal"]

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
SEED = 20261206
MIX = {"act": 42, "deal": 24, "task": 18, "query": 12, "plan": 6, "misc": 6, "nolog": 12}
DEMO_MIX = {"act": 21, "deal": 12, "task": 9, "query": 7, "plan": 2, "misc": 3, "nolog": 6}
FIELDS = {"intent", "activity", "account", "contact", "deal", "stage", "amount", "currency", "date", "time", "title",
          "items", "scope", "week", "colleagues", "confirm"}

def write(name, lines, mix, more_range):
    """lines: (category, text, expect[, more]); mix: the category counts the file must have."""
    counts = {}
    for l in lines:
        counts[l[0]] = counts.get(l[0], 0) + 1
        assert isinstance(l[1], str) and l[1].strip() and isinstance(l[2], dict) and "intent" in l[2], l
        for e in [l[2]] + (list(l[3]) if len(l) > 3 and l[3] else []):
            assert set(e) <= FIELDS and "intent" in e, (l[1], e)
    assert counts == mix, (name, counts, mix)
    texts = [l[1] for l in lines]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    more = sum(1 for l in lines if len(l) > 3 and l[3])
    assert more_range[0] <= more <= more_range[1], (name, "more", more)
    confirm = sum(1 for l in lines if l[2].get("confirm"))
    assert confirm == 2, (name, "confirm", confirm)
    order = list(lines)
    random.Random(SEED).shuffle(order)
    path = os.path.join(HERE, "..", name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for l in order:
            o = {"text": l[1], "expect": l[2]}
            if len(l) > 3 and l[3]:
                o["more"] = l[3]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(name, len(lines), "more", more, "confirm", confirm, dict(sorted(counts.items())))

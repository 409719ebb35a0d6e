"""Shared helpers for corpus-unseen-8: the clock, expectation builders and the writer.

parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date constant below is
checked with `date -d` each time a script runs, so a wrong constant stops the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today, this morning, dziś rano, сегодня утром
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yesterday, yday, wczoraj, tuesday/we wtorek/во вторник (past)
    "D2":     ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # mon (past), 2 days ago, 2 dni temu, 2 дня назад
    "LF":     ("2026-11-13", "2026-11-18 -5 days",  "Fri"),  # friday (past verb), last friday, w piątek (past), в пятницу (past)
    "W1AGO":  ("2026-11-11", "2026-11-18 -7 days",  "Wed"),  # a week ago, tydzień temu, неделю назад
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # tmrw, jutro, завтра
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # fri (future), do piątku, pojutrze, к пятнице, послезавтра
    "D3F":    ("2026-11-21", "2026-11-18 +3 days",  "Sat"),  # in 3 days, za 3 dni, через 3 дня
    "MON":    ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # next mon, przyszły poniedziałek, следующий понедельник
    "TUE":    ("2026-11-24", "2026-11-18 +6 days",  "Tue"),  # tue (future, in a reminder)
    "NOV27":  ("2026-11-27", "2026-11-27",          "Fri"),  # on the 27th
    "EOM":    ("2026-11-30", "2026-11-30",          "Mon"),  # end of month, koniec miesiąca, до конца месяца
    "W2":     ("2026-12-02", "2026-11-18 +14 days", "Wed"),  # in 2 weeks, za 2 tygodnie, через две недели
    "DEC4":   ("2026-12-04", "2026-12-04",          "Fri"),  # dec 4th, 4 grudnia
    "DEC7":   ("2026-12-07", "2026-12-07",          "Mon"),  # 7 декабря
    "DEC8":   ("2026-12-08", "2026-12-08",          "Tue"),  # dec 8th
    "DEC11":  ("2026-12-11", "2026-12-11",          "Fri"),  # dec 11
    "DEC15":  ("2026-12-15", "2026-12-15",          "Tue"),  # dec 15, 15.12
    "EOY":    ("2026-12-31", "2026-12-31",          "Thu"),  # end of year, do końca roku, до конца года
    "JAN20":  ("2027-01-20", "2027-01-20",          "Wed"),  # 20 stycznia
    "JAN25":  ("2027-01-25", "2027-01-25",          "Mon"),  # 25 января
    "JAN29":  ("2027-01-29", "2027-01-29",          "Fri"),  # jan 29
    "FEB26":  ("2027-02-26", "2027-02-26",          "Fri"),  # feb 26th
}
WEEKS = {"W47": ("2026-W47", "2026-11-18"), "W46": ("2026-W46", "2026-11-11"), "W45": ("2026-W45", "2026-11-04"),
         "W44": ("2026-W44", "2026-10-28")}

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
W47, W46, W45, W44 = (WEEKS[k][0] for k in ("W47", "W46", "W45", "W44"))

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

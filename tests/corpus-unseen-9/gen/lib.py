"""Shared helpers for corpus-unseen-9: the clock, expectation builders and the writer.

parse-eval runs `parse --now 2026-11-18T10:00:00` (a Wednesday, ISO week 2026-W47). Every date constant below is
checked with `date -d` each time a script runs, so a wrong constant stops the generator.
"""
import json, os, random, subprocess

CLOCK = {
    "T":      ("2026-11-18", "2026-11-18",          "Wed"),  # today, this morning, earlier today, dziś rano, сегодня
    "Y":      ("2026-11-17", "2026-11-18 -1 day",   "Tue"),  # yesterday, yday, wczoraj, вчера
    "MONP":   ("2026-11-16", "2026-11-18 -2 days",  "Mon"),  # the day before yesterday, on monday (past), w poniedziałek (past), в понедельник (past)
    "THUP":   ("2026-11-12", "2026-11-18 -6 days",  "Thu"),  # last thu(rsday), w (zeszły) czwartek (past), в прошлый четверг
    "TMR":    ("2026-11-19", "2026-11-18 +1 day",   "Thu"),  # tomorrow, thu (future), jutro, завтра
    "FRI":    ("2026-11-20", "2026-11-18 +2 days",  "Fri"),  # on friday (reminder), w piątek (reminder), в пятницу (reminder)
    "MON":    ("2026-11-23", "2026-11-18 +5 days",  "Mon"),  # monday (future), w poniedziałek (reminder), в понедельник (reminder)
    "WK1":    ("2026-11-25", "2026-11-18 +7 days",  "Wed"),  # a week from today, na przyszłą środę, к следующей среде
    "EOM":    ("2026-11-30", "2026-11-30",          "Mon"),  # end of the month, do końca listopada, до конца ноября
    "DEC1":   ("2026-12-01", "2026-12-01",          "Tue"),  # dec 1st, 1 grudnia
    "DEC9":   ("2026-12-09", "2026-12-09",          "Wed"),  # dec 9, 9.12, 9 декабря
    "D3W":    ("2026-12-09", "2026-11-18 +21 days", "Wed"),  # in 3 weeks, za 3 tygodnie, через три недели
    "DEC10":  ("2026-12-10", "2026-12-10",          "Thu"),  # do 10 grudnia, до 10 декабря
    "DEC18":  ("2026-12-18", "2026-12-18",          "Fri"),  # dec 18, 18 grudnia, 18 декабря
    "JAN12":  ("2027-01-12", "2027-01-12",          "Tue"),  # jan 12
    "JAN14":  ("2027-01-14", "2027-01-14",          "Thu"),  # jan 14, 14 января
    "JAN18":  ("2027-01-18", "2027-01-18",          "Mon"),  # 18 stycznia
    "FEB10":  ("2027-02-10", "2027-02-10",          "Wed"),  # feb 10
    "MAR31":  ("2027-03-31", "2027-03-31",          "Wed"),  # end of march, do końca marca, в конце марта
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

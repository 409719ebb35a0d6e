import json, subprocess
T="2026-11-18"; Y="2026-11-17"; D2="2026-11-16"; LF="2026-11-13"; LTH="2026-11-12"
TMR="2026-11-19"; FRI="2026-11-20"; IN3="2026-11-21"; MON="2026-11-23"; TUE="2026-11-24"; WK="2026-11-25"
NTH="2026-11-26"; EOM="2026-11-30"; W2="2026-12-02"; DEC1="2026-12-01"; DEC3="2026-12-03"; DEC15="2026-12-15"
DEC20="2026-12-20"; EOY="2026-12-31"; JAN10="2027-01-10"; JAN15="2027-01-15"; JAN20="2027-01-20"; EOJ="2027-01-31"
VISIT=["visit","meeting"]; VIDEO=["meeting","call"]
NEG=["unknown","help","add_task"]; CHAT=["unknown","help"]; Q=["show_account","unknown","help"]; WHO=["kpi_digest","standup"]
def d(**kw): return {k:v for k,v in kw.items() if v is not None}
def act(a, acc=None, con=None, date=T, **kw): return d(intent="log_activity", activity=a, account=acc, contact=con, date=date, **kw)
def mv(deal, stage, **kw): return d(intent="move_deal", deal=deal, stage=stage, **kw)
def up(deal, **kw): return d(intent="update_deal", deal=deal, **kw)
def new(deal, **kw): return d(intent="create_deal", deal=deal, **kw)
def task(date=None, title=None, time=None): return d(intent="add_task", date=date, title=title, time=time)
def done(title=None): return d(intent="complete_task", title=title)
def plan(n): return {"intent":"set_plan","items":n}
def I(i, **kw): return d(intent=i, **kw)
def write(path, lines, cat_expected=None):
    with open(path,"w",encoding="utf-8") as f:
        for l in lines:
            text, exp = l[0], l[1]
            o={"text":text,"expect":exp}
            if len(l)>2 and l[2]: o["more"]=l[2]
            f.write(json.dumps(o,ensure_ascii=False)+"\n")
    n=len(lines); more=sum(1 for l in lines if len(l)>2 and l[2]); conf=sum(1 for l in lines if l[1].get("confirm"))
    print(path, n, "more", more, "confirm", conf)

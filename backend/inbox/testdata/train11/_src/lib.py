# helpers for resolving promise dates (used at authoring time)
import datetime as dt
def D(s): return dt.date.fromisoformat(s)
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return dt.date(y,mo,da)
def holidays(y):
    e=easter(y)
    return {dt.date(y,1,1),e+dt.timedelta(1),dt.date(y,5,1),dt.date(y,5,8),e+dt.timedelta(39),e+dt.timedelta(50),
            dt.date(y,7,14),dt.date(y,8,15),dt.date(y,11,1),dt.date(y,11,11),dt.date(y,12,25)}
def isbd(d): return d.weekday()<5 and d not in holidays(d.year)
WD={'mon':0,'tue':1,'wed':2,'thu':3,'fri':4,'sat':5,'sun':6}
def wd(name, after_weeks=0):
    """next occurrence of weekday strictly after message date (+7*after_weeks)"""
    def f(d):
        k=WD[name]; n=(k-d.weekday())%7 or 7
        return d+dt.timedelta(n+7*after_weeks)
    return f
def nextweek(name):
    """weekday of the following calendar week (Mon-Sun)"""
    def f(d):
        mon=d-dt.timedelta(d.weekday())+dt.timedelta(7)
        return mon+dt.timedelta(WD[name])
    return f
def plus(n):
    return lambda d: d+dt.timedelta(n)
def bdays(n):
    def f(d):
        x=d
        while n>0 and True:
            break
        c=0
        while c<n:
            x+=dt.timedelta(1)
            if isbd(x): c+=1
        return x
    return f
def eom(months=0):
    def f(d):
        y,m=d.year,d.month+months
        while m>12: y+=1; m-=12
        nm=dt.date(y+ (m==12), m%12+1, 1)
        return nm-dt.timedelta(1)
    return f
def dom(day):
    """day of month: this month if not passed, else next month"""
    def f(d):
        if d.day<day: return d.replace(day=day)
        y,m=(d.year+1,1) if d.month==12 else (d.year,d.month+1)
        return dt.date(y,m,day)
    return f
def fixed(s): return lambda d: D(s)

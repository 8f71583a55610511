"""Date expressions used in promise replies, with their resolution rules.

Every function receives the message's local date (datetime.date) and returns a
list of candidates (kind, text, resolved_date).  Only expressions that are
unambiguous under the corpus conventions (see README.md) are produced.
"""
import datetime as dt
import calendar

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

D = dt.timedelta


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def fr_day(n):
    return "1er" if n == 1 else str(n)


def next_weekday(d, wd):
    """next such weekday strictly after d"""
    k = (wd - d.weekday()) % 7
    return d + D(days=k or 7)


def monday(d):
    return d - D(days=d.weekday())


def next_dom(d, day):
    """next occurrence of day-of-month `day` strictly after d"""
    y, m = d.year, d.month
    if day > d.day and day <= calendar.monthrange(y, m)[1]:
        return dt.date(y, m, day)
    m += 1
    if m == 13:
        y, m = y + 1, 1
    return dt.date(y, m, day)


def add_month(d, n=1):
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def business_after(h):
    d = h + D(days=1)
    while d.weekday() >= 5:
        d += D(days=1)
    return d


def candidates(d, lang, rng):
    c = []
    fr = lang == "fr"
    # weekday (strictly after)
    wd = rng.randrange(5)
    t = next_weekday(d, wd)
    c.append(("weekday", FR_WD[wd] if fr else rng.choice([f"on {EN_WD[wd]}", f"{EN_WD[wd]}", f"this coming {EN_WD[wd]}"]), t))
    # "mardi prochain" only when both readings agree (message on/after that weekday)
    wd2 = rng.randrange(5)
    if d.weekday() >= wd2:
        c.append(("weekday_next", f"{FR_WD[wd2]} prochain" if fr else f"next {EN_WD[wd2]}", next_weekday(d, wd2)))
    # day of next calendar week
    wd3 = rng.randrange(5)
    t = monday(d) + D(days=7 + wd3)
    c.append(("day_next_week", f"{FR_WD[wd3]} de la semaine prochaine" if fr else f"on {EN_WD[wd3]} next week", t))
    # next week -> Monday of next week
    c.append(("next_week", rng.choice(["la semaine prochaine", "dans le courant de la semaine prochaine"]) if fr
              else rng.choice(["next week", "sometime next week"]), monday(d) + D(days=7)))
    # end of week -> Friday of current week (only Mon-Thu)
    if d.weekday() <= 3:
        c.append(("end_of_week", rng.choice(["en fin de semaine", "d'ici la fin de la semaine", "fin de semaine"]) if fr
                  else rng.choice(["by the end of the week", "at the end of this week"]), monday(d) + D(days=4)))
    # day of month alone
    dom = rng.choice([2, 3, 5, 6, 8, 10, 12, 14, 15, 16, 18, 20, 22, 24, 25, 26, 28])
    t = next_dom(d, dom)
    c.append(("dom", f"le {fr_day(dom)}" if fr else f"on the {ordinal(dom)}", t))
    # day of next month
    dom = rng.choice([1, 5, 10, 15])
    y, m = add_month(d)
    c.append(("dom_next_month", f"le {fr_day(dom)} du mois prochain" if fr else f"on the {ordinal(dom)} of next month", dt.date(y, m, dom)))
    # end of month
    if d.day <= last_day(d.year, d.month).day - 3:
        c.append(("end_of_month", rng.choice(["à la fin du mois", "fin du mois", "en fin de mois", "avant la fin du mois"]) if fr
                  else rng.choice(["at the end of the month", "by the end of the month", "at month end"]), last_day(d.year, d.month)))
    y, m = add_month(d)
    c.append(("end_next_month", "fin " + FR_MONTHS[m - 1] if fr else f"at the end of {EN_MONTHS[m - 1]}", last_day(y, m)))
    # beginning of month
    n = rng.choice([1, 1, 2])
    y, m = add_month(d, n)
    c.append(("begin_month", f"début {FR_MONTHS[m - 1]}" if fr else f"in early {EN_MONTHS[m - 1]}", dt.date(y, m, 1)))
    # mid month
    y, m = add_month(d, 1)
    c.append(("mid_month", f"mi-{FR_MONTHS[m - 1]}" if fr else f"mid-{EN_MONTHS[m - 1]}", dt.date(y, m, 15)))
    # relative days
    if fr:
        k = rng.choice(["huitaine", "quinzaine"])
        c.append(("sous_" + k, f"sous {k}", d + D(days=7 if k == "huitaine" else 15)))
        n = rng.choice([3, 5, 10, 10, 15, 20, 30])
        c.append(("in_n_days", rng.choice([f"d'ici {n} jours", f"sous {n} jours", f"dans les {n} jours"]), d + D(days=n)))
    else:
        n = rng.choice([3, 5, 7, 10, 14, 15, 30])
        c.append(("in_n_days", rng.choice([f"within {n} days", f"in the next {n} days"]), d + D(days=n)))
    c.append(("tomorrow", rng.choice(["demain", "dès demain", "demain matin"]) if fr else rng.choice(["tomorrow", "first thing tomorrow"]), d + D(days=1)))
    # holidays
    if dt.date(2026, 11, 10) <= d < dt.date(2026, 12, 24):
        c.append(("after_christmas", "après Noël" if fr else "after Christmas", dt.date(2026, 12, 28)))
    if d >= dt.date(2026, 11, 20):
        c.append(("after_holidays", rng.choice(["après les fêtes", "après les fêtes de fin d'année"]) if fr
                  else rng.choice(["after the holidays", "after New Year"]), dt.date(2027, 1, 4)))
    if fr and dt.date(2026, 10, 1) <= d < dt.date(2026, 10, 30):
        c.append(("after_toussaint", "après la Toussaint", business_after(dt.date(2026, 11, 1))))
    if fr and dt.date(2026, 10, 12) <= d < dt.date(2026, 11, 9):
        c.append(("after_11nov", "après le 11 novembre", business_after(dt.date(2026, 11, 11))))
    if not fr and dt.date(2026, 11, 1) <= d < dt.date(2026, 11, 24):
        c.append(("after_thanksgiving", "after Thanksgiving", business_after(dt.date(2026, 11, 26))))
    # week of a date -> Friday of that week
    mon = monday(d) + D(days=7 * rng.choice([1, 2, 3]))
    c.append(("week_of", f"dans la semaine du {fr_day(mon.day)}" if fr else f"during the week of the {ordinal(mon.day)}", mon + D(days=4)))
    # range -> later day
    n = rng.randrange(6, 26)
    hi = d + D(days=n)
    lo_day = hi.day - rng.choice([3, 4, 5])
    if lo_day >= 1 and hi.day > 5:
        c.append(("range", f"entre le {fr_day(lo_day)} et le {hi.day}" if fr else f"between the {ordinal(lo_day)} and the {ordinal(hi.day)}", hi))
    # payment run / committee
    dom = rng.choice([5, 10, 15, 18, 20, 25, 28])
    t = next_dom(d, dom)
    if fr:
        c.append(("payment_run", rng.choice([f"lors de notre comité de paiement du {dom}", f"avec le prochain virement groupé du {dom}",
                                             f"au prochain virement groupé du {dom}", f"lors de notre campagne de paiement du {dom}"]), t))
    else:
        c.append(("payment_run", rng.choice([f"in our payment run on the {ordinal(dom)}", f"with our next batch payment on the {ordinal(dom)}",
                                             f"at the payment committee on the {ordinal(dom)}"]), t))
    # absolute day + month
    t = d + D(days=rng.randrange(4, 40))
    c.append(("absolute", f"le {fr_day(t.day)} {FR_MONTHS[t.month - 1]}" if fr else rng.choice([f"on {EN_MONTHS[t.month - 1]} {t.day}", f"on {t.day} {EN_MONTHS[t.month - 1]}"]), t))
    return c

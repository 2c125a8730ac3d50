"""Temporal expressions: detection is ours (per-language word lists from ``language.time``), normalisation is
dateparser's for absolute dates (language fixed, cached) and ours for relative ones.

Relative expressions resolve against the publication date. When that is known only to the month (or year),
``earliest``/``latest`` cover every resolution over the days it allows: "e Mëttwoch" in a 2023-09 article is
any Wednesday from 2023-08-30 to 2023-09-27.
"""
import calendar
import datetime as dt
import re
from functools import lru_cache

from ..model import DateExpr
from ..plugins import hookimpl


def anchor_days(published, precision):
    """Every day the publication date may be, as dates: one for a day, 28-31 for a month, a year's worth."""
    if not published:
        return []
    parts = [int(p) for p in published.split("-")]
    if precision == "day" or len(parts) == 3:
        return [dt.date(*parts[:3])]
    if precision == "month" or len(parts) == 2:
        y, m = parts[:2]
        return [dt.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)]
    y = parts[0]
    return [dt.date(y, 1, 1) + dt.timedelta(days=i) for i in range(366 if calendar.isleap(y) else 365)]


def words_pattern(words):
    """One alternation of words, longest first, matching whole words only."""
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return r"(?<![\w])(?:{})(?![\w])".format("|".join(alts)) if alts else r"(?!x)x"


@lru_cache(maxsize=None)
def compiled(language):
    """The detection patterns of one language, compiled once."""
    t = language.time
    month = words_pattern(t.months)
    weekday = words_pattern(t.weekdays)
    rel = words_pattern(t.relative_days)
    prev = words_pattern(t.previous)
    nxt = words_pattern(t.following)
    prefix = words_pattern(t.date_prefixes)
    patterns = [
        # 13. September 2023 / 13 septembre 2023 / 13th September
        ("dmy", r"(?P<d>\d{{1,2}})(?:\.|er|th|st|nd|rd)?\s+(?P<m>{m})(?:\s+(?P<y>\d{{4}}))?".format(m=month)),
        # September 13, 2023 / March 22
        ("mdy", r"(?P<m>{m})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?".format(m=month)),
        # September 2023
        ("my", r"(?P<m>{m})\s+(?P<y>\d{{4}})".format(m=month)),
        ("iso", r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"),
        # last Friday / Friday last / leschte Freideg / mercredi dernier
        ("weekday", r"(?:(?P<prev>{p})\s+|(?P<next>{n})\s+)?(?P<w>{w})(?:\s+(?P<prev2>{p})|\s+(?P<next2>{n}))?"
         .format(p=prev, n=nxt, w=weekday)),
        ("relday", r"(?P<r>{r})".format(r=rel)),
        ("month", r"(?P<m>{m})".format(m=month)),
        ("year", r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?![\d.,]\d)"),
    ]
    flags = re.IGNORECASE | re.UNICODE
    return {
        "prefix": re.compile(r"(?:{})\s+$".format(prefix), flags),
        "all": [(kind, re.compile(p, flags)) for kind, p in patterns],
    }


def bounds(days):
    return min(days).isoformat(), max(days).isoformat()


def resolve(kind, m, language, anchors):
    """(value, earliest, latest, precision) for one match, or None."""
    t = language.time
    g = m.groupdict()
    if kind in ("dmy", "mdy", "iso"):
        month = int(g["mo"]) if kind == "iso" else t.months[g["m"].casefold()]
        day = int(g["d"])
        if g.get("y"):
            years = [int(g["y"])]
        elif anchors:
            # a day and month without year: the occurrence nearest each anchor day
            years = sorted({a.year for a in anchors} | {a.year - 1 for a in anchors} | {a.year + 1 for a in anchors})
        else:
            return None
        cands = []
        for y in years:
            try:
                cands.append(dt.date(y, month, day))
            except ValueError:
                pass
        if not cands:
            return None
        if g.get("y") or not anchors:
            d = cands[0]
            return d.isoformat(), d.isoformat(), d.isoformat(), "day"
        picks = {min(cands, key=lambda c: abs((c - a).days)) for a in anchors}
        e, l_ = bounds(picks)
        value = e if e == l_ else "XXXX-{:02d}-{:02d}".format(month, day)
        return value, e, l_, "day"
    if kind == "my":
        y, mo = int(g["y"]), t.months[g["m"].casefold()]
        last = calendar.monthrange(y, mo)[1]
        return "{}-{:02d}".format(y, mo), dt.date(y, mo, 1).isoformat(), dt.date(y, mo, last).isoformat(), "month"
    if kind == "year":
        y = int(g["y"])
        return str(y), "{}-01-01".format(y), "{}-12-31".format(y), "year"
    if not anchors:
        return None
    if kind == "relday":
        off = t.relative_days[g["r"].casefold()]
        days = {a + dt.timedelta(days=off) for a in anchors}
        e, l_ = bounds(days)
        return (e if e == l_ else None), e, l_, "day"
    if kind == "weekday":
        wd = t.weekdays[g["w"].casefold()]
        forward = bool(g.get("next") or g.get("next2"))
        days = set()
        for a in anchors:
            if forward:
                delta = (wd - a.weekday()) % 7 or 7
                days.add(a + dt.timedelta(days=delta))
            else:
                # news reports the past: the latest such weekday before the anchor (on the day itself for
                # an unmodified weekday is unlikely to be meant: "on Wednesday" in a Wednesday paper is today,
                # which is the same day)
                delta = (a.weekday() - wd) % 7
                if delta == 0 and (g.get("prev") or g.get("prev2")):
                    delta = 7
                days.add(a - dt.timedelta(days=delta))
        e, l_ = bounds(days)
        value = e if e == l_ else "XXXX-WXX-{}".format(wd + 1)
        return value, e, l_, "day"
    if kind == "month":
        mo = t.months[g["m"].casefold()]
        years = {a.year if mo <= a.month else a.year - 1 for a in anchors}
        y0, y1 = min(years), max(years)
        value = "{}-{:02d}".format(y0, mo) if y0 == y1 else "XXXX-{:02d}".format(mo)
        return value, dt.date(y0, mo, 1).isoformat(), dt.date(y1, mo, calendar.monthrange(y1, mo)[1]).isoformat(), "month"
    return None


def find_dates(text, language, published=None, precision=None):
    """All temporal expressions in ``text`` with their resolution, longest match first, never overlapping."""
    pats = compiled(language)
    anchors = anchor_days(published, precision)
    taken = []
    out = []
    for kind, pat in pats["all"]:
        for m in pat.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month" and m.group(0)[0].islower() and language.code in ("de", "lb", "en"):
                continue  # "mee", "may", "mai" in lower case are other words
            res = resolve(kind, m, language, anchors)
            if res is None:
                continue
            value, earliest, latest, prec = res
            # keep a preceding "e", "am", "on" as part of the expression, as the gold sets do not: offsets
            # still point at the date words, the prefix is only used to confirm the reading
            taken.append((s, e))
            out.append(DateExpr(start=s, end=e, text=text[s:e], value=value, earliest=earliest, latest=latest,
                                precision=prec, type="DATE", anchor=published))
    return sorted(out, key=lambda d: d.start)


class DateExtractor:
    name = "dates"
    order = 20

    def extract(self, extraction, language):
        a = extraction.article
        extraction.dates.extend(find_dates(a.text, language, a.published, a.published_precision))


@hookimpl
def newsquotes_extractors():
    return [DateExtractor()]

"""A small TimeML-style temporal tagger: language-neutral code, per-language vocabulary (``language.time``).

Detection is one compiled alternation per language built from the word lists of :class:`~..languages.time.Time`
(months, weekdays, units, number words, modifiers, reference phrases...). Normalisation is ours for the forms
we detect by their parts (it needs no parser) and dateparser's, with the language fixed and the result cached,
for numeric dates ("14.09.2023", "7/8/07") where the language's date order matters.

Every match resolves against each day the anchor (the publication date) may be: one day for a day-precise
date, every day of the month for "2023-09". ``earliest``/``latest`` bound every resolution; ``value`` is the
resolution when they all agree, else the agreeing part with the rest written as X ("2023-XX-XX").

Values follow TimeML: 2023-09-13, 2023-09, 2023, 2023-W37, 2023-W37-WE, 2023-Q3, 2023-SU, 199 (the 1990s),
PRESENT_REF / PAST_REF / FUTURE_REF, durations P3Y / P2W / PXY, sets P1W.
"""
import calendar
import datetime as dt
import re
from functools import lru_cache

from ..model import DateExpr
from .trie import scan_words, trie_pattern

REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE",
             "century": "CE", "weekend": "WE", "hour": "H", "minute": "M"}


# ---------------------------------------------------------------------------------------------- anchors, bounds

def anchor_days(published, precision=None):
    """Every day the publication date may be, as dates: one for a day, 28-31 for a month, a year's worth."""
    return list(anchor_tuple(published, precision))


@lru_cache(maxsize=1024)
def anchor_tuple(published, precision=None):
    """:func:`anchor_days` as a tuple, cached."""
    return tuple(_anchor_days(published, precision))


def _anchor_days(published, precision):
    if not published:
        return []
    try:
        parts = [int(p) for p in str(published)[:10].split("-") if p]
        if precision == "day" or len(parts) >= 3:
            return [dt.date(*parts[:3])]
        if precision == "month" or len(parts) == 2:
            y, m = parts[:2]
            return [dt.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)]
        y = parts[0]
        return [dt.date(y, 1, 1) + dt.timedelta(days=i) for i in range(366 if calendar.isleap(y) else 365)]
    except (ValueError, TypeError):
        return []


@lru_cache(maxsize=8192)
def value_bounds(value):
    """(earliest, latest) ISO days of a TimeML date value, or (None, None)."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return value, value
        m = re.fullmatch(r"(\d{4})-(\d\d)", value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return dt.date(y, mo, 1).isoformat(), dt.date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
        if re.fullmatch(r"\d{4}", value):
            return value + "-01-01", value + "-12-31"
        if re.fullmatch(r"\d{3}", value):
            return value + "0-01-01", value + "9-12-31"
        if re.fullmatch(r"\d{2}", value):
            return value + "00-01-01", value + "99-12-31"
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if m:
            y, w = int(m.group(1)), int(m.group(2))
            monday = dt.date.fromisocalendar(y, w, 1)
            if m.group(3):
                return (monday + dt.timedelta(days=5)).isoformat(), (monday + dt.timedelta(days=6)).isoformat()
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        m = re.fullmatch(r"(\d{4})-Q(\d)", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            last = 3 * q
            return dt.date(y, last - 2, 1).isoformat(), dt.date(y, last, calendar.monthrange(y, last)[1]).isoformat()
        m = re.fullmatch(r"(\d{4})-H([12])", value)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return ("{}-01-01".format(y), "{}-06-30".format(y)) if h == 1 else ("{}-07-01".format(y),
                                                                                 "{}-12-31".format(y))
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m.group(1))
            span = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
                    "WI": ((12, 21), (3, 19))}[m.group(2)]
            (m0, d0), (m1, d1) = span
            return dt.date(y, m0, d0).isoformat(), dt.date(y + (m1 < m0), m1, d1).isoformat()
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T.*", value)
        if m:
            return m.group(1), m.group(1)
    except ValueError:
        pass
    return None, None


def merge_values(values):
    """One value for several resolutions: the agreeing parts, the rest as X ("2023-08-30", "2023-09-27" ->
    "2023-XX-XX")."""
    values = sorted(set(values))
    if len(values) == 1:
        return values[0]
    split = [re.split(r"(-)", v) for v in values]
    if len({len(s) for s in split}) != 1:
        return None
    out, differ = [], False
    for parts in zip(*split):
        if not differ and len(set(parts)) == 1:
            out.append(parts[0])
        else:
            differ = True
            out.append(re.sub(r"\d", "X", parts[0]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- patterns

def alt(words):
    """One alternation of words, longest first (no word boundaries: the caller adds them)."""
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:{})".format("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)) if ws else "(?!x)x"


def guarded_alt(words):
    """:func:`alt` behind a lookahead for the first characters of its words: the same matches, but an attempt
    where no word can start fails at one test instead of one per word."""
    body = alt(words)
    firsts = {w[:1] for w in words if w}
    if not firsts or any(c.isspace() for c in firsts):   # (a space stands for any white space)
        return body
    return "(?:(?=[{}]){})".format("".join(re.escape(c) for c in sorted(firsts)), body)


B = r"(?<![\w])"   # start of a word
E = r"(?![\w])"      # end of a word


@lru_cache(maxsize=None)
def grammar(language):
    """The compiled detection grammar of one language: (kind, pattern, words it may start with) in priority
    order. Each pattern is one named group ``kind`` whose inner groups are named ``kind__part``."""
    alt = guarded_alt
    t = language.time
    month = alt(t.months)
    weekday = alt(t.weekdays)
    relday = alt(t.relative_days)
    prev, nxt, this = alt(t.previous), alt(t.following), alt(t.this)
    unit = alt(t.units)
    num = r"(?:\d{1,3}(?:[.,]5)?|" + alt(list(t.numbers) + list(t.vague_numbers)) + ")"
    ordinal = alt(t.ordinals)
    season = alt(t.seasons)
    daypart = alt(t.day_parts)
    mod = alt(t.modifiers)
    ref = alt(t.refs)
    ago_b = alt(t.ago_before)
    ago_a = alt(t.ago_after)
    setw = alt(t.set_words)
    adverb_sets = alt(t.set_adverbs)
    rel_mod = alt(t.relative_modifiers)   # "earlier", "later" before "this year"
    det = alt(t.determiners)              # "the", "der", "la"
    of = alt(t.of_words)
    quarter = alt([w for w, u in t.units.items() if u == "quarter"])
    decade_suffix = t.extra.get("decade_pattern", r"(?:'|’)?(?P<dd>\d0)s|(?P<dc>1[89]\d0|20[0-9]0)s")
    day_suffix = "{}?".format(alt(t.day_suffixes))
    day_suffix_no_dot = "{}?".format(alt([x for x in t.day_suffixes if x != "."]))
    year = r"(?P<y>1[89]\d\d|20\d\d)"
    # a relative word after a month, day or season: "mai dernier" (fr), else only with a year unit
    # ("Oktober vergangenen Jahres", "March last year")
    year_unit = alt([w for w, u in t.units.items() if u == "year"])
    post_rel = r"\s+(?P<rel1>{p}|{n})".format(p=prev, n=nxt) + (
        r"(?:\s+(?P<u1>{}))?".format(year_unit) if t.postposed_relatives else r"\s+(?P<u1>{})".format(year_unit))
    kinds = [
        # the first quarter of 2009 / the second quarter of next year / third-quarter / 2023-Q3 forms
        ("quarter", r"(?:{det}\s+)?(?P<o>{o})[\s-]+{q}(?:\s+(?:{of}\s+)?(?:(?P<y>1[89]\d\d|20\d\d)|(?P<rel>{p}|{n}|{t})"
                    r"\s+(?P<u>{unit})))?".format(det=det, o=ordinal, q=quarter, of=of, p=prev, n=nxt, t=this,
                                                 unit=unit)),
        ("quarter_rel", r"(?:(?P<det>{det})\s+)?(?P<rel>{p}|{n}|{t})\s+{q}".format(det=det, p=prev, n=nxt, t=this, q=quarter)),
        # 13. September 2023 / 13 septembre / 1er mars / 13th of September
        ("dmy", r"(?:(?P<mod>{mod})\s+)?(?P<d>[0-3]?\d){s}\s+(?:{of}\s+)?(?P<m>{m})(?:,?\s+{y}|{pr})?".format(
            mod=mod, s=day_suffix, of=of, m=month, y=year, pr=post_rel)),
        # September 13, 2023 / March 22 / April 2nd
        ("mdy", r"(?P<m>{m})\s+(?P<d>[0-3]?\d){s}(?![\d.,]\d)(?:,?\s+{y})?".format(m=month, s=day_suffix_no_dot,
                                                                                     y=year)),
        # early 2009 / Ende September 2023 / la fin de l'année 2022 / October of next year
        ("my", r"(?:(?P<mod>{mod})[\s-]*)?(?P<m>{m})(?:,?\s+|\s+{of}\s+){y}".format(mod=mod, m=month, y=year,
                                                                                      of=of)),
        # Christmas / Christmas Day 2022 / Noël
        ("holiday", r"(?P<h>{h})(?:,?\s+{y})?".format(h=alt(t.holidays), y=year)),
        ("numeric", r"(?P<num>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d))(?![\d/]|\.\d)"),
        ("iso", r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"),
        # the last week of March
        ("week_of_month", r"(?:{det}\s+)?(?P<o>{o})\s+(?P<u>{unit})\s+{of}\s+(?P<m>{m})".format(
            det=det, o=ordinal, unit=unit, of=of, m=month)),
        # three years ago / virun zwou Wochen / il y a deux ans
        ("ago", r"(?:(?:{b})\s+(?P<n1>{num}|{ind})\s+(?P<u1>{unit})|(?P<n2>{num}|{ind})[\s-]+(?P<u2>{unit})"
                r"\s+(?:{a}))".format(b=ago_b, a=ago_a, num=num, unit=unit, ind=alt(t.indefinite))),
        # in zwei Wochen / dans deux semaines / an dräi Joer
        ("ahead", r"(?:{b})\s+(?P<n>{num}|{ind})\s+(?P<u>{unit})".format(b=alt(t.ahead_before), num=num, unit=unit,
                                                                     ind=alt(t.indefinite))),
        # every week / all Woch / chaque année
        ("set", r"(?:{s})\s+(?:(?P<n>{num})\s+)?(?P<u>{unit}|{w})".format(s=setw, num=num, unit=unit, w=weekday)),
        ("set_adverb", r"(?P<sa>{sa})".format(sa=adverb_sets)),
        # the past five years / the next six months (durations) / the past year
        ("span_rel", r"(?:{det}\s+)?(?P<rel>{p}|{n})\s+(?P<n>{num})\s+(?P<u>{unit})".format(
            det=det, p=prev, n=nxt, num=num, unit=unit)),
        # the same period last year / the same week a year before / the year-earlier quarter
        ("same_period", r"(?:{det}\s+)?(?:(?:{same})\s+(?P<pw>{pw})(?:\s+{of})?(?:\s+{det})?\s+(?:(?P<rel>{p})\s+(?P<u>{unit})"
                        r"|(?:{ind}|{num})\s+(?P<u2>{unit})\s+(?:{ago}|{earlier}))|(?P<ye>{ye})(?:\s+(?P<pw2>{pw}))?)".format(
                            det=det, same=alt(t.same_words), pw=alt(t.period_words), of=of, p=prev, unit=unit,
                            ind=alt(t.indefinite), num=num, ago=alt(t.ago_after), earlier=alt(t.earlier_words),
                            ye=alt(t.year_earlier_words))),
        # fiscal 1998 / the fiscal year 2009
        ("fiscal", r"(?:{det}\s+)?(?:{fw})\s+(?:(?:{yw})\s+)?(?P<y>1[89]\d\d|20\d\d)".format(
            det=det, fw=alt(t.fiscal_words), yw=alt([w for w, u in t.units.items() if u == "year"]))),
        # the first half of 2009 / the second half
        ("half", r"(?:{det}\s+)?(?P<o>{o})[\s-]+(?:{h})(?:\s+(?:{of}\s+)?(?:(?P<y>1[89]\d\d|20\d\d)|"
                 r"(?P<rel>{p}|{n}|{t})\s+(?P<u>{unit})))?".format(det=det, o=ordinal, h=alt(t.half_words), of=of,
                                                                  p=prev, n=nxt, t=this, unit=unit)),
        # two years later / three days earlier (from the last date the text spoke of)
        ("shift", r"(?P<n>{num}|{ind})[\s-]+(?P<u>{unit})\s+(?P<dir>{e}|{l})".format(
            num=num, ind=alt(t.indefinite), unit=unit, e=alt(t.shift_earlier), l=alt(t.shift_later))),
        # the beginning of the year / the end of the month
        ("mod_anchor", r"(?P<mod>{mod})\s+(?P<ap>{ap})".format(mod=mod, ap=alt(t.mod_anchor_phrases))),
        # over a decade / more than a year / for a week (durations)
        ("quant_duration", r"(?:{q})\s+(?:{ind})\s+(?P<u>{unit})".format(q=alt(t.duration_quantifiers),
                                                                         ind=alt(t.indefinite), unit=unit)),
        # the end of last year / earlier this month / last week / this year / la semaine dernière
        ("rel_unit", r"(?:(?P<mod>{mod})\s+)?(?:(?P<rm>{rm})\s+)?(?:(?P<det>{det})\s*)?(?:(?P<rel>{p}|{n}|{t})\s+(?P<u>{unit})"
                     r"|(?P<u2>{unit})\s+(?P<rel2>{p}|{n}))".format(mod=mod, rm=rel_mod, det=det, p=prev, n=nxt,
                                                                    t=this, unit=unit)),
        # the same period last year / the previous year / the year previous
        ("unit_rel_post", r"(?:{det}\s+)(?P<u>{unit})\s+(?P<rel>{p})".format(det=det, unit=unit, p=prev)),
        # Friday morning / this morning / gëschter Owend / hier soir
        ("daypart", r"(?:(?P<w>{w})|(?P<r>{r})|(?P<t>{t}))(?:\s+(?:(?:{lk})\s+)?{c})(?P<dp>{dp})".format(
            w=weekday, r=relday, t=this, dp=daypart, c="|" if t.compound_day_parts else "",
            lk=alt(t.day_part_links))),
        # last Friday / Friday last / leschte Freideg / mercredi dernier / nächsten Montag
        ("weekday", r"(?:(?P<prev>{p})\s+|(?P<next>{n})\s+|(?P<this>{t})\s+)?(?P<w>{w})(?:\s+(?P<prev2>{p})|"
                    r"\s+(?P<next2>{n}))?".format(p=prev, n=nxt, t=this, w=weekday)),
        # earlier today / gëschter / aujourd'hui
        ("relday", r"(?:(?P<rm>{rm})\s+)?(?P<r>{r})".format(rm=rel_mod, r=relday)),
        # zejoert (last year)
        ("relword", r"(?P<rw>{rw})".format(rw=alt(t.relative_words))),
        # spring / last summer / Hierscht 2023
        ("season", r"(?:(?P<mod>{mod})\s+)?(?:(?P<rel>{p}|{n}|{t})\s+)?(?P<s>{s})(?:\s+(?:{of}\s+)?{y}|{pr})?".format(
            mod=mod, p=prev, n=nxt, t=this, s=season, y=year, of=of,
            pr=post_rel if t.postposed_relatives else "(?!x)x")),
        # the 1990s / the '80s
        ("decade", r"(?:{det}\s+)?(?:(?P<mod>{mod})[\s-]+)?(?:{ds})".format(det=det, mod=mod, ds=decade_suffix)),
        # the 20th century / im 20. Jahrhundert / au XXe siècle
        ("century", r"(?:{det}\s+)?(?:(?P<mod>{mod})[\s-]+)?(?:(?P<cn>[12]?\d)(?:st|nd|rd|th|e|ème|\.)|(?P<rom>[XVI]{{1,5}})"
                    r"(?:e|ème))\s+(?P<u>{cu})".format(det=det, mod=mod, cu=alt([w for w, u in t.units.items()
                                                                             if u == "century"]))),
        # mid-2011 / early 2009 / Ende 2022
        ("modyear", r"(?P<mod>{mod})[\s-]*{y}".format(mod=mod, y=year)),
        # five-year / 18 months / two weeks (durations)
        ("duration", r"(?P<n>{num})(?:[\s-]+|(?<=\d))(?P<u>{unit})(?:[\s-]+long)?".format(num=num, unit=unit)),
        # now, currently, recently, the past, the future
        ("ref", r"(?P<ref>{ref})".format(ref=ref)),
        # the day / the same day (the anchor)
        ("anchor_phrase", r"(?P<ap>{ap})".format(ap=alt(t.anchor_phrases))),
        # September / am September
        ("month", r"(?:(?P<mod>{mod})[\s-]*)?(?:(?P<rel0>{p}|{n}|{t})\s+)?(?P<m>{m})(?:{pr})?"
                  r"(?=\s+{of}\s+(?P<rel>{p}|{n}|{t})\s+(?P<u>{unit}))?".format(
                      mod=mod, m=month, of=of, p=prev, n=nxt, t=this, unit=unit, pr=post_rel)),
        ("year", r"(?<![\d.,$€£])(?<!\d )" + year + r"(?![\d.,]\d)(?!\s*(?:%|{}))".format(alt(t.not_after_year))),
        ("short_year", r"(?:'|’)(?P<sy>\d\d)(?![\w'’]|-\w)"),   # not "'17-Jährige'" (an age in quotes)
    ]
    # which vocabulary each kind may start with: a candidate position only tries the kinds its word can start
    first = {
        "quarter": (t.determiners, t.ordinals), "quarter_rel": (t.determiners, t.previous, t.following, t.this),
        "dmy": (t.modifiers, DIGIT), "mdy": (t.months,), "my": (t.modifiers, t.months), "numeric": (DIGIT,), "holiday": (t.holidays,),
        "iso": (DIGIT,), "week_of_month": (t.determiners, t.ordinals),
        "ago": (t.ago_before, t.numbers, t.vague_numbers, t.indefinite, DIGIT), "set": (t.set_words,), "ahead": (t.ahead_before,),
        "set_adverb": (t.set_adverbs,), "span_rel": (t.determiners, t.previous, t.following),
        "same_period": (t.determiners, t.same_words, t.year_earlier_words), "mod_anchor": (t.modifiers,),
        "fiscal": (t.determiners, t.fiscal_words), "half": (t.determiners, t.ordinals),
        "shift": (t.numbers, t.vague_numbers, t.indefinite, DIGIT),
        "quant_duration": (t.duration_quantifiers,),
        "rel_unit": (t.modifiers, t.relative_modifiers, t.determiners, t.previous, t.following, t.this, t.units),
        "unit_rel_post": (t.determiners,), "daypart": (t.weekdays, t.relative_days, t.this, compounds(t)),
        "weekday": (t.previous, t.following, t.this, t.weekdays), "relday": (t.relative_modifiers, t.relative_days),
        "relword": (t.relative_words,),
        "season": (t.modifiers, t.previous, t.following, t.this, t.seasons), "decade": (t.determiners, t.modifiers, DIGIT, APOS),
        "modyear": (t.modifiers,), "century": (t.determiners, t.modifiers, DIGIT, ROMAN), "duration": (t.numbers, t.vague_numbers, DIGIT), "ref": (t.refs,),
        "anchor_phrase": (t.anchor_phrases,), "month": (t.modifiers, t.months, t.previous, t.following, t.this), "year": (DIGIT,),
        "short_year": (APOS,),
    }
    out = []
    for kind, pat in kinds:
        pat = re.sub(r"\(\?P<(\w+)>", lambda m: "(?P<{}__{}>".format(kind, m.group(1)), pat)
        rx = re.compile("(?P<{}>{}{}{})".format(kind, B, pat, E if kind not in ("short_year",) else ""),
                        re.IGNORECASE)
        starts = set()
        for vocab in first[kind]:
            if vocab in (DIGIT, APOS, ROMAN):
                starts.add(vocab)
                continue
            for phrase in vocab:
                toks = TOKEN.findall(phrase)
                if toks:
                    starts.add(toks[0].lower())
        out.append((kind, rx, frozenset(starts)))
    return out


DIGIT, APOS, ROMAN = "<digit>", "<apostrophe>", "<roman>"
ROMAN_RX = re.compile(r"[XVI]{1,5}(?:e|ème)")   # "XXe siècle" (upper case only)
TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=None)
def dispatch(language):
    """First word (or <digit>, <apostrophe>) -> the kinds that may start with it, in priority order (a tuple)."""
    table = {}
    for kind, rx, starts in grammar(language):
        for w in starts:
            table.setdefault(w, []).append(kind)
    return {w: tuple(kinds) for w, kinds in table.items()}


@lru_cache(maxsize=None)
def combined(language, kinds):
    """One regex trying the patterns of ``kinds`` in order (what trying each in turn finds, in one call), and
    its layout: kind -> (first, last + 1) indices of the kind's inner groups in ``match.groups()`` and their
    names without the ``kind__`` prefix."""
    pats = {kind: rx.pattern for kind, rx, _ in grammar(language)}
    rx = re.compile("|".join(pats[k] for k in kinds), re.IGNORECASE)
    layout = {}
    for kind in kinds:
        idx = sorted((i, name[len(kind) + 2:]) for name, i in rx.groupindex.items() if name.startswith(kind + "__"))
        lo = rx.groupindex[kind]   # the kind's own group; its inner groups follow it
        assert [i for i, _ in idx] == list(range(lo + 1, lo + 1 + len(idx)))
        layout[kind] = (lo, lo + len(idx), tuple(name for _, name in idx))
    return rx, layout


# ------------------------------------------------------------------------------------------- resolution helpers

def shift_month(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def iso_week(d):
    y, w, _ = d.isocalendar()
    return "{}-W{:02d}".format(y, w)


def unit_value(u, d, k=0):
    """The TimeML value of the unit containing day ``d``, shifted by ``k`` units."""
    if u == "day":
        return (d + dt.timedelta(days=k)).isoformat()
    if u in ("week", "weekend"):
        v = iso_week(d + dt.timedelta(weeks=k))
        return v + "-WE" if u == "weekend" else v
    if u == "month":
        y, m = shift_month(d.year, d.month, k)
        return "{}-{:02d}".format(y, m)
    if u == "quarter":
        q = (d.month - 1) // 3 + k
        return "{}-Q{}".format(d.year + q // 4, q % 4 + 1)
    if u == "year":
        return str(d.year + k)
    if u == "decade":
        return str(d.year // 10 + k)
    if u == "century":
        return str(d.year // 100 + k)
    return None


def number(word, t):
    w = word.lower()
    if w.replace(",", ".").replace(".", "", 1).isdigit():
        f = float(w.replace(",", "."))
        return int(f) if f == int(f) else f
    w = re.sub(r"\s+", " ", w)
    if w in t.vague_numbers:
        return "X"
    return t.numbers.get(w)


def fmt_num(n):
    if n is None or n == "X":
        return "X"
    return str(n) if not isinstance(n, float) else ("%g" % n)


def duration_value(n, u):
    if u in ("hour", "minute"):
        return "PT{}{}".format(fmt_num(n), UNIT_CODE[u])
    if u in ("decade", "century") and isinstance(n, (int, float)):
        return "P{}Y".format(fmt_num(n * (10 if u == "decade" else 100)))
    if u in ("decade", "century"):
        return "PXY"
    return "P{}{}".format(fmt_num(n), UNIT_CODE.get(u, "X"))


@lru_cache(maxsize=4096)
def dateparser_day(text, lang_code):
    """A numeric date read by dateparser with the language fixed (its date order), cached. ISO day or None."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    try:
        d = dateparser.parse(text, languages=[lang_code],
                             settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # dateparser raises on odd input; a span we cannot read is no date
        return None
    return d.date().isoformat() if d else None


def numeric_day(text, order):
    """A numeric date in the language's order ("DMY" 14.09.2023, "MDY" 7/8/07) as an ISO day, or None."""
    parts = [int(p) for p in re.split(r"[./]", text)]
    if len(parts) != 3 or len(order) != 3:
        return None
    f = dict(zip(order, parts))
    y = f["Y"] + (0 if f["Y"] >= 100 else (1900 if f["Y"] > 50 else 2000))
    try:
        return dt.date(y, f["M"], f["D"]).isoformat()
    except ValueError:
        return None


CONTEXT_WORD = re.compile(r"[\w'’]+")


def has_word(s, words):
    """Whether one of ``words`` is a whole word of ``s`` (a run of ``CONTEXT_WORD``): ``str.find`` for each."""
    for w in words:
        i = s.find(w) if w else -1
        while i >= 0:
            j = i + len(w)
            c0 = s[i - 1] if i else " "
            c1 = s[j] if j < len(s) else " "
            if not (c0.isalnum() or c0 in "_'’") and not (c1.isalnum() or c1 in "_'’") \
                    and CONTEXT_WORD.fullmatch(w):
                return True
            i = s.find(w, i + 1)
    return False


def future_context(text, start, end, t):
    """Whether the clause around an expression speaks of the future (tense cues of the language)."""
    lo = max(0, start - 90)   # a stop further back than 90 characters loses to start - 90 anyway
    s = max(text.rfind(".", lo, start), text.rfind("\n", lo, start), start - 90)
    left = text[s + 1:start].lower()
    if t.past_cues or t.future_endings:
        tokens = CONTEXT_WORD.findall(left)
        if t.past_cues and not t.past_cues.isdisjoint(tokens[-2:]):
            return False
        if not t.future_cues.isdisjoint(tokens):
            return True
        if t.future_endings and any(len(w) >= 6 and w.endswith(t.future_endings) and w not in t.not_future
                                    for w in tokens):
            return True
    elif has_word(left, t.future_cues):
        return True
    for p in t.future_phrases:
        if p in left:
            return True
    after = CONTEXT_WORD.findall(text[end:end + 25].lower())[:3]
    if t.future_endings and any(len(w) >= 6 and w.endswith(t.future_endings) and w not in t.not_future
                                for w in after):
        return True
    return not t.future_cues_after.isdisjoint(after[:2])


# ------------------------------------------------------------------------------------------------- resolution

def resolve(kind, g, t, lang_code, d, future, ref=None):
    """(value, type) of one match for one anchor day ``d`` (None when the anchor is unknown), or None."""
    low = {k: (v.lower() if isinstance(v, str) else v) for k, v in g.items()}
    if kind in ("dmy", "mdy", "iso", "holiday"):
        if kind == "holiday":
            month, day = t.holidays[re.sub(r"\s+", " ", low["h"]).replace("’", "'")]
        else:
            month = int(g["mo"]) if kind == "iso" else t.months.get(low["m"])
            day = int(g["d"])
        if not month or not 1 <= day <= 31:
            return None
        if g.get("y"):
            try:
                return dt.date(int(g["y"]), month, day).isoformat(), "DATE"
            except ValueError:
                return None
        if d is None:
            return "XXXX-{:02d}-{:02d}".format(month, day), "DATE"
        if g.get("rel1"):
            k = t_rel(low["rel1"], t)
            if t.units.get(low.get("u1")) == "year":          # "am 13. September letzten Jahres"
                return dt.date(d.year + k, month, day).isoformat(), "DATE"
            # "le 20 mai dernier": the last one before the anchor; "le 3 juin prochain": the next one
            cands = around(d, month, day)
            pick = max(c for c in cands if c <= d) if k < 0 else min(c for c in cands if c >= d)
            return pick.isoformat(), "DATE"
        cands = around(d, month, day)
        if not cands:
            return None
        if future:
            # the next occurrence; a tense cue is weak evidence, so a day a few weeks back stays in this year
            later = [c for c in cands if (c - d).days >= -30]
            pick = min(later) if later else min(cands, key=lambda c: abs((c - d).days))
        else:
            # news mostly reports the past: the nearest occurrence, unless it lies more than two months ahead
            near = [c for c in cands if (c - d).days <= 60]
            pick = min(near or cands, key=lambda c: abs((c - d).days))
        return pick.isoformat(), "DATE"
    if kind == "numeric":
        v = numeric_day(g["num"], t.numeric_order) or dateparser_day(g["num"], t.dateparser_language or lang_code)
        return (v, "DATE") if v else None
    if kind == "my":
        mo = t.months.get(low["m"])
        return "{}-{:02d}".format(int(g["y"]), mo), "DATE"
    if kind == "modyear":
        y = g["y"]
        return y, "DATE"
    if kind == "year":
        return g["y"], "DATE"
    if kind == "short_year":
        return str(century(int(g["sy"]), d)), "DATE"
    if kind == "decade":
        if g.get("dc"):
            return g["dc"][:3], "DATE"
        return str(century(int(g["dd"]), d))[:3], "DATE"
    if kind in ("quarter", "quarter_rel"):
        if kind == "quarter":
            q = t.ordinals.get(low["o"])
            if q is None or not 1 <= q <= 4:
                return None
            if g.get("y"):
                return "{}-Q{}".format(g["y"], q), "DATE"
            if d is None:
                return "XXXX-Q{}".format(q), "DATE"
            if low["o"] in t.previous and not g.get("rel"):
                # "last quarter", "the last quarter": the one before the anchor's (not the fourth)
                return unit_value("quarter", d, -1), "DATE"
            y = d.year
            if g.get("rel"):
                y += t_rel(low["rel"], t)
            else:
                cur = (d.month - 1) // 3 + 1
                if q > cur + 1 and not future:
                    y -= 1
                elif q < cur and future:
                    y += 1     # "first-quarter results are expected" in October: next year's
            return "{}-Q{}".format(y, q), "DATE"
        if d is None:
            return None
        if g.get("det") and ref and (low["rel"] in t.anaphoric_previous or low["rel"] in t.anaphoric_following):
            return shift_from(ref, d, "quarter", -1 if low["rel"] in t.anaphoric_previous else 1), "DATE"
        return unit_value("quarter", d, t_rel(low["rel"], t)), "DATE"
    if kind == "week_of_month":
        if d is None or t.units.get(low["u"]) != "week":
            return None
        o = t.ordinals.get(low["o"])
        mo = t.months.get(low["m"])
        y = d.year if mo <= d.month or future else d.year - 1
        last = dt.date(y, mo, calendar.monthrange(y, mo)[1])
        day = last - dt.timedelta(days=3) if low["o"] in t.last_ordinals else dt.date(y, mo, min(4 + 7 * (o - 1), 28))
        return iso_week(day), "DATE"
    if kind == "ago":
        n = number(g.get("n1") or g.get("n2"), t)
        if n is None and (low.get("n1") or low.get("n2")) in t.indefinite:
            n = 1
        u = t.units.get(low.get("u1") or low.get("u2"))
        if d is None or u is None:
            return None
        if n is None:
            return "PAST_REF", "DATE"
        if n == "X":
            return "PAST_REF", "DATE"
        if not isinstance(n, int):
            return None
        if u in ("day", "week"):
            return (d - dt.timedelta(days=n * (7 if u == "week" else 1))).isoformat(), "DATE"
        if u in ("month", "year", "quarter", "decade", "century"):
            return unit_value(u, d, -n), "DATE"
        return None
    if kind == "ahead":
        n = number(g["n"], t)
        if n is None and low["n"] in t.indefinite:
            n = 1
        u = t.units.get(low["u"])
        if u is None or n is None or u in ("weekend", "quarter"):
            return None
        if d is None or not (future or t.ahead_is_future) or not isinstance(n, int):
            return duration_value(n, u), "DURATION"
        if u in ("day", "week"):
            return (d + dt.timedelta(days=n * (7 if u == "week" else 1))).isoformat(), "DATE"
        return unit_value(u, d, n), "DATE"
    if kind == "set":
        u = t.units.get(low["u"])
        if u is None:
            w = t.weekdays.get(low["u"])
            return ("XXXX-WXX-{}".format(w + 1) if w is not None else None), "SET"
        n = number(g["n"], t) if g.get("n") else 1
        return duration_value(n, u), "SET"
    if kind == "set_adverb":
        return t.set_adverbs[low["sa"]], "SET"
    if kind == "span_rel":
        n = number(g["n"], t)
        u = t.units.get(low["u"])
        if u is None:
            return None
        return duration_value(n, u), "DURATION"
    if kind == "quant_duration":
        u = t.units.get(low["u"])
        return (duration_value(1, u), "DURATION") if u and u != "quarter" else None
    if kind == "duration":
        n = number(g["n"], t)
        u = t.units.get(low["u"])
        if u is None or n is None or u == "weekend":
            return None
        return duration_value(n, u), "DURATION"
    if kind in ("rel_unit", "unit_rel_post"):
        u = t.units.get(low.get("u") or low.get("u2"))
        rel = low.get("rel") or low.get("rel2")
        if u is None:
            return None
        k = t_rel(rel, t)
        if d is None:
            return None
        if (low.get("u") or low.get("u2")) in t.plural_units:
            return duration_value("X", u), "DURATION"   # the coming weeks, ces dernières années
        if rel in t.previous_as_duration and u in ("year", "decade", "century", "month", "week") and g.get("det"):
            return duration_value(1, u), "DURATION"
        if g.get("det") and ref and (rel in t.anaphoric_previous or rel in t.anaphoric_following):
            return shift_from(ref, d, u, -1 if rel in t.anaphoric_previous else 1), "DATE"
        return unit_value(u, d, k), "DATE"
    if kind == "season":
        s = t.seasons.get(low["s"])
        if g.get("y"):
            return "{}-{}".format(g["y"], s), "DATE"
        if d is None:
            return None
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
        k = t_rel(low.get("rel") or low.get("rel1"), t)
        if k < 0:
            # "last summer": the latest one over by the anchor (in October 1998, the summer of 1998)
            y = max(y for y in (d.year - 2, d.year - 1, d.year) if shift_month(y, start_month, 3) <= (d.year, d.month))
        elif k > 0:
            # "next spring": the first one to start after the anchor
            y = min(y for y in (d.year, d.year + 1) if (y, start_month) > (d.year, d.month))
        elif g.get("rel"):
            y = d.year
        else:
            y = d.year - 1 if start_month > d.month + 1 and not future else d.year
        return "{}-{}".format(y, s), "DATE"
    if kind == "daypart":
        dp = t.day_parts.get(low["dp"])
        if d is None:
            return None
        if g.get("r"):
            day = d + dt.timedelta(days=t.relative_days[low["r"]])
        elif g.get("t"):
            day = d
        else:
            day = weekday_day(t.weekdays[low["w"]], d, 0, future)
        return "{}T{}".format(day.isoformat(), dp), "TIME"
    if kind == "weekday":
        if d is None:
            return None
        wd = t.weekdays[low["w"]]
        if g.get("prev") or g.get("prev2"):
            k = -1
        elif g.get("next") or g.get("next2"):
            k = 1
        else:
            k = 0
        return weekday_day(wd, d, k, future).isoformat(), "DATE"
    if kind == "relword":
        if d is None:
            return None
        u, k = t.relative_words[low["rw"]]
        return unit_value(u, d, k), "DATE"
    if kind == "relday":
        if d is None:
            return None
        return (d + dt.timedelta(days=t.relative_days[low["r"]])).isoformat(), "DATE"
    if kind == "ref":
        v = t.refs[re.sub(r"\s+", " ", low["ref"])]
        return v, ("DURATION" if v.startswith("P") and v not in REFS else "DATE")
    if kind in ("anchor_phrase", "mod_anchor"):
        if d is None:
            return None
        phrases = t.anchor_phrases if kind == "anchor_phrase" else t.mod_anchor_phrases
        u = phrases[re.sub(r"\s+", " ", low["ap"])]
        if u == "day" and ref and re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
            return ref, "DATE"
        if u == "quarter" and kind == "anchor_phrase":
            # "the quarter" in news is the one being reported: the last quarter the text named, else the
            # one before the anchor's (results come out after a quarter ends)
            if ref and re.fullmatch(r"\d{4}-Q\d", ref):
                return ref, "DATE"
            return unit_value("quarter", d, -1), "DATE"
        return unit_value(u, d), "DATE"
    if kind == "century":
        n = int(g["cn"]) if g.get("cn") else roman(g["rom"])
        return ("{:02d}".format(n - 1), "DATE") if n and 1 <= n <= 21 else None
    if kind == "fiscal":
        return "FY" + g["y"], "DATE"
    if kind == "half":
        o = t.ordinals.get(low["o"])
        h = 2 if low["o"] in t.last_ordinals else o
        if h not in (1, 2):
            return None
        if g.get("y"):
            return "{}-H{}".format(g["y"], h), "DATE"
        if d is None:
            return None
        y = d.year + (t_rel(low["rel"], t) if g.get("rel") else 0)
        if not g.get("rel") and h == 2 and d.month <= 6 and not future:
            y -= 1
        return "{}-H{}".format(y, h), "DATE"
    if kind == "shift":
        if d is None:
            return None
        n = number(g["n"], t)
        if n is None and low["n"] in t.indefinite:
            n = 1
        u = t.units.get(low["u"])
        if not isinstance(n, int) or u not in ("day", "week", "month", "year", "decade"):
            return None
        k = -n if low["dir"] in t.shift_earlier else n
        return shift_from(ref, d, u, k), "DATE"
    if kind == "same_period":
        if d is None:
            return None
        pu = t.period_words.get(re.sub(r"\s+", " ", low.get("pw") or low.get("pw2") or ""))
        base = ref if ref and re.match(r"\d{4}(?:-|$)", ref) else None
        if base is None:
            # a quarter with nothing named before: the one being reported (see "the quarter"), a year back
            return shift_year(unit_value(pu, d, -1 if pu == "quarter" else 0) if pu else str(d.year), -1), "DATE"
        if pu == "month" and re.match(r"\d{4}-\d\d", base):
            base = base[:7]
        elif pu == "quarter" and re.match(r"\d{4}-\d\d", base) and "-Q" not in base:
            base = "{}-Q{}".format(base[:4], (int(base[5:7]) - 1) // 3 + 1)
        return shift_year(base, -1), "DATE"
    if kind == "month":
        mo = t.months.get(low["m"])
        if d is None:
            return "XXXX-{:02d}".format(mo), "DATE"
        if g.get("rel") and t.units.get(low["u"]) == "year":
            return "{}-{:02d}".format(d.year + t_rel(low["rel"], t), mo), "DATE"
        if g.get("rel1") and t.units.get(low.get("u1")) == "year":     # "Oktober vergangenen Jahres"
            return "{}-{:02d}".format(d.year + t_rel(low["rel1"], t), mo), "DATE"
        r = low.get("rel0") or low.get("rel1")
        if r:
            k = t_rel(r, t)
            if k < 0:
                return "{}-{:02d}".format(d.year if mo < d.month else d.year - 1, mo), "DATE"
            if k > 0:
                return "{}-{:02d}".format(d.year if mo > d.month else d.year + 1, mo), "DATE"
            return "{}-{:02d}".format(d.year, mo), "DATE"
        y = d.year
        if mo > d.month + 1 and not future:
            y -= 1
        elif mo < d.month and future:
            y += 1     # "für den August geplant" in October: next August
        return "{}-{:02d}".format(y, mo), "DATE"
    return None


def shift_from(ref, d, u, k):
    """The value ``k`` units of ``u`` from the reference date (the last full date the text named), else from
    the anchor day ``d``."""
    base = d
    if ref and re.fullmatch(r"\d{4}-[QH]\d", ref) and (u == "year" or (u == "quarter" and ref[5] == "Q")):
        # from a quarter: "the previous quarter" after "the third quarter", "a year earlier" -> 1997-Q3
        if u == "year":
            return shift_year(ref, k)
        i = int(ref[:4]) * 4 + int(ref[6]) - 1 + k
        return "{}-Q{}".format(i // 4, i % 4 + 1)
    if ref:
        m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?$", ref)
        if m and (u in ("year", "decade") or (u == "month" and m.group(2)) or m.group(3)):
            base = dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    return unit_value(u, base, k)


def roman(s):
    """A Roman numeral (I, V, X only: centuries) as an int, or None."""
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(s):
        v = vals.get(ch)
        if v is None:
            return None
        total += -v if i + 1 < len(s) and vals.get(s[i + 1], 0) > v else v
    return total


def shift_year(value, k):
    return "{:04d}{}".format(int(value[:4]) + k, value[4:])


def century(yy, d):
    """A two-digit year in full: the latest one no more than ten years after the anchor."""
    base = d.year if d else 2000
    y = (base // 100) * 100 + yy
    return y - 100 if y > base + 10 else y


def t_rel(rel, t):
    if rel is None:
        return 0
    if rel in t.previous:
        return -1
    if rel in t.following:
        return 1
    return 0


def weekday_day(wd, d, k, future):
    """The day of weekday ``wd`` that ``d`` points at: ``k`` -1 last, +1 next, 0 by the tense (the latest one up
    to ``d`` in the past, the next one after it in the future)."""
    if k > 0 or (k == 0 and future):
        delta = (wd - d.weekday()) % 7 or (7 if k > 0 else 0)
        return d + dt.timedelta(days=delta)
    delta = (d.weekday() - wd) % 7
    if k < 0 and delta == 0:
        delta = 7
    return d - dt.timedelta(days=delta)


def needs_anchor(kind, g):
    if kind in ("year", "modyear", "numeric", "iso", "set", "set_adverb", "span_rel", "duration", "ref",
                "quant_duration", "fiscal", "century"):
        return False
    if kind in ("dmy", "mdy", "my", "quarter", "season", "holiday") and g.get("y"):
        return False
    if kind == "decade" and g.get("dc"):
        return False
    return True


# -------------------------------------------------------------------------------------------------- the tagger

def compounds(t):
    """Weekday and part of the day written as one word ("Montagabend"), where the language does so."""
    return [w + p for w in t.weekdays for p in t.day_parts] if t.compound_day_parts else []


@lru_cache(maxsize=None)
def triggers(language):
    """The words without which no expression of the language can match (months, weekdays, units, ...)."""
    t = language.time
    words = set()
    for vocab in (t.months, t.weekdays, t.relative_days, t.units, t.seasons, t.day_parts, t.refs, t.anchor_phrases,
                  t.mod_anchor_phrases, t.set_adverbs, t.half_words, t.year_earlier_words, compounds(t),
                  t.relative_words, t.holidays):
        for phrase in vocab:
            words.update(w.lower() for w in TOKEN.findall(phrase))
    common = {w.lower() for p in tuple(t.determiners) + tuple(t.of_words) for w in TOKEN.findall(p)}
    return frozenset(words - common)


@lru_cache(maxsize=None)
def starters(language):
    """The words an expression may start with: the triggers and every modifier, determiner, number word..."""
    t = language.time
    words = set(triggers(language))
    for vocab in (t.previous, t.following, t.this, t.numbers, t.vague_numbers, t.indefinite, t.ordinals,
                  t.ago_before, t.ahead_before, t.determiners, t.modifiers, t.relative_modifiers, t.set_words, t.same_words,
                  t.duration_quantifiers, t.year_earlier_words, t.refs, t.anchor_phrases, t.mod_anchor_phrases,
                  t.period_words, t.of_words, t.fiscal_words, t.half_words, t.shift_earlier, t.shift_later):
        for phrase in vocab:
            words.update(w.lower() for w in TOKEN.findall(phrase))
    return frozenset(words)


def around(d, month, day):
    """The dates with this month and day in the year of ``d`` and the years either side (29 February only
    where it exists)."""
    out = []
    for y in (d.year - 1, d.year, d.year + 1):
        try:
            out.append(dt.date(y, month, day))
        except ValueError:
            pass
    return out


@lru_cache(maxsize=None)
def function_words(language):
    """Determiners, "of" words and indefinite articles, word by word (lower case), as a tuple."""
    t = language.time
    func = set()
    for p in tuple(t.determiners) + tuple(t.of_words) + tuple(t.indefinite):
        func.update(w.lower() for w in TOKEN.findall(p))
    return tuple(sorted(func))


@lru_cache(maxsize=None)
def scanner(language):
    """Compiled helpers of :func:`matches`: ``words`` finds the content words an expression may start with (and
    numbers, see :func:`scan_words`); ``gap`` is what may stand between two words of one expression (spaces,
    commas, hyphens, function words such as "of", "the"); ``before`` the function words an expression may start
    with."""
    t = language.time
    func = set(function_words(language))
    func_rx = trie_pattern(sorted(func))
    words = sorted(starters(language) - func)
    return (word_scanner(trie_pattern(words), t.roman_centuries, any(c.isnumeric() for w in words for c in w)),
            re.compile(r"(?:[\s,.'’-]+|(?<!\w)(?:{})(?!\w))*".format(func_rx)),
            re.compile(r"(?:(?<!\w)(?:{})(?:\s+|['’]\s*))+$".format(func_rx)))


def word_scanner(trie, roman, numeric_words=False):
    """The regexes of :func:`scan_words` for the words of ``trie`` (a pattern of ``\\w`` words)."""
    # what the scan finds: a listed word (a whole word), a run of digits (anywhere: "2023", "covid19"), a Roman
    # century ("xxe"): r"\b(?:words)\b|\d+|\b[xvi]{1,5}(?:e|ème)\b" over the lower-cased text
    roman_rx = r"|\b[xvi]{1,5}(?:e|ème)\b" if roman else ""
    whole = re.compile(r"\b(?:{})\b|\d+{}".format(trie, roman_rx))
    if numeric_words:   # a listed word with a digit in it: the digit runs below would split it
        return (whole,)
    # The same matches from scans that let the engine skip ahead: a word after a space (the literal space is
    # found fast); a word after any other non-word character, or a run of digits (every character but a space
    # or a Latin-1 letter starts an attempt: the engine skips letters fast). A word the scan above finds starts
    # right after a non-word character (or at the start); a run of digits it finds whole, wherever it is.
    at_word = r"(?:({})\b{})".format(trie, r"|([xvi]{1,5}(?:e|ème))\b" if roman else "")
    return (whole,
            re.compile(" " + at_word),
            re.compile(r"[^ _a-zß-öø-ÿ](?:(?<=\W){}|(?<=\d)\d*)".format(at_word)),
            re.compile(at_word))


_last_lowered = (None, None)


def lowered(text):
    """``text`` in lower case, character for character (offsets stay valid). The last text's is kept: the date
    and the claim extractors both ask for the article's, one after the other (the same string object)."""
    global _last_lowered
    last, low = _last_lowered
    if last is text:
        return low
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep it as it is
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    _last_lowered = (text, low)
    return low


def matches(text, language, longest=8):
    """The grammar's matches, tried only at the words of a run of vocabulary words (and the function words
    just before it) that contains a trigger word (a month, a unit, a number...): what a full scan of the text
    would find, at a small part of its cost. Yields (match, layout): see :func:`combined`."""
    trig = triggers(language)
    words, gap, before = scanner(language)
    func = function_words(language)
    low = lowered(text)
    n = len(text)
    spans = scan_words(low, words)
    # a number starts a date of its own only as a year or with a dot, slash, hyphen or suffix right after it
    # ("13.", "7/8/07", "1990s", "1er"); before a unit or month word that word is the trigger
    hits = [i for i, (s, e) in enumerate(spans)
            if ((e - s == 4 or (e < n and (text[e] in "./-'’" or text[e].isalpha())) or (s and text[s - 1] in "'’"))
                if low[s].isdigit() else low[s:e] in trig)]
    # The run of a hit: the scanned words before it, as long as the gap to the next is one character, or spaces,
    # punctuation and function words ("the", "of": in the run too). Its last ``longest`` words are candidates,
    # and the function words just before them.
    cands = set()
    last_first = -1
    between = {}   # j -> the function words between scanned words j - 1 and j, last first; False: no run
    for i in hits:
        s = spans[i][0]
        if s and text[s - 1] in "'’":
            cands.add(s - 1)
        tail = [s]   # the run, backwards
        j = i
        while j:
            end, nxt = spans[j - 1][1], spans[j][0]
            if nxt - end > 1:
                words_between = between.get(j)
                if words_between is None:
                    words_between = between[j] = [t.start() for t in TOKEN.finditer(low, end, nxt)][::-1] \
                        if gap.fullmatch(low, end, nxt) else False
                if words_between is False:
                    break
                tail += words_between
            tail.append(spans[j - 1][0])
            if len(tail) >= longest:
                break
            j -= 1
        del tail[longest:]
        cands.update(tail)
        first = tail[-1]
        if first != last_first:   # the function words before a run are the same for each of its hits
            last_first = first
            lo = max(0, first - 20)
            w = low[lo:first]
            r = w.rstrip()
            # a quick test first: they end right before the run, at white space or an apostrophe
            if (len(r) < len(w) and r.endswith(func)) or r.endswith(("'", "’")):
                f = before.search(low, lo, first)
                if f:
                    cands.update(t.start() for t in TOKEN.finditer(low, f.start(), f.end()))
    if not cands:
        return
    table = dispatch(language)
    ready = prepared(language)
    ends = dict(spans)
    last = 0
    for p in sorted(cands):
        if p < last:
            continue
        c = text[p]
        if c in "'’":
            key = APOS
        elif c.isdigit():
            key = DIGIT
        elif c not in "XVI" and p in ends:
            key = low[p:ends[p]]   # a word the scan found, in lower case
        else:
            w = TOKEN.match(text, p).group()
            key = ROMAN if ROMAN_RX.fullmatch(w) else w.lower()
        entry = ready.get(key)
        if entry is None:
            kinds = table.get(key)
            if kinds is None:
                continue
            entry = ready[key] = combined(language, kinds)
        m = entry[0].match(text, p)
        if m:
            last = m.end()
            yield m, entry[1]


@lru_cache(maxsize=None)
def prepared(language):
    """First word -> :func:`combined` of its kinds, filled as words are met."""
    return {}


def find_dates(text, language, published=None, precision=None, anchors=None):
    """All temporal expressions in ``text``, resolved against the publication date, in text order."""
    t = language.time
    f = filters(language)
    if anchors is None:
        anchors = anchor_tuple(published, precision)
        anchor_key = (published, precision)
    else:
        anchor_key = tuple(anchors)
    groups_cache, resolved = caches(language)
    out = []
    kinds = []
    ref = None
    for m, layout in matches(text, language):
        kind = m.lastgroup
        lo, hi, names = layout[kind]
        gk = (kind, m.groups()[lo:hi])
        info = groups_cache.get(gk)
        if info is None:
            g = {k: v for k, v in zip(names, gk[1]) if v is not None}
            info = groups_cache[gk] = (g, needs_anchor(kind, g), comparison(kind, g, t))
            if len(groups_cache) > 50000:
                groups_cache.clear()
        g, anchored, compared = info
        s, e = m.span(kind)
        span = text[s:e]
        if not accept(kind, g, span, text, s, e, t, f):
            continue
        future = future_context(text, s, e, t) if anchored else False
        # the resolution of these groups against these anchors (the same for every article of that date)
        key = (gk, anchor_key if anchored else None, future, ref)
        r = resolved.get(key, resolved)
        if r is resolved:
            r = resolved[key] = resolution(kind, g, t, language.code, anchors if (anchors and anchored) else (None,),
                                           future, ref)
            if len(resolved) > 50000:
                resolved.clear()
        if r is None:
            continue
        value, typ, earliest, latest, precision_ = r
        if value in REFS and anchors:
            a0, a1 = anchors[0].isoformat(), anchors[-1].isoformat()
            earliest, latest = {"PRESENT_REF": (a0, a1), "PAST_REF": (None, a1), "FUTURE_REF": (a0, None)}[value]
        if typ == "DATE" and value and value[:1].isdigit() and "X" not in value and not compared:
            ref = value
        elif typ == "TIME" and value and DAY_TIME.match(value):
            ref = value[:10]
        out.append(DateExpr(start=s, end=e, text=span, value=value, earliest=earliest, latest=latest,
                            precision=precision_, type=typ, anchor=published))
        kinds.append((kind, g))
    if len(out) > 1 and len(anchors) <= 1:
        out = link_weekdays(out, kinds, text, t, f)
    return out


DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT")


@lru_cache(maxsize=None)
def caches(language):
    """Per language: the groups of a match as a dict (with what they need), and resolutions by groups,
    anchor, tense and reference date."""
    return {}, {}


def resolution(kind, g, t, lang_code, days, future, ref):
    """(value, type, earliest, latest, precision) of one match over every anchor day, or None."""
    results = set()
    for d in days:
        try:
            r = resolve(kind, g, t, lang_code, d, future, ref)
        except (ValueError, OverflowError, KeyError):
            r = None
        if r is None or r[0] is None:
            return None
        results.add(r)
    if not results:
        return None
    typ = next(iter(results))[1]
    values = [r[0] for r in results]
    value = merge_values(values)
    bounds = [value_bounds(v) for v in values]
    if typ in ("DURATION", "SET") or any(b[0] is None for b in bounds):
        earliest = latest = None
    else:
        earliest, latest = min(b[0] for b in bounds), max(b[1] for b in bounds)
    precision_ = precision_of(value) if typ in ("DATE", "TIME") else None
    return value, typ, earliest, latest, precision_


def plain_weekday(kind, g):
    """The weekday number of a bare weekday match ("Mittwoch", "lundi soir"), else None."""
    if kind == "weekday" and not any(g.get(k) for k in ("prev", "prev2", "next", "next2", "this")):
        return g["w"]
    if kind == "daypart" and g.get("w"):
        return g["w"]
    return None


def link_weekdays(out, kinds, text, t, f):
    """A weekday followed by the day it names is one expression with that day's value ("Mittwoch, den 18.
    Oktober", "mardi 3 juillet"); in a range of weekdays the second end does not come before the first
    ("entre vendredi et lundi")."""
    plain = [plain_weekday(kind, g) for kind, g in kinds]
    if all(w is None for w in plain):
        return out   # no weekday to link
    appos, rng = f["appos"], f["range"]
    res, rk, rw = [], [], []   # rw: the plain weekday of each expression kept
    for x, (kind, g), w in zip(out, kinds, plain):
        pw = rw[-1] if rw else None
        if pw is not None:
            prev = res[-1]
            if rk[-1][0] == "weekday" and kind in ("dmy", "mdy", "numeric", "iso") \
                    and x.value and re.fullmatch(r"\d{4}-\d\d-\d\d", x.value) \
                    and appos.fullmatch(text, prev.end, x.start) \
                    and dt.date.fromisoformat(x.value).weekday() == t.weekdays.get(pw.lower()):
                res[-1] = DateExpr(start=prev.start, end=x.end, text=text[prev.start:x.end], value=x.value,
                                   earliest=x.earliest, latest=x.latest, precision=x.precision, type=x.type,
                                   anchor=x.anchor)
                rk[-1] = (kind, g)
                rw[-1] = w
                continue
            if w is not None and rng and rng.fullmatch(text, prev.end, x.start) and x.value \
                    and prev.value and x.value[:10] < prev.value[:10] and re.match(r"\d{4}-\d\d-\d\d", x.value):
                day = (dt.date.fromisoformat(x.value[:10]) + dt.timedelta(days=7)).isoformat()
                x = DateExpr(start=x.start, end=x.end, text=x.text, value=day + x.value[10:], earliest=day,
                             latest=day, precision=x.precision, type=x.type, anchor=x.anchor)
        res.append(x)
        rk.append((kind, g))
        rw.append(w)
    return res


def sentence_start(text, s):
    """Whether position ``s`` starts a sentence (or a title, or a quotation)."""
    left = text[max(0, s - 4):s].rstrip(" \t\"'“‘«„(")
    return not left or left[-1] in ".!?:\n"


def comparison(kind, g, t):
    """A date named by comparison with another ("the previous year", "a year earlier", "the same period last
    year"): it does not become the reference of the next relative expression (no chain 1997, 1996, 1995)."""
    if kind == "same_period":
        return True
    if kind == "shift":
        return g["dir"].lower() in t.shift_earlier
    if kind in ("rel_unit", "unit_rel_post", "quarter_rel"):
        rel = (g.get("rel") or g.get("rel2") or "").lower()
        return rel in t.anaphoric_previous or rel in t.anaphoric_following
    return False


@lru_cache(maxsize=None)
def filters(language):
    """The compiled context tests of one language (see :func:`accept`)."""
    t = language.time
    before = r"(?<!\w)(?:{})(?:\s+|(?<=['’]))$"
    return {
        "month_prefix": re.compile(before.format(alt(t.month_prefixes)), re.IGNORECASE),
        "season_prefix": re.compile(before.format(alt(t.season_prefixes)), re.IGNORECASE),
        "named_event": re.compile(r"\W{0,3}(?:%s)" % alt(t.named_event_after), re.IGNORECASE)
        if t.named_event_after else None,
        "not_before_weekday": re.compile(r"(?<!\w)(?:{})\s+$".format(alt(t.not_before_weekday)), re.IGNORECASE)
        if t.not_before_weekday else None,
        "not_before_holiday": re.compile(r"(?<!\w)(?:{})\s+$".format(alt(t.not_before_holiday)), re.IGNORECASE)
        if t.not_before_holiday else None,
        "not_before_ref": re.compile(r"(?<!\w)(?:{})\s+$".format(alt(t.not_before_ref)), re.IGNORECASE)
        if t.not_before_ref else None,
        "index_after": re.compile(r"\s*(?:[A-Z][a-z]+\s+)?[Ii]ndex"),
        # the gap between a weekday and the date it names, and between the two ends of a range of days
        "appos": re.compile(r"\s*,?\s*(?:(?:{})\s+)?".format(alt(t.weekday_apposition)), re.IGNORECASE),
        "range": re.compile(r"\s*(?:{})\s*".format(alt(t.range_words)), re.IGNORECASE) if t.range_words else None,
    }


def accept(kind, g, span, text, s, e, t, f):
    """Filters a pattern cannot express: lower-case month words that are other words, named events."""
    if kind in ("month", "mdy", "my", "dmy", "week_of_month") and t.capitalised_months \
            and g.get("m", "X")[:1].islower():
        return False
    if kind in ("month", "season") and (g.get("m") or g.get("s", "")).lower() in t.ambiguous_months \
            and not g.get("y") and not g.get("rel") and not g.get("mod") and not g.get("rel0") and not g.get("rel1") and \
            not f["month_prefix" if kind == "month" else "season_prefix"].search(text, max(0, s - 14), s):
        return False
    if kind == "season" and t.lowercase_seasons and g["s"][:1].isupper() and not (g.get("mod") or g.get("rel")) \
            and re.match(r"\s+(?:of\s+)?[A-Z]", text[e:e + 6]):
        return False   # "Spring Street", "Summer Redstone" (a capitalised name goes on)
    if kind in ("mdy", "dmy") and f["named_event"] and f["named_event"].match(text, e, e + 30):
        return False
    if kind == "year" and f["index_after"].match(text, e, e + 20):
        return False
    if kind == "weekday" and f["not_before_weekday"] and f["not_before_weekday"].search(text, max(0, s - 12), s):
        return False
    if kind == "relday" and t.lowercase_only and g.get("r", "")[:1].isupper() and \
            g["r"].lower() in t.lowercase_only and not sentence_start(text, s):
        return False   # lb "eng Haut" (skin), de "am Morgen" (morning): in lower case, or first in a sentence
    if kind == "anchor_phrase" and text[e:e + 1] == "-" and text[e - 1:e].isalpha():
        return False   # "the day-to-day work"
    if kind == "anchor_phrase" and t.of_words and \
            re.match(r"\s+(?:{})\b".format("|".join(t.of_words)), text[e:e + 6], re.IGNORECASE):
        return False   # "the quarter of a million" (a fraction), "the day of action" (a name)
    if kind in ("duration", "year", "dmy") and s > 1 and text[s - 1] in ".," and text[s - 2].isdigit():
        return False   # the end of a longer number: "1.270 Jahre", "3,2005"
    if kind == "holiday" and f["not_before_holiday"] and f["not_before_holiday"].search(text, max(0, s - 12), s):
        return False
    if kind == "decade" and s and text[s - 1] in "$€£":
        return False
    if kind == "same_period" and g.get("ye") and not g.get("pw2") and "-" not in g["ye"]:
        return False
    if kind == "ref" and (text[e:e + 1] == "-" or f["not_before_ref"] and
                          f["not_before_ref"].search(text, max(0, s - 10), s)):
        return False
    return True


@lru_cache(maxsize=1024)
def precision_of(value):
    if not value or value in REFS:
        return None
    if "T" in value:
        return "time"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return "day"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}", value):
        return "month"
    if "-H" in value:
        return "half"
    if value.startswith("FY"):
        return "year"
    if "-Q" in value:
        return "quarter"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None

"""Claims: statements of fact with their date, their source and their status.

A claim is
- an event with its date: a sentence (or one clause of it, when coordinated clauses carry dates of their own:
  "X war e Mëttwoch a Russland agetraff an e Mëttwoch zu Wostotschny ... zesummekomm" is two claims) with a
  temporal expression of type DATE;
- a statement with a status cue: confirmed ("Confirméiert gouf vu russescher Säit, datt..."), denied
  ("dementéiert", "a démenti", "denied"), unconfirmed (a negated confirmation, "bis ewell net confirméiert",
  "unbestätigt").

Status: the cue's, else ``reported`` when the claim is attributed (inside a quote, "laut X", "according to X"),
else ``asserted``. The source is the quote's speaker, else the agent of a passive cue ("vu russescher Säit",
"von der Regierung", "by the ministry"), else an "according to" phrase, else the subject before an active cue
("The ministry denied..."). The date is the clause's own expression (earliest/latest, date_source
``expression``), else the publication date (date_source ``published``).

Headings and the title line are never claims. Every word the rules look for lives in ``language.claims``.
"""
import re
from bisect import bisect_left
from functools import lru_cache

from ..model import Claim, Mention, Speaker
from ..plugins import hookimpl
from . import segment
from .timex import REFS, anchor_days, lowered
from .trie import trie_pattern

WORD = re.compile(r"[^\W\d_][\w'’-]*")
TRAIL = ".!?;:,… \n\t"


def phrase_rx(phrases):
    ws = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ws:
        return None
    rx = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)),
                    re.IGNORECASE)
    PHRASES[rx] = tuple(ws)
    return rx


PHRASES = {}   # phrase_rx regex -> its phrases


@lru_cache(maxsize=None)
def compiled(language):
    c = language.claims
    return {
        "unconfirmed": phrase_rx(c.unconfirmed),
        "unconfirmed_words": phrase_rx(c.unconfirmed_words),
        "agent": phrase_rx(c.agent_prepositions),
        "according_before": phrase_rx(c.according_before),
        "according_after": phrase_rx(c.according_after),
    }


@lru_cache(maxsize=None)
def phrase_starts(rx):
    """For a :func:`phrase_rx` regex: scans for the places it matches after a space (a literal, found fast; and
    only before a possible first letter) and after any other non-word character (any but a space, a Latin-1
    letter or an ASCII digit). None when a phrase does not start with a word character."""
    firsts = {w[:1] for w in PHRASES.get(rx, ("",))}
    if not all(re.match(r"\w", ch) for ch in firsts):
        return None
    look = "(?=(?i:{}))".format(rx.pattern[len(r"(?<!\w)"):])
    return (re.compile(" (?=(?i:[{}])){}".format(re.escape("".join(sorted(firsts))), look)),
            re.compile(r"[^ _a-zA-ZÀ-ÖØ-Þß-öø-ÿ0-9](?<=\W){}".format(look)))


# Letters (and marks) whose case-insensitive matches are what ``lower()`` maps to them, but for the three
# characters of ODD_FOLDS (checked over every code point): where the text has none of those, a phrase made of
# these letters matches case-insensitively only where the lower-cased text holds it in lower case.
PLAIN_LETTERS = frozenset("-.0123456789abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿœ'’")
ODD_FOLDS = ("İ", "ı", "ſ")


@lru_cache(maxsize=None)
def phrase_prefixes(rx):
    """The lower-case beginnings of a :func:`phrase_rx` regex's phrases (up to six characters, up to the first
    space) for ``str.find`` in the lower-cased text; None unless they are all of PLAIN_LETTERS."""
    ws = PHRASES.get(rx)
    if not ws:
        return None
    prefixes = {w.lower().split(" ")[0][:6] for w in ws}
    if not all(p and set(p) <= PLAIN_LETTERS for p in prefixes):
        return None
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


def first_match(rx, text, low=None, base=0):
    """``rx.search(text)`` for a :func:`phrase_rx` regex. With ``low``, the lower-cased article whose slice
    from ``base`` ``text`` is (and no ODD_FOLDS in it): the places the phrases' beginnings are found in it,
    tried in order; else from the :func:`phrase_starts` scans."""
    if low is not None:
        prefixes = phrase_prefixes(rx)
        if prefixes is not None:
            end = base + len(text)
            cands = []
            for prefix in prefixes:
                i = low.find(prefix, base, end)
                while i >= 0:
                    cands.append(i)
                    i = low.find(prefix, i + 1, end)
            for i in sorted(cands):
                m = rx.match(text, i - base)
                if m:
                    return m
            return None
    fast = phrase_starts(rx)
    if fast is None:
        return rx.search(text)
    m = rx.match(text)
    if m:
        return m
    a = fast[0].search(text)
    b = fast[1].search(text)
    if a is None:
        return None if b is None else rx.match(text, b.end())
    return rx.match(text, a.end() if b is None or a.end() < b.end() else b.end())


@lru_cache(maxsize=None)
def cue_scanner(language):
    """One pass over the lower-cased article finds every status cue: sentences without one skip the rules."""
    c = language.claims
    words = sorted({w.casefold() for w in c.confirm | c.deny | set(c.deny_separable)})
    phrases = sorted({p.casefold() for p in c.unconfirmed_words}, key=len, reverse=True)
    alts = [trie_pattern(words)] if words else []
    alts += [re.escape(p).replace(r"\ ", r"\s+") for p in phrases]
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(alts) or "(?!x)x"))


@lru_cache(maxsize=None)
def cue_prefixes(language):
    """The literal beginnings of the cues (up to six characters, up to the first space): every match of
    :func:`cue_scanner` starts with one of them, and ``str.find`` finds them fast. None if a cue has none."""
    c = language.claims
    cues = {w.casefold() for w in c.confirm | c.deny | set(c.deny_separable)} | \
        {p.casefold() for p in c.unconfirmed_words}
    prefixes = {w.split(" ")[0][:6] for w in cues if w}
    if not prefixes or not all(p and not any(ch.isspace() for ch in p) for p in prefixes):
        return None
    # a prefix that starts with another one adds nothing
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


def cue_positions(low, language):
    """The start of every match of :func:`cue_scanner` in the lower-cased text ``low``, in order."""
    rx = cue_scanner(language)
    prefixes = cue_prefixes(language)
    if prefixes is None:
        return [m.start() for m in rx.finditer(low)]
    cands = []
    for prefix in prefixes:
        p = low.find(prefix)
        while p >= 0:
            cands.append(p)
            p = low.find(prefix, p + 1)
    if not cands:
        return []
    cands.sort()
    out, last = [], 0
    for p in cands:   # as finditer: the leftmost match, then on after its end
        if p >= last:
            m = rx.match(low, p)
            if m:
                out.append(p)
                last = m.end()
    return out


def _particle_ends_clause(text, words, i, particle, coordinators):
    """Does the separated ``particle`` of the verb at word ``i`` close its clause ("wies die Vorwürfe zurück.",
    "stritt die Tat ab, …"), before any coordinated verb ("wies auf … hin und nahm … zurück")? A particle that a
    word follows is a preposition ("stritten ab Montag")."""
    for j in range(i + 1, min(len(words), i + 14)):
        pos, x = words[j]
        if x in coordinators:
            return False
        if x == particle:
            rest = text[pos + len(x):].lstrip()
            nxt = words[j + 1][1] if j + 1 < len(words) else ""
            return not rest or not (rest[0].isalnum() or rest[0] in "„\"“«") or nxt in coordinators
        between = text[words[j - 1][0]:pos]
        if any(ch in between for ch in ",.;:!?"):
            return False
    return False


def status_of(text, language):
    """(status, cue, cue offset in ``text``) from the cues of one clause, or (None, None, None)."""
    c = language.claims
    rx = compiled(language)
    words = [(m.start(), m.group().casefold()) for m in WORD.finditer(text)]
    for i, (pos, w) in enumerate(words):
        if w not in c.confirm and w not in c.deny:
            particle = c.deny_separable.get(w)
            if particle is None:
                continue
            # a separable verb denies only with its particle later in the same clause ("wies die Berichte
            # zurück"; not "wies darauf hin")
            if not _particle_ends_clause(text, words, i, particle, c.coordinators):
                continue
            objects = c.deny_separable_objects.get(w)
            if objects and not any(x.startswith(objects) for _, x in words[i + 1:i + 14]):
                continue   # "wies 200 Migranten an der Grenze zurück" turns people back, it denies nothing
        if i and words[i - 1][1] in c.cue_blockers:
            continue   # "to deny", "could confirm": an infinitive, no statement of a status
        if c.conditionals and any(x in c.conditionals for _, x in words[max(0, i - 6):i]):
            continue   # "if they did not confirm": a condition, no statement of a status
        window = [x for _, x in words[max(0, i - 4): i + 2]]
        # a negation may also close the clause after the cue ("bestätigte die Aussage nicht"): look on to a
        # comma or a subordinator, at most ``negation_after`` words
        end = text.find(",", pos)
        for p2, x in words[i + 2: i + 1 + c.negation_after]:
            if (0 <= end < p2) or x in c.subordinators:
                break
            window.append(x)
        negated = any(x in c.negation for x in window)
        near = rx["unconfirmed"] and rx["unconfirmed"].search(text, max(0, pos - 40), pos + len(w) + 40)
        if w in c.confirm:
            return ("unconfirmed" if negated or near else "confirmed"), w, pos
        return ("unconfirmed" if negated else "denied"), w, pos
    m = rx["unconfirmed_words"] and rx["unconfirmed_words"].search(text)
    if m:
        return "unconfirmed", m.group().casefold(), m.start()
    return None, None, None


def source_phrase(text, base, start, c, forward=True, limit=4):
    """The source words from ``start`` on (or, with ``forward`` False, the words ending at ``start``): leading
    stop words skipped, then up to ``limit`` words until a stop word or punctuation. A Mention, or None."""
    if forward:
        toks = []
        for m in re.finditer(r"[\w'’-]+|[^\w\s]", text[start:start + 80]):
            toks.append((start + m.start(), start + m.end(), m.group()))
    else:
        seg = text[max(0, start - 80):start]
        off = max(0, start - 80)
        toks = [(off + m.start(), off + m.end(), m.group()) for m in re.finditer(r"[\w'’-]+|[^\w\s]", seg)][::-1]
    picked = []
    for s, e, w in toks:
        if not w[0].isalnum():
            break
        if w.casefold() in c.confirm or w.casefold() in c.deny:
            break
        if w.casefold() in c.source_stop:
            if picked:
                break
            continue
        picked.append((s, e, w))
        if len(picked) >= limit:
            break
    if not picked or len(picked) == 1 and picked[0][2].casefold() in c.pronouns:
        return None
    if not forward:
        picked = picked[::-1]
    s, e = picked[0][0], picked[-1][1]
    name = text[s:e]
    if not any(ch.isupper() for ch in name) and len(picked) > 3:
        return None
    return Mention(start=base + s, end=base + e, text=name, speaker=Speaker(name=name, kind="organization"),
                   how="source")


def find_source(text, base, cue_pos, language, low=None):
    """The source of a clause from its own words (no quote): agent, "according to", or subject. Mention or
    None. ``text`` is the clause, ``base`` its offset in the article; ``low``, if given, the lower-cased article
    (without ODD_FOLDS)."""
    c = language.claims
    rx = compiled(language)
    passive = False
    if c.passive_auxiliaries and cue_pos is not None:
        # a passive auxiliary in the cue's own stretch of the clause (between commas): "wurde von der Polizei
        # bestätigt", "Confirméiert gouf vu ...", not "..., er sei vom Präsidenten bestimmt worden"
        lo = text.rfind(",", 0, cue_pos) + 1
        hi = text.find(",", cue_pos)
        stretch = text[lo:hi if hi >= 0 else len(text)]
        passive = any(w.casefold() in c.passive_auxiliaries for w in WORD.findall(stretch))
    if cue_pos is not None and rx["agent"] and (passive or not c.passive_auxiliaries):
        agents = list(rx["agent"].finditer(text))
        if agents:
            # a topicalised agent opens the clause ("Vu russescher Säit gouf ... confirméiert"); else the one
            # nearest the cue ("wurde von der Regierung dementiert")
            a = agents[0] if agents[0].start() == 0 else min(agents, key=lambda m: abs(m.start() - cue_pos))
            src = source_phrase(text, base, a.end(), c)
            if src:
                return src
    if rx["according_before"]:
        m = first_match(rx["according_before"], text, low, base)
        if m:
            src = source_phrase(text, base, m.end(), c)
            if src:
                return src
    if rx["according_after"]:
        m = first_match(rx["according_after"], text, low, base)
        if m:
            src = source_phrase(text, base, m.start(), c, forward=False)
            if src:
                return src
    if cue_pos and not passive:
        before = text[:cue_pos]
        if "," not in before and 0 < len(WORD.findall(before)) <= 8:
            # the subject: the words opening the clause, up to an auxiliary or the cue
            return source_phrase(before, base, 0, c)
    return None


def clauses(sent, dates, language):
    """The sentence as (start, end) clauses: split at a coordinator before each further dated expression."""
    if len(dates) < 2:
        return [(sent.start, sent.end)]
    coords = language.claims.coordinators
    cuts = []
    text = sent.text
    for prev, nxt in zip(dates, dates[1:]):
        lo, hi = prev.end - sent.start, nxt.start - sent.start
        best = None
        words = list(WORD.finditer(text, lo, hi))
        for m in words:
            if m.group().casefold() in coords:
                best = m
        # a range or a list of dates ("zwischen Montag und Mittwoch", "le 9 et le 10 juillet", "hier et
        # aujourd'hui") is one clause: a clause of its own needs words of its own
        if best is not None and len(words) < 3:
            best = None
        if best is not None:
            cuts.append((sent.start + best.start(), sent.start + best.end()))
    out, s = [], sent.start
    for c0, c1 in cuts:
        out.append((s, c0))
        s = c1
    out.append((s, sent.end))
    return out


def joined(sents, base, text, dates):
    """The line's sentences in article offsets, joined where a date runs over the boundary: the dot of a
    German or Luxembourgish ordinal ("am 20. Mai") ends no sentence."""
    out = []
    for sent in sents:
        s, e = base + sent.start, base + sent.end
        if out and any(d.start < out[-1].end < d.end for d in dates):
            prev = out.pop()
            s = prev.start
        out.append(segment.Span(s, e, text[s:e]))
    return out


def trim(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in TRAIL:
        e -= 1
    return s, e


@lru_cache(maxsize=1024)
def published_bounds(published, precision):
    """((earliest, latest) ISO days of the publication date, or (None, None)), whether it is known."""
    days = anchor_days(published, precision)
    return ((min(days).isoformat(), max(days).isoformat()) if days else (None, None)), bool(days)


class ClaimExtractor:
    name = "claims"
    order = 30

    def extract(self, extraction, language):
        article = extraction.article
        text = article.text
        if not text.strip():
            return
        lines = segment.lines(text)
        event_dates = sorted((d for d in extraction.dates if d.type in ("DATE", "TIME") and d.earliest and d.latest
                              and d.value not in REFS), key=lambda d: d.start)
        low = lowered(text)
        cues = cue_positions(low, language)  # sorted
        starts = [d.start for d in event_dates]
        points = sorted(starts + cues)
        if not points:
            return
        pub_bounds, dated = published_bounds(article.published, article.published_precision)
        # the lower-cased text for source phrases, unless a character there folds unlike its lower case
        plain = None if any(ch in text for ch in ODD_FOLDS) else low
        heads = None
        sents = sstarts = None
        for n, ln in enumerate(lines):
            # sentences never cross a line break: split only the lines with a date or a cue in them
            i = bisect_left(points, ln.start)
            if i == len(points) or points[i] >= ln.end:
                continue
            if len(lines) >= 2:
                if heads is None:   # the quote extractor asked for them first: cached
                    heads = {h.start for h in segment.headings(text)}
                if ln.start in heads:
                    continue   # a heading is never a claim
            if n == 0 and article.title and ln.text.strip() == article.title.strip():
                continue   # nor is the title line
            # the dates that may run over a sentence boundary of this line
            ldates = [d for d in extraction.dates if d.start < ln.end and d.end > ln.start]
            if sents is None:
                # the article's sentences, as the quote extractor split them (cached): none crosses a line
                sents = segment.sentences(text, **segment.options_of(language))
                sstarts = [x.start for x in sents]
            line_sents = sents[bisect_left(sstarts, ln.start):bisect_left(sstarts, ln.end)]
            for sent in joined(line_sents, 0, text, ldates):
                i = bisect_left(points, sent.start)
                if i < len(points) and points[i] < sent.end:   # a date or a cue in it
                    self.sentence_claims(extraction, language, sent, event_dates, starts, cues, pub_bounds, dated,
                                         plain)

    def sentence_claims(self, extraction, language, sent, event_dates, starts, cues, pub_bounds, dated, low=None):
        text = extraction.article.text
        # a window of the (sorted) dates and cues, so long articles do not cost sentences x dates
        sdates = event_dates[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        cues = cues[bisect_left(cues, sent.start):bisect_left(cues, sent.end)]
        if not sdates and not cues:
            return   # no date and no cue: no claim
        for cs, ce in clauses(sent, sdates, language):
            cs, ce = trim(text, cs, ce)
            if cs >= ce:
                continue
            ctext = text[cs:ce]
            if cues and any(cs <= p < ce for p in cues):
                status, cue, cue_pos = status_of(ctext, language)
            else:
                status = cue = cue_pos = None
            cdates = [d for d in sdates if cs <= d.start < ce]
            if not cdates and not status:
                continue
            claim = Claim(start=cs, end=ce, text=ctext, status=status or "asserted", cue=cue)
            quote = next((q for q in extraction.quotes if q.start < ce and cs < q.end), None)
            if quote is not None:
                claim.quote = quote
                claim.speaker = quote.speaker
            if claim.speaker is None:
                claim.speaker = find_source(ctext, cs, cue_pos, language, low)
            if claim.status == "asserted" and (claim.quote is not None or claim.speaker is not None):
                claim.status = "reported"
            if cdates:
                claim.date = cdates[0]
                claim.earliest, claim.latest = cdates[0].earliest, cdates[0].latest
                claim.date_source = "expression"
            else:
                claim.earliest, claim.latest = pub_bounds
                claim.date_source = "published" if dated else None
            extraction.claims.append(claim)


@hookimpl
def newsquotes_extractors():
    return [ClaimExtractor()]

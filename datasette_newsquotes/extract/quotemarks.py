"""Quotation marks: pairing openers with closers, with offsets into the article text.

Typographic marks pair with their own closer ("„" with "“" in German and Luxembourgish, "“" with "”" in English,
"«" with "»", "»" with "«"); a mark that can close the quote currently open closes it first, so „…“ and “…” can
live in one text; two apostrophes stand for a double mark (''…''), also after two backticks (``…'', the wire
style). Straight double quotes open after a space or an opening bracket and close before a space or
punctuation; a straight single quote counts only at word edges, never inside a word ("d'Offer", "don't").
A straight double mark that can only close closes an open “ or „ (“…", a slip of editing; never after a digit,
a 55" screen); a right mark ” after a space and before a letter opens a ”…” quotation (the Swedish and Finnish
style, and another slip); a mark that opens in one style and closes in another ("“", "«", "»") never opens
after a word and before a space: there it closes the quote open, or nothing (a stray closer). Quotes nest (a “…” inside «…»). A quote still open at the end of its paragraph ends
there (an odd count of marks loses nothing before it), unless the next paragraph opens with the same mark: then
the quote runs on (the news convention for a quote over paragraphs). All of this is one pass over the text.
"""
import re
from dataclasses import dataclass

# Marks that are quotation marks in some language, whatever the language says: every article is scanned for
# all of them, and the language's pairs only decide which closer belongs to which opener.
DEFAULT_PAIRS = (("„", "“"), ("“", "”"), ("«", "»"), ("»", "«"), ("‚", "‘"), ("‘", "’"), ("‹", "›"),
                 ("›", "‹"), ("「", "」"), ("『", "』"))


@dataclass
class QuoteSpan:
    start: int        # first character inside the marks
    end: int          # end-exclusive, before the closing mark
    depth: int = 0    # 0 for an outermost quote, 1 for a quote inside it...
    closed: bool = True
    opener: str = ""  # the opening mark


_cache = {}
# a speaker's label opening a transcript's paragraph: "WALLACE: ..."
SPEAKER_LABEL = re.compile(r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,30}[A-ZÀ-ÖØ-Þ]):\s+")
# any short label before a colon opening a paragraph: "Q:", "Holt:", "Mr. Jones:", "Frage:", "DUPONT :"
PARAGRAPH_LABEL = re.compile(r"[^\W\d][\w.'’-]*(?: [\w.'’-]+){0,2} ?:\s")
# how a quoted paragraph that runs on into the next one ends: a sentence's end (not a question, a comma, a heading)
_RUNS_ON = frozenset(".!…;")
_CLOSERS = frozenset("”“’‘»«›‹\"'")


def _ends_sentence(text, end):
    """Does the text before ``end`` end a sentence, maybe inside a quote of its own ('… typed “a threat.”')?"""
    c = text[end - 1]
    if c in _CLOSERS and end > 1:
        c = text[end - 2]
    return c in _RUNS_ON


def _opens_paragraph(text, q):
    """Does the quotation ``q`` open its paragraph or a sentence, or follow a colon ('The letter reads: "…')?"""
    line = text.rfind("\n", 0, q.start) + 1
    before = text[line:q.start].rstrip()
    return len(before) <= 1 or before[:-1].rstrip()[-1:] in (":", ".", "!", "?", "…")


def _tables(pairs):
    key = tuple(pairs)
    t = _cache.get(key)
    if t is None:
        openers = {}
        for o, c in tuple(pairs) + DEFAULT_PAIRS:
            if o in ("'", '"'):
                continue
            openers.setdefault(o, c)
        closers = {}
        for o, c in openers.items():
            closers.setdefault(c, set()).add(o)
        marks = set(openers) | set(closers) | {'"', "'", "`"}
        finder = re.compile("[" + re.escape("".join(sorted(marks))) + "\n]")
        t = _cache[key] = (openers, closers, frozenset(marks), finder)
    return t


def _word(ch):
    return ch.isalnum()


def quote_spans(text, pairs=()):
    """Every quotation (outermost and nested) as :class:`QuoteSpan`, in order of their start."""
    openers, closers, marks, finder = _tables(pairs)
    out = []
    stack = []  # (opening mark, closer expected, offset after the mark)
    n = len(text)
    skip = -1
    for m in finder.finditer(text):
        i = m.start()
        if i == skip:
            continue
        ch = text[i]
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            # two apostrophes stand for a double quotation mark (''like this'')
            prev = text[i - 1] if i else " "
            nxt = text[i + 2] if i + 2 < n else " "
            skip = i + 1
            top_same = any(s[1] == "''" for s in stack)
            if top_same and not prev.isspace():
                _close(stack, "''", out, i, text)
            elif not nxt.isspace():
                stack.append(("''", "''", i + 2))
            continue
        if ch == "`":
            if i + 1 < n and text[i + 1] == "`" and i + 2 < n and not text[i + 2].isspace():
                # two backticks open a quotation that two apostrophes close (``like this'', the wire style)
                skip = i + 1
                stack.append(("``", "''", i + 2))
            continue
        if ch == "\n":
            # a line break ends what is still open
            if stack:
                _close_all(stack, out, text, i)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == '"' or ch == "'":
            top_same = any(s[1] == ch for s in stack)
            can_open = (prev.isspace() or prev in "([{—–-/:" or prev in marks) and not nxt.isspace()
            can_close = not prev.isspace() and (not _word(nxt) or nxt in marks)
            if ch == "'":
                if _word(prev) and _word(nxt):
                    continue  # an apostrophe inside a word
                if not top_same and not can_open:
                    continue
            if top_same and (can_close or not can_open):
                _close(stack, ch, out, i, text)
            elif ch == '"' and stack and stack[-1][1] in ("”", "“") and can_close and not can_open and \
                    not prev.isdigit():
                # a straight mark closing a typographic opener (“…" or „…"), a slip of editing
                _close(stack, stack[-1][1], out, i, text)
            elif can_open or (not top_same and not can_close):
                stack.append((ch, ch, i + 1))
            continue
        # typographic marks: closing the open quote wins over opening a new one
        if stack and ch == stack[-1][1]:
            _close(stack, ch, out, i, text)
        elif ch in closers and any(s[1] == ch for s in stack) and not (ch in openers and not nxt.isspace()
                                                                          and prev.isspace()):
            _close(stack, ch, out, i, text)
        elif ch == "”" and (prev.isspace() or prev in "([—–") and nxt.isalpha() and \
                not (i > 1 and text[i - 2].isdigit()):
            # a right mark opening a quotation (”…”, the Swedish and Finnish style, and a common slip elsewhere);
            # never after a number (6’2”, "The 12 ”sticks")
            stack.append((ch, ch, i + 1))
        elif ch in "“«»" and ch in openers and ch in closers and not prev.isspace() and prev not in "([{—–-/:" and \
                not prev in marks and (nxt.isspace() or nxt in ",.;:!?)"):
            # a double mark that opens in one style and closes in another, placed as a closer (after a word or a
            # full stop, before a space): a slip closing the quote open ('“Mostly False.“'), or a stray closer of
            # a quote opened in an earlier paragraph ('„… Etat ein.“ Sie haben …'), never a new quotation (a
            # single "‘" after a name is an apostrophe: „Klaus‘ Antwort …“)
            if stack:
                _close(stack, stack[-1][1], out, i, text)
        elif ch in openers:
            if ch == "’" or (ch == "‘" and _word(prev) and _word(nxt)):
                continue  # an apostrophe
            stack.append((ch, openers[ch], i + 1))
    _close_all(stack, out, text, n)
    out.sort(key=lambda q: (q.start, -q.end))
    return _across_paragraphs(out, text)


def _across_paragraphs(spans, text):
    """One quotation for a quote that runs over paragraphs: the news convention leaves a quoted paragraph open
    and opens the next one with the same mark ('"We waited long enough.\n\n"Now we act," she said.'), so an
    outermost quote left open at its paragraph's end and an outermost quote opening the next paragraph with
    the same mark are one. Its text keeps the break and the mark; the quotes nested in either stay.

    Only where a paragraph of speech runs on: the quote opens its paragraph or a sentence (or follows a colon)
    and its paragraph ends a sentence. Not after a question, a salutation or a heading ("Dear residents,", "Budget
    Update"), nor into a paragraph opening with a label, a transcript's or an interview's next speaker ('"PENCE: …',
    '"Q: …', '« DUPONT : …'), nor after a quote opened inside a sentence (a closing mark left out there runs into
    someone else's quote: 'called the plan "a disaster.\n\n"We will vote no," said …')."""
    outer = [k for k, q in enumerate(spans) if q.depth == 0]
    drop = set()
    head = None  # the quote the current one continues
    for k, nxt in zip(outer, outer[1:]):
        a = spans[k]
        q = a if head is None else head
        b = spans[nxt]
        mark = b.start - 1
        while mark > 0 and text[mark].isspace():
            mark -= 1  # (« … with its space)
        gap = text[a.end:mark]
        if not a.closed and "\n" in gap and not gap.strip() and b.opener == q.opener and \
                text[mark] == b.opener and _ends_sentence(text, a.end) and \
                (head is not None or _opens_paragraph(text, a)) and not PARAGRAPH_LABEL.match(text, b.start, b.end):
            q.end, q.closed = b.end, b.closed
            drop.add(nxt)
            head = q
        else:
            head = None
    return [q for k, q in enumerate(spans) if k not in drop] if drop else spans


def _close(stack, closer, out, i, text):
    while stack:
        o, c, s = stack.pop()
        if c == closer:
            a, e = s, i
            while a < e and text[a].isspace():
                a += 1
            while e > a and text[e - 1].isspace():
                e -= 1
            if e > a:
                out.append(QuoteSpan(a, e, len(stack), True, o))
            return
        # a mark opened inside and never closed: dropped


def _close_all(stack, out, text, end):
    while stack:
        o, c, s = stack.pop()
        e = end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and o not in ("'", "’", "‘"):
            out.append(QuoteSpan(s, e, len(stack), False, o))

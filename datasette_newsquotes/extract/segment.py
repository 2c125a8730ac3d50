"""Lines, section headings and sentences, with character offsets into the article text.

Headings matter because RTL-style articles keep them inline: "Regierung an Opposioun streide sech iwwer de Budget" is a
heading, not a statement, and must never become a quote or a claim.
"""
import re
from dataclasses import dataclass

_all_abbreviations = None


def all_abbreviations():
    """Abbreviations of every registered language (``Speech.abbreviations``): for text of no known language."""
    global _all_abbreviations
    if _all_abbreviations is None:
        from .. import plugins
        _all_abbreviations = frozenset().union(*(lang.speech.abbreviations for lang in plugins.languages().values()))
    return _all_abbreviations


# (the leading lookahead lets the engine skip ordinary characters fast)
# (also a full stop with its space left out between two words, "sagte Müller.Am Abend …", a slip of web copy: after two
# lower-case letters and before a capitalised word)
SENTENCE_END = re.compile(r"(?=[.!?…:;\n])(?:[.!?…]+(?: ?[\"'”»“’)])*(?=\s+(?:''|``|[\"'„“«‚‘(])?\s?[^\W_a-zß-öø-ÿ]|\s*\Z)"
                          r"|(?<=[a-zß-öø-ÿ][a-zß-öø-ÿ])\.(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
                          r"|[:;]?\n+)")
CLOSING = ".!?:;\"'”»“’…)]"


@dataclass
class Span:
    start: int
    end: int
    text: str


_LINE = re.compile(r"[^\n]+")
_ADDRESS_AHEAD = re.compile(r"\S*?(?:[@/]|\.[a-z])")
_LETTER_AFTER = re.compile(r"\s+[^\W\d_]")
_DIGIT_AFTER = re.compile(r"\s+(?:''|``|[\"'„“«‚‘(])?\s?\d")
_OPENING = "(\"'„“«‚‘[<`"
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# The last few texts segmented: the quote and the claim extractors both segment every article, one after the
# other, so a small cache keyed on the text saves the second pass.
_cache = {}
_CACHE_SIZE = 8


def _cached(kind, text, compute):
    key = (kind, text)
    hit = _cache.get(key)
    if hit is None:
        hit = compute(text)
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = hit
    return list(hit)


def lines(text):
    """Non-empty lines with their offsets (whitespace at the edges trimmed)."""
    return _cached("lines", text, _lines)


def _lines(text):
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Span(s, e, text[s:e]))
    return out


# a quotation signed with a dash ('"We need change." ― Jorge Falcon') is a line of text, not a heading
_SIGNED_LINE = re.compile(r"^\s*[\"'„“«‚‘].*[.!?…,]\s*[\"'”»“’]\s*[―—–-]\s*\S")


def is_heading(line, max_words=12):
    """A section heading: a short line that does not close like a sentence, or a short title in quotation
    marks on a line of its own ("'Legend in the Coal Fields.'": every longer word capitalised)."""
    end = line.rstrip()
    if not end or end[-1] in CLOSING:
        # (most lines: a paragraph closing like a sentence, told without splitting it)
        return _quoted_title(end)
    return len(line.split()) <= max_words and not _SIGNED_LINE.match(line)


def _quoted_title(line):
    s = line.strip()
    if len(s) < 4 or s[0] not in _OPENING or s[-1] not in CLOSING or s[-2:-1] in "?!" or s[-1] in "?!":
        return False
    words = _TITLE_WORD.findall(s)
    longer = [w for w in words if len(w) >= 4]
    return 3 <= len(words) <= 8 and len(longer) >= 2 and all(w[0].isupper() for w in longer)


def headings(text, title=None):
    """Spans of section headings (the title line counts when it reads as one). A one-line article has
    none: its only line is its text."""
    return _cached("headings", text, _headings)


def _headings(text):
    ls = lines(text)
    if len(ls) < 2:
        return []
    return [ln for ln in ls if is_heading(ln.text)]


def sentences(text, abbreviations=None, cache=True, ordinals=None, before_numbers=frozenset(), measures=None):
    """Sentences with offsets. Splits at end punctuation followed by a capital, a digit after a word (or a quote
    mark and either), and at line breaks; not after abbreviations (a language's ``Speech.abbreviations``, by default
    every language's; before a number also ``before_numbers``, ``Speech.number_abbreviations``: "max. 30 km/h"; and
    before a unit or currency the abbreviations of ``measures``, a pair (abbreviations, words): "3 Mio. Euro", while
    "… auf 120 Mio. Im nächsten Jahr …" ends), initials ("Dr.", "M.", "J. Smith") and, with ``ordinals`` (see
    ``ordinals_of``), ordinal numbers ("am 30. Juni"). ``cache=False`` for a snippet, which would otherwise push an
    article's segmentation out of the small cache."""
    if abbreviations is None:
        abbreviations = all_abbreviations()
    if not cache:
        return _sentences(text, abbreviations, ordinals, before_numbers, measures)
    return _cached(("sentences", abbreviations, ordinals, before_numbers, measures), text,
                   lambda t: _sentences(t, abbreviations, ordinals, before_numbers, measures))


_options = {}


def options_of(language):
    """The keyword arguments of ``sentences`` for a language (its abbreviations, ordinals, abbreviations before a
    number or a unit), built once per language: the quote and the claim extractors pass the very same ones, so
    that the second finds the first's segmentation in the cache."""
    hit = _options.get(id(language))
    if hit is None or hit[0] is not language:
        sp = language.speech
        measures = (frozenset(sp.measure_abbreviations), frozenset(sp.measure_words)) \
            if sp.measure_abbreviations else None
        hit = _options[id(language)] = (language, {
            "abbreviations": frozenset(sp.abbreviations), "ordinals": ordinals_of(language),
            "before_numbers": frozenset(sp.number_abbreviations), "measures": measures})
    return hit[1]


class Ordinals:
    """How a language writes ordinal numbers with a full stop ("am 30. Juni", "der 2. Weltkrieg"): the words
    that make the number before them (``nouns``: the month names) or after them (``articles``) an ordinal, and
    the function words that open a sentence rather than follow an ordinal ("wurde nur der 5. Der Fahrer …")."""

    def __init__(self, articles, nouns, function_words=()):
        self.articles = frozenset(articles)
        self.nouns = frozenset(n.rstrip(".") for n in nouns)
        self.function_words = frozenset(function_words)


_ordinals = {}


def ordinals_of(language):
    """The ``Ordinals`` of a language whose press writes them with a full stop (``Speech.ordinal_articles``),
    else None; one object per language, so that it keys the segmentation cache."""
    hit = _ordinals.get(id(language))
    if hit is None or hit[0] is not language:
        sp = language.speech
        function_words = set(sp.determiners) | set(sp.possessive_determiners) | set(sp.stop_words) | \
            set(sp.subject_pronouns) | set(sp.conjunctions) | set(sp.prepositions) | set(sp.relative_pronouns) | \
            set(sp.source_adverbs)
        hit = _ordinals[id(language)] = (language, Ordinals(sp.ordinal_articles, language.time.months,
                                                            function_words) if sp.ordinal_articles else None)
    return hit[1]


_WORD_AFTER = re.compile(r"\s+(\w+)")
_TWO_WORDS_AFTER = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?")
_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")


def _is_ordinal(text, start, i, end, ordinals):
    """Is the number of at most three digits ending before ``end`` an ordinal: before a month name ("Freitag,
    30. Juni") or after an article ("der 2. Weltkrieg", "am 5. Spieltag"), not before a function word? Elsewhere
    ("stieg auf 12. Am Abend ...", "Platz 3. Der Verein ...", "wurde nur der 5. Der Fahrer …") it may end its
    sentence."""
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1).lower() if after is not None else ""
    if nxt in ordinals.nouns:
        return True
    if nxt in ordinals.function_words:
        return False  # "Er wurde nur der 5. Der Fahrer …", "bis zum 30. Danach …": a new sentence
    before = _WORD_BEFORE.search(text, max(start, i - 20), i)
    return before is not None and before.group(1).lower() in ordinals.articles


def _sentences(text, abbreviations, ordinals=None, before_numbers=frozenset(), measures=None):
    out = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        j = m.start()
        if text[j] == ".":
            i = j
            while i > start and not text[i - 1].isspace():
                i -= 1
            w = text[i:j].lstrip(_OPENING).rstrip(".").casefold()
            if end < len(text) and not text[end].isspace() and _ADDRESS_AHEAD.match(text, end):
                # a full stop without its space: not inside an address, whose next part holds an "@", a "/" or a
                # lower-case domain ("www.Bild.de", "jean.Dupont@mairie.fr"); "Trainer.Dr. Schmidt" still ends
                continue
            if w:
                unit = len(w) == 1 and text[j - 1].islower() and _after_number(text, start, i)  # ("vers 17 h.")
                if w in abbreviations or (len(w) == 1 and w.isalpha() and not unit) or \
                        initials(w) and not _after_article(text, start, i) or \
                        w.replace(".", "").isdigit() and _LETTER_AFTER.match(text, m.end()) is None or \
                        ordinals is not None and len(w) <= 3 and w.isdigit() and \
                        _is_ordinal(text, start, i, m.end(), ordinals):
                    continue
                if _DIGIT_AFTER.match(text, end) and (not (len(w) > 1 and w.isalpha()) or w in before_numbers):
                    continue  # a number opens a sentence only after a word: "…, sagte er. 2019 brannte …"
                if measures is not None and w in measures[0]:
                    nxt = _TWO_WORDS_AFTER.match(text, end)
                    if nxt is not None and (nxt.group(1).casefold() in measures[1] or not (
                            ordinals is not None and nxt.group(1).casefold() in ordinals.function_words or
                            nxt.group(2) is not None and nxt.group(2)[:1].isupper())):
                        # "3 Mio. Euro", "2 Mio. Haushalte seien …" (not "… 120 Mio. Im nächsten Jahr …", "… 85 Mio.
                        # Geschäftsführer Rainer Kast sagte …": a function word, or a role and a name)
                        continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    if "(" in text or _CAPS_DATELINE_HINT.search(text):
        out = _split_datelines(text, out)
    return out


# a wire story's dateline opening a paragraph: "Berlin (dpa) - ", "WASHINGTON (AP) — ", "Lëtzebuerg (dpa) – "
# (a place of up to three words, an agency's short name in brackets, a dash, and a capital opening the story);
# or a place in capitals alone, maybe with its state or country: "BRUSSELS - ", "CHARLOTTE, N.C. - "
_DATELINE = re.compile(r"(?:[^\W\d_][\w./'’-]*(?: [\w./'’-]+){0,2} ?\([\w/.-]{2,15}\)"
                       r"|(?:[A-ZÀ-ÖØ-Þ]{3,}|[A-ZÀ-ÖØ-Þ]{2,}\.)(?: [A-ZÀ-ÖØ-Þ]{2,}){0,2}"
                       r"(?:, [A-ZÀ-ÖØ-Þ][\w.]*(?: [A-ZÀ-ÖØ-Þ][\w.]*)?)?)"
                       r"[^\S\n]*[-–—][^\S\n]+(?=[\"„“«']?[A-ZÀ-ÖØ-Þ])")
_CAPS_DATELINE_HINT = re.compile(r"(?:^|\n)[A-ZÀ-ÖØ-Þ]{2,}[^\n]{0,30}?[^\S\n][-–—][^\S\n]")


def _split_datelines(text, out):
    """A dateline is a sentence of its own: the agency in it is no subject of the sentence after it."""
    res = []
    for sp in out:
        m = _DATELINE.match(text, sp.start, sp.end)
        if m is not None and (sp.start == 0 or text[sp.start - 1] == "\n"):
            _add(res, text, sp.start, m.end())
            _add(res, text, m.end(), sp.end)
        else:
            res.append(sp)
    return res


_NUMBER_BEFORE = re.compile(r"\d\s+\Z")


def _after_number(text, start, i):
    """Does a number stand right before position ``i``? Then a lower-case letter there is a unit ("vers 17 h."),
    which may end its sentence, not an initial."""
    return _NUMBER_BEFORE.search(text, max(start, i - 3), i) is not None


def _after_article(text, start, i):
    """Is the word before position ``i`` a short lower-case one, an article ("the U.S. Officials said")? Then
    initials may end the sentence; after a name or a verb ("Rep. J.D. Miller", "said J.D. Miller") they
    start a name."""
    before = text[max(start, i - 6):i].split()
    return bool(before) and before[-1].islower() and before[-1].isalpha() and len(before[-1]) <= 3


def initials(w):
    """Initials joined by full stops ("G.K" of "G.K. Butterfield", "u.s"): no sentence ends after them, and
    they stay inside a name."""
    parts = w.split(".")
    return len(parts) > 1 and all(len(x) == 1 and x.isalpha() for x in parts)


def _add(out, text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Span(s, e, text[s:e]))


def sentence_at(sents, offset):
    """The sentence containing ``offset`` (or the nearest one before it)."""
    best = None
    for s in sents:
        if s.start <= offset:
            best = s
        if s.start <= offset < s.end:
            return s
    return best

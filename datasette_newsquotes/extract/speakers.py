"""Speakers: finding the people and organisations an article names, and resolving what points at them.

Within an article, a later "Putin" or "de Minister" or "hien" resolves to a speaker already named; across
articles, :func:`speaker_key` and :func:`same_speaker` decide when two names are one speaker (used by
``store.py``, which is where cross-article state lives).
"""
import functools
import re
import unicodedata

from ..languages.speech import Speech
from ..model import Mention, Speaker

_DEFAULT_SPEECH = Speech()


def is_particle(word, particles=None, prefixes=None):
    """A lower-case word that can sit inside a name ("von", "al-Rahman"); the particles and prefixes are a
    language's (``Speech.name_particles``, ``Speech.name_particle_prefixes``), by default those of every
    language."""
    if particles is None:
        particles = _DEFAULT_SPEECH.name_particles
    if prefixes is None:
        prefixes = _DEFAULT_SPEECH.name_particle_prefixes
    return word in particles or word.startswith(prefixes)


@functools.lru_cache(maxsize=65536)
def fold(text):
    """Case-, accent- and hyphen-insensitive form of a name, for comparing."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑]+", " ", text).strip().casefold()


def speaker_key(name):
    """The key under which a speaker is stored: one key per canonical name."""
    return fold(name)


@functools.lru_cache(maxsize=65536)
def name_tokens(name):
    return tuple(fold(name).replace(".", " ").split())


@functools.lru_cache(maxsize=65536)
def same_speaker(a, b):
    """Do two names plausibly denote the same person? "Putin" and "Wladimir Putin" do (one name's tokens are
    the tail of the other's); "Kim Jong Un" and "Kim Young-ho" do not (neither contains the other)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    for x, y in ((a, b), (b, a)):
        if 1 < len(x) <= 5 and x.isalpha() and x.isupper() and x not in y.replace("-", " ").split():
            return False  # an acronym is no name's last word written otherwise: "UN" is not "Ri Song-un"
    return long_[-len(short):] == short or long_[: len(short)] == short


def fits(speaker, gender):
    """Can ``speaker`` be the person a mention of ``gender`` ("m", "f" or None) names?"""
    return gender is None or speaker.gender is None or speaker.gender == gender


def strip_name(text, speech):
    """A mention's text without leading determiners and titles: "de Putin" -> "Putin"."""
    words = text.split()
    while len(words) > 1 and (words[0].casefold() in speech.determiners or words[0].casefold() in speech.titles):
        words.pop(0)
    return " ".join(words)


class SpeakerIndex:
    """The speakers of one article, in order of first mention, for resolving later mentions."""

    def __init__(self):
        self.speakers = []
        self.history = []  # (offset, Speaker) of every mention, for pronoun and role resolution
        self._by_key = {}

    def find(self, name, offset=None, gender=None):
        """The speaker a short name ("Putin", "Kim") points to: among the named speakers whose name contains it
        (and whose gender, where both are known, is ``gender``), the one mentioned last before ``offset``; never an
        unnamed description that holds the name ("the Clinton campaign" is no "Clinton")."""
        for off, sp in reversed(self.history):
            if (offset is None or off < offset) and sp.named and same_speaker(sp.name, name) and fits(sp, gender):
                return sp
        for sp in self.speakers:
            if sp.named and same_speaker(sp.name, name) and fits(sp, gender):
                return sp
        return None

    def add(self, name, kind="person", description=None, offset=0, merge=True, gender=None, titled=None,
            remember=True):
        """Register a mention of ``name``; a longer form of a known name becomes its canonical name, unless the
        article gives the two another gender ("Mr. Halvorsen" and "his wife, Ingrid Halvorsen").
        ``merge=False`` (unnamed collectives: "la police") merges only with the very same words. ``titled``: the
        name with its title ("Mrs. Clinton"), for a person whose gender sets them apart from a namesake.
        ``remember=False``: no mention in the history that pronouns and short names search ("someone")."""
        key = fold(name)
        sp = self._by_key.get(key)
        if sp is not None and not fits(sp, gender):
            sp = None
        if sp is None and merge:
            # (not an unnamed description holding the name: "Workers at Brennan Foods" is no longer form of the
            # company "Brennan Foods")
            cands = [s for s in self.speakers if (s.kind == kind or len(name_tokens(name)) > 1) and fits(s, gender)
                     and s.named]
            for s in reversed(cands):
                if same_speaker(s.name, name) and (len(name_tokens(s.name)) > 1 or len(name_tokens(name)) > 1
                                                   or fold(s.name) == key):
                    sp = s
                    break
            if sp is not None:
                if len(name_tokens(name)) > len(name_tokens(sp.name)) and not any(
                        name_tokens(o.name)[-1:] in [(w,) for w in name_tokens(name)[:-1]]
                        for o in self.speakers if o is not sp and o.kind == "person"):
                    # (not two people's names run together: "So kritisierte Rajoy Zapatero …", where Rajoy is
                    # another man of the article)
                    if sp.name not in sp.aliases:
                        sp.aliases.append(sp.name)
                    sp.name = name
                elif name != sp.name and name not in sp.aliases:
                    sp.aliases.append(name)
        if sp is None:
            if titled and any(fold(s.name) == key or s.gender and gender and s.gender != gender and
                              same_speaker(s.name, name) for s in self.speakers):
                # another person of the same name and the other gender: named with the title that tells them
                # apart ("Mrs. Clinton" beside "Clinton")
                name, key = titled, fold(titled)
            sp = Speaker(name=name, kind=kind, gender=gender)
            self.speakers.append(sp)
        elif gender and sp.gender is None and name_tokens(name) == name_tokens(sp.name):
            # (only the full name itself tells: "Mr. Obama" does not make "Michelle Obama" a man)
            sp.gender = gender
        self._by_key[key] = sp
        if description and description not in sp.descriptions:
            sp.descriptions.append(description)
        if remember:
            self.history.append((offset, sp))
        return sp

    def by_head(self, noun, offset):
        """The organisation last mentioned before ``offset`` whose capitalised name of several words opens or
        ends with ``noun`` ("the committee" is the Committee to Protect Journalists named before it, "the
        center" the Pew Research Center)."""
        for off, sp in reversed(self.history):
            if off < offset and sp.kind == "organization" and sp.name[:1].isupper():
                words = name_tokens(sp.name)
                if len(words) > 1 and fold(noun) in (words[0], words[-1]):
                    return sp
        return None

    def last_before(self, offset, kind="person", gender=None):
        for off, sp in reversed(self.history):
            if off < offset and sp.kind == kind and fits(sp, gender):
                return sp
        return None

    def last_offset_of(self, speaker, offset):
        for off, sp in reversed(self.history):
            if off < offset and sp is speaker:
                return off
        return -1

    def by_role(self, role, offset, before=(), after=(), ranks=frozenset(), function_words=frozenset()):
        """The most recent speaker before ``offset`` described with ``role`` ("Minister" finds the speaker
        described as "südkoreanesche Minister"; a compound "Premierminister" counts too).

        ``before`` and ``after``: the mention's other words before and after its role noun ("finance" of "the
        finance minister", "plaintiffs" of "the lawyer for the plaintiffs"). Where both the mention and a
        description have words on the same side, they must share one (up to an inflected ending), so "the
        finance minister" is not the person described as "foreign minister", nor "la ministre de la Santé" the
        "ministre des Armées", while "der grüne Staatssekretär" still finds the "Staatssekretär im Ministerium".
        ``ranks`` ("former", "deputy", "ehemalige", "adjoint"): a mention and a description must have the same
        ones, so "the mayor" is neither the former mayor nor the deputy mayor."""
        r = fold(role)
        rw = r.split()  # (a hyphenated role folds to several words: "porte-parole")
        stem = lambda w: w[:max(4, len(w) - 3)]
        side = lambda ws: {fold(w) for w in ws} - ranks - function_words
        m_before, m_after = side(before), side(after)
        m_ranks = {fold(w) for w in list(before) + list(after)} & ranks

        def shares(ms, ds):
            return not ms or not ds or any(w.startswith(stem(m)) or m.startswith(stem(w)) for m in ms for w in ds)

        def described(d):
            words = fold(d).replace("'", "' ").replace("’", "’ ").split()  # (elisions apart: "l'Intérieur")
            at = next((k for k in range(len(words)) if words[k:k + len(rw)] == rw or
                       len(rw) == 1 and len(r) >= 4 and words[k].endswith(r) and
                       words[k][:-len(r)].rstrip("-") not in ranks), None)  # ("Vizekanzler" is no "Kanzler")
            if at is None:
                return False
            # the role heads the description: not the complement of another role ("a spokesman for the mayor",
            # "Sprecher der Ministerin" describe no mayor and no minister)
            first = next((k for k in range(at) if words[k] not in function_words), at)
            if any(w in function_words for w in words[first:at]):
                return False
            d_before, d_after = side(words[:at]), side(words[at + len(rw):])
            # (the role word itself is no rank: "Reed's deputy" is described as "deputy" and has no rank)
            return shares(m_before, d_before) and shares(m_after, d_after) and \
                (set(words) - set(rw)) & ranks == m_ranks
        for off, sp in reversed(self.history):
            if off < offset and sp.kind == "person" and any(described(d) for d in sp.descriptions):
                return sp
        return None


def mention(start, end, text, speaker, how="name"):
    return Mention(start=start, end=end, text=text, speaker=speaker, how=how)

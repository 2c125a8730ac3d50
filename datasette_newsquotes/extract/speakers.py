"""Speakers: finding the people and organisations an article names, and resolving what points at them.

Within an article, a later "Putin" or "de Minister" or "hien" resolves to a speaker already named; across
articles, :func:`speaker_key` and :func:`same_speaker` decide when two names are one speaker (used by
``store.py``, which is where cross-article state lives).
"""
import re
import unicodedata

from ..model import Mention, Speaker

# A capitalised word, possibly hyphenated ("Young-ho", "Jean-Claude"), or an all-caps acronym ("KNCA").
NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*[\w.]|[A-Z]{2,})"
NAME = re.compile(r"\b{w}(?:\s+(?:(?:van|von|de|der|da|di|du|le|la|bin|al|el)\s+)?{w})*".format(w=NAME_WORD))


def fold(text):
    """Case-, accent- and hyphen-insensitive form of a name, for comparing."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑]+", " ", text).strip().casefold()


def speaker_key(name):
    """The key under which a speaker is stored: one key per canonical name."""
    return fold(name)


def name_tokens(name):
    return fold(name).replace(".", " ").split()


def same_speaker(a, b):
    """Do two names plausibly denote the same person? "Putin" and "Wladimir Putin" do (one name's tokens are
    the tail of the other's); "Kim Jong Un" and "Kim Young-ho" do not (neither contains the other)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return long_[-len(short):] == short or long_[: len(short)] == short


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

    def add(self, name, kind="person", description=None, offset=0):
        for sp in self.speakers:
            if same_speaker(sp.name, name):
                if len(name_tokens(name)) > len(name_tokens(sp.name)):
                    if sp.name not in sp.aliases:
                        sp.aliases.append(sp.name)
                    sp.name = name
                elif name != sp.name and name not in sp.aliases:
                    sp.aliases.append(name)
                break
        else:
            sp = Speaker(name=name, kind=kind)
            self.speakers.append(sp)
        if description and description not in sp.descriptions:
            sp.descriptions.append(description)
        self.history.append((offset, sp))
        return sp

    def last_before(self, offset, kind="person"):
        for off, sp in reversed(self.history):
            if off < offset and sp.kind == kind:
                return sp
        return None

    def by_role(self, role, offset):
        """The most recent speaker before ``offset`` described with ``role`` ("Minister")."""
        r = fold(role)
        for off, sp in reversed(self.history):
            if off < offset and any(r in fold(d).split() for d in sp.descriptions):
                return sp
        return None


def mention(start, end, text, speaker, how="name"):
    return Mention(start=start, end=end, text=text, speaker=speaker, how=how)

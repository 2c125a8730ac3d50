"""The records that flow through datasette-newsquotes: the vocabulary of the whole package.

Readers produce :class:`Article` objects (or :class:`ReadError` for input they cannot use), extraction turns one
article into an :class:`Extraction` (quotes, speakers, dates, claims) without touching a database, and
``store.py`` writes extractions as rows. Offsets are always character offsets into ``Article.text``,
end-exclusive, so that a user can check every row against the article with ``substr()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Article:
    """One news article as a reader found it.

    ``published`` keeps the precision the source gave: ``"2023-09"`` stays a month, and
    ``published_precision`` says so (``"day"``, ``"month"`` or ``"year"``).
    """

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None
    published_precision: Optional[str] = None
    path: Optional[str] = None
    line: Optional[int] = None


@dataclass
class ReadError:
    """Input a reader could not turn into an article: the file (and line) and why."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self):
        where = self.path if self.line is None else "{}:{}".format(self.path, self.line)
        return "{}: {}".format(where, self.message)


@dataclass
class Speaker:
    """A person or organisation as one article names it.

    ``name`` is the canonical name the article supports ("Kim Young-ho", not "de Minister");
    ``descriptions`` the roles as written ("südkoreanesche Minister"); ``aliases`` other spellings seen.
    """

    name: str
    kind: str = "person"  # or "organization"
    descriptions: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    # False for a source named only by common nouns ("la police", "die Organisation"): a different body in
    # every article (see store.Store.upsert_speaker)
    named: bool = True
    # "m" or "f" where the article says so (a title, "Mr." or "Frau"; a role, "spokeswoman", "first lady",
    # "Ministerin", "la ministre"), else None: two people of one family stay apart ("Mr. Obama" is not "the first
    # lady, Michelle Obama")
    gender: str = None

    @property
    def description(self):
        return self.descriptions[0] if self.descriptions else None


@dataclass
class Mention:
    """Where the article points at a speaker: a name, a role noun or a pronoun, and whom it resolves to."""

    start: int
    end: int
    text: str
    speaker: Optional[Speaker] = None
    how: str = "name"  # name, role, pronoun, source


@dataclass
class Quote:
    """Words attributed to a speaker. ``kind`` is ``direct`` (inside quotation marks) or ``indirect``
    (reported speech: the content clause, not its frame). ``via`` is the source that relayed the words
    (a news agency quoting a head of state)."""

    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: Optional[Mention] = None
    via: Optional[Mention] = None
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    sentence_start: Optional[int] = None
    sentence_end: Optional[int] = None


@dataclass
class DateExpr:
    """A temporal expression resolved against an anchor (usually the publication date).

    ``value`` is TimeML-like (2023-09-13, 2023-09, 2023, 2023-W37, 2023-Q3); ``earliest``/``latest`` are
    ISO days bounding every resolution the anchor allows; ``type`` is DATE, DURATION, SET or TIME.
    """

    start: int
    end: int
    text: str
    value: Optional[str] = None
    earliest: Optional[str] = None
    latest: Optional[str] = None
    precision: Optional[str] = None
    type: str = "DATE"
    anchor: Optional[str] = None


@dataclass
class Claim:
    """A statement of fact: an event with its date, or an attributed assertion, with its status
    (asserted, reported, confirmed, denied, unconfirmed)."""

    start: int
    end: int
    text: str
    status: str = "asserted"
    cue: Optional[str] = None
    speaker: Optional[Mention] = None
    date: Optional[DateExpr] = None
    earliest: Optional[str] = None
    latest: Optional[str] = None
    date_source: Optional[str] = None  # "expression" or "published"
    quote: Optional[Quote] = None


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    quotes: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    speakers: list = field(default_factory=list)

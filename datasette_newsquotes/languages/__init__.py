"""Languages as data. Each module here (lb, de, fr, en) holds one language's words and marks and no control
flow; the extractors in ``extract/`` are language-neutral and read everything language-specific from a
:class:`Language`. A new language is one more module exposing ``LANGUAGE`` and the ``newsquotes_languages``
hook, in this package or in a plugin."""
from dataclasses import dataclass, field

from .claims import Claims
from .speech import Speech
from .time import Time


@dataclass(eq=False)  # hashed by identity: compiled patterns are cached per language object
class Language:
    code: str
    name: str
    # frequent words that tell this language from its neighbours (Luxembourgish from German, say)
    detect_words: frozenset = frozenset()
    speech: Speech = field(default_factory=Speech)
    time: Time = field(default_factory=Time)
    claims: Claims = field(default_factory=Claims)


__all__ = ["Claims", "Language", "Speech", "Time"]

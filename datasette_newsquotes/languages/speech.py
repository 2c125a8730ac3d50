"""What a language module says about speech: the data the quote and speaker extractors read.

All word lists are lower-case word forms (every inflection spelled out: lists are looked up as sets, so their
size costs nothing per sentence)."""
from dataclasses import dataclass, field


@dataclass
class Speech:
    # quotation marks used in this language's press, as (opening, closing) pairs; straight marks are always on
    quote_pairs: tuple = ()
    # verbs of saying in every form: "said", "sagte", "a déclaré" (participles and finite forms)
    cue_verbs: frozenset = frozenset()
    # nouns that introduce words: "Wierder", "Erklärung", "statement"
    cue_nouns: frozenset = frozenset()
    # conjunctions opening a content clause: "datt", "dass", "que", "that"
    complementizers: frozenset = frozenset()
    # words or phrases before a source: "laut X", "sou X", "selon X", "according to X"
    source_before: tuple = ()
    # words after a source: "X no", "X zufolge"
    source_after: tuple = ()
    # personal pronouns that can be speakers, mapped to "m", "f", "n" or "pl"
    pronouns: dict = field(default_factory=dict)
    # role nouns that stand for a person already named: "Minister", "spokesman", "porte-parole"
    role_nouns: frozenset = frozenset()
    # nouns that make a speaker an organisation: "Agence", "Ministerium", "police"
    org_nouns: frozenset = frozenset()
    # honorifics and titles dropped from canonical names: "Dr.", "Herr", "M."
    titles: frozenset = frozenset()
    # articles and determiners in front of names and roles: "de", "der", "the", "le"
    determiners: frozenset = frozenset()
    # anything else a plugin's extractor needs
    extra: dict = field(default_factory=dict)

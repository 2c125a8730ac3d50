"""What a language module says about time: the data the date extractor reads to *find* temporal expressions
(normalisation is dateparser's, with the language fixed)."""
from dataclasses import dataclass, field


@dataclass
class Time:
    # dateparser's code for this language ("lb" has no dateparser locale of its own data: see lb.py)
    dateparser_language: str = ""
    # month names and abbreviations -> 1..12
    months: dict = field(default_factory=dict)
    # weekday names -> 0 (Monday) .. 6 (Sunday)
    weekdays: dict = field(default_factory=dict)
    # words for a day relative to the anchor -> offset in days: "gëschter" -1, "today" 0, "demain" 1
    relative_days: dict = field(default_factory=dict)
    # modifiers meaning the previous / the next / this one: "leschte", "vergangene", "dernier", "last"
    previous: frozenset = frozenset()
    following: frozenset = frozenset()
    this: frozenset = frozenset()
    # unit nouns -> "day", "week", "month", "year", "quarter" (all forms: "Woche", "Wochen", "semaines")
    units: dict = field(default_factory=dict)
    # number words -> int: "zwou" 2, "drei" 3, "trois" 3
    numbers: dict = field(default_factory=dict)
    # "virun", "vor", "il y a" before an amount; "ago" after it
    ago_before: tuple = ()
    ago_after: tuple = ()
    # prepositions and articles that may stand before a date and belong to the expression: "e", "am", "le", "on"
    date_prefixes: frozenset = frozenset()
    # words that make an expression a recurring set ("all", "jeden", "chaque", "every")
    set_words: frozenset = frozenset()
    extra: dict = field(default_factory=dict)

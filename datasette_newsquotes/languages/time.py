"""What a language module says about time: the data the temporal tagger (``extract/timex.py``) reads to *find*
and resolve temporal expressions. The code is language-neutral; every word lives here, per language.

Phrases may contain spaces (matched as any run of white space). All keys are lower case: detection is
case-insensitive, with the exceptions listed in ``lowercase_only`` and ``capitalised_months``.
"""
from dataclasses import dataclass, field


@dataclass
class Time:
    # dateparser's code for this language: numeric dates ("14.09.2023", "7/8/07") are read with it
    dateparser_language: str = ""
    # the order of numeric dates ("DMY": 14.09.2023, "MDY": 9/14/2023); dateparser reads what this order cannot
    numeric_order: str = "DMY"
    # month names and abbreviations -> 1..12
    months: dict = field(default_factory=dict)
    # month names that are also common words ("may", "march"): a bare one needs a preposition before it
    ambiguous_months: frozenset = frozenset()
    month_prefixes: tuple = ()
    # month names are written with a capital (en, de, lb): a lower-case "mai" is another word
    capitalised_months: bool = False
    # weekday names -> 0 (Monday) .. 6 (Sunday)
    weekdays: dict = field(default_factory=dict)
    # words for a day relative to the anchor -> offset in days: "gëschter" -1, "today" 0, "demain" 1
    relative_days: dict = field(default_factory=dict)
    # words that are a date only in lower case ("morgen" tomorrow, not "Morgen" morning)
    lowercase_only: frozenset = frozenset()
    # modifiers meaning the previous / the next / this one: "leschte", "vergangene", "dernier", "last"
    previous: frozenset = frozenset()
    following: frozenset = frozenset()
    this: frozenset = frozenset()
    # "the past year" is a duration (P1Y), "last year" a date: the previous-words that make a duration after a
    # determiner
    previous_as_duration: frozenset = frozenset()
    # plural unit nouns: "the coming weeks", "in den letzten Tagen" are vague durations (PXW, PXD)
    plural_units: frozenset = frozenset()
    # unit nouns -> "day", "week", "weekend", "month", "quarter", "year", "decade", "century", "hour", "minute"
    units: dict = field(default_factory=dict)
    # number words -> int: "zwou" 2, "drei" 3, "trois" 3; vague ones ("several") make X values
    numbers: dict = field(default_factory=dict)
    vague_numbers: frozenset = frozenset()
    # "a", "an": one, in "a week ago"
    indefinite: tuple = ()
    # what may follow a day number: "13." (de, lb), "1er" (fr), "13th" (en)
    day_suffixes: tuple = (".",)
    # ordinals -> int ("first" 1, "drëtt" 3); ``last_ordinals`` are the ones meaning "the last" (4th quarter)
    ordinals: dict = field(default_factory=dict)
    last_ordinals: frozenset = frozenset()
    # "virun", "vor", "il y a" before an amount; "ago" after it
    ago_before: tuple = ()
    ago_after: tuple = ()
    # "an", "in", "dans" before an amount: that long after the anchor ("in zwei Wochen", "dans deux semaines") when
    # the clause speaks of the future (always with ``ahead_is_future``); else a duration
    ahead_before: tuple = ()
    ahead_is_future: bool = False
    # prepositions and articles that may stand before a date; they stay outside the span, as in TimeML
    date_prefixes: frozenset = frozenset()
    # determiners a relative expression may start with ("the", "d'", "la"), inside the span
    determiners: tuple = ()
    # "of" between parts ("the first quarter of 2009", "October of next year")
    of_words: tuple = ()
    # modifiers of a month, year or unit that belong to the span -> START / MID / END ("early", "Enn", "fin")
    modifiers: dict = field(default_factory=dict)
    # "earlier", "later" before "this year", "today"
    relative_modifiers: tuple = ()
    # seasons -> TimeML codes SP SU FA WI; parts of the day -> MO AF EV NI
    seasons: dict = field(default_factory=dict)
    day_parts: dict = field(default_factory=dict)
    # words between a day and its part: lb "haut de Moien", "gëschter den Owend"
    day_part_links: tuple = ()
    # single words for a unit relative to the anchor -> (unit, offset): lb "zejoert" ("year", -1)
    relative_words: dict = field(default_factory=dict)
    # weekday and part of the day may be one word ("Montagabend", "Méindegmoien")
    compound_day_parts: bool = False
    # phrases with a fixed TimeML value: "now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF
    refs: dict = field(default_factory=dict)
    # phrases meaning the anchor's unit ("the day" -> "day", "the weekend" -> "weekend")
    anchor_phrases: dict = field(default_factory=dict)
    # words that make an expression a recurring set ("all", "jeden", "chaque", "every") and set adverbs
    set_words: frozenset = frozenset()
    set_adverbs: dict = field(default_factory=dict)
    # tense cues: a clause with one of these words before the expression speaks of the future (a bare
    # weekday or month then resolves forwards); phrases are matched as text
    future_cues: frozenset = frozenset()
    future_phrases: tuple = ()
    future_cues_after: frozenset = frozenset()
    # endings of future-tense verbs (fr "présentera", "viendront"): a word of at least six letters with one of
    # these endings before the expression is a future cue, unless it is listed in ``not_future``
    future_endings: tuple = ()
    not_future: frozenset = frozenset()
    # words right before an expression (one of the two before it) that put it in the past whatever came
    # earlier in the clause: "The plant will close Friday, officials said Monday."
    past_cues: frozenset = frozenset()
    # season names are written in lower case (en, fr): a capitalised one inside a sentence is a name
    # ("Spring Street", "Summer Redstone")
    lowercase_seasons: bool = False
    # "mai dernier", "le 20 mai dernier", "l'été prochain": a relative word may follow a month, a day and month
    # or a season on its own (fr); elsewhere only with a year unit ("Oktober vergangenen Jahres", "March last
    # year")
    postposed_relatives: bool = False
    # words between a weekday and the date it names: "Mittwoch, den 18. Oktober", "Samschdeg, de 16. Mäerz"
    weekday_apposition: tuple = ()
    # words joining the two ends of a range of days: "entre vendredi et lundi", "von Montag bis Mittwoch"
    range_words: tuple = ()
    # centuries in Roman numerals ("XXe siècle")
    roman_centuries: bool = False
    # fixed-day holidays -> (month, day): "christmas" (12, 25); resolved like a day and month without a year
    holidays: dict = field(default_factory=dict)
    # a holiday after these is a name ("le Père Noël")
    not_before_holiday: tuple = ()
    # a day and month followed by these is a named event, not a date ("September 11 attacks")
    named_event_after: tuple = ()
    # a year number followed by these is a count ("2000 people")
    not_after_year: tuple = ()
    # a weekday after these is a name ("Black Monday")
    not_before_weekday: tuple = ()
    # a season name that is also a common word ("fall") needs one of these before it
    season_prefixes: tuple = ()
    # "previous", "prior": relative to the last date the text spoke of ("the previous year")
    anaphoric_previous: frozenset = frozenset()
    # "the same period last year": same-words, period nouns -> unit (None: the unit of the date referred to),
    # "earlier" after an amount, "year-earlier" adjectives
    same_words: tuple = ()
    period_words: dict = field(default_factory=dict)
    earlier_words: tuple = ()
    year_earlier_words: tuple = ()
    # phrases that are the anchor's unit only with a modifier: "the beginning of the year"
    mod_anchor_phrases: dict = field(default_factory=dict)
    # "over a decade", "for a year": a quantifier, an indefinite article and a unit make a duration
    duration_quantifiers: tuple = ()
    # "fiscal 1998" -> FY1998; "the first half" -> H1
    fiscal_words: tuple = ()
    half_words: tuple = ()
    # "two years later", "three days earlier": shifts from the last date the text named
    shift_earlier: tuple = ()
    shift_later: tuple = ()
    # "the following year": from the last date the text named
    anaphoric_following: frozenset = frozenset()
    # a reference word after these is no date ("most recent")
    not_before_ref: tuple = ()
    # extra["decade_pattern"]: the language's decade form as a regex with groups dc (1990) or dd (90):
    # de "1990er Jahre", fr "les années 1990"; English "the 1990s", "the '90s" is the default
    extra: dict = field(default_factory=dict)

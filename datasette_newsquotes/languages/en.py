"""English: data only. “…” and "…", "said", "according to X", postposed "X said"."""
from ..plugins import hookimpl
from . import Claims, Language, Speech, Time

# --- speech (owned by the quote and speaker extractors) ---
SPEECH = Speech(
    quote_pairs=(("“", "”"), ('"', '"'), ("‘", "’")),
    cue_verbs=frozenset("""
        said say says saying told tell tells telling stated states declared declares announced announces
        added adds explained explains noted notes argued argues claimed claims insisted insists warned
        warns stressed stresses emphasized emphasised confirmed confirms denied denies acknowledged
        acknowledges admitted admits asserted asserts reported reports wrote writes replied replies
        responded responds asked asks suggested suggests predicted predicts promised promises vowed vows
        recalled recalls complained complains conceded concedes contended contends maintained
        maintains testified testifies urged urges cautioned cautions remarked remarks observed observes
        commented comments believes believed thinks thought estimated estimates charged charges alleged
        alleges pointed insisted agreed agrees disputed disputes called calls
        """.split()),
    cue_nouns=frozenset("statement remarks words comments interview".split()),
    complementizers=frozenset(["that"]),
    source_before=("according to", "as reported by", "in the words of", "per"),
    source_after=(),
    pronouns={"he": "m", "she": "f", "they": "pl"},
    role_nouns=frozenset("""
        minister president spokesman spokeswoman spokesperson chief director secretary mayor senator
        representative ambassador commissioner expert official officials leader chairman chairwoman
        governor prosecutor lawyer attorney judge coach candidate analyst executive ceo founder
        """.split()),
    org_nouns=frozenset("""
        agency ministry government police army media union party administration embassy commission
        council department office court company group association organization organisation campaign
        committee agency
        """.split()),
    titles=frozenset("mr. mr mrs. mrs ms. ms dr. dr prof. sen. rep. gov. gen.".split()),
    determiners=frozenset("the a an".split()),
)

# --- time (owned by the date extractor) ---
TIME = Time(
    dateparser_language="en",
    months={
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
        "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
        "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    },
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
              "sunday": 6},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1},
    previous=frozenset("last past previous".split()),
    following=frozenset("next coming".split()),
    this=frozenset("this".split()),
    units={"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year", "quarter": "quarter"},
    numbers={"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
    ago_after=("ago",),
    date_prefixes=frozenset("on in since until by".split()),
    set_words=frozenset("every each".split()),
)

# --- claims (owned by the claim extractor) ---
CLAIMS = Claims(
    confirm=frozenset('confirmed confirms confirm verified'.split()),
    deny=frozenset('denied denies deny rejected refuted disputed'.split()),
    negation=frozenset('not no never'.split()),
    unconfirmed=('not yet', 'unconfirmed', 'could not be confirmed', 'has not been confirmed'),
)

LANGUAGE = Language(
    code="en",
    name="English",
    detect_words=frozenset("""
        the and of to is was that for with on are by this have has from which were their been said it
        be he she they not but at
        """.split()),
    speech=SPEECH,
    time=TIME,
    claims=CLAIMS,
)


@hookimpl
def newsquotes_languages():
    return [LANGUAGE]

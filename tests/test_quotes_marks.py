"""Quotation-mark pairing: every style, straight marks, odd counts, nesting, apostrophes."""
from datasette_newsquotes.extract.quotemarks import quote_spans

DE = (("„", "“"), ("»", "«"), ("‚", "‘"))
FR = (("«", "»"),)
EN = (("“", "”"), ('"', '"'), ("‘", "’"))


def texts(text, pairs):
    return [text[q.start:q.end] for q in quote_spans(text, pairs)]


def test_german_low_high_and_chevrons():
    assert texts("Er sagte: „Wir kommen.“ Sie: »Gut.«", DE) == ["Wir kommen.", "Gut."]


def test_french_guillemets_with_spaces_are_trimmed():
    assert texts("Il a dit : « Nous resterons. »", FR) == ["Nous resterons."]


def test_straight_double_quotes_pair_in_order():
    assert texts('"One," he said. "Two."', EN) == ["One,", "Two."]


def test_nested_quote_has_depth():
    spans = quote_spans("„Er rief ‚Halt!‘ und ging“, sagte sie.", DE)
    outer = [s for s in spans if s.depth == 0]
    inner = [s for s in spans if s.depth == 1]
    assert len(outer) == 1 and len(inner) == 1


def test_unclosed_mark_ends_at_the_paragraph():
    text = "„Das ist der Anfang ohne Ende\n\nNeuer Absatz ohne Zitat."
    spans = quote_spans(text, DE)
    assert [text[q.start:q.end] for q in spans] == ["Das ist der Anfang ohne Ende"]
    assert spans[0].closed is False


def test_quote_over_paragraphs_is_one_quotation():
    # the convention: a quoted paragraph stays open and the next one opens with the same mark
    text = ("„Wir haben lange genug gewartet.\n\n„Jetzt muss das Land zahlen.\n\n„Sonst klagen wir“, sagte sie. "
            "„Punkt.“")
    spans = [q for q in quote_spans(text, DE) if q.depth == 0]
    assert texts(text, DE)[0].startswith("Wir haben") and texts(text, DE)[0].endswith("Sonst klagen wir")
    assert len(spans) == 2 and spans[0].closed


def test_paragraphs_opening_with_another_mark_or_a_label_stay_apart():
    # a paragraph opening with another style is another quotation; so is a transcript's next speaker
    assert texts("“We waited.\n\n\"Not me,\" he said.", EN) == ["We waited.", "Not me,"]
    text = '"HOLT: Do you accept the result?\n\n"TRUMP: We will see.'
    assert texts(text, EN) == ["HOLT: Do you accept the result?", "TRUMP: We will see."]


def test_odd_number_of_straight_quotes_loses_nothing_before():
    text = '"First quote," she said. He mentioned the 12" pipe. "Second quote."'
    got = texts(text, EN)
    assert "First quote," in got


def test_apostrophes_inside_words_are_not_marks():
    assert texts("D'Regierung huet d'Offer ugeholl, don't worry.", (("„", "“"),)) == []


def test_single_quotes_at_word_edges():
    assert texts("They chanted 'lock her up' outside.", EN) == ["lock her up"]


def test_english_curly_inside_german_text_still_pairs():
    assert texts("Der Titel “Open Sky” gefiel.", DE) == ["Open Sky"]


def test_straight_mark_closing_a_curly_opener():
    # an editing slip: opened typographically, closed straight; the quote must not run on to the paragraph's end
    text = '“Nobody should be above the rules," the chairman said, adding that the deal was "a gift."'
    assert texts(text, EN) == ["Nobody should be above the rules,", "a gift."]
    assert texts('„Das ist ein Skandal", sagte er.', DE) == ["Das ist ein Skandal"]


def test_right_mark_opening_a_quotation():
    assert texts("Photo credit.\n\n”We were not consulted at all.” ― Maria Lopez.", EN) == \
        ["We were not consulted at all."]
    # not an inch mark after a digit
    assert texts("The 6’2” centre said “we won” after the game.", EN) == ["we won"]
    assert texts("The 12 ”sticks were found at the scene.", EN) == []


def test_inch_mark_inside_a_curly_quote_closes_nothing():
    assert texts('“I bought a 55" TV for the game,” he said.', EN) == ['I bought a 55" TV for the game,']


def test_a_mark_placed_as_a_closer_never_opens_a_quotation():
    # a quote over two paragraphs whose second paragraph was not reopened: its stray closer opens nothing
    text = "Er sagte: „Wir bauen neu.\n\nAber wir halten den Etat ein.“ Sie haben Hilfe beantragt."
    assert texts(text, DE) == ["Wir bauen neu."]
    # a slip of editing closing an English quotation with an opening mark
    assert texts("His remarks were “Mostly Wrong.“ The panel agreed.", EN) == ["Mostly Wrong."]
    # a single mark after a name is an apostrophe, not a closer
    assert texts("„Klaus‘ Antwort war falsch“, sagte sie.", DE + EN) == ["Klaus‘ Antwort war falsch"]


def test_two_backticks_open_what_two_apostrophes_close():
    # the wire style: ``like this''
    text = "The minister said ``Growth will slow. We must be ready.'' Markets fell, and ``worries'' grew."
    assert texts(text, EN) == ["Growth will slow. We must be ready.", "worries"]
    assert texts("A single `tick' is no quotation mark.", EN) == []

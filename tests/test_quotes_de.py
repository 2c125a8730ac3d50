"""German quotes and speakers (our own sentences in agency style)."""
from quote_helpers import find, none_with, quotes, speaker

ARTICLE = (
    "Stadtrat streitet über neue Brücke\n\n"
    "Oberbürgermeisterin Anna Beispiel (SPD) sagte am Montag, dass der Bau im Herbst beginnen solle. "
    "Die Kosten seien aber noch nicht endgültig berechnet. „Wir sind im Zeitplan“, betonte sie.\n\n"
    "Laut dem Bauamt kostet das Projekt rund 40 Millionen Euro. Nach Angaben der Feuerwehr ist die alte "
    "Brücke seit Jahren marode. Kritikern zufolge hätte die Stadt früher handeln müssen.\n\n"
    "Der Fraktionschef der Grünen, Peter Muster, erklärte: „Die Stadt hat zu lange gewartet. Jetzt muss es "
    "schnell gehen.“ Die Planung sei ein „Trauerspiel“, so Muster.\n\n"
    "Wie ein Sprecher der Verwaltung mitteilte, wird die Brücke im Sommer gesperrt."
)


def test_dass_clause_keeps_dass_and_the_named_speaker():
    q = find(quotes(ARTICLE, "de"), "der Bau im Herbst")
    assert q.kind == "indirect"
    assert q.text.startswith("dass der Bau")
    assert speaker(q) == "Anna Beispiel"
    assert q.speaker.text.startswith("Oberbürgermeisterin Anna Beispiel")


def test_konjunktiv_sentence_continues_reported_speech():
    q = find(quotes(ARTICLE, "de"), "Die Kosten seien")
    assert q.kind == "indirect"
    assert speaker(q) == "Anna Beispiel"


def test_postposed_cue_with_pronoun_resolves():
    q = find(quotes(ARTICLE, "de"), "Wir sind im Zeitplan")
    assert q.kind == "direct" and q.text == "Wir sind im Zeitplan"
    assert q.speaker.how == "pronoun"
    assert speaker(q) == "Anna Beispiel"


def test_source_phrases_laut_nach_angaben_zufolge():
    qs = quotes(ARTICLE, "de")
    laut = find(qs, "kostet das Projekt")
    assert laut.kind == "indirect" and speaker(laut) == "Bauamt"
    angaben = find(qs, "alte Brücke seit Jahren")
    assert angaben.speaker.text.startswith("Angaben der Feuerwehr")
    assert speaker(angaben) == "Feuerwehr"
    zufolge = find(qs, "hätte die Stadt früher")
    assert speaker(zufolge) == "Kritikern"


def test_colon_quote_over_two_sentences_with_apposition():
    q = find(quotes(ARTICLE, "de"), "Die Stadt hat zu lange gewartet")
    assert q.kind == "direct"
    assert q.text.endswith("Jetzt muss es schnell gehen.")
    assert speaker(q) == "Peter Muster"


def test_partial_quote_inside_postposed_so_attribution():
    qs = quotes(ARTICLE, "de")
    assert speaker(find(qs, "Trauerspiel", kind="direct")) == "Peter Muster"
    ind = find(qs, "Die Planung sei", kind="indirect")
    assert speaker(ind) == "Peter Muster"


def test_wie_x_mitteilte():
    q = find(quotes(ARTICLE, "de"), "wird die Brücke im Sommer")
    assert q.kind == "indirect"
    assert "Sprecher" in q.speaker.text


def test_guillemets_and_single_marks():
    text = "Der Minister sagte: »Wir bleiben bei unserem Kurs.« Später fügte er hinzu: ‚Das ist endgültig.‘"
    qs = quotes(text, "de")
    assert find(qs, "Wir bleiben bei unserem Kurs").kind == "direct"
    assert find(qs, "Das ist endgültig").kind == "direct"


def test_titles_and_names_in_marks_are_not_quotes():
    text = ("Die Fluggesellschaft „Air Muster“ fliegt ab Mai nach Lissabon. Das Buch „Der lange Weg nach "
            "Hause“ erscheint im Herbst.")
    qs = quotes(text, "de")
    assert none_with(qs, "Air Muster")
    assert none_with(qs, "Der lange Weg")


def test_heading_with_quote_marks_is_not_a_quote():
    text = "„Wir schaffen das“ als Leitmotiv\n\nDie Regierung hält an ihrem Kurs fest. Das ist bekannt."
    assert none_with(quotes(text, "de"), "Wir schaffen das")


def test_coordinated_cue_shares_the_subject_and_v2_pronoun():
    text = ("Der Landrat Klaus Beispiel besuchte die Baustelle und sagte, die Arbeiten lägen im Plan. "
            "Einer Verschiebung räumte er keine Chance ein.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "die Arbeiten lägen")) == "Klaus Beispiel"

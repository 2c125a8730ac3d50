"""Sentences and headings with offsets."""
from datasette_newsquotes.extract import segment


def test_sentences_split_at_capitals_not_abbreviations():
    text = "Dr. Anna Weber kam um 10 Uhr. Die U.S. delegation arrived later. Sie ging."
    got = [s.text for s in segment.sentences(text)]
    assert got == ["Dr. Anna Weber kam um 10 Uhr.", "Die U.S. delegation arrived later.", "Sie ging."]


def test_sentence_after_closing_guillemet_with_space():
    text = "Il a dit : « Nous partons. » Les autres restent."
    assert [s.text for s in segment.sentences(text)] == ["Il a dit : « Nous partons. »", "Les autres restent."]


def test_offsets_point_into_the_text():
    text = "Erster Satz hier.  Zweiter Satz folgt!\nDritter."
    for s in segment.sentences(text):
        assert text[s.start:s.end] == s.text


def test_headings_are_short_lines_without_end_punctuation():
    text = "Titel der Meldung\n\nDer erste Absatz endet mit einem Punkt.\n\nZwischentitel hier\n\nMehr Text."
    assert [h.text for h in segment.headings(text)] == ["Titel der Meldung", "Zwischentitel hier"]


def test_a_title_in_quotation_marks_on_its_own_line_is_a_heading():
    text = ("The mill closed in 1998.\n\n'Ghost Town on the River.'\n\nIts owners moved south.\n\n"
            "\"We will rebuild the town.\"\n\n\"Why Not Now?\"")
    assert [h.text for h in segment.headings(text)] == ["'Ghost Town on the River.'"]


def test_one_line_article_has_no_heading():
    assert segment.headings("Nur eine Zeile ohne Punkt") == []


def test_abbreviations_are_per_language():
    from datasette_newsquotes.languages import de, en
    text = "Die Firma usw. Mehr folgt. Mr. Brown left."
    got_de = [s.text for s in segment.sentences(text, de.LANGUAGE.speech.abbreviations)]
    assert got_de[0] == "Die Firma usw. Mehr folgt."
    got_en = [s.text for s in segment.sentences("Mr. Brown left. The rest stayed.", en.LANGUAGE.speech.abbreviations)]
    assert got_en == ["Mr. Brown left.", "The rest stayed."]


def test_initials_end_no_sentence():
    text = "The bill was backed by Rep. J.D. Miller of Ohio. It passed on Monday."
    assert [s.text for s in segment.sentences(text)] == [
        "The bill was backed by Rep. J.D. Miller of Ohio.", "It passed on Monday."]


def test_initials_after_an_article_may_end_a_sentence():
    text = "The troops will return to the U.S. Officials confirmed the plan on Monday."
    assert [s.text for s in segment.sentences(text)] == [
        "The troops will return to the U.S.", "Officials confirmed the plan on Monday."]


def test_sentence_ends_before_two_apostrophes_opening_a_quote():
    # newspaper archives write double quotes as two apostrophes: ''like this''
    text = "Is that too strict? He does not think so. ''Most families save too little,'' he said."
    assert [s.text for s in segment.sentences(text)] == [
        "Is that too strict?", "He does not think so.", "''Most families save too little,'' he said."]


def test_full_stop_without_its_space_between_words_ends_a_sentence():
    # a slip of web copy: "sagte der Minister.Am Abend …"; abbreviations and domains stay whole
    got = [s.text for s in segment.sentences("„Wir helfen“, sagte der Minister.Am Abend reiste er ab. Prof.Schmidt kam "
                                     "später. Die Seite spiegel.de berichtet.", cache=False)]
    assert got[:2] == ["„Wir helfen“, sagte der Minister.", "Am Abend reiste er ab."]
    assert "Prof.Schmidt kam später." in got and "Die Seite spiegel.de berichtet." in got
    got = [s.text for s in segment.sentences("Mehr unter www.Zeitung.de und presse@Stadt.de im Netz. Er kam.",
                                             cache=False)]
    assert got == ["Mehr unter www.Zeitung.de und presse@Stadt.de im Netz.", "Er kam."]
    # an abbreviation or a slash before or after the lost space is no address
    got = [s.text for s in segment.sentences("Das sagte der Trainer.Dr. Roth gab Entwarnung. Der Antrag kam von der "
                                             "CDU/CSU-Fraktion.Die Grünen lehnten ab.", cache=False)]
    assert got == ["Das sagte der Trainer.", "Dr. Roth gab Entwarnung.", "Der Antrag kam von der CDU/CSU-Fraktion.",
                   "Die Grünen lehnten ab."]


def _split(text, code):
    from datasette_newsquotes.plugins import languages
    language = languages()[code]
    return [s.text for s in segment.sentences(text, cache=False, **segment.options_of(language))]


def test_ordinal_numbers_end_no_sentence_in_german_and_luxembourgish():
    # "am 30. Juni": a month name after the number, or an article before it, makes it an ordinal
    assert _split("Die Frist endet am 30. Juni, teilte das Amt mit. Am Freitag, 4. Juli, folgt die Anhörung. "
                  "Der Club feiert seinen 100. Geburtstag.", "de") == [
        "Die Frist endet am 30. Juni, teilte das Amt mit.", "Am Freitag, 4. Juli, folgt die Anhörung.",
        "Der Club feiert seinen 100. Geburtstag."]
    # a count may still close its sentence, and so may a number after an article before a function word
    assert _split("Die Zahl der Verletzten stieg auf 12. Am Abend kam die Entwarnung.", "de") == [
        "Die Zahl der Verletzten stieg auf 12.", "Am Abend kam die Entwarnung."]
    assert _split("Im Sprint wurde sie nur die 7. Die Trainerin war trotzdem zufrieden. Die Frist läuft bis zum "
                  "15. Danach drohen Strafen.", "de") == [
        "Im Sprint wurde sie nur die 7.", "Die Trainerin war trotzdem zufrieden.", "Die Frist läuft bis zum 15.",
        "Danach drohen Strafen."]
    # "f." after a paragraph's number is an abbreviation
    assert _split("Das regelt § 34 f. BauGB, sagte die Juristin.", "de") == [
        "Das regelt § 34 f. BauGB, sagte die Juristin."]
    assert _split("D'Wale sinn den 8. Oktober. Dono gëtt gezielt.", "lb") == [
        "D'Wale sinn den 8. Oktober.", "Dono gëtt gezielt."]
    # a press without dotted ordinals: a number closes the sentence ("was 45. He ...")
    assert _split("The senator was 45. He said he would run again.", "en") == [
        "The senator was 45.", "He said he would run again."]


def test_a_unit_after_a_number_may_end_a_sentence():
    # "17 h." is a time, not an initial; "M. Dupont" and "5 A. Martin" keep theirs
    got = [s.text for s in segment.sentences("Le trafic reprendra vers 17 h. Les usagers restent prudents. "
                                             "M. Dupont a confirmé.", cache=False)]
    assert got == ["Le trafic reprendra vers 17 h.", "Les usagers restent prudents.", "M. Dupont a confirmé."]


def test_a_dateline_is_a_sentence_of_its_own():
    text = "Neue Regeln\n\nBerlin (dpa) - Der Kanzler hat am Montag gesagt, die Regeln seien nötig."
    assert [s.text for s in segment.sentences(text, cache=False)] == [
        "Neue Regeln", "Berlin (dpa) -", "Der Kanzler hat am Montag gesagt, die Regeln seien nötig."]
    # not a bracket inside a sentence
    text = "Die Partei (SPD) - so der Sprecher - sei einig."
    assert len(segment.sentences(text, cache=False)) == 1


def test_a_number_after_a_word_opens_a_sentence():
    assert _split("Der Schaden sei hoch, sagte ein Sprecher. 2019 hatte es dort schon einmal gebrannt.", "de") == [
        "Der Schaden sei hoch, sagte ein Sprecher.", "2019 hatte es dort schon einmal gebrannt."]
    assert _split("The mayor resigned on Friday. 20 council members signed the letter.", "en") == [
        "The mayor resigned on Friday.", "20 council members signed the letter."]
    # not after an abbreviation, an initial or a number
    assert _split("Er verwies auf Art. 5 der Satzung und auf 3 Mio. Euro Schulden.", "de") == [
        "Er verwies auf Art. 5 der Satzung und auf 3 Mio. Euro Schulden."]
    assert _split("The attacks of Sept. 11 changed the city. Flight No. 93 crashed in a field.", "en") == [
        "The attacks of Sept. 11 changed the city.", "Flight No. 93 crashed in a field."]
    assert _split("Le texte cite l'art. 12 du code, a dit Paul Roy.", "fr") == [
        "Le texte cite l'art. 12 du code, a dit Paul Roy."]


def test_abbreviations_before_a_number_only():
    # "max.", "Tel.", "Az." before a number are abbreviations; the same letters before a capital may end a sentence
    assert _split("In der Innenstadt gilt künftig max. 30 km/h, sagte der Dezernent. Zeugen sollen sich unter Tel. "
                  "0621 174 melden. Das Urteil (Az. 3 StR 45/23) ist rechtskräftig.", "de") == [
        "In der Innenstadt gilt künftig max. 30 km/h, sagte der Dezernent.",
        "Zeugen sollen sich unter Tel. 0621 174 melden.", "Das Urteil (Az. 3 StR 45/23) ist rechtskräftig."]
    assert _split("Sie sammelt Kunst aller Art. Dann kam der Krieg.", "de") == [
        "Sie sammelt Kunst aller Art.", "Dann kam der Krieg."]
    assert _split("Under art. 12 of the treaty, members must consult each other. She loves modern art. The rest "
                  "stayed.", "en") == ["Under art. 12 of the treaty, members must consult each other.",
                                       "She loves modern art.", "The rest stayed."]


def test_a_quantity_abbreviation_before_a_unit_only():
    assert _split("Die Schulden stiegen auf 120 Mio. Im nächsten Jahr werde man sparen müssen. Der Bau kostet "
                  "3 Mio. Euro, sagte der Landrat.", "de") == [
        "Die Schulden stiegen auf 120 Mio.", "Im nächsten Jahr werde man sparen müssen.",
        "Der Bau kostet 3 Mio. Euro, sagte der Landrat."]

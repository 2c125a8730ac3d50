"""German quotes and speakers (our own sentences in agency style)."""
import pytest
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
    assert speaker(zufolge) == "Kritiker"  # (the dative "Kritikern" in the nominative)


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


INFINITIVES = (
    "Der Mieterbund forderte die Landesregierung auf, die Mietpreisbremse sofort zu verlängern. "
    "Die Reederei kündigte an, gegen den Bescheid Widerspruch einzulegen. "
    "Zudem kündigte er an, weiterhin für den Standort zu kämpfen. "
    "Die Anwohner haben dazu aufgerufen die Geschwindigkeit in der Hauptstraße zu begrenzen. "
    "Der Stadtrat hat entschieden, das Hallenbad im Winter zu schließen."
)


def test_infinitive_clauses_are_what_was_demanded_or_announced():
    qs = quotes(INFINITIVES, "de")
    q = find(qs, "Mietpreisbremse")
    assert q.kind == "indirect" and q.text == "die Mietpreisbremse sofort zu verlängern"
    assert q.speaker.text == "Der Mieterbund"
    assert find(qs, "Widerspruch").text == "gegen den Bescheid Widerspruch einzulegen"  # a preposition first
    assert find(qs, "für den Standort").speaker.text == "er"  # subject after the cue
    assert find(qs, "Geschwindigkeit").text.startswith("die Geschwindigkeit")  # no comma
    assert find(qs, "Hallenbad").speaker.text == "Der Stadtrat"


def test_reportative_sollen_with_perfect_infinitive_continues_the_source():
    text = ("Das neue Hallenbad soll im Mai eröffnet werden.\n\n"
            "Die Polizei teilte am Sonntag mit, ein 34-Jähriger sei in Untersuchungshaft genommen worden. "
            "Er wurde am Bahnhof erkannt.\n\n"
            "Der Mann soll in der Nacht mehrere Autos aufgebrochen haben.")
    qs = quotes(text, "de")
    q = find(qs, "mehrere Autos aufgebrochen")  # two sentences after the source's own
    assert q.kind == "indirect" and q.speaker.text == "Die Polizei"
    assert none_with(qs, "Hallenbad")  # a plan, not hearsay


def test_impersonal_cue_takes_the_document_as_source():
    text = ("In einer Mitteilung des Innenministeriums heißt es, die Kontrollen an den Grenzen hätten sich "
            "bewährt. Die Zahl der Aufgriffe solle „weiter sinken“, heißt es in einer Erklärung der "
            "Bundespolizei.")
    qs = quotes(text, "de")
    assert find(qs, "Kontrollen an den Grenzen").speaker.text == "einer Mitteilung des Innenministeriums"
    assert find(qs, "Die Zahl der Aufgriffe", "indirect").speaker.text == "einer Erklärung der Bundespolizei"


def test_passive_cue_with_no_subject_takes_the_document_as_source():
    qs = quotes("In einem Gutachten des Landesrechnungshofs wurde festgestellt, dass die Kosten zu niedrig "
                "angesetzt seien. So wird in einer Stellungnahme der Kammer gefordert, dass der Bau ruhen "
                "müsse.", "de")
    assert find(qs, "Kosten zu niedrig").speaker.text == "einem Gutachten des Landesrechnungshofs"
    assert find(qs, "Bau ruhen").speaker.text == "einer Stellungnahme der Kammer"
    # a subject of its own stays the subject
    q = find(quotes("In einer Sitzung wurde die Bürgermeisterin gefragt, ob die Halle saniert werde.", "de"),
             "Halle saniert")
    assert q.speaker.text == "die Bürgermeisterin"
    # a phrase of time or manner is no source
    for text in ("Im Vorfeld wurde angekündigt, dass die Brücke gesperrt wird.",
                 "Im Rahmen der Ermittlungen wurde festgestellt, dass der Mann bewaffnet war.",
                 "In der Nacht zum Sonntag wurde gemeldet, dass das Feuer gelöscht ist."):
        q = find(quotes(text, "de"), "dass")
        assert q.speaker is None, text


def test_demonstrative_subject_is_the_mention_left_unresolved():
    qs = quotes("Die Polizei befragte den Lkw-Fahrer Jan Kurz. Dieser bestritt, zu schnell gefahren zu sein. "
                "Dieser Vorwurf sei haltlos, sagte sein Anwalt.", "de")
    q = find(qs, "zu schnell gefahren")
    assert q.speaker.text == "Dieser"
    assert find(qs, "Vorwurf sei haltlos").speaker.text == "sein Anwalt"  # a determiner, not a pronoun
    # it points to the last noun of its gender, not to the speaker before: no guess
    for text in ("Bürgermeister Hans Weber lobte seinen Nachfolger. Dieser sagte danach, er sei zufrieden.",
                 "Ministerpräsident Jens Roth sprach mit den Landwirten. Diese forderten, dass die Hilfen bleiben."):
        q = find(quotes(text, "de"), "dass" if "Landwirten" in text else "zufrieden")
        assert q.speaker.text in ("Dieser", "Diese") and speaker(q) is None, text
    # before a passive it is who was acted on, not the speaker
    qs = quotes("Die Anwohner wurden gewarnt. Diese wurden über das Radio aufgefordert, die Fenster zu schließen.",
                "de")
    assert all(q.speaker is None or q.speaker.text != "Diese" for q in qs)


def test_outlet_named_in_marks_next_to_a_cue_is_the_speaker_not_a_quote():
    # after a cue that follows its quotation or reported speech: the subject (or the addressee)
    qs = quotes("„Sie war die Stimme einer ganzen Generation“, schrieb „Die Zeit“ in ihrem Nachruf.", "de")
    assert [q.text for q in qs] == ["Sie war die Stimme einer ganzen Generation"]
    assert qs[0].speaker.text == "Die Zeit"
    qs = quotes("Der Verein stehe vor der Insolvenz, schreibt der „Kicker“.", "de")
    assert [q.text for q in qs] == ["Der Verein stehe vor der Insolvenz"] and speaker(qs[0]) == "Kicker"
    qs = quotes("„Wir prüfen alle Optionen“, sagte die Ministerin der „Rheinischen Post“.", "de")
    assert [q.text for q in qs] == ["Wir prüfen alle Optionen"] and qs[0].speaker.text == "die Ministerin"
    # the body of a speaker named after the cue, closing the sentence
    qs = quotes("Die Züge würden pünktlich fahren, sagte Jonas Weber vom „Fahrgastverband Nord“.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("Die Züge würden pünktlich fahren", "Jonas Weber")]
    qs = quotes("„Wir sind vorbereitet“, sagte Lea Roth von der „Initiative Hafen“.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("Wir sind vorbereitet", "Lea Roth")]
    assert find(quotes("Händler sprachen in diesem Zusammenhang von „Panik“.", "de"), "Panik").kind == "direct"
    # opening its clause right before the cue
    q = find(quotes("Die „Frankfurter Rundschau“ berichtete, dass die Klinik schließen solle.", "de"), "Klinik")
    assert speaker(q) == "Frankfurter Rundschau"
    # a word in marks that the speaker uses is still a quote, and so is a short greeting opening the sentence
    for text, words in (("Der Minister forderte einen „Neuanfang“.", "Neuanfang"),
                        ("Die Oppositionsführerin, Anna Roth, nannte das einen „Skandal“.", "Skandal"),
                        ("Roth, Chefin der Fraktion, nannte Weber einen „Lügner“.", "Lügner"),
                        ("„Das war ein Kraftakt“, lobte Roth die „Geschlossenheit“ der Fraktion.", "Geschlossenheit"),
                        ("Die Beschäftigten streikten am Montag, forderten „Mehr Lohn“.", "Mehr Lohn"),
                        ("„Alles Gute zum Jubiläum“, schrieb die Bürgermeisterin.", "Alles Gute zum Jubiläum")):
        qs = quotes(text, "de")
        assert all(q.speaker is None or q.speaker.text != words for q in qs), text
        if "Mehr Lohn" not in text:
            assert find(qs, words).kind == "direct", text


def test_body_named_in_marks_inside_a_source_phrase():
    q = find(quotes("Ein Güterzug ist nach Angaben der Agentur „Tass“ bei Omsk entgleist.", "de"), "Güterzug")
    assert q.text == "Ein Güterzug ist nach Angaben der Agentur „Tass“ bei Omsk entgleist"
    assert speaker(q) == "Tass"
    q = find(quotes("Laut der Nachrichtenagentur „Anadolu“ wurden drei Soldaten verletzt.", "de"), "Soldaten")
    assert q.text == "wurden drei Soldaten verletzt" and speaker(q) == "Anadolu"
    # opening the sentence, and a name of several words, whole
    q = find(quotes("Nach Angaben der Agentur „Tass“ starben zwei Menschen bei dem Unglück.", "de"), "Menschen")
    assert q.text == "starben zwei Menschen bei dem Unglück" and speaker(q) == "Tass"
    q = find(quotes("Laut der Organisation „Ärzte ohne Grenzen“ fehlen in den Lagern Medikamente.", "de"), "Lagern")
    assert speaker(q) == "Ärzte ohne Grenzen"
    q = find(quotes("Die Partei „Die Linke“ sagte, sie lehne den Plan ab.", "de"), "Plan")
    assert speaker(q) == "Die Linke"
    # its spokesman is a person of that body, not the body
    q = find(quotes("Der Sprecher der Partei „Die Linke“ sagte, man werde klagen.", "de"), "klagen")
    assert speaker(q) != "Die Linke" and q.speaker.speaker.kind == "person"


def test_relative_clause_reporting_what_the_noun_before_says():
    q = find(quotes("Der Verband verwies auf eine Umfrage, nach der die Mehrheit der Mieter die Reform ablehne.",
                    "de"), "Mehrheit")
    assert q.text == "die Mehrheit der Mieter die Reform ablehne" and q.speaker.text == "der"
    assert speaker(q) == "Umfrage"
    q = find(quotes("In Brüssel kursieren Gerüchte, wonach die Kommissarin vor dem Rücktritt steht.", "de"),
             "Rücktritt")
    assert q.text == "die Kommissarin vor dem Rücktritt steht" and q.speaker.text == "wonach"
    # the relative clause ends where the main clause goes on
    q = find(quotes("Eine Umfrage, nach der die Mehrheit den Plan ablehnt, sorgte im Rathaus für Unruhe.", "de"),
             "Mehrheit")
    assert q.text == "die Mehrheit den Plan ablehnt"
    # a relative clause that reports nothing, and no comma, no relative clause
    for text in ("Das sind die Lösungen, nach denen die Eltern seit Monaten suchen.",
                 "Sie ist die Ärztin, nach der die neue Klinik benannt wurde.",
                 "Die Kinder, nach denen die Polizei suchte, sind wohlauf.",
                 "Der Stürmer, nach dem sich mehrere Klubs erkundigt hätten, bleibt in Bremen.",
                 "Gleich nach der Wahl soll das neue Kabinett vereidigt werden."):
        assert quotes(text, "de") == [], text


def test_noun_of_saying_opening_the_sentence_and_nouns_behind_a_lower_case_prefix():
    # "Berichten", "Angaben" are verb forms too; opening a German sentence they are nouns
    q = find(quotes("Berichten zufolge schließt das Werk in Kassel bis Jahresende.", "de"), "Werk")
    assert q.text == "schließt das Werk in Kassel bis Jahresende" and q.speaker.text == "Berichten"
    q = find(quotes("Angaben der Feuerwehr zufolge brach das Feuer im Keller aus.", "de"), "Feuer")
    assert q.speaker.text == "Angaben der Feuerwehr"
    # a verb opening the sentence stays a cue
    q = find(quotes("Berichtet wurde zudem, dass die Schule saniert wird.", "de"), "Schule")
    assert q.cue == "Berichtet"
    # "dpa-Meldung", "ai-Bericht": nouns, so sources
    q = find(quotes("Der Versicherer will laut einer dpa-Meldung 300 Stellen streichen.", "de"), "Stellen")
    assert q.speaker.text == "einer dpa-Meldung"
    # such a noun is a role's word, not part of the name after it
    q = find(quotes("„Die Lage ist ruhig“, sagte der dpa-Korrespondent Jan Ohm.", "de"), "ruhig")
    assert speaker(q) == "Jan Ohm"


def test_gemaess_with_sharp_s_is_a_source_word():
    # (phrases are compared in lower case: casefolding "gemäß" to "gemäss" had made it never match)
    q = find(quotes("Die Brücke bleibt gemäß einem Sprecher der Stadt bis Montag gesperrt.", "de"), "Brücke")
    assert q.text == "Die Brücke bleibt gemäß einem Sprecher der Stadt bis Montag gesperrt"
    assert q.speaker.text == "einem Sprecher der Stadt"
    q = find(quotes("Der Sturm kostete gemäß der Polizei 12 Menschen das Leben.", "de"), "Sturm")
    assert q.speaker.text == "der Polizei"  # the number is no part of the source's name
    # "in line with" a rule: no source, and the cue of the sentence keeps its report
    for text in ("Die Spieler müssen sich gemäß den Regeln verhalten.", "Der Zug fuhr gemäß Fahrplan ab."):
        assert quotes(text, "de") == [], text
    q = find(quotes("Er handelte gemäß den Anweisungen, sagte der Anwalt.", "de"), "Anweisungen")
    assert q.speaker.text == "der Anwalt"


def test_source_inside_a_sentence_whose_cue_has_no_content_reports_the_sentence():
    q = find(quotes("Jeder dritte Mieter fürchtet laut der Umfrage steigende Nebenkosten.", "de"), "Mieter")
    assert q.text == "Jeder dritte Mieter fürchtet laut der Umfrage steigende Nebenkosten"
    assert q.speaker.text == "der Umfrage"


def test_reported_clause_opening_with_a_phrase_after_the_comma():
    q = find(quotes("Die Bürgermeisterin sagte, mit dem neuen Plan werde die Innenstadt entlastet.", "de"), "Plan")
    assert q.text == "mit dem neuen Plan werde die Innenstadt entlastet" and q.speaker.text == "Die Bürgermeisterin"
    # no subjunctive, no clause: a phrase after the comma is no report
    assert quotes("Der Minister sagte, in Berlin und in Bonn.", "de") == []


def test_name_with_an_of_phrase_is_no_name_particle():
    q = find(quotes("Die Inszenierung lenke vom Stück ab, so Karl Brandt von den Kieler Nachrichten.", "de"),
             "Inszenierung")
    assert q.text == "Die Inszenierung lenke vom Stück ab"
    assert q.speaker.text == "Karl Brandt von den Kieler Nachrichten" and speaker(q) == "Karl Brandt"
    q = find(quotes("Kommissionspräsidentin Ursula von der Leyen sagte, Europa sei bereit.", "de"), "Europa")
    assert speaker(q) == "Ursula von der Leyen"
    # after a full name a particle opens an affiliation
    for text in ("„Wir sind bereit“, sagte Karl Brandt von der Feuerwehr.",
                 "„Wir sind bereit“, sagte Karl Brandt von der SPD."):
        assert speaker(find(quotes(text, "de"), "bereit")) == "Karl Brandt", text
    # without an article the particle stays in the name, whatever comes before it
    for text, who in (("„Wir kämpfen“, sagte Kapitän Thomas von Heesen.", "Thomas von Heesen"),
                      ("„Wir kämpfen“, sagte Torhüter Jan van Dijk.", "Jan van Dijk")):
        assert speaker(find(quotes(text, "de"), "kämpfen")).endswith(who), text
    q = find(quotes("„Gut“, sagte Franziska von der Heydt von der Stiftung.", "de"), "Gut")
    assert speaker(q) == "Franziska von der Heydt"
    # a source word before a first name is no part of the name
    q = find(quotes("Laut Otto von Bismarck sei Politik die Kunst des Möglichen.", "de"), "Politik")
    assert speaker(q) == "Otto von Bismarck"


def test_strong_subjunctive_after_a_sentence_with_a_person_for_subject():
    q = find(quotes("Die Ministerin besuchte am Montag die Unglücksstelle. Der Einsatz der Helfer sei vorbildlich "
                    "gewesen.", "de"), "vorbildlich")
    assert q.text == "Der Einsatz der Helfer sei vorbildlich gewesen" and q.speaker.text == "Die Ministerin"
    # a plain noun or a body for subject: no speaker taken from it; nor what is said about the person
    for text in ("Besondere Mängel traten bei der Wartung auf. Auch sei die Dokumentation unvollständig gewesen.",
                 "Die Stadtverwaltung prüfte den Fall. Der Antrag sei unvollständig gewesen.",
                 "Der Bürgermeister trat am Montag zurück. Er habe Gelder veruntreut.",
                 "Der Trainer steht in der Kritik. Sein Team habe zuletzt fünfmal verloren.",
                 "Die Ministerin wurde von Demonstranten empfangen. Die Bauern seien verraten worden."):
        assert all(q.speaker is None for q in quotes(text, "de")), text


def test_passive_quoting_cue_relays_the_subject_words_via_the_agent():
    q = find(quotes("Der Sprecher der Polizei, Jan Kurz, wird von der Agentur AFP mit dem Satz zitiert, die "
                    "Lage sei unter Kontrolle.", "de"), "Kontrolle")
    assert speaker(q) == "Jan Kurz" and q.via is not None and "Agentur AFP" in q.via.text
    q = find(quotes("Die Trainerin wird von der Agentur SID so zitiert: „Wir geben nicht auf.“", "de"),
             "geben nicht auf")
    assert q.speaker.text == "Die Trainerin" and q.via is not None and q.via.text == "der Agentur SID"
    # active: the agency quotes, the minister speaks
    q = find(quotes("Die Agentur zitierte den Minister mit den Worten, die Lage sei ernst.", "de"), "ernst")
    assert q.speaker.text == "den Minister" and q.via.text == "Die Agentur"


def test_zufolge_inside_a_short_sentence_frames_it():
    q = find(quotes("Der Bürgermeister ist Berichten zufolge schwer erkrankt.", "de"), "erkrankt")
    assert q.text == "Der Bürgermeister ist Berichten zufolge schwer erkrankt" and q.speaker.text == "Berichten"
    q = find(quotes("Die Schäden seien der Versicherung zufolge gering.", "de"), "Schäden")
    assert q.speaker.text == "der Versicherung"


def test_agent_of_a_passive_cue_is_its_speaker():
    q = find(quotes("Von der Verteidigung wurde der Verdacht geäußert, das Gericht sei befangen.", "de"),
             "befangen")
    assert q.speaker.text in ("Von der Verteidigung", "der Verteidigung")


def test_review_cases_of_the_last_rules():
    # a time phrase opens no name, a surname may be a time noun
    q = find(quotes("Ende Januar verkündete der Verband, dass er sich bewerben werde.", "de"), "bewerben")
    assert q.speaker.text == "der Verband"
    q = find(quotes("Michael Ende sagte, Fantasie sei wichtiger als Wissen.", "de"), "Fantasie")
    assert speaker(q) == "Michael Ende"
    # a slogan opening the sentence with the cue's subject after it stays a quote
    q = find(quotes("„Raus aus der Kohle“ forderten die Demonstranten vor dem Kanzleramt.", "de"), "Kohle")
    assert q.kind == "direct" and q.speaker.text == "die Demonstranten"
    # the future is no passive: no agent speaks
    q = find(quotes("Von Kiew aus wird der Präsident am Abend erklären, dass die Armee standhalte.", "de"),
             "Armee")
    assert q.speaker.text == "der Präsident"
    # a relative clause after a denial is no report of the one denying
    assert all(q.speaker is None or q.speaker.text != "Die Polizei"
               for q in quotes("Die Polizei wies Gerüchte zurück, nach denen es Tote gegeben habe.", "de"))


def test_source_phrase_inside_its_sentence_frames_the_whole_sentence():
    qs = quotes("Das Paket wurde laut einem Sprecher der Post bereits am Freitag zugestellt. "
                "Dennoch, so Berger, habe der Verein alles richtig gemacht. "
                "Die Partei liegt laut vorläufigem Endergebnis knapp vorne. "
                "Nach ersten Ermittlungen der Kriminalpolizei fuhr der Fahrer deutlich zu schnell.", "de")
    q = find(qs, "Das Paket")
    assert q.text.startswith("Das Paket wurde") and q.speaker.text == "einem Sprecher der Post"
    assert find(qs, "alles richtig").text.startswith("Dennoch") and speaker(find(qs, "alles richtig")) == "Berger"
    assert find(qs, "knapp vorne").speaker.text == "vorläufigem Endergebnis"
    assert find(qs, "zu schnell").speaker.text == "ersten Ermittlungen der Kriminalpolizei"


def test_wie_clause_subject_and_institution_names():
    qs = quotes("Wie die Stadtverwaltung am Montag mitteilte, wird die Rheinbrücke ab Juni gesperrt. "
                "Nach Angaben des Bundesamts für Umwelt bleibt die Lage an den Flüssen angespannt. "
                "Die Nachrichtenagentur „Xinhua“ berichtete, mehrere Dörfer seien überflutet.", "de")
    assert find(qs, "Rheinbrücke").speaker.text == "die Stadtverwaltung"
    q = find(qs, "an den Flüssen")
    assert q.speaker.text == "Angaben des Bundesamts für Umwelt" and q.text.startswith("bleibt")
    q = find(qs, "Dörfer")
    assert q.speaker.text == "Die Nachrichtenagentur „Xinhua“" and speaker(q) == "Xinhua"


def test_demnach_points_back_to_the_last_source_and_capitalised_particles():
    qs = quotes("Die Staatsanwaltschaft erklärte, der Angeklagte habe gestanden. Demnach hatte er das Geld "
                "über Jahre beiseitegeschafft.\n\nVon der Leyen sagte, die Truppe brauche mehr Personal.", "de")
    q = find(qs, "beiseitegeschafft")
    assert q.speaker.text == "Demnach" and speaker(q) == "Staatsanwaltschaft"
    assert find(qs, "mehr Personal").speaker.text == "Von der Leyen"


def test_apposition_after_a_postposed_speaker_belongs_to_the_frame():
    q = find(quotes("Die Landung wird schwierig, sagte Peter Lang, Direktor des Raumfahrtzentrums.", "de"),
             "Landung")
    assert q.text == "Die Landung wird schwierig"
    assert q.speaker.text == "Peter Lang, Direktor des Raumfahrtzentrums"


def test_a_paragraph_of_capitalised_nouns_is_no_title():
    # German capitalises every noun: a paragraph's first sentence is parsed even when its long words all are
    text = "Die Lage in der Stadt ist ruhig.\n\nLaut Polizei gab es in Berlin mehrere Verletzte."
    q = find(quotes(text, "de"), "mehrere Verletzte")
    assert q.speaker is not None and q.speaker.text == "Polizei"


def test_stance_phrases_are_cues():
    # "geht davon aus, dass", "hält es für möglich, dass": the verb alone ("geht", "hält") is no cue
    text = ("Der Brand ist gelöscht. Die Feuerwehr geht davon aus, dass ein Kurzschluss den Brand auslöste. "
            "Versicherer halten es für möglich, dass der Schaden in die Millionen geht.")
    qs = quotes(text, "de")
    q = find(qs, "ein Kurzschluss den Brand auslöste")
    assert q.speaker is not None and q.speaker.text == "Die Feuerwehr" and q.cue == "davon aus"
    q = find(qs, "der Schaden in die Millionen geht")
    assert q.speaker is not None and q.speaker.text == "Versicherer"


def test_fronted_adverbial_with_zu_is_no_name():
    # "Zu dieser Zeit ging die Anwältin ...": "Zu" opens an adverbial, not a name like "Von der Leyen"
    text = "Der Haftbefehl lag vor. Zu dieser Zeit ging die Anwältin noch davon aus, dass der Mann festgenommen würde."
    q = find(quotes(text, "de"), "der Mann festgenommen würde")
    assert q.speaker is not None and q.speaker.text == "die Anwältin"


@pytest.mark.parametrize("text, words, mention", [
    # the finite cue verb comes second: what stands before it (a time, an object, an adverb) is no subject
    ("Um 14:30 Uhr meldete dann die Nachrichtenagentur, das Urteil werde am Freitag verkündet.",
     "das Urteil werde am Freitag", "die Nachrichtenagentur"),
    ("Den Vorwurf der Bestechung wies der Angeklagte zurück: Er habe nie Geld angenommen.",
     "Er habe nie Geld angenommen", "der Angeklagte"),
    ("Abschließend betonte die Richterin, das Gericht lasse sich nicht unter Druck setzen.",
     "das Gericht lasse sich nicht", "die Richterin"),
    ("Dem Sender hat der Verteidiger gesagt, sein Mandant sei erleichtert.",
     "sein Mandant sei erleichtert", "der Verteidiger"),
    ("Bezüglich der Kosten meldete die Stadtverwaltung, der Haushalt sei ausgeglichen.",
     "der Haushalt sei ausgeglichen", "die Stadtverwaltung"),
    # and where it is the subject, it stays so
    ("Dieses Ministerium sagte der Zeitung, die Pläne seien fertig.", "die Pläne seien fertig",
     "Dieses Ministerium"),
    ("Weise sagte der Zeitung, die Pläne seien fertig.", "die Pläne seien fertig", "Weise"),
    ("Über 100 Ärzte warnten die Regierung, die Versorgung sei gefährdet.", "die Versorgung sei gefährdet",
     "Ärzte"),
])
def test_verb_second_subject(text, words, mention):
    q = find(quotes("Der Prozess gegen den Bauunternehmer geht weiter. " + text, "de"), words)
    assert q.speaker is not None and q.speaker.text == mention


def test_impersonal_hiess_es_names_nobody():
    # never the fronted adverb
    q = find(quotes("Die Firma kämpft. Damals hieß es, die Firma stehe vor der Pleite.", "de"), "vor der Pleite")
    assert q.speaker is None


def test_subject_first_keeps_its_place_before_an_object():
    text = ("Die Gewerkschaft droht mit Streik. Der Betriebsrat sagte den Beschäftigten, die Gespräche seien "
            "gescheitert. Sie sagte es deutlich: Die Geduld sei am Ende.")
    qs = quotes(text, "de")
    assert find(qs, "die Gespräche seien gescheitert").speaker.text == "Der Betriebsrat"
    assert find(qs, "Die Geduld sei am Ende").speaker.text == "Sie"


def test_colon_quote_speaker_is_the_clause_subject_not_its_object():
    # no cue verb before the colon: the speaker is the subject, never the object the clause ends with
    text = ("Die Mannschaft gewann deutlich. Nach dem Spiel zeigte sich die Trainerin zufrieden: „Wir haben "
            "heute als Team überzeugt.“ Die verletzte Spielerin Jana Beispiel schilderte im Krankenhaus den "
            "Zusammenstoß: „Ich habe den Ball gar nicht kommen sehen.“")
    qs = quotes(text, "de")
    assert find(qs, "Wir haben heute als Team").speaker.text == "die Trainerin"
    q = find(qs, "Ich habe den Ball gar nicht")
    assert q.speaker.text == "Die verletzte Spielerin Jana Beispiel"


def test_closing_frame_followed_by_a_subordinate_clause():
    text = "Die Lage sei ernst, sagte der Minister am Freitag, als er vor die Presse trat."
    q = find(quotes(text, "de"), "Die Lage sei ernst")
    assert q.text == "Die Lage sei ernst" and q.speaker.text == "der Minister"


def test_colon_quote_with_the_subject_after_the_verb():
    text = ("Die Debatte im Landtag war hitzig.\n\nKlare Worte fand Ministerpräsidentin Petra Beispiel: „Wir "
            "lassen uns nicht erpressen.“ Den Ablauf beschrieb die Zeugin so: „Der Wagen kam von links.“")
    qs = quotes(text, "de")
    assert find(qs, "Wir lassen uns nicht").speaker.text == "Ministerpräsidentin Petra Beispiel"
    assert find(qs, "Der Wagen kam von links").speaker.text == "die Zeugin"


def test_demnach_with_no_earlier_quote_points_to_the_sentence_before():
    text = ("Das Schiedsgericht tagte bis in die Nacht. Demnach muss der Verein die Strafe in voller Höhe "
            "zahlen. Laut Presseberichten will er demnach Berufung einlegen.")
    qs = quotes(text, "de")
    q = find(qs, "die Strafe in voller Höhe")
    assert q.speaker.text == "Demnach" and speaker(q) == "Schiedsgericht"
    # a sentence naming its own source keeps it
    assert find(qs, "Berufung einlegen").speaker.text == "Presseberichten"
    # after a phrase of time the subject follows the verb
    q = find(quotes("Am späten Sonntagabend gab die Wahlleitung das vorläufige Ergebnis bekannt. Demnach liegt die "
                    "Amtsinhaberin knapp vorn.", "de"), "Amtsinhaberin knapp vorn")
    assert speaker(q) == "Wahlleitung"
    # a thing after the verb is no source
    qs = quotes("Seit Wochen beschäftigt der Fall die Justiz. Demnach soll der Arzt Rezepte gefälscht haben.", "de")
    assert all(speaker(q) != "Fall" for q in qs)


def test_pronoun_points_to_a_person_introduced_without_a_cue():
    # the first sentence holds no cue and is not parsed; "Sie" still finds the mayor it introduced
    text = "Bürgermeisterin Anna Beispiel besuchte am Montag die Baustelle. Sie sagte, die Brücke werde im Mai fertig."
    q = find(quotes(text, "de"), "die Brücke werde im Mai fertig")
    assert q.speaker.text == "Sie" and speaker(q) == "Anna Beispiel"


def test_dass_after_a_long_phrase_of_occasion():
    text = ("Die Ministerin sagte bei einer Pressekonferenz in Mainz am Montagabend vor Journalisten, dass die "
            "Schulen offen bleiben.")
    q = find(quotes(text, "de"), "die Schulen offen bleiben")
    assert q.kind == "indirect" and q.speaker.text == "Die Ministerin"


def test_subjunctive_only_after_dass_belongs_to_the_sentences_own_subject():
    """A subjunctive only inside ", dass ..." does not carry the last speaker on: the main clause has a subject
    of its own, whatever its verb ("kam zu dem Schluss", "ist der Meinung")."""
    text = ("Bürgermeisterin Anna Roth sagte am Montag, die Brücke werde im Mai fertig. Der Verband der "
            "Bauunternehmer kam dagegen zu dem Schluss, dass sich die Arbeiten bis zum Herbst verzögern würden. "
            "Zum Streit um die Kosten führte Stadtrat Paul Weber aus, dass die Stadt zu spät geplant habe.")
    qs = quotes(text, "de")
    q = find(qs, "bis zum Herbst")
    assert q.text == "dass sich die Arbeiten bis zum Herbst verzögern würden"
    assert q.speaker.text == "Der Verband der Bauunternehmer"
    q = find(qs, "zu spät geplant")
    assert q.text.startswith("dass die Stadt") and speaker(q) == "Paul Weber"
    # a subjunctive in the main clause still continues the last speaker's words
    qs = quotes("Der Minister sagte, man werde klagen. Die Kosten seien hoch, weil das Verfahren komplex sei.", "de")
    q = find(qs, "Die Kosten seien hoch")
    assert q.text.startswith("Die Kosten seien hoch") and speaker(q) is not None and q.speaker.text == "Der Minister"


def test_konjunktiv_i_after_dass_reports_the_subject_with_no_speech_before():
    qs = quotes("Der Damm am Stausee wurde im Frühjahr geprüft. Die Gutachter des Landesamts kamen zu dem "
                "Ergebnis, dass der Damm sicher sei.", "de")
    q = find(qs, "der Damm sicher sei")
    assert q.text == "dass der Damm sicher sei"
    assert q.speaker.text == "Die Gutachter des Landesamts"
    # no subjunctive, no report
    assert none_with(quotes("Der Rat stimmte am Abend zu, dass die Halle saniert wird.", "de"), "Halle")


def test_so_frame_inserted_in_its_sentence_reports_both_sides():
    q = find(quotes("Die Kosten, so der Kämmerer, seien deutlich zu hoch.", "de"), "zu hoch")
    assert q.text == "Die Kosten, so der Kämmerer, seien deutlich zu hoch"
    assert q.speaker.text == "der Kämmerer"
    q = find(quotes("Ihr Konkurrent Hansen, so Bergmann weiter, habe die Spenden nie offengelegt.", "de"),
             "offengelegt")
    assert q.text.startswith("Ihr Konkurrent Hansen") and speaker(q) == "Bergmann"
    # a relative clause or a clause of someone else's after the source is no content
    for text in ("Die Kosten seien zu hoch, so der Kämmerer, der am Montag im Rat sprach.",
                 "Die Kosten seien zu hoch, so der Kämmerer, dessen Amt die Zahlen prüfte.",
                 "Die Kosten seien zu hoch, so der Kämmerer, doch der Rat sieht das anders."):
        q = find(quotes(text, "de"), "zu hoch")
        assert q.text == "Die Kosten seien zu hoch"


def test_closing_so_frame_with_an_adverb_after_the_source():
    # '"...", so X weiter.' / 'so X wörtlich.': the adverb belongs to the frame, the quotation is X's
    for text, who in (("„Die Halle wird nicht vor dem Winter fertig“, so Bergmann weiter.", "Bergmann"),
                      ("„Wir haben die Lage im Griff“, so die Landrätin wörtlich.", "die Landrätin"),
                      ("Der Zeitplan sei nicht zu halten, so der Bauleiter abschließend.", "der Bauleiter")):
        qs = quotes(text, "de")
        assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.text == who, (text, qs)


def test_frame_after_a_subordinate_clause_reports_only_what_follows():
    qs = quotes("Nachdem die Polizei die Wohnung durchsucht hatte, sagte ein Sprecher, man habe Waffen gefunden.",
                "de")
    q = find(qs, "Waffen gefunden")
    assert q.text == "man habe Waffen gefunden" and q.speaker.text == "ein Sprecher"
    # a verb right after the frame: the opening clause is part of what was said; a phrase is no clause
    for text in ("Wenn die Preise weiter steigen, sagte der Minister, müsse der Staat eingreifen.",
                 "Während der Pandemie, sagte die Ärztin, seien viele Operationen verschoben worden."):
        q = find(quotes(text, "de"), "sagte")
        assert q.text == text.rstrip(".")


def test_own_subject_must_be_a_speaker_not_a_thing_or_a_fronted_word():
    text = "Die Sprecherin Eva Lang sagte, der Täter sei geflohen. {}"
    for second in ("Fest steht, dass er bewaffnet gewesen sei.", "Die Zahlen zeigen, dass er bewaffnet gewesen sei.",
                   "Hintergrund ist, dass er bewaffnet gewesen sei."):
        qs = quotes(text.format(second), "de")
        assert all(speaker(q) == "Eva Lang" for q in qs), [(q.text, q.speaker and q.speaker.text) for q in qs]
    assert quotes("Das Problem ist, dass die Regierung keine Mehrheit habe.", "de") == []


def test_main_clause_after_a_cue_closing_a_subordinate_clause_is_not_its_content():
    assert quotes("Weil der Bürgermeister im Rat von hohen Kosten sprach, wurde das Projekt gestoppt.", "de") == []


def test_source_named_in_quotation_marks():
    q = find(quotes("Laut „Reuters“ soll der Minister noch am Abend zurücktreten.", "de"), "zurücktreten")
    assert q.text == "soll der Minister noch am Abend zurücktreten" and q.speaker.text == "Reuters"
    qs = quotes("Der Minister soll laut „Reuters“ noch am Abend zurücktreten.", "de")
    assert [(q.kind, speaker(q)) for q in qs] == [("indirect", "Reuters")]  # the name is no quote of its own
    q = find(quotes("Wie „Die Zeit“ berichtet, wird die Steuer im Herbst erhöht.", "de"), "Steuer")
    assert q.text == "wird die Steuer im Herbst erhöht" and q.speaker.text == "Die Zeit"


def test_plans_as_sources_after_nach_but_not_events():
    q = find(quotes("Nach Planungen der Stadt soll die neue Brücke im Jahr 2027 fertig sein.", "de"), "Brücke")
    assert q.speaker.text.startswith("Planungen der Stadt")
    # "nach" an event: a time, no source
    assert quotes("Nach dem Ergebnis der Wahl trat der Parteichef noch am Abend zurück.", "de") == []
    assert quotes("Nach der Analyse der Daten begann das Team mit dem Bau.", "de") == []


def test_relative_clause_after_an_opening_source_is_not_content():
    q = find(quotes("Laut dem Bericht des Umweltamts, der am Montag erschien, sind die Werte gestiegen.", "de"),
             "Werte")
    assert q.text == "sind die Werte gestiegen" and q.speaker.text.startswith("dem Bericht des Umweltamts")


def test_source_after_a_speech_verb_relays_the_speaker():
    """"..., sagte der Trainer, so „Kicker“": the coach said it, the magazine relays it (a via speaker)."""
    q = find(quotes("„Wir machen weiter“, sagte der Trainer, so „Kicker“.", "de"), "Wir machen weiter")
    assert q.speaker.text == "der Trainer" and q.via is not None and q.via.text == "Kicker"
    q = find(quotes("Der Trainer sagte laut „Kicker“, man mache weiter.", "de"), "man mache weiter")
    assert q.text == "man mache weiter" and q.speaker.text == "Der Trainer" and q.via.text == "Kicker"
    q = find(quotes("Laut „Bild am Sonntag“ will der Verein den Trainer entlassen.", "de"), "entlassen")
    assert q.speaker.text == "Bild am Sonntag"
    # a capitalised quotation after "so" that frames nothing is no source
    qs = quotes("Die Opposition forderte, so „Schnell wie möglich“ zu handeln.", "de")
    assert all(q.speaker is None or q.speaker.text == "Die Opposition" for q in qs)


def test_source_before_a_cue_is_no_subject_and_relays_or_fills_an_impersonal_cue():
    qs = quotes("Laut Radio Bremen erklärte die Senatorin, dass vier Millionen Euro in die Schulen fließen sollen.",
                "de")
    q = min((x for x in qs if x.cue == "erklärte"), key=lambda x: len(x.text))
    assert q.text.startswith("dass vier") and q.speaker.text == "die Senatorin" and q.via.text == "Radio Bremen"
    qs = quotes("Aus Regierungskreisen hieß es, der Minister trete zurück.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("der Minister trete zurück", "Regierungskreisen")]
    # the subject right after the source and the verb: the report nests the subject's words
    qs = quotes("Laut einem Bericht der Lokalzeitung hat der Landrat angekündigt, das Kreiskrankenhaus bis 2027 zu "
                "erhalten.", "de")
    q = min(qs, key=lambda x: len(x.text))
    assert q.text.startswith("das Kreiskrankenhaus") and speaker(q) == "Landrat" and q.via.text.endswith(
        "Lokalzeitung")
    assert any(x.text.startswith("hat der Landrat") and speaker(x) == "Lokalzeitung" for x in qs)
    # not an apposition after the source, nor a source inside the sentence
    qs = quotes("Wie Jana Ott, eine Sprecherin der Feuerwehr, der Presse mitteilte, seien drei Häuser geräumt "
                "worden.", "de")
    assert all(speaker(x) == "Jana Ott" for x in qs)
    # so with a colon: the quotation is the witness's, via the police
    q = find(quotes("Laut Polizei hat die Zeugin erklärt: „Der Mann trug eine rote Jacke.“", "de"), "rote Jacke")
    assert q.kind == "direct" and speaker(q) == "Zeugin" and q.via.text == "Polizei"
    # a direct quote framed by its speaker's cue and a source is the speaker's, via the source
    q = find(quotes("Im Parteivorstand sagte die Vorsitzende einigen Teilnehmern zufolge: „Wir haben die Wahl "
                    "nicht verloren, weil das Programm falsch war.“", "de"), "Programm falsch")
    assert speaker(q) == "Vorsitzende" and q.via.text == "Teilnehmern"


def test_closing_so_source_with_more_words_relays_the_speaker():
    q = find(quotes("Der Minister sagte, die Lage sei ernst, so die Nachrichtenagentur dpa.", "de"), "Lage")
    assert q.text == "die Lage sei ernst" and q.speaker.text == "Der Minister"
    assert q.via is not None and q.via.text.startswith("die Nachrichtenagentur")


def test_demonstrative_object_reports_the_sentence_before():
    qs = quotes("Die Fördermenge bleibt vorerst unverändert. Dies bestätigte der Ölminister am Montag in Wien.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("Die Fördermenge bleibt vorerst unverändert", "der Ölminister")]
    q = find(quotes("Die Brücke bleibt bis Mai gesperrt. Das hat der Bürgermeister am Montag bestätigt.", "de"),
             "Brücke")
    assert q.speaker.text == "der Bürgermeister"
    # a sentence with a quotation of its own keeps its speaker; an article is no demonstrative object
    qs = quotes("„Wir sind zahlungsunfähig“, sagte der Vorstand. Das bestätigte am Abend auch ein Sprecher.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("Wir sind zahlungsunfähig", "der Vorstand")]
    assert quotes("Die Halle ist marode. Das Ministerium bestätigte den Befund am Abend.", "de") == []


def test_demonstrative_object_only_for_confirming_cues_with_a_speaker_and_no_negation():
    for text in ("Die Ernte fiel schlecht aus. Dies erklärt die hohen Preise für Kartoffeln.",
                 "Wird die Brücke abgerissen? Das wollte der Bürgermeister nicht sagen.",
                 "Der Minister habe von den Zahlungen gewusst. Das wies der Minister am Mittwoch zurück.",
                 "Die Regierung streicht die Zuschüsse. Das kritisierte die Opposition scharf.",
                 "Die Brücke bleibt bis Mai gesperrt. Das hat der Bürgermeister nicht bestätigt."):
        qs = quotes(text, "de")
        assert not any(q.cue and q.text.startswith(text.split(".")[0][:15]) and q.speaker is not None and
                       q.speaker.start > text.index(". ") for q in qs), (text, [(q.text, q.cue) for q in qs])
    # a sentence with a cue of its own keeps its speaker, and is not duplicated
    qs = quotes("Der Bürgermeister sagte, die Brücke sei marode. Das bestätigte auch ein Gutachter.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [("die Brücke sei marode", "Der Bürgermeister")]


def test_outlet_named_in_marks_after_a_media_noun():
    qs = quotes("Nach Informationen der Wochenzeitung „Neue Stimme“ hat der Bürgermeister die Aufträge selbst "
                "vergeben.", "de")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("hat der Bürgermeister die Aufträge selbst vergeben", "Informationen der Wochenzeitung „Neue Stimme“")]
    # the name in marks does not push the reported clause out of the cue's reach
    q = find(quotes("Die Kritikerin Lena Vogt schreibt in der Hamburger Tageszeitung „Neues Blatt“, die Ausstellung "
                    "wirke „wie ein schlechter Scherz“.", "de"), "Ausstellung")
    assert q.text.startswith("die Ausstellung wirke") and q.speaker.text == "Die Kritikerin Lena Vogt"


def test_relative_source_is_the_speaker_even_inside_a_cue_of_denial():
    # (the reports' compound names their holder: "Zeitungsberichte" are the newspapers')
    for text, noun in (("Eine Sprecherin der Stadt konnte erste Zeitungsberichte nicht bestätigen, wonach die Halle "
                        "einsturzgefährdet sei.", "Zeitung"),
                       ("Gerüchte, wonach der Trainer schon im Winter gehen wolle, wies der Verein am Montag "
                        "zurück.", "Gerüchte")):
        qs = quotes(text, "de")
        assert len(qs) == 1 and qs[0].speaker.text == "wonach", (text, [(q.text, q.speaker) for q in qs])
        assert speaker(qs[0]) == noun


def test_short_quote_after_a_cue_of_telling_and_a_colon():
    q = quotes("Ein Augenzeuge schilderte die Minuten nach dem Unfall: „Alle haben geschrien.“", "de")
    assert [(x.text, x.speaker.text) for x in q] == [("Alle haben geschrien.", "Ein Augenzeuge")]
    # without a cue, a short quotation after a colon names no one ("Uhr" is no speaker)
    for text in ("Um 14 Uhr kam die Meldung: „Alle gerettet.“", "Das Motto der Demonstration lautete: „Freiheit "
                 "statt Angst“."):
        assert not any(x.speaker is not None for x in quotes(text, "de")), text


def test_document_source_with_a_relative_clause_before_an_impersonal_cue():
    q = quotes("In dem Jahresbericht, der am Dienstag im Internet veröffentlicht wurde, heißt es, die Zahl der "
               "Einbrüche sei deutlich gesunken.", "de")[0]
    assert q.text == "die Zahl der Einbrüche sei deutlich gesunken" and q.speaker.text == "dem Jahresbericht"
    # a phrase of time is no document, with or without a relative clause
    for text in ("In der Nacht hieß es, die Brücke sei gesperrt.",
                 "In der Nacht, die sehr stürmisch war, hieß es, die Brücke sei gesperrt."):
        assert quotes(text, "de")[0].speaker is None


def test_relative_source_inside_what_a_speaker_says_stays_the_speakers():
    q = quotes("Der Sprecher sagte, es gebe keine Hinweise, wonach die Tat politisch motiviert sei.", "de")
    assert [(x.text, x.speaker.text) for x in q] == [
        ("es gebe keine Hinweise, wonach die Tat politisch motiviert sei", "Der Sprecher")]
    # an outlet named in marks after a report noun is whose report it is
    q = quotes("Der Vorstand bestätigte am Montag einen Bericht des „Handelsblatts“, wonach 500 Stellen wegfallen.",
               "de")
    assert [(x.text, speaker(x)) for x in q] == [("500 Stellen wegfallen", "Handelsblatts")]


def test_no_frame_or_source_from_a_relative_clause_or_a_time_after_nach():
    assert quotes("Nach der Ankündigung des Ministers stiegen die Preise an den Tankstellen.", "de") == []
    qs = quotes("Laut einem Fachblog legte das Ministerium im Sommer eine Studie vor, in der es Betrug anprangerte "
                "und einige Fälle schilderte.", "de")
    assert [speaker(x) for x in qs] == ["Fachblog"]


def test_outlet_in_marks_after_the_article_of_a_report():
    q = quotes("Laut einem Bericht der „Abendpost“ soll der Stadtrat bereits im Mai zurücktreten.", "de")[0]
    assert q.text == "soll der Stadtrat bereits im Mai zurücktreten"
    assert q.speaker.text == "einem Bericht der „Abendpost“"


def test_postposed_frame_ends_before_a_relative_clause_about_its_speaker():
    q = quotes("Die Fähre werde im Mai wieder fahren, sagte der Bürgermeister, in dessen Gemeinde der Anleger "
               "liegt.", "de")[0]
    assert q.text == "Die Fähre werde im Mai wieder fahren" and q.speaker.text == "der Bürgermeister"


def test_um_and_ohne_before_an_infinitive_keep_what_was_announced():
    # "um"/"ohne" may be prepositions inside the announced clause: it stays the content
    for text, content in (("Die Regierung kündigte an, um jeden Arbeitsplatz zu kämpfen.",
                           "um jeden Arbeitsplatz zu kämpfen"),
                          ("Die Firma kündigte an, ohne Entlassungen auszukommen.", "ohne Entlassungen auszukommen")):
        assert [q.text for q in quotes(text, "de")] == [content], text


def test_quote_over_paragraphs_is_one_quote():
    text = ("Die Bürgermeisterin sprach am Abend lange im Stadtrat.\n\n"
            "„Wir haben auf diese Brücke zwanzig Jahre gewartet, und nun ist das Geld endlich da.\n\n"
            "„Jetzt muss das Land sein Wort halten“, sagte Anna Beispiel.")
    q = find(quotes(text, "de"), "Wir haben auf diese Brücke")
    assert q.text.endswith("sein Wort halten") and speaker(q) == "Anna Beispiel"


def test_absatz_nach_einem_rahmen_mit_doppelpunkt_ist_das_gesagte():
    text = ("Die Ministerin äußerte sich am Abend im Landtag.\n\nDie Ministerin schrieb:\n\n"
            "Wir lassen die Gemeinden nicht allein. Das Land wird die Kosten für die Schulen übernehmen.\n\n"
            "Der Landtag stimmt am Freitag ab.")
    qs = quotes(text, "de")
    q = find(qs, "Wir lassen die Gemeinden")
    assert q.text.endswith("übernehmen.") and speaker(q) == "Ministerin"
    assert none_with(qs, "Landtag stimmt")


def test_zitat_im_satz_mit_eigenem_subjekt_ist_dessen():
    text = ("„Wir helfen den Gemeinden“, sagte die Ministerin Eva Muster am Montag in Trier. "
            "Der Landrat Peter Beispiel sieht in dem Projekt „einen großen Schritt für die ganze Region“.")
    assert speaker(find(quotes(text, "de"), "großen Schritt")) == "Peter Beispiel"
    # im Konjunktiv trägt der Satz die Rede der Ministerin weiter: sein Subjekt spricht nicht
    text = ("Die Ministerin Eva Muster sagte, das Land werde helfen. "
            "Die Gemeinden seien „auf einem guten Weg und brauchen nur etwas Zeit“.")
    assert speaker(find(quotes(text, "de"), "auf einem guten Weg")) == "Eva Muster"


def test_rolle_eines_ortes_und_sprecher_einer_koerperschaft():
    qs = quotes("Der Bürgermeister von Trier sagte, die Stadt werde den betroffenen Familien helfen.", "de")
    assert speaker(find(qs, "Familien helfen")) == "Bürgermeister von Trier"
    qs = quotes("Ein Sprecher der Feuerwehr sagte, der Brand in der Halle sei inzwischen gelöscht.", "de")
    assert speaker(find(qs, "Brand in der Halle")) == "Feuerwehr"


def test_eine_sache_im_satz_davor_spricht_nicht():
    # a quotation standing alone after a sentence about a thing goes back to the last speaker
    text = ("„Wir brauchen mehr Lehrer an den Grundschulen“, sagte die Ministerin Anna Muster. Der Haushalt des "
            "Landes ist knapp und die Schulden wachsen. „Trotzdem werden wir in die Schulen investieren müssen.“")
    assert speaker(find(quotes(text, "de"), "Trotzdem werden wir")) == "Anna Muster"


def test_nach_eigenen_angaben_ist_die_auskunft_des_subjekts():
    # the mention stays where the text attributes; the speaker is the sentence's subject, as for a pronoun
    q = find(quotes("Die Reederei Nordlicht will nach eigenen Angaben im kommenden Jahr vier neue Fähren "
                    "bestellen.", "de"), "vier neue Fähren")
    assert q.speaker.text == "eigenen Angaben" and speaker(q) == "Reederei Nordlicht"
    q = find(quotes("Der Verein hat eigenen Angaben zufolge mehr als 3000 Mitglieder in der Region.", "de"),
             "3000 Mitglieder")
    assert speaker(q) == "Verein"
    # so is "seiner Meinung nach", "ihren Angaben zufolge"; inside what the subject's cue reports it is no frame
    q = find(quotes("Die Genossenschaft will ihren Angaben zufolge im Herbst 40 neue Wohnungen bauen.", "de"),
             "40 neue Wohnungen")
    assert speaker(q) == "Genossenschaft"
    qs = quotes("Der Stadtkämmerer erklärte, die Rücklagen reichten seiner Meinung nach noch bis 2026.", "de")
    assert [(q.text, speaker(q)) for q in qs] == [("die Rücklagen reichten seiner Meinung nach noch bis 2026",
                                                   "Stadtkämmerer")]
    # a possessive points back to the nearest person before it, not to the sentence's first subject
    qs = quotes("Der Sprecher sagte, die Ministerin werde ihren Worten nach nicht zurücktreten.", "de")
    assert speaker(find(qs, "nicht zurücktreten")) == "Ministerin"
    # and with no one before it in its sentence, never to what follows the verb
    qs = quotes("Der Oppositionsführer meldete sich zu Wort. Seiner Meinung nach hat die Landesregierung in der "
                "Krise versagt.", "de")
    assert all(speaker(q) != "Landesregierung" for q in qs)


def test_wer_beschrieben_wird_spricht_nicht():
    # a subject described by a verb of being or a passive is what the last speaker talked about
    text = ("„Er hat heute alles richtig gemacht“, sagte Trainer Jens Walter über seinen Stürmer Kevin Brandt. "
            "Kevin Brandt ist für ihn „der beste Mann auf dem Platz“ gewesen.")
    assert speaker(find(quotes(text, "de"), "der beste Mann")) == "Jens Walter"
    # a role without its article is a title: its "von" belongs to the name
    qs = quotes("„Der Tag war ein Tag der Befreiung“, sagte Bundespräsident von Weizsäcker im Bundestag.", "de")
    assert speaker(find(qs, "Tag der Befreiung")) == "Weizsäcker"


def test_vor_dem_doppelpunkt_steht_das_subjekt_nach_dem_verb():
    # a thing or an adverb fronted before the verb: the subject comes right after it
    text = ("Die Ministerin Eva Muster besuchte am Montag das Lager. Das neue Angebot der Stadt, Flüchtlinge "
            "kostenlos unterzubringen, lehnt sie jedoch ab: „Wir brauchen eine Lösung für das ganze Land.“")
    assert speaker(find(quotes(text, "de"), "Lösung für das ganze Land")) == "Eva Muster"
    q = find(quotes("Relativierend fügt Meier hinzu: „Allerdings darf man die Kosten nicht aus den Augen "
                    "verlieren.“", "de"), "Kosten nicht aus den Augen")
    assert speaker(q) == "Meier"
    # a name opening the sentence keeps it: "die Ausführung" after the verb is no subject
    q = find(quotes("Benedikt hatte die Einladung noch am Abend ausgeschlagen: „Dafür habe ich keine Zeit, "
                    "fragt jemand anderen.“", "de"), "Dafür habe ich keine Zeit")
    assert speaker(q) == "Benedikt"
    # a bare word opening the sentence may be a surname: who is attacked or warned after the verb is no speaker
    q = find(quotes("Lenzen attackierte Berger im Rat frontal: „Sie haben die Stadt in die Pleite geführt.“",
                    "de"), "in die Pleite")
    assert speaker(q) == "Lenzen"
    q = find(quotes("Wagner ermahnte sie mit Nachdruck: „Halten Sie sich bitte an die Regeln des Hauses.“", "de"),
             "Halten Sie sich")
    assert speaker(q) == "Wagner"


def test_ein_datum_mit_ordinalzahl_trennt_den_satz_nicht():
    # "am 30. Juni" is one date: the reported content runs over it to the cue
    q = find(quotes("Die Frist für die Anträge endet am 30. Juni, sagte ein Sprecher der Stadt.", "de"),
             "Frist für die Anträge")
    assert q.text.endswith("am 30. Juni") and speaker(q) == "Stadt"   # (a spokesperson speaks for the body)
    q = find(quotes("Am 3. Oktober sagte die Bürgermeisterin Anna Roth, dass die Feier im Park stattfinde.", "de"),
             "Feier im Park")
    assert speaker(q) == "Anna Roth"
    # a phrase of time before the cue is no content: "schrieb" has an object, and nothing was said
    assert quotes("Am 12. Mai 1954, vor genau siebzig Jahren schrieb der Verein in Essen Geschichte.", "de") == []


FRONTED = [
    # a thing fronted before the verb is its object: the role after the verb, marked as the subject, speaks
    ("Die geplante Reform der Grundsteuer stellte der Vorsitzende Karl Brenner ebenfalls in Frage: „So wird das "
     "Wohnen noch teurer.“", "Wohnen noch teurer", "Karl Brenner"),
    ("Das neue Angebot der Stadt lehnt der Bürgermeister jedoch ab: „Wir brauchen eine Lösung für alle Vereine.“",
     "Lösung für", "Bürgermeister"),
    # where the articles tell no case apart, or "der" is a dative, the first phrase stays the subject
    ("Die Opposition kritisierte die Ministerin scharf: „Sie hat den Landtag getäuscht.“", "Landtag getäuscht",
     "Opposition"),
    ("Die Grünen kritisierten die Landesregierung: „Sie tut zu wenig für den Klimaschutz.“", "Klimaschutz", "Grünen"),
    ("Die Initiative sagte der Zeitung, sie werde gegen den Bebauungsplan klagen.", "Bebauungsplan", "Initiative"),
    # a person fronted is the subject, and so is whatever opens with a nominative article
    ("Der Fahrgastverband kritisierte die Bahn scharf: „Die Verspätungen sind nicht mehr hinnehmbar.“",
     "Verspätungen", "Fahrgastverband"),
    ("Die Ministerin kritisierte am Montag den Verband: „So geht das nicht weiter.“", "So geht das", "Ministerin"),
    # a dative fronted before the verb is who was told: the speaker follows the verb
    ("Der Rheinischen Post sagte Landrat Jens Hoff, der Kreis werde klagen.", "Kreis werde klagen", "Jens Hoff"),
    ("Der Zeitung sagte die Bürgermeisterin: „Wir halten an dem Plan fest.“", "halten an dem Plan", "Bürgermeisterin"),
    ("Der Landrat sagte der Zeitung, der Kreis werde klagen.", "Kreis werde klagen", "Landrat"),
]


@pytest.mark.parametrize("text,words,who", FRONTED)
def test_ein_vorangestelltes_objekt_spricht_nicht(text, words, who):
    assert speaker(find(quotes(text, "de"), words)) == who


def test_ein_teilzitat_in_indirekter_rede_gehoert_dem_sprecher_nicht_dem_satzgegenstand():
    # (a body's report: the partial quote is the body's, not the thing the clause is about)
    text = "Die Stadtverwaltung begründete dies damit, dass die Finanzierung des Projekts „völlig ungeklärt“ sei."
    assert speaker(find(quotes(text, "de"), "völlig ungeklärt")) == "Stadtverwaltung"


def test_ein_name_in_anfuehrungszeichen_vor_dass_ist_kein_zitat():
    # the addressee or a source's title in marks, with its article, before the reported clause
    qs = quotes("Die Senatorin sagte der „Hamburger Morgenpost“, dass die Schwimmbäder im Sommer öffnen sollen.", "de")
    assert [(q.text, speaker(q)) for q in qs] == [("dass die Schwimmbäder im Sommer öffnen sollen", "Senatorin")]
    q = find(quotes("Am Morgen berichtete die Online-Ausgabe des „Kurier“, dass der Vertrag bereits unterschrieben "
                    "sei.", "de"), "Vertrag bereits")
    assert q.text.startswith("dass der Vertrag")
    # a word in marks as the object of a cue is what was said, and its "dass" clause no report
    qs = quotes("Die Bürgermeisterin kritisierte den „Kahlschlag“, dass die Schulen im Winter schließen sollen.", "de")
    assert find(qs, "Kahlschlag").kind == "direct" and none_with(qs, "dass die Schulen")


def test_wurde_bekannt_dass_ist_ein_bericht_ohne_sprecher():
    # an impersonal report: the clause after "dass" is reported speech with no speaker
    q = find(quotes("Im Herbst wurde bekannt, dass die Molkerei an einen Konkurrenten verkauft werden soll.", "de"),
                    "Molkerei")
    assert q.kind == "indirect" and q.text.startswith("dass die Molkerei") and q.speaker is None
    # once, though two cue phrases share the clause; and not what someone is known for
    assert len(quotes("Am Montag wurde bekannt gegeben, dass das Freibad schließt.", "de")) == 1
    assert quotes("Der Wirt ist dafür bekannt geworden, dass er nie vor Mitternacht schließt.", "de") == []
    # only a "dass" clause: becoming known for something reports nothing
    assert quotes("Der Fall wurde bekannt, weil sich das Opfer einer Lehrerin anvertraute.", "de") == []
    assert quotes("Der Pfarrer war durch Predigten bekannt geworden, die weit über das Dorf hinaus Aufsehen "
                  "erregten.", "de") == []
    for written in ("bekanntgegeben", "bekannt gegeben"):
        q = find(quotes("Der Verband hat am Montag " + written + ", dass die Saison verlängert wird.", "de"), "Saison")
        assert speaker(q) == "Verband"


def test_konjunktiv_eins_setzt_die_indirekte_rede_fort():
    # the subjunctive of common verbs carries the last speaker's reported speech on
    qs = quotes("„Wir tun alles, was wir können“, sagte der Einsatzleiter Jan Ohm. Der Junge befinde sich "
                "vermutlich noch im Wald.", "de")
    assert speaker(find(qs, "Der Junge befinde")) == "Jan Ohm"
    # not the first person's indicative, nor a noun
    qs = quotes("Der Trainer sagte, die Mannschaft sei müde. Ich finde, sie hat trotzdem gut gespielt. Die Plane "
                "über der Tribüne riss im Sturm.", "de")
    assert none_with(qs, "Ich finde") and none_with(qs, "Plane")
    qs = quotes("Der Trainer sagte, die Mannschaft sei müde. Das sehe ich anders.", "de")
    assert none_with(qs, "Das sehe ich")
    # "vermelden" reports
    qs = quotes("Nach der Sitzung hatte die Kämmerin viel Positives zu vermelden. Erstmals seit Jahren sei der "
                "Haushalt ausgeglichen.", "de")
    assert speaker(find(qs, "Haushalt ausgeglichen")) == "Kämmerin"


CLAIMS = [
    # the noun's genitive claims it, not the one rejecting it
    ("Der Richter wies den Vorwurf der Verteidigung zurück, das Gericht sei befangen.", "befangen", "Verteidigung"),
    # with no genitive: the subject of a verb that holds the noun, else the noun itself
    ("Der Anwalt Bruce Kahn vertritt die Ansicht, sein Mandant habe nichts gewusst.", "Mandant", "Bruce Kahn"),
    ("Mehrere Anfragen an den Betreiber, die Seite zu sperren, blieben unbeantwortet.", "sperren", "Anfragen"),
    # the genitive of an offence claims nothing
    ("Die Fraktion erhebt den Vorwurf der Untreue, der Landrat habe Gelder verschoben.", "Gelder verschoben",
     "Fraktion"),
    # what a verb of denial rejects is the noun's, not the denier's words
    ("Der Verein wies den Vorwurf zurück, er habe Zuschüsse zweckentfremdet.", "Zuschüsse", "Vorwurf"),
]


@pytest.mark.parametrize("text,words,who", CLAIMS)
def test_wer_einen_vorwurf_oder_eine_forderung_erhebt(text, words, who):
    assert speaker(find(quotes(text, "de"), words)) == who


def test_der_satz_nach_einem_vorwurf_oder_einer_forderung_ist_indirekte_rede():
    # the clause after a noun of a claim or demand and a comma, in the subjunctive or an infinitive with "zu"
    q = find(quotes("Die Forderung der Gewerkschaft, die Löhne um fünf Prozent zu erhöhen, lehnte der Vorstand ab.",
                    "de"), "Löhne")
    assert q.kind == "indirect" and q.text == "die Löhne um fünf Prozent zu erhöhen" and speaker(q) == "Gewerkschaft"
    # a verb that rejects or checks the noun does not make its subject the claimant
    q = find(quotes("Der Vorstand lehnte die Forderung ab, die Prämien zu verdoppeln.", "de"), "Prämien")
    assert speaker(q) != "Vorstand"
    # no claim: a clause of purpose or manner, an apposition, "nach" before a noun phrase
    assert quotes("Die Gemeinde hat einen Plan, um den Durchgangsverkehr zu verringern.", "de") == []
    assert quotes("Die Forderung der Schüler, mehr Geld für Auszubildende, fand Gehör.", "de") == []
    assert quotes("Die Forderung nach kürzeren Wartezeiten wird lauter.", "de") == []
    assert quotes("Die Erklärung nach der Sitzung des Stadtrats blieb vage.", "de") == []
    assert quotes("Die Gemeinde prüft den Plan, weil die Baukosten gestiegen seien.", "de") == []
    # the mention is the noun, not a verb the chunker took for its modifier
    q = find(quotes("Es gibt Pläne, den alten Wasserturm abzureißen.", "de"), "Wasserturm")
    assert q.speaker.text == "Pläne"
    # a relative clause after the noun is no claim
    assert quotes("Der Vorschlag, den der Rat im Mai machte, fand keine Mehrheit.", "de") == []
    assert quotes("Der Plan, der im Rathaus vorgestellt wurde, sieht eine neue Brücke vor.", "de") == []


def test_object_pronouns_are_no_speakers_but_can_be_sources():
    # the accused is no speaker: the prosecutors named before are
    text = ("Die Staatsanwaltschaft Trier hat Anklage gegen einen Bauunternehmer erhoben: Ihm wird vorgeworfen, "
            "Rechnungen gefälscht zu haben.")
    q = find(quotes(text, "de"), "Rechnungen gefälscht")
    assert q.speaker is not None and q.speaker.text == "Die Staatsanwaltschaft Trier"
    # "Ihm zufolge" is the person named before
    text = "Der Arzt Hans Weber untersuchte die Proben. Ihm zufolge sind die Werte normal."
    q = find(quotes(text, "de"), "die Werte normal")
    assert q.speaker.text == "Ihm" and speaker(q) == "Hans Weber"


def test_nach_is_a_source_only_before_a_noun_of_saying_a_body_or_a_role():
    # "nach den Gruppenspielen" is a time, no source
    text = ("Nach den Gruppenspielen, in denen die Mannschaft schwach war, sollte die Abwehr „heute hellwach "
            "sein“, sagte Trainer Jonas Beck.")
    q = find(quotes(text, "de"), "hellwach")
    assert speaker(q) == "Jonas Beck"
    text = "Die Fähre lag im Hafen. Nach dem Ende der Kontrolle durften die Passagiere wieder an Bord."
    assert quotes(text, "de") == []
    # a projection or a statistic is a source
    q = find(quotes("Nach einer Hochrechnung des Senders entfallen auf die Partei 41 Prozent der Stimmen.", "de"),
             "41 Prozent")
    assert q.speaker is not None and "Hochrechnung" in q.speaker.text


def test_an_opening_pronoun_source_relays_the_subject_after_it():
    text = "Der Minister Hans Weber war da. Ihm zufolge hat der Bürgermeister gesagt, die Straße werde gesperrt."
    q = find(quotes(text, "de"), "die Straße werde gesperrt")
    assert q.text == "die Straße werde gesperrt" and speaker(q) == "Bürgermeister" and q.via.text == "Ihm"


def test_an_agent_opening_an_impersonal_report_is_its_speaker():
    q = find(quotes("Vom Verkehrsministerium hieß es, die Brücke bleibe bis Juni gesperrt.", "de"), "die Brücke")
    assert speaker(q) == "Verkehrsministerium"
    q = find(quotes("Damals hieß es, die Brücke bleibe bis Juni gesperrt.", "de"), "die Brücke")
    assert q.speaker is None


def test_names_written_in_lower_case_speak():
    q = find(quotes("Die dpa berichtete, der Zugriff auf die Daten sei längst üblich.", "de"), "der Zugriff")
    assert speaker(q) == "dpa"
    q = find(quotes("Die taz vermutet, dass der Zugriff auf die Daten längst üblich ist.", "de"), "der Zugriff")
    assert speaker(q) == "taz" and q.speaker.speaker.kind == "organization"


def test_heissen_reports_only_with_es_and_a_dateline_is_no_subject():
    # "hieß" with a subject of its own names
    assert quotes("Der Mann, der am Tor stand, hieß Jonas.", "de") == []
    # an agent that cannot speak is none ("Vom Hörensagen"); a relative clause keeps its antecedent
    q = find(quotes("Vom Hörensagen hieß es, der Chef sei krank.", "de"), "der Chef sei krank")
    assert q.speaker is None
    q = find(quotes("Er zitierte Zeitungen, in denen es über den Streik auch heißt, dass die Gewerkschaft "
                    "schwach sei.", "de"), "die Gewerkschaft schwach")
    assert speaker(q) == "Zeitungen"
    # a wire story's dateline is a sentence of its own
    q = find(quotes("Berlin (dpa) - Der Kanzler hat am Montag gesagt, die Regeln seien nötig.", "de"), "die Regeln")
    assert speaker(q) == "Kanzler"


def test_a_body_named_only_by_its_noun_is_marked_unnamed():
    q = find(quotes("Die Organisation teilte mit, die Lage sei ernst.", "de"), "die Lage")
    assert q.speaker.speaker.name == "Organisation" and not q.speaker.speaker.named
    q = find(quotes("Die Organisation Greenpeace teilte mit, die Lage sei ernst.", "de"), "die Lage")
    assert q.speaker.speaker.named


def test_chants_frame_quotations_only():
    qs = quotes("„Wir bleiben hier!“, skandierten die Demonstranten vor dem Rathaus. Der Mann schrie um Hilfe.",
                "de")
    assert find(qs, "Wir bleiben hier").speaker.text == "die Demonstranten"
    assert none_with(qs, "um Hilfe")


def test_a_title_word_without_a_name_after_it_is_a_noun():
    q = find(quotes("Seine Frau, Petra Keller, sagte der Zeitung, die Familie sei schockiert.", "de"), "Familie")
    assert q.text == "die Familie sei schockiert" and speaker(q) == "Petra Keller"


def test_a_titled_name_in_an_apposition_after_a_kinship_noun_is_the_speaker():
    qs = quotes("Der Streit geht weiter.\n\nSein Vater, Herr Brandt, sagte, die Familie sei erleichtert.", "de")
    assert speaker(find(qs, "die Familie sei erleichtert")) == "Brandt"


def test_ones_own_account_opening_the_sentence_is_the_subjects_after_the_verb():
    text = ("Besuch in Peking.\n\nDer Direktor Hans Ebert ist in Peking eingetroffen. Nach eigener Aussage möchte er "
            "die Verantwortlichen kennenlernen.")
    q = find(quotes(text, "de"), "die Verantwortlichen kennenlernen")
    assert speaker(q) == "Hans Ebert"


def test_a_capitalised_adjective_opening_the_sentence_before_a_noun_of_saying_is_no_name():
    text = ("Brand in Kiel.\n\nOffiziellen Angaben zufolge starben zwei Menschen. Ersten Berichten zufolge brannte "
            "das Haus bis in die Nacht.")
    qs = quotes(text, "de")
    for words, source in (("starben zwei Menschen", "Offiziellen Angaben"), ("brannte das Haus", "Ersten Berichten")):
        q = find(qs, words)
        assert speaker(q) == source and not q.speaker.speaker.named


def test_a_comma_and_the_next_cue_are_no_clause_of_a_cue_in_a_relative_clause():
    text = ("Sturm im Norden.\n\nJan Kurz vom Wetterdienst, der die Stärke des Sturms zunächst mit 9 angegeben "
            "hatte, sagte, dass mit solchen Stürmen alle zehn Jahre zu rechnen sei.")
    q = find(quotes(text, "de"), "alle zehn Jahre")
    assert speaker(q) == "Jan Kurz" and q.text.startswith("dass")


def test_a_relative_clause_after_the_subject_is_no_inserted_frame():
    text = "Streik im Hafen.\n\nDie Gewerkschaft, die die Pläne kritisiert hatte, sagte, der Streik gehe weiter."
    q = find(quotes(text, "de"), "der Streik gehe weiter")
    assert q.text == "der Streik gehe weiter" and speaker(q) == "Gewerkschaft"


def test_a_foreign_name_in_marks_is_no_quote_but_a_german_phrase_may_be():
    text = ("Wahl in Paris.\n\nDie Partei „Rassemblement pour la Nation Libre“ gewann die Wahl im Bezirk. Der Spieler "
            "wurde zum „Player of the Season“ gewählt. Die Opposition sprach von einem „Angriff auf die Pressefreiheit“ "
            "der Bürger, sagte ihr Sprecher.")
    qs = quotes(text, "de")
    assert none_with(qs, "Rassemblement pour la") and none_with(qs, "Player of the Season")
    assert find(qs, "Angriff auf die Pressefreiheit")
    qs = quotes("Wahl in Paris.\n\nDie Demonstranten riefen „Hasta la Victoria Siempre“ vor dem Rathaus.", "de")
    assert speaker(find(qs, "Hasta la Victoria")) == "Demonstranten"  # a chant after its cue stays speech


def test_a_closing_so_source_is_no_clause_of_the_cue_before_it():
    q = find(quotes("Hilfe für Kiel.\n\nSie haben auch Hilfe vom Land beantragt, so der Stadtrat.", "de"), "Hilfe vom Land")
    assert q.text == "Sie haben auch Hilfe vom Land beantragt" and q.speaker.text == "der Stadtrat"
    q = find(quotes("Hilfe für Kiel.\n\nDer Minister sagte, so könne es nicht weitergehen.", "de"), "weitergehen")
    assert q.text == "so könne es nicht weitergehen"  # an adverb, no source
    text = ("Hilfe für Kiel.\n\nDie Ministerin sagte, nach der Wahl werde sie über ihre Zukunft entscheiden. Die "
            "Gewerkschaft hat die Pläne kritisiert, so ihr Präsident Marc Wagner.")
    qs = quotes(text, "de")
    assert find(qs, "nach der Wahl").text == "nach der Wahl werde sie über ihre Zukunft entscheiden"
    assert speaker(find(qs, "die Pläne kritisiert")) == "Marc Wagner"  # a named person, not the union


def test_a_quotation_right_before_a_source_phrase_does_not_break_the_extractor():
    # a name in marks, then "Angaben zufolge": the source phrase's first word sits inside the quotation
    for text in ("“ Mouvement ” Angaben zufolge", "Meldung.\n\n“ Mouvement ” Angaben zufolge sind alle da."):
        qs = quotes(text, "de")
        assert all(0 <= q.start < q.end <= len(text) for q in qs)


def test_a_clause_with_wo_after_the_frame_is_no_frame():
    text = ("Schulen.\n\n„Unsere Schulen sind in Gefahr“, sagte Bürgermeister Paul Grimm in Köln, wo auch "
            "Ministerin Anne Vogt sprach.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "Unsere Schulen")) == "Paul Grimm"
    assert not [q for q in qs if speaker(q) == "Anne Vogt"]


def test_a_possessive_opening_a_source_phrase_points_back_to_the_person_before():
    text = ("Prozess.\n\nDie Anwältin Petra Lenz sprach am Montag mit Reportern. Nach ihren Informationen lebe "
            "der Mann seit Jahren in Belgien. Ihr Mandant habe fest damit gerechnet, dass die Polizei eingreife.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "seit Jahren in Belgien")) == "Petra Lenz"  # never a person called "Informationen"
    assert not [q for q in qs if speaker(q) in ("Informationen", "Angaben")]


def test_a_noun_before_von_and_a_full_name_is_no_name_particle():
    # "Zitat von X", "Amtsantritt von Vorname Name": the person is X, and the canonical name stays X
    text = ("Wahlabend.\n\nKanzler Gerd Brandt erklärte, die Partei habe gut gekämpft. Zitat von Brandt: „Das Ergebnis übertrifft "
            "alle Erwartungen unserer Partei.“ Nach dem Amtsantritt von Anna Wendt sagte Brandt, er sei "
            "zufrieden. Ursula von der Heide sagte, sie gratuliere dem Sieger. Thomas von Hagen sagte, das Team sei bereit. "
            "Anna Wendt sagte später, sie freue sich auf die Arbeit.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "freue sich auf die Arbeit")) == "Anna Wendt"  # not "Amtsantritt von Anna Wendt"
    assert speaker(find(qs, "übertrifft alle Erwartungen")) == "Gerd Brandt"
    assert speaker(find(qs, "er sei zufrieden")) == "Gerd Brandt"
    assert speaker(find(qs, "sie gratuliere dem Sieger")) == "Ursula von der Heide"
    assert speaker(find(qs, "das Team sei bereit")) == "Thomas von Hagen"


def test_an_apposition_after_a_noun_of_saying_and_its_person():
    text = ("Werk.\n\nNach Angaben von Karl Berg, einem Manager der Firma, wurde die Anlage geschlossen. Dem "
            "entgegen steht die Aussage von Jonas Feld, Sprecher der Landes-Linken, der erklärte, man solle mit dem "
            "Feiern noch warten.")
    qs = quotes(text, "de")
    q = find(qs, "die Anlage geschlossen")
    assert q.text == "wurde die Anlage geschlossen" and speaker(q) == "Karl Berg"
    assert speaker(find(qs, "Feiern noch warten")) == "Jonas Feld"


def test_a_quotation_after_sogenannt_is_no_quote():
    qs = quotes("Einsatz.\n\nDie Polizei startete die sogenannte „Aktion Sauberkeit“ am Montag, sagte ein Sprecher.",
                "de")
    assert not [q for q in qs if q.kind == "direct"]
    text = "Einsatz.\n\nDie Polizei startete die sogenannte „Aktion für saubere Straßen in der Stadt“ am Montag."
    assert none_with(quotes(text, "de"), "saubere Straßen")  # a name, not the police's words


def test_a_role_noun_finds_a_person_introduced_in_a_sentence_without_a_cue():
    text = ("Klinik.\n\nGesundheitsministerin Karin Seidl besuchte am Montag das Klinikum Nord. „Die Pflegekräfte "
            "leisten Großartiges“, sagte die Ministerin. Klinikchef Peter Lorenz forderte mehr Geld vom Land.")
    assert speaker(find(quotes(text, "de"), "Pflegekräfte leisten")) == "Karin Seidl"


def test_wollte_wissen_frames_a_question():
    text = ("Rathaus.\n\n„Warum wurden wir nicht gefragt?“, wollte Anwohnerin Erika Lenz wissen. Die Bürger wissen, "
            "dass die Stadt kein Geld hat.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "nicht gefragt")) == "Erika Lenz"
    assert none_with(qs, "kein Geld hat")  # "wissen" frames quotations only


def test_more_role_nouns_stay_out_of_the_name():
    text = ("Film.\n\nRegisseurin Mira Haas sagte, der Film sei fertig. Gewerkschafter Tim Ruhl sagte, der Streik "
            "gehe weiter. Der Vorstandsvorsitzende Uwe Falk sagte, man werde verhandeln.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "der Film sei fertig")) == "Mira Haas"
    assert speaker(find(qs, "der Streik gehe weiter")) == "Tim Ruhl"
    assert speaker(find(qs, "man werde verhandeln")) == "Uwe Falk"


def test_das_unternehmen_is_the_business_last_named():
    text = ("Stellenabbau.\n\nDer Autozulieferer Brenntal AG will bis 2026 rund 1200 Stellen abbauen. Das teilte das "
            "Unternehmen am Donnerstag in Stuttgart mit.\n\nDas Lager in Kiel betreibt die Firma Orvata seit 2019. Die "
            "Firma hält die Kritik für unfair: „Wir haben alle Regeln eingehalten.“")
    qs = quotes(text, "de")
    assert speaker(find(qs, "1200 Stellen abbauen")) == "Brenntal AG"
    assert speaker(find(qs, "alle Regeln eingehalten")) == "Orvata"


def test_a_possessive_source_with_a_gender_skips_people_of_the_other():
    text = ("Bau.\n\nBürgermeisterin Eva Maier traf sich mit dem Bauunternehmer Klaus Berg. Nach seinen Angaben "
            "beginnen die Arbeiten im Mai mit dem Abriss.")
    assert speaker(find(quotes(text, "de"), "beginnen die Arbeiten")) != "Eva Maier"


def test_a_role_with_its_own_modifier_is_not_the_person_introduced_before():
    text = ("Treffen.\n\nGesundheitsministerin Karin Seidl traf am Montag ihre Amtskollegin aus Hessen, Eva Maier. "
            "„Wir arbeiten eng zusammen“, sagte die hessische Ministerin.")
    assert speaker(find(quotes(text, "de"), "eng zusammen")) != "Karin Seidl"


def test_ihren_angaben_points_only_to_a_woman_never_to_a_man_or_a_group():
    text = ("Unfall.\n\nDie Polizei war mit einem Großaufgebot vor Ort. Einsatzleiter Jan Roth sprach mit Anwohnern.\n\n"
            "Nach ihren Angaben wurde niemand verletzt.")
    assert speaker(find(quotes(text, "de"), "niemand verletzt")) != "Jan Roth"


def test_das_unternehmen_is_no_union_named_in_between():
    text = ("Flug.\n\nDie Fluggesellschaft Alpenair hat 60 Flüge gestrichen. Die Gewerkschaft Verdi sprach von einem "
            "Erfolg des Streiks.\n\nDas Unternehmen erklärte, man bedaure die Ausfälle.")
    assert speaker(find(quotes(text, "de"), "bedaure die Ausfälle")) == "Alpenair"


def test_ihren_angaben_after_a_woman_named_with_her_role():
    text = ("Pflege.\n\n„Wir sind erschöpft“, sagte die Pflegerin Marie Lang. Nach ihren Angaben fehlen auf der "
            "Station zehn Stellen.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "zehn Stellen")) == "Marie Lang"
    assert speaker(find(qs, "erschöpft")) == "Marie Lang"  # the role stays out of the name


def test_ein_nachname_findet_den_vollen_namen_aus_einem_satz_ohne_verb_des_sagens():
    text = ("Hafen.\n\nDer Unternehmer Jens Albrecht übernimmt die Werft. Albrecht sagte, die Arbeitsplätze seien "
            "sicher.")
    assert speaker(find(quotes(text, "de"), "Arbeitsplätze seien sicher")) == "Jens Albrecht"


def test_ein_unpersoenliches_wie_es_hiess():
    text = ("Werft.\n\nDie Werft hat keine Aufträge mehr. Wie es hieß, sieht der Vorstand die Zukunft des Standorts "
            "gefährdet.")
    q = find(quotes(text, "de"), "Zukunft des Standorts")
    assert q.speaker is None or q.speaker.speaker is None


def test_ein_interview_mit_frage_und_antwort():
    text = ("„Wir brauchen mehr Lehrer“\n\nKultusminister Bernd Kranich im Gespräch über den Lehrermangel.\n\nFrage: "
            "Herr Kranich, was tun Sie gegen den Unterrichtsausfall?\n\nKranich: Wir stellen 1200 Lehrkräfte ein.\n\n"
            "Frage: Reicht das?\n\nKranich: Nein, aber es ist ein Anfang.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "1200 Lehrkräfte")) == "Bernd Kranich"
    assert speaker(find(qs, "ein Anfang")) == "Bernd Kranich"
    assert none_with(qs, "Reicht das")
    # Sachgebiete vor einem Doppelpunkt sind keine Sprecher
    text = "Wahlprogramm\n\nDie Partei hat ihr Programm vorgestellt.\n\nBildung: Mehr Geld für Schulen.\n\nVerkehr: Mehr Busse."
    assert quotes(text, "de") == []


def test_eine_rolle_nach_einem_invertierten_verb_findet_die_person_trotz_ortsangabe():
    text = ("Reise\n\nBundeskanzler Martin Vogt ist überraschend nach Kiew gereist. „Wir stehen an der Seite der "
            "Ukraine“, sagte der Kanzler bei seiner Ankunft.")
    assert speaker(find(quotes(text, "de"), "an der Seite")) == "Martin Vogt"


def test_eine_behoerde_und_ihr_ort_sind_ein_name():
    text = "Festnahme\n\nWie die Staatsanwaltschaft Bochum mitteilte, wurde ein 24-jähriger Mann festgenommen."
    assert speaker(find(quotes(text, "de"), "festgenommen")) == "Staatsanwaltschaft Bochum"
    text = "Flucht\n\nDie Nachrichtenagentur AFP meldete, der Täter sei geflohen."
    assert speaker(find(quotes(text, "de"), "geflohen")) == "AFP"


def test_die_beiden_politiker_sind_keine_einzelne_person():
    text = ("Gesetz\n\nDer Politiker Jonas Bühl sprach mit Max Reiter. „Das Gesetz schadet dem Mittelstand“, sagten "
            "die beiden Politiker.")
    q = find(quotes(text, "de"), "Mittelstand")
    assert speaker(q) not in ("Max Reiter", "Jonas Bühl")


def test_der_kaemmerer_ist_eine_rolle():
    q = find(quotes("Kita\n\n„Wir haben keine andere Wahl“, so Kämmerer Dieter Lenz.", "de"), "andere Wahl")
    assert speaker(q) == "Dieter Lenz"


def test_ein_pronomen_nach_zwei_verbundenen_subjekten_findet_das_passende_geschlecht():
    for first, second in (("Vereinspräsident Dirk Wendt", "Oberbürgermeisterin Sonja Kranz"),
                          ("Oberbürgermeisterin Sonja Kranz", "Vereinspräsident Dirk Wendt")):
        text = ("Stadion\n\n" + first + " und " + second + " trafen sich am Montag. Nach dem Treffen sagte er, man "
                "sei sich nähergekommen.")
        assert speaker(find(quotes(text, "de"), "nähergekommen")) == "Dirk Wendt"


def test_unsere_informationen_sind_die_der_redaktion():
    text = "Exklusiv\n\nNach unseren Informationen will der Intendant Peter Rothe zurücktreten."
    q = find(quotes(text, "de"), "zurücktreten")
    assert speaker(q) is None


def test_ein_satz_im_konjunktiv_ist_kein_nachgestellter_rahmen():
    text = "Schule\n\nAuf die Frage antwortete Schulrätin Eva Mölders, darüber sei noch nicht entschieden."
    q = find(quotes(text, "de"), "nicht entschieden")
    assert q.text == "darüber sei noch nicht entschieden" and speaker(q) == "Eva Mölders"


def test_der_kanzler_ist_nicht_der_vizekanzler():
    text = ("Gipfel\n\nBundeskanzler Martin Vogt und Vizekanzler Ralf Ebert reisten zum Gipfel. „Wir sind gut "
            "vorbereitet“, sagte der Kanzler bei seiner Ankunft.")
    assert speaker(find(quotes(text, "de"), "gut vorbereitet")) == "Martin Vogt"


def test_sie_mit_einem_verb_im_singular_ist_eine_frau():
    text = ("Pflege\n\nGesundheitsministerin Eva Rothe und Staatssekretär Lukas Heimann besuchten die Klinik. „Die "
            "Pflege braucht mehr Geld“, sagte sie bei ihrem Rundgang.")
    assert speaker(find(quotes(text, "de"), "mehr Geld")) == "Eva Rothe"
    text = ("Stadion\n\nOberbürgermeisterin Sonja Kranz und Vereinspräsident Dirk Wendt trafen sich. „Wir haben eine "
            "Lösung“, sagte er. Sie sagte, die Stadt werde das Stadion nicht verkaufen.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "eine Lösung")) == "Dirk Wendt"
    assert speaker(find(qs, "nicht verkaufen")) == "Sonja Kranz"


def test_ein_preis_am_absatzanfang_ist_keine_uhrzeit_und_eine_firma_kein_er():
    text = "Preise\n\n12.50 Euro zahlen die Kunden jetzt für das Ticket, sagte der Sprecher."
    assert find(quotes(text, "de"), "zahlen die Kunden").text.startswith("12.50 Euro")
    text = ("Stadion\n\nOberbürgermeisterin Sonja Kraft und Brenntal Logistik trafen sich. Nach dem Treffen sagte er, man "
            "sei sich nähergekommen.")
    assert speaker(find(quotes(text, "de"), "nähergekommen")) != "Brenntal Logistik"


def test_sie_nach_einer_behoerde_als_subjekt_ist_die_behoerde():
    """A body of the pronoun's grammatical gender as the subject just before is what "sie" or "er" means, not the
    last woman or man named; a woman named after the body takes "sie" back."""
    text = ("Brücke\n\nBürgermeisterin Anna Berg eröffnete am Montag die neue Brücke. Die Polizei sperrte sie am "
            "Abend für mehrere Stunden. Sie teilte am Dienstag mit, der Fahrer eines Lastwagens sei geflüchtet.")
    q = find(quotes(text, "de"), "sei geflüchtet")
    assert q.speaker.text == "Sie" and speaker(q) == "Polizei"
    text = ("Tarif\n\nArbeitsministerin Karin Lenz lobte die Einigung. „Das reicht nicht“, teilte die Gewerkschaft "
            "Verdi mit. Sie kündigte an, dass sie weiter streiken werde.")
    assert speaker(find(quotes(text, "de"), "weiter streiken")) == "Verdi"
    text = ("Brot\n\nLandrätin Eva Kühn besuchte eine Backstube. Der Verband der Bäcker kritisiert die Pläne. Er "
            "warnte, dass viele Betriebe schließen müssten.")
    assert speaker(find(quotes(text, "de"), "viele Betriebe")) == "Verband der Bäcker"
    text = ("Stellen\n\nDer Autozulieferer Brenntec streicht in Wallhausen 300 Stellen. Er erklärte, die Nachfrage sei "
            "eingebrochen.")
    assert speaker(find(quotes(text, "de"), "Nachfrage")) == "Brenntec"  # (a body by its description)
    text = ("Rechte\n\nDie Regierung will eine neue Verfassung. Rita Hamdi von der Menschenrechtsliga sagte dazu: „Wir "
            "kämpfen weiter“, betont sie. Sie sagte, die Frauen würden nicht aufgeben.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "kämpfen weiter")) == "Rita Hamdi"
    assert speaker(find(qs, "nicht aufgeben")) == "Rita Hamdi"
    # the sentence before speaks of someone else: the woman arrested, not the police
    text = ("Diebstahl\n\nDie Polizei hat in Kessel eine 34-jährige Frau festgenommen. Sie gab an, sie habe vergessen zu "
            "bezahlen.")
    assert speaker(find(quotes(text, "de"), "vergessen zu bezahlen")) != "Polizei"
    text = "Unfall\n\nDie Polizei befragte eine Zeugin des Unfalls. Sie sagte, der Lastwagen sei bei Rot gefahren."
    assert speaker(find(quotes(text, "de"), "bei Rot")) != "Polizei"
    # reports are no "sie" ("Berichte, wonach …"), and a clinic named in them is a body
    text = ("Klinik\n\nDie Landesregierung wies Berichte zurück, wonach das Klinikum Oberau geschlossen werden soll. "
            "Sie erklärte, das Haus bleibe offen.")
    assert speaker(find(quotes(text, "de"), "bleibe offen")) == "Landesregierung"


def test_sie_mit_einem_verb_im_plural_ist_keine_einzelne_frau():
    text = ("Wasser\n\nLandrätin Maria Vogt informierte am Morgen über die Lage. Die Behörden hoben die Warnung am "
            "Mittag auf. Sie teilten mit, das Leitungswasser könne wieder getrunken werden.")
    q = find(quotes(text, "de"), "Leitungswasser")
    assert q.speaker.text == "Sie" and speaker(q) != "Maria Vogt"


def test_ein_satz_von_berichten_ist_nicht_die_aussage_dessen_der_sie_dementiert():
    text = "Rücktritt\n\nDer Minister dementierte am Montag Berichte, dass er zurücktreten wolle."
    q = find(quotes(text, "de"), "zurücktreten wolle")
    assert q.text == "Berichte, dass er zurücktreten wolle" and q.speaker.text == "Der Minister"
    text = ("Proteste\n\nBürgermeisterin Eva Roth sprach am Abend. Die Studenten forderten eine Umkehr. Sie forderten, "
            "dass die Presse frei sein müsse.")
    q = find(quotes(text, "de"), "Presse frei")
    assert q.speaker.text == "Sie" and speaker(q) == "Studenten"
    text = ("Streik\n\nDie Klinikärzte in Niedersachsen legen am Montag die Arbeit nieder. Sie erklärten, die Belastung "
            "sei zu hoch.")
    assert speaker(find(quotes(text, "de"), "Belastung")) == "Klinikärzte"


def test_die_buergermeisterin_von_ort_heisst_nicht_wie_der_ort():
    text = ("Brücke\n\nDie Bürgermeisterin von Lunden, Anna Roth, eröffnete die Brücke. Sie sagte, die Brücke entlaste "
            "die Innenstadt.")
    assert speaker(find(quotes(text, "de"), "entlaste")) == "Anna Roth"
    text = ("Brücke\n\nDie Bürgermeisterin von Lunden eröffnete am Dienstag die neue Brücke. Sie sagte, die Brücke "
            "entlaste die Innenstadt.")
    assert speaker(find(quotes(text, "de"), "entlaste")) == "Bürgermeisterin von Lunden"


def test_ein_unbekanntes_nomen_vor_vor_und_nachname_beschreibt_die_person():
    """A capitalised noun the role lexicon does not know, right before a first name and a surname, describes the
    person: it is no part of the name, and it does not hide her gender."""
    text = ("Unwetter\n\nMeteorologin Anna Franke sagte, erst ab Montag werde es besser. Ministerpräsident Klaus Werner "
            "besuchte am Nachmittag das Krisengebiet. Das Land werde helfen, sagte er.")
    qs = quotes(text, "de")
    q = find(qs, "ab Montag")
    assert speaker(q) == "Anna Franke" and q.speaker.speaker.descriptions == ["Meteorologin"]
    assert speaker(find(qs, "Das Land werde helfen")) == "Klaus Werner"
    text = "Regierung\n\nJan Peter Balkenende sagte, er werde zurücktreten."
    assert speaker(find(quotes(text, "de"), "zurücktreten")) == "Jan Peter Balkenende"


def test_ein_nachname_allein_als_subjekt_eines_satzes_ohne_zitat():
    text = ("Flut\n\nInnenminister Markus Feldhaus besuchte das Flutgebiet, begleitet von Landrat Jürgen Pfeiffer. „Der "
            "Wiederaufbau muss schneller gehen“, sagte Feldhaus. Pfeiffer forderte mehr Geld vom Bund. Er sagte, die "
            "Gemeinden könnten die Lasten nicht allein tragen.")
    assert speaker(find(quotes(text, "de"), "Lasten")) == "Jürgen Pfeiffer"


def test_die_22_jaehrige_ist_die_person_davor_und_kein_name():
    text = ("Gold\n\nSkispringerin Lena Hofer aus Oberstdorf hat Gold gewonnen. „Das ist der schönste Tag meiner "
            "Karriere“, sagte die 22-Jährige.")
    q = find(quotes(text, "de"), "schönste Tag")
    assert q.speaker.text == "die 22-Jährige" and speaker(q) == "Lena Hofer"
    text = "Prozess\n\nEin 34-Jähriger sagte vor Gericht, er bereue nichts."
    q = find(quotes(text, "de"), "bereue nichts")
    assert not q.speaker.speaker.named  # (someone new, and no name shared by every article)


def test_a_subject_before_its_relative_clause_and_never_the_object_after_the_cue():
    text = ("Streit um Studie\n\nDie Studie der Stiftung sorgte für Kritik. Jens Albers, der bei der Stiftung die "
            "Abteilung Gesundheit leitet, wies die Kritik zurück. Bei knappen Budgets sei die Untersuchung "
            "notwendig gewesen.")
    assert speaker(find(quotes(text, "de"), "knappen Budgets")) == "Jens Albers"


def test_a_noun_of_saying_without_a_holder_is_no_person():
    # the content is the claim's, whoever made it; "Vorwurf" is no person who speaks in other articles too
    text = "Kritik\n\nLena Vogt wies den Vorwurf zurück, die Behörde habe Akten vernichtet."
    q = find(quotes(text, "de"), "Akten vernichtet")
    assert q.speaker.speaker.kind != "person" and not q.speaker.speaker.named


def test_es_gab_says_that_something_exists():
    text = ("Brand in Lagerhalle\n\nIn der Nacht brannte eine Lagerhalle in Borken. Verletzte gab es keine, "
            "da die Halle leer stand. Es gab jedoch hohen Sachschaden, sagte ein Sprecher der Feuerwehr. 2019 gab "
            "es in der Halle schon einmal einen Brand.")
    qs = quotes(text, "de")
    assert none_with(qs, "da die Halle leer stand") and none_with(qs, "schon einmal")
    assert find(qs, "hohen Sachschaden").speaker.text == "ein Sprecher der Feuerwehr"
    # the verb with its particle still reports
    text = "Unfall\n\nDie Polizei gab an, der Fahrer sei zu schnell gewesen."
    assert speaker(find(quotes(text, "de"), "zu schnell")) == "Polizei"


def test_a_new_named_subject_and_its_cue_after_a_comma_is_a_sentence_of_its_own():
    text = ("Nach dem Spiel\n\nStürmer Jonas Keller, der in der Nachspielzeit vom Platz flog, nannte die Rote Karte "
            "„lächerlich“, Trainer Markus Brandt bezeichnete die Leistung des Schiedsrichters als „schwach“.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "lächerlich")) == "Jonas Keller"
    assert speaker(find(qs, "schwach")) == "Markus Brandt"


def test_a_separable_cue_reports_only_with_its_particle():
    text = ("Kliniken\n\nDer Studie zufolge wird in vielen Kliniken unhygienisch gearbeitet. In manchen Heimen müssten "
            "sich vier Familien eine Küche teilen. Die Zahl der Infektionen sei doppelt so hoch wie im Landesdurchschnitt.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "doppelt so hoch")) == "Studie"
    text = "Unfall\n\nDie Polizei teilte am Montag mit, der Fahrer sei geflohen. 40 Prozent teilen die Ansicht, die Straße sei zu eng."
    qs = quotes(text, "de")
    assert speaker(find(qs, "geflohen")) == "Polizei" and find(qs, "zu eng") is not None


def test_a_bare_noun_after_sagte_is_the_reported_clause_and_gab_zu_reports():
    text = ("Explosion\n\nEin Polizeisprecher sagte, Anwohner meldeten gegen drei Uhr einen lauten Knall. Die Ursache "
            "sei noch unklar.")
    qs = quotes(text, "de")
    assert find(qs, "lauten Knall").speaker.text == "Ein Polizeisprecher"
    assert find(qs, "noch unklar").speaker.text == "Ein Polizeisprecher"
    text = "Fehler\n\nFehler habe es gegeben, gab der Behördenleiter zu. Die Abläufe würden nun überprüft."
    assert find(quotes(text, "de"), "Fehler habe es gegeben").speaker.text == "der Behördenleiter"
    # an abbreviation before a number ends no sentence
    text = "Tempolimit\n\nIn der Innenstadt gilt künftig max. 30 km/h, sagte Verkehrsdezernent Lutz Bender."
    assert speaker(find(quotes(text, "de"), "In der Innenstadt gilt")) == "Lutz Bender"


def test_a_second_speaker_after_a_comma_with_sagte_and_konterte():
    text = ("Wahlabend\n\nGrünen-Chefin Lena Vogt nannte das Ergebnis „enttäuschend“, CSU-Chef Markus Albers sagte, das "
            "Ergebnis sei ein klarer Auftrag. Kanzler Olaf Brenner konterte, die Union habe keine Konzepte.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "enttäuschend")) == "Lena Vogt"
    assert speaker(find(qs, "klarer Auftrag")) == "Markus Albers"
    assert speaker(find(qs, "keine Konzepte")) == "Olaf Brenner"


def test_a_relative_clause_after_the_comma_is_no_content():
    text = "Nach dem Spiel\n\nDer Verband schimpfte auf die Jury, die beim Finale zu strenge Noten vergab."
    assert none_with(quotes(text, "de"), "zu strenge Noten")
    text = "Rat\n\nDer Minister sagte, der im Mai gewählte Rat werde erst im Herbst tagen."
    assert find(quotes(text, "de"), "im Herbst tagen").speaker.text == "Der Minister"


def test_mends_of_the_second_review():
    # a quantity abbreviation ends a sentence before a function word or a role and a name
    text = ("Haushalt\n\nDie Stadtwerke investierten im vergangenen Jahr 85 Mio. Geschäftsführer Rainer Kast sagte, das "
            "Netz sei nun zukunftsfest. Rund 2 Mio. Haushalte seien angeschlossen.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "zukunftsfest")) == "Rainer Kast"
    assert "Rund 2 Mio. Haushalte" in find(qs, "angeschlossen").text
    # a separable cue without its particle reports nothing, but its subject is a pronoun's antecedent
    text = ("Umgehung\n\nDer Bürgermeister teilte die Sorgen der Anwohner. Eine Umgehungsstraße sei aber nicht "
            "finanzierbar, sagte er.")
    assert speaker(find(quotes(text, "de"), "nicht finanzierbar")) == "Bürgermeister"
    # the subject after the verb, an object with its relative clause before it
    text = ("Autobahn\n\nDie Kritik, die Umweltverbände geäußert hatten, wies der Verkehrsminister zurück. Die Pläne "
            "seien ausgewogen, sagte er.")
    assert speaker(find(quotes(text, "de"), "ausgewogen")) == "Verkehrsminister"


def test_a_second_speaker_with_an_article_before_the_role():
    text = ("Haushalt\n\nBürgermeister Peter Kron kritisierte, dass das Land zu wenig zahle, die Kämmerin Ute Fink "
            "sagte, es fehlten 20 Millionen Euro.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "zu wenig zahle")) == "Peter Kron"
    assert speaker(find(qs, "20 Millionen")) == "Ute Fink"


def test_a_clause_with_its_subject_first_is_no_postposed_frame():
    # ", Zeugen berichteten …" is the reported clause of "teilte mit", not a frame closing the sentence before it
    text = ("Überfall\n\nDie Polizei teilte mit, Zeugen berichteten von zwei maskierten Männern. Die Täter seien mit einem "
            "Kombi geflüchtet.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "maskierten Männern")) == "Polizei" and none_with(qs, "teilte mit")
    assert speaker(find(qs, "Kombi geflüchtet")) == "Polizei"
    text = "Klinik\n\nDie Ärztin sagte, Patienten berichteten von starken Schmerzen."
    assert speaker(find(quotes(text, "de"), "starken Schmerzen")) == "Ärztin"


def test_a_role_or_a_body_with_its_case_ending_is_no_name():
    # "dem Präsidenten", "des Umweltministers": the role in another case; the person is the name after it
    text = "Politik\n\nDem Präsidenten Mark Oberle zufolge ist die Lage an der Grenze ernst."
    q = find(quotes(text, "de"), "Lage an der Grenze")
    assert speaker(q) == "Mark Oberle"
    # "des Finanzministeriums" is a body, no person of that name
    text = "Haushalt\n\nEin Sprecher des Finanzministeriums sagte, die Zahlen seien geprüft worden."
    q = find(quotes(text, "de"), "Zahlen seien")
    assert speaker(q) != "Finanzministeriums" and "Finanzministeriums" in speaker(q)
    # nor is a noun of a demand, or an adjective before it, a person
    text = "Bank\n\nDie Forderungen von Politikern, die Bank zu boykottieren, stießen auf Kritik."
    qs = quotes(text, "de")
    assert not any(speaker(q) in ("Forderungen", "Politikern") for q in qs)
    assert speaker(find(qs, "Bank zu boykottieren")) == "Politiker"


def test_a_noun_of_saying_compounded_with_its_holder_names_the_holder():
    text = "Unfall\n\nNach Polizeiangaben wurden auf der Kreuzung drei Menschen verletzt."
    q = find(quotes(text, "de"), "drei Menschen verletzt")
    assert speaker(q) == "Polizei" and q.speaker.speaker.kind == "organization" and q.speaker.text == "Polizeiangaben"
    text = "Asteroid\n\nNach ESA-Angaben ist der Asteroid für die Erde harmlos."
    assert speaker(find(quotes(text, "de"), "Asteroid für die Erde")) == "ESA"
    text = "Umsatz\n\nDie Brenntal AG hat Zahlen vorgelegt. Unternehmensangaben zufolge sank der Umsatz um zehn Prozent."
    assert speaker(find(quotes(text, "de"), "sank der Umsatz")) == "Brenntal AG"


def test_a_demand_or_plan_of_a_named_person_is_that_persons():
    text = ("Schule\n\nDie Pläne von Ministerin Carla Heim, die Schulzeit zu verlängern, stoßen auf Kritik. Heim sagte, "
            "sie halte daran fest.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "Schulzeit zu verlängern")) == "Carla Heim"
    assert speaker(find(qs, "halte daran fest")) == "Carla Heim"


def test_a_spokeswomans_pronoun_and_a_body_with_its_place():
    # "Sie" after a spokeswoman who speaks for her company is the company's word
    text = ("Rückruf\n\nEine Sprecherin des Konzerns Delta Pharm bestätigte die Rückrufaktion. Sie sagte, es bestehe "
            "keine Gefahr für Patienten.")
    assert speaker(find(quotes(text, "de"), "keine Gefahr")) == "Delta Pharm"
    # "des Klinikums Nordhafen" is the hospital of that name, in the nominative; "des Klinikums" later is the same
    text = ("Klinik\n\n„Die Lage ist angespannt“, sagte ein Sprecher des Klinikums Nordhafen. Nach Angaben des "
            "Klinikums wurden 30 Patienten verlegt.")
    qs = quotes(text, "de")
    assert speaker(find(qs, "Lage ist angespannt")) == "Klinikum Nordhafen"
    assert speaker(find(qs, "Patienten verlegt")) == "Klinikum Nordhafen"


def test_jemand_opening_a_sentence_is_no_name():
    text = "Gerücht\n\nJemand habe am Rande der Sitzung gesagt, der Plan sei gescheitert."
    sp = find(quotes(text, "de"), "Plan sei gescheitert").speaker.speaker
    assert sp.name == "jemand" and not sp.named

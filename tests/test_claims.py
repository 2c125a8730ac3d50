"""Claims: dated events (one per dated clause), statuses from cues in lb, de, fr and en, sources, dates."""
import pytest

from datasette_newsquotes.extract.claims import ClaimExtractor, status_of
from datasette_newsquotes.extract.dates import DateExtractor
from datasette_newsquotes.model import Article, Extraction, Mention, Quote, Speaker
from datasette_newsquotes.plugins import languages

LANG = languages()


def claims(text, lang, published="2024-03-14", precision=None, title=None, quotes=()):
    art = Article(id="t", text=text, title=title, language=lang, published=published,
                  published_precision=precision)
    ex = Extraction(article=art, quotes=list(quotes))
    DateExtractor().extract(ex, LANG[lang])
    ClaimExtractor().extract(ex, LANG[lang])
    return ex.claims


def by_status(cs):
    return {c.status: c for c in cs}


def test_lb_two_dated_clauses_of_one_sentence_with_month_anchor():
    text = ("Staatsvisitt zu Bréissel\n\nD'Ministesch war e Mëttwoch an der Belsch ukomm an e Mëttwoch mam "
            "Premier zesummekomm. Den Interview gouf ewell publizéiert.")
    cs = claims(text, "lb", "2024-03", "month")
    assert [c.text for c in cs] == ["D'Ministesch war e Mëttwoch an der Belsch ukomm",
                                    "e Mëttwoch mam Premier zesummekomm"]
    for c in cs:
        assert (c.earliest, c.latest, c.date_source, c.status) == ("2024-02-28", "2024-03-27", "expression",
                                                                   "asserted")
        assert text[c.start:c.end] == c.text


def test_lb_statuses_and_sources():
    text = ("Vu Regierungssäit gouf de Récktrëtt vum Direkter bis ewell net confirméiert. "
            "Confirméiert gouf vun der Gemeng awer, datt d'Schoul am Hierscht opmécht. "
            "De Minister huet dementéiert, datt hie Suen kritt hätt.")
    st = by_status(claims(text, "lb"))
    assert st["unconfirmed"].speaker.text == "Regierungssäit"
    assert st["confirmed"].speaker.text == "Gemeng"
    assert st["denied"].speaker.text == "Minister" and st["denied"].cue == "dementéiert"
    assert st["unconfirmed"].date_source == "published"
    assert (st["unconfirmed"].earliest, st["unconfirmed"].latest) == ("2024-03-14", "2024-03-14")


def test_de_statuses():
    text = ("Das Ministerium hat den Bericht dementiert. Die Polizei bestätigte am Montag die Festnahme. "
            "Der Rücktritt des Trainers wurde bislang nicht bestätigt. Laut Medienberichten ist die Lage "
            "weiter unbestätigt. Der Verein bestritt die Vorwürfe.")
    cs = claims(text, "de")
    got = [(c.status, c.cue) for c in cs]
    assert got == [("denied", "dementiert"), ("confirmed", "bestätigte"), ("unconfirmed", "bestätigt"),
                   ("unconfirmed", "unbestätigt"), ("denied", "bestritt")]
    assert cs[0].speaker.text == "Ministerium"
    assert cs[1].date_source == "expression" and cs[1].earliest == "2024-03-11"
    assert cs[3].speaker.text == "Medienberichten"


def test_fr_statuses():
    text = ("Le ministère a démenti ces informations. La mairie a confirmé mardi la fermeture de l'école. "
            "L'information n'a pas été confirmée par la préfecture. Selon la police, l'homme a été arrêté hier.")
    cs = claims(text, "fr")
    assert [c.status for c in cs] == ["denied", "confirmed", "unconfirmed", "reported"]
    assert cs[2].speaker.text == "préfecture"
    assert cs[3].speaker.text == "police" and cs[3].earliest == "2024-03-13"
    assert cs[1].earliest == "2024-03-12"


def test_en_statuses():
    text = ("The company denied the reports on Tuesday. Police confirmed two arrests. "
            "The merger has not been confirmed by the regulator. The claim remains unverified. "
            "According to the ministry, the bridge closed last week.")
    cs = claims(text, "en")
    assert [c.status for c in cs] == ["denied", "confirmed", "unconfirmed", "unconfirmed", "reported"]
    assert cs[0].speaker.text == "company" and cs[0].earliest == "2024-03-12"
    assert cs[2].speaker.text == "regulator"
    assert cs[4].speaker.text == "ministry"
    assert (cs[4].earliest, cs[4].latest) == ("2024-03-04", "2024-03-10")


def test_quote_gives_speaker_and_reported_status():
    text = 'The mayor said the bridge opened on Monday.'
    s = text.index("the bridge")
    speaker = Mention(4, 9, "mayor", speaker=Speaker(name="Jane Doe"), how="role")
    q = Quote(start=s, end=len(text) - 1, text=text[s:-1], kind="indirect", speaker=speaker)
    (c,) = claims(text, "en", quotes=[q])
    assert c.status == "reported" and c.speaker is speaker and c.quote is q
    assert c.earliest == "2024-03-11"


def test_headings_and_title_are_never_claims():
    text = "Police confirmed arrests on Monday\n\nBody text without cues.\n\nMinistry denied it yesterday\n\nEnd."
    cs = claims(text, "en", title="Police confirmed arrests on Monday")
    assert cs == []


def test_undated_sentence_without_cue_is_no_claim():
    assert claims("The weather was fine. People walked in the park.", "en") == []


@pytest.mark.parametrize("lang,sentence,status", [
    ("lb", "D'Police huet d'Informatioun confirméiert.", "confirmed"),
    ("lb", "D'Police huet d'Informatioun net confirméiert.", "unconfirmed"),
    ("lb", "D'Regierung huet dementéiert.", "denied"),
    ("de", "Die Regierung hat die Meldung nicht bestätigt.", "unconfirmed"),
    ("fr", "La police n'a pas confirmé l'arrestation.", "unconfirmed"),
    ("fr", "Le club a nié toute irrégularité.", "denied"),
    ("en", "The ministry did not confirm the figures.", "unconfirmed"),
    ("en", "The figures have yet to be confirmed.", "unconfirmed"),
    ("en", "He denies any wrongdoing.", "denied"),
    ("en", "The ministry could not be confirmed as the source.", "unconfirmed"),
    ("en", "They would need a majority to confirm the nominee.", None),
    ("de", "Die Regierung versuchte, den Bericht zu bestätigen.", None),
    ("lb", "D'Regierung huet probéiert, dat ze confirméieren.", None),
    # separable verbs deny with their particle, and only with it
    ("de", "Der Verein wies die Vorwürfe am Abend entschieden zurück.", "denied"),
    ("de", "Die Reederei stritt jede Verantwortung für das Unglück ab.", "denied"),
    ("de", "Die Ministerin wies darauf hin, dass die Schulen offen bleiben.", None),
    ("de", "Die Tarifparteien stritten ab Montag erneut über die Löhne.", None),
    ("de", "Die Firma wies die Vorwürfe zurück und kündigte rechtliche Schritte an.", "denied"),
    ("de", "Die Bundespolizei wies an der Grenze 300 Menschen zurück.", None),
    ("de", "Die Ministerin wies am Montag auf die Risiken hin und nahm eine Aussage zurück.", None),
    ("lb", "De Buergermeester wees d'Kritik vun der Oppositioun zréck.", "denied"),
])
def test_status_cues(lang, sentence, status):
    assert status_of(sentence, LANG[lang])[0] == status


def test_de_negation_at_the_end_of_the_clause_and_agent_with_durch():
    text = ("Die Behörde bestätigte die Angaben der Gewerkschaft nicht. Die Identität des Opfers wurde durch die "
            "Kriminalpolizei bestätigt. Sie bestätigte, dass der Zug nicht fuhr.")
    cs = claims(text, "de")
    assert [c.status for c in cs] == ["unconfirmed", "confirmed", "confirmed"]
    assert cs[0].speaker.text == "Behörde"
    assert cs[1].speaker.text == "Kriminalpolizei"
    assert cs[2].speaker is None  # a pronoun names no source


def test_passive_cues_take_their_agent_active_cues_do_not():
    # active cue: "vom Präsidenten" names no agent of the denial
    cs = claims("Der Minister hat Berichte zurückgewiesen, er sei vom Präsidenten zum Nachfolger bestimmt "
                "worden.", "de")
    assert cs[0].status == "denied" and (cs[0].speaker is None or "Präsident" not in cs[0].speaker.text)
    # passive cue: the subject is what was confirmed, not who confirmed it
    cs = claims("L'origine du document n'a toujours pas été confirmée de source officielle.", "fr")
    assert cs[0].status == "unconfirmed" and cs[0].speaker is None
    cs = claims("Die Festnahme wurde von einer Polizeisprecherin bestätigt.", "de")
    assert cs[0].status == "confirmed" and cs[0].speaker.text == "Polizeisprecherin"


def test_ordinal_dots_and_ranges_stay_in_one_claim():
    text = "Die Messe öffnet am 20. Mai 2024 in Trier. Zwischen Montag und Mittwoch wird in den Häfen gestreikt."
    cs = claims(text, "de")
    assert [c.text for c in cs] == ["Die Messe öffnet am 20. Mai 2024 in Trier",
                                    "Zwischen Montag und Mittwoch wird in den Häfen gestreikt"]
    assert cs[0].earliest == "2024-05-20"
    cs = claims("D'Chamber tagt den 12. Mäerz 2024 iwwer de Budget.", "lb")
    assert [c.text for c in cs] == ["D'Chamber tagt den 12. Mäerz 2024 iwwer de Budget"]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Voters are removed from the rolls if they do not confirm their address."),
    ("de", "Unklar ist, ob die Regierung den Bericht bestätigt."),
    ("fr", "Le contrat sera annulé si la banque ne confirme pas son offre."),
    ("lb", "Et ass net kloer, ob d'Regierung dat confirméiert."),
])
def test_a_condition_states_no_status(lang, sentence):
    assert [c.status for c in claims(sentence, lang)] == []

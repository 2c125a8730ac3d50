"""Language detection and the language registry (languages as data, extendable through pluggy)."""
import pytest

from datasette_newsquotes import plugins
from datasette_newsquotes.languages import Language, Speech
from datasette_newsquotes.languages.detect import detect_language
from datasette_newsquotes.model import Article
from datasette_newsquotes.extract.pipeline import Pipeline

SAMPLES = {
    "lb": "D'Regierung huet e Mëttwoch annoncéiert, datt d'Steieren net eropgoen. De Minister sot, et wier "
          "wichteg, fir d'Leit ze entlaaschten, och wann d'Oppositioun dat anescht gesäit.",
    "de": "Die Regierung hat am Mittwoch angekündigt, dass die Steuern nicht steigen. Der Minister sagte, es "
          "sei wichtig, die Menschen zu entlasten, auch wenn die Opposition das anders sieht.",
    "fr": "Le gouvernement a annoncé mercredi que les impôts n'augmenteront pas. Le ministre a déclaré qu'il "
          "est important de soulager les ménages, même si l'opposition n'est pas d'accord.",
    "en": "The government announced on Wednesday that taxes will not rise. The minister said it was important "
          "to ease the burden on households, even if the opposition disagrees.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_each_language(code):
    assert detect_language(SAMPLES[code], plugins.languages()) == code


def test_luxembourgish_is_not_german_even_with_german_names():
    text = ("Den däitsche Kanzler Olaf Scholz war zu Bréissel. Hien huet gesot, datt d'Europäesch Unioun "
            "méi séier muss handelen, och wann net all Memberstaaten dat esou gesinn.")
    assert detect_language(text, plugins.languages()) == "lb"


def test_record_language_wins_over_detection():
    pipe = Pipeline()
    a = Article(id="x", text=SAMPLES["de"], language="fr")
    pipe.extract(a)
    assert a.language == "fr"
    b = Article(id="y", text=SAMPLES["de"], language="de-AT")
    pipe.extract(b)
    assert b.language == "de"  # regional tags fold to the language, so facets stay clean
    d = Article(id="u", text=SAMPLES["de"], language="DE")
    pipe.extract(d)
    assert d.language == "de"
    e = Article(id="v", text="Il ministro ha detto che il governo non cadrà.", language="it")
    pipe.extract(e)
    assert e.language == "it"  # no Italian data, but the record's language is kept
    c = Article(id="z", text=SAMPLES["lb"], language=None)
    pipe.extract(c)
    assert c.language == "lb"


class DanishLanguage:
    """A plugin adding a language with one module's worth of data."""

    @plugins.hookimpl
    def newsquotes_languages(self):
        return [Language(code="da", name="Dansk",
                         detect_words=frozenset("og ikke det er til på med af som han hun sagde".split()),
                         speech=Speech(quote_pairs=(("»", "«"),), cue_verbs=frozenset(["sagde"])))]


def test_a_plugin_adds_a_language():
    pm = plugins.get_plugin_manager()
    plugin = DanishLanguage()
    pm.register(plugin, "test-danish")
    try:
        langs = plugins.languages()
        assert "da" in langs and "lb" in langs
        text = "Ministeren sagde, at han ikke er enig, og det er på tide med en ændring af loven."
        assert detect_language(text, langs) == "da"
        pipe = Pipeline()
        a = Article(id="d", text=text)
        pipe.extract(a)
        assert a.language == "da"
    finally:
        pm.unregister(plugin)
    assert "da" not in plugins.languages()


class ReplacementQuotes:
    name = "quotes"
    order = 10

    def extract(self, extraction, language):
        from datasette_newsquotes.model import Quote

        extraction.quotes.append(Quote(start=0, end=3, text=extraction.article.text[:3], kind="direct"))


class ReplacementPlugin:
    @plugins.hookimpl
    def newsquotes_extractors(self):
        return [ReplacementQuotes()]


def test_a_plugin_replaces_an_extractor_by_name():
    pm = plugins.get_plugin_manager()
    plugin = ReplacementPlugin()
    pm.register(plugin, "test-replacement")
    try:
        exs = plugins.extractors()
        assert [e.name for e in exs].count("quotes") == 1
        assert any(isinstance(e, ReplacementQuotes) for e in exs)
        ex = Pipeline().extract(Article(id="r", text=SAMPLES["en"], language="en"))
        assert [(q.start, q.end) for q in ex.quotes] == [(0, 3)]
    finally:
        pm.unregister(plugin)

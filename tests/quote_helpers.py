"""Helpers for the quote tests: extract one article in a given language and look quotes up by their words."""
from datasette_newsquotes.extract.pipeline import Pipeline
from datasette_newsquotes.model import Article

_pipeline = None


def extract(text, language):
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
        _pipeline.extractors = [e for e in _pipeline.extractors if e.name == "quotes"]
    return _pipeline.extract(Article(id="t", text=text, language=language))


def quotes(text, language):
    return extract(text, language).quotes


def find(qs, words, kind=None):
    """The quote whose text contains ``words`` (the shortest, for nested ones)."""
    hits = [q for q in qs if words in q.text and (kind is None or q.kind == kind)]
    assert hits, "no quote containing {!r} in {!r}".format(words, [(q.kind, q.text) for q in qs])
    return min(hits, key=lambda q: len(q.text))


def speaker(q):
    return q.speaker.speaker.name if q.speaker is not None and q.speaker.speaker is not None else None


def none_with(qs, words):
    return not any(words in q.text for q in qs)

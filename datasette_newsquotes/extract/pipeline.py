"""Article in, Extraction out: language detection, then every registered extractor in order.

Pure: no database, no global state beyond the (read-only) plugin registry, so :func:`extract_article` can run
in worker processes."""
from ..languages.detect import detect_language
from ..model import Extraction
from ..plugins import extractors as registered_extractors
from ..plugins import languages as registered_languages


def normalize_code(tag):
    """The primary language subtag, lower-cased: "de-AT" -> "de", "LB" -> "lb"."""
    return (tag or "").replace("_", "-").split("-")[0].strip().casefold() or None


class Pipeline:
    """The languages and extractors of this process, looked up once."""

    def __init__(self, languages=None, extractors=None):
        self.languages = languages or registered_languages()
        self.extractors = extractors or registered_extractors()

    def language_of(self, article):
        """The code of the language data to extract with: the record's (its primary subtag, any case) when we
        have that language, else the detected one."""
        code = normalize_code(article.language)
        if code in self.languages:
            return code
        return detect_language(article.text, self.languages)

    def extract(self, article):
        """Fill in the article's language (when missing or unknown) and run the extractors."""
        code = self.language_of(article)
        # "DE", "de-AT" and "de" are one facet value; a language we have no data for keeps its own code
        article.language = normalize_code(article.language) or code
        language = self.languages[code]
        extraction = Extraction(article=article)
        for extractor in self.extractors:
            extractor.extract(extraction, language)
        return extraction


_default = None


def extract_article(article):
    """Extract one article with the registered plugins (the pipeline is built once per process)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.extract(article)

"""Temporal expressions: the ``dates`` extractor.

Detection and resolution live in :mod:`.timex` (language-neutral code reading ``language.time``). Relative
expressions resolve against the publication date; when that is known only to the month (or year),
``earliest``/``latest`` cover every resolution over the days it allows: "e Mëttwoch" in a 2023-09 article is
any Wednesday from 2023-08-30 to 2023-09-27. Durations and sets are kept, typed DURATION and SET, so that they
are never taken for the date of an event.
"""
from ..plugins import hookimpl
from .timex import anchor_days, find_dates, value_bounds  # noqa: F401  (the public API of this module)


class DateExtractor:
    name = "dates"
    order = 20

    def extract(self, extraction, language):
        a = extraction.article
        extraction.dates.extend(find_dates(a.text, language, a.published, a.published_precision))


@hookimpl
def newsquotes_extractors():
    return [DateExtractor()]

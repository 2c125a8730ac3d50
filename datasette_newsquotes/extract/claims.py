"""Claims: statements of fact with their date and status.

A first rule set at sentence level: a sentence with a temporal expression is a dated claim (dated by that
expression); a sentence with a confirmation or denial cue is a claim with that status; a negated confirmation
or an "unconfirmed" phrase makes it ``unconfirmed``; a claim inside a quote is ``reported`` with the quote's
speaker. Claims without an expression of their own are dated by the publication date, marked as such.
"""
import re

from ..model import Claim
from ..plugins import hookimpl
from . import segment
from .dates import anchor_days

WORD = re.compile(r"[^\W\d_][\w'’-]*")


def status_of(text, claims_lang):
    """The status a sentence's own cues give it, with the cue, or (None, None)."""
    low = text.casefold()
    for phrase in claims_lang.unconfirmed:
        if phrase in low:
            return "unconfirmed", phrase
    words = [w.casefold() for w in WORD.findall(text)]
    for i, w in enumerate(words):
        if w in claims_lang.deny:
            return "denied", w
        if w in claims_lang.confirm:
            window = words[max(0, i - 4): i + 2]
            if any(n in claims_lang.negation for n in window):
                return "unconfirmed", w
            return "confirmed", w
    return None, None


class ClaimExtractor:
    name = "claims"
    order = 30

    def extract(self, extraction, language):
        article = extraction.article
        text = article.text
        heads = segment.headings(text)
        first_line = segment.lines(text)[0] if text.strip() else None
        days = anchor_days(article.published, article.published_precision)
        pub_bounds = (min(days).isoformat(), max(days).isoformat()) if days else (None, None)
        for sent in segment.sentences(text):
            if any(h.start <= sent.start < h.end for h in heads):
                continue
            if first_line and sent.start == first_line.start and article.title and \
                    first_line.text.strip() == article.title.strip():
                continue
            dates = [d for d in extraction.dates if sent.start <= d.start < sent.end and d.type == "DATE"]
            status, cue = status_of(sent.text, language.claims)
            quote = next((q for q in extraction.quotes if q.start <= sent.start < q.end or
                          sent.start <= q.start < sent.end), None)
            if not dates and not status:
                continue
            claim = Claim(start=sent.start, end=sent.end, text=sent.text, status=status or "asserted", cue=cue)
            if quote is not None and quote.speaker is not None:
                claim.quote = quote
                claim.speaker = quote.speaker
                if claim.status == "asserted":
                    claim.status = "reported"
            if dates:
                claim.date = dates[0]
                claim.earliest, claim.latest = dates[0].earliest, dates[0].latest
                claim.date_source = "expression"
            else:
                claim.earliest, claim.latest = pub_bounds
                claim.date_source = "published" if days else None
            extraction.claims.append(claim)


@hookimpl
def newsquotes_extractors():
    return [ClaimExtractor()]

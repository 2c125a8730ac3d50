"""Quotes: direct speech in quotation marks and reported speech, each attributed to a speaker.

A first, honest rule set: quotation-mark spans paired per language, a cue verb in the sentence, and the speaker
named nearest to the cue (a name, a known role noun, or a pronoun resolved to the last person named).
Language knowledge comes from ``language.speech``; nothing here is specific to one language.
"""
import re

from ..model import Quote
from ..plugins import hookimpl
from . import segment
from .speakers import NAME, SpeakerIndex, mention, strip_name

STRAIGHT = ('"', "'")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def quote_spans(text, pairs):
    """(start, end) of the text between matching quotation marks, marks excluded. Straight double quotes pair
    in order; typographic marks pair with their own closer; an unclosed mark is dropped at the paragraph end."""
    openers = {o: c for o, c in pairs if o not in STRAIGHT}
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closer = '"' if ch == '"' else openers.get(ch)
        if closer is None:
            i += 1
            continue
        # a paragraph break ends an unclosed quote
        j = i + 1
        while j < n and text[j] != closer and text[j: j + 2] != "\n\n":
            j += 1
        if j < n and text[j] == closer and j > i + 1:
            out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def inside(spans, pos):
    return any(s <= pos < e for s, e in spans)


class QuoteExtractor:
    name = "quotes"
    order = 10

    def extract(self, extraction, language):
        article = extraction.article
        text = article.text
        speech = language.speech
        heads = segment.headings(text)
        sents = [s for s in segment.sentences(text)
                 if not any(h.start <= s.start < h.end for h in heads)]
        qspans = [q for q in quote_spans(text, speech.quote_pairs or (('"', '"'),))
                  if not any(h.start <= q[0] < h.end for h in heads)]
        index = SpeakerIndex()
        per_sentence = []
        for sent in sents:
            names = []
            for m in NAME.finditer(sent.text):
                s, e = sent.start + m.start(), sent.start + m.end()
                if inside(qspans, s):
                    continue
                words = m.group(0).split()
                if len(words) < 2 and not m.group(0).isupper():
                    # single capitalised words are names only when already known (nouns are capitalised in
                    # de and lb): "Putin" after "Wladimir Putin"
                    if not any(m.group(0) in sp.name.split() for sp in index.speakers):
                        continue
                before = WORD.findall(text[max(0, s - 40):s])[-3:]
                role_words = [w for w in before if w.casefold() in speech.role_nouns]
                description = None
                if role_words:
                    k = before.index(role_words[0])
                    description = " ".join(before[max(0, k - 1):]) if k > 0 and before[k - 1][0].islower() \
                        else " ".join(before[k:])
                    description = strip_name(description, speech)
                kind = "organization" if any(w.casefold() in speech.org_nouns for w in before) or \
                    m.group(0).isupper() else "person"
                sp = index.add(strip_name(m.group(0), speech), kind, description, s)
                names.append(mention(s, e, text[s:e], sp))
            per_sentence.append((sent, names))

        def cue_in(sent):
            for m in WORD.finditer(sent.text):
                pos = sent.start + m.start()
                if m.group(0).casefold() in speech.cue_verbs and not inside(qspans, pos):
                    return m.group(0), pos, pos + len(m.group(0))
            return None

        def speaker_for(sent, names, cue):
            if names:
                if cue:
                    return min(names, key=lambda n: abs(n.start - cue[1]))
                return names[0]
            for m in WORD.finditer(sent.text):
                pos = sent.start + m.start()
                w = m.group(0).casefold()
                if inside(qspans, pos):
                    continue
                if w in speech.pronouns:
                    sp = index.last_before(pos)
                    if sp:
                        return mention(pos, pos + len(m.group(0)), m.group(0), sp, "pronoun")
                if w in speech.role_nouns:
                    sp = index.by_role(w, pos)
                    if sp:
                        return mention(pos, pos + len(m.group(0)), m.group(0), sp, "role")
            return None

        quotes = []
        for qs, qe in qspans:
            sent = segment.sentence_at(sents, qs)
            if sent is None:
                continue
            names = next((n for s, n in per_sentence if s is sent), [])
            cue = cue_in(sent)
            words = text[qs:qe].split()
            if len(words) <= 2 and not cue:
                continue  # a scare quote or a name in marks, not speech
            q = Quote(start=qs, end=qe, text=text[qs:qe], kind="direct",
                      sentence_start=sent.start, sentence_end=sent.end)
            q.speaker = speaker_for(sent, names, cue)
            if cue:
                q.cue, q.cue_start, q.cue_end = cue
            quotes.append(q)

        for sent, names in per_sentence:
            for m in WORD.finditer(sent.text):
                if m.group(0).casefold() not in speech.complementizers:
                    continue
                pos = sent.start + m.start()
                before = text[sent.start:pos]
                cue = cue_in(segment.Span(sent.start, pos, before))
                if not cue or inside(qspans, pos):
                    continue
                qs, qe = pos, sent.end
                while qe > qs and text[qe - 1] in ".!? ":
                    qe -= 1
                q = Quote(start=qs, end=qe, text=text[qs:qe], kind="indirect",
                          sentence_start=sent.start, sentence_end=sent.end)
                q.speaker = speaker_for(sent, [n for n in names if n.start < pos], cue)
                q.cue, q.cue_start, q.cue_end = cue
                quotes.append(q)
                break

        extraction.quotes.extend(sorted(quotes, key=lambda q: q.start))
        extraction.speakers.extend(sp for sp in index.speakers if sp not in extraction.speakers)


@hookimpl
def newsquotes_extractors():
    return [QuoteExtractor()]

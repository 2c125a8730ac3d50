"""Quotes: direct speech in quotation marks and reported speech, each attributed to a resolved speaker.

Rules over one tokenisation of the article, language-neutral: everything a language contributes (quote marks,
cue verbs, source phrases, pronouns, role and organisation nouns, prepositions) comes from ``language.speech``
(:class:`~datasette_newsquotes.languages.speech.Speech`).

For every sentence (sentences bridged by a quotation are one unit) the *frame* is what lies outside quotation
marks. In the frame we look for

* a cue verb ("sagte", "a déclaré", "huet gemellt", "said") and its subject, the speaker: the noun phrase
  before the cue, or after it when the cue opens its clause (", sagte der Minister", "said Smith");
* a source phrase: "laut X", "selon X", "according to X", "X zufolge", "X no", postposed "..., sou X";
* the reported content: a complement clause after the cue ("sagte, dass ...", "huet gemellt, de Minister wier
  ...", "said he would ..."), the rest of the sentence after a source phrase, or the sentence before a
  postposed attribution ("..., a indiqué la police").

Direct quotes take the attribution of their sentence, else of a sentence ending in a colon just before, else
the speaker of the quote before them; a partial quote inside reported speech takes the reported speaker (or
the subject of the reported clause, when an agency or the media report a person's words). Sentences in the
subjunctive right after reported speech continue it (German and Luxembourgish indirect speech). Headings are
never quotes.
"""
import bisect
import operator
import re

from ..model import Quote
from ..plugins import hookimpl
from . import segment
from .quotemarks import PARAGRAPH_LABEL, SPEAKER_LABEL, quote_spans
from .speakers import SpeakerIndex, fits, fold, is_particle, mention, name_tokens, same_speaker
from .timex import lowered
from .trie import scan_words, trie_pattern, word_scans


def token_pattern(elisions=(), inverted=(), plural_possessive=False, contractions=((), ())):
    """Words (hyphens, apostrophes and dots inside them), a language's elisions ("l'", "qu'"), inverted
    pronouns ("a-t-il", "explique-t-elle") and verbs contracted onto a pronoun ("he" "’s", given as
    ``contractions``: endings, hosts) as tokens of their own, punctuation; with ``plural_possessive``, the
    apostrophe of a plural's possessive before a word stays in its word ("the workers' union"). Compiled once
    per language."""
    endings, hosts = contractions
    if endings and hosts:
        ending = "['’](?:" + "|".join(sorted(map(re.escape, endings), key=lambda e: (-len(e), e))) + ")(?!\\w)"
        host = "|".join(sorted(map(re.escape, hosts), key=lambda e: (-len(e), e)))
        # (the ending only right after its host: an apostrophe elsewhere is a mark or inside a word)
        contracted = "(?i:\\b(?:" + host + ")(?=" + ending + ")|(?<=\\w)" + ending + ")|"
    else:
        contracted = ""
    el = "(?:" + "|".join(sorted(map(re.escape, elisions), key=lambda e: (-len(e), e))) + ")['’](?=\\w)|" \
        if elisions else ""
    inv = "(?!-t-|-(?:" + "|".join(map(re.escape, inverted)) + ")\\b)" if inverted else ""
    # (a time or a score stays one token: "15:36", "2:1", not a clause break at a colon; so does a number with a
    # comma, "2,000", "1,5": no clause break either)
    pos = r"(?:(?<=s)['’](?= [^\W\d_]))?" if plural_possessive else ""
    # (two hyphens are one dash: "--")
    return re.compile(contracted + el + r"\w+(?:" + inv + r"[-'’.&]\w+|(?<=\d)[:,]\d+)*" + pos + r"|--+|[^\w\s]")


def _words_pattern(words):
    """A trie-shaped alternation of whole ``words``; an elided word ("d'", "qu’") runs straight into the next
    word ("d'après"), so it needs no word boundary after it."""
    elided = [w for w in words if w[-1:] in "'’"]
    whole = [w for w in words if w[-1:] not in "'’"]
    pattern = "(?:" + trie_pattern(whole) + r")(?!\w)"
    return pattern + "|(?:" + trie_pattern(elided) + ")" if elided else pattern


QUOTE_CHARS = "\"'“”„‟«»‹›‚‘’「」『』`"
CLAUSE_PUNCT = frozenset(",;:–—")
APPOSITION_ENDS = frozenset(",–—")  # what closes an apposition between a subject and its verb
END_PUNCT = frozenset(".!?…")

# token classes
W_LOWER, W_CAP, W_PUNCT = 0, 1, 2

# What a token is, as bits (the token class in the two lowest), worked out once per distinct token text and
# language (``_Lang.mask_of``): the noun-phrase chunker then tests a bit where it would look a word up in
# several lexicons.
M_KIND = 3
M_PRON, M_DET, M_TITLE, M_PREP, M_OF, M_STOP, M_CUE, M_COMP, M_AUX, M_CONJ, M_TIME, M_SRCB, M_HEAD, M_DIGIT = \
    (1 << b for b in range(2, 16))
M_PART = 1 << 16   # can be a name's particle ("von", "al-Rahman")
M_ACRO = 1 << 17   # an acronym ("AFP", "UN")
M_DOT = 1 << 18    # a full stop
M_SRCA = 1 << 19   # first word of a source phrase after its source ("zufolge")
M_INV = 1 << 20    # a cue verb with an inverted pronoun ("a-t-il", "explique-t-elle")
M_CLAUSE = 1 << 21  # punctuation that ends a clause
M_ROLE = 1 << 22   # a role noun or a compound ending in one ("Sprecher", "Regierungssprecher")
M_ORG = 1 << 23    # an organisation noun or a compound ending in one
M_CNOUN = 1 << 24  # a noun of saying or a compound ending in one ("Angaben")
M_CAPS = 1 << 25   # written in capitals ("AFP", "KCNA", "U.S.")
M_NPREP = 1 << 26  # a preposition inside an institution's name ("für" in "Bundesamt für Umwelt")
M_SRCADV = 1 << 27  # an adverb pointing back to a source ("demnach")
M_SEEN = 1 << 28   # never 0, so that a cached mask is always true
M_CPHR = 1 << 29   # the last word of a cue phrase ("aus" of "davon aus")
M_CLAIM = 1 << 30  # a noun of a claim, demand or fear, whose clause may follow after a comma ("Vorwurf")
M_SAID = 1 << 31   # a noun of saying whose clause may follow after the complementizer ("claim" of "the claim that")


class _Lang:
    """A language's speech data prepared for fast lookups (built once per Language object)."""

    def __init__(self, language):
        sp = language.speech
        self.sp = sp
        self.token = token_pattern(sp.elisions, sp.inverted_pronouns, sp.plural_possessive,
                                   (sp.contraction_endings, sp.contraction_hosts))
        self.segment_options = segment.options_of(language)
        self.claim_nouns = frozenset(sp.claim_nouns)
        self.complement_nouns = frozenset(sp.complement_nouns)
        # verbs of denial (the claims' data): what a noun of a claim says is not what its denier says
        self.deny_words = frozenset(w.lower() for w in language.claims.deny) | \
            frozenset(w.lower() for w in language.claims.deny_separable)
        # words opening a condition (the claims' data): a clause of its own inside a content ("… if the bill …")
        self.conditionals = frozenset(w.lower() for w in language.claims.conditionals)
        self.comp_phrases = frozenset(p.lower() for p in sp.complementizer_cue_phrases)
        self.particles = frozenset(sp.name_particles)
        self.particle_prefixes = tuple(sp.name_particle_prefixes)
        self.cues = frozenset(sp.cue_verbs) | frozenset(sp.quotation_cues)
        # cue phrases by their last word, longest first
        self.cue_phrases = {}
        for p in sorted(sp.cue_phrases, key=lambda p: -len(p.split())):
            words = tuple(p.lower().split())
            self.cue_phrases.setdefault(words[-1], []).append(words)
        # the same phrases by their first word, where that word is a cue of its own ("lashed out at"): the
        # phrase, not the verb alone, is then the cue; and the phrases where the cue word is none ("compared to")
        self.cue_phrases_from = {}
        for words in (w for ws in self.cue_phrases.values() for w in ws):
            if words[0] in self.cues:
                self.cue_phrases_from.setdefault(words[0], []).append(words)
        for p in sp.non_cue_phrases:
            words = tuple(p.lower().split())
            self.cue_phrases_from.setdefault(words[0], []).append(words)
        self.cue_nouns = frozenset(sp.cue_nouns)
        self.relay = frozenset(sp.relay_cues)
        self.comps = frozenset(sp.complementizers)
        self.pron = dict(sp.pronouns)
        self.roles = frozenset(sp.role_nouns)
        self.orgs = frozenset(sp.org_nouns)
        self.lower_names = frozenset(sp.lowercase_names)
        self.acronym_homographs = frozenset(sp.acronym_homographs)
        # (subordinators opening a clause of its own after a quotation, not a frame of it as "as" is)
        self.clause_subordinators_after = frozenset(sp.frame_subordinators) - frozenset(sp.as_words)
        self.titles = frozenset(t.rstrip(".") for t in sp.titles)
        self.dets = frozenset(sp.determiners)
        self.preps = frozenset(sp.prepositions)
        self.agent = frozenset(sp.agent_prepositions)
        self.of = frozenset(sp.of_words)
        self.stop = frozenset(sp.stop_words)
        self.aux = frozenset(sp.auxiliaries)
        self.rel = frozenset(sp.relative_pronouns)
        self.conj = frozenset(sp.conjunctions)
        # (folded, for comparing a role's other words with the descriptions of people named before)
        self.ranks = frozenset(fold(w) for w in sp.rank_words)
        # (titles are not among them: "Republican", "Democratic" tell two senators apart)
        self.function_words = frozenset(fold(w) for words in (sp.determiners, sp.stop_words, sp.prepositions,
                                                              sp.of_words, sp.conjunctions)
                                        for w in words)
        self.markers = frozenset(sp.reported_markers) | frozenset(sp.reported_markers_strong)
        self.src_adverbs = frozenset(sp.source_adverbs)
        self.rel_src = self._phrases(sp.relative_sources)
        # (the second words, for a quick test at every comma before the phrase is matched)
        self.rel_src_next = {w: frozenset(p[1] for p in ps if len(p) > 1) for w, ps in self.rel_src.items()}
        self.rel_src_always = frozenset(tuple(self.token.findall(p.lower())) for p in sp.relative_sources_always)
        self.triggers = self.cues | self.relay | frozenset(self._first_words(sp.source_before)) | \
            frozenset(self._first_words(sp.source_after)) | self.src_adverbs | \
            frozenset(w for w in self._first_words(p.lstrip(", ") for p in sp.relative_sources)
                      if w not in self.dets and w not in self.rel and w not in self.pron) | \
            frozenset(" ".join(p.split()) for p in sp.cue_phrases)
        # one compiled alternation each: does a sentence hold a cue or source word, or a subjunctive marker?
        self.trigger_re = self._alternation(self.triggers | self.claim_nouns | self.complement_nouns)
        # the same on an article's lower-cased text, where the engine need not fold case, as scans that let it
        # skip ahead (see trie.word_scans; they may also find a word inside an elided one, "interroge" in
        # "s'interroge": harmless, a hit only marks its sentence worth parsing)
        self.trigger_low = word_scans(_words_pattern([w.lower() for w in
                                                      self.triggers | self.claim_nouns | self.complement_nouns]))
        # a noun of a claim counts as a trigger only with a comma after it and, in the clause after that, a
        # subjunctive or an infinitive with "zu" (most mentions of "Bericht" or "Plan" have none): the nouns are
        # found by the trigger scan, this tail is matched from each one's end
        claim_tail = re.compile(
            r"[^.!?;:\n]{0,80}?,[^.!?;:\n,]{0,160}?(?<!\w)(?:" +
            trie_pattern(sorted(w.lower() for w in sp.reported_markers_strong)) +
            r"|zu|[^\W\d_]{2,}zu[^\W\d_]{2,}en)(?!\w)")
        # so too a noun with its content clause ("the claim that …"), only with the complementizer right after it
        complement_tail = re.compile(r"\s+(?:" + trie_pattern(sorted(w.lower() for w in sp.complementizers)) +
                                     r")(?!\w)")
        # the trigger words that count only with their tail (a word that is a trigger anyway needs none)
        triggers_low = frozenset(w.lower() for w in self.triggers)
        self.tails = {w.lower(): claim_tail for w in self.claim_nouns if w.lower() not in triggers_low} | \
            {w.lower(): complement_tail for w in self.complement_nouns if w.lower() not in triggers_low}
        self.markers_low = self._alternation([w.lower() for w in self.markers], 0)
        self.strong = frozenset(sp.reported_markers_strong)
        self.infinitive_complement = re.compile(sp.infinitive_complement) if sp.infinitive_complement else None
        self.anonymity = re.compile(sp.anonymity_content, re.I) if sp.anonymity_content else None
        self.unanswered = re.compile(sp.unanswered_content, re.I) if sp.unanswered_content else None
        # the nouns of kinship as words of a text, any case
        # a live blog's time opening a paragraph ("10:05", "10h15 :", "9.30 am -"): a full stop between hours and
        # minutes only with one of the language's ``Speech.time_suffixes`` after it ("12.50 Euro" is a price)
        suffix = "|".join(sorted(map(re.escape, sp.time_suffixes), key=len, reverse=True)) or "(?!)"
        self.timestamp = re.compile(r"(?:\d{1,2}[:h]\d{2}(?:\s*(?:" + suffix + r"))?|\d{1,2}\.\d{2}\s*(?:" + suffix +
                                    r"))(?:\s*[:—–-]\s+|\s+(?=[^\W\d_a-zß-öø-ÿ]))")
        self.kin_words = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, sp.kinship_nouns))) +
                                    r")(?![\w'’-])", re.I) if sp.kinship_nouns else None
        self.comma_comp = re.compile(r",\s*(?:{})(?!\w)".format("|".join(
            re.escape(w) for w in sorted(self.comps, key=len, reverse=True)))) if self.comps else None
        self.reportative_re = self._alternation(sp.reportative_modals) if sp.reportative_modals else None
        self.reportative_aux = frozenset(sp.reportative_auxiliaries)
        self.inf_particles = frozenset(sp.infinitive_particles)
        self.expletives = frozenset(sp.expletive_subjects)
        self.as_words = frozenset(sp.as_words)
        self.oblique = frozenset(sp.oblique_determiners)
        self.subj_pron = frozenset(sp.subject_pronouns)
        self.name_preps = frozenset(sp.name_prepositions)
        self.name_links = frozenset(sp.name_links)
        self.kin = frozenset(sp.kinship_nouns)
        self.age_noun = re.compile(sp.age_noun_pattern) if sp.age_noun_pattern else None
        self.org_name_words = frozenset(sp.organization_name_words)
        self.doc_preps = frozenset(sp.document_prepositions)
        self.demonstratives = frozenset(sp.demonstrative_pronouns)
        self.time_nouns = frozenset(sp.time_nouns)
        self.inf_infix = re.compile(sp.infinitive_infix + r"\Z") if sp.infinitive_infix else None
        time = getattr(language, "time", None)
        self.timewords = frozenset(list(getattr(time, "months", {}) or {}) + list(getattr(time, "weekdays", {})
                                                                                   or {}))
        # nouns of a period ("week", "night"): after a complementizer that is also a determiner they make it one
        # ("His statement that night was brief")
        self.period_words = frozenset(list(getattr(time, "units", {}) or {}) + list(getattr(time, "day_parts", {})
                                                                                     or {}))
        self.src_before = self._phrases(sp.source_before)
        # phrases after which a cue reports nothing: by their last word (see ``Speech.unsaid_phrases``)
        self.unsaid = {}
        for p in sp.unsaid_phrases:
            words = tuple(p.lower().split())
            self.unsaid.setdefault(words[-1], []).append(words)
        # a title "Name on Topic: claim" (see ``Speech.headline_topic_prepositions``)
        self.head_topic = re.compile(
            r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) (?:" + "|".join(map(re.escape, sp.headline_topic_prepositions)) +
            r") [^:]{2,40}?: +(\S.{8,}?)[.\s]*$") if sp.headline_topic_prepositions else None
        self.src_post = frozenset(tuple(p.split()) for p in sp.source_before_postposed)
        self.src_strict = frozenset(tuple(self.token.findall(p.lower())) for p in sp.source_before_strict)
        self.src_closing = frozenset(tuple(self.token.findall(p.lower())) for p in sp.source_closing)
        self.src_after = self._phrases(sp.source_after)
        self.src_after_initial = frozenset(tuple(p.split()) for p in sp.source_after_initial)
        # source words that are also ordinary prepositions or adverbs ("aus", "wie", "so"): a sentence holding
        # only these needs parsing only where one opens a clause, or a noun of saying follows it closely
        self.weak_triggers = frozenset(
            w for w, phrases in self.src_before.items()
            if all(len(ph) == 1 for ph in phrases) and (w in self.preps or (w,) in self.src_post)
            and w not in self.cues and w not in self.relay and w not in self.src_after and w not in self.src_adverbs)
        self.weak_postposed = frozenset(w for w in self.weak_triggers if (w,) in self.src_post)
        # source words that are a source phrase on their own ("laut", "selon", "so"): the noun phrase right after
        # one is the source's
        self.src_words = frozenset(w for w, phrases in self.src_before.items() if (w,) in phrases)
        self._suffix_cache = {}
        self._suffix_res = {}
        self.masks = {}
        self.longest_role = max((len(w) for w in self.roles | self.orgs | self.cue_nouns), default=0)
        # do common nouns start with a lower-case letter here (en, fr), so that "spokesman" is a head?
        self.lower_nouns = not sp.capitalised_nouns
        self.timewords |= frozenset(getattr(time, "units", {}) or {}) | frozenset(
            w for w in (getattr(time, "numbers", {}) or {}) if " " not in w)
        self.day_parts = frozenset(getattr(time, "day_parts", {}) or {})
        self.number_words = frozenset(w for w in (getattr(time, "numbers", {}) or {}) if " " not in w)
        # of those, the ones above one (a quantity of people is plural: "Fifty-eight percent of voters", not "Ein
        # Sprecher", "One official")
        self.plural_number_words = frozenset(w for w, v in (getattr(time, "numbers", {}) or {}).items()
                                             if " " not in w and v > 1)
        # "last", "next", "this" before a word of time ("last week")
        self.time_determiners = frozenset(getattr(time, "previous", ()) or ()) | frozenset(
            getattr(time, "following", ()) or ()) | frozenset(getattr(time, "this", ()) or ())

    @staticmethod
    def _alternation(words, flags=re.IGNORECASE):
        """One compiled pattern for a word list, shaped as a trie, so that matching costs about the same
        whatever the list's size."""
        return re.compile(r"(?<!\w)(?:" + _words_pattern(words) + ")", flags)

    def _first_words(self, phrases):
        """The word each phrase starts with, as the text spells it: an elided article with the word it runs
        into ("d'après", not "d'", which starts half the sentences of a French article)."""
        out = []
        for p in phrases:
            words = self.token.findall(p.lower())
            if words:
                out.append(words[0] + words[1] if words[0][-1:] in "'’" and len(words) > 1 else words[0])
        return out

    def _phrases(self, phrases):
        """Phrases by their first word, longest first: one dict lookup per token."""
        out = {}
        for p in sorted(phrases, key=lambda p: -len(p.split())):
            words = tuple(self.token.findall(p.lower()))
            if words:
                out.setdefault(words[0], []).append(words)
        return out

    def mask_of(self, w):
        """The bits of token text ``w`` (see ``M_*``); cached."""
        m = self.masks.get(w)
        if m is not None:
            return m
        low = w if w in self.acronym_homographs else w.lower()
        k = _kind_of(w)
        if k == W_LOWER and not self.lower_nouns and "-" in w and w.rpartition("-")[2][:1].isupper():
            k = W_CAP  # a German noun behind a lower-case prefix: "dpa-Meldung", "taz-Recherchen"
        if w in self.lower_names:
            k = W_CAP  # a name written in lower case: "die dpa berichtete", "die taz vermutet"
        m = k | M_SEEN
        for words, bit in ((self.pron, M_PRON), (self.dets, M_DET), (self.titles, M_TITLE), (self.preps, M_PREP),
                           (self.of, M_OF), (self.stop, M_STOP), (self.cues, M_CUE), (self.comps, M_COMP),
                           (self.aux, M_AUX), (self.conj, M_CONJ), (self.timewords, M_TIME),
                           (self.src_before, M_SRCB)):
            if low in words:
                m |= bit
        # (the compound tests once, without the cache: most token texts are met here once)
        role = low in self.roles or self._suffix(low, self.roles)
        org = low in self.orgs or self._suffix(low, self.orgs)
        if not role and not org and k == W_CAP:
            # a noun with its case ending ("des Umweltministers", "dem Präsidenten", "des Finanzministeriums";
            # `Speech.noun_case_endings`)
            for end in self.sp.noun_case_endings:
                stem = low[:-len(end)]
                if low.endswith(end) and len(stem) >= 4:
                    role = role or stem in self.roles or self._suffix(stem, self.roles)
                    org = org or stem in self.orgs or self._suffix(stem, self.orgs)
        if self._head_word(w, low, k, False, role=role, org=org):
            m |= M_HEAD
        if w[0].isdigit() and not (k == W_LOWER and "-" in w):
            m |= M_DIGIT  # a number ("62 Personen"), not an adjective ("der 23-jährige Sportler")
        if is_particle(low, self.particles, self.particle_prefixes):
            m |= M_PART
        if len(w) >= 2 and w.isupper() and w.isalpha() or w in self.lower_names:
            m |= M_ACRO  # (the names written in lower case are acronyms too: "dpa", "taz")
        if w == ".":
            m |= M_DOT
        if low in self.src_adverbs:
            m |= M_SRCADV
        if low in self.cue_phrases:
            m |= M_CPHR
        if low in self.claim_nouns:
            m |= M_CLAIM
        if low in self.complement_nouns:
            m |= M_SAID
        if low in self.name_preps:
            m |= M_NPREP
        if low in self.src_after:
            m |= M_SRCA
        if role:
            m |= M_ROLE
        if org:
            m |= M_ORG
        if low in self.cue_nouns or self._suffix(low, self.cue_nouns):
            m |= M_CNOUN
        if w.isupper() and len(w) >= 2 and w[1].isalpha():
            m |= M_CAPS
        if w in CLAUSE_PUNCT:
            m |= M_CLAUSE
        if low not in self.cues and "-" in low:
            head, _, tail = low.rpartition("-")
            head = head[:-2] if head.endswith("-t") else head
            if tail in self.pron and (head in self.cues or head.split("-")[0] in self.cues):
                m |= M_INV
        if len(self.masks) < 300000:
            self.masks[w] = m
        return m

    def _head_word(self, w, low, k, sentence_initial, lowers=(), role=None, org=None):
        """Can this word head a speaker's noun phrase: a role, organisation or cue noun, or a capitalised word
        that is no function word (at a sentence start, not one the article also writes in lower case)?
        ``role``, ``org``: whether it is (a compound ending in) a role or organisation noun, when known."""
        if k == W_PUNCT:
            return w == "&"
        if low in self.cues and (k == W_LOWER or sentence_initial and (self.lower_nouns or
                                                                        low not in self.cue_nouns)) \
                or low in self.comps or low in self.pron or low in self.timewords:
            return False  # (a German "Berichten", "Angaben" opening a sentence is a noun: see attributions)
        if low in self.roles or low in self.orgs or low in self.cue_nouns or \
                (low in self.kin or low in self.org_name_words) and k == W_LOWER:
            return True
        if role is None:
            role = self.suffix_in(low, self.roles)
            org = self.suffix_in(low, self.orgs)
        if k == W_LOWER and self.lower_nouns and (role or org):
            return True
        if k == W_CAP:
            if low in self.stop or low in self.dets or low in self.preps or self.number_word(low):
                # (a number word opening a sentence names no one: "Fifty-eight percent of voters …")
                return False
            if self.contraction(low):
                return False  # a contraction: "He’s", "That's", "I've"
            if sentence_initial and low in lowers and not role and not org:
                return False
            return True
        return False

    def contraction(self, low):
        """Is the lower-case word a pronoun, stop word or determiner with a contracted verb ("he’s", "that's",
        "i've"), not a name's possessive ("editor's")?"""
        if "'" not in low and "’" not in low:
            return False
        stem = _APOSTROPHE.split(low, 1)[0]
        return stem in self.pron or stem in self.stop or stem in self.dets

    def number_word(self, low):
        """Is the lower-case word a number in words ("three", "sixty-two")?"""
        return low in self.number_words or "-" in low and all(p in self.number_words for p in low.split("-"))

    def suffix_in(self, low, words):
        """Is ``low`` one of ``words`` or a compound ending in one (at least 4 letters)?"""
        if low in words:
            return True
        key = (low, id(words))
        hit = self._suffix_cache.get(key)
        if hit is None:
            hit = self._suffix(low, words)
            if len(self._suffix_cache) < 200000:
                self._suffix_cache[key] = hit
        return hit

    def _suffix(self, low, words):
        # one compiled search per word list: a word of at least four letters ending ``low`` after a first letter
        if not self.sp.compound_nouns:
            return False
        pattern = self._suffix_res.get(id(words))
        if pattern is None:
            long_enough = [w for w in words if len(w) >= 4]
            pattern = re.compile(r"(?<=.)(?:" + trie_pattern(long_enough) + r")\Z", re.S) if long_enough else None
            self._suffix_res[id(words)] = pattern
        return pattern is not None and pattern.search(low) is not None


_prepared = {}


def prepared(language):
    p = _prepared.get(id(language))
    if p is None or p[0] is not language:
        p = _prepared[id(language)] = (language, _Lang(language))
    return p[1]


GROUP_REACH = 600  # characters back that a plural pronoun looks for the body or group it stands for
SPOKESPERSON_REACH = 400  # characters on that a pronoun of a spokesperson's gender may still mean them
AGE_NOUN_REACH = 300  # characters back that "die 22-Jährige", "the 34-year-old" look for the person they describe


class NP:
    """A noun phrase that can be a speaker: token range [a, b) plus what it is made of. What it is made of (name,
    role, kind) is worked out on first use: most noun phrases are never looked at."""

    __slots__ = ("a", "b", "_name", "_role", "_org", "pron", "_cuenoun", "_acronym", "after_prep", "agent", "_desc",
                 "inner", "_pending", "demonstrative", "linked", "gender", "kin")

    def __init__(self, a, b):
        self.a, self.b = a, b
        self._name = None      # (i, j) token range of the name in it
        self._role = None      # index of the role noun
        self._org = False
        self.pron = False
        self.demonstrative = False  # a demonstrative standing for a noun ("Dieser bestätigte, ...")
        self._cuenoun = False
        self._acronym = False
        self.after_prep = False
        self.agent = False
        self._desc = None      # (i, j) token range of the description before the name
        self.inner = None      # an NP attached with of-words ("d'Fuerderung vum Minister")
        self.linked = None     # (i, j) tokens of an institution's name joined by a link word (Speech.name_links)
        self.gender = None     # "m" or "f" that an apposition tells of the person named (see _gender_of)
        self.kin = False       # an apposition names the person as someone's relative ("her father")
        self._pending = None   # (run, toks, limit) until analysed

    def _ensure(self):
        p = self._pending
        if p is not None:
            self._pending = None
            p[0]._analyse(p[1], self, p[2])


def _lazy(field):
    slot = NP.__dict__[field]  # the slot's descriptor: reading it directly is cheaper than getattr by name
    read, write = slot.__get__, slot.__set__

    def get(self):
        if self._pending is not None:
            self._ensure()
        return read(self)

    def put(self, value):
        write(self, value)
    return property(get, put)


for _f in ("name", "role", "org", "cuenoun", "acronym", "desc"):
    setattr(NP, _f, _lazy("_" + _f))


_KINDS = {}
_APOSTROPHE = re.compile("['’]")


def _kind(c):
    k = (W_CAP if c.isupper() else W_LOWER) if c.isalpha() else (W_LOWER if c.isdigit() else W_PUNCT)
    if len(_KINDS) < 5000:
        _KINDS[c] = k
    return k


# '"PENCE: Well, ..."': a speaker's label in capitals opening a transcribed quotation
# '"..." ― Jorge Falcon': a name signing a quotation after a dash, at the end of its line
_SIGNED = re.compile(r"[\"'”»“’]?\s*[―—–-]\s*((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s?){1,4}?)\s*(?=[\n/.]|$)")
# the rest of a line is empty: a frame closes its paragraph
_LINE_ENDS = re.compile(r"[ \t]*\n")
_LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*")


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
DASH = "—"
_DASHES = frozenset(("―",)) | frozenset("-" * n for n in range(2, 6))
_DASH_LIKE = re.compile(r"--|―")
_WORD_CHAR = re.compile(r"\w").match
_LOWER_START = re.compile(r"[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž]").match
_IN_WORD = re.compile(r"[\w'’-]+\Z").match


class _LowerUse:
    """``word in lowers``: is the word written in lower case somewhere in the text ("nach", "minister")? Asked
    of a few sentence-initial words an article, so it searches for each word rather than collecting them all."""

    def __init__(self, text, low):
        self.text, self.low = text, low
        self.seen = {}

    def __contains__(self, w):
        hit = self.seen.get(w)
        if hit is None:
            hit = self.seen[w] = self._find(w)
        return hit

    def _find(self, w):
        if not w or not _IN_WORD(w):
            return False
        text, low, n = self.text, self.low, len(w)
        i = low.find(w)
        while i >= 0:
            j = i + n
            if (i == 0 or not _WORD_CHAR(low, i - 1)) and (j == len(low) or not _IN_WORD(low[j])) and \
                    _LOWER_START(text, i):
                return True
            i = low.find(w, i + 1)
        return False


def _kind_of(w):
    if w[0] in "'’" and w[1:2].isalpha():
        return W_LOWER  # a verb contracted onto a pronoun: "’s", "'ve"
    if w[0].isdigit() and "-" in w:
        rest = w.split("-", 1)[1]
        if rest[:1].isalpha():
            return W_CAP if rest[0].isupper() else W_LOWER
    return _kind(w[0])


# how far after a cue its complementizer is looked for ("told reporters on Monday that"), and after a phrase of
# place or time opening the words after the cue ("said at a town hall in Dayton, Ohio, that")
COMPLEMENTIZER_REACH = 8
COMPLEMENTIZER_REACH_AFTER_SETTING = 16
_WORD_SPAN = re.compile(r"\S+")
# a number in digits alone ("40", "1,200"), not a word that opens with one ("40-year-old", "3D")
_DIGITS = re.compile(r"\d[\d.,]*")
# marks that open a quotation, in any language
_OPENING_MARKS = "“\"‘'«„‹‚"
_COMMA_WORD = re.compile(r",\s*(\w+)")
# a paragraph opened by a label of a few words and a colon: "GREENE: I would …", "Léa Simon : Les …"
_LABELLED_PARAGRAPH = re.compile(r"(?m)^([^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){0,2}) ?: +(?=\S)([^\n]*)")
_COLON_LINE_END = re.compile(r"\s*:[ \t]*(?:\n|\Z)")
_COMMA_CONJ = re.compile(r",\s*(\w+)\s+(\w+)")
_GAP_WORD = re.compile(r"\w+")
_NAMING_WORD = re.compile(r"\w[\w'’-]*")
# an infinitive with "zu" between its particle and its stem ("abzureißen", "offenzulegen", "teilzunehmen")
_SEPARABLE_INFINITIVE = re.compile(r"[^\W\d_]{2,}zu[^\W\d_]{2,}(?:en|ern|eln)")
_NEXT_WORD = re.compile(r"[\"'”»“’\s\u00a0]*,?\s*(\w+)")
_q_start = operator.attrgetter("start")
_q_end = operator.attrgetter("end")


class Doc:
    """One article's tokens and their classes, tokenised a sentence at a time as the sentences are needed
    (in text order, so the token lists stay sorted by offset)."""

    def __init__(self, text, L):
        self.text = text
        self.low = text.lower()
        if len(self.low) != len(text):
            self.low = None
        self.L = L
        self.st, self.en, self.tx, self.lo, self.kind, self.mask = [], [], [], [], [], []
        self.done = {}
        self.chunks = []  # sorted (start, end, a, b) of the stretches tokenised so far
        self._lowers = None

    def tokenize(self, start, end):
        """Tokenise text[start:end] (once) and return its token index range. Stretches may be tokenised in any
        order: token indices are sorted within a stretch, and ``tok_range`` finds the stretch first."""
        hit = self.done.get(start)
        if hit is not None:
            return hit
        text = self.text
        ms = list(self.L.token.finditer(text, start, end))
        a = len(self.st)
        st = list(map(_START, ms))
        en = list(map(_END, ms))
        self.st.extend(st)
        self.en.extend(en)
        tx = list(map(_GROUP, ms))
        if _DASH_LIKE.search(text, start, end):
            # a dash typed as two hyphens or a horizontal bar reads as one ("--", "―"); a single hyphen between
            # spaces stays what it is (German "nach Angaben der Zeitung - mit … -" asides and ranges)
            tx = [DASH if w in _DASHES else w for w in tx]
        self.tx.extend(tx)
        # (each token lower-cased on its own: four times faster than slicing the lower-cased text)
        if self.L.acronym_homographs.isdisjoint(tx):
            self.lo.extend(map(str.lower, tx))
        else:
            # an acronym written like a function word ("the WHO said") keeps its capitals, so that no word list
            # takes it for the word ("who")
            self.lo.extend(w if w in self.L.acronym_homographs else w.lower() for w in tx)
        ms = list(map(self.L.masks.get, tx))
        if None in ms:
            mask_of = self.L.mask_of
            ms = [m if m is not None else mask_of(w) for m, w in zip(ms, tx)]
        if "/" in tx:
            # two names joined by a slash with no space are one ("a Gazette/Ipsos poll"); not "9/11"
            for x, w in enumerate(tx):
                if w == "/" and 0 < x < len(tx) - 1 and ms[x - 1] & M_KIND == W_CAP and \
                        ms[x + 1] & M_KIND == W_CAP and en[x - 1] == st[x] and en[x] == st[x + 1]:
                    ms[x] = W_CAP | M_HEAD
        self.mask.extend(ms)
        self.kind.extend(map(M_KIND.__and__, ms))
        hit = self.done[start] = (a, len(self.st))
        bisect.insort(self.chunks, (start, end, a, hit[1]))
        return hit

    @property
    def aligned_low(self):
        """The text in lower case with its offsets kept (a character whose lower case is longer stays as it
        is): ``low`` where that is already so."""
        return self.low if self.low is not None else lowered(self.text)

    @property
    def lowers(self):
        """Words seen in lower case somewhere: a capitalised one of them at a sentence start is no name."""
        if self._lowers is None:
            self._lowers = _LowerUse(self.text, self.low) if self.low is not None else \
                {w.lower() for w in _LOWER_WORD.findall(self.text)}
        return self._lowers

    def tok_range(self, start, end):
        """The token index range of text[start:end], within the tokenised stretch that holds ``start``."""
        k = bisect.bisect_right(self.chunks, (start, float("inf"))) - 1
        if k < 0 or start >= self.chunks[k][1]:
            return 0, 0
        _, _, a, b = self.chunks[k]
        return bisect.bisect_left(self.st, start, a, b), bisect.bisect_left(self.st, end, a, b)


def phrase_ending_at(phrases, toks, lo, k):
    """The first of ``phrases`` (word tuples, longest first) that the tokens up to position ``k`` spell, or
    None: "davon aus" ending at "aus"."""
    for ph in phrases:
        m = len(ph)
        if k + 1 >= m and phrase_at((ph,), toks, lo, k + 1 - m) is not None:
            return ph
    return None


def phrase_at(phrases, toks, lo, k):
    """The first of ``phrases`` (word tuples, longest first) that the tokens from position ``k`` spell, or
    None: "nach Angaben von" before "nach"."""
    n = len(toks)
    for ph in phrases:
        m = len(ph)
        if k + m <= n and all(toks[k + t] is not None and lo[toks[k + t]] == ph[t] for t in range(m)):
            return ph
    return None


class QuoteExtractor:
    name = "quotes"
    order = 10

    def extract(self, extraction, language):
        article = extraction.article
        text = article.text
        if not text.strip():
            return
        L = prepared(language)
        run = _Run(text, L)
        quotes = run.run()
        extraction.quotes.extend(sorted(quotes, key=lambda q: (q.start, q.end)))
        # the speakers the quotes point to (by identity: two namesakes are two speakers), in order of mention
        used = {id(m.speaker) for q in quotes for m in (q.speaker, q.via) if m is not None and m.speaker is not None}
        have = {id(sp) for sp in extraction.speakers}
        for sp in run.index.speakers:
            if id(sp) in used and id(sp) not in have:
                extraction.speakers.append(sp)
                have.add(id(sp))


class _Run:
    def __init__(self, text, L):
        self.text = text
        self.L = L
        self.doc = Doc(text, L)
        self.index = SpeakerIndex()
        self.last_quote_speaker = None  # (Mention, offset)
        self.spokesperson = None  # (offset, gender, Speaker): the body the last spokesperson named spoke for
        self.source_names = set()  # starts of the names in marks read as words of the frame (see run)

    # -- structure ----------------------------------------------------------------------------------------------

    def units(self):
        text = self.text
        heads = segment.headings(text)
        sents = segment.sentences(text, **self.L.segment_options)
        hs = [(h.start, h.end) for h in heads]
        qs = quote_spans(text, self.L.sp.quote_pairs)
        # quotes starting in a heading are not quotes
        hstarts = [h[0] for h in hs]

        def in_heading(pos):
            k = bisect.bisect_right(hstarts, pos) - 1
            return k >= 0 and hs[k][0] <= pos < hs[k][1]

        qs = [q for q in qs if not in_heading(q.start)]
        sents = [s for s in sents if not in_heading(s.start)]
        # a live blog's time opening a paragraph is a label, no part of its first sentence ("10:05 Council leader
        # Amy Rhodes told …", "10h15 : Plus de 500 000 foyers …")
        sents = [segment.Span(s.start + m.end(), s.end, s.text[m.end():])
                 if (s.start == 0 or text[s.start - 1] == "\n") and (m := self.L.timestamp.match(s.text)) and
                 m.end() < len(s.text) else s for s in sents]
        outer = [q for q in qs if q.depth == 0]
        # sentences bridged by an outermost quote form one unit
        units = []
        ostarts = [q.start for q in outer]
        for s in sents:
            # (outer quotations do not overlap: only the last one starting before the sentence can bridge)
            k = bisect.bisect_left(ostarts, s.start) - 1
            q = outer[k] if k >= 0 else None
            if units and q is not None and s.start < q.end + 1 and q.start < units[-1][1] or \
                    units and q is not None and q.end <= units[-1][1] and self._frame_after_question(q, units[-1], s):
                units[-1][1] = s.end
            else:
                units.append([s.start, s.end])
        return units, qs, outer

    def _frame_after_question(self, q, unit, s):
        """Is sentence ``s`` the frame of quotation ``q`` that ends a question or a cry just before it ('"How long
        must we wait?" Moreno asked.', '"We won!" Coach Ann Lee shouted to the crowd.')? A capital after "?" or
        "!" and the closing mark opens a new sentence for the segmenter, which would leave the quotation without
        its frame and hand it to the speaker before. It is, when the quotation opens its own sentence (not a
        motto inside one: 'marched under the slogan "Jobs now!" Mayor Lee said, …'), the frame follows on the
        same line, names its speaker in at most five words and then a cue, and has after the cue at most a few
        words of place or time ("… asked on Tuesday.") or, after a comma, a participle or a conjunction opening a
        clause of its own ("…, Moreno said, looking at the crowd.", "…, Moreno said, but no one answered."): "Moreno said the plan failed.", "Neighbours said in interviews that they heard a scream."
        and "Le maire a répondu, mardi, que …" report something of their own, an answer to the question."""
        text, L = self.text, self.L
        if text[q.end - 1:q.end] not in ("?", "!") or "\n" in text[q.end:s.start] or \
                text[q.end:s.start].strip(QUOTE_CHARS + " ") or unit[1] > s.start or \
                text[unit[0]:q.start].strip(QUOTE_CHARS + " "):
            return False
        words = list(_GAP_WORD.finditer(text, s.start, s.end))
        k = next((k for k, w in enumerate(words[:6]) if w.group().lower() in L.cues), None)
        if not k:
            return False
        if any(text[words[j].end():words[j + 1].start()].strip() not in ("", ".", "-", "'", "’") for j in range(k)):
            return False  # (punctuation inside the subject, but for "Sen.", "J." and "O'Neill": not a name)
        if k + 1 == len(words):
            return True
        rest = [w.group().lower() for w in words[k + 1:]]
        after = text[words[k].end():words[k + 1].start()].strip()
        if after[:1] == "," and (rest[0] in L.conj or L.sp.participle_suffixes and
                                 rest[0].endswith(L.sp.participle_suffixes)):
            return True  # (what follows the comma is a clause of its own: "…, Moreno said, adding that …")
        if len(rest) > 8 or any(w in L.comps or w in L.cues for w in rest):
            return False
        return after[:1] == "." or not after and rest[0] in L.preps

    # -- noun phrases -------------------------------------------------------------------------------------------

    def nps(self, toks):
        """Speaker noun phrases among the frame tokens ``toks`` (indices, in order, None at a quote)."""
        d, L = self.doc, self.L
        lo, kind, tx, mask = d.lo, d.kind, d.tx, d.mask
        out = []
        n = len(toks)
        k = 0
        first_of_unit = toks[0] if toks else None
        # words that end a run of modifiers before a head
        not_mod = M_CUE | M_PREP | M_COMP | M_STOP | M_DET | M_PRON | M_DIGIT | M_AUX | M_CONJ
        opens_phrase = M_PREP | M_OF | M_STOP | M_SRCB | M_CUE
        adj_after = L.sp.adjectives_after_noun
        while k < n:
            i = toks[k]
            if i is None:
                k += 1
                continue
            mk = mask[i]
            if mk & M_DET and lo[i] in L.demonstratives and k + 1 < n and toks[k + 1] is not None and \
                    mask[toks[k + 1]] & (M_CUE | M_AUX) and kind[toks[k + 1]] == W_LOWER and \
                    lo[toks[k + 1]] not in L.sp.passive_auxiliaries:
                # a demonstrative before a verb stands for a noun: "Dieser bestätigte, dass ..." (not before a
                # passive: "Diese wurden dazu aufgerufen" is who was called on)
                np_ = NP(k, k + 1)
                np_.pron = np_.demonstrative = True
                out.append(np_)
                k += 1
                continue
            if mk & M_PRON and mk & M_KIND != W_PUNCT and not (
                    mk & M_DET and k + 1 < n and toks[k + 1] is not None and
                    (kind[toks[k + 1]] == W_LOWER or not L.lower_nouns and kind[toks[k + 1]] == W_CAP) and
                    mask[toks[k + 1]] & M_HEAD and not mask[toks[k + 1]] & not_mod):
                # (a possessive that is also a pronoun opens a phrase before its noun: "Her son, Kevin Dunn, said")
                np_ = NP(k, k + 1)
                np_.pron = True
                # (a subject pronoun after a preposition that is also a conjunction: "as he said", "after he
                # appeared to suggest")
                np_.after_prep = k > 0 and toks[k - 1] is not None and mask[toks[k - 1]] & M_PREP != 0 and \
                    lo[i] not in L.subj_pron
                out.append(np_)
                k += 1
                continue
            if mk & M_TIME and kind[i] == W_CAP and k + 1 < n and toks[k + 1] is not None and \
                    mask[toks[k + 1]] & (M_CUE | M_AUX) and kind[toks[k + 1]] == W_LOWER and \
                    (known := self.index.find(tx[i])) is not None and known.kind == "person" and \
                    len(name_tokens(known.name)) > 1:
                # the surname of someone named before, also a word of time, before a verb: "Helen May … May said"
                np_ = NP(k, k + 1)
                np_._pending = (self, toks, None)
                out.append(np_)
                k += 1
                continue
            if mk & M_AUX and kind[i] == W_CAP and k + 1 < n and toks[k + 1] is not None and \
                    mask[toks[k + 1]] & (M_PRON | M_DET):
                k += 1  # an auxiliary opening a question before its subject, no name: "Would you say …"
                continue
            if not mk & (M_DET | M_TITLE | M_HEAD | M_PART):
                # (most tokens: no phrase can start here unless a lower-case modifier opens one)
                if mk & M_KIND != W_LOWER or mk & not_mod:
                    k += 1
                    continue
                prev_i = toks[k - 1] if k > 0 else None
                if not (prev_i is None or kind[prev_i] == W_PUNCT or mask[prev_i] & opens_phrase):
                    k += 1
                    continue
            if mk & M_HEAD and lo[i] in L.time_nouns and k + 1 < n and toks[k + 1] is not None and \
                    mask[toks[k + 1]] & (M_TIME | M_DIGIT):
                k += 2  # a time, no noun phrase: "Ende Januar", "Anfang 2024"
                continue
            if mk & M_DET and lo[i] in L.rel and k + 1 < n and toks[k + 1] is not None and \
                    mask[toks[k + 1]] & M_DET and not mask[toks[k + 1]] & M_TITLE:
                k += 1  # a relative pronoun before an article opens no phrase: "…, der die Stärke des Sturms …"
                continue
            # determiners, titles and up to three lower-case modifiers, then a head
            j = k
            if mk & M_PART and kind[i] == W_CAP and k + 2 < n and toks[k + 1] is not None and \
                    toks[k + 2] is not None and kind[toks[k + 1]] == W_LOWER and \
                    mask[toks[k + 1]] & M_PART and kind[toks[k + 2]] == W_CAP and \
                    not mask[toks[k + 2]] & (M_ORG | M_ROLE | M_CNOUN) and \
                    (k == 0 or toks[k - 1] is None or kind[toks[k - 1]] == W_PUNCT):
                j = k + 1  # a name's particle capitalised at a sentence start: "Von der Leyen sagte"
            while j < n and toks[j] is not None and (mask[toks[j]] & (M_DET | M_TITLE) and
                                                     not mask[toks[j]] & M_PRON or
                                                     j > k and mask[toks[j]] & M_DOT and
                                                     mask[toks[j - 1]] & M_TITLE):
                j += 1  # (a title's full stop: "said Mr. Burke")
            if L.lower_nouns and j == k and i == first_of_unit and kind[i] == W_CAP and not mk & (M_TITLE | M_ACRO) \
                    and not tx[i].endswith(L.sp.possessive_endings or ("\0",)):
                # a common noun capitalised only because it opens the sentence, before a noun for a business and a
                # name: "Rail operator Linea said", "Software maker Nortek said" (as "shipping giant Maersk")
                q_ = k + 1
                while q_ < n and q_ - k <= 2 and toks[q_] is not None and kind[toks[q_]] == W_LOWER and \
                        not mask[toks[q_]] & (not_mod | M_HEAD) and not tx[toks[q_]].endswith("ly"):
                    q_ += 1
                # (the last of them a noun for a business, never a verb: "Shaw met envoy Tom Kay"; or one noun for
                # a person before a full name: "Shop owner Derek Manning said", "Former employee Sophie Lang said":
                # `Speech.person_noun_endings`)
                if k + 1 < q_ < n and toks[q_] is not None and kind[toks[q_]] == W_CAP and \
                        mask[toks[q_]] & M_HEAD and not mask[toks[q_]] & (M_CUE | M_STOP) and \
                        (lo[toks[q_ - 1]] in L.sp.company_nouns or
                         q_ == k + 2 and lo[toks[k + 1]].endswith(L.sp.person_noun_endings or ("\0",)) and
                         q_ + 1 < n and toks[q_ + 1] is not None and kind[toks[q_ + 1]] == W_CAP and
                         not mask[toks[q_ + 1]] & (M_CUE | M_STOP)) or \
                        not adj_after and k + 1 < q_ < n and toks[q_] is not None and kind[toks[q_]] == W_LOWER and \
                        mask[toks[q_]] & M_ROLE and not self._first_name_gender(tx[i]) and \
                        self.index.find(tx[i]) is None and \
                        not any(lo[toks[x]].endswith(L.sp.adjective_participle_suffixes or ("\0",))
                                for x in range(k + 1, q_)) and \
                        (q_ + 1 >= n or toks[q_ + 1] is None or kind[toks[q_ + 1]] != W_CAP or
                         lo[i].endswith(L.sp.lead_adjective_endings or ("\0",))):
                    # (or a capitalised adjective before adjectives and a role: "Libertarian mayoral candidate
                    # Gary Lane's doctor", "Independent trade analysts said"; not a first name or a speaker named
                    # before, with its verb after it: "Shaw attacked rival Tom Kay"; before a role and a name only a
                    # word ending like an adjective, `Speech.lead_adjective_endings`: not "Reed hit rival Tom Kay")
                    j = k + 1
            m = j
            # lower-case modifiers ("südkoreanesche Minister", "longtime Democratic pollster") only after a
            # determiner or where a phrase starts, not after a verb ("spotted Stein")
            prev_i = toks[k - 1] if k > 0 else None
            mods = j > k or prev_i is None or kind[prev_i] == W_PUNCT or mask[prev_i] & opens_phrase
            while mods and m < n and m - j < 3:
                t = toks[m]
                if t is None or kind[t] != W_LOWER or mask[t] & not_mod or \
                        (self._head(t, True) if t == first_of_unit else mask[t] & M_HEAD):
                    break
                m += 1
            if (m >= n or toks[m] is None or not mask[toks[m]] & M_HEAD) and m == j > k + (mk & M_DET != 0) and \
                    toks[j - 1] is not None and mask[toks[j - 1]] & M_TITLE and mask[toks[j - 1]] & M_HEAD and \
                    not L.lower_nouns:
                m = j - 1  # a title word with no name after it is a noun: "Seine Frau, Petra Keller, sagte"
            # (a role that is also a verb of saying heads a phrase after its article: "Le juge a répondu")
            role_noun = L.sp.article_nouns and m > k and m < n and toks[m] is not None and \
                mask[toks[m]] & M_ROLE and self._after_article(toks, m)
            if m >= n or toks[m] is None or not (self._head(toks[m], True) if toks[m] == first_of_unit
                                                 else mask[toks[m]] & M_HEAD) and not role_noun:
                k += 1
                continue
            start = k
            e = m
            while e < n and toks[e] is not None and not (e > m and mask[toks[e - 1]] & M_ACRO and
                                                         self._acronym_then_name(toks, e, n)) and \
                    ((self._head(toks[e], True) if toks[e] == first_of_unit else mask[toks[e]] & M_HEAD) or
                     e == m and role_noun or
                                                     (mask[toks[e]] & M_DOT and self._dot_in_name(toks, e)) or
                                                     (e > m and kind[toks[e]] == W_CAP and
                                                      kind[toks[e - 1]] == W_CAP and
                                                      not mask[toks[e]] & (M_STOP | M_CUE) and
                                                      (not mask[toks[e]] & M_TIME or
                                                       self._first_name_gender(tx[toks[e - 1]]))) or
                                                     # (a month after a first name is a surname: "Helen May")
                                                     (e > m and mask[toks[e]] & M_PART and
                                                      (kind[toks[e - 1]] == W_CAP or mask[toks[e - 1]] & M_PART) and
                                                      self._particle(toks, e)) or
                                                     (e > m and tx[toks[e]].isdigit() and
                                                      kind[toks[e - 1]] == W_CAP and len(tx[toks[e]]) <= 4 and
                                                      not mask[toks[e - 1]] & (M_CNOUN | M_ROLE | M_ORG) and
                                                      not (not L.lower_nouns and e - 2 >= start and
                                                           toks[e - 2] is not None and mask[toks[e - 2]] & M_DET)) or
                                                     (e > m and mask[toks[e]] & M_CONJ and e + 1 < n and
                                                      toks[e + 1] is not None and kind[toks[e - 1]] == W_CAP and
                                                      kind[toks[e + 1]] == W_CAP and
                                                      mask[toks[e + 1]] & M_HEAD)):
                e += 1
            if L.lower_nouns and not adj_after and e < n and e > m > start and mask[toks[start]] & M_DET and \
                    toks[e] is not None and kind[toks[e]] == W_LOWER and \
                    not mask[toks[e]] & (not_mod | M_HEAD) and not self._adverb(lo[toks[e]]) and \
                    not lo[toks[e]].endswith(L.sp.participle_suffixes or ("\0",)) and \
                    all(kind[toks[x]] == W_CAP for x in range(m, e)) and \
                    not tx[toks[e - 1]].endswith(L.sp.possessive_endings or ("\0",)) and (
                        lo[toks[start]] in L.sp.new_referent_words or
                        e + 1 < n and toks[e + 1] is not None and mask[toks[e + 1]] & (M_CUE | M_AUX) and
                        kind[toks[e + 1]] == W_LOWER):
                # where modifiers come before their noun, a name after an article with a common noun after it is
                # that noun's modifier, and the noun heads the phrase: "a City Hall memo", "The Vermont native said"
                e += 1
            if L.lower_nouns and not adj_after and e < n and e > m and toks[e - 1] is not None and \
                    tx[toks[e - 1]].endswith(L.sp.possessive_endings or ("\0",)):
                # a possessor's adjectives and role: "Britain's foreign secretary said" is the secretary
                f = e
                while f < n and f - e < 2 and toks[f] is not None and kind[toks[f]] == W_LOWER and \
                        not mask[toks[f]] & (not_mod | M_HEAD) and not self._adverb(lo[toks[f]]):
                    f += 1
                if e < f < n and toks[f] is not None and kind[toks[f]] == W_LOWER and mask[toks[f]] & (M_ROLE | M_ORG):
                    e = f + 1
                    while e < n and toks[e] is not None and kind[toks[e]] == W_LOWER and \
                            mask[toks[e]] & (M_ROLE | M_ORG):
                        e += 1  # ("Hale's former campaign strategist")
            np_ = NP(start, e)
            if adj_after:
                e = self._adjectives_after(toks, e, n)
            if e < n and e > m and toks[e] is not None and kind[toks[e]] == W_CAP and \
                    not self._acronym_then_name(toks, e, n) and \
                    mask[toks[e]] & (M_HEAD | M_DET):
                # "l'hebdomadaire régional Le Courrier", "l'ancien chef centriste Paul-Henri Le Goff"
                while e < n and toks[e] is not None and kind[toks[e]] == W_CAP and \
                        (mask[toks[e]] & (M_HEAD | M_DET) or self._particle(toks, e)) and \
                        not mask[toks[e]] & M_CUE:
                    e += 1
            if self.source_names:
                e = self._over_marked_name(toks, e)
                if e + 1 < n and toks[e] is not None and mask[toks[e]] & M_DET and toks[e - 1] is not None and \
                        mask[toks[e - 1]] & (M_CNOUN | M_ORG):
                    f = self._over_marked_name(toks, e + 1)
                    if f > e + 1:
                        e = f  # whose report, in marks: "einem Bericht der „SZ“"
            # an institution's name in title case: "the Committee to Protect Journalists", "the Council on
            # Foreign Relations" (the words after the link are its name's, not a place or a body of its own)
            if e + 1 < n and toks[e] is not None and lo[toks[e]] in L.name_links and kind[toks[e]] == W_LOWER and \
                    kind[toks[e - 1]] == W_CAP and mask[toks[e - 1]] & M_ORG and toks[e + 1] is not None and \
                    kind[toks[e + 1]] == W_CAP and not mask[toks[e + 1]] & (M_TIME | M_CUE | M_STOP):
                f = h = e + 1
                while h < n and toks[h] is not None and (
                        kind[toks[h]] == W_CAP and not mask[toks[h]] & (M_TIME | M_CUE) or
                        h + 1 < n and toks[h + 1] is not None and kind[toks[h + 1]] == W_CAP and
                        kind[toks[h]] == W_LOWER and (lo[toks[h]] in L.name_links or
                                                      mask[toks[h]] & (M_DET | M_CONJ))):
                    h += 1
                if np_.inner is None:
                    np_.inner = self._np(toks, f, h)
                c = e - 1
                while c > start and toks[c - 1] is not None and kind[toks[c - 1]] == W_CAP and \
                        not mask[toks[c - 1]] & (M_DET | M_TITLE):
                    c -= 1
                np_.linked = (c, h)
                e = h
            # of-attachments: "Sprecher vum Ausseministère Matthew Miller", "Kamanda von der Behörde"
            while e < n and toks[e] is not None and (mask[toks[e]] & M_OF or mask[toks[e]] & M_NPREP and
                                                     toks[e - 1] is not None and
                                                     mask[toks[e - 1]] & (M_ORG | M_ROLE | M_CNOUN | M_HEAD)):
                f = e + 1
                while f < n and toks[f] is not None and mask[toks[f]] & M_DET:
                    f += 1
                g = f
                while g < n and g - f < 2 and toks[g] is not None and kind[toks[g]] == W_LOWER and \
                        not mask[toks[g]] & (M_CUE | M_HEAD | M_PREP | M_OF | M_AUX | M_COMP | M_PRON):
                    g += 1
                if g < n and toks[g] is not None and mask[toks[g]] & M_HEAD:
                    h = g
                    while h < n and toks[h] is not None and (mask[toks[h]] & M_HEAD or
                                                             self._dot_in_name(toks, h) or
                                                             self._article_in_name(toks, h)):
                        h += 1
                    h = self._adjectives_after(toks, h, n)
                    if self.source_names:
                        h = self._over_marked_name(toks, h)
                    inner = self._np(toks, f, h)
                    if np_.inner is None:
                        np_.inner = inner
                    e = h
                elif L.lower_nouns and g > f and (np_.role is not None or np_.org or
                                                  mask[toks[e - 1]] & M_HEAD):
                    # "la directrice de l'hôpital", "spokesman of the ministry": a common noun attached
                    e = self._adjectives_after(toks, g, n)
                else:
                    break
            # a bracketed acronym or party: "(CDU)", "(D)"
            if e + 2 < n and toks[e] is not None and tx[toks[e]] == "(" and toks[e + 2] is not None and \
                    tx[toks[e + 2]] == ")" and toks[e + 1] is not None and kind[toks[e + 1]] == W_CAP:
                e += 3
            np_.b = e
            np_._pending = (self, toks, np_.inner.a - 1 if np_.inner else None)
            prev = toks[start - 1] if start > 0 else None
            if prev is not None and mask[prev] & M_PREP and not (
                    lo[prev] in L.sp.conjunction_prepositions and e < n and toks[e] is not None and
                    (lo[toks[e]] in L.cues or mask[toks[e]] & M_AUX)) and not (
                    start > 1 and toks[start - 2] is not None and lo[toks[start - 2]] in L.sp.quantity_nouns):
                # (nor after a noun of quantity: "Des centaines de riverains ont affirmé …" are the residents)
                # (not after a preposition that is also a conjunction, when a verb follows: "after campaign aides
                # insisted ...", "as the mayor said")
                np_.after_prep = True
                np_.agent = lo[prev] in L.agent
            out.append(np_)
            k = max(e, k + 1)
        return out

    def _verb_in_name(self, toks, np_):
        """Where the name of ``np_`` runs over a capitalised auxiliary or verb of saying, as a headline in title case
        does ("Donald Duck Is Right, …", "Mayor Says Bridge …"), or None: the words from there on name no one; a
        month, a word after a first name or one the title case does not go on after is a surname ("Helen May",
        "Tom Will", "Tavi Wonder said")."""
        d = self.doc
        a, b = np_.name
        return next((x for x in range(a + 1, b) if toks[x] is not None and d.kind[toks[x]] == W_CAP and
                     d.mask[toks[x]] & (M_AUX | M_CUE) and not d.mask[toks[x]] & M_TIME and
                     not self._first_name_gender(d.tx[toks[x - 1]]) and
                     x + 1 < len(toks) and toks[x + 1] is not None and d.kind[toks[x + 1]] == W_CAP), None)

    def _adjectives_after(self, toks, e, n):
        """Where adjectives follow their noun (French), the NP runs on over them: "l'agence régionale",
        "le gouvernement malien"."""
        L, d = self.L, self.doc
        if not L.sp.adjectives_after_noun or e == 0 or toks[e - 1] is None or d.kind[toks[e - 1]] == W_PUNCT:
            return e
        f = e
        while f < n and f - e < 2 and toks[f] is not None and d.kind[toks[f]] == W_LOWER:
            w = d.lo[toks[f]]
            if w in L.stop or w in L.dets or w in L.preps or w in L.cues or w in L.aux or w in L.comps or \
                    w in L.of or w in L.pron or w in L.rel or not w[0].isalpha() or w in L.timewords or \
                    self._adverb(w):
                break
            if f + 1 < n and toks[f + 1] is not None and d.lo[toks[f + 1]] in L.dets and \
                    d.lo[toks[f + 1]] not in L.of and d.kind[toks[f + 1]] == W_LOWER:
                break  # a verb before its object, no adjective: "le ministre apporte la même conclusion"
            f += 1
        return f

    def _in_caps_heading(self, toks, k):
        """Is the word at ``k`` (in capitals) part of a run of words in capitals, as a heading run into the text
        is ("NATO CHIEF SAYS ALLIES …"): words in capitals on both sides, or on one side a function word or a
        verb of saying in capitals?"""
        d = self.doc
        caps = [x for x in (k - 1, k + 1) if 0 <= x < len(toks) and toks[x] is not None and d.mask[toks[x]] & M_CAPS]
        return len(caps) == 2 or any(d.mask[toks[x]] & (M_STOP | M_DET | M_CUE | M_AUX | M_PREP) for x in caps)

    def _acronym_then_name(self, toks, e, n):
        """'à l'AFP Jean-Marc Trébuchet': an acronym followed by a person's two-word name are two phrases."""
        if e == 0 or e + 1 >= n or toks[e - 1] is None or toks[e] is None or toks[e + 1] is None:
            return False
        d = self.doc
        p, w, x = d.tx[toks[e - 1]], d.tx[toks[e]], d.tx[toks[e + 1]]
        return len(p) >= 2 and p.isupper() and p.isalpha() and w[:1].isupper() and not w.isupper() and \
            x[:1].isupper() and not x.isupper() and d.kind[toks[e + 1]] == W_CAP and \
            not d.mask[toks[e]] & (M_ORG | M_ROLE) and not d.mask[toks[e - 1]] & M_ROLE  # ("MP Gregory Fenn")

    def _relative_after(self, toks, t):
        """Does a relative clause open at ``t`` (after its preposition): a relative pronoun not followed by a
        noun ("nach denen es Tote gegeben habe", "nach dem der Trainer gehen solle"; not "nach dem Spiel")?"""
        d, L = self.doc, self.L
        if t >= len(toks) or toks[t] is None or d.lo[toks[t]] not in L.rel:
            return False
        nx = toks[t + 1] if t + 1 < len(toks) else None
        return nx is None or d.kind[nx] != W_CAP or d.lo[nx] in L.dets or d.mask[nx] & M_PRON

    def _marked_name_in(self, toks, a, b):
        """The first position in toks[a:b] where a body's name in marks, read as words of the frame, starts
        (see run), or None."""
        st = self.doc.st
        return next((t for t in range(a, b) if toks[t] is not None and st[toks[t]] in self.source_names), None)

    def _over_marked_name(self, toks, e):
        """Where a noun phrase ending at ``e`` ends once a body's name in marks right after it, read as words of
        the frame (see run), is taken in: "der Agentur „Interfax“"."""
        d, n = self.doc, len(toks)
        if e + 1 < n and toks[e] is not None and d.tx[toks[e]] in QUOTE_CHARS and toks[e + 1] is not None and \
                d.st[toks[e + 1]] in self.source_names:
            f = e + 1
            while f < n and toks[f] is not None and d.tx[toks[f]] not in QUOTE_CHARS:
                f += 1
            return min(n, f + 1)
        return e

    def _particle(self, toks, e):
        """A name particle inside a name: "von" in "Ursula von der Leyen", "al-Rahman"."""
        d, L = self.doc, self.L
        i = toks[e]
        if i is None or d.kind[i] != W_LOWER or not is_particle(d.lo[i], L.particles, L.particle_prefixes):
            return False
        w = d.tx[i]
        if "-" in w:
            return w.split("-", 1)[1][:1].isupper()
        if L.sp.capitalised_nouns and (d.lo[i] in L.dets or d.lo[i] in L.preps and d.lo[i] not in L.of):
            # German "zu den", "an der": a preposition and an article, not a name's particle; but "der" of "von
            # der Leyen", between a particle and the surname
            prev = toks[e - 1] if e > 0 else None
            if not (d.lo[i] in L.of and prev is not None and d.kind[prev] == W_LOWER and
                    is_particle(d.lo[prev], L.particles, L.particle_prefixes) and e + 1 < len(toks) and
                    toks[e + 1] is not None and d.kind[toks[e + 1]] == W_CAP):
                return False
            g = e + 1  # the capitalised word after the run
        else:
            # (a run of particles must reach a capitalised word: "von der Leyen", not "Anna Berg von der „Ost“")
            g = e + 1
            while g < len(toks) and g - e <= 2 and toks[g] is not None and d.kind[toks[g]] == W_LOWER and \
                    is_particle(d.lo[toks[g]], L.particles, L.particle_prefixes):
                if L.sp.capitalised_nouns and d.lo[toks[g]] in L.dets and d.lo[toks[g]] not in L.of:
                    return False  # "Karl Harb von den Stadtwerken": an of-phrase, not "von der Leyen"
                g += 1
            if not (g < len(toks) and toks[g] is not None and d.kind[toks[g]] == W_CAP):
                return False
        # after a full name a particle with an article opens an affiliation ("Karl Brandt von der Feuerwehr"),
        # after a first name it stays in the name ("Ursula von der Leyen", "Jan van der Berg"); one without an
        # article ("Thomas von Heesen", "Jan van Dijk") is a name's unless a body follows ("von der SPD")
        if d.mask[toks[g]] & (M_ORG | M_ROLE | M_CNOUN | M_ACRO):
            return False
        if e > 0 and toks[e - 1] is not None and d.mask[toks[e - 1]] & M_CNOUN or \
                g + 1 < len(toks) and toks[g + 1] is not None and d.kind[toks[g + 1]] == W_CAP and \
                d.mask[toks[g + 1]] & M_HEAD and not d.mask[toks[g + 1]] & (M_CUE | M_STOP | M_DET):
            return False  # a noun's of-phrase: "Zitat von Schröder", "Amtsantritt von Angela Merkel" (a particle
            # is followed by one surname, not by a first name and a surname; a role before it may be a title:
            # "Bundespräsident von Weizsäcker")
        if not any(d.lo[toks[t]] in L.dets for t in range(e, g) if toks[t] is not None) and \
                not (e > 0 and toks[e - 1] is not None and d.lo[toks[e - 1]] in L.dets):
            return True
        names = 0
        f = e - 1
        while f >= 0 and toks[f] is not None and names < 2:
            if d.kind[toks[f]] == W_CAP and not d.mask[toks[f]] & (M_ROLE | M_ORG | M_TITLE | M_DET | M_CNOUN |
                                                                  M_STOP | M_PREP | M_SRCB | M_CUE):
                names += 1
            elif not (d.kind[toks[f]] == W_LOWER and is_particle(d.lo[toks[f]], L.particles, L.particle_prefixes)):
                break
            f -= 1
        return names < 2

    def _article_in_name(self, toks, h):
        """Is the token at ``h`` a capitalised article inside a name, between a first name and the rest of the
        surname ("Anne Le Floch", "Paul Le Maire", "Jean-Yves Le Bihan")?"""
        d = self.doc
        n = len(toks)
        x = toks[h]
        return x is not None and 0 < h and h + 1 < n and d.kind[x] == W_CAP and d.mask[x] & M_DET and \
            toks[h - 1] is not None and toks[h + 1] is not None and d.kind[toks[h - 1]] == W_CAP and \
            d.kind[toks[h + 1]] == W_CAP and not d.mask[toks[h - 1]] & (M_DET | M_ROLE | M_ORG | M_TITLE) and \
            not d.mask[toks[h + 1]] & (M_CUE | M_STOP | M_DET)

    def _dot_in_name(self, toks, e):
        """A full stop inside a name: "Mr. Smith", "J. Smith", "U.S.", "St. Louis" """
        d = self.doc
        i = toks[e]
        if d.tx[i] != "." or e == 0 or toks[e - 1] is None or e + 1 >= len(toks) or toks[e + 1] is None:
            return False
        p = toks[e - 1]
        if d.en[p] != d.st[i]:
            return False
        nx = toks[e + 1]
        if d.kind[nx] == W_LOWER and "." in d.tx[p] and segment.initials(d.tx[p]):
            # a dotted abbreviation before a noun: "the U.N. mission", "The U.S. ambassador said"; not before a
            # function word or a verb it is the subject of ("the U.S. would respond", "the U.N. said")
            return not d.mask[nx] & (M_STOP | M_AUX | M_CUE | M_CONJ | M_PREP | M_COMP | M_DET | M_PRON) and \
                d.lo[nx] not in self.L.rel
        return d.kind[nx] == W_CAP and (
            len(d.tx[p]) == 1 or d.lo[p] in self.L.titles or segment.initials(d.tx[p]) or
            d.lo[p] in self.L.sp.name_abbreviations)  # ("St. Louis Mayor Tina Ward")

    def _head(self, i, sentence_initial):
        d = self.doc
        if not sentence_initial or self.L.lower_nouns and i + 1 < len(d.tx) and d.kind[i + 1] == W_CAP and \
                d.mask[i + 1] & M_HEAD and \
                not d.mask[i + 1] & (M_CUE | M_STOP | M_DET | M_TITLE) and d.en[i] + 1 == d.st[i + 1] and \
                not d.mask[i] & (M_CUE | M_STOP | M_DET | M_PREP | M_AUX | M_CONJ | M_PRON | M_COMP | M_TIME) and \
                not self._first_name_gender(d.tx[i + 1]):
            # (a word the article also writes in lower case opening a name of several words is the name's: "New
            # York Mayor Ellen Price said …" beside "the new budget"; not a noun before a first name: "Developer
            # Kevin Shaw said")
            return d.mask[i] & M_HEAD != 0
        if d.mask[i] & M_CUE and d.mask[i] & (M_ROLE | M_ORG) and i + 1 < len(d.tx) and d.kind[i + 1] == W_LOWER and \
                d.mask[i + 1] & (M_CUE | M_AUX):
            return True  # a role that is also a verb, before a verb: "Advocates have expressed concern …"
        L = self.L
        if d.kind[i] == W_CAP and i + 1 < len(d.tx) and d.lo[i + 1] in L.agent and len(d.lo[i]) > 5 and \
                d.lo[i].endswith(L.sp.adjective_participle_suffixes or ("\0",)) and \
                not self._first_name_gender(d.tx[i]):
            return False  # a participle opening a sentence, no name: "Stunned by the verdict, the family …"
        return self._head_uncached(i, True)

    def _head_uncached(self, i, sentence_initial):
        d = self.doc
        return self.L._head_word(d.tx[i], d.lo[i], d.kind[i], sentence_initial,
                                 d.lowers if sentence_initial else ())

    def _analyse(self, toks, np_, limit=None):
        """Find the name, the role noun and the kind of a noun phrase."""
        d, L = self.doc, self.L
        kind, tx, mask = d.kind, d.tx, d.mask
        end = np_.b if limit is None else min(np_.b, limit + 1)
        runs = []
        cur = None
        for k in range(np_.a, end):
            i = toks[k]
            if i is None:
                continue
            mk = mask[i]
            if mk & M_CNOUN:
                np_._cuenoun = True
                cur = None
                continue
            is_role = mk & M_ROLE or k > np_.a and d.lo[i] in L.sp.role_second_words and toks[k - 1] is not None and \
                mask[toks[k - 1]] & M_ROLE  # (a role of two words: "Attorney General", "Secretary General")
            if is_role and kind[i] == W_CAP and L.lower_nouns and (
                    cur is not None and cur[1] == k and self._first_name_gender(tx[toks[k - 1]]) and
                    not (k >= 2 and toks[k - 2] is not None and mask[toks[k - 2]] & M_DOT) or
                    k + 1 == end and self._known_surname(tx[i])):
                is_role = 0  # a surname that is also a role after a first name: "Tom Speaker", "Anna Chancellor"
                # (not after a place's name: "St. Paul Mayor Kim Lund")
            is_org = mk & M_ORG
            if (is_role or is_org) and k >= 2 and self._article_in_name(toks, k - 1):
                is_role = is_org = 0  # a surname after its article: "Paul Le Maire", not the role "maire"
            if is_role:
                np_._role = k
            if is_org:
                np_._org = True
            cap = kind[i] == W_CAP and (not tx[i][:1].islower() or tx[i] in L.lower_names)
            # ("dpa-Korrespondent" heads, names nobody; "dpa" alone is a name)
            namey = (cur is not None and mk & M_PART and self._particle(toks, k)) or \
                (cap and mk & M_DET and k > np_.a and k + 1 < end and toks[k + 1] is not None and
                 kind[toks[k + 1]] == W_CAP and not L.sp.capitalised_nouns) or \
                (cap and not is_role and not is_org and not mk & (M_DET | M_TITLE | M_STOP) and
                 not (mk & M_CLAIM and not L.lower_nouns)) or \
                (mk & M_DOT and cur is not None) or (cap and mk & M_CAPS and not (is_role and not self._in_caps_heading(
                    toks, k)))
            # (a role abbreviated in capitals outside a heading in capitals is a role, no name: "the MP", "The CEO
            # said", "SNP MSP Fiona Baird"; where nouns are capitalised, a noun of a claim is none either: "die
            # Forderungen von Politikern")
            if namey:
                if cur is None:
                    cur = [k, k + 1]
                    runs.append(cur)
                else:
                    cur[1] = k + 1
            else:
                cur = None
        # a name right before a role or organisation noun is its modifier ("Kremlin spokesman", "Nordkoreanesch
        # Medien"), unless it is an acronym or several words before a person's role ("Human Rights Watch-Sprecher")
        # that are no possessor ("Tom Hale's lawyer" is the lawyer, as "Hale's lawyer" is)
        # (where nouns are written in lower case before their modifiers, any noun in lower case closing the phrase
        # after a name of several words has it for its modifier: "the Rhode Island businessman", "a White House
        # spokesman", "the Vermont native"; not a possessor's before a noun that is no role, "Gary Lane's book", nor
        # a company's, whose ad or report speaks for it: "a Harlow Motors ad")
        if runs and L.lower_nouns and not L.sp.adjectives_after_noun:
            def role_after_adjectives(r):
                # (where modifiers come first, a name before adjectives and a role or body in lower case:
                # "Libertarian mayoral candidate", "Democratic vice presidential nominee")
                j = r[1]
                while j < end and j - r[1] < 3 and toks[j] is not None and (
                        kind[toks[j]] == W_LOWER and
                        not mask[toks[j]] & (M_ROLE | M_ORG | M_PREP | M_OF | M_STOP | M_DET | M_CONJ | M_AUX | M_COMP |
                                             M_PRON | M_PART | M_CUE) or d.lo[toks[j]] in L.sp.party_titles):
                    j += 1  # (a party's word among them: "Senior Democratic aides")
                return r[1] < j < end and toks[j] is not None and kind[toks[j]] == W_LOWER and \
                    mask[toks[j]] & (M_ROLE | M_ORG)
            # (also a place before a party's word closing the phrase: "the Texas Republican" is a member, no Texas)
            runs = [r for r in runs if not role_after_adjectives(r) and not (
                r[1] + 1 == end and toks[r[1]] is not None and d.lo[toks[r[1]]] in L.sp.party_titles)]
        runs = [r for r in runs if not (r[1] < end and toks[r[1]] is not None and
                                        (mask[toks[r[1]]] & M_ORG or
                                         mask[toks[r[1]]] & M_ROLE and (
                                             r[1] - r[0] == 1 or
                                             tx[toks[r[1] - 1]].endswith(L.sp.possessive_endings or ("\0",))) or
                                         L.lower_nouns and not L.sp.adjectives_after_noun and
                                         kind[toks[r[1]]] == W_LOWER and r[1] + 1 == end and
                                         not mask[toks[r[1]]] & (M_PREP | M_OF | M_STOP | M_DET | M_CONJ | M_AUX |
                                                                 M_COMP | M_PRON | M_PART) and
                                         d.lo[toks[r[1] - 1]] not in L.org_name_words and
                                         not tx[toks[r[1] - 1]].endswith(L.sp.possessive_endings or ("\0",))) and
                                        not (r[1] - r[0] == 1 and tx[toks[r[0]]].isupper()))]
        # a capitalised adjective opening the sentence before a noun of saying or of a claim is no name
        # ("Offiziellen Angaben zufolge", "Ersten Berichten nach", "Ursprüngliche Pläne sahen vor";
        # `Speech.adjective_endings`), a genitive is ("Müllers Angaben")
        if L.sp.adjective_endings:
            runs = [r for r in runs if not (r[1] - r[0] == 1 and r[1] < end and
                                            toks[r[1]] is not None and mask[toks[r[1]]] & (M_CNOUN | M_CLAIM) and
                                            (r[0] == 0 or toks[r[0] - 1] is None or
                                             kind[toks[r[0] - 1]] == W_PUNCT) and
                                            d.lo[toks[r[0]]].endswith(L.sp.adjective_endings))]
        if runs and any(r[1] - r[0] >= 2 for r in runs):
            # a run with a function word in capitals inside it, or opening it before a word in lower case, is a
            # heading run into the sentence ("CONGRESS HAS INVESTIGATED HIM", "THE SAVINGS Back when he …"), no
            # name; an article opening a name in capitals is the name's ("LE MONDE", "THE NEW YORK TIMES")
            def heading(r):
                caps_fw = [k for k in range(r[0], r[1]) if toks[k] is not None and
                           mask[toks[k]] & (M_DET | M_STOP | M_PRON | M_AUX) and mask[toks[k]] & M_CAPS and
                           not mask[toks[k]] & M_PART]
                return bool(caps_fw) and (caps_fw[-1] > r[0] or any(
                    toks[k] is not None and not mask[toks[k]] & M_CAPS and tx[toks[k]][:1].isalpha()
                    for k in range(r[0], r[1])))
            runs = [r for r in runs if not heading(r)]
        if runs:
            best = max(runs, key=lambda r: (r[1] - r[0], r[0]))
            # the last multi-word run wins over an earlier one ("Amnesty-International-Sprecherin Berger")
            multi = [r for r in runs if r[1] - r[0] >= 2]
            if multi:
                best = multi[-1]
            elif len(runs) > 1:
                best = runs[-1]
            while best[1] > best[0] and tx[toks[best[1] - 1]] == ".":
                best[1] -= 1
            # (a word before a first name that is none itself: a description, a complement or an acronym)
            word_before_first = best[1] - best[0] >= 2 and self._first_name_gender(tx[toks[best[0] + 1]]) and \
                not self._first_name_gender(tx[toks[best[0]]])
            if L.sp.description_endings and word_before_first and \
                    (best[1] - best[0] >= 3 and len(tx[toks[best[0]]]) >= 5 and
                     d.lo[toks[best[0]]].endswith(L.sp.description_endings) or d.lo[toks[best[0]]] in L.kin) and \
                    not mask[toks[best[0]]] & (M_PART | M_TITLE | M_ACRO) and kind[toks[best[0]]] == W_CAP and \
                    not mask[toks[best[1] - 1]] & M_ACRO:  # (not before a regnal number: "Königin Elisabeth II")
                # where every noun is capitalised, a noun before a first name and a surname describes the person
                # ("Meteorologin Anna Franke", "Rentnerin Erika Schmitt", "Kioskbesitzer Paul Kern"): no part of
                # the name (one the role lexicon does not know; by its ending, so "Jan Peter Balkenende" keeps his);
                # nor is a word of kinship before a first name ("Säi Jong Miguel", "seine Tochter Lena")
                best = [best[0] + 1, best[1]]
                np_._role = np_._role if np_._role is not None else best[0] - 1
            elif best[1] - best[0] >= 3 and word_before_first and \
                    not mask[toks[best[0]]] & (M_PART | M_TITLE) and best[0] > 0 and toks[best[0] - 1] is not None \
                    and (mask[toks[best[0]]] & M_ACRO or mask[toks[best[0] - 1]] & (M_DET | M_OF)):
                # a role's complement or a body's acronym run into the full name after it ("le ministre de
                # l'Industrie Paul Le Maire", "la présidente du groupe RN Anne Le Floch"): not part of the name
                best = [best[0] + 1, best[1]]
            if L.sp.name_adjective_endings and best[1] - best[0] == 1 and best[0] > 0 and \
                    toks[best[0] - 1] is not None and mask[toks[best[0] - 1]] & M_DET and \
                    not mask[toks[best[0]]] & M_CAPS:
                # an institution named by its noun and adjectives after an article ("la Ligue arabe", "la Banque
                # mondiale", "l'Union européenne", "le Front national"): the adjectives are part of the name, and no
                # person's name is written so (only words of adjective endings: not "La France reste attachée",
                # "l'Inserm publiée mercredi")
                e = best[1]
                while e < end and toks[e] is not None and kind[toks[e]] == W_LOWER and \
                        not mask[toks[e]] & (M_ROLE | M_ORG | M_CUE | M_STOP | M_PREP | M_DET) and \
                        d.lo[toks[e]].endswith(L.sp.name_adjective_endings):
                    e += 1
                if e > best[1]:
                    best = [best[0], e]
                    np_._org = True
            np_._name = (best[0], best[1])
            one = tx[toks[best[0]]]
            np_._acronym = best[1] - best[0] == 1 and (one.isupper() and len(one) >= 2 and one[1].isalpha() or
                                                       one in L.lower_names)
            # description: the words before the name, without determiners ("südkoreanesche Minister")
            a = np_.a
            while a < best[0] and mask[toks[a]] & (M_DET | M_TITLE | M_STOP):
                a += 1
            if a < best[0] and (np_.role is not None or np_.org):
                np_._desc = (a, best[0])
        elif np_.inner is not None and (np_.cuenoun or np_.role is None and not np_.org):
            pass

    # -- resolving mentions -------------------------------------------------------------------------------------

    def span_text(self, toks, a, b):
        d = self.doc
        s = d.st[toks[a]]
        e = d.en[toks[b - 1]]
        return s, e, self.text[s:e]

    def mention_of(self, toks, np_, register=True):
        """A Mention (with a resolved Speaker) for a noun phrase, or None; the mention runs on over a short
        name in quotation marks right after an organisation or role noun ("die Nachrichtenagentur
        „Xinhua“", "der Fernsehsender „Channel 10“"), and a body named so is that name."""
        m = self._mention_of(toks, np_, register)
        if m is not None and m.speaker is not None and m.speaker.kind == "person" and not np_.pron and \
                np_.inner is None and m.how in ("name", "source") and self._saying_noun(m.speaker.name):
            # a report, a claim or "Angaben" with no one's name after it is no person, and no speaker of other
            # articles ("wies den Vorwurf zurück, …", "dem Bericht zufolge"): a source of its article
            m.speaker.kind = "organization"
            m.speaker.named = False
        if m is not None and not np_.pron and self.source_names and (np_.org or np_.cuenoun):
            # a body named in marks read as words of the phrase ("der Organisation „Ärzte ohne Grenzen“"): that
            # name, whole, is the body (not where a role comes before it: "der Sprecher der Partei „Die Linke“")
            named = self._marked_name_in(toks, np_.a, np_.b)
            if named is not None and (np_.role is None or np_.role >= named):
                named = toks[named]
                q = next((q for q in self.outer if q.start == self.doc.st[named]), None)
                if q is not None:
                    m.speaker = self.index.add(self.text[q.start:q.end].strip(), "organization", None, q.start)
                    return m
        b = np_.b
        if b < len(toks) and toks[b] is not None and self.doc.tx[toks[b]] in QUOTE_CHARS:
            b += 1
        if m is None or np_.pron or b >= len(toks) or not (np_.org or np_.role is not None or np_.cuenoun) or \
                toks[b] is not None and self.doc.st[toks[b]] not in self.source_names:
            return m  # (a name in marks is a quotation in the frame, or its words when it is a source's name)
        text = self.text
        for q in self.outer:
            if m.end <= q.start <= m.end + 3:
                name = text[q.start:q.end]
                if q.closed and q.end < len(text) and len(name.split()) <= 5 and name[:1].isupper():
                    m.end = q.end + 1
                    m.text = text[m.start:m.end]
                    if np_.name is None and np_.org and m.how == "source":
                        desc = self.span_text(toks, *np_.desc)[2] if np_.desc else \
                            text[self._after_determiners(toks, np_):q.start].strip(" " + QUOTE_CHARS) or None
                        m.speaker = self.index.add(name, "organization", desc, q.start)
                break
            if q.start > m.end + 3:
                break
        return m

    def _first_name_like(self, word):
        """Can ``word`` be a first name: a capitalised word that is no function word, title, role, organisation
        or business noun, word of time, kin or acronym, and that the article never writes in lower case (not "Die
        Firma Platt", "Frau Platt", "Starke Erdbeben")?"""
        L = self.L
        mask = L.mask_of(word)
        return mask & (W_CAP | M_HEAD) == (W_CAP | M_HEAD) and word.isalpha() and len(word) >= 2 and \
            not mask & (M_TITLE | M_ROLE | M_ORG | M_TIME | M_CUE | M_DET | M_PREP | M_STOP | M_ACRO | M_PRON) and \
            fold(word) not in L.function_words and word.lower() not in L.sp.company_nouns and \
            word.lower() not in L.kin and word.lower() not in self.doc.lowers

    def _first_name_gender(self, word):
        """The gender a first name tells (``Speech.first_name_genders``: "Claire" "f"), or None."""
        return self.L.sp.first_name_genders.get(fold(word))

    @staticmethod
    def _describe_as(speaker, desc):
        """Give ``speaker`` the description ``desc`` in place of the shorter ones it ends with ("Chamber of
        Commerce president" for "Commerce president", "Unity general secretary" for "secretary")."""
        if desc and desc not in speaker.descriptions:
            speaker.descriptions[:] = [x for x in speaker.descriptions if not desc.endswith(x)]
            speaker.descriptions.append(desc)

    def _full_name_before(self, name, offset, gender=None):
        """The person a surname alone points to that the article named in full only in sentences that reported
        nothing ("Kevin Platt is a planner in Ohio. … Platt said …"): the one full name before ``offset`` that ends
        in ``name``, a first name (and maybe an initial) right before it; registered. None where there is none,
        or several ("Bill Clinton", "Hillary Clinton"), or a title of the other gender before it."""
        L = self.L
        found, other = {}, set()
        if len(name) < 2:
            return None  # ("Q:", an initial)
        title_end = self.text.find("\n")
        text = self.text
        at = text.find(name, 0, offset)
        while at >= 0:
            start, end = at, at + len(name)
            at = text.find(name, at + 1, offset)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’.-") or \
                    end < len(text) and (text[end].isalnum() or text[end] in "_-"):
                continue  # (inside a longer word)
            words = list(_WORD_SPAN.finditer(text, max(0, start - 40), start))
            if len(words) > 1 and words[-1].group().endswith(".") and len(words[-1].group()) == 2:
                words.pop()  # a middle initial: "Kevin J. Platt"
            if not words or "\n" in text[words[-1].end():start]:
                continue
            first = words[-1].group()
            if not self._first_name_like(first) or any(name_tokens(o.name)[-1:] == (fold(first),)
                                                       for o in self.index.speakers if o.kind == "person"):
                continue  # (nor someone's surname: "So kritisierte Rajoy Zapatero" is two people)
            told = self._first_name_gender(first)
            if gender and told and told != gender:
                continue  # ("Jane Weller … Mr. Weller": someone else)
            before = words[-2].group().lower() if len(words) > 1 else ""
            full = text[words[-1].start():end]
            if words[-1].start() < title_end:
                continue  # (a title's capitals make no names: "Interview Q&A")
            if gender and not told and L.kin_words is not None and \
                    L.kin_words.search(text, max(0, words[-1].start() - 150), end + 150) is not None:
                # (a title of one gender and a spouse or relative named with the full name: the first name tells
                # no gender, so "Mrs. Weller" may be the wife of "Mark Weller, who runs the inn with his wife"; a
                # first name of the title's gender settles it: "Sophie Lambert, mère d'élève … Mme Lambert")
                other.add("")
                continue
            if gender and L.sp.gendered_words.get(before) not in (None, gender) or before in L.dets:
                # (nor after an article: "des Eurolandes Slowenien" names no one; but Luxembourgish writes names
                # with one, "de Claude Schmit", so such a name still makes the surname ambiguous)
                other.add(fold(full))
                continue
            found.setdefault(fold(full), (full, words[-1].start()))
        if len(found) != 1 or other - set(found):
            return None
        full, at = next(iter(found.values()))
        if any(same_speaker(o.name, full) for o in self.index.speakers):
            return None  # (a longer name the article gave someone else: left as it was)
        # (the title of the surname's mention tells the full name's gender too: "Mr. Weller" is Mark Weller, so
        # "Mrs. Weller" is someone else)
        return self.index.add(full, "person", None, at,
                              gender=gender or self._first_name_gender(full.split()[0]))

    def _after_determiners(self, toks, np_):
        """Where a noun phrase starts after its determiners and titles ("Die Nachrichtenagentur")."""
        d = self.doc
        a = np_.a
        while a < np_.b - 1 and toks[a] is not None and d.mask[toks[a]] & (M_DET | M_TITLE):
            a += 1
        return d.st[toks[a]]

    def _mention_of(self, toks, np_, register=True):
        """A Mention (with a resolved Speaker) for a noun phrase, or None."""
        d, L = self.doc, self.L
        if toks[np_.a] is not None and d.lo[toks[np_.a]] in L.sp.writer_possessives:
            # "selon nos informations", "nach unseren Informationen", "our reporters": the writer's own
            s, e, t = self.span_text(toks, np_.a, np_.b)
            return mention(s, e, t, None, "source")
        if np_.inner is not None and np_.name is None and (np_.cuenoun or not L.lower_nouns and any(
                toks[x] is not None and d.mask[toks[x]] & M_CLAIM for x in range(np_.a, np_.inner.a))):
            # (also a noun of a claim or demand where nouns are capitalised: "Die Pläne von Ministerin Carla Heim")
            m = self.mention_of(toks, np_.inner, register)
            if m is not None:
                m.start, m.end, m.text = self.span_text(toks, np_.a, np_.b)
            return m
        if np_.pron:
            i = toks[np_.a]
            # (a demonstrative points to the last noun of its gender, which need not be a speaker or the last
            # person named: "Müller kritisierte seinen Nachfolger. Dieser sagte ...": left unresolved)
            nx = toks[np_.a + 1] if np_.a + 1 < len(toks) else None
            if d.lo[i] in L.sp.neuter_pronouns and not (nx is not None and d.lo[nx] in L.sp.descriptive_verbs):
                # "it" is a body, never a person (but "It is clear that Clinton wanted …" names no one: its
                # subject is in the clause, which the parse does not reach, so the person before stays the guess)
                sp = self._body_before(d.st[i])
            elif np_.demonstrative or d.lo[i] in L.sp.writer_pronouns:
                sp = None  # ("I", "we": the writer)
            else:
                # "sie" with a singular verb next to it is one person or body ("sagte sie", "Sie widersprach");
                # with a plural one ("Sie teilten mit", "sagten sie") it is no single person, and with none it
                # tells no gender
                number = "pl" if d.lo[i] in L.sp.plural_pronouns else \
                    self._verb_number_at(toks, np_) if d.lo[i] in L.sp.singular_genders else "sg"
                sp = None
                if d.lo[i] in L.sp.body_pronouns and number == "sg":
                    sp = self._body_of_gender(d.st[i], L.sp.body_pronouns[d.lo[i]], L.sp.pronoun_genders.get(
                        d.lo[i], L.sp.singular_genders.get(d.lo[i])))
                if number == "pl":
                    sp = self._plural_subject_before(d.st[i])
                elif sp is None:
                    gender = L.sp.pronoun_genders.get(d.lo[i])
                    if gender is None and number == "sg" and d.lo[i] in L.sp.singular_genders:
                        gender = L.sp.singular_genders[d.lo[i]]
                    sp = self.person_before(d.st[i], gender)
                    sw = self.spokesperson
                    if sp is None and sw is not None and gender is not None and sw[1] == gender and \
                            0 < d.st[i] - sw[0] < SPOKESPERSON_REACH:
                        # the spokeswoman just named, who speaks for her body: "Eine Sprecherin des Konzerns Delta
                        # Pharm bestätigte den Rückruf. Sie sagte, …"
                        sp = sw[2]
            # an unresolved pronoun is still where the attribution rests
            return mention(d.st[i], d.en[i], d.tx[i], sp, "pronoun")
        s, e, t = self.span_text(toks, np_.a, np_.b)
        if L.age_noun is not None and np_.b - np_.a <= 3 and toks[np_.b - 1] is not None and \
                L.age_noun.fullmatch(d.lo[toks[np_.b - 1]]):
            # "sagte die 22-Jährige", "the 34-year-old told officers": the person named before, like a pronoun;
            # else (or after "ein", "a": someone new) one unnamed, never a name shared by every article using it
            det = d.lo[toks[np_.a]] if np_.b - np_.a > 1 and toks[np_.a] is not None else ""
            gender = L.sp.age_determiner_genders.get(det)
            sp = None if det in L.sp.new_referent_words else self.person_before(s, gender)
            if sp is None or not sp.named or gender is not None and sp.gender != gender or \
                    s - self.index.last_offset_of(sp, s) > AGE_NOUN_REACH:
                # (only someone known to be of the gender the article tells, and named not long before: "der
                # 58-Jährige" is no noun the chunker took for a name paragraphs earlier)
                sp = self.index.add(d.tx[toks[np_.b - 1]], "person", None, s, merge=False)
                sp.named = False
            return mention(s, e, t, sp, "role")
        # the mention leaves out a leading preposition-like determiner ("vum", "vom")
        place_end = None  # where the place or body of "the mayor of Boston" ends
        if self._role_of_place(toks, np_):
            place_end = np_.name[1]
            np_.name = None
        if np_.name is not None and L.kin and any(toks[x] is not None and d.lo[toks[x]] in L.kin
                                                  for x in range(np_.name[1], np_.b)):
            np_.name = None  # "Hart's husband said": someone's relative, not the person named
        if np_.b - np_.a == 2 and toks[np_.a] is not None and toks[np_.a + 1] is not None and \
                d.lo[toks[np_.a + 1]] in L.sp.company_nouns and \
                d.lo[toks[np_.a]] in L.dets and d.lo[toks[np_.a]] not in L.sp.new_referent_words:
            # "the company", "das Unternehmen", "l'entreprise": the business last named
            sp = self._company_before(s, d.lo[toks[np_.a + 1]])
            if sp is not None:
                self.index.history.append((s, sp))
                return mention(s, e, t, sp, "role")
        business = self._business_noun(toks, np_)
        if business is not None and np_.name[1] - np_.name[0] >= 2 and d.lo[toks[np_.name[0]]] in L.sp.company_nouns:
            # where nouns are capitalised, a business's description runs into its name: "Der Autozulieferer
            # Brenntal AG" is Brenntal AG, a business
            np_.name = (np_.name[0] + 1, np_.name[1])
            np_.org = True
        inner = np_.inner
        if np_.name is not None and inner is not None and inner.name is not None and inner.name[1] == np_.b and \
                inner.name[1] - inner.name[0] >= 2 and np_.name[1] < inner.a and inner.a < inner.name[0] - 1 and \
                toks[inner.name[0] - 1] is not None and d.mask[toks[inner.name[0] - 1]] & (M_ROLE | M_TITLE) and \
                not d.mask[toks[inner.name[0] - 1]] & M_ORG:
            # a body's role and the person named after it: "Chamber of Commerce president Alan Fry"
            m = self.mention_of(toks, inner, register)
            if m is not None and m.speaker is not None:
                s, e, t = self.span_text(toks, np_.a, np_.b)
                self._describe_as(m.speaker, self.text[s:d.st[toks[inner.name[0]]]].strip())
                m.start, m.end, m.text = s, e, t
                return m
        if np_.b - np_.a == 1 and toks[np_.a] is not None and d.lo[toks[np_.a]] in L.sp.indefinite_pronouns:
            # "Someone asked …", "Everyone agreed …": no name, no one to meet again in another article, nor one a
            # later "she" points to
            s, e, t = self.span_text(toks, np_.a, np_.b)
            sp = self.index.add(t.lower(), "person", None, s, merge=False, remember=False)
            sp.named = False
            return mention(s, e, t, sp, "source")
        if np_.name is not None:
            cut = self._verb_in_name(toks, np_)
            if cut is not None:
                np_.name = (np_.name[0], cut)  # ("Mark Dunn Is Right on …": Mark Dunn)
            ns, ne, name = self.span_text(toks, *np_.name)
            bare = self._without_possessive(name)  # "Trump's campaign": Trump
            name, ne = bare, ne - (len(name) - len(bare))
            desc = None
            if np_.desc:
                desc = self.span_text(toks, *np_.desc)[2]
            o = np_.name[0] - 1
            # (the body's noun in the nominative only where a one-word name could be its place)
            body = self._without_case_ending(d.tx[toks[o]]) if np_.name[1] - np_.name[0] == 1 and o >= np_.a and \
                toks[o] is not None and not d.mask[toks[np_.name[0]]] & M_ACRO else None
            if body is not None and body.lower() in L.sp.place_bodies:
                # a body and its place are one name: "die Staatsanwaltschaft Bochum", "die Polizei Köln", "des
                # Klinikums Nordhafen" (in the nominative)
                ns = d.st[toks[o]]
                name = body + self.text[d.en[toks[o]]:ne]
                desc = None if desc is None or desc == d.tx[toks[o]] else desc
            # (a role right before the name makes a person of it: "Council leader Amy Rhodes")
            role_before = np_.role is not None and np_.role < np_.name[0] and \
                d.mask[toks[np_.role]] & M_ROLE and not d.mask[toks[np_.role]] & M_ORG
            # (a first name of one gender and a surname are a person's, whatever body came before: "Secretary of
            # State Mike Pompeo", "Chief of staff Tom Hale")
            first_named = np_.name[1] - np_.name[0] >= 2 and self._first_name_gender(d.tx[toks[np_.name[0]]])
            kind = "organization" if (np_.org and not role_before and not first_named or np_.acronym or
                                      business is not None or
                                      d.lo[toks[np_.name[1] - 1]] in L.sp.organization_name_words) \
                else "person"  # (a name described as a business is one: "Le fabricant Laiterie du Val")
            gender = None
            if kind == "person" and L.sp.gendered_words:
                gender = np_.gender or self._gender_of(toks, np_.a, np_.name[0])
            if kind == "person" and gender is None and np_.name[1] - np_.name[0] >= 2:
                gender = self._first_name_gender(d.tx[toks[np_.name[0]]])  # "Claire Dunmore"
            if np_.name[1] - np_.name[0] == 1 and not np_.acronym and not np_.kin:
                known = self.index.find(name, ns, gender)
                nx = np_.name[1]
                if known is None and kind == "person" and not (
                        L.lower_nouns and nx < len(toks) and toks[nx] is not None and
                        not d.tx[toks[nx - 1]].endswith(L.sp.possessive_endings or ("\0",)) and
                        d.kind[toks[nx]] == W_LOWER and not self._adverb(d.lo[toks[nx]]) and
                        not d.mask[toks[nx]] & (M_CUE | M_AUX | M_STOP | M_PREP | M_CONJ | M_TIME)):
                    # (not a capitalised adjective before its noun: "Young players said"; a word of time is none:
                    # "s'est réjouie Mme Dupré dimanche soir")
                    known = self._full_name_before(name, ns, gender)
                if known is not None:
                    if desc and desc not in known.descriptions:
                        known.descriptions.append(desc)
                    if gender and known.gender is None and fold(known.name) == fold(name):
                        known.gender = gender  # ("Mr. Obama" tells of "Obama", not of "Michelle Obama")
                    if fold(known.name) != fold(name) and name not in known.aliases and \
                            not any(o is not known and same_speaker(o.name, name) for o in self.index.speakers):
                        # (the article calls "Angela Merkel" "Merkel": see the store; not where two people share it)
                        known.aliases.append(name)
                    self.index.history.append((ns, known))
                    return mention(s, e, t, known, "name")
            titled = None
            if gender is not None:
                x = next((x for x in range(np_.a, np_.name[0]) if toks[x] is not None and d.mask[toks[x]] & M_TITLE),
                         None)
                titled = self.text[d.st[toks[x]]:ne] if x is not None else None
            # (a relative is another person than the namesake before: "Mr. Wilson, her father")
            sp = self.index.add(name, kind, desc, ns, gender=gender, titled=titled, merge=not np_.kin)
            return mention(s, e, t, sp, "name")
        # "the mayor of Boston", "la ministre de la Santé": a role and the one-word place or body it belongs to
        bare_inner = np_.role is not None and not np_.cuenoun and np_.inner is not None and \
            np_.inner.name is not None and self._bare_name(toks, np_.inner)
        if np_.inner is not None and np_.inner.name is not None and (np_.role is not None or np_.cuenoun) and \
                np_.linked is None and not (np_.role is not None and self.source_names and
                     self._marked_name_in(toks, np_.inner.a, np_.inner.b) is not None) and \
                not (bare_inner and not self._speaks_for(toks, np_)):
            # "d'Spriecherin vum Finanzministère Anna Kowal": the person is the name inside (not the body named
            # in marks: "der Sprecher der Partei „Die Linke“" is its spokesman; nor the place or body a role
            # belongs to: "the mayor of Boston", "la ministre de la Santé" are no Boston, no Santé)
            m = self.mention_of(toks, np_.inner, register)
            if m is not None:
                if np_.role is not None and m.speaker is not None and m.speaker.kind == "organization" and \
                        self._speaks_for(toks, np_):
                    self.spokesperson = (s, self._gender_of(toks, np_.a, np_.role + 1), m.speaker)
                m.start, m.end, m.text = s, e, t
                return m
        if bare_inner:
            place_end = np_.inner.name[1]
        if np_.role is not None and not np_.org and not any(
                toks[x] is not None and d.lo[toks[x]] in L.sp.new_referent_words for x in range(np_.a, np_.role)):
            # (a role after "a", "another", "ein", "un", "the other" introduces someone new: "A spokesman said …")
            role = d.lo[toks[np_.role]]
            words = lambda a, b: [d.lo[toks[x]] for x in range(a, b) if toks[x] is not None and
                                  d.kind[toks[x]] != W_PUNCT]
            # (where compounds are written as one word, "Finanzminister", the words before a role are adjectives
            # that need not be in its description: "der grüne Staatssekretär"; only the ranks among them count)
            before = words(np_.a, np_.role)
            if L.sp.compound_nouns:
                before = [w for w in before if fold(w) in L.ranks]
            after = words(np_.role + 1, np_.b) + self._complement_after(toks, np_)
            sp = self.index.by_role(role, s, before, after, L.ranks, L.function_words)
            if sp is None and not after and not [w for w in words(np_.a, np_.role) if w not in L.dets] and \
                    self._unparsed_subjects(s):
                # (the person may have been introduced in a sentence that held no cue: "Health Minister Karin
                # Seidl visited the clinic on Monday. "…," the minister said."; only for the role alone: "die
                # hessische Ministerin", "la ministre de l'Intérieur" may be someone else; and of the role's gender
                # where the mention tells one: "la ministre" is no Paul Brunet)
                sp = self.index.by_role(role, s, before, after, L.ranks, L.function_words)
                gender = self._gender_of(toks, np_.a, np_.role + 1)
                if sp is not None and gender is not None and sp.gender != gender:
                    sp = None
            if sp is None and L.sp.same_words and any(w in L.sp.same_words for w in words(np_.a, np_.role)):
                # "le même chercheur", "the same official": the person just named, whatever their role was
                sp = self.index.last_before(s)
            if sp is not None:
                return mention(s, e, t, sp, "role")
        # an unnamed person or a collective: its own words are its name ("russescher Säit", "la police")
        a = np_.a
        while a < np_.b - 1 and (d.lo[toks[a]] in L.dets or d.lo[toks[a]] in L.titles or d.lo[toks[a]] in L.stop or
                                 a > np_.a and d.mask[toks[a]] & M_DOT and d.mask[toks[a - 1]] & M_TITLE) \
                and d.lo[toks[a]] not in L.sp.numeral_modifiers and d.lo[toks[a]] not in L.sp.party_titles:
            a += 1  # (not "More than half of voters": its "more" is part of the quantity; "Mr. Keller's wife"; nor
            # a party's word: "the Republican presidential nominee" is not the Democratic one)
        b = np_.b if place_end is None else min(np_.b, place_end)  # ("le maire de Marseille devant …")
        if L.sp.zero_complementizer:
            # (a participle after the noun describes it, no part of its name: "a Gallup poll released last week")
            cut = next((x for x in range(a + 2, b) if toks[x] is not None and d.kind[toks[x]] == W_LOWER and
                        len(d.lo[toks[x]]) > 4 and toks[x - 1] is not None and d.kind[toks[x - 1]] != W_PUNCT and
                        not d.mask[toks[x - 1]] & (M_DET | M_PREP | M_OF) and
                        d.lo[toks[x]].endswith((L.sp.adjective_participle_suffixes or ("\0",)) +
                                               (L.sp.participle_suffixes or ("\0",)))), None)
            if cut is not None:
                b = cut
        if np_.linked is not None:
            a, b = np_.linked  # ("the organizer Campaign for Fair Fees (CFF)": the name alone)
        name = self.span_text(toks, a, b)[2]
        if b - a == 1 and L.sp.noun_case_endings and toks[a] is not None:
            name = self._without_case_ending(name)  # ("von Politikern": Politiker)
        for ending in L.sp.possessive_endings:
            if name.endswith(ending) and len(name) > len(ending) + 1:
                name = name[:-len(ending)]  # ("the mayor's claim that …": the mayor)
                break
        head = d.lo[toks[b - 1]] if toks[b - 1] is not None else ""
        # (a business named by what it is, "the supermarket chain", "the two firms", is one too)
        kind = "organization" if np_.org or head in L.sp.company_nouns or any(
            head.endswith(x) and head[:-len(x)] in L.sp.company_nouns for x in L.sp.plural_noun_endings) else "person"
        if (np_.org or d.lo[toks[a]] in L.org_name_words) and b - a == 1 and (
                d.kind[toks[a]] == W_LOWER or not L.lower_nouns and d.mask[toks[a]] & M_ORG):
            # "the committee" after "the Committee to Protect Journalists": the body named with that noun (also
            # "des Klinikums" after "das Klinikum Nordhafen")
            sp = self.index.by_head(name.lower(), s)
            if sp is not None:
                self.index.history.append((s, sp))
                return mention(s, e, t, sp, "role")
        holder = self._compound_holder(toks, a, b) if np_.cuenoun else None
        if holder is not None:
            # a noun of saying compounded with who says it: "Nach Polizeiangaben" is the police's, "NASA-Angaben"
            # NASA's, "Medienberichten zufolge" the media's
            name, kind, named = holder
            sp = self._company_before(s, name.lower()) if name.lower() in L.sp.company_nouns else None
            if sp is not None:
                self.index.history.append((s, sp))  # ("Unternehmensangaben zufolge": the business named before)
                return mention(s, e, t, sp, "source")
            sp = self.index.add(name, kind, None, s, merge=named)
            sp.named = sp.named and named
            return mention(s, e, t, sp, "source")
        sp = self.index.add(name, kind, None, s, merge=False)
        if sp.gender is None and kind == "person" and toks[a] is not None and self._quantity_word(d.lo[toks[a]]):
            sp.gender = "pl"  # a quantity of people ("Fifty-eight percent of voters") is no "he" or "she"
        if sp.name == name and not sp.aliases and not (
                np_.linked is not None and self._titled_name(toks, a, b) and
                any(toks[x] is not None and d.lo[toks[x]] in L.name_links and not d.mask[toks[x]] & M_OF
                    for x in range(a, b))):
            # (a body's name carried on by link words in title case is a proper name: "the Council on Foreign
            # Relations" is one body in every article; "the council", "the Foreign Ministry", "the Ministry of
            # Defense", with an of-word, are not)
            sp.named = False
        head_ = d.lo[toks[np_.role]] if np_.role is not None and toks[np_.role] is not None else \
            d.lo[toks[b - 1]] if toks[b - 1] is not None and b - a == 1 else ""
        if not sp.named and sp.gender is None and kind == "person" and L.sp.zero_complementizer and any(
                head_.endswith(x) and not head_.endswith(x + x) for x in L.sp.plural_noun_endings):
            sp.gender = "pl"  # a group named by its plural ("the protesters") is no "he" or "she" either
        return mention(s, e, t, sp, "role" if np_.role is not None else "source")

    def _without_case_ending(self, word):
        """A role's or body's noun in the nominative (`Speech.name_case_endings`: "Politikern" -> "Politiker",
        "Ministeriums" -> "Ministerium"; a plural stays one: "Ökonomen"), else the word as it is."""
        L = self.L
        low = word.lower()
        if low in L.roles or low in L.orgs or L.suffix_in(low, L.roles) or L.suffix_in(low, L.orgs):
            return word
        for end, repl in L.sp.name_case_endings.items():
            stem = low[:-len(end)] + repl
            if low.endswith(end) and len(stem) >= 4 and (stem in L.roles or stem in L.orgs or
                                                         L.suffix_in(stem, L.roles) or L.suffix_in(stem, L.orgs)):
                return word[:-len(end)] + repl
        return word

    def _known_surname(self, word):
        """Is ``word`` the last name of a person of several names the article has named?"""
        sp = self.index.find(word)
        return sp is not None and sp.kind == "person" and len(name_tokens(sp.name)) > 1 and \
            name_tokens(sp.name)[-1] == name_tokens(word)[-1]

    def _compound_holder(self, toks, a, b):
        """(name, kind, named) of the body or acronym that opens a one-word noun of saying, where nouns are
        compounded ("Polizeiangaben": Polizei; "Unternehmensangaben": Unternehmen, its linking "s" dropped;
        "NASA-Angaben": NASA), else None. Persons' roles are left ("Korrespondentenberichten")."""
        d, L = self.doc, self.L
        if b - a != 1 or not L.sp.compound_nouns or toks[a] is None:
            return None
        word, low = d.tx[toks[a]], d.lo[toks[a]]
        for k in range(len(low) - 4, 2, -1):
            if low[k:] not in L.cue_nouns:
                continue
            head, lhead = word[:k].rstrip("-"), low[:k].rstrip("-")
            if head.isupper() and head.isalpha() and len(head) >= 2:
                return head, "organization", True  # (an acronym: "NASA-Angaben", "UN-Angaben")
            for stem in (lhead, lhead[:-1] if lhead.endswith(L.sp.linking_endings or ("\0",)) else None):
                if stem and len(stem) >= 4 and (stem in L.orgs or L.suffix_in(stem, L.orgs)):
                    return stem[:1].upper() + stem[1:], "organization", False
            return None
        return None

    def _gender_of(self, toks, a, b, apposition=False):
        """"m", "f" or None: what the words a..b before a name or in its apposition tell of the person's gender
        (``Speech.gendered_words``: "Mr.", "Frau", "his wife", "first lady"; a role noun with a feminine ending,
        "Ministerin"; a feminine article right before a role noun, "la ministre"). Only the person's own words
        count: before a name, those after the last preposition ("Die Sprecherin von Herrn Wolff" is a man); in an
        apposition, those before the first ("Der Sprecher der Ministerin" tells nothing). Contradicting words tell
        nothing."""
        d, sp = self.doc, self.L.sp
        found = set()
        cut = M_OF | M_PREP
        xs = range(a, b)
        if not apposition:
            last = next((x for x in reversed(xs) if toks[x] is not None and d.mask[toks[x]] & cut and
                         d.lo[toks[x]] not in sp.gendered_words), None)  # ("den" is an of-word and an article)
            if last is not None:
                xs = range(last + 1, b)
        for x in xs:
            i = toks[x]
            if i is None:
                continue
            if apposition and d.mask[i] & cut:
                break
            w = d.lo[i]
            g = sp.gendered_words.get(w)
            if g is None and d.mask[i] & M_ROLE:
                if sp.feminine_role_endings and len(w) > 5 and w.endswith(sp.feminine_role_endings):
                    g = "f"
                elif sp.feminine_role_endings and d.kind[i] == W_CAP and \
                        self.L.suffix_in(w + sp.feminine_role_endings[0], self.L.roles):
                    g = "m"  # a role whose feminine form the language uses for women: "Vereinspräsident"
                elif sp.gendered_determiners and x > a and toks[x - 1] is not None:
                    g = sp.gendered_determiners.get(d.lo[toks[x - 1]])
            if g is not None:
                found.add(g)
        return found.pop() if len(found) == 1 else None

    def _note_apposition(self, toks, who, other):
        """What an apposition (``other``: its noun phrase and where its words end) tells of the person ``who``
        names before they are looked up: their gender ("his wife, X") and whether they are someone's relative
        ("Mr. Wilson, her father")."""
        a, b = other[0].a, max(other[0].b, other[1])
        if self.L.sp.gendered_words and who.gender is None:
            who.gender = self._gender_of(toks, a, b, True)
        who.kin = self._kin_in(toks, a, b)

    def _after_addressee(self, toks, nps, j):
        """Where the clause after a cue with an addressee starts: past a noun phrase at ``j`` that a subject
        follows ("told the council the budget was balanced", "told reporters the money was set aside"), else
        ``j``."""
        d, L = self.doc, self.L
        n = len(toks)
        if j >= n or toks[j] is None:
            return j
        w = d.lo[toks[j]]
        np_ = next((x for x in nps if x.a == j and not x.pron), None)
        e = np_.b if np_ is not None else j + 1 if d.kind[toks[j]] == W_LOWER and w not in L.dets and (
            w not in L.stop and w not in L.pron or w in L.pron and w not in L.subj_pron) else j
        if e == j and w in L.dets and j + 1 < n and toks[j + 1] is not None and d.kind[toks[j + 1]] == W_LOWER and \
                not d.mask[toks[j + 1]] & (M_CUE | M_AUX | M_PREP | M_DET | M_PRON | M_STOP):
            e = j + 2  # "told his players the season was over"
        if j < e < n and toks[e] is not None:
            # a time after the addressee: "told reporters (on) Tuesday the strike was over"
            t = e + 1 if e + 1 < n and d.lo[toks[e]] in L.preps and toks[e + 1] is not None else e
            te = self._time_phrase_end(toks, t)
            if te > t:
                e = te
        if j < e < n and toks[e] is not None and (d.lo[toks[e]] in L.dets or d.lo[toks[e]] in L.subj_pron or
                                                 d.kind[toks[e]] == W_CAP) and self._has_content_after(toks, e):
            return e
        return j

    def _kin_in(self, toks, a, b):
        """Do the words a..b of an apposition name a relative ("her father", "son épouse")?"""
        d, kin = self.doc, self.L.kin
        return bool(kin) and any(toks[x] is not None and d.lo[toks[x]] in kin and
                                 not (x == a and d.kind[toks[x]] == W_CAP and not self.L.sp.capitalised_nouns)
                                 for x in range(a, b))

    def _titled_name(self, toks, a, b):
        """Are tokens [a, b) a name in title case: at least two capitalised words and no role noun ("Officials at
        the …" are people), the rest link words, determiners, conjunctions or brackets ("Council on Foreign
        Relations", "Campaign for Fair Fees (CFF)")?"""
        d, L = self.doc, self.L
        caps = 0
        for x in range(a, b):
            i = toks[x]
            if i is None:
                return False
            if d.kind[i] == W_CAP and not d.mask[i] & M_ROLE:
                caps += 1
            elif not (d.lo[i] in L.name_links or d.mask[i] & (M_DET | M_CONJ | M_OF) or d.tx[i] in "()"):
                return False
        return caps >= 2 and d.kind[toks[a]] == W_CAP

    def _complement_after(self, toks, np_):
        """The words of a phrase completing a role noun phrase after it, up to its cue ("The lawyer representing
        the tenants said", "Der Staatssekretär im Finanzministerium sagte"): a preposition or a participle and
        at most four more words, none a cue, an auxiliary or punctuation."""
        d, L = self.doc, self.L
        n = len(toks)
        b = np_.b
        if b >= n or toks[b] is None:
            return []
        w = d.lo[toks[b]]
        if not (w in L.preps or w in L.of or any(w.endswith(s) for s in L.sp.participle_suffixes)) or \
                w in L.cues:
            return []
        out = []
        t = b
        while t < min(n, b + 5):
            x = toks[t]
            if x is None or d.kind[x] == W_PUNCT or d.mask[x] & (M_CUE | M_AUX):
                break
            out.append(d.lo[x])
            t += 1
        if w not in L.of and not (t < n and toks[t] is not None and d.mask[toks[t]] & M_CUE):
            return []  # (a phrase of place or time after an inverted frame: "sagte der Kanzler bei seiner Ankunft")
        return out

    def _speaks_for(self, toks, np_):
        """Is the role of ``np_`` one that speaks for the body after it ("spokesman", "Polizeisprecherin")?"""
        role = self.doc.lo[toks[np_.role]]
        words = self.L.sp.spokesperson_roles
        return role in words or self.L._suffix(role, words)

    def _role_of_place(self, toks, np_):
        """Is ``np_`` a role with its article and the place or body (of up to three words) it belongs to, read as a
        name after a "von" ("Der Bürgermeister von Trier"), not a name's particle ("Bundespräsident von Weizsäcker": a role
        without its article is a title) nor a spokesperson's body?"""
        d = self.doc
        return np_.name is not None and np_.role is not None and 1 <= np_.name[1] - np_.name[0] <= 3 and \
            np_.role > np_.a and np_.name[0] == np_.role + 2 and toks[np_.role + 1] is not None and \
            d.mask[toks[np_.role + 1]] & M_OF != 0 and not self._speaks_for(toks, np_)

    def _bare_name(self, toks, inner):
        """Is the noun phrase ``inner`` one name alone, after its articles ("Boston", "la République", "Castleford
        Bay", "Tom Hale" in "the lawyer of Tom Hale"), not a name in apposition to a noun ("Finanzministère Anna
        Kowal", "des Ministeriums Peter Muster")?"""
        d, L = self.doc, self.L
        a = inner.a
        while a < inner.name[0] and toks[a] is not None and d.lo[toks[a]] in L.dets:
            a += 1
        return inner.name[0] == a and 1 <= inner.name[1] - inner.name[0] <= 3

    def person_before(self, offset, gender=None):
        """The person a pronoun at ``offset`` points to: the speaker of the quote just before, when it is
        closer than the last person named; else the last person named. A pronoun of one ``gender``
        (``Speech.pronoun_genders``: "he", "elle") skips people the article gave the other one."""
        named = self.index.last_before(offset, gender=gender)
        named_off = self.index.last_offset_of(named, offset) if named is not None else -1
        lq = self.last_quote_speaker
        if lq is not None and lq[0].speaker is not None and not fits(lq[0].speaker, gender):
            lq = None
        registered = len(self.index.history)
        fresh = self._unparsed_person(offset, max(named_off, lq[1] if lq is not None else -1), gender)
        if fresh is not None:
            return fresh
        if len(self.index.history) > registered:
            # (a subject of the other gender; one coordinated with it may be the one meant: "Vereinspräsident
            # Dirk Wendel und Oberbürgermeisterin Sonja Kraft trafen sich. … sagte er")
            named = self.index.last_before(offset, gender=gender)
            named_off = self.index.last_offset_of(named, offset) if named is not None else -1
        # a person named earlier in the same sentence ("Sophie Delorme, de FO, a elle souligné")
        us = getattr(self, "unit_start", None)
        if named is not None and us is not None and named_off >= us:
            return named
        if lq is not None and lq[0].speaker is not None and lq[0].speaker.kind == "person":
            if named is not None and named_off > lq[1] and self.quiet and lq[1] < self.quiet[-1][0] and \
                    self.quiet[-1] == self.prev_unit and self.quiet[-1][1] <= offset and \
                    self._subject_person(*self.quiet[-1]) is named:
                # the sentence just before, which reported nothing, has the last person named for its subject:
                # '"…," Senator Jo Merritt said. In a statement, Governor Ann Shaw was more careful. She called …'
                return named
            if named is None or offset - lq[1] < 400 or lq[1] >= named_off:
                return lq[0].speaker
        return named

    def _subject_person(self, us, ue):
        """The person a sentence us..ue names as its subject with a role or a title ("Senator Anna Smith toured
        a clinic"), registered; None for a pronoun, a body or a bare name ("the White House", "Associated Press"
        are no persons, and a bare name may be a company's). Where two people are the subject ("Oberbürgermeisterin
        Sonja Kraft und Vereinspräsident Dirk Wendt trafen sich"), both are registered and the second returned.
        A full name in apposition to an opening the chunker read otherwise is the subject too ("Eng Clientin,
        d'Marie Becker, war …")."""
        d, L = self.doc, self.L
        if L.sp.death_words and any(d.lo[t] in L.sp.death_words for t in range(*d.tokenize(us, ue))):
            return None  # ("Tom Berg died in the crash on Sunday. The road had been icy, he said.": someone else)
        sp = self._subject_person_of(us, ue)
        if sp is None and L.sp.capitalised_nouns:
            ps = self._apposition_subject(us, ue)
            if ps is not None:
                sp = self._add_person(*ps)
        return sp

    def _subject_person_of(self, us, ue):
        d, L = self.doc, self.L
        ps = self._subject_of(us, ue)
        if ps is None:
            ps = self._apposition_subject(us, ue)
            if ps is None:
                return None
            return self._add_person(*ps)
        toks, np_ = ps
        if toks[np_.a] is not None and self._quantity_word(d.lo[toks[np_.a]]):
            return None  # a quantity is no one a pronoun points to ("Fifty-eight percent of voters backed …")
        if self._role_of_place(toks, np_):
            np_.name = None  # ("Die Bürgermeisterin von Lunel": no one named Lunel)
        if np_.name is None and np_.role is not None and not np_.pron and not np_.org:
            # a role with the name in apposition: "La ministre de la Santé, Claire Morel, a visité …"
            nps = self.nps(toks)
            app = self._apposition(toks, nps, np_)
            if app is None or app[0] is np_:
                return self._role_person(toks, np_)
            m = self._mention_with_apposition(toks, nps, np_)
            if m is None or m.speaker is None or m.speaker.kind != "person":
                return None
            # (and the one coordinated with it: "Le PDG d'Aéroval, Franck Dumas, et la déléguée syndicale Sarah
            # Benoît se sont rencontrés. Elle a jugé …"; as for names the chunker joined, the second is returned)
            return self._coordinated_person(toks, np_) or m.speaker
        if np_.pron or np_.name is None or np_.org or np_.acronym or np_.name[1] - np_.name[0] > 4:
            return None
        if np_.name[1] - np_.name[0] == 1 and np_.role is None and np_.desc is None:
            # a surname alone of someone the article named before: "Landrat Jürgen Pfeiffer … Pfeiffer forderte mehr
            # Geld. Er sagte …"
            ns, _, name = self.span_text(toks, *np_.name)
            known = self.index.find(name, ns)
            if known is not None and known.kind == "person" and len(name_tokens(known.name)) > 1:
                self.index.history.append((ns, known))
                return known
        if np_.role is None and np_.desc is None and not (np_.name[1] - np_.name[0] >= 2 and any(
                toks[t] is not None and self.doc.mask[toks[t]] & M_TITLE for t in range(np_.a, np_.name[0])) and
                self._gender_of(toks, np_.a, np_.name[0]) is not None) and not (
                np_.name[1] - np_.name[0] == 2 and
                all(toks[t] is not None and (d.lo[toks[t]] in L.dets or d.mask[toks[t]] & (M_TITLE | M_DOT))
                    for t in range(np_.a, np_.name[0])) and
                self._first_name_gender(d.tx[toks[np_.name[0]]]) is not None) and not (
                np_.name[1] - np_.name[0] == 1 and L.kin and np_.name[0] > np_.a and
                toks[np_.name[0] - 1] is not None and d.lo[toks[np_.name[0] - 1]] in L.kin and
                self._first_name_gender(d.tx[toks[np_.name[0]]]) is not None):
            return None  # (a title of one gender before a full name says a person too: "Mrs. Priya Shah shook her
            # head."; "Dr Ian Moss" tells no gender for a later "she" but his first name does, and a surname alone,
            # "Mrs. Clinton", might be taken for another of that name; so does a first name of one gender, after a
            # title too: "Marie Leroy a quitté la séance", "Gen. Ann Cole visited the troops", also alone after a
            # word of kinship: "Säi Jong Miguel huet iwwerholl"; a bare name without one may be a company's or a
            # club's)
        last = self.doc.tx[toks[np_.name[1] - 1]]
        if any(last.endswith(p) for p in self.L.sp.possessive_endings) or \
                np_.name[1] < len(toks) and toks[np_.name[1]] is not None and \
                self.doc.tx[toks[np_.name[1]]] in self.L.sp.possessive_endings:
            return None  # (a possessor: "Orwell Coal's lawyers filed …" are its lawyers, not the company)
        c = next((t for t in range(np_.a + 1, np_.name[0]) if toks[t] is not None and d.lo[toks[t]] in L.conj), None)
        if c is not None:
            # two people the chunker joined ("Vereinspräsident Dirk Wendel und Oberbürgermeisterin Sonja Kraft"):
            # the one before the conjunction is registered first
            before = self._np(toks, np_.a, c)
            if self._person_like(toks, before):
                self._add_person(toks, before)
            np_ = self._np(toks, c + 1, np_.b)
            if not self._person_like(toks, np_):
                return None
        person = self._add_person(toks, np_)
        self._coordinated_person(toks, np_)
        return person

    def _role_person(self, toks, np_):
        """The one unnamed person a subject made of an article and a role stands for, where the article has
        named no one of that gender before ("La maire de Lunel a inauguré le pont.", "The mayor of Lunel opened
        …"): registered with the gender its words tell, so that a "she" after it finds them (they had found no
        one). None for a plural ("Les députés", "Die Experten"), a role without its article, a role the index
        knows, and where someone was named before: "the nominee", "the nation's top prosecutor" most often
        describe that person again."""
        d, L = self.doc, self.L
        r = np_.role
        w = d.lo[toks[r]]
        if toks[np_.a] is None or d.lo[toks[np_.a]] not in L.dets or d.lo[toks[np_.a]] in L.sp.possessive_determiners \
                or self._word_gender(toks[r]) == "pl" or \
                any(w.endswith(e) and not w.endswith(e + e) for e in L.sp.plural_noun_endings):
            return None
        gender = self._gender_of(toks, np_.a, r + 1) if L.sp.gendered_words else None
        if gender is None and (L.sp.gendered_determiners or L.sp.feminine_role_endings) or \
                self.index.last_before(d.st[toks[np_.a]], gender=gender) is not None or \
                np_.b < len(toks) and toks[np_.b] is not None and d.mask[toks[np_.b]] & M_CONJ:
            return None  # (where roles tell a gender, one that tells none: "le ministre"; two people: "Le
            # ministre et la directrice …")
        h = len(self.index.history)
        m = self.mention_of(toks, np_)
        if m is None or m.speaker is None or m.speaker.kind != "person" or m.how != "source" and m.how != "role" or \
                m.speaker.named:
            del self.index.history[h:]
            return None
        if m.speaker.gender is None:
            m.speaker.gender = gender
        return m.speaker

    def _coordinated_person(self, toks, np_):
        """Register the second of two coordinated subjects too ("Vereinspräsident Dirk Wendel und
        Oberbürgermeisterin Sonja Kraft trafen sich", "Tom Klein an d'Direktesch Martine Hoss"), so that a later
        pronoun of the other gender finds them: a named noun phrase with a role or a full name right after the
        conjunction (and maybe an apposition)."""
        d, L = self.doc, self.L
        c = np_.b
        if c < len(toks) and toks[c] is not None and d.tx[toks[c]] == ",":
            nxt = next((x for x in self.nps(toks) if x.a == c + 1), None)  # "X, head of Y, and …"
            c = nxt.b + (toks[nxt.b] is not None and nxt.b < len(toks) and d.tx[toks[nxt.b]] == ",") \
                if nxt is not None and nxt.b < len(toks) else c
        if c >= len(toks) or toks[c] is None or d.lo[toks[c]] not in L.conj:
            return None
        other = next((x for x in self.nps(toks) if x.a == c + 1), None)
        if other is None or not self._person_like(toks, other):
            return None
        return self._add_person(toks, other)

    def _person_like(self, toks, np_):
        """Is the named noun phrase ``np_`` a person's: a role or a title with the name, or a full name whose first
        name the article never writes in lower case and that tells a gender (``Speech.first_name_genders``)? A
        bare name may be a company's or a club's ("Brenntal Logistik")."""
        d = self.doc
        if np_.name is None or np_.pron or np_.org or np_.acronym or not 1 <= np_.name[1] - np_.name[0] <= 4:
            return False
        if np_.role is not None or any(toks[t] is not None and d.mask[toks[t]] & M_TITLE
                                       for t in range(np_.a, np_.name[0])):
            return True
        first = d.tx[toks[np_.name[0]]]
        return np_.name[1] - np_.name[0] >= 2 and self._first_name_gender(first) is not None and \
            self._first_name_like(first)

    def _business_noun(self, toks, np_):
        """The noun for a business that describes a named noun phrase, before its name or, where it runs into
        a name of several words, as its first word ("Le fabricant Laiterie du Val", "Der Autozulieferer Brenntal
        AG"), or None."""
        d, L = self.doc, self.L
        if np_.name is None or not L.sp.company_nouns:
            return None
        if np_.name[0] > np_.a and toks[np_.name[0] - 1] is not None and \
                d.mask[toks[np_.name[0] - 1]] & M_ROLE and not d.mask[toks[np_.name[0] - 1]] & M_ORG:
            return None  # (a role between: "Energy company boss Lara Moss" is the boss)
        return next((d.lo[toks[x]] for x in range(np_.a, np_.name[0] + (np_.name[1] - np_.name[0] >= 2))
                     if toks[x] is not None and d.lo[toks[x]] in L.sp.company_nouns), None)

    def _company_before(self, offset, noun):
        """The business a mention "the <noun>" at ``offset`` points back to ("the company", "das Unternehmen",
        "l'entreprise"): in the sentence before it and the last ones that reported nothing, a business introduced
        with that noun ("the law firm Grant & Moss" for "the firm"), else their subject when it is a business,
        else the last business they name ("Shares in Nordlane Airlines fell. The airline …"); or one of the index
        named later in the text than those ("D'Gewerkschaft OGBL kritiséiert d'Firma Moselfrësch. D'Firma sot …"
        is Moselfrësch). A business is a name described as one ("Der Autozulieferer Brenntal AG", "Ridley
        Construction, a building company,") or with a corporate word ("Motors", "AG"), never any body: a union, a
        council or the police named in between are not what "the company" means."""
        d, L = self.doc, self.L
        company_word = lambda w: w in L.sp.company_nouns or L._suffix(w, L.sp.company_nouns)
        business = lambda x: x.kind == "organization" and x.named and x.name[:1].isupper() and (
            fold(x.name).split()[-1] in L.sp.organization_name_words or
            any(company_word(w) for desc in x.descriptions for w in fold(desc).split()))
        last = max(((off, x) for off, x in self.index.history if off < offset and business(x)),
                   key=lambda h: h[0], default=None)

        def described(toks, x):
            """The noun for a business describing noun phrase ``x``: before its name, or in an apposition."""
            w = next((d.lo[toks[t]] for t in range(x.a, x.name[0] + 1)
                      if toks[t] is not None and company_word(d.lo[toks[t]])), None)
            if w is None and x.b + 2 < len(toks) and toks[x.b] is not None and d.tx[toks[x.b]] == ",":
                w = next((d.lo[toks[t]] for t in range(x.b + 1, min(len(toks), x.b + 6))
                          if toks[t] is not None and company_word(d.lo[toks[t]])), None)
            return w

        units = sorted(set(self.unparsed[-3:] + self.quiet[-3:] + ([self.prev_unit] if self.prev_unit else [])),
                       reverse=True)
        for us, ue in units:
            if ue > offset or last is not None and us <= last[0]:
                continue
            toks = list(range(*d.tokenize(us, ue)))
            nps = [y for x in self.nps(toks) for y in (x, x.inner) if y is not None]  # ("Workers at Denby Steel")
            bodies = [x for x in nps if x.name is not None and not x.pron and not x.acronym and (
                d.lo[toks[x.name[1] - 1]] in L.sp.organization_name_words or described(toks, x))]
            subject = self._subject_of(us, ue)
            ordered = [x for x in bodies if described(toks, x) == noun] + \
                [x for x in bodies if subject is not None and x.a == subject[1].a] + bodies[::-1]
            for np_ in ordered:
                m = self.mention_of(toks, np_)
                if m is not None and m.speaker is not None and m.speaker.kind == "organization":
                    if not business(m.speaker):
                        m.speaker.descriptions.append(described(toks, np_) or noun)
                    return m.speaker
        return last[1] if last is not None else None

    def _report_phrase(self, toks, j, t):
        """Where the phrase of a noun of what others say ending right before the complementizer at ``t`` starts
        (``Speech.report_nouns``: "denied [media reports] that …", "dementierte [Berichte], wonach …"), not before
        ``j``; None when the word before the complementizer is no such noun."""
        d, L = self.doc, self.L
        if not L.sp.report_nouns:
            return None
        r = t - 1
        if r > j and toks[r] is not None and d.tx[toks[r]] == ",":
            r -= 1  # (German and Luxembourgish write a comma before the clause)
        if r < j or toks[r] is None or d.lo[toks[r]] not in L.sp.report_nouns and (
                not d.mask[toks[r]] & M_SAID or not self._noun_with_clause(toks, r)):
            return None  # (also a noun with its clause: "dismissed the police statement that …")
        a = r
        while a > j and toks[a - 1] is not None and (d.mask[toks[a - 1]] & M_DET or
                                                    d.kind[toks[a - 1]] == W_LOWER and not d.mask[toks[a - 1]] & (
                                                        M_PREP | M_CUE | M_STOP | M_CONJ | M_COMP | M_AUX) or
                                                    L.lower_nouns and d.kind[toks[a - 1]] == W_CAP and a - 1 > j):
            a -= 1  # its determiner and modifiers ("the media reports", "persistent rumours", "a Ledger report")
        if d.lo[toks[r]] not in L.sp.report_nouns and a > 0 and toks[a - 1] is not None and \
                d.mask[toks[a - 1]] & M_PREP:
            return None  # (a medium, not an object: "said in a statement that …" reports the clause alone)
        return a

    def _verb_number_at(self, toks, np_):
        """"sg" or "pl" for the finite verb right before or after the pronoun ``np_``, by
        ``Speech.plural_verb_endings`` ("sagte sie", "Sie widersprach": "sg"; "Sie teilten mit": "pl"); None
        with no verb next to it."""
        d, L = self.doc, self.L
        verb = next((toks[t] for t in (np_.a - 1, np_.b) if 0 <= t < len(toks) and toks[t] is not None
                     and d.kind[toks[t]] == W_LOWER and
                     not d.mask[toks[t]] & (M_STOP | M_PREP | M_DET | M_COMP | M_CONJ)), None)
        if verb is None:
            return None
        return "pl" if d.lo[verb].endswith(L.sp.plural_verb_endings or ("\0",)) else "sg"

    def _plural_subject_before(self, offset):
        """What a plural pronoun at ``offset`` points to ("Die Studenten forderten … Sie forderten …", "Die
        Vorsitzenden … haben protestiert, da sie befürchten, …", "Residents gathered. They said …"): the subject of
        its own sentence before it, else of the sentence just before, when that subject is no pronoun, no two
        coordinated phrases, and plural by its verb (``Speech.plural_verb_endings``), its noun
        (``plural_noun_endings``) or, in English, as a body (``plural_bodies``); else, for a pronoun always plural,
        a body or unnamed group met just before; else None: a plural pronoun is never one person named before."""
        d, L = self.doc, self.L
        units = [(self.unit_start, offset)] if getattr(self, "unit_start", None) is not None else []
        if self.prev_unit is not None and self.prev_unit[1] <= offset:
            units.append(self.prev_unit)
        for us, ue in units:
            ps = self._subject_of(us, ue)
            if ps is None or ps[1].pron or d.st[ps[0][ps[1].a]] >= offset:
                continue
            toks, np_ = ps
            nxt = toks[np_.b] if np_.b < len(toks) else None
            if nxt is not None and d.mask[nxt] & M_CONJ or any(toks[t] is not None and d.mask[toks[t]] & M_CONJ
                                                               for t in range(np_.a, np_.b)):
                return None  # ("La CGT et la CFDT ont appelé … Elles ont affirmé", "Halbury Foods and Fenwick
                # Dairies agreed …": both, which no one speaker is)
            # its verb: the first word in lower case after it, past a phrase of place ("Die Klinikärzte in
            # Niedersachsen erklärten")
            verb = next((toks[t] for t in range(np_.b, min(len(toks), np_.b + 5)) if toks[t] is not None and
                         d.kind[toks[t]] == W_LOWER and not d.mask[toks[t]] & (M_PREP | M_DET | M_OF)), None)
            head = next((toks[t - 1] for t in range(np_.a + 1, np_.b) if toks[t] is not None and
                         d.mask[toks[t]] & (M_PREP | M_OF)), toks[np_.b - 1])  # ("Shop owners in the street")
            plural = verb is not None and d.lo[verb].endswith(L.sp.plural_verb_endings or ("\0",)) or \
                (np_.name is None or np_.org) and d.lo[head].endswith(L.sp.plural_noun_endings or ("\0",)) or \
                L.sp.plural_bodies and (np_.org or np_.acronym)  # ("Police arrested a man … They said …")
            if not plural or d.lo[toks[np_.a]] in L.sp.possessive_determiners:
                continue  # (not "Ihre Bedenken richten sich …": someone's thing)
            h = len(self.index.history)
            m = self.mention_of(toks, np_)
            del self.index.history[h:]  # (a group is no antecedent for a later "er" or "sie")
            if m is not None and m.speaker is not None:
                return m.speaker
        if L.sp.plural_pronouns:
            # else, for a pronoun always plural, the last body or unnamed group met not long before ("…,
            # according to festival staff. They added …"; "The Harbour Trust … They warned …"), never a person named
            for off, sp in reversed(self.index.history):
                if off >= offset:
                    continue
                if offset - off > GROUP_REACH:
                    break
                if sp.kind == "organization" or not sp.named and \
                        fold(sp.name).split()[-1].endswith(L.sp.plural_noun_endings):
                    return sp
        return None

    def _body_of_gender(self, offset, determiners, gender):
        """The body a pronoun of its grammatical gender at ``offset`` points to (``Speech.body_pronouns``): the
        subject of the sentence just before when that is a body opening with one of ``determiners`` ("Die
        Polizei sucht Zeugen. Sie teilte mit, …"), else the speaker of a quote in that sentence or this one when
        it is such a body ('„…“, teilte die Gewerkschaft mit. Sie kündigte an, …'). Never when a person of the
        pronoun's ``gender`` is named after that body ('Halima Jouini sagte: „…“, betont sie'), nor when the
        frame of that sentence or this one speaks of someone else ("La police a interpellé une femme. Elle a
        affirmé …" is the woman's; "La ministre … a critiqué la direction. Elle a estimé …" the minister's), nor in
        the frame of a quotation, nor after a sentence in the subjunctive; then None, and the pronoun is a
        person's as before."""
        d, L = self.doc, self.L
        pu = self.prev_unit
        if pu is None or pu[1] > offset:
            return None
        us, ue = getattr(self, "unit_start", offset), getattr(self, "unit_end", offset)
        if any(us <= q.start < ue for q in self.outer) or \
                L.markers and pu in self.unparsed[-2:] and self._has_marker(pu[0], pu[1], L.markers):
            # the frame of a quotation is a person's more often than a body's ('Le maire, Philippe Garnier, a
            # présenté le plan. Le conseil l'a adopté. « C'est un grand jour », a-t-il déclaré'); and a sentence in
            # the subjunctive without a cue is someone's words, its subject no new one ("D'Gemeng hätt laang
            # gesicht")
            return None
        named = self.index.last_before(offset, gender=gender)
        named_off = self.index.last_offset_of(named, offset) if named is not None else -1
        body = None
        ps = self._subject_of(*pu)
        coordinated = ps is not None and ps[1].b < len(ps[0]) and ps[0][ps[1].b] is not None and \
            d.mask[ps[0][ps[1].b]] & M_CONJ  # ("D'Gewerkschaft an d'Direktioun … Si sot": either)
        if ps is not None and not ps[1].pron and ps[0][ps[1].a] is not None and \
                d.lo[ps[0][ps[1].a]] in determiners and not coordinated:
            h = len(self.index.history)
            m = self.mention_of(*ps)  # (a body by its words, or described as a business: "Der Autozulieferer X")
            if m is not None and m.speaker is not None and m.speaker.kind == "organization" and m.start > named_off \
                    and not self._said_noun(m.speaker):
                body, skip = m.speaker, [(m.start, m.end)]
            else:
                del self.index.history[h:]
        lq = self.last_quote_speaker
        if body is None and lq is not None and lq[1] >= pu[0] and lq[0].speaker is not None and \
                lq[0].speaker.kind == "organization" and lq[0].text and lq[0].start > named_off and \
                re.match(r"\S+?['’]|\S+", fold(lq[0].text)).group() in determiners:  # ("la CGT", "d'Police")
            body, skip = lq[0].speaker, [(lq[0].start, lq[0].end)]
        if body is None or self._someone_else_in(range(*d.tokenize(*pu)), skip, gender) or \
                self._someone_else_in(range(*d.tok_range(getattr(self, "unit_start", offset), offset)), skip, gender):
            return None
        return body

    def _someone_else_in(self, tokens, skip, gender):
        """Do the ``tokens``, outside the spans in ``skip`` and outside quotations, speak of a person who may be
        of ``gender``: a role, a title or one of ``Speech.person_nouns`` ("eine 34-jährige Frau", "un homme de
        40 ans") of that gender or of none the words tell ("nach Zeugen" is no woman)?"""
        d, L = self.doc, self.L
        for i in tokens:
            if any(s <= d.st[i] < e for s, e in skip) or self.in_quote(d.st[i]):
                continue
            if d.mask[i] & (M_ROLE | M_TITLE) and not d.mask[i] & M_ORG or d.lo[i] in L.sp.person_nouns:
                g = self._word_gender(i)
                if g is None or gender is None or g == gender:
                    return True
        return False

    def _word_gender(self, i):
        """"m", "f" or "pl" for a person word at token ``i`` where it tells one: ``Speech.person_nouns``,
        ``gendered_words``, a role's feminine ending ("Ministerin"), a role whose feminine form exists
        ("Präsident": no woman) or the plural of a role where nouns end so ("Zeugen"), a feminine article right
        before it ("la ministre"); else None."""
        d, sp = self.doc, self.L.sp
        w = d.lo[i]
        g = sp.person_nouns.get(w) or sp.gendered_words.get(w)
        if g:
            return g
        if sp.feminine_role_endings:
            if len(w) > 5 and w.endswith(sp.feminine_role_endings):
                return "f"
            if d.kind[i] == W_CAP and any(self.L.suffix_in(stem + sp.feminine_role_endings[0], self.L.roles)
                                          for stem in (w, w[:-1], w[:-2]) if len(stem) > 3):
                return "m"
            if d.kind[i] == W_CAP and any(w.endswith(e) and len(w) - len(e) > 3 and
                                          self.L.suffix_in(w[:-len(e)], self.L.roles) for e in sp.role_plural_endings):
                return "pl"  # ("Zeugen", "Experten": the plural of a role)
        if sp.gendered_determiners and i > 0:
            return sp.gendered_determiners.get(d.lo[i - 1])
        return None

    def _saying_noun(self, name):
        """Does ``name`` end in a noun of saying or of a claim ("Bericht", "Vorwurf", "Angaben")?"""
        last = name.rpartition(" ")[2].lower()
        return last in self.L.cue_nouns or last in self.L.claim_nouns

    def _said_noun(self, speaker):
        """Is ``speaker`` a noun of saying with no holder ("die Forderungen", "der Bericht"): a source of its
        sentence, never what a later pronoun points to?"""
        return not speaker.named and self._saying_noun(speaker.name)

    def _body_before(self, offset):
        """The body a neuter pronoun at ``offset`` points to ("The ministry said … It said …", "Environmental group
        Clean Water Now welcomed the decision. "…," it said"): the body quoted just before, else the subject of
        the sentence before when that is a body, else the body the index met last; None rather than a person."""
        lq = self.last_quote_speaker
        if lq is not None and lq[0].speaker is not None and lq[0].speaker.kind == "organization" and \
                offset - lq[1] < 400:
            return lq[0].speaker  # (the body quoted just before goes on: "The ministry said … It said …")
        pu = self.prev_unit
        if pu is not None and pu[1] <= offset:
            ps = self._subject_of(*pu)
            if ps is not None and ps[1].org and not ps[1].pron:
                m = self.mention_of(*ps)
                if m is not None and m.speaker is not None and m.speaker.kind == "organization" and \
                        not self._said_noun(m.speaker):
                    return m.speaker
        last = max(((off, x) for off, x in self.index.history if off < offset and x.kind == "organization"),
                   key=lambda h: h[0], default=None)
        return last[1] if last is not None else None

    def _apposition_subject(self, us, ue):
        """A full name in apposition to a sentence's opening words that the chunker makes no noun phrase of
        ("Her deputy, Joan Pike, stayed behind"), as (toks, NP), or None."""
        d, L = self.doc, self.L
        toks = list(range(*d.tokenize(us, ue)))
        c = next((t for t in range(1, min(len(toks), 5)) if d.tx[toks[t]] == ","), None)
        if c is None or not (d.lo[toks[0]] in L.dets or d.lo[toks[0]] in L.pron) or \
                not all(d.kind[toks[t]] == W_LOWER or L.sp.capitalised_nouns and d.kind[toks[t]] == W_CAP
                        for t in range(1, c)):
            return None  # (German and Luxembourgish nouns are capitalised: "Eng Clientin, d'Marie Becker, war …")
        np_ = next((x for x in self.nps(toks) if x.a == c + 1), None)
        if np_ is None or np_.name is None or np_.name[1] - np_.name[0] < 2 or np_.org or np_.acronym or \
                np_.b >= len(toks) or d.tx[toks[np_.b]] != ",":
            return None
        return toks, np_

    def _unparsed_subjects(self, offset, look_back=4):
        """Register the people that the last few unparsed sentences before ``offset`` name as their subjects with
        a role or title (once each); True if any was new."""
        new = False
        for us, ue in self.unparsed[-look_back:]:
            if ue > offset or (us, ue) in self.subjects_done:
                continue
            self.subjects_done.add((us, ue))
            if self._title_case(us, ue):
                continue  # (a headline's capitals make no names: "Voters Slam Tom Reed")
            new = self._subject_person(us, ue) is not None or new
        return new

    def _unparsed_person(self, offset, after, gender=None, look_back=3):
        """A person of ``gender`` (or any) introduced, after offset ``after``, as the subject of one of the last
        few sentences before ``offset`` that were not parsed because they hold no cue ("Senator Anna Smith
        toured a clinic on Monday. She said ..."): registered, so that later mentions find them too; a subject of
        the other gender is registered and passed over ("Le maire Paul Roux … La ministre … Il a affirmé")."""
        for us, ue in reversed(self.unparsed[-look_back:]):
            if ue > offset:
                continue
            if us <= after:
                break
            sp = self._subject_person(us, ue)
            if sp is not None and fits(sp, gender):
                return sp
        return None

    def _np(self, toks, a, b):
        """A noun phrase over frame positions a..b, analysed (name, role, kind) on first use."""
        np_ = NP(a, b)
        np_._pending = (self, toks, None)
        return np_

    def _only_time(self, cs, ce):
        """Is text[cs:ce] a phrase of time and nothing else ("Am 29. Januar 1886, also ... schrieb er Geschichte"):
        no content of speech?"""
        d = self.doc
        a, b = d.tok_range(cs, ce)
        # (dates and numbers, and function words between them)
        timely = M_TIME | M_DIGIT | M_PREP | M_DET | M_OF | M_STOP | M_CONJ
        mask, kind = d.mask, d.kind
        return a < b and all(mask[t] & timely or kind[t] == W_PUNCT for t in range(a, b)) and \
            any(mask[t] & (M_TIME | M_DIGIT) for t in range(a, b))

    def _without_possessive(self, name):
        """The name without a possessive ending: "Trump's" is Trump, and a name ending in "s", "Ames'", Ames."""
        L = self.L
        for ending in L.sp.possessive_endings:
            if name.endswith(ending) and len(name) > len(ending) + 1:
                return name[:-len(ending)]
        if L.sp.possessive_endings and name.endswith(("s'", "s’")) and len(name) > 3:
            return name[:-1]
        return name

    def _add_person(self, toks, np_):
        """Register the person a named noun phrase introduces (its name, and its description as a role); an
        apposition before or after it may tell their gender or name them as someone's relative ("Mr. Obama and
        his wife, Ingrid Halvorsen", "Tom Harper, her husband, …")."""
        d = self.doc
        ns, _, name = self.span_text(toks, *np_.name)
        name = self._without_possessive(name)  # ("Ann Lee's budget": Ann Lee)
        desc = self.span_text(toks, *np_.desc)[2] if np_.desc else None
        gender, kin = None, False
        if self.L.sp.gendered_words or self.L.kin:
            gender = self._gender_of(toks, np_.a, np_.name[0])
            spans = []
            if np_.a >= 2 and toks[np_.a - 1] is not None and d.tx[toks[np_.a - 1]] == ",":
                back = np_.a - 1
                while back > max(0, np_.a - 5) and toks[back - 1] is not None and d.kind[toks[back - 1]] != W_PUNCT:
                    back -= 1
                spans.append((back, np_.a - 1))
            e = np_.b
            if e + 1 < len(toks) and toks[e] is not None and d.tx[toks[e]] == ",":
                f = e + 1
                while f < min(len(toks), e + 6) and toks[f] is not None and d.kind[toks[f]] != W_PUNCT:
                    f += 1
                spans.append((e + 1, f))
            for a, b in spans:
                if any(toks[x] is not None and d.mask[toks[x]] & (M_CUE | M_AUX) for x in range(a, b)):
                    continue  # (a clause, no apposition: "Kevin Dunn, said his mother …")
                gender = gender or self._gender_of(toks, a, b, True)
                kin = kin or self._kin_in(toks, a, b)
        if gender is None and np_.name[1] - np_.name[0] >= 2:
            gender = self._first_name_gender(d.tx[toks[np_.name[0]]])
        return self.index.add(name, "person", desc, ns, gender=gender, merge=not kin)

    # -- cues and frames ----------------------------------------------------------------------------------------

    def run(self):
        d, L, text = self.doc, self.L, self.text
        units, qspans, outer = self.units()
        oends = [q.end for q in outer]
        qstarts = [q.start for q in qspans]
        self.outer = outer
        quotes = []
        prev_unit_quote = None    # the last quote of the previous unit (for continuations)
        prev_colon_attr = None    # attribution of a unit ending with ':' just before
        last_para_end = -1
        last_speaker_quote = None
        last_attr = None
        prev_subject = None
        spans = scan_words(d.low, L.trigger_low) if d.low is not None else \
            [m.span() for m in L.trigger_re.finditer(text)]
        # (a noun of a claim counts only with its clause after it: see ``_Lang.tails``)
        low = d.aligned_low if L.tails else None
        hits = [s for s, e in spans if (not L.weak_triggers or self._strong_hit(s, e)) and
                (low is None or (tail := L.tails.get(low[s:e])) is None or tail.match(low, e) is not None)]
        n_outer, n_hits, n_qspans = len(outer), len(hits), len(qspans)
        self.prev_unit = this_unit = None   # the unit before this one (for "Demnach ...")
        self.unparsed = []  # units not parsed (no cue, source or quotation), for a pronoun's antecedent
        self.quiet = []     # units parsed for a word that gave no attribution, no quotation in them: likewise
        self.subjects_done = set()  # unparsed units whose subjects were registered (see _unparsed_subjects)
        colon_frame = None  # the attribution of a paragraph "The governor added:" (what follows is its block)
        block = None        # the quote of such a block, while its sentences are read
        note_end = -1       # the end of a publisher's note ("Editor's note: …"): the outlet's own words
        for us, ue in units:
            if us < note_end:
                continue
            if L.sp.publisher_note_labels and (us == 0 or text[us - 1] == "\n") and \
                    text[us:us + 40].lower().startswith(L.sp.publisher_note_labels):
                # (a note the publisher adds, often the same in every article: no one's words reported in it)
                note_end = text.find("\n\n", us)
                note_end = len(text) if note_end < 0 else note_end
                continue
            self.prev_unit, this_unit = this_unit, (us, ue)
            if block is not None and us >= block.sentence_end:
                block = None
            if colon_frame is not None:
                at, colon_frame = colon_frame, None
                block = self._colon_block(at, us)
                if block is not None:
                    quotes.append(block)
            self.unit_end = ue
            self.unit_start = us
            k = bisect.bisect_right(oends, us)
            nq = k < n_outer and outer[k].start < ue
            # most sentences hold no quotation and no cue or source word: they are never tokenised
            k0 = bisect.bisect_left(hits, us)
            qk = bisect.bisect_left(qstarts, us)
            need = nq or (k0 < n_hits and hits[k0] < ue) or (qk < n_qspans and qstarts[qk] < ue)
            if not need:
                # no quotation, cue or source word: at most a sentence carrying reported speech on
                para_break = text.find("\n", last_para_end, us) >= 0 if last_para_end >= 0 else True
                last_para_end = ue
                cont = self._continuation(us, ue, para_break, prev_unit_quote, last_speaker_quote, last_attr) \
                    if L.markers and (prev_unit_quote is not None or last_speaker_quote is not None or
                                      last_attr is not None or self._comma_complementizer(us, ue) or
                                      self.unparsed and self.unparsed[-1] == self.prev_unit) else None
                # (that last: a sentence in the subjunctive after one whose subject may be its speaker)
                prev_unit_quote = None
                if cont is not None and block is None:
                    q = prev_unit_quote = self._continued(cont, us, ue)
                    quotes.append(q)
                    if q.speaker is not None:
                        last_speaker_quote = q
                        self.last_quote_speaker = (q.speaker, q.start)
                prev_subject = ("lazy", us, ue)
                prev_colon_attr = None
                self.unparsed.append((us, ue))
                continue
            # the outermost quotations overlapping the unit (they are sorted and do not overlap each other)
            inq = []
            while k < n_outer and outer[k].start < ue:
                inq.append(outer[k])
                k += 1
            nq = len(inq)
            toks = []
            self.full_quote_at = set()
            self.comma_quote_at = set()
            self.source_names = set()
            a, b = d.tokenize(us, ue)
            # the frame: the unit's tokens, each quotation one None (its closing mark included); a quotation
            # mark right after a quotation or at the start is dropped
            st, tx = d.st, d.tx
            pos = a
            for q in inq:
                qa = bisect.bisect_left(st, q.start, pos, b)
                qb = bisect.bisect_left(st, q.end, qa, b)
                if qb < b and st[qb] == q.end and tx[qb] in QUOTE_CHARS:
                    qb += 1
                self._frame_tokens(toks, pos, qa)
                if qa < qb and self._source_in_marks(toks, q):
                    # a source's name in quotation marks ("laut „Reuters“", "wie „Die Zeit“ berichtet"): words of
                    # the frame, and no quote
                    toks.extend(range(qa, qb))
                    pos = qb
                    self.source_names.add(q.start)
                elif qa < qb:
                    if not toks or toks[-1] is not None:
                        toks.append(None)
                        if len(text[q.start:q.end].split()) >= 4:
                            self.full_quote_at.add(len(toks) - 1)
                        if text[q.start:q.end].rstrip(QUOTE_CHARS + " ").endswith(","):
                            # (a comma inside the closing marks is its clause's: 'The plan is "dead," said Burke')
                            self.comma_quote_at.add(len(toks) - 1)
                    pos = qb
                else:
                    pos = qa
            self._frame_tokens(toks, pos, b)
            para_break = text.find("\n", last_para_end, us) >= 0 if last_para_end >= 0 else True
            last_para_end = ue
            # only sentences with a quotation, a cue, a source word or a subjunctive need parsing; elsewhere
            # a run of capitalised words may still introduce a person ("Staatschef Kim Jong Un")
            trig = (bool(inq) or (need and self._triggered(toks))) and not self._title_case(us, ue)
            if trig:
                nps = self.nps(toks)
            else:
                nps = []
                self.unparsed.append((us, ue))
            # people named with a first name and a surname (or a role) are known from here on, for "de Kim",
            # "hien", "vum Minister" later
            kind = d.kind
            for np_ in nps:
                if np_.pron or np_.b - np_.a < 2 or sum(1 for t in toks[np_.a:np_.b]
                                                        if t is not None and kind[t] == W_CAP) < 2:
                    continue
                business = self._business_noun(toks, np_)
                if business is not None:
                    # a business named with what it is ("der Firma Orvata", "Le fabricant Laiterie du Val"), for a
                    # later "die Firma", "l'entreprise"
                    m = self.mention_of(toks, np_)
                    if m is not None and m.speaker is not None and m.speaker.kind == "organization" and \
                            business not in m.speaker.descriptions:
                        m.speaker.descriptions.append(business)
                elif np_.name is not None and not np_.org and not np_.acronym and (
                        np_.name[1] - np_.name[0] >= 2 or np_.role is not None) and np_.name[1] - np_.name[0] <= 4 \
                        and not self._role_of_place(toks, np_) and \
                        d.lo[toks[np_.name[1] - 1]] not in L.sp.organization_name_words and \
                        self._verb_in_name(toks, np_) is None:
                    self._add_person(toks, np_)
            attrs = self.attributions(toks, nps) if trig else []
            if trig and not inq and not any(at.get("speaker") is not None and at.get("content") is not None
                                            for at in attrs):
                # (a sentence whose cue found no words reported nothing either: "Pfeiffer forderte mehr Geld.")
                self.quiet.append((us, ue))
            unit_quotes = []
            # reported speech in the frame
            for at in attrs:
                if at.get("content") is None:
                    continue
                cs, ce = at["content"]
                cs, ce = self._trim(cs, ce)
                for q in inq:
                    if cs < q.start <= ce <= q.end + 1 and q.closed:
                        # a quotation closing the content keeps its closing mark ('the plan was "a mess."'),
                        # so the text shows no opening mark alone
                        ce = q.end
                        while ce < len(text) and ce - q.end < 2 and text[ce] in QUOTE_CHARS:
                            ce += 1
                n_words = len(text[cs:ce].split())
                if (ce - cs < 12 and not (ce - cs >= 9 and text[cs:ce].split()[0].lower() in L.subj_pron) or
                        n_words < 3 or n_words <= 8 and self._only_time(cs, ce)) and \
                        not self._stance_object(at, cs, ce):
                    # (too short to be words of someone's, unless a clause with a pronoun: "he was ill")
                    continue
                # reported content that is (mostly) a direct quote is that quote's attribution, not a quote
                if any(q.start - 3 <= cs <= q.start and min(ce, q.end) - q.start > 0.7 * (ce - cs) for q in inq):
                    continue
                inside_q = [q for q in inq if q.start < ce and q.end > cs]
                if sum(max(0, min(ce, q.end) - max(cs, q.start)) for q in inside_q) > 0.75 * (ce - cs) and \
                        ":" in text[cs:inside_q[-1].start]:
                    continue  # '« ... » en ajoutant : « ... »': the quotations are the quotes
                sp = at.get("speaker")
                if sp is not None and sp.start - 3 <= cs and ce <= sp.end + 3:
                    continue  # the "content" is the speaker's own mention ("X, the press officer, did not reply")
                if any(u.start == cs and u.end == ce for u in unit_quotes):
                    continue  # (two cues of one clause: "wurde bekannt gegeben, dass …")
                q = Quote(start=cs, end=ce, text=text[cs:ce], kind="indirect", sentence_start=us, sentence_end=ue)
                q.speaker, q.via = sp, at.get("via")
                q.cue, q.cue_start, q.cue_end = at.get("cue"), at.get("cue_start"), at.get("cue_end")
                unit_quotes.append(q)
            # direct quotes
            with_speaker = [at for at in attrs if at.get("speaker") is not None]
            main = with_speaker[0] if with_speaker else (attrs[0] if attrs else None)
            uq_direct = []
            # the quotations starting in the unit, after an outermost one running into it from before
            here = [q for q in inq if q.start < us] + \
                qspans[bisect.bisect_left(qstarts, us):bisect.bisect_left(qstarts, ue)]
            for q in here:
                if q.depth > 0 and any(o.start < q.start and q.end <= o.end for o in inq):
                    continue  # nested inside a direct quote: part of it
                if q.start in self.source_names:
                    continue
                words = text[q.start:q.end].split()
                if not words:
                    continue
                host = next((iq for iq in unit_quotes if iq.start <= q.start and q.end <= iq.end + 2), None)
                if host is not None and not L.sp.nested_quotes:
                    continue
                if len(words) <= 3 and host is None and (main is None or main.get("speaker") is None) and \
                        not self._whole_sentence(q, us, prev_unit_quote, para_break) and \
                        not self._sentence_after_noun_of_saying(q, us):
                    continue  # a scare quote or a name in marks, not speech
                if self._is_name(q, words) or self._titled_by_noun(q, us):
                    continue
                dq = Quote(start=q.start, end=q.end, text=text[q.start:q.end], kind="direct", sentence_start=us,
                           sentence_end=ue)
                label = SPEAKER_LABEL.match(text, q.start, q.end)
                signed = _SIGNED.match(text, q.end, min(len(text), q.end + 80)) if label is None else None
                if label is not None:
                    # a transcript: '"PENCE: And that is why ..."'
                    ls, le = label.span(1)
                    dq.start = label.end()
                    dq.text = text[dq.start:dq.end]
                    dq.speaker = mention(ls, le, text[ls:le], self.index.add(text[ls:le].title(), "person", None,
                                                                           ls), "name")
                elif signed is not None:
                    # a quotation signed with a dash: '"We need change." ― Jorge Falcon'
                    ss, se = signed.span(1)
                    while se > ss and text[se - 1].isspace():
                        se -= 1
                    if text[se - 1] == "." and se - ss > 2 and text[se - 3].isalpha():
                        se -= 1  # the sentence's full stop, not an initial's ("― Jane Doe.", "― John Q.")
                    dq.speaker = mention(ss, se, text[ss:se], self.index.add(text[ss:se], "person", None, ss),
                                         "name")
                elif host is not None and (inner := next(
                        (at for at in with_speaker if at.get("via") is not None and
                         host.start <= at["cue_start"] < q.start and
                         at["via"].start == (host.speaker.start if host.speaker is not None else -1)), None)):
                    # a speaker's cue inside a source's report frames the quotation: "Laut Polizei hat der Zeuge
                    # gesagt: „…“" is the witness's, via the police
                    dq.speaker, dq.via = inner["speaker"], inner["via"]
                    dq.cue, dq.cue_start, dq.cue_end = inner["cue"], inner["cue_start"], inner["cue_end"]
                elif host is not None:
                    dq.speaker = host.speaker
                    subj = self._content_subject(host)
                    if subj is not None and (host.speaker is None or host.speaker.speaker is None or
                                             host.speaker.speaker.kind == "organization"):
                        dq.speaker = subj
                    dq.cue, dq.cue_start, dq.cue_end = host.cue, host.cue_start, host.cue_end
                elif main is not None and main.get("speaker") is not None:
                    # the nearest cue; one after the quotation in a clause of its own ("“…,” when the governor
                    # attacked him"; not "as the mayor put it") only when none frames it
                    subs = L.clause_subordinators_after
                    near = min(with_speaker, key=lambda at: (
                        at["cue_start"] > q.end and (bool(subs) and any(
                            w in subs for w in _GAP_WORD.findall(self.doc.aligned_low, q.end, at["cue_start"])) or
                            self._cue_takes_quotation(at, q)),
                        min(abs(at["cue_start"] - q.start), abs(at["cue_start"] - q.end))))
                    dq.speaker, dq.via = near["speaker"], near.get("via")
                    dq.cue, dq.cue_start, dq.cue_end = near.get("cue"), near.get("cue_start"), near.get("cue_end")
                elif prev_colon_attr is not None:
                    dq.speaker, dq.via = prev_colon_attr.get("speaker"), prev_colon_attr.get("via")
                    dq.cue = prev_colon_attr.get("cue")
                else:
                    lone = self._np_before_colon(toks, nps, q)
                    if lone is not None:
                        dq.speaker = lone
                    elif len(words) <= 3 and not self._whole_sentence(q, us, prev_unit_quote, para_break) or \
                            self._embedded_title(q, us, ue):
                        continue
                    elif (own := self._own_subject(toks, nps, q)) is not None:
                        # "Die Stiftung sieht in dem Urteil „…“": a quotation inside a sentence with a
                        # subject that can speak is that subject's, whatever its verb
                        dq.speaker = own
                    elif self._answers(prev_unit_quote, text[q.start:q.end]):
                        pass  # the answer to a question is someone else's: '"Will you resign?" asked the host. "No."'
                    elif prev_unit_quote is not None and prev_unit_quote.speaker is not None:
                        dq.speaker = prev_unit_quote.speaker
                        dq.via = prev_unit_quote.via
                    elif prev_subject is not None and prev_subject[0] == "lazy" and \
                            self._subject_of(*prev_subject[1:]) is not None:
                        ps = self._subject_of(*prev_subject[1:])
                        if ps[1].pron or ps[1].role is not None or ps[1].name is not None and (
                                ps[1].name[1] - ps[1].name[0] > 1 or ps[1].org):
                            # (a person or a body, not any noun that opened the sentence before: "Der Haushalt
                            # ist knapp. „…“")
                            dq.speaker = self.mention_of(*ps)
                        elif self.last_quote_speaker is not None:
                            dq.speaker = self.last_quote_speaker[0]
                    elif prev_subject is not None and prev_subject[0] != "lazy" and (
                            prev_subject[1].pron or not para_break or prev_subject[1].name is not None):
                        # 'Il a tenu à préciser sa position. « ... »': the subject just before
                        dq.speaker = self.mention_of(*prev_subject)
                    elif self.last_quote_speaker is not None:
                        dq.speaker = self.last_quote_speaker[0]
                uq_direct.append(dq)
            # subjunctive continuation of reported speech
            cont = None
            if not unit_quotes and not uq_direct and not attrs and L.markers:
                cont = self._continuation(us, ue, para_break, prev_unit_quote, last_speaker_quote, last_attr)
            if cont is not None:
                prev_unit_quote = cont
                unit_quotes.append(self._continued(cont, us, ue))
            for at in attrs:
                if at.get("speaker") is not None and at.get("speaker").speaker is not None and not at.get("silent"):
                    last_attr = Quote(start=us, end=ue, text="", speaker=at["speaker"], via=at.get("via"),
                                      cue=at.get("cue"))
            allq = unit_quotes + uq_direct
            if block is not None:
                if inq or any(at.get("speaker") is not None and at["speaker"].how in ("name", "role") and
                              at["cue"].lower() in L.cues for at in attrs):
                    # the block's sentences have a quotation or a named speaker's frame of their own: the writer's
                    # words ("The coach told reporters:\n\nThe team played well. "I am proud," said the captain.",
                    # "… The mayor later clarified that …")
                    quotes.remove(block)
                    block = None
                else:
                    allq = []  # ("as you pointed out": words of the block)
            quotes.extend(allq)
            for q in allq:
                if q.speaker is not None:
                    last_speaker_quote = q
            if allq:
                last = max(allq, key=lambda q: q.end)
                prev_unit_quote = last
                for q in allq:
                    if q.speaker is not None:
                        self.last_quote_speaker = (q.speaker, q.start)
            else:
                prev_unit_quote = None
            prev_subject = None if need else ("lazy", us, ue)
            for np_ in nps[:2]:
                if np_.a <= 1 and not np_.after_prep and not np_.cuenoun and (np_.pron or np_.name is not None
                                                                              or np_.org or np_.role is not None):
                    prev_subject = (toks, np_)
                    break
            ends_colon = text[us:ue].rstrip().endswith(":") or (toks and toks[-1] is not None and
                                                                d.tx[toks[-1]] == ":")
            prev_colon_attr = main if ends_colon and main is not None and main.get("speaker") is not None else None
            closing = max(with_speaker, key=lambda at: at["cue_start"]) if prev_colon_attr is not None else None
            if closing is not None and closing.get("content") is None and not closing.get("source") and \
                    not inq and closing["cue"].lower() in L.cues and len(toks) <= 16 and _LINE_ENDS.match(text, ue):
                # "The governor added:" closing its paragraph: the next paragraph, in no marks, is what was said
                # (a block quotation whose marks the page's layout gave); the cue before the colon says who
                # ("Asked whether he would run, Smith said:")
                colon_frame = closing
        quotes = self._transcript(quotes)
        if self.L.sp.join_interrupted:
            quotes = self._join(quotes)
        if L.sp.headline_attribution:
            quotes = self._headline(quotes)
        return quotes

    def _own_subject(self, toks, nps, q):
        """The mention of the subject opening the sentence of the quotation ``q``, when it can speak (a name, a
        role, a body or a pronoun it resolves, not after a preposition) and ends before the quotation. None for a
        quotation opening its sentence; for a sentence in the subjunctive; for a passive ("Der Angeklagte wurde
        wegen „…“ verurteilt") or a verb of being ("Brandt was "the best …"", "Sie gilt als „…“"), whose subject
        is described, not speaking. (A body right after someone's quotation stays the body's, "The state will
        provide "…"": measured, that is more often right than the quotation's speaker going on.)"""
        d, L = self.doc, self.L
        if L.markers and self._has_marker(self.unit_start, q.start, L.markers):
            return None  # "Sie seien „…“": a sentence in the subjunctive carries someone's speech on, about them
        for np_ in nps[:2]:
            if np_.a > 1 or np_.after_prep or np_.cuenoun:
                continue
            if not self._can_speak(toks, np_):
                return None
            b = np_.b
            while L.lower_nouns and b - 1 > np_.a and (np_.name is None or b - 1 >= np_.name[1]) and \
                    toks[b - 1] is not None and d.kind[toks[b - 1]] == W_LOWER and not d.mask[toks[b - 1]] & M_HEAD:
                b -= 1  # (a verb read as an adjective after the noun: "La mairie prévoit « … »")
            if b < np_.b:
                np_ = self._np(toks, np_.a, b)
            last = toks[np_.b - 1]
            if last is None or d.en[last] > q.start or np_.b >= len(toks) or toks[np_.b] is None or \
                    d.tx[toks[np_.b]] == ":":
                return None  # (not a label: "Verkehr: Das geplante „…“")
            verb = d.lo[toks[np_.b]]
            if verb in L.aux and np_.b + 1 < len(toks) and toks[np_.b + 1] is not None and \
                    d.lo[toks[np_.b + 1]] in L.sp.descriptive_verbs:
                return None  # ("a reçu le prix pour son « … »")
            if verb in L.sp.passive_auxiliaries or verb in L.sp.descriptive_verbs:
                return None
            m = self.mention_of(toks, np_)
            return m if m is not None and m.speaker is not None else None  # ("It was "…"": no one)
        return None

    def _subject_after_verb(self, toks, first, k):
        """With the verb second, the subject right after the verb (before frame position ``k``) when the noun
        phrase ``first[0]`` fronted before it cannot speak: a pronoun only of the nominative, a name, or a role or
        body without an oblique article ("Das Angebot lehnt der Bürgermeister ab:"), where a thing with its
        article was fronted; a role or body also where the fronted word is an adverb (``Speech.adverb_suffixes``);
        None for a verb of being or a passive."""
        d, L = self.doc, self.L
        front = first[0]
        verb = toks[front.b] if front.b < k else None
        if verb is None or d.kind[verb] != W_LOWER or d.lo[verb] in L.sp.descriptive_verbs or \
                d.lo[verb] in L.sp.passive_auxiliaries:
            return None
        bare = front.name is not None and front.name[0] == front.a and front.b - front.a == 1
        adverb = bare and self._adverb(d.lo[toks[front.a]])
        if bare and not adverb:
            return None
        for x in first[1:]:
            gap = x.a - front.b - 1
            if gap > 1 or gap == 1 and not (toks[front.b + 1] is not None and d.lo[toks[front.b + 1]] in L.stop):
                continue
            if x.pron and d.lo[toks[x.a]] in L.subj_pron or x.name is not None and x.name[0] == x.a or \
                    adverb and (x.role is not None or x.org) or \
                    not bare and self._object_fronted(toks, front) and self._subject_role_after(toks, verb, x):
                return x
        return None

    def _can_speak(self, toks, np_, strict=False):
        """Can the noun phrase speak: a pronoun, a body, a role, or a name (one capitalised word opening a
        sentence is a name only after its article or when named before: "Anfangs hoffte sie auf „…“",
        "Relativierend fügt Gall hinzu" have none; ``strict``: not after its article either, where every noun
        is capitalised: "Das Angebot lehnt er ab")?"""
        if np_.pron or np_.org or np_.role is not None:
            return True
        if np_.name is None:
            return False
        return np_.name[1] - np_.name[0] > 1 or not strict and np_.name[0] > np_.a or self.index.find(
            self.span_text(toks, *np_.name)[2], self.doc.st[toks[np_.name[0]]]) is not None

    def _colon_block(self, at, start):
        """The paragraph at ``start`` as what the attribution ``at`` of the paragraph before ("Limbaugh added:")
        said: reported speech, as it stands in no marks; None for a paragraph in marks (a quotation) or opening
        with a label or a bracket ("UPDATE: …", "(Video)")."""
        text = self.text
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start] in QUOTE_CHARS or text[start] in "([" or PARAGRAPH_LABEL.match(text, start, end) or \
                len(text[start:end].split()) < 4:
            return None
        q = Quote(start=start, end=end, text=text[start:end], kind="indirect", sentence_start=start,
                  sentence_end=end)
        q.speaker, q.via = at["speaker"], at.get("via")
        q.cue, q.cue_start, q.cue_end = at.get("cue"), at.get("cue_start"), at.get("cue_end")
        return q

    # a title "Name: claim" (one or two capitalised words before the colon) or "claim, Some Name Says"
    _HEAD_COLON = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?): +(\S.{8,}?)[.\s]*$")
    _HEAD_AFTER = re.compile(r"(\S.{8,}?), +((?:[A-Z][\w.'’-]* ){0,4}[A-Z][\w.'’-]*) +(\w+)[.\s]*$")

    def _title_case(self, us, ue):
        """Is the unit a title in title case ("Lawmakers Slam Senator Over Budget Cuts")? Its capitals make no
        names, and its words are no sentence to parse."""
        if not self.L.sp.title_case_titles or ue - us > 200 or us > 0 and self.text[us - 1] != "\n":
            return False
        words = [w for w in self.text[us:ue].split() if len(w) >= 4 and w[0].isalpha()]
        return len(words) >= 3 and all(w[0].isupper() for w in words)

    def _headline(self, quotes):
        """The article's first line as reported speech of the speaker its title names."""
        lines = segment.lines(self.text)
        if not lines:
            return quotes
        ln = lines[0]
        if len(ln.text.split()) > 24:
            return quotes
        L = self.L
        cue = None  # (start, end) of the cue verb a title names
        m = self._HEAD_COLON.match(ln.text)
        if m is None and L.head_topic is not None:
            m = L.head_topic.match(ln.text)  # "Senator Lee on Budget Talks: Cuts Are 'Unavoidable'"
            last = m.group(1).split()[-1] if m is not None else ""
            body = self.text[ln.end:] if m is not None else ""
            if m is not None and (re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", body) is None or
                                  re.search(r"(?<!\w)" + re.escape(last.lower()) + r"(?!\w)", body) is not None):
                m = None  # (a name the article names again, never a word in lower case: not "Pressure on Banks: …")
        if m is not None:
            words = m.group(1).split()
            if words[0].lower() in L.dets or m.group(1).lower() in L.sp.headline_labels or \
                    words[0].lower() in L.stop:
                return quotes
            (ns, ne), (cs, ce) = m.span(1), m.span(m.lastindex)
        else:
            m = self._HEAD_AFTER.match(ln.text)
            if m is not None and m.group(3).lower() in L.cues and m.group(2).split()[0].lower() not in L.stop:
                (cs, ce), (ns, ne) = m.span(1), m.span(2)
            else:
                # "Senator Lee Warns Of Deep Cuts": a title in title case whose verb after its subject is one of
                # the few that only ever report speech (`Speech.headline_cues`: never "Claims", "Plans", "Shows"),
                # or any verb of saying with a quotation right after it, words the title quotes ("Mayor Calls
                # Harbor Plan ‘A Costly Mistake’", "Senator Speaks ‘Plainly’ On Budget"), or a verb of evidence
                # after a poll or a study ("New Poll Shows …": `Speech.headline_evidence_cues`)
                words = list(_WORD_SPAN.finditer(ln.text.rstrip(" .")))
                verb = next((i for i, w in enumerate(words[:6]) if i and w.group()[:1].isupper() and (
                    w.group().lower() in L.sp.headline_cues or i + 1 < len(words) and
                    (w.group() + " " + words[i + 1].group()).lower() in L.sp.headline_cue_phrases or
                    w.group().lower() in L.cues and w.group().lower() not in L.sp.work_title_verbs and
                    any(x.group()[0] in _OPENING_MARKS for x in words[i + 1:i + 4]) or
                    w.group().lower() in L.sp.headline_evidence_cues and
                    words[i - 1].group().lower() in L.sp.evidence_nouns)),
                            None)
                possessive = tuple(L.sp.possessive_endings) + ("'", "’")  # ("Protesters' Leaders Urge")
                # (the subject after a fronted phrase's comma: "Citing Rising Costs, Senator Pledges To …"; none
                # where the comma closes a clause of its own: "Governor Signs Budget, Calls It 'Balanced'")
                subj = next((i + 1 for i in range((verb or 0) - 1, -1, -1) if words[i].group().endswith(",")), 0)
                if verb is None or len(words) - verb < 3 or ln.text.rstrip().endswith("?") or \
                        not self._title_case(ln.start, ln.end) or subj >= verb or \
                        any(not w.group()[:1].isupper() or w.group().lower() in L.stop or w.group().lower() in L.aux
                            or w.group().endswith(possessive) for w in words[subj:verb]):
                    return quotes
                first = verb + 1
                if words[verb].group().lower() in L.sp.addressee_cues:
                    # whom the title's speaker tells: "Prime Minister Tells Graduates: ‘Be Brave’"
                    first = next((i + 1 for i in range(verb + 1, min(len(words) - 1, verb + 5))
                                  if words[i].group().endswith(":")), first)
                (ns, ne), (cs, ce) = (words[subj].start(), words[verb - 1].end()), (words[first].start(),
                                                                                       words[-1].end())
                cue = (words[verb].start() + ln.start, words[verb].end() + ln.start)
        ns, ne, cs, ce = ns + ln.start, ne + ln.start, cs + ln.start, ce + ln.start
        name = self.text[ns:ne]
        role_only = name.split()[-1].lower() in L.roles  # ("Prime Minister", "Harbour Workers": no name)
        if name.split()[-1].lower() in L.sp.evidence_nouns:
            # a poll or a study, no one's name: "New Poll Shows …" is the "new poll" the article speaks of
            sp = self.index.add(name.lower(), "organization", None, ns)
            if len(sp.aliases) == 0 and sp.name == name.lower():
                sp.named = False
        elif role_only:
            # a role alone ("Prime Minister Tells …"): the person the article gives that role, else no name
            sp = next((x for x in self.index.speakers if x.kind == "person" and x.named and
                       any(fold(desc) == fold(name) for desc in x.descriptions)), None)
            if sp is None:
                sp = self.index.add(name.lower(), "person", None, ns, merge=False)
                sp.named = False
        else:
            sp = self.index.add(name, "person", None, ns)
        q = Quote(start=cs, end=ce, text=self.text[cs:ce], kind="indirect", sentence_start=ln.start,
                  sentence_end=ln.end)
        q.speaker = mention(ns, ne, name, sp, "name")
        if cue is not None:
            q.cue, q.cue_start, q.cue_end = self.text[cue[0]:cue[1]], cue[0], cue[1]
        return [x for x in quotes if x.end <= ln.start or x.start >= ln.end] + [q]

    def _claim_clause(self, toks, nps, k):
        """A noun of a claim at ``k`` with its clause after a comma ("der Vorwurf der Verteidigung, das Gericht sei
        befangen", "die Forderung, die Löhne zu erhöhen"): the clause as reported speech, said by the noun's
        genitive; see ``Speech.claim_nouns``."""
        d, L = self.doc, self.L
        n = len(toks)
        np_ = next((x for x in nps if x.a <= k < x.b), None)
        genitive = L.sp.genitive_determiners
        holder = None
        if k + 2 < n and toks[k + 1] is not None and d.lo[toks[k + 1]] in genitive:
            # the genitive after the noun, who claims or demands: "der Vorwurf der Verteidigung"
            x = next((x for x in nps if x.a == k + 1), None)
            if x is None:
                outer = next((x for x in nps if x.a <= k < x.b and x.b > k + 2), None)
                if outer is not None:
                    x = self._np(toks, k + 1, outer.b)  # (the noun's phrase runs over its genitive: that alone)
            if x is not None and not x.pron:
                holder = x
        # the comma after the noun's phrase: its genitive or a phrase with a preposition between ("der Verdacht
        # bei dem Touristen, …"), or a verb's particle ("wies den Vorwurf zurück, …")
        e = k + 1
        while e < n and e - k <= 8 and toks[e] is not None and d.tx[toks[e]] != "," and (
                d.kind[toks[e]] == W_CAP or d.lo[toks[e]] in L.dets or d.lo[toks[e]] in L.preps or
                any(x.a <= e < x.b for x in nps)):
            e += 1
        if e < n and toks[e] is not None and d.tx[toks[e]] != "," and d.kind[toks[e]] == W_LOWER and \
                e + 1 < n and toks[e + 1] is not None and d.tx[toks[e + 1]] == ",":
            e += 1
        if e >= n - 2 or toks[e] is None or d.tx[toks[e]] != ",":
            return None
        s = e + 1
        t = s
        while t < n and toks[t] is not None and d.tx[toks[t]] not in CLAUSE_PUNCT and d.tx[toks[t]] not in END_PUNCT:
            t += 1
        if t - s < 3 or toks[s] is None:
            return None
        first, second = d.lo[toks[s]], d.lo[toks[s + 1]] if toks[s + 1] is not None else ""
        if first in L.rel and d.kind[toks[s + 1]] == W_LOWER or first in L.comps or first in L.conj or \
                first in L.preps and second in L.rel or first in L.sp.infinitive_subordinators or \
                first in L.sp.clause_subordinators:
            return None  # a relative clause ("der Vorwurf, der ihm gemacht wurde", "Gerüchte, nach denen …") or
            # another's clause
        words = [d.lo[toks[u]] for u in range(s, t)]
        subjunctive = any(w in L.strong for w in words)
        last = toks[t - 1]
        infinitive = len(words) >= 3 and d.kind[last] == W_LOWER and (
            words[-2] in L.inf_particles or _SEPARABLE_INFINITIVE.fullmatch(words[-1]) is not None)
        if not subjunctive and not infinitive:
            return None
        i = toks[k]
        at = {"cue": d.tx[i], "cue_start": d.st[i], "cue_end": d.en[i], "claim": True,
              "content": (d.st[toks[s]], d.en[toks[t - 1]])}
        if holder is not None and self._can_speak(toks, holder, strict=d.lo[toks[k]] in L.sp.offence_claim_nouns):
            at["speaker"], at["holder"] = self.mention_of(toks, holder), True
        else:
            # the subject of a verb that holds the noun ("Der Anwalt vertritt die Ansicht, …", "Die Opposition
            # erhebt den Vorwurf der Vetternwirtschaft, …"), else the noun's phrase itself, as for any noun of
            # saying ("Mehrere Anfragen …, die Seite zu sperren, …"; "Die Regierung lehnte die Forderung ab, …"
            # is the demand's, not the government's)
            own = None
            if np_ is not None and np_.a > 1 and any(toks[t] is not None and d.lo[toks[t]] in L.sp.claim_holder_verbs
                                                     for t in range(np_.a)):
                own = next((x for x in nps if x.b <= np_.a and not x.after_prep and not x.cuenoun and
                            self._can_speak(toks, x)), None)
            if own is None and np_ is not None:
                a0 = np_.a
                while a0 < k and toks[a0] is not None and d.kind[toks[a0]] == W_LOWER and d.lo[toks[a0]] not in L.dets:
                    a0 += 1  # (no verb the chunker took for a modifier: "Es gibt Pläne, …")
                if a0 > np_.a:
                    np_ = self._np(toks, a0, np_.b)
            at["speaker"] = self.mention_of(toks, own if own is not None else np_) if np_ is not None else None
            at["holder"] = own is not None
        return at

    def _noun_with_clause(self, toks, k):
        """Is the word at ``k`` (one of ``Speech.complement_nouns``) a noun with its content clause right after it
        ("the mayor's claim that …", "her acknowledgment that …"), not a verb ("They claim that …", "The opposition
        claims that …")? None for a noun with a relative clause ("claims that surfaced last week", "the statement
        that she read to reporters") or a determiner ("His statement that night", "charges that fee to …"): no
        attribution at all."""
        d, L = self.doc, self.L
        n = len(toks)
        if k + 3 >= n or any(toks[t] is None for t in (k + 1, k + 2)) or d.lo[toks[k + 1]] not in L.comps:
            return False
        if d.lo[toks[k]] in L.cues:
            # a word that is also a verb is a noun after an article, a possessor or a preposition ("under claims
            # that …"), an adjective at most between ("Unconfirmed reports that …"; not "The opposition
            # claims that …")
            p = self._determiner_before(toks, k, adjectives_only=True)
            if p < 0 or not (d.mask[toks[p]] & M_DET and d.lo[toks[p]] not in L.pron or
                             d.lo[toks[p]] in L.sp.possessive_genders or
                             d.tx[toks[p]].endswith(L.sp.possessive_endings or ("\0",)) or
                             p == k - 1 and d.kind[toks[p]] == W_LOWER and
                             (d.mask[toks[p]] & M_PREP or d.lo[toks[p]] in L.agent) or
                             p == k - 1 and self._adjective(toks[p]) and (
                                 p == 0 or toks[p - 1] is None or d.mask[toks[p - 1]] & M_PREP or
                                 d.kind[toks[p - 1]] == W_PUNCT)):
                return False
        nxt = toks[k + 2]
        low = d.lo[nxt]
        if d.kind[nxt] == W_PUNCT or low in L.aux or low in L.sp.modal_verbs or low in L.cues or \
                low in L.sp.relative_verbs or low in L.sp.relative_subject_verbs or \
                d.kind[nxt] == W_LOWER and low.endswith(L.sp.adjective_participle_suffixes or ("\0",)):
            return None  # a relative clause, its verb right after the pronoun: "charges that could follow"
        if low in L.period_words:
            return None  # a determiner: "His statement that night was brief"
        # the clause's subject (a few words of a noun phrase), then its verb
        t = k + 2
        while t < n and t - k <= 6 and toks[t] is not None and d.kind[toks[t]] != W_PUNCT and \
                not d.mask[toks[t]] & (M_AUX | M_CUE | M_PREP | M_COMP | M_CONJ) and \
                d.lo[toks[t]] not in L.sp.relative_verbs and d.lo[toks[t]] not in L.sp.modal_verbs and \
                not (t > k + 2 and d.kind[toks[t]] == W_LOWER and
                     d.lo[toks[t]].endswith(L.sp.adjective_participle_suffixes or ("\0",))):
            t += 1
        if t == k + 3 and d.kind[nxt] == W_LOWER and not d.mask[nxt] & (M_DET | M_PRON) and \
                (t >= n or toks[t] is None or d.kind[toks[t]] == W_PUNCT or d.mask[toks[t]] & M_PREP):
            return None  # one noun and no verb: "charges that fee to every passenger"
        while t < n and toks[t] is not None and d.lo[toks[t]] in L.of and t + 2 < n and toks[t + 1] is not None and \
                d.mask[toks[t + 1]] & M_DET and toks[t + 2] is not None and d.kind[toks[t + 2]] != W_PUNCT:
            t += 3  # (the subject's of-phrase: "the accord that the members of the bloc struck …")
            while t < n and toks[t] is not None and d.kind[toks[t]] == W_LOWER and \
                    not d.mask[toks[t]] & (M_AUX | M_CUE | M_PREP | M_COMP | M_CONJ) and \
                    d.lo[toks[t]] not in L.sp.relative_verbs:
                t += 1
        passive = False
        while t < n and toks[t] is not None and (d.lo[toks[t]] in L.aux or d.lo[toks[t]] in L.sp.modal_verbs or
                                                 self._adverb(d.lo[toks[t]])):
            passive = passive or d.lo[toks[t]] in L.sp.passive_auxiliaries
            t += 1
        if t < n and toks[t] is not None and d.lo[toks[t]] in L.sp.relative_verbs and not passive and (
                t + 1 >= n or toks[t + 1] is None or d.kind[toks[t + 1]] == W_PUNCT or
                d.mask[toks[t + 1]] & (M_PREP | M_AUX | M_TIME) or self._adverb(d.lo[toks[t + 1]])):
            # what someone did with the statement: "the report that the committee released on Monday" (not a
            # passive: "claims that the deal was signed in secret")
            return None
        return True

    def _adjective(self, x):
        """Is the word ``x`` (a token index) shaped like an adjective (``Speech.lead_adjective_endings``, or a
        participle: "criminal", "unconfirmed")?"""
        d, L = self.doc, self.L
        return d.lo[x].endswith(tuple(L.sp.lead_adjective_endings) + tuple(L.sp.adjective_participle_suffixes))

    def _determiner_before(self, toks, k, adjectives_only=False):
        """The position of the word that opens the noun at ``k``: an article, a possessive or a possessor's word
        ("the mayor's"), with an adjective at most between ("her candid admission"; ``adjectives_only``: a word
        shaped like one, where the noun may be a verb after its subject); -1 for none."""
        d, L = self.doc, self.L
        ends = L.sp.possessive_endings or ("\0",)
        p = k - 1
        if p > 0 and toks[p] is not None and d.kind[toks[p]] == W_LOWER and not d.mask[toks[p]] & (
                M_DET | M_AUX | M_CUE | M_PREP | M_STOP) and d.lo[toks[p]] not in L.sp.possessive_genders and \
                not d.tx[toks[p]].endswith(ends) and not (adjectives_only and not self._adjective(toks[p])):
            p -= 1
        q = p
        while q > 0 and q > k - 5 and toks[q] is not None and d.kind[toks[q]] == W_CAP and \
                not d.mask[toks[q]] & (M_DET | M_CUE | M_AUX) and not d.tx[toks[q]].endswith(ends):
            q -= 1  # (a name between: "a Daily Ledger report", not a possessor's: "Mark Dunn's claim")
        if q < p and toks[q] is not None and d.mask[toks[q]] & M_DET and (d.kind[toks[q]] == W_LOWER or q == 0):
            p = q  # (an article opening the sentence: "A White House statement that …")
        return p if p >= 0 and toks[p] is not None else -1

    def _noun_clause_frame(self, toks, nps, k, at):
        """A noun of saying with its clause ("The mayor's claim that the bridge would reopen angered residents",
        "Despite the union's warning that rents would rise, …", "Lee was candid in her admission that …"):
        the noun's possessor says it (a possessive only of a person known to be of its gender); without one, the
        names or body before it ("a Daily Ledger report that …", "police warnings that …"), or the subject of
        a verb that makes the claim its own (``Speech.claim_holder_verbs``: "repeated the claim that …", "pushed
        the argument that …"), else no one ("bristled at suggestions that …" are others'). A negated noun ("gave
        no assurance that …") reports nothing. The content ends with the clause where the noun opens a subject
        (before the main verb, or a postposed frame's comma) or a phrase before the main clause (at its comma)."""
        d, L = self.doc, self.L
        p = self._determiner_before(toks, k)
        owner = toks[p] if p >= 0 else None
        ends = L.sp.possessive_endings or ("\0",)
        if owner is not None and d.lo[owner] in L.sp.negative_determiners:
            at.pop("content", None)  # "gave no assurance that jobs would be saved": no one said so
            at["speaker"] = None
            return
        # where the noun's phrase starts: its article, names and modifiers ("the pipeline company's claim")
        a0 = p if p >= 0 else k
        while a0 > 0 and p - a0 < 5 and toks[a0 - 1] is not None and (
                d.kind[toks[a0 - 1]] == W_CAP or d.mask[toks[a0 - 1]] & M_DET or
                d.kind[toks[a0 - 1]] == W_LOWER and a0 - 1 > 0 and toks[a0 - 2] is not None and
                (d.mask[toks[a0 - 2]] & M_DET or d.tx[toks[a0 - 1]].endswith(ends) or
                 d.kind[toks[a0 - 2]] == W_CAP and d.mask[toks[a0 - 1]] & (M_ROLE | M_ORG))) and \
                not d.mask[toks[a0 - 1]] & (M_PREP | M_AUX | M_CUE | M_COMP | M_TIME) and \
                d.lo[toks[a0 - 1]] not in L.conj and d.lo[toks[a0 - 1]] not in L.rel and \
                d.lo[toks[a0 - 1]] not in L.agent:
            a0 -= 1
        # the sentence's subject before the noun (no phrase after a preposition)
        subject_np = next((x for x in nps if x.b <= a0 and not x.after_prep and not x.pron and
                           not any(toks[t] is None or d.kind[toks[t]] == W_PUNCT for t in range(x.b, a0))), None)
        if subject_np is None and toks[0] is not None and d.mask[toks[0]] & M_DET and not d.mask[toks[0]] & M_PRON:
            # a body the chunker left alone: "The carmaker stood by its statement that …"
            j = next((t + 1 for t in range(min(a0, 4) - 1, 0, -1) if toks[t] is not None and
                      d.kind[toks[t]] == W_LOWER and (d.mask[toks[t]] & (M_ROLE | M_ORG) or
                                                      d.lo[toks[t]] in L.sp.company_nouns) and
                      all(toks[u] is not None and d.kind[toks[u]] == W_LOWER for u in range(1, t + 1))), None)
            if j is None:
                # or the words before a verb that makes the claim its own: "The cartel issued a threat that …"
                j = next((t for t in range(1, min(a0, 5)) if toks[t] is not None and
                          d.lo[toks[t]] in L.sp.claim_holder_verbs), None)
                if j is not None and not all(toks[u] is not None and d.kind[toks[u]] == W_LOWER and
                                             not d.mask[toks[u]] & (M_PREP | M_AUX | M_CUE | M_STOP | M_COMP)
                                             for u in range(1, j)):
                    j = None
            subject_np = self._np(toks, 0, j) if j is not None and j > 1 else None
        if owner is not None and d.lo[owner] in L.sp.possessive_genders:
            gender = L.sp.possessive_genders[d.lo[owner]]
            if gender in ("m", "f"):
                sp = self.person_before(d.st[owner], gender)
                if sp is not None and sp.gender != gender and not (
                        sp.gender is None and sp.named and subject_np is not None and
                        getattr(self.mention_of(toks, subject_np, register=False), "speaker", None) is sp):
                    sp = None  # ("Judge Owen Price dismissed her claim": not his; "Governor Phil Okafor renewed his
                    # vow": the subject, whatever the list knows of his first name)
                at["speaker"] = mention(d.st[owner], d.en[owner], d.tx[owner], sp, "pronoun") \
                    if sp is not None else None
            elif subject_np is not None:
                # "its", "their": the sentence's subject ("The carmaker stood by its statement that …")
                at["speaker"] = self.mention_of(toks, subject_np)
        elif owner is not None and d.tx[owner].endswith(ends):
            at["speaker"] = self.mention_of(toks, self._np(toks, a0, p + 1))  # (the possessor alone)
        elif owner is not None and d.mask[owner] & M_DET and p + 1 < k and all(
                toks[t] is not None and (d.kind[toks[t]] == W_CAP or d.mask[toks[t]] & (M_ROLE | M_ORG))
                for t in range(p + 1, k)):
            # names or a body between the article and the noun: "a Daily Ledger report that …", "the police
            # statement that …"
            at["speaker"] = self.mention_of(toks, self._np(toks, p + 1, k))
        elif owner is not None and p == k - 1 and d.kind[owner] == W_CAP and \
                not d.mask[owner] & (M_DET | M_PRON | M_PREP | M_STOP | M_CONJ | M_AUX | M_COMP | M_TIME) \
                and (a0 == 0 or toks[a0 - 1] is None or not d.mask[toks[a0 - 1]] & M_DET) and \
                not (a0 == p and self._adjective(owner)):
            # a name right before the noun, no article: "Kremlin warnings that …", "Pentagon claims that …"
            at["speaker"] = self.mention_of(toks, self._np(toks, a0, k))
        elif p + 1 < k and toks[k - 1] is not None and d.kind[toks[k - 1]] == W_LOWER and \
                d.mask[toks[k - 1]] & (M_ROLE | M_ORG) and (p < 0 or not d.mask[toks[p]] & M_DET):
            at["speaker"] = self.mention_of(toks, self._np(toks, k - 1, k))  # "despite police warnings that …"
        elif any(toks[t] is not None and d.lo[toks[t]] in L.sp.claim_holder_verbs for t in range(0, k)):
            if subject_np is not None:
                at["speaker"] = self.mention_of(toks, subject_np)  # "The cartel issued a threat that …"
        else:
            at["speaker"] = None
        # (a noun with its holder stays beside another cue whose content holds it: "Critics ridiculed the
        # governor's prediction that …" is the critics' and the governor's)
        at["said_noun"] = True
        if at.get("content") is not None:
            at["content"] = (at["content"][0], self._noun_clause_end(toks, k, a0, at["content"][1]))

    def _noun_clause_end(self, toks, k, a0, ce):
        """Where the clause of the noun of saying at ``k`` (its phrase opening at ``a0``) ends, at most at ``ce``:
        at the comma of a phrase before the main clause ("Despite the union's warning that rents would rise, …"),
        or, where the noun opens a subject, before the main verb or a postposed frame's comma ("The mayor's claim
        that … angered residents", "… was premature, regulators said")."""
        d, L = self.doc, self.L
        n = len(toks)
        # the noun in a phrase before the main clause ("Despite the union's warning that …, the council …")
        lead = toks[0] is not None and d.lo[toks[0]] in L.preps and \
            not any(toks[t] is None or d.tx[toks[t]] == "," for t in range(1, k))
        # the noun opening the subject ("The mayor's claim that …", "Her acknowledgment that …"), also of a reported
        # clause ("He said the mayor's claim that … was wrong"): no verb between it and the clause's start
        subject = not lead and (a0 == 0 or toks[a0 - 1] is not None and d.mask[toks[a0 - 1]] & (M_CUE | M_COMP)) and \
            all(toks[t] is not None and d.kind[toks[t]] != W_PUNCT and not d.mask[toks[t]] & (M_AUX | M_CUE | M_PREP)
                for t in range(a0, k))
        end = None
        verb = False
        for t in range(k + 2, n):
            x = toks[t]
            if x is None:
                continue
            if d.st[x] >= ce:
                break
            if lead and d.tx[x] == ",":
                end = t
                break
            if not subject:
                continue
            if d.tx[x] == "," and any(toks[u] is not None and d.mask[toks[u]] & M_CUE and d.kind[toks[u]] == W_LOWER
                                      for u in range(t + 1, min(n, t + 6))):
                end = t  # a postposed frame: "… was premature, state regulators said"
                break
            low = d.lo[x]
            y = toks[t - 1]
            if low in L.sp.frame_subordinators or low in L.conditionals or low in L.rel:
                verb = False  # a clause inside the content, its own verb next: "… would walk out if the bill was …"
                continue
            verbish = d.kind[x] == W_LOWER and (low in L.sp.predicate_openers or low in L.sp.modal_verbs or
                                                low in L.sp.relative_verbs or low in L.sp.relative_subject_verbs or
                                                low.endswith(L.sp.adjective_participle_suffixes or ("\0",)) and
                                                not (y is not None and d.mask[y] & M_DET))
            # (a participle after an article is an adjective: "that the escaped leopard posed no danger")
            if verb and verbish and y is not None and d.kind[y] != W_PUNCT and not d.mask[y] & (
                    M_DET | M_PREP | M_STOP | M_COMP) and d.lo[y] not in L.conj and d.lo[y] not in L.rel and \
                    not (d.kind[y] == W_LOWER and (d.lo[y] in L.sp.predicate_openers or d.lo[y] in L.sp.modal_verbs or
                                                   d.lo[y] in L.sp.passive_auxiliaries or self._adverb(d.lo[y]))):
                end = t  # the main verb after the clause's own: "… would reopen in May angered residents"
                break
            verb = verb or verbish
        return d.en[toks[end - 1]] if end is not None and toks[end - 1] is not None else ce

    def _source_adverb(self, toks, k):
        """ "Demnach soll der Täter geflohen sein": the sentence is what the last source said, and the adverb
        is where the attribution rests."""
        d = self.doc
        i = toks[k]
        lq = self.last_quote_speaker
        sp = lq[0].speaker if lq is not None else None
        if sp is None and self.prev_unit is not None:
            # no source quoted yet: the subject of the sentence before ("Das Schiedsgericht tagte bis in die
            # Nacht. Demnach muss der Verein zahlen.")
            ps = self._subject_of(*self.prev_unit)
            if ps is not None and not ps[1].pron:
                m = self.mention_of(*ps)
                sp = m.speaker if m is not None else None
        if sp is None or toks[0] is None or self._words(toks, 0, len(toks)) < 5:
            return None
        at = {"speaker": mention(d.st[i], d.en[i], d.tx[i], sp, "pronoun"), "cue": d.tx[i],
              "cue_start": d.st[i], "cue_end": d.en[i], "adverb": True}
        at["content"] = (d.st[toks[0]], self._content_end(toks, 0))
        return at

    def _document_source(self, toks, nps, k, a, b, passive=False):
        """With an impersonal cue ("heißt es", "es hieß"), the document or place it cites: the noun phrase after
        a document preposition in its clause, nearest the cue ("In dem Bericht heißt es", "hieß es in einer
        Erklärung der Stadt"). ``passive``: a cue in the passive with no subject counts too, where the phrase
        names a document or a body ("In einer Erklärung wurde angekündigt, dass ...", "Bei der Polizei wurde
        bestätigt, ...")."""
        d, L = self.doc, self.L
        impersonal = self._expletive_cue(toks, k)
        if not impersonal and not (passive and self._passive_cue(toks, k)):
            return None
        best = None
        for np_ in nps:
            if not (a <= np_.a < b) or np_.pron or np_.a == 0 or toks[np_.a - 1] is None or \
                    d.lo[toks[np_.a - 1]] not in L.doc_preps:
                continue
            if not impersonal and not (np_.cuenoun or np_.org):
                continue  # a passive's phrase of time or manner is no source: "Im Vorfeld wurde angekündigt"
            if self._time_head(toks, np_):
                continue  # nor a phrase of time: "In der Nacht hieß es"
            if best is None or abs(np_.a - k) < abs(best.a - k):
                best = np_
        if best is None and a > 3 and toks[a - 1] is not None and d.tx[toks[a - 1]] == ",":
            # the phrase opening the sentence, with a relative clause between it and the cue ("In dem Bericht,
            # der am Montag erschien, heißt es ...", "In einer Erklärung, die ... veröffentlicht wurde, wurde
            # verkündet, ...")
            np_ = next((x for x in nps if x.a == 1), None)
            if np_ is not None and toks[0] is not None and d.lo[toks[0]] in L.doc_preps and not np_.pron and \
                    np_.b + 1 < a and toks[np_.b] is not None and d.tx[toks[np_.b]] == "," and \
                    toks[np_.b + 1] is not None and d.lo[toks[np_.b + 1]] in L.rel and \
                    (impersonal or np_.cuenoun or np_.org) and not self._time_head(toks, np_) and \
                    not any(toks[t] is None or d.tx[toks[t]] in END_PUNCT for t in range(np_.b, a)):
                best = np_
        return best

    def _time_phrase_end(self, toks, j):
        """Where a short phrase of time at ``j`` ends: a word of time ("Tuesday"), with a part of the day after it
        ("Tuesday night") or a determiner before it ("last week", "this month"); ``j`` when there is none."""
        d, L = self.doc, self.L
        n = len(toks)
        t = j
        if t + 1 < n and toks[t] is not None and toks[t + 1] is not None and \
                (d.lo[toks[t]] in L.dets or d.lo[toks[t]] in L.time_determiners) and d.mask[toks[t + 1]] & M_TIME:
            t += 1
        if t >= n - 1 or toks[t] is None or not d.mask[toks[t]] & M_TIME:
            return j
        t += 1
        if t < n - 1 and toks[t] is not None and d.lo[toks[t]] in L.day_parts:
            t += 1
        return t

    def _adjunct_end(self, toks, j):
        """Where the phrases of time or of a statement right after a cue end ("said Tuesday", "said on Tuesday",
        "said in a statement on Monday" before the clause it reports); ``j`` when there are none."""
        d, L = self.doc, self.L
        n = len(toks)
        while j < n:
            t = self._time_phrase_end(toks, j)
            if t == j and j + 1 < n and toks[j] is not None and toks[j + 1] is not None and \
                    d.lo[toks[j]] in L.preps and d.lo[toks[j]] not in L.as_words:
                t = self._time_phrase_end(toks, j + 1)
                if t == j + 1:
                    t = j + 3 if j + 2 < n and d.lo[toks[j + 1]] in L.dets and toks[j + 2] is not None and \
                        d.mask[toks[j + 2]] & M_CNOUN else j  # "in a statement"
            if t == j:
                return j
            j = t
        return j

    def _time_head(self, toks, np_):
        """Does the noun phrase end in a word of time ("der Nacht", "am Montag")?"""
        i = toks[np_.b - 1]
        return i is not None and (self.doc.mask[i] & M_TIME != 0 or self.doc.lo[i] in self.L.day_parts)

    def _passive_between(self, toks, s, k):
        """Is a passive auxiliary among the frame tokens s..k-1 ("wurde", "was")?"""
        lo, aux = self.doc.lo, self.L.sp.passive_auxiliaries
        return any(toks[t] is not None and lo[toks[t]] in aux for t in range(s, k))

    def _passive_cue(self, toks, k):
        """Is the cue at ``k`` in the passive: a passive auxiliary among the few words before it in its clause,
        or right after it ("wurde angekündigt", "wird ... gefordert", "war festgestellt worden")?"""
        d, L = self.doc, self.L
        if not L.sp.passive_auxiliaries:
            return False
        if k + 1 < len(toks) and toks[k + 1] is not None and d.lo[toks[k + 1]] in L.sp.passive_auxiliaries:
            return True
        for t in range(k - 1, max(-1, k - 8), -1):
            if toks[t] is None or d.tx[toks[t]] in CLAUSE_PUNCT:
                return False
            if d.lo[toks[t]] in L.sp.passive_auxiliaries:
                return True
        return False

    def _phrase_only(self, start, end):
        """Is the text from ``start`` to ``end`` a short phrase opened by a preposition, no clause ("Through a
        spokesman", "In the private sector", "Am Montag")?"""
        words = self.text[start:end].rstrip(" ,").split()
        return 0 < len(words) <= 4 and "," not in self.text[start:end].rstrip(" ,") and \
            words[0].lower() in self.L.preps and words[0].lower() not in self.L.as_words

    def _number_phrase(self, toks, j):
        """Does a clause with a quantity for its subject open at ``j`` ("two million children were …", "more than
        300 people have …", "nearly half of voters …"): a number, after at most two of
        ``Speech.numeral_modifiers``, then a word in lower case that is no preposition, stop word or word of
        time? (Not an object: "is recalling 80,000 vehicles" is kept out by ``Speech.clause_only_cues``.)"""
        d, L = self.doc, self.L
        n = len(toks)
        t = j
        while t < n and t - j < 2 and toks[t] is not None and d.lo[toks[t]] in L.sp.numeral_modifiers:
            t += 1
        return t + 1 < n and toks[t] is not None and toks[t + 1] is not None and self._number(d.lo[toks[t]]) and \
            d.kind[toks[t + 1]] == W_LOWER and d.lo[toks[t + 1]] not in L.preps and \
            d.lo[toks[t + 1]] not in L.stop and d.lo[toks[t + 1]] not in L.timewords

    def _person_with_apposition(self, start, end):
        """Is the text from ``start`` to ``end`` a role and a name in apposition to it, and nothing else ("La
        ministre de la Santé, Agnès Roux", "Her deputy, Joan Pike"), or a body's noun and its name ("Auch die
        zweitgrößte Sparkasse, die Kreissparkasse Lindau"): the subject of the verb after it, no clause?"""
        d = self.doc
        if "," not in self.text[start:end]:
            return False
        toks = [t for t in range(*d.tokenize(start, end)) if start <= d.st[t] and d.en[t] <= end]
        nps = self.nps(toks)
        if len(nps) != 2 or nps[1].b != len(toks) or \
                not all(d.lo[toks[t]] in self.L.stop for t in range(nps[0].a)):
            return False
        if nps[0].role is not None:
            if nps[0].a != 0 or nps[1].name is None or nps[1].name[1] - nps[1].name[0] < 2 or nps[1].org:
                return False
        elif not nps[0].org or nps[0].name is not None or not (
                nps[1].name is not None or nps[1].org and d.kind[toks[nps[1].b - 1]] == W_CAP):
            return False
        return all(d.tx[toks[t]] == "," for t in range(nps[0].b, nps[1].a))

    def _passive_target(self, toks, a, k):
        """Is the cue at ``k`` a passive whose subject is who was told or blamed, no speaker ("…, residents were
        told.", "Worst of all, peacekeepers have been blamed for …"), rather than a neuter pronoun ("…, it was
        announced.") or someone relayed ("…, the mayor was quoted as saying.")?"""
        d, L = self.doc, self.L
        if not self._passive_between(toks, a, k) or any(t is not None and d.lo[t] in L.relay for t in toks[a:k]):
            return False
        first = next((t for t in toks[a:k] if t is not None and d.kind[t] != W_PUNCT), None)
        return first is not None and d.lo[first] not in L.sp.neuter_pronouns and \
            d.lo[first] not in L.sp.passive_auxiliaries

    def _expletive_cue(self, toks, k):
        """Is the cue at ``k`` impersonal, an expletive subject right after or before it ("hieß es", "es hieß"),
        or right after the auxiliary of a compound tense ("huet et geheescht", "hat es geheißen")?"""
        d, L = self.doc, self.L
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prv = toks[k - 1] if k > 0 else None
        if nxt is not None and d.lo[nxt] in L.expletives or prv is not None and d.lo[prv] in L.expletives:
            return True
        for t in range(k - 2, max(0, k - 5), -1):
            if toks[t] is None or toks[t - 1] is None:
                return False
            if d.lo[toks[t]] in L.expletives and d.lo[toks[t - 1]] in L.aux:
                return True
        return False

    def _expletive_before(self, toks, k):
        """Is there an expletive subject earlier in the clause of the verb-final cue at ``k`` ("…, in denen es über
        den Streik auch heißt, …")?"""
        d, L = self.doc, self.L
        for t in range(k - 1, max(-1, k - 12), -1):
            x = toks[t]
            if x is None or d.mask[x] & M_CLAUSE:
                return False
            if d.lo[x] in L.expletives:
                return True
        return False

    _NEXT_WORDS = re.compile(r"\W*(\w[\w'’.-]*)(?:\W+(\w[\w'’.-]*))?(?:\W+(\w[\w'’.-]*))?")

    def _strong_hit(self, start, end):
        """Can the trigger word text[start:end] make its sentence worth parsing? A weak one ("aus", "wie", "so")
        only where it opens a clause, or (not a postposed-only word) with a noun of saying among the next three
        words."""
        w = self.text[start:end].lower()
        if w not in self.L.weak_triggers:
            return True
        if w in self.L.rel_src:
            # (a relative source opened by the weak word itself, with no comma before it: French "une étude
            # selon laquelle"; German ones open with their comma, and "nach" after a comma is strong anyway)
            nxt = self._NEXT_WORDS.match(self.text, end)
            if nxt is not None and any((w,) + tuple(x.lower() for x in nxt.groups()[:len(p) - 1] if x) == p
                                       for p in self.L.rel_src[w]):
                return True  # (a relative source: "une étude selon laquelle ...")
        text, i = self.text, start - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i < 0 or not text[i].isalnum():
            return True  # at a clause start (after punctuation, a quotation mark or a line break)
        if w in self.L.weak_postposed:
            return False
        nxt = self._NEXT_WORDS.match(text, end)
        return nxt is not None and any(x and self.L.mask_of(x) & M_CNOUN for x in nxt.groups())

    def _frame_tokens(self, toks, lo, hi):
        """Append tokens lo..hi to a frame, without quotation marks at its start or right after a quotation."""
        if not toks or toks[-1] is None:
            tx = self.doc.tx
            while lo < hi and tx[lo] in QUOTE_CHARS:
                lo += 1
        toks.extend(range(lo, hi))

    def _continuation(self, us, ue, para_break, prev_unit_quote, last_speaker_quote, last_attr):
        """The attribution a sentence with no cue of its own carries on, or None: the reported quote just
        before when the sentence is in the subjunctive ("Die Kosten seien ..."), else the latest attribution
        (a reported quote, or a speaker with a cue but no content: "Die Stadt äußerte Zweifel. Die Frist sei
        rechtens.") for a strong subjunctive or hearsay form."""
        L, text = self.L, self.text
        latest = last_speaker_quote
        if last_attr is not None and (latest is None or last_attr.end > latest.end):
            latest = last_attr
        cont = None
        if prev_unit_quote is not None and prev_unit_quote.kind == "indirect" and not para_break:
            if self._has_marker(us, ue, L.markers):
                cont = prev_unit_quote
        elif L.strong and self._has_marker(us, ue, L.strong):
            prev = self._previous_subject_report(latest)
            if prev is not None:
                cont = prev
            elif latest is not None and text.count("\n\n", latest.end, us) <= 1:
                cont = latest
        if cont is not None and L.sp.clause_subordinators and self._marker_only_subordinate(us, ue):
            # the main clause is the sentence's own: its subject, where it names a speaker, reports the clause
            # ("Die hohen Kosten bedeuteten, dass ... würde" still carries the last speaker on)
            own = self._subordinate_report(us, ue)
            if own is not None:
                return own
        if cont is None and latest is not None and L.reportative_re is not None and \
                text.count("\n\n", latest.end, us) <= 1 and self._reportative(us, ue):
            cont = latest  # "Der Täter soll durch ein Fenster geflohen sein."
        if cont is None and L.sp.clause_subordinators and self._comma_complementizer(us, ue) and \
                self._has_marker(us, ue, L.strong) and self._marker_only_subordinate(us, ue):
            return self._subordinate_report(us, ue)
        return cont

    def _previous_subject_report(self, latest):
        """For a sentence in the strong subjunctive right after one that gave no attribution (no cue, source or
        quotation, or none that reported anything: ``unparsed``), written after the latest attribution: that
        sentence's subject, where it is a person who can report ("Die Ministerin besuchte die Unglücksstelle.
        Der Einsatz der Helfer sei vorbildlich gewesen."), as the attribution carried on."""
        d, L = self.doc, self.L
        pu = self.prev_unit
        # (the sentence itself may be listed already, when it was tokenised for a word that made it no report)
        before = [u for u in self.unparsed[-2:] if u[0] < self.unit_start]
        if pu is None or not before or before[-1] != pu or \
                latest is not None and latest.end > pu[0] or "\n" in self.text[pu[1]:self.unit_start]:
            return None
        # (not what others say about that person: "Der Bürgermeister trat zurück. Er habe Gelder veruntreut.",
        # "Der Trainer steht in der Kritik. Sein Team habe ...", nor after a passive: "X wurde ausgepfiffen.")
        first = self._NEXT_WORDS.match(self.text, self.unit_start)
        w = first.group(1).lower() if first is not None else ""
        if w in L.pron or w in L.demonstratives or w in L.sp.possessive_determiners:
            return None
        ps = self._subject_of(*pu)
        if ps is None or not self._reporting_subject(*ps):
            return None
        toks, np_ = ps
        if any(t is not None and d.lo[t] in L.sp.passive_auxiliaries for t in toks):
            return None
        # a person: a pronoun, a role, or a name the article has named before (not "Besondere Probleme", "Alle
        # Opfer", nor a body, which the attribution before may well quote: "Die Regierung machte ...")
        known = np_.name is not None and not np_.org and \
            self.index.find(self.span_text(toks, *np_.name)[2], self.doc.st[toks[np_.a]]) is not None
        if not (np_.pron or np_.role is not None and not np_.org or known):
            return None
        sp = self.mention_of(toks, np_)
        if sp is None or sp.speaker is None or sp.speaker.kind != "person":
            return None
        return Quote(start=pu[0], end=pu[1], text="", speaker=sp)

    def _comma_complementizer(self, us, ue):
        """Does text[us:ue] hold a comma and a complementizer (", dass")?"""
        rx = self.L.comma_comp
        return rx is not None and rx.search(self.doc.aligned_low, us, ue) is not None

    def _gerund_subject(self, toks, t):
        """Does the participle at ``t`` open a clause as its subject, its finite verb a few words on with no comma
        between (", replacing the chair would be much harder"), rather than a participle's phrase (", citing data",
        ", adding that …")?"""
        d, L = self.doc, self.L
        for u in range(t + 1, min(len(toks), t + 6)):
            x = toks[u]
            if x is None or d.kind[x] == W_PUNCT or d.mask[x] & (M_CUE | M_COMP):
                return False
            if d.kind[x] == W_LOWER and (d.lo[x] in L.sp.predicate_openers or d.lo[x] in L.sp.modal_verbs):
                return True
        return False

    def _frame_after_subordinate(self, toks, a, b):
        """Is the frame toks[a:b] (between commas) the main clause after a subordinate clause that opens the
        sentence, so that only what follows the frame is reported? With the verb second only: the sentence
        opens with a subordinator, its clause ends in a verb right before the frame's comma (not "Während der
        Pandemie, sagte ...": a phrase), and after the frame a new subject opens the reported clause (not a
        verb: "Wenn die Preise steigen, sagte er, müsse der Staat ..." reports the whole sentence)."""
        d, L = self.doc, self.L
        if not L.sp.verb_second or not self._subordinate_clause(toks, 0):
            return False
        first_comma = next((t for t, i in enumerate(toks) if i is not None and d.tx[i] == ","), None)
        if first_comma != a - 1 or a < 3 or toks[a - 2] is None or d.kind[toks[a - 2]] != W_LOWER or \
                d.lo[toks[a - 2]] in L.preps:
            return False
        nx = toks[b + 1] if b + 1 < len(toks) else None
        return nx is not None and (d.lo[nx] in L.pron or d.lo[nx] in L.dets or d.kind[nx] == W_CAP or
                                   d.lo[nx] in L.stop and d.lo[nx] not in L.markers and d.lo[nx] not in L.aux)

    def _subordinate_clause(self, toks, a):
        """Does the clause at frame position ``a`` open with a subordinator ("weil", "nachdem", "when"), not an
        as-word ("wie", "as": "Wie der Sprecher sagte, ..." frames the main clause)?"""
        i = toks[a] if a < len(toks) else None
        if i is None:
            return False
        w, sp = self.doc.lo[i], self.L.sp
        return (w in sp.frame_subordinators or w in sp.clause_subordinators) and w not in sp.as_words

    def _reporting_subject(self, toks, np_):
        """Is the subject of a sentence with no cue one that can report what its dass-clause says? A pronoun
        (not "es"), a body, a role, a name of several words, or a one-word name the article has named in full
        before ("Berger" after "Hans Berger"). Not a plain noun ("Die Zahlen zeigen, dass ...", "Das Problem
        ist, dass ...") nor a word fronted before a copula ("Fest steht, dass ...", "Hintergrund ist, dass ...")."""
        d, L = self.doc, self.L
        if np_.pron:
            return d.lo[toks[np_.a]] not in L.expletives
        if np_.org or np_.role is not None or np_.acronym:
            return True
        if np_.name is None:
            return False
        a, b = np_.name
        if b - a >= 2:
            return True
        found = self.index.find(d.tx[toks[a]], d.st[toks[a]])
        return found is not None and found.kind == "person" and len(found.name.split()) >= 2

    def _marker_only_subordinate(self, us, ue):
        """Does a subordinate clause (", dass ...", ", da ...") open before the sentence's first subjunctive
        marker? Then the marker belongs to that clause, and the main clause before it is in the indicative."""
        low = self.doc.aligned_low
        markers = self.L.markers
        first = next((m.start() for m in self.L.markers_low.finditer(low, us, ue) if m.group() in markers), None)
        if first is None:
            return False
        subs = self.L.sp.clause_subordinators
        for m in _COMMA_WORD.finditer(low, us, first):
            if m.group(1) in subs:
                return True
        return False

    def _continued(self, cont, us, ue):
        """The sentence us..ue as reported speech of the attribution ``cont`` carries on (``cont`` itself when
        it is the sentence's own report: see _subordinate_report)."""
        if cont.start >= us:
            return cont
        text = self.text
        cs, ce = self._trim(us, ue)
        q = Quote(start=cs, end=ce, text=text[cs:ce], kind="indirect", sentence_start=us, sentence_end=ue)
        q.speaker, q.via = cont.speaker, cont.via
        q.cue = cont.cue
        return q

    def _reportative(self, us, ue):
        """Hearsay: a modal with a perfect infinitive closing the sentence ("soll ... geflohen sein")."""
        seg = self.text[us:ue].rstrip(" .!?…\"'”»“’)\n")
        words = seg.rsplit(None, 1)
        if len(words) < 2 or words[1].lower() not in self.L.reportative_aux:
            return False
        return self.L.reportative_re.search(self.text, us, us + len(words[0])) is not None

    def _infinitive_clause(self, toks, j):
        """Does the clause from frame position ``j`` end in an infinitive with its particle ("die Bank zu
        boykottieren", "gegen das Urteil vorzugehen")? That makes it the content of a demand or announcement."""
        L = self.L
        if not L.inf_particles and L.inf_infix is None:
            return False
        d = self.doc
        prev = last = None
        for t in range(j, len(toks)):
            i = toks[t]
            if i is None:
                prev = last = None
                continue
            w = d.tx[i]
            if w in END_PUNCT or w == ";" or w == ",":
                if last is not None and self._is_infinitive(prev, last):
                    return True
                if w != ",":
                    return False
                prev = last = None
                continue
            prev, last = last, i
        return last is not None and self._is_infinitive(prev, last)

    def _is_infinitive(self, prev, last):
        d, L = self.doc, self.L
        if d.kind[last] != W_LOWER:
            return False
        return (prev is not None and d.lo[prev] in L.inf_particles) or \
            (L.inf_infix is not None and L.inf_infix.match(d.lo[last]) is not None)

    def _has_marker(self, us, ue, words):
        """Does text[us:ue] hold one of ``words`` (lower-case subjunctive markers)?"""
        # (on the lower-cased text, where the engine need not fold case; written in lower case, a verb, not a noun:
        # "die Plane", "eine neue Bleibe"; not next to "ich", the first person's indicative: "Ich finde, …", "Das
        # sehe ich anders")
        low, text = self.doc.aligned_low, self.text
        return any(m.group() in words and text[m.start()].islower() and low[max(0, m.start() - 4):m.start()] !=
                   "ich " and low[m.end():m.end() + 4] != " ich" for m in self.L.markers_low.finditer(low, us, ue))

    def _subject_of(self, us, ue):
        """The subject that opens an (untokenised) sentence, as (toks, NP), or None."""
        d, L = self.doc, self.L
        a, b = d.tokenize(us, ue)
        toks = list(range(a, b))
        nps = self.nps(toks)
        speaks = lambda x: not x.cuenoun and (x.pron or x.name is not None or x.org or x.role is not None)
        for np_ in nps[:2]:
            if np_.a <= 1 and not np_.after_prep and speaks(np_):
                return toks, np_
        if not L.sp.verb_second and len(toks) > 3 and d.lo[toks[0]] in L.preps:
            # after a phrase with a preposition set off by a comma: "In a statement, Governor Ann Shaw was …",
            # "Dans un communiqué, le ministre a …"
            c = next((t for t in range(1, min(len(toks) - 1, 9)) if d.tx[toks[t]] == ","), None)
            np_ = next((x for x in nps if c is not None and x.a == c + 1), None)
            if np_ is not None and not np_.after_prep and speaks(np_):
                return toks, np_
        if L.sp.verb_second and nps and len(toks) > 3 and d.lo[toks[0]] in L.preps and \
                d.lo[toks[0]] not in L.as_words:
            # with the verb second after a phrase with a preposition, the subject follows the verb ("Am
            # Donnerstag gab die Wahlkommission das Ergebnis bekannt.", "Nach der Sitzung teilte sie mit")
            if nps[0].a == 1 and len(nps) > 1:
                v, x = nps[0].b, nps[1]
            else:
                x = nps[0]
                v = x.a - 1
                if v < 2 or not all(d.mask[toks[t]] & (M_TIME | M_DIGIT | M_DET) or d.tx[toks[t]] == "."
                                    for t in range(1, v)):
                    return None  # (a phrase of time the chunker makes no noun phrase of: "Am 3. Mai")
            if x.a == v + 1 and d.kind[toks[v]] == W_LOWER and not d.mask[toks[v]] & (M_PREP | M_CONJ) and \
                    not self._oblique(toks, x) and speaks(x) and self._can_speak(toks, x, strict=True) and \
                    (not x.pron or d.lo[toks[x.a]] in L.subj_pron):
                return toks, x
        return None

    def _triggered(self, toks):
        """Does a frame hold a cue verb, or a source word before or after something that can be a source?
        (Most sentences hold neither and need no parsing.)"""
        d, L = self.doc, self.L
        lo, kind = d.lo, d.kind
        cues, before, after = L.cues, L.src_before, L.src_after
        n = len(toks)
        for k in range(n):
            i = toks[k]
            if i is None:
                continue
            w = lo[i]
            if w in cues or "-" in w and w.rpartition("-")[0].rstrip("-t") in cues:
                return True
            if d.mask[i] & M_CPHR and phrase_ending_at(L.cue_phrases[w], toks, lo, k) is not None:
                return True  # (the end of a cue phrase: "davon aus")
            if d.mask[i] & M_CLAIM:
                return True  # (a noun of a claim: "der Vorwurf, …")
            if d.mask[i] & M_SAID and k + 1 < n and toks[k + 1] is not None and lo[toks[k + 1]] in L.comps:
                return True  # (a noun with its clause: "the claim that …")
            if w in L.rel_src and k > 0 and k + 1 < n and toks[k + 1] is not None and \
                    lo[toks[k + 1]] in L.rel_src_next[w] and phrase_at(L.rel_src[w], toks, lo, k) is not None:
                return True  # (a relative source: "Berichte, wonach ...", "une étude selon laquelle")
            if w in before and k + 1 < n and toks[k + 1] is not None and (
                    kind[toks[k + 1]] == W_CAP or lo[toks[k + 1]] in L.dets or kind[toks[k + 1]] == W_LOWER and
                    (L.lower_nouns or k + 2 < n and toks[k + 2] is not None and kind[toks[k + 2]] == W_CAP) or lo[toks[k + 1]] in before[w][0][1:2] or any(
                        toks[t] is not None and d.mask[toks[t]] & M_CNOUN
                        for t in range(k + 1, min(n, k + 4)))):
                initial = k == 0 or toks[k - 1] is None or d.tx[toks[k - 1]] in CLAUSE_PUNCT
                if (w,) in L.src_post and not initial:
                    continue
                if w in L.preps and not initial and not any(
                        toks[t] is not None and d.mask[toks[t]] & M_CNOUN for t in range(k + 1, min(n, k + 4))):
                    continue
                return True
            if w in after and k > 0 and toks[k - 1] is not None and kind[toks[k - 1]] != W_PUNCT:
                return True
            if w in L.src_adverbs:
                return True
        return False

    def _trim(self, cs, ce):
        text = self.text
        while cs < ce and (text[cs].isspace() or text[cs] in ",:;–—-"):
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:!?–—-"):
            ce -= 1
        return cs, ce

    def _source_in_marks(self, toks, q):
        """Is quotation ``q`` the short name of a source or an addressee, not a quote? Right after a source word
        or an as-word, an article between them allowed ("laut „Reuters“", "Wie die „Bild“ berichtet", "…, so
        „Kicker“."); or a name (capitalised words, function words only inside) next to a cue: its subject or
        object after it with an article ("schreibt der „Spiegel“", "sagte Merkel der „Bild“"), or with an
        article of its own ("schrieb „Die Zeit“"), or opening the clause right before the cue ("Die
        „Süddeutsche Zeitung“ berichtete", "„BBC News“ berichtet"); or the name of a body just named ("die
        Agentur „Interfax“"). A word that is also a preposition or an
        as-word counts only where it opens its clause ("Des films comme « La Haine »" is a title), and a source
        word that only follows what it frames only before a comma or the sentence's end ("…, so „Schnell wie
        möglich“ zu handeln" is a quotation)."""
        d, L = self.doc, self.L
        inner = self.text[q.start:q.end].strip()
        words = inner.split()
        if not 1 <= len(words) <= 4 or not inner[:1].isupper() or re.search(r"[!?:;,]|\.(?!\w)", inner):
            return False
        after = self.text[q.end:q.end + 4].lstrip("\"'”»“’ \u00a0")[:1]  # what follows the closing mark
        t = len(toks) - 1
        while t >= 0 and toks[t] is not None and d.tx[toks[t]] in QUOTE_CHARS:
            t -= 1
        det = t >= 0 and toks[t] is not None and d.lo[toks[t]] in L.dets
        if det:
            t -= 1
        if t >= 0 and toks[t] is not None:
            w = d.lo[toks[t]]
            as_word = w in L.sp.as_words
            if as_word or w in L.src_words:
                if (as_word or w in L.preps or (w,) in L.src_post) and t > 0 and toks[t - 1] is not None and \
                        d.tx[toks[t - 1]] not in CLAUSE_PUNCT:
                    return False
                if (w,) in L.src_post:
                    return after in (",", ".", "") or after in END_PUNCT
                return True
        if not det and t >= 0 and toks[t] is not None and d.mask[toks[t]] & M_ORG and not after.isupper() and (
                d.kind[toks[t]] != W_LOWER and self._name_like(words) or
                t > 0 and toks[t - 1] is not None and d.lo[toks[t - 1]] in L.dets and
                words[0].lower() not in L.subj_pron and
                not any(x is not None and d.mask[x] & M_CUE for x in toks[max(0, t - 4):t - 1])):
            # (not after a verb of saying and its addressee: 'told the court "I am innocent"')
            # the name of the body just named: "nach Angaben der Agentur „Interfax“ ...", "selon le quotidien
            # « L'Écho du soir »" (a title in sentence case where nouns are written in lower case)
            return True
        if not self._name_like(words):
            return False
        if after.isupper():
            return False  # a nickname before a name: 'sagte der „Kaiser“ Franz Beckenbauer'
        if det and t >= 0 and toks[t] is not None and d.mask[toks[t]] & M_CNOUN and d.kind[toks[t]] != W_LOWER and \
                L.sp.capitalised_nouns:
            return True  # whose report: "einen Bericht des „Handelsblatts“, wonach ...", "Laut einem Bericht der „SZ“"
        if not det and t >= 2 and toks[t] is not None and d.mask[toks[t]] & M_OF and after in END_PUNCT:
            c = t - 1
            while c > 0 and toks[c] is not None and d.kind[toks[c]] == W_CAP and not d.mask[toks[c]] & (M_DET | M_CUE):
                c -= 1
            if c < t - 1 and toks[c] is not None and d.mask[toks[c]] & M_CUE:
                return True  # the body of the speaker named after a cue: '..., sagte Anna Berg vom „Forum Ost“.'
        # the addressee of a cue, with its article or preposition, before the reported clause ("sagte der „Berliner
        # Zeitung“, dass …", "a déclaré au « Parisien » que …")
        w0 = t + 1 if det else t   # the word right before the marks
        if w0 >= 1 and toks[w0] is not None and d.lo[toks[w0]] in L.sp.addressee_determiners and \
                toks[w0 - 1] is not None and d.mask[toks[w0 - 1]] & M_CUE:
            nxt = _NEXT_WORD.match(self.text, q.end)
            if nxt is not None and nxt.group(1).lower() in L.comps:
                return True
        # after a cue that follows what it frames (a quotation, or a comma after reported speech): its subject,
        # or its addressee after a subject ('"...", schreibt der „Spiegel“', '"...", schrieb „Die Zeit“', "Die Lage
        # sei ernst, schreibt der „Spiegel“", '"...", sagte Merkel der „Bild“'); a cue inside its clause has its
        # subject before it, and a word in marks after it is what was said ("Der Minister forderte einen
        # „Neuanfang“", '"...", lobte Müller die „Moral“ der Mannschaft', "..., forderten „Mehr Geld“")
        for c in (t, t - 1) if det else (t,):
            if c < 1 or toks[c] is None or not d.mask[toks[c]] & M_CUE:
                continue
            if c < t and not (toks[t] is not None and (d.kind[toks[t]] == W_CAP or d.mask[toks[t]] & M_PRON) and
                              toks[t + 1] is not None and d.lo[toks[t + 1]] in L.sp.addressee_determiners):
                # (c < t only with an article: toks[t + 1] is that article)
                continue
            while c >= 1 and toks[c - 1] is not None and d.mask[toks[c - 1]] & M_AUX:
                c -= 1  # '"...", a écrit « Le Parisien »'
            before = toks[c - 1] if c >= 1 else None
            if c >= 1 and (before is None or d.tx[before] == "," and (
                    c < 2 or toks[c - 2] is None or
                    L.markers and self._has_marker(self.unit_start, d.st[before], L.markers))):
                return True
        opens = t < 0 or toks[t] is None or d.tx[toks[t]] in CLAUSE_PUNCT or d.tx[toks[t]] in END_PUNCT
        if opens and (det or len(words) >= 2) and after.isalpha():
            # (a word right after the closing mark: '„Willkommen in Berlin“, sagte ...' is a quotation; and one
            # with no article of its own before a cue that has its subject after it is what was said: '„Raus
            # aus der Kohle“ forderten die Demonstranten')
            nxt = self._NEXT_WORDS.match(self.text, q.end + 1)
            if nxt is None or nxt.group(1).lower() not in L.cues:
                return False
            subject_after = nxt.group(2) is not None and (nxt.group(2).lower() in L.dets or
                                                          nxt.group(2).lower() in L.pron)
            return det or not subject_after  # "Die „Süddeutsche Zeitung“ berichtete", "„BBC News“ berichtet"
        return False

    def _whole_sentence(self, q, us, prev_quote, para_break):
        """Is quotation ``q`` a sentence of its own, opening its unit with a capital and closing on its end
        punctuation inside the marks, right after a quotation of the same paragraph that asked nothing ('"I
        will," Anna Berg said. "I will, friends."')? However short, that is speech going on, not a scare quote; a
        title within a sentence ('on the show "Newsroom."') never opens its unit, a cry alone ('"Help!"') has
        no speaker to go to, and the answer to a question is not the asker's (see ``_answers``)."""
        text = self.text
        return prev_quote is not None and not para_break and not self._answers(prev_quote, text[q.start:q.end]) and \
            not text[us:q.start].strip(QUOTE_CHARS + " ") and text[q.start:q.start + 1].isupper() and \
            text[q.end - 1:q.end] in (".", "!", "?", "…")

    def _answers(self, asked, words):
        """Do the words of a quotation (``words``) answer the question of quotation ``asked``: one framed by a
        verb of asking ("asked", "fragte", "a demandé": ``Speech.question_cues``), answered with a word of
        answer ('"Will you resign?" asked the host. "Absolutely not."', „Auf keinen Fall.“:
        ``Speech.answer_words``)? Then they are someone else's. Other words after a question go on with its
        asker ('"Why now?" asked Mayor Lee. "Nobody told us."')."""
        if asked is None or asked.cue is None or asked.cue.lower() not in self.L.sp.question_cues:
            return False
        low = " ".join(_GAP_WORD.findall(words.lower()))
        return any(low == a or low.startswith(a + " ") for a in self.L.sp.answer_words)

    def _sentence_after_noun_of_saying(self, q, us):
        """Is quotation ``q`` a sentence of its own, however short, after a noun of saying and a colon ("settled on a
        blunter campaign message: "Ships come first."")? Where a complementizer may be left out (English), the noun
        is the sentence's subject's words."""
        d, L, text = self.doc, self.L, self.text
        if not L.sp.zero_complementizer or text[q.start:q.end].rstrip(QUOTE_CHARS + " ")[-1:] not in ".!?":
            return False
        before = text[max(us, q.start - 40):q.start].rstrip(QUOTE_CHARS + " ")
        if not before.endswith(":"):
            return False
        words = _NAMING_WORD.findall(before)
        return bool(words) and (words[-1].lower() in L.complement_nouns or words[-1].lower() in L.cue_nouns)

    def _titled_by_noun(self, q, us):
        """Is quotation ``q`` the name or title of what the words before it name: after a naming participle ("an
        operation dubbed "Clean Sweep"", "l'opération baptisée « Coup de filet »": ``Speech.naming_words``), or,
        where nouns are written in lower case, right after an article and a noun ("Le film « La Maison du
        passeur » a remporté …", 'the report "Falling Behind" found')? It opens with a capital, ends on no
        punctuation of its own and the sentence goes on after it."""
        text, L = self.text, self.L
        inner = text[q.start:q.end].strip()
        if L.sp.work_nouns and inner[:1].isupper() and len(inner.split()) <= 12:
            # the title of a work named right before it, its comma inside the marks ("Ana Ruiz's column, "Mayor,
            # mind the harbour," is sharp")
            pre = _NAMING_WORD.findall(text, max(us, q.start - 40), q.start)
            tail = text[q.end:q.end + 30].lstrip(QUOTE_CHARS + " ")
            if pre and pre[-1].lower() in L.sp.work_nouns and text[max(us, q.start - 3):q.start].strip(
                    QUOTE_CHARS + " ") == "," and tail[:1].isalpha() and tail[:1].islower():
                return True
        if not inner[:1].isupper() or inner[-1:] in ".,!?;:…" or len(inner.split()) > 10:
            return False
        after = text[q.end:q.end + 40].lstrip(QUOTE_CHARS + " ")
        if after[:1] == ",":
            after = after[1:].lstrip()  # ("L'opération, baptisée « Coup de filet », a permis …")
        if not after[:1].isalpha() or not after[:1].islower():
            return False
        before = _NAMING_WORD.findall(text, max(us, q.start - 80), q.start)
        words = before[-2:]
        if not words or inner.split()[0].lower() in L.subj_pron or \
                any(w.lower() in L.cues for w in before[-5:-2]):
            return False  # speech: 'told the court "I am innocent"', "a lancé à la foule « Nous reviendrons »"
        last = words[-1].lower()
        if last in L.sp.naming_words:
            return len(words) == 2 and words[0].lower() not in L.cues
        if not L.lower_nouns or not words[-1].islower() or last in L.cues or last in L.function_words or \
                last in L.preps or last in L.cue_nouns or last in L.sp.claim_nouns or last in L.sp.word_nouns:
            return False  # (words are speech: 'she has used the phrase "Open Borders" often')
        det, _, noun = last.replace("’", "'").rpartition("'")
        if det:
            return (det + "'") in L.dets and noun.isalpha()  # "l'opération « … »"
        return len(words) == 2 and words[0].lower() in L.dets and last.isalpha()

    def _name_like(self, words):
        """Words that read as a name: the first and the last capitalised (or not a word), any lower-case word
        between them a function word ("Bild am Sonntag", "BBC News"; not "Wir schaffen das")."""
        L = self.L
        if not (words[0][:1].isupper() and (words[-1][:1].isupper() or not words[-1][:1].isalpha())):
            return False
        return all(not w[:1].islower() or w.lower() in L.preps or w.lower() in L.dets or w.lower() in L.of or
                   w.lower() in L.conj for w in words[1:-1])

    def _is_name(self, q, words):
        """A name or a title in marks: "der Fernsehsender „Silverbird“", "im „Black Lion Hospital“", a foreign name
        whose every word is capitalised but its foreign function words ("die Partei „Union pour un Mouvement
        Populaire“": ``Speech.foreign_name_words``), 'On the
        episode of "The Morning Desk With Ray Lund," she said' (every word capitalised but function words: a
        title in title case inside its sentence, where nouns are written in lower case, not speech; a cry opening
        its sentence is: "Lock Her Up!")."""
        text = self.text
        before = text[self.unit_start:q.start].strip(QUOTE_CHARS + " \n")
        last = before.rstrip(",").split()[-1:] if before else []
        # (speech: a quotation opening its sentence, or after a colon or a verb of saying: 'said, "Thank You, Ohio."')
        opens = not before or before.endswith(":") or bool(last) and last[0].lower() in self.L.cues
        if not opens and len(words) >= 2 and text[q.start:q.end].rstrip(QUOTE_CHARS + " ,.")[-1:] not in "!?":
            foreign = self.L.sp.foreign_name_words
            bare = [w.strip(",.;:") for w in words]
            if foreign and len(words) <= 10 and any(w in foreign for w in bare) and \
                    all(w in foreign or w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in bare):
                return True  # a foreign name in marks: „Union pour un Mouvement Populaire“, „Man of the Match“
            if len(words) <= 8 and self.L.lower_nouns and words[0][:1].isupper() and \
                    sum(1 for w in words if w[:1].isupper()) >= 2 and \
                    all(w[:1].isupper() or not w[:1].isalpha() or w.strip(",.").lower() in self.L.function_words
                        for w in words):
                return True
        if len(words) > 4 or opens and text[q.start:q.end].rstrip(QUOTE_CHARS + " ")[-1:] in ("!", "?"):
            return False  # (a cry opening its sentence is speech: '"Lock Her Up!" the crowd chanted')
        if not all(w[0].isupper() or not w[0].isalpha() for w in words):
            return False
        if len(words) >= 2:
            return True
        before = text[max(0, q.start - 30):q.start - 1].split()
        return bool(before) and before[-1][0].isupper() and before[-1][-1] not in ".:!?"

    def _embedded_title(self, q, us, ue):
        """A quotation with no attribution, inside a sentence, after a noun and without a sentence's end of its
        own: a title or a name ("Das Buch „Der lange Weg nach Hause“ erscheint im Herbst")."""
        text = self.text
        inner = text[q.start:q.end].rstrip()
        if inner[-1:] in ".!?…" or not inner[:1].isupper():
            return False
        before = text[us:max(us, q.start - 1)].rstrip()
        after = text[min(ue, q.end + 1):ue].strip()
        if not before or not after or before[-1] in ":,;" or after[0] in ",;:":
            return False
        last = before.split()[-1]
        return last[:1].isupper() or last.casefold() in self.L.dets

    def _content_subject(self, host):
        """The subject at the start of a reported clause ("de Putin hätt ..."), as a Mention."""
        d = self.doc
        a, b = d.tok_range(host.start, min(host.end, host.start + 80))
        toks = [i for i in range(a, b)]
        if not toks:
            return None
        nps = self.nps(toks)
        for np_ in nps[:2]:
            if np_.a <= 2 and np_.name is not None and not np_.org and not np_.acronym and not np_.after_prep:
                # (a person, not any noun with its article: "dass die Transparenz des Angebots „fragwürdig“ sei")
                return self.mention_of(toks, np_) if self._can_speak(toks, np_, strict=True) else None
            if np_.a <= 2 and np_.pron:
                return None
        return None

    def _np_before_colon(self, toks, nps, q):
        """'Caddell: "..."' -- a noun phrase right before a colon that opens the quote; else the subject of the
        clause before the colon."""
        d = self.doc
        for k in range(len(toks) - 1):
            i = toks[k]
            if i is not None and d.tx[i] == ":" and d.en[i] <= q.start and q.start - d.en[i] < 4:
                # (no article of a dative or accusative: "beschrieb den Hergang: „...“")
                cands = [np_ for np_ in nps if np_.b == k and not np_.after_prep]
                if cands and (cands[-1].pron or cands[-1].name is not None and not self._oblique(toks, cands[-1])):
                    return self.mention_of(toks, cands[-1])
                subject = self._clause_subject(toks, nps, k)
                if subject is not None:
                    # (with its apposition: "Le maire, Pierre Aubanel, a une autre explication : « … »")
                    return self._mention_with_apposition(toks, nps, subject)
        return None

    def _oblique(self, toks, np_):
        """Does the noun phrase open with a dative or accusative article ("dem Sender", "den Verdacht")?"""
        return toks[np_.a] is not None and self.doc.lo[toks[np_.a]] in self.L.oblique

    def _clause_subject(self, toks, nps, k):
        """The subject of the clause that ends at frame position ``k`` (a colon, or the comma before "dass"):
        from the start of its sentence (after the last sentence end or quotation), else of its main clause
        (after the last comma: "Bien que fatigué, le président a tenu à rassurer ses partisans :"), or None."""
        d, L = self.doc, self.L
        s0 = k
        while s0 > 0 and toks[s0 - 1] is not None and d.tx[toks[s0 - 1]] not in END_PUNCT:
            s0 -= 1
        c0 = k
        while c0 > s0 and d.tx[toks[c0 - 1]] != ",":
            c0 -= 1
        fallback = None
        for start in (s0, c0) if c0 > s0 else (s0,):
            # "Die Verfasser des Berichts halten der Stadt vor: „...“"; with the verb second, after a
            # fronted phrase: "In der ARD zeigte sich der Trainer zufrieden:"
            first = [np_ for np_ in nps if start <= np_.a and np_.b <= k and not np_.after_prep and
                     not (np_.cuenoun and np_.inner is None) and not self._oblique(toks, np_)]
            if first and not any(toks[t] is None for t in range(first[0].a, k)) and (
                    first[0].a <= start + 1 or L.sp.verb_second and toks[start] is not None and
                    (d.lo[toks[start]] in L.preps or d.lo[toks[start]] in L.stop or
                     d.lo[toks[start]] in L.oblique) and
                    not any(toks[t] is None or d.tx[toks[t]] in CLAUSE_PUNCT
                            for t in range(start, first[0].a))):
                if L.sp.verb_second and not self._can_speak(toks, first[0], strict=True):
                    # a thing or an adverb fronted before the verb, the subject after it: "Das Angebot lehnt er
                    # ab:", "Relativierend fügt Gall hinzu:", "Zuversichtlich zeigte sich der Trainer:" (a bare
                    # word opening the sentence may be a surname, "Lenzen attackierte Berger:", so only one
                    # with an adverb's ending gives way)
                    later = self._subject_after_verb(toks, first, k)
                    if later is not None:
                        return later
                    fallback = fallback or first[0]
                    continue  # (or the main clause after a comma: "Das Angebot, …, lehnt er ab:")
                return first[0]
        return fallback

    def _subordinate_report(self, us, ue):
        """The sentence us..ue whose subjunctive sits only in a clause after ", dass" reports what the main
        clause's own subject said or found ("Die Gutachter kamen zu dem Schluss, dass der Damm sicher sei"):
        the clause from its complementizer on, as that subject's reported speech; None when the main clause
        has no person, body or pronoun for a subject."""
        d, L = self.doc, self.L
        a, b = d.tokenize(us, ue)
        toks = list(range(a, b))
        if any(d.st[i] < q.end and q.start < d.en[i] for q in self.outer for i in toks[:1]):
            return None
        k = next((t for t in range(1, len(toks) - 1) if d.tx[toks[t]] == "," and
                  d.lo[toks[t + 1]] in L.comps), None)
        if k is None:
            return None
        np_ = self._clause_subject(toks, self.nps(toks[:k]), k)
        if np_ is None or not self._reporting_subject(toks, np_):
            return None
        sp = self.mention_of(toks, np_)
        if sp is None or sp.speaker is None:
            return None
        cs, ce = self._trim(d.st[toks[k + 1]], ue)
        q = Quote(start=cs, end=ce, text=self.text[cs:ce], kind="indirect", sentence_start=us, sentence_end=ue)
        q.speaker = sp
        return q

    def _transcript(self, quotes):
        """An interview's or a debate's transcript: a paragraph opened by a speaker's label ("GREENE: I would …",
        "Nora Feldmann: Weil wir …", "Léa Simon : Les jets …") holds that speaker's words, a direct quote, where
        the article has at least two labelled paragraphs. Not the interviewer's (``Speech.interviewer_labels``,
        and labels of at most three capitals: "Q:", "SZ:", "RTL:"), nor a title's label ("Update:"), nor a label
        with a word the article also writes in lower case ("Note:", "Source:"), nor a paragraph that has a quote
        already."""
        text, L = self.text, self.L
        found = []
        asked = 0
        labelled = [m for m in _LABELLED_PARAGRAPH.finditer(text) if m.start() > 0]  # (not the title)
        intro = text[:labelled[0].start()] if labelled else ""
        for m in labelled:
            label = m.group(1).strip()
            words = label.split()
            low = label.lower().rstrip(".")
            # (the label of a speaker the introduction named, "LEE:" after "Ann Lee", even of three capitals)
            named = re.search(r"(?<![\w'’-])" + re.escape(words[-1].title() if label.isupper() else words[-1]) +
                              r"(?![\w'’-])", intro) is not None
            if low in L.sp.interviewer_labels or label.isupper() and len(label) <= 3 and not named:
                asked += 1
            elif named and not (low in L.sp.headline_labels or not all(w[:1].isupper() for w in words) or
                                any(w.lower() in L.stop or w.lower() in L.dets or w.lower() in self.doc.lowers
                                    for w in words)):
                found.append(m)
        # (a speaker's label names someone the article introduced before its transcript, "Die Architektin Nora
        # Feldmann über …", "Candidates Olivia Greene and …", never a topic: "Bildung:", "Verkehr:", "Stand:")
        if len(found) + min(asked, 1) < 2:
            return quotes  # (one labelled paragraph is no transcript: "Photo: Ann Lee")
        if not asked and (all(len(_GAP_WORD.findall(m.group(2))) < 5 for m in found) or
                          any(sum(c.isdigit() for c in m.group(2)) * 4 > len(m.group(2)) for m in found) or
                          not any(w.lower() in L.sp.first_person_words for m in found
                                  for w in _GAP_WORD.findall(m.group(2)))):
            # (without an interviewer, short lines, figures or lines where no one speaks in the first person are a
            # list: "Nora Feldmann: 52.1 %", "Lee: Friday main stage, from 9pm")
            return quotes
        for m in found:
            s, e = m.start(2), m.end(2)
            while e > s and text[e - 1].isspace():
                e -= 1
            # (a report the paragraph's own words seemed to make with no one resolved, "TULLY: I agree with
            # neither …", gives way to the speaker's quote; one of someone named stays and keeps it out)
            inside = [q for q in quotes if q.start < e and s < q.end]
            if e - s < 2 or any(q.speaker is not None and q.speaker.speaker is not None for q in inside):
                continue
            quotes = [q for q in quotes if q not in inside]
            ls, le = m.span(1)
            while le > ls and text[le - 1].isspace():
                le -= 1
            name = text[ls:le].title() if text[ls:le].isupper() else text[ls:le]
            # (the full name of the introduction first: the sentences may have taken "GREENE" for a name of its own)
            sp = self._full_name_before(name, ls) if len(name.split()) == 1 else None
            if sp is None and len(name.split()) == 1:
                sp = next((o for o in self.index.speakers if o.kind == "person" and len(o.name.split()) > 1 and
                           fold(o.name.split()[-1]) == fold(name)), None) or self.index.find(name, ls)
            if sp is None:
                sp = self.index.add(name, "person", None, ls)
            else:
                self.index.history.append((ls, sp))
            quotes.append(Quote(start=s, end=e, text=text[s:e], kind="direct", speaker=mention(ls, le, text[ls:le], sp),
                                sentence_start=m.start(), sentence_end=e))
        quotes.sort(key=_q_start)
        return quotes

    def _clause_in_gap(self, gap):
        """Does a clause with a subject of its own follow the frame between two quotations ('“A?” she said, but
        Tom was asleep, and as the senator went on about “B”'): a conjunction after a comma, then a capitalised
        word or a subject pronoun?"""
        for m in _COMMA_CONJ.finditer(gap):
            if m.group(1).lower() in self.L.conj and (m.group(2)[0].isupper() or m.group(2).lower() in self.L.subj_pron):
                return True
        return False

    def _join(self, quotes):
        """'"A," he said. "B."' is one quote; also where the frame reports something of its own in between ('"A,"
        said Jo Lee, speaking of the levy. "B."': the participle's report stays a quote of its own)."""
        text = self.text
        quotes.sort(key=lambda q: (q.start, q.end))
        out = []
        for q in quotes:
            k = len(out) - 1
            while k >= 1 and out[k].kind == "indirect" and q.kind == "direct" and out[k].start > out[k - 1].end and \
                    out[k].speaker is not None and out[k - 1].speaker is not None and \
                    out[k].speaker.speaker is out[k - 1].speaker.speaker and out[k].end < q.start:
                k -= 1  # (a report of the frame's own speaker inside the frame)
            if k >= 0 and q.kind == "direct" and out[k].kind == "direct" and q.start > out[k].end:
                p = out[k]
                gap = text[p.end:q.start]
                # (a long frame is one sentence, ending right before the second part: tested last; a second cue in
                # it introduces a quotation of its own: '« A », prévient le syndicaliste, qui dénonce « B »')
                gw = _GAP_WORD.findall(gap.lower())
                second_cue = any(w in self.L.cues and (v in self.L.sp.relative_pronouns or v in self.L.conj)
                                 for v, w in zip(gw, gw[1:])) or self._clause_in_gap(gap)
                if "\n" not in gap and len(gap) < max(60, self.L.sp.join_frame_length) and not second_cue and \
                        not self._answers(p, q.text) and \
                        p.cue is not None and p.cue_start is not None and \
                        p.end <= p.cue_start < q.start and p.speaker is not None and q.speaker is not None and \
                        p.speaker.speaker is q.speaker.speaker and (q.cue_start is None or q.cue_start < q.start) and \
                        (len(gap) < 60 or len(segment.sentences(gap.strip(QUOTE_CHARS + " ,"), cache=False,
                                                                **self.L.segment_options)) <= 1):
                    # (a second quotation with a frame of its own, '« B », a-t-il précisé', stays apart)
                    # the offsets run over the frame; the text is the words said, its parts joined by " … ",
                    # so that the page shows what was said and the same words framed otherwise group together
                    p.end = q.end
                    p.text = p.text.rstrip() + " … " + q.text.lstrip()
                    p.sentence_end = q.sentence_end
                    continue
            out.append(q)
        return out

    def attributions(self, toks, nps):
        """Cues and source phrases in a frame, each with its speaker and (for reported speech) its content."""
        d, L = self.doc, self.L
        lo = d.lo
        n = len(toks)
        out = []
        if not n:
            return out
        mask = d.mask
        bounds = []

        def clause_of(k):
            if not bounds:
                # clause boundaries (punctuation and quotations), found when a cue first asks
                bounds.append(0)
                for t, i in enumerate(toks):
                    if (i is None and (t in self.full_quote_at or t in self.comma_quote_at and
                                       self._frame_follows(toks, t))) or \
                            (i is not None and mask[i] & M_CLAUSE):
                        bounds.append(t)
                        bounds.append(t + 1)
                bounds.append(n)
            lo_ = 0
            hi_ = n
            for bpos in bounds:
                if bpos <= k:
                    lo_ = max(lo_, bpos)
                elif bpos > k:
                    hi_ = min(hi_, bpos)
                    break
            return lo_, hi_

        def end_offset():
            last = None
            for i in reversed(toks):
                if i is not None:
                    last = i
                    break
            return d.en[last] if last is not None else None

        used = set()
        k = 0
        wanted = M_SRCB | M_SRCA | M_CUE | M_INV | M_SRCADV | M_CPHR | M_CLAIM | M_SAID | (M_CLAUSE if L.rel_src else 0)
        while k < n:
            i = toks[k]
            if i is None or not mask[i] & wanted:
                k += 1
                continue
            w = lo[i]
            if mask[i] & M_CLAIM and d.kind[i] == W_CAP:
                at = self._claim_clause(toks, nps, k)
                if at is not None:
                    out.append(at)
                if not mask[i] & (wanted & ~M_CLAIM):
                    k += 1
                    continue
            if w in L.rel_src and k > 0 and k + 1 < n and toks[k + 1] is not None and \
                    lo[toks[k + 1]] in L.rel_src_next[w]:
                # --- a relative clause reporting what the noun before it says: "Berichte, wonach ...", "une
                # étude selon laquelle ..."
                hit = phrase_at(L.rel_src[w], toks, lo, k)
                at = self._relative_source(toks, nps, k, hit) if hit is not None else None
                if at is not None:
                    out.append(at)
                if hit is not None:
                    k += len(hit)  # (reporting or not, no source word: "die Kinder, nach denen die Polizei suchte")
                    continue
            if mask[i] & M_CLAUSE:
                k += 1
                continue
            if mask[i] & M_SRCADV:
                at = self._source_adverb(toks, k)
                if at is not None:
                    out.append(at)
                k += 1
                continue
            # --- source phrases before a speaker: "laut X", "selon X", "according to X", ", sou X"
            if w in L.src_before and k not in used:
                hit = phrase_at(L.src_before[w], toks, lo, k)
                if hit is not None:
                    at = self._source_before(toks, nps, k, len(hit), hit, clause_of, end_offset)
                    if at is not None:
                        out.append(at)
                        k += len(hit)
                        continue
            # --- "X zufolge", "X no"
            if w in L.src_after and k > 0:
                hit = phrase_at(L.src_after[w], toks, lo, k)
                if hit is not None:
                    at = self._source_after(toks, nps, k, len(hit), hit, clause_of, end_offset)
                    if at is not None:
                        out.append(at)
                        k += len(hit)
                        continue
            # --- cue verbs
            cue_word = w
            pron_tail = None
            if w not in L.cues and "-" in w:
                head, _, tail = w.rpartition("-")
                head = head[:-2] if head.endswith("-t") else head
                if tail in L.pron and (head in L.cues or head.split("-")[0] in L.cues):
                    cue_word = head
                    pron_tail = tail
            noun_cue = mask[i] & M_SAID and d.kind[i] == W_LOWER and self._noun_with_clause(toks, k)
            if noun_cue is None:
                k += 1  # a noun with a relative clause: "The claims that surfaced last week were false."
                continue
            if (cue_word in L.cues or noun_cue) and d.kind[i] != W_PUNCT and (d.kind[i] == W_LOWER or k == 0 or
                                                                              toks[k - 1] is None) and \
                    not (k == 0 and mask[i] & (M_ROLE | M_ORG) and d.kind[i] == W_CAP and k + 1 < n and
                         toks[k + 1] is not None and d.kind[toks[k + 1]] == W_LOWER and
                         mask[toks[k + 1]] & (M_CUE | M_AUX)) and \
                    not (k > 0 and toks[k - 1] is not None and lo[toks[k - 1]] in L.dets and
                         lo[toks[k - 1]] not in L.pron and (cue_word.endswith(L.sp.adjective_participle_suffixes) or
                                                            L.sp.zero_complementizer and k + 1 < n and
                                                            toks[k + 1] is not None and lo[toks[k + 1]] in L.cues)) \
                    and not (L.sp.zero_complementizer and k > 0 and toks[k - 1] is not None and
                             lo[toks[k - 1]] in L.rel and k + 1 < n and toks[k + 1] is not None and
                             lo[toks[k + 1]] in L.cues and d.kind[toks[k + 1]] == W_LOWER and
                             cue_word.endswith(tuple(L.sp.plural_noun_endings))) \
                    and not self._adjective_after_preposition(toks, k, cue_word) and \
                    not (k > 0 and toks[k - 1] is not None and lo[toks[k - 1]] in L.sp.frame_subordinators and
                         lo[toks[k - 1]] not in L.as_words and
                         cue_word.endswith(L.sp.adjective_participle_suffixes or ("\0",))) and \
                    not (not noun_cue and k > 0 and toks[k - 1] is not None and lo[toks[k - 1]] in L.sp.articles) and \
                    not (not noun_cue and k > 0 and self._after_possessive(toks, k, cue_word)) and \
                    not (not noun_cue and self._base_noun_after_article(toks, k, cue_word)) and \
                    not (not noun_cue and k > 0 and toks[k - 1] is not None and L.sp.possessive_endings and
                         d.kind[toks[k - 1]] == W_CAP and d.tx[toks[k - 1]].endswith(tuple(L.sp.possessive_endings))
                         and not L.contraction(lo[toks[k - 1]]) and k + 1 < n and toks[k + 1] is not None and
                         d.tx[toks[k + 1]] == ":") and \
                    not (not noun_cue and mask[i] & M_SAID and k > 1 and toks[k - 2] is not None and
                         lo[toks[k - 2]] in L.sp.articles and toks[k - 1] is not None and
                         d.kind[toks[k - 1]] == W_LOWER and not mask[toks[k - 1]] & (M_ROLE | M_ORG | M_CUE) and
                         not lo[toks[k - 1]].endswith(tuple(L.sp.person_noun_endings) +
                                                      tuple(L.sp.plural_noun_endings))) and \
                    not (k > 0 and toks[k - 1] is not None and lo[toks[k - 1]] in L.unsaid and
                         phrase_ending_at(L.unsaid[lo[toks[k - 1]]], toks, lo, k - 1) is not None) and \
                    not (L.sp.adjectives_after_noun and k > 1 and cue_word.endswith(L.sp.adjective_participle_suffixes)
                         and toks[k - 1] is not None and toks[k - 2] is not None and lo[toks[k - 2]] in L.dets and
                         lo[toks[k - 2]] not in L.pron and d.kind[toks[k - 1]] == W_LOWER and
                         lo[toks[k - 1]] not in L.aux and lo[toks[k - 1]] not in L.stop) and \
                    not (cue_word in L.cue_phrases_from and phrase_at(L.cue_phrases_from[cue_word], toks, lo, k)) and \
                    not (L.sp.article_nouns and mask[i] & M_ROLE and self._after_article(toks, k)) and \
                    not (d.kind[i] == W_CAP and not L.lower_nouns and mask[i] & M_CNOUN):
                # (nor a plural noun between a relative pronoun and its cue: "which advocates say …")
                # (nor a participle of the passive right after a subordinator: in "when questioned about …, she
                # replied" and "when asked about …" she is asked, she says nothing, while "As announced by X, …" is
                # X's source phrase; nor a noun after an article: "how the plan treats …", "the deepest fear"; nor
                # a cue after a phrase that says it was not done: "stopped short of urging …"; nor a noun after a
                # possessive that labels what follows: "Editor's note: …")
                # (a capitalised noun of saying that is also a verb form opens a German sentence as a noun:
                # "Berichten zufolge ...", "Angaben des Instituts zufolge ...")
                # (not before an inverted pronoun that names no one: "…, pensait-on")
                at = self._cue(toks, nps, k, clause_of, end_offset, pron_tail) if not (
                    w in L.sp.impersonal_cues and not self._expletive_cue(toks, k) and
                    not self._expletive_before(toks, k)) and not self._indefinite_after(toks, k) else None
                if at is not None and noun_cue:
                    self._noun_clause_frame(toks, nps, k, at)
                if at is not None and L.relay and k > 2 and toks[k - 1] is not None and lo[toks[k - 1]] in L.as_words:
                    # "KCNA quoted Kim Jong Un as saying …": Kim's words, relayed by the subject of "quoted"
                    quoted = next((x for x in nps if x.b == k - 1 and x.a > 0 and toks[x.a - 1] is not None and
                                   lo[toks[x.a - 1]] in L.relay), None)
                    if quoted is None:
                        # the name in apposition: "quoted the council's leader, Maria Ostrowski, as saying"
                        app = next((x for x in nps if x.b == k - 2 and toks[k - 2] is not None and
                                    d.tx[toks[k - 2]] == "," and x.name is not None and x.a > 1 and
                                    toks[x.a - 1] is not None and d.tx[toks[x.a - 1]] == ","), None)
                        head = next((y for y in nps if app is not None and y.b <= app.a - 1 and y.a > 0 and
                                     toks[y.a - 1] is not None and lo[toks[y.a - 1]] in L.relay and
                                     all(toks[t] is not None and d.tx[toks[t]] != "," for t in range(y.a, app.a - 1))),
                                    None)
                        quoted = app if head is not None else None
                    m_ = self.mention_of(toks, quoted) if quoted is not None else None
                    if m_ is not None and m_.speaker is not None:
                        at["via"], at["speaker"] = at.get("speaker"), m_
                if at is not None and out and self._participle(cue_word) and out[-1].get("speaker") is not None:
                    # a participle right after a frame is its speaker's: "…, the report said, citing data …"
                    prev = out[-1]
                    gap = self.text[max(prev["cue_end"], prev["speaker"].end):d.st[i]].strip()
                    if gap.endswith(",") and all(w.lower() in L.timewords or w.lower() in L.day_parts
                                                 for w in gap[:-1].split()[:3]) and \
                            len(gap[:-1].split()) <= 2 and prev["cue_end"] <= d.st[i]:
                        # (a time may come between: "…, the company said Tuesday, citing …")
                        at["speaker"] = prev["speaker"]
                if at is not None:
                    out.append(at)
            elif mask[i] & M_CPHR:
                phrase = phrase_ending_at(L.cue_phrases[w], toks, lo, k)
                # (a phrase opening the sentence has no subject: "Frustrated with the delays, residents ...")
                at = self._cue(toks, nps, k, clause_of, end_offset, phrase_start=k - len(phrase) + 1) \
                    if phrase is not None and k - len(phrase) + 1 > 0 else None
                if at is not None:
                    first = toks[k - len(phrase) + 1]
                    at["cue"], at["cue_start"] = self.text[d.st[first]:d.en[i]], d.st[first]
                    out.append(at)
            k += 1
        # a source adverb yields to a source the sentence names itself ("Laut Presseberichten ist er demnach ...")
        if any(at.get("speaker") is not None and not at.get("adverb") for at in out):
            out = [at for at in out if not at.get("adverb")]
        # a relative source's clause is what its noun says, not what a cue around it does with the noun
        # ("Berichte, wonach …, konnte der Minister nicht bestätigen": the reports say it, the minister did not
        # confirm it)
        # (but what a cue reports after it keeps a noun with its relative clause: "Der Sprecher sagte, es gebe keine
        # Hinweise, wonach …" is the spokesman's)
        rels = [at for at in out if at.get("relative")]
        if rels:
            dropped = set()
            for at in out:
                c = at.get("content")
                if c is None or at.get("relative"):
                    continue
                for r in rels:
                    s_, e_ = r["content"]
                    if not (c[0] < e_ and s_ < c[1]):
                        continue
                    if c[0] <= r["noun_start"] < c[1] and c[0] >= at["cue_end"]:
                        dropped.add(id(r))  # the noun inside what the cue reports: "sagte, Berichte, wonach …"
                    else:
                        # the noun is the cue's object, before it or with the clause moved behind the verb
                        at.pop("content", None)
                        break
            if dropped:
                out = [at for at in out if id(at) not in dropped]
        # a source after a cue with a speaker of its own relays that speaker's words, when it frames the cue or
        # follows the speaker: "..., a-t-il déclaré, selon l'AFP", "Der Trainer sagte laut „Kicker“, man ..."
        relayed = set()
        for src in out:
            if not src.get("source") or src.get("speaker") is None or src.get("adverb") or src.get("relative"):
                continue  # (a relative source relays no one: "… nicht bestätigen, wonach …")
            for at in out:
                sp = at.get("speaker")
                if at is src or at.get("source") or at.get("object") or sp is None:
                    continue  # (not the object of an act: "Clinton plans to visit Ohio, according to an aide")
                if at["cue_start"] > src["cue_start"]:
                    # "Laut Radio Bremen erklärte die Senatorin, ...", "Laut dem Magazin hat der Fonds angekündigt,
                    # ...": a source before a cue with a subject of its own, in what the source reports, relays it
                    # (the source's own report, the whole sentence, stays: it nests the senator's)
                    sc = src.get("content")
                    if 0 <= at["cue_start"] - src["speaker"].end <= 2 and sp.start > at["cue_start"] or \
                            sc is not None and sc[0] <= at["cue_start"] < sc[1] and (
                                at.get("content") is not None or
                                self.text[at["cue_end"]:at["cue_end"] + 3].lstrip().startswith(":")) and \
                            src["speaker"].end < sp.start and \
                            not self.text[self.unit_start:min(src["cue_start"], src["speaker"].start)].strip() \
                            and self._verb_between(self.text[max(src["speaker"].end, src["cue_end"]):sp.start]):
                        # (the source opening the sentence, the subject right after it and the verb: "Laut CNN hat
                        # der Minister …", "Ihm zufolge hat der Bürgermeister …")
                        at.setdefault("via", src["speaker"])
                    continue
                # (the cue's own content runs up to the source: a cue inside what the source reports has none,
                # or one that ends before it: "..., dass Russland an Nordkorea schwätzen, déi ..., sou X")
                c = at.get("content")
                sc = src.get("content")
                if c is None and None not in toks and sc is not None and sc[0] <= at["cue_start"] < sc[1]:
                    continue  # a cue with no content and no quotation relays nothing: the source reports the
                    # sentence that holds it ("Immer mehr Menschen fürchten laut der Studie den Abstieg")
                frames = src.get("content") is not None and src["content"][0] <= at["cue_start"] < src["content"][1] \
                    and c is not None and c[0] < src["cue_start"] <= c[1] + 3 and \
                    (c[1] <= src["speaker"].end + 3 or self.text[:src["cue_start"]].rstrip().endswith(","))
                # (the source right after the speaker, its own determiner between: "sagte die Ministerin einigen
                # Teilnehmern zufolge: „…“")
                src_begin = min(src["cue_start"], src["speaker"].start)
                near = 0 <= src["cue_start"] - max(sp.end, at["cue_end"]) <= 3 or \
                    0 <= src_begin - max(sp.end, at["cue_end"]) and \
                    len(self.text[max(sp.end, at["cue_end"]):src_begin].split()) == 1 and \
                    self._verb_between(self.text[max(sp.end, at["cue_end"]):src_begin])
                if frames or near:
                    at.setdefault("via", src["speaker"])
                    relayed.add(id(src))
                    if c is not None and c[0] < src["cue_start"] < c[1]:
                        at["content"] = (c[0], self._trim(c[0], src["cue_start"])[1])  # not ", selon l'AFP"
                    break
            # "Aus Regierungskreisen hieß es, ...": the source is the subject the impersonal cue lacks
            for at in out:
                if at is src or id(src) in relayed or "speaker" not in at:
                    continue
                if at["speaker"] is None and 0 <= at["cue_start"] - src["speaker"].end <= 3:
                    at["speaker"] = src["speaker"]
                    relayed.add(id(src))
                elif at["speaker"] is not None and at["speaker"].start == src["speaker"].start and \
                        at["cue_start"] > src["cue_start"] and at.get("content") and src.get("content") and \
                        src["content"][0] <= at["content"][0] and at["content"][1] <= src["content"][1] + 1:
                    relayed.add(id(src))  # the cue found the same speaker and content: one attribution
        if relayed:
            out = [at for at in out if id(at) not in relayed]
        # "so der Präsident laut BBC News": a source phrase right after another source is the one relaying it
        merged = []
        for at in out:
            prev = merged[-1] if merged else None
            if prev is not None and prev.get("source") and at.get("source") and prev.get("speaker") is not None \
                    and at.get("speaker") is not None and 0 <= at["cue_start"] - prev["speaker"].end <= 2:
                prev.setdefault("via", at["speaker"])
                if prev.get("content") is None:
                    prev["content"] = at.get("content")
                continue
            merged.append(at)
        out = merged
        # a noun's claim whose clause a verb before it reports too: the claim of the noun's genitive ("wies den
        # Vorwurf der Verteidigung zurück, das Gericht sei befangen" is the defence's), else the verb's subject's
        # ("Die Ministerin äußerte die Hoffnung, …")
        for c in [at for at in out if at.get("claim") and at.get("content") is not None]:
            for at in out:
                if at is c or at.get("claim") or at.get("content") is None or \
                        abs(at["content"][0] - c["content"][0]) > 1:
                    continue
                if (c["holder"] or at["cue"].lower() in L.deny_words) and at["cue_start"] < c["cue_start"]:
                    at.pop("content")  # (what a verb of denial rejects is the noun's: "wies den Vorwurf zurück, …")
                elif not c["holder"] or at["cue_start"] > c["cue_start"]:
                    c.pop("content")
                    c["speaker"] = None
                    break
        # a source inside what a cue reports that speaks for the cue's own speaker is its own account, no frame of
        # its own ("erklärte der Direktor, das Land besitze seiner Meinung nach Raketen")
        own = {id(src) for src in out if src.get("source") and src.get("speaker") is not None and
               src["speaker"].speaker is not None and
               any(at is not src and not at.get("source") and at.get("content") is not None and
                   at.get("speaker") is not None and at["speaker"].speaker is src["speaker"].speaker and
                   at["content"][0] <= src["cue_start"] < at["content"][1] for at in out)}
        good = [a for a in out if (a.get("speaker") is not None or a.get("content") is not None) and id(a) not in own]
        # a relative clause closing a content, with a cue of its own, is that cue's attribution, not part of the
        # content: in "Lawmakers questioned Ellen Shaw, who told them the software had been tested" Shaw told them
        # (not one inside a reported clause that goes on after it: "said the mayor, who told reporters …, was …")
        for at in good:
            c = at.get("content")
            if c is None or not L.sp.zero_complementizer or c[0] < at["cue_end"]:
                continue
            for o in good:
                sp = o.get("speaker")
                if o is at or sp is None or sp.how != "pronoun" or sp.text.lower() not in L.rel or \
                        not c[0] < sp.start < o["cue_start"] < c[1] or o.get("content") is None or \
                        abs(o["content"][1] - c[1]) > 2 or sp.speaker is None or sp.speaker.kind != "person":
                    continue  # (a person's: "cited a study, which found that …" stays the citing minister's)
                between = self.text[sp.end:o["cue_start"]].split()
                after = self.text[o["cue_end"]:o["cue_end"] + 40].split()[:1]
                if any(w.lower() not in L.aux and not self._adverb(w.lower()) or
                       w.lower() in L.sp.passive_auxiliaries for w in between) or \
                        self._participle(o["cue"].lower()) or after and after[0].lower() in L.cues:
                    continue  # (the cue right after the pronoun, in the active, no noun before a verb: not "which
                    # advocates say …", "who has been charged with …", "who drew fire for his handling of …")
                head = self.text[c[0]:sp.start].rstrip()
                if head.endswith(",") and len(head) > 1:
                    at["content"] = (c[0], self._trim(c[0], c[0] + len(head) - 1)[1])
                    break
        # a cue inside another attribution's content is part of what was reported
        def inside(a, o):
            # (not the speaker a source relays: "Laut dem Magazin hat der Fonds angekündigt, …" nests the fund's
            # words in the magazine's report)
            # (nor a noun of saying with its holder: "Critics ridiculed [the governor's prediction that …]" keeps
            # the governor's prediction)
            return o is not a and o.get("content") and o["content"][0] <= a["cue_start"] < o["content"][1] and \
                not (o.get("source") and a.get("via") is o.get("speaker")) and \
                not (a.get("said_noun") and a.get("speaker") is not None and a["speaker"].speaker is not None and (
                    o.get("speaker") is None or a["speaker"].speaker is not o["speaker"].speaker))

        # when two contain each other's cue, the one whose content starts first frames the other (a postposed
        # "..., sou de Spriecher" over a cue inside the reported clause), except that a source opening the
        # sentence frames a cue whose speaker sits inside what it reports ("According to officials, the plant
        # violated safety rules": no "plant violated safety" said "According to officials")
        opening = d.st[toks[0]] if toks[0] is not None else -1  # (a source opening the sentence)

        def wins(a, o):
            # (the other's "speaker" opening what the source reports is words of it, not a speaker after
            # its content: "According to the ministry, the rules take effect in May, a spokesman said" keeps
            # the spokesman)
            if a.get("source") and a["cue_start"] == opening and o.get("speaker") is not None and \
                    o["speaker"].start == a["content"][0]:
                return True
            if o.get("source") and o["cue_start"] == opening and a.get("speaker") is not None and \
                    a["speaker"].start == o["content"][0]:
                return False
            return a["content"][0] < o["content"][0]
        good = [a for a in good if not any(inside(a, o) and not (inside(o, a) and wins(a, o)) for o in good)]
        return good

    @staticmethod
    def _verb_between(gap):
        """Is ``gap`` (the text between a source and a subject) one or two lower-case words and nothing else: the
        verb ("Laut CNN hat der Minister"), not an apposition (", ein Sprecher …") or a clause?"""
        words = gap.split()
        return 1 <= len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)

    def _cue(self, toks, nps, k, clause_of, end_offset, pron_tail=None, phrase_start=None):
        """The attribution of the cue at ``k`` (the last word of a cue phrase that opens at ``phrase_start``); a
        separable cue without its particle reports nothing, though its subject stays known for the pronouns after it
        ("Der Minister teilte die Sorgen der Bauern. … , sagte er."; see ``Speech.particle_cues``)."""
        at = self._cue_attribution(toks, nps, k, clause_of, end_offset, pron_tail, phrase_start)
        d, L = self.doc, self.L
        particles = L.sp.particle_cues.get(d.lo[toks[k]])
        if at and particles and not any(toks[t] is not None and (d.lo[toks[t]] in particles or
                                                              d.lo[toks[t]] in L.claim_nouns)
                                        for t in range(k + 1, len(toks))):
            # ("In manchen Heimen müssten sich vier Familien eine Küche teilen.": no "mit", no one informs)
            at.pop("content", None)
            at.pop("object", None)
            at["silent"] = True
        elif at and k + 1 < len(toks) and toks[k + 1] is not None and \
                d.lo[toks[k + 1]] in L.sp.phrasal_non_cues.get(d.lo[toks[k]], ()):
            # a verb of saying made another verb by its particle reports nothing: "things that add up to …", "the
            # union called off the strike"
            at.pop("content", None)
            at.pop("object", None)
            at["silent"] = True
        return at

    def _cue_attribution(self, toks, nps, k, clause_of, end_offset, pron_tail=None, phrase_start=None):
        d, L = self.doc, self.L
        kf = k if phrase_start is None else phrase_start  # where the words before the cue end
        lo, tx = d.lo, d.tx
        participle = self._participle(lo[toks[k]])
        i = toks[k]
        n = len(toks)
        a, b = clause_of(k)
        at = {"cue": tx[i], "cue_start": d.st[i], "cue_end": d.en[i]}
        if k + 1 < n and toks[k + 1] is not None and lo[toks[k + 1]] in L.sp.predicate_openers and \
                self._noun_cue(toks, a, k):
            return at  # "A 4-4 ruling would keep …", "the candidates' plans don't …": a noun, no speaker
        if lo[i] in L.sp.existential_cues and (
                any(0 <= t < n and toks[t] is not None and lo[toks[t]] in L.expletives for t in (k - 1, k + 1)) or
                self._expletive_before(toks, k)) and \
                not any(toks[t] is not None and (lo[toks[t]] in L.sp.existential_particles and
                                                 (t + 1 >= n or toks[t + 1] is None or d.kind[toks[t + 1]] == W_PUNCT)
                                                 or lo[toks[t]] in L.cues) for t in range(k + 1, b)):
            # (not an auxiliary before another cue: lb "Et gëtt ugeholl, datt …")
            return at  # "Es gab keine Verletzten", "2004 gab es 527 Fälle": something exists, no one speaks
        if L.sp.zero_complementizer and k > 1 and toks[k - 1] is not None and tx[toks[k - 1]] == "," and \
                lo[i].endswith(L.sp.adjective_participle_suffixes or ("\0",)) and \
                toks[k - 2] is not None and d.kind[toks[k - 2]] != W_PUNCT:
            # a passive participle in an aside after its noun, the sentence's verb after it: "Harbour police,
            # called in by the mayor, are patrolling …" were called, they say nothing
            close = next((t for t in range(k + 1, n) if toks[t] is not None and tx[toks[t]] == ","), None)
            if close is not None and close + 1 < n and toks[close + 1] is not None and \
                    d.kind[toks[close + 1]] == W_LOWER and (d.mask[toks[close + 1]] & (M_AUX | M_CUE) or
                                                            lo[toks[close + 1]] in L.sp.predicate_openers) and \
                    not self._participle(lo[toks[close + 1]]):
                return at  # (also "The mayor, asked about the curfew, said …": the mayor says, but later)
        bare = self._bare_passive(toks, a, k)
        if bare is not None:
            # a passive without its agent: "Le suspect sera jugé jeudi" is tried, no one speaks; an allegation
            # or expectation of no one named ("Two officers were accused of lying") is its clause, by no one
            if bare:
                at["content"] = bare
            return at
        relay = lo[i] in L.relay
        timed_clause = False  # content after a phrase of time right after the cue ("said Friday the state would …")
        # (not the source of a source word: "Laut Radio Bremen erklärte die Senatorin, ..."; nor an object pronoun
        # before the verb: '« … », lui avait dit Paul Martin')
        before = [np_ for np_ in nps if a <= np_.a and np_.b <= k and
                  not (np_.after_prep and not np_.agent and not self._after_free_relative(toks, np_)) and
                  not (np_.a > 0 and toks[np_.a - 1] is not None and lo[toks[np_.a - 1]] in L.src_words) and
                  not (np_.pron and L.lower_nouns and lo[toks[np_.a]] in L.sp.object_pronouns)]
        # (an as-word may follow a conjunction opening the clause: "Denn wie die Zeitung berichtete, ...")
        as_at = a + 1 if toks[a] is not None and (lo[toks[a]] in L.stop or lo[toks[a]] in L.conj) and \
            a + 1 < k and toks[a + 1] is not None and lo[toks[a + 1]] in L.as_words else a
        if not before and toks[as_at] is not None and lo[toks[as_at]] in L.as_words:
            # "Wie die Stadt am Montag mitteilte, ...": the noun phrase after "wie" is the cue's subject
            before = [np_ for np_ in nps if np_.a == as_at + 1 and np_.b <= k]
        after = [np_ for np_ in nps if k < np_.a < b and not (np_.after_prep and not np_.agent)]
        speaker_np = via_np = None
        company_noun = None  # (a postposed "the chipmaker said" naming the business the sentence opens with)
        body_before = None  # the body and role words before a name the chunker cut off ("Apple CEO" Tim Cook)
        app_end = None
        lead_participle = False  # a participle opening the sentence, its subject the main clause's
        passive_subject = None   # the subject of a passive cue with an agent: what was said about
        if pron_tail is not None:
            off = d.st[i] + len(tx[i]) - len(pron_tail)
            sp = self.person_before(d.st[i], L.sp.pronoun_genders.get(pron_tail.lower()))
            if sp is not None:
                at["speaker"] = mention(off, off + len(pron_tail), self.text[off:off + len(pron_tail)], sp,
                                        "pronoun")
        else:
            # only determiners, auxiliaries and adverbs between the clause start and the cue: inverted subject
            inverted = not before or (before and before[-1].agent)
            lead = [t for t in range(a, k) if toks[t] is not None and d.kind[toks[t]] != W_PUNCT and
                    lo[toks[t]] not in L.aux]
            has_aux = any(toks[t] is not None and lo[toks[t]] in L.aux for t in range(a, k))
            # (the nearest relative pronoun: "… unlike the developer who lacks any record in office and has
            # attacked …")
            rel = next((t for t in reversed(lead) if lo[toks[t]] in L.rel), None)
            coord = rel_at = None
            if not before:
                coord = next((t for t in lead if lo[toks[t]] in L.conj), None)
                if coord is None and a > 0 and toks[a - 1] is not None and lo[toks[a - 1]] in L.conj:
                    coord = a - 1
            if rel is not None and not before and L.sp.zero_complementizer and rel == k - 2 and \
                    d.kind[toks[k - 1]] == W_LOWER and lo[toks[k - 1]] not in L.stop and \
                    lo[toks[k - 1]] not in L.aux and lo[toks[k - 1]].endswith(tuple(L.sp.plural_noun_endings)):
                speaker_np = NP(k - 1, k)  # a plain plural between a relative pronoun and its cue: "which
                # advocates say …" is the advocates' report
            elif rel is not None and (not before or L.sp.zero_complementizer and rel == lead[-1]):
                # (also right before the cue, whatever came before it: "The company was sued by residents who said
                # …" is the residents')
                # "Bernard Bonnet, le successeur du préfet, qui lui avait rétorqué": what "qui" refers to
                # (an antecedent after a preposition counts where relative pronouns are not also articles:
                # "un clash avec Bernard Bonnet, qui", but not German "der", "die")
                cands = [x for x in nps if x.b <= rel and not x.pron and
                         (not x.after_prep or not (L.rel & L.dets))]
                if cands:
                    speaker_np = cands[-1]
                    if speaker_np.after_prep and speaker_np.a > 0 and toks[speaker_np.a - 1] is not None and \
                            lo[toks[speaker_np.a - 1]] in L.sp.setting_prepositions and speaker_np.org:
                        # (the body someone works at: "Jon Bent, an aide at the Interior Ministry who warned …" is
                        # Bent)
                        speaker_np = next((x for x in reversed(cands[:-1]) if not x.after_prep), speaker_np)
                    rel_at = rel
                    prev = [x for x in cands[:-1] if x.b < n and toks[x.b] is not None and d.tx[toks[x.b]] == ","
                            and x.b + 1 == speaker_np.a]
                    if prev and (prev[-1].name is not None or prev[-1].cuenoun and prev[-1].inner is not None and
                                 prev[-1].inner.name is not None) and speaker_np.name is None:
                        # (the name before an apposition: "Karl Berg, Vorsitzender der Partei, der sagte", also
                        # after a noun of saying: "die Aussage von Karl Berg, Vorsitzender der Partei, der sagte")
                        speaker_np = prev[-1]
                relay = False
                inverted = False
            elif coord is not None:
                # "... et a averti les responsables", "and said": the subject of the sentence; but plain words
                # between the conjunction and the cue are a subject of their own ("…, and passengers said …")
                first = [x for x in nps if x.b <= coord and not x.after_prep and not x.cuenoun]
                speaker_np = self._coordinated_subject(toks, coord, k) or (first[0] if first else None)
                if speaker_np is None and L.lower_nouns:
                    # a subject of common nouns before the first verb: "His ex-wife agreed, but contended …"
                    v = next((t for t in range(0, coord) if toks[t] is not None and d.mask[toks[t]] & (M_CUE | M_AUX)),
                             None)
                    if v is not None:
                        speaker_np = self._bare_subject(toks, v, 0)
                relay = False
                inverted = False
            if speaker_np is None and not relay and not L.sp.zero_complementizer and after and \
                    after[0].a == k + 1 and after[0].pron:
                # "Einer Anfechtung räumte er keine Chance ein": a pronoun right after the cue is its subject
                speaker_np = after[0]
            if speaker_np is None and inverted and not lead and a > 0 and toks[a - 1] is not None and \
                    tx[toks[a - 1]] == "," and not relay:
                # "Jens Albers, der bei der Stiftung arbeitet, wies den Vorwurf zurück": the subject opening the
                # sentence before its relative clause, not the object after the cue
                first = [x for x in nps if x.b <= a and not x.after_prep and not x.cuenoun and not x.pron]
                if first and first[0].a <= 1 and first[0].b + 1 < a and toks[first[0].b] is not None and \
                        tx[toks[first[0].b]] == "," and toks[first[0].b + 1] is not None and \
                        lo[toks[first[0].b + 1]] in L.rel and lo[toks[first[0].a]] not in L.oblique and \
                        not (L.sp.verb_second and after and after[0].a == k + 1 and
                             self._subject_role_after(toks, toks[k], after[0])) and \
                        not any(toks[t] is None or tx[toks[t]] in CLAUSE_PUNCT for t in range(first[0].b + 1, a - 1)):
                    # (the relative clause closing right before the cue: not "Die Pläne, die …, seien gut
                    # durchdacht, sagte der Minister"; nor an object or dative before it with the subject after the
                    # verb: "Die Kritik, die …, wies der Minister zurück", "Dem Abgeordneten, der …, antwortete das
                    # Ministerium")
                    speaker_np = first[0]
            if speaker_np is None and inverted and not lead and a > 0 and toks[a - 1] is not None and \
                    tx[toks[a - 1]] in APPOSITION_ENDS and not relay:
                # "Die Sprecherin der Kammer, Petra Almsick, lobte den Beschluss": the cue follows
                # an apposition, its subject is the sentence's first noun phrase, not the object after it
                # (also before an aside between dashes, whatever it holds: "Jane Roe — a lawyer — said the
                # candidate …", "Gen. Tom Hale — then the chief of staff — told lawmakers that …"; the words before
                # the aside end as if at the apposition's comma; not where the verb's own subject follows it and
                # closes the clause: "La France reste attachée à l'accord, a déclaré le ministre.")
                a_app = a
                if tx[toks[a - 1]] != ",":
                    a_app = next((t for t in range(a - 2, 0, -1) if toks[t] is None or tx[toks[t]] == tx[toks[a - 1]]),
                                 a)
                    if toks[a_app] is None:
                        a_app = a
                a_end = a if a_app == a else a_app + 1  # (where a comma after the apposition would end it)
                first = [x for x in nps if x.b <= a_app and not x.after_prep and not x.cuenoun]
                fronted = next((x for x in first if x.a > 1 and toks[x.a - 1] is not None and tx[toks[x.a - 1]] == ","
                                and self._fronted_phrase(toks, x.a)), None)
                if fronted is not None:
                    first = [x for x in first if x.a >= fronted.a]  # (not "Earlier" of "Earlier this year, X, …")
                if first and (a_app < a or tx[toks[a - 1]] == ",") and \
                        (first[0].a <= 1 or self._noun_before_apposition(toks, first[0].a) or
                         self._fronted_phrase(toks, first[0].a)) and \
                        not (not L.sp.zero_complementizer and after and after[0].a == k + 1 and
                             (after[0].b >= n or toks[after[0].b] is not None and tx[toks[after[0].b]] in END_PUNCT)
                             and self._can_speak(toks, after[0], strict=True)
                             and lo[toks[after[0].a]] not in L.oblique) and \
                        not any(toks[t] is None for t in range(first[0].a, a)) and (
                        L.sp.zero_complementizer and not (after and after[0].a == k + 1 and not has_aux and
                                                          self._closes_clause(toks, after[0].b) and not (
                                                              lo[i] in L.sp.addressee_cues and
                                                              lo[i] not in L.sp.question_cues and
                                                              after[0].b < n and toks[after[0].b] is not None and
                                                              tx[toks[after[0].b]] not in END_PUNCT and
                                                              tx[toks[after[0].b]] not in CLAUSE_PUNCT)) or
                        self._bare_apposition(toks, first[0].b, a_end) or
                        all(toks[t] is not None and (tx[toks[t]] == "," or any(x.a <= t < x.b for x in nps) or
                                                     lo[toks[t]] in L.preps or lo[toks[t]] in L.dets or
                                                     d.kind[toks[t]] != W_LOWER or lo[toks[t]] in L.conj or
                                                     # (a noun after its preposition: "Le procureur chargé du
                                                     # dossier, Marc Lenoir, a indiqué")
                                                     toks[t - 1] is not None and
                                                     (lo[toks[t - 1]] in L.preps or lo[toks[t - 1]] in L.of or
                                                      lo[toks[t - 1]] in L.dets))
                            for t in range(first[0].a, a_app))):
                    # English: "Trump, speaking to veterans, said he would ...", "..., arguing that ..." (whom a
                    # verb of telling tells follows it: "An official, speaking to reporters, told the AP that …")
                    speaker_np = first[0]
                    app = self._possessor_apposition(toks, first, a_end)
                    if app is not None:
                        speaker_np = app  # "Sayer's co-presenter, Toni Marsh, said …" is Toni Marsh
                    elif a_app < a:
                        # a name in apposition before the aside: "The defendant's lawyer, Paul Greer — a former
                        # prosecutor — told …"
                        speaker_np = next((x for x in first[1:] if x.b == a_app and x.name is not None and
                                           toks[x.a - 1] is not None and tx[toks[x.a - 1]] == ","), speaker_np)
                elif not first and a_app < a and toks[0] is not None and lo[toks[0]] in L.dets and all(
                        toks[t] is not None and d.kind[toks[t]] == W_LOWER for t in range(1, a_app)):
                    # the name between dashes after a noun: "The editor — Joseph Lelyveld — told the staff, …"
                    speaker_np = next((x for x in nps if x.a == a_app + 1 and x.b == a - 1 and x.name is not None),
                                      None)
                elif not first and L.lower_nouns and toks[0] is not None and \
                        (lo[toks[0]] in L.dets or lo[toks[0]] in L.of) and \
                        sum(1 for t in range(0, a) if toks[t] is not None and tx[toks[t]] == ",") >= 2:
                    # "Plusieurs commerçants, présents sur le marché, ont affirmé": common nouns up to the comma
                    e = 1
                    while e < a and e < 6 and toks[e] is not None and d.kind[toks[e]] == W_LOWER and \
                            lo[toks[e]] not in L.cues and lo[toks[e]] not in L.aux:
                        e += 1
                    if 1 < e < a and toks[e] is not None and tx[toks[e]] == ",":
                        speaker_np = NP(0, e)
            if speaker_np is not None:
                pass
            elif relay:
                agent = next((x for x in reversed(before) if x.agent), None) or \
                    (after[0] if after and after[0].agent and after[0].a - k <= 2 else None)
                subject = next((x for x in before if not x.agent and not x.after_prep), None)
                if subject is None and a > 1 and toks[a - 1] is not None and tx[toks[a - 1]] == "," and \
                        toks[a] is not None and lo[toks[a]] in L.sp.passive_auxiliaries:
                    # "Der Sprecher, Jan Kurz, wird von ... zitiert": the subject before the apposition
                    subject = next((x for x in nps if x.b < a and not x.after_prep and not x.pron), None)
                passive = agent is not None and subject is not None and self._passive_between(toks, subject.b, k)
                if passive:
                    # "X wird von der Agentur AFP mit dem Satz zitiert": X's words, relayed by the agent
                    speaker_np, via_np = subject, agent
                elif after and after[0].a - k <= 3:
                    speaker_np = after[0]
                    via_np = before[-1] if before else None
                elif len(before) >= 2:
                    speaker_np, via_np = before[-1], before[-2]
                elif before:
                    speaker_np = before[-1]
            elif inverted and after and after[0].a - k <= 4 and not participle and (
                    not L.sp.zero_complementizer or self._closes_clause(toks, after[0].b) and not has_aux and
                    all(lo[toks[t]] in L.stop or self._adverb(lo[toks[t]]) for t in lead) and
                    not any(toks[t] is None or lo[toks[t]] in L.comps for t in range(k + 1, after[0].a))):
                # (never a noun phrase after a complementizer: "said that U.S. involvement ...")
                # ', sagte der Minister', 'a déclaré le ministre'; in English only a closing 'said Smith.':
                # in 'Trump, speaking in Ohio, said he would ...' the pronoun opens the reported clause
                speaker_np = after[0]
            elif before and after and (self._fronted_non_subject(toks, a, k, before) or
                                       self._fronted_thing(toks, a, k, before, after)) and \
                    self._subject_after(toks, k, after):
                # "Am Montag sagte die Agentur", "Den Vorwurf wies der Bürgermeister zurück", "Sinngemäß hofft
                # der Chef": with the verb second, the clause's subject follows the cue
                speaker_np = after[0]
            elif before:
                # the subject: the first noun phrase of the clause ("KNCA huet gemellt", "Der Sprecher hat
                # am Montag ... erklärt")
                # (not one opening with an oblique article: "Dem Sender hat der Minister gesagt")
                cands = [np_ for np_ in before if not np_.agent and not (np_.cuenoun and np_.inner is None) and
                         lo[toks[np_.a]] not in L.oblique]
                speaker_np = (cands or before)[0]
                rel_np = next((x for x in reversed(before) if self._after_free_relative(toks, x) and
                               all(toks[t] is not None and (lo[toks[t]] in L.aux or self._adverb(lo[toks[t]]))
                                   for t in range(x.b, kf))), None)
                if rel_np is not None:
                    speaker_np = rel_np  # the free relative's own subject: "rejected what the union called …"
                nxt = next((x for x in cands if x.a >= speaker_np.b), None)
                if L.sp.zero_complementizer and nxt is not None and nxt.name is not None and \
                        nxt.name[1] - nxt.name[0] >= 2 and not nxt.pron and not nxt.org and \
                        speaker_np.name is not None and not speaker_np.pron and \
                        all(toks[t] is not None and d.kind[toks[t]] == W_LOWER and lo[toks[t]] not in L.stop and
                            not d.mask[toks[t]] & (M_CUE | M_PREP | M_DET) for t in range(speaker_np.b, nxt.a)) and \
                        all(toks[t] is not None and (lo[toks[t]] in L.aux or self._adverb(lo[toks[t]]))
                            for t in range(nxt.b, k)) and \
                        (any(toks[t] is not None and d.mask[toks[t]] & (M_ROLE | M_TITLE)
                             for t in range(speaker_np.b - 1, nxt.name[0])) or
                         speaker_np.acronym and nxt.a == speaker_np.b and nxt.name[1] - nxt.name[0] >= 3 and
                         not d.mask[toks[nxt.name[1] - 1]] & M_ORG):
                    # a body, its role word and the person named: "Apple CEO Tim Cook said", "Unity general
                    # secretary Mo Daniels said" (the chunker cut it in two): the person speaks; after an acronym the
                    # role may be one the lexicon does not know ("NATO Secretary-General Lars Hovland said")
                    body_before = speaker_np
                    speaker_np = nxt
                agent = next((x for x in before if x.agent), None)
                if agent is not None and not relay and not lo[i].endswith(L.sp.infinitive_endings or ("\0",)) and \
                        self._passive_between(toks, a, k):
                    # "Von der Verteidigung wurde der Verdacht geäußert, ...": in the passive the agent speaks
                    speaker_np = agent
                last = before[-1]
                if last is not speaker_np and last.pron and not last.after_prep and \
                        lo[toks[last.a]] not in L.sp.object_pronouns and \
                        all(toks[t] is not None and lo[toks[t]] in L.aux for t in range(last.b, k)):
                    # "In an interview with the network he blasted ...": a pronoun right before the cue
                    speaker_np = last
                elif L.sp.zero_complementizer and last is not speaker_np and last.a > 0 and \
                        toks[last.a - 1] is not None and lo[toks[last.a - 1]] in L.sp.frame_subordinators and \
                        all(toks[t] is not None and (lo[toks[t]] in L.aux or lo[toks[t]] in L.stop)
                            for t in range(last.b, k)):
                    # a subordinate clause of its own: "Shares fell after the parent company said …"
                    speaker_np = last
            elif after and after[0].a - k <= 6 and not (L.lower_nouns and
                                                         self._bare_subject(toks, kf, a) is not None) and \
                    not participle and not (L.sp.zero_complementizer and (has_aux or lead)) and \
                    not (toks[after[0].a] is not None and lo[toks[after[0].a]] in L.oblique) and \
                    not (L.sp.zero_complementizer and after[0].pron and after[0].a == k + 1 and
                         not self._closes_clause(toks, after[0].b)):
                # (never an object: "wies den Vorwurf zurück"; nor the subject of the reported clause: "…, said he
                # had noticed …")
                # (a subject after the cue: ", sagte der Minister", "said the mayor"; never after a participle:
                # "adding that she ..." has the sentence's subject)
                speaker_np = after[0]
            elif L.lower_nouns and a > 0 and (bare := self._bare_subject(toks, kf, a)) is not None and \
                    bare.a == a and bare.b - bare.a <= 3 and toks[a] is not None and \
                    (lo[toks[a]] in L.sp.quantity_subjects or self._number(lo[toks[a]]) or
                     lo[toks[a]] in L.sp.other_determiners) and self._postposed(toks, k, a):
                # a postposed frame's own subject of unknown nouns: "…, other studies have shown.", "…, one slide
                # says."
                speaker_np = bare
            elif L.sp.quantity_subjects and a > 0 and toks[a] is not None and \
                    (lo[toks[a]] in L.sp.quantity_subjects or self._number(lo[toks[a]])) and \
                    self._postposed(toks, k, a) and \
                    (qs := self._quantity_subject(toks, a, self._before_auxiliaries(toks, kf, a))) is not None:
                # "…, two people familiar with the matter said.": a subject of quantity with its complement
                speaker_np = qs
            else:
                # the clause has no subject of its own: the sentence's first one ("Le gouvernement, impuissant,
                # a dénoncé")
                first = [np_ for np_ in nps if np_.b <= a and not np_.after_prep and not np_.cuenoun]
                fronted = next((x for x in first if x.a > 1 and toks[x.a - 1] is not None and tx[toks[x.a - 1]] == ","
                                and self._passive_opening(toks) and self._fronted_phrase(toks, x.a)), None)
                if fronted is not None:
                    first = [x for x in first if x.a >= fronted.a]  # (not "auditors" of "Chastised by the auditors, …")
                # (a participle's subject may be before a quotation inside the clause: 'denounced the raid as "an
                # act of intimidation," saying …')
                # (or, for a participle, a short quotation, a few words of the clause's own: 'called the senator a
                # "champion" for its members, citing …'; any quotation before a verb coordinated with the first:
                # 'urged the ministry to act "…" and urged its members …')
                coordinated = any(toks[x] is not None and lo[toks[x]] in L.conj
                                  for x in range(max(first[0].b if first else 0, k - 3), k))
                head = lo[toks[kf - 1]] if kf > 0 and toks[kf - 1] is not None else ""
                own_subject = a > 0 and toks[a - 1] is not None and tx[toks[a - 1]] == "," and \
                    toks[a] is not None and lo[toks[a]] in L.dets and 1 < kf - a <= 4 and \
                    all(toks[t] is not None and d.kind[toks[t]] == W_LOWER and
                        not d.mask[toks[t]] & (M_CUE | M_AUX | M_PREP | M_STOP) for t in range(a + 1, kf))
                # (also a bare plural with its place: "…, traders in Portavel said")
                bare_place = L.sp.zero_complementizer and a > 0 and toks[a - 1] is not None and \
                    tx[toks[a - 1]] == "," and toks[a] is not None and d.kind[toks[a]] == W_LOWER and \
                    not d.mask[toks[a]] & (M_CUE | M_AUX | M_PREP | M_STOP | M_DET | M_PRON) and \
                    lo[toks[a]].endswith(L.sp.plural_noun_endings or ("\0",)) and 2 < kf - a <= 5 and \
                    toks[a + 1] is not None and lo[toks[a + 1]] in L.sp.setting_prepositions | L.of and \
                    all(toks[t] is not None and not d.mask[toks[t]] & (M_CUE | M_AUX) and d.kind[toks[t]] != W_PUNCT
                        for t in range(a + 2, kf))
                # (or a bare plural alone: "…, documents show", "…, court records show")
                bare_place = bare_place or L.sp.zero_complementizer and a > 0 and toks[a - 1] is not None and \
                    tx[toks[a - 1]] == "," and 1 <= kf - a <= 2 and \
                    all(toks[t] is not None and d.kind[toks[t]] == W_LOWER and
                        not d.mask[toks[t]] & (M_CUE | M_AUX | M_PREP | M_STOP | M_DET | M_PRON) for t in range(a, kf)) \
                    and lo[toks[kf - 1]].endswith(L.sp.plural_noun_endings or ("\0",))
                own_subject = own_subject or bare_place
                # (but a business named by what it is is the business the sentence opens with: "Korvex will build
                # a plant, the chipmaker said")
                # (a name: not "The presenter …", nor a plural noun opening the sentence, "Profits will …", nor a
                # word before another name: "Celebrity chef Robin Sayer has quit …")
                company_frame = own_subject and bool(first) and first[0].a == 0 and \
                    toks[0] is not None and d.kind[toks[0]] == W_CAP and not first[0].pron and \
                    lo[toks[0]] not in L.dets and (first[0].b - first[0].a > 1 or not any(
                        lo[toks[0]].endswith(x) for x in L.sp.plural_noun_endings)) and \
                    not self._first_name_gender(tx[toks[0]]) and first[0].b < n and toks[first[0].b] is not None and \
                    d.kind[toks[first[0].b]] == W_LOWER and \
                    not d.mask[toks[first[0].b]] & (M_DET | M_PREP | M_ROLE | M_ORG | M_PRON | M_CONJ | M_CUE) and \
                    first[0].role is None and \
                    not any(x is not None and d.kind[x] == W_CAP and not d.mask[x] & M_TIME for x in toks[first[0].b:a]) and \
                    any(head == c or head.endswith(c) and len(c) >= 4 or head == c + "s" for c in L.sp.company_nouns)
                if first and not any(toks[t] is None and not (participle and self._quote_then_comma(toks, t) or
                                                              participle and t not in self.full_quote_at or
                                                              coordinated and t > first[0].b)
                                     for t in range(first[0].b, k)) and \
                        not (toks[a] is not None and lo[toks[a]] in L.sp.contrast_subordinators) and \
                        (not own_subject or company_frame):
                    if company_frame:
                        company_noun = head
                    # (nor past a subject of the clause's own that speaks for no one: in "The mayor said the
                    # driver was armed, the footage showed." the mayor shows nothing)
                    # (not across a clause of contrast: in "X accused Y, though records show …" X shows nothing)
                    speaker_np = first[0]
                    c_ = k - 1 if toks[k - 1] is not None and tx[toks[k - 1]] == "," else k - 2
                    if participle and c_ > 0 and toks[c_] is not None and tx[toks[c_]] == "," and \
                            (c_ == k - 1 or lo[toks[k - 1]] in L.preps or lo[toks[k - 1]] in L.sp.frame_subordinators):
                        # a participle's aside right after a subject in a clause of its own: "… when Reyes, after
                        # railing against …, produced …" is Reyes's
                        own = next((x for x in first if x.b == c_ and x.a > 0 and toks[x.a - 1] is not None and
                                    lo[toks[x.a - 1]] in L.sp.frame_subordinators and not x.pron), None)
                        if own is not None:
                            speaker_np = own
                elif bare_place:
                    speaker_np = NP(a, kf)
                elif a == 0 and k == 0 and b < n and toks[b] is not None and tx[toks[b]] == "," and participle:
                    # "Citing a new poll, the governor predicted ...": the main clause's subject
                    main = next((np_ for np_ in nps if np_.a == b + 1 and not np_.after_prep and
                                 not np_.cuenoun), None)
                    if main is not None:
                        speaker_np = main
                        lead_participle = True
            if speaker_np is None and L.sp.zero_complementizer:
                # the subject before a restrictive relative clause: "A driver who saw the crash said …"
                r = next((t for t in range(a + 1, k - 1) if toks[t] is not None and lo[toks[t]] in L.rel), None)
                if r is not None and all(toks[t] is not None and tx[toks[t]] not in CLAUSE_PUNCT for t in range(a, k)):
                    speaker_np = next((x for x in nps if x.a == a and x.b == r and not x.after_prep), None)
                    if speaker_np is None and L.lower_nouns and lo[toks[a]] in L.dets and r - a <= 4 and \
                            lo[toks[a]] not in L.pron and all(d.kind[toks[t]] == W_LOWER and
                                                              not d.mask[toks[t]] & (M_CUE | M_AUX | M_PREP | M_STOP)
                                                              for t in range(a + 1, r)):
                        speaker_np = NP(a, r)  # (common nouns: "A driver who …")
            if speaker_np is None and L.lower_nouns:
                speaker_np = self._bare_subject(toks, kf, a)
            if speaker_np is None and L.lower_nouns and inverted and k + 1 < b and toks[k + 1] is not None and \
                    lo[toks[k + 1]] in L.dets and not (L.sp.zero_complementizer and (has_aux or lead)):
                # ", a précisé la direction.", ", said a spokeswoman for the city."
                e = k + 2
                while e < b and e - k < 6 and toks[e] is not None and d.kind[toks[e]] == W_LOWER and \
                        lo[toks[e]] not in L.preps and lo[toks[e]] not in L.comps and lo[toks[e]] not in L.cues:
                    e += 1
                if e > k + 2:
                    speaker_np = NP(k + 1, e)
            if L.sp.quantity_subjects and (speaker_np is None or speaker_np.b <= k and speaker_np.a <= a + 4) and \
                    not relay and toks[a] is not None and (lo[toks[a]] in L.sp.numeral_modifiers or
                                                           lo[toks[a]] in L.sp.quantity_subjects or
                                                           self._number(lo[toks[a]]) or
                                                           lo[toks[a]] in L.sp.singular_articles and a + 1 < k and
                                                           toks[a + 1] is not None and
                                                           lo[toks[a + 1]] in L.sp.quantity_subjects):
                # a subject of quantity the chunker cut short: "About 200 residents", "More than half of voters"
                e_ = self._before_auxiliaries(toks, kf, a)
                qnp = self._quantity_subject(toks, a, e_) if e_ > a else None
                if qnp is not None and (speaker_np is None or qnp.a <= speaker_np.a and speaker_np.b <= qnp.b):
                    speaker_np = qnp
            placeholder = None
            if speaker_np is None and L.sp.zero_complementizer and L.sp.passive_auxiliaries and k + 2 < n and \
                    toks[k + 1] is not None and lo[toks[k + 1]] in L.agent:
                # a passive with its agent whose subject is no one's name: "The plan was criticized by …", "The
                # talks about defence are supported by …": the subject is what the agent spoke of
                e_ = self._before_auxiliaries(toks, k, a)
                s_ = a
                while s_ < e_ and toks[s_] is not None and (lo[toks[s_]] in L.conj or
                                                            lo[toks[s_]] in L.sp.frame_subordinators):
                    s_ += 1
                if s_ < e_ and self._passive_between(toks, e_, k) and all(
                        toks[t] is not None and not d.mask[toks[t]] & (M_AUX | M_COMP) and lo[toks[t]] not in L.rel
                        and d.kind[toks[t]] != W_PUNCT for t in range(s_, e_)):
                    speaker_np = placeholder = NP(s_, e_)
            if speaker_np is not None and speaker_np.b <= k and L.sp.passive_auxiliaries:
                agent_np = next((x for x in after if x.a == k + 2 and toks[k + 1] is not None and
                                 lo[toks[k + 1]] in L.agent), None)
                if agent_np is not None and agent_np.b - agent_np.a <= 2 and toks[agent_np.b - 1] is not None and (
                        d.mask[toks[agent_np.b - 1]] & M_OF or
                        agent_np.b < n and toks[agent_np.b] is not None and d.mask[toks[agent_np.b]] & M_OF and
                        lo[toks[agent_np.b - 1]] in L.sp.quantity_nouns):
                    agent_np = None  # (a quantity cut before its noun: "dozens of", "a number")
                if agent_np is None and L.sp.zero_complementizer and k + 2 < n and toks[k + 1] is not None and \
                        lo[toks[k + 1]] in L.agent and toks[k + 2] is not None and d.kind[toks[k + 2]] != W_PUNCT:
                    # an agent of plain words the chunker left alone: "are opposed by 27 states and …"
                    e_ = k + 2
                    while e_ < n and e_ - k <= 8 and toks[e_] is not None and d.kind[toks[e_]] != W_PUNCT and \
                            (not d.mask[toks[e_]] & (M_CUE | M_AUX | M_PREP) or
                             d.mask[toks[e_]] & M_OF and toks[e_ - 1] is not None and
                             (lo[toks[e_ - 1]] in L.sp.quantity_nouns or lo[toks[e_ - 1]] in L.sp.quantity_subjects)) \
                            and lo[toks[e_]] not in L.comps and lo[toks[e_]] not in L.rel and \
                            lo[toks[e_]] not in L.sp.setting_prepositions and \
                            lo[toks[e_]] not in L.conj and not (len(lo[toks[e_]]) > 4 and
                                                                lo[toks[e_]].endswith(L.sp.participle_suffixes) and
                                                                not d.mask[toks[e_ - 1]] & (M_OF | M_DET)):
                        e_ += 1  # (with a quantity's complement: "by dozens of papers", up to a participle)
                    s_ = k + 2
                    q_ = s_ + 1 if s_ + 1 < e_ and lo[toks[s_]] in L.dets else s_
                    if q_ + 2 < e_ and (lo[toks[q_]] in L.sp.quantity_nouns or lo[toks[q_]] in L.sp.quantity_subjects) \
                            and d.mask[toks[q_ + 1]] & M_OF:
                        s_ = q_ + 2  # (the quantity's noun names them: "by dozens of papers" are papers)
                    if e_ > s_ and not any(lo[toks[t]] in L.timewords or d.mask[toks[t]] & M_TIME
                                           for t in range(k + 2, e_)):
                        agent_np = NP(s_, e_)
                e = self._before_auxiliaries(toks, k, speaker_np.b)
                if agent_np is not None and e == speaker_np.b and \
                        self._passive_between(toks, e, k):
                    # "The plan was criticized by the union": the union said it, about the plan
                    passive_subject = speaker_np
                    speaker_np = agent_np
                    s0 = a
                    while s0 < passive_subject.a and toks[s0] is not None and (
                            lo[toks[s0]] in L.conj or lo[toks[s0]] in L.sp.frame_subordinators):
                        s0 += 1
                    if L.sp.zero_complementizer and s0 < passive_subject.a and all(
                            toks[t] is not None and d.kind[toks[t]] != W_PUNCT and
                            not d.mask[toks[t]] & (M_AUX | M_COMP) and lo[toks[t]] not in L.rel
                            for t in range(s0, passive_subject.a)):
                        passive_subject = NP(s0, passive_subject.b)  # (the whole subject: "The talks about a …")
                    claim = next((t for t in range(a, passive_subject.a) if toks[t] is not None and (
                        d.mask[toks[t]] & M_SAID and self._noun_with_clause(toks, t) or
                        # (any noun with its clause: "The referee's decision that the goal should stand was
                        # criticised by …")
                        t + 1 < n and toks[t + 1] is not None and lo[toks[t + 1]] in L.comps and
                        d.kind[toks[t]] == W_LOWER and not d.mask[toks[t]] & (M_CUE | M_AUX | M_PREP | M_STOP) and
                        self._determiner_before(toks, t) >= a and
                        self._determiner_before(toks, t) < t)), None)
                    if claim is not None:
                        # the subject a noun of saying with its clause: "The claim that the vote was rigged was
                        # rejected by the court" is about the whole claim, not "the vote"
                        s0 = max(a, self._determiner_before(toks, claim))
                        while s0 > a and toks[s0 - 1] is not None and (d.mask[toks[s0 - 1]] & M_DET or
                                                                       d.kind[toks[s0 - 1]] == W_CAP):
                            s0 -= 1  # (the possessor's article: "The referee's decision")
                        passive_subject = NP(s0, e)
            if placeholder is not None and speaker_np is placeholder:
                speaker_np = None  # (no agent found after all: the subject speaks no more than before)
            if speaker_np is not None and speaker_np.pron and speaker_np.b < k and \
                    lo[toks[speaker_np.a]] in L.sp.neuter_pronouns and toks[speaker_np.b] is not None and \
                    lo[toks[speaker_np.b]] in L.sp.descriptive_verbs:
                # "It is striking that the mayor wants openness, yet declines to …": an empty subject; the cue
                # inside its clause is the clause's subject's
                c = next((t for t in range(speaker_np.b, k) if toks[t] is not None and lo[toks[t]] in L.comps), None)
                inner = next((x for x in nps if c is not None and c < x.a and x.b <= k and not x.after_prep), None)
                if inner is not None:
                    speaker_np = inner
            app = self._apposition(toks, nps, speaker_np) if speaker_np is not None else None
            if app is not None and not (rel_at is not None and L.sp.relative_mention):
                who, span_end, other = app
                app_end = span_end
                self._note_apposition(toks, who, other)
                m = self.mention_of(toks, who)
                if m is not None:
                    self._describe(toks, m, other)
                    m.start = min(m.start, d.st[toks[speaker_np.a]])
                    m.end = max(m.end, d.en[toks[span_end - 1]])
                    m.text = self.text[m.start:m.end]
                    at["speaker"] = m
            elif speaker_np is not None:
                m = self.mention_of(toks, speaker_np)
                if m is not None:
                    if rel_at is not None and L.sp.relative_mention:
                        # "the mayor, who said": the speaker is the antecedent, the mention the relative pronoun
                        r = toks[rel_at]
                        m.start, m.end, m.text, m.how = d.st[r], d.en[r], tx[r], "pronoun"
                    elif body_before is not None and m.speaker is not None and speaker_np.name is not None and \
                            body_before.a < speaker_np.name[0]:
                        self._describe_as(m.speaker, self.text[d.st[toks[body_before.a]]:
                                                               d.st[toks[speaker_np.name[0]]]].strip())
                        m.start = d.st[toks[body_before.a]]
                        m.text = self.text[m.start:m.end]
                    if company_noun is not None and m.speaker is not None and m.speaker.named and \
                            m.speaker.gender is None:
                        m.speaker.kind = "organization"  # ("Korvex …, the chipmaker said": a business)
                        if company_noun not in m.speaker.descriptions:
                            m.speaker.descriptions.append(company_noun)
                    at["speaker"] = m
            if via_np is not None:
                m = self.mention_of(toks, via_np)
                if m is not None:
                    at["via"] = m
        impersonal = False
        if L.expletives and pron_tail is None:
            doc_np = self._document_source(toks, nps, k, a, b, passive=at.get("speaker") is None)
            if doc_np is not None:
                m = self.mention_of(toks, doc_np)
                if m is not None:
                    at["speaker"] = m
                    at.pop("via", None)
                    speaker_np = doc_np
            elif self._expletive_cue(toks, k) and (
                    "speaker" not in at or speaker_np is not None and speaker_np.b <= k and (
                        self._fronted_non_subject(toks, a, k, [speaker_np]) or
                        lo[i] in L.sp.impersonal_cues and not any(
                            toks[t] is not None and lo[toks[t]] in L.rel for t in range(a, k)))):
                # (not in a relative clause: "Medien, in denen es heißt, …" are the media's words)
                # "Damals hieß es, dass ...": the cue's subject is "es"; the phrase before it is no speaker, except
                # an agent opening the clause: "Vom Ministerium hieß es, …", "Vum Minister hiess et, datt …"
                agent = next((x for x in nps if x.agent and a <= x.a and x.b <= k and x.a <= a + 1 and (
                    x.org or x.role is not None or x.name is not None and x.name[1] - x.name[0] > 1)), None)
                m = self.mention_of(toks, agent) if agent is not None else None
                at["speaker"] = m
                at.pop("via", None)
                speaker_np = agent if m is not None else None
                impersonal = m is None
        # (where the speaker after the cue has an apposition, the frame runs to its end)
        sp_end = max(speaker_np.b, app_end or 0) if speaker_np is not None and speaker_np.a > k else None
        # the reported content (none for a cue inside a subordinate clause: "..., dass sie schwätzen, déi")
        if a < n and toks[a] is not None and lo[toks[a]] in L.comps and a < k and \
                not (L.sp.zero_complementizer and a + 1 < k and toks[a + 1] is not None and
                     d.kind[toks[a + 1]] == W_LOWER and not d.mask[toks[a + 1]] & (M_PRON | M_DET | M_AUX | M_PREP) and
                     lo[toks[a + 1]] not in L.stop):
            return at  # (not a determiner: "That sort of gap between what X says …")
        last_np_end = max([k + 1] + [np_.b for np_ in after if speaker_np is np_])
        content = None
        if phrase_start is not None and lo[i] in L.comps and k + 1 < n and toks[k + 1] is not None:
            # a stance phrase ending in its complementizer ("afraid that …"): the clause, as after a verb
            content = (d.st[i] if L.sp.complementizer_in_quote else d.en[i], self._content_end(toks, k))
        j = last_np_end
        if content is None and L.sp.free_relatives and "speaker" in at and speaker_np is not None:
            # "what she called a 'meltdown'": the relative's own words (what comes after them is the sentence's)
            content = self._free_relative_content(toks, speaker_np, k, j)
            if content is not None:
                at["object"] = True
        # skip an object or adverbs up to a complementizer ("told reporters that", "sagte am Montag, dass"); a
        # phrase of place or time may run longer ("said at a town hall in Dayton, Ohio, on Monday that")
        if j + 2 < n and toks[j] is not None and tx[toks[j]] == "," and toks[j + 1] is not None and \
                lo[toks[j + 1]] in L.as_words:
            # an aside of comparison between commas: "cautioned, as did the central bank itself, that …"
            close = next((t for t in range(j + 2, min(n - 1, j + 10)) if toks[t] is None or
                          tx[toks[t]] in CLAUSE_PUNCT or tx[toks[t]] in END_PUNCT), None)
            if close is not None and toks[close] is not None and tx[toks[close]] == "," and \
                    toks[close + 1] is not None and lo[toks[close + 1]] in L.comps:
                j = close + 1
        setting = j < n and toks[j] is not None and lo[toks[j]] in L.sp.setting_prepositions
        limit = min(n, j + (COMPLEMENTIZER_REACH_AFTER_SETTING if setting else COMPLEMENTIZER_REACH))
        for t in range(j, limit):
            ti = toks[t]
            if ti is None:
                p = t - 1
                while p > j and toks[p] is not None and tx[toks[p]] in QUOTE_CHARS:
                    p -= 1
                if p >= max(j, 1) and t not in self.full_quote_at and toks[p] is not None and \
                        toks[p - 1] is not None and \
                        lo[toks[p]] in L.oblique and d.kind[toks[p - 1]] == W_CAP and \
                        not d.mask[toks[p - 1]] & M_CUE:
                    continue  # a title in marks after a noun and its article: "die Online-Ausgabe des „Kurier“"
                break
            if t == j and L.sp.zero_complementizer and (lo[ti] in L.subj_pron or lo[ti] in L.pron and t + 1 < n and
                                                          toks[t + 1] is not None and lo[toks[t + 1]] in L.aux):
                break  # a clause opens right after the cue: "said he was at home that night", "said it was clear"
            if t - j >= COMPLEMENTIZER_REACH and (lo[ti] in L.rel or lo[ti] in L.cues and t > j):
                break  # (past a long phrase of place: "... in Akron, where teachers told her that ...")
            if lo[ti] in L.comps and t - j >= COMPLEMENTIZER_REACH and toks[t - 1] is not None and \
                    d.kind[toks[t - 1]] == W_LOWER and lo[toks[t - 1]] not in L.timewords and t + 1 < n and \
                    toks[t + 1] is not None and d.kind[toks[t + 1]] == W_LOWER and \
                    lo[toks[t + 1]] not in L.dets and lo[toks[t + 1]] not in L.pron:
                break  # a relative "that" after a noun: "spoke at a clinic in the neighborhood that had ..."
            if t > j and lo[ti] in L.cues and any(toks[u] is not None and tx[toks[u]] == "," for u in range(j, t)) and \
                    not any(toks[u] is not None and lo[toks[u]] in L.conj for u in range(max(j, t - 3), t)):
                break  # ("Hale, who is critical of the mayor, said that ...", "When he wrote his book, Hale said
                # that ...": the "that" is the next cue's; but "agreed, but contended that" shares a subject)
            if lo[ti] in L.comps and t + 2 < n and toks[t + 1] is not None and \
                    (lo[toks[t + 1]] in L.timewords and not self._number(lo[toks[t + 1]]) or
                     lo[toks[t + 1]] in L.day_parts) and \
                    (toks[t + 2] is None or d.tx[toks[t + 2]] in END_PUNCT or d.tx[toks[t + 2]] in CLAUSE_PUNCT):
                continue  # a demonstrative before a word of time closing the clause: "at its best that afternoon."
            if lo[ti] in L.comps and t - 1 > j and toks[t - 1] is not None and d.mask[toks[t - 1]] & M_SAID and \
                    self._noun_with_clause(toks, t - 1) is not True:
                break  # a noun with a relative clause: "shows the deepest fear that we have ever witnessed"
            if lo[ti] in L.comps:
                if t > 1 and toks[t - 1] is not None and lo[toks[t - 1]] in L.sp.frame_subordinators and \
                        toks[t - 2] is not None and tx[toks[t - 2]] == ",":
                    break  # ", alors que ...", ", tandis que ...": a clause of its own, not the cue's
                if t + 1 >= n or toks[t + 1] is not None and d.tx[toks[t + 1]] in END_PUNCT:
                    break  # "said the test could change that.": a pronoun, not a complementizer
                cs = d.st[ti] if L.sp.complementizer_in_quote else d.en[ti]
                report = self._report_phrase(toks, j, t) if lo[i] not in L.sp.claim_holder_verbs else None
                if report is not None:
                    cs = d.st[toks[report]]  # ("denied reports that he would resign": the reports' clause)
                content = (cs, self._content_end(toks, t))
                break
            if tx[ti] in END_PUNCT or L.sp.zero_complementizer and tx[ti] == "," and self._second_cue(toks, t):
                break  # (", arguing that ...": the complementizer of a cue of its own)
        if content is None and j < b < n and b - j - self._marks_in(toks, j, b) <= 6 and toks[b] is not None and \
                tx[toks[b]] in (",", ":") and \
                (impersonal or speaker_np is not None and (speaker_np.b <= k or tx[toks[b]] == "," and
                                                           self._infinitive_clause(toks, b + 1) or
                                                           L.sp.verb_second and a == 0 and speaker_np.a > k)) and \
                not L.sp.zero_complementizer:
            # "sagte hierzu der Zeitung, sie könne ...": adverbs and an addressee between the cue and the comma
            j = b
        if content is None and j < n:
            tj = toks[j]
            tpe = self._adjunct_end(toks, j) if L.sp.zero_complementizer else j
            if tj is not None and (tx[tj] == ":" or tx[tj] == "," and L.sp.comma_clause) and j + 1 < n and \
                    toks[j + 1] is not None:
                nx = toks[j + 1]
                # (not a source phrase closing the sentence: "…, so der Stadtrat", "…, sou de Schäffen"; nor a
                # relative clause: "schimpfte auf die Jury, die beim Finale …")
                if tx[nx] not in END_PUNCT and tx[nx] not in CLAUSE_PUNCT and \
                        not self._source_phrase_at(toks, j + 1) and \
                        not (tx[tj] == "," and self._object_between(toks, k, j) and
                             self._named_subject_then_cue(toks, j)) and \
                        not (not L.lower_nouns and d.lo[nx] in L.rel and j + 2 < n and toks[j + 2] is not None and
                             (d.lo[toks[j + 2]] in L.preps or d.lo[toks[j + 2]] in L.pron or
                              d.lo[toks[j + 2]] in L.stop) and
                             not self._has_marker(d.st[nx], self.unit_end, L.markers)) and (
                        d.lo[nx] in L.dets or d.lo[nx] in L.pron or d.kind[nx] == W_CAP or
                        (d.lo[nx] not in L.preps and d.lo[nx] not in L.comps and d.kind[nx] == W_LOWER and
                         not d.mask[nx] & M_CUE) or  # (", sagte, dass …" is the next cue's frame)
                        tx[tj] == "," and self._infinitive_clause(toks, j + 1) or
                        tx[tj] == "," and d.lo[nx] in L.preps and L.markers and
                        not self._relative_after(toks, j + 2) and
                        self._has_marker(d.st[nx], self.unit_end, L.markers)):
                    # (a clause opening with a phrase, in the subjunctive: "sagte, mit dem Beschluss werde ...")
                    # "huet gemellt, de Minister wier ...": the clause after the comma, when the cue ends its own
                    # clause and its subject came before it
                    if "speaker" in at and (b == j or tx[tj] == ":") and not self._postposed(toks, k, a, sp_end) \
                            and not (speaker_np is not None and speaker_np.a > k and tx[tj] == "," and a > 0) \
                            and not (tx[tj] == "," and self._subordinate_clause(toks, a) and
                                     not self._has_marker(d.st[nx], self.unit_end, L.markers)):
                        # (not the main clause after a cue closing a subordinate clause, unless it is in the
                        # subjunctive: "Weil der Rat von Kosten sprach, wurde der Bau gestoppt")
                        content = (d.st[nx], self._content_end(toks, j + 1))
            elif L.sp.zero_complementizer and tj is not None and "speaker" in at and speaker_np is not None and \
                    speaker_np.b <= k and j < tpe < n and toks[tpe] is not None and \
                    (d.lo[toks[tpe]] in L.pron or d.lo[toks[tpe]] in L.dets) and \
                    not self._postposed(toks, k, a, sp_end):
                # a time between the cue and its clause: "Police said Tuesday (night) the man was arrested", "said
                # last week the …" (also after a quotation: '"…," the governor said Friday the state would sue')
                content = (d.st[toks[tpe]], self._content_end(toks, tpe))
                timed_clause = True
            elif L.sp.zero_complementizer and tj is not None and "speaker" in at and speaker_np is not None and \
                    speaker_np.b <= k and \
                    d.kind[tj] != W_PUNCT and not self._postposed(toks, k, a, sp_end) and \
                    not self._frames_quotation(toks, a) and \
                    not (j < tpe and (tpe >= n or toks[tpe] is None or d.kind[toks[tpe]] == W_PUNCT)) and \
                    (d.lo[tj] in L.pron or (d.lo[tj] in L.dets or d.kind[tj] == W_CAP or
                                            self._number_phrase(toks, j)) and lo[i] not in L.sp.clause_only_cues) and \
                    (d.lo[tj] not in L.preps or d.lo[tj] in L.sp.numeral_modifiers) and \
                    not self._addressee_then_quotation(
                        toks, j, (":", ",") if None not in toks[:k] and lo[i] in L.sp.addressee_cues else (":",)):
                # zero complementizer: "said he would ...", "sagte er sei ..." (not 'told the BBC: "…"', nor 'told
                # CNN, "…"' unless a quotation before the frame runs on after it)
                c = self._after_addressee(toks, nps, j) if lo[i] in L.sp.addressee_cues else j
                content = (d.st[toks[c]], self._content_end(toks, c))
                content = (content[0], self._object_end(toks, c, content, clause=True))
        if content is None and L.inf_particles and "speaker" in at and speaker_np is not None and \
                speaker_np.b <= k and j < n:
            # "haben dazu aufgerufen, die Kontrollen zu verstärken" with the comma left out
            t = j
            while t < n and t - j < 2 and toks[t] is not None and lo[toks[t]] in L.stop:
                t += 1
            if t < n and toks[t] is not None and d.kind[toks[t]] != W_PUNCT and \
                    self._words(toks, t, n) >= 3 and self._infinitive_clause(toks, t):
                content = (d.st[toks[t]], self._content_end(toks, t))
        if content is None and "speaker" in at and toks[as_at] is not None and lo[toks[as_at]] in L.as_words and \
                b + 1 < n and toks[b] is not None and tx[toks[b]] == "," and toks[b + 1] is not None and \
                self._has_content_after(toks, b + 1):
            # "As the mayor said on Monday, the bridge will close": the clause after the as-clause
            content = (d.st[toks[b + 1]], self._content_end(toks, b + 1))
        after_quote = (any(toks[t] is None for t in range(max(0, a - 2), a)) or
                       (a > 0 and toks[a - 1] is not None and tx[toks[a - 1]] == "," and a > 1 and toks[a - 2] is None)) \
            and not (toks[a] is not None and lo[toks[a]] in L.conj and a < k)  # (not '"…" and urged …')
        # (the quotation after the cue: its opening mark is a token of the frame)
        jq = j + 1 if j + 1 < n and toks[j] is not None and tx[toks[j]] in QUOTE_CHARS and toks[j + 1] is None else j
        if content is None and not L.sp.nested_quotes and "speaker" in at and \
                speaker_np is not None and speaker_np.b <= k and 0 < jq < n - 1 and toks[jq] is None and \
                toks[j - 1] is not None and jq not in self.full_quote_at and self._clause_goes_on(toks, jq + 1) and \
                not after_quote and not self._postposed(toks, k, a, sp_end):
            # a few quoted words open the reported clause: 'said "tax reforms" and tariffs would pay for it':
            # the clause is the content, the quotation part of it (where a partial quote is no quote of its own)
            q = self._quotation_after(d.en[toks[j - 1]])
            if q is not None:
                content = (d.st[toks[j]] if jq > j else q.start, self._content_end(toks, jq + 1))
        if content is None and L.infinitive_complement is not None and "speaker" in at and \
                lo[i].startswith(L.sp.infinitive_cue_stems) and speaker_np is not None and speaker_np.b <= k and \
                not (k > 0 and toks[k - 1] is not None and lo[toks[k - 1]] in L.dets) and \
                not any(toks[t] is not None and lo[toks[t]] in L.comps for t in range(a, k)):
            # an infinitive after a verb of saying is what was said: "affirme avoir été agressée", "a déclaré ne
            # pas vouloir ...", "a nié mercredi avoir ..."; not after an article ("l'estime populaire") or in a
            # clause of its own ("Ce qu'il dit être une erreur a coûté ...")
            t = j
            neg = None
            while t < n and toks[t] is not None and t - j < 4 and (
                    lo[toks[t]] in L.sp.infinitive_negation or lo[toks[t]] in L.timewords or
                    self._adverb(lo[toks[t]])):
                if neg is None and lo[toks[t]] in L.sp.infinitive_negation:
                    neg = t
                t += 1
            if t < n and toks[t] is not None and d.kind[toks[t]] == W_LOWER and lo[toks[t]] not in L.stop and \
                    lo[toks[t]] not in L.preps and lo[toks[t]] not in L.timewords and \
                    L.infinitive_complement.fullmatch(lo[toks[t]]) and self._words(toks, t, n) >= 2:
                start = t if neg is None else neg
                content = (d.st[toks[start]], self._content_end(toks, start))
        if content is None and passive_subject is not None:
            content = (d.st[toks[passive_subject.a]], d.en[toks[passive_subject.b - 1]])
        if content is None and lead_participle and j < b and toks[j] is not None and \
                (lo[toks[j]] in L.dets or d.kind[toks[j]] == W_CAP) and self._has_content_after(toks, j):
            # "Citing a poll released on Monday, the governor ...": the participle's object, up to the comma
            content = (d.st[toks[j]], d.en[toks[b - 1]])
        if content is None and L.sp.object_content and j + 2 < n and toks[j] is not None and \
                toks[j + 1] is not None and toks[j + 2] is not None:
            # a phrase of time between the cue and its object: "unveiled on Monday the new budget ...",
            # "criticised Monday the decision to ..."
            t = j + 1 if lo[toks[j]] in L.timewords else \
                j + 2 if lo[toks[j]] in L.preps and lo[toks[j + 1]] in L.timewords else j
            if t > j and toks[t] is not None and lo[toks[t]] in L.dets and lo[toks[t]] not in L.pron:
                j = t
        if content is None and L.sp.zero_complementizer and lo[i] in L.sp.addressee_cues and "speaker" in at and \
                speaker_np is not None and speaker_np.b <= k and j < n and not after_quote and \
                not self._postposed(toks, k, a, sp_end):
            c = self._after_addressee(toks, nps, j)
            if c > j:
                content = (d.st[toks[c]], self._content_end(toks, c))  # "told reporters on Tuesday the …"
        if content is None and L.sp.object_content and "speaker" in at and speaker_np is not None and \
                lo[i] not in L.sp.clause_only_cues and \
                not any(t is not None and lo[t] in L.sp.free_relatives for t in toks[a:k]) and \
                speaker_np.b <= k and j < n and toks[j] is not None and d.kind[toks[j]] != W_PUNCT and \
                lo[toks[j]] not in L.agent and lo[toks[j]] not in L.sp.setting_prepositions and \
                (lo[toks[j]] == L.sp.infinitive_particle or  # (an infinitive's own number: "wants to give nine months")
                 not any(toks[t] is not None and lo[toks[t]] in L.timewords for t in range(j, min(n, j + 3)))) and \
                not after_quote and not self._postposed(toks, k, a, sp_end) and self._has_content_after(toks, j) and \
                lo[toks[j]] not in L.conj and not (lo[toks[j]] in L.preps and j + 1 < n and toks[j + 1] is not None and
                                                   lo[toks[j + 1]] in L.conj) and \
                not self._addressee_then_quotation(toks, j, (":", ",") if lo[i] in L.sp.addressee_cues else (":",)):
            # the object of the cue: "set out his plans to expand rural broadband" (not after a free relative,
            # whose word is the object: "what it forecast for …"; an addressee with a clause after it was taken
            # just before; nor a conjunction, the cue's own object gone before it: "the loans they never applied
            # for or …")
            content = (d.st[toks[j]], self._content_end(toks, j))
            if self._participle(lo[i]) and (
                    k > 0 and toks[k - 1] is not None and tx[toks[k - 1]] == "," or
                    k > 1 and toks[k - 1] is not None and toks[k - 2] is not None and tx[toks[k - 2]] == "," and
                    (lo[toks[k - 1]] in L.preps or lo[toks[k - 1]] in L.sp.frame_subordinators)):
                # (also after its preposition: "Reyes, after railing against …, produced …")
                # a participle's aside between commas ends there: "An official, speaking on condition of
                # anonymity, told …"
                comma = next((t for t in range(j + 1, n) if toks[t] is not None and tx[toks[t]] == ","), None)
                if comma is not None and d.st[toks[comma]] < content[1] and toks[comma - 1] is not None and \
                        comma + 1 < n and toks[comma + 1] is not None and (
                            d.mask[toks[comma + 1]] & (M_CUE | M_AUX) or d.kind[toks[comma + 1]] == W_LOWER and
                            lo[toks[comma + 1]].endswith(L.sp.adjective_participle_suffixes or ("\0",))):
                    # (the sentence's verb after it, the aside between its subject and verb: "…, produced …")
                    content = (content[0], d.en[toks[comma - 1]])
            content = (content[0], self._object_end(toks, j, content))
            at["object"] = True
        if content is None and self._postposed(toks, k, a, sp_end) and "speaker" in at and \
                not self._passive_target(toks, a, k):
            # "..., sagte er." / "..., a indiqué la police." / "Content, he said."
            start = self._sentence_start_offset(toks, a)
            # (a subject with an apposition before the cue, '"A," Jo Lee, head of the board, said': the content
            # ends before the subject)
            cut = speaker_np.a if speaker_np is not None and 0 < speaker_np.a < a and speaker_np.b <= k and (
                toks[speaker_np.a - 1] is None or tx[toks[speaker_np.a - 1]] == ",") else a
            if start is not None and cut > 0 and toks[cut - 1] is None:
                q = self._quotation_before(d.st[toks[cut]])
                content = (start, q.end) if q is not None and q.end > start else None
            elif start is not None:
                content = (start, d.st[toks[cut - 1]] if cut > 0 else d.st[i])
                if self._phrase_only(*content) or self._person_with_apposition(*content):
                    # "Through her lawyer, she refused to elaborate.", "La ministre de la Santé, Agnès Roux, a
                    # critiqué la direction": no clause before the frame
                    content = None
        if content is None and "speaker" in at and a > 0 and b < n and toks[a - 1] is not None and \
                toks[b] is not None and tx[toks[a - 1]] == tx[toks[b]] and tx[toks[b]] in APPOSITION_ENDS and \
                b - a <= 7 and (tx[toks[b]] == "," or speaker_np is not None and a <= speaker_np.a < k) and \
                not (toks[a] is not None and lo[toks[a]] in L.rel) and not (k == a and self._participle(lo[i])) and \
                not (k == a and L.sp.zero_complementizer and (
                    speaker_np is None or speaker_np.b != b or toks[speaker_np.a] is None or
                    not (lo[toks[speaker_np.a]] in L.sp.articles or d.kind[toks[speaker_np.a]] == W_CAP))) and \
                self._has_content_after(toks, b + 1) and not self._quotation_at(toks, b + 1) and \
                not self._named_subject_then_cue(toks, b) and \
                not (toks[b + 1] is not None and lo[toks[b + 1]] in L.conj and
                     any(toks[t] is not None and lo[toks[t]] in L.cues for t in range(b + 2, min(n, b + 4)))):
            # (not before a cue of its own: "Janet Lyle, agreed, but contended that …"; nor a participle's aside,
            # which has no subject to frame with: "The minister, speaking in Ohio, said …"; a cue opening the frame
            # has its subject, a name or with an article, right after it: ", said Smith," not ", saw their fees
            # rise,")
            # an inserted frame: "This is the reason, she claimed, the council must act now.", "The ruling — the
            # judge wrote — ignores …" (not a frame
            # introducing a quotation after an opening phrase: 'Asked about the fire, she said, "We ..."')
            start = self._sentence_start_offset(toks, a)
            if start is not None and self._frame_after_subordinate(toks, a, b):
                # after a subordinate clause the frame is the main clause's: "Nachdem die Polizei eingetroffen
                # war, sagte ein Sprecher, man habe Waffen gefunden" reports only what follows the frame
                content = (d.st[toks[b + 1]], self._content_end(toks, b + 1))
            elif start is not None:
                content = (start, self._content_end(toks, b + 1))
        if content is not None and phrase_start is not None and b < n and toks[b - 1] is not None and \
                toks[b] is not None and content[0] < d.st[toks[b]] and lo[i] not in L.comps:
            # a stance phrase's content ends with its clause: "Tom Hale, who has been critical of the mayor,
            # said ..." (the sentence's own cue keeps its content)
            content = (content[0], min(content[1], d.en[toks[b - 1]]))
        if content is None and L.sp.anaphoric_objects and a == 0 and toks[0] is not None and \
                lo[toks[0]] in L.sp.anaphoric_objects and lo[i].startswith(L.sp.anaphoric_cue_stems) and \
                speaker_np is not None and \
                (k == 1 and speaker_np.a > k or k > 2 and toks[1] is not None and lo[toks[1]] in L.aux and
                 speaker_np.a >= 2 and speaker_np.b <= k) and \
                not self._oblique(toks, speaker_np) and self._reporting_subject(toks, speaker_np) and \
                not any(t is not None and lo[t] in L.sp.negations for t in toks) and \
                self.prev_unit is not None and self.prev_unit in self.unparsed and \
                "\n" not in self.text[self.prev_unit[1]:self.unit_start] and \
                not self.text[self.prev_unit[0]:self.prev_unit[1]].rstrip().endswith("?"):
            # "Die Fördermenge bleibt unverändert. Dies bestätigte der Minister.", "… Dat huet de Minister
            # confirméiert.": a cue of confirming or announcing, not negated, with a speaker for its subject,
            # reports the sentence before when that one has no cue, source or quotation of its own
            content = self._trim(*self.prev_unit)
        if lo[i] in L.sp.topic_cues and (content is not None and content[0] > d.st[i] or
                                          content is None and at.get("speaker") is not None):
            # the topic after its preposition, past a time or whom it was told to ("spoke on Tuesday about …",
            # "talked with police chiefs about …"), up to its clause's end ("As she talked about …, the mayor …");
            # "spoke to a crowd of …": where or to whom, no topic
            t = self._topic_at(toks, k)
            content = (d.st[toks[t]], self._content_end(toks, t)) if t is not None else None
        trimmed = self._trim(*content) if content is not None else None  # (without a closing full stop)
        if content is not None and (L.anonymity is not None and L.anonymity.match(self.text, *trimmed) or
                                    L.unanswered is not None and L.unanswered.match(self.text, *trimmed)):
            # "who asked not to be named": a condition of the source's, not what was said; "did not respond to
            # requests for comment": nothing said
            content = None
        # (the frame may open with the speaker and an apposition: '"…," Flynn, a top adviser, said Thursday on …')
        frame_at = speaker_np.a if speaker_np is not None and speaker_np.a == 1 and speaker_np.b <= a and \
            all(toks[t] is not None and lo[toks[t]] not in L.cues for t in range(1, k)) else a
        if content is not None and L.sp.zero_complementizer and content[0] > d.st[i] and not timed_clause and \
                self._frames_quotation(toks, frame_at) and not any(toks[t] is not None and lo[toks[t]] in L.cues
                                                                   for t in range(a, k)):
            # '"…," the chancellor told reporters after a meeting that …': the frame of the quotation (not a
            # second cue in it: '"…," the mayor said in a statement announcing that …')
            content = None
        if content is not None and phrase_start is not None and L.comp_phrases and \
                " ".join(lo[toks[t]] for t in range(phrase_start, k + 1) if toks[t] is not None) in L.comp_phrases:
            # "Der Fall wurde bekannt, weil …": only a complementizer's clause is reported, and only with no subject
            # ("Er ist dafür bekannt geworden, dass …" is what he is known for)
            opening = _GAP_WORD.match(self.text, content[0])
            if at.get("speaker") is not None or opening is None or opening.group().lower() not in L.comps:
                content = None
        if content is not None and lo[i] in L.sp.quotation_cues:
            content = None  # "snapped a losing streak", "shouted abuse at …": only a quotation's frame
        if content is not None and L.sp.zero_complementizer and a > 0 and toks[a - 1] is not None and \
                tx[toks[a - 1]] == "," and any(toks[t] is not None and lo[toks[t]] in L.rel for t in range(a, k)):
            content = self._relative_clause_content(toks, k, content)
        rel_before = k - 1
        while rel_before > 1 and toks[rel_before] is not None and rel_before >= k - 3 and \
                d.kind[toks[rel_before]] == W_LOWER and lo[toks[rel_before]] not in L.rel and \
                not d.mask[toks[rel_before]] & (M_CUE | M_DET | M_PREP):
            rel_before -= 1  # ("who first reported", "who had seen")
        if content is not None and L.sp.zero_complementizer and 1 < rel_before and toks[rel_before] is not None and \
                lo[toks[rel_before]] in L.rel and toks[rel_before - 1] is not None and \
                d.kind[toks[rel_before - 1]] != W_PUNCT and \
                all(toks[t] is not None and tx[toks[t]] not in CLAUSE_PUNCT for t in range(0, rel_before)):
            # a restrictive relative clause in the sentence's subject ends before the sentence's own verb: "A
            # driver who saw the crash said he …" ("the crash"), "A driver who saw the crash, Wayne Fisher, said …"
            main = next((t for t in range(k + 1, n) if toks[t] is not None and d.st[toks[t]] < content[1] and
                         d.kind[toks[t]] == W_LOWER and d.mask[toks[t]] & M_CUE and
                         toks[t - 1] is not None and d.mask[toks[t - 1]] & (M_DET | M_PREP) == 0 and
                         lo[toks[t - 1]] not in L.pron), None)
            if main is not None:
                stop = next((t for t in range(k + 1, main) if toks[t] is not None and tx[toks[t]] == ","), main)
                content = self._trim(content[0], d.st[toks[stop]])
        if content is not None and L.sp.infinitive_particle and k + 1 < n and toks[k + 1] is not None and \
                lo[toks[k + 1]] == L.sp.infinitive_particle and content[0] >= d.st[toks[k + 1]] and \
                k > a and toks[k - 1] is not None and (lo[toks[k - 1]] in L.sp.passive_auxiliaries or
                                                      lo[toks[k - 1]][:1] in "'’" and lo[toks[k - 1]] in L.aux and
                                                      lo[i] not in L.sp.infinitive_cues or  # ("he's promised to")
                                                      self._adverb(lo[toks[k - 1]]) and k - 1 > a and
                                                      toks[k - 2] is not None and
                                                      lo[toks[k - 2]] in L.sp.passive_auxiliaries):
            content = None  # "He is expected to make a statement", "were told to leave": no words of theirs
        if content is not None and content[0] > d.st[i] and \
                _COLON_LINE_END.match(self.text, content[1] - (self.text[content[1] - 1:content[1]] == ":")) and \
                self.text[content[0]:content[0] + 12].split(" ")[0].lower() not in L.comps:
            # "told the party conference on Wednesday:" and the speech in the paragraphs after it (a clause is
            # content: "suggested that she has three tasks:")
            content = None
        if content is not None and at.get("speaker") is not None and toks[as_at] is not None and \
                lo[toks[as_at]] in L.as_words and at["speaker"].speaker is None and \
                at["speaker"].text.lower() in L.sp.writer_pronouns:
            content = None  # "As we reported last week, he has promised …": the writer's aside, the sentence's own
            # frame reports
        if content is not None and content[1] <= d.st[i] and k > a and toks[k - 1] is not None and \
                lo[toks[k - 1]] in L.dets and lo[toks[k - 1]] not in L.sp.quantity_subjects and k + 1 < n and \
                toks[k + 1] is not None and (tx[toks[k + 1]] in END_PUNCT or tx[toks[k + 1]] == ","):
            # "Chastened by the analyses, Trump revised his plan, promising …": a noun after its determiner
            # closing its clause frames nothing before it ("…, some said." does)
            content = None
        if content is not None and content[1] > content[0]:
            at["content"] = content
        return at

    def _after_free_relative(self, toks, np_):
        """Does a free relative (``Speech.free_relatives``) open right before the noun phrase: "engaging in what
        the pundits called …" (its subject, though a preposition comes before)?"""
        return np_.a > 0 and toks[np_.a - 1] is not None and self.doc.lo[toks[np_.a - 1]] in self.L.sp.free_relatives

    def _bare_passive(self, toks, a, k):
        """Is the cue at ``k`` (in a clause from ``a``) a passive right after its auxiliary (an adverb may stand
        between), with no agent and no frame or source after it that says whose it is
        (``Speech.bare_passive_reports_nothing``)? None where not; else
        the span of its whole clause where that is an allegation or expectation of no one named
        (``Speech.bare_passive_clause_cues``: "Two officers were accused of taking bribes", "The terminal is
        expected to open in May"), or False (it reports nothing: "The minister was asked about …"). Not a
        participle in "-ing" ("is demanding"), a passive of stance ("we are convinced …"), an impersonal one
        ("It was announced that …"), a reflexive ("s'est réjouie")."""
        d, L = self.doc, self.L
        lo, n, i = d.lo, len(toks), toks[k]
        x = k - 1
        if L.sp.zero_complementizer and x > a and toks[x] is not None and self._adverb(lo[toks[x]]):
            x -= 1  # ("was widely criticized")
        if not (L.sp.bare_passive_reports_nothing and x >= a and toks[x] is not None and
                lo[toks[x]] in L.sp.passive_auxiliaries) or \
                L.sp.neuter_pronouns and not self._passive_target(toks, a, k) and \
                not (x == a and a > 0 and toks[a - 1] is not None and d.tx[toks[a - 1]] == ",") or \
                L.sp.participle_suffixes and lo[i].endswith(L.sp.participle_suffixes) or \
                lo[i] in L.sp.passive_stance_cues or \
                k > 1 and toks[k - 2] is not None and lo[toks[k - 2]] in L.sp.reflexive_pronouns or \
                any(toks[t] is not None and lo[toks[t]] in L.agent for t in range(k + 1, min(n, k + 4))):
            return None
        if L.sp.bare_passive_clause_cues and any(
                toks[t] is not None and d.tx[toks[t]] == "," and any(
                    toks[u] is not None and d.kind[toks[u]] == W_LOWER and (
                        d.mask[toks[u]] & M_CUE and not d.mask[toks[u]] & M_SAID and
                        (u == t + 1 or self._postposed(toks, u, t + 1)) and
                        not (toks[t + 1] is not None and lo[toks[t + 1]] in L.conj) or
                        lo[toks[u]] in L.triggers and lo[toks[u]] not in L.cues and u == t + 1)
                    for u in range(t + 1, min(n, t + 8)))
                for t in range(k + 1, n)):
            return None  # (a frame or a source after it tells whose it is: "…, the weather service said", "…,
            # according to …")
        rest = next((t for t in range(k + 1, n) if toks[t] is not None and (d.tx[toks[t]] in CLAUSE_PUNCT or
                                                                          d.tx[toks[t]] in END_PUNCT)), n)
        if not (lo[i] in L.sp.bare_passive_clause_cues and self._words(toks, k + 1, rest) >= 2 and
                toks[k + 1] is not None and toks[rest - 1] is not None and
                not self._only_time(d.st[toks[k + 1]], d.en[toks[rest - 1]])):
            return False  # (nor a time alone after it: "The report is expected on Friday", "… expected overnight")
        aside = x == a
        if aside:
            # its subject before an aside between commas: "Officer Ann Hale, who …, was charged with …", "The chief,
            # Ann Hale, is expected to …": the clause runs from the subject
            open_ = next((t for t in range(a - 2, max(-1, a - 40), -1) if toks[t] is None or
                          d.tx[toks[t]] in CLAUSE_PUNCT or d.tx[toks[t]] in END_PUNCT), None)
            if open_ is None or toks[open_] is None or d.tx[toks[open_]] != "," or not (
                    toks[open_ + 1] is not None and lo[toks[open_ + 1]] in L.rel or
                    a - 1 - open_ <= 6 and all(toks[t] is not None and not d.mask[toks[t]] & (M_CUE | M_AUX) and
                                               lo[toks[t]] not in L.sp.predicate_openers
                                               for t in range(open_ + 1, a - 1))):
                return False  # (an aside is a relative clause or a short apposition)
            a = next((t + 1 for t in range(open_ - 1, -1, -1) if toks[t] is None or
                      d.tx[toks[t]] in CLAUSE_PUNCT or d.tx[toks[t]] in END_PUNCT), 0)
            if a >= open_ or any(toks[t] is None or d.mask[toks[t]] & (M_CUE | M_AUX | M_COMP) or
                                 lo[toks[t]] in L.sp.predicate_openers or
                                 d.kind[toks[t]] == W_LOWER and
                                 lo[toks[t]].endswith(L.sp.adjective_participle_suffixes or ("\0",))
                                 for t in range(a, open_)):
                return False  # (the words before the aside a subject alone, no clause of their own)
        s0 = a
        while s0 < k and toks[s0] is not None and (lo[toks[s0]] in L.conj or
                                                   lo[toks[s0]] in L.sp.frame_subordinators) and \
                lo[toks[s0]] not in L.as_words:
            s0 += 1
        # (the passive's own clause: not one reported by a cue before it, "He said he had been asked to …", nor a
        # comparison, "as might be expected"; an aside's words are its subject's)
        if s0 >= k or not aside and not all(
                toks[t] is not None and (d.kind[toks[t]] != W_PUNCT or d.mask[toks[t]] & M_DOT) and
                not d.mask[toks[t]] & M_CUE and lo[toks[t]] not in L.comps and
                lo[toks[t]] not in L.rel and lo[toks[t]] not in L.as_words for t in range(s0, k)):
            return False
        e = self._content_end(toks, k)
        if s0 > a:
            # a subordinate clause ends at its comma: "Although a curfew was announced, …"
            comma = next((t for t in range(k + 1, n) if toks[t] is not None and d.tx[toks[t]] == ","), None)
            if comma is not None and toks[comma - 1] is not None:
                e = min(e, d.en[toks[comma - 1]])
        return d.st[toks[s0]], self._object_end(toks, k + 1, (d.st[toks[s0]], e))

    def _stance_object(self, at, cs, ce):
        """Is the short content an object a speaker took a stance on ("The union endorsed Clinton", "Rivals
        mocked the complaint"; ``Speech.stance_object_cues``): a noun phrase, not a pronoun or a time?"""
        L = self.L
        if at.get("cue", "").lower() not in L.sp.stance_object_cues or cs < at.get("cue_end", cs + 1) or \
                at.get("speaker") is None:
            return False
        words = self.text[cs:ce].split()
        return bool(words) and len(self.text[cs:ce].strip()) >= 4 and words[-1].lower() not in L.pron and \
            not self._only_time(cs, ce)

    def _free_relative_content(self, toks, np_, k, j):
        """What a free relative reports its subject ``np_`` said, from ``j`` after the cue at ``k``: "what she
        called a 'meltdown'", "what pundits described as old tricks", "what the auditors said was a land grab",
        "what Reyes says his budget would do"; up to the relative's first comma or conjunction. None where no
        free relative (``Speech.free_relatives``) stands right before the subject, or where the cue's object is
        the relative itself: "what the mayor proposed would cost millions", "what she said was wrong"."""
        d, L = self.doc, self.L
        lo, n = d.lo, len(toks)
        if not self._after_free_relative(toks, np_) or np_.b > k or j >= n or toks[j] is None or d.kind[toks[j]] == W_PUNCT or \
                any(toks[t] is None or not (lo[toks[t]] in L.aux or self._adverb(lo[toks[t]]))
                    for t in range(np_.b, k)):
            return None
        w = lo[toks[j]]
        start = j
        if w in L.as_words:
            start = j + 1  # "described as …"
        elif w in L.sp.passive_auxiliaries:
            # "said was a land grab" (not "said was wrong": a word of the writer's on what was said)
            if j + 2 >= n or toks[j + 1] is None or toks[j + 2] is None or self._adverb(lo[toks[j + 1]]) or \
                    d.tx[toks[j + 2]] in END_PUNCT or d.tx[toks[j + 2]] in CLAUSE_PUNCT or \
                    lo[toks[j + 1]].endswith(L.sp.adjective_participle_suffixes or ("\0",)) or \
                    lo[toks[j + 1]] in L.sp.irregular_participles:
                return None  # (nor a passive of the writer's: "What the governor said was ignored by …")
        elif not (lo[toks[k]] in L.sp.naming_cues or w in L.dets or w in L.subj_pron or
                  w in L.sp.possessive_genders or d.kind[toks[j]] == W_CAP):
            return None  # (a clause or a name after the cue: "what Reyes says his budget would do")
        if start >= n or toks[start] is None and start not in self.full_quote_at and start not in self.comma_quote_at \
                and start + 1 >= n:
            return None
        end = None
        for t in range(start, n):
            x = toks[t]
            if x is None:
                if t in self.comma_quote_at:
                    prev = d.en[toks[t - 1]] if t > 0 and toks[t - 1] is not None else d.st[toks[start]] \
                        if toks[start] is not None else 0
                    q = next((q for q in self.outer if q.start >= prev), None)
                    if q is not None:
                        end = q.end
                        break
                continue
            if t > start and (d.tx[x] in CLAUSE_PUNCT or d.tx[x] in END_PUNCT or lo[x] in L.conj):
                break
            end = d.en[x]
        if end is None:
            return None
        first = toks[start]
        cs = d.st[first] if first is not None else next((q.start for q in self.outer
                                                         if q.start >= d.en[toks[start - 1]]), None)
        if cs is None or cs >= end:
            return None
        return self._trim(cs, end)

    def _writer_after_object(self, toks, j, t, end, verb_before, infinitive_before):
        """Do the writer's own words begin at ``t`` inside a cue's object from ``j`` (ending at offset ``end``)? A
        dash that opens no aside closed before ``end`` ("called for a fee -- far less than …"), a conjunction of the
        writer's after a noun phrase or an infinitive ("promised to reopen it because …";
        ``Speech.object_closers``), and after a comma a word of comment (``Speech.object_closers_after_comma``: "…,
        not that …"), a participle that is no preposition, an adverb before one ("…, angering the fishermen", "…,
        further raising …"), a participle of saying after a word or two ("…, aside from saying …"), or a relative
        clause with a cue and a subject of its own ("the test, which state media claimed …"). ``verb_before``,
        ``infinitive_before``: whether a verb (an auxiliary, a cue, a past form) or an infinitive's particle or a
        participle stands in the object before ``t``."""
        d, L = self.doc, self.L
        lo, n = d.lo, len(toks)
        x = toks[t]
        v = toks[t + 1] if t + 1 < n else None
        if d.tx[x] in "—–―" or d.tx[x] == "-" and v is not None and d.tx[v] == "-":
            return not any(toks[u] is not None and d.tx[toks[u]] == d.tx[x] and d.st[toks[u]] < end
                           for u in range(t + 2, n)) and \
                sum(1 for u in range(j, t) if toks[u] is not None and d.tx[toks[u]] == d.tx[x]) % 2 == 0
        past = L.sp.adjective_participle_suffixes or ("\0",)
        if lo[x] in L.sp.object_closers:
            # (not in a clause with a verb of its own: "said officers stopped the van because …")
            return (v is None or lo[v] not in L.of) and not verb_before
        if lo[x] in L.sp.object_closing_subordinators and v is not None and lo[v] in L.subj_pron and \
                not verb_before and not infinitive_before:
            # (not the condition of a promise or a warning: "vowed to stay on when they need him", "accused him of
            # lying when he testified")
            return True  # a clause of the writer's with its own subject: "called her a liability after she …"
        if d.tx[x] != "," or v is None:
            return False
        if lo[v] in L.subj_pron and t + 2 < n and toks[t + 2] is not None and \
                (d.mask[toks[t + 2]] & M_AUX or lo[toks[t + 2]] in L.sp.predicate_openers or
                 d.kind[toks[t + 2]] == W_LOWER and lo[toks[t + 2]].endswith(past)) and not verb_before:
            return True  # the sentence's own clause after a fronted one: "Now that she has voiced her complaint, she is …"
        if d.kind[v] == W_CAP and not verb_before:
            # or a name for its subject: "As she welcomed the pilots, Reyes (Lab.) was already planning …"
            for u in range(t + 2, min(n, t + 9)):
                y = toks[u]
                if y is None or d.tx[y] == ",":
                    break
                if d.kind[y] == W_LOWER and (d.mask[y] & M_AUX or lo[y] in L.sp.predicate_openers or
                                             lo[y].endswith(past) or d.mask[y] & M_CUE):
                    return all(toks[w] is not None and (d.kind[toks[w]] == W_CAP or d.tx[toks[w]] in "().-" or
                                                        d.mask[toks[w]] & M_DOT) for w in range(t + 1, u))
                if d.kind[y] == W_LOWER:
                    break
        if lo[v] in L.sp.object_closers_after_comma or self._participle_phrase(toks, t + 1):
            return True
        u = t + 1
        while u < min(n, t + 3) and toks[u] is not None and d.kind[toks[u]] == W_LOWER and \
                not d.mask[toks[u]] & (M_CUE | M_AUX):
            u += 1
        if u > t + 1 and u < n and toks[u] is not None and (
                self._participle(lo[toks[u]]) or
                self._participle_phrase(toks, u) and toks[t + 1] is not None and
                (lo[toks[t + 1]] in L.preps or self._adverb(lo[toks[t + 1]])) and all(
                    toks[w] is not None and lo[toks[w]] not in L.sp.participle_prepositions and
                    not d.mask[toks[w]] & (M_PRON | M_DET) for w in range(t + 1, u))):
            # a participle of saying after a word or two, or any participle after words that are no noun phrase:
            # "…, aside from saying …", "…, before adding …", "…, in effect inviting him …" (not "…, aside from those
            # living near …")
            return True
        # (a relative clause whose cue has a subject of its own: not "cited a study, which found that …", where
        # what the study found is part of what was cited)
        return lo[v] in L.rel and lo[v] not in L.dets and t + 3 < n and toks[t + 2] is not None and \
            not d.mask[toks[t + 2]] & M_AUX and (not d.mask[toks[t + 2]] & M_CUE or toks[t + 3] is not None and
                                                 d.mask[toks[t + 3]] & M_CUE) and any(
                toks[u] is not None and d.mask[toks[u]] & M_CUE and d.kind[toks[u]] == W_LOWER and
                not self._participle(lo[toks[u]]) for u in range(t + 3, min(n, t + 6)))

    def _participle_phrase(self, toks, t):
        """Does a participle that is no preposition (``Speech.participle_prepositions``: "including") open a phrase
        at ``t``, maybe after an adverb ("angering …", "further raising …")?"""
        d, L = self.doc, self.L
        if t < len(toks) - 1 and toks[t] is not None and (self._adverb(d.lo[toks[t]]) or
                                                          d.lo[toks[t]] in L.sp.auxiliary_adverbs):
            t += 1
        x = toks[t] if t < len(toks) else None
        return x is not None and d.kind[x] == W_LOWER and len(d.lo[x]) > 4 and \
            d.lo[x].endswith(L.sp.participle_suffixes or ("\0",)) and d.lo[x] not in L.sp.participle_prepositions

    def _object_end(self, toks, j, content, clause=False):
        """Where a cue's object ``content`` from token ``j`` ends, before a second verb of its subject after a
        conjunction ("described the fire as a tragedy, but stopped short of …", "promised a veto and tried to …",
        "… and said …", "… and saying …", "… — lambasting …"): a cue or an auxiliary, or a past form after a comma or
        with "to", a determiner, a preposition or an adverb after it (not "higher wages and improved conditions"); or
        before the writer's own words (`_writer_after_object`). With ``clause``, the words were read as a clause with
        no complementizer: only where no verb of theirs comes before the conjunction ("said the plan failed and cost
        jobs" is one clause)."""
        d, L = self.doc, self.L
        cs, end = content
        if not L.sp.zero_complementizer:
            return end
        n = len(toks)
        lo = d.lo
        past = L.sp.adjective_participle_suffixes or ("\0",)
        ing = L.sp.participle_suffixes or ("\0",)  # (no finite verb: "as being …")
        y = toks[j] if j < n else None
        # (read as a clause, a verb of its own anywhere after ``j`` ends the loop below: only the first word is left
        # to be one before a later word)
        clause_verb = clause and y is not None and (d.mask[y] & (M_AUX | M_CUE) or d.kind[y] == W_LOWER and
                                                    lo[y].endswith(past)) and not lo[y].endswith(ing)
        verb_before = infinitive_before = False  # (over the object's words before ``t``)
        for t in range(j + 1, n - 2):
            y = toks[t - 1]
            if y is not None:
                verb_before = verb_before or bool(d.mask[y] & (M_AUX | M_CUE)) or lo[y] in L.sp.predicate_openers or \
                    d.kind[y] == W_LOWER and lo[y].endswith(past)
                infinitive_before = infinitive_before or lo[y] == L.sp.infinitive_particle or lo[y].endswith(ing)
            x = toks[t]
            if x is None:
                continue
            if d.st[x] >= end:
                break
            v, nx = toks[t + 1], toks[t + 2]
            if not clause_verb and \
                    self._writer_after_object(toks, j, t, end, verb_before, infinitive_before):
                # (a clause read without its complementizer that has no verb yet is an object too: "to discuss the
                # challenges facing the bloc, offering …", "pledged more money because …"; a conjunction's adverb
                # goes with it: "share her doubts, mostly because …")
                comma = next((u for u in range(t - 1, max(j, t - 5), -1) if toks[u] is not None and
                              d.tx[toks[u]] == ","), None) if d.lo[x] in L.sp.object_closers else None
                return self._trim(cs, d.st[toks[comma]] if comma is not None else d.st[x])[1]
            if clause and (d.mask[x] & (M_AUX | M_CUE) or d.kind[x] == W_LOWER and d.lo[x].endswith(past)) and \
                    not d.lo[x].endswith(ing):
                return end  # (a verb of the clause's own: no short object)
            if clause and d.tx[x] in CLAUSE_PUNCT and not (d.tx[x] == "," and any(
                    toks[u] is not None and d.lo[toks[u]] in L.sp.object_closers and
                    not any(toks[w] is not None and d.tx[toks[w]] == "," for w in range(u + 1, min(n, u + 4)))
                    for u in range(t + 1, min(n, t + 5)))):
                return end  # (a comma, unless a conjunction of the writer's follows it: "share her doubts, mostly
                # because …"; not an aside: "said the company, though small, had grown")
            if d.lo[x] in L.rel:
                return end  # (a relative clause's own verbs: "the law, which put more officers on patrol, but also
                # raised …")
            if (d.lo[x] in L.conj or d.tx[x] in "—–") and v is not None and self._participle(d.lo[v]) and \
                    nx is not None and d.kind[nx] != W_PUNCT:
                return self._trim(cs, d.st[x])[1]  # a participle of saying: "touting X and saying …", "— lambasting …"
            if d.lo[x] in L.conj and v is not None and (d.lo[v] in L.sp.coordination_adverbs or
                                                        d.kind[v] == W_LOWER and self._adverb(d.lo[v])):
                # an adverb after the conjunction, then a verb: "…, but also drew …", "and repeatedly says …"
                w_ = t + 1
                while w_ < n and w_ - t <= 3 and toks[w_] is not None and (
                        d.lo[toks[w_]] in L.sp.coordination_adverbs or self._adverb(d.lo[toks[w_]])):
                    w_ += 1
                y = toks[w_] if w_ < n else None
                plain = any(d.lo[toks[u]] in L.sp.coordination_adverbs for u in range(t + 1, w_))
                if y is not None and d.kind[y] == W_LOWER and not d.mask[y] & (M_DET | M_PREP | M_PRON | M_CONJ) and \
                        d.lo[y] not in L.stop and (d.mask[y] & M_CUE and not self._participle(d.lo[y]) or
                                                   plain and not d.lo[y].endswith(ing) and
                                                   not (toks[j] is not None and
                                                        d.lo[toks[j]] == L.sp.infinitive_particle)):
                    # (not a second verb of the same infinitive or gerund: "to cap and then reduce …", "warning
                    # … and essentially ceding …")
                    return self._trim(cs, d.st[x])[1]
            if d.lo[x] not in L.conj or v is None or d.kind[v] != W_LOWER or self._participle(d.lo[v]):
                continue
            comma = toks[t - 1] is None or d.tx[toks[t - 1]] == ","
            if d.mask[v] & M_CUE or d.lo[v] in L.sp.predicate_openers and comma or d.lo[v].endswith(past) and (
                    comma or nx is not None and (d.lo[nx] == L.sp.infinitive_particle or
                                                 d.mask[nx] & (M_DET | M_PREP) or self._adverb(d.lo[nx]))):
                return self._trim(cs, d.st[x])[1]
        return end

    def _quote_then_comma(self, toks, t):
        """Does the quotation at frame position ``t`` close on its clause's comma, inside its marks
        ('"… dead," said Burke') or right after them ('“dead on arrival”, adding …')?"""
        if t in self.comma_quote_at:
            return True
        tx = self.doc.tx
        for x in range(t + 1, min(len(toks), t + 3)):
            if toks[x] is None or tx[toks[x]] not in QUOTE_CHARS:
                return toks[x] is not None and tx[toks[x]] == ","
        return False

    def _coordinated_subject(self, toks, c, k):
        """The plain words between a conjunction at ``c`` and its cue at ``k`` as a subject of their own
        ("…, and passengers said …", "and both sides blamed …"): a role, a body or a plural noun last, no
        function word, adverb or contraction among them ("and afterwards said", "too many", "borrowing"); None
        where the cue shares the sentence's subject."""
        d, L = self.doc, self.L
        lo = d.lo
        own = [t for t in range(c + 1, k) if toks[t] is not None and lo[toks[t]] not in L.aux and
               not self._adverb(lo[toks[t]])]
        if not own or own != list(range(own[0], own[-1] + 1)) or len(own) > 4 or not all(
                d.kind[toks[t]] == W_LOWER and lo[toks[t]] not in L.stop and lo[toks[t]] not in L.preps and
                lo[toks[t]] not in L.conj and "'" not in lo[toks[t]] and "’" not in lo[toks[t]] for t in own):
            return None
        last = lo[toks[own[-1]]]
        if d.mask[toks[own[-1]]] & (M_ROLE | M_ORG) or \
                L.sp.plural_possessive and last.endswith("s") and not self._participle(last):
            return NP(own[0], own[-1] + 1)
        return None

    def _relative_clause_content(self, toks, k, content):
        """The content of a cue at ``k`` inside a relative clause set off by commas ends with the clause: "The
        fares, which she said were too high, rose again" reports "were too high" (an aside between commas is no
        end: "which she said would, in her view, protect renters")."""
        d, L = self.doc, self.L
        lo, tx, n = d.lo, d.tx, len(toks)
        t = k + 1
        while t < n:
            if toks[t] is not None and tx[toks[t]] == "," and content[0] < d.st[toks[t]] < content[1]:
                close = next((x for x in range(t + 1, min(n, t + 6)) if toks[x] is not None and tx[toks[x]] == ","),
                             None)
                if close is not None and toks[t + 1] is not None and (
                        lo[toks[t + 1]] in L.preps or lo[toks[t + 1]] in L.stop or self._adverb(lo[toks[t + 1]])):
                    t = close + 1
                    continue
                return (content[0], d.en[toks[t - 1]]) if toks[t - 1] is not None else content
            t += 1
        return content

    def _source_phrase_at(self, toks, j):
        """Does a postposed source phrase close the sentence from ``j`` ("…, so der Stadtrat.", "…, sou hire
        President Marc Wagner."; ``Speech.source_before_postposed``)? Not the adverb of "so könne es nicht
        weitergehen", nor a phrase opening a clause that goes on ("wéi d'Gemeng dat bezuele soll, wier …")."""
        d, L = self.doc, self.L
        w = toks[j]
        if w is None or (d.lo[w],) not in L.src_post:
            return False
        e = j + 1
        if e >= len(toks) or toks[e] is None or not (d.lo[toks[e]] in L.dets or d.kind[toks[e]] == W_CAP or
                                                    d.lo[toks[e]] in L.sp.possessive_determiners):
            return False
        for t in range(e, min(len(toks), e + 9)):
            x = toks[t]
            if x is None or d.tx[x] in END_PUNCT:
                return True
            if d.tx[x] == "," or d.mask[x] & (M_CUE | M_AUX):
                return False
        return t == len(toks) - 1

    def _indefinite_after(self, toks, k):
        """Is the cue at ``k`` inverted with a pronoun that names no one ("pensait-on", "a-t-on dit";
        ``Speech.indefinite_pronouns``)?"""
        lo, words = self.doc.lo, []
        for t in range(k + 1, min(len(toks), k + 5)):
            if toks[t] is None:
                break
            words.append(lo[toks[t]])
        if words[:1] != ["-"]:
            return False
        rest = words[3:] if words[1:3] == ["t", "-"] else words[1:]
        return bool(rest) and rest[0] in self.L.sp.indefinite_pronouns

    def _after_article(self, toks, k):
        """Does an article opening a phrase come right before ``k`` ("Le juge a répondu", "selon la critique"), not
        an object pronoun after its subject ("il le juge", "qui la critique")?"""
        d, L, lo = self.doc, self.L, self.doc.lo
        if k == 0 or toks[k - 1] is None or lo[toks[k - 1]] not in L.dets:
            return False
        p = toks[k - 2] if k > 1 else None
        return p is None or d.kind[p] == W_PUNCT or lo[p] in L.preps or lo[p] in L.conj or lo[p] in L.of

    def _base_noun_after_article(self, toks, k, word):
        """Is the cue word at ``k`` a noun, in its bare form after an article and a few words that are no subject of
        it ("a rather timid budget plan", "a government plan")? A bare form there can be no verb: a singular
        subject would want its "-s" ("the council plans"); a plural one is excluded after "the" (the words before
        end like plurals or people, or are roles or bodies: "the officials plan", "the police plan"), never after
        a singular article (``Speech.singular_articles``: "a", "an")."""
        d, L = self.doc, self.L
        sp = L.sp
        if word in sp.measure_cues and any(
                t >= 0 and toks[t] is not None and (d.mask[toks[t]] & M_DIGIT or L.number_word(d.lo[toks[t]])) and
                all(toks[u] is not None and d.kind[toks[u]] == W_LOWER for u in range(t + 1, k))
                for t in (k - 1, k - 2)):
            return True  # a measure after its number: "by 5 percentage points"
        p_ = toks[k - 1] if k > 0 else None
        if sp.articles and p_ is not None and (
                d.lo[p_] in sp.negative_determiners or
                d.lo[p_] in sp.other_determiners and word not in sp.irregular_participles and
                not word.endswith(tuple(sp.plural_noun_endings) + (sp.adjective_participle_suffixes or ("\0",)) +
                                  (sp.participle_suffixes or ("\0",)))):
            # a determiner that is no subject: "there's no question …", "another claim" (not "Another said …",
            # where it stands for a person)
            return True
        if sp.articles and p_ is not None and d.kind[p_] == W_LOWER and "-" in d.tx[p_].strip("-") and \
                not word.endswith(sp.adjective_participle_suffixes or ("\0",)) and word not in sp.irregular_participles:
            return True  # after an adjective of two words joined: "post-traumatic stress disorder"
        if not sp.articles or not any(word + e in L.cues for e in sp.plural_noun_endings):
            return False  # (a bare form is one whose "-s" form is a cue too: "plan", not "spoke" or "plans")
        nx = toks[k + 1] if k + 1 < len(toks) else None
        if nx is not None and (d.kind[nx] == W_CAP or d.lo[nx] in L.subj_pron or d.lo[nx] in L.dets):
            return False  # (a clause after it is a verb's: "fishermen along the coast say Reyes …")
        t = k - 1
        while t >= 0 and k - t <= 5 and toks[t] is not None and d.kind[toks[t]] in (W_LOWER, W_CAP) and \
                d.lo[toks[t]] not in sp.articles:
            # (adjectives and nouns, also capitalised ones: "a rather timid Labour budget plan")
            if d.mask[toks[t]] & (M_CUE | M_AUX | M_PRON | M_PREP | M_CONJ | M_COMP) or d.lo[toks[t]] in L.stop:
                return False
            t -= 1
        if not (k - t >= 2 and t >= 0 and toks[t] is not None and d.lo[toks[t]] in sp.articles) or \
                t > 0 and toks[t - 1] is not None and (d.mask[toks[t - 1]] & M_PREP or
                                                       d.lo[toks[t - 1]] in sp.setting_prepositions) or \
                t == 0 or toks[t - 1] is None or d.kind[toks[t - 1]] == W_PUNCT:
            # (nor the object of a preposition before the verb: "fishermen along the coast say"; nor a subject
            # opening its clause, whose plural may want no "-s": "…, the data show.")
            return False
        if d.lo[toks[t]] in sp.singular_articles:
            return True
        return not any(d.mask[toks[u]] & (M_ROLE | M_ORG) or d.lo[toks[u]].endswith(tuple(sp.person_noun_endings)) or
                       d.lo[toks[u]].endswith(tuple(sp.plural_noun_endings)) and not self._adverb(d.lo[toks[u]])
                       for u in range(t + 1, k))

    def _after_possessive(self, toks, k, word):
        """Does a possessive stand right before token k, making its word a noun ("his plan", "Smith's plan
        rejected …"), not a contracted "has" before a participle ("Smith's claimed")? A name's plan before a
        modal is the name's ("Pike's plan would cut …")."""
        L, d = self.L, self.doc
        t = toks[k - 1]
        if t is None:
            return False
        if d.lo[t] in L.sp.possessive_noun_markers:
            return True
        return bool(L.sp.possessive_noun_markers and L.sp.possessive_endings and d.kind[t] == W_CAP and
                    d.tx[t].endswith(tuple(L.sp.possessive_endings)) and not L.contraction(d.lo[t]) and
                    not word.endswith(L.sp.adjective_participle_suffixes or ("\0",)) and
                    word not in L.sp.irregular_participles and
                    not (k + 1 < len(toks) and toks[k + 1] is not None and d.lo[toks[k + 1]] in L.sp.modal_verbs))
        # (a named owner's plan before a modal tells its content, as `_noun_cue` has it: "Pike's plan would cut …")

    def _adjective_after_preposition(self, toks, k, cue_word):
        """Is the participle at ``k`` an adjective between a preposition and its noun ("did not respond to
        repeated requests", "charged with alleged fraud"; not "as reported by")?"""
        d, L, lo = self.doc, self.L, self.doc.lo
        if not cue_word.endswith(L.sp.adjective_participle_suffixes or ("\0",)) or k == 0 or k + 1 >= len(toks):
            return False
        p, nx = toks[k - 1], toks[k + 1]
        if not (p is not None and nx is not None and lo[p] in L.preps and lo[p] not in L.as_words and
                lo[p] not in L.agent and d.kind[nx] == W_LOWER and lo[nx] not in L.stop and lo[nx] not in L.preps and
                lo[nx] not in L.dets and lo[nx] not in L.comps and lo[nx] not in L.timewords):
            return False
        # (a clause after the noun is what the participle's noun said: "despite repeated warnings from the
        # union that …" keeps the participle as the cue that finds it)
        for t in range(k + 2, len(toks)):
            if toks[t] is None or d.tx[toks[t]] in END_PUNCT:
                break
            if lo[toks[t]] in L.comps:
                return False
        return True

    def _noun_cue(self, toks, a, k):
        """Is the cue word at ``k`` (in a clause from ``a``, a predicate opener after it) a noun with no speaker of
        its own: after an article or an adjective ("the ruling would", "a big question remains"), or after a
        named possessor but before no modal ("Tran's claim was disputed"; "Pike's plan would cut …" is her plan's
        content)? Not after its subject ("which he said were", "everything Trump says is", "what the senators
        said was")."""
        d, L, lo = self.doc, self.L, self.doc.lo
        p = toks[k - 1] if k > 0 else None
        if p is None or d.kind[p] == W_PUNCT or lo[p] in L.subj_pron or any(
                toks[t] is not None and (lo[toks[t]] in L.rel or lo[toks[t]] in L.sp.free_relatives)
                for t in range(a, k)):
            return False
        if d.kind[p] == W_CAP:
            return lo[p].endswith(L.sp.possessive_endings or ("\0",)) and lo[toks[k + 1]] not in L.sp.modal_verbs
        return True

    def _fronted_non_subject(self, toks, a, k, before):
        """In a verb-second clause whose cue verb comes right after one fronted phrase, is that phrase no subject:
        it opens with a preposition, an oblique article or a number, or it is one adverb or participle?"""
        d, L = self.doc, self.L
        if not L.sp.verb_second or any(toks[t] is None for t in range(a, k)):
            return False
        if k - a >= 2 and d.lo[toks[a]] not in L.dets and d.kind[toks[a]] == W_CAP and \
                all(d.mask[toks[t]] & (M_TIME | M_DIGIT) for t in range(a + 1, k)):
            return True  # a time phrase: "Ende Januar verkündete der Verband", "Anfang März 2024 sagte ..."
        if before[-1].b != k or before[-1].pron:
            return False
        first = toks[a]
        w = d.lo[first]
        if w in L.sp.numeral_modifiers and a + 1 < k and toks[a + 1] is not None and d.mask[toks[a + 1]] & M_DIGIT:
            return False  # "Über 100 Ärzte warnten ...": a number of people, the subject
        if (w in L.preps and w not in L.as_words) or w in L.oblique or d.mask[first] & M_DIGIT:
            return True
        if w in L.sp.addressee_determiners and k - a >= 2 and (
                L.sp.weak_adjective_endings and d.kind[toks[a + 1]] != W_PUNCT and
                d.lo[toks[a + 1]].endswith(L.sp.weak_adjective_endings) and k - a >= 3 or
                L.sp.feminine_noun_endings and d.lo[toks[k - 1]].endswith(L.sp.feminine_noun_endings)):
            return True  # a dative before the verb: "Der Zeitung sagte Roth", "Der Deutschen Presse-Agentur sagte …"
        if k - a == 1 and d.kind[first] == W_CAP and self.index.find(d.tx[first]) is None:
            return w in L.stop or w in d.lowers or self._adverb(w)
        return False

    def _object_fronted(self, toks, np_):
        """Does the noun phrase open with an article that may mark an object ("Das Angebot", "Die Entscheidung";
        not "Der Verband": ``Speech.nominative_determiners``)?"""
        nominative = self.L.sp.nominative_determiners
        w = self.doc.lo[toks[np_.a]] if toks[np_.a] is not None else None
        return bool(nominative) and w in self.L.dets and w not in nominative

    def _subject_role_after(self, toks, verb, x):
        """Is the noun phrase ``x`` after the finite verb (a doc token) a role marked as the subject: a
        nominative article, a role that is not feminine, a verb in the singular ("lehnt der Bürgermeister ab";
        not "sagte der Ministerin", "sagten der Zeitung", "kritisierten die Regierung")?"""
        d, sp = self.doc, self.L.sp
        if not sp.nominative_determiners or x.role is None or toks[x.a] is None or \
                d.lo[toks[x.a]] not in sp.nominative_determiners or d.lo[verb].endswith(sp.plural_verb_endings or "\0"):
            return False
        role = toks[x.role]
        return role is not None and not d.lo[role].endswith(sp.feminine_role_endings or "\0")

    def _fronted_thing(self, toks, a, k, before, after):
        """In a verb-second clause, is the phrase before the cue a thing with an article that may mark an object,
        and the phrase after it a role marked as the subject ("Die Anwendung der Regel stellte der Vorsitzende
        Franz Roth in Frage")? Then the thing is the object, the speaker the subject after the verb. (Where
        articles tell nothing, "Die Opposition kritisierte die Ministerin", the first phrase stays the subject.)"""
        L = self.L
        if not L.sp.verb_second or any(toks[t] is None for t in range(a, k)):
            return False
        front, nxt = before[0], after[0]
        if front.a != a or front.pron or not self._object_fronted(toks, front) or \
                self._can_speak(toks, front, strict=True):
            return False
        return not nxt.pron and self._subject_role_after(toks, toks[k], nxt)

    def _participle(self, w):
        """Is the lower-case cue word ``w`` a participle (``Speech.participle_suffixes``: "adding", "citing")?
        A participle has no subject of its own: its speaker is its sentence's."""
        return bool(self.L.sp.participle_suffixes) and len(w) > 4 and w.endswith(self.L.sp.participle_suffixes) \
            and w in self.L.cues

    def _adverb(self, w):
        """Does the lower-case word ``w`` end like an adverb (``Speech.adverb_suffixes``, after three letters)?"""
        return any(len(w) - len(s) >= 3 and w.endswith(s) for s in self.L.sp.adverb_suffixes)

    def _subject_after(self, toks, k, after):
        """Is there a noun phrase in the subject's place right after the cue verb (an adverb between: "meldete
        dann die Agentur"), not one with an oblique article?"""
        d, L = self.doc, self.L
        nxt = after[0]
        gap = range(k + 1, nxt.a)
        if len(gap) > 1 or nxt.pron or any(toks[t] is None or d.kind[toks[t]] != W_LOWER or d.lo[toks[t]] in L.dets or
                                           d.lo[toks[t]] in L.preps for t in gap):
            return False
        return toks[nxt.a] is not None and d.lo[toks[nxt.a]] not in L.oblique

    def _possessor_apposition(self, toks, first, a):
        """The name in apposition after a possessor and its noun, right before the cue's clause at ``a`` ("Sayer's
        co-presenter, Toni Marsh, said", "The chief constable's lawyer, Dean Hart, said"): the noun is the named
        person's, whatever it is, and the possessor someone else."""
        d, L = self.doc, self.L
        p = first[0]
        ends = L.sp.possessive_endings or ("\0",)
        poss = next((t for t in range(p.a, min(p.b + 1, a)) if toks[t] is not None and
                     (d.tx[toks[t]].endswith(ends) or d.tx[toks[t]] in ends)), None)
        if poss is None or p.role is not None and p.role > poss:
            return None  # ("The mayor's lawyer, Dean Hart": a role the apposition describes, kept with it)
        app = next((x for x in first[1:] if x.name is not None and x.b == a - 1 and x.a > poss + 1 and
                    toks[x.a - 1] is not None and d.tx[toks[x.a - 1]] == ","), None)
        if app is None or any(toks[t] is None or d.mask[toks[t]] & (M_CUE | M_AUX) or d.tx[toks[t]] == ","
                              for t in range(poss + 1, app.a - 1)):
            return None
        return app

    def _fronted_phrase(self, toks, a):
        """Does a phrase of time, place or circumstance open the sentence and close with a comma right before
        position ``a`` ("With six weeks left, Mara Quill, an aide, called …", "On Monday, …"): a preposition, a
        subordinator or a word of time first, no verb of saying or auxiliary in it?"""
        d, L = self.doc, self.L
        if a < 2 or a > 12 or toks[a - 1] is None or d.tx[toks[a - 1]] != "," or toks[0] is None:
            return False
        w = d.lo[toks[0]]
        if not (w in L.preps or w in L.sp.frame_subordinators or w in L.sp.time_adverbs or
                w in L.timewords and (w not in L.number_words or  # ("Two weeks ago, …", not "Ein Sprecher, …")
                                      toks[1] is not None and d.lo[toks[1]] in L.timewords) or
                self._participle(w) or w.endswith(L.sp.participle_suffixes or ("\0",)) and len(w) > 4 or
                toks[1] is not None and d.lo[toks[1]] in L.sp.time_adverbs or self._passive_opening(toks)):
            return False  # ("Earlier this year, …", "Facing criticism, …", "Hours later, …", "Stunned by …, ")
        return all(toks[t] is not None and d.tx[toks[t]] not in CLAUSE_PUNCT and not d.mask[toks[t]] & M_CUE and
                   not (d.mask[toks[t]] & M_AUX and d.lo[toks[t]] not in L.sp.time_adverbs) for t in range(1, a - 1))

    def _passive_opening(self, toks):
        """Does a past participle with its agent open the sentence ("Stunned by the verdict, …")?"""
        d, L = self.doc, self.L
        if len(toks) < 3 or toks[0] is None or toks[1] is None or d.lo[toks[1]] not in L.agent:
            return False
        w = d.lo[toks[0]]
        return len(w) > 5 and w.endswith(L.sp.adjective_participle_suffixes or ("\0",))

    def _noun_before_apposition(self, toks, a):
        """Do only an article and a few lower-case words and a comma open the sentence before position ``a`` ("The
        operator, Citylink Buses, said …"): a description whose apposition at ``a`` names the subject?"""
        d, L = self.doc, self.L
        if a < 3 or a > 6 or toks[a - 1] is None or d.tx[toks[a - 1]] != "," or toks[0] is None or \
                d.lo[toks[0]] not in L.dets:
            return False
        return all(toks[t] is not None and d.kind[toks[t]] == W_LOWER and not d.mask[toks[t]] & (M_CUE | M_AUX) and
                   d.lo[toks[t]] not in L.stop for t in range(1, a - 1))

    def _closes_clause(self, toks, e):
        """Does nothing but punctuation, a bracket or a short phrase follow position ``e`` in its clause?"""
        d = self.doc
        n = len(toks)
        if e >= n or toks[e] is None:
            return True
        w = d.tx[toks[e]]
        L = self.L
        if w in CLAUSE_PUNCT or w in END_PUNCT or w in "()" or d.lo[toks[e]] in L.preps:
            return True
        if d.lo[toks[e]] in L.sp.predicate_openers:
            return False  # a verb of the noun phrase's own: "said she could not sleep"
        if not (d.lo[toks[e]] in L.stop and d.lo[toks[e]] not in L.pron and d.lo[toks[e]] not in L.dets):
            return False
        # an adverb, unless a verb of the noun phrase's own follows it ("said farmers still expect …")
        x = next((t for t in range(e + 1, min(n, e + 3)) if toks[t] is None or d.lo[toks[t]] not in L.stop), None)
        return x is None or toks[x] is None or not (d.lo[toks[x]] in L.cues or d.lo[toks[x]] in L.aux)

    def _before_auxiliaries(self, toks, k, a):
        """Where the words before position ``k`` (down to ``a``) stop being auxiliaries, stop words and adverbs:
        "the province | had historically resisted"."""
        d, L = self.doc, self.L
        e = k
        while e > a and toks[e - 1] is not None and (d.lo[toks[e - 1]] in L.aux or d.lo[toks[e - 1]] in L.stop
                                                     and d.lo[toks[e - 1]] not in L.dets or
                                                     d.lo[toks[e - 1]] in L.sp.auxiliary_adverbs or
                                                     d.kind[toks[e - 1]] == W_LOWER and self._adverb(d.lo[toks[e - 1]])
                                                     and not d.mask[toks[e - 1]] & (M_ROLE | M_ORG | M_CNOUN)):
            e -= 1
        return e

    def _bare_subject(self, toks, k, a):
        """'Une jeune infirmière bénévole a raconté', 'the fund predicted': a determiner and lower-case words
        right before the cue (auxiliaries aside), where nouns are written in lower case."""
        d, L = self.doc, self.L
        e = self._before_auxiliaries(toks, k, a)
        if e - 1 > a and toks[e - 1] is not None and d.lo[toks[e - 1]] in L.relay and \
                toks[e] is not None and d.lo[toks[e]] in L.as_words:
            e = self._before_auxiliaries(toks, e - 1, a)  # "The harbour master was quoted as saying …"
        if e <= a:
            return None
        if toks[e - 1] is not None and d.lo[toks[e - 1]] in L.sp.indefinite_pronouns:
            return NP(e - 1, e)  # "Then someone asked …"
        s = e
        while s > a and toks[s - 1] is not None and d.kind[toks[s - 1]] != W_PUNCT and e - s < 6 and \
                d.lo[toks[s - 1]] not in L.preps and d.lo[toks[s - 1]] not in L.cues and \
                d.lo[toks[s - 1]] not in L.comps:
            s -= 1
            if d.lo[toks[s]] in L.dets:
                break
        if s < e and d.lo[toks[s]] not in L.dets and L.sp.zero_complementizer and s == a and \
                all(d.kind[toks[t]] == W_LOWER and d.lo[toks[t]] not in L.stop for t in range(s, e)) and \
                self._postposed(toks, k, a):
            return NP(s, e)  # a bare plural after a comma: "..., local residents said."
        if s >= e or d.lo[toks[s]] not in L.dets or e - s < 2:
            return self._quantity_subject(toks, a, e) if L.sp.quantity_subjects else None
        if s > a and toks[s - 1] is not None and d.kind[toks[s - 1]] != W_PUNCT and \
                d.lo[toks[s - 1]] not in L.stop:
            return None
        if s > a and toks[s - 1] is not None and d.lo[toks[s - 1]] in L.preps and L.sp.quantity_subjects:
            # the object of a preposition inside a subject of quantity: "Three people familiar with the matter said"
            q = self._quantity_subject(toks, a, e)
            if q is not None:
                return q
        np_ = NP(s, e)
        return np_

    def _number(self, w):
        """Is the lower-case word a number, in digits or in words ("41", "three")?"""
        return w[:1].isdigit() or self.L.number_word(w)

    def _quantity_word(self, w):
        """Does the lower-case word ``w`` count more than one (a number above one, in digits or words, or a word of
        ``Speech.quantity_subjects``): "sixty-two", "40", "many"; not "ein", "one", nor an age ("40-year-old")?"""
        L = self.L
        return w in L.sp.quantity_subjects or w in L.plural_number_words or \
            self._number(w) and w not in L.number_words and (not w[:1].isdigit() or _DIGITS.fullmatch(w) is not None)

    def _quantity_subject(self, toks, a, e):
        """A subject of quantity opening the clause and running to ``e`` ("some note", "Only 41 percent of
        likely voters agreed", "many of the delegates said"): a word of `Speech.quantity_subjects` or a
        number, then only words of its phrase (articles, "of", nouns), at most eight."""
        d, L = self.doc, self.L
        s = a
        if s < e and toks[s] is not None and (d.lo[toks[s]] in L.conj or d.lo[toks[s]] in L.stop) and \
                d.lo[toks[s]] not in L.sp.quantity_subjects and d.lo[toks[s]] not in L.dets and \
                d.lo[toks[s]] not in L.preps and d.lo[toks[s]] not in L.sp.numeral_modifiers:
            s += 1  # "But some ...", "Only 41 percent ..." (not "In 2019 many ...")
        m = s
        if m + 1 < e and toks[m] is not None and d.lo[toks[m]] in L.sp.singular_articles and \
                toks[m + 1] is not None and d.lo[toks[m + 1]] in L.sp.quantity_subjects:
            m += 1  # "A majority of voters"
        while m < min(e, s + 2) and toks[m] is not None and d.lo[toks[m]] in L.sp.numeral_modifiers:
            m += 1  # "More than 40 percent of respondents", "At least 12 people"
        if m > s and (m >= e or toks[m] is None or not (self._number(d.lo[toks[m]]) or
                                                      d.lo[toks[m]] in L.sp.quantity_subjects)):
            return None
        if s >= e or e - s > 10 or toks[s] is None:
            return None
        w = d.lo[toks[m]]
        if w not in L.sp.quantity_subjects and not (self._number(w) and m + 1 < e and toks[m + 1] is not None and
                                                    d.lo[toks[m + 1]] not in L.sp.quantity_subjects):
            return None  # (a number opens a subject of its own: "41 percent of voters", never "2019 many")
        for t in range(m + 1, e):
            x = toks[t]
            if x is None or d.kind[x] == W_PUNCT and d.tx[x] != "%":
                return None
            lw = d.lo[x]
            if lw in L.cues and not (toks[t - 1] is not None and d.lo[toks[t - 1]] in L.dets) or \
                    lw in L.comps or lw in L.pron or lw in L.aux or lw in L.rel or \
                    lw.endswith(L.sp.adjective_participle_suffixes or ("\0",)) and t + 1 < e and \
                    toks[t + 1] is not None and d.lo[toks[t + 1]] in L.dets:
                # (nor a verb with its object: "Forty-five students signed a letter")
                return None  # ("Three people familiar with the plan": prepositions and their nouns may follow)
        return NP(s, e)

    def _mention_with_apposition(self, toks, nps, np_):
        """The mention of a noun phrase, over its apposition when it has one ("nach Angaben des Sprechers,
        Roland Eichhorn,": Roland Eichhorn, the whole span)."""
        app = self._apposition(toks, nps, np_)
        if app is None:
            return self.mention_of(toks, np_)
        who, span_end, other = app
        self._note_apposition(toks, who, other)
        m = self.mention_of(toks, who)
        if m is not None:
            self._describe(toks, m, other)
            d = self.doc
            m.start = min(m.start, d.st[toks[np_.a]])
            m.end = max(m.end, d.en[toks[span_end - 1]])
            m.text = self.text[m.start:m.end]
        return m

    def _bare_apposition(self, toks, b, a):
        """Are the tokens b..a a comma, up to five words that say what someone is, and a comma ("Robert Caron,
        retraité, a dit", "Marie Dupont, infirmière à Lyon, a déclaré"): no verb, auxiliary, complementizer or
        pronoun among them?"""
        d = self.doc
        if not (b < a - 2 and toks[b] is not None and d.tx[toks[b]] == "," and toks[a - 1] is not None and
                d.tx[toks[a - 1]] == "," and a - 1 - b <= 6 and toks[b + 1] is not None and
                d.kind[toks[b + 1]] == W_LOWER):
            return False
        return all(toks[t] is not None and d.kind[toks[t]] != W_PUNCT and
                   not d.mask[toks[t]] & (M_CUE | M_AUX | M_COMP | M_PRON) for t in range(b + 1, a - 1))

    def _apposition(self, toks, nps, np_):
        """'La juge du tribunal, Mme Claire Dufresne, a estimé', 'le président de PSA, Philippe Varin':
        the person named in an apposition (and the span of both); 'Admiral Peter Lindqvist, Befehlshaber der
        schwedischen Flotte, sagte': the name with its apposition's span."""
        d = self.doc
        n = len(toks)
        b = np_.b
        if b < n and toks[b] is not None and (d.lo[toks[b]] in self.L.preps or d.tx[toks[b]][:1].isdigit()):
            # "L'ex-directeur de l'agence au Mali, Karim Benali, a expliqué"
            c = b + 1
            while c < n and c - b <= 4 and toks[c] is not None and d.tx[toks[c]] != "," and \
                    d.lo[toks[c]] not in self.L.cues:
                c += 1
            if c < n and toks[c] is not None and d.tx[toks[c]] == ",":
                b = c
        if b + 1 >= n or toks[b] is None or d.tx[toks[b]] != ",":
            return None
        nxt = next((x for x in nps if x.a == b + 1), None)
        if nxt is None and self.L.lower_nouns and toks[b + 1] is not None and d.lo[toks[b + 1]] in self.L.dets and \
                d.lo[toks[b + 1]] not in self.L.pron:
            # an article and words of a noun the lexicon does not know, up to a comma or the end: "…, said Dr.
            # Okafor, an agronomist."
            c = b + 2
            while c < n and c - b <= 8 and toks[c] is not None and d.kind[toks[c]] != W_PUNCT and \
                    not d.mask[toks[c]] & (M_CUE | M_AUX | M_COMP | M_PRON):
                c += 1
            if c > b + 2 and (c >= n or toks[c] is not None and d.tx[toks[c]] in (",", ".", ";")):
                nxt = NP(b + 1, c)
        L = self.L
        if nxt is None and L.lower_nouns and toks[b + 1] is not None and \
                not d.mask[toks[b + 1]] & (M_DET | M_PREP | M_CONJ | M_STOP | M_DIGIT):
            # a bare noun of what the person is, set off by commas before the verb: "Robert Caron, retraité, a dit
            # que …", "Marie Dupont, infirmière à Lyon, a déclaré"
            c = next((t for t in range(b + 2, min(n, b + 7)) if toks[t] is not None and d.tx[toks[t]] == ","), None)
            verbish = L.sp.participle_suffixes + L.sp.adjective_participle_suffixes
            if c is not None and self._bare_apposition(toks, b, c + 1) and c + 1 < n and toks[c + 1] is not None and \
                    d.mask[toks[c + 1]] & (M_CUE | M_AUX) and \
                    not (verbish and (d.lo[toks[b + 1]].endswith(verbish) or d.lo[toks[c + 1]].endswith(verbish))):
                nxt = NP(b + 1, c)  # (not a verb: "Her colleague, economist Raj Mehta, disagreed, arguing …")
        if nxt is None or nxt.pron:
            return None
        end = nxt.b
        closes = end >= n or toks[end] is None or d.tx[toks[end]] in (",", ".", ":") or \
            d.lo[toks[end]] in self.L.cues
        # (or words in lower case that are no verb: "Dana Moss, a professor at the state university, said", with
        # a relative clause as a description has it: "Erin Lutz, a former aide who joined her on the trip, said")
        run_on = not closes and d.lo[toks[end]] not in self.L.preps and d.kind[toks[end]] == W_LOWER and \
            not d.mask[toks[end]] & (M_CUE | M_AUX | M_DET) and \
            toks[end - 1] is not None and d.lo[toks[end - 1]] not in self.L.dets
        if not closes and (d.lo[toks[end]] in self.L.preps or run_on):
            # "Laura Becker, eine Abgeordnete aus Hessen, sagte"; "..., according to Mark Lee, head of the
            # board at the university."
            c = end + 1
            while c < n and c - end <= 10 and toks[c] is not None and d.tx[toks[c]] not in CLAUSE_PUNCT and \
                    d.tx[toks[c]] not in END_PUNCT and d.lo[toks[c]] not in self.L.cues:
                c += 1
            if c < n and toks[c] is not None and (d.tx[toks[c]] == "," or self.L.lower_nouns and
                                                  d.tx[toks[c]] in END_PUNCT and c == n - 1):
                closes, end = True, c
        if not closes:
            return None
        nxt_end = max(nxt.b, end if end > nxt.b and toks[end - 1] is not None else nxt.b)
        # (a role heading the phrase makes the name in it someone else's: "Nancy Bell's husband, Paul Bell,",
        # "Die Sprecherin von Herrn Wolff, Julia Sander,")
        kin = self.L.kin
        person = lambda x: x.name is not None and x.name[1] - x.name[0] >= 2 and not x.org and not x.acronym and \
            not (x.role is not None and (x.role >= x.name[1] or x.inner is not None and x.role < x.inner.a and
                                         x.name[0] >= x.inner.a)) and \
            not any(toks[t] is not None and d.lo[toks[t]] in kin for t in range(x.name[1], x.b))
        titled = lambda x: x.name is not None and not x.org and \
            any(toks[t] is not None and d.mask[toks[t]] & M_TITLE for t in range(x.a, x.name[0]))
        # (a capitalised noun of kinship or a role is no name: "Sein Vater, Herr Brandt, sagte")
        nameless = np_.name is None or all(toks[t] is not None and (d.lo[toks[t]] in kin or d.mask[toks[t]] & M_ROLE)
                                           for t in range(*np_.name))
        if not person(np_) and (person(nxt) or titled(nxt) and nameless):
            return nxt, nxt.b, (np_, b)  # (also "Her husband, Mr. Voss, said")
        # (a surname alone is a person before a role with its article, or after a title: "said Burke, an
        # economist at the bank", "Dr. Burke, the clinic's director, said"; not "Paris, a city of ...")
        surname = np_.name is not None and np_.name[1] - np_.name[0] == 1 and not np_.acronym and \
            (nxt.role is not None and toks[nxt.a] is not None and d.lo[toks[nxt.a]] in self.L.dets or titled(np_))
        # (a person closing a noun of saying: "nach Angaben von Karl Berg, einem Manager der Firma,")
        said_by = np_.cuenoun and np_.inner is not None and np_.inner.b == np_.b and person(np_.inner)
        if (person(np_) or surname or said_by) and not person(nxt) and not nxt.acronym:
            # "Admiral Peter Lindqvist, Befehlshaber der schwedischen Flotte, sagte"
            return np_, nxt_end, (nxt, nxt_end)
        return None

    def _describe(self, toks, m, role):
        """Keep the role an apposition gives a person as one of their descriptions, so that a later "the
        professor", "l'ancien porte-parole", "die Professorin" finds the person ("Dana Moss, a professor at the
        state university, said …", "L'ancienne porte-parole du comité, Inès Vasko, …"). ``role``: the
        apposition's noun phrase and where its words end (its complement included: "a Democratic senator from
        Ohio")."""
        other, end = role
        sp = m.speaker
        if sp is None or sp.kind != "person" or other.role is None:
            return  # (a role of a body describes a person too: "the police chief", "Sprecher der Polizei")
        a = other.a
        d = self.doc
        while a < other.role and toks[a] is not None and d.mask[toks[a]] & (M_DET | M_STOP):
            a += 1
        desc = self.span_text(toks, a, max(other.b, end))[2]
        if desc and desc not in sp.descriptions:
            sp.descriptions.append(desc)

    def _frame_follows(self, toks, t):
        """Does a frame of its own follow the quotation at ``t``: a verb of saying, before or after a short subject
        ('"a mess," said Burke', '"a mess," the mayor said', '"a mess," but the mayor said'), not a participle nor
        a verb sharing the subject before ('"a strong leader," comparing him …', '"justice," but pledged …' stay
        in the clause of the quotation)?"""
        d, L = self.doc, self.L
        conj = False
        for u in range(t + 1, min(len(toks), t + 8)):
            x = toks[u]
            if u == t + 1 and x is not None and d.lo[x] in L.conj:
                conj = True  # (a conjunction with a subject of its own: '"a mess," but the mayor said …')
                continue
            if x is None or d.lo[x] in L.conj or d.lo[x] in L.comps or d.tx[x] in END_PUNCT:
                return False
            if d.mask[x] & M_CUE:
                if self._participle(d.lo[x]) or conj and u == t + 2:
                    return False
                # (an inserted frame, the sentence going on after it, frames the clause around it: 'The term
                # "deep state," said Mr. Ruiz, is badly overused')
                for v in range(u + 1, len(toks) - 1):
                    y, z = toks[v], toks[v + 1]
                    if y is None:
                        break
                    if d.tx[y] == "," and z is not None and (d.lo[z] in L.aux or self._adverb(d.lo[z]) and
                                                             v + 2 < len(toks) and toks[v + 2] is not None and
                                                             d.lo[toks[v + 2]] in L.aux):
                        return False
                return True
        return False

    def _postposed(self, toks, k, a, sp_end=None):
        """Is the cue in a short final clause after a comma ("..., sagte er.")?"""
        d, L = self.doc, self.L
        if a == 0 or toks[a] is None:
            return False
        if toks[a - 1] is None:
            # a quotation closing on its comma inside the marks: 'The plan is "a costly detour," said Burke'
            # (only where nothing right before it frames the quotation already: 'X scolded him: "…," she said')
            if a - 1 not in self.comma_quote_at:
                return False
            # (words of its clause before the quotation, the last no cue, nor a comma or colon after one: 'told
            # him, "…"'; a quotation opening the sentence has its own frame)
            p = a - 2
            while p >= 0 and toks[p] is not None and d.tx[toks[p]] in QUOTE_CHARS:
                p -= 1  # (an opening mark the frame kept)
            if p < 0 or toks[p] is not None and (d.tx[toks[p]] == ":" or d.mask[toks[p]] & M_CUE or
                                                   d.tx[toks[p]] == "," and any(
                                                       t is not None and d.mask[t] & M_CUE
                                                       for t in toks[max(0, p - 3):p])):
                return False
        elif d.tx[toks[a - 1]] != ",":
            return False
        if toks[a] is not None and (d.lo[toks[a]] in L.conj or d.lo[toks[a]] in L.sp.contrast_subordinators or
                                    d.lo[toks[a]] in L.clause_subordinators_after):
            return False  # ", and the governor is pledging to step in", ", though records show ...", ", where the
            # governor also spoke": a clause of its own (", as the governor said" frames what is before it)
        if k == a and toks[k] is not None and self._participle(d.lo[toks[k]]):
            return False  # ", speaking of the health bill": a participle opening its clause frames nothing before
        if toks[a] is not None and d.lo[toks[a]] in L.rel and d.lo[toks[a]] not in L.dets:
            return False  # ", who expects two more increases": a relative clause frames nothing before it
        if L.markers and any(t is not None and d.lo[t] in L.markers for t in toks[a:k]):
            return False  # ", darüber sei noch nicht entschieden": reported speech itself, no frame
        if L.sp.zero_complementizer and any(t is not None and d.lo[t] in L.comps for t in toks[a:k]):
            return False  # ", according to an audit that officials told lawmakers about": the cue is the audit's
        if L.sp.free_relatives and any(t is not None and d.lo[t] in L.sp.free_relatives for t in toks[a:k]):
            return False  # ", more than double what it forecast": a free relative, no frame
        if L.sp.verb_second and k > a and toks[a] is not None and d.lo[toks[a]] in L.dets:
            return False  # ", das Urteil werde am Freitag verkündet": a frame puts its verb first (", sagte er")
        if L.sp.verb_second and k > a and toks[a] is not None and d.kind[toks[a]] == W_CAP and \
                not d.mask[toks[a]] & (M_STOP | M_PRON | M_PREP) and \
                not any(t is not None and d.mask[t] & M_AUX for t in toks[a:k]) and \
                not self._after_as_clause(toks, a):
            return False  # (nor its subject first: ", Zeugen berichteten von zwei Männern" is a clause of its own;
            # but an apposition in an as-clause goes on: ", wie Alan Roth, Direktor der Behörde, betont")
        if L.sp.verb_second and k > a + 1 and toks[a] is not None and d.lo[toks[a]] in L.preps and \
                d.lo[toks[a]] not in L.as_words and \
                toks[a + 1] is not None and (d.lo[toks[a + 1]] in L.rel or d.lo[toks[a + 1]] in L.dets):
            return False  # ", in dem es Beispiele schilderte": a relative clause, no frame
        n = len(toks)
        cut = False
        if L.sp.frame_subordinators:
            # "..., officials said Friday, as they gathered outside.": the frame ends at the comma before a
            # subordinate clause of its own
            for t in range(max(k + 1, sp_end or 0), n - 1):
                if toks[t] is None or d.tx[toks[t]] in CLAUSE_PUNCT and d.tx[toks[t]] != ",":
                    break
                if d.tx[toks[t]] == ",":
                    nx = toks[t + 1]
                    if nx is not None and d.lo[nx] in L.sp.frame_subordinators or \
                            not L.sp.verb_second and nx is not None and d.lo[nx] in L.rel or \
                            L.sp.participle_suffixes and nx is not None and d.kind[nx] == W_LOWER and \
                            len(d.lo[nx]) > 4 and d.lo[nx].endswith(L.sp.participle_suffixes) and \
                            not self._gerund_subject(toks, t + 1) or \
                            L.sp.participle_suffixes and self._second_cue(toks, t) or \
                            L.sp.verb_second and nx is not None and t + 2 < len(toks) and (
                                d.lo[nx] in L.rel and d.lo[nx] not in L.dets or d.lo[nx] in L.preps and
                                toks[t + 2] is not None and d.lo[toks[t + 2]] in L.rel and
                                d.lo[toks[t + 2]] not in L.dets):
                        # (also ", adding that ...": a cue of its own; ", who has lived there since 1998", ", in
                        # dessen Stadt …": a relative clause about the speaker)
                        n, cut = t, True
                    break
        rest = [t for t in toks[a:n] if t is not None]
        if len(rest) > (20 if d.lo[toks[k]] in L.sp.addressee_cues else 14):
            return False
        after = [t for t in toks[max(k + 1, sp_end or 0):n] if t is not None and d.kind[t] != W_PUNCT]
        if any(t is not None and d.tx[t] in CLAUSE_PUNCT and d.tx[t] not in "—–"
               for t in toks[k + 1:n if cut else -1]) and len(after) > 2:
            return False  # an inserted frame: "The storm, forecasters said, was the worst in years."
        # (after an adverb, a verb of its own: "..., said farmers still expect higher prices")
        first = next((t for t in after if not (d.lo[t] in L.stop and d.lo[t] not in L.dets and
                                               d.lo[t] not in L.pron and d.lo[t] not in L.preps and
                                               d.lo[t] not in L.timewords)), None)
        if first is not None and first is not after[0] and (d.lo[first] in L.cues or d.lo[first] in L.aux):
            return False
        if after and d.lo[after[0]] in L.sp.predicate_openers:
            return False  # "Jane Roe, who lives nearby, said she could not sleep.": a clause after the cue
        if L.sp.zero_complementizer and any(d.lo[t] in L.conj for t in after[:3]):
            return False  # (nor the cue in a clause that goes on: "…, got loans they had not asked for or gave up")
        if L.sp.zero_complementizer and any(d.lo[t] in L.sp.predicate_openers and d.lo[p] not in L.rel
                                            for p, t in zip(after[:4], after[1:5])):
            return False  # (its verb a few words on: "…, said three men had been arrested", no ", said three men")
        if len(after) > 2 and d.lo[after[0]] == L.sp.infinitive_particle and d.kind[after[1]] == W_LOWER and \
                not d.mask[after[1]] & (M_DET | M_PRON | M_ROLE | M_ORG | M_TIME) and \
                not d.lo[after[1]].endswith(L.sp.plural_noun_endings or ("\0",)):
            return False  # an infinitive after any cue: "…, wants to keep its stance" (not "…, he said to reporters")
        if len(after) > 1 and d.lo[after[0]] == L.sp.infinitive_particle and d.lo[toks[k]] in L.sp.infinitive_cues:
            return False  # "…, he has promised to cut rates.", "…, he declined to comment.": what follows is his
        addressee = False
        if after and d.lo[toks[k]] in L.sp.addressee_cues and len(after) <= 12 and \
                not any(d.lo[t] in L.cues or d.lo[t] in L.aux or d.lo[t] in L.comps or
                        d.lo[t] == L.sp.infinitive_particle for t in after) and \
                (d.lo[after[0]] in L.dets or d.kind[after[0]] == W_CAP or d.kind[after[0]] == W_LOWER and
                 d.lo[after[0]] not in L.pron and d.lo[after[0]] not in L.stop):
            # "…, she told The Boston Globe on Thursday.", "…, the mayor told reporters.": an addressee, no content
            # (not one told to do something: "…, told aides to find another way")
            addressee = True
        elif after and not (d.lo[after[0]] in L.preps or d.lo[after[0]] in L.timewords or
                            d.lo[after[0]] in L.sp.time_adverbs and (  # ("…, Gary Platt said late on Friday")
                                len(after) == 1 or d.lo[after[1]] in L.preps or d.lo[after[1]] in L.timewords) or
                            d.lo[after[0]] in L.stop and d.lo[after[0]] not in L.dets and
                            d.lo[after[0]] not in L.pron):
            return False  # "..., said parents want schools", "Hale said later he would …": content after the cue
        if len(after) > 5 and not addressee:
            return False  # "..., Robert Sample, told reporters the money was set aside": a clause of its own
        return all(toks[t] is not None for t in range(a, n)) and (
            cut or n == a or d.tx[toks[n - 1]] in END_PUNCT or d.tx[toks[n - 1]] in QUOTE_CHARS)

    def _object_between(self, toks, k, j):
        """Do the words between the cue at ``k`` and the comma at ``j`` hold an object or a quotation ("nannte die
        Rote Karte „lächerlich“, …"), not just the verb's particle or a phrase of time ("teilte mit, …", "sagte am
        Montag, …")?"""
        d = self.doc
        return any(x is None or d.mask[x] & M_DET or d.kind[x] == W_CAP and not d.mask[x] & M_TIME
                   for x in toks[k + 1:j])

    def _after_as_clause(self, toks, a):
        """Does the clause before the comma at ``a - 1`` open with an as-word (", wie Alan Roth, Direktor …, betont"),
        so that the words at ``a`` are its subject's apposition?"""
        d, L = self.doc, self.L
        t = a - 2
        while t >= 0 and toks[t] is not None and d.tx[toks[t]] not in CLAUSE_PUNCT:
            t -= 1
        return 0 <= t + 1 < a - 1 and toks[t + 1] is not None and d.lo[toks[t + 1]] in L.as_words

    def _topic_at(self, toks, k):
        """Where the topic after the verb of speaking at ``k`` opens before the next comma, at its preposition
        ("spoke to the congregation about forgiveness", "spoke (emotionally) of the legacy", "spoke out about …";
        not "spoke on Sunday", a time, nor "spoke to a crowd of …": ``topic_prepositions_near`` also attach to
        nouns, so they count only right after the verb); None for no topic."""
        d, L = self.doc, self.L
        n = len(toks)
        for t in range(k + 1, n):
            x = toks[t]
            if x is None or d.tx[x] in CLAUSE_PUNCT or d.tx[x] in END_PUNCT:
                return None
            w = d.lo[x]
            if (w in L.sp.topic_prepositions or w in L.sp.topic_prepositions_near and t <= k + 2) and not (
                    t + 1 < n and toks[t + 1] is not None and d.lo[toks[t + 1]] in L.timewords):
                if t + 1 < n and toks[t + 1] is not None and d.lo[toks[t + 1]] in L.preps and \
                        d.lo[toks[t + 1]] not in L.sp.topic_prepositions and t + 2 < n and toks[t + 2] is not None \
                        and d.lo[toks[t + 2]] not in L.timewords:
                    return t + 1  # (a particle before it: "spoke out against …")
                if t + 1 < n and toks[t + 1] is not None and d.lo[toks[t + 1]] in L.sp.topic_prepositions:
                    continue  # ("spoke out about …": the topic's own preposition)
                return t
        return None

    def _frames_quotation(self, toks, a):
        """Does the clause at ``a`` follow a quotation opening the sentence and closing on a comma, question or
        exclamation mark ('"…," Trump said …')? Then it is that quotation's frame, and what follows its cue is no
        clause of its own ("said this week on the radio", "said on Monday as she left the court"). (A title in marks
        inside the sentence frames nothing: 'On "The Morning Show," she said she …'.)"""
        if a > 1 or not toks or toks[0] is not None or len(toks) < 2 or toks[1] is None:
            return False  # (a = 0: a short quotation may count as part of the clause)
        a = 1
        text = self.text
        p = self.doc.st[toks[a]] - 1
        while p > 0 and text[p].isspace():
            p -= 1
        if p > 0 and text[p] == "'" and text[p - 1] == "'":
            p -= 1  # (''…'')
        return p > 0 and text[p] in QUOTE_CHARS and text[p - 1] in ",?!"

    def _marks_in(self, toks, a, b):
        """How many quotation marks stand among the frame tokens a..b (around a name in marks: „Neues Blatt“)?"""
        d = self.doc
        return sum(1 for t in range(a, b) if toks[t] is not None and d.tx[toks[t]] in QUOTE_CHARS)

    def _addressee_then_quotation(self, toks, j, marks=(",", ":")):
        """Do at most three words at ``j`` end in a comma or colon (``marks``) with a quotation after it ('told
        reporters, "No, …"')? Then the quotation is what was said, the words its addressee."""
        d = self.doc
        for u in range(j, min(len(toks) - 1, j + (9 if ":" in marks else 4))):
            if toks[u] is None:
                return False
            if d.tx[toks[u]] in CLAUSE_PUNCT:
                # (a colon may close a longer addressee and setting: 'told a news conference in Ohio: "…"')
                if d.tx[toks[u]] not in marks or d.tx[toks[u]] != ":" and u - j > 3 or \
                        not self._quotation_at(toks, u + 1):
                    return False
                # (and the sentence ends with the quotation: 'the plan, "a disaster," would be scrapped' goes on)
                q = u + 1
                while toks[q] is not None:
                    q += 1
                return all(x is not None and (d.tx[x] in END_PUNCT or d.tx[x] in QUOTE_CHARS)
                           for x in toks[q + 1:])
        return False

    def _quotation_at(self, toks, t):
        """Does a quotation start at frame position ``t`` (its opening mark a token, two ("''"), or none)?"""
        d = self.doc
        for _ in range(2):
            if t < len(toks) and toks[t] is not None and d.tx[toks[t]] in QUOTE_CHARS:
                t += 1
        return t < len(toks) and toks[t] is None

    def _sentence_start_offset(self, toks, a):
        d = self.doc
        words = [toks[t] for t in range(0, a) if toks[t] is not None and d.kind[toks[t]] != W_PUNCT]
        if len(words) < 2:
            return None  # the part before is a direct quote: the attribution is the quote's
        if toks[0] is None:
            q = next((q for q in self.outer if q.end <= d.st[words[0]] and q.end + 3 >= d.st[words[0]] - 3), None)
            first = next(t for t in toks if t is not None)
            return q.start if q is not None and q.start < d.st[first] else d.st[first]
        return d.st[toks[0]]

    def _apposition_to_end(self, toks, t):
        """Do the words from ``t`` to the sentence's end read as an apposition: an article or a role opening it, a
        role or body noun among its first words, and no cue, auxiliary or complementizer ("…, according to Jane
        Roe, a former budget aide now teaching at …", "…, according to Cara Bell, head of the center, and other
        scientists"; not "…, according to the county, the river rose six feet")?"""
        d, L = self.doc, self.L
        n = len(toks)
        if t >= n or toks[t] is None or not (d.lo[toks[t]] in L.dets or d.kind[toks[t]] == W_LOWER and
                                             d.mask[toks[t]] & M_ROLE):
            return False  # (a role may open it without an article: "…, according to Cara Bell, head of …")
        return all(x is not None and (d.tx[x] in END_PUNCT or d.tx[x] == "," or
                                      d.kind[x] != W_PUNCT and d.lo[x] not in L.cues and
                                      d.lo[x] not in L.aux and d.lo[x] not in L.comps and d.lo[x] not in L.pron)
                   for x in toks[t:n]) and n - t <= 20 and \
            any(d.mask[x] & (M_ROLE | M_ORG) for x in toks[t:min(n, t + 6)])

    def _comparison_to_end(self, toks, t):
        """Do the words from ``t`` to the sentence's end compare a quantity without a clause of their own ("…,
        according to the institute, more than double what it forecast for …"; not "…, more than 40 homes
        were destroyed")? They open with a word of quantity (``Speech.numeral_modifiers``) and hold no
        auxiliary, cue or complementizer before a free relative (``Speech.free_relatives``) if any."""
        d, L = self.doc, self.L
        n = len(toks)
        if t >= n or toks[t] is None or d.lo[toks[t]] not in L.sp.numeral_modifiers:
            return False
        for x in toks[t:n]:
            if x is not None and d.lo[x] in L.sp.free_relatives:
                break  # (its clause is the relative's: "what it forecast")
            if x is None or d.lo[x] in L.aux or d.lo[x] in L.cues or d.lo[x] in L.comps:
                return False
        return True

    def _clause_goes_on(self, toks, t):
        """Does a clause go on at ``t``, after a quotation that opened it: words up to the next comma that hold
        an auxiliary ('"tax reforms" and tariffs would pay for it'), not a preposition, a subordinate clause or a
        second verb ('"absolutely not" when asked', '"any wrongdoing" and vowed to ...')?"""
        d, L = self.doc, self.L
        n = len(toks)
        if t >= n or toks[t] is None or d.kind[toks[t]] == W_PUNCT:
            return False
        w = d.lo[toks[t]]
        if w in L.preps or w in L.sp.frame_subordinators or w in L.comps:
            return False
        for u in range(t, min(n, t + 10)):
            x = toks[u]
            if x is None or d.tx[x] in CLAUSE_PUNCT or d.tx[x] in END_PUNCT:
                return False
            if d.lo[x] in L.cues:
                return False
            if d.lo[x] in L.aux and d.lo[x] not in L.stop:
                return True
        return False

    def _cue_takes_quotation(self, at, q):
        """Is the cue of ``at`` followed right away by a quotation other than ``q``, its object ('« … », le
        syndicat a dénoncé « une provocation »'): a frame of that quotation, not of ``q`` before it?"""
        nxt = self._quotation_after(at["cue_end"])
        return nxt is not None and nxt is not q and not self.text[at["cue_end"]:nxt.start].strip(" " + QUOTE_CHARS)

    def _quotation_after(self, offset):
        """The first outermost quotation of the unit starting at or after ``offset``, or None."""
        outer = self.outer
        k = bisect.bisect_left(outer, offset, key=_q_start)
        return outer[k] if k < len(outer) and outer[k].start < self.unit_end else None

    def in_quote(self, offset):
        """Is ``offset`` inside one of the outermost quotations?"""
        outer = self.outer
        k = bisect.bisect_right(outer, offset, key=_q_start) - 1
        return k >= 0 and outer[k].start <= offset < outer[k].end

    def _quotation_before(self, offset):
        """The last outermost quotation ending at or before ``offset``, or None."""
        outer = self.outer
        k = bisect.bisect_right(outer, offset, key=_q_end) - 1
        return outer[k] if k >= 0 and outer[k].end > self.unit_start else None

    def _relative_source(self, toks, nps, a, hit):
        """A relative clause opening with ``hit`` at ``a`` (its comma included where the language writes one)
        that reports what the noun phrase right before it says ("Umfragen, nach denen die Mehrheit den Plan
        ablehne", "Berichte, wonach ...", "une étude selon laquelle ..."): the clause is the content, the noun
        phrase the speaker, the relative word its mention. Except for the phrases that only report ("wonach"),
        the noun must be one of saying or a body, or the clause be in the strong subjunctive ("die Lösungen,
        nach denen wir suchen", "der Stürmer, nach dem sich Klubs erkundigt hätten" report nothing)."""
        d, L = self.doc, self.L
        n = len(toks)
        ante = next((np_ for np_ in reversed(nps) if np_.b == a or np_.b < a and all(
            toks[t] is not None and d.tx[toks[t]] in QUOTE_CHARS for t in range(np_.b, a))), None)
        if ante is None:
            # a relative clause moved behind its verb ("Der Sprecher konnte Berichte nicht bestätigen, wonach
            # ..."): a noun of saying at most three lower-case words (the verb, a negation) before the comma
            ante = next((np_ for np_ in reversed(nps) if np_.b < a), None)
            if ante is None or not ante.cuenoun or a - ante.b > 3 or \
                    any(toks[t] is None or d.kind[toks[t]] != W_LOWER for t in range(ante.b, a)):
                ante = None
        b = a + len(hit)
        if ante is None or ante.pron or b >= n or toks[b] is None:
            return None
        ce = self._content_end(toks, b)
        cs = d.st[toks[b]]
        if ce is None or ce <= cs:
            return None
        # the relative clause ends where the main clause goes on after a comma with its verb ("Eine Umfrage,
        # nach der die Mehrheit den Plan ablehnt, sorgte für Unruhe")
        for t in range(b + 1, n - 1):
            if toks[t] is None or d.st[toks[t]] >= ce:
                break
            nx = toks[t + 1]
            if d.tx[toks[t]] == "," and nx is not None and d.kind[nx] == W_LOWER and d.lo[nx] not in L.dets and \
                    d.lo[nx] not in L.pron and d.lo[nx] not in L.conj and d.lo[nx] not in L.preps and \
                    d.lo[nx] not in L.comps:
                ce = d.en[toks[t - 1]]
                break
        if hit not in L.rel_src_always and not (
                ante.cuenoun or ante.org or L.strong and self._has_marker(cs, ce, L.strong)):
            return None
        m = self.mention_of(toks, ante)
        if m is None:
            return None
        if ante.cuenoun and m.speaker is not None and m.speaker.kind == "person" and not m.speaker.named:
            # reports, information, a study are no person, so no "il" or "sie" after them ("a démenti les
            # informations selon lesquelles il allait démissionner. « … », a-t-il déclaré" is the minister's)
            m.speaker.kind = "organization"
        # (the mention is the relative word, the phrase's last: "denen", "laquelle", "wonach")
        words = [t for t in range(a, b) if d.kind[toks[t]] != W_PUNCT]
        ms, me = d.st[toks[words[-1]]], d.en[toks[words[-1]]]
        cs_, ce_ = d.st[toks[words[0]]], d.en[toks[words[-1]]]
        return {"speaker": mention(ms, me, self.text[ms:me], m.speaker, "pronoun"),
                "cue": self.text[cs_:ce_], "cue_start": cs_, "cue_end": ce_, "source": True, "content": (cs, ce),
                "relative": True, "noun_start": d.st[toks[ante.a]]}

    def _content_end(self, toks, k):
        """The content runs to the end of the sentence (before a postposed frame or a quotation's end)."""
        d = self.doc
        last = None
        n = len(toks)
        L = self.L
        sub = (L.sp.zero_complementizer or L.sp.verb_second) and self._in_fronted_subordinate(toks, k)
        in_rel = False
        for t in range(k, n):
            if toks[t] is None:
                # a direct quote inside the content: it is part of it, go on (unless it closes on its clause's
                # comma before a clause of its own: 'called the plan "a mess," but the mayor said …')
                if t in self.comma_quote_at and last is not None and L.sp.zero_complementizer and \
                        t + 2 < n and toks[t + 1] is not None and toks[t + 2] is not None and (
                            (d.lo[toks[t + 1]] in L.conj or d.lo[toks[t + 1]] in L.sp.contrast_subordinators) and
                            (d.kind[toks[t + 2]] == W_CAP or d.lo[toks[t + 2]] in L.pron or
                             d.lo[toks[t + 2]] in L.dets or
                             any(x is not None and d.mask[x] & M_CUE for x in toks[t + 2:t + 5])) or
                            self._participle(d.lo[toks[t + 1]])):
                    break  # (also '"catastrophic," and residents said …', '"a travesty," vowing to appeal')
                continue
            w = d.tx[toks[t]]
            if sub and w == "," and L.sp.zero_complementizer and (
                    in_rel or t + 1 < n and toks[t + 1] is not None and d.lo[toks[t + 1]] in L.rel):
                nx = toks[t + 1] if t + 1 < n else None
                if in_rel and last is not None and nx is not None and (
                        d.kind[nx] == W_CAP or d.lo[nx] in L.dets or d.lo[nx] in L.subj_pron):
                    break  # the relative clause closes with the subordinate one: "After staff said the mayor would
                    # visit rural towns, which backed him, the campaign …"
                in_rel = not in_rel  # a relative clause inside it: "Although the mayor said the plan, which …, was"
                last = toks[t]
                continue
            if sub and last is not None and w == "," and (L.sp.zero_complementizer or self._main_verb_after(toks, t)):
                # "While he conceded the plan was late, the mayor ...", "Als der Minister sagte, dass …, war die
                # Lage ...": the content ends with its clause
                break
            if last is not None and w == "," and t + 2 < n and toks[t + 1] is not None and \
                    d.lo[toks[t + 1]] in L.sp.contrast_subordinators and \
                    (any(x is not None and d.lo[x] in L.cues for x in toks[t + 2:t + 7]) or
                     toks[t + 2] is not None and (d.kind[toks[t + 2]] == W_CAP or d.lo[toks[t + 2]] in L.subj_pron) and
                     any(x is not None and d.lo[x] in L.cues and
                         not d.lo[x].endswith(L.sp.participle_suffixes or ("\0",)) for x in toks[t + 3:t + 11])):
                break  # "..., though records show ...": the writer's own clause with its own source; "…, while Tessa
                # Wren of the federation said …": another speaker's report of its own
            if last is not None and (w == ";" or (w in "—–" or w == "," and L.sp.zero_complementizer) and
                                     t + 2 < n and toks[t + 1] is not None and
                                     d.lo[toks[t + 1]] in L.conj and toks[t + 2] is not None and
                                     (d.kind[toks[t + 2]] == W_CAP or d.lo[toks[t + 2]] in L.pron or
                                      d.lo[toks[t + 2]] in self.L.dets or
                                      w == "," and self._subject_then_cue(toks, t + 2) and
                                      not any(toks[x] is not None and d.tx[toks[x]] == ","
                                              for x in range(max(k, t - 3), t)))):
                break  # "... would take longer — and she added that ...", "..., and the mayor is pledging",
                # "…, and opposition lawmakers warned that …" (not the last of a list: "doctors, nurses, and
                # teachers reported …")
            if last is not None and self.L.sp.zero_complementizer and self._second_cue(toks, t, k):
                break
            if last is not None and w == "," and L.sp.zero_complementizer and t + 3 < n and \
                    toks[t + 1] is not None and d.lo[toks[t + 1]] in L.conj and toks[t + 2] is not None and \
                    d.lo[toks[t + 2]] in L.sp.frame_subordinators and \
                    any(x is not None and d.mask[x] & M_CUE for x in toks[t + 3:]):
                break  # "…, and when questioned about it, the lawyer replied …": a clause of its own with its own cue
            if t > k and w == "," and not self._fronted_adverbial(toks, k, t) and \
                    self._named_subject_then_cue(toks, t):
                break  # '… nannte die Rote Karte „lächerlich“, Trainer Markus Brandt bezeichnete …'
            last = toks[t]
        if last is None:
            return d.en[toks[k]] if toks[k] is not None else d.st[toks[k]]
        e = d.en[last]
        # a quotation closing right after the last frame token belongs to the content
        for q in self.outer:
            if q.start <= e + 3 and q.end + 1 >= e and q.end <= self.unit_end:
                e = max(e, q.end)
        return e

    def _fronted_adverbial(self, toks, k, t):
        """Does the content from ``k`` to the comma at ``t`` open (after its complementizer) with a phrase of time, a
        preposition, a subordinate clause or anything else that is no subject, so that the comma closes that phrase and
        the clause's own subject follows ("said that after the audit was published, the company admitted …", "said
        that by 2030, the government expects …", "a affirmé qu'en 2019, le ministère avait …")?"""
        d, L = self.doc, self.L
        u = k
        while u < t and toks[u] is not None and (d.lo[toks[u]] in L.comps or d.tx[toks[u]] in QUOTE_CHARS):
            u += 1
        if u >= t or toks[u] is None:
            return False
        w = d.lo[toks[u]]
        # (anything but a subject's first word: an article, a pronoun or a name)
        return w in L.preps or w in L.sp.frame_subordinators or w in L.timewords or bool(d.mask[toks[u]] & M_DIGIT) or \
            u > k and d.kind[toks[u]] == W_LOWER and w not in L.dets and w not in L.pron

    def _named_subject_then_cue(self, toks, t):
        """After the comma at ``t``, does a sentence of another speaker begin: a name or role in capitals (at most
        four words) and right after it a cue with an object of its own ("…, Trainer Markus Brandt bezeichnete die
        Leistung als …"; not an inserted frame: "The plan, Hale said, would …")?"""
        d, L = self.doc, self.L
        n = len(toks)
        u = t + 1
        if L.lower_nouns and u < n and toks[u] is not None and d.kind[toks[u]] == W_LOWER and d.mask[toks[u]] & M_DET:
            # an article and the nouns of a role or a body: "…, les syndicats ont appelé …"
            v = u + 1
            while v < n and v - u <= 3 and toks[v] is not None and d.kind[toks[v]] == W_LOWER and \
                    not d.mask[toks[v]] & (M_CUE | M_AUX | M_STOP | M_DET | M_PREP):
                v += 1
            if v == u + 1 or not d.mask[toks[v - 1]] & (M_ROLE | M_ORG):
                return False
            u = v
        else:
            # (where nouns are capitalised, an article may open a role and a name: "…, der CDU-Chef Friedrich Kamp
            # konterte, …", lb "…, d'Oppositiounschefin Paulette Lenert huet gekontert, …")
            art = not L.lower_nouns and u + 2 < n and toks[u] is not None and d.mask[toks[u]] & M_DET and \
                toks[u + 1] is not None and d.kind[toks[u + 1]] == W_CAP and d.mask[toks[u + 1]] & (M_ROLE | M_TITLE) \
                and toks[u + 2] is not None and d.kind[toks[u + 2]] == W_CAP and not d.mask[toks[u + 2]] & M_CUE
            if art:
                u += 1
            # (a title's full stop belongs to the name: "…, Dr. Kevin Lowe said …")
            while u < n and u - t <= 6 and toks[u] is not None and (
                    d.kind[toks[u]] == W_CAP and not d.mask[toks[u]] & (M_CUE | M_AUX | M_STOP | M_DET) or
                    d.mask[toks[u]] & M_DOT and u > t + 1 and d.mask[toks[u - 1]] & M_TITLE):
                u += 1
            if u == t + 1 + art:
                return False
            if u - t == 2 and not L.lower_nouns and not d.mask[toks[t + 1]] & (M_ROLE | M_TITLE) and \
                    self.index.find(d.tx[toks[t + 1]], d.st[toks[t + 1]]) is None:
                return False  # (where nouns are capitalised, a noun alone is no one named: "sagte, Anwohner
                # meldeten einen Knall")
        # (an auxiliary of the indicative may come first: "… ont appelé", "… has said"; not "Merkel habe erklärt")
        if u < n and toks[u] is not None and d.mask[toks[u]] & M_AUX and d.lo[toks[u]] not in L.markers:
            u += 1
        if u + 1 >= n or toks[u] is None or toks[u + 1] is None:
            return False
        x, nx = toks[u], toks[u + 1]
        # (an inserted frame's cue closes on a comma, after a word of time at most: ", Hale said Friday, …"; with the
        # verb second no frame puts its subject first, so there the comma opens the new speaker's clause: "…, CSU-Chef
        # Markus Albers sagte, das Ergebnis sei …")
        if L.sp.verb_second and d.tx[nx] == ",":
            return d.kind[x] == W_LOWER and d.lo[x] in L.cues and not self._participle(d.lo[x]) and \
                d.lo[x] not in L.markers
        return d.kind[x] == W_LOWER and d.lo[x] in L.cues and not self._participle(d.lo[x]) and \
            d.lo[x] not in L.markers and d.kind[nx] != W_PUNCT and d.lo[nx] not in L.comps and \
            not (u + 2 < n and toks[u + 2] is not None and d.tx[toks[u + 2]] == ",")

    def _subject_then_cue(self, toks, j):
        """Do a few words of a noun phrase at ``j`` come before a verb of saying ("opposition lawmakers warned"; not
        "would eventually add", "was light on details", "when pressed", "there's no question")?"""
        d, L = self.doc, self.L
        for t in range(j, min(len(toks), j + 5)):
            x = toks[t]
            if x is None or d.kind[x] == W_PUNCT:
                return False
            w = d.lo[x]
            if t > j and d.mask[x] & M_CUE and d.kind[x] == W_LOWER:
                return d.lo[toks[t - 1]] not in L.dets
            if w in L.comps or w in L.aux or w in L.preps or w in L.stop or w in L.rel or w in L.conj or \
                    self._adverb(w) or "'" in w or "’" in w:
                return False
        return False

    def _in_fronted_subordinate(self, toks, k):
        """Is position ``k`` inside a subordinate clause that opens the sentence ("Although she admitted …, ",
        "Back when he wrote …, ", "Als der Minister sagte, dass …, "), with no comma before it but the
        complementizer's, and only the clause's subject between its conjunction and the cue (not "After the vote
        the chairman said …": there the cue is the main clause's)?"""
        d, L = self.doc, self.L
        subs = L.sp.frame_subordinators
        for t in range(0, min(k, 3)):
            x = toks[t]
            if x is None or d.kind[x] == W_PUNCT:
                return False
            if d.lo[x] in subs:
                break
        else:
            return False
        e = k - 1 if k > 0 and toks[k - 1] is not None and d.tx[toks[k - 1]] == "," else k  # (", dass …")
        if not all(x is not None and d.tx[x] != "," for x in toks[t + 1:e]):
            return False
        cue = next((u for u in range(t + 1, e) if d.lo[toks[u]] in L.cues), None)
        if cue is None:
            return False
        heads = sum(1 for u in range(t + 1, cue) if d.lo[toks[u]] in L.dets or d.lo[toks[u]] in L.pron)
        return heads <= 1

    def _main_verb_after(self, toks, t):
        """With the verb second, does the main clause's finite verb follow the comma at ``t`` (a lower-case word
        that is no article, pronoun, conjunction, preposition or complementizer: ", war die Lage ...")?"""
        d, L = self.doc, self.L
        if t + 1 >= len(toks) or toks[t + 1] is None:
            return False
        x = toks[t + 1]
        w = d.lo[x]
        return d.kind[x] == W_LOWER and w not in L.dets and w not in L.pron and w not in L.conj and \
            w not in L.preps and w not in L.comps and w not in L.rel and w not in L.stop

    def _second_cue(self, toks, t, start=None):
        """Does a cue of its own start at ``t``, ending the content before it? ", though she conceded ...",
        ", arguing that ...", "... and said ..."; after an auxiliary or adverb ("… but has said …") only where the
        content from ``start`` is an object, no clause with a verb of its own ("said the union has attacked him and
        has called for …" is all the union's)."""
        d, L = self.doc, self.L
        ing = L.sp.participle_suffixes
        n = len(toks)
        w = d.tx[toks[t]]
        nxt = [toks[i] for i in range(t + 1, min(n, t + 4))]
        if w == ",":
            # ", arguing that ...", ", saying ...", and after an adverb or a preposition: ", even suggesting ...",
            # ", aside from saying ..."
            for x in range(t + 1, min(n - 1, t + 4)):
                y = toks[x]
                if y is None or d.kind[y] != W_LOWER:
                    break
                low = d.lo[y]
                if low in L.cues and low.endswith(ing):
                    if toks[x + 1] is not None and d.kind[toks[x + 1]] != W_PUNCT:
                        return True
                    break
                if not (low in L.preps or low in L.stop and low not in L.pron and low not in L.dets or
                        self._adverb(low)):
                    break
        if w == "," or w in "—–":
            # a clause whose cue introduces a quotation of its own: ", saying, “…”", ", I laughed and said: “…”",
            # "… — Tom Hale replied, “…”"
            for x in range(t + 1, min(n - 2, t + 7)):
                y = toks[x]
                if y is None or d.tx[y] in CLAUSE_PUNCT:
                    break
                if d.lo[y] in L.cues:
                    # (an addressee may come between: ", Johnson told reporters, “…”")
                    z = next((u for u in range(x + 1, min(n - 1, x + 4 if d.lo[y] in L.sp.addressee_cues else x + 2))
                              if toks[u] is None or d.tx[toks[u]] in CLAUSE_PUNCT), None)
                    if z is not None and toks[z] is not None and d.tx[toks[z]] in (",", ":") and \
                            self._quotation_at(toks, z + 1):
                        return True
                    break
        if d.lo[toks[t]] in L.conj:
            # "... and said she would ...", with auxiliaries or adverbs between: "... but has said she …", "... and
            # later warned that …" (not a modal, whose verb goes on with the reported clause: "said it would close
            # two plants, but would add jobs …")
            x = t + 1
            while x < n and x - t <= 3 and toks[x] is not None and \
                    (d.lo[toks[x]] in L.aux or self._adverb(d.lo[toks[x]])) and d.lo[toks[x]] not in L.sp.modal_verbs:
                x += 1
            if x < n and toks[x] is not None and d.lo[toks[x]] in L.sp.modal_verbs or x > t + 1 and (
                    start is None or any(toks[y] is None or d.lo[toks[y]] in L.aux or d.lo[toks[y]] in L.cues
                                         for y in range(start, t))):
                x = n
            if x + 1 < n and toks[x] is not None and d.lo[toks[x]] in L.cues and not d.lo[toks[x]].endswith(ing) and \
                    toks[x + 1] is not None and d.kind[toks[x + 1]] != W_PUNCT:
                return True
        if d.lo[toks[t]] in L.conj:
            # "... and the unions accused the board of ...", "... but the mayor has said ...": a new subject and its cue
            # (the subject may be a role or a body after a comma or a dash: "..., but economists warned ...", "—
            # and local officials said ...", never any noun: "... and personal attacks that ...", nor without
            # the comma, where the noun is one of the content's own subjects: "said the judge and prosecutors
            # argued ...")
            subj = False
            nouns = 0
            after_break = t > 0 and toks[t - 1] is not None and d.tx[toks[t - 1]] in (",", "—", "–", ";") and \
                not any(toks[x] is not None and d.tx[toks[x]] == "," for x in range(max(0, t - 5), t - 1))
            # (not the last of a list: "doctors, nurses, and teachers reported …")
            for x in range(t + 1, min(n, t + 5)):
                y = toks[x]
                if y is None:
                    return False
                low = d.lo[y]
                if subj and low in L.cues and not low.endswith(ing):
                    return x + 1 < n and toks[x + 1] is not None and d.kind[toks[x + 1]] != W_PUNCT
                if d.kind[y] == W_CAP and low not in L.stop or low in L.pron:
                    subj = True
                elif after_break and d.kind[y] == W_LOWER and nouns < 2 and \
                        not d.mask[y] & (M_CUE | M_STOP | M_AUX | M_PREP | M_COMP) and low not in L.rel and \
                        not self._adverb(low):
                    # (an adjective may come first: the noun before the cue decides)
                    subj = low in L.roles or low in L.orgs
                    nouns += 1
                elif not (low in L.dets or low in L.aux and subj):
                    return False
        if w == "," and len(nxt) == 3 and all(x is not None for x in nxt) and d.lo[nxt[0]] in L.stop and \
                d.lo[nxt[0]] not in L.pron and (d.lo[nxt[1]] in L.pron or d.kind[nxt[1]] == W_CAP) and \
                d.lo[nxt[2]] in L.cues:
            return True  # ", though she conceded ..."
        return False

    def _source_before(self, toks, nps, k, m, phrase, clause_of, end_offset):
        d, L = self.doc, self.L
        n = len(toks)
        postposed_only = phrase in L.src_post
        mention_from = None  # where the mention starts when it runs over words before the speaker's phrase
        if len(phrase) == 1 and phrase[0] in L.preps:
            # an ordinary preposition ("pour", "nach") is a source phrase only when it opens the sentence or
            # its clause and the source is followed by a comma: "Pour lui, ..."
            nx = next((x for x in nps if k + 1 <= x.a <= k + 2), None)
            if nx is not None and nx.cuenoun:
                pass  # "nach Angaben der Polizei", "nach jüngsten Untersuchungen": a source anywhere
            elif not (k == 0 or toks[k - 1] is None or d.tx[toks[k - 1]] in CLAUSE_PUNCT):
                return None
            elif k > 0 and phrase in L.src_closing and k + 1 < n and toks[k + 1] is not None and \
                    (nx is None and d.lo[toks[k + 1]] in L.dets or nx is not None and
                     all(toks[t] is not None and (d.tx[toks[t]] in END_PUNCT or d.tx[toks[t]] in QUOTE_CHARS) or
                         toks[t] is None and t == nx.b and nx.org  # (a name in marks: "selon le quotidien « … »")
                         for t in range(nx.b, n))):
                # "..., selon les chiffres publiés par le ministère.", "..., selon la préfecture.": after a comma
                pass
            else:
                j = nx.b if nx is not None else n
                if j < n and toks[j] is not None and d.tx[toks[j]] in QUOTE_CHARS:
                    j += 1  # a name in marks: "Selon « Le Parisien », ..."
                while j < n and toks[j] is not None and j - nx.b < 4 and d.kind[toks[j]] == W_LOWER:
                    j += 1  # "Wie der Sprecher weiter mitteilte, ..."
                if nx is None or j >= n or toks[j] is None or d.tx[toks[j]] != ",":
                    if not postposed_only:
                        return None
        np_ = next((x for x in nps if k + m <= x.a <= k + m + 1), None)
        if np_ is None and m > 1:
            # the chunker read the phrase's noun of saying with its of-phrase as one noun phrase: "No
            # Informatioune vun der Police war …" is the police's
            np_ = next((x for x in nps if k < x.a < k + m < x.b and x.cuenoun and x.inner is not None), None)
        if np_ is None:
            # a title the chunker left out before the name: "According to Dr. Jane Park, …"
            t = k + m
            while t < n and t - k - m < 4 and toks[t] is not None and (d.lo[toks[t]] in L.titles or
                                                                       d.tx[toks[t]] == "."):
                t += 1
            if t > k + m:
                np_ = next((x for x in nps if x.a == t), None)
        if np_ is not None or k + m < n and toks[k + m] is not None:
            # a name in marks, an article allowed before them ("laut dem „Tagesspiegel“", "laut „Bild am
            # Sonntag“"): the whole name
            o = k + m
            if np_ is None and o + 1 < n and toks[o + 1] is not None and d.lo[toks[o]] in L.dets and \
                    d.tx[toks[o + 1]] in QUOTE_CHARS:
                o += 1
            if toks[o] is not None and d.tx[toks[o]] in QUOTE_CHARS and (np_ is None or np_.a <= o + 1):
                close = next((t for t in range(o + 1, min(n, o + 7)) if toks[t] is None or
                              d.tx[toks[t]] in QUOTE_CHARS), None)
                if close is not None and toks[close] is not None and close > o + 1:
                    np_ = NP(o + 1, close)
        if np_ is None and L.lower_nouns and k + m < n and toks[k + m] is not None and \
                d.lo[toks[k + m]] in L.dets:
            # "according to the poll", "selon les syndicats": a determiner and common nouns
            e = k + m + 1
            while e < n and e - k - m < 5 and toks[e] is not None and d.kind[toks[e]] == W_LOWER and \
                    d.lo[toks[e]] not in L.preps and d.lo[toks[e]] not in L.cues and d.lo[toks[e]] not in L.aux:
                e += 1
            if e > k + m + 1:
                np_ = NP(k + m, e)
        if np_ is None and L.lower_nouns and k > 0:
            # "..., according to show insiders.": the rest of the sentence is the source
            rest = [t for t in range(k + m, n) if toks[t] is not None and d.kind[toks[t]] != W_PUNCT]
            if 1 <= len(rest) <= 6 and all(toks[t] is not None for t in range(k + m, n)):
                np_ = NP(k + m, rest[-1] + 1)
        if np_ is None and L.lower_nouns and k == 0:
            # "According to exit polls, ...": the words up to the comma are the source
            e = k + m
            while e < n and e - k - m < 8 and toks[e] is not None and d.kind[toks[e]] != W_PUNCT:
                e += 1
            if e > k + m and e < n and toks[e] is not None and d.tx[toks[e]] == ",":
                # (a name closing the words is the speaker: "veteran morning show presenter Tom Smith")
                np_ = next((x for x in nps if k + m < x.a and x.b == e and x.name is not None), None)
                mention_from = k + m if np_ is not None else None
                np_ = np_ or NP(k + m, e)
        if np_ is None:
            return None
        possessor = None
        if not np_.pron and np_.b + 1 < n and toks[np_.b] is not None and toks[np_.b + 1] is not None and \
                L.sp.possessive_endings and d.kind[toks[np_.b]] == W_LOWER and \
                not d.mask[toks[np_.b]] & (M_CUE | M_AUX | M_PREP | M_STOP) and \
                d.tx[toks[np_.b]].endswith(tuple(L.sp.possessive_endings)):
            np_ = NP(np_.a, np_.b + 1)  # ("the police commissioner's report": the possessor runs over its noun)
        inner = next((t for t in range(np_.b - 2, np_.a - 1, -1) if toks[t] is not None and L.sp.possessive_endings
                      and d.tx[toks[t]].endswith(tuple(L.sp.possessive_endings))), None) if not np_.pron else None
        if inner is not None and toks[np_.b - 1] is not None and (d.lo[toks[np_.b - 1]] in L.sp.evidence_nouns or
                                                                  d.mask[toks[np_.b - 1]] & M_CNOUN):
            # the chunker's one phrase: "the mayor's report" is the mayor's
            possessor = NP(np_.a, inner + 1)
        elif not np_.pron and np_.b < n and toks[np_.b - 1] is not None and L.sp.possessive_endings and \
                self.text[d.st[toks[np_.a]]:d.en[toks[np_.b - 1]]].endswith(
                    tuple(L.sp.possessive_endings) + ("s'", "s’")):
            # "According to Quill's commentary, …", "as stated in the mayor's letter, …": the possessor's document
            # (a body's unit is the body: "the mayor's office")
            e = np_.b
            while e < n and e - np_.b < 3 and toks[e] is not None and d.kind[toks[e]] == W_LOWER and \
                    not d.mask[toks[e]] & (M_CUE | M_AUX | M_PREP | M_STOP):
                e += 1
            if e > np_.b and (e >= n or toks[e] is None or d.tx[toks[e]] in CLAUSE_PUNCT or
                              d.tx[toks[e]] in END_PUNCT):
                if not d.mask[toks[e - 1]] & M_ORG or d.lo[toks[e - 1]] in L.sp.evidence_nouns or \
                        d.mask[toks[e - 1]] & M_CNOUN:
                    possessor = np_  # (a report or a statement is its author's, an office the body's)
                np_ = NP(np_.a, e)
        if np_.pron and not np_.a == k + m:
            return None
        if phrase in L.src_strict and not (np_.cuenoun or np_.org or np_.role is not None or np_.acronym or
                                           np_.a > 0 and d.st[toks[np_.a]] in self.source_names):
            return None  # "gemäß den Regeln", "gemäß Fahrplan": a rule followed, not a source
        if k == 0 and np_.b < n and toks[np_.b] is not None and d.lo[toks[np_.b]] in L.of and not np_.pron:
            # "D'après les premiers éléments de l'enquête, ...": the source runs over its of-phrase to the comma
            e = np_.b
            while e < n and e - np_.b < 8 and toks[e] is not None and d.tx[toks[e]] not in CLAUSE_PUNCT and \
                    d.tx[toks[e]] not in END_PUNCT and d.lo[toks[e]] not in L.cues:
                e += 1
            if e < n and toks[e] is not None and d.tx[toks[e]] == "," and self._has_content_after(toks, e + 1):
                np_ = NP(np_.a, e)
        at_start = k == 0 or toks[k - 1] is None or d.tx[toks[k - 1]] in CLAUSE_PUNCT
        at_end = np_.b >= n - 1 or all(toks[t] is not None and d.tx[toks[t]] in END_PUNCT | set(QUOTE_CHARS)
                                       for t in range(np_.b, n))
        # a source after a comma with a sentence before it may frame that sentence
        frames_before = k > 0 and toks[k - 1] is not None and d.tx[toks[k - 1]] == "," and \
            self._sentence_start_offset(toks, k) is not None
        if not at_end and frames_before and (
                    all(toks[t] is not None and (d.kind[toks[t]] == W_LOWER or d.tx[toks[t]] in END_PUNCT)
                        for t in range(np_.b, n)) and n - np_.b <= 4 or
                    toks[np_.b] is not None and d.tx[toks[np_.b]] == "," and
                    (sum(3 if t is None else d.kind[t] != W_PUNCT for t in toks[np_.b + 1:]) <= 6 or
                     np_.b + 1 < n and toks[np_.b + 1] is not None and (d.lo[toks[np_.b + 1]] in L.conj or
                                                                        d.lo[toks[np_.b + 1]] in L.rel) or
                     k >= 6 and self._apposition_to_end(toks, np_.b + 1) or
                     k >= 6 and self._comparison_to_end(toks, np_.b + 1))):
            # "..., according to a new national poll." / "..., according to the Tax Foundation, more than ..." /
            # "..., according to the agency, and ...", "..., according to an audit by X, whose authors …": a source
            # after a comma frames what comes before it
            at_end = True
        if frames_before and L.lower_nouns:
            end = n
            while end > np_.b and toks[end - 1] is not None and d.tx[toks[end - 1]] in END_PUNCT:
                end -= 1
            if 0 < end - np_.b <= 8 and all(
                    toks[t] is not None and d.kind[toks[t]] != W_PUNCT and d.lo[toks[t]] not in L.cues and
                    d.lo[toks[t]] not in L.aux and d.lo[toks[t]] not in L.comps and d.lo[toks[t]] not in L.conj and
                    d.lo[toks[t]] not in L.pron for t in range(np_.b, end)):
                # "..., according to a police database tracking such cases.": the source runs to the end
                np_ = NP(np_.a, end)
                at_end = True
            elif not at_end and np_.b < n and toks[np_.b] is not None and d.tx[toks[np_.b]] == ",":
                app = self._apposition(toks, nps, np_)
                if app is not None and (all(toks[t] is not None and d.tx[toks[t]] in END_PUNCT | set(QUOTE_CHARS)
                                            for t in range(app[1], n)) or
                                        app[1] + 1 < n and toks[app[1]] is not None and d.tx[toks[app[1]]] == "," and
                                        toks[app[1] + 1] is not None and d.lo[toks[app[1] + 1]] in L.rel):
                    # "..., according to Mark Lee, head of the board at the university." (also with a relative
                    # clause after it: "…, selon la ministre de l'Énergie, Laure Fontaine, qui s'exprimait …")
                    at_end = True
        # (the source's adverbs: ", so der Minister weiter, ...")
        after = np_.b
        while after < n and after - np_.b < 2 and toks[after] is not None and d.kind[toks[after]] == W_LOWER and \
                d.lo[toks[after]] in L.sp.source_followers:
            after += 1
        if after > np_.b and all(toks[t] is not None and d.tx[toks[t]] in END_PUNCT for t in range(after, n)):
            at_end = True  # '"...", so Müller weiter.', "..., so die Ministerin abschließend."
        if postposed_only and not (at_start and k > 0 and (at_end or (after < n and toks[after] is not None and (
                d.tx[toks[after]] == "," or d.lo[toks[np_.b]] in L.preps and self._pp_to_end(toks, np_.b))))):
            return None
        if postposed_only and not at_end and np_.b < n and toks[np_.b] is not None and \
                d.lo[toks[np_.b]] in L.preps:
            at_end = True  # ", so Klubpräsident X zu den Plänen des Klubs.
        if possessor is not None:
            m_ = self.mention_of(toks, possessor)
            if m_ is not None:
                m_.end = d.en[toks[np_.b - 1]]
                m_.text = self.text[m_.start:m_.end]
                sp_ = m_.speaker
                if sp_ is not None and sp_.kind == "person" and not sp_.named and sp_.name.split() and \
                        sp_.name.split()[-1].lower() in L.orgs:
                    sp_.kind = "organization"  # ("the council's annual report": the council)
        else:
            m_ = self._own_account(toks, nps, np_, self._mention_with_apposition(toks, nps, np_))
        if m_ is None:
            return None
        if mention_from is not None:
            m_.start = d.st[toks[mention_from]]
            m_.text = self.text[m_.start:m_.end]
        i = toks[k]
        at = {"speaker": m_, "cue": self.text[d.st[i]:d.en[toks[k + m - 1]]], "cue_start": d.st[i],
              "cue_end": d.en[toks[k + m - 1]], "source": True}
        # content: after the source (skipping a comma or a cue verb), or before it when it closes the sentence
        if postposed_only and k > 0 and after < n and toks[after] is not None and \
                d.tx[toks[after]] == "," and self._has_content_after(toks, after + 1) and \
                (self._words(toks, 0, k) <= 2 or L.markers and after + 2 < n and toks[after + 1] is not None and
                 not (d.lo[toks[after + 1]] in L.sp.relative_pronouns and toks[after + 2] is not None and
                      d.kind[toks[after + 2]] != W_CAP) and
                 self._has_marker(d.st[toks[after + 1]], self.unit_end, L.markers)):
            # "Dennoch, so Berger, habe der Verein ...", "Die Gebühren, so die Kämmerin weiter, würden ...": a frame
            # inserted in its sentence, the reported speech (in the subjunctive) going on after it; not "...,
            # so der Landwirt, dessen Hof ... liegt", "..., so der Kämmerer, doch der Rat sieht das anders"
            if toks[0] is not None:
                at["content"] = (d.st[toks[0]], self._content_end(toks, after + 1))
                return at
        if at_end or postposed_only or (np_.b < n and toks[np_.b] is not None and d.tx[toks[np_.b]] == "," and
                                         k > 0 and not self._has_content_after(toks, np_.b + 1)):
            if k > 0:
                start = self._sentence_start_offset(toks, k)
                if start is not None:
                    prev = toks[k - 1]
                    at["content"] = (start, d.st[prev] if prev is not None and d.tx[prev] == "," else d.st[i])
            return at
        j = np_.b
        if j < n and toks[j] is not None and d.tx[toks[j]] in QUOTE_CHARS:
            j += 1  # the closing mark of a name in marks ("laut „Reuters“ ...")
        if at_start and j + 2 < n and toks[j] is not None and d.tx[toks[j]] == "," and toks[j + 1] is not None and \
                d.lo[toks[j + 1]] in L.sp.relative_pronouns and toks[j + 2] is not None and \
                d.kind[toks[j + 2]] != W_CAP:
            # "Laut dem Bericht, der am Montag erschien, sind ...": the relative clause is the source's
            e = next((t for t in range(j + 2, min(n, j + 16)) if toks[t] is None or d.tx[toks[t]] == ","), None)
            if e is not None and toks[e] is not None and self._has_content_after(toks, e + 1):
                j = e
        if at_start and j < n and toks[j] is not None and d.tx[toks[j]] == ",":
            # "According to Sam Ruiz, a spokesman for the sheriff's office, the suspect was armed", "According to
            # the agency's director, Karen Wu, the budget …": the apposition is the source's
            app = self._apposition(toks, nps, np_)
            # (a role first names the person after it; "the report, Karen Wu, the director, …" is no apposition)
            if app is not None and (app[0] is np_ or app[2][0].role is not None) and app[1] > j and app[1] < n and \
                    toks[app[1]] is not None and d.tx[toks[app[1]]] == "," and \
                    self._has_content_after(toks, app[1] + 1):
                j = app[1]
        while j < n and toks[j] is not None and (d.tx[toks[j]] == "," or d.lo[toks[j]] in L.cues):
            j += 1
        if j < n and toks[j] is not None and not at_start and k > 0 and not self._has_content_after(toks, j) and \
                self._words(toks, 0, k) + self._words(toks, j, n) >= 4:
            # "Das Paket wurde laut einem Sprecher bereits zugestellt.": the source inside its sentence
            start = self._sentence_start_offset(toks, k)
            if start is not None:
                at["content"] = (start, self._content_end(toks, j))
            return at
        if j < n and toks[j] is not None and self._has_content_after(toks, j):
            if not at_start and k > 0:
                start = self._sentence_start_offset(toks, k)
                cs = start if start is not None else d.st[toks[j]]
            else:
                cs = d.st[toks[j]]
            at["content"] = (cs, self._content_end(toks, j))
        return at

    def _pp_to_end(self, toks, j):
        """Do the tokens from ``j`` form a short phrase closing the sentence (no verb-like cue, no comma)?"""
        d = self.doc
        rest = toks[j:]
        return len(rest) <= 10 and all(t is not None and d.tx[t] not in CLAUSE_PUNCT and d.lo[t] not in self.L.cues
                                       for t in rest)

    def _words(self, toks, a, b):
        """Words in frame positions [a, b) (a quotation counts as three)."""
        d = self.doc
        return sum(3 if t is None else d.kind[t] != W_PUNCT for t in toks[a:b])

    def _has_content_after(self, toks, j):
        return self._words(toks, j, len(toks)) >= 3

    def _own_account(self, toks, nps, np_, m_):
        """The mention ``m_`` of a source ``np_``; for one's own account ("nach eigenen Angaben", "eigenen
        Angaben zufolge") it stays where the text attributes, but speaks for the sentence's subject ("Die Reederei
        will nach eigenen Angaben …" is its account), as a pronoun would; unresolved without one."""
        d, L = self.doc, self.L
        if m_ is None:
            return m_
        words = [d.lo[toks[t]] for t in range(max(0, np_.a - 1), min(np_.b, np_.a + 2)) if toks[t] is not None]
        speaks = lambda x: x is not np_ and not x.after_prep and not x.cuenoun and (
            x.pron or x.role is not None or x.org or x.name is not None)
        if L.sp.own_source_words and any(w in L.sp.own_source_words for w in words):
            # (the phrase's noun is no person for the subject's pronoun to point to: "Nach eigener Aussage will
            # er …" is his)
            self.index.history = [h for h in self.index.history if h != (m_.start, m_.speaker)]
            subject = next((x for x in nps if speaks(x)), None)
            own = self.mention_of(toks, subject) if subject is not None else None
            m_.speaker = own.speaker if own is not None else None
        elif L.sp.possessive_determiners and len(words) > (np_.a > 0) and \
                words[0 if np_.a == 0 else 1] in L.sp.possessive_determiners \
                and np_.name is None:  # (a named person speaks for themselves: "so ihr Präsident Marc Wagner")
            # a possessive opening the source ("ihren Angaben zufolge", "nach seinen Worten") points back to the
            # nearest person or body before it in its sentence ("Der Sprecher sagte, die Ministerin werde ihren
            # Worten nach …" is the minister's account), else to the phrase opening the sentence ("Die
            # Genossenschaft will ihren Angaben zufolge …"); with none before it, the source stays as it is
            subject = next((x for x in reversed(nps) if x.b <= np_.a and speaks(x) and
                            self._can_speak(toks, x, strict=True)), None) or \
                next((x for x in nps[:1] if x.a == 0 and x.b <= np_.a and speaks(x)), None)
            own = self.mention_of(toks, subject) if subject is not None else None
            if own is not None and own.speaker is not None:
                m_.speaker = own.speaker
            elif subject is None and np_.cuenoun:
                # with nothing before it in its sentence, it points back as a pronoun does ("Die Anwältin sprach
                # mit Reportern. Nach ihren Angaben …" is hers); the noun of saying is never a person
                self.index.history = [h for h in self.index.history if h != (m_.start, m_.speaker)]
                possessive = words[0 if np_.a == 0 else 1]
                gender = L.sp.possessive_genders.get(possessive)
                m_.speaker = self.person_before(m_.start, gender)
                if possessive in L.sp.plural_possessives and m_.speaker is not None and m_.speaker.gender != gender:
                    m_.speaker = None  # ("Nach ihren Angaben" after Jan Roth: the police's, or anyone's but his)
                m_.how = "pronoun"
        return m_

    def _source_after(self, toks, nps, k, m, phrase, clause_of, end_offset):
        d, L = self.doc, self.L
        n = len(toks)
        np_ = next((x for x in nps if x.b == k), None)
        own = None
        if np_ is None and k > 0 and toks[k - 1] is not None and d.lo[toks[k - 1]] in L.sp.object_pronouns:
            # "Ihm zufolge …", "…, ihnen zufolge, …": the person or body named before, as a pronoun points
            i = toks[k - 1]
            np_ = NP(k - 1, k)
            who = None if L.sp.object_pronouns[d.lo[i]] == "pl" else self.person_before(d.st[i])
            own = mention(d.st[i], d.en[i], d.tx[i], who, "pronoun")
        if np_ is None or np_.pron:
            return None
        initial = np_.a == 0 or toks[np_.a - 1] is None or d.tx[toks[np_.a - 1]] in CLAUSE_PUNCT
        if phrase in L.src_after_initial and not initial and not np_.cuenoun:
            return None
        if m == 1 and d.lo[toks[k]] in L.preps and k + 1 < n and toks[k + 1] is not None and (
                d.lo[toks[k + 1]] in L.dets) or \
                m == 1 and not np_.cuenoun and d.lo[toks[k]] in L.preps and k + 1 < n and toks[k + 1] is not None and (
                d.mask[toks[k + 1]] & M_DIGIT or
                d.kind[toks[k + 1]] == W_CAP and not d.mask[toks[k + 1]] & (M_AUX | M_CUE) or
                d.kind[toks[k + 1]] == W_LOWER and k + 2 < n and toks[k + 2] is not None and
                d.kind[toks[k + 2]] == W_CAP and not d.mask[toks[k + 1]] & (M_AUX | M_CUE | M_STOP)):
            return None  # the preposition of a noun phrase after it: "Die Forderung nach höheren Löhnen …", "Der
            # Bericht nach der Prüfung …" (after a noun of saying, only an article: "eigenen Angaben nach 200 …")
        m_ = own or self._own_account(toks, nps, np_, self.mention_of(toks, np_))
        if m_ is None:
            return None
        i = toks[k]
        e_cue = toks[k + m - 1]
        at = {"speaker": m_, "cue": self.text[d.st[i]:d.en[e_cue]], "cue_start": d.st[i], "cue_end": d.en[e_cue],
              "source": True}
        j = k + m
        while j < n and toks[j] is not None and d.tx[toks[j]] == ",":
            j += 1
        if j < n and toks[j] is not None and self._has_content_after(toks, j):
            cs = d.st[toks[j]]
            if not initial:
                start = self._sentence_start_offset(toks, np_.a)
                if start is not None:
                    cs = start
            at["content"] = (cs, self._content_end(toks, j))
        elif not initial and j < n and toks[j] is not None and \
                self._words(toks, 0, np_.a) + self._words(toks, j, n) >= 4:
            # "Die Infektionen seien der Studie zufolge vermeidbar.": the source inside its sentence frames it
            start = self._sentence_start_offset(toks, np_.a)
            if start is not None:
                at["content"] = (start, self._content_end(toks, j))
        return at


@hookimpl
def newsquotes_extractors():
    return [QuoteExtractor()]

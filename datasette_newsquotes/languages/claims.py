"""What a language module says about claims: the cues that give a statement its status and its source.

The claim extractor (``extract/claims.py``) is language-neutral: every word it looks for lives here. Words are
lower case; phrases may contain spaces.
"""
from dataclasses import dataclass, field


@dataclass
class Claims:
    # words that confirm: "confirméiert", "bestätigt", "a confirmé", "confirmed"
    confirm: frozenset = frozenset()
    # words that deny: "dementéiert", "bestritt", "a démenti", "denied"
    deny: frozenset = frozenset()
    # verbs that deny only with their separated particle later in the clause: "wies … zurück", "stritt … ab"
    # (verb form -> particle)
    deny_separable: dict = field(default_factory=dict)
    # ... and for those verbs that also turn people or things back, the beginnings of the words of claim one of
    # which must stand between verb and particle ("wies die Vorwürfe zurück", not "wies 200 Migranten zurück")
    deny_separable_objects: dict = field(default_factory=dict)
    # negations that turn a confirmation into "unconfirmed": "net", "nicht", "pas", "not"
    negation: frozenset = frozenset()
    # phrases marking a statement as not yet confirmed when a confirmation word is near: "bis ewell net",
    # "noch nicht", "not yet"
    unconfirmed: tuple = ()
    # words and phrases that are "unconfirmed" on their own: "unbestätigt", "unconfirmed", "non confirmé"
    unconfirmed_words: tuple = ()
    # prepositions introducing the agent of a passive cue: "vu russescher Säit", "von der Regierung", "by"
    agent_prepositions: tuple = ()
    # phrases attributing a statement to a source placed after them: "laut", "according to", "selon"
    according_before: tuple = ()
    # ... and placed before them: "Medieberichter no", "Angaben zufolge"
    according_after: tuple = ()
    # words that end a source phrase (auxiliaries, conjunctions, adverbs): "gouf", "wurde", "has", "a"
    source_stop: frozenset = frozenset()
    # words after the cue searched for a negation (German puts "nicht" at the end: "bestätigte das nicht"),
    # up to a comma or a subordinating conjunction ("dass", "that", "que", "datt")
    negation_after: int = 1
    subordinators: frozenset = frozenset()
    # words before a cue that make it an infinitive or a modal phrase ("to deny", "could confirm", "ze
    # confirméieren", "zu bestätigen", "pour confirmer")
    cue_blockers: frozenset = frozenset()
    # pronouns: no source on their own ("Sie bestätigte..." names nobody)
    pronouns: frozenset = frozenset()
    # coordinating conjunctions that may split a sentence into two dated clauses: "an", "und", "et", "and"
    coordinators: frozenset = frozenset()
    # conditionals: a cue after one of these (within six words) states no status ("if the club does not confirm
    # the transfer", "ob er das bestätigen kann")
    conditionals: frozenset = frozenset()
    # auxiliaries of the passive ("gouf", "wurde", "a été", "was"): only a passive cue has an agent ("von der
    # Polizei bestätigt"), and the subject of a passive cue is what was confirmed, not who confirmed it
    passive_auxiliaries: frozenset = frozenset()
    extra: dict = field(default_factory=dict)

"""What a language module says about claims: the cues that give a statement its status."""
from dataclasses import dataclass, field


@dataclass
class Claims:
    # words that confirm: "confirméiert", "bestätigt", "a confirmé", "confirmed"
    confirm: frozenset = frozenset()
    # words that deny: "dementéiert", "bestritt", "a démenti", "denied"
    deny: frozenset = frozenset()
    # negations that turn a confirmation into "unconfirmed": "net", "nicht", "pas", "not"
    negation: frozenset = frozenset()
    # phrases marking a statement as not yet confirmed: "bis ewell net", "noch nicht", "not yet"
    unconfirmed: tuple = ()
    extra: dict = field(default_factory=dict)

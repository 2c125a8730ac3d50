"""What a language module says about speech: the data the quote and speaker extractors read.

All word lists are lower-case word forms (every inflection spelled out: lists are looked up as sets, so their
size costs nothing per sentence). Role and organisation nouns also match as the tail of a compound
("Vizeregierungssprecher" ends in "sprecher"), found by looking up the word's suffixes, not by scanning the
list. Every field has a default, so a new language can start with a few of them.
"""
from dataclasses import dataclass, field

from .first_names import GENDERS as FIRST_NAME_GENDERS


@dataclass
class Speech:
    # quotation marks used in this language's press, as (opening, closing) pairs; straight marks are always on
    quote_pairs: tuple = ()
    # verbs of saying in every form: "said", "sagte", "a déclaré" (participles and finite forms)
    cue_verbs: frozenset = frozenset()
    # cues of several words whose words alone are none, the last one standing where the verb would: "Die
    # Feuerwehr geht davon aus, dass ...", "Versicherer halten es für möglich, dass ..."
    cue_phrases: tuple = ()
    # phrases that open with a cue word and are no speech ("compared with", "compared to": "Prices rose 4
    # percent, compared to 2 percent a year earlier"): the word is then no cue
    non_cue_phrases: tuple = ()
    # of those, the ones that report only a clause opened by a complementizer ("wurde bekannt, dass …"; not "Der
    # Fall wurde bekannt, weil …", "war durch Äußerungen bekannt geworden, die …")
    complementizer_cue_phrases: tuple = ()
    # nouns of a claim, a demand or a fear whose clause follows them after a comma ("der Vorwurf der Verteidigung,
    # das Gericht sei befangen", "die Forderung der Gewerkschaft, die Löhne zu erhöhen"): a clause in the
    # subjunctive (`reported_markers_strong`) or an infinitive with `infinitive_particles` is reported speech, said
    # by the noun's genitive where it has one ("der Verteidigung"), else by the subject of the verb the noun is
    # the object of ("Die Ministerin äußerte die Hoffnung, …"), else by no one ("Der Verdacht, er sei infiziert,
    # …")
    claim_nouns: frozenset = frozenset()
    # nouns of saying whose content clause follows them after the complementizer ("the mayor's claim that …",
    # "her acknowledgment that …", "despite warnings that …"): the clause is what the noun's possessor said; see
    # ``_noun_clause_frame`` in the quote extractor
    complement_nouns: frozenset = frozenset()
    # verbs of what is done with a statement or what it does ("released", "issued", "read", "ran"): right after
    # such a noun's complementizer, or after a subject following it, they make it a relative pronoun ("the report
    # that the committee released on Monday", "a report that ran on Sunday"), no content clause
    relative_verbs: frozenset = frozenset()
    # verbs without an object that make it a relative pronoun only right after it ("a report that ran on Sunday";
    # not "the claim that the money went to schools")
    relative_subject_verbs: frozenset = frozenset()
    # determiners that negate such a noun ("gave no assurance that …"): no one said what follows
    negative_determiners: frozenset = frozenset()
    # articles of a genitive after a noun ("der Vorwurf der Verteidigung", "des Ministers")
    genitive_determiners: frozenset = frozenset()
    # of ``claim_nouns``, those whose genitive may name the offence rather than who claims it ("der Vorwurf der
    # Korruption", "der Verdacht des Betrugs"): their genitive claims only where it surely speaks (a role, a body,
    # a name)
    offence_claim_nouns: frozenset = frozenset()
    # verbs whose subject holds the claim noun that is their object ("Die Opposition erhebt den Vorwurf, …",
    # "Der Anwalt vertritt die Ansicht, …"); after any other verb ("lehnte die Forderung ab, …", "prüft den
    # Vorwurf, …") the claim is the noun's own; so too for ``complement_nouns`` ("repeated the claim that …",
    # where "bristled at suggestions that …" are others')
    claim_holder_verbs: frozenset = frozenset()
    # words opening an infinitive clause of purpose or manner, no claim ("einen Plan, um den Verkehr zu senken",
    # "ohne Details zu nennen", "statt zu verhandeln")
    infinitive_subordinators: frozenset = frozenset()
    # nouns for a business: with a definite article and no name ("the company", "das Unternehmen",
    # "l'entreprise") they are the organisation last named ("Norden Motors said … The company said …")
    company_nouns: frozenset = frozenset()
    # nouns that introduce words: "Wierder", "Erklärung", "statement"; a speaker named after them
    # ("d'Fuerderung vum Minister", "the statement of the ministry") is the speaker
    cue_nouns: frozenset = frozenset()
    # nouns of what others say ("reports", "claims", "Berichte", "rumeurs"): right before the complementizer of
    # a cue's clause ("denied reports that he would resign", "declined to comment on claims that …"), the clause
    # is theirs, not the cue's subject's: the content is the whole phrase ("reports that he would resign"), so
    # that no one is quoted saying what they denied or would not comment on
    report_nouns: frozenset = frozenset()
    # cue verbs whose subject relays someone else's words: "KNCA huet de Kim zitéiert" (Kim said it, via KNCA)
    relay_cues: frozenset = frozenset()
    # conjunctions opening a content clause: "datt", "dass", "que", "that"
    complementizers: frozenset = frozenset()
    # does the reported span start with the complementizer ("dass es ..." in German press corpora) or after it
    # ("que" is left out in French)?
    complementizer_in_quote: bool = True
    # words or phrases before a source: "laut X", "sou X", "selon X", "according to X"
    source_before: tuple = ()
    # of those, the ones that only count after a comma or at the end of a sentence ("..., sou de Minister",
    # "..., so der Sprecher"): elsewhere they are ordinary adverbs
    source_before_postposed: tuple = ()
    # adverbs that may follow such a source before its comma ("..., so der Minister weiter, ...")
    source_followers: frozenset = frozenset()
    # source words that also mean "in line with" ("gemäß den Regeln"): a source only before a noun of saying,
    # a body, a role or an acronym ("gemäß einem Sprecher", "gemäß der Polizei")
    source_before_strict: tuple = ()
    # words after a source: "X no", "X zufolge"
    source_after: tuple = ()
    # phrases opening a relative clause that reports what the noun before the comma says ("Berichte, wonach
    # ...", "Umfragen, nach denen ...", "une étude selon laquelle ..."); those of ``relative_sources_always``
    # report whatever the noun, the others only after a noun of saying or a body, or with a strong subjunctive
    # in the clause ("die Lösungen, nach denen wir suchen" reports nothing); a comma opening a phrase must be
    # there (German), or the phrase follows its noun directly (French)
    relative_sources: tuple = ()
    relative_sources_always: tuple = ()
    # of those, the ones that only count when the source opens its clause ("Nordkoreanesch Medien no soll ...")
    source_after_initial: tuple = ()
    # subjunctive and hearsay forms that carry reported speech on without a cue ("sei", "hätt", "würden"): a
    # sentence with one, right after reported speech, continues it
    reported_markers: frozenset = frozenset()
    # forms that mark reported speech on their own (German Konjunktiv I: "sei", "habe", "werde"): a sentence
    # with one is reported speech of the last speaker in its paragraph or the one before, even a few sentences
    # after the cue
    reported_markers_strong: frozenset = frozenset()
    # words that open a subordinate clause after a comma (", dass", ", da", ", weil"): a marker only inside such
    # a clause does not carry reported speech on ("Die Experten erwarten keine Einigung, da die Lage unklar
    # sei": the sentence's own subject speaks, not the last speaker)
    clause_subordinators: frozenset = frozenset()
    # hearsay modals ("soll", "sollen"): with a perfect infinitive closing the sentence ("soll ... geflohen
    # sein", "sollen ... angegriffen haben") the sentence reports what a source said, even with no cue in it
    reportative_modals: frozenset = frozenset()
    # the auxiliaries of that perfect infinitive, as the sentence's last word ("sein", "haben")
    reportative_auxiliaries: frozenset = frozenset()
    # words before an infinitive that close a reported demand or announcement ("forderte die Regierung auf,
    # das Werk zu schließen", "kündigte an, gegen das Urteil vorzugehen"): German "zu", Luxembourgish "ze"
    infinitive_particles: frozenset = frozenset()
    # an infinitive right after a cue, as a regular expression over the lower-case word: the infinitive clause
    # is what was said (fr "affirme avoir été agressée", "dit vouloir négocier", "reconnaît avoir menti")
    infinitive_complement: str = ""
    # a demonstrative opening a sentence as the object of its cue, which then reports the sentence before
    # ("Dies bestätigte der Minister.", "Dat huet de Spriecher confirméiert.")
    anaphoric_objects: frozenset = frozenset()
    # the cues (by the start of their forms) that report through such a demonstrative: confirming and
    # announcing, not criticising, demanding or denying ("Das wies der Minister zurück" is no report of his)
    anaphoric_cue_stems: tuple = ()
    # negation words: a negated cue reports nothing ("Das wollte der Minister nicht sagen")
    negations: frozenset = frozenset()
    # cues whose object is no content, only a clause after them is ("recalled that the plan had failed", never
    # "is recalling 80,000 vehicles")
    clause_only_cues: frozenset = frozenset()
    # cues whose content may be an infinitive right after them, and the particle that opens it ("promised to cut
    # rates", "declined to comment"): with the particle after it such a cue reports what follows and closes no
    # frame ("As reported, he has promised to cut rates." is his promise, not a frame of what stands before)
    infinitive_cues: frozenset = frozenset()
    infinitive_particle: str = ""
    # what a source asks for itself, as a regular expression matching the start of a cue's content up to a
    # comma or its end: no report ("who asked not to be named, said ...", "declined to be identified")
    anonymity_content: str = ""
    # a regular expression for contents that only tell that a request for words went unanswered ("did not respond
    # to requests for comment"): no one's words either
    unanswered_content: str = ""
    # the cues (by the start of their forms) that take such an infinitive: verbs of saying, not of wishing
    # ("souhaite déloger" is no report)
    infinitive_cue_stems: tuple = ()
    # negation words between such a cue and its infinitive, part of what was said ("a déclaré ne pas vouloir")
    infinitive_negation: frozenset = frozenset()
    # the same particle inside a separable verb's infinitive ("abzuschalten", "einzulegen"), as a regular
    # expression for the whole lower-case word
    infinitive_infix: str = ""
    # the empty subject of an impersonal cue ("In dem Bericht heißt es, ...", "Aus Paris hieß es"): its source
    # is the document or place named after one of ``document_prepositions`` in the same clause
    expletive_subjects: frozenset = frozenset()
    document_prepositions: frozenset = frozenset()
    # (a cue in the passive with no subject has such a document or a body as its source too: "In einer
    # Erklärung wurde angekündigt, dass ..."; see ``passive_auxiliaries``)
    #
    # demonstratives that stand for a noun when a verb follows ("Dieser bestätigte, dass ..."): the mention of
    # the cue's subject, left unresolved (they point to the last noun of their gender, rarely the last person
    # quoted); they must be among ``determiners`` too
    demonstrative_pronouns: frozenset = frozenset()
    # possessive determiners ("sein", "ihr"): a sentence in the subjunctive opening with one (or a pronoun) is
    # about the person named before, not that person's words
    possessive_determiners: frozenset = frozenset()
    # the gender a possessive determiner tells of its possessor ("seinen Angaben": a man's account; "her
    # acknowledgment that …" a woman's); of those, the ones that are also plural ("ihren Angaben": hers or theirs)
    # point only to a person known to be of that gender
    possessive_genders: dict = field(default_factory=dict)
    plural_possessives: frozenset = frozenset()
    # pronouns that stand for a thing or a body, never a person ("It said in a statement …"): the body of the
    # sentence before, or the last one named
    neuter_pronouns: frozenset = frozenset()
    # pronouns that may stand for a body of their grammatical gender, with the determiners that give a body that
    # gender ("sie": "die", "elle": "la"): "Die Polizei sucht Zeugen. Sie teilte mit, …" is the police, not the
    # last woman named. Only where the sentence just before has such a body for its subject, or the quote just
    # before is such a body's; a singular verb next to a pronoun that is also plural ("sie") is needed
    body_pronouns: dict = field(default_factory=dict)
    # words for one person that are no role, with the gender they tell ("Frau": "f", "Mann": "m", "personne":
    # ""): where the sentence before a pronoun of that gender (or none) speaks of one ("La police a interpellé une
    # femme. Elle a affirmé …"), the pronoun is not the body's
    person_nouns: dict = field(default_factory=dict)
    # pronouns that are always plural ("they", "ils", "elles"): never one person named before, but the plural
    # subject of their sentence or the one before ("Residents gathered outside. They said …"), told by the
    # endings of a plural noun (``plural_noun_endings``) or, where verbs show it, ``plural_verb_endings``
    plural_pronouns: frozenset = frozenset()
    plural_noun_endings: tuple = ()
    # a body is "they" too ("Police arrested a man. They said …", "The company … They said"): English usage
    plural_bodies: bool = False
    # words that say a sentence's subject died ("Tom Berg died in the crash"): such a subject is nobody a later
    # "he" who speaks can mean
    death_words: frozenset = frozenset()
    # where every noun is capitalised: endings of a noun that describes a person ("Meteorologin", "Physiker",
    # "Theologen"); one right before a first name and a surname is a description, no part of the name
    description_endings: tuple = ()
    # endings that make a role's plural where roles have a feminine form ("Zeuge" → "Zeugen"): such a plural is no
    # woman and no man a singular pronoun means
    role_plural_endings: tuple = ()
    # where nouns are written in lower case: endings of a noun for a person ("owner", "employee", "activist"):
    # one after a sentence's capitalised first word and before a full name makes a description of the two
    # ("Shop owner Derek Manning said": Derek Manning, not someone named "Shop")
    person_noun_endings: tuple = ()
    # a noun for a person by their age ("die 22-Jährige", "the 34-year-old"; a regular expression over one lower-case
    # token): it points back to the person of the gender its article tells (``age_determiner_genders``), as a
    # pronoun does; it is no one's name ("22-Jährige" had been a speaker in every article using it)
    age_noun_pattern: str = ""
    age_determiner_genders: dict = field(default_factory=dict)
    # object pronouns and their gender or "pl" ("" where they tell none): right before a verb they are its
    # object, not its subject ("Le ministre lui a dit que …", '« … », lui avait dit Paul Martin'); a postposed
    # source phrase takes them ("Ihm zufolge", "ihnen zufolge"): a singular one is the person named before, as
    # a subject pronoun is, a plural one stays unresolved. In German they are stop words too, so that no
    # sentence opening with one ("Ihm wird vorgeworfen, …") makes a speaker of the person it is said about
    object_pronouns: dict = field(default_factory=dict)
    # endings of an infinitive ("erklären"): a cue in one after "wird" is the future, not a passive ("Von Kiew
    # aus wird der Präsident erklären, ...": no agent speaks)
    infinitive_endings: tuple = ()
    # nouns that make a time with a month or a year after them ("Ende Januar", "Anfang 2024"): no noun phrase
    # opens there, though they may be surnames elsewhere ("Michael Ende")
    time_nouns: frozenset = frozenset()
    # determiners of an addressee after a cue and its subject ("sagte Merkel der „Bild“"): an outlet named in
    # quotation marks after one is who was told, not what was said
    addressee_determiners: frozenset = frozenset()
    # cues whose object is the one spoken to ("told", "asked"): a short object ending in a comma before a
    # quotation is the addressee, the quotation what was said ('told reporters, "…"')
    addressee_cues: frozenset = frozenset()
    # words that open an "as X said" clause ("Wie die Stadt mitteilte, ...", "as the mayor said"): the noun
    # phrase after one is the subject of the cue closing the clause, not a prepositional object
    as_words: frozenset = frozenset()
    # prepositions inside the names of institutions, after an organisation or role noun ("Bundesamt für Umwelt",
    # "Beauftragte für Menschenrechte")
    name_prepositions: frozenset = frozenset()
    # lower-case words that carry a capitalised institution's name on in title case ("Committee to Protect
    # Journalists", "Council on Foreign Relations", "Alliance Against Hunger"): only right after an organisation
    # noun written with a capital and right before a capitalised word
    name_links: frozenset = frozenset()
    # words that make a capitalised name ending in them an organisation's ("Pew Research Center", "Brookings
    # Institution") without making the word alone a body ("the center" is no source of its own)
    organization_name_words: frozenset = frozenset()
    # adverbs that attribute their sentence to the source just cited ("Demnach soll der Täter ...",
    # "demzufolge"): the adverb is the mention, the source is the last speaker
    source_adverbs: frozenset = frozenset()
    # possessive endings written onto names ("Trump's campaign"): not part of the speaker's name
    possessive_endings: tuple = ()
    # personal pronouns that can be speakers, mapped to "m", "f", "n", "pl" or "" (none: "I")
    pronouns: dict = field(default_factory=dict)
    # of those, the first person ("I", "we"): in the frame, outside any quotation, they are the writer's own
    # voice ("As I have argued, …", "We asked readers whether …"), the mention of the attribution but never a
    # person named in the article
    writer_pronouns: frozenset = frozenset()
    # the first person's possessives ("our", "nos", "unseren", "eis"): a source opening with one is the writer's
    # own ("selon nos informations", "nach unseren Informationen"), never a speaker named so
    writer_possessives: frozenset = frozenset()
    # are titles written in title case ("Lawmakers Slam Senator Over Budget Cuts")? Then a line of capitalised
    # words is a title, not a sentence of names
    title_case_titles: bool = False
    # endings of participles: a cue verb with one opens a participial clause (", arguing that ..."), one
    # without is a finite verb with a subject of its own ("... and said ...")
    participle_suffixes: tuple = ()
    # endings of past participles that, right after a determiner, are adjectives and no cue ("the proposed
    # deal", "the alleged fraud"; where adjectives follow their noun, also right after an article and a noun:
    # "un communiqué publié mardi")
    adjective_participle_suffixes: tuple = ()
    # articles after which a word is a noun, never a verb of saying ("the plan", "a call", "the report"), where
    # no pronoun looks like one (not French "le", "la": "il le dit"); nouns of saying with their clause are apart
    articles: frozenset = frozenset()
    # possessives after which a word is a noun as after an article ("his plan", "their call"; "Smith's plan"
    # with a name's `possessive_endings`, where a word with an `adjective_participle_suffixes` ending may be a
    # contracted "has": "Smith's claimed", and a name's word before one of the `modal_verbs` still tells what the
    # name proposes: "Pike's plan would cut …")
    possessive_noun_markers: frozenset = frozenset()
    # adverbs that end like no adverb, between an auxiliary and its verb ("was first reported") or before a
    # participle ("…, further raising …")
    auxiliary_adverbs: frozenset = frozenset()
    # the `articles` that open a singular noun phrase only ("a", "an"): after one, a cue's bare form is a noun
    singular_articles: frozenset = frozenset()
    # cues that are nouns of measure after a number ("by 5 percentage points")
    measure_cues: frozenset = frozenset()
    # past participles without that ending, a contracted "has" before them too: "Dunn's said", "Dunn's told"
    irregular_participles: frozenset = frozenset()
    # phrases right before a cue that say it was not done ("stopped short of urging …", "without naming …",
    # "instead of saying …"): no one's report
    unsaid_phrases: tuple = ()
    # role nouns that stand for a person already named: "Minister", "spokesman", "porte-parole"
    role_nouns: frozenset = frozenset()
    # roles whose bearer speaks for the body named after them: "a spokesman for Greenpeace", "der Sprecher der
    # Feuerwehr" are that body's words; any other role with a place or body of one word after it stays a role
    # ("the mayor of Boston", "la ministre de la Santé" are no Boston, no Santé)
    spokesperson_roles: frozenset = frozenset()
    # verbs of speaking without an object ("spoke", "talked"): what they report is only a topic after one of
    # ``topic_prepositions`` ("spoke of the legacy …", "talked about reform"), never where or to whom ("spoke
    # to a crowd of …", "spoke against the backdrop of …", "spoke in a hut that …")
    topic_cues: frozenset = frozenset()
    topic_prepositions: frozenset = frozenset()
    topic_prepositions_near: frozenset = frozenset()
    # verbs that describe their subject rather than let it speak, after which a quotation in the sentence is
    # not the subject's: "Sie gilt als „…“", "He is known as "…"", "Elle passe pour « … »", "erhielt den
    # Preis für ihren „…“" (with ``passive_auxiliaries`` and the copulas among them)
    descriptive_verbs: frozenset = frozenset()
    # words of "one's own" opening a source phrase: "nach eigenen Angaben", "eigenen Angaben zufolge" point to
    # the sentence's subject ("Toyota will nach eigenen Angaben …" is Toyota's account), not to a source named
    own_source_words: frozenset = frozenset()
    # nouns that make a speaker an organisation or a collective source: "Agence", "Ministerium", "police"
    org_nouns: frozenset = frozenset()
    # honorifics and titles dropped from canonical names: "Dr.", "Herr", "M."
    titles: frozenset = frozenset()
    # of those, the words of a party written before a name ("Republican Tom Hale", "Democratic Sen. Ann Cole"): they
    # also name a member ("the Texas Republican", where the place is their modifier), tell one party's nominee from
    # the other's, and open a body's name ("the Republican National Committee")
    party_titles: frozenset = frozenset()
    # second words of roles of two words, a role only after the first ("Attorney General Ruth Calder", "Secretary
    # General Piet Ansen"; not "General Motors")
    role_second_words: frozenset = frozenset()
    # case endings of nouns that make a role or a body's noun no name ("des Umweltministers Jens Kolb", "dem
    # Präsidenten Mark Oberle", "ein Sprecher des Finanzministeriums")
    noun_case_endings: tuple = ()
    # of those, the ones a speaker's name drops, ending -> what replaces it ("des Ministeriums" -> Ministerium, "von
    # Politikern" -> Politiker; a plural such as "Ökonomen" stays)
    name_case_endings: dict = field(default_factory=dict)
    # linking letters between the parts of a compound ("Unternehmensangaben": "s"), dropped to find the first part
    linking_endings: tuple = ()
    # articles and determiners in front of names and roles: "de", "der", "the", "le"
    determiners: frozenset = frozenset()
    # prepositions: a noun phrase right after one is not the subject of a cue ("Am Donnerstag sagte ...")
    prepositions: frozenset = frozenset()
    # prepositions that introduce the agent of a passive cue or a speaker's affiliation: "vu", "von", "by", "par"
    agent_prepositions: frozenset = frozenset()
    # prepositions opening a phrase of place, time or occasion after a cue verb ("spoke at a rally in Ohio",
    # "said in an interview"): such a phrase is where or when it was said, never the object the cue is about
    setting_prepositions: frozenset = frozenset()
    # auxiliaries of the passive ("was", "has been", "wurde"): in "The plan was criticized by the union" the
    # subject is the content and the agent the speaker; a passive cue with no subject takes the document of
    # ``document_prepositions`` as its source
    passive_auxiliaries: frozenset = frozenset()
    # does a cue in the passive right after its auxiliary, with no agent, report nothing ("Le suspect sera jugé
    # jeudi", "Le texte est critiqué"), where the passive of a verb of saying is rarely a report? With the
    # reflexive pronouns before the auxiliary that make it active ("s'est réjouie")
    bare_passive_reports_nothing: bool = False
    # cues whose passive without an agent still reports its whole clause, by no one named ("Two officers were
    # accused of lying", "The flood is expected to peak on Monday"): an allegation or expectation whose source
    # the writer leaves out (not "were admitted", "was found", whose passive tells of no words)
    bare_passive_clause_cues: frozenset = frozenset()
    # cues whose passive tells its subject's own stance ("the dockers are convinced the cranes will …"): its subject speaks
    passive_stance_cues: frozenset = frozenset()
    reflexive_pronouns: frozenset = frozenset()
    # words that link a speaker noun phrase to its complement: "von der", "of the", "de la" ("Sprecher vum
    # Ausseministère Matthew Miller", "spokesman of the ministry")
    of_words: frozenset = frozenset()
    # auxiliaries and modals between a subject and its cue ("a", "ont", "has", "would"): in languages that
    # write nouns in lower case, "Une jeune infirmière bénévole a raconté" has its subject before them
    auxiliaries: frozenset = frozenset()
    # relative pronouns: "Bonnet, qui lui avait rétorqué", "the mayor, who said": the speaker is what they
    # refer to
    relative_pronouns: frozenset = frozenset()
    # is the relative pronoun itself the speaker's mention ("the mayor, who said": "who", resolved to the mayor),
    # as a pronoun is, rather than its antecedent?
    relative_mention: bool = False
    # coordinating conjunctions: "... und sagte", "et a menacé", "and said": the cue shares the subject before
    conjunctions: frozenset = frozenset()
    # frequent words that start sentences with a capital but are never names: "Och", "Auch", "But", "Mais"
    stop_words: frozenset = frozenset()
    # are common nouns capitalised (de, lb)? Then a capital does not make a name, and a lower-case word is
    # never a role noun ("minister" as a role head counts only in languages that write it lower-case)
    capitalised_nouns: bool = False
    # does the language write compound nouns as one word ("Regierungssprecher", "Polizeisprecherin")? Then a
    # word ending in a role or organisation noun is one; in English or French "remember" is no "member"
    compound_nouns: bool = False
    # with no complement clause, is what follows a cue the reported content ("The senator set out his plans
    # to ...", "X forderte Neuwahlen")? Broad attribution, as in the English attribution corpus
    object_content: bool = False
    # words that open a predicate, never an object: after "the ruling would …", "their plans don't …", "a big
    # question remains …" the cue word is a noun heading the subject, and what follows is no content
    predicate_openers: frozenset = frozenset()
    # of those, the modals: after a named possessor's noun they report its content ("Pike's plan would cut the
    # levy" is Pike's plan; "Tran's claim was disputed" reports nothing)
    modal_verbs: frozenset = frozenset()
    # is a form of a verb of saying right after an article that opens a phrase a noun ("Le juge a répondu", "la
    # critique de l'opposition")? Where object pronouns look like articles it still is a verb after its subject
    # ("il le juge")
    article_nouns: bool = False
    # can a content clause follow its cue after a comma, with no conjunction ("sagte, die Lage sei ernst",
    # "huet gemellt, de Minister wier ...")? German and Luxembourgish reported speech does this all the time
    comma_clause: bool = False
    # can a content clause follow its cue with no conjunction and no comma ("said he would", "says far too much is
    # read into it")? In French or German the words after a cue are its object, not a clause
    zero_complementizer: bool = False
    # pronouns that are only ever subjects ("he", "er", "il"): after a word that is both a preposition and a
    # conjunction ("as he said", "after he appeared to suggest") they are the subject of what follows
    subject_pronouns: frozenset = frozenset()
    # prepositions that are also conjunctions opening a clause with its own subject ("after campaign aides
    # insisted ...", "as the mayor said"): a noun phrase after them with a cue or auxiliary right behind it is a
    # subject, not a prepositional object
    conjunction_prepositions: frozenset = frozenset()
    # words of quantity that can be a subject alone or open one ("some note that ...", "many of the delegates
    # said ...", "62 percent of voters agreed ..."; a number does as well)
    quantity_subjects: frozenset = frozenset()
    # pronouns for no one in particular ("someone", "nobody", "everyone"): an unnamed speaker of their article,
    # also opening a sentence in capitals (never a speaker "Someone" shared by every article), and never the one
    # a later pronoun points to
    indefinite_pronouns: frozenset = frozenset()
    # nouns of quantity whose of-phrase is the subject ("Des centaines de riverains ont affirmé …", "Des milliers
    # de manifestants scandaient …")
    quantity_nouns: frozenset = frozenset()
    # conjunctions opening a subordinate clause after a closing frame ("..., officials said Friday, as they
    # gathered outside"): the frame ends before them
    frame_subordinators: frozenset = frozenset()
    # conjunctions of contrast that, after a comma, open the writer's own clause and so end a reported content in a
    # language whose content clauses need no conjunction ("accused him of lying, though records show ...")
    contrast_subordinators: frozenset = frozenset()
    # what ends a cue's object (a noun phrase or an infinitive, no clause): conjunctions opening a clause of the
    # writer's ("promised a veto because …"), and after a comma words opening the writer's own comment ("backed the
    # plan, not that it mattered"); a dash ends an object too, and after a comma a participle that is none of
    # `participle_prepositions` ("…, contradicting the police's account")
    object_closers: frozenset = frozenset()
    object_closers_after_comma: frozenset = frozenset()
    # subordinators that, before a subject pronoun, open the writer's clause after an object ("called her
    # a liability after she …", "saw him as a reformer when he ran …"; not "before", whose clause a picture or a
    # video may show: "shows the skipper on deck seconds before he was arrested")
    object_closing_subordinators: frozenset = frozenset()
    # adverbs after which, right behind a conjunction, a second verb of the subject comes: "…, but also drew …"
    coordination_adverbs: frozenset = frozenset()
    participle_prepositions: frozenset = frozenset()
    # source prepositions that also close a sentence after a comma with a source of common nouns ("..., selon
    # les chiffres publiés par le ministère."), unlike "pour", a source only when it opens the sentence
    source_closing: tuple = ()
    # is the finite verb second in a main clause (de, lb)? Then what stands before a cue verb is not always its
    # subject: "Am Montag sagte die Agentur", "Den Vorwurf wies der Bürgermeister zurück"
    verb_second: bool = False
    # articles that mark a noun phrase as no subject (dative, genitive, accusative-only forms: "den", "dem",
    # "des", "einem"): a clause opening with one has its subject after the verb
    oblique_determiners: frozenset = frozenset()
    # articles that mark a singular masculine subject (German "der", "ein"): a thing fronted before a verb in
    # the singular ("Das Angebot lehnt der Bürgermeister ab") leaves the subject's place to a role after the
    # verb with one of them (not a body: "sagte der Zeitung" is a dative; nor a feminine role, see
    # ``feminine_role_endings``); a phrase opening with one is the subject ("Der Mieterbund forderte die
    # Regierung auf"). Empty: no such reading (a language whose articles tell no case apart)
    nominative_determiners: frozenset = frozenset()
    # pronouns that point to a man or a woman only ("he", "she", "er", "il", "elle", "hien"): they skip people
    # the article gave the other gender (see ``gendered_words``); "sie", "si" (also plural) tell nothing
    pronoun_genders: dict = field(default_factory=dict)
    # first names that tell a gender, folded (no accents, lower case) to "m" or "f": a person named in full with
    # one is of that gender ("Claire Dunmore" for a later "she"); by default the list of ``first_names``
    first_name_genders: dict = field(default_factory=lambda: dict(FIRST_NAME_GENDERS))
    # pronouns of one gender in the singular and of none in the plural, with that gender ("sie": "f"): with a
    # finite verb right before or after them that has none of ``plural_verb_endings`` ("sagte sie", "Sie
    # widersprach") they point to a woman only
    singular_genders: dict = field(default_factory=dict)
    # endings of feminine role nouns ("Ministerin", "Sprecherinnen"), the first the one that makes the feminine of
    # a role ("Präsident" + "in": a role whose feminine form is a role too tells a man): after one of
    # ``nominative_determiners``
    # such a role is a dative or a genitive ("sagte der Ministerin"), no subject; before a name or in its
    # apposition it tells the person's gender (see ``gendered_words``)
    feminine_role_endings: tuple = ()
    # endings of a plural finite verb ("kritisierten", "lehnen"): its subject is no singular role after it
    plural_verb_endings: tuple = ()
    # what marks a phrase opening with one of ``addressee_determiners`` as a dative, not a subject, before a verb
    # second: a feminine noun ending ("Der Zeitung sagte Roth, …") or the weak ending of an adjective after the
    # article ("Der Deutschen Presse-Agentur sagte die Ministerin, …"); the speaker follows the verb
    feminine_noun_endings: tuple = ()
    weak_adjective_endings: tuple = ()
    # endings of inflected adjectives where nouns are capitalised: an adjective opening a sentence is
    # capitalised too, and before a noun of saying it is no name ("Offiziellen Angaben zufolge")
    adjective_endings: tuple = ()
    # endings of adjectives that can open a sentence, capitalised, before a role and a name, where modifiers come
    # first ("Libertarian mayoral candidate Gary Lane …", "Democratic nominee …"): no name themselves
    lead_adjective_endings: tuple = ()
    # function words of other languages: a quotation whose words are all capitalised but these is a foreign name
    # or title in marks, no speech ("die Partei „Union pour un Mouvement Populaire“", "„Man of the Match“");
    # the language's own are left out, since its own phrases in marks may be speech ("„Gefahr für Leib und Leben“")
    foreign_name_words: frozenset = frozenset()
    # participles that name what comes before them: a quotation after "an operation dubbed", "l'opération
    # baptisée", "die sogenannte" is that thing's name, no speech (in languages that write nouns in lower case
    # a quotation after an article and a noun is a title too: "Le film « La Maison du passeur » a remporté")
    naming_words: frozenset = frozenset()
    # cues that name their object as something ("called the plan a disaster", "what she called a 'meltdown'"):
    # in a free relative (`free_relatives`) their object is what was said
    naming_cues: frozenset = frozenset()
    # cues of a stance taken on someone or something, whose object is worth a record however short ("The union
    # endorsed Clinton", "Rivals mocked the complaint"), where other objects under three words are too short to
    # be anyone's words
    stance_object_cues: frozenset = frozenset()
    # adverbs of time that may follow a closing cue ("…, Gary Platt said late on Friday")
    time_adverbs: frozenset = frozenset()
    # verbs that frame a question, and the words that open an answer: a quotation opening with one after such
    # a question is someone else's answer ('"Will you resign?" asked the host. "Absolutely not."'), never
    # joined to the question nor given to the asker; other words go on with the asker
    question_cues: frozenset = frozenset()
    answer_words: tuple = ()
    # nouns whose quotation is words someone used, not a title ("the phrase "Open Borders"", "le terme
    # « … »"), besides the nouns of saying
    word_nouns: frozenset = frozenset()
    # endings of adverbs (and adverbial participles), after a stem of three letters or more: with verb second,
    # a sentence opening with one ("Sinngemäß", "Abschließend") has its subject after the cue; where adjectives
    # follow their noun, one is no adjective of the noun before it (fr "-ment": "la direction a immédiatement")
    adverb_suffixes: tuple = ()
    # words that open a phrase of something else or more of it ("other studies", "another poll"): such a phrase
    # of nouns no lexicon knows, alone between the comma and the cue of a postposed frame, is its subject
    # ("…, other studies have shown.")
    other_determiners: frozenset = frozenset()
    # words that open a phrase introducing someone not named before ("a", "another", "ein", "un", "eng"), or
    # several people ("both", "die beiden", "plusieurs"): its role noun is never resolved to a person described
    # so before ("A spokesman for the ministry said …", "nach Meinung der beiden Politiker")
    new_referent_words: frozenset = frozenset()
    # words that make a role another one ("former", "deputy", "ehemalige", "stellvertretende", "ancien",
    # "adjoint"): "the mayor" is neither the person described as the former mayor nor the deputy mayor
    rank_words: frozenset = frozenset()
    # a plural's possessive is written with a bare apostrophe ("the workers' union"): it stays in its word, so
    # that the noun phrase runs on to its head
    plural_possessive: bool = False
    # names of bodies written in lower case ("dpa", "taz"): capitalised words as far as names go, and bodies
    lowercase_names: frozenset = frozenset()
    # acronyms spelt like a function word of the language ("WHO"): in capitals they are names, never the word
    acronym_homographs: frozenset = frozenset()
    # cues that report speech only with an expletive subject ("hieß es", "et hiess"): with a subject of their own
    # they name ("Der Mann hieß Peter")
    impersonal_cues: frozenset = frozenset()
    # the reverse: cues that with an expletive subject say that something exists, and report nothing ("Es gab
    # keine Verletzten", "2004 gab es 527 Fälle", "in dem es nur zwei Tore gab"), unless one of
    # ``existential_particles`` closes the clause as the verb's particle ("gab es am Montag bekannt")
    existential_cues: frozenset = frozenset()
    existential_particles: frozenset = frozenset()
    # separable cues that report only with their particle in the clause ("teilte am Montag mit"; "müssten sich vier
    # Familien eine Küche teilen" share a kitchen) or with a noun of opinion for object ("teilen die Meinung, …"):
    # cue -> particles
    particle_cues: dict = field(default_factory=dict)
    # cues that a particle right after them makes other verbs, reporting nothing ("add up to", "called off the
    # strike", "backed down"): cue -> particles
    phrasal_non_cues: dict = field(default_factory=dict)
    # words that say "more than", "about" before a number ("Über 100 Ärzte warnten", "More than 40 percent of
    # respondents said"): such a phrase can be the subject
    numeral_modifiers: frozenset = frozenset()
    # a partial quote inside reported speech ('He said the plan was "dead"') is a quote of its own (True: the
    # German, French and Luxembourgish press convention) or just part of the reported speech (False)
    nested_quotes: bool = True
    # do adjectives follow their noun ("l'agence régionale", "le gouvernement malien")?
    adjectives_after_noun: bool = False
    # join a direct quote interrupted by its attribution ('"A," he said. "B."') into one quote
    join_interrupted: bool = True
    # the longest attribution (in characters) between the two parts of such a quote: up to 60 always; a longer
    # one ('"A," said Jo Lee, an economist who worked at the Treasury. "B."') must be one sentence
    join_frame_length: int = 60
    # abbreviations (lower case, without the final full stop) after which a full stop does not end a sentence:
    # "Dr.", "z.B.", "Mme.", "Gen."
    abbreviations: frozenset = frozenset()
    # abbreviations that do so only before a number ("max. 30 km/h", "Tel. 0621 …", "art. 12", "Az. 3 StR 45/23"),
    # where the same letters before a capital may end a sentence ("die Art. Dann …", "modern art. The …")
    number_abbreviations: frozenset = frozenset()
    # abbreviations that open a place's name ("St. Louis", "Ft. Worth", "St. Gallen"): the name runs on over the stop
    name_abbreviations: frozenset = frozenset()
    # abbreviations of quantities that end no sentence before a unit or currency ("3 Mio. Euro", "12 Mrd. Dollar")
    # but may before anything else ("… stiegen auf 120 Mio. Im nächsten Jahr …"), and those words
    measure_abbreviations: frozenset = frozenset()
    measure_words: frozenset = frozenset()
    # endings of the adjectives that name an institution with its noun after an article ("la Ligue arabe", "la
    # Banque mondiale", "le Front national": one name, a body, not a person called "Ligue"), where adjectives follow
    # their noun
    name_adjective_endings: tuple = ()
    # a press that writes ordinal numbers with a full stop ("am 30. Juni", "der 2. Weltkrieg") lists the words
    # before such a number that make it an ordinal (articles, and prepositions fused with one); before one of
    # the language's month names (``Time.months``) a number is always one. Its full stop then ends no sentence.
    # Empty: no such ordinals ("He was 45. He said ..." ends there)
    ordinal_articles: frozenset = frozenset()
    # elided words written with an apostrophe and split off as tokens of their own ("l'", "qu'", lb "d'"), as
    # written (case matters: "L'" at a sentence start)
    elisions: tuple = ()
    # pronouns after an inverted verb that stay tokens of their own ("a-t-il", "explique-t-elle"); with any,
    # a euphonic "-t-" also splits
    inverted_pronouns: tuple = ()
    # verbs written onto a pronoun after an apostrophe ("he’s", "they've", "who’d"): the endings and the words
    # they attach to, split off as tokens of their own so that the pronoun is the subject of the verb after
    # them ("He’s argued that …"); list the endings among ``auxiliaries`` with their apostrophes
    contraction_endings: tuple = ()
    contraction_hosts: tuple = ()
    # of those, the ones that name no one ("…, pensait-on", "croit-on savoir"): what they frame is what people
    # at large think, no one's words, so they make no attribution (and never point back to the last person)
    indefinite_pronouns: frozenset = frozenset()
    # lower-case particles inside personal names ("Ursula von der Leyen", "Rami Abd al-Rahman"), and prefixes
    # of particles joined by a hyphen ("al-", "bin-"); names travel between languages, so the default lists them
    # all
    name_particles: frozenset = frozenset(
        "van von der den de da di du del della dos das la le al el bin ibn ben ter ten zu af".split())
    name_particle_prefixes: tuple = ("al-", "el-", "abu-", "ben-", "bin-")
    # does a title attribute its words with a colon or a closing cue ("Senator Lee: Budget Talks Have
    # Stalled", "Budget Talks Have Stalled, Senator Lee Says")? The title's claim is then reported speech
    headline_attribution: bool = False
    # ... also with the topic between the name and the colon after one of these ("on": "Senator Lee on Budget
    # Talks: Cuts Are Unavoidable")
    headline_topic_prepositions: tuple = ()
    # bodies named after their place, lower case ("staatsanwaltschaft", "polizei"): with the place's one-word name
    # after them they are one name ("die Staatsanwaltschaft Bochum", never the speaker "Bochum"); unlike a noun
    # that only describes a name ("die Nachrichtenagentur AFP" is AFP)
    place_bodies: frozenset = frozenset()
    # words after a time of day ("am", "Uhr", "h", "GMT"): see the live-blog times in ``quotes.units``
    time_suffixes: tuple = ("a.m.", "p.m.", "am", "pm", "GMT", "UTC", "CET")
    # words of the first person ("I", "we", "ich", "nous"): a transcript without an interviewer's label needs a
    # speaker who uses one, else its labelled lines are a list (a line-up, a party's promises)
    first_person_words: frozenset = frozenset()
    # labels of the interviewer in a transcript ("q", "question", "frage", "moderator"): their paragraphs are
    # questions, no one's quote (labels of at most three capitals, "SZ:", "RTL:", count as such too)
    interviewer_labels: frozenset = frozenset()
    # labels that open titles with a colon but are no speakers ("The Latest:", "Update:", "Watch:")
    headline_labels: frozenset = frozenset()
    # labels opening a paragraph the publisher adds to an article ("Editor's note: …"), often the same in every
    # article of a series: the outlet's own words, in which no one's are reported (lower case, colon included)
    publisher_note_labels: tuple = ()
    # nouns of written or filmed works whose title may follow in quotation marks after a comma ("her column, "…,"
    # is sharp"): a title, no quote
    work_nouns: frozenset = frozenset()
    # verbs that make a title in title case reported speech of the words before them ("Senator Lee Warns Of Deep
    # Cuts", "Mayor Vows To Rebuild Pier"): only verbs of saying or stance that are no common noun and no verb of
    # action or ruling ("says", "warns", "vows", "accuses"), never "Claims", "Plans", "Shows", "Slams", "Admits",
    # "Reveals", "Denies" (a loan), "Rejects" (a bill), "Seeks" (a suspect), "Threatens" (a storm)
    headline_cues: frozenset = frozenset()
    # ... and two-word phrases that do so, for verbs that count only with the word after them ("vows to": "Mayor
    # Vows To Rebuild Pier", never "Wedding Vows Go Viral")
    headline_cue_phrases: frozenset = frozenset()
    # verbs of saying after which a quotation in a title is mostly the title of a work, not anyone's words
    # ("Studio Shows ‘Night Harbor’ Trailer", "Band Unveils ‘Low Tide’"): any other verb of saying with a
    # quotation right after it makes the title reported speech ("Mayor Calls Plan ‘A Costly Mistake’")
    work_title_verbs: frozenset = frozenset()
    # verbs that make a title reported speech only after a noun of ``evidence_nouns`` ("New Poll Shows Slim Lead
    # For Governor", "Audit Finds Gaps In Ledger"; never "Studio Shows Trailer")
    headline_evidence_cues: frozenset = frozenset()
    # nouns of documents and inquiries that speak through what they show ("poll", "survey", "study", "audit")
    evidence_nouns: frozenset = frozenset()
    # words before a name or in its apposition that tell a person's gender, lower case, "m" or "f": titles
    # ("mr.", "frau", "mme") and role nouns ("spokeswoman", "first lady" by its last word "lady"), so that two
    # people of one family stay apart in an article ("Mr. Halvorsen" is not "his wife, Ingrid Halvorsen")
    gendered_words: dict = field(default_factory=dict)
    # nouns of kinship ("his wife", "her son", "Son épouse", "Seng Fra"): they head a noun phrase, and a name
    # they describe is another person than the namesake before it ("Mr. Wilson, her father, said" is not Emma
    # Wilson)
    kinship_nouns: frozenset = frozenset()
    # determiners right before a role noun that tell its gender ("la ministre", "le porte-parole"): fr
    gendered_determiners: dict = field(default_factory=dict)
    # verbs of saying (cues like ``cue_verbs``, listed here only) that mostly mean something else ("snapped a
    # losing streak", "shouted abuse", "chanted slogans", "countered with a goal"): they frame a quotation
    # ('Protesters chanted "No more cuts!"') but report no clause or object of their own
    quotation_cues: frozenset = frozenset()
    # words that make a role noun point back to the person just named, whatever their role ("le même
    # chercheur", "the same official", "derselbe Sprecher")
    same_words: frozenset = frozenset()
    # words opening a free relative clause ("what", "was"): a cue after one in a short final clause frames
    # nothing ("…, more than double what it forecast for the middle class")
    free_relatives: frozenset = frozenset()
    # anything else a plugin's extractor needs
    extra: dict = field(default_factory=dict)

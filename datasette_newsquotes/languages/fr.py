"""French: data only. « … » with thin or normal spaces, "selon X", "a déclaré que", inverted "a-t-il dit"."""
from ..plugins import hookimpl
from . import Claims, Language, Speech, Time

# --- speech (owned by the quote and speaker extractors) ---
SPEECH = Speech(
    first_person_words=frozenset("je j nous me moi mon ma mes notre nos".split()),
    time_suffixes=("h", "GMT", "UTC", "HNE"),
    writer_possessives=frozenset("nos notre".split()),
    interviewer_labels=frozenset("q question journaliste animateur animatrice".split()),
    as_words=frozenset({"comme"}),
    quote_pairs=(("«", "»"), ('"', '"'), ("“", "”"), ("‹", "›"), ("„", "“")),
    cue_verbs=frozenset("""
        dit dire dis disait déclaré déclare déclarait déclarer affirmé affirme affirmait affirmer
        expliqué explique expliquait expliquer indiqué indique indiquait indiquer ajouté ajoute ajoutait
        souligné souligne soulignait estimé estime estimait annoncé annonce annonçait précisé précise
        précisait assuré assure assurait confirmé confirme confirmait démenti dément démentait nié nie
        niait reconnu reconnaît reconnaissait averti avertit prévenu prévient martelé martèle insisté
        insiste rappelé rappelle raconté raconte répondu répond répondait déploré déplore dénoncé dénonce
        jugé juge estimait lancé lance écrit écrivait accusé accuse promis promet réclamé réclame
        demandé demande exigé exige jugeait confié confie regretté regrette poursuivi poursuit conclu
        conclut commenté commente critiqué critique admis admet avancé avance rapporté rapporte
        fait-il fait-elle observé observe témoigné témoigne tonné tonne tempêté tempête nuancé nuance
        relativisé relativise
        défendu défend renchéri renchérit résumé résume résumait décrit décrivait décrire qualifié
        qualifie qualifiait tweeté twitté publié souhaité souhaite espéré espère craint redoute
        s'exclame exclamé protesté proteste menacé menace appelé appelle invité invite exhorté exhorte
        prédit prédit pense pensait pensé croit croyait considère considéré considérait évoqué évoque
        évoquait mentionné mentionne signalé signale signalait noté note notait relevé relève relevait
        ironisé ironise fustigé fustige dénoncent déclarent affirment estiment expliquent indiquent
        précisent soulignent assurent jugent demandent réclament rappellent ajoutent annoncent
        reconnaissent répètent répété répète réagi réagit plaidé plaide prévenu confirment démentent
        expliquaient affirmaient déclaraient estimaient indiquaient
        réjoui réjouie réjouit rétorqué rétorque répliqué réplique annoncent corriger tente s'interroge
        félicité félicitée indigné indignée inquiété inquiétée étonné étonnée alarmé alarmée
        interrogé interroge avoué avoue concédé concède certifié certifie garanti garantit jure juré
        révélé révèle dévoilé dévoile clamé clame proclamé proclame déplorent dénonçait remarquer
        valoir savoir disent disaient
        """.split()),
    organization_name_words=frozenset("sa sas sarl".split()),
    company_nouns=frozenset("entreprise société groupe fabricant constructeur firme enseigne compagnie distributeur".split()),
    report_nouns=frozenset("""rumeurs rumeur allégations allégation accusations accusation affirmations
        affirmation""".split()),
    cue_nouns=frozenset("""
        propos déclaration déclarations communiqué mots termes avis opinion informations information
        sources source rapport étude enquête sondage rapports études enquêtes sondages communiqués
        reportage reportages documentaire documentaires tribune éditorial livre ouvrage mémoires
        """.split()),
    complementizers=frozenset("que qu' qu’".split()),
    source_before=("selon", "d'après", "d’après", "pour", "aux yeux de", "de l'avis de", "citant"),
    source_after=(),
    relative_sources=("selon lequel", "selon laquelle", "selon lesquels", "selon lesquelles", "d'après lequel",
                      "d'après laquelle", "d'après lesquels", "d'après lesquelles"),
    relative_sources_always=("selon lequel", "selon laquelle", "selon lesquels", "selon lesquelles"),
    source_closing=("selon",),
    infinitive_complement=r"avoir|être|faire|plaire|taire|[a-zàâçéèêëîïôûùüÿœ]*traire|"
                          r"(?![a-zàâçéèêëîïôûùüÿœ]*(?:ier|aire|ère|ûre|ure)\Z)"
                          r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:er|ir|re|oir)",
    infinitive_negation=frozenset("ne n' n’ pas plus jamais rien".split()),
    adjective_participle_suffixes=("é", "ée", "és", "ées"),
    name_adjective_endings=("al", "ale", "aux", "ique", "ien", "ienne", "éen", "éenne", "ais", "aise", "ain", "aine",
                            "ois", "oise", "el", "elle", "iste", "aire", "abe", "ème", "ême", "if", "ive"),
    infinitive_cue_stems=("affirm", "assur", "dit", "dis", "déclar", "reconn", "nie", "nié", "racont", "estim",
                          "prétend", "admet", "admis", "avou", "soutien", "soutenu", "jur"),
    subject_pronouns=frozenset({"il", "ils"}),
    frame_subordinators=frozenset("alors tandis lorsque quand puisque avant après où".split()),
    pronouns={"il": "m", "elle": "f", "ils": "pl", "elles": "pl", "lui": "m", "eux": "pl"},
    object_pronouns={"lui": "", "leur": "pl", "eux": "pl"},
    descriptive_verbs=frozenset("""
        est sont était étaient fut passe passait reste restait demeure reçu reçoit obtient obtenu considéré
        considérée
        """.split()),
    spokesperson_roles=frozenset("porte-parole porte-paroles représentant représentante".split()),
    role_nouns=frozenset("""
        ministre président présidente premier porte-parole chef cheffe directeur directrice secrétaire pdg
        maire député députée ambassadeur ambassadrice commissaire expert experte dirigeant dirigeante
        responsable procureur procureure avocat avocate juge entraîneur sénateur sénatrice candidat
        candidate leader patron patronne universitaire chercheur chercheuse professeur professeure
        scientifique militant militante négociateur négociatrice conseiller conseillère analyste
        économiste spécialiste témoin médecin journaliste correspondant correspondante envoyé envoyée
        représentant représentante délégué déléguée président-directeur fondateur fondatrice
        experts ministres dirigeants responsables avocats juges sénateurs candidats militants chercheurs
        scientifiques analystes économistes spécialistes témoins médecins journalistes représentants
        délégués députés habitants riverains manifestants enquêteurs élus observateurs
        adjoint adjointe adjoints préfet préfète gouverneur gouverneure syndicaliste syndicalistes directeurs
        présidents maires procureurs policier policière policiers gendarme gendarmes pompier pompiers
        """.split()),
    org_nouns=frozenset("""
        agence ministère gouvernement police armée médias syndicat parti administration ambassade
        commission mairie parquet tribunal société entreprise groupe association organisation
        direction coordination collectif confédération fédération syndicats préfecture gendarmerie
        conseil cour observatoire institut comité chaîne journal quotidien hebdomadaire
        opposition majorité
        """.split()),
    kinship_nouns=frozenset("épouse mari veuve veuf père mère frère sœur fille fils".split()),
    quotation_cues=frozenset("""
        scandaient scandent scandé scandant scandait crié criait criaient crient criant hurlé hurlaient
        hurlait""".split()),
    same_words=frozenset("même".split()),
    pronoun_genders={"il": "m", "elle": "f"},
    plural_pronouns=frozenset({"ils", "elles"}),
    plural_noun_endings=("s", "x"),
    death_words=frozenset("mort morte décédé décédée tué tuée".split()),
    person_nouns=dict([(w, "m") for w in "homme garçon individu suspect conducteur passant".split()] +
                      [(w, "f") for w in "femme fille suspecte conductrice passante habitante voisine cliente".split()] +
                      [(w, "") for w in "jeune personne enfant victime".split()]),
    body_pronouns={"elle": frozenset({"la", "cette"}), "il": frozenset({"le", "ce", "cet"})},  # "La CGT … Elle a"
    gendered_words=dict(
        [(w, "m") for w in "m m. monsieur époux mari fils père frère veuf".split()] +
        [(w, "f") for w in "mme madame mlle mademoiselle épouse femme fille mère sœur veuve".split()]),
    # (only the feminine articles: "le Premier ministre" is said of a woman too)
    gendered_determiners=dict([(w, "f") for w in "la une cette".split()]),
    titles=frozenset("m. mme mlle monsieur madame dr docteur me".split()),
    determiners=frozenset("le la les l' l’ un une du des ce cet cette ces son sa ses leur leurs plusieurs quelques".split()),
    complementizer_in_quote=False,
    adjectives_after_noun=True,
    # adverbs after a noun are no adjectives of it ("la direction a immédiatement affirmé")
    adverb_suffixes=("ment",),
    relay_cues=frozenset("cité cite citant citait".split()),
    relative_pronouns=frozenset("qui lequel laquelle lesquels lesquelles".split()),
    conjunctions=frozenset("et mais puis ou".split()),
    prepositions=frozenset("""
        à au aux de d' d’ du des en dans par pour sur sous avec sans chez vers contre entre depuis
        pendant après avant selon malgré lors dès parmi devant derrière auprès envers
        """.split()),
    # "a déclaré au « Parisien » que …", "a confié à « Libération »": the outlet told
    addressee_determiners=frozenset("au aux à".split()),
    new_referent_words=frozenset("un une autre autres deux trois plusieurs".split()),
    rank_words=frozenset("""ancien ancienne anciens anciennes ex adjoint adjointe adjoints vice""".split()),
    agent_prepositions=frozenset("par".split()),
    passive_auxiliaries=frozenset("été est sont était étaient sera seront".split()),
    bare_passive_reports_nothing=True,
    reflexive_pronouns=frozenset("s' s’ se me m' m’ te t' t’ nous vous".split()),
    setting_prepositions=frozenset("lors pendant durant devant".split()),
    of_words=frozenset("de d' d’ du des".split()),
    stop_words=frozenset("""
        mais et ou donc or ni car puis alors ainsi aussi encore déjà toutefois cependant pourtant
        enfin ensuite depuis hier aujourd'hui il elle ils elles on nous vous je ce cela ça c' c’ ces
        cette selon pour par dans en à au aux le la les un une des du de si lors quand comme après
        avant également notamment plus moins très tout tous toute toutes bien lorsque puisque tandis
        quant certes désormais néanmoins demain
        """.split()),
    auxiliaries=frozenset("""
        a ai as avons avez ont avait avaient aura auront aurait auraient est sont était étaient sera
        seront serait seraient va vont allait vient viennent venait doit doivent devait peut peuvent
        pouvait également aussi encore déjà alors ensuite ne n' n’ pas plus jamais lui leur y en se s'
        s’ d'ailleurs toutefois cependant pourtant enfin notamment
        """.split()),
    abbreviations=frozenset("""
        dr prof st no vol mme mlle m me mr gen ca etc vs janv févr avr juil sept oct nov déc dec
        """.split()),
    number_abbreviations=frozenset("art al env max min tél fig".split()),
    elisions=("d", "l", "s", "n", "j", "m", "t", "c", "qu", "D", "L", "Qu"),
    inverted_pronouns=("il", "elle", "ils", "elles", "on"),
    indefinite_pronouns=frozenset({"on"}),
    article_nouns=True,
    word_nouns=frozenset("terme termes mot mots expression formule slogan slogans devise message avertissement".split()),
    quantity_nouns=frozenset("centaines milliers dizaines millions centaine millier dizaine".split()),
    question_cues=frozenset("demandé demande demandait demandaient interrogé".split()),
    answer_words=('oui', 'non', 'certainement', 'absolument', 'jamais', 'bien sûr', 'pas du tout'),
    time_adverbs=frozenset("tard tôt".split()),
    naming_words=frozenset("baptisé baptisée baptisés baptisées intitulé intitulée intitulés intitulées surnommé surnommée surnommés surnommées nommé nommée dénommé dénommée".split()),
    foreign_name_words=frozenset("of the and for to at on by with y del da do dos della di el los las der die das und von für".split()),
)

# --- time (owned by the date extractor) ---
TIME = Time(
    dateparser_language="fr",
    day_suffixes=(".", "er", "e"),
    months={
        "janvier": 1, "janv.": 1, "février": 2, "févr.": 2, "mars": 3, "avril": 4, "avr.": 4, "mai": 5,
        "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "septembre": 9, "sept.": 9, "octobre": 10,
        "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "déc.": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    relative_days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
                   "après-demain": 2},
    ambiguous_months=frozenset({"mars", "été"}),
    month_prefixes=("en", "depuis", "début", "fin", "mi", "mi-", "jusqu'en", "d'ici", "dès", "avant", "après",
                    "de", "d'", "mois de", "courant", "à partir de"),
    season_prefixes=("en", "cet", "l'", "l’", "d'", "d’", "depuis", "cet", "au", "à la fin de l'"),
    previous=frozenset("dernier dernière derniers dernières passé passée précédent précédente".split()),
    following=frozenset("prochain prochaine prochains prochaines".split()),
    this=frozenset("ce cet cette ces".split()),
    plural_units=frozenset("jours semaines années décennies".split()),
    units={"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "week-end": "weekend",
           "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year",
           "trimestre": "quarter", "décennie": "decade", "décennies": "decade", "siècle": "century"},
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
             "trente": 30, "cinquante": 50},
    vague_numbers=frozenset({"quelques", "plusieurs"}),
    ordinals={"premier": 1, "première": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4,
              "dernier": 4},
    last_ordinals=frozenset({"dernier"}),
    ago_before=("il y a",),
    ahead_before=("dans",),
    ahead_is_future=True,
    date_prefixes=frozenset("le la en depuis jusqu'au dès".split()),
    determiners=("la", "le", "l'", "l’", "les"),
    of_words=("de", "du"),
    modifiers={"début": "START", "fin": "END", "mi": "MID"},
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    postposed_relatives=True,
    roman_centuries=True,
    half_words=("semestre",),
    day_parts={"matin": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
    refs={"actuellement": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF", "en ce moment": "PRESENT_REF",
          "récemment": "PAST_REF", "dernièrement": "PAST_REF", "à l'avenir": "FUTURE_REF",
          "prochainement": "FUTURE_REF"},
    anchor_phrases={"le même jour": "day"},
    mod_anchor_phrases={"de l'année": "year", "de l’année": "year", "du mois": "month", "de la semaine": "week"},
    set_words=frozenset({"chaque", "tous les", "toutes les"}),
    set_adverbs={"quotidiennement": "P1D", "annuellement": "P1Y"},
    future_cues=frozenset("sera seront va vont doit doivent devrait devraient prévu prévue aura auront "
                          "jusqu'au jusqu'à".split()),
    future_cues_after=frozenset("sera seront devrait devraient va vont aura auront prévu prévue prévus "
                                "prévues".split()),
    shift_earlier=("plus tôt", "auparavant"),
    shift_later=("plus tard",),
    # future tense: "la ministre présentera son plan jeudi matin", "ils viendront"
    future_endings=("era", "ira", "ura", "dra", "rra", "ront", "rez"),
    not_future=frozenset({"affront", "sierra", "madera", "riviera"}),
    weekday_apposition=("le",),
    range_words=("et", "à", "au", "jusqu'à", "jusqu’à", "-", "–"),
    holidays={"noël": (12, 25), "la saint-sylvestre": (12, 31), "le nouvel an": (1, 1), "le jour de l'an": (1, 1),
              "le jour de l’an": (1, 1), "la toussaint": (11, 1), "le réveillon de noël": (12, 24)},
    not_before_holiday=("père", "marché de", "marchés de", "arbre de", "sapin de"),
    not_after_year=("personnes", "euros", "habitants", "km", "soldats", "voix", "emplois"),
    extra={"decade_pattern": r"années\s+(?:(?P<dc>1[89]\d0|20[0-9]0)|(?P<dd>\d0))"},
)

# --- claims (owned by the claim extractor) ---
CLAIMS = Claims(
    confirm=frozenset('confirmé confirme confirmait confirmée confirment confirmés confirmées'.split()),
    deny=frozenset('démenti démentie dément démentait démentent nié nie niait nient réfuté conteste '
                   'contesté'.split()),
    negation=frozenset('pas ni jamais aucun aucune'.split()),
    unconfirmed=('pas encore', 'toujours pas'),
    unconfirmed_words=('non confirmé', 'non confirmée', 'non confirmés', 'non confirmées'),
    agent_prepositions=('par', 'de la part de', 'du côté de'),
    according_before=('selon', "d'après", 'd’après'),
    source_stop=frozenset("a ont été est sont était le la les l' l’ un une des du de d' d’ que qu' qui mais et "
                          "ou aussi toutefois cependant pas encore toujours ne n' en y".split()),
    coordinators=frozenset({'et', 'puis'}),
    cue_blockers=frozenset({'pour', 'de', "d'", 'à'}),
    negation_after=2,
    subordinators=frozenset("que qu' si car lorsque quand".split()),
    pronouns=frozenset('il elle ils elles on nous je celui celle ceci cela'.split()),
    passive_auxiliaries=frozenset('été est sont était étaient sera seront'.split()),
    conditionals=frozenset({'si', "s'il", 's’il', "s'ils", 's’ils'}),
)

LANGUAGE = Language(
    code="fr",
    name="Français",
    detect_words=frozenset("""
        le la les des est une du que qui dans pour pas sur au avec il elle ont été sont cette par ses
        mais aux ce plus selon
        """.split()),
    speech=SPEECH,
    time=TIME,
    claims=CLAIMS,
)


@hookimpl
def newsquotes_languages():
    return [LANGUAGE]

"""Luxembourgish (Lëtzebuergesch): data only.

RTL and Wort style: straight double quotes or „…“, "sou X" and "X no" as source phrases, "huet gesot, datt".
Verb forms are listed for the usual spellings after the 2019 orthography reform and common older variants.
"""
from ..plugins import hookimpl
from . import Claims, Language, Speech, Time

# --- speech (owned by the quote and speaker extractors) ---
SPEECH = Speech(
    first_person_words=frozenset("ech mir mech eis mäin meng eise".split()),
    time_suffixes=("Auer", "GMT", "UTC"),
    writer_possessives=frozenset("eis eise eiser eisen eisem".split()),
    interviewer_labels=frozenset("fro froen journalist journalistin moderatioun".split()),
    name_prepositions=frozenset({"fir"}),
    as_words=frozenset({"wéi"}),
    quote_pairs=(('"', '"'), ("„", "“"), ("“", "”"), ("«", "»"), ("‚", "‘"), ("‹", "›")),
    cue_verbs=frozenset("""
        gesot soen seet sot soten sees sote gesoot
        geschriwwen schreift schreiwen zouginn gelueft lueft agewendt beklot beschwéiert gekontert kontert ugeholl
        betount betounen betoun betount ënnerstrach ënnersträicht ënnersträichen
        erkläert erklärt erklären erkläre erkläert
        gemellt mellt mellen melle
        zitéiert zitéieren zitéiere
        confirméiert confirméieren bestätegt bestätegen bekräftegt bekräftegen
        gewarnt warnt warnen gefuerdert fuerdert fuerderen
        ugekënnegt kënnegt annoncéiert annoncéieren
        kritiséiert kritiséieren gefrot freet froen geäntwert äntwert äntweren
        geschwat schwätzt schwätzen dementéiert dementéieren bestridden bestreit bestreiden
        präziséiert präziséieren uginn gëtt matgedeelt matdeelt deelt behaapt behaapten
        gemengt mengt mengen verséchert verséchere versécheren versprach verspriechen fënnt
        denkt denken geduecht gleeft gleewen
        erënnert erënneren ervirgehuewen ënnerstrach unerkannt zougestanen gewisen
        reagéiert reagéieren bedauert bedaueren gefuerdert appeléiert appelléiert
        beschriwwen beschreift argumentéiert argumentéieren proposéiert proposéieren heescht geheescht hiess
        bäigefüügt bäigefüggt ergänzt ergänzen ugefüügt gekläert ausgefouert
        """.split()),
    organization_name_words=frozenset("sa sàrl".split()),
    company_nouns=frozenset("entreprise firma betrib grupp".split()),
    report_nouns=frozenset("""rumeuren rumeur berichter bericht behaaptungen behaaptung virwërf
        spekulatiounen""".split()),
    cue_nouns=frozenset("""
        wierder wuert aussoen aussoe erklärung fuerderung communiqué matdeelung informatiounen
        informatioun informatioune bericht berichter meenung usiicht ugaben ugabe rapport rapporten etüd etüden
        schreiwes
        """.split()),
    capitalised_nouns=True,
    role_plural_endings=("n", "en"),
    age_noun_pattern=r"\d+-järeg(?:en?)?",
    age_determiner_genders={"de": "m", "den": "m", "d'": "f", "d’": "f"},
    description_endings=("er", "in", "innen", "or", "ist", "ent", "ant", "eur", "at", "en", "ling", "esch", "e", "än",
                         "og", "iert", "ère", "ier"),
    impersonal_cues=frozenset("hiess heescht geheescht".split()),
    existential_cues=frozenset("gëtt gouf goufen ginn".split()),
    existential_particles=frozenset("un bekannt".split()),
    particle_cues={w: ("mat",) for w in "deelt deelen deelte".split()},
    lowercase_names=frozenset("dpa".split()),
    compound_nouns=True,
    comma_clause=True,
    complementizers=frozenset("datt dass ob".split()),
    source_before=("laut", "sou", "esou", "no aussoe vu", "no aussoe vun", "no informatioune vu",
                   "no informatioune vun", "no informatioune vum", "no informatiounen", "no ugabe vu", "no ugabe vun",
                   "no ugabe vum", "no ugaben", "no aussoe vum",
                   "wéi", "mat de wierder vu", "mat de wierder vun"),
    source_after=("no", "no zefolleg"),
    relative_sources=(", no deenen", ", no där", ", no deem"),
    pronouns={"hien": "m", "hie": "m", "en": "m", "si": "f", "se": "f", "hatt": "f", "si(pl)": "pl"},
    own_source_words=frozenset("eegen eegenen eegenem eegener".split()),
    possessive_genders={"säin": "m", "seng": "m", "sengem": "m", "sengen": "m", "senger": "m",
                        "hir": "f", "hire": "f", "hirem": "f", "hiren": "f", "hirer": "f"},
    plural_possessives=frozenset("hir hire hirem hiren hirer".split()),
    possessive_determiners=frozenset("säi säin seng sengem sengen senger hir hire hirem hiren hirer".split()),
    descriptive_verbs=frozenset("ass sinn war waren gëllt gouf krut kritt bleift".split()),
    spokesperson_roles=frozenset("spriecher spriecherin".split()),
    role_nouns=frozenset("""
        minister ministesch president presidentin staatschef staatscheffin spriecher spriecherin
        premier premierminister premierministesch chef chefin kanzler kanzlerin buergermeeschter
        buergermeeschtesch direkter direktesch expert expertin professer professesch fuerscher fuerscherin deputéierten deputéierte sekretär
        ambassadeur kommissär kommissärin generalsekretär leader vizepremier grousshererzog
        schäffen schäffin gemengerot gemengeréitin affekot affekotin riichter riichterin
        """.split()),
    org_nouns=frozenset("""
        agence noriichtenagence ministère ministär regierung police arméi säit medien gewerkschaft
        partei verwaltung ambassade kommissioun gemeng parquet geriicht kommandement spidol syndikat
        """.split()),
    kinship_nouns=frozenset("fra mamm papp duechter jong schwëster brudder".split()),
    same_words=frozenset("selwecht selwechten".split()),
    pronoun_genders={"hien": "m", "hie": "m", "hatt": "f"},  # ("hatt" is said of a woman named by her first name)
    singular_genders={"si": "f"},  # ("Si mengt": a woman; "Si mengen": they)
    plural_verb_endings=("en", "hunn", "sinn", "ginn"),
    death_words=frozenset("gestuerwen ëmkomm ëmbruecht dout".split()),
    person_nouns=dict([(w, "m") for w in "mann jong chauffeur".split()] + [(w, "f") for w in "fra chauffeuse".split()] +
                      [(w, "") for w in "meedchen kand persoun affer".split()]),
    body_pronouns={"si": frozenset({"d'", "d’"}), "hien": frozenset({"de", "den"})},  # "D'Police … Si huet"
    gendered_words=dict(
        # (Luxembourgish writes names with their article: "de Marc Hoffmann", "den Hoffmann", "d'Nathalie")
        [(w, "m") for w in "här mann papp brudder de den".split()] +
        [(w, "f") for w in "madame mme fra mamm duechter schwëster d' d’".split()]),
    feminine_role_endings=("in", "esch"),
    titles=frozenset("här madame dr. dr prof. prof me".split()),
    determiners=frozenset("de den d' d’ der dem déi dat e en eng engem enger säi säin seng sengem sengen senger hir hire "
                          "hirem hiren hirer".split()),
    relay_cues=frozenset("zitéiert zitéieren zitéiere zitéiert".split()),
    source_before_postposed=("sou", "esou", "wéi"),
    source_followers=frozenset({"weider"}),
    anaphoric_objects=frozenset("dat dëst".split()),
    anaphoric_cue_stems=("confirméier", "gesot", "sot", "seet", "matgedeelt", "deelt", "gemellt", "mellt",
                         "ugekënnegt", "kënnegt", "betount"),
    negations=frozenset("net keen keng kee ni".split()),
    relative_pronouns=frozenset("deen dee déi dat wou".split()),
    conjunctions=frozenset("an awer oder mä".split()),
    source_after_initial=("no",),
    expletive_subjects=frozenset({"et"}),
    verb_second=True,
    oblique_determiners=frozenset("dem engem desem".split()),
    numeral_modifiers=frozenset("iwwer bis".split()),
    document_prepositions=frozenset("an am bei".split()),
    addressee_determiners=frozenset("dem der".split()),
    new_referent_words=frozenset("e en eng engem enger aner anere aneren".split()),
    object_pronouns={"him": "m", "hinnen": "pl"},
    rank_words=frozenset("""fréiere fréieren fréiert fréierer ex stellvertriedend stellvertriedenden vize""".split()),
    time_nouns=frozenset("enn ufank mëtt".split()),
    passive_auxiliaries=frozenset("gëtt ginn gouf goufen".split()),
    reportative_modals=frozenset("soll sollen".split()),
    reportative_auxiliaries=frozenset("hunn sinn".split()),
    infinitive_particles=frozenset({"ze"}),
    clause_subordinators=frozenset("datt dass ob well wann wéi nodeems obwuel obschonn fir".split()),
    reported_markers=frozenset("""
        wier wieren wär wären hätt hätten géif géifen kéint kéinten misst missten wéilt wéilten dierft
        dierften géing géingen
        """.split()),
    prepositions=frozenset("""
        a an am um op un mat mam mer fir vir virun no bei beim iwwer iwwert ënner ënnert zu zum zur
        géint ouni duerch tëscht hannert nieft zënter bis vun vum vu aus als wéinst géintiwwer géigeniwwer während
        """.split()),
    agent_prepositions=frozenset("vun vum vu".split()),
    setting_prepositions=frozenset("bei beim während op".split()),
    of_words=frozenset("vun vum vu vun der vun den".split()),
    question_cues=frozenset("gefrot freet frot".split()),
    answer_words=('jo', 'nee', 'natierlech', 'ni', 'op kee fall'),
    time_adverbs=frozenset("spéit fréi".split()),
    naming_words=frozenset("genannt genannten sougenannt sougenannten sougenannte".split()),
    stop_words=frozenset("""
        him hinnen mech dech iech
        och awer an a mä dunn elo haut gëschter domols well wann wéi sou esou et dat dës dësen hei do dofir
        deemno domat trotzdem ausserdem nieft dozou ganz just nach ni net laut gemäss gemäß
        """.split()),
    auxiliaries=frozenset("""
        huet hunn hat haten hätt hätten gouf goufen gëtt ginn ass sinn war waren wier wieren kann kënnen
        konnt konnten soll sollen sollt sollten muss mussen wëll wëllen wollt wollten
        """.split()),
    name_abbreviations=frozenset("st".split()),
    abbreviations=frozenset("""
        dr prof st nr vol z.b bzw asw usw ca evtl vgl u.a d.h z etc vs mme m
        jan feb febr apr aug sept sep okt nov dez f ff
        inkl zzgl
        """.split()),
    measure_abbreviations=frozenset("mio mrd tsd".split()),
    measure_words=frozenset("""
        euro dollar frang frank tonnen liter kilometer leit awunner visiteuren memberen stëmmen
        """.split()),
    number_abbreviations=frozenset("art abs mio mrd tsd inkl zzgl max mind tel std min mill hr fr str".split()),
    ordinal_articles=frozenset("""
        de den der dem déi dat d am um vum zum zur beim
        säin seng sengem sengen senger hiren hirem hir hiert
        """.split()),
    # "d'Regierung", "d'Fuerderung"
    elisions=("d", "D"),
)

# --- time (owned by the date extractor) ---
TIME = Time(
    dateparser_language="lb",
    day_suffixes=(".", "ten", "te"),
    months={
        "januar": 1, "jan.": 1, "februar": 2, "feb.": 2, "mäerz": 3, "abrëll": 4, "abr.": 4, "mee": 5,
        "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "oktober": 10, "okt.": 10,
        "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    weekdays={
        "méindeg": 0, "dënschdeg": 1, "mëttwoch": 2, "donneschdeg": 3, "freideg": 4, "samschdeg": 5,
        "sonndeg": 6,
    },
    capitalised_months=True,
    relative_days={"haut": 0, "gëschter": -1, "virgëschter": -2, "muer": 1, "iwwermuer": 2},
    # "Haut" inside a sentence is the noun (skin)
    lowercase_only=frozenset({"haut"}),
    previous=frozenset("leschte leschten leschter lescht läscht läschte vergaangene vergaangen vergaangenen "
                       "vergaangent".split()),
    following=frozenset("nächste nächsten nächst kommende kommenden kommend".split()),
    this=frozenset("dës dësen dëser dëst dësem dëse".split()),
    plural_units=frozenset("deeg wochen woche méint joren joerzéngten".split()),
    units={"dag": "day", "deeg": "day", "woch": "week", "wochen": "week", "woche": "week", "weekend": "weekend",
           "mount": "month", "méint": "month", "joer": "year", "joren": "year", "trimester": "quarter",
           "quartal": "quarter", "joerzéngt": "decade", "joerzéngten": "decade", "joerhonnert": "century"},
    numbers={"een": 1, "eng": 1, "engem": 1, "enger": 1, "zwee": 2, "zwou": 2, "dräi": 3, "véier": 4,
             "fënnef": 5, "sechs": 6, "siwen": 7, "aacht": 8, "néng": 9, "zéng": 10, "eelef": 11,
             "zwielef": 12, "zwanzeg": 20, "drësseg": 30, "fofzeg": 50},
    vague_numbers=frozenset({"e puer", "puer", "e sëllechen"}),
    ordinals={"éischten": 1, "éischt": 1, "éischte": 1, "zweeten": 2, "zweet": 2, "drëtten": 3, "drëtt": 3,
              "véierten": 4, "véiert": 4, "leschten": 4},
    last_ordinals=frozenset({"leschten"}),
    ago_before=("virun", "viru"),
    ahead_before=("an", "a"),
    date_prefixes=frozenset("e en am um de den zënter bis".split()),
    determiners=("d'", "d’"),
    of_words=("vum", "vun", "vu"),
    modifiers={"ufank": "START", "enn": "END", "mëtt": "MID"},
    seasons={"fréijoer": "SP", "summer": "SU", "hierscht": "FA", "wanter": "WI"},
    day_parts={"moies": "MO", "moien": "MO", "mëttes": "AF", "mëtteg": "AF", "owes": "EV", "owend": "EV",
               "nuets": "NI", "nuecht": "NI"},
    day_part_links=("de", "den", "an der"),
    relative_words={"zejoert": ("year", -1)},
    anchor_phrases={"selwechten dag": "day", "deeselwechten dag": "day"},
    mod_anchor_phrases={"vum joer": "year", "vum mount": "month", "vun der woch": "week"},
    refs={"elo": "PRESENT_REF", "momentan": "PRESENT_REF", "zurzäit": "PRESENT_REF",
          "viru kuerzem": "PAST_REF", "kierzlech": "PAST_REF", "an zukunft": "FUTURE_REF"},
    set_words=frozenset("all alle jiddwer jidder".split()),
    set_adverbs={"deeglech": "P1D", "wëchentlech": "P1W", "méintlech": "P1M", "jäerlech": "P1Y"},
    future_cues=frozenset("wäert wäerten wäerts geplangt soll sollen".split()),
    future_cues_after=frozenset("geplangt virgesinn wäert wäerten soll sollen".split()),
    not_after_year=("leit", "mënschen", "euro", "km", "zaldoten", "awunner", "stëmmen"),
    # "Mee" is also "but": a bare one needs a preposition before it
    ambiguous_months=frozenset({"mee"}),
    month_prefixes=("am", "zënter", "zanter", "bis", "vum", "ab", "ufank", "enn", "mëtt", "mount", "no",
                    "virun", "fir", "den", "tëscht", "an"),
    half_words=("hallschent",),
    indefinite=("e",),
    shift_earlier=("virdrun",),
    shift_later=("méi spéit", "duerno", "dono"),
    weekday_apposition=("de", "den"),
    range_words=("bis", "an", "-", "–"),
    holidays={"chrëschtdag": (12, 25), "chrëschtowend": (12, 24), "silvester": (12, 31),
              "neijoerschdag": (1, 1), "allerhellgen": (11, 1), "nationalfeierdag": (6, 23)},
    extra={"decade_pattern": r"(?:(?P<dc>1[89]\d0|20[0-9]0)|(?P<dd>\d0))-?er(?:\s+Joren)?"},
)

# --- claims (owned by the claim extractor) ---
CLAIMS = Claims(
    confirm=frozenset('confirméiert confirméieren confirméiere confirméierten bestätegt bestätegen bestätegte'
                      .split()),
    deny=frozenset('dementéiert dementéieren dementéiere dementi bestridden bestreit bestreiden ofgestridden '
                   'zeréckgewisen'.split()),
    deny_separable={'wees': 'zréck', 'weist': 'zréck', 'wisen': 'zréck', 'streit': 'of', 'stridden': 'of'},
    deny_separable_objects={w: ("d'virw", 'virw', "d'kritik", 'kritik', 'bericht', "d'bericht", 'behaaptung',
                                "d'behaaptung", 'rumeur', "d'rumeur", 'aussoen', "d'aussoen")
                            for w in ('wees', 'weist', 'wisen')},
    negation=frozenset('net keen keng kee ni'.split()),
    unconfirmed=('bis ewell net', 'nach net', 'bis elo net', 'nach ëmmer net'),
    unconfirmed_words=('onbestätegt', 'onbestätegten', 'net confirméiert'),
    agent_prepositions=('vu', 'vun', 'vum', 'duerch'),
    according_before=('laut',),
    according_after=('no',),
    source_stop=frozenset('gouf goufen ginn gëtt huet hunn hat hate war waren ass sinn wier wären awer och an '
                          'datt dass de den d\' der dem déi dat e en eng engem op fir mat zu bis ewell net nach elo '
                          'haut gëschter soll sollen'.split()),
    coordinators=frozenset({'an', 'oder'}),
    cue_blockers=frozenset({'ze'}),
    negation_after=8,
    subordinators=frozenset('datt dass ob well wann wéi nodeems'.split()),
    pronouns=frozenset('hien hatt si se et mir ech dës dëse dat'.split()),
    passive_auxiliaries=frozenset('gouf goufen ginn gëtt gi ass sinn war waren'.split()),
    conditionals=frozenset('ob falls wann'.split()),
)

LANGUAGE = Language(
    code="lb",
    name="Lëtzebuergesch",
    detect_words=frozenset("""
        huet hunn gouf goufen gëtt ginn net och awer datt dës vun vum ass sinn mat fir eng engem déi hätt
        iwwer iwwert wéi ze hien mam hir säi sengem senger ewell elo haut gëschter wat wou ech mir eis
        ons well och nach kënnen soll sollen gesot deemno
        """.split()),
    speech=SPEECH,
    time=TIME,
    claims=CLAIMS,
)


@hookimpl
def newsquotes_languages():
    return [LANGUAGE]

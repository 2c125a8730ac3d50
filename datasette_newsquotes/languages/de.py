"""German: data only. „…“ and »…« quotes, "laut X", "X zufolge", "sagte, dass", Konjunktiv I reported speech."""
from ..plugins import hookimpl
from . import Claims, Language, Speech, Time

# --- speech (owned by the quote and speaker extractors) ---
SPEECH = Speech(
    first_person_words=frozenset("ich wir mir mich uns mein meine unser unsere".split()),
    time_suffixes=("Uhr", "MEZ", "MESZ", "GMT", "UTC"),
    writer_possessives=frozenset("unser unsere unserer unseren unserem".split()),
    place_bodies=frozenset("""staatsanwaltschaft generalstaatsanwaltschaft polizei polizeipräsidium
        polizeidirektion feuerwehr landgericht amtsgericht oberlandesgericht verwaltungsgericht landratsamt
        stadtverwaltung bezirksregierung klinik klinikum krankenhaus""".split()),
    interviewer_labels=frozenset("f frage interviewer interviewerin moderator moderatorin".split()),
    name_prepositions=frozenset({"für"}),
    as_words=frozenset({"wie"}),
    indefinite_pronouns=frozenset("jemand niemand".split()),
    # stance phrases around a verb too common to be a cue ("geht davon aus", "hält es für möglich")
    cue_phrases=("davon aus", "für möglich", "für wahrscheinlich", "für unwahrscheinlich", "für ausgeschlossen",
                 "für denkbar", "für richtig", "für falsch", "zu bedenken", "wurde bekannt", "bekannt geworden",
                 "bekannt gegeben"),
    complementizer_cue_phrases=("wurde bekannt", "bekannt geworden"),
    quote_pairs=(('"', '"'), ("„", "“"), ("“", "”"), ("»", "«"), ("«", "»"), ("‚", "‘"), ("›", "‹")),
    cue_verbs=frozenset("""
        sagte sagten sagt sagen gesagt sage erklärte erklärten erklärt erklären betonte betonten betont
        betonen meinte meinten meint gemeint berichtete berichteten berichtet berichten teilte teilten
        mitgeteilt warnte warnten warnt gewarnt forderte forderten fordert gefordert kündigte
        angekündigt kritisierte kritisiert bestätigte bestätigten bestätigt bestätigen dementierte
        dementiert bestritt bestritten bestreitet räumte eingeräumt zitierte zitiert zitieren
        unterstrich unterstrichen fügte hinzugefügt ergänzte ergänzt äußerte geäußert erläuterte
        erläutert verkündete verkündet versicherte versichert behauptete behauptet betonte schrieb
        geschrieben hieß heißt geheißen antwortete geantwortet fragte gefragt verwies verwiesen sprach
        gesprochen mahnte gemahnt appellierte kommentierte kommentiert beklagte beklagt schätzte
        gab angegeben erwiderte entgegnete zeigte verlautete verlautbarte lobte gelobt bekräftigte
        bekräftigt vermutete vermutet glaubt glaubte argumentierte argumentiert
        konterte konterten kontert gekontert wetterte wetterten wettert polterte schimpfte schimpften
        monierte monierten moniert bemängelte bemängelten bemängelt bilanzierte bilanziert resümierte
        präzisierte präzisiert relativierte relativiert gestand
        mitteilte mitteilten teilt teilen mitteilt kündigten kündigt ankündigte ankündigten angekündigt
        verkündeten erklärt warf warfen vorwarf vorwirft wirft vorgeworfen forderten auffordert
        aufgefordert schrieben schreibt meldete meldeten meldet gemeldet berichtete hieß heißt verlautete
        bekanntgab bekanntgegeben gab gaben angab angaben räumte räumten einräumte eingeräumt fürchtet
        fürchtete befürchtet befürchtete hofft hoffte erwartet erwartete schätzt schätzten geschätzt
        kritisierten kritisieren warnen warnte appellierten appelliert verlangte verlangten verlangt
        bezeichnete bezeichneten bezeichnet nannte nannten nennt stellte feststellte festgestellt
        bestätigte sprachen spricht betonen unterstrich ergänzte ergänzten fügte fügten
        beschuldigte beschuldigt beteuerte beteuert versprach versprochen drohte droht gedroht
        widersprach widersprochen dementierten leugnete leugnet zweifelte bezweifelt bezweifelte
        prognostizierte prognostiziert rechnet rechnete riet rät empfahl empfiehlt
        beschloss beschlossen beschließt schlug schlugen schlägt vorschlug vorgeschlagen zugesagt zusagte
        sicherte zugesichert bot angeboten drängte drängten gedrängt geraten bat baten gebeten
        beantragte beantragt plädierte plädiert ordnete angeordnet rief riefen aufgerufen entschied
        entschieden entscheidet wies wiesen weist hingewiesen begründete begründeten begründet urteilte
        urteilten geurteilt spekulierte spekuliert befürchten mutmaßte mutmaßt schilderte schilderten
        schildert geschildert erzählte erzählten erzählt vermeldete vermeldeten vermeldet vermelden
        """.split()),
    genitive_determiners=frozenset("der des eines einer".split()),
    claim_holder_verbs=frozenset("""
        vertritt vertrat vertreten vertraten äußerte äußert äußerten geäußert äußern erhebt erhob erhoben
        erheben erhoben hegt hegte hegten gehegt hegen stellte stellt stellten gestellt stellen bekräftigte
        bekräftigt bekräftigten wiederholte wiederholt wiederholten teilt teilte teilten geteilt teilen
        bekräftigen bekundete bekundet bekundeten formulierte formuliert brachte bringt vorbrachte vorgebracht
        """.split()),
    infinitive_subordinators=frozenset("um ohne statt anstatt außer als".split()),
    offence_claim_nouns=frozenset("vorwurf vorwürfe vorwurfs verdacht verdachts".split()),
    claim_nouns=frozenset("""
        vorwurf vorwürfe verdacht behauptung behauptungen forderung forderungen vorschlag vorschläge
        befürchtung befürchtungen hinweis hinweise warnung warnungen ankündigung appell aufforderung anfrage
        anfragen plan pläne zusage versprechen gerücht gerüchte annahme überzeugung hoffnung einschätzung
        verdachts vorwurfs berichts hinweises
        auffassung ansicht meinung erklärung aussage angabe mitteilung darstellung meldung bericht berichte
        """.split()),
    organization_name_words=frozenset("ag gmbh kgaa".split()),
    company_nouns=frozenset("unternehmen konzern firma hersteller autobauer autohersteller zulieferer autozulieferer fluggesellschaft versicherer".split()),
    report_nouns=frozenset("""berichte bericht berichten behauptungen behauptung gerüchte gerücht gerüchten vorwürfe
        vorwurf vorwürfen spekulationen meldungen meldung darstellungen""".split()),
    cue_nouns=frozenset("""
        worte worten aussage aussagen erklärung mitteilung angaben stellungnahme untersuchung
        untersuchungen ansicht meinung informationen berichten bericht berichte meldungen meldung studie
        einschätzung einschätzungen vorstellungen schätzungen erkenntnissen erkenntnis presseerklärung
        pressemitteilung auffassung darstellung darstellungen ermittlungen auskunft auskünften berechnungen
        bekunden dokument veröffentlichung schätzung vernehmen recherchen umfrage umfragen prognose
        hochrechnung hochrechnungen statistik
        planungen erkenntnisstand kenntnisstand gutachten schilderung schilderungen zitat zitate
        """.split()),
    capitalised_nouns=True,
    role_plural_endings=("n", "en"),
    age_noun_pattern=r"\d+-jährige[nr]?",
    age_determiner_genders={"der": "m", "die": "f"},
    description_endings=("er", "in", "innen", "or", "ist", "ent", "ant", "eur", "at", "en", "ling", "esch", "e", "än",
                         "og", "iert", "ère", "ier"),
    impersonal_cues=frozenset("hieß heißt hießen heißen geheißen".split()),
    existential_cues=frozenset("gab gibt gaben geben gäbe gegeben".split()),
    existential_particles=frozenset("an bekannt preis".split()),
    particle_cues={w: ("mit",) for w in "teilt teilte teilten teilen".split()},
    lowercase_names=frozenset("dpa taz epd kna ddp apa sda dapd".split()),
    compound_nouns=True,
    complementizers=frozenset("dass daß ob".split()),
    source_before=("laut", "so", "nach", "wie", "gemäß", "aus"),
    source_before_strict=("gemäß", "nach"),
    source_after=("zufolge", "nach"),
    relative_sources=(", wonach", ", nach denen", ", nach der", ", nach dem", ", laut denen", ", laut dem",
                      ", laut der"),
    relative_sources_always=(", wonach",),
    pronouns={"er": "m", "sie": "f", "sie(pl)": "pl"},
    own_source_words=frozenset("eigene eigenen eigenem eigener".split()),
    descriptive_verbs=frozenset("""
        ist sind war waren sei gilt galt gelten galten bleibt blieb erhielt erhält erhielten bekam bekommt
        """.split()),
    spokesperson_roles=frozenset("sprecher sprecherin sprecherinnen vertreter vertreterin".split()),
    noun_case_endings=("es", "en", "s", "n"),
    name_case_endings={"es": "", "s": "", "ern": "er", "eln": "el"},
    linking_endings=("s",),
    role_nouns=frozenset("""
        minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin chef chefin
        vorsitzende vorsitzender bürgermeister bürgermeisterin direktor direktorin experte expertin
        abgeordnete abgeordneter sekretär sekretärin botschafter botschafterin kommissar kommissarin
        regierungschef regierungschefin staatschef premierminister premierministerin trainer
        polizeisprecher anwalt anwältin richter richterin generalsekretär leiter leiterin landrat
        landrätin stadtrat stadträtin gouverneur gouverneurin senator senatorin general kommandeur
        vorstand vorstandschef geschäftsführer geschäftsführerin intendant intendantin beauftragte
        beauftragter vertreter vertreterin berater beraterin ombudsmann kämmerer kämmerin dezernent
        dezernentin baudezernent baudezernentin stadtkämmerer schulrat rätin
        experten politiker politikerin manager managerin beobachter beobachterin forscher forscherin
        wissenschaftler wissenschaftlerin professor professorin ökonom ökonomin landwirt landwirtin lehrer lehrerin kritiker kritikerin befürworter befürworterin gegner gegnerin
        analyst analysten ermittler ermittlerin gutachter gutachterin augenzeuge augenzeugen zeuge zeugen
        anwohner anwohnerin jugendliche ärzte arzt ärztin
        regisseur regisseurin gewerkschafter gewerkschafterin gewerkschaftler gewerkschaftlerin vorsitzenden
        moderator moderatorin pfleger pflegerin krankenpfleger krankenpflegerin
        """.split()),
    org_nouns=frozenset("""
        agentur nachrichtenagentur ministerium regierung polizei armee seite medien gewerkschaft partei
        verteidigung opposition
        verwaltung botschaft kommission gemeinde staatsanwaltschaft gericht behörde behörden unternehmen
        konzern verband institut gesellschaft stiftung organisation verein bundesamt landesamt zentrum
        bank pressedienst klinik klinikum krankenhaus schule
        zeitung magazin magazins sender senders rundfunk rundfunks portal portals
        """.split()),
    kinship_nouns=frozenset(
        "ehefrau ehemann gattin gatte witwe witwer mutter vater tochter sohn schwester bruder".split()),
    quotation_cues=frozenset("skandierten skandierte skandiert skandieren schrien schrie brüllten brüllte wissen".split()),
    same_words=frozenset("selbe selben selber derselbe dieselbe denselben demselben".split()),
    pronoun_genders={"er": "m", "ihn": "m", "ihm": "m"},
    singular_genders={"sie": "f"},
    death_words=frozenset("starb gestorben getötet tot verstorben".split()),
    person_nouns=dict([(w, "m") for w in """mann junge jugendlicher reisender täter verdächtiger schüler rentner fahrer
                                         passant anwohner nachbar besucher kunde radfahrer fußgänger""".split()] +
                      [(w, "f") for w in """frau täterin schülerin rentnerin fahrerin zeugin augenzeugin passantin
                                         anwohnerin nachbarin besucherin kundin radfahrerin fußgängerin""".split()] +
                      [(w, "") for w in "mädchen jugendliche kind person reisende verdächtige".split()]),
    body_pronouns={"sie": frozenset({"die"}), "er": frozenset({"der"})},  # "Die Polizei …. Sie teilte mit"
    gendered_words=dict(
        [(w, "m") for w in "herr herrn ehemann vater sohn bruder witwer".split()] +
        [(w, "f") for w in "frau ehefrau mutter tochter schwester witwe".split()]),
    titles=frozenset("herr herrn frau dr. dr prof. prof".split()),
    determiners=frozenset("""
        der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem
        sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren mehrere einige viele zahlreiche
        """.split()),
    relay_cues=frozenset("zitierte zitierten zitiert zitieren zitiere".split()),
    source_before_postposed=("so",),
    source_followers=frozenset({"weiter", "wörtlich", "abschließend", "ergänzend", "zudem", "außerdem", "erneut",
                                 "nochmals", "zuletzt", "damals", "später", "sinngemäß"}),
    anaphoric_objects=frozenset("das dies dieses".split()),
    anaphoric_cue_stems=("bestätig", "sagt", "gesagt", "teilt", "mitgeteilt", "berichte", "meldet", "gemeldet",
                         "erklärte", "kündigt", "angekündigt", "betont", "verkündet"),
    negations=frozenset("nicht kein keine keinen keiner nie niemals".split()),
    relative_pronouns=frozenset("der die das welcher welche welches denen deren dessen".split()),
    conjunctions=frozenset("und aber sowie oder".split()),
    source_after_initial=("nach",),
    reported_markers=frozenset("""
        könnten müssten wollten wäre wären hätte hätten würde würden gäbe soll sollen sollten
        """.split()),
    source_adverbs=frozenset({"demnach", "demzufolge"}),
    expletive_subjects=frozenset({"es"}),
    verb_second=True,
    subject_pronouns=frozenset({"er"}),
    frame_subordinators=frozenset("als während nachdem bevor weil obwohl wo".split()),
    oblique_determiners=frozenset("den dem des einen einem eines diesem diesen".split()),
    nominative_determiners=frozenset("der ein dieser jener".split()),
    feminine_role_endings=("in", "innen"),
    plural_verb_endings=("en",),
    feminine_noun_endings=("ung", "tur", "ion", "ei", "schaft", "heit", "keit", "in", "innen"),
    weak_adjective_endings=("en",),
    adjective_endings=("e", "en", "er", "es", "em"),
    question_cues=frozenset("fragte fragten fragt gefragt wissen".split()),
    answer_words=('ja', 'nein', 'auf keinen fall', 'natürlich', 'niemals', 'keineswegs', 'selbstverständlich'),
    time_adverbs=frozenset("spät früh später".split()),
    naming_words=frozenset("genannt genannte genannten genannter sogenannte sogenannten sogenannter sogenanntes namens betitelt".split()),
    foreign_name_words=frozenset("""
        of the and for to at on by with pour un une du de la le les et des sur y del da do dos della di el los
        las """.split()),
    adverb_suffixes=("gemäß", "weise", "ierend", "ßend", "zend", "gend", "ssend", "chend", "erdings"),
    numeral_modifiers=frozenset("über bis".split()),
    document_prepositions=frozenset("in im bei beim".split()),
    addressee_determiners=frozenset("dem der".split()),
    passive_auxiliaries=frozenset("wird wurde wurden werden worden".split()),
    demonstrative_pronouns=frozenset("dieser diese".split()),
    possessive_genders={"sein": "m", "seine": "m", "seiner": "m", "seinem": "m", "seinen": "m", "seines": "m",
                        "ihr": "f", "ihre": "f", "ihrer": "f", "ihrem": "f", "ihren": "f", "ihres": "f"},
    plural_possessives=frozenset("ihr ihre ihrer ihrem ihren ihres".split()),
    possessive_determiners=frozenset("sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres".split()),
    object_pronouns={"ihm": "m", "ihr": "f", "ihnen": "pl"},
    new_referent_words=frozenset("""ein eine einer einem einen eines weiterer weitere weiteren anderer andere
        beide beiden mehrere mehreren einige einigen zwei drei""".split()),
    rank_words=frozenset("""ehemalige ehemaliger ehemaligen ehemaligem frühere früherer früheren früherem ex
        einstige einstiger einstigen stellvertretende stellvertretender stellvertretenden vize""".split()),
    infinitive_endings=("en", "ern", "eln"),
    time_nouns=frozenset("ende anfang mitte beginn".split()),
    reportative_modals=frozenset("soll sollen".split()),
    reportative_auxiliaries=frozenset("haben sein".split()),
    infinitive_particles=frozenset({"zu"}),
    infinitive_infix=r"[a-zäöüß]{2,}zu[a-zäöüß]{2,}n",
    clause_subordinators=frozenset("dass daß ob weil da obwohl damit sodass wenn als nachdem bevor während wobei "
                                   "zumal".split()),
    reported_markers_strong=frozenset("""
        sei seien habe werde könne solle müsse dürfe wolle gebe stehe liege komme gehe bestehe handle
        handele brauche wisse bleibe gelte fehle zeige plane arbeite befinde finde sehe drohe führe
        gehöre nehme verfüge erwarte rechne hoffe unterstütze benötige erhalte entstehe betrage beginne
        gelinge bedeute diene fordere lehne biete wirke zahle kenne
        """.split()),
    prepositions=frozenset("""
        an am auf aus bei beim bis durch für gegen hinter in im ins mit nach neben ohne seit über um
        unter von vom vor während wegen zu zum zur zwischen trotz gegenüber dank innerhalb außerhalb
        als wie bezüglich hinsichtlich angesichts aufgrund infolge anlässlich seitens mittels entgegen
        ans aufs fürs ums übers durchs vors
        """.split()),
    agent_prepositions=frozenset("von vom durch".split()),
    setting_prepositions=frozenset("bei beim während auf".split()),
    of_words=frozenset("von vom des der eines einer".split()),
    stop_words=frozenset("""
        ihm ihn ihnen uns euch
        auch aber und oder doch dann nun jetzt heute gestern morgen zudem außerdem dabei damit daher
        deshalb dennoch trotzdem allerdings jedoch zuvor bereits schon noch nur so es das dies diese
        dieser man wir ich ihr sie er hier dort da als wenn weil obwohl nachdem während bisher bislang
        weiter weiterhin zuletzt zunächst erst offenbar offiziell laut demnach inzwischen mittlerweile
        ebenfalls gleichzeitig später früher immer nicht kein keine insgesamt darin danach davor dazu
        daraufhin hierzu hierbei unterdessen ähnlich anschließend zuerst schließlich letztlich vielmehr
        stattdessen ebenso genauso außerdem überdies indes indessen nun dadurch darum deswegen somit also
        gegenüber gestern heute morgens abends nachts seitdem bereits jedenfalls zwar wohl angeblich
        damals dagegen hingegen ferner erneut nochmals sodann wiederum gleichwohl demgegenüber derzeit
        denn
        """.split()),
    auxiliaries=frozenset("""
        hat haben hatte hatten habe wird werden wurde wurden ist sind war waren sei kann können konnte
        konnten soll sollen sollte sollten muss müssen musste mussten will wollen wollte wollten
        """.split()),
    join_interrupted=False,
    comma_clause=True,
    name_abbreviations=frozenset("st".split()),
    abbreviations=frozenset("""
        dr prof st nr no vol z.b bzw usw ca evtl ggf vgl u.a d.h z etc vs sen gen mr mrs ms
        jan feb febr apr aug sept sep okt nov dez f ff
        inkl zzgl
        """.split()),
    measure_abbreviations=frozenset("mio mrd tsd".split()),
    measure_words=frozenset("""
        euro dollar franken pfund yen yuan rubel tonnen liter kilometer menschen einwohner besucher mitglieder
        stimmen zuschauer fahrgäste kunden nutzer
        """.split()),
    number_abbreviations=frozenset("""
        art abs mio mrd rd inkl zzgl max mind tel std az lt bd kap ziff min sek mill hr fr str jh abb pkt tsd
        """.split()),
    ordinal_articles=frozenset("""
        der die das dem den des am im zum zur vom beim ins ans
        sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres
        """.split()),
)

# --- time (owned by the date extractor) ---
TIME = Time(
    dateparser_language="de",
    day_suffixes=(".", "ten", "te"),
    months={
        "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "märz": 3, "april": 4, "apr.": 4,
        "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
        "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
              "sonnabend": 5, "sonntag": 6},
    capitalised_months=True,
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2},
    lowercase_only=frozenset({"morgen"}),
    plural_units=frozenset("tage tagen wochen monate monaten jahre jahren jahrzehnte jahrzehnten".split()),
    previous=frozenset("vergangene vergangenen vergangener vergangenes letzte letzten letzter letztes vorige "
                       "vorigen voriges vorigem".split()),
    following=frozenset("nächste nächsten nächster nächstes kommende kommenden kommender kommendes".split()),
    this=frozenset("diese diesen dieser dieses diesem".split()),
    units={"tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week",
           "wochenende": "weekend", "monat": "month", "monate": "month", "monaten": "month", "jahr": "year",
           "jahre": "year", "jahren": "year", "jahres": "year", "quartal": "quarter", "quartals": "quarter",
           "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade", "jahrhundert": "century"},
    numbers={"ein": 1, "eine": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
             "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
             "zwanzig": 20, "dreißig": 30, "fünfzig": 50},
    vague_numbers=frozenset({"einigen", "wenigen", "mehreren", "ein paar"}),
    ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
              "vierte": 4, "letzten": 4},
    last_ordinals=frozenset({"letzten"}),
    ago_before=("vor",),
    ahead_before=("in",),
    date_prefixes=frozenset("am an im seit bis zum vom".split()),
    determiners=("der", "die", "das", "dem", "den"),
    of_words=("des",),
    modifiers={"anfang": "START", "ende": "END", "mitte": "MID"},
    seasons={"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    day_parts={"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    compound_day_parts=True,
    anchor_phrases={"selben tag": "day", "gleichen tag": "day", "selbigen tag": "day"},
    mod_anchor_phrases={"des jahres": "year", "des monats": "month", "der woche": "week"},
    refs={"derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
          "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "künftig": "FUTURE_REF",
          "in zukunft": "FUTURE_REF"},
    set_words=frozenset("jeden jede jedes".split()),
    set_adverbs={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y"},
    future_cues=frozenset("wird werden geplant bevorstehenden".split()),
    # verb-final clauses: "die für den August geplant ist", "dass er am Sonntag ausrufen werde"
    future_cues_after=frozenset("geplant geplante geplanten vorgesehen angesetzt terminiert werde wird werden "
                                "soll sollen".split()),
    # "August" is also a first name ("August Bebel"): a bare one needs a preposition before it
    ambiguous_months=frozenset({"august"}),
    month_prefixes=("im", "seit", "bis", "vom", "zum", "ab", "anfang", "ende", "mitte", "monat", "nach", "vor",
                    "für", "den", "des", "zwischen", "bis zum", "im laufe des"),
    half_words=("halbjahr", "halbjahres", "jahreshälfte", "hälfte"),
    shift_earlier=("zuvor", "davor", "früher"),
    shift_later=("später", "danach"),
    weekday_apposition=("den", "dem"),
    range_words=("bis", "und", "-", "–"),
    holidays={"heiligabend": (12, 24), "heiligen abend": (12, 24), "silvester": (12, 31),
              "neujahr": (1, 1), "neujahrstag": (1, 1), "allerheiligen": (11, 1)},
    not_after_year=("menschen", "personen", "euro", "dollar", "soldaten", "km", "kilometer", "einwohner",
                    "stimmen", "punkte", "mitarbeiter"),
    extra={"decade_pattern": r"(?:(?P<dc>1[89]\d0|20[0-9]0)|(?P<dd>\d0))-?er(?:\s+Jahren?)?"},
)

# --- claims (owned by the claim extractor) ---
CLAIMS = Claims(
    confirm=frozenset('bestätigt bestätigte bestätigten bestätigen bestätige'.split()),
    deny=frozenset('dementiert dementierte dementierten dementieren bestritt bestritten bestreitet bestreiten '
                   'zurückgewiesen dementi zurückweisen zurückwies'.split()),
    deny_separable={'wies': 'zurück', 'wiesen': 'zurück', 'weist': 'zurück', 'weisen': 'zurück',
                    'stritt': 'ab', 'stritten': 'ab', 'streitet': 'ab', 'streiten': 'ab'},
    deny_separable_objects={w: ('vorw', 'kritik', 'bericht', 'darstellung', 'behauptung', 'anschuldigung',
                                'spekulation', 'gerücht', 'meldung', 'verdacht', 'aussage', 'angabe', 'vorhalt',
                                'forderung', 'unterstellung', 'darlegung', 'einschätzung')
                            for w in ('wies', 'wiesen', 'weist', 'weisen')},
    negation=frozenset('nicht kein keine keinen nie weder'.split()),
    unconfirmed=('bislang nicht', 'noch nicht', 'bisher nicht'),
    unconfirmed_words=('unbestätigt', 'unbestätigte', 'unbestätigten', 'unbestätigter'),
    agent_prepositions=('von', 'vom', 'seitens', 'durch'),
    according_before=('laut', 'nach Angaben von', 'nach Angaben des', 'nach Angaben der', 'gemäß'),
    according_after=('zufolge',),
    source_stop=frozenset('wurde wurden wird werden hat haben hatte hatten ist sind war waren sei seien habe '
                          'aber auch und oder dass der die das den dem des ein eine einer einem eines am im zu '
                          'zur zum bisher bislang noch nicht jedoch allerdings inzwischen mittlerweile offiziell '
                          'bereits damit dadurch somit nun jetzt trotzdem zudem außerdem dann'.split()),
    coordinators=frozenset({'und', 'sowie', 'oder'}),
    cue_blockers=frozenset({'zu'}),
    negation_after=8,
    subordinators=frozenset('dass ob weil da wenn als nachdem'.split()),
    pronouns=frozenset('sie er es diese dieser dieses wir ich man'.split()),
    passive_auxiliaries=frozenset('wurde wurden worden wird werden ist sind war waren'.split()),
    conditionals=frozenset('ob falls wenn sofern'.split()),
)

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    detect_words=frozenset("""
        und der die das ist nicht sich mit auf für von dem ein eine einen wurde wurden hat haben sind
        auch dass werden sagte nach bei aus wie oder zum zur über einer noch nur ich wir sie es
        """.split()),
    speech=SPEECH,
    time=TIME,
    claims=CLAIMS,
)


@hookimpl
def newsquotes_languages():
    return [LANGUAGE]

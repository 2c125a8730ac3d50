"""Luxembourgish quotes and speakers, in RTL and Wort style (our own sentences)."""
from quote_helpers import find, none_with, quotes, speaker, extract

ARTICLE = (
    "Regierung stellt neie Wunnengsbauplang vir\n\n"
    "De Wunnengsbauminister Max Kremer huet e Méindeg gesot, datt de Staat bis 2030 dausend Wunnengen bauen "
    "wëll. D'Gewerkschaft OGBL huet gemellt, de Plang wier \"vill ze spéit\" komm an hätt keng Finanzéierung.\n\n"
    "\"Mir hunn keng Zäit méi ze verléieren\", sou de Minister. Der Oppositioun no soll de Projet awer méi "
    "deier ginn wéi ugekënnegt.\n\n"
    "D'Noriichtenagence ANL huet d'Premierministesch Léa Schmit mat de Wierder zitéiert, si hätt d'Vertrauen "
    "an hir Equipe.\n\n"
    "Wéi geet et weider\n\n"
    "Och d'Chamberpresidentin Carla Weis huet sech \"zouversiichtlech\" gewisen. Hatt wëll de Plang virun der "
    "Summervakanz stëmmen."
)


def test_complement_clause_with_datt():
    q = find(quotes(ARTICLE, "lb"), "de Staat bis 2030")
    assert q.kind == "indirect"
    assert q.text.startswith("datt de Staat")
    assert speaker(q) == "Max Kremer"
    assert "Wunnengsbauminister" in " ".join(q.speaker.speaker.descriptions)


def test_comma_clause_with_subjunctive_and_partial_quote():
    qs = quotes(ARTICLE, "lb")
    q = find(qs, "de Plang wier", kind="indirect")
    assert q.text.startswith("de Plang wier")
    assert speaker(q) == "OGBL"
    assert q.speaker.speaker.kind == "organization"
    partial = find(qs, "vill ze spéit", kind="direct")
    assert partial.text == "vill ze spéit"


def test_postposed_sou_with_role_noun_resolves_to_the_minister():
    q = find(quotes(ARTICLE, "lb"), "Mir hunn keng Zäit")
    assert q.kind == "direct"
    assert q.text == "Mir hunn keng Zäit méi ze verléieren"
    assert speaker(q) == "Max Kremer"
    assert q.speaker.how == "role"


def test_source_after_no():
    q = find(quotes(ARTICLE, "lb"), "soll de Projet")
    assert q.kind == "indirect"
    assert q.text.startswith("soll de Projet awer méi deier")
    assert speaker(q) == "Oppositioun"


def test_relayed_quote_has_speaker_and_via():
    q = find(quotes(ARTICLE, "lb"), "si hätt d'Vertrauen")
    assert speaker(q) == "Léa Schmit"
    assert q.via is not None and q.via.speaker.name == "ANL"


def test_partial_quote_with_cue_and_canonical_name():
    q = find(quotes(ARTICLE, "lb"), "zouversiichtlech")
    assert q.kind == "direct"
    assert speaker(q) == "Carla Weis"  # not "Och d'Chamberpresidentin Carla Weis"


def test_headings_are_never_quotes():
    qs = quotes(ARTICLE, "lb")
    assert none_with(qs, "Wéi geet et weider")
    assert none_with(qs, "Wunnengsbauplang")


def test_two_people_sharing_a_surname_stay_apart():
    text = ("De Premier Kim Il-woo huet de Putin agelueden. De japanesche Minister Kim Dae-sung huet "
            "gesot, datt hie besuergt wier. \"Mir fuerderen e Stopp\", sou d'Fuerderung vum Minister.")
    qs = quotes(text, "lb")
    assert speaker(find(qs, "Mir fuerderen")) == "Kim Dae-sung"
    assert speaker(find(qs, "datt hie besuergt")) == "Kim Dae-sung"


def test_scare_quote_without_cue_is_not_a_quote():
    text = "De \"Wonner vu Bern\" gëtt nach ëmmer gefeiert. D'Ekipp spillt e Samschdeg."
    assert quotes(text, "lb") == []


def test_speakers_listed_on_the_extraction():
    ex = extract(ARTICLE, "lb")
    names = {sp.name for sp in ex.speakers}
    assert {"Max Kremer", "OGBL", "Léa Schmit"} <= names


def test_subjunctive_sentence_continues_reported_speech():
    text = ("D'Gewerkschaft LCGB huet gemellt, d'Verhandlunge wieren ofgebrach ginn. Eng Entscheedung wier net "
            "virun Enn Mee ze erwaarden.\n\nD'Ministesch huet net reagéiert.")
    q = find(quotes(text, "lb"), "Eng Entscheedung wier")
    assert q.kind == "indirect"
    assert speaker(q) == "LCGB"


def test_verb_second_subject_after_the_cue():
    # "Um Méindeg sot de Minister": the fronted time is no subject; "Dem Radio huet ...": nor is a dative
    text = ("D'Regierung stellt de Budget vir. Um Méindeg sot de Finanzminister, d'Scholden géife net "
            "klammen. Dem Radio huet d'Ministesch gesot, d'Schoulen kréichen méi Personal.")
    qs = quotes(text, "lb")
    assert find(qs, "d'Scholden géife net").speaker.text == "de Finanzminister"
    assert find(qs, "d'Schoulen kréichen").speaker.text == "d'Ministesch"


def test_passive_cue_takes_the_report_as_source():
    q = find(quotes("Am Rapport vun der Chamber gouf ënnerstrach, datt d'Präisser nach wäerte klammen.", "lb"),
             "Präisser")
    assert q.speaker is not None and "Rapport" in q.speaker.text


def test_impersonal_cue_in_a_compound_tense():
    # "huet et geheescht": nobody said it; "Am Bericht huet et geheescht": the report did
    qs = quotes("Haut huet et geheescht, d'Bréck bleif bis Mee gespaart.", "lb")
    assert find(qs, "d'Bréck bleif bis Mee").speaker is None
    qs = quotes("Am Bericht vun der Stad huet et geheescht, d'Bréck bleif bis Mee gespaart.", "lb")
    assert find(qs, "d'Bréck bleif bis Mee").speaker.text.startswith("Bericht")


def test_datt_after_a_long_phrase_of_occasion():
    text = ("D'Ministesch sot bei enger Pressekonferenz zu Esch e Méindeg virun de Journalisten, datt d'Schoule "
            "géifen opbleiwen.")
    q = find(quotes(text, "lb"), "d'Schoule géifen opbleiwen")
    assert q.kind == "indirect" and q.speaker.text == "D'Ministesch"


def test_conditional_only_after_datt_belongs_to_the_sentences_own_subject():
    qs = quotes("De Minister huet gesot, datt d'Steieren net erop géifen goen. D'Gewerkschaft ass awer der "
                "Meenung, datt dat net duergoe géif.", "lb")
    q = find(qs, "net duergoe")
    assert q.text == "datt dat net duergoe géif"
    assert q.speaker.text == "D'Gewerkschaft"


def test_frame_after_a_subordinate_clause_and_inserted_sou():
    q = find(quotes("Nodeems d'Police d'Haus duerchsicht hat, sot e Spriecher, et hätt een Waffe fonnt.", "lb"),
             "Waffe fonnt")
    assert q.text == "et hätt een Waffe fonnt"
    q = find(quotes("D'Präisser, sou de Minister, wieren ze héich.", "lb"), "ze héich")
    assert q.text == "D'Präisser, sou de Minister, wieren ze héich" and q.speaker.text == "de Minister"


def test_dat_as_object_reports_the_sentence_before():
    q = find(quotes("D'Bréck bleift bis Mee zou. Dat huet de Buergermeeschter e Méindeg confirméiert.", "lb"),
             "Bréck")
    assert q.text == "D'Bréck bleift bis Mee zou" and q.speaker.text == "de Buergermeeschter"


def test_reported_clause_opening_with_a_phrase_after_the_comma():
    q = find(quotes("De Buergermeeschter huet gesot, mat deem neie Plang wier d'Stad méi roueg.", "lb"), "Plang")
    assert q.text.startswith("mat deem neie Plang") and q.speaker.text == "De Buergermeeschter"


def test_passive_quoting_cue_relays_the_subject_words():
    q = find(quotes("De Minister gouf vun der Agence France-Presse zitéiert, datt d'Verhandlunge gutt leefen.", "lb"),
             "Verhandlunge")
    assert q.speaker.text == "De Minister" and q.via is not None and "Agence France-Presse" in q.via.text


def test_en_datum_mat_ordinalzuel_deelt_de_saz_net():
    q = find(quotes("D'Schoul fänkt den 15. September erëm un, sou de Minister.", "lb"), "Schoul fänkt")
    assert q.text.endswith("15. September erëm un") and speaker(q) == "Minister"


def test_laut_am_ufank_vum_saz_ass_keen_numm():
    # "Laut" opening a sentence is the source word, not part of a name
    q = find(quotes("Laut RTL ginn d'Bustariffer am Fréijoer net erop.", "lb"), "Bustariffer")
    assert speaker(q) == "RTL"
    qs = quotes("Laut RTL huet de Schäffen ugekënnegt, datt d'Bibliothéik am Summer zoumécht.", "lb")
    q = min(qs, key=lambda x: len(x.text))
    assert q.text.startswith("datt d'Bibliothéik") and speaker(q) == "Schäffen" and q.via.text == "RTL"


def test_an_object_pronoun_before_no_is_a_source():
    text = "De Fuerscher Paul Klein huet d'Donnéeë analyséiert. Him no ass d'Waasser propper."
    q = find(quotes(text, "lb"), "d'Waasser propper")
    assert q.speaker.text == "Him" and speaker(q) == "Paul Klein"


def test_vum_minister_hiess_et_is_the_ministers_report():
    text = ("De franséische Minister Paul Dax huet de Projet kritiséiert. Vum Minister hiess et, datt "
            "d'Bréck bis Juni zou bleift.")
    q = find(quotes(text, "lb"), "d'Bréck bis Juni")
    assert speaker(q) == "Paul Dax"


def test_colon_pronoun_collective_side_and_closing_sou():
    text = ("Budget 2025.\n\nD'Ministesch Carole Weis huet e Mëttwoch de neie Budget presentéiert. Si sot: \"Mir "
            "mussen elo spueren.\" Vu lëtzebuergescher Säit hiess et, datt d'Verhandlunge weidergeng. Si hunn och "
            "Hëllef vum Staat gefrot, sou de Schäffen.")
    qs = quotes(text, "lb")
    q = find(qs, "Mir mussen elo spueren")
    assert q.kind == "direct" and speaker(q) == "Carole Weis" and q.speaker.how == "pronoun"
    assert speaker(find(qs, "d'Verhandlunge weidergeng")) == "lëtzebuergescher Säit"
    assert find(qs, "Hëllef vum Staat").speaker.text == "de Schäffen"


def test_source_phrases_with_a_noun_of_saying_and_the_n_rule():
    text = ("Accident op der A6.\n\nNo Informatioune vun der Police war de Chauffeur ze séier ënnerwee. No Ugabe "
            "vum Parquet gouf en Enquête ageleet. Wéi d'Pompjeeë matdeelt, goufen zwou Persoune blesséiert.")
    qs = quotes(text, "lb")
    assert speaker(find(qs, "ze séier ënnerwee")) == "Police"
    assert speaker(find(qs, "Enquête ageleet")) == "Parquet"
    assert "Pompjeeë" in speaker(find(qs, "zwou Persoune blesséiert"))


def test_d_firma_is_the_business_named_last_not_the_union():
    text = ("Kritik.\n\nD'Gewerkschaft OGBL kritiséiert d'Firma Moselfrësch. D'Firma sot, si géif d'Kritik "
            "zréckweisen.")
    assert speaker(find(quotes(text, "lb"), "zréckweisen")) == "Moselfrësch"


def test_de_schaeffen_ass_eng_roll_an_net_en_deel_vum_numm():
    text = "Budget\n\nDe Schäffen Tom Faber huet gemellt, d'Gemeng hätt keng nei Scholden."
    q = find(quotes(text, "lb"), "keng nei Scholden")
    assert speaker(q) == "Tom Faber" and q.speaker.speaker.descriptions == ["Schäffen"]


def test_fennt_datt_ass_eng_meenung():
    text = "Spideeler\n\nD'Regierung wëll d'Spideeler ënnerstëtzen. D'Oppositioun fënnt, datt dat net duergeet."
    q = find(quotes(text, "lb"), "net duergeet")
    assert q.speaker is not None and q.speaker.text == "D'Oppositioun"


def test_zwee_mat_deemselwechte_familljennumm_bleiwen_ouni_vollen_numm():
    text = ("Schräinerei\n\nDe Claude Schmitz an säi Brudder Marc Schmitz féieren d'Schräinerei.\n\nDe Schmitz sot, si "
            "géifen nach zwee Léierjongen astellen.")
    assert speaker(find(quotes(text, "lb"), "Léierjongen")) not in ("Marc Schmitz", "Claude Schmitz")


def test_si_no_enger_institutioun_als_sujet_ass_d_institutioun():
    """"Si" or "hien" after a body of that gender as the subject just before is the body, not the last woman or
    man named; "Syndikat" is a body."""
    text = ("Accident zu Esch\n\nD'Ministesch Carole Weyer war e Méindeg zu Esch. D'Police sicht nach Zeien. Si huet "
            "matgedeelt, datt de Chauffeur geflücht wier.")
    q = find(quotes(text, "lb"), "geflücht wier")
    assert q.speaker.text == "Si" and speaker(q) == "Police"
    text = ("Pläng\n\nDe Minister Jos Reiter war zu Esch. De Syndikat LCGB kritiséiert d'Pläng. Hien huet gesot, datt "
            "vill Leit hir Aarbecht verléieren.")
    q = find(quotes(text, "lb"), "hir Aarbecht")
    assert speaker(q) == "LCGB" and q.speaker.speaker.kind == "organization"
    text = ("Streik\n\nD'Gewerkschaft an d'Direktioun hunn sech net gëeenegt. Si sot, d'Chauffeuren hätte méi Pause "
            "verdéngt.")
    assert speaker(find(quotes(text, "lb"), "méi Pause")) != "Gewerkschaft"  # (two bodies: either)


def test_baigefuugt_an_ergaenzt_sinn_wierder_vum_soen():
    text = ("Mobilitéit\n\nD'Buergermeeschtesch Lydie Kremer huet gesot, datt de Bus ab Juli gratis wier. Si huet "
            "bäigefüügt, datt och nei Vëlospisten entstinn.")
    q = find(quotes(text, "lb"), "Vëlospisten")
    assert speaker(q) == "Lydie Kremer" and q.text.startswith("datt")


def test_den_artikel_virum_familljennumm_seet_e_mann():
    text = ("Projet\n\nDe Marc Hoffmann sot, de Projet wier gescheitert. Seng Fra, Nathalie Hoffmann, sot, si hätten "
            "alles probéiert. Den Hoffmann huet bäigefüügt, hie géif kloen.")
    assert speaker(find(quotes(text, "lb"), "géif kloen")) == "Marc Hoffmann"


def test_hatt_ass_eng_fra_an_eng_appositioun_nennt_se():
    text = ("Iwwerfall\n\nDe Porte-parole vun der Police, Yves Thill, sot, d'Täter wieren entkomm. Eng Clientin, d'Marie "
            "Becker, war während dem Iwwerfall an der Bank. \"Ech hu just op de Buedem gekuckt\", sot hatt.")
    assert speaker(find(quotes(text, "lb"), "Buedem")) == "Marie Becker"


def test_si_mat_engem_verb_am_singular_ass_eng_fra():
    text = ("Streik\n\nDe Gewerkschafter Tom Klein an d'Direktesch vum Betrib, Martine Hoss, hu sech getraff. Hien huet "
            "gesot, datt d'Gespréicher näischt bruecht hätten. Si mengt, datt eng Léisung nach méiglech wier.")
    assert speaker(find(quotes(text, "lb"), "Léisung")) != "Tom Klein"


def test_geintiwwer_engem_medium_ass_keen_spriecher():
    text = ("Accident\n\nDe Papp vum Luca, den Antonio Ferreira, huet géintiwwer RTL gesot, säi Jong wier e frëndleche Jong "
            "gewiescht.")
    assert speaker(find(quotes(text, "lb"), "frëndleche Jong")) == "Antonio Ferreira"


def test_e_saz_am_konjunktiv_bréngt_keen_neie_sujet():
    text = ("Parking\n\nD'Schäffin Tessy Goergen huet den neie Parking verdeedegt. D'Gemeng hätt laang no enger Léisung "
            "gesicht. \"Et gëtt keng aner Plaz\", sot si.")
    assert speaker(find(quotes(text, "lb"), "keng aner Plaz")) == "Tessy Goergen"


def test_e_beruff_virum_virnumm_an_numm_ass_eng_beschreiwung():
    text = "Feier\n\n\"Mir ware just richteg do\", sot de Kommandant Pit Schmit vun de Pompjeeën."
    q = find(quotes(text, "lb"), "richteg do")
    assert speaker(q) == "Pit Schmit"


def test_säi_jong_mat_virnumm_ass_en_neie_sujet():
    text = ("Restaurant\n\nDe Grënner, de José Pereira, ass 1979 op Lëtzebuerg komm. \"Ech hunn hei meng Heemecht fonnt\", "
            "sot hien. Säi Jong Miguel huet de Restaurant 2015 iwwerholl. Hie seet, d'Clientë wiere méi international "
            "ginn.")
    assert speaker(find(quotes(text, "lb"), "international")) == "Miguel"


def test_et_gouf_says_that_something_exists():
    text = ("Brand zu Dikrech\n\nEn Nuecht huet e Schapp gebrannt. Et gouf keng Blesséierter, sot d'Police. Et gouf "
            "awer vill Schued un der Hal.")
    qs = quotes(text, "lb")
    assert none_with(qs, "vill Schued")
    assert find(qs, "keng Blesséierter").speaker.text == "d'Police"


def test_méi_verben_vum_soen():
    text = "Schoulen\n\nD'Ministesch huet op Facebook geschriwwen, datt d'Schoule muer zou bleiwen."
    assert find(quotes(text, "lb"), "Schoule muer zou").speaker.text == "D'Ministesch"
    text = "Tram\n\nDe Buergermeester huet zouginn, datt de Projet ze deier gi wier."
    assert find(quotes(text, "lb"), "ze deier").speaker.text == "De Buergermeester"


def test_et_gett_ugeholl_is_a_passive():
    text = "Brand\n\nEt gëtt ugeholl, datt de Brand duerch e Kuerzschluss entstanen ass. Et gouf keng Blesséiert."
    qs = quotes(text, "lb")
    assert find(qs, "Kuerzschluss") is not None and none_with(qs, "keng Blesséiert")


def test_en_zweete_spriecher_mat_artikel_no_engem_komma():
    text = ("Walowend\n\nDe Premier Jean Weis sot, d'Resultat wier e kloren Optrag, d'Oppositiounschefin Anne Kremer huet "
            "gekontert, d'Wieler hätten d'Regierung ofgestrooft.")
    qs = quotes(text, "lb")
    assert speaker(find(qs, "kloren Optrag")) == "Jean Weis" and "Kremer" not in find(qs, "kloren Optrag").text
    assert speaker(find(qs, "ofgestrooft")) == "Anne Kremer"

"""French quotes and speakers (our own sentences, Wikinews and agency style)."""
from quote_helpers import find, none_with, quotes, speaker

ARTICLE = (
    "Santé : les urgences de Nancy resteront ouvertes\n\n"
    "Le ministre de la Santé, Paul Exemple, a déclaré mardi que les urgences resteraient ouvertes tout l'été. "
    "« Nous ne fermerons aucun service », a-t-il assuré devant les députés. Selon le syndicat des "
    "infirmiers, il manque pourtant 300 postes dans la région.\n\n"
    "La directrice de l'hôpital, Mme Claire Modèle, a indiqué : « Les équipes sont épuisées. Nous recrutons "
    "depuis janvier. » Les recrutements avancent lentement, a précisé la direction.\n\n"
    "D'après l'agence régionale de santé, la situation reste « sous contrôle ». Le film « La Grande Garde » "
    "sort en salles la semaine prochaine."
)


def test_que_clause_without_que_and_apposition_name():
    q = find(quotes(ARTICLE, "fr"), "les urgences resteraient")
    assert q.kind == "indirect"
    assert q.text.startswith("les urgences resteraient")  # "que" is left out
    assert speaker(q) == "Paul Exemple"


def test_inverted_pronoun_a_t_il():
    q = find(quotes(ARTICLE, "fr"), "Nous ne fermerons aucun service")
    assert q.kind == "direct" and q.text == "Nous ne fermerons aucun service"
    assert q.speaker.how == "pronoun" and q.speaker.text == "il"
    assert speaker(q) == "Paul Exemple"


def test_selon_source():
    q = find(quotes(ARTICLE, "fr"), "il manque pourtant 300 postes")
    assert q.kind == "indirect"
    assert "syndicat" in speaker(q)


def test_colon_quote_over_two_sentences_with_title():
    q = find(quotes(ARTICLE, "fr"), "Les équipes sont épuisées")
    assert q.text == "Les équipes sont épuisées. Nous recrutons depuis janvier."
    assert speaker(q) == "Claire Modèle"  # "Mme" is a title, not part of the name


def test_postposed_attribution_with_organisation():
    q = find(quotes(ARTICLE, "fr"), "Les recrutements avancent lentement")
    assert q.kind == "indirect"
    assert speaker(q) == "direction"


def test_d_apres_with_partial_quote():
    qs = quotes(ARTICLE, "fr")
    q = find(qs, "la situation reste", kind="indirect")
    assert "agence régionale" in q.speaker.text
    assert find(qs, "sous contrôle", kind="direct").speaker is not None


def test_film_title_is_not_a_quote():
    assert none_with(quotes(ARTICLE, "fr"), "La Grande Garde")


def test_heading_is_not_a_quote():
    assert none_with(quotes(ARTICLE, "fr"), "resteront ouvertes")


def test_unnamed_speaker_with_verb_before():
    text = "Une jeune infirmière bénévole a raconté : « Ils sont arrivés avec des barres de fer et ont tout détruit. »"
    q = find(quotes(text, "fr"), "Ils sont arrivés")
    assert q.speaker is not None and "infirmière bénévole" in q.speaker.text


def test_relative_pronoun_speaker_and_separate_framed_quotes():
    text = ("Le maire a eu un vif échange avec Paul Modèle, le président de l'association, qui lui a répondu : "
            "« Nous ne céderons pas. »\n\n"
            "« Le chantier commencera en mai », résume l'architecte Anne Exemple. « Les travaux dureront deux "
            "ans », a-t-elle précisé.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "Nous ne céderons pas")) == "Paul Modèle"
    first = find(qs, "Le chantier commencera")
    second = find(qs, "Les travaux dureront")
    assert first is not second  # each quotation has its own frame
    assert speaker(first) == speaker(second) == "Anne Exemple"


def test_emphatic_pronoun_after_apposition():
    text = ("Le directeur, Marc Exemple, a salué l'accord. Julie Modèle, de FO, a elle souligné qu'il « reste "
            "beaucoup à faire ».")
    q = find(quotes(text, "fr"), "reste beaucoup", kind="indirect")
    assert speaker(q) == "Julie Modèle"


def test_comme_clause_frames_the_main_clause():
    q = find(quotes("Comme l'a indiqué la préfète, les écoles du département resteront fermées lundi.", "fr"),
             "écoles")
    assert q.text == "les écoles du département resteront fermées lundi"
    assert q.speaker.text == "la préfète"


def test_object_pronoun_before_the_cue_is_not_its_subject():
    # "lui" right before "a dit" is to whom it was said: the speaker is the subject before it
    text = "Le préfet a réuni les maires lundi. Le ministre lui a dit que la réforme serait retirée avant l'été."
    q = find(quotes(text, "fr"), "la réforme serait retirée")
    assert q.speaker is not None and q.speaker.text == "Le ministre"


def test_d_apres_inside_the_sentence():
    text = "La crue a touché trois villages. Trois personnes ont été blessées, d’après la préfecture du Rhône."
    q = find(quotes(text, "fr"), "Trois personnes ont été blessées")
    assert q.speaker is not None and q.speaker.text == "la préfecture du Rhône"


def test_auxiliary_and_adverb_stay_out_of_the_speaker():
    # "La direction de l'usine a immédiatement affirmé": "a immédiatement" is no part of the speaker's noun phrase
    text = ("Un salarié s'est donné la mort sur son lieu de travail. La direction de l'usine a immédiatement "
            "affirmé que le drame n'avait aucun lien avec les conditions de travail.")
    q = find(quotes(text, "fr"), "aucun lien avec les conditions")
    assert q.speaker is not None and q.speaker.text == "La direction de l'usine"


def test_selon_with_common_nouns_closing_the_sentence():
    text = ("Le chômage a reculé en mars, selon les chiffres publiés jeudi par le ministère du Travail. "
            "Le chantier avance, pour le plus grand bonheur des riverains.")
    qs = quotes(text, "fr")
    q = find(qs, "Le chômage a reculé")
    assert q.text == "Le chômage a reculé en mars"
    assert q.speaker.text.startswith("les chiffres publiés jeudi par le ministère")
    # "pour" is a source only when it opens the sentence ("Pour le syndicat, ...")
    assert none_with(qs, "Le chantier avance")


def test_colon_quote_after_a_subordinate_clause_is_the_main_subject():
    # "Bien" opens the sentence with a capital but is no name; the speaker is the main clause's subject
    text = "Bien que fatigué, le président a tenu à rassurer ses partisans : « Nous resterons jusqu'au bout. »"
    q = find(quotes(text, "fr"), "Nous resterons jusqu'au bout")
    assert q.speaker is not None and q.speaker.text == "le président"


def test_reported_clause_after_an_inserted_phrase():
    text = "Le ministre a déclaré, après la réunion, que le projet était abandonné."
    q = find(quotes(text, "fr"), "le projet était abandonné")
    assert q.speaker.text == "Le ministre"


def test_closing_frame_followed_by_a_subordinate_clause():
    text = ("La situation est grave, a déclaré le ministre vendredi, alors que les manifestants se "
            "rassemblaient devant la préfecture.")
    qs = quotes(text, "fr")
    q = find(qs, "La situation est grave")
    assert q.text == "La situation est grave" and q.speaker.text == "le ministre"
    assert none_with(qs, "les manifestants se rassemblaient")


def test_que_after_a_long_phrase_of_occasion():
    text = ("Le ministre a déclaré lors d'une conférence de presse à Bamako, mardi soir, que les élections "
            "auraient lieu en juillet.")
    q = find(quotes(text, "fr"), "les élections auraient lieu")
    assert q.kind == "indirect" and q.speaker.text == "Le ministre"


def test_selon_closing_the_sentence_and_names_in_guillemets():
    q = find(quotes("Le maire de la ville aurait démissionné lundi, selon la préfecture du Nord.", "fr"), "démissionné")
    assert q.text == "Le maire de la ville aurait démissionné lundi" and q.speaker.text == "la préfecture du Nord"
    q = find(quotes("Selon « Le Courrier », le conseil municipal aurait voté contre le projet.", "fr"), "conseil")
    assert q.text == "le conseil municipal aurait voté contre le projet" and q.speaker.text == "Le Courrier"
    q = find(quotes("Le conseil municipal aurait voté contre le projet, selon « Le Courrier ».", "fr"), "conseil")
    assert q.text == "Le conseil municipal aurait voté contre le projet" and q.speaker.text == "Le Courrier"


def test_source_opening_the_sentence_runs_over_its_of_phrase():
    q = find(quotes("D'après les premiers éléments de l'enquête, l'incendie serait d'origine criminelle.", "fr"),
             "incendie")
    assert q.text == "l'incendie serait d'origine criminelle"
    assert q.speaker.text == "les premiers éléments de l'enquête"


def test_selon_after_a_speech_verb_relays_and_titles_after_comme_are_no_source():
    q = find(quotes("« Nous ne lâcherons rien », a-t-il déclaré, selon l'AFP.", "fr"), "lâcherons")
    assert q.kind == "direct" and q.via is not None and q.via.text == "l'AFP"
    q = find(quotes("Le ministre a affirmé qu'il resterait en poste, selon l'AFP.", "fr"), "en poste")
    assert q.text == "il resterait en poste" and q.speaker.text == "Le ministre" and q.via.text == "l'AFP"
    q = find(quotes("Des films comme « La Haine » ont marqué toute une génération, a estimé le réalisateur.", "fr"),
             "génération")
    assert q.speaker.text == "le réalisateur"


def test_second_quotation_after_a_relative_cue_stays_apart():
    qs = quotes("« Nous irons jusqu'au bout », prévient le leader syndical, qui dénonce « un mépris total ».", "fr")
    assert sorted(q.text for q in qs if q.kind == "direct") == ["Nous irons jusqu'au bout", "un mépris total"]
    # one speaker's quotation interrupted by the frame is still one quote
    qs = quotes("« Nous irons jusqu'au bout », a-t-il dit. « Rien ne nous arrêtera. »", "fr")
    assert len([q for q in qs if q.kind == "direct"]) == 1


def test_infinitive_after_a_verb_of_saying_is_what_was_said():
    q = find(quotes("Le suspect a reconnu avoir menti aux enquêteurs pendant des semaines.", "fr"), "menti")
    assert q.text == "avoir menti aux enquêteurs pendant des semaines" and q.speaker.text == "Le suspect"
    q = find(quotes("La directrice de l'école, Anne Morel, affirme avoir prévenu la mairie dès septembre.", "fr"),
             "prévenu")
    assert q.text.startswith("avoir prévenu") and speaker(q) == "Anne Morel"
    # a verb of wishing is no report, nor an adjective in -ier
    assert quotes("Elle a souhaité poser une question écrite au gouvernement.", "fr") == []
    assert quotes("Le ministre a déclaré dernier recours la réquisition des raffineries.", "fr") == []


def test_pour_with_a_group_of_people_or_the_opposition_is_a_source():
    q = find(quotes("Pour les experts, la reprise sera lente et fragile.", "fr"), "reprise")
    assert q.text == "la reprise sera lente et fragile" and q.speaker.text == "les experts"
    q = find(quotes("Pour l'opposition, cette réforme est une erreur historique.", "fr"), "réforme")
    assert q.speaker.text == "l'opposition"
    assert quotes("Pour la première fois, le gouvernement a reculé sur la réforme.", "fr") == []


def test_infinitive_after_negation_or_adverb_and_no_false_infinitives():
    q = find(quotes("Le maire a déclaré ne pas vouloir se représenter aux prochaines élections.", "fr"), "vouloir")
    assert q.text.startswith("ne pas vouloir se représenter")
    q = find(quotes("Il nie catégoriquement avoir reçu de l'argent du promoteur.", "fr"), "reçu")
    assert q.text == "avoir reçu de l'argent du promoteur"
    for text in ("Cette attitude lui a valu l'estime populaire pendant toute sa carrière.",
                 "Le maire assure entre autres la gestion des écoles primaires.",
                 "Ce qu'il dit être une simple erreur a coûté deux millions d'euros à la commune."):
        assert quotes(text, "fr") == [], text


def test_participle_after_an_article_and_noun_is_an_adjective_not_a_cue():
    qs = quotes("Le ministre a déclaré que la situation était grave, selon un communiqué publié mardi soir.", "fr")
    assert [(q.text, q.speaker.text, q.cue) for q in qs] == [("la situation était grave", "Le ministre", "déclaré")]


def test_newspaper_in_guillemets_after_a_closing_cue_is_the_speaker():
    qs = quotes("« Nous ne fermerons aucune classe », a écrit « La Voix du Nord » samedi.", "fr")
    assert [q.text for q in qs] == ["Nous ne fermerons aucune classe"] and qs[0].speaker.text == "La Voix du Nord"
    qs = quotes("« Le préfet a ignoré les alertes », écrit « Libération ».", "fr")
    assert [q.text for q in qs] == ["Le préfet a ignoré les alertes"] and qs[0].speaker.text == "Libération"


def test_relative_clause_opened_by_selon_lequel():
    q = find(quotes("Le syndicat s'appuie sur une enquête selon laquelle un infirmier sur deux serait épuisé.", "fr"),
             "infirmier")
    assert q.text == "un infirmier sur deux serait épuisé" and q.speaker.text == "laquelle"
    assert speaker(q) == "enquête"


def test_name_with_a_run_of_particles():
    q = find(quotes("« Nous sommes prêts », a déclaré Marie de la Tour.", "fr"), "prêts")
    assert speaker(q) == "Marie de la Tour"


def test_quote_over_paragraphs_takes_the_speaker_named_at_its_end():
    text = ("Le maire a longuement répondu aux questions du conseil municipal.\n\n"
            "« Nous avons attendu ce pont pendant vingt ans et les crédits sont enfin là.\n\n"
            "« Il faut maintenant que la région tienne parole », a déclaré Jean Exemple.")
    q = find(quotes(text, "fr"), "Nous avons attendu")
    assert q.text.endswith("tienne parole") and speaker(q) == "Jean Exemple"


def test_citation_dans_une_phrase_avec_son_propre_sujet():
    text = ("« Nous aiderons les communes », a dit la ministre Claire Exemple lundi. "
            "Le maire Jean Modèle a salué « un geste fort pour toute la région ».")
    assert speaker(find(quotes(text, "fr"), "un geste fort")) == "Jean Modèle"


def test_un_role_et_son_lieu_ne_sont_pas_un_nom():
    qs = quotes("La ministre de la Santé a déclaré que les urgences resteraient ouvertes tout l'été.", "fr")
    assert speaker(find(qs, "urgences resteraient")) == "ministre de la Santé"


def test_le_sujet_decrit_ne_parle_pas():
    text = ("« Elle ne lâche jamais rien », a confié un collègue, Marc Exemple. "
            "Anne Lefèvre passe pour « la dame de fer de la politique locale ».")
    assert speaker(find(quotes(text, "fr"), "la dame de fer")) == "Marc Exemple"
    qs = quotes("« Marseille mérite mieux », a lancé le maire de Marseille devant la presse.", "fr")
    assert speaker(find(qs, "Marseille mérite mieux")) == "maire de Marseille"


def test_un_journal_entre_guillemets_avant_que_n_est_pas_une_citation():
    qs = quotes("La ministre a déclaré au « Progrès » que les piscines rouvriraient en juin.", "fr")
    assert [(q.text, speaker(q)) for q in qs] == [("les piscines rouvriraient en juin", "ministre")]

    # a word in marks as the object of a cue stays a quote: its "que" is a relative pronoun, or another cue's
    qs = quotes("Le député a dénoncé le « mépris » que subissent les éleveurs de la région.", "fr")
    assert find(qs, "mépris").kind == "direct" and none_with(qs, "subissent")
    qs = quotes("La fédération a dénoncé une « mascarade » et a affirmé que la direction mentait.", "fr")
    assert [q.text for q in qs if "direction" in q.text] == ["la direction mentait"]


def test_a_newspaper_name_in_capitals_is_a_source():
    q = find(quotes("Selon LE MONDE, le ministre aurait démissionné.", "fr"), "le ministre aurait démissionné")
    assert q.speaker is not None and q.speaker.text == "LE MONDE"


def test_chants_and_cries_frame_quotations_and_devant_ends_the_speaker():
    text = ("« Macron démission ! », scandaient les manifestants devant la préfecture. « Nous voulons la "
            "vérité », a crié un homme dans la foule. Les supporters ont hurlé leur colère.")
    qs = quotes(text, "fr")
    assert find(qs, "Macron démission").speaker.text == "les manifestants"
    assert find(qs, "Nous voulons la vérité").speaker.text == "un homme"
    assert none_with(qs, "leur colère")


def test_an_object_pronoun_before_the_verb_is_no_speaker():
    text = ("Le débat reprend.\n\n« Vous défendez les privilèges d'une minorité », lui avait dit Paul Martin, "
            "président du groupe. « Nous voterons contre », leur a répondu la ministre.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "privilèges d'une minorité")) == "Paul Martin"
    assert find(qs, "Nous voterons contre").speaker.text == "la ministre"


def test_an_inverted_on_names_no_one_and_frames_nothing():
    text = ("Le port en grève.\n\nLa réforme, ou plus exactement le PNR (plan national rail), était un projet "
            "acquis… pensait-on. Le quai rouvrira en mai, assure-t-il.")
    qs = quotes(text, "fr")
    assert none_with(qs, "plan national rail")
    assert quotes("Le ministre a dit -", "fr") == []  # a hyphen ending the text after a cue
    assert find(qs, "Le quai rouvrira en mai").speaker.how == "pronoun"


def test_a_documentary_or_a_letter_speaks_for_its_author():
    text = ("Le port en grève.\n\nLe documentaire de Paul Morin ajoute : « Les dockers ne céderont pas ». La tribune "
            "des élus du port affirme que le trafic a baissé de moitié. La lettre adressée au maire par le préfet "
            "affirme que le dossier est clos.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "Les dockers ne céderont pas")) == "Paul Morin"
    assert find(qs, "le trafic a baissé").speaker.text == "La tribune des élus du port"
    assert speaker(find(qs, "le dossier est clos")) == "préfet"  # a letter's sender, not "lettre adressée"


def test_a_quotation_after_a_colon_is_said_by_the_clause_subject_or_the_author_of_its_document():
    text = ("Le port en grève.\n\nSelon le quotidien régional, la grève durera. Un rapport de Paul Morin arrive à la "
            "même conclusion : « Le port perd de l'argent depuis dix ans ». Le ministre apporte une autre réponse : "
            "« Le port sera sauvé ». Le quotidien espagnol El Norte affirme que le trafic a repris.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "perd de l'argent")) == "Paul Morin"
    q = find(qs, "Le port sera sauvé")
    assert q.speaker.text == "Le ministre" and speaker(q) == "ministre"  # not "ministre apporte"
    assert speaker(find(qs, "le trafic a repris")) == "El Norte"


def test_a_relative_pronoun_after_a_noun_is_no_adjective_of_it():
    q = find(quotes("Le port en grève.\n\nLe documentaire qui sort mardi affirme que le port perd de l'argent.",
                    "fr"), "le port perd")
    assert q.speaker.text == "Le documentaire"


def test_a_role_that_is_also_a_verb_of_saying_heads_its_phrase_after_an_article():
    text = ("Le port.\n\nLe juge a répondu que l'enquête était close. Le ministre le juge inutile. L'adjoint au "
            "maire, Julien Morel, le dit sans détour : « Cette piscine coûte trop cher à la ville. »")
    qs = quotes(text, "fr")
    assert find(qs, "l'enquête était close").speaker.text == "Le juge"
    assert none_with(qs, "inutile")
    assert speaker(find(qs, "Cette piscine coûte")) == "Julien Morel"  # "le dit": a pronoun and a verb


def test_the_subject_before_a_colon_keeps_its_apposition():
    text = ("Le port.\n\nLe maire, Pierre Aubanel, a une autre explication : « Le port perd de l'argent depuis dix "
            "ans ».")
    q = find(quotes(text, "fr"), "perd de l'argent")
    assert speaker(q) == "Pierre Aubanel" and q.speaker.text == "Le maire, Pierre Aubanel"
    text = ("Le port.\n\nL'adjoint au maire, Julien Morel, a une autre explication : « Cette piscine coûte trop "
            "cher à la ville. »")
    assert speaker(find(quotes(text, "fr"), "Cette piscine")) == "Julien Morel"


def test_a_participle_phrase_between_a_role_and_its_apposition():
    text = "Le port.\n\nLe procureur chargé du dossier, Marc Lenoir, a indiqué que l'enquête était close."
    q = find(quotes(text, "fr"), "l'enquête était close")
    assert speaker(q) == "Marc Lenoir"


def test_a_foreign_name_in_marks_is_no_quote():
    qs = quotes("Le port.\n\nLe joueur a été élu « Player of the Season » par la ligue, a indiqué le club.", "fr")
    assert not [q for q in qs if q.kind == "direct" and "Player of the Season" in q.text]


def test_a_clause_with_ou_after_the_frame_is_no_frame():
    text = ("Écoles.\n\nLes écoles sont menacées par les coupes budgétaires, a déclaré le maire Paul Girard à Lyon, "
            "où la ministre Anne Vidal a aussi pris la parole.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "les coupes budgétaires")) == "Paul Girard"
    assert not [q for q in qs if speaker(q) == "Anne Vidal"]


def test_a_title_after_a_noun_or_a_naming_participle_is_no_quote():
    text = ("Cinéma.\n\nLe film « La Maison du passeur » a remporté le prix du jury. « C'est un rêve qui se réalise », "
            "a réagi sa réalisatrice, Inès Barbier.\n\nL'opération baptisée « Coup de filet » a permis d'interpeller "
            "douze personnes, a annoncé le parquet.\n\nLe ministre a employé le terme « Reconquête » mardi.")
    qs = quotes(text, "fr")
    assert none_with(qs, "La Maison du passeur") or all(q.kind == "indirect" for q in qs if "Maison" in q.text)
    assert not [q for q in qs if q.kind == "direct" and q.text.strip() in ("La Maison du passeur", "Coup de filet")]
    assert speaker(find(qs, "un rêve qui se réalise")) == "Inès Barbier"


def test_a_role_noun_finds_a_person_introduced_in_a_sentence_without_a_cue():
    text = ("Visite.\n\nLa ministre de la Santé, Claire Morel, a visité lundi l'hôpital de Nancy. « Les soignants font "
            "un travail remarquable », a déclaré la ministre.")
    assert speaker(find(quotes(text, "fr"), "travail remarquable")) == "Claire Morel"


def test_a_closing_source_with_an_apposition_and_a_relative_clause_frames_the_sentence_before():
    text = ("Énergie.\n\nLes tarifs de l'électricité augmenteront de 10 % en février, selon la ministre de l'Énergie, "
            "Laure Fontaine, qui s'exprimait devant le Sénat.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "augmenteront de 10 %")) == "Laure Fontaine"
    assert none_with(qs, "devant le Sénat")


def test_l_entreprise_is_the_business_last_named():
    text = ("Rappel.\n\nLe fabricant Laiterie du Val a annoncé dans un communiqué le rappel de plusieurs lots de "
            "fromage. Selon l'entreprise, aucune intoxication n'a été signalée.")
    assert speaker(find(quotes(text, "fr"), "aucune intoxication")) == "Laiterie du Val"


def test_selon_a_newspaper_named_in_marks_frames_the_sentence_before():
    text = ("Remaniement.\n\nLe Premier ministre prépare un remaniement pour la rentrée, selon le quotidien « L'Écho "
            "du soir ».")
    q = find(quotes(text, "fr"), "prépare un remaniement")
    assert speaker(q) == "L'Écho du soir" and q.kind == "indirect"


def test_plusieurs_and_quelques_are_determiners_not_part_of_the_speaker():
    text = ("Parc.\n\nPlusieurs riverains ont affirmé que le projet détruirait le parc. Quelques commerçants ont "
            "estimé que la rue serait plus calme.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "détruirait le parc")) == "riverains"
    assert speaker(find(qs, "plus calme")) == "commerçants"


def test_a_noun_of_quantity_leaves_the_subject_to_its_of_phrase():
    text = ("Parc.\n\nDes centaines de riverains ont affirmé que le projet détruirait le parc. « Retrait, retrait ! » "
            "scandaient des milliers de manifestants dans le centre-ville.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "détruirait le parc")) == "riverains"
    assert speaker(find(qs, "Retrait, retrait")) == "manifestants"


def test_speech_to_an_audience_is_no_title():
    text = "Place.\n\nLe maire Paul Roux a lancé à la foule « Nous reviendrons » avant de quitter la place."
    assert speaker(find(quotes(text, "fr"), "Nous reviendrons")) == "Paul Roux"
    text = "Opération.\n\nL'opération, baptisée « Coup de filet », a permis d'arrêter douze personnes, selon la police."
    assert not [q for q in quotes(text, "fr") if q.kind == "direct"]


def test_la_ministre_is_no_man_introduced_before_and_a_question_goes_on_with_its_asker():
    text = ("Ministres.\n\nLe ministre de l'Économie, Paul Brunet, a reçu la ministre du Travail, Anne Lefort.\n\n"
            "La ministre a déclaré que l'accord était proche.")
    assert speaker(find(quotes(text, "fr"), "accord était proche")) != "Paul Brunet"
    text = "Colère.\n\n« Qui va payer ? », a demandé Martine Roux, une riveraine. « Personne ne nous a prévenus. »"
    assert speaker(find(quotes(text, "fr"), "Personne ne nous")) == "Martine Roux"


def test_l_entreprise_after_a_sentence_about_the_unions():
    text = ("Laiterie.\n\nLe fabricant Laiterie du Val a annoncé la suppression de 200 postes. Les syndicats ont dénoncé "
            "une décision brutale. L'entreprise a expliqué que la baisse des ventes l'y obligeait.")
    assert speaker(find(quotes(text, "fr"), "baisse des ventes")) == "Laiterie du Val"


def test_un_nom_seul_retrouve_le_nom_complet_d_une_phrase_sans_verbe_de_parole():
    text = ("Municipales.\n\nLa candidate Sophie Garnier et le maire sortant, Henri Lobel, ont débattu jeudi. "
            "« La ville étouffe », a lancé Mme Garnier.")
    assert speaker(find(quotes(text, "fr"), "La ville étouffe")) == "Sophie Garnier"


def test_l_heure_d_un_direct_ne_fait_pas_partie_de_la_citation():
    text = "EN DIRECT - Tempête\n\n10h15 : Plus de 500 000 foyers sont privés d'électricité, selon Enedis."
    q = find(quotes(text, "fr"), "500 000 foyers")
    assert q.text.startswith("Plus de 500 000") and speaker(q) == "Enedis"


def test_un_debat_retranscrit():
    text = ("Débat : faut-il interdire les jets privés ?\n\nLe journaliste Paul Arnaud a réuni la députée Léa Morin et "
            "le chef d'entreprise Olivier Brunet.\n\nLéa Morin : Les jets privés polluent trop. Je trouve cela indécent.\n\n"
            "Olivier Brunet : Interdire, c'est facile. Innover, c'est plus utile.")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "polluent trop")) == "Léa Morin"
    assert speaker(find(qs, "Innover")) == "Olivier Brunet"


def test_nos_informations_sont_celles_du_journal():
    text = "Exclusif\n\nSelon nos informations, le directeur de l'Opéra, Serge Villon, va quitter ses fonctions."
    q = find(quotes(text, "fr"), "quitter ses fonctions")
    assert q.speaker.text == "nos informations" and speaker(q) is None


def test_elle_apres_un_organisme_sujet_est_cet_organisme():
    """« Elle » or « il » after a body of that gender as the subject just before is that body, not the last
    woman or man named."""
    text = ("Usine\n\nLa ministre Claire Dubois a visité l'usine lundi. La CGT reste prudente. Elle a affirmé que les "
            "salariés resteraient mobilisés.")
    q = find(quotes(text, "fr"), "resteraient mobilisés")
    assert q.speaker.text == "Elle" and speaker(q) == "CGT"
    text = ("Budget\n\nLe député Paul Roux a critiqué le texte. Le gouvernement a présenté son budget mercredi. Il a "
            "assuré que les impôts n'augmenteraient pas.")
    assert speaker(find(quotes(text, "fr"), "les impôts")) == "gouvernement"
    # not when the sentence before speaks of someone else
    text = ("Vol\n\nLa police a interpellé une femme de 34 ans dans un supermarché. Elle a affirmé qu'elle avait oublié "
            "de payer.")
    assert speaker(find(quotes(text, "fr"), "oublié de payer")) != "police"
    text = ("Hôpital\n\nLa ministre de la Santé, Agnès Roux, a vivement critiqué la direction de l'hôpital. Elle a estimé "
            "que les urgences ne pouvaient plus fonctionner ainsi.")
    assert speaker(find(quotes(text, "fr"), "les urgences")) == "Agnès Roux"
    assert not [q for q in quotes(text, "fr") if q.text.startswith("La ministre")]  # (the subject, no content)


def test_ils_n_est_jamais_une_seule_personne():
    text = ("Réforme\n\nLe ministre Paul Roux a reçu les syndicats lundi. Les syndicats sont sortis déçus. Ils ont affirmé "
            "que rien n'avait changé.")
    q = find(quotes(text, "fr"), "rien n'avait changé")
    assert q.speaker.text == "Ils" and speaker(q) == "syndicats"
    text = ("Grève\n\nLa CGT et la CFDT ont appelé à la grève jeudi. Elles ont affirmé que les salaires n'avaient pas "
            "suivi.")
    assert speaker(find(quotes(text, "fr"), "les salaires")) is None  # (two unions: no one speaker)


def test_elle_apres_une_fonction_sans_nom_est_cette_personne():
    """An unnamed role with its article, as the subject of a sentence without a cue at the start of an article,
    is who "elle" means; not where a person of that gender was named before, nor a man for "elle"."""
    text = ("Pont\n\nLa maire de Lunel a inauguré mardi le nouveau pont sur le Vidourle. Elle a affirmé que l'ouvrage "
            "désengorgerait enfin le centre-ville.")
    q = find(quotes(text, "fr"), "désengorgerait")
    assert q.speaker.text == "Elle" and speaker(q) == "maire de Lunel"
    text = ("Rentrée\n\nLe ministre et la directrice de l'école, Agnès Roy, se sont rencontrés. Selon elle, la rentrée "
            "sera difficile.")
    assert speaker(find(quotes(text, "fr"), "la rentrée")) != "ministre"
    # a subject of the other gender in between is passed over
    text = ("Urgences\n\nLe maire Paul Roux a visité l'école. La ministre de la Santé a visité l'hôpital mardi. Il a "
            "affirmé que les urgences resteraient ouvertes.")
    assert speaker(find(quotes(text, "fr"), "resteraient ouvertes")) == "Paul Roux"
    # a woman named with a first name after the role is who "elle" means
    text = ("Budget\n\nLa maire de Rodez a fait voter le budget. Marie Leroy a ensuite quitté la séance. Elle a affirmé "
            "que le vote était illégal.")
    assert speaker(find(quotes(text, "fr"), "illégal")) == "Marie Leroy"
    # information a minister denied is no "il"
    text = ("Démission\n\nLe ministre de l'Économie, Bernard Lemoine, a démenti les informations selon lesquelles il "
            "allait démissionner. « Je reste à mon poste », a-t-il déclaré.")
    assert speaker(find(quotes(text, "fr"), "mon poste")) == "Bernard Lemoine"


def test_le_pdg_est_une_fonction():
    text = ("Usine\n\nLe PDG du groupe, Henri Valmont, a justifié la décision. « Le site n'est plus rentable », a-t-il "
            "affirmé.")
    q = find(quotes(text, "fr"), "plus rentable")
    assert speaker(q) == "Henri Valmont" and q.speaker.speaker.descriptions == ["PDG du groupe"]


def test_deux_personnes_coordonnees_avec_une_apposition():
    text = ("Conflit\n\nLe PDG d'Aéroval, Franck Dumas, et la déléguée syndicale Sarah Benoît se sont rencontrés lundi. "
            "Elle a jugé que la réunion était décevante.")
    assert speaker(find(quotes(text, "fr"), "décevante")) == "Sarah Benoît"


def test_une_apposition_sans_article_avant_le_verbe():
    text = "Budget\n\nRobert Caron, agriculteur, a déclaré qu'il ne pourrait plus payer ses factures."
    q = find(quotes(text, "fr"), "ses factures")
    assert speaker(q) == "Robert Caron" and q.text == "il ne pourrait plus payer ses factures"


def test_le_cadre_d_une_citation_est_d_une_personne_plutot_que_d_un_organisme():
    text = ("Circulation\n\nLe maire, Philippe Garnier, a présenté lundi le nouveau plan de circulation. Le conseil "
            "municipal l'a adopté à l'unanimité. « C'est un grand jour pour la ville », a-t-il déclaré.")
    assert speaker(find(quotes(text, "fr"), "grand jour")) == "Philippe Garnier"


def test_an_aside_between_dashes_after_the_subject():
    for dash in ("―", "—"):
        text = ("Campagne\n\nPierre Lemaire " + dash + " coauteur d'un livre sur la campagne " + dash + " a affirmé que "
                "le candidat se retirerait en mars.")
        assert speaker(find(quotes(text, "fr"), "se retirerait")) == "Pierre Lemaire"


def test_an_institution_named_by_a_noun_and_its_adjectives():
    text = ("Sanctions\n\nL'Union européenne a déclaré que les sanctions resteraient en place. Selon la Banque "
            "mondiale, la croissance ralentira l'an prochain. Un rapport de l'Union africaine indique que la trêve "
            "tient.")
    qs = quotes(text, "fr")
    eu = find(qs, "sanctions resteraient").speaker.speaker
    assert eu.name == "Union européenne" and eu.kind == "organization"
    assert speaker(find(qs, "croissance ralentira")) == "Banque mondiale"
    assert speaker(find(qs, "trêve tient")) == "Union africaine"
    # a participle after the name is no part of it
    text = "Sommeil\n\nD'après une étude de l'Inserm publiée mercredi, un adolescent sur cinq dort trop peu."
    assert speaker(find(quotes(text, "fr"), "dort trop peu")) == "Inserm"


def test_a_postposed_subject_after_the_cue_speaks_not_the_sentence_subject():
    text = "Accord\n\nLa France reste attachée à l'accord de Paris, a déclaré le ministre."
    q = find(quotes(text, "fr"), "attachée à l'accord")
    assert q.speaker.text == "le ministre"



def test_d_autres_verbes_de_parole():
    text = "Budget\n\nLa maire a relativisé les critiques, estimant que le projet restait le bon pour la ville."
    assert find(quotes(text, "fr"), "projet restait").speaker.text == "La maire"
    text = "Grève\n\nLe syndicat a tonné contre la direction : « Nous ne céderons pas sur les salaires. »"
    assert speaker(find(quotes(text, "fr"), "ne céderons pas")) == "syndicat"


def test_une_citation_suivie_du_cadre_d_une_autre():
    # « A », X a dénoncé « B » : le cadre après A introduit B, il n'est pas celui de A
    text = ("Grève\n\nLa direction a jugé les revendications « irréalistes », la CGT a promis « un mouvement dur et "
            "long ».")
    qs = quotes(text, "fr")
    assert speaker(find(qs, "irréalistes")) == "direction"
    assert speaker(find(qs, "mouvement dur")) == "CGT"
    text = "Emploi\n\nLe porte-parole a affirmé qu'en 2019, le ministère avait annoncé la fermeture du site."
    assert find(quotes(text, "fr"), "fermeture du site").speaker.text == "Le porte-parole"


def test_un_nom_avec_son_article_apres_un_role_et_son_complement():
    text = "Énergie\n\nLes tarifs baisseront au 1er février, a annoncé le ministre de l'Industrie Paul Le Maire."
    q = find(quotes(text, "fr"), "tarifs baisseront")
    assert speaker(q) == "Paul Le Maire" and q.speaker.speaker.kind == "person"
    text = "Inflation\n\n« Les prix reculent », a affirmé Paul Le Maire. Selon lui, la baisse durera jusqu'à l'été."
    qs = quotes(text, "fr")
    assert speaker(find(qs, "Les prix reculent")) == "Paul Le Maire"
    assert speaker(find(qs, "la baisse durera")) == "Paul Le Maire"


def test_reflexive_verbs_of_reaction_frame_a_quotation():
    text = ("Municipales\n\nLa candidate Marion Vautrin arrive en tête. Le maire sortant, Christian Lebœuf, obtient "
            "29 %.\n\n« Les habitants ont voté pour le changement », s'est réjouie Mme Vautrin dimanche soir.")
    assert speaker(find(quotes(text, "fr"), "voté pour le changement")) == "Marion Vautrin"
    text = "Sommet\n\n« C'est un signal fort », s'est félicité le président du Conseil, Paul Arnaud."
    assert speaker(find(quotes(text, "fr"), "signal fort")) == "Paul Arnaud"


def test_a_passive_without_its_agent_reports_nothing():
    # "sera jugé" is a trial, no one's words; with its agent the passive still reports ("critiqué par …")
    text = "Procès\n\nM. Karim Dali, 34 ans, est jugé pour escroquerie. Son avocate a plaidé la relaxe."
    assert none_with(quotes(text, "fr"), "Karim Dali, 34 ans")
    text = "Tribunal\n\nLe prévenu sera jugé en comparution immédiate jeudi."
    assert quotes(text, "fr") == []


def test_a_first_name_of_the_titles_gender_settles_a_relative_nearby():
    # "mère d'élève" names a relative, but "Sophie" already says the woman is the one "Mme Lambart" means
    text = ("Fermeture de classe\n\nSophie Lambart, mère d'élève, ne décolère pas. « On sacrifie nos enfants », "
            "s'est indignée Mme Lambart jeudi.")
    assert speaker(find(quotes(text, "fr"), "sacrifie nos enfants")) == "Sophie Lambart"

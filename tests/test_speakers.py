"""Speaker names: folding, same-speaker decisions, the per-article index."""
import pytest

from quote_helpers import find, quotes
from datasette_newsquotes.extract.speakers import SpeakerIndex, fold, is_particle, same_speaker, speaker_key


def test_fold_ignores_case_accents_and_hyphens():
    assert fold("Jean-Luc Mélenchon") == fold("jean luc melenchon")
    assert speaker_key("Wladimir Putin") == speaker_key("wladimir  putin")


def test_same_speaker_surname_and_full_name():
    assert same_speaker("Putin", "Wladimir Putin")
    assert not same_speaker("Kim Jong Un", "Kim Young-ho")


def test_index_keeps_the_longest_name_canonical():
    idx = SpeakerIndex()
    a = idx.add("Putin", "person", None, 10)
    b = idx.add("Wladimir Putin", "person", "russesche President", 50)
    assert a is b and a.name == "Wladimir Putin" and "Putin" in a.aliases
    assert a.descriptions == ["russesche President"]


def test_short_name_resolves_to_the_most_recent_match():
    idx = SpeakerIndex()
    jong = idx.add("Kim Jong Un", "person", "Staatschef", 0)
    young = idx.add("Kim Young-ho", "person", "Minister", 100)
    assert idx.find("Kim", 50) is jong
    assert idx.find("Kim", 150) is young


def test_role_resolution_finds_the_described_person():
    idx = SpeakerIndex()
    idx.add("Kim Jong Un", "person", "Nordkoreanesche Staatschef", 0)
    minister = idx.add("Kim Young-ho", "person", "südkoreanesche Minister", 100)
    assert idx.by_role("Minister", 200) is minister
    assert idx.by_role("Premierminister", 200) is None


def test_collectives_do_not_merge_by_surname():
    idx = SpeakerIndex()
    police = idx.add("la police", "organization", None, 0, merge=False)
    other = idx.add("police municipale", "organization", None, 10, merge=False)
    assert police is not other


def test_name_particles():
    assert is_particle("von") and is_particle("al-rahman") and not is_particle("said")


def test_hyphenated_role_resolves_as_a_whole():
    idx = SpeakerIndex()
    vasko = idx.add("Inès Vasko", "person", "ancienne porte-parole du comité", 10)
    assert idx.by_role("porte-parole", 100, ["ancienne"], ranks=frozenset({"ancienne"})) is vasko
    assert idx.by_role("porte-avions", 100) is None


# a role given in an apposition, before or after the name, is how the article later points back to the person
ROLE_IN_APPOSITION = [
    ("fr", "Paul Dax, ministre de l'Intérieur, a déclaré que la police était prête. Le ministre de l'Intérieur a "
           "ajouté que les renforts arriveraient lundi.", "les renforts", "Paul Dax"),
    ("en", "Sara Lind, the police chief, said the road was closed. The chief added that the driver had fled.",
     "the driver had fled", "Sara Lind"),
    ("en", "Dana Moss, a professor at the state university, said the samples were clean. The professor added "
           "that the tests would go on.", "the tests would go on", "Dana Moss"),
    ("en", "The former spokesman of the mission, Tim Gold, said the situation was grave. The government did not "
           "react. But the former spokesman noted that the rebels were divided.", "the rebels were divided",
     "Tim Gold"),
    ("fr", "L'ancienne porte-parole du comité, Inès Vasko, a déclaré que la situation était grave. Le "
           "gouvernement n'a pas réagi. Mais l'ancienne porte-parole a fait remarquer que les rebelles étaient "
           "divisés.", "les rebelles étaient divisés", "Inès Vasko"),
    ("de", "Dana Moss, Professorin an der Universität Trier, sagte, die Proben seien sauber. Die Professorin "
           "fügte hinzu, die Tests gingen weiter.", "die Tests gingen weiter", "Dana Moss"),
    ("lb", "D'Dana Moss, Professesch op der Uni, sot, d'Prouwe wieren propper. D'Professesch huet och gesot, "
           "datt d'Tester weidergéngen.", "d'Tester weidergéngen", "Dana Moss"),
]




# a later role noun that introduces someone new, or names another role, is nobody named before
NOT_THE_PERSON = [
    ("en", "Tom Wills, a spokesman for the ministry, said the report was wrong. A spokesman for the opposition "
           "said the ministry was lying.", "the ministry was lying", "Tom Wills"),
    ("en", "Ana Holm, the foreign minister, said the talks were over. The finance minister said the budget was "
           "tight.", "the budget was tight", "Ana Holm"),
    ("en", "Jack Moran, the mayor, said the barriers held. The deputy mayor said the pumps had failed.",
     "the pumps had failed", "Jack Moran"),
    ("en", "Nora Blake, a lawyer for the city, said the lawsuit was baseless. The lawyer for the plaintiffs said "
           "it was strong.", "it was strong", "Nora Blake"),
    ("de", "Anna Keller, Sprecherin des Ministeriums, sagte, die Zahlen seien korrekt. Eine Sprecherin der "
           "Polizei sagte, man prüfe sie.", "man prüfe sie", "Anna Keller"),
    ("fr", "Sophie Durand, ministre des Armées, a déclaré que les troupes étaient prêtes. La ministre de la Santé "
           "a affirmé que les hôpitaux l'étaient aussi.", "les hôpitaux", "Sophie Durand"),
    ("fr", "Claire Martin, porte-parole de la préfecture, a indiqué que la route était fermée. Un porte-parole de "
           "la mairie a déclaré que la route était ouverte.", "la route était ouverte", "Claire Martin"),
    ("lb", "De Marc Weber, Direkter vum Spidol, sot, d'Urgence wier voll. Den Direkter vun der Schoul huet "
           "gesot, datt d'Kanner sécher wieren.", "d'Kanner sécher wieren", "Marc Weber"),
    # a party word tells two senators apart; a complement after the role counts ("im Finanzministerium")
    ("en", "Ella Ward, a Democratic senator from Ohio, said the bill would pass. The Republican senator from "
           "Texas said it would fail.", "it would fail", "Ella Ward"),
    ("de", "Thomas Wirth, Staatssekretär im Verkehrsministerium, sagte, die Strecke werde ausgebaut. Der "
           "Staatssekretär im Finanzministerium sagte, das Geld fehle.", "das Geld fehle", "Thomas Wirth"),
    # a role in the complement of someone else's role describes nobody
    ("en", "Tom Hill, a spokesman for the mayor, said the road would close on Monday. The mayor said the "
           "decision was final.", "the decision was final", "Tom Hill"),
    ("de", "Jan Roth, Sprecher der Ministerin, sagte, der Termin stehe. Die Ministerin sagte, sie komme nicht.",
     "sie komme nicht", "Jan Roth"),
    # "the other", "l'autre" introduce someone new wherever they stand before the role
    ("en", "Leo Grant, a lawyer for the family, said the suit would proceed. The other lawyer said the family had "
           "been misled.", "the family had been misled", "Leo Grant"),
    ("fr", "Marie Roux, porte-parole du gouvernement, a déclaré que la réforme serait votée. L'autre porte-parole "
           "a indiqué que le calendrier restait flou.", "le calendrier restait flou", "Marie Roux"),
]


@pytest.mark.parametrize("lang,text,quote,who,same", [c + (True,) for c in ROLE_IN_APPOSITION] +
                         [c + (False,) for c in NOT_THE_PERSON])
def test_a_later_role_noun_finds_the_person_it_describes_and_no_other(lang, text, quote, who, same):
    q = find(quotes(text, lang), quote)
    assert q.speaker is not None and (q.speaker.speaker.name == who) == same


def test_the_same_role_with_a_rank_finds_the_right_person():
    text = ("Jack Moran, the mayor, said the barriers held. The former mayor, Ellen Stone, said they were too low. "
            "The mayor added that repairs would start soon.")
    assert find(quotes(text, "en"), "repairs would start soon").speaker.speaker.name == "Jack Moran"
    # an adjective before a German role need not be in its description
    text = ("Der Parlamentarische Staatssekretär Jonas Berger sagte, die Raffinerie sei alt. Der grüne "
            "Staatssekretär sagte, die Anlage sei sicher.")
    assert find(quotes(text, "de"), "die Anlage sei sicher").speaker.speaker.name == "Jonas Berger"


def test_a_title_or_role_of_the_other_gender_keeps_family_members_apart():
    from quote_helpers import find, quotes, speaker
    en = ("Governor Halvorsen said on Monday that the budget would pass. Mr. Halvorsen added that taxes would "
          "fall. The campaign plans to send Mr. Halvorsen and his wife, Ingrid Halvorsen, to six counties. "
          "Ingrid Halvorsen said she was hopeful. Mr. Halvorsen said the vote mattered.")
    qs = quotes(en, "en")
    assert speaker(find(qs, "the budget would pass")) == "Halvorsen"
    assert speaker(find(qs, "she was hopeful")) == "Ingrid Halvorsen"
    assert speaker(find(qs, "the vote mattered")) == "Halvorsen"
    de = ("Herr Brandauer sagte am Montag, der Haushalt sei solide. Die Ministerin Petra Brandauer sagte, sie "
          "sei zuversichtlich. Herr Brandauer sagte, die Abstimmung sei wichtig.")
    qs = quotes(de, "de")
    assert speaker(find(qs, "sie sei zuversichtlich")) == "Petra Brandauer"
    assert speaker(find(qs, "die Abstimmung sei wichtig")) == "Brandauer"
    fr = ("M. Lavergne a déclaré lundi que le budget serait adopté. La ministre Claire Lavergne a affirmé "
          "qu'elle restait confiante. M. Lavergne a estimé que le vote comptait.")
    qs = quotes(fr, "fr")
    assert speaker(find(qs, "elle restait confiante")) == "Claire Lavergne"
    assert speaker(find(qs, "le vote comptait")) == "Lavergne"


def test_a_relative_named_in_an_apposition_is_another_person():
    from quote_helpers import find, quotes, speaker
    en = ("Emma Wilson said the bakery deal was done. Mr. Wilson, her father, said he was proud of her. "
          "Ms. Wilson said she would take over in June. Her brother, Luis Wilson, said the family agreed.")
    qs = quotes(en, "en")
    assert speaker(find(qs, "he was proud")) in ("Wilson", "Mr. Wilson")
    assert speaker(find(qs, "take over in June")) == "Emma Wilson"
    assert speaker(find(qs, "the family agreed")) == "Luis Wilson"
    fr = ("Le ministre Paul Rochat a déclaré que la réforme serait votée. Mme Rochat, son épouse, a indiqué "
          "qu'elle soutenait le projet.")
    qs = quotes(fr, "fr")
    assert speaker(find(qs, "elle soutenait le projet")) in ("Rochat", "Mme Rochat")
    assert speaker(find(qs, "la réforme serait votée")) == "Paul Rochat"


def test_a_pronoun_of_one_gender_skips_a_person_the_article_gave_the_other():
    from quote_helpers import find, quotes, speaker
    en = ("Ms. Harper said the school was understaffed. Tom Harper, her husband, said he had volunteered there "
          "for years. She said more teachers were needed. He added that the board had ignored them.")
    qs = quotes(en, "en")
    assert speaker(find(qs, "more teachers were needed")) == "Harper"
    assert speaker(find(qs, "the board had ignored them")) == "Tom Harper"
    fr = ("Mme Lavergne a déclaré que l'école manquait de personnel. Son mari, Paul Lavergne, a affirmé qu'il y "
          "travaillait depuis des années. Elle a ajouté que le conseil les avait ignorés.")
    qs = quotes(fr, "fr")
    assert speaker(find(qs, "le conseil les avait ignorés")) == "Lavergne"


def test_a_surname_an_article_uses_for_a_full_name_routes_later_articles_to_it(tmp_path):
    import sqlite_utils
    from datasette_newsquotes.extract.pipeline import Pipeline
    from datasette_newsquotes.model import Article
    from datasette_newsquotes.store import Store
    p = Pipeline()
    texts = ["Regina Falk sagte, die Regierung stehe zu ihren Zusagen. Falk sagte weiter, man müsse geduldig sein.",
             "Falk sagte am Dienstag, man werde den Partnern helfen."]
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([p.extract(Article(id="a%d" % i, text=t, language="de", published="2024-03-1%d" % i))
              for i, t in enumerate(texts)])
    rows = list(st.db.query("select name, quote_count from speakers"))
    assert rows == [{"name": "Regina Falk", "quote_count": 3}]


def test_relatives_and_titled_appositions_name_the_right_person():
    from quote_helpers import find, quotes, speaker
    en = ("Olivia Hart said the firm would appeal. Hart's husband said he was not involved. Karen Voss said the "
          "museum would reopen. Her husband, Mr. Voss, said he was relieved.")
    qs = quotes(en, "en")
    assert speaker(find(qs, "he was not involved")) == "Hart's husband"
    assert speaker(find(qs, "he was relieved")) in ("Voss", "Mr. Voss")
    assert speaker(find(qs, "the museum would reopen")) == "Karen Voss"


def test_the_same_role_points_back_to_the_person_just_named():
    from quote_helpers import find, quotes, speaker
    fr = ("Le débat reprend.\n\n« Les loyers ont doublé en dix ans », a expliqué Paul Lebrun, économiste à "
          "l'université de Nantes. Selon le même chercheur, la hausse touche surtout les petites villes.")
    assert speaker(find(quotes(fr, "fr"), "la hausse touche")) == "Paul Lebrun"
    en = ("Budget talks resume.\n\nThe county will cut 40 jobs, said Dana Moss, the budget director. The same "
          "official said more cuts could follow in the spring.")
    assert speaker(find(quotes(en, "en"), "more cuts could follow")) == "Dana Moss"


def test_a_first_name_tells_a_gender_for_the_pronouns_and_titles_after_it():
    from quote_helpers import find, quotes, speaker
    en = ("Schools.\n\nEducation Secretary Claire Dunford and her shadow, Peter Vantes, clashed on Sunday.\n\nVantes "
          "said the government had cut budgets. She rejected that, saying spending was at a record high.")
    qs = quotes(en, "en")
    assert speaker(find(qs, "cut budgets")) == "Peter Vantes"
    assert speaker(find(qs, "record high")) == "Claire Dunford"
    en = "Guest house.\n\nJane Wellbeck opened the guest house in 1989.\n\nMr. Wellbeck said the couple would move to Spain."
    assert speaker(find(quotes(en, "en"), "move to Spain")) != "Jane Wellbeck"


def test_two_peoples_names_run_together_do_not_rename_one_of_them():
    from datasette_newsquotes.extract.speakers import SpeakerIndex
    index = SpeakerIndex()
    index.add("Herausforderer Kaltner", "person", offset=10)
    index.add("Brandes", "person", offset=50)
    sp = index.add("Kaltner Brandes", "person", offset=90)  # ("So kritisierte Kaltner Brandes …": two men)
    assert index.find("Brandes", 95).name == "Brandes" and sp.name == "Brandes"


def test_an_acronym_is_no_name_written_otherwise():
    assert not same_speaker("UN", "Ri Song-un")
    assert same_speaker("UN", "the UN") and same_speaker("SUD", "SUD-PTT")
    index = SpeakerIndex()
    un = index.add("UN", "organization")
    assert index.add("Ri Song-un", "person") is not un

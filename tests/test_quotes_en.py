"""English quotes and speakers (our own sentences in wire-service style)."""
from quote_helpers import find, none_with, quotes, speaker

ARTICLE = (
    "City council approves bridge repairs\n\n"
    "Mayor Jane Example said on Tuesday that the bridge would reopen in May. \"We are on schedule, and we are "
    "on budget,\" she said. \"The hard part is behind us.\"\n\n"
    "According to the transport department, the repairs will cost $4 million. Critics say the city waited "
    "too long.\n\n"
    "The council's finance chair, Robert Sample, told reporters the money was already set aside. "
    "Traffic will be diverted until then, the police department said.\n\n"
    "The local band played \"Bridge Over Troubled Water\" at the ceremony."
)


def test_said_that_with_title_and_name():
    q = find(quotes(ARTICLE, "en"), "the bridge would reopen")
    assert q.kind == "indirect"
    assert speaker(q) == "Jane Example"


def test_quote_interrupted_by_attribution_is_one_quote_with_pronoun_speaker():
    q = find(quotes(ARTICLE, "en"), "We are on schedule")
    assert q.kind == "direct"
    assert q.text.endswith("The hard part is behind us.")  # '"...," she said. "..."' joined
    assert q.speaker.how == "pronoun"
    assert speaker(q) == "Jane Example"


def test_according_to():
    q = find(quotes(ARTICLE, "en"), "the repairs will cost")
    assert q.kind == "indirect"
    assert "transport department" in speaker(q)


def test_zero_complementizer_with_apposition():
    q = find(quotes(ARTICLE, "en"), "the money was already set aside")
    assert speaker(q) == "Robert Sample"


def test_postposed_said():
    q = find(quotes(ARTICLE, "en"), "Traffic will be diverted")
    assert q.kind == "indirect"
    assert "police" in speaker(q)


def test_collective_speaker():
    q = find(quotes(ARTICLE, "en"), "the city waited too long")
    assert q.speaker is not None and q.speaker.text == "Critics"


def test_song_title_is_not_a_quote():
    assert none_with(quotes(ARTICLE, "en"), "Bridge Over Troubled Water")


def test_straight_and_curly_quotes_pair():
    text = ("“It is a fair deal,” the union leader said. He added: \"We will vote on Friday.\" "
            "'Nobody expected this,' a worker said.")
    qs = quotes(text, "en")
    assert find(qs, "It is a fair deal").kind == "direct"
    assert find(qs, "We will vote on Friday").kind == "direct"
    assert find(qs, "Nobody expected this").kind == "direct"


def test_unclosed_quote_ends_with_its_paragraph():
    text = ("\"This is the first paragraph of a long statement, which the senator read aloud.\n\n"
            "The senator then left the chamber without taking questions from reporters.")
    q = find(quotes(text, "en"), "This is the first paragraph")
    assert q.kind == "direct" and "\n" not in q.text


def test_quote_running_over_paragraphs_is_one_quote_of_its_speaker():
    # each paragraph of the quote opens with a mark, only the last one closes: one quote, said by the one
    # named at its end
    text = ("The senator read a long statement on the floor.\n\n"
            "\"This is the first paragraph of what I have to say about the budget.\n\n"
            "\"This is the second, and the last,\" said Senator Amy Sample.")
    q = find(quotes(text, "en"), "This is the first paragraph")
    assert q.text.endswith("the last,") and speaker(q) == "Amy Sample"


def test_apostrophes_are_not_quote_marks():
    text = "The mayor's office didn't comment. It's the council's decision, officials said."
    qs = quotes(text, "en")
    assert all("'" not in q.text[:1] for q in qs)
    assert none_with(qs, "s office didn")


def test_quotation_signed_with_a_dash():
    text = ("Readers told us what they think.\n\n"
            "“The bridge should have been fixed years ago.” ― Maria Sample\n"
            "“I drive around it every day now.” ― Tom Example")
    qs = quotes(text, "en")
    assert speaker(find(qs, "fixed years ago")) == "Maria Sample"
    assert speaker(find(qs, "drive around it")) == "Tom Example"


def test_transcript_label_is_the_speaker():
    text = 'From the debate transcript:\n\n"HOLT: Do you accept the result of the vote?"'
    q = find(quotes(text, "en"), "Do you accept")
    assert q.text.startswith("Do you accept")
    assert q.speaker.text == "HOLT"


def test_title_attribution_with_a_colon():
    text = "Senator Alvarez: Budget Talks Have Stalled Again\n\nThe talks in the capital broke down on Monday."
    q = find(quotes(text, "en"), "Budget Talks Have Stalled")
    assert q.kind == "indirect" and speaker(q) == "Senator Alvarez"


def test_title_attribution_with_a_closing_cue():
    text = "Budget Talks Have Stalled Again, Senator Maria Alvarez Says\n\nThe talks broke down on Monday."
    q = find(quotes(text, "en"), "Budget Talks Have Stalled")
    assert "Maria Alvarez" in speaker(q)


def test_title_attribution_with_a_topic_before_the_colon():
    text = ("Senator Alvarez on Port Deal: The Risks Are 'Enormous.'\n\nThe deal was signed on Monday. Alvarez "
            "voted against it.")
    q = find(quotes(text, "en"), "The Risks Are")
    assert speaker(q) == "Senator Alvarez" and "Port Deal" not in q.text
    # the words before the topic must name someone the article names again
    text = "Pressure on Banks: Regulators Tighten Lending Rules\n\nPressure grew. The banks felt the pressure."
    assert none_with(quotes(text, "en"), "Regulators Tighten")


def test_title_in_title_case_quoting_words_after_a_verb_of_saying():
    text = ("Mayor Linda Croft Calls Harbor Plan ‘A Costly Mistake’ Over Flood Risks\n\nThe plan was approved on "
            "Monday.")
    q = find(quotes(text, "en"), "A Costly Mistake")
    assert "Linda Croft" in speaker(q) and q.text.startswith("Harbor Plan")
    # a verb that mostly presents a work: its quotation is a title
    text = "Streaming Giant Shows ‘Night Harbor’ Trailer At Fan Event\n\nFans cheered in the hall."
    assert none_with(quotes(text, "en"), "Night Harbor")


def test_title_in_title_case_reporting_what_a_poll_shows():
    text = "New Survey Shows Slim Lead For Governor Ames\n\nThe survey of 800 voters was published on Monday."
    q = find(quotes(text, "en"), "Slim Lead")
    assert q.text == "Slim Lead For Governor Ames" and q.speaker.speaker.kind == "organization"
    assert not q.speaker.speaker.named
    text = "Streaming Giant Shows Trailer At Fan Event\n\nFans cheered in the hall."
    assert none_with(quotes(text, "en"), "Trailer At Fan Event")


def test_title_labels_are_no_speakers():
    text = "Update: Budget talks stall in the capital\n\nThe talks broke down on Monday."
    assert none_with(quotes(text, "en"), "Budget talks stall")
    # a section or a sport is no speaker either
    text = "Snooker: Hale reaches final in Leeds\n\nTom Hale won 6-2 on Tuesday."
    assert none_with(quotes(text, "en"), "reaches final")


def test_postposed_bare_plural_subject():
    qs = quotes("The bridge was closed for most of the night, local residents said on Friday.", "en")
    q = find(qs, "The bridge was closed")
    assert q.speaker is not None and "local residents" in q.speaker.text
    qs = quotes("The plan is an insult to every worker, top union lawmakers said.", "en")
    assert find(qs, "The plan is an insult").speaker is not None
    # polls and surveys speak as bodies do; the adjective before them is no name
    q = find(quotes("Overnight polls showed that the governor had won the debate.", "en"), "the governor had won")
    assert speaker(q) == "Overnight polls"


def test_a_second_cue_ends_the_first_content():
    qs = quotes("Martinez said the union planned to picket the plant, though she conceded the effort would "
                "likely fail.", "en")
    assert find(qs, "the union planned").text.endswith("the plant")
    assert find(qs, "the effort would likely fail").speaker is not None
    qs = quotes("Perez said he did not believe the ads hurt the party, arguing that turnout was the real problem.",
                "en")
    assert find(qs, "the ads hurt").text.endswith("the party")
    assert find(qs, "turnout was the real problem")
    qs = quotes("Lopez says the mayor promised to keep the clinic open and said she would resist the pressure.", "en")
    assert find(qs, "keep the clinic open").text.endswith("open")
    assert find(qs, "she would resist")


def test_a_second_speaker_named_by_a_role_ends_the_first_content():
    # the critics' words are not the mayor's
    qs = quotes("The mayor said the new depot would open in May, but transit analysts warned that the buses "
                "were still on order.", "en")
    assert find(qs, "the new depot").text.endswith("in May")
    q = find(qs, "the buses were still on order")
    assert speaker(q) == "transit analysts"
    qs = quotes("The board said the school would stay open — and local officials said the repairs were paid for.",
                "en")
    assert find(qs, "the school would stay open").text.endswith("stay open")
    assert speaker(find(qs, "the repairs were paid for")) == "local officials"
    # without a comma the nouns are the content's own subjects: "the judge and prosecutors argued" is one clause
    q = find(quotes("The lawyer said the judge and prosecutors argued over the evidence for hours.", "en"), "judge")
    assert q.text == "the judge and prosecutors argued over the evidence for hours"
    # nouns that are no speaker end nothing
    q = find(quotes("Reyes said the tolls and fees would rise and costs would stay high.", "en"), "tolls")
    assert q.text == "the tolls and fees would rise and costs would stay high"


def test_a_long_apposition_and_a_subject_with_its_own_verb_after_the_cue():
    # "said farmers still expect …": the farmers are what the content is about, not who spoke
    text = ("But Rosa Lind, senior organizer for school policy at the Kettering Institute for Public Education, "
            "said farmers still expect higher prices.")
    q = find(quotes(text, "en"), "farmers still expect")
    assert speaker(q) == "Rosa Lind" and q.text.startswith("farmers still expect")
    # workers, regulators, nurses speak as other roles do
    q = find(quotes("The plant will close in June, and regulators said the cleanup would take years.", "en"),
             "the cleanup")
    assert speaker(q) == "regulators"


def test_numbers_and_places_as_subjects():
    q = find(quotes("Ten voters said that they had not decided about the levy.", "en"), "they had not decided")
    assert q.speaker is not None and "voters" in q.speaker.text
    q = find(quotes("The city of Tempe said that the company must stop using the photo.", "en"), "must stop")
    assert q.speaker is not None and "Tempe" in q.speaker.text


def test_as_clause_frames_the_main_clause_and_party_labels_stay_out_of_names():
    qs = quotes("As the harbour master said on Monday, the ferry will not sail before Thursday. "
                "Republican Dana Whitfield's campaign said the vote was delayed. "
                "Republican Dana Whitfield criticized the county's budget for its hidden fees.", "en")
    q = find(qs, "ferry")
    assert q.text == "the ferry will not sail before Thursday" and q.speaker.text == "the harbour master"
    q = find(qs, "hidden fees")
    assert speaker(q) == "Dana Whitfield"  # not "Republican Dana Whitfield"


def test_relative_pronoun_is_the_mention_and_the_antecedent_the_speaker():
    text = ("The county budget was approved on Monday. It was drafted by Dana Whitfield, the finance chair, who "
            "said the new tax rate would hold for two years.")
    q = find(quotes(text, "en"), "the new tax rate would hold")
    assert speaker(q) == "Dana Whitfield"
    assert q.speaker.text == "who"
    assert text[q.speaker.start:q.speaker.end] == "who"


def test_opening_conjunctions_are_no_names():
    # "Unlike", "Once" open a sentence without naming anyone
    text = ("Unlike Norcoal, Mr. Hale has few rich investors that the state could press to pay, analysts say. "
            "So when Norcoal signaled in June that it would pay the miners, the lawyers were floored.")
    assert speaker(find(quotes(text, "en"), "it would pay the miners")) == "Norcoal"
    q = find(quotes("Once in my first year at the plant, when my foreman mentioned the union, he said that it was "
                    "finished.", "en"), "it was finished")
    assert speaker(q) != "Once"


def test_a_heading_in_capitals_run_into_the_sentence_is_no_name():
    text = ("Dana Lowe has written two books about family budgets. THE SAVINGS Back when he wrote his first book, "
            "Mr. Lowe said that loans were a bad idea. Now he says that a mortgage is fine.")
    assert speaker(find(quotes(text, "en"), "a mortgage is fine")) == "Dana Lowe"


def test_dotted_abbreviation_before_a_noun_stays_in_the_mention():
    q = find(quotes("A U.N. spokesman said the convoy was hit near the border.", "en"), "the convoy was hit")
    assert q.speaker.text == "A U.N. spokesman"
    q = find(quotes("The U.S. ambassador said the talks had failed.", "en"), "the talks had failed")
    assert q.speaker.text == "The U.S. ambassador"
    # not before a verb: "the U.S. would respond" is what officials said
    q = find(quotes("Officials said the U.S. would respond.", "en"), "would respond")
    assert q.speaker.text == "Officials" and q.text.startswith("the U.S. would")


def test_title_case_headline_makes_no_names():
    text = ("Senior Lawmakers Rip Ray Holden As A ‘Reckless Gambler.’\n\n"
            "Union leaders criticized the pension plan on Monday. Holden said the cuts were needed to balance "
            "the state budget.")
    q = find(quotes(text, "en"), "the cuts were needed")
    assert speaker(q) in ("Holden", "Ray Holden")


def test_unnamed_source_as_postposed_speaker():
    text = ("Governor Ray Holden met the union on Monday. The talks broke down after an hour, a source close to "
            "the governor said. Holden had refused to discuss pensions, the source added.")
    q = find(quotes(text, "en"), "Holden had refused")
    assert q.speaker is not None and q.speaker.text == "the source"


def test_pronoun_right_before_the_cue_is_its_subject():
    text = ("Senator Ray Holden said on Thursday that the plant was safe. In an interview with Ohio’s regional "
            "network Metro Radio he warned that the plant could close by spring.")
    q = find(quotes(text, "en"), "the plant could close")
    assert q.speaker is not None and q.speaker.text == "he"
    assert speaker(q) == "Ray Holden"


def test_contraction_and_sentence_adverb_are_no_names():
    text = ("The council met on Monday. He’s argued for years that the city needs a second bridge, the council "
            "leader told reporters. Overall, the engineers concluded the repairs were sound.")
    qs = quotes(text, "en")
    # "He’s" opening a sentence is no person's name, and "Overall" is not the engineers' name
    assert not any(q.speaker is not None and q.speaker.text.startswith("He") for q in qs)
    q = find(qs, "the repairs were sound")
    assert q.speaker is not None and q.speaker.text == "the engineers"


def test_sentence_final_that_is_no_complementizer():
    text = "The vote failed again on Tuesday. Analysts said the new poll could change that."
    q = find(quotes(text, "en"), "the new poll could change")
    assert q.speaker is not None and q.speaker.text == "Analysts"


def test_reported_clause_ends_before_a_coordinated_subject_and_cue():
    text = ("The hearing ended without a vote. Republicans said the agency mishandled the audit and Democrats "
            "accused them of stalling the bill.")
    q = find(quotes(text, "en"), "the agency mishandled the audit")
    assert "Democrats" not in q.text


def test_observers_are_a_source():
    text = "The seat is open. Political observers in the state say the governor will name a successor soon."
    q = find(quotes(text, "en"), "the governor will name a successor")
    assert q.speaker is not None and q.speaker.text == "Political observers"


def test_only_compounding_languages_read_word_endings_as_role_nouns():
    # German writes "Regierungssprecher" as one word; in English "remember" is no "member", "resource" no "source"
    from datasette_newsquotes.extract.quotes import M_ROLE, prepared
    from datasette_newsquotes.plugins import languages

    langs = languages()
    assert prepared(langs["de"]).mask_of("Regierungssprecher") & M_ROLE
    assert not prepared(langs["en"]).mask_of("remember") & M_ROLE
    assert not prepared(langs["en"]).mask_of("resources") & M_ROLE
    assert prepared(langs["en"]).mask_of("spokesman") & M_ROLE


def test_according_to_closing_the_sentence_frames_what_comes_before():
    # the source after a comma frames the clause before it, with its apposition or common nouns as the mention
    text = ("Voter turnout climbed in the western districts, according to Mark Lee, head of the election board at "
            "the university. Arrests fell by a third, according to a police database tracking such cases. "
            "Rents would rise for most tenants, according to an analysis by Jane Doe, a former housing aide.")
    qs = quotes(text, "en")
    q = find(qs, "Voter turnout climbed")
    assert q.text == "Voter turnout climbed in the western districts"
    assert q.speaker.text == "Mark Lee, head of the election board at the university"
    assert speaker(q) == "Mark Lee"
    q = find(qs, "Arrests fell")
    assert q.text == "Arrests fell by a third" and q.speaker.text == "a police database tracking such cases"
    q = find(qs, "Rents would rise")
    assert q.text == "Rents would rise for most tenants" and "Jane Doe" in q.speaker.text


def test_according_to_a_long_description_before_the_name():
    text = "According to veteran morning show presenter Tom Smith, the new toll plan is a tax on commuters."
    q = find(quotes(text, "en"), "the new toll plan is a tax")
    assert q.speaker.text == "veteran morning show presenter Tom Smith" and speaker(q) == "Tom Smith"


def test_a_name_with_initials_is_one_name():
    text = "“This is a dark day for the city,” said Rep. J.D. Miller (D-Ohio), the chairman of the caucus."
    q = find(quotes(text, "en"), "a dark day for the city")
    assert speaker(q) == "J.D. Miller"


def test_closing_frame_followed_by_a_subordinate_clause():
    text = ("The budget is an insult to every teacher in the state, union leaders said Friday, as they gathered "
            "outside the capitol.")
    q = find(quotes(text, "en"), "an insult to every teacher")
    assert q.text == "The budget is an insult to every teacher in the state"
    assert q.speaker.text == "union leaders"


def test_reported_clause_after_an_inserted_phrase():
    q = find(quotes("The mayor said, after a long pause, that the bridge plan was dead.", "en"), "the bridge plan")
    assert q.speaker.text == "The mayor"


def test_subject_pronoun_after_as_is_the_speaker():
    # "as he discussed": "he" is the subject of the as-clause, not the object of a preposition
    text = ("Senator Anna Smith toured a clinic in Ohio on Monday. Smith made the remark as she discussed her plans "
            "to cut taxes for veterans at an event in Dayton.")
    q = find(quotes(text, "en"), "her plans to cut taxes")
    assert q.speaker.text == "she" and speaker(q) == "Anna Smith"


def test_pronoun_points_to_a_person_introduced_without_a_cue():
    text = "Senator Anna Smith toured a clinic in Ohio on Monday. She said the state would fund more nurses."
    q = find(quotes(text, "en"), "the state would fund more nurses")
    assert q.speaker.text == "She" and speaker(q) == "Anna Smith"


def test_a_place_introduced_without_a_cue_is_no_antecedent():
    text = ("Senator Anna Smith spoke in Ohio. The White House sits a few blocks from her hotel. She said the "
            "state would fund more nurses.")
    q = find(quotes(text, "en"), "the state would fund more nurses")
    assert speaker(q) == "Anna Smith"


def test_stance_verbs_take_their_object():
    # verbs of praise, blame, advocacy and debate report a stance on their object, as "criticized" does
    for sentence, content, who in (
            ("Governor Lena Ortiz denounced the county's new parking fees on Friday.", "the county's new parking fees",
             "Governor Lena Ortiz"),
            ("The union has lobbied lawmakers for a higher minimum wage since spring.", "lawmakers for a higher",
             "The union"),
            ("Councilman Reed Alvarez talked about the need for more bus lanes downtown.", "about the need for more",
             "Councilman Reed Alvarez"),
            ("The senator downplayed the risk of a government shutdown next month.", "the risk of a government",
             "The senator"),
            ("The mayor hinted at a property tax increase next year.", "a property tax increase", "The mayor"),
            ("Senator Ruth Ellison grilled the bank's chief executive over the hidden fees.",
             "the bank's chief executive", "Senator Ruth Ellison")):
        q = find(quotes(sentence, "en"), content)
        assert q.kind == "indirect" and q.text.startswith(content)
        assert q.speaker.text == who


def test_a_phrase_of_place_or_time_after_the_cue_is_not_what_was_said():
    text = ("Mayor Jane Example spoke at a rally in downtown Dayton on Saturday afternoon, saying the plant would "
            "stay open.")
    qs = quotes(text, "en")
    assert none_with(qs, "a rally in downtown Dayton")
    assert find(qs, "the plant would stay open").speaker.text == "Mayor Jane Example"


def test_complementizer_after_a_long_phrase_of_place():
    text = "The governor says at a town hall in Dayton, Ohio, that the plan would cut taxes for families."
    q = find(quotes(text, "en"), "the plan would cut taxes")
    assert q.text.startswith("that the plan") and q.speaker.text == "The governor"


def test_stance_adjectives_take_their_object():
    for sentence, words, who in (
            ("The mayor has been critical of the council's decision to cut library hours.", "the council's decision",
             "The mayor"),
            ("Many farmers are skeptical of the plan to divert the river.", "the plan to divert the river",
             "Many farmers")):
        q = find(quotes(sentence, "en"), words)
        assert q.kind == "indirect" and q.speaker.text == who


def test_a_stance_phrase_in_an_apposition_leaves_the_main_cue_its_quote():
    for text in ("Tom Hale, who has been critical of the mayor and his staff, said the budget was bloated.",
                 "Tom Hale, a longtime critic of the mayor, said the budget was bloated."):
        q = find(quotes(text, "en"), "the budget was bloated")
        assert q.text == "the budget was bloated" and q.cue == "said" and speaker(q) == "Tom Hale"
    assert not quotes("Frustrated with the long delays at the plant, residents filed a lawsuit.", "en")


def test_quoted_words_opening_a_reported_clause_stay_part_of_it():
    # English keeps a partial quote inside the reported clause it opens (nested_quotes is off)
    text = 'The candidate said "tax reforms" and higher tariffs would pay for the wall.'
    qs = quotes(text, "en")
    q = find(qs, "higher tariffs would pay")
    assert q.text == '"tax reforms" and higher tariffs would pay for the wall'
    assert q.kind == "indirect" and q.speaker.text == "The candidate"
    assert len(qs) == 1


def test_a_participle_cue_keeps_its_clause_from_the_cue_before():
    # ", arguing that ...": the "that" clause is the participle's, not also the object of "praised"
    qs = quotes("The senator praised the farm bill, arguing that it would protect thousands of jobs.", "en")
    q = find(qs, "it would protect thousands")
    assert q.cue == "arguing" and q.speaker.text == "The senator"
    assert len([x for x in qs if "it would protect" in x.text]) == 1


def test_quote_interrupted_by_a_long_attribution_is_one_quote():
    text = ('"This budget hides the real deficit," said Jo Lee, an economist who worked at the Treasury for a decade '
            'and now teaches at the state university. "Nobody should vote for it."')
    q = find(quotes(text, "en"), "hides the real deficit")
    assert q.text.endswith("Nobody should vote for it.") and speaker(q) == "Jo Lee"


def test_quotes_two_sentences_apart_stay_apart():
    text = ('"This budget hides the real deficit," said Jo Lee. She left the podium a few minutes later and walked '
            'back to her office across the square. "Nobody should vote for it."')
    q = find(quotes(text, "en"), "hides the real deficit")
    assert "Nobody" not in q.text


def test_reported_content_ends_before_a_subject_with_an_apposition():
    for text, content in (
            ('"The levy is fair and overdue," Lena Hart, director of the housing trust, said on Friday.',
             "The levy is fair and overdue,"),
            ("The levy is fair and overdue, Lena Hart, director of the housing trust, said on Friday.",
             "The levy is fair and overdue")):
        q = find(quotes(text, "en"), "The levy is fair")
        assert q.text == content
        assert speaker(q) == "Lena Hart"


def test_source_phrase_between_two_clauses_frames_the_one_before():
    text = ("The richest households paid 31 percent of all state taxes in 2014, according to the Legislative "
            "Budget Office, and the poorest paid less than 2 percent.")
    q = find(quotes(text, "en"), "The richest households paid")
    assert q.text == "The richest households paid 31 percent of all state taxes in 2014"
    assert q.speaker.text == "the Legislative Budget Office"


def test_adverbs_before_the_cue_stay_out_of_the_speaker():
    q = find(quotes("The province had historically resisted such trade agreements with its neighbors.", "en"),
             "such trade agreements")
    assert q.speaker.text == "The province"


def test_a_speaker_mention_is_never_its_own_content():
    text = ("The council has not answered the letter. Jane Roe, the county's press officer, did not reply to "
            "questions on Monday.")
    assert none_with(quotes(text, "en"), "the county's press officer")


def test_a_participle_after_the_frame_is_an_attribution_of_its_own():
    qs = quotes("The levy is a disgrace, the senator said, adding that she would vote against it.", "en")
    first = find(qs, "The levy is a disgrace")
    assert first.text == "The levy is a disgrace" and first.speaker.text == "the senator"
    added = find(qs, "she would vote against it")
    assert added.cue == "adding" and added.speaker.text == "the senator"


def test_a_participle_clause_does_not_swallow_the_quote_before_it():
    text = '"The levy hurts renters," said Ruth Ellison, speaking of the housing bill. "It must go."'
    q = find(quotes(text, "en"), "The levy hurts renters", kind="direct")
    assert speaker(q) == "Ruth Ellison"


def test_a_participle_opening_the_sentence_has_the_main_clause_subject():
    qs = quotes("Citing a poll released by the university, the governor predicted a close race in the fall.", "en")
    q = find(qs, "a poll released by the university")
    assert q.text == "a poll released by the university"
    assert q.cue == "Citing" and q.speaker.text == "the governor"


def test_passive_cue_with_an_agent_the_agent_speaks_about_the_subject():
    q = find(quotes("Her housing proposal was criticized by the union as a giveaway to developers.", "en"),
             "Her housing proposal")
    assert q.text == "Her housing proposal" and q.speaker.text == "the union"


def test_quoted_words_that_open_no_clause_stay_a_direct_quote():
    for text, words in (('The senator said "absolutely not" when asked about a third term.', "absolutely not"),
                        ('The president denied "any wrongdoing" and vowed to fight the charges.', "any wrongdoing")):
        q = find(quotes(text, "en"), words)
        assert q.kind == "direct" and q.text == words


def test_a_participle_takes_the_sentence_subject_not_its_object():
    q = find(quotes("The company warned investors, telling analysts that profits would fall.", "en"),
             "profits would fall")
    assert q.cue == "telling" and q.speaker.text == "The company"


def test_a_participle_phrase_of_place_is_not_what_was_said():
    qs = quotes("Speaking to reporters on Monday, the governor said the state would appeal.", "en")
    assert none_with(qs, "to reporters")
    assert find(qs, "the state would appeal").speaker.text == "the governor"


def test_a_relative_that_far_after_a_phrase_of_place_is_no_complementizer():
    text = "The mayor spoke at the opening of a clinic in the neighborhood that had lost its hospital in 2019."
    assert none_with(quotes(text, "en"), "had lost its hospital")


def test_a_relative_clause_stance_leaves_the_that_clause_to_the_main_cue():
    for text, words in (
            ("Tom Hale, who has been critical of the mayor, said that the budget was bloated.", "the budget was bloated"),
            ("Maria Voss, who is skeptical of the proposed stadium deal, said the numbers did not add up.",
             "the numbers did not add up")):
        qs = quotes(text, "en")
        hits = [q for q in qs if words in q.text]
        assert len(hits) == 1 and hits[0].cue == "said" and speaker(hits[0]) in ("Tom Hale", "Maria Voss")


def test_an_audience_after_an_opening_participle_is_not_what_was_said():
    qs = quotes("Addressing supporters in Phoenix on Tuesday, the senator said she would run again.", "en")
    assert none_with(qs, "supporters in Phoenix")
    assert find(qs, "she would run again").speaker.text == "the senator"


def test_complementizer_after_a_place_and_a_part_of_the_day():
    text = "The minister said at a press conference in the capital on Monday morning that the ceasefire would hold."
    q = find(quotes(text, "en"), "the ceasefire would hold")
    assert q.text == "that the ceasefire would hold" and q.speaker.text == "The minister"


def test_title_case_headlines_without_an_attribution_are_no_quotes():
    for title in ("Hurricane Claims 12 Lives In Florida", "Broadway Shows Return After Long Shutdown",
                  "Tesla Plans New Factory In Texas", "City Council Approves Bridge Repairs"):
        assert not quotes(title + "\n\nThe story goes on here.", "en"), title


def test_closing_source_with_a_long_apposition_frames_the_clause_before():
    text = ("Most renters would pay more each month under the zoning changes, according to a study by Jane Roe, "
            "a former city budget aide now teaching at State University.")
    q = find(quotes(text, "en"), "Most renters would pay")
    assert q.text == "Most renters would pay more each month under the zoning changes"
    assert "Jane Roe" in q.speaker.text


def test_title_case_headline_with_a_verb_that_only_reports_speech():
    text = "Senator Lee Warns Of Deep Budget Cuts In Rural Schools\n\nThe senator spoke in Topeka on Monday."
    q = find(quotes(text, "en"), "Deep Budget Cuts")
    assert q.text == "Of Deep Budget Cuts In Rural Schools" and q.cue == "Warns"
    assert q.speaker.text == "Senator Lee"
    text = "Harbour Workers Vow To Block Port Sale\n\nThe union met on Sunday."
    q = find(quotes(text, "en"), "Block Port Sale")
    assert q.text == "To Block Port Sale" and q.speaker.text == "Harbour Workers"
    for title in ("Mayor's Aides Urge Calm After Flood", "Protesters' Leaders Urge Calm Downtown",
                  "Does The Governor Insist On New Tariffs?", "Hurricane Milton Slams Into Florida Coast",
                  "Hospital Admits Record Number Of Patients", "Study Reveals Link Between Sleep And Memory",
                  "Judge Denies Bail For Former Mayor", "Storm Threatens Florida Coast Again",
                  "Wedding Vows Go Viral After Storm", "Police Seek Witnesses To Night Crash",
                  "Union Endorses Mayor For Second Term"):
        assert not quotes(title + "\n\nThe story goes on here.", "en"), title



def test_a_sources_request_for_anonymity_is_not_what_was_said():
    qs = quotes("A police officer, who declined to be identified, said the suspect fled on foot.", "en")
    assert [(q.text, q.speaker.text) for q in qs] == [("the suspect fled on foot", "A police officer")]
    qs = quotes("A county official, who asked not to be named because he was not authorized to speak, said the "
                "levee held.", "en")
    assert [q.text for q in qs] == ["the levee held"]
    # an ordinary object of "asked" stays
    q = find(quotes("The governor asked lawmakers to be patient with the budget.", "en"), "patient")
    assert q.speaker.text == "The governor"


def test_opening_phrase_before_a_frame_that_introduces_a_quotation():
    # 'Asked about X, she said, "…"': the quotation is what was said, not the sentence around the frame
    for text, quote, who in (
            ('Asked about the closure, the fire chief said, "We are not going to speculate."',
             "We are not going to speculate.", "the fire chief"),
            ("On Friday, Governor Ruth Hale said, “The state will cover the cost of the repairs.”",
             "The state will cover the cost of the repairs.", "Governor Ruth Hale")):
        qs = quotes(text, "en")
        assert [(q.kind, q.text) for q in qs] == [("direct", quote)]
        assert qs[0].speaker.text == who
    # an inserted frame without a quotation still reports the whole clause
    q = find(quotes("The levee is safe, the engineer insisted, and the town can stay.", "en"), "levee")
    assert q.text.startswith("The levee is safe")


def test_reported_content_ends_before_a_clause_introducing_its_own_quotation():
    qs = quotes('The senator criticised the mayor for the delays at the port, saying, "He has wasted a whole '
                'year."', "en")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "the mayor for the delays at the port"),
                                              ("direct", "He has wasted a whole year.")]
    qs = quotes('When the coach mentioned the transfer rumours, I laughed and said: "Nobody is leaving."', "en")
    assert ("direct", "Nobody is leaving.") in [(q.kind, q.text) for q in qs]
    assert not any(q.kind == "indirect" and "Nobody" in q.text for q in qs)


def test_quotation_signed_with_a_dash_drops_the_full_stop_from_the_name():
    qs = quotes('Readers wrote to us.\n\n"The new bus lines are a disaster for our street." ― Paul Weller.\n', "en")
    assert qs[0].speaker.text == "Paul Weller"


def test_content_of_a_cue_in_a_fronted_subordinate_clause_ends_with_that_clause():
    qs = quotes("Although the director admitted the budget was tight, the museum will open in June.", "en")
    assert [(q.text, q.speaker.text) for q in qs] == [("the budget was tight", "the director")]


def test_content_ends_before_the_writers_own_contrasting_clause():
    q = find(quotes("The senator accused the auditor of hiding losses, though the records show no such thing.",
                    "en"), "hiding")
    assert q.text == "the auditor of hiding losses"


def test_a_participle_cue_after_an_adverb_starts_its_own_report():
    qs = quotes("The union complained about the night shifts after the vote, even suggesting the ballot had been "
                "rigged.", "en")
    assert [q.text for q in qs] == ["about the night shifts after the vote", "the ballot had been rigged"]
    assert all(q.speaker.text == "The union" for q in qs)


def test_subject_after_a_preposition_that_is_also_a_conjunction():
    qs = quotes("After county officials insisted in May that the dam was safe, the evacuation was called off.", "en")
    assert [(q.text, q.speaker.text) for q in qs] == [("that the dam was safe", "county officials")]


def test_object_after_a_cue_with_an_auxiliary_is_never_its_subject():
    # English puts the subject after the cue only in a bare closing frame ('…, said the mayor.')
    q = quotes('A number of senior Democrats has said the same thing -- "Nobody in this town trusts the plan."',
               "en")[0]
    assert q.speaker is None or "same thing" not in q.speaker.text
    q = quotes('"The bridge is safe," said the mayor.', "en")[0]
    assert q.speaker.text == "the mayor"


def test_subjects_of_quantity():
    for text, who in (("Only 41 percent of likely voters agreed that the governor had handled the flood well.",
                       "41 percent of likely voters"),
                      ("But some argue that the new toll will push traffic into the old town.", "some")):
        q = quotes(text, "en")[0]
        assert q.speaker is not None and q.speaker.text == who


def test_object_after_a_phrase_of_time():
    q = quotes("Prosecutors announced on Thursday the indictment of two former bank managers.", "en")[0]
    assert q.text == "the indictment of two former bank managers" and q.speaker.text == "Prosecutors"


def test_noun_phrase_after_that_is_never_the_cues_subject():
    q = quotes("In a talk with the editors of the Springfield Herald Smith said that U.S. spending on the "
               "alliance may need to shrink.", "en")[0]
    assert q.text.startswith("that U.S. spending") and q.speaker is not None and "Smith" in q.speaker.text


def test_contrast_and_subordinate_clauses_that_stay_inside_the_content():
    for text, content in (
            ("The minister said the deal was good, though not perfect.", "the deal was good, though not perfect"),
            ("She said the company, though small, had grown quickly.", "the company, though small, had grown "
                                                                       "quickly"),
            ("After the vote the chairman said the motion, backed by 40 members, had passed.",
             "the motion, backed by 40 members, had passed")):
        assert [q.text for q in quotes(text, "en")] == [content], text
    # the writer's own clause with its own source is no one else's
    qs = quotes("Jones accused the auditor of lying, though court records show the auditor was right.", "en")
    assert not any(q.speaker is not None and q.speaker.text == "Jones" and "right" in q.text for q in qs)


def test_no_subject_from_a_year_or_a_clause_of_until():
    for text in ("In 2019 many said the plan would fail.", "Until the mayor says otherwise, the policy stands."):
        assert not any(q.speaker is not None and ("2019" in q.speaker.text or "otherwise" in q.text)
                       for q in quotes(text, "en")), text


def test_told_an_addressee_then_a_quotation():
    for text, quote in (('Asked whether he regretted the remarks, the coach told reporters, "No, I stand by every '
                         'word."', "No, I stand by every word."),
                        ('She told the radio station: "We did nothing wrong."', "We did nothing wrong."),
                        ('The minister told a news conference in the capital: "We will not give in."',
                         "We will not give in.")):
        qs = quotes(text, "en")
        assert [(q.kind, q.text) for q in qs] == [("direct", quote)], text


def test_a_day_between_the_cue_and_its_clause_stays_out():
    q = quotes("Police said Tuesday the driver was arrested near the station.", "en")[0]
    assert q.text == "the driver was arrested near the station"


def test_numbers_and_people_familiar_with_the_matter():
    for text, who in (("Three people familiar with the talks said a deal was close.",
                       "Three people familiar with the talks"),
                      ("More than 40 percent of respondents said the city centre felt unsafe.",
                       "More than 40 percent of respondents")):
        q = quotes(text, "en")[0]
        assert q.speaker.text == who, (text, q.speaker)


def test_quoted_phrase_set_off_by_commas_stays_inside_the_reported_clause():
    for text in ('The inspector said the bridge, "a danger to everyone," would be closed.',
                 'Officials said the storm, "Hurricane Ida," was weakening.'):
        qs = quotes(text, "en")
        assert [q.kind for q in qs] == ["indirect"] and qs[0].text.startswith("the "), text


def test_relative_clause_inside_a_fronted_subordinate_clause():
    q = quotes("Although the mayor said the plan, which cost two million dollars, was a success, critics "
               "disagreed.", "en")[0]
    assert q.text == "the plan, which cost two million dollars, was a success"
    q = quotes("Three people familiar with the plan said it would fail.", "en")[0]
    assert q.speaker.text == "Three people familiar with the plan"


def test_longer_phrases_of_time_and_quantity():
    for text, content in (("The mayor said last week the pool would close in June.", "the pool would close in June"),
                          ("Police said Tuesday night the driver was arrested near the station.",
                           "the driver was arrested near the station")):
        assert quotes(text, "en")[0].text == content, text
    for text, who in (("More than half of voters said the mayor should resign.", "More than half of voters"),
                      ("About 200 residents said the water was brown.", "About 200 residents"),
                      ("Dozens of workers said they had not been paid.", "Dozens of workers")):
        assert quotes(text, "en")[0].speaker.text == who, text


def test_a_number_with_a_comma_is_one_word_and_no_clause_break():
    q = quotes("Some 2,000 protesters said the police had used force.", "en")[0]
    assert q.speaker.text == "Some 2,000 protesters"
    q = quotes('"It is over," then said the mayor.', "en")[0]
    assert q.speaker.text == "the mayor"


def test_a_subject_of_quantity_keeps_its_quantity_in_the_speakers_name():
    q = quotes("More than half of voters said the mayor should resign.", "en")[0]
    assert speaker(q) == "More than half of voters"


def test_words_after_the_frame_of_a_quotation_are_no_reported_speech():
    # after '"…," X said' a day, an outlet or a clause of time sets the scene: no second quote
    text = ('"We will not sign this deal in its current form," Governor Ann Sample said this week on Fox News. '
            '"The talks have to go on," the minister said Friday as he arrived in Brussels.')
    qs = quotes(text, "en")
    assert none_with(qs, "this week on Fox") and none_with(qs, "as he arrived")
    assert speaker(find(qs, "We will not sign")) == "Ann Sample"
    # a title in marks inside a sentence frames nothing: the clause after its cue is still reported
    q = find(quotes('On "The Evening Hour," the senator said she wanted to meet the families.', "en"),
             "she wanted to meet")
    assert q.kind == "indirect"


def test_paragraph_after_a_frame_ending_in_a_colon_is_what_was_said():
    # a block quotation whose marks the page's layout gave: the whole paragraph after "X added:"
    text = ("The governor spoke to reporters outside the statehouse.\n\nThe governor added:\n\n"
            "It is typical of the opposition. They have no plan for the roads, and they never stop talking.\n\n"
            "The vote on the budget is set for Monday.")
    qs = quotes(text, "en")
    q = find(qs, "typical of the opposition")
    assert q.text.endswith("never stop talking.") and speaker(q) == "governor"
    assert none_with(qs, "vote on the budget")
    # a frame with its own clause keeps it, and the paragraph after it is the writer's
    text = ("Analysts suggested that the mayor faces three tasks this week:\n\n"
            "Pass the budget, fill the vacancies and calm the unions.")
    assert none_with(quotes(text, "en"), "Pass the budget")


def test_a_relative_clause_after_the_frame_of_a_quotation_is_not_what_was_said():
    text = ('"We are not in a hurry," the chancellor told reporters after a long meeting that was held on a '
            'riverboat.')
    qs = quotes(text, "en")
    assert none_with(qs, "held on a riverboat")
    assert speaker(find(qs, "not in a hurry")) == "chancellor"
    # a second cue inside the frame keeps its clause
    text = ('"We have waited long enough," the attorney general said in a statement announcing that her office '
            'would sue the state over the new law.')
    assert find(quotes(text, "en"), "her office would sue").kind == "indirect"


def test_paragraphs_of_a_letter_an_interview_or_a_broken_quote_are_not_merged():
    # a salutation is no paragraph of speech running on
    text = ('"Dear neighbours,\n\n"We ask you to stop the demolition of the old library.\n\n'
            '"Please reply before Friday," the council wrote.')
    qs = quotes(text, "en")
    assert find(qs, "We ask you to stop").kind == "direct"
    assert speaker(find(qs, "Please reply before Friday")) == "council"
    # an interview's question and answer stay two quotes
    qs = quotes('"Q: Why did you leave the company?\n\n"A: It was simply time for a change."', "en")
    assert not any("Why did you leave" in q.text and "time for a change" in q.text for q in qs)
    # a mark left open inside a sentence does not run into the next speaker's quote
    text = ('Council member Ray Hunt called the proposal "a disaster for the taxpayers of this city.\n\n'
            '"We will vote no on Tuesday," said council member Ellen Cho.')
    assert speaker(find(quotes(text, "en"), "We will vote no")) == "Ellen Cho"


def test_a_phrase_of_time_after_a_quotations_frame_may_open_a_clause():
    qs = quotes('"We will not sign this agreement as written," Governor Tim Walsh said Friday the state would '
                'sue.', "en")
    assert find(qs, "the state would sue").kind == "indirect"
    # a short quotation frames the same way as a long one
    assert none_with(quotes('"We will rebuild," Mayor Ann Okafor said Wednesday at a news conference.', "en"),
                     "at a news conference")


def test_colon_frame_block_with_a_frame_or_label_of_its_own_is_the_writers():
    qs = quotes('The coach told reporters:\n\nThe team played well. "I am proud of them," said captain Maria '
                'Lopez.', "en")
    assert speaker(find(qs, "I am proud of them")) == "Maria Lopez"
    assert none_with(qs, "The team played well")
    assert quotes("Ms. Ruiz said:\n\nUPDATE: Ms. Ruiz later withdrew her comments on the budget.", "en") == []
    # the cue before the colon says who speaks
    q = find(quotes("Asked whether he would run again, Senator Ben Smith said:\n\n"
                    "I have not decided yet and I will talk to my family first.", "en"), "not decided yet")
    assert speaker(q) == "Ben Smith"
    # a paragraph whose own frame names a speaker is the writer's, not the block ("clarified" is a cue)
    qs = quotes("The mayor said:\n\nThe mayor later clarified that she meant only the downtown area.", "en")
    assert find(qs, "she meant only the downtown").text.startswith("that she meant")


def test_a_role_of_a_place_is_no_name_but_a_spokesman_speaks_for_the_body():
    qs = quotes("The mayor of Boston said the city would help the families who lost their homes.", "en")
    assert speaker(find(qs, "city would help")) == "mayor of Boston"
    qs = quotes("A spokesman for Greenpeace said the ship had left the harbour on Monday night.", "en")
    assert speaker(find(qs, "ship had left")) == "Greenpeace"


def test_an_unresolved_it_or_a_described_subject_does_not_speak():
    text = ('"This was a long night for all of us," Police Chief Ann Sample said on Friday. '
            'It was "the largest operation in the history of the state police."')
    assert speaker(find(quotes(text, "en"), "largest operation")) == "Ann Sample"
    qs = quotes("A representative of Greenpeace said the ship had left the harbour on Monday night.", "en")
    assert speaker(find(qs, "ship had left")) == "Greenpeace"


def test_a_verb_of_speaking_reports_only_its_topic():
    qs = quotes("On Thursday, however, the senator spoke to a crowd of farm workers in Iowa.", "en")
    assert none_with(qs, "a crowd of farm workers")
    assert none_with(quotes("She never spoke longer than ten minutes at any of her rallies.", "en"), "longer than")
    q = find(quotes("The judge spoke of the long history of the court and of its duties.", "en"), "long history")
    assert q.kind == "indirect" and speaker(q) == "judge"
    # the topic may come after whom it was told to
    qs = quotes("The bishop spoke to the congregation about forgiveness and the war in the north.", "en")
    assert find(qs, "about forgiveness").kind == "indirect"


def test_postposed_frame_with_a_subject_of_unknown_nouns():
    q = find(quotes("Rural counties in the north have far fewer doctors than the cities, other studies have shown.",
                    "en"),
             "fewer doctors")
    assert q.speaker.text == "other studies"
    q = find(quotes("Nine million jobs depend on exports to Canada, one chart says.", "en"), "exports to Canada")
    assert q.speaker.text == "one chart"
    # a first name that is also a source word ("per") is a name
    q = find(quotes('"We will appeal," said Per Lindqvist, the chief executive.', "en"), "We will appeal")
    assert speaker(q) == "Per Lindqvist"


def test_a_quoted_subheading_is_no_quote():
    text = ("The mill closed in 1998. \"I don't see what comes next,\" Mr. Hale said.\n\n"
            "'Ghost Town on the River.'\n\n"
            "Mr. Hale started his career in 1979. \"It was a fine time,\" he said.")
    assert none_with(quotes(text, "en"), "Ghost Town")


def test_a_quotation_framed_before_it_is_not_given_to_a_clause_after_it():
    text = ("The ad opens with footage of the mayor saying during a debate, “We will rebuild the bridge,” when "
            "the governor attacked him.")
    assert speaker(find(quotes(text, "en"), "We will rebuild")) == "mayor"


def test_lists_possessive_plurals_and_appositions_of_sources():
    # the last of a list is no new speaker
    q = find(quotes("The survey found that doctors, nurses, and teachers reported high stress.", "en"), "doctors")
    assert q.text.endswith("reported high stress") and speaker(q) == "survey"
    # a plural's possessive runs on to its head
    q = find(quotes("The workers' union said the strike would continue.", "en"), "the strike")
    assert q.speaker.text == "The workers' union"
    # the apposition of an opening source is the source's, not the content's
    q = find(quotes("According to Sam Ruiz, a spokesman for the sheriff's office in Dallas, the suspect was armed.",
                    "en"), "the suspect was armed")
    assert q.text == "the suspect was armed" and speaker(q) == "Sam Ruiz"
    q = find(quotes("According to the agency's director, Karen Wu, the budget is frozen.", "en"), "budget")
    assert q.text == "the budget is frozen" and speaker(q) == "Karen Wu"
    # a thing before the name is no role of it: the name opens what the report says
    q = find(quotes("According to the report, Karen Wu, the director, froze the budget.", "en"), "froze")
    assert q.text.startswith("Karen Wu")
    # a title the chunker leaves out of the name still opens the source
    q = find(quotes("According to Dr. Jane Park, an epidemiologist at the state university, the virus is spreading "
                    "fast.", "en"), "the virus")
    assert q.text == "the virus is spreading fast" and speaker(q) == "Jane Park"
    # an opening source frames its sentence, whatever noun ends it ("safety rules" is no cue with a subject)
    q = find(quotes("According to officials, the plant violated safety rules.", "en"), "the plant violated")
    assert q.text == "the plant violated safety rules" and speaker(q) == "officials"
    # a postposed frame's subject speaks, not the people the content is about
    q = find(quotes("Many parents were angry, the principal said.", "en"), "Many parents were angry")
    assert speaker(q) == "principal"


def test_an_opening_source_keeps_a_speaker_after_its_content():
    q = find(quotes("According to the ministry, the new rules take effect in May, a spokesman said.", "en"),
             "the new rules")
    assert speaker(q) == "spokesman" and "a spokesman said" not in q.text
    q = find(quotes("The school board said the budget would be cut.", "en"), "the budget")
    assert q.speaker.text == "The school board"


def test_institutions_named_in_title_case_are_whole_names():
    # link words inside a capitalised institution's name, and a name ending in an institution noun, make one
    # organisation; carried on by a link word other than "of" or "for" it is a proper name (one body in every
    # article), and "the council" after it is that council
    text = ("Tuition rose 6 percent in two years, according to the Alliance to Protect Public Colleges. "
            "The Council on Urban Housing said rents would keep climbing. "
            "The Halvorsen Policy Center said the cuts were modest. "
            "Some 4,000 students joined a “walk-out” on Friday, according to the organizer Campaign for Fair "
            "Fees (CFF). The council said it would review the plan. The union said it would join the "
            "protest.")
    qs = quotes(text, "en")
    alliance = find(qs, "Tuition rose")
    assert speaker(alliance) == "Alliance to Protect Public Colleges"
    assert alliance.speaker.speaker.kind == "organization" and alliance.speaker.speaker.named
    assert speaker(find(qs, "rents would keep")) == "Council on Urban Housing"
    center = find(qs, "the cuts were modest").speaker.speaker
    assert (center.name, center.kind) == ("Halvorsen Policy Center", "organization")
    walkout = find(qs, "4,000 students joined")  # the scare quote inside stays part of what was reported
    assert speaker(walkout) == "Campaign for Fair Fees"
    # "the council" is the Council named before it; "the union", named by its noun alone, is its article's
    assert speaker(find(qs, "review the plan")) == "Council on Urban Housing"
    union = find(qs, "join the protest").speaker.speaker
    assert union.name == "union" and not union.named
    # an of-word makes no proper name: "the Ministry of Defense" is a body of many countries
    defense = quotes("The Ministry of Defense said the drills would end on Friday.", "en")[0].speaker.speaker
    assert defense.name == "Ministry of Defense" and defense.kind == "organization" and not defense.named


def test_postposed_speaker_with_a_dotted_title_and_an_apposition():
    # "said Mr. Burke" (the title's full stop ends nothing), and a surname alone with an apposition
    text = ("Leonard Burke said the index was out of date. Prices rose 4 percent last year, said Mr. Burke, an economist "
            "at the bank. Rents will keep climbing, said Dr. Amy Stone. Wages lag behind, said Okafor, a "
            "union organizer.")
    qs = quotes(text, "en")
    burke = find(qs, "Prices rose 4 percent last year")
    assert burke.text == "Prices rose 4 percent last year"
    assert speaker(burke) == "Leonard Burke"
    assert burke.speaker.text == "Mr. Burke, an economist at the bank"
    assert speaker(find(qs, "Rents will keep climbing")) == "Amy Stone"
    okafor = find(qs, "Wages lag behind")
    assert okafor.text == "Wages lag behind" and speaker(okafor) == "Okafor"


def test_partial_quotation_closing_on_its_comma_before_a_postposed_frame():
    # the quoted words are part of the reported clause (English convention), which keeps its closing mark
    text = ("The levy is “a costly detour for renters,” said Mr. Ruiz, a tax lawyer. "
            "Critics called the budget “a mess,” but the mayor said it would pass. "
            "The treasurer said the fund was “nearly empty.”")
    qs = quotes(text, "en")
    levy = find(qs, "The levy is")
    assert levy.kind == "indirect" and levy.text == "The levy is “a costly detour for renters,”"
    assert speaker(levy) == "Ruiz"
    mayor = find(qs, "it would pass")
    assert mayor.text == "it would pass" and speaker(mayor) == "mayor"
    assert find(qs, "the budget").text == "the budget “a mess,”"
    assert find(qs, "the fund was").text == "the fund was “nearly empty.”"


def test_chanted_shouted_and_quipped_are_verbs_of_saying():
    text = ("Hundreds marched to City Hall on Friday.\n\nProtesters outside the building chanted “No more "
            "cuts!” as police watched. “We are not done,” one organizer shouted over the crowd. The budget is "
            "a fairy tale, council member Jo Park quipped.")
    qs = quotes(text, "en")
    assert find(qs, "No more cuts").speaker.text == "Protesters"
    assert find(qs, "We are not done").kind == "direct"
    assert speaker(find(qs, "The budget is a fairy tale")) == "Jo Park"
    # the same verbs in their other senses report nothing
    other = ("Oil prices snapped a three-week rally on Friday. The fans shouted abuse at the referee. The "
             "visitors countered with a goal in the last minute.")
    assert quotes(other, "en") == []


def test_according_to_with_a_role_apposition_or_a_comparison_after_it_frames_the_sentence_before():
    text = ("Hunger rose sharply last year, according to Cara Bell, head of the food program at Clark College "
            "in Maine, and two colleagues. The richest 1 percent would see their incomes rise by "
            "as much as 12 percent, according to the Tax Policy Institute, more than double what it forecast "
            "for the middle class.")
    qs = quotes(text, "en")
    assert find(qs, "Hunger rose").text == "Hunger rose sharply last year"
    assert speaker(find(qs, "Hunger rose")) == "Cara Bell"
    rich = find(qs, "The richest 1 percent")
    assert rich.text.endswith("as much as 12 percent") and speaker(rich) == "Tax Policy Institute"
    assert none_with(qs, "two colleagues") and none_with(qs, "for the middle class")


def test_a_long_quotation_closing_on_its_comma_ends_the_content_before_a_clause_of_contrast():
    text = ('The senator said she raises trade more often now because "farmers in my state ask me about it every '
            'week," though she conceded the bill would not pass this year.')
    qs = quotes(text, "en")
    assert find(qs, "she raises trade").text.endswith('every week,"')
    assert find(qs, "the bill would not pass").cue == "conceded"


def test_an_apposition_of_unknown_nouns_or_a_relative_after_the_speaker_ends_the_frame():
    text = ("Farmers have been hit hardest by the drought, said Dr. Okafor, an agronomist. Rents will keep "
            "climbing, said Mr. Farrow, who has lived in the same apartment since 1998. Congressman Tom Reed's "
            "wife, Jean Reed, said the family was relieved.")
    qs = quotes(text, "en")
    farmers = find(qs, "Farmers have been hit")
    assert farmers.text == "Farmers have been hit hardest by the drought" and speaker(farmers) == "Okafor"
    assert find(qs, "Rents will keep").text == "Rents will keep climbing"
    assert speaker(find(qs, "the family was relieved")) == "Jean Reed"


def test_an_addressee_after_told_is_neither_content_nor_the_end_of_a_frame():
    text = ("Budget talks resume.\n\nThe plan will fail, the mayor told reporters. Taxes will rise next year, "
            "Sen. Ann Lee told The Boston Globe on Thursday. Robert Sample, the finance chair, told reporters "
            "the money was set aside. The treasurer told the council the budget was balanced.")
    qs = quotes(text, "en")
    assert find(qs, "The plan will fail").text == "The plan will fail"
    assert speaker(find(qs, "Taxes will rise")) == "Ann Lee"
    assert none_with(qs, "Boston Globe")
    assert find(qs, "the money was set aside").text == "the money was set aside"
    assert find(qs, "the budget was balanced").text == "the budget was balanced"


def test_relative_clauses_demonstratives_of_time_and_no_as_an_article():
    text = ("Growth will slow, said Hannah Birch, who expects two more increases. Mr. Pruitt, the agency "
            "director, said no decision had been made. The coach said the team was at its best that afternoon. "
            "The Pew Research Center said 62 percent of adults use the app. The center said the share had "
            "risen. The board voted 7-2 on Monday.")
    qs = quotes(text, "en")
    assert find(qs, "Growth will slow").text == "Growth will slow"
    assert speaker(find(qs, "no decision had been made")) == "Pruitt"
    assert find(qs, "at its best").text == "the team was at its best that afternoon"
    assert speaker(find(qs, "the share had risen")) == "Pew Research Center"
    assert none_with(qs, "7-2")


def test_a_participle_after_a_frame_is_the_frames_speakers():
    qs = quotes("Prices rose sharply, the report said, citing data from the Labor Department.", "en")
    assert find(qs, "data from the Labor Department").speaker.text == "the report"


def test_the_subject_of_a_subordinate_clause_says_what_its_cue_reports():
    q = find(quotes("Shares of Orvia fell after the parent company said it would cut 2,000 jobs.", "en"), "cut 2,000")
    assert q.speaker.text == "the parent company"


def test_titles_in_title_case_inside_a_sentence_are_no_quotes_but_cries_are():
    text = ("Budget talks resume.\n\nOn Tuesday's episode of “The Morning Desk With Ray Lund,” the governor said she "
            "would sign the bill. In his book, “Raise a Saver in Ten Steps,” Mr. Oduya suggested cutting card "
            "spending. “Lock Her Up!” the crowd chanted. “We Will Not Back Down,” the mayor said.")
    qs = quotes(text, "en")
    assert none_with(qs, "The Morning Desk") and none_with(qs, "Raise a Saver")
    assert find(qs, "Lock Her Up").kind == "direct"
    assert speaker(find(qs, "We Will Not Back Down")) == "mayor"
    assert find(qs, "she would sign the bill").kind == "indirect"


def test_third_review_cases_of_frames_titles_and_subjects():
    text = ("Budget talks resume.\n\nGovernor Ann Pike greeted the delegates and said: “Welcome to Ohio.” At the "
            "end of the speech, the mayor said, “Thank You, And God Bless.” The firm is exploring a sale, two "
            "people familiar with the matter said. The mayor said that Tuesday was a good day for the city. "
            "Mr. Keller's wife said the family would appeal the ruling. Sales dropped 4 percent, the company said "
            "Tuesday, citing weak demand in China.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "Welcome to Ohio")) == "Ann Pike"
    assert find(qs, "Thank You, And God Bless").kind == "direct"
    assert find(qs, "exploring a sale").speaker.text == "two people familiar with the matter"
    assert find(qs, "Tuesday was a good day").text == "that Tuesday was a good day for the city"
    assert speaker(find(qs, "would appeal the ruling")) == "Keller's wife"
    assert find(qs, "weak demand in China").speaker.text == "the company"


def test_addressees_with_a_time_or_a_possessive_and_a_participle_closing_a_frame():
    text = ("Budget talks resume.\n\nMayor Joan Hale told reporters on Tuesday the strike was over. Coach Mike Dorn "
            "told his players the season was not over. The strike is over, Mayor Joan Hale told reporters "
            "during a news conference at City Hall on Tuesday. The school will close, the district said, ending "
            "a century of classes.")
    qs = quotes(text, "en")
    assert [q.text for q in qs if "strike" in q.text] == ["the strike was over", "The strike is over"]
    assert find(qs, "the season was not over").text == "the season was not over"
    assert find(qs, "The school will close").text == "The school will close"
    assert none_with(qs, "news conference")


def test_a_cue_word_heading_a_subject_before_its_verb_reports_nothing():
    # "ruling", "plans", "question" are nouns here: what follows is the sentence's predicate, not a content
    text = ("Court weighs transit levy.\n\nA 4-4 ruling would keep the levy in force. The county's rail plans don't "
            "add up. A hard question remains for the board. Pike's plan would cut the levy by half. "
            "The fares, which she said were too high, will rise.")
    qs = quotes(text, "en")
    assert none_with(qs, "keep the levy in force") and none_with(qs, "add up") and none_with(qs, "for the board")
    assert speaker(find(qs, "cut the levy by half")) == "Pike"  # a named owner's plan is hers
    assert none_with(quotes("Fares rise.\n\nGovernor Lisa Tran's claim was disputed by her rivals.", "en"), "disputed")
    assert find(qs, "were too high").speaker.text == "she"


def test_present_tense_forms_of_cues_frame_like_their_past():
    text = ("Bridge costs climb.\n\nThe budget office estimates that the bridge will cost $40 million. The mayor "
            "recounts that the river rose within an hour. The union reminds members that the strike starts "
            "Monday. Ms. Ruiz compares the levy to a toll on every commuter. The council apologizes for the delay.")
    qs = quotes(text, "en")
    assert find(qs, "the bridge will cost").speaker.text == "The budget office"
    assert speaker(find(qs, "the river rose")) == "mayor"
    assert find(qs, "the strike starts Monday").speaker.text == "The union"
    assert speaker(find(qs, "the levy to a toll")) == "Ruiz"
    assert find(qs, "for the delay").speaker.text == "The council"


def test_a_coordinated_clause_with_its_own_speaker_and_cue_ends_the_content():
    text = ("Talks stall.\n\nOkafor stressed that the audit was not finished, and opposition lawmakers warned "
            "that the talks would stall. The center says the levy would cut revenue, but would eventually add "
            "$80 million.")
    qs = quotes(text, "en")
    assert find(qs, "the audit was not finished").text == "that the audit was not finished"
    assert find(qs, "the talks would stall").speaker.text == "opposition lawmakers"
    assert find(qs, "would cut revenue").text.endswith("would eventually add $80 million")
    text = ("Flights delayed.\n\nThe airline said the delays were caused by a software fault, and passengers said "
            "they had waited six hours without food. The ministry said the water was safe, and villagers told "
            "reporters that their children had fallen ill.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "waited six hours")) == "passengers"  # not the airline
    assert speaker(find(qs, "children had fallen ill")) == "villagers"
    q = find(quotes("Storm.\n\nSenator Ruth Gale opposed the bill, and sometimes says it would ruin farmers.", "en"),
             "ruin farmers")
    assert speaker(q) == "Ruth Gale"  # an adverb in -s is no subject


def test_a_relative_clause_set_off_by_commas_ends_its_content_at_the_comma():
    text = ("Fares rise.\n\nThe fares, which she said were too high, rose again in March. Senator Lee Carr, who has "
            "campaigned for the levy since 2019, called it a fair deal.")
    qs = quotes(text, "en")
    assert find(qs, "were too high").text == "were too high"
    assert find(qs, "for the levy").text == "for the levy since 2019"
    q = find(quotes("Rents.\n\nThe law, which she said would, in her view, protect renters, passed on Tuesday.", "en"),
             "protect renters")
    assert q.text == "would, in her view, protect renters"  # an aside between commas is no end


def test_a_foreign_name_in_marks_is_no_quote():
    text = ('Election in Paris.\n\nThe party "Rassemblement pour la Nation Libre" won the district on Sunday. '
            'The striker was named "Spieler der Saison" by the league.')
    qs = quotes(text, "en")
    assert none_with(qs, "pour la Nation") and none_with(qs, "der Saison")


def test_a_participle_after_a_quotation_and_its_comma_is_the_sentence_subjects():
    text = "Senate.\n\nThe senator said the levy was “dead on arrival”, adding that she would vote against it."
    assert find(quotes(text, "en"), "vote against it").speaker.text == "The senator"


def test_a_question_or_cry_before_a_named_speakers_frame_is_theirs():
    # a capital after '?"' starts a new sentence; the frame after it still belongs to the quotation
    text = ('Water crisis.\n\n"It is a shameful decision," Councillor Ada Baker said.\n\n'
            '"How long must we wait?" Luis Moreno asked. "The water is still brown."\n\n'
            '"We won!" Coach Ann Lee shouted to the crowd.')
    qs = quotes(text, "en")
    q = find(qs, "How long must we wait?")
    assert speaker(q) == "Luis Moreno" and "still brown" in q.text  # not Baker's, and one quote with its end
    assert speaker(find(qs, "We won!")) == "Ann Lee"
    # a verb with its own content after it is a report of its own, not the frame of the question before
    qs = quotes('Vote.\n\n"Will it pass?" Luis Moreno said the vote would be close.', "en")
    assert find(qs, "the vote would be close").kind == "indirect"
    # a slogan inside a sentence is no quotation the next sentence frames
    qs = quotes('March.\n\nThey marched under the banner "Jobs now!" Mayor Lee said the march was calm.', "en")
    assert none_with(qs, "Jobs now")


def test_a_short_reply_that_is_a_sentence_of_its_own_is_speech():
    text = ('Vote.\n\n"I will," Anna Berg said to the crowd. "I will, friends."\n\n'
            'The plan was discussed on the show "Newsroom."')
    qs = quotes(text, "en")
    assert find(qs, "I will, friends").text.startswith("I will,")  # joined with its first part
    assert speaker(find(qs, "I will, friends")) == "Anna Berg"
    assert none_with(qs, "Newsroom")  # a title inside a sentence stays no quote


def test_a_pronoun_after_a_sentence_with_a_new_subject_is_that_persons():
    # the sentence between the quote and the pronoun reports nothing, but its subject is the person meant
    text = ('Banks.\n\n"You blamed the tellers," Senator Jo Merritt said. "That is not leadership."\n\n'
            'In a statement, Governor Ann Shaw was more careful than her colleagues. She called the conduct of '
            'the bank shameful and said that executives should return their bonuses.')
    qs = quotes(text, "en")
    assert speaker(find(qs, "executives should return")) == "Ann Shaw"
    assert speaker(find(qs, "That is not leadership")) == "Jo Merritt"
    # a phrase with a preposition before the subject of a sentence with no cue
    text = ('Clinic.\n\n"We need more nurses," Mayor Tom Reed said on Monday.\n\n'
            'On Tuesday, Senator Anna Smith toured the clinic with its staff. She said the wait was too long.')
    assert speaker(find(quotes(text, "en"), "the wait was too long")) == "Anna Smith"


def test_a_clause_with_where_after_the_frame_is_no_postposed_frame():
    text = ('Schools.\n\n"Our schools are at risk," Mayor Tom Reed said on Friday at the union hall in Dayton, where '
            'Governor Ann Shaw also spoke.\n\nMayor Lina Ortiz said the roads were unsafe at a rally in Akron, where '
            'Senator Jo Merritt also spoke.')
    qs = quotes(text, "en")
    assert speaker(find(qs, "Our schools are at risk")) == "Tom Reed"
    assert speaker(find(qs, "the roads were unsafe")) == "Lina Ortiz"
    assert not [q for q in qs if speaker(q) in ("Ann Shaw", "Jo Merritt")]
    # "as" still frames what comes before it
    assert speaker(find(quotes("Plan.\n\nThe plan will fail, as the governor said.", "en"), "plan will fail")) == \
        "governor"


def test_an_interrupted_quotation_is_one_even_where_its_frame_reports_something():
    text = ('Roads.\n\n"We cannot wait any longer," said Tom Hale, speaking of the county budget. "The roads are '
            'falling apart."\n\n"Now is the moment to act," said Dan Ortiz, who led the union from 2001 to 2005, and '
            'has backed the mayor since her first campaign. "The plan should be ready by Friday."')
    qs = quotes(text, "en")
    hale = find(qs, "falling apart", kind="direct")
    assert hale.text.startswith("We cannot wait") and speaker(hale) == "Tom Hale"
    ortiz = find(qs, "ready by Friday", kind="direct")
    assert ortiz.text.startswith("Now is the moment") and speaker(ortiz) == "Dan Ortiz"


def test_clerical_and_police_titles_with_a_full_stop_do_not_end_the_sentence():
    text = ('Flood.\n\nThe Dayton Ledger reported a rise in rents on Monday.\n\n"The city will never be the same," '
            'said the Rev. Paul Okoro, of Elm Street Baptist Church. "We found nothing," said Det. Sgt. Ann Morrow.')
    qs = quotes(text, "en")
    assert speaker(find(qs, "never be the same")) == "Paul Okoro"  # not the newspaper named before
    assert speaker(find(qs, "We found nothing")) == "Ann Morrow"


def test_a_title_after_a_noun_or_a_naming_participle_is_no_quote():
    text = ('Raids.\n\nPolice launched an operation dubbed "Clean Sweep" on Monday, Chief Ann Lee said. The report '
            '"Falling Behind" appeared in May, the union said.')
    qs = quotes(text, "en")
    assert not [q for q in qs if q.kind == "direct"]  # the names stay inside what Lee and the union said
    text = 'Raids.\n\nPolice launched an operation dubbed "Clean Streets for Every Neighborhood" on Monday.'
    assert none_with(quotes(text, "en"), "Clean Streets")  # a name, not the police's words


def test_a_role_noun_finds_a_person_introduced_in_a_sentence_without_a_cue():
    text = ('Flood.\n\nEnvironment Minister Grace Ndlovu toured the flooded village with farmer Bill Hodge on Saturday. '
            '"The government will not abandon you," the minister told residents.')
    assert speaker(find(quotes(text, "en"), "will not abandon you")) == "Grace Ndlovu"
    # a possessor opening such a sentence is not the role's person, nor a new name for the company
    text = ("Mine.\n\nOrwell Coal's lawyers filed the papers in May. Orwell Coal said it would sell the mine. "
            "Orwell said that the deal would close in June.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "the deal would close")) == "Orwell Coal"


def test_a_pronoun_after_a_titled_full_name_in_a_sentence_without_a_cue():
    text = ('School.\n\n"Uniforms save families money," said parent Tom Nwosu. Mrs. Priya Shah shook her head. "They '
            'are expensive and uncomfortable," she said.')
    assert speaker(find(quotes(text, "en"), "expensive and uncomfortable")) == "Priya Shah"


def test_a_common_noun_opening_the_sentence_before_a_company_name_is_its_description():
    text = ("Rail.\n\nRail operator Linea said the delays were caused by a signal fault. Software maker Nortek said "
            "the update would ship in May. Cruz urges Texans to vote early, the campaign said.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "caused by a signal fault")) == "Linea"
    assert speaker(find(qs, "would ship in May")) == "Nortek"
    assert speaker(find(qs, "to vote early")) != "Texans"  # a verb after the first word: no description


def test_an_interrupted_quotation_keeps_the_words_said_as_its_text():
    text = ('Ferry.\n\n"Is this the end of the line?" asked Peter Hallam, who has run the boat for 22 years. '
            '"I do not think so. People here need it."')
    q = find(quotes(text, "en"), "People here need it")
    assert q.text == "Is this the end of the line? … I do not think so. People here need it."
    assert "asked Peter Hallam" in text[q.start:q.end]  # the offsets still run over the frame


def test_police_ranks_stay_out_of_the_name():
    q = find(quotes("Crime.\n\nDetective Inspector Rachel Moss said the house had been empty for weeks.", "en"),
             "house had been empty")
    assert speaker(q) == "Rachel Moss"


def test_the_company_is_the_business_last_named():
    text = ("Recall.\n\nNorden Motors said in a statement that a faulty brake sensor could fail in cold weather. The "
            "company said no accidents had been reported.")
    assert speaker(find(quotes(text, "en"), "no accidents had been reported")) == "Norden Motors"


def test_an_inverted_subject_of_quantity_is_its_of_phrase():
    text = ('March.\n\n"Jobs now!" chanted hundreds of protesters. "We want our jobs back," said dozens of workers '
            'outside the hall.')
    qs = quotes(text, "en")
    assert speaker(find(qs, "Jobs now")) == "protesters"
    assert speaker(find(qs, "our jobs back")) == "workers"


def test_a_question_before_a_sentence_that_reports_something_of_its_own_is_not_framed_by_it():
    text = ('Storm.\n\nThe storm damaged the school roof.\n\n"Who will pay?" Mayor Tom Reed said on Tuesday that the '
            'state would cover the costs.\n\n"Help!" Neighbours said in interviews that they heard a scream.')
    qs = quotes(text, "en")
    assert find(qs, "the state would cover the costs").kind == "indirect"
    assert find(qs, "they heard a scream").kind == "indirect"
    assert not [q for q in qs if q.text in ("Who will pay?", "Help!") and q.speaker is not None]


def test_the_answer_to_a_question_put_to_someone_is_not_the_askers():
    text = ('Interview.\n\n"Will you resign?" asked host Nina Park, turning to the minister. "Absolutely not, I have '
            'done nothing wrong."\n\n"Is this the end?" asked Peter Hallam, who runs the ferry. "I do not think so."'
            '\n\n"What did you expect?" asked Home Secretary Priya Nand, turning to the committee. "We followed the '
            'rules at every stage."')
    qs = quotes(text, "en")
    assert speaker(find(qs, "nothing wrong")) != "Nina Park"
    assert find(qs, "nothing wrong").text.startswith("Absolutely")  # not joined to the question
    assert speaker(find(qs, "I do not think so")) == "Peter Hallam"  # other words go on with the asker
    assert speaker(find(qs, "followed the rules")) == "Priya Nand"


def test_a_short_quote_alone_after_a_sentence_without_a_quote_stays_unattributed():
    text = ('Library.\n\nThe council announced the closure of the library on Friday.\n\n"Why now?" Critics said the '
            'timing was suspicious.')
    qs = quotes(text, "en")
    assert not [q for q in qs if "Why now" in q.text and speaker(q) == "council"]


def test_speech_after_an_addressee_is_no_title():
    text = 'Trial.\n\nStanding in the dock, Rosa Perez told the court "I am innocent" in a steady voice.'
    assert "I am innocent" in find(quotes(text, "en"), "I am innocent").text
    text = 'Water.\n\nThe message "Do not drink the tap water" was sent to homes by the water board.'
    assert find(quotes(text, "en"), "Do not drink").kind == "direct"


def test_a_pronoun_after_an_apposition_subject_is_that_person():
    text = ('Vote.\n\nAfter the vote, Mayor Linda Reyes left the chamber. Her deputy, Joan Pike, stayed behind to answer '
            'questions. "We did our best," she said.')
    assert speaker(find(quotes(text, "en"), "We did our best")) == "Joan Pike"


def test_the_company_is_a_business_never_a_union_or_a_person_named_in_between():
    text = ("Union.\n\nThe union GMB said talks with Carrow Foods had collapsed. The company said it had made a fair "
            "offer.\n\nRidley Construction, a building company based in Leeds, won the contract. Council leader Mo "
            "Khan said he was pleased.\n\nThe company said work would start in May.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "a fair offer")) == "Carrow Foods"
    assert speaker(find(qs, "start in May")) == "Ridley Construction"


def test_the_company_prefers_a_body_introduced_with_that_noun_and_the_subject():
    text = ("Deal.\n\nBrenton Motors will buy batteries from Voltcell Inc. under a new deal. The company said the "
            "contract was worth $2 billion.")
    assert speaker(find(quotes(text, "en"), "worth $2 billion")) == "Brenton Motors"
    text = ("Airline.\n\nShares in Nordlane Airlines fell 8% after the crash. The airline said it was cooperating "
            "with investigators.")
    assert speaker(find(quotes(text, "en"), "cooperating with investigators")) == "Nordlane Airlines"


def test_quoted_as_saying_is_the_quoted_persons_words_via_the_source():
    text = ("Test.\n\nThe agency KCNA quoted leader Kim Jong Un as saying the launch was a great success. Reuters "
            "quoted a company spokesman as saying the plant would close.")
    qs = quotes(text, "en")
    q = find(qs, "a great success")
    assert speaker(q) == "Kim Jong Un" and q.via is not None and q.via.speaker.name == "KCNA"
    q = find(qs, "the plant would close")
    assert speaker(q) == "company spokesman" and q.via.speaker.name == "Reuters"


def test_it_is_a_body_never_a_person():
    text = ('Court.\n\n"This ruling changes nothing," said Lars Holt, chief executive of Nordpipe. Environmental group '
            'Clean Water Now welcomed the decision. "Today the river won," it said in a statement.\n\nThe ministry of '
            'health said on Monday that the vaccine was safe. It said more data would be published soon.')
    qs = quotes(text, "en")
    assert speaker(find(qs, "the river won")).startswith("Clean Water")  # ("Now" read as a time word)
    assert speaker(find(qs, "more data would be published")) == "ministry of health"
    q = find(quotes("Bridge.\n\nMayor Ann Reed opened the bridge. It said in a statement that traffic would flow "
                    "again.", "en"), "traffic would flow")
    assert speaker(q) != "Ann Reed"


def test_a_closing_frame_with_an_adverb_of_time_and_a_clause_after_it():
    text = ("Strike.\n\nAirport workers will return on Monday, union leader Gary Platt said late on Friday, after a deal "
            "was reached on overtime pay.")
    q = find(quotes(text, "en"), "return on Monday")
    assert q.text == "Airport workers will return on Monday" and speaker(q) == "Gary Platt"


def test_an_adverb_of_time_with_content_after_it_is_no_closing_frame():
    text = "Trip.\n\nHale, a Republican, said later he would return on Monday from the summit."
    q = find(quotes(text, "en"), "would return on Monday")
    assert speaker(q) == "Hale" and "a Republican" not in q.text


def test_a_pronoun_with_a_contracted_verb_is_the_subject():
    text = ("Bridge.\n\nMayor Tom Reed visited the site on Monday. He’s argued that the bridge must close for a "
            "year. Residents disagree. They've warned that shops would suffer.")
    q = find(quotes(text, "en"), "the bridge must close")
    assert speaker(q) == "Tom Reed" and q.speaker.text == "He"
    q = find(quotes(text, "en"), "shops would suffer")
    assert q.speaker is not None and q.speaker.text == "They"
    # a possessive stays in its name
    q = find(quotes("Bridge.\n\nReed's deputy, Ann Cole, said the bridge was safe.", "en"), "the bridge was safe")
    assert speaker(q) == "Ann Cole"


def test_the_first_person_in_the_frame_is_the_writer():
    text = ("Opinion.\n\nSenator Dale Pratt has proposed a new tax on fuel. As I've argued before, the tax would hurt "
            "farmers most. We asked readers whether they agree.")
    qs = quotes(text, "en")
    assert none_with(qs, "would hurt farmers")  # the writer's aside reports nothing of anyone's
    q = find(qs, "whether they agree")
    assert q.speaker.text == "We" and speaker(q) is None


def test_the_writers_aside_leaves_the_sentence_to_its_own_frame():
    text = ("Rates.\n\nMayor Tim Ross met shop owners on Tuesday. As we reported last week, he's promised to cut "
            "business rates.\n\nTransport Secretary Olu Adeyemi, as we reported yesterday, said the rail link was "
            "dead.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "to cut business rates")) == "Tim Ross"
    q = find(qs, "the rail link was dead")
    assert speaker(q) == "Olu Adeyemi" and q.text == "the rail link was dead"


def test_a_quotation_in_the_wire_style():
    text = ("Economy.\n\nKaito Mori, the minister of finance, said ``The downturn will last for some time. We need to "
            "prepare for a weaker yen.''")
    q = find(quotes(text, "en"), "downturn will last")
    assert q.kind == "direct" and speaker(q) == "Kaito Mori"
    assert q.text == "The downturn will last for some time. We need to prepare for a weaker yen."


def test_a_noun_after_its_determiner_closing_a_clause_frames_nothing_before_it():
    text = ("Taxes.\n\nStung by the criticism, as well as by a poor poll, Governor Ann Shaw revised her plan, promising "
            "to cut taxes for families.")
    qs = quotes(text, "en")
    assert none_with(qs, "Stung by the criticism")
    assert speaker(find(qs, "to cut taxes for families")) == "Ann Shaw"
    # a quantity word before the cue is its subject: a frame
    q = find(quotes("Vote.\n\nThe plan will fail, some said.", "en"), "The plan will fail")
    assert q.speaker is not None and q.speaker.text == "some"


def test_compared_with_is_no_speech():
    text = ("Jobs.\n\nPrices rose 4 percent in March, compared to 2 percent a year earlier. In the north, women earned "
            "$51,000, compared with $60,000 for men.")
    assert quotes(text, "en") == []
    q = find(quotes("Debate.\n\nSenator Dale Pratt compared the budget to a leaking boat.", "en"), "a leaking boat")
    assert speaker(q) == "Dale Pratt"


def test_the_subject_of_a_passive_cue_is_no_speaker_of_what_came_before():
    text = ("Camp.\n\nThe camp will close in May, residents were told. Worse still, the guards have been blamed for "
            "the outbreak of cholera.")
    qs = quotes(text, "en")
    assert none_with(qs, "The camp will close") and none_with(qs, "Worse still")
    text = "Camp.\n\nThe camp will close in May, it was announced on Monday."
    assert find(quotes(text, "en"), "The camp will close").speaker.text == "it"
    text = "Camp.\n\nThe camp will close in May, Mayor Ann Reed was quoted as saying."
    assert speaker(find(quotes(text, "en"), "The camp will close")) == "Ann Reed"


def test_an_unanswered_request_for_comment_is_no_quote():
    text = ("Fees.\n\nA spokeswoman for the county did not immediately respond to a request for comment on Friday. The "
            "mayor's office did not respond to repeated requests for comment.")
    assert quotes(text, "en") == []
    q = find(quotes("Fees.\n\nMayor Ann Reed responded to the criticism of the fees.", "en"), "criticism of the fees")
    assert speaker(q) == "Ann Reed"


def test_a_phrase_before_a_closing_frame_is_no_content():
    text = "Mine.\n\nMayor Dale Ross visited the mine. Through her lawyer, she refused to elaborate."
    assert none_with(quotes(text, "en"), "Through her lawyer")
    q = find(quotes("Mine.\n\nIn short, the mine will close, he said.", "en"), "the mine will close")
    assert q.text == "In short, the mine will close"


def test_no_join_over_a_frame_that_goes_on_with_a_clause_of_its_own():
    text = ("Rally.\n\n“Are we winning?” Joan Pike said, but Tom was asleep, and as the senator went on about “a rigged "
            "system,” she turned off the television.")
    qs = quotes(text, "en")
    q = find(qs, "Are we winning?")
    assert q.text == "Are we winning?" and speaker(q) == "Joan Pike"


def test_a_question_keeps_its_frame_when_a_clause_of_its_own_follows_the_comma():
    text = "Rally.\n\n“Are we winning?” Joan Pike asked, adding that she was tired of waiting."
    qs = quotes(text, "en")
    assert speaker(find(qs, "Are we winning?")) == "Joan Pike"
    assert speaker(find(qs, "tired of waiting")) == "Joan Pike"


def test_a_surname_finds_the_full_name_from_a_sentence_without_a_cue():
    text = ("Farm.\n\nThe co-owners of the dairy, Nora Quill and Jess Darby, have fallen out over its future. Quill told "
            "investors the farm should be sold. \"We built this to last,\" Darby said.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "should be sold")) == "Nora Quill"
    assert speaker(find(qs, "built this to last")) == "Jess Darby"
    # two people of that surname: left as it is
    text = ("Farm.\n\nTom Quill and Ann Quill run the dairy. Quill said the farm should be sold.")
    assert speaker(find(quotes(text, "en"), "should be sold")) == "Quill"


def test_per_is_a_source_only_before_a_body_a_role_or_a_noun_of_saying():
    text = "Jobs.\n\nThe minister said unemployment rose by 3 per cent last year."
    q = find(quotes(text, "en"), "unemployment rose")
    assert speaker(q) == "minister" and q.text == "unemployment rose by 3 per cent last year"
    q = find(quotes("Jobs.\n\nThe plant will close in May, per the company.", "en"), "plant will close")
    assert q.speaker.text == "the company"


def test_a_subject_with_a_relative_clause_or_an_apposition_before_said_and_a_clause():
    text = ("Noise.\n\nJane Roe, who lives next to the depot, said she could not sleep. The operator, Citylink Buses, "
            "said it was investigating.")
    qs = quotes(text, "en")
    q = find(qs, "could not sleep")
    assert q.text == "she could not sleep" and speaker(q) == "Jane Roe"
    assert speaker(find(qs, "it was investigating")) == "Citylink Buses"


def test_a_phrase_of_time_or_of_a_statement_between_said_and_its_clause():
    text = ("Council.\n\nThe mayor said on Tuesday she would resign. Sandmoor Energy said in a statement it was "
            "investigating the cause.")
    qs = quotes(text, "en")
    assert find(qs, "she would resign").text == "she would resign"
    assert speaker(find(qs, "it was investigating")) == "Sandmoor Energy"


def test_a_cue_with_an_infinitive_after_it_closes_no_frame():
    text = "Rates.\n\nAfter the vote, the mayor promised to cut business rates."
    q = find(quotes(text, "en"), "cut business rates")
    assert q.text == "to cut business rates" and speaker(q) == "mayor"


def test_a_wire_style_quotation_after_another_sentence():
    text = ("Grain.\n\nFarm Minister Tomas Reyes on Wednesday defended a grain deal with three neighbours. ``This deal "
            "protects our farmers,'' Reyes told reporters in the capital.")
    q = find(quotes(text, "en"), "protects our farmers")
    assert q.kind == "direct" and q.text == "This deal protects our farmers," and speaker(q) == "Tomas Reyes"


def test_a_live_blog_time_is_no_part_of_the_name_or_the_quote():
    text = ("Live: Floods\n\n09:12 Police have closed the A41 between Northby and Kell.\n\n10:05 Council leader Amy "
            "Rhodes told BBC Radio Aster that 40 homes had been evacuated overnight.")
    q = find(quotes(text, "en"), "40 homes")
    assert speaker(q) == "Amy Rhodes" and q.speaker.speaker.kind == "person"


def test_an_addressee_before_a_colon_closing_the_paragraph_is_no_content():
    text = ("Speech.\n\nPrime Minister Aileen Brock told the party conference on Wednesday:\n\n\"We have come through "
            "the hardest of times.\"")
    qs = quotes(text, "en")
    assert none_with(qs, "party conference")
    assert speaker(find(qs, "hardest of times")) == "Aileen Brock"


def test_a_product_recall_is_no_speech_and_a_letter_label_no_speaker():
    assert quotes("Recall.\n\nCarmaker Torvik is recalling 80,000 vehicles over a brake fault.", "en") == []
    q = find(quotes("Bridge.\n\nMayor Ann Reed recalled that the bridge had failed twice.", "en"), "failed twice")
    assert speaker(q) == "Ann Reed"
    qs = quotes("Letter: The parking charges are unfair\n\nI have lived in Ashby for 40 years.", "en")
    assert all(q.speaker is None or q.speaker.text != "Letter" for q in qs)


def test_a_debate_transcript_gives_each_labelled_paragraph_to_its_speaker():
    text = ("Transcript: the county debate\n\nCandidates Rosa Ingram and Victor Hale met on Thursday. An edited "
            "transcript follows.\n\nMODERATOR: Let's start with roads. Ms Ingram?\n\nINGRAM: I would fix the bridges "
            "first.\n\nMODERATOR: Mr Hale?\n\nHALE: Bridges can wait, schools cannot.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "fix the bridges first")) == "Rosa Ingram"
    assert speaker(find(qs, "schools cannot")) == "Victor Hale"
    assert none_with(qs, "start with roads")
    # one label is no transcript, and a caption names no one
    assert quotes("Bridge.\n\nThe bridge is closed.\n\nPhoto: Ann Lee", "en") == []


def test_the_name_in_apposition_after_a_possessor_and_its_noun_is_the_speaker():
    text = ("Show.\n\nCelebrity chef Robin Sayer has quit the show. Sayer's co-presenter, Toni Marsh, said the news had "
            "come as a shock. The chief constable's lawyer, Dean Hart, said his client denied any wrongdoing.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "come as a shock")) == "Toni Marsh"
    assert speaker(find(qs, "denied any wrongdoing")) == "Dean Hart"
    q = find(quotes("Court.\n\nThe mayor's lawyer, Dean Hart, said his client was innocent.", "en"), "innocent")
    assert speaker(q) == "Dean Hart" and q.speaker.speaker.descriptions == ["mayor's lawyer"]


def test_british_role_spellings():
    q = find(quotes("March.\n\nOrganiser Beth Kane said the turnout had been huge.", "en"), "turnout")
    assert speaker(q) == "Beth Kane"


def test_a_body_and_a_role_before_a_persons_name():
    text = ("Budget.\n\nDorrin CEO Tim Sorel said the plan was a good one. Unity general secretary Mo Danby said the "
            "budget had forgotten workers.")
    qs = quotes(text, "en")
    q = find(qs, "a good one")
    assert speaker(q) == "Tim Sorel" and "Dorrin CEO" in q.speaker.speaker.descriptions
    assert speaker(find(qs, "forgotten workers")) == "Mo Danby"
    q = find(quotes("Planes.\n\nNorland Aero and Pell North America plan to build the engines in Ohio.", "en"),
             "build the engines")
    assert speaker(q) != "North America"


def test_quoted_as_saying_with_the_name_in_apposition():
    text = ("Library.\n\nThe Gazette quoted the council's leader, Maria Osborne, as saying that difficult choices had "
            "to be made.")
    q = find(quotes(text, "en"), "difficult choices")
    assert speaker(q) == "Maria Osborne" and q.via is not None


def test_a_passive_cue_with_an_infinitive_reports_nothing():
    # (no one's words: what he is expected to do is the writer's report of an expectation, by no one named)
    text = ("Resign.\n\nHealth Minister Gavin Rowe resigned on Tuesday. He is expected to make a statement on "
            "Wednesday. His officials have been told to draw up cheaper plans.")
    assert [(q.text, q.speaker) for q in quotes(text, "en")] == [
        ("He is expected to make a statement on Wednesday", None)]
    q = find(quotes("Resign.\n\nRowe promised to make a statement on Wednesday.", "en"), "make a statement")
    assert speaker(q) == "Rowe"


def test_a_surname_with_a_title_keeps_a_namesake_of_the_other_gender_apart():
    text = ("Bakery.\n\nAnna and Mark Weller founded the bakery in 1995. Mr. Weller said business had never been better. "
            "Mrs. Weller said she planned to retire next year.")
    qs = quotes(text, "en")
    mr, mrs = speaker(find(qs, "never been better")), speaker(find(qs, "retire next year"))
    assert mr != mrs and mrs != "Mark Weller"
    # the first name tells no gender: a title finds a full name only where the article gave it that gender
    text = ("Inn.\n\nMark Weller has run the inn with his wife for three decades. \"We are tired,\" Mrs. Weller said.")
    assert speaker(find(quotes(text, "en"), "We are tired")) != "Mark Weller"
    text = "Inn.\n\nMr. Mark Weller has run the inn for three decades. \"We are tired,\" Mr. Weller said."
    assert speaker(find(quotes(text, "en"), "We are tired")) == "Mark Weller"


def test_a_capitalised_adjective_is_no_surname_and_hearsay_no_speech():
    text = ("Pitch.\n\nLucy Young coaches the under-12s at Brook Park. Young players said the new pitch was too "
            "hard.\n\nFormer banker Rex Hall fled in 2019. He's said to be living in Dubai.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "pitch was too hard")) != "Lucy Young"
    assert none_with(qs, "living in Dubai")


def test_a_list_of_results_is_no_transcript():
    text = ("Vote.\n\nNora Feldman and Peter Osei were the two candidates for mayor.\n\nNora Feldman: 12,403 votes "
            "(52.1 per cent).\n\nPeter Osei: 11,398 votes (47.9 per cent).")
    assert none_with(quotes(text, "en"), "votes")


def test_a_bare_name_opening_a_sentence_without_a_cue_is_no_antecedent():
    # a company, a club or a country reads like a first name and a surname: a pronoun finds none of them
    for first in ("Goldman Sachs cut its growth forecast.", "Costa Rica beat Panama 2-0 on Saturday.",
                  "Human Rights Watch published the report on Tuesday."):
        text = "Markets.\n\n" + first + " The outlook was grim, he said."
        assert speaker(find(quotes(text, "en"), "outlook was grim")) is None
    # nor does a title's capital make a full name of an initial
    q = find(quotes('Interview Q&A\n\nQ: "Do you regret the decision?" Mayor Lin Park: "No."', "en"), "regret")
    assert speaker(q) != "Interview Q"

def test_a_body_of_several_words_its_role_and_the_person():
    q = find(quotes("Budget.\n\nChamber of Commerce president Alan Frye said the plan was good.", "en"), "plan was good")
    assert speaker(q) == "Alan Frye" and q.speaker.speaker.descriptions == ["Chamber of Commerce president"]


def test_while_another_speaker_said_is_a_quote_of_its_own():
    text = ("Budget.\n\nMayor Alan Frye said the budget would help growth, while Tessa Wrenn of the Small Firms "
            "Federation said the rise in fuel duty would hurt rural businesses.")
    qs = quotes(text, "en")
    assert find(qs, "help growth").text == "the budget would help growth"
    assert speaker(find(qs, "fuel duty")) == "Tessa Wrenn"


def test_said_in_a_statement_closing_a_text_without_a_full_stop():
    quotes('Court.\n\n"We have waited long enough," the attorney general said in a statement', "en")  # no error
    text = 'Court.\n\n"We have waited long enough," the attorney general said in a statement on Monday'
    assert find(quotes(text, "en"), "waited long enough").kind == "direct"


def test_a_transcript_finds_short_and_earlier_resolved_labels():
    text = ("Debate.\n\nCandidates Rosa Ingram, Ann Lee and Victor Tully met on Thursday.\n\nMODERATOR: Roads first. "
            "Ms Ingram?\n\nINGRAM: I would fix the bridges first.\n\nLEE: Bridges can wait, schools cannot.\n\n"
            "TULLY: I agree with neither of them today.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "bridges first")) == "Rosa Ingram"
    assert speaker(find(qs, "schools cannot")) == "Ann Lee"
    assert speaker(find(qs, "neither of them")) == "Victor Tully"


def test_the_deputy_finds_the_person_described_as_someones_deputy():
    text = ("Court.\n\nMayor Tom Reed resigned. Reed's deputy, Ann Cole, said the city would go on. \"We are ready,\" "
            "the deputy said.")
    assert speaker(find(quotes(text, "en"), "We are ready")) == "Ann Cole"


def test_labelled_lists_without_a_first_person_are_no_transcript():
    text = ("Where the parties stand.\n\nThree parties are fighting for the seat: Labour, the Greens and the Liberal "
            "Democrats.\n\nLabour: Promises 300 council homes and a new bus depot on the old gasworks site.\n\n"
            "Greens: Want the incinerator closed by 2030 and a free shuttle bus to the hospital.")
    assert quotes(text, "en") == []
    text = ("Festival.\n\nThe festival will feature folk singer Ann Leigh and comedian Tom Bains, organisers said.\n\n"
            "Leigh: Friday main stage, from 9pm, after the fireworks over the lake.\n\nBains: Saturday comedy tent, "
            "from 6pm, with a special guest from Dublin.")
    assert none_with(quotes(text, "en"), "main stage")
    text = ("Debate recap.\n\nThe two candidates, Greenway and Tullis, clashed on Monday night.\n\nGREENWAY: Four "
            "hundred homes a year is the minimum, and I will deliver them.\n\nTULLIS: My opponent has never built "
            "a shed, and voters know it.")
    assert speaker(find(quotes(text, "en"), "I will deliver")) == "Greenway"


def test_a_role_abbreviated_in_capitals_is_a_role_not_a_body():
    text = ('Factory to close\n\nThe Stoxley plant will close in June. "It is a dark day for the town," said local MP '
            'Gregory Fenn.')
    q = find(quotes(text, "en"), "dark day")
    assert speaker(q) == "Gregory Fenn" and q.speaker.speaker.descriptions == ["local MP"]
    text = "Bridge\n\nSNP MSP Fiona Baird said the bridge was unsafe."
    q = find(quotes(text, "en"), "bridge was unsafe")
    assert speaker(q) == "Fiona Baird" and q.speaker.speaker.descriptions == ["SNP MSP"]
    text = "Profits\n\nThe firm will double its profits next year, the CEO said."
    q = find(quotes(text, "en"), "double its profits")
    assert q.speaker.text == "the CEO" and q.speaker.speaker.kind == "person"


def test_a_clause_of_reports_is_not_the_words_of_who_denied_them():
    """"Denied reports that …", "declined to comment on claims that …": the clause is the reports', so the quote
    is the whole phrase, never the subject saying what they denied."""
    text = "Mayor under pressure\n\nMayor Tom Hale on Monday denied media reports that he would resign."
    q = find(quotes(text, "en"), "he would resign")
    assert q.text == "media reports that he would resign" and speaker(q) == "Tom Hale"
    text = "Deal\n\nThe ministry declined to comment on claims that the deal was signed in secret."
    assert find(quotes(text, "en"), "signed in secret").text.startswith("claims that")
    text = "Deal\n\nThe ministry said on Monday that the deal was signed in public."
    assert find(quotes(text, "en"), "signed in public").text == "that the deal was signed in public"
    text = "Club silent\n\nDunmore FC has not commented on reports that its manager will leave."
    q = find(quotes(text, "en"), "manager will leave")
    assert q.text.startswith("reports that") and q.speaker.speaker.kind == "organization"  # ("FC": a club)


def test_they_is_never_one_person_named_before():
    text = ("Brown water\n\nMayor Tom Hale visited the street on Monday. Residents gathered outside the town hall. They "
            "said the water had been brown for weeks.")
    q = find(quotes(text, "en"), "brown for weeks")
    assert q.speaker.text == "They" and speaker(q) == "Residents"
    text = "Talks\n\nMayor Tom Hale met the union leaders on Monday. They said the talks had been constructive."
    assert speaker(find(quotes(text, "en"), "constructive")) != "Tom Hale"
    text = ("Strike\n\nThe rail unions met on Monday to discuss the pay offer. They've warned that services could stop "
            "over Easter.")
    assert speaker(find(quotes(text, "en"), "services could stop")) == "rail unions"
    text = ("Stabbing\n\nPolice arrested a 34-year-old man in Kingsford on Sunday after a stabbing. They said he was being "
            "held on suspicion of attempted murder.")
    assert speaker(find(quotes(text, "en"), "being held")) == "Police"  # (a body is "they" too)
    text = ("Merger\n\nHalbury Foods and Fenwick Dairies agreed a merger on Monday. They said the combined group would "
            "keep all 14 factories open.")
    assert speaker(find(quotes(text, "en"), "combined group")) is None  # (both, which no one speaker is)
    # a company whose name ends in a business word is no "he"
    text = ("Founder steps back\n\nHarlow Tech announced on Monday that its founder, David Kerr, would step back. He "
            "said he wanted to spend more time with his family.")
    assert speaker(find(quotes(text, "en"), "more time")) == "David Kerr"


def test_a_clause_opening_with_a_quantity_after_said():
    text = "Famine warning\n\nUNICEF said more than two million children were at risk of malnutrition."
    q = find(quotes(text, "en"), "two million children")
    assert q.text == "more than two million children were at risk of malnutrition" and speaker(q) == "UNICEF"
    text = "Crash\n\nPolice said about 40 people were injured."
    assert find(quotes(text, "en"), "40 people").text == "about 40 people were injured"


def test_a_short_clause_with_a_pronoun_is_reported():
    text = "Absent\n\nThe mayor missed the meeting on Monday. Her deputy said she was ill."
    q = find(quotes(text, "en"), "was ill")
    assert q.text == "she was ill" and q.speaker.text == "Her deputy"


def test_a_full_name_with_a_first_name_of_one_gender_is_a_pronouns_antecedent():
    text = "Bakery\n\nTom Sayer, 45, has run the bakery for twenty years. He said rising flour prices were hurting business."
    assert speaker(find(quotes(text, "en"), "flour prices")) == "Tom Sayer"
    # not someone who died, nor a company
    text = "Crash\n\nTom Berg died in the crash on Sunday. The road had been icy for days, he said."
    assert speaker(find(quotes(text, "en"), "icy for days")) != "Tom Berg"
    text = "Fares\n\nCritics of rail operator Linea said fares were far too high."
    assert speaker(find(quotes(text, "en"), "far too high")) == "Linea"


def test_a_description_before_a_name_and_a_role_of_a_longer_name():
    text = "Seafront\n\nShop owner Derek Manning said he had lost customers since the works began."
    assert speaker(find(quotes(text, "en"), "lost customers")) == "Derek Manning"
    # the role holder speaks, not the place or the person the role belongs to
    text = "Bus lane\n\nThe mayor of Castleford Bay said the bus lane would stay."
    q = find(quotes(text, "en"), "bus lane would stay")
    assert speaker(q) == "mayor of Castleford Bay" and not q.speaker.speaker.named
    text = "Court\n\nThe lawyer of Tom Hale said the charges were false."
    assert speaker(find(quotes(text, "en"), "charges were false")) != "Tom Hale"
    # a company named inside a description is still "the company"
    text = ("Strike\n\nWorkers at Brennan Foods voted to strike, the union Unite said on Monday. The company said it was "
            "disappointed by the result.")
    assert speaker(find(quotes(text, "en"), "disappointed")) == "Brennan Foods"


def test_a_first_name_and_surname_after_a_body_word_are_a_person():
    text = "Talks\n\nSecretary of State Mike Pompeo said the talks would go on."
    q = find(quotes(text, "en"), "talks would go on")
    assert speaker(q) == "Mike Pompeo" and q.speaker.speaker.kind == "person"
    text = ("Cup\n\nManager Tom Herrera praised his team after the win. \"They showed real character,\" Herrera said. "
            "Striker Jamal Okafor, 19, scored both goals. He said it was a dream come true.")
    assert speaker(find(quotes(text, "en"), "dream come true")) == "Jamal Okafor"


def test_an_age_noun_points_back_like_a_pronoun():
    text = "Court\n\nTom Hale was arrested on Friday. The 34-year-old told officers he was innocent."
    assert speaker(find(quotes(text, "en"), "innocent")) == "Tom Hale"


def test_two_hyphens_and_a_horizontal_bar_are_dashes():
    # a dash typed as "--" or "―" ends a content before another speaker's quotation, as "—" does
    for dash in ("--", "―", "—"):
        text = ("Council\n\nWhen Jane Roe noted that the council had missed its target " + dash + " a point nobody " +
                "disputed " + dash + " Tom Hale replied, \"We will catch up by spring.\"")
        qs = quotes(text, "en")
        q = find(qs, "missed its target")
        assert speaker(q) == "Jane Roe" and "spring" not in q.text
        q = find(qs, "catch up by spring")
        assert q.kind == "direct" and speaker(q) == "Tom Hale"
        # an apposition between dashes sits between the subject and its verb
        text = ("Debate\n\nAdam Pell " + dash + " co-author of a book on debates, a study of the candidates " + dash +
                " said the candidate liked to make news at such events.")
        assert speaker(find(quotes(text, "en"), "liked to make news")) == "Adam Pell"


def test_a_quotation_in_doubled_apostrophes_after_an_addressee():
    text = ("Media\n\nTom Veld, the chief executive of Lumen Media, told me, ''We are a content provider, nothing "
            "more.'' As for politics, he said, ''Which outlet is not taking sides?''")
    qs = quotes(text, "en")
    q = find(qs, "content provider")
    assert q.kind == "direct" and q.text.startswith("We are") and speaker(q) == "Tom Veld"
    q = find(qs, "taking sides")
    assert q.kind == "direct" and q.text.startswith("Which") and speaker(q) == "Tom Veld"


def test_a_that_clause_after_another_subject_and_cue_is_theirs():
    # the complementizer after ", Tom Hale said" belongs to "said", not to the verb of the clause before
    text = "Debt\n\nWhen he wrote his first book, Tom Hale said that he saw debt as a last resort."
    q = find(quotes(text, "en"), "last resort")
    assert speaker(q) == "Tom Hale" and q.cue == "said"


def test_a_second_verb_after_a_conjunction_shares_a_subject_of_common_nouns():
    text = "Divorce\n\nHis former wife agreed, but contended that the files should stay sealed."
    q = find(quotes(text, "en"), "should stay sealed")
    assert q.speaker is not None and q.speaker.text == "His former wife"


def test_an_inserted_frame_with_a_day_after_its_cue():
    text = "Budget\n\nThe new ferry terminal, Tom Hale said Friday, would cost far more than planned."
    q = find(quotes(text, "en"), "far more")
    assert speaker(q) == "Tom Hale" and "ferry terminal" in q.text and not q.text.startswith("Friday")


def test_an_aside_between_dashes_after_a_name_or_a_noun():
    text = ("Trial\n\nThe defendant's lawyer, Paul Greer -- a former prosecutor -- told the jury that the evidence "
            "was thin.")
    assert speaker(find(quotes(text, "en"), "evidence was thin")) == "Paul Greer"
    text = "Paper\n\nThe editor -- Joseph Lelyveld -- told the staff, ''We will correct the record.''"
    q = find(quotes(text, "en"), "correct the record")
    assert q.kind == "direct" and speaker(q) == "Joseph Lelyveld"
    text = ("Hearing\n\nGen. Mark Tilley -- then the chief of staff -- told lawmakers that the pullout had been \"a "
            "failure.\"")
    assert speaker(find(quotes(text, "en"), "pullout had been")) == "Mark Tilley"
    # a second verb after "but" keeps the subject's name in apposition
    text = ("Divorce\n\nMr. Lyle's former wife, Janet Lyle, agreed, but contended that the house had been bought with "
            "her money.")
    q = find(quotes(text, "en"), "bought with her money")
    assert speaker(q) == "Janet Lyle" and q.text.startswith("that")


def test_two_sides_in_one_sentence_joined_by_a_comma():
    text = "Budget\n\nDemocrats said the budget was balanced, Republicans said it relied on accounting tricks."
    qs = quotes(text, "en")
    assert speaker(find(qs, "was balanced")) == "Democrats" and "tricks" not in find(qs, "was balanced").text
    assert speaker(find(qs, "accounting tricks")) == "Republicans"


def test_the_who_is_a_body_and_frames_between_dashes():
    text = "Outbreak\n\nThe WHO said the outbreak was contained. The measures worked, the WHO added."
    qs = quotes(text, "en")
    q = find(qs, "outbreak was contained")
    assert speaker(q) == "WHO" and q.speaker.speaker.kind == "organization"
    text = "Court\n\nThe ruling -- Justice Ann Kagel wrote -- ignores decades of settled law."
    q = find(quotes(text, "en"), "settled law")
    assert speaker(q).endswith("Ann Kagel")
    # a second speaker with a title after the comma
    text = "Vaccine\n\nDr. Anne Hollis said the vaccine was safe, Dr. Kevin Lowe said supplies remained limited."
    qs = quotes(text, "en")
    assert speaker(find(qs, "vaccine was safe")) == "Anne Hollis" and "supplies" not in find(qs, "vaccine was safe").text
    assert speaker(find(qs, "supplies remained")) == "Kevin Lowe"


def test_more_verbs_of_saying():
    text = "Bill\n\nSenator Jane Roe reiterated that the bill would pass before the summer recess."
    assert speaker(find(quotes(text, "en"), "bill would pass")) == "Jane Roe"
    text = "Council\n\nThe mayor speculated that the vote could slip into next year."
    assert find(quotes(text, "en"), "could slip").speaker.text == "The mayor"


def test_a_phrase_opening_a_that_clause_is_no_end_of_the_content():
    # the comma closes the phrase that opens the clause; the clause's own subject and verb follow
    text = "Audit\n\nTom Hale said that after the audit was published, the company admitted errors in its books."
    q = find(quotes(text, "en"), "after the audit")
    assert speaker(q) == "Tom Hale" and q.text.endswith("errors in its books")
    text = "Emissions\n\nThe report said that by 2030, the government expects emissions to fall by half."
    q = find(quotes(text, "en"), "fall by half")
    assert q.text.startswith("that by 2030") and q.speaker.text == "The report"


def test_an_acronym_its_role_and_the_person_named():
    text = "Alliance\n\nNATO Secretary-General Lars Hovland said the alliance would respond in kind."
    assert speaker(find(quotes(text, "en"), "respond in kind")) == "Lars Hovland"
    text = "Storm\n\nFEMA Administrator Deanne Criswell said aid was on its way to the coast."
    assert speaker(find(quotes(text, "en"), "on its way")) == "Deanne Criswell"


def test_a_pronoun_subject_after_a_body_and_its_role_words_does_not_crash():
    # found by the fuzz run: the body before a role and a name stays while the speaker becomes a pronoun
    text = ("in Commerce der chargé -on juge per Ingrid will people twice Mr. Mouvement Chamber ihren human sagte datt "
            "Mr. Amtsantritt Offiziellen Tim husband mused Berg Michelle Die the In , documentaire kritisiert Seng nach "
            "déclaré rights der as claim sie :")
    qs = quotes(text, "en")
    assert all(0 <= q.start <= q.end <= len(text) for q in qs)


def test_a_coordinated_cue_after_an_auxiliary_or_adverb_ends_the_first_content():
    # the same subject's second verb of saying is an attribution of its own, not part of the first one's object
    text = "Budget\n\nThe governor urged local councils to trim their payrolls but has insisted she will shield school budgets."
    qs = quotes(text, "en")
    assert find(qs, "local councils").text == "local councils to trim their payrolls"
    assert find(qs, "shield school budgets").speaker.text == "The governor"
    text = ("Taxes\n\nThe senator has criticized the carve-outs that benefit hedge funds, and has repeatedly called for "
            "ending the break on carried interest.")
    qs = quotes(text, "en")
    assert "ending" not in find(qs, "hedge funds").text
    assert find(qs, "carried interest").speaker.text == "The senator"
    # in a reported clause with a verb of its own, the second verb is that clause's subject's: the union called for it
    text = "Union\n\nThe mayor said the union has repeatedly attacked her and has called for her resignation."
    q = find(quotes(text, "en"), "attacked her")
    assert q.text.endswith("her resignation") and speaker(q) == "mayor"
    # a modal goes on with the reported clause: "would add" is the company's plan, not a second attribution
    text = "Plants\n\nThe company said it would close two plants in Ohio, but would add jobs at a battery site."
    q = find(quotes(text, "en"), "close two plants")
    assert q.text.endswith("battery site")


def test_a_cue_in_a_relative_clause_has_its_nearest_antecedent():
    text = ("Donors\n\nMs. Roe unveiled a list of donors -- most of whom gave before -- who liked her record in "
            "contrast to Tom Hale who lacks any record in office and has attacked the unions and their leaders.")
    q = find(quotes(text, "en"), "the unions")
    assert speaker(q) == "Tom Hale"


def test_a_place_of_several_words_before_a_role_is_no_name():
    # "New York" before "judge" or "businessman" describes the person; it had become a person named "New York",
    # merged with a newspaper of the same article
    text = "Divorce file stays sealed\n\nA Rhode Island judge rejected a request from the Daily Ledger to open the file."
    q = find(quotes(text, "en"), "to open the file")
    assert speaker(q) == "Rhode Island judge" and not q.speaker.speaker.named
    text = ("Rally\n\nThe New York Ledger reported the figures on Monday. Tom Hale spoke in Ohio. "
            "The Rhode Island businessman said he would cut taxes for every family.")
    q = find(quotes(text, "en"), "cut taxes")
    assert speaker(q) == "Rhode Island businessman"


def test_no_before_a_full_stop_ends_the_sentence():
    text = "Vote\n\nCongresswoman Dana Reyes said she would vote no. The mayor said the fares would rise in March."
    qs = quotes(text, "en")
    assert find(qs, "vote no").text == "she would vote no"
    assert speaker(find(qs, "fares would rise")) == "mayor"
    text = "Office\n\nThe prime minister said the meeting at No. 10 Downing Street would go ahead."
    assert find(quotes(text, "en"), "meeting at").text.endswith("would go ahead")


def test_titles_of_local_and_federal_office_are_roles():
    # a title of local or federal office finds the person it was written before
    text = 'Vote\n\nCouncilman Tom Hale spoke on Monday. "The fares are too high," the councilman said.'
    assert speaker(find(quotes(text, "en"), "fares are too high")) == "Tom Hale"


def test_a_name_before_a_common_noun_is_its_modifier():
    # "The Vermont native" is someone from Vermont, not a person named "Vermont"
    text = "Campaign\n\nSenator Tom Hale spoke in Columbus on Monday. The Vermont native said he would not seek a third term."
    q = find(quotes(text, "en"), "third term")
    assert q.speaker.text == "The Vermont native" and speaker(q) == "Vermont native" and not q.speaker.speaker.named
    # after "a" too, whatever follows the noun: "A Tom Hale ad … questioned" is the ad's, no person's
    text = "Ads\n\nA Tom Hale ad last spring questioned whether his rival could handle a crisis."
    q = find(quotes(text, "en"), "handle a crisis")
    assert q.speaker.text == "A Tom Hale ad" and speaker(q) != "Tom Hale"
    # a company's ad speaks for the company
    text = "Ads\n\nA Harlow Motors ad last spring questioned whether the rival truck could tow a boat."
    assert speaker(find(quotes(text, "en"), "tow a boat")) == "Harlow Motors"


def test_a_question_opening_with_an_auxiliary_names_no_one_and_add_up_is_no_saying():
    text = "Tax\n\nWould you say the plan was fair? Has the governor said the plan would work? Nobody knows."
    qs = quotes(text, "en")
    assert not any(speaker(q) in ("Would", "Has") for q in qs)
    assert speaker(find(qs, "plan would work")) == "governor"
    text = ("Savings\n\nMr. Kell told readers to drop the small things that add up to a large sum each month. "
            "''I never tell people what to buy,'' he said.")
    qs = quotes(text, "en")
    assert not any(q.cue == "add" for q in qs)
    assert speaker(find(qs, "I never tell")) == "Kell"


def test_someones_lawyer_or_doctor_is_not_that_person():
    text = "Court\n\nTom Hale's lawyer said his client would plead not guilty to every charge."
    q = find(quotes(text, "en"), "plead not guilty")
    assert speaker(q) == "Tom Hale's lawyer" and not q.speaker.speaker.named
    text = "Race\n\nTom Hale's rival said the councilman had broken every promise on housing."
    assert speaker(find(quotes(text, "en"), "broken every promise")) == "Tom Hale's rival"
    text = "Health\n\nLibertarian mayoral candidate Gary Lane's doctor has described his patient as “fit as a fiddle.”"
    q = find(quotes(text, "en"), "fit as a fiddle")
    assert speaker(q) not in ("Gary Lane", "Libertarian") and "doctor" in speaker(q)


def test_capitalised_adjectives_opening_the_sentence_are_no_name():
    text = "Visit\n\nIndependent trade analysts said the visit would raise the country's standing in Washington."
    assert speaker(find(quotes(text, "en"), "raise the country")) == "Independent trade analysts"
    # a surname and its verb before a role and a name stay the subject
    text = "Budget row\n\nReed hit rival Tom Kay with a string of attacks on Friday, saying he had lied about the budget."
    assert speaker(find(quotes(text, "en"), "lied about the budget")) == "Reed"


def test_an_abbreviation_opening_a_place_name_is_part_of_it():
    text = ("City\n\nSt. Louis Mayor Tina Ward said the budget was balanced. Later, the mayor said the city would hire "
            "more police officers.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "budget was balanced")) == "Tina Ward"
    assert speaker(find(qs, "hire more police")) == "Tina Ward"


def test_a_partys_word_keeps_nominees_apart_and_names_a_member():
    text = ("Debate\n\nThe Republican presidential nominee said he would win Ohio. The Democratic presidential nominee "
            "predicted she would win Florida.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "win Ohio")) == "Republican presidential nominee"
    assert speaker(find(qs, "win Florida")) == "Democratic presidential nominee"
    text = "Vote\n\nThe Oregon Republican said she would vote against the water bill next week."
    q = find(quotes(text, "en"), "water bill")
    assert speaker(q) == "Oregon Republican" and not q.speaker.speaker.named
    text = "Ads\n\nThe Republican National Committee said it would spend heavily on television in October."
    assert speaker(find(quotes(text, "en"), "spend heavily")) == "Republican National Committee"


def test_a_role_of_two_words_is_no_part_of_the_name():
    text = ("State\n\nAttorney General Ruth Calder said the law was unconstitutional. Later, the attorney general said "
            "she would appeal the ruling.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "unconstitutional")) == "Ruth Calder"
    assert speaker(find(qs, "appeal the ruling")) == "Ruth Calder"
    text = "Summit\n\nSecretary General Piet Ansen said the alliance was united."
    assert speaker(find(quotes(text, "en"), "alliance was united")) == "Piet Ansen"


def test_a_possessors_adjectives_and_role_and_adjectives_before_a_role_are_no_name():
    text = "Talks\n\nBritain's foreign secretary said the talks would resume in Geneva next month."
    q = find(quotes(text, "en"), "resume in Geneva")
    assert speaker(q) == "Britain's foreign secretary" and not q.speaker.speaker.named
    text = "Talks\n\nWestern diplomats said the deal was close. Senior Democratic aides said the vote would slip."
    qs = quotes(text, "en")
    assert speaker(find(qs, "deal was close")) == "Western diplomats"
    assert speaker(find(qs, "vote would slip")) == "Senior Democratic aides"


def test_a_place_opening_the_sentence_keeps_its_first_word():
    # "New" is written in lower case elsewhere in the article, but opens the name "New York" here
    text = "City\n\nNew York Mayor Ellen Price said the new budget was balanced."
    q = find(quotes(text, "en"), "budget was balanced")
    assert speaker(q) == "Ellen Price" and q.speaker.speaker.descriptions == ["New York Mayor"]
    # a noun before a first name stays a description; a capitalised function word or cue is no name
    text = "Homes\n\nA developer bought the site. Developer Kevin Shaw said a playground would be built first."
    assert speaker(find(quotes(text, "en"), "playground")) == "Kevin Shaw"
    text = "Tax\n\nSaid Tom Ellis: the plan will not pass. Neither Hale nor his aides were charged with a crime."
    assert not any((speaker(q) or "").startswith(("Said", "Neither")) for q in quotes(text, "en"))
    # "Mt." and "Ft." end no sentence
    text = "Clinic\n\nDoctors at Mt. Ayrith Hospital said the patient was stable."
    assert find(quotes(text, "en"), "patient was stable").speaker.text == "Doctors at Mt. Ayrith Hospital"


def test_a_title_and_a_first_name_of_one_gender_introduce_a_pronouns_antecedent():
    text = "Troops\n\nGen. Ann Cole visited the troops on Monday. She said morale was high."
    assert speaker(find(quotes(text, "en"), "morale was high")) == "Ann Cole"
    text = "Clinic\n\nDr. Ian Moss toured the new clinic. He said the waiting lists would shrink."
    assert speaker(find(quotes(text, "en"), "waiting lists")) == "Ian Moss"


def test_a_relative_pronoun_right_before_the_cue_speaks_for_its_antecedent():
    text = "Suit\n\nThe company was sued by residents who said the plant had polluted their wells for years."
    assert speaker(find(quotes(text, "en"), "polluted their wells")) == "residents"
    # not the body someone works at
    text = ("Mail\n\nJon Bent, an aide at the Interior Ministry who warned that the memo would leak, "
            "resigned on Friday.")
    assert speaker(find(quotes(text, "en"), "memo would leak")) == "Jon Bent"


def test_a_relative_clause_closing_an_object_is_its_own_attribution():
    text = "Hearing\n\nLawmakers questioned Ellen Shaw, who told them the software had been tested twice."
    q = find(quotes(text, "en"), "software had been tested")
    assert speaker(q) == "Ellen Shaw" and q.text == "the software had been tested twice"
    text = "Race\n\nSenator Dale Voss endorsed Ann Reyes, who says she is grateful for the support."
    assert speaker(find(quotes(text, "en"), "grateful for the support")) == "Ann Reyes"
    # not a clause with a subject of its own before its verb, nor a passive
    text = "Schools\n\nThe teachers criticized the funding formula, which advocates say hurts poor districts."
    assert not any(speaker(q) == "funding formula" for q in quotes(text, "en"))


def test_speaker_chancellor_and_party_plurals_are_roles_and_a_month_can_be_a_surname():
    text = "Vote\n\nHouse Speaker Ann Dorsey said the vote would slip. Later, the speaker said she regretted the delay."
    qs = quotes(text, "en")
    assert speaker(find(qs, "vote would slip")) == "Ann Dorsey"
    assert speaker(find(qs, "regretted the delay")) == "Ann Dorsey"
    text = "Vote\n\nFrustrated Republicans said the bill was dead on arrival in the Senate."
    q = find(quotes(text, "en"), "dead on arrival")
    assert speaker(q) == "Frustrated Republicans" and not q.speaker.speaker.named
    text = ("Talks\n\nPrime Minister Helen May said the country would leave the bloc in March. May said the talks "
            "had been hard. In May the talks ended.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "talks had been hard")) == "Helen May"


def test_a_role_word_can_be_a_surname_and_a_description_before_a_first_name_is_none():
    text = ("Baseball\n\nOutfielder Tom Speaker said the team would bounce back. Speaker said the injuries had hurt. "
            "House Speaker Ann Dorsey said the vote would slip.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "bounce back")) == "Tom Speaker"
    assert speaker(find(qs, "injuries had hurt")) == "Tom Speaker"
    assert speaker(find(qs, "vote would slip")) == "Ann Dorsey"
    text = "Museum\n\nCurator Ines Roth said the exhibition was the largest in a decade."
    q = find(quotes(text, "en"), "largest in a decade")
    assert speaker(q) == "Ines Roth" and q.speaker.speaker.descriptions == ["Curator"]
    # a document's relative clause stays in what the person cited
    text = "Tax\n\nThe minister cited a study, which found that the levy had hurt small firms."
    assert speaker(find(quotes(text, "en"), "hurt small firms")) == "minister"


def test_neighbours_and_friends_are_people_and_a_boss_is_no_company():
    text = "Fire\n\nAnna Grey's neighbour said she heard shouting before the fire broke out."
    q = find(quotes(text, "en"), "heard shouting")
    assert speaker(q) == "Anna Grey's neighbour" and not q.speaker.speaker.named
    text = "Energy prices\n\nEnergy company boss Lara Moss said prices would fall in spring."
    q = find(quotes(text, "en"), "prices would fall")
    assert speaker(q) == "Lara Moss" and q.speaker.speaker.kind == "person"
    # the British councillor's title
    text = "Council\n\nCllr Hugh Padgett said the library would stay open."
    assert speaker(find(quotes(text, "en"), "library would stay open")) == "Hugh Padgett"


def test_asking_not_to_be_named_is_no_quote_even_closing_a_sentence():
    text = 'Crime\n\n"He was a quiet kid," said a neighbor, who asked not to be named. He asked not to be identified.'
    qs = quotes(text, "en")
    assert none_with(qs, "not to be named") and none_with(qs, "not to be identified")


def test_a_noun_of_saying_with_its_clause_is_said_by_its_possessor():
    text = "Bridge\n\nThe mayor's statement that the bridge would reopen in May angered residents."
    q = find(quotes(text, "en"), "bridge would reopen")
    assert q.text == "that the bridge would reopen in May"  # (not the main verb after the clause)
    assert speaker(q) == "mayor"
    text = "Rents\n\nDespite the tenants' union's warning that rents would rise, the council passed the plan."
    q = find(quotes(text, "en"), "rents would rise")
    assert q.text == "that rents would rise" and speaker(q) == "tenants' union"
    text = ("Farm tax\n\nSenator Ann Hale toured a dairy on Monday. Hale was candid in her admission that "
            "the levy would hurt small farms.")
    q = find(quotes(text, "en"), "hurt small farms")
    assert speaker(q) == "Ann Hale" and q.speaker.how == "pronoun"


def test_a_claim_noun_without_possessor_is_its_verbs_subjects_only_after_a_verb_that_makes_it_theirs():
    text = "Hearing\n\nRepublicans pushed the argument that the agency was hiding records."
    assert speaker(find(quotes(text, "en"), "hiding records")) == "Republicans"
    text = "Fortune\n\nThe developer bristled at suggestions that his father had bought the firm."
    q = find(quotes(text, "en"), "bought the firm")
    assert speaker(q) is None  # (the suggestions are others')
    # a relative clause after the noun reports nothing
    text = "Rumours\n\nThe claims that surfaced on social media last week were false."
    assert none_with(quotes(text, "en"), "surfaced")
    text = "Rumours\n\nThe claims that surfaced on social media last week were false, the ministry said."
    assert find(quotes(text, "en"), "surfaced").text.startswith("The claims")


def test_a_headline_in_title_case_names_no_one_with_its_verb():
    text = ("Fact check: Mark Dunn Is Right on ‘Doubled Rents’ Claim.\n\n"
            "Fact checkers looked at Mark Dunn’s claim that rents had doubled in two years. Dunn said the figures "
            "came from the city.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "rents had doubled")) == "Mark Dunn"
    assert speaker(find(qs, "figures came from the city")) == "Mark Dunn"


def test_a_number_word_opening_a_sentence_is_no_one_a_pronoun_can_point_to():
    text = ("Poll\n\nGovernor Paul Ward spoke in Dayton. Fifty-eight percent of voters backed the plan in a poll. He said "
            "the result was a mandate.")
    assert speaker(find(quotes(text, "en"), "result was a mandate")) == "Paul Ward"


def test_whose_noun_of_saying_a_name_or_body_before_it_tells_and_its_object_stays_the_verbs():
    text = "Land\n\nOfficials seized on a Daily Ledger report that the mayor had sold city land."
    assert speaker(find(quotes(text, "en"), "had sold city land")) == "Daily Ledger"
    text = "Debate\n\nDespite police warnings that the march would turn violent, shops stayed open."
    assert speaker(find(quotes(text, "en"), "march would turn violent")) == "police"
    # dismissing a statement is not saying it: the verb's content is the whole phrase, the statement the police's
    text = "Protest\n\nThe organiser dismissed the police statement that the crowd had been violent."
    qs = quotes(text, "en")
    outer = find(qs, "the police statement that")
    assert speaker(outer) == "organiser"
    inner = [q for q in qs if q.text == "that the crowd had been violent"]
    assert inner and speaker(inner[0]) == "police"
    # the noun opening a reported clause's subject ends its content before that clause's verb
    text = "Budget\n\nThe treasurer said the governor's prediction that the budget would balance was wrong."
    q = [q for q in quotes(text, "en") if q.text.startswith("that the budget")][0]
    assert q.text == "that the budget would balance" and speaker(q) == "governor"


def test_charges_is_a_verb_after_its_subject_and_a_noun_after_a_preposition():
    text = "Contract\n\nThe union charges that the company broke the contract."
    assert speaker(find(quotes(text, "en"), "broke the contract")) == "union"
    text = "Waste\n\nThe firm remains under charges that it dumped waste in the river."
    assert speaker(find(quotes(text, "en"), "dumped waste")) is None


def test_a_claim_rejected_in_the_passive_is_the_whole_claim_and_a_statement_is_a_medium():
    text = "Election\n\nThe claim that the count was rigged was rejected by the county court on Monday."
    q = find(quotes(text, "en"), "count was rigged")
    assert q.text == "The claim that the count was rigged" and speaker(q) == "county court"
    text = "Recall\n\nThe carmaker said in a statement that it would appeal the ruling."
    q = find(quotes(text, "en"), "appeal the ruling")
    assert q.text == "that it would appeal the ruling" and speaker(q) == "carmaker"


def test_a_topic_is_found_past_a_time_a_particle_or_a_listener_and_ends_with_its_clause():
    text = "Floods\n\nThe governor spoke on Tuesday about the flooding of the river valley."
    q = find(quotes(text, "en"), "flooding of the river")
    assert q.text == "about the flooding of the river valley" and speaker(q) == "governor"
    text = "Floods\n\nThe governor spoke out about the flooding of the river valley."
    assert find(quotes(text, "en"), "flooding of the river").text == "about the flooding of the river valley"
    text = "Debate\n\nAs Ruiz talked about cheaper bus fares, his rival attacked the budget."
    qs = quotes(text, "en")
    q = find(qs, "cheaper bus fares")
    assert q.text == "about cheaper bus fares" and speaker(q) == "Ruiz"
    assert none_with([x for x in qs if speaker(x) == "Ruiz"], "attacked the budget")


def test_a_role_that_is_also_a_verb_opens_a_sentence_as_its_subject():
    text = "Voting\n\nAdvocates have expressed alarm over the new rent rules."
    q = find(quotes(text, "en"), "alarm over")
    assert speaker(q) == "Advocates" and q.text == "alarm over the new rent rules"


def test_a_noun_of_saying_with_a_relative_clause_or_a_demonstrative_reports_nothing():
    for text in ("Audit\n\nThe memo that the council released on Monday was three pages long.",
                 "Audit\n\nThe warnings that engineers issued in 2019 were ignored.",
                 "Audit\n\nA Courier report that ran on Sunday prompted the inquiry.",
                 "Audit\n\nHer statement that evening was brief.",
                 "Fees\n\nThe ferry company charges that fee to every passenger with a car."):
        qs = quotes(text, "en")
        assert not any(q.text.startswith("that") for q in qs), (text, [q.text for q in qs])


def test_a_negated_or_denied_claim_is_nobodys_and_a_possessive_needs_a_matching_person():
    text = "Plant\n\nThe chief executive gave no assurance that jobs would be saved at the plant."
    assert none_with(quotes(text, "en"), "jobs would be saved")
    text = "Safety\n\nThe firm's denial that it had ignored warnings was undercut by an engineer."
    assert none_with(quotes(text, "en"), "it had ignored warnings")
    text = ("Tribunal\n\nJudge Owen Price dismissed her claim that she had been unfairly dismissed, noting that Lena "
            "Ross had signed the settlement.")
    assert not any(q.text == "that she had been unfairly dismissed" and speaker(q) == "Owen Price"
                   for q in quotes(text, "en"))


def test_a_holder_verb_reports_the_clause_and_its_possessive_is_the_subject():
    text = "Audit\n\nMayor Tom Hadley repeated his claim that the audit was politically motivated."
    q = find(quotes(text, "en"), "politically motivated")
    assert q.text == "that the audit was politically motivated" and speaker(q) == "Tom Hadley"
    text = "Recall\n\nThe carmaker stood by its statement that the defect affected only 2,000 vehicles."
    assert speaker(find(quotes(text, "en"), "affected only 2,000")) == "carmaker"
    text = "Cartel\n\nThe cartel issued a threat that it would target reporters."
    assert speaker(find(quotes(text, "en"), "target reporters")) == "cartel"
    # a postposed frame keeps its own report beside the noun's
    text = ("Leak\n\nThe pipeline company's declaration that the leak had been contained was premature, state "
            "regulators said on Thursday.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "was premature")) == "state regulators"
    inner = [q for q in qs if q.text == "that the leak had been contained"]
    assert inner and speaker(inner[0]) == "pipeline company"


def test_nouns_of_saying_keep_clauses_inside_them_and_name_their_holder():
    text = "Budget\n\nGovernor Dale Okafor renewed his vow that no new taxes would be imposed during his term."
    assert speaker(find(quotes(text, "en"), "no new taxes")) == "Dale Okafor"
    text = "Walkout\n\nOpposition leader Nora Vance issued a warning that her party would walk out if the bill passed."
    assert find(quotes(text, "en"), "walk out").text == "that her party would walk out if the bill passed"
    text = ("Zoo\n\nA keeper's assurance that the escaped leopard posed no danger to the public did little to calm "
            "residents.")
    assert find(quotes(text, "en"), "escaped leopard").text == \
        "that the escaped leopard posed no danger to the public"
    text = ("Border\n\nShe gave an assurance that no families would be separated, Interior Minister Clara Duval said "
            "in parliament.")
    qs = quotes(text, "en")
    assert all(speaker(q) == "Clara Duval" for q in qs), [(q.text, speaker(q)) for q in qs]
    text = "Football\n\nThe referee's decision that the goal should stand was criticised by the visiting manager."
    q = find(quotes(text, "en"), "goal should stand")
    assert q.text == "The referee's decision that the goal should stand" and speaker(q) == "visiting manager"


def test_a_quantity_of_people_speaks_as_a_group():
    text = "Toll\n\nFifty-eight percent of voters said they opposed the new toll, according to a poll."
    assert speaker(find(quotes(text, "en"), "opposed the new toll")) == "Fifty-eight percent of voters"
    text = "Housing\n\nAdvocates warned that the new rules would push families into homelessness."
    assert speaker(find(quotes(text, "en"), "push families")) == "Advocates"


def test_a_surname_that_is_also_a_verb_stays_in_the_name_outside_a_title_case_run():
    text = "Concert\n\nThe singer Tavi Wonder said he would play the new hall in June."
    assert speaker(find(quotes(text, "en"), "play the new hall")) == "Tavi Wonder"


def test_an_inserted_frame_before_a_clause_with_a_gerund_subject_reports_the_whole_sentence():
    text = ("Ferry\n\nThe harbour master spoke on Friday. Although the first crossing went well, he said, running "
            "two boats in winter would be far riskier.")
    q = find(quotes(text, "en"), "first crossing")
    assert q.text.endswith("would be far riskier") and speaker(q) == "harbour master"
    # a participle's own phrase after the frame stays out of it
    text = "Storm\n\nThe storm hit the coast, officials said, citing damage to the pier."
    assert find(quotes(text, "en"), "storm hit").text == "The storm hit the coast"


def test_a_frame_with_an_apposition_after_a_quotation_reports_no_time_or_place():
    text = ("Election\n\n“We need a change,” Rita Moss, a party organiser, said Thursday morning on the station’s "
            "“Breakfast Hour.”")
    qs = quotes(text, "en")
    assert speaker(find(qs, "We need a change")) == "Rita Moss"
    assert none_with(qs, "Thursday morning")


def test_a_relative_clause_after_a_postposed_source_is_the_sources_not_the_content():
    text = ("Pensions\n\nSome retirees would pay more under the new pension scheme, according to an analysis by Mara "
            "Lintz, whose findings were echoed by the Budget Institute.")
    q = find(quotes(text, "en"), "Some retirees")
    assert q.text == "Some retirees would pay more under the new pension scheme" and speaker(q) == "Mara Lintz"
    assert none_with(quotes(text, "en"), "whose findings")


def test_a_relative_clause_closing_a_fronted_clause_ends_its_content():
    text = ("Campaign\n\nAfter staff promised in spring that the mayor would not forget rural towns, whose backing "
            "seemed solid, the campaign sent him to fairs in the valley.")
    q = find(quotes(text, "en"), "rural towns")
    assert "fairs" not in q.text and speaker(q) == "staff"
    # a relative clause inside the content, its verb after it, goes on
    text = "Board\n\nAlthough the mayor said the plan, which the council approved, was late, the board kept it."
    assert find(quotes(text, "en"), "council approved").text.endswith("was late")


def test_an_age_is_no_quantity_of_people():
    text = ("Court\n\nThe 40-year-old lawyer said the ruling was unfair. He said he would appeal to the state supreme "
            "court.")
    q = find(quotes(text, "en"), "would appeal")
    assert speaker(q) == "40-year-old lawyer"
    text = "Court\n\n40 lawyers said the ruling was unfair."
    assert find(quotes(text, "en"), "ruling was unfair").speaker.speaker.gender == "pl"


def test_a_postposed_frame_with_a_subject_of_its_own_is_not_the_sentence_subjects():
    text = "Crash\n\nThe mayor said the driver was armed, the footage showed."
    q = find(quotes(text, "en"), "driver was armed")
    assert speaker(q) != "mayor" and q.speaker.text == "the footage"


def test_a_business_named_by_what_it_is_speaks_as_an_organisation():
    text = "Stores\n\nGrovers will close 12 stores in the north, the supermarket chain said on Tuesday."
    assert find(quotes(text, "en"), "close 12 stores").speaker.speaker.kind == "organization"
    text = "Deal\n\nFairway agreed to buy its rival Oakmart, the two firms said on Monday."
    assert find(quotes(text, "en"), "agreed to buy").speaker.speaker.kind == "organization"
    text = "Strike\n\nThe nurses will strike on Friday, the two doctors said."
    assert find(quotes(text, "en"), "will strike").speaker.speaker.kind == "person"


def test_as_stated_in_a_document_names_its_source():
    text = ("Permit\n\nAs stated in the council report, there are many open questions about how the grant money was "
            "spent.")
    q = find(quotes(text, "en"), "open questions")
    assert q.text.startswith("there are many") and speaker(q) == "council report"
    text = "Schools\n\nThe district will hire 40 teachers next year, as noted by the school board."
    assert speaker(find(quotes(text, "en"), "hire 40 teachers")) == "school board"


def test_a_source_named_by_a_possessors_document_is_the_possessor():
    text = "Permit\n\nAccording to Ames' commentary, the permit was granted without a hearing."
    q = find(quotes(text, "en"), "permit was granted")
    assert q.text == "the permit was granted without a hearing" and speaker(q) == "Ames"
    # a body's office is the body's
    text = "Permit\n\nAccording to the mayor's office, the permit was granted without a hearing."
    assert speaker(find(quotes(text, "en"), "permit was granted")) == "mayor's office"


def test_an_empty_it_leaves_the_cue_to_its_clauses_subject():
    text = ("Records\n\nThe mayor spoke on Monday. It is striking that the governor wants openness from the city, "
            "yet declines to share his own calendar.")
    assert speaker(find(quotes(text, "en"), "share his own calendar")) == "governor"


def test_an_aside_of_comparison_between_the_cue_and_its_clause():
    text = ("Rates\n\nSeveral economists cautioned, as did the central bank itself, that the forecast might change "
            "after the vote.")
    q = find(quotes(text, "en"), "forecast might change")
    assert q.text == "that the forecast might change after the vote" and speaker(q) == "economists"


def test_someone_pressed_or_asked_says_nothing_by_being_asked():
    text = ("Grant\n\nThe mayor, when questioned about how the scheme treats fathers, said the city had no "
            "choice.")
    qs = quotes(text, "en")
    assert speaker(find(qs, "no choice")) == "mayor"
    assert none_with(qs, "treats fathers")
    text = ('Grant\n\nShe said single parents could not apply for the new grant, and when questioned about how the '
            'scheme treats them, the lawyer replied, "It is meant to help families."')
    qs = quotes(text, "en")
    assert find(qs, "single parents").text == "single parents could not apply for the new grant"
    assert none_with(qs, "scheme treats them")


def test_a_participles_aside_between_subject_and_verb_reports_nothing_of_its_own():
    text = ("Clashes\n\nA government official, speaking on condition of anonymity, told the Associated Press that "
            "fighting was continuing on the outskirts.")
    qs = quotes(text, "en")
    q = find(qs, "fighting was continuing")
    assert q.text == "that fighting was continuing on the outskirts" and speaker(q) == "government official"
    assert none_with(qs, "anonymity")
    text = "Veterans\n\nThe minister, speaking in Ohio on Monday, said he would expand care for veterans."
    qs = quotes(text, "en")
    assert [(q.text, speaker(q)) for q in qs] == [("he would expand care for veterans", "minister")]


def test_a_quotation_in_the_first_verbs_words_leaves_the_next_verb_its_subject():
    text = ('Strike\n\nThe union has urged the ministry to publish the pay review "without further delay" and urged '
            'its members to stay calm.')
    q = find(quotes(text, "en"), "stay calm")
    assert speaker(q) == "union"
    text = ('Nurses\n\nIn a statement, the nurses union called the senator a "champion" for its members, pointing to '
            'her record during the floods.')
    assert speaker(find(quotes(text, "en"), "her record during the floods")) == "nurses union"


def test_someone_opening_a_sentence_is_no_name():
    text = "Debate\n\nSomeone asked how the senator could win back young voters. Everyone agreed that the hall was full."
    qs = quotes(text, "en")
    for words in ("win back young voters", "hall was full"):
        sp = find(qs, words).speaker.speaker
        assert sp.name in ("someone", "everyone") and not sp.named


def test_a_second_verb_of_the_subject_ends_the_first_verbs_object():
    text = "Court\n\nThe judge called the defendant's conduct “reprehensible,” but sentenced him to probation."
    q = find(quotes(text, "en"), "reprehensible")
    assert "probation" not in q.text and speaker(q) == "judge"
    text = "Budget\n\nThe minister promised a tax cut for pensioners and tried to persuade both parties to back it."
    assert none_with(quotes(text, "en"), "tried to persuade")
    # a relative clause keeps its own verbs; a clause with its own verb goes on
    text = ("Crime\n\nThe senator pointed to the 1990s crime law, which put more officers on patrol, but also led to "
            "longer sentences.")
    assert "longer sentences" in find(quotes(text, "en"), "crime law").text
    text = "Jobs\n\nThe mayor said the plant closed and cost the town 300 jobs."
    assert find(quotes(text, "en"), "plant closed").text == "the plant closed and cost the town 300 jobs"


def test_a_relative_clause_in_the_subject_is_not_what_the_subject_says():
    text = "Crash\n\nA cyclist who saw the collision said the van had run a red light."
    qs = quotes(text, "en")
    assert [(q.text, speaker(q)) for q in qs] == [("the van had run a red light", "cyclist")]
    text = ("Crash\n\nA bus driver who saw the collision, Dale Ortiz, said he had been behind the van for a mile.")
    qs = quotes(text, "en")
    assert [(q.text, speaker(q)) for q in qs] == [("he had been behind the van for a mile", "Dale Ortiz")]
    text = ("Clinic\n\nThe man who first reported the cases, a nurse at the county clinic, said he had seen a rash in "
            "three children.")
    q = find(quotes(text, "en"), "rash in three children")
    assert "nurse" in speaker(q) and none_with(quotes(text, "en"), "reported the cases")


def test_a_fronted_phrase_before_a_subject_with_an_apposition():
    text = ('Campaign\n\nWith 40 days left before polling day, Mara Quill, a longtime aide to the mayor, called '
            'Governor Hollis\'s speech on Saturday "a rude awakening" for his base.')
    q = find(quotes(text, "en"), "rude awakening")
    assert q.kind == "indirect" and q.text.startswith("Governor Hollis's speech") and speaker(q) == "Mara Quill"


def test_assumed_reports_only_a_clause():
    text = "Talks\n\nMany people close to the talks assumed that the bank would back the bid."
    assert find(quotes(text, "en"), "bank would back").speaker.speaker.name == "people close to the talks"
    text = "Army\n\nThe army assumed control of the port on Monday. She has assumed a new role as adviser."
    assert quotes(text, "en") == []


def test_title_case_titles_with_a_comma_or_an_addressee():
    text = "Governor Alvarez Signs Budget, Calls It 'Balanced'\n\nGovernor Rosa Alvarez signed the budget on Friday."
    assert quotes(text, "en") == []
    text = "Citing Rising Costs, Senator Ruiz Pledges To Cut Rates For Small Firms\n\nHe spoke in Dover on Monday."
    assert speaker(find(quotes(text, "en"), "Cut Rates")) == "Senator Ruiz"
    text = "Prime Minister Tells Graduates: ‘Be Brave’\n\nThe prime minister spoke at the college on Friday."
    q = find(quotes(text, "en"), "Be Brave")
    assert "Graduates" not in q.text and not q.speaker.speaker.named


def test_as_announced_by_and_asides_before_a_clause_of_quantity():
    text = "Fares\n\nAs announced by Transport Secretary Lena Marsh, rail fares will be frozen until January."
    assert speaker(find(quotes(text, "en"), "rail fares")) == "Lena Marsh"
    text = "Raid\n\nInspector Tom Vale, speaking at a press conference, said three men had been arrested."
    qs = quotes(text, "en")
    assert [(q.text, speaker(q)) for q in qs] == [("three men had been arrested", "Tom Vale")]


def test_what_was_not_said_is_no_report():
    text = ('Cuts\n\nThe bishop called the cuts "morally indefensible" but stopped short of urging the minister '
            'to resign.')
    qs = quotes(text, "en")
    assert none_with(qs, "minister to resign") and find(qs, "morally indefensible")
    text = "Race\n\nThe mayor left the hall without saying whether she would run again."
    assert quotes(text, "en") == []


def test_a_business_the_sentence_opens_with_is_the_one_a_postposed_frame_describes():
    text = "Plant\n\nKorvex will build a new plant in the north, the chipmaker announced on Monday."
    sp = find(quotes(text, "en"), "new plant").speaker.speaker
    assert sp.name == "Korvex" and sp.kind == "organization"
    text = "Show\n\nCelebrity chef Robin Sayer has quit the show, the broadcaster confirmed on Monday."
    assert speaker(find(quotes(text, "en"), "quit the show")) == "broadcaster"
    text = "Results\n\nProfits will be lower than expected this year, the retailer warned."
    assert speaker(find(quotes(text, "en"), "Profits will be lower")) == "retailer"


def test_a_list_of_predicates_is_no_inserted_frame():
    text = ("Bank\n\nIn the bank scandal, customers paid surprise fees, saw their savings shrink, received loans "
            "they had not asked for or simply gave up.")
    assert quotes(text, "en") == []


def test_verbs_and_adjectives_of_stance_with_their_clause():
    text = "Plant\n\nInvestigators discovered that the safety logs had been altered."
    assert speaker(find(quotes(text, "en"), "logs had been altered")) == "Investigators"
    assert quotes("Plant\n\nInvestigators discovered a leak in the cooling system.", "en") == []
    text = "Plant\n\nMany residents are afraid that the plant will close before the winter."
    q = find(quotes(text, "en"), "plant will close")
    assert q.text.startswith("that") and speaker(q) == "residents"
    text = "Deal\n\nRegulators were concerned that if the state delayed the sale, the buyer could walk away."
    assert find(quotes(text, "en"), "state delayed").text.endswith("could walk away")
    text = "Vote\n\nFrustrated Republicans said the bill was dead on arrival in the Senate."
    assert speaker(find(quotes(text, "en"), "dead on arrival")) == "Frustrated Republicans"


def test_someone_in_the_middle_of_a_sentence_and_whom_a_frame_tells_to_act():
    text = "Forum\n\nThen someone asked how the senator could win back young voters."
    sp = find(quotes(text, "en"), "win back young voters").speaker.speaker
    assert sp.name == "someone" and not sp.named
    text = "Flood\n\nMara Quint toured the town on Tuesday. The damage was worse than anyone expected, she said."
    assert find(quotes(text, "en"), "damage was worse").speaker.speaker is None or \
        speaker(find(quotes(text, "en"), "damage was worse")) != "anyone"
    text = "Vote\n\nThe mayor, who understood that a vote would fail, told aides to find another way."
    qs = quotes(text, "en")
    assert find(qs, "aides to find").text == "aides to find another way"
    assert speaker(find(qs, "vote would fail")) == "mayor"


def test_nouns_of_stance_report_their_clause_but_not_a_relative_one():
    text = "Defence\n\nAt the summit there was broad agreement that the alliance should spend more on defence."
    assert find(quotes(text, "en"), "alliance should spend").text.startswith("that the alliance")
    text = "Treaty\n\nThe treaty that the members of the bloc struck in Geneva was a milestone."
    assert quotes(text, "en") == []
    text = "Rally\n\nThis is the deepest fear that we have ever witnessed in a campaign."
    assert quotes(text, "en") == []
    text = "Plant\n\nThe owner hopes that the plant will reopen in spring."
    assert speaker(find(quotes(text, "en"), "plant will reopen")) == "owner"


def test_a_surname_is_never_an_unnamed_body_that_holds_it():
    text = ('Debate\n\nSenator Ada Brill spoke in Ohio. That is what the Brill campaign now hopes. "We will win this '
            'state," Brill said.')
    sp = find(quotes(text, "en"), "win this state").speaker.speaker
    assert sp.name == "Ada Brill" and sp.kind == "person"


def test_an_infinitive_after_any_verb_of_stance_is_its_content():
    text = "Childcare\n\nShe also wants to give nine months of free childcare to young parents."
    assert find(quotes(text, "en"), "nine months").text == "to give nine months of free childcare to young parents"
    text = "Coalition\n\nThe coalition, which represents 20 million voters, wants to keep its neutral stance."
    qs = quotes(text, "en")
    assert [(q.text, speaker(q)) for q in qs] == [("to keep its neutral stance", "coalition")]
    text = "Campaign\n\nThe agency did not reply to our calls on Friday."
    assert quotes(text, "en") == []


def test_a_postposed_business_frame_after_names_of_several_kinds():
    text = "Brewing\n\nHarrowgate Breweries will close two sites, the brewer said on Friday."
    sp = find(quotes(text, "en"), "close two sites").speaker.speaker
    assert sp.name == "Harrowgate Breweries" and sp.kind == "organization"
    text = "Chips\n\nOrellan Semiconductors beat forecasts, the chipmaker said."
    assert speaker(find(quotes(text, "en"), "beat forecasts")) == "Orellan Semiconductors"
    text = "Rates\n\nBrightwater Bank will raise its mortgage rates from Monday, the lender said."
    assert speaker(find(quotes(text, "en"), "mortgage rates")) == "Brightwater Bank"
    text = "Plant\n\nMinister Idris Koval said the plant would create 900 jobs, the carmaker said."
    assert speaker(find(quotes(text, "en"), "900 jobs")) == "carmaker"
    text = "Bank\n\nChief executive Rolf Hanning will step down in June, the lender said."
    assert speaker(find(quotes(text, "en"), "step down")) == "lender"


def test_a_doubt_is_no_report_of_what_is_doubted():
    text = "Merger\n\nAnalyst Kwame Brennagh doubts that the merger will survive scrutiny by regulators."
    assert quotes(text, "en") == []


def test_a_fronted_phrase_of_time_or_circumstance_is_no_speaker():
    for text, who in (
            ("Virus\n\nEarlier this year, Dr Ama Boateng, a virologist at the institute, warned that cases would rise.",
             "Ama Boateng"),
            ("Plan\n\nFacing criticism from his own party, Premier Rudolf Kass, 64, insisted the plan would work.",
             "Rudolf Kass"),
            ("Rescue\n\nHours later, Pavel Dorn, head of the rescue team, said the last survivor had been found.",
             "Pavel Dorn")):
        assert speaker(quotes(text, "en")[0]) == who, text
    # (an article is no fronted phrase: "Ein Sprecher der Stadtwerke, Jonas Pirker, sagte …" keeps its mention)
    text = "Werk\n\nEin Sprecher der Stadtwerke, Jonas Pirker, sagte am Abend, der Schaden sei behoben worden."
    assert find(quotes(text, "de"), "Schaden sei").speaker.text.startswith("Ein Sprecher")


def test_more_roles_bodies_and_stance_adjectives():
    text = "Strike\n\nUnion rep Shona Kerr said members had won a fair deal."
    assert speaker(find(quotes(text, "en"), "fair deal")) == "Shona Kerr"
    text = "Escape\n\nThe prison service said a search was under way."
    assert speaker(find(quotes(text, "en"), "search was under way")) == "prison service"
    text = "Plant\n\nThe plant manager was optimistic that the factory would reopen by spring."
    assert speaker(find(quotes(text, "en"), "factory would reopen")) == "plant manager"
    text = "Vote\n\nShe regrets that the vote was delayed."
    assert find(quotes(text, "en"), "vote was delayed").text == "that the vote was delayed"


def test_a_report_named_by_its_author_is_the_authors_an_office_the_bodys():
    text = "Crime\n\nAccording to the police commissioner's report, burglaries fell by a fifth last year."
    q = find(quotes(text, "en"), "burglaries fell")
    assert q.text == "burglaries fell by a fifth last year" and speaker(q) == "police commissioner"
    text = "Crime\n\nAccording to the mayor's report, burglaries fell by a fifth last year."
    assert speaker(find(quotes(text, "en"), "burglaries fell")) == "mayor"
    text = "Crime\n\nBurglaries fell by a fifth, according to the council's annual report."
    sp = find(quotes(text, "en"), "Burglaries fell").speaker.speaker
    assert sp.name == "council" and sp.kind == "organization"
    text = "Crime\n\nAccording to the mayor's office, burglaries fell by a fifth last year."
    assert speaker(find(quotes(text, "en"), "burglaries fell")) == "mayor's office"


def test_a_postposed_frame_of_a_bare_plural_with_its_place():
    text = "Market\n\nPrices rose sharply after the storm, traders in Portavel said."
    assert speaker(find(quotes(text, "en"), "Prices rose")) == "traders in Portavel"


def test_a_participle_of_saying_after_an_object_is_a_report_of_its_own():
    text = ("Debate\n\nThe two rivals spent the evening touting their own records and saying the other lacked the "
            "temperament to govern.")
    qs = quotes(text, "en")
    assert find(qs, "own records").text == "their own records"
    assert find(qs, "lacked the temperament").text == "the other lacked the temperament to govern"
    text = "Taxes\n\nShe has called for steep levies on the rich — lambasting the governor's budget."
    assert find(quotes(text, "en"), "steep levies").text == "for steep levies on the rich"
    text = "Nurses\n\nThe union demanded higher wages and improving conditions for nurses."
    assert find(quotes(text, "en"), "higher wages").text == "higher wages and improving conditions for nurses"


def test_a_postposed_frame_of_a_bare_plural_alone():
    text = "Dam\n\nOfficials were aware that the dam was leaking, documents show."
    assert speaker(find(quotes(text, "en"), "dam was leaking")) == "documents"
    text = "Audit\n\nThe fund, which he said was empty, now holds $2 million, records show."
    assert speaker(find(quotes(text, "en"), "now holds")) == "records"


def test_a_label_after_a_possessive_is_no_speaker():
    text = ('Rally\n\nThe senator spoke for an hour.\n\nEditor’s note: The senator is a long-time opponent of the '
            'new stadium and has campaigned against it.')
    assert none_with(quotes(text, "en"), "long-time opponent")
    text = "Plan\n\nHe's warned that the plan will fail."
    assert find(quotes(text, "en"), "plan will fail").text == "that the plan will fail"


def test_a_word_after_a_possessive_is_a_noun_not_a_verb_of_saying():
    # "plan" after "his" or a name's "'s" is the noun: what follows is no plan of his
    text = "Budget\n\nIf Reyes's plan passed the council, the harbour would close for a year."
    assert none_with(quotes(text, "en"), "harbour would close") or \
        all(q.cue != "plan" for q in quotes(text, "en"))
    text = "Budget\n\nThe mayor presented his plan on Monday. Several councillors were surprised by its cost."
    assert none_with(quotes(text, "en"), "councillors were surprised")
    # (a name's "'s" before a participle is a contracted "has")
    text = "Budget\n\nReyes's claimed that the harbour will close."
    assert find(quotes(text, "en"), "harbour will close").text == "that the harbour will close"


def test_a_participle_opening_a_sentence_is_no_name():
    text = ("Budget\n\nStunned by the criticism, the mayor changed course on Monday, promising to review the "
            "harbour fees.")
    assert speaker(find(quotes(text, "en"), "review the harbour")) == "mayor"
    text = ("Budget\n\nChastised by the auditors, Reyes withdrew the budget, promising to review the harbour fees.")
    assert speaker(find(quotes(text, "en"), "review the harbour")) == "Reyes"


def test_a_name_met_first_in_its_possessive_is_the_bare_name():
    text = "Port\n\nMaria Whitlow's budget, she said, would cut the harbour levy by a third."
    sp = find(quotes(text, "en"), "harbour levy").speaker.speaker
    assert sp is not None and sp.name == "Maria Whitlow"


def test_an_object_ends_at_a_dash_a_clause_of_the_writers_or_a_participle_after_a_comma():
    text = ("Port\n\nThe governor has called for a fee on cruise ships -- far less than the levy the council "
            "proposed.")
    assert find(quotes(text, "en"), "fee on cruise").text == "for a fee on cruise ships"
    text = "Port\n\nThe union is calling for a review of the contract, not that anyone expects one soon."
    assert find(quotes(text, "en"), "review of the contract").text == "for a review of the contract"
    text = ("Port\n\nThe mayor promised to reopen the ferry terminal because the harbour board had approved the "
            "money.")
    assert find(quotes(text, "en"), "reopen the ferry").text == "to reopen the ferry terminal"
    text = ("Port\n\nThe senator vowed to expand the harbour and cut the docking fees, angering the fishermen who "
            "use it.")
    assert find(quotes(text, "en"), "expand the harbour").text == "to expand the harbour and cut the docking fees"
    # (an aside between two dashes stays in the object; "because of" is a preposition; a clause goes on)
    text = "Port\n\nThe mayor has pledged to close the old pier — the city's oldest — before next summer."
    assert find(quotes(text, "en"), "close the old pier").text.endswith("before next summer")
    text = "Port\n\nThe fishermen criticised the plan because of its cost to the harbour."
    assert find(quotes(text, "en"), "the plan").text.endswith("cost to the harbour")
    text = "Port\n\nPolice have said officers stopped the van because they were looking for a stolen car."
    assert find(quotes(text, "en"), "officers stopped").text.endswith("a stolen car")


def test_a_free_relative_reports_what_its_subject_said():
    text = "Port\n\nThe builders packed the plan with luxury flats, amounting to what the auditors said was a land grab."
    q = find(quotes(text, "en"), "land grab")
    assert q.text == "was a land grab" and speaker(q) == "auditors"
    text = "Port\n\nThe mayor spent the week on the radio, relying on what analysts described as old campaign tricks."
    q = find(quotes(text, "en"), "campaign tricks")
    assert q.text == "old campaign tricks" and speaker(q) == "analysts"
    text = "Port\n\nThe gap between what Reyes says her budget would do and its real effect is wide."
    q = find(quotes(text, "en"), "budget would do")
    assert q.text == "her budget would do" and speaker(q) == "Reyes"
    # (not where the relative itself is the object: what was said, not what the speaker said of it)
    for text in ("Port\n\nWhat the mayor proposed would cost millions.", "Port\n\nWhat the mayor said was wrong.",
                 "Port\n\nVoters liked what the mayor said about parks."):
        assert none_with(quotes(text, "en"), "millions") and none_with(quotes(text, "en"), "wrong") and \
            none_with(quotes(text, "en"), "parks"), text


def test_an_object_ends_before_the_writers_participle_or_a_relative_clause_with_its_own_cue():
    text = ("Port\n\nHarbour chiefs met on Friday to discuss the storms battering the coast, offering new money for "
            "sea walls.")
    assert find(quotes(text, "en"), "storms battering").text == "the storms battering the coast"
    text = "Port\n\nThe mayor refuses to discuss the new budget, aside from saying it will be lean."
    qs = quotes(text, "en")
    assert find(qs, "discuss the new budget").text == "to discuss the new budget"
    assert find(qs, "it will be lean").text == "it will be lean"
    text = ("Port\n\nThe harbour board met on Sunday to review the leak, which local media claimed had "
            "spread to the river.")
    qs = quotes(text, "en")
    assert none_with(qs, "review the leak, which")
    assert speaker(find(qs, "spread to the river")) == "local media"


def test_a_dateline_in_capitals_is_no_speaker():
    text = "Port strike\n\nHALDEN - Dock workers on Monday criticised the new shift rota imposed by the port."
    q = find(quotes(text, "en"), "new shift rota")
    assert q.speaker.text == "Dock workers"
    text = "Port strike\n\nNEW HALDEN, Vt. - Union leaders on Monday criticised the new shift rota imposed by the port."
    assert find(quotes(text, "en"), "new shift rota").speaker.text == "Union leaders"


def test_a_plural_between_a_relative_pronoun_and_its_cue_is_the_speaker():
    text = "Port\n\nThe parents protested the funding formula, which advocates say starves rural schools of money."
    q = find(quotes(text, "en"), "starves rural schools")
    assert speaker(q) == "advocates" and q.cue == "say"


def test_a_passive_without_its_agent_is_no_report_of_its_subject():
    # the subject was asked, told or charged: it said nothing
    for text in ("Port\n\nThe harbour master was asked about the new fees.",
                 "Port\n\nThe harbour master was told to leave the pier at once."):
        assert all(q.speaker is None or q.speaker.text != "The harbour master" for q in quotes(text, "en")), text
    # an allegation or expectation whose source the writer leaves out: the clause, reported by no one named
    text = "Port\n\nTwo harbour officials were accused of taking bribes from shipping firms."
    q = find(quotes(text, "en"), "taking bribes")
    assert q.speaker is None and q.text == "Two harbour officials were accused of taking bribes from shipping firms"
    text = "Port\n\nThe new terminal is expected to open in the spring."
    assert find(quotes(text, "en"), "new terminal").text.startswith("The new terminal is expected")
    text = "Port\n\nAlthough a curfew was announced for the docks, crowds stayed out until dawn."
    assert find(quotes(text, "en"), "curfew").text == "a curfew was announced for the docks"
    # (a passive of stance is its subject's; a relayed passive, an impersonal one and a comparison keep theirs)
    text = "Port\n\nThe dockers are convinced the new cranes will cost them their jobs."
    assert speaker(find(quotes(text, "en"), "new cranes")) == "dockers"
    text = "Port\n\nIt was announced on Monday that the ferry will stop running."
    assert find(quotes(text, "en"), "ferry will stop").text == "that the ferry will stop running"
    text = "Port\n\nThe harbour master was quoted as saying the ferry will stop running."
    assert speaker(find(quotes(text, "en"), "ferry will stop")) == "harbour master"
    text = "Port\n\nAs might be expected, the harbour board rejected the plan."
    assert none_with(quotes(text, "en"), "might be expected")


def test_a_passive_expectation_framed_by_a_source_is_the_sources():
    for text, who in (("Storm\n\nThe storm is expected to reach the coast on Thursday, said the weather office.",
                       "weather office"),
                      ("Storm\n\nThe storm is expected to reach the coast on Thursday, according to the weather "
                       "office.", "weather office"),
                      ("Storm\n\nThe two ferry firms are expected to merge next year, two people close to the talks "
                       "said.", "people close to the talks")):
        assert speaker(find(quotes(text, "en"), "two ferry firms" if "ferry" in text else "reach the coast")) == \
            who, text
    text = "Storm\n\nThe storm report is expected on Thursday."
    assert quotes(text, "en") == []


def test_a_short_object_of_a_stance_is_kept():
    text = "Port\n\nThe dockers' union endorsed Reyes. Rival candidate Tom Hale mocked the complaint."
    qs = quotes(text, "en")
    q = find(qs, "Reyes")
    assert q.text == "Reyes" and q.speaker.text == "The dockers' union"
    assert speaker(find(qs, "the complaint")) == "Tom Hale"
    # (other short objects, a pronoun alone, and a time are no record)
    text = "Port\n\nThe union visited Reyes. Hale mocked him. The union endorsed on Monday."
    assert quotes(text, "en") == []


def test_a_passive_with_an_agent_of_plain_words_is_the_agents():
    text = "Port\n\nThe new harbour master is backed by dozens of shipping firms in the region."
    q = find(quotes(text, "en"), "new harbour master")
    assert q.text == "The new harbour master" and speaker(q) == "shipping firms"
    text = "Port\n\nThe fees are opposed by 27 ferry operators."
    assert all(q.speaker is None or "fees" not in q.speaker.text for q in quotes(text, "en"))


def test_mends_after_review_of_possessives_objects_relatives_and_passives():
    # a name's "'s" before an irregular participle is a contracted "has"
    text = "Fire\n\nFire chief Odile Brandt's said that the blaze was contained overnight."
    assert speaker(find(quotes(text, "en"), "blaze was contained")) == "Odile Brandt"
    # what limits a promise stays in it: a phrase of time or an exception
    text = "Buses\n\nThe mayor promised free buses for students, aside from those living near their school."
    assert find(quotes(text, "en"), "free buses").text.endswith("near their school")
    text = "Trawling\n\nThe fishermen's league called for a ban on bottom trawling, starting next year."
    assert find(quotes(text, "en"), "bottom trawling").text.endswith("starting next year")
    # a passive after a free relative is the writer's; the relative's subject speaks, not the sentence's
    assert none_with(quotes("Vote\n\nWhat the governor said was ignored by most voters.", "en"), "ignored")
    text = "Vote\n\nThe council approved what the auditors said was a land grab."
    assert speaker(find(quotes(text, "en"), "land grab")) == "auditors"
    # an object with no verb of its own ends before "because"; a coordinated clause is no frame; an adverb
    # between the auxiliary and a passive changes nothing
    text = "Schools\n\nThe mayor pledged more money for village schools because demand had doubled since 2020."
    assert find(quotes(text, "en"), "village schools").text == "more money for village schools"
    text = "Port\n\nTwo harbour officials were accused of lying, but both denied wrongdoing."
    assert find(quotes(text, "en"), "accused of lying").speaker is None
    text = "Port\n\nThe new fee was widely criticized on local radio."
    assert find(quotes(text, "en"), "widely criticized").speaker is None
    # a dateline in capitals with a full stop in its place name
    text = "Flood\n\nST. ANSGAR, Minn. - Residents said the river rose overnight."
    assert speaker(find(quotes(text, "en"), "river rose")) == "Residents"


def test_a_bare_cue_word_after_an_article_and_its_modifiers_is_a_noun():
    text = ("Budget\n\nThe mayor spent a year on the budget, then produced a fairly modest harbour plan. Critics "
            "were surprised.")
    assert none_with(quotes(text, "en"), "Critics were surprised") and \
        none_with(quotes(text, "en"), "spent a year")
    text = "Budget\n\nResidents could join a council plan similar to the one in Brill."
    assert none_with(quotes(text, "en"), "similar to")
    # (a verb after a plural or a body, or before its own clause, stays a verb)
    text = "Budget\n\nThe police plan to close the harbour road on Sunday."
    assert speaker(find(quotes(text, "en"), "close the harbour road")) == "police"
    text = "Budget\n\nFishermen along the whole coast say Reyes deserves another term."
    assert find(quotes(text, "en"), "Reyes deserves").speaker.text.startswith("Fishermen")


def test_a_passive_with_its_agent_reports_its_subject_as_what_the_agent_said():
    text = "Port\n\nThe new ferry timetable was first revealed by the Harbour Gazette."
    q = find(quotes(text, "en"), "ferry timetable")
    assert q.text == "The new ferry timetable" and speaker(q) == "Harbour Gazette"
    text = "Port\n\nThe talks about a joint coastguard are backed by a broad coalition of fishing towns."
    q = find(quotes(text, "en"), "joint coastguard")
    assert q.text == "The talks about a joint coastguard" and "coalition" in speaker(q)
    text = "Port\n\nA number of harbour officials echo her doubts, in large part because the channel is silting up."
    q = find(quotes(text, "en"), "her doubts")
    assert q.text == "her doubts" and speaker(q) == "harbour officials"
    # (a passive with no agent, or one whose agent is a time, has no speaker in its subject)
    text = "Port\n\nThe new ferry timetable was approved by Monday."
    assert all(q.speaker is None or "timetable" not in q.speaker.text for q in quotes(text, "en"))


def test_that_opening_a_sentence_before_a_noun_is_a_determiner_not_a_complementizer():
    text = "Budget\n\nThat kind of gap between what Reyes says her budget would do and its real effect is wide."
    q = find(quotes(text, "en"), "budget would do")
    assert q.text == "her budget would do" and speaker(q) == "Reyes"


def test_a_participle_aside_after_its_preposition_is_its_subjects_and_ends_at_the_comma():
    text = ("Budget\n\nCouncillors were surprised when Reyes, after railing against harbour fees for months, "
            "produced a fairly timid Labour budget plan. She proposed halving the fees.")
    qs = quotes(text, "en")
    q = find(qs, "harbour fees for months")
    assert q.text == "against harbour fees for months" and speaker(q) == "Reyes"
    assert none_with(qs, "Councillors were surprised")


def test_an_object_ends_before_a_clause_of_the_writers_with_its_own_subject_or_participle():
    text = "Port\n\nThe governor called the harbour master a liability after he closed the ferry terminal."
    assert find(quotes(text, "en"), "a liability").text == "the harbour master a liability"
    text = ("Port\n\nOne councillor threatened to summon the harbour master before the board, in effect inviting "
            "him to resign.")
    assert find(quotes(text, "en"), "harbour master before").text == \
        "to summon the harbour master before the board"
    text = "Port\n\nReyes dismissed the report as a “fairy tale” — a swipe at the harbour board."
    assert find(quotes(text, "en"), "the report as").text == "the report as a “fairy tale”"
    # (a phrase of inclusion stays; "before" may be what a picture shows)
    text = "Port\n\nThe mayor discussed recent polls, including ones showing her ahead in the harbour wards."
    assert find(quotes(text, "en"), "recent polls").text.endswith("harbour wards")
    text = "Port\n\nThe footage shows the skipper with his hands up seconds before he was arrested."
    assert find(quotes(text, "en"), "the skipper").text.endswith("he was arrested")
    text = "Port\n\nNow that the mayor has criticised the ferry fees in public, she is keen to move on."
    assert find(quotes(text, "en"), "ferry fees").text == "the ferry fees in public"


def test_a_second_verb_after_an_adverb_ends_an_object_and_other_subjects_and_objects():
    text = "Port\n\nThe survey not only documented rising water levels, but also drew links to the new dredging."
    assert find(quotes(text, "en"), "rising water").text == "rising water levels"
    text = "Port\n\nShe then urges the skipper to turn back and repeatedly says, “Turn back now,” until the radio dies."
    assert find(quotes(text, "en"), "turn back").text == "the skipper to turn back"
    # (not a second verb of the same infinitive)
    text = "Port\n\nThe board pledged to freeze and then gradually cut the harbour fees."
    assert find(quotes(text, "en"), "freeze").text.endswith("harbour fees")
    # a subject of quantity after an article; an answer given by doing something
    text = "Port\n\nA majority of dockers expect the strike to end before the weekend."
    assert speaker(find(quotes(text, "en"), "strike to end")) == "majority of dockers"
    text = "Port\n\nThe mayor responded by promising a review of the harbour fees."
    assert find(quotes(text, "en"), "review of the harbour").text == "a review of the harbour fees"


def test_a_group_named_by_its_plural_is_no_he_or_she():
    text = "Port\n\nThe protesters said the harbour had been closed for no reason. “Let us through,” she said."
    sp = find(quotes(text, "en"), "Let us through").speaker.speaker
    assert sp is None or sp.name != "protesters"


def test_a_poll_named_with_a_slash_and_a_participle_after_it_and_a_measure_after_a_number():
    text = ("Poll\n\nThe mayor holds a lead of 12 percentage points among harbour workers, according to a "
            "Gazette/Ipsos poll released last week.")
    q = find(quotes(text, "en"), "lead of 12")
    assert q.text == "The mayor holds a lead of 12 percentage points among harbour workers"
    assert q.speaker.speaker.name == "Gazette/Ipsos poll"
    # (a measure after its number is no verb: nothing reported by "points")
    text = "Poll\n\nIn the previous Gazette poll, taken in May, the mayor led by 5 points among dockers."
    assert all(q.cue != "points" for q in quotes(text, "en"))
    # (a slash inside a date or a number joins nothing)
    text = "Poll\n\nRelatives of the 9/11 victims said the ruling was a betrayal of their trust."
    assert speaker(find(quotes(text, "en"), "a betrayal")) != "/"


def test_pushing_is_an_act_not_a_report():
    text = ("Port\n\nA yellow crane pushed the containers to the edge of the quay. The levy, pushed through by the "
            "council last year, has cost the harbour dearly, the operators say.")
    qs = quotes(text, "en")
    assert none_with(qs, "containers to the edge")
    assert speaker(find(qs, "cost the harbour dearly")) == "operators"


def test_a_cue_word_after_no_or_another_is_a_noun():
    text = "Port\n\nThe harbour is busier than ever, and there's no question the town has gained from it."
    assert none_with(quotes(text, "en"), "town has gained")
    text = "Port\n\nAnother claim the mayor made on Monday was that the ferry would be free."
    assert all(q.cue != "claim" or q.speaker is None or q.speaker.text != "Another" for q in quotes(text, "en"))


def test_asides_things_and_names_that_speak_for_no_one():
    # a passive participle in an aside: the noun before it was acted on
    text = ("Port\n\nHarbour police, called in by the mayor after the fight turned ugly, are patrolling the quay. "
            "The mayor, asked about the curfew, said it would end at dawn.")
    qs = quotes(text, "en")
    assert none_with(qs, "by the mayor after")
    assert find(qs, "end at dawn").text == "it would end at dawn"
    # an adjective of two joined words makes the cue word after it a noun; a name after a fronted clause is the
    # sentence's subject; a short object of a stance phrase is kept
    text = "Port\n\nSailors treated for post-traumatic stress disorder were sent home, the navy said."
    assert speaker(find(quotes(text, "en"), "Sailors treated")) == "navy"
    text = "Port\n\nAs she welcomed the harbour pilots, Reyes (Lab.) was already planning her next campaign."
    assert none_with(quotes(text, "en"), "already planning")
    text = "Port\n\nThe senator has been critical of Reyes since they clashed over the ferry."
    assert find(quotes(text, "en"), "Reyes").text == "Reyes"
    # ("Another" alone is a person)
    text = "Port\n\nOne resident complained. Another said she had not noticed the noise from the harbour."
    assert speaker(find(quotes(text, "en"), "not noticed")) == "Another"
    # (a document of the possessor's speaks for them; "'s" before an adverb and a participle is "has")
    text = "Port\n\nAmbassador Lena Ortiz's plan calls for harbour fees to be phased out by 2030."
    assert speaker(find(quotes(text, "en"), "harbour fees to be")) == "Lena Ortiz"
    text = "Port\n\nUnion leader Kwame Osei's long argued that the harbour fees are too high."
    assert speaker(find(quotes(text, "en"), "fees are too high")) == "Kwame Osei"


def test_mends_after_a_second_review_conditions_documents_and_ideas():
    # the condition of a promise or a warning stays in it
    text = "Port\n\nThe harbour master vowed to stay on when they need him most."
    assert find(quotes(text, "en"), "stay on").text == "to stay on when they need him most"
    text = "Port\n\nThe coastguard warned residents to stay indoors when they hear the sirens."
    assert find(quotes(text, "en"), "stay indoors").text.endswith("hear the sirens")
    # a possessor's document or post speaks for the possessor
    text = "Port\n\nOrtiz's manifesto promises free ferries for every pensioner."
    assert speaker(find(quotes(text, "en"), "free ferries")) == "Ortiz"
    # an idea, a theory or a narrative someone pushes is theirs
    text = "Port\n\nThe governor has been pushing the idea that the floods were sabotage."
    assert speaker(find(quotes(text, "en"), "floods were sabotage")) == "governor"


def test_a_cue_word_after_every_or_each_is_a_noun_but_a_participle_stays_a_verb():
    text = "Port\n\nThe skipper fired every question to the harbour master anyway."
    assert all(q.cue != "question" for q in quotes(text, "en"))
    text = "Port\n\nThe two rivals sparred at the town hall, each hailing a proud record on the harbour."
    assert find(quotes(text, "en"), "proud record").text == "a proud record on the harbour"


def test_a_passive_after_an_aside_is_no_frame_of_the_subject_before_it():
    text = ("Port\n\nThe harbour police revealed Tuesday the sedative ketamine, or street ketamine, was found in the "
            "skipper's van.")
    q = find(quotes(text, "en"), "skipper's van")
    assert q.text == "the sedative ketamine, or street ketamine, was found in the skipper's van" and \
        speaker(q) == "harbour police"
    # (an expectation whose subject stands before an aside keeps its subject)
    text = "Port\n\nThe harbour master, Ann Hale, is expected to make a statement later today."
    q = find(quotes(text, "en"), "make a statement")
    assert q.text == "The harbour master, Ann Hale, is expected to make a statement later today" and q.speaker is None


def test_a_publishers_note_and_a_works_title_are_no_quotes():
    text = ("Port\n\nThe mayor said the harbour would stay open.\n\nEditor’s note: Mayor Reyes has repeatedly "
            "pledged to close the harbour to cruise ships, despite objections from traders.")
    qs = quotes(text, "en")
    assert none_with(qs, "close the harbour to cruise") and find(qs, "stay open")
    text = "Port\n\nLETTERS.\n\nAna Ruiz' commentary, \"Mayor, mind the harbour,\" is very sharp."
    assert none_with(quotes(text, "en"), "mind the harbour")


def test_a_short_sentence_after_a_noun_of_saying_and_a_colon_is_a_quote():
    text = "Port\n\nThe mayor has settled on a blunter slogan for her campaign message: \"Ships come first.\""
    q = find(quotes(text, "en"), "Ships come first")
    assert q.kind == "direct" and speaker(q) == "mayor"
    # (not a title or a slogan without a noun of saying before its colon)
    text = "Port\n\nThe banner on the quay read: \"Save our harbour.\""
    assert all(q.speaker is None for q in quotes(text, "en"))

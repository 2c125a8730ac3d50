"""English: data only. “…” and "…", "said", "according to X", postposed "X said"."""
from ..plugins import hookimpl
from . import Claims, Language, Speech, Time

# --- speech (owned by the quote and speaker extractors) ---
SPEECH = Speech(
    first_person_words=frozenset("i we me us my our mine".split()),
    writer_possessives=frozenset("our".split()),
    interviewer_labels=frozenset("q question interviewer moderator host anchor".split()),
    name_prepositions=frozenset({"for"}),
    name_links=frozenset("to on against without for of".split()),
    organization_name_words=frozenset("""center centre institution society federation motors inc corp corporation
        ltd llc plc holdings airlines airways industries technologies pharmaceuticals foods steel construction fc
        afc tech group bank energy systems solutions partners labs software dairies farms united rovers athletic
        wanderers""".split()),
    as_words=frozenset({"as"}),
    quote_pairs=(("“", "”"), ('"', '"'), ("‘", "’")),
    cue_verbs=frozenset("""
        quipped quips bragged brags bragging
        reiterated reiterates reiterating grumbled grumbles fumed fumes marveled marvelled speculated speculates
        accuse accused accuses accusing acknowledge acknowledged acknowledges acknowledging add added adding
        adds admit admits admitted advise advised advises advising agree agreed agrees allege alleged
        alleges alleging announce announced announces announcing argue argued argues arguing ask asked
        asking asks assert asserted asserting asserts assure assured assures assuring attacked
        attacking believe believed believes believing blame blamed blames blaming blast blasted
        blasting blasts boast boasted boasting boasts call called calling calls caution cautioned cautioning
        cautions challenged challenging charged charging cited citing clarified clarifies clarify clarifying
        claim claimed claiming claims
        commented commenting complain complained complaining complains concede conceded concedes conceding
        conclude concluded concludes concluding confirm confirmed confirming confirms contend contended
        contending contends continued criticise criticised criticises criticising criticize criticized
        criticizes criticizing declare declared declares declaring decried decries decry defended defending
        demanded demanding denied denies deny describe described describes describing disclose disclosed
        discloses disclosing discuss discussed discusses discussing dismiss dismissed dismisses dismissing
        dispute disputed disputes disputing doubted emphasise emphasised emphasises emphasising emphasize
        emphasized emphasizes emphasizing encourage encouraged encourages encouraging endorsed endorsing
        estimated expect expected expecting expects explain explained explaining explains expressed
        expresses expressing feared fearing feel feels felt finds forecasted hinted hinting hoped hoping
        implied implies imply implying indicate indicated indicates indicating informed insist insisted
        insisting insists joked jokes knew know knows lament lamented lamenting laments lashed laud lauded
        lauding maintain maintained maintaining maintains mention mentioned mentioning mentions mocked
        mocking noted notes noting observed observes observing opposed opposes opposing plan planned planning
        plans pledge pledged pledges pledging pointed praised praising predict predicted predicting
        predicts promise promised promises promising propose proposed proposes proposing protested
        questioned questioning reassured recall recalled recalling recalls recommend recommended
        recommending recommends recounted recounting reject rejected rejects remarked reminded
        repeated replied replies reply replying reported reporting reports respond responded responding
        responds retorted reveal revealed revealing reveals said say saying says showed shown shows
        slammed slams stated stating stress stressed stresses stressing suggest suggested suggesting
        suggests tell telling tells testified testifies testify think thinking thinks thought threatened
        threatening threatens told tweeted tweets underscored urge urged urges urging vow vowed vowing
        vows want wanted wanting wants warn warned warning warns wonder wondered wondering wonders worried
        worries worry write writes writing written wrote backed backing backs supported supporting
        supports declined declines documented sees saw spoke speaks speaking referenced references
        detailed details offered offers delivered presented unveiled unveils outlined outlines touted
        touts touting hailed hails pitched pitching questioning contends recommended vowing pressed
        accused described describes characterized characterizes labeled labelled
        branded dubbed insisting signaled signalled acknowledging conceding rejecting dismissing
        defending criticizing attacking slamming blasting mocking mocked ridiculed ridiculing
        ruled rules ruling show shows showed point points pointed pointing note defend defends mock mocks
        endorse endorses learned cite found finds decided condemn condemned echo echoed echoes liken likened
        praise attack question oppose promote promoted targeted refuse refused refuses laid lays
        talked talking spoken highlighted highlighting highlights apologized apologizing
        campaigned campaigning advocated advocating advocates pleaded pleading pleads lobbied lobbying railed railing
        voted voting focused focusing weighed weighing condemns condemning denounce denounced denounces denouncing
        decrying attacks praises applaud applauded applauding applauds welcomed welcoming hailing celebrated
        thanked thanking congratulated congratulating favored favoring favoured favouring denying doubting
        justified justifying portrayed portraying portrays characterizing depicted depicting depicts compared comparing
        likening likens invoked invoking cites admitting recognized recognizing forecasting projected estimating
        anticipated anticipating anticipates wished wishing implored imploring begged begging requested requesting
        proclaimed proclaiming tweeting testifying informing reminding reassuring convinced convincing persuaded
        persuading discouraged discouraging chastised chastising scolded scolding rebuked rebuking lambasted
        lambasting berated berating ridicules derided deriding disparaged disparaging belittled belittling insulted
        insulting faulted faulting chided chiding admonished admonishing deplored deploring regretted regretting
        bemoaned bemoaning protesting objected objecting resisted resisting vetoed vetoing downplayed downplaying
        exaggerated exaggerating overstated overstating understated understates considered deemed suspected
        underscoring signaling complimented complimenting grilled grilling articulated articulating
        estimates recount recounts remind reminds compare compares apologize apologizes congratulate
        congratulates recognize recognizes rebuke rebukes underscore underscores unveil unveiling refusing
        assume assumed assumes assuming understood realized realised discovered hopes fear fears
        recognised recognises recognising regret regrets
        """.split()),
    cue_phrases=("critical of", "concerned about", "skeptical of", "sceptical of", "supportive of", "opposed to",
                 "in favor of", "in favour of",
                 "angry about", "upset about", "frustrated with", "optimistic about", "pessimistic about",
                 "confident about", "enthusiastic about", "wary of", "doubtful about",
                 # (stance with its clause: "residents are afraid that …")
                 "afraid that", "frustrated that", "concerned that", "confident that", "hopeful that", "angry that",
                 "upset that", "disappointed that", "optimistic that", "pessimistic that", "sceptical that",
                 "skeptical that", "certain that", "determined that", "surprised that", "adamant that",
                 # verbs whose object follows a preposition that otherwise opens a phrase of place
                 "hinted at", "hints at", "hint at", "scoffed at", "scoffs at", "took aim at", "takes aim at",
                 "lashed out at", "lashes out at", "poked fun at", "weighed in on", "weighs in on", "believe in",
                 "believes in", "believed in"),
    non_cue_phrases=("compared with", "compared to"),
    infinitive_cues=frozenset("""promise promised promises promising pledge pledged pledges pledging vow vowed vows
        vowing refuse refused refuses refusing decline declined declines declining plan planned plans planning
        threaten threatened threatens threatening agree agreed agrees agreeing offer offered offers offering""".split()),
    infinitive_particle="to",
    clause_only_cues=frozenset("""recall recalled recalls recalling assume assumed assumes assuming understood
        realized realised discovered""".split()),
    company_nouns=frozenset("company firm carmaker automaker retailer chain manufacturer maker operator airline carrier insurer lender supplier giant broadcaster publisher brewer utility grocer".split()),
    report_nouns=frozenset("""reports report claims claim allegations allegation rumours rumors rumour rumor
        suggestions suggestion speculation accusations accusation assertions assertion""".split()),
    cue_nouns=frozenset("""
        statement remarks words comments interview analysis estimate estimates filing filings database
        """.split()),
    complement_nouns=frozenset("""
        claim claims assertion assertions argument arguments charge charges allegation allegations accusation
        accusations acknowledgment acknowledgement admission conclusion statement statements pronouncement
        pronouncements insistence contention warning warnings promise promises pledge pledges suggestion
        suggestions prediction predictions assurance assurances announcement complaint complaints report reports
        message declaration threat threats vow boast
        agreement recognition belief beliefs hope hopes fear fears concern concerns conviction expectation
        expectations suspicion suspicions assumption notion impression idea ideas theory theories narrative
        narratives
        """.split()),
    negative_determiners=frozenset({"no"}),
    relative_verbs=frozenset("""
        released releases release issued issues issue read reads made makes make posted posts post published
        publishes publish presented presents present delivered delivers deliver gave gives give sent sends send
        wrote writes write signed signs sign filed files file drafted drafts draft prepared prepares prepare
        reached reaches reach struck strikes strike negotiated negotiates negotiate brokered brokers broker seen
        witnessed shared
        received receives receive heard hears hear expected expects expect commissioned commissions
        """.split()),
    relative_subject_verbs=frozenset("""
        ran runs went goes came comes appeared appears circulated circulates surfaced surfaces emerged emerges
        """.split()),
    # (their subject makes the claim noun after them its own: "repeated his claim that …", "issued a warning that …")
    claim_holder_verbs=frozenset("""
        made make makes making repeated repeats repeating reiterated reiterates reiterating voiced voices voicing
        expressed expresses expressing persisted persists persisting issued issues issuing sent sends sending
        gave gives giving offered offers offering delivered delivers delivering pushed pushes pushing advanced
        advances advancing stood stands renewed renews renewing
        """.split()),
    possessive_genders={"his": "m", "her": "f", "their": "pl", "its": "n"},
    complementizers=frozenset(["that"]),
    source_before=("according to", "as reported by", "as reported in", "as stated by", "as stated in", "as noted by",
                   "as noted in", "as outlined in", "as detailed in", "in the words of", "per"),
    source_before_strict=("per",),  # ("per the company", never "3 per cent", "per pupil")
    source_after=(),
    subject_pronouns=frozenset("he she they we i".split()),
    conjunction_prepositions=frozenset("after before as since".split()),
    quantity_subjects=frozenset("""some many most all several few others both half none majority dozens hundreds
                                   thousands scores""".split()),
    other_determiners=frozenset("other another every each".split()),
    indefinite_pronouns=frozenset("someone somebody everyone everybody anyone anybody nobody".split()),
    new_referent_words=frozenset("a an another other both two three several".split()),
    rank_words=frozenset("""former ex onetime erstwhile deputy vice""".split()),
    plural_possessive=True,
    addressee_cues=frozenset("told tells tell telling asked asks ask asking".split()),
    numeral_modifiers=frozenset("more than at least nearly almost about around roughly over fewer less".split()),
    frame_subordinators=frozenset("as while when where after before because since although though whereas".split()),
    contrast_subordinators=frozenset("although though whereas while".split()),
    object_closers=frozenset("because although though whereas".split()),
    object_closers_after_comma=frozenset("not".split()),
    object_closing_subordinators=frozenset("after when while whereas since".split()),
    coordination_adverbs=frozenset("also then later still".split()),
    participle_prepositions=frozenset("""including excluding according regarding concerning following during
                                        considering involving barring pending notwithstanding starting beginning
                                        ending""".split()),
    pronouns={"he": "m", "she": "f", "they": "pl", "it": "n", "we": "pl", "i": ""},
    writer_pronouns=frozenset({"i", "we"}),
    topic_cues=frozenset("speak speaks spoke speaking talk talks talked talking".split()),
    topic_prepositions=frozenset("about".split()),
    topic_prepositions_near=frozenset("of on out".split()),
    descriptive_verbs=frozenset("""
        is are was were be been being remains remained faces faced received receives won wins
        """.split()),
    spokesperson_roles=frozenset("""
        spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives
        """.split()),
    role_nouns=frozenset("""
        secretary-general under-secretary undersecretary administrator administrators chair co-chair
        minister president spokesman spokeswoman spokesperson chief director secretary mayor senator
        detective inspector constable sergeant
        representative ambassador commissioner expert official officials leader chairman chairwoman
        governor prosecutor lawyer attorney judge coach candidate analyst executive ceo founder
        ministers presidents spokesmen spokeswomen directors secretaries mayors senators representatives
        ambassadors commissioners leaders governors prosecutors lawyers attorneys judges candidates
        analysts executives lawmaker lawmakers legislator legislators pastor pastors activist activists
        advocate advocates critic critics economist economists researcher researchers scientist scientists
        investigator investigators aide aides adviser advisers advisor advisors organizer organizers
        strategist strategists pollster pollsters economists experts nominee nominees source sources doctor
        doctors physician physicians businessman businesswoman surrogate surrogates supporter supporters
        opponent opponents protester protesters reporter journalist narrator announcer
        insider insiders operative operatives environmentalist environmentalists voter voters member members
        resident residents officer officers observer observers witness witnesses commentator commentators
        columnist columnists historian historians professor professors scholar scholars head
        engineer engineers auditor auditors parent parents negotiator negotiators worker workers regulator
        regulators teacher teachers nurse nurses farmer farmers surgeon surgeons principal principals superintendent sheriff
        manager managers epidemiologist epidemiologists deputy deputies organiser organisers councillor councillors
        councilor councilors campaigner campaigners host hosts presenter presenters
        congressman congresswoman congressmen congresswomen councilman councilwoman councilmen councilwomen
        assemblyman assemblywoman alderman alderwoman rival rivals challenger challengers diplomat diplomats
        agent agents player players speaker chancellor democrats republicans
        neighbour neighbours neighbor neighbors friend friends colleague colleagues boss
        striker goalkeeper defender midfielder winger captain referee
        mp mps mep meps msp msps mla mlas ceos cfo cfos pm rep reps
        """.split()),
    org_nouns=frozenset("""
        agency ministry government police army media union party administration embassy commission
        council department office court company group association organization organisation campaign
        committee agency
        city town county state newspaper network bank firm fund institute foundation coalition alliance
        poll survey study polls surveys studies
        authorities panel family team caucus report letter article memo website groups unions agencies
        companies hospital school district university college clinic airline league club museum prison board
        staff bureau service
        """.split()),
    # (party labels before a name, "Republican Donald Trump", are not part of it either)
    # (only words a woman or a man alone is called: "chairman" and "spokesman" are said of women too)
    kinship_nouns=frozenset("""
        wife husband widow widower mother father daughter son sister brother lady""".split()),
    same_words=frozenset("same".split()),
    pronoun_genders={"he": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"},
    gendered_words=dict(
        [(w, "m") for w in "mr mr. sir lord husband father brother boyfriend king prince widower".split()] +
        [(w, "f") for w in "mrs mrs. ms ms. miss spokeswoman chairwoman congresswoman businesswoman wife mother "
                           "daughter sister girlfriend lady widow queen princess actress".split()]),
    titles=frozenset("mr. mr mrs. mrs ms. ms dr. dr prof. sen. rep. gov. gen. lt. col. sgt. rev. msgr. adm. maj. "
                     "cllr cllr. "
                     "cpl. supt. det. insp. capt. republican "
                     "democrat democratic gop".split()),
    party_titles=frozenset("republican democrat democratic gop".split()),
    role_second_words=frozenset({"general"}),
    possessive_endings=("'s", "’s"),
    lead_adjective_endings=("an", "ic", "al"),
    description_endings=("er", "or", "ist", "ent", "ant"),
    determiners=frozenset("""
        the a an this these those his her its their our several many some most no
        two three four five six seven eight nine ten twelve dozens hundreds thousands few
        """.split()),
    relay_cues=frozenset("quoted quoting".split()),
    prepositions=frozenset("""
        in on at of for from with without about against between into onto over under after before
        during since until to toward towards through among within upon via like as than despite amid amidst
        """.split()),
    agent_prepositions=frozenset("by".split()),
    passive_auxiliaries=frozenset("is are was were be been being".split()),
    bare_passive_reports_nothing=True,
    bare_passive_clause_cues=frozenset("""accused alleged blamed charged criticized criticised condemned
        expected predicted projected forecast estimated rumored rumoured suspected believed thought considered
        regarded viewed rated labeled labelled dubbed branded described cited announced confirmed reported""".split()),
    passive_stance_cues=frozenset("convinced persuaded".split()),
    setting_prepositions=frozenset("at in from during near inside outside across throughout into amid".split()),
    of_words=frozenset("of for at by".split()),
    stop_words=frozenset("""
        but and or so yet also then now today yesterday however meanwhile still even though although
        afterwards afterward sometimes always often usually rarely never towards
        while when if because since after before as it this that these those there here we i you they
        he she in on at for with from by of to the a an his her its their our my your what who which
        why how where not no nearly almost about only just more less last following
        perhaps overall worse better contrary along below above could should having
        being let instead indeed moreover furthermore finally eventually similarly likewise otherwise
        nevertheless nonetheless regardless besides thus hence therefore consequently ultimately notably
        specifically separately elsewhere initially originally previously currently recently apparently
        clearly obviously certainly surely unfortunately fortunately interestingly importantly ironically
        additionally once unlike unless whereas whenever whether according neither either lest
        monday’s tuesday’s wednesday’s thursday’s friday’s saturday’s sunday’s today’s yesterday’s
        monday's tuesday's wednesday's thursday's friday's saturday's sunday's today's yesterday's
        """.split()),
    auxiliaries=frozenset("""
        has have had having is are was were be been being will would could should can may might must
        shall did does do also not never ever already still just further later previously recently repeatedly
        often once again 's ’s 've ’ve 'd ’d 're ’re 'll ’ll
        """.split()),
    contraction_endings=("s", "ve", "d", "re", "ll"),
    contraction_hosts=("he", "she", "they", "we", "i", "you", "who"),
    relative_pronouns=frozenset("who which whose".split()),
    quotation_cues=frozenset("""
        chanted chanting chants countered snapped shouted shouting yelled screamed whispered mused
        muses""".split()),
    free_relatives=frozenset("what whatever".split()),
    relative_mention=True,
    title_case_titles=True,
    conjunctions=frozenset("and but or".split()),
    nested_quotes=False,
    join_frame_length=300,
    object_content=True,
    word_nouns=frozenset("phrase phrases term terms word slogan slogans motto label expression words message messages warning".split()),
    quantity_nouns=frozenset("hundreds thousands dozens millions scores number".split()),
    question_cues=frozenset("asked asks ask asking wondered".split()),
    answer_words=('yes', 'no', 'absolutely', 'certainly', 'of course', 'never', 'not at all', 'definitely'),
    neuter_pronouns=frozenset({"it"}),
    plural_pronouns=frozenset({"they"}),
    plural_noun_endings=("s",),
    plural_bodies=True,
    age_noun_pattern=r"\d+-year-old",
    person_noun_endings=("er", "or", "ee", "ist", "ant", "ent", "ian", "man", "woman", "ive"),
    death_words=frozenset("died dies dead killed".split()),
    time_adverbs=frozenset("late early earlier later afterwards".split()),
    auxiliary_adverbs=frozenset("first further long".split()),
    naming_words=frozenset("dubbed titled entitled nicknamed named codenamed code-named".split()),
    stance_object_cues=frozenset("""endorse endorses endorsed endorsing back backs backed backing support supports
        supported supporting oppose opposes opposed opposing attack attacks attacked attacking criticize criticizes
        criticized criticizing criticise criticises criticised criticising mock mocks mocked mocking praise praises
        praised praising slam slams slammed slamming blast blasts blasted blasting reject rejects rejected
        rejecting condemn condemns condemned condemning denounce denounces denounced denouncing defend defends
        defended defending echo echoes echoed echoing dismiss dismisses dismissed dismissing""".split()) | frozenset((
        "critical of", "supportive of", "opposed to", "in favor of", "in favour of", "skeptical of", "sceptical of",
        "wary of")),
    naming_cues=frozenset("call calls called calling term terms termed dub dubs dubbed label labels labeled "
                          "labelled brand brands branded".split()),
    foreign_name_words=frozenset("pour un une du de la le les et des sur y del da do dos della di el los las der die das und von für".split()),
    predicate_openers=frozenset("""
        is are was were will would could should can may might must shall does do did has have had
        isn't aren't wasn't weren't won't wouldn't couldn't shouldn't can't cannot mustn't doesn't don't
        didn't hasn't haven't hadn't isn’t aren’t wasn’t weren’t won’t wouldn’t couldn’t shouldn’t can’t
        mustn’t doesn’t don’t didn’t hasn’t haven’t hadn’t
        remains remained seems seemed appears appeared proved proves became becomes
        """.split()),
    modal_verbs=frozenset("""
        will would could should can may might must shall won't wouldn't couldn't shouldn't can't cannot
        won’t wouldn’t couldn’t shouldn’t can’t
        """.split()),
    zero_complementizer=True,
    participle_suffixes=("ing",),
    adjective_participle_suffixes=("ed",),
    articles=frozenset("the a an".split()),
    singular_articles=frozenset("a an".split()),
    measure_cues=frozenset("point points".split()),
    possessive_noun_markers=frozenset("his their its our my your".split()),
    irregular_participles=frozenset("said told written spoken shown given made known seen taught".split()),
    unsaid_phrases=("short of", "instead of", "rather than", "without"),
    anonymity_content=r"(?:(?:not )?to be (?:publicly )?(?:named|identified|quoted)|on (?:the )?condition of anonymity)\b"
                      r"(?:\s*(?:by name|because|as|since)\b[^,]*)?\s*(?=,|\Z)",
    unanswered_content=r"to (?:\w+ ){0,3}(?:(?:requests?|messages?|calls?|e-?mails?|inquir(?:y|ies)|quer(?:y|ies)|"
                       r"questions?)\b(?: \w+){0,3} comment|messages?|calls?|e-?mails?|inquir(?:y|ies)|quer(?:y|ies))"
                       r"\b[^,;:]*\Z",
    adverb_suffixes=("ly",),
    name_abbreviations=frozenset("st ft mt".split()),
    abbreviations=frozenset("""
        dr prof mr mrs ms st mt ft sen rep gov gen lt col capt sgt jr sr inc ltd co corp ca etc vs
        rev msgr adm maj cpl supt det insp hon messrs
        jan feb apr aug sept sep oct nov dec
        """.split()),
    acronym_homographs=frozenset({"WHO"}),
    phrasal_non_cues={**{w: ("up",) for w in "add adds added adding".split()},
                      **{w: ("off",) for w in "call calls called calling".split()},
                      **{w: ("down",) for w in "back backs backed backing".split()},
                      **{w: ("up", "off") for w in "show shows showed showing".split()}},
    # ("No. 10 Downing Street", but "She voted no. The judge …" ends)
    number_abbreviations=frozenset("art approx est max min tel fig pp no vol".split()),
    headline_attribution=True,
    headline_topic_prepositions=("on",),
    headline_cues=frozenset("""says say warns warn urges urge insists insist accuses accuse rips rip""".split()),
    headline_cue_phrases=frozenset(("vows to", "vow to", "pledges to", "pledge to")),
    work_title_verbs=frozenset("""shows show showed unveils unveil unveiled presents present presented offers offer
        offered delivers deliver delivered""".split()),
    headline_evidence_cues=frozenset("shows show finds find suggests suggest".split()),
    evidence_nouns=frozenset("""poll polls survey surveys study studies report reports data analysis research
        review audit figures census website record records documents""".split()),
    work_nouns=frozenset("""commentary column op-ed essay article book novel memoir film documentary song album
        poem editorial""".split()),
    publisher_note_labels=("editor's note:", "editor’s note:", "editors' note:", "editors’ note:",
                           "note to readers:"),
    headline_labels=frozenset("""
        latest update updated correction exclusive breaking watch video videos photos analysis opinion
        editorial review live explainer interview transcript letter letters comment column obituary podcast
        photo source sources credit note
        sport sports cricket golf snooker football soccer tennis rugby boxing athletics cycling swimming baseball
        basketball hockey motorsport racing election elections weather business markets politics health science
        technology tech crime courts travel world music film books arts culture education
        """.split()),
)

# --- time (owned by the date extractor) ---
TIME = Time(
    dateparser_language="en",
    day_suffixes=(".", "th", "st", "nd", "rd"),
    numeric_order="MDY",
    months={
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
        "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
        "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    },
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
              "sunday": 6},
    ambiguous_months=frozenset({"may", "march", "fall"}),
    month_prefixes=("in", "since", "by", "of", "until", "during", "from", "to", "through", "early", "late",
                    "mid", "mid-", "last", "next", "this", "before", "after", "on", "between", "and"),
    capitalised_months=True,
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1},
    previous=frozenset("last past previous prior preceding".split()),
    following=frozenset("next coming following subsequent".split()),
    this=frozenset("this current".split()),
    previous_as_duration=frozenset({"past"}),
    plural_units=frozenset("days weeks months years quarters decades".split()),
    units={"day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
           "month": "month", "months": "month", "year": "year", "years": "year", "quarter": "quarter",
           "quarters": "quarter", "decade": "decade", "decades": "decade", "century": "century",
           "centuries": "century"},
    numbers={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
             "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100, "a dozen": 12},
    vague_numbers=frozenset({"several", "a few", "few", "many", "some"}),
    indefinite=("a", "an"),
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4},
    last_ordinals=frozenset({"final", "last"}),
    ago_after=("ago",),
    date_prefixes=frozenset("on in since until by".split()),
    determiners=("the",),
    of_words=("of",),
    modifiers={"early": "START", "late": "END", "mid": "MID", "the end of": "END", "the beginning of": "START",
               "the start of": "START", "the middle of": "MID", "the first half of": "START",
               "the second half of": "END"},
    relative_modifiers=("earlier", "later"),
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    day_parts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    refs={"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
          "at present": "PRESENT_REF", "presently": "PRESENT_REF",
          "nowadays": "PRESENT_REF", "the time being": "PRESENT_REF",
          "recently": "PAST_REF", "more recently": "PAST_REF", "recent": "PAST_REF",
          "recent years": "PAST_REF", "the past": "PAST_REF", "recent days": "PAST_REF",
          "recent weeks": "PAST_REF", "recent months": "PAST_REF", "these days": "PRESENT_REF",
          "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the long term": "FUTURE_REF",
          "the near term": "FUTURE_REF", "soon": "FUTURE_REF", "very soon": "FUTURE_REF"},
    anchor_phrases={"the day": "day", "the same day": "day", "the weekend": "weekend", "tonight": "day",
                    "the quarter": "quarter", "the latest quarter": "quarter", "the most recent quarter": "quarter",
                    "year-end": "year", "year end": "year"},
    set_words=frozenset("every each".split()),
    set_adverbs={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"},
    future_cues=frozenset("will 'll ’ll shall scheduled expected planned planning until till upcoming "
                          "should would expects expect forecast forecasts".split()),
    season_prefixes=("in", "the", "last", "this", "next", "since", "during", "until", "by", "of", "early",
                     "late"),
    anaphoric_previous=frozenset({"previous", "prior", "preceding"}),
    same_words=("same", "comparable", "corresponding"),
    period_words={"period": None, "time": None, "month": "month", "quarter": "quarter", "week": "week",
                  "day": "day"},
    earlier_words=("earlier", "before"),
    year_earlier_words=("year-earlier", "year-ago", "year earlier", "year ago"),
    mod_anchor_phrases={"the year": "year", "the month": "month", "the week": "week", "the day": "day",
                        "the quarter": "quarter", "the decade": "decade"},
    duration_quantifiers=("over", "more than", "nearly", "almost", "about", "for", "within", "less than"),
    not_before_ref=("most", "the most", "more"),
    fiscal_words=("fiscal",),
    half_words=("half",),
    shift_earlier=("earlier",),
    shift_later=("later",),
    anaphoric_following=frozenset({"following", "subsequent"}),
    future_phrases=("set to ", "is to ", "are to ", "going to "),
    past_cues=frozenset("said announced reported told confirmed disclosed stated added warned ago".split()),
    lowercase_seasons=True,
    weekday_apposition=("the",),
    range_words=("to", "through", "until", "and", "-", "–"),
    holidays={"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
              "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
              "new year’s eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
              "valentine’s day": (2, 14)},
    not_before_holiday=("father",),
    named_event_after=("attack", "terror", "commission", "anniversary"),
    not_after_year=("people", "points", "index", "troops", "workers", "jobs", "members", "soldiers", "units",
                    "cars", "euros", "dollars", "pounds", "miles", "km", "kilometres", "kilometers", "tons",
                    "tonnes", "votes", "employees", "shares", "residents", "homes", "students", "passengers",
                    "patients", "cases", "deaths", "vehicles", "barrels", "acres", "feet", "meters", "metres",
                    "square", "delegates", "seats", "companies", "others"),
    not_before_weekday=("black", "cyber", "super", "good", "ash", "bloody", "holy", "news"),
)

# --- claims (owned by the claim extractor) ---
CLAIMS = Claims(
    confirm=frozenset('confirmed confirms confirm verified'.split()),
    deny=frozenset('denied denies deny refuted disputed'.split()),
    negation=frozenset("not no never didn't hasn't haven't wasn't weren't couldn't won't isn't doesn't cannot "
                       "neither".split()),
    unconfirmed=('not yet', 'has yet to', 'have yet to'),
    unconfirmed_words=('unconfirmed', 'unverified'),
    agent_prepositions=('by',),
    according_before=('according to', 'citing'),
    source_stop=frozenset('was were is are has have had been be the a an that which but and or also however it '
                          'its not yet officially on in'.split()),
    coordinators=frozenset({'and'}),
    cue_blockers=frozenset('to could would will can may might must should shall'.split()),
    subordinators=frozenset('that whether because if when as'.split()),
    pronouns=frozenset('he she it they we i you this that these those'.split()),
    passive_auxiliaries=frozenset('was were been being is are be'.split()),
    conditionals=frozenset('if whether unless'.split()),
)

LANGUAGE = Language(
    code="en",
    name="English",
    detect_words=frozenset("""
        the and of to is was that for with on are by this have has from which were their been said it
        be he she they not but at
        """.split()),
    speech=SPEECH,
    time=TIME,
    claims=CLAIMS,
)


@hookimpl
def newsquotes_languages():
    return [LANGUAGE]

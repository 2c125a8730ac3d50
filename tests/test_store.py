"""store.py on real temporary databases, with hand-made extractions (independent of extractor quality)."""
import json

import sqlite_utils

from datasette_newsquotes.model import Article, Claim, DateExpr, Extraction, Mention, Quote, Speaker
from datasette_newsquotes.store import Store


def extraction(aid, published, quotes=(), claims=(), dates=(), text=None):
    text = text or "x" * 400
    ex = Extraction(article=Article(id=aid, text=text, language="en", published=published,
                                    published_precision="day", source="Test"))
    ex.quotes.extend(quotes)
    ex.claims.extend(claims)
    ex.dates.extend(dates)
    return ex


def quote(start, text, name, aliases=(), role=None, kind="direct", via=None):
    sp = Speaker(name=name, aliases=list(aliases), descriptions=[role] if role else [])
    q = Quote(start=start, end=start + len(text), text=text, kind=kind,
              speaker=Mention(start=0, end=len(name), text=name, speaker=sp))
    if via:
        q.via = Mention(start=0, end=len(via), text=via, speaker=Speaker(name=via, kind="organization"))
    return q


def test_spellings_of_one_person_merge_and_namesakes_stay_apart(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2023-09-13", [quote(0, "We will come", "Putin", role="russesche President")])])
    st.write([extraction("a2", "2023-09-14", [quote(0, "Friendship", "Wladimir Putin")])])
    st.write([extraction("a3", "2023-09-15", [quote(0, "Cooperation", "Vladimir Putin")])])
    st.write([extraction("a4", "2023-09-15", [quote(0, "Weapons", "Kim Jong Un"),
                                              quote(20, "Deeply concerned", "Kim Young-ho")])])
    db = st.db
    rows = {r["name"]: r for r in db.query("select * from speakers")}
    assert set(rows) == {"Wladimir Putin", "Kim Jong Un", "Kim Young-ho"}
    putin = rows["Wladimir Putin"]
    assert putin["quote_count"] == 3
    assert set(json.loads(putin["aliases"])) == {"Putin", "Vladimir Putin"}
    assert json.loads(putin["descriptions"]) == ["russesche President"]
    assert (putin["first_seen"], putin["last_seen"]) == ("2023-09-13", "2023-09-15")


def test_first_names_of_other_people_do_not_merge_as_spellings(tmp_path):
    # a one-letter transliteration merges; a letter added (Mara/Marta) or a changed final vowel (Paola/Paolo)
    # names someone else, while a doubled letter (Mohamed/Mohammed) is a spelling again
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-02-01", [quote(0, "We will appeal", "Sergei Volkov"),
                                              quote(20, "The count is fair", "Mara Lindqvist"),
                                              quote(40, "Not this year", "Paola Ferri"),
                                              quote(60, "Talks resume", "Mohamed Saleh")])])
    st.write([extraction("a2", "2024-02-03", [quote(0, "The appeal is filed", "Sergey Volkov"),
                                              quote(20, "I ran the count", "Marta Lindqvist"),
                                              quote(40, "Next year, maybe", "Paolo Ferri"),
                                              quote(60, "Talks ended", "Mohammed Saleh")])])
    names = {r["name"] for r in st.db.query("select name from speakers")}
    assert names == {"Sergei Volkov", "Mara Lindqvist", "Marta Lindqvist", "Paola Ferri", "Paolo Ferri",
                     "Mohamed Saleh"}


def test_same_quote_in_several_articles_is_one_group(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-01-02", [quote(5, "We will not give up.", "Anna Berg")])])
    st.write([extraction("a2", "2024-01-05", [quote(9, "We will NOT give up!", "Anna Berg")]),
              extraction("a3", "2024-01-03", [quote(9, "Something else entirely.", "Anna Berg")])])
    groups = list(st.db.query("select occurrences, article_count, first_seen, last_seen from quote_groups "
                              "order by occurrences desc"))
    assert groups[0] == {"occurrences": 2, "article_count": 2, "first_seen": "2024-01-02",
                         "last_seen": "2024-01-05"}
    assert len(groups) == 2


def test_reload_replaces_rows_and_drops_orphans(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-01-02", [quote(0, "First version", "Tom Ashe")],
                         dates=[DateExpr(0, 5, "xxxxx", "2024-01-01", "2024-01-01", "2024-01-01", "day")])])
    st.write([extraction("a1", "2024-01-02", [quote(0, "Second version", "Lea Marx")])])
    db = st.db
    assert [r["text"] for r in db.query("select text from quotes")] == ["Second version"]
    assert [r["name"] for r in db.query("select name from speakers")] == ["Lea Marx"]
    assert db["dates"].count == 0
    assert db["quote_groups"].count == 1


def test_claim_status_history_across_articles(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    text = "The minister will resign."
    st.write([extraction("r1", "2024-03-01", claims=[Claim(0, len(text), text, status="reported")], text=text)])
    st.write([extraction("r3", "2024-03-09", claims=[Claim(0, len(text), text, status="denied")], text=text),
              extraction("r2", "2024-03-05", claims=[Claim(0, len(text), text, status="confirmed")], text=text)])
    [g] = st.db.query("select * from claim_groups")
    assert g["occurrences"] == 3
    assert (g["first_status"], g["latest_status"]) == ("reported", "denied")
    assert [h["status"] for h in json.loads(g["status_history"])] == ["reported", "confirmed", "denied"]


def test_via_speaker_is_stored(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-01-02", [quote(0, "Imperialist threats", "Kim Jong Un", via="KCNA")])])
    [row] = st.db.query("select s.name speaker, v.name via from quotes q join speakers s on s.id = q.speaker_id "
                        "join speakers v on v.id = q.via_speaker_id")
    assert row == {"speaker": "Kim Jong Un", "via": "KCNA"}


def test_full_text_search_works(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-01-02", [quote(0, "Die Brücke wird im Mai eröffnet", "Anna Berg")])])
    hits = list(st.db["quotes"].search("brucke"))  # diacritics folded
    assert [h["text"] for h in hits] == ["Die Brücke wird im Mai eröffnet"]
    assert st.db["articles"].detect_fts() and st.db["claims"].detect_fts()


def test_a_partial_quote_joins_the_full_one(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    full = "We will rebuild the bridge before the winter, whatever it costs the city."
    st.write([extraction("p1", "2024-04-01", [quote(0, full, "Anna Berg")])])
    st.write([extraction("p2", "2024-04-02", [quote(0, "rebuild the bridge before the winter", "Anna Berg")]),
              extraction("p3", "2024-04-03", [quote(0, "rebuild the bridge before the winter", "Tom Ashe")])])
    groups = {r["text"]: r for r in st.db.query(
        "select g.text, g.occurrences, s.name from quote_groups g join speakers s on s.id = g.speaker_id")}
    assert groups[full]["occurrences"] == 2 and groups[full]["name"] == "Anna Berg"
    assert groups["rebuild the bridge before the winter"]["name"] == "Tom Ashe"


def test_older_database_gains_new_columns(tmp_path):
    db = sqlite_utils.Database(str(tmp_path / "t.db"))
    db["quote_groups"].create({"id": str, "text": str}, pk="id")
    Store(db)
    assert "norm" in db["quote_groups"].columns_dict and "occurrences" in db["quote_groups"].columns_dict


def test_common_noun_sources_stay_in_their_article(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    police = Speaker(name="police", kind="organization")
    q1 = Quote(start=0, end=10, text="Two arrests", kind="indirect", speaker=Mention(0, 6, "police", police))
    q2 = Quote(start=0, end=10, text="No suspect", kind="indirect",
               speaker=Mention(0, 6, "police", Speaker(name="police", kind="organization")))
    st.write([extraction("c1", "2024-01-01", [q1]), extraction("c2", "2024-01-02", [q2])])
    rows = list(st.db.query("select name, quote_count from speakers order by id"))
    assert rows == [{"name": "police", "quote_count": 1}, {"name": "police", "quote_count": 1}]


def test_a_bad_article_costs_only_itself(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    good = extraction("g1", "2024-01-01", [quote(0, "Fine words", "Anna Berg")])
    bad = extraction("b1", "2024-01-01", [quote(0, "Odd words", "Tom Ashe")])
    bad.article.source = {"not": "text"}  # sqlite3 cannot bind a dict
    failed = st.write([good, bad])
    assert [(ex.article.id, type(e).__name__) for ex, e in failed] == [("b1", "ProgrammingError")]
    assert [r["id"] for r in st.db.query("select id from articles")] == ["g1"]
    # the speaker cache was reset with the rolled-back transaction: later writes still find their speakers
    st.write([extraction("g2", "2024-01-02", [quote(0, "More words", "Anna Berg")])])
    assert list(st.db.query("select name, quote_count from speakers")) == [{"name": "Anna Berg", "quote_count": 2}]


def test_one_span_is_one_quote(tmp_path):
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    q1 = quote(0, "The same words", "Anna Berg")
    q2 = quote(0, "The same words", "Anna Berg", kind="indirect")
    st.write([extraction("d1", "2024-01-01", [q1, q2])])
    assert st.db["quotes"].count == 1


def test_normalize_text_fast_path_matches_the_regex():
    """ASCII texts take a byte translation instead of the regex: both must give the same words."""
    import random
    import re
    import unicodedata

    from datasette_newsquotes.store import normalize_text

    def by_regex(text):
        text = re.sub(r"[\u0300-\u036f]+", "", unicodedata.normalize("NFKD", text)).casefold()
        return re.sub(r"\W+", " ", text).strip()

    rnd = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + list("äöüßéèçÉ„“«»–’\u00a0\u2009")
    texts = ["", " ", "!!!", "Die Brücke, sagte sie.", "a_b  c\t\nd", "__", "x-1.5%"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(5000)]
    texts += [chr(c) + "ab" + chr(c) for c in range(128)]
    for t in texts:
        assert normalize_text(t) == by_regex(t), repr(t)


def test_counts_added_batch_by_batch_match_a_recount(tmp_path):
    """Groups and speakers that only gain rows have the batch's counts added; ones that lose rows (an article
    loaded again) are recounted. Loading one article per batch, all at once, or with a reload in between must
    leave the same counts, texts, dates and claim histories."""
    claim = "The port will close in June."

    def articles():
        out = []
        for i, (day, said, status) in enumerate([
                ("2024-05-03", "The port must stay open.", "reported"),
                ("2024-05-01", "The port must stay open for all ships.", "reported"),
                (None, "The port must stay open!", "confirmed"),
                ("2024-05-09", "The port must stay open for all ships now.", "denied"),
                ("2024-05-09", "We never discussed it.", "denied")]):
            text = claim + " " + said
            q = quote(len(claim) + 1, said, "Mara Quist", role="harbour master")
            out.append(extraction("p{}".format(i), day, [q], text=text,
                                  claims=[Claim(0, len(claim), claim, status=status)]))
        return out

    def state(st):
        return [list(st.db.query("select * from {} order by id".format(t)))
                for t in ("quote_groups", "claim_groups", "speakers")]

    one_by_one = Store(sqlite_utils.Database(str(tmp_path / "a.db")))
    for ex in articles():
        one_by_one.write([ex])
    together = Store(sqlite_utils.Database(str(tmp_path / "b.db")))
    together.write(articles())
    reloaded = Store(sqlite_utils.Database(str(tmp_path / "c.db")))
    exs = articles()
    reloaded.write(exs[:3])
    reloaded.write(articles()[1:2] + exs[3:])   # p1 again, then the rest

    assert state(one_by_one) == state(together) == state(reloaded)
    groups = list(one_by_one.db.query("select * from quote_groups order by occurrences desc"))
    assert groups[0]["occurrences"] == 4 and groups[0]["article_count"] == 4
    assert groups[0]["text"] == "The port must stay open for all ships now."
    assert (groups[0]["first_seen"], groups[0]["last_seen"]) == ("2024-05-01", "2024-05-09")
    [cg] = one_by_one.db.query("select * from claim_groups")
    assert [h["status"] for h in json.loads(cg["status_history"])] == [
        "confirmed", "reported", "reported", "denied", "denied"]
    assert (cg["first_status"], cg["latest_status"], cg["occurrences"]) == ("confirmed", "denied", 5)
    [sp] = one_by_one.db.query("select * from speakers")
    assert (sp["quote_count"], sp["article_count"], sp["first_seen"], sp["last_seen"]) == (
        5, 5, "2024-05-01", "2024-05-09")


def test_a_partial_quote_looks_back_over_the_speakers_latest_groups_only(tmp_path, monkeypatch):
    """Grouping a partial quote with the full one looks at the speaker's latest CONTAINMENT_WINDOW groups: a
    speaker quoted tens of thousands of times must not make every new quote scan all of them."""
    import datasette_newsquotes.store as store_module

    monkeypatch.setattr(store_module, "CONTAINMENT_WINDOW", 3)
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    old = "The tunnel will be finished before the next election, and not a day later."
    st.write([extraction("t0", "2024-01-01", [quote(0, old, "Anna Berg")])])
    others = ["We are hiring {} more engineers for the tunnel project this year.".format(n)
              for n in ("ten", "twenty", "thirty", "forty")]
    st.write([extraction("t{}".format(i + 1), "2024-02-0{}".format(i + 1), [quote(0, t, "Anna Berg")])
              for i, t in enumerate(others)])
    st.write([extraction("t9", "2024-03-01", [
        quote(0, "finished before the next election", "Anna Berg"),
        quote(60, "hiring forty more engineers for the tunnel", "Anna Berg")])])
    counts = {r["text"]: r["occurrences"] for r in st.db.query("select text, occurrences from quote_groups")}
    assert counts[others[-1]] == 2                            # recent: the part joins the whole
    assert counts[old] == 1                                    # four groups back: a group of its own
    assert counts["finished before the next election"] == 1


def _recount_problems(db):
    """Every group and speaker compared with a recount from its member rows (what the counts must equal)."""
    problems = []
    for table, members in (("quote_groups", "quotes"), ("claim_groups", "claims")):
        for g in db.query("select * from [{}]".format(table)):
            [r] = db.query("""select count(*) n, count(distinct article_id) a, min(published) f, max(published) l,
                                     max(speaker_id) s from [{}] where group_id = ?""".format(members), [g["id"]])
            texts = list(db.query("select text from [{}] where group_id = ? order by length(text) desc, rowid "
                                  "limit 1".format(members), [g["id"]]))
            want = (r["n"], r["a"], r["f"], r["l"], r["s"], texts[0]["text"] if texts else None)
            have = (g["occurrences"], g["article_count"], g["first_seen"], g["last_seen"], g["speaker_id"], g["text"])
            if want != have or not r["n"]:
                problems.append((table, g["id"], want, have))
            if table == "claim_groups" and r["n"]:
                history = [[h["published"], h["status"], h["article_id"]] for h in json.loads(g["status_history"])]
                rows = [list(x.values()) for x in db.query(
                    "select published, status, article_id from claims where group_id = ? "
                    "order by published, article_id, rowid", [g["id"]])]
                if history != rows or (g["first_status"], g["latest_status"]) != (rows[0][1], rows[-1][1]):
                    problems.append(("history", g["id"], rows, history))
    for s in db.query("select * from speakers"):
        [r] = db.query("select count(*) n, count(distinct article_id) a, min(published) f, max(published) l "
                       "from quotes where speaker_id = ?", [s["id"]])
        if (r["n"], r["a"], r["f"], r["l"]) != (s["quote_count"], s["article_count"], s["first_seen"], s["last_seen"]):
            problems.append(("speakers", s["name"], r, s))
    return problems


def test_counts_equal_a_recount_whatever_the_batches(tmp_path):
    """Random articles written in random batches, with articles loaded again, an id twice in one batch,
    equal-length wordings, two quotes of one group in one article and a claim found twice on one span: after
    every batch, each group's and speaker's counts, dates, texts and claim history equal a recount."""
    import random

    rng = random.Random(20261128)
    names = ["Anna Berg", "Tom Ashe", "Lea Marx", None]
    said = ["The port must stay open for all ships.", "THE PORT must stay open for all ships!",
            "The port must stay open for all ships?", "the port must stay open", "We will build more houses."]
    claims = ["The harbour will close in June.", "the harbour will close in june!", "Rents rose again."]
    days = [None, "2024-05-01", "2024-05-02", "2024-05-09"]

    def article(aid):
        qs, cs, pos = [], [], 0
        for _ in range(rng.randrange(0, 4)):
            t, name = rng.choice(said), rng.choice(names)
            q = quote(pos, t, name) if name else Quote(start=pos, end=pos + len(t), text=t, kind="direct")
            qs.append(q)
            pos += len(t) + 1
        for _ in range(rng.randrange(0, 3)):
            t = rng.choice(claims)
            sp = rng.choice(names)
            c = Claim(pos, pos + len(t), t, status=rng.choice(["reported", "confirmed", "denied"]),
                      speaker=Mention(0, len(sp), sp, Speaker(name=sp)) if sp else None)
            cs.append(c)
            if rng.random() < 0.3:   # the same span again, with another status
                cs.append(Claim(c.start, c.end, t, status="denied"))
            pos += len(t) + 1
        return extraction(aid, rng.choice(days), qs, claims=cs, text="x" * (pos + 10))

    st = Store(sqlite_utils.Database(str(tmp_path / "r.db")))
    for _ in range(40):
        batch = [article("a{}".format(rng.randrange(25))) for _ in range(rng.randrange(1, 6))]
        st.write(batch)
        assert _recount_problems(st.db) == []
    assert st.db["quote_groups"].count and st.db["claim_groups"].count


def test_short_quotes_do_not_push_a_long_one_out_of_the_window(tmp_path, monkeypatch):
    import datasette_newsquotes.store as store_module

    monkeypatch.setattr(store_module, "CONTAINMENT_WINDOW", 3)
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    full = "The tunnel will be finished before the next election, and not a day later."
    st.write([extraction("s0", "2024-01-01", [quote(0, full, "Anna Berg")])])
    st.write([extraction("s{}".format(i), "2024-02-0{}".format(i), [quote(0, short, "Anna Berg")])
              for i, short in enumerate(["No comment.", "Not today.", "We will see.", "Maybe later.", "Thanks."], 1)])
    st.write([extraction("s9", "2024-03-01", [quote(0, "finished before the next election", "Anna Berg")])])
    counts = {r["text"]: r["occurrences"] for r in st.db.query("select text, occurrences from quote_groups")}
    assert counts[full] == 2


def test_a_source_named_only_by_common_nouns_stays_in_its_article(tmp_path):
    # German writes nouns in capitals: the extractor marks "Die Organisation" as unnamed, and it neither merges
    # with a name ending in the same noun nor with the same words in another article
    db = sqlite_utils.Database(str(tmp_path / "t.db"))
    st = Store(db)
    named = quote(0, "Die Anlage ist sicher.", "Internationale Atomenergie-Organisation", kind="direct")
    named.speaker.speaker.kind = "organization"
    st.write([extraction("a1", "2024-01-02", [named])])
    for aid in ("a2", "a3"):
        q = quote(0, "Die Lage ist ernst.", "Organisation")
        q.speaker.speaker.kind, q.speaker.speaker.named = "organization", False
        st.write([extraction(aid, "2024-01-03", [q])])
    rows = list(db.query("select s.name, count(*) n from quotes q join speakers s on s.id = q.speaker_id "
                         "group by s.id order by s.name"))
    assert [(r["name"], r["n"]) for r in rows] == [
        ("Internationale Atomenergie-Organisation", 1), ("Organisation", 1), ("Organisation", 1)]


def test_one_name_is_one_speaker_within_an_article_whichever_extractor_found_it(tmp_path):
    # the quote's unnamed source and the claim's source of the same words: one row, not a second without quotes
    db = sqlite_utils.Database(str(tmp_path / "t.db"))
    q = quote(0, "Die Hilfe sei zugesagt.", "russescher Säit")
    q.speaker.speaker.kind, q.speaker.speaker.named = "organization", False
    c = Claim(0, 22, "Die Hilfe sei zugesagt", status="confirmed")
    c.speaker = Mention(start=30, end=45, text="russescher Säit",
                        speaker=Speaker(name="russescher Säit", kind="organization"))
    Store(db).write([extraction("a1", "2024-01-02", [q], claims=[c])])
    assert db["speakers"].count == 1


def test_a_surname_alone_joins_only_a_full_name_once_called_by_it(tmp_path):
    # "Halvorsen" in a later article is not the only Halvorsen stored so far ("Ingrid Halvorsen") unless an
    # article called her so; a full name still gathers its surname ("Putin" before "Wladimir Putin")
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))
    st.write([extraction("a1", "2024-03-01", [quote(0, "I am hopeful", "Ingrid Halvorsen")])])
    st.write([extraction("a2", "2024-03-02", [quote(0, "The vote matters", "Halvorsen")])])
    st.write([extraction("a3", "2024-03-03", [quote(0, "We will appeal", "Tom Reyes", aliases=["Reyes"])])])
    st.write([extraction("a4", "2024-03-04", [quote(0, "The appeal is filed", "Reyes")])])
    rows = {r["name"]: r["quote_count"] for r in st.db.query("select name, quote_count from speakers")}
    assert rows == {"Ingrid Halvorsen": 1, "Halvorsen": 1, "Tom Reyes": 2}


def test_namesakes_of_the_other_gender_stay_apart_across_articles(tmp_path):
    # the extractor tells a speaker's gender where the article does ("Mrs. Halvorsen"); a "Mr. Halvorsen" in a
    # later article is someone else, stored under a key of his own, and found again by it
    st = Store(sqlite_utils.Database(str(tmp_path / "t.db")))

    def gendered(aid, name, gender, text):
        q = quote(0, text, name)
        q.speaker.speaker.gender = gender
        return extraction(aid, "2024-05-0" + aid[-1], [q])
    st.write([gendered("a1", "Halvorsen", "f", "The school will reopen")])
    st.write([gendered("a2", "Halvorsen", "m", "The farm is for sale")])
    st.write([gendered("a3", "Halvorsen", "m", "The farm is sold")])
    st.write([gendered("a4", "Halvorsen", None, "Both of us agree")])
    rows = list(st.db.query("select name, gender, quote_count from speakers order by id"))
    assert rows == [{"name": "Halvorsen", "gender": "f", "quote_count": 2},
                    {"name": "Halvorsen", "gender": "m", "quote_count": 2}]

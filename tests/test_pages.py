"""The plugin's pages and their JSON, through Datasette's in-process client (runs on both Datasette lines)."""
import re
import sqlite3

import pytest

from conftest import HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, build_db, load_metadata

pytestmark = pytest.mark.asyncio


async def get_json(ds, path, **kwargs):
    r = await ds.client.get(path, **kwargs)
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r.json()


async def all_cards(ds, path):
    """Every card of a paginated who-said-what (or speaker) listing, following next_url."""
    cards, url, pages = [], path, 0
    while url:
        data = await get_json(ds, url)
        cards.extend(data["quotes"])
        url = data["next_url"]
        pages += 1
        assert pages < 50
    return cards, pages


# -- who said what --------------------------------------------------------------------------------------------------

async def test_who_said_what_html(ds):
    r = await ds.client.get("/news/-/who-said-what")
    assert r.status_code == 200
    html = r.text
    assert "<h1>Who said what</h1>" in html
    # extends Datasette's base.html: its stylesheet, crumbs and footer
    assert "app.css" in html and 'class="ft"' in html and 'href="/news"' in html
    assert "/-/static-plugins/datasette_newsquotes/newsquotes.css" in html
    # a card: quote, speaker with role linking to the speaker page, date, article title linking to its row
    assert "The deficit is under control" in html
    assert '<a class="nq-speaker-link" href="/news/-/speakers/1">Anna Weber</a>' in html
    assert "finance minister" in html
    assert '<a class="nq-article-link" href="/news/articles/a2">Minister defends budget</a>' in html
    assert '<time datetime="2023-09-20">' in html
    # the sentence with speaker mention and cue marked
    assert '<span class="nq-speaker">Anna Weber</span> <span class="nq-cue">added</span>' in html
    assert '<span class="nq-quote">The deficit is under control</span>' in html
    # the relaying source
    assert 'via <a href="/news/-/speakers/3">Agence Luxembourgeoise</a>' in html
    # facets with counts
    assert re.search(r'data-facet="speaker".*?Anna Weber</a> 6', html, re.S)
    assert re.search(r'data-facet="kind".*?direct</a> 9', html, re.S)
    assert 'data-facet="language"' in html and 'data-facet="source"' in html and 'data-facet="month"' in html


async def test_the_same_quote_in_two_articles_shows_once_with_its_sources(ds):
    data = await get_json(ds, "/news/-/who-said-what.json")
    texts = [c["text"] for c in data["quotes"]]
    assert texts.count("We will not raise taxes this year") == 1
    card = next(c for c in data["quotes"] if c["text"] == "We will not raise taxes this year")
    assert card["group"]["occurrences"] == 2 and card["group"]["article_count"] == 2
    assert {s["article_id"] for s in card["group"]["sources"]} == {"a1", "a2"}
    assert {s["source"] for s in card["group"]["sources"]} == {"Tageblatt", "Wort"}
    # shown at its newest occurrence (a2, relayed by the agency)
    assert card["article"]["id"] == "a2" and card["via"]["name"] == "Agence Luxembourgeoise"
    html = (await ds.client.get("/news/-/who-said-what")).text
    assert html.count("We will not raise taxes this year</span>") == 1
    assert "In 2 articles (2 times)" in html


async def test_json_shape_and_newest_first(ds):
    data = await get_json(ds, "/news/-/who-said-what.json")
    assert data["database"] == "news" and data["sort"] == "date" and data["total"] == 12
    dates = [c["published"] for c in data["quotes"]]
    assert dates == sorted(dates, reverse=True)
    card = data["quotes"][0]
    for key in ("id", "text", "kind", "speaker", "via", "published", "article", "context", "group", "row_url"):
        assert key in card
    assert not any(k.startswith("_") for k in card)
    ctx = next(c for c in data["quotes"] if c["text"] == "The deficit is under control")["context"]
    marks = {m["type"]: ctx["text"][m["start"]:m["end"]] for m in ctx["marks"]}
    assert marks == {"quote": "The deficit is under control", "speaker": "Anna Weber", "cue": "added"}
    facets = data["facets"]
    assert {f: [v["count"] for v in facets[f]["values"]][:1] for f in ("kind",)} == {"kind": [9]}
    assert {v["label"]: v["count"] for v in facets["speaker"]["values"]}["Anna Weber"] == 6
    assert {v["value"]: v["count"] for v in facets["month"]["values"]} == {"2023-10": 6, "2023-09": 5,
                                                                           "2023-08": 1}


@pytest.mark.parametrize("args,expected", [
    ("kind=indirect", {"the city needs more buses", "die Busse fahren trotzdem", "le dialogue reste ouvert"}),
    ("language=de", {"Wir streiken bis Freitag", "die Busse fahren trotzdem"}),
    ("source=Wort", {"We will not raise taxes this year", "The deficit is under control"}),
    ("month=2023-08", {"Mir hale Wuert"}),
    ("speaker=2", {"the city needs more buses", "die Busse fahren trotzdem"}),
    ("speaker=4&language=fr", {"Nous continuerons la grève"}),
    ("article=a3", {"Wir streiken bis Freitag", "die Busse fahren trotzdem"}),
    ("quote=a2:135-163", {"The deficit is under control"}),
])
async def test_filters(ds, args, expected):
    data = await get_json(ds, "/news/-/who-said-what.json?" + args)
    assert {c["text"] for c in data["quotes"]} == expected
    if "quote=" not in args and "article=" not in args:
        assert data["total"] == len(expected)


async def test_selected_facet_links_and_counts(ds):
    data = await get_json(ds, "/news/-/who-said-what.json?language=en")
    assert [v for v in data["facets"]["language"]["values"] if v["selected"]][0]["value"] == "en"
    assert {v["value"]: v["count"] for v in data["facets"]["kind"]["values"]} == {"direct": 6, "indirect": 1}
    html = (await ds.client.get("/news/-/who-said-what?language=en")).text
    assert 'aria-label="Remove filter language"' in html
    assert 'href="/news/-/who-said-what?language=en&amp;kind=direct"' in html


async def test_pagination_shows_every_group_once(ds, news_path):
    cards, pages = await all_cards(ds, "/news/-/who-said-what.json?_size=2")
    assert pages >= 5
    ids = [c["group"]["id"] for c in cards]
    assert len(ids) == len(set(ids))
    conn = sqlite3.connect(news_path)
    assert set(ids) == {r[0] for r in conn.execute("select distinct group_id from quotes")}
    dates = [c["published"] for c in cards]
    assert dates == sorted(dates, reverse=True)
    html = (await ds.client.get("/news/-/who-said-what?_size=2")).text
    assert 'rel="next"' in html


async def test_speaker_listing_paginates_too(ds):
    cards, pages = await all_cards(ds, "/news/-/speakers/1.json?_size=2")
    assert pages >= 3
    assert len({c["id"] for c in cards}) == len(cards) == 5  # 6 quotes, one of them twice


async def test_search_highlights_and_ranks(ds):
    data = await get_json(ds, "/news/-/who-said-what.json?q=taxes")
    assert data["sort"] == "relevance"
    assert {c["text"] for c in data["quotes"]} == {"We will not raise taxes this year", "Taxes stay where they are"}
    html = (await ds.client.get("/news/-/who-said-what?q=taxes")).text
    assert '<mark class="nq-hit">taxes</mark>' in html
    assert '<mark class="nq-hit">Taxes</mark>' in html
    assert "most relevant first" in html and "sort by <a" in html


@pytest.mark.parametrize("q,expected", [
    ("greve", {"Nous continuerons la grève"}),  # accents folded
    ("str*", {"Wir streiken bis Freitag", "Workers will strike in October"}),  # prefix
    ('"raise taxes"', {"We will not raise taxes this year"}),  # phrase
    ("taxes deficit", set()),  # every word required
])
async def test_search_forms(ds, q, expected):
    data = await get_json(ds, "/news/-/who-said-what.json", params={"q": q})
    assert {c["text"] for c in data["quotes"]} == expected


async def test_search_by_date_with_filters(ds):
    data = await get_json(ds, "/news/-/who-said-what.json?q=taxes&sort=date&source=Wort")
    assert [c["text"] for c in data["quotes"]] == ["We will not raise taxes this year"]
    assert data["sort"] == "date"


@pytest.mark.parametrize("q", ['"unclosed', "AND OR NOT", "*", "NEAR(", "a:b", "'; drop table quotes; --",
                               "\x00"])
async def test_odd_searches_never_fail(ds, q, news_path):
    r = await ds.client.get("/news/-/who-said-what", params={"q": q})
    assert r.status_code == 200
    r = await ds.client.get("/news/-/who-said-what.json", params={"q": q})
    assert r.status_code == 200
    conn = sqlite3.connect(news_path)
    assert conn.execute("select count(*) from quotes").fetchone()[0] == 12


async def test_bad_parameters_are_ignored(ds):
    for args in ("speaker=abc", "next=garbage", "_size=-5", "_size=abc", "sort=nonsense", "next=WyJ4Il0",
                 "speaker=%C2%B2", "speaker=99999999999999999999999"):
        r = await ds.client.get("/news/-/who-said-what?" + args)
        assert r.status_code == 200, args
        r = await ds.client.get("/news/-/speakers/1?" + args)
        assert r.status_code == 200, args
        r = await ds.client.get("/news/-/claims?" + args)
        assert r.status_code == 200, args


# -- speaker page ---------------------------------------------------------------------------------------------------

async def test_speaker_page(ds):
    r = await ds.client.get("/news/-/speakers/1")
    assert r.status_code == 200
    html = r.text
    assert '<h1 class="nq-speaker-name">Anna Weber</h1>' in html
    assert "finance minister" in html and "Minister Weber" in html
    assert re.search(r"<dt>Quotes</dt><dd>6 in 5 articles", html)
    # the timeline: a server-rendered SVG with a bar per month, each a link to that month's quotes
    svg = re.search(r"<svg class=\"nq-chart\".*?</svg>", html, re.S).group()
    assert svg.count("<rect") == 3
    assert 'href="/news/-/who-said-what?speaker=1&amp;month=2023-09"' in svg
    assert "<script" not in svg
    # claims with status, co-quoted speakers
    assert "The budget passed on 19 September" in html and "nq-status-asserted" in html
    assert '<a href="/news/-/speakers/4">Claire Dubois</a>' in html
    # quotes by date, newest first
    assert html.index("Taxes stay where they are") < html.index("The deficit is under control")


async def test_speaker_json(ds):
    data = await get_json(ds, "/news/-/speakers/1.json")
    sp = data["speaker"]
    assert sp["name"] == "Anna Weber" and sp["kind"] == "person"
    assert sp["roles"] == ["finance minister"] and sp["aliases"] == ["Weber", "Minister Weber"]
    assert sp["quote_count"] == 6 and sp["article_count"] == 5 and sp["claim_count"] == 1
    assert data["timeline"] == [{"period": "2023-08", "count": 1}, {"period": "2023-09", "count": 3},
                                {"period": "2023-10", "count": 2}]
    assert [c["text"] for c in data["claims"]] == ["The budget passed on 19 September"]
    co = {c["name"]: c["articles"] for c in data["co_quoted"]}
    assert co["Claire Dubois"] == 2 and co["Jean Muller"] == 1
    agency = await get_json(ds, "/news/-/speakers/3.json")
    assert agency["speaker"]["relayed_count"] == 1 and agency["quotes"] == []


async def test_speaker_without_quotes_and_missing_speaker(ds):
    r = await ds.client.get("/news/-/speakers/6")
    assert r.status_code == 200 and "No dated quotes" in r.text
    assert (await ds.client.get("/news/-/speakers/999")).status_code == 404
    assert (await ds.client.get("/news/-/speakers/999.json")).status_code == 404
    assert (await ds.client.get("/news/-/speakers/99999999999999999999999")).status_code == 404


async def test_timeline_fills_empty_months_and_switches_to_years():
    from datasette_newsquotes.pages import time_buckets

    b = time_buckets({"2023-01": {"q": 1}, "2023-04": {"q": 2}})
    assert [k for k, _, _ in b] == ["2023-01", "2023-02", "2023-03", "2023-04"]
    b = time_buckets({"1990-01": {"q": 1}, "2023-04": {"q": 2}})
    assert b[0][0] == "1990" and b[-1][0] == "2023" and len(b) == 34


# -- claims -----------------------------------------------------------------------------------------------------------

async def test_claims_page(ds):
    r = await ds.client.get("/news/-/claims")
    assert r.status_code == 200
    html = r.text
    assert "<h1>Claims</h1>" in html
    svg = re.search(r"<svg class=\"nq-chart\".*?</svg>", html, re.S).group()
    assert "<rect" in svg and 'href="/news/-/claims?from=2023-10&amp;to=2023-10"' in svg
    # the strike claim is in two articles: shown once, with its status over time
    assert html.count("The strike will start on 2 October") == 1
    assert "status reported → confirmed" in html
    assert '<a href="/news/articles/a1">Budget talks stall in the Chamber</a>' in html
    # status filter links with counts
    assert re.search(r'href="/news/-/claims\?status=denied">.*?denied 1', html, re.S)


async def test_claims_json_and_filters(ds):
    data = await get_json(ds, "/news/-/claims.json")
    assert data["total"] == 6
    texts = [c["text"] for c in data["claims"]]
    assert texts.count("The strike will start on 2 October") == 1
    strike = next(c for c in data["claims"] if c["text"] == "The strike will start on 2 October")
    assert [h["status"] for h in strike["group"]["status_history"]] == ["reported", "confirmed"]
    assert strike["group"]["latest_status"] == "confirmed"
    earliest = [c["earliest"] for c in data["claims"]]
    assert earliest == sorted(earliest, reverse=True)
    assert {s["status"]: s["count"] for s in data["statuses"]}["asserted"] == 2
    data = await get_json(ds, "/news/-/claims.json?status=denied")
    assert [c["text"] for c in data["claims"]] == ["Der Streik endet am Freitag"]
    data = await get_json(ds, "/news/-/claims.json?speaker=1")
    assert [c["text"] for c in data["claims"]] == ["The budget passed on 19 September"]
    data = await get_json(ds, "/news/-/claims.json?from=2023-08&to=2023-09")
    assert {c["text"] for c in data["claims"]} == {"The budget passed on 19 September",
                                                   "D'Chamber stëmmt am August of"}
    data = await get_json(ds, "/news/-/claims.json?from=2023-10")
    assert {c["text"] for c in data["claims"]} == {"The strike will start on 2 October",
                                                   "Der Streik endet am Freitag"}
    data = await get_json(ds, "/news/-/claims.json?q=strike")
    assert [c["text"] for c in data["claims"]] == ["The strike will start on 2 October"]
    data = await get_json(ds, "/news/-/claims.json?from=yesterday")
    assert data["notes"] and data["total"] == 6


async def test_claims_pagination(ds):
    seen, url = [], "/news/-/claims.json?_size=2"
    while url:
        data = await get_json(ds, url)
        seen.extend(c["group"]["id"] for c in data["claims"])
        url = data["next_url"]
    assert len(seen) == len(set(seen)) == 5


# -- the instance page, links from Datasette's own views ------------------------------------------------------------

async def test_instance_page_redirects_when_one_database(ds):
    r = await ds.client.get("/-/who-said-what")
    assert r.status_code == 302 and r.headers["location"] == "/news/-/who-said-what"
    data = await get_json(ds, "/-/who-said-what.json")
    assert [d["name"] for d in data["databases"]] == ["news"]


async def test_instance_page_lists_newsquotes_databases_only(make_ds, news_path, tmp_path):
    other = build_db(str(tmp_path / "other.db"))
    plain = str(tmp_path / "plain.db")
    sqlite3.connect(plain).execute("create table t (id integer primary key)")
    ds = make_ds(files=[news_path, other, plain], metadata=load_metadata("other"))
    r = await ds.client.get("/-/who-said-what")
    assert r.status_code == 200
    assert 'href="/news/-/who-said-what"' in r.text and 'href="/other/-/who-said-what"' in r.text
    assert "plain" not in r.text
    assert (await ds.client.get("/plain/-/who-said-what")).status_code == 404
    assert (await ds.client.get("/nope/-/who-said-what")).status_code == 404


async def test_links_from_datasette_views(ds):
    html = (await ds.client.get("/news/speakers")).text
    assert '<a class="nq-speaker-page" href="/news/-/speakers/1">Anna Weber</a>' in html
    html = (await ds.client.get("/news/quotes")).text
    assert 'href="/news/-/who-said-what?quote=a2%3A135-163"' in html
    html = (await ds.client.get("/news/quotes")).text
    assert "/news/-/who-said-what" in html  # table action
    html = (await ds.client.get("/news")).text
    assert "/news/-/claims" in html  # database action
    html = (await ds.client.get("/")).text
    assert 'href="/-/who-said-what">Who said what</a>' in html  # menu link


async def test_row_actions_on_datasette_1(ds):
    import datasette.hookspecs as hs

    if not hasattr(hs, "row_actions"):
        pytest.skip("Datasette 0.65 has no row actions (speaker names and quote text link instead)")
    html = (await ds.client.get("/news/speakers/1")).text
    assert 'href="/news/-/speakers/1"' in html and "Speaker page" in html
    html = (await ds.client.get("/news/articles/a3")).text
    assert 'href="/news/-/who-said-what?article=a3"' in html


async def test_plugin_registered(ds):
    plugins = await get_json(ds, "/-/plugins.json")
    entry = next(p for p in plugins if p["name"] == "datasette-newsquotes")
    assert set(entry["hooks"]) >= {"register_routes", "render_cell", "menu_links", "table_actions",
                                   "register_commands", "register_facet_classes"}
    assert entry["static"] and entry["templates"]


# -- escaping ---------------------------------------------------------------------------------------------------------

async def test_hostile_text_is_escaped_everywhere(ds):
    pages = ["/news/-/who-said-what", "/news/-/who-said-what?q=never", "/news/-/speakers/5", "/news/-/speakers/1",
             "/news/-/claims", "/news/-/claims?speaker=5", "/news/-/who-said-what?speaker=5",
             "/news/-/who-said-what?source=%3CEvil%3E+Source", "/news/speakers", "/news/quotes"]
    for path in pages:
        html = (await ds.client.get(path)).text
        for raw in ("<script>alert", "<img src=x", "<svg onload", "<i>hacker</i>", "<b>Bold</b>", "<Evil>",
                    "javascript:alert"):
            assert raw not in html, (path, raw)
    html = (await ds.client.get("/news/-/who-said-what")).text
    assert "&lt;img src=x onerror=alert(1)&gt; we &lt;b&gt;never&lt;/b&gt; said that" in html
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    html = (await ds.client.get("/news/-/speakers/5")).text
    assert "Eve &#34;&gt;&lt;svg onload=alert(2)&gt; Mallory" in html
    # JSON carries the text as it is
    data = await get_json(ds, "/news/-/who-said-what.json?speaker=5")
    assert data["quotes"][0]["text"] == HOSTILE_QUOTE and data["quotes"][0]["speaker"]["name"] == HOSTILE_NAME
    assert data["quotes"][0]["article"]["title"] == HOSTILE_TITLE


async def test_hostile_query_string_is_escaped(ds):
    q = '"><script>alert(9)</script>'
    for path in ("/news/-/who-said-what", "/news/-/claims"):
        html = (await ds.client.get(path, params={"q": q, "kind": q, "source": q, "from": q})).text
        assert "<script>alert(9)" not in html


# -- the facet type on Datasette's own table pages --------------------------------------------------------------------

def facet_results(data):
    results = data.get("facet_results") or {}
    if "results" in results and isinstance(results.get("results"), dict):
        return results["results"], results.get("timed_out") or []
    return results, data.get("facets_timed_out") or []


async def test_metadata_default_facets_on_both_lines(ds):
    data = await get_json(ds, "/news/quotes.json?_extra=facet_results&_nosuggest=1")
    results, timed_out = facet_results(data)
    assert set(results) == {"speaker_id", "kind", "language"} and not timed_out
    assert {v["value"]: v["count"] for v in results["kind"]["results"]} == {"direct": 9, "indirect": 3}
    labels = {v["label"] for v in results["speaker_id"]["results"]}
    assert "Anna Weber" in labels
    # filtered views count live
    data = await get_json(ds, "/news/quotes.json?_extra=facet_results&language=de")
    results, _ = facet_results(data)
    assert {v["value"]: v["count"] for v in results["kind"]["results"]} == {"direct": 1, "indirect": 1}
    data = await get_json(ds, "/news/articles.json?_extra=facet_results")
    results, _ = facet_results(data)
    assert set(results) == {"source", "language", "month"}
    data = await get_json(ds, "/news/claims.json?_extra=facet_results")
    results, _ = facet_results(data)
    assert {v["value"]: v["count"] for v in results["status"]["results"]}["asserted"] == 2


async def test_metadata_title_and_label_columns(ds):
    html = (await ds.client.get("/")).text
    assert "Who said what, and when, in the news" in html
    data = await get_json(ds, "/news/quotes.json?_labels=on&_size=1")
    row = data["rows"][0]
    assert isinstance(row["speaker_id"], dict) and row["speaker_id"]["label"]
    assert isinstance(row["article_id"], dict)


async def test_cached_counts_follow_changes(tmp_path, make_ds):
    path = build_db(str(tmp_path / "news.db"))
    ds = make_ds(files=[path])
    data = await get_json(ds, "/news/-/who-said-what.json")
    assert data["total"] == 12
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("delete from quotes where article_id = 'a5'")
        conn.execute("insert into quotes (id, article_id, speaker_id, group_id, text, kind, language, source, "
                     "published, month) values ('x:1-2', 'a1', 2, 'gx', 'A new quote', 'direct', 'en', 'Wort', "
                     "'2023-11-01', '2023-11')")
        conn.execute("insert into quote_groups (id, text, speaker_id, occurrences, article_count) "
                     "values ('gx', 'A new quote', 2, 1, 1)")
    conn.close()
    data = await get_json(ds, "/news/-/who-said-what.json")
    assert data["total"] == 12
    assert data["quotes"][0]["text"] == "A new quote"
    assert "lb" not in {v["value"] for v in data["facets"]["language"]["values"]}


# -- the query plans for large databases, exercised on the small one ------------------------------------------------

PLAN_QUERIES = ["", "kind=direct", "language=en&kind=direct", "source=Tageblatt", "month=2023-10", "speaker=1",
                "speaker=1&language=en", "q=taxes", "q=taxes&sort=date", "q=str*&kind=direct", "q=taxes&speaker=1",
                "q=taxes&speaker=1&sort=date", "article=a2", "q=taxes&language=en&sort=date"]


@pytest.mark.parametrize("limits", [
    {"FTS_SET_LIMIT": 0},  # every search row checked along the date index ("exists")
    {"FACET_ROWS": 0},  # no live facet counts
    {"FTS_SET_LIMIT": 0, "FACET_ROWS": 0},
])
async def test_plans_give_the_same_quotes(ds, monkeypatch, limits):
    import datasette_newsquotes.pages as pages

    expected = {}
    for q in PLAN_QUERIES:
        cards, _ = await all_cards(ds, "/news/-/who-said-what.json?_size=3&" + q)
        expected[q] = [c["id"] for c in cards]
    for name, value in limits.items():
        monkeypatch.setattr(pages, name, value)
    for q in PLAN_QUERIES:
        cards, _ = await all_cards(ds, "/news/-/who-said-what.json?_size=3&" + q)
        assert [c["id"] for c in cards] == expected[q], (q, limits)


async def test_too_many_to_count_says_so(ds, monkeypatch):
    import datasette_newsquotes.pages as pages

    monkeypatch.setattr(pages, "FACET_ROWS", 2)
    data = await get_json(ds, "/news/-/who-said-what.json?speaker=1&kind=direct")
    assert data["notes"] and "too many to count" in data["notes"][0]
    assert data["facets"]["kind"]["timed_out"]
    # the selected speaker stays in its facet, to be removed from there
    assert [v["label"] for v in data["facets"]["speaker"]["values"]] == ["Anna Weber"]
    assert len(data["quotes"]) == 4
    html = (await ds.client.get("/news/-/who-said-what?speaker=1&kind=direct")).text
    assert "narrow the filters" in html and 'aria-label="Remove filter speaker"' in html
    # cube-only filters keep exact counts; only the speaker facet gives up
    data = await get_json(ds, "/news/-/who-said-what.json?kind=direct")
    assert data["total"] == 9 and data["facets"]["speaker"]["timed_out"]
    assert not data["facets"]["language"]["timed_out"]


async def test_many_matches_are_listed_newest_first(ds, monkeypatch):
    import datasette_newsquotes.pages as pages

    monkeypatch.setattr(pages, "RANK_LIMIT", 1)
    data = await get_json(ds, "/news/-/who-said-what.json?q=taxes")
    assert data["sort"] == "date" and "newest first" in data["notes"][0]
    assert [c["published"] for c in data["quotes"]] == ["2023-10-10", "2023-09-20"]
    data = await get_json(ds, "/news/-/who-said-what.json?q=taxes&sort=relevance")
    assert data["sort"] == "relevance" and not data["notes"]


async def test_only_configured_facets_are_counted_once_and_kept(ds):
    """A visitor's own facet (?_facet_newsquotes=text, any size) counts live within the time limit; only the
    publisher's configured facets at their default size are computed without a limit and kept."""
    from datasette_newsquotes import pages

    pages._CACHE.clear()
    assert (await ds.client.get("/news/quotes")).status_code == 200
    kept = {k for k in pages._CACHE if k[1][0] == "facet"}
    assert kept and all("speaker_id" in k[1][2] or "kind" in k[1][2] or "language" in k[1][2] for k in kept)
    for url in ("/news/quotes?_facet_newsquotes=text", "/news/quotes?_facet_newsquotes=kind&_facet_size=7"):
        assert (await ds.client.get(url)).status_code == 200
    assert {k for k in pages._CACHE if k[1][0] == "facet"} == kept

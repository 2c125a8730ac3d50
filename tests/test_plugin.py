"""Permissions, base_url and immutable databases, on both Datasette lines."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import actor_cookies, build_db, file_state, load_metadata

PAGES = ["/news/-/who-said-what", "/news/-/speakers/1", "/news/-/claims"]
JSON_PAGES = [p + ".json" if "?" not in p else p for p in PAGES] + ["/news/-/who-said-what.json?q=taxes"]


def with_permissions(extra, *names):
    metadata = load_metadata(*names)
    for key, value in extra.items():
        if key == "databases":
            for db, conf in value.items():
                target = metadata["databases"].setdefault(db, {})
                for k, v in conf.items():
                    if k == "tables":
                        for table, tconf in v.items():
                            target.setdefault("tables", {}).setdefault(table, {}).update(tconf)
                    else:
                        target[k] = v
        else:
            metadata[key] = value
    return metadata


# -- permissions --------------------------------------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_a_database_the_actor_may_not_view_is_neither_listed_nor_served(make_ds):
    ds = make_ds(metadata=with_permissions({"databases": {"news": {"allow": {"id": "editor"}}}}))
    # Datasette itself agrees
    assert (await ds.client.get("/news/quotes")).status_code == 403
    for path in PAGES + JSON_PAGES:
        r = await ds.client.get(path)
        assert r.status_code == 403, path
        assert "Anna Weber" not in r.text and "taxes" not in r.text, path
    r = await ds.client.get("/-/who-said-what")
    assert r.status_code == 200 and "/news/-/who-said-what" not in r.text
    assert (await ds.client.get("/-/who-said-what.json")).json() == {"databases": []}
    home = (await ds.client.get("/")).text
    assert 'href="/-/who-said-what"' not in home  # no menu link
    # the editor sees everything
    cookies = actor_cookies(ds, {"id": "editor"})
    for path in PAGES + JSON_PAGES:
        assert (await ds.client.get(path, cookies=cookies)).status_code == 200, path
    r = await ds.client.get("/-/who-said-what", cookies=cookies)
    assert r.status_code == 302
    assert 'href="/-/who-said-what"' in (await ds.client.get("/", cookies=cookies)).text


@pytest.mark.asyncio
async def test_the_whole_instance_private(make_ds):
    ds = make_ds(metadata=with_permissions({"allow": {"id": "editor"}}))
    for path in PAGES + JSON_PAGES + ["/-/who-said-what", "/-/who-said-what.json"]:
        r = await ds.client.get(path)
        assert r.status_code == 403, path
    cookies = actor_cookies(ds, {"id": "editor"})
    for path in PAGES + JSON_PAGES:
        assert (await ds.client.get(path, cookies=cookies)).status_code == 200, path


@pytest.mark.asyncio
async def test_a_hidden_quotes_table_hides_the_quote_pages(make_ds):
    ds = make_ds(metadata=with_permissions({"databases": {"news": {"tables": {"quotes": {"allow": False}}}}}))
    assert (await ds.client.get("/news/quotes")).status_code == 403
    for path in ["/news/-/who-said-what", "/news/-/who-said-what.json", "/news/-/speakers/1",
                 "/news/-/speakers/1.json"]:
        r = await ds.client.get(path)
        assert r.status_code == 403, path
        assert "The deficit is under control" not in r.text
    assert (await ds.client.get("/-/who-said-what.json")).json() == {"databases": []}
    # the claims page does not read quotes
    assert (await ds.client.get("/news/-/claims")).status_code == 200


@pytest.mark.asyncio
async def test_a_hidden_claims_table_hides_claims_everywhere(make_ds):
    ds = make_ds(metadata=with_permissions({"databases": {"news": {"tables": {"claims": {"allow": False}}}}}))
    assert (await ds.client.get("/news/claims")).status_code == 403
    for path in ["/news/-/claims", "/news/-/claims.json", "/news/-/claims?status=asserted"]:
        r = await ds.client.get(path)
        assert r.status_code == 403, path
        assert "The budget passed" not in r.text
    r = await ds.client.get("/news/-/speakers/1")
    assert r.status_code == 200 and "The budget passed on 19 September" not in r.text
    data = (await ds.client.get("/news/-/speakers/1.json")).json()
    assert data["claims"] is None and "claim_count" not in data["speaker"]
    # quotes are still there
    assert (await ds.client.get("/news/-/who-said-what")).status_code == 200


@pytest.mark.asyncio
async def test_one_of_two_databases_hidden(make_ds, news_path, tmp_path):
    secret = build_db(str(tmp_path / "secret.db"))
    metadata = with_permissions({"databases": {"secret": {"allow": {"id": "editor"}}}}, "secret")
    ds = make_ds(files=[news_path, secret], metadata=metadata)
    assert (await ds.client.get("/-/who-said-what.json")).json()["databases"][0]["name"] == "news"
    assert len((await ds.client.get("/-/who-said-what.json")).json()["databases"]) == 1
    r = await ds.client.get("/-/who-said-what")
    assert r.status_code == 302 and r.headers["location"] == "/news/-/who-said-what"
    assert (await ds.client.get("/secret/-/who-said-what.json")).status_code == 403
    cookies = actor_cookies(ds, {"id": "editor"})
    names = [d["name"] for d in (await ds.client.get("/-/who-said-what.json", cookies=cookies)).json()["databases"]]
    assert names == ["news", "secret"]


# -- base_url -----------------------------------------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_base_url(make_ds):
    ds = make_ds(settings={"base_url": "/prefix/"})
    r = await ds.client.get("/-/who-said-what")
    assert r.status_code == 302 and r.headers["location"] == "/prefix/news/-/who-said-what"
    html = (await ds.client.get("/news/-/who-said-what")).text
    assert 'href="/prefix/news/-/speakers/1"' in html
    assert 'href="/prefix/news/articles/a2"' in html
    assert 'action="/prefix/news/-/who-said-what"' in html
    assert "/prefix/-/static-plugins/datasette_newsquotes/newsquotes.css" in html
    hrefs = [h for h in __import__("re").findall(r'href="(/[^"]*)"', html)]
    assert hrefs and all(h.startswith("/prefix/") for h in hrefs), [h for h in hrefs if not h.startswith("/prefix")]
    css = await ds.client.get("/-/static-plugins/datasette_newsquotes/newsquotes.css")
    assert css.status_code == 200 and ".nq-card" in css.text
    html = (await ds.client.get("/news/-/speakers/1")).text
    assert 'href="/prefix/news/-/who-said-what?speaker=1&amp;month=2023-09"' in html
    html = (await ds.client.get("/news/-/claims")).text
    assert 'href="/prefix/news/-/claims?from=2023-10&amp;to=2023-10"' in html
    data = (await ds.client.get("/news/-/who-said-what.json?_size=2")).json()
    assert data["next_url"].startswith("/prefix/news/-/who-said-what.json?")
    assert data["quotes"][0]["speaker"]["url"].startswith("/prefix/")
    html = (await ds.client.get("/news/speakers")).text
    assert 'href="/prefix/news/-/speakers/1"' in html


# -- immutable databases ------------------------------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_immutable_database_is_never_written(make_ds, tmp_path):
    path = build_db(str(tmp_path / "news.db"))
    before = file_state(path)
    ds = make_ds(files=[], immutables=[path])
    await ds.invoke_startup()
    for p in PAGES + JSON_PAGES + ["/news/quotes", "/news/speakers", "/news/-/who-said-what?language=de",
                                   "/news/-/claims?status=denied"]:
        assert (await ds.client.get(p)).status_code == 200, p
    assert file_state(path) == before
    assert sorted(os.listdir(tmp_path)) == ["news.db"]


@pytest.mark.asyncio
async def test_inspect_file(make_ds, tmp_path):
    path = build_db(str(tmp_path / "news.db"))
    inspect_path = str(tmp_path / "inspect.json")
    subprocess.run([sys.executable, "-m", "datasette", "inspect", path, "--inspect-file", inspect_path],
                   check=True, capture_output=True, timeout=120)
    with open(inspect_path) as fp:
        inspect_data = json.load(fp)
    assert inspect_data["news"]["tables"]["quotes"]["count"] == 12
    before = file_state(path)
    ds = make_ds(files=[], immutables=[path], inspect_data=inspect_data)
    await ds.invoke_startup()
    for p in PAGES + JSON_PAGES + ["/news/quotes"]:
        assert (await ds.client.get(p)).status_code == 200, p
    assert file_state(path) == before
    assert sorted(os.listdir(tmp_path)) == ["inspect.json", "news.db"]


@pytest.mark.asyncio
async def test_seed_loaded_by_the_real_loader(make_ds, tmp_path):
    """The pages on a database written by ``newsquotes load`` from the repository's seed article."""
    from datasette_newsquotes.cli import cli

    path = str(tmp_path / "news.db")
    seeds = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
    result = CliRunner().invoke(cli, ["load", path, seeds, "--no-progress"])
    assert result.exit_code == 0, result.output
    ds = make_ds(files=[path])
    for p in ["/news/-/who-said-what", "/news/-/who-said-what.json", "/news/-/claims", "/news/-/claims.json",
              "/-/who-said-what.json"]:
        assert (await ds.client.get(p)).status_code == 200, p
    data = (await ds.client.get("/news/-/who-said-what.json")).json()
    assert data["facets"]["language"]["values"][0]["value"] == "lb"
    for card in data["quotes"]:
        if card["speaker"] and card["speaker"]["id"]:
            assert (await ds.client.get(card["speaker"]["url"])).status_code == 200


@pytest.mark.asyncio
async def test_an_empty_newsquotes_database(make_ds, tmp_path):
    import sqlite_utils

    from datasette_newsquotes.store import ensure_schema

    path = str(tmp_path / "news.db")
    ensure_schema(sqlite_utils.Database(path))
    ds = make_ds(files=[path])
    for p in ["/news/-/who-said-what", "/news/-/who-said-what.json", "/news/-/who-said-what?q=x&kind=direct",
              "/news/-/claims", "/news/-/claims.json?status=denied", "/news/quotes", "/-/who-said-what.json"]:
        r = await ds.client.get(p)
        assert r.status_code == 200, (p, r.text[:300])
    assert "No quotes found" in (await ds.client.get("/news/-/who-said-what")).text
    assert (await ds.client.get("/news/-/speakers/1")).status_code == 404

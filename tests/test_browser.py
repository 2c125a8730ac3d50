"""End to end in headless Chromium (Debian's package, driven by Playwright): search, open a speaker, see the
timeline, follow the link to the article. Screenshots go to $NEWSQUOTES_ARTIFACTS (default test-artifacts/).

Skipped only when Chromium is missing outside CI; in CI (CI=true) a missing browser fails the test."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import METADATA_PATH, ROOT, build_db

CHROMIUM = os.environ.get("NEWSQUOTES_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = os.environ.get("NEWSQUOTES_ARTIFACTS") or os.path.join(ROOT, "test-artifacts")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def chromium_available():
    return os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) is not None


@pytest.fixture(scope="module")
def browser():
    if not chromium_available():
        if IN_CI:
            pytest.fail("Chromium not found at {} (set NEWSQUOTES_CHROMIUM)".format(CHROMIUM))
        pytest.skip("Chromium not found at {}".format(CHROMIUM))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            raise
        pytest.skip("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_db(str(tmp_path_factory.mktemp("browser") / "news.db"))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "-i", db, "-m", METADATA_PATH,
                             "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:{}".format(port)
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError("Datasette did not start: {}".format(proc.stdout.read().decode(errors="replace")))
        time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    dialogs, errors = [], []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.dialogs, pg.errors = dialogs, errors
    yield pg
    context.close()


def shot(page, name):
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, name + ".png"), full_page=True)


def test_search_speaker_timeline_article(page, server):
    page.goto(server + "/-/who-said-what")
    assert page.url.endswith("/news/-/who-said-what")
    assert page.locator("article.nq-card").count() >= 5
    shot(page, "01-who-said-what")

    # search
    page.fill("#nq-q", "taxes")
    page.click(".nq-search input[type=submit]")
    page.wait_for_url("**/news/-/who-said-what?q=taxes")
    marks = page.locator("mark.nq-hit")
    assert marks.count() >= 2 and marks.first.is_visible()
    assert page.locator("article.nq-card").count() == 2
    shot(page, "02-search-taxes")

    # a facet
    page.locator('[data-facet="source"] a', has_text="Wort").first.click()
    page.wait_for_url("**source=Wort**")
    assert page.locator("article.nq-card").count() == 1
    page.go_back()

    # open the speaker
    page.locator("a.nq-speaker-link", has_text="Anna Weber").first.click()
    page.wait_for_url("**/news/-/speakers/1")
    assert page.locator("h1.nq-speaker-name").inner_text() == "Anna Weber"
    chart = page.locator("svg.nq-chart")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 50
    assert page.locator("svg.nq-chart rect.nq-bar").count() == 3
    shot(page, "03-speaker")

    # a bar of the timeline leads to that month's quotes
    page.locator("svg.nq-chart a").nth(1).click()
    page.wait_for_url("**speaker=1&month=2023-09")
    assert page.locator("article.nq-card").count() == 2
    page.go_back()

    # follow the article link of a quote card to Datasette's row page
    page.locator("a.nq-article-link", has_text="Minister defends budget").first.click()
    page.wait_for_url("**/news/articles/a2")
    assert "Minister defends budget" in page.content()
    shot(page, "04-article-row")
    assert not page.dialogs and not page.errors


def test_claims_and_hostile_text(page, server):
    page.goto(server + "/news/-/claims")
    assert page.locator("svg.nq-chart rect.nq-bar").count() >= 3
    assert page.locator("li.nq-claim").count() == 5
    assert page.locator(".nq-history").first.is_visible()
    shot(page, "05-claims")
    # the hostile article: its title and quote appear as text, nothing runs
    page.goto(server + "/news/-/who-said-what?speaker=5")
    card = page.locator("article.nq-card").first
    assert "<img src=x onerror=alert(1)>" in card.inner_text()
    assert page.locator("article.nq-card img, article.nq-card svg, article.nq-card script").count() == 0
    shot(page, "06-hostile")
    page.goto(server + "/news/-/speakers/5")
    assert 'Eve "><svg onload=alert(2)> Mallory' in page.locator("h1").inner_text()
    page.goto(server + "/news/speakers")
    page.locator("a.nq-speaker-page", has_text="Claire Dubois").click()
    page.wait_for_url("**/news/-/speakers/4")
    assert not page.dialogs and not page.errors


def test_narrow_screen(browser, server):
    context = browser.new_context(viewport={"width": 400, "height": 800})
    pg = context.new_page()
    pg.goto(server + "/news/-/who-said-what")
    cards = pg.locator("article.nq-card")
    assert cards.first.bounding_box()["width"] <= 400
    shot(pg, "07-narrow")
    context.close()


def test_served_from_the_command_line_with_metadata(server):
    """``datasette serve -i news.db -m metadata.json``: the metadata's default facets apply on both lines."""
    import json

    def get(path):
        with urllib.request.urlopen(server + path, timeout=30) as r:
            return json.loads(r.read().decode("utf-8"))

    data = get("/news/quotes.json?_extra=facet_results&_nosuggest=1")
    results = data.get("facet_results") or {}
    if isinstance(results.get("results"), dict):
        results = results["results"]
    assert set(results) == {"speaker_id", "kind", "language"}
    with urllib.request.urlopen(server + "/", timeout=30) as r:
        assert "Who said what, and when, in the news" in r.read().decode("utf-8")
    assert [d["name"] for d in get("/-/who-said-what.json")["databases"]] == ["news"]

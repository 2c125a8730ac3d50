"""Shared fixtures: small newsquotes databases built from our own news-style sentences.

The databases are written directly (schema from ``store.ensure_schema``, rows with exact offsets) so the page
tests do not depend on how well the extractors do; ``seed_db`` goes through the real loader.
"""
import copy
import json
import os
import sqlite3

import pytest
import sqlite_utils

from datasette_newsquotes.store import ensure_schema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METADATA_PATH = os.path.join(ROOT, "metadata.json")

HOSTILE_TITLE = '<script>alert("title")</script> Budget & "tax" <b>row</b>'
HOSTILE_QUOTE = "<img src=x onerror=alert(1)> we <b>never</b> said that"
HOSTILE_NAME = 'Eve "><svg onload=alert(2)> Mallory'

# speakers: id -> (name, kind, description, aliases)
SPEAKERS = {
    1: ("Anna Weber", "person", "finance minister", ["Weber", "Minister Weber"]),
    2: ("Jean Muller", "person", "mayor of Esch", ["Muller"]),
    3: ("Agence Luxembourgeoise", "organization", "news agency", []),
    4: ("Claire Dubois", "person", "union leader", ["Dubois"]),
    5: (HOSTILE_NAME, "person", "<i>hacker</i>", []),
    6: ("Nobody Quoted", "person", None, []),
}

# articles: each sentence is (speaker id, cue, quote text, kind, via speaker id or None)
ARTICLES = [
    {
        "id": "a1", "title": "Budget talks stall in the Chamber", "source": "Tageblatt", "language": "en",
        "published": "2023-09-14", "url": "https://example.org/a1",
        "quotes": [
            (1, "said", "We will not raise taxes this year", "direct", None),
            (2, "told reporters", "the city needs more buses", "indirect", None),
            (4, "warned", "Workers will strike in October", "direct", None),
        ],
        "claims": [("The strike will start on 2 October", 4, "2023-10-02", "2023-10-02", "reported", "strike")],
    },
    {
        "id": "a2", "title": "Minister defends budget", "source": "Wort", "language": "en",
        "published": "2023-09-20", "url": "https://example.org/a2",
        "quotes": [
            (1, "said", "We will not raise taxes this year", "direct", 3),
            (1, "added", "The deficit is under control", "direct", None),
        ],
        "claims": [("The strike will start on 2 October", 4, "2023-10-02", "2023-10-02", "confirmed", "strike"),
                   ("The budget passed on 19 September", 1, "2023-09-19", "2023-09-19", "asserted", None)],
    },
    {
        "id": "a3", "title": "Streik am Bahnhof", "source": "Tageblatt", "language": "de",
        "published": "2023-10-03", "url": None,
        "quotes": [
            (4, "sagte", "Wir streiken bis Freitag", "direct", None),
            (2, "meinte", "die Busse fahren trotzdem", "indirect", None),
        ],
        "claims": [("Der Streik endet am Freitag", 4, "2023-10-06", "2023-10-06", "denied", None)],
    },
    {
        "id": "a4", "title": "Grève à la gare", "source": "Le Quotidien", "language": "fr",
        "published": "2023-10-04", "url": None,
        "quotes": [
            (4, "a déclaré", "Nous continuerons la grève", "direct", None),
            (1, "a répondu", "le dialogue reste ouvert", "indirect", None),
        ],
        "claims": [],
    },
    {
        "id": "a5", "title": "Budget: d'Chamber stëmmt of", "source": "RTL", "language": "lb",
        "published": "2023-08", "precision": "month", "url": None,
        "quotes": [
            (1, "sot", "Mir hale Wuert", "direct", None),
        ],
        "claims": [("D'Chamber stëmmt am August of", None, "2023-08-01", "2023-08-31", "unconfirmed", None)],
    },
    {
        "id": "a6", "title": HOSTILE_TITLE, "source": "<Evil> Source", "language": "en",
        "published": "2023-10-10", "url": "javascript:alert(3)",
        "quotes": [
            (5, "claimed", HOSTILE_QUOTE, "direct", None),
            (1, "said", "Taxes stay where they are", "direct", None),
        ],
        "claims": [("<b>Bold</b> claim for 2023", 5, "2023-01-01", "2023-12-31", "asserted", None)],
    },
]


def build_db(path, articles=ARTICLES, speakers=SPEAKERS):
    """Write a newsquotes database with the articles above (text, offsets, groups and counts all consistent)."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    for sid, (name, kind, description, aliases) in speakers.items():
        db["speakers"].insert({
            "id": sid, "key": name.lower(), "name": name, "kind": kind, "description": description,
            "descriptions": json.dumps([description] if description else []), "aliases": json.dumps(aliases),
            "known": 0, "quote_count": 0, "article_count": 0,
        })
    for art in articles:
        precision = art.get("precision", "day")
        month = art["published"][:7]
        parts = [art["title"], "\n\n"]
        pos = len(art["title"]) + 2
        qrows, crows = [], []
        for n, (sid, cue, text, kind, via) in enumerate(art["quotes"]):
            name = speakers[sid][0]
            start_sentence = pos
            prefix = ""
            if via:
                prefix = "According to {}, ".format(speakers[via][0])
            lead = "{}{} {}: ".format(prefix, name, cue)
            body = '"{}"'.format(text) if kind == "direct" else text
            sentence = lead + body + "."
            q_start = pos + len(lead) + (1 if kind == "direct" else 0)
            speaker_start = pos + len(prefix)
            cue_start = speaker_start + len(name) + 1
            row = {
                "id": "{}:{}-{}".format(art["id"], q_start, q_start + len(text)), "article_id": art["id"],
                "speaker_id": sid, "via_speaker_id": via, "group_id": "q|{}|{}".format(sid, text.lower()),
                "text": text, "kind": kind, "start": q_start, "end": q_start + len(text), "speaker_text": name,
                "speaker_start": speaker_start, "speaker_end": speaker_start + len(name), "speaker_how": "name",
                "via_text": speakers[via][0] if via else None, "via_start": pos + len("According to ") if via else None,
                "via_end": pos + len("According to ") + len(speakers[via][0]) if via else None,
                "cue": cue, "cue_start": cue_start, "cue_end": cue_start + len(cue),
                "sentence_start": start_sentence, "sentence_end": start_sentence + len(sentence),
                "language": art["language"], "source": art["source"], "published": art["published"],
                "month": month,
            }
            qrows.append(row)
            parts.append(sentence + " ")
            pos += len(sentence) + 1
        parts.append("\n\n")
        pos += 2
        for text, sid, earliest, latest, status, group in art["claims"]:
            sentence = text + "."
            crows.append({
                "id": "{}:{}-{}".format(art["id"], pos, pos + len(text)), "article_id": art["id"],
                "group_id": "c|" + (group or text.lower()), "text": text, "start": pos, "end": pos + len(text),
                "speaker_id": sid, "earliest": earliest, "latest": latest, "status": status,
                "date_text": earliest, "language": art["language"], "published": art["published"], "month": month,
            })
            parts.append(sentence + " ")
            pos += len(sentence) + 1
        text = "".join(parts)
        for r in qrows:
            assert text[r["start"]:r["end"]] == r["text"]
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"]
            assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
        db["articles"].insert({
            "id": art["id"], "title": art["title"], "url": art["url"], "source": art["source"],
            "language": art["language"], "published": art["published"], "published_precision": precision,
            "month": month, "text": text, "quote_count": len(qrows), "claim_count": len(crows),
            "loaded_at": "2023-11-01T00:00:00+00:00",
        })
        db["quotes"].insert_all(qrows)
        db["claims"].insert_all(crows)
    conn = db.conn
    with conn:
        conn.execute("insert into quote_groups (id, text, speaker_id, occurrences, article_count, first_seen,"
                     " last_seen) select group_id, min(text), max(speaker_id), count(*), count(distinct article_id),"
                     " min(published), max(published) from quotes group by group_id")
        conn.execute("insert into claim_groups (id, text, speaker_id, occurrences, article_count, first_seen,"
                     " last_seen) select group_id, min(text), max(speaker_id), count(*), count(distinct article_id),"
                     " min(published), max(published) from claims group by group_id")
        for gid, in conn.execute("select id from claim_groups").fetchall():
            history = [{"published": p, "status": s, "article_id": a} for p, s, a in conn.execute(
                "select published, status, article_id from claims where group_id = ? order by published", [gid])]
            conn.execute("update claim_groups set first_status = ?, latest_status = ?, status_history = ? "
                         "where id = ?", [history[0]["status"], history[-1]["status"], json.dumps(history), gid])
        conn.execute("update speakers set quote_count = (select count(*) from quotes where speaker_id = speakers.id),"
                     " article_count = (select count(distinct article_id) from quotes"
                     " where speaker_id = speakers.id),"
                     " first_seen = (select min(published) from quotes where speaker_id = speakers.id),"
                     " last_seen = (select max(published) from quotes where speaker_id = speakers.id)")
    db.conn.close()
    return path


def load_metadata(*names):
    """metadata.json, with its table settings for "news" copied to the other database ``names``."""
    with open(METADATA_PATH) as fp:
        metadata = json.load(fp)
    for name in names:
        metadata["databases"][name] = copy.deepcopy(metadata["databases"]["news"])
    return metadata


@pytest.fixture(scope="session")
def news_path(tmp_path_factory):
    return build_db(str(tmp_path_factory.mktemp("news") / "news.db"))


@pytest.fixture
def make_ds(news_path):
    """A factory for Datasette instances over the test database (``news``) with metadata.json."""
    from datasette.app import Datasette

    instances = []

    def make(files=None, metadata=None, **kwargs):
        ds = Datasette(files if files is not None else [news_path],
                       metadata=metadata if metadata is not None else load_metadata(), **kwargs)
        instances.append(ds)
        return ds

    yield make
    for ds in instances:
        close = getattr(ds, "close", None)
        if close is not None:
            try:
                close()
            except Exception:
                pass


@pytest.fixture
def ds(make_ds):
    return make_ds()


def actor_cookies(ds, actor):
    return {"ds_actor": ds.sign({"a": actor}, "actor")}


def file_state(path):
    st = os.stat(path)
    with open(path, "rb") as fp:
        return st.st_mtime_ns, st.st_size, fp.read()


def row_count(path, table):
    conn = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        return conn.execute("select count(*) from [{}]".format(table)).fetchone()[0]
    finally:
        conn.close()

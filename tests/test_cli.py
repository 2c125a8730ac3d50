"""The load command end to end, on real temporary databases."""
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import sqlite_utils
from click.testing import CliRunner

from datasette_newsquotes.cli import cli

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")


def load(*args, input=None):
    return CliRunner().invoke(cli, ["load", *args, "--no-progress"], input=input, catch_exceptions=False)


def counts(db_path):
    db = sqlite_utils.Database(db_path)
    return {t: db[t].count for t in ("articles", "quotes", "speakers", "dates", "claims", "quote_groups")}


def test_seed_loads_as_luxembourgish_month_precise(tmp_path):
    db_path = str(tmp_path / "news.db")
    result = load(db_path, SEEDS)
    assert result.exit_code == 0, result.output
    assert "1 articles" in result.output and "0 failures" in result.output
    db = sqlite_utils.Database(db_path)
    [row] = db.query("select id, language, published, published_precision, month, title from articles")
    assert row["id"] == "000_fe49c4817d5cb19a"
    assert row["language"] == "lb"
    assert (row["published"], row["published_precision"], row["month"]) == ("2023-09", "month", "2023-09")
    assert row["title"].startswith("Nordkorea a Russland")


def test_headings_are_never_quotes_or_claims(tmp_path):
    """The seed keeps its section headings inline (short lines with no closing punctuation): no quote or
    claim may fall inside one."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "heading-test.txt").write_text(
        " date 2024-06 D'Regierung stellt hire Plang fir de Logement vir.\n\n"
        "De Minister huet e Méindeg gesot, datt 2.000 Wunnenge gebaut ginn. \"Mir hu keng Zäit ze verléieren\","
        " sot hien.\n\nKritik vun der Oppositioun\n\n"
        "D'Oppositioun huet bestridden, datt de Plang finanzéiert ass.\n")
    for folder in (SEEDS, str(src)):
        db_path = str(tmp_path / (os.path.basename(folder) + ".db"))
        load(db_path, folder)
        db = sqlite_utils.Database(db_path)
        assert db["quotes"].count > 0
        for art in db.query("select id, text from articles"):
            heads = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^\n]+$", art["text"])
                     if len(m.group(0).split()) <= 12 and m.group(0).rstrip()[-1] not in '.!?:;"»”'
                     and m.start() > 0]
            assert heads, art["id"]
            for table in ("quotes", "claims"):
                for r in db.query("select start, end from [{}] where article_id = ?".format(table), [art["id"]]):
                    assert not any(s < r["end"] and r["start"] < e for s, e in heads), (table, r)


def test_offsets_point_into_article_text(tmp_path):
    db_path = str(tmp_path / "news.db")
    load(db_path, SEEDS)
    db = sqlite_utils.Database(db_path)
    for table in ("quotes", "dates", "claims"):
        rows = list(db.query(
            "select t.text, substr(a.text, t.start + 1, t.end - t.start) as span from [{}] t "
            "join articles a on a.id = t.article_id".format(table)))
        assert rows, table
        for r in rows:
            assert r["text"] == r["span"]


def test_loading_twice_gives_same_counts(tmp_path):
    db_path = str(tmp_path / "news.db")
    load(db_path, SEEDS)
    first = counts(db_path)
    assert first["quotes"] > 0 and first["dates"] > 0
    load(db_path, SEEDS)
    assert counts(db_path) == first


def test_new_articles_add_and_speakers_are_shared(tmp_path):
    db_path = str(tmp_path / "news.db")
    a1 = {"id": "a1", "language": "en", "date": "2024-05-02", "title": "Budget talks",
          "text": 'Finance Minister Jane Porter said on Tuesday: "We will not raise taxes this year."'}
    a2 = {"id": "a2", "language": "en", "date": "2024-05-09", "title": "Budget vote",
          "text": '"The numbers simply add up," Jane Porter told reporters after the vote on Wednesday.'}
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(a1) + "\n")
    load(db_path, str(p))
    p2 = tmp_path / "b.jsonl"
    p2.write_text(json.dumps(a2) + "\n")
    load(db_path, str(p2))
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 2
    speakers = list(db.query("select s.name, count(*) n from quotes q join speakers s on s.id = q.speaker_id "
                             "group by s.id"))
    assert speakers == [{"name": "Jane Porter", "n": 2}]


def test_bad_files_are_named_good_records_loaded_exit_nonzero(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(' date 2024-01-10 Titel.\n\nDe Minister huet gesot, datt alles gutt ass.')
    (src / "mixed.jsonl").write_bytes(
        b'{"id": "j1", "text": "First good record."}\n{"id": broken\n{"id": "j2", "text": "Second good."}\n'
        b'{"id": "j3"}\n')
    (src / "binary.txt").write_bytes(b"\x00\xff\x10" * 50)
    (src / "latin.txt").write_bytes("Titel\n\nCaf\xe9 am Eck.".encode("latin-1"))
    (src / "empty.json").write_bytes(b"")
    db_path = str(tmp_path / "news.db")
    # something already in the database must survive a bad load
    keep = tmp_path / "keep.jsonl"
    keep.write_text(json.dumps({"id": "old", "text": "An older article."}) + "\n")
    load(db_path, str(keep))
    result = CliRunner().invoke(cli, ["load", db_path, str(src), "--no-progress"])
    assert result.exit_code == 1
    out = result.output
    assert "mixed.jsonl:2: invalid JSON" in out
    assert "mixed.jsonl:4: line 4 has no \"text\"" in out
    assert "binary.txt: binary file" in out
    assert "latin.txt:3: not valid UTF-8" in out
    assert "empty.json: empty file" in out
    ids = {r["id"] for r in sqlite_utils.Database(db_path).query("select id from articles")}
    assert ids == {"old", "good", "j1", "j2"}


def test_stdin(tmp_path):
    db_path = str(tmp_path / "news.db")
    result = load(db_path, "-", input='{"id": "s1", "text": "Hello.", "language": "en"}\n')
    assert result.exit_code == 0
    assert sqlite_utils.Database(db_path)["articles"].count == 1


def test_known_speakers_file_resolves_aliases(tmp_path):
    db_path = str(tmp_path / "news.db")
    known = tmp_path / "speakers.json"
    known.write_text(json.dumps([{"name": "Vladimir Putin", "aliases": ["Wladimir Putin", "Vladimir Poutine"],
                                  "wikidata": "Q7747", "description": "President of Russia"}]))
    art = {"id": "k1", "language": "de", "date": "2024-02-01",
           "text": 'Der russische Präsident Wladimir Putin sagte am Montag: "Wir sind zu Gesprächen bereit."'}
    p = tmp_path / "k.jsonl"
    p.write_text(json.dumps(art) + "\n")
    result = load(db_path, str(p), "--speakers", str(known))
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query(
        "select s.name, s.wikidata from quotes q join speakers s on s.id = q.speaker_id"))
    assert rows == [{"name": "Vladimir Putin", "wikidata": "Q7747"}]


def test_datasette_command_is_registered(tmp_path):
    from datasette.cli import cli as datasette_cli

    db_path = str(tmp_path / "news.db")
    result = CliRunner().invoke(datasette_cli, ["newsquotes", "load", db_path, SEEDS, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db_path)["articles"].count == 1


def test_interrupted_load_leaves_consistent_database(tmp_path):
    """Kill a load mid-way: the database holds whole articles only, and a rerun completes it."""
    src = tmp_path / "many.jsonl"
    with open(src, "w") as f:
        for i in range(3000):
            f.write(json.dumps({"id": "n%d" % i, "language": "en", "date": "2024-01-%02d" % (i % 28 + 1),
                                "text": 'The mayor, Anna Berg, said on Monday that the bridge would reopen. '
                                        '"We are on schedule," she told reporters. Case %d.' % i}) + "\n")
    db_path = str(tmp_path / "news.db")
    cmd = [sys.executable, "-c", "from datasette_newsquotes.cli import cli; cli()", "load", db_path, str(src),
           "--no-progress", "--batch-size", "50"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 180  # generous: CI machines can be slow
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db_path, timeout=5) as con:
                if con.execute("select count(*) from articles").fetchone()[0] >= 100:
                    break
        except sqlite3.OperationalError:
            pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db_path)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    n = con.execute("select count(*) from articles").fetchone()[0]
    assert 0 < n < 3000 and n % 50 == 0  # whole batches only
    # every article written has its quotes: no half-written article
    assert con.execute("select count(*) from articles a where not exists "
                       "(select 1 from quotes q where q.article_id = a.id)").fetchone()[0] == 0
    con.close()
    result = load(db_path, str(src))
    assert result.exit_code == 0
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 3000
    # the full-text index of the new database (built at the end of a load) covers every article
    assert [r["id"] for r in db["articles"].search('"Case 7"')] == ["n7"]
    assert [r["id"] for r in db["articles"].search('"Case 2999"')] == ["n2999"]


def search(db_path, table, query):
    return [r["text"] for r in sqlite_utils.Database(db_path)[table].search(query)]


def test_full_text_search_after_new_and_later_loads(tmp_path):
    """A new database gets its full-text indexes at the end of the load; later loads keep them up to date."""
    db_path = str(tmp_path / "news.db")
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({
        "id": "f1", "language": "en", "date": "2024-06-03",
        "text": 'Harbour master Ola Brandt said on Monday that the ferry would resume sailing. "The pier is '
                'safe again," he told reporters.'}) + "\n")
    assert load(db_path, str(first)).exit_code == 0
    assert search(db_path, "quotes", "pier") == ["The pier is safe again,"]
    assert len(search(db_path, "articles", "ferry")) == 1
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({
        "id": "f2", "language": "en", "date": "2024-06-10",
        "text": '"Timetables for the ferry change next week," Ola Brandt said on Friday.'}) + "\n")
    assert load(db_path, str(later)).exit_code == 0
    assert len(search(db_path, "articles", "ferry")) == 2
    assert search(db_path, "quotes", "timetables") == ["Timetables for the ferry change next week,"]
    assert load(db_path, str(later)).exit_code == 0  # loading again replaces, the index follows
    assert len(search(db_path, "articles", "ferry")) == 2


def test_workers_give_the_same_database(tmp_path):
    src = tmp_path / "w.jsonl"
    with open(src, "w") as f:
        for i in range(40):
            f.write(json.dumps({"id": "w%d" % i, "language": "en", "date": "2024-02-%02d" % (i % 28 + 1),
                                "text": 'Coach Mia Lund said on Friday that the team was ready. "We trained '
                                        'hard all winter," she said. Match %d.' % i}) + "\n")
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert load(one, str(src)).exit_code == 0
    assert load(two, str(src), "--workers", "2").exit_code == 0
    assert counts(one) == counts(two)
    q = "select article_id, start, end, text, kind from quotes order by 1, 2"
    assert list(sqlite_utils.Database(one).query(q)) == list(sqlite_utils.Database(two).query(q))


def test_speakers_file_errors_are_clear(tmp_path):
    db_path = str(tmp_path / "news.db")
    art = tmp_path / "a.jsonl"
    art.write_text(json.dumps({"id": "a", "text": "Text."}) + "\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Anna Berg"}\n{"aliases": ["A. Berg"]}\n')
    result = CliRunner().invoke(cli, ["load", db_path, str(art), "--speakers", str(bad)])
    assert result.exit_code != 0 and "bad.jsonl:2: a speaker needs a \"name\"" in result.output
    # a CSV saved by a spreadsheet (with a byte-order mark), aliases as one |-separated string
    csv_file = tmp_path / "known.csv"
    csv_file.write_bytes("\ufeffname,aliases,kind\nJean Dupont,J. Dupont|Jean-Marc Dupont,person\n".encode("utf-8"))
    result = CliRunner().invoke(cli, ["load", db_path, str(art), "--speakers", str(csv_file), "--no-progress"])
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(db_path).query("select name, aliases, known from speakers")
    assert row == {"name": "Jean Dupont", "aliases": '["J. Dupont", "Jean-Marc Dupont"]', "known": 1}

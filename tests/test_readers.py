"""Readers: the seed's text format, JSON and JSON Lines, and every kind of bad input named with file and line."""
import json

from datasette_newsquotes.model import Article, ReadError
from datasette_newsquotes.readers import parse_published, read_paths
from datasette_newsquotes.readers.text import parse_text_file

RTL = (' date 2024-03 Regierung stellt neie Budget vir.\n\nD\'Finanzministesch huet e Mëttwoch de Budget '
       'presentéiert. "Mir mussen spueren", sot si.\n\nOppositioun kritiséiert\n\nD\'Oppositioun war net '
       'zefridden.\n')


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def test_text_header_title_and_precision(tmp_path):
    p = write(tmp_path / "budget-2024.txt", RTL)
    [a] = list(read_paths([p]))
    assert isinstance(a, Article)
    assert a.id == "budget-2024"
    assert a.published == "2024-03" and a.published_precision == "month"
    assert a.title == "Regierung stellt neie Budget vir."
    assert a.text.startswith("Regierung stellt neie Budget vir.\n\nD'Finanzministesch")
    assert "Oppositioun kritiséiert" in a.text  # headings stay in the text


def test_text_without_header_and_with_day(tmp_path):
    [a] = list(read_paths([write(tmp_path / "a.txt", "Titel\n\nText vum Artikel.")]))
    assert a.published is None and a.title == "Titel"
    [b] = list(read_paths([write(tmp_path / "b.txt", " date 2023-09-14\nTitel\n\nText.")]))
    assert b.published == "2023-09-14" and b.published_precision == "day" and b.title == "Titel"


def test_json_object_list_and_lines(tmp_path):
    rec = {"id": "x1", "text": "Some text.", "title": "T", "url": "https://example.org/x1", "source": "Wort",
           "language": "de", "date": "2023-09-14T08:30:00Z"}
    one = write(tmp_path / "one.json", json.dumps(rec))
    many = write(tmp_path / "many.json", json.dumps([rec, dict(rec, id="x2")]))
    lines = write(tmp_path / "lines.jsonl", "\n".join(json.dumps(dict(rec, id="l%d" % i)) for i in range(3)))
    got = list(read_paths([one, many, lines]))
    assert [a.id for a in got] == ["x1", "x1", "x2", "l0", "l1", "l2"]
    a = got[0]
    assert (a.text, a.title, a.url, a.source, a.language) == ("Some text.", "T", rec["url"], "Wort", "de")
    assert (a.published, a.published_precision) == ("2023-09-14", "day")


def test_json_text_is_kept_unchanged(tmp_path):
    text = "  Leading spaces,\r\n\"quotes\" and trailing newline\n"
    [a] = list(read_paths([write(tmp_path / "t.jsonl", json.dumps({"id": "t", "text": text}))]))
    assert a.text == text


def test_published_keeps_precision():
    assert parse_published("2023") == ("2023", "year")
    assert parse_published("2023-9") == ("2023-09", "month")
    assert parse_published("2023-09-14") == ("2023-09-14", "day")
    assert parse_published("2023-13") == (None, None)
    assert parse_published("2023-02-31") == (None, None)
    assert parse_published("0000-01-01") == (None, None)
    assert parse_published("14 September 2023") == ("2023-09-14", "day")


def test_bad_inputs_name_file_and_line(tmp_path):
    good = json.dumps({"id": "ok1", "text": "Fine."})
    paths = {
        "broken.jsonl": good + "\n{not json\n" + json.dumps({"id": "ok2", "text": "Also fine."}) + "\n",
        "notext.jsonl": json.dumps({"id": "n1", "title": "no text"}) + "\n" + json.dumps({"id": "ok3", "text": "x"}),
        "latin1.txt": "Titel\n\nDe Minister huet gesot: \"Mir sinn z\xe9ifridden\".".encode("latin-1"),
        "badline.jsonl": good.replace("ok1", "ok4").encode() + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n',
        "empty.txt": b"",
        "binary.json": b"\x00\x01\x02PK\x03\x04" * 20,
        "brokenobject.json": '{"id": "z", "text": "unterminated',
        "nested.jsonl": json.dumps({"id": "n2", "text": "Fine text.", "source": {"name": "Wort"}}) + "\n"
                        + json.dumps({"id": "ok5", "text": "Good.", "source": 42}),
        "baddate.jsonl": json.dumps({"id": "d1", "text": "Text.", "date": "2023-02-31"}),
    }
    for name, data in paths.items():
        write(tmp_path / name, data)
    results = list(read_paths([str(tmp_path)]))
    ok = sorted(a.id for a in results if isinstance(a, Article))
    errors = {(e.path.split("/")[-1], e.line): e.message for e in results if isinstance(e, ReadError)}
    assert ok == ["ok1", "ok2", "ok3", "ok4", "ok5"]
    assert [a.source for a in results if isinstance(a, Article) and a.id == "ok5"] == ["42"]
    assert "invalid JSON" in errors[("broken.jsonl", 2)]
    assert "no \"text\"" in errors[("notext.jsonl", 1)]
    assert "UTF-8" in errors[("latin1.txt", 3)]
    assert "UTF-8" in errors[("badline.jsonl", 2)]
    assert "empty" in errors[("empty.txt", None)]
    assert "binary" in errors[("binary.json", None)]
    assert "invalid JSON" in errors[("brokenobject.json", 1)]
    assert "JSON dict as \"source\"" in errors[("nested.jsonl", 1)]
    assert "date that cannot be read" in errors[("baddate.jsonl", 1)]
    assert str(ReadError("a.jsonl", "invalid JSON", 2)) == "a.jsonl:2: invalid JSON"


def test_unknown_and_missing_paths(tmp_path):
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    results = list(read_paths([str(tmp_path), str(tmp_path / "nope.txt")]))
    messages = [str(r) for r in results]
    assert any("notes.pdf" in m and "unsupported file type" in m for m in messages)
    assert any("nope.txt" in m and "no such file" in m for m in messages)


def test_stdin_reads_json_lines(tmp_path):
    import io

    stream = io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    got = list(read_paths(["-"], stdin=stream))
    assert [a.id for a in got] == ["s1", "s2"]


def test_parse_text_file_seed_shape():
    a = parse_text_file("x/seed.txt", ' date 2023-09 Titel vum Artikel.\n\nDen Text.'.encode())
    assert a.title == "Titel vum Artikel." and a.text == "Titel vum Artikel.\n\nDen Text."

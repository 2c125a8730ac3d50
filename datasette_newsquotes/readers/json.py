"""JSON (one object or a list of objects) and JSON Lines (one object a line) articles.

Fields: ``id`` and ``text`` are needed (a record without ``id`` gets its ``url``, else a hash of its text);
``title``, ``url``, ``source``, ``language``, and ``date`` or ``published`` are optional and must be text (or
numbers). ``text`` is stored unchanged, so that offsets in the database line up with the input. A ``.json``
file that holds JSON Lines is read as JSON Lines.
"""
import hashlib
import json

from ..model import Article, ReadError
from ..plugins import hookimpl
from . import decode_utf8, parse_published, read_checked


def _text_or_none(value):
    return str(value) if value not in (None, "") else None


def record_to_article(record, path, line=None, where=None):
    """An Article from one decoded JSON value, or a ReadError naming what is missing."""
    where = where or "record"
    if not isinstance(record, dict):
        return ReadError(path, "{} is a JSON {}, not an object".format(where, type(record).__name__), line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(path, "{} has no \"text\" (or it is empty)".format(where), line)
    for field in ("id", "title", "url", "source", "language", "date", "published"):
        value = record.get(field)
        if value is not None and not isinstance(value, (str, int, float)):
            return ReadError(path, "{} has a JSON {} as \"{}\", where text is expected".format(
                where, type(value).__name__, field), line)
    article_id = record.get("id")
    if article_id is None or article_id == "":
        article_id = record.get("url") or "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    raw_date = record.get("published") or record.get("date")
    published, precision = parse_published(raw_date)
    if raw_date and published is None:
        return ReadError(path, "{} has a date that cannot be read: {!r}".format(where, raw_date), line)
    title = record.get("title")
    return Article(
        id=str(article_id),
        text=text,
        title=str(title) if title is not None else None,
        url=_text_or_none(record.get("url")),
        source=_text_or_none(record.get("source")),
        language=_text_or_none(record.get("language")),
        published=published,
        published_precision=precision,
        path=path,
        line=line,
    )


class JSONReader:
    name = "json"
    suffixes = (".json",)

    def read(self, path, stream=None):
        data, error = read_checked(path, "JSON")
        if error:
            yield error
            return
        text, error = decode_utf8(data, path)
        if error:
            yield error
            return
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            # a .json file holding JSON Lines is common enough to accept
            if "\n" in text.strip() and e.msg == "Extra data":
                yield from JSONLinesReader().read_lines(path, data.splitlines(keepends=True))
                return
            yield ReadError(path, "invalid JSON: {} (column {})".format(e.msg, e.colno), e.lineno)
            return
        if isinstance(value, list):
            for i, record in enumerate(value):
                yield record_to_article(record, path, where="record {} of the list".format(i + 1))
        else:
            yield record_to_article(value, path)


class JSONLinesReader:
    name = "jsonl"
    suffixes = (".jsonl", ".ndjson")

    def read(self, path, stream=None):
        if stream is not None:
            lines = (line if isinstance(line, bytes) else line.encode("utf-8") for line in stream)
            yield from self.read_lines(path, lines)
            return
        data, error = read_checked(path, "JSON Lines")
        if error:
            yield error
            return
        yield from self.read_lines(path, data.splitlines(keepends=True))

    def read_lines(self, path, lines):
        """Each line on its own: a bad line is an error for that line only."""
        for n, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            text, error = decode_utf8(raw, path)
            if error:
                error.line = n
                yield error
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as e:
                yield ReadError(path, "invalid JSON: {} (column {})".format(e.msg, e.colno), n)
                continue
            yield record_to_article(record, path, line=n, where="line {}".format(n))


@hookimpl
def newsquotes_readers():
    return [JSONReader(), JSONLinesReader()]

"""Readers turn files (or stdin) into Article records. Each format is a small module registered through the
``newsquotes_readers`` hook; :func:`read_paths` walks the paths a user gave and dispatches by file ending.

Readers never raise on bad input: they yield :class:`~datasette_newsquotes.model.ReadError` for it and go
on, so one broken file or line never costs the good records around it.
"""
import os
import re

from ..model import ReadError
from ..plugins import readers as registered_readers

ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")
PRECISION = {1: "year", 2: "month", 3: "day"}


def parse_published(value):
    """``(published, precision)`` from a date as sources give it, keeping its precision: ``"2023-09"`` is a
    month and stays one; a timestamp keeps its day. Returns ``(None, None)`` for what it cannot read."""
    if value is None or value == "":
        return None, None
    value = str(value)
    m = ISO_DATE.match(value)
    if m:
        parts = [p for p in m.groups() if p]
        nums = [int(p) for p in parts] + [1] * (3 - len(parts))
        try:
            import datetime

            datetime.date(*nums)  # 2023-02-31, month 13 or year 0 are not dates
        except ValueError:
            return None, None
        text = "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]])
        return text, PRECISION[len(parts)]
    import dateparser

    dt = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})
    if dt is None:
        return None, None
    return dt.date().isoformat(), "day"


def sniff_binary(data):
    """True for data that is not text: NUL bytes do not occur in text in any of our encodings."""
    return b"\x00" in data[:8192]


def decode_utf8(data, path):
    """Decode bytes as UTF-8 (a BOM is dropped), or return a ReadError naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return None, ReadError(path, "not valid UTF-8 (byte 0x{:02x} at offset {}); re-save the file as UTF-8"
                               .format(data[e.start], e.start), line)


def reader_for(path, readers=None):
    suffix = os.path.splitext(path)[1].lower()
    for reader in readers or registered_readers():
        if suffix in reader.suffixes:
            return reader
    return None


def iter_files(path):
    """Files below a directory, recursively, in a stable order, hidden ones skipped."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def read_paths(paths, stdin=None):
    """Yield Article or ReadError for every file below ``paths``; ``-`` reads JSON Lines from ``stdin``.

    In a directory, files of a type no reader takes are skipped with a ReadError of their own (so the user
    sees them in the summary); a file named explicitly must have a reader.
    """
    readers = registered_readers()
    for path in paths:
        if path == "-":
            reader = reader_for("stdin.jsonl", readers)
            yield from reader.read("<stdin>", stream=stdin)
            continue
        if os.path.isdir(path):
            files = list(iter_files(path))
        elif os.path.exists(path):
            files = [path]
        else:
            yield ReadError(path, "no such file or directory")
            continue
        for file in files:
            reader = reader_for(file, readers)
            if reader is None:
                known = sorted({s for r in readers for s in r.suffixes})
                yield ReadError(file, "unsupported file type (readers take {})".format(", ".join(known)))
                continue
            yield from reader.read(file)


def check_bytes(path, data, what):
    """The checks every reader makes before parsing: a ReadError for an empty or a binary file, else None."""
    if not data.strip():
        return ReadError(path, "empty file")
    if sniff_binary(data):
        return ReadError(path, "binary file (contains NUL bytes), not {}".format(what))
    return None


def read_checked(path, what):
    """``(bytes, None)`` of a readable, non-empty text file, or ``(None, ReadError)``."""
    data, error = read_bytes(path)
    return (None, error) if error else (data, check_bytes(path, data, what))


def read_bytes(path):
    """The file's bytes, or a ReadError for a file that cannot be opened."""
    try:
        with open(path, "rb") as f:
            return f.read(), None
    except OSError as e:
        return None, ReadError(path, "cannot read file: {}".format(e.strerror or e))

"""Plain-text articles in the seed's format (RTL style)::

     date 2023-09 Title of the article.

    First paragraph...

An optional leading `` date YYYY[-MM[-DD]]`` header, then the body; the first line is the title and stays part
of the text. Section headings (short lines without closing punctuation) stay in the text too: the extractors
recognise them (``extract/segment.py``) and never take them for quotes or claims. The id is the file's stem.
"""
import os
import re

from ..model import Article, ReadError
from ..plugins import hookimpl
from . import check_bytes, decode_utf8, parse_published, read_bytes

HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)[ \t]*\n?[ \t]*")


class TextReader:
    name = "text"
    suffixes = (".txt", ".text")

    def read(self, path, stream=None):
        data, error = read_bytes(path)
        if error:
            yield error
            return
        yield parse_text_file(path, data)


def parse_text_file(path, data):
    """One Article from the bytes of a text file, or a ReadError saying what is wrong with it."""
    error = check_bytes(path, data, "a text article")
    if error:
        return error
    text, error = decode_utf8(data, path)
    if error:
        return error
    published = precision = None
    m = HEADER.match(text)
    if m:
        published, precision = parse_published(m.group(1))
        text = text[m.end():]
    text = text.strip()
    if not text:
        return ReadError(path, "no article text after the date header", 1)
    title = text.split("\n", 1)[0].strip()
    return Article(
        id=os.path.splitext(os.path.basename(path))[0],
        text=text,
        title=title,
        published=published,
        published_precision=precision,
        path=path,
    )


@hookimpl
def newsquotes_readers():
    return [TextReader()]

"""The ``newsquotes`` command line (also ``datasette newsquotes ...``)."""
import csv
import json
import os
import sys
import time

import click
import sqlite_utils

from .extract.pipeline import extract_article
from .model import ReadError
from .readers import read_paths
from .store import Store


@click.group()
@click.version_option(package_name="datasette-newsquotes")
def cli():
    """newsquotes: load news articles into SQLite as quotes, speakers, dates and claims."""


def _extract_safe(article):
    """Extraction that turns an unexpected exception into an error for that article alone."""
    try:
        return extract_article(article)
    except Exception as e:  # a bug on one article must not stop the load of the others
        where = "{}:{}".format(article.path, article.line) if article.line else article.path
        return ReadError(where or article.id, "extraction failed for article {!r}: {}: {}".format(
            article.id, type(e).__name__, e))


def read_known_speakers(path):
    """Speakers from a JSON list, JSON Lines or CSV file (``name``, ``aliases``, ``kind``, ``description``,
    ``wikidata``; aliases a list, or one string separated by ``|``). Raises click.ClickException naming the file
    and record for anything it cannot use, before the load starts."""
    try:
        with open(path, encoding="utf-8-sig") as f:  # -sig: CSV files saved by spreadsheets start with a BOM
            if path.lower().endswith(".csv"):
                rows = [(n + 2, r) for n, r in enumerate(csv.DictReader(f))]
            else:
                text = f.read().strip()
                if text.startswith("["):
                    rows = list(enumerate(json.loads(text), 1))
                else:
                    rows = []
                    for n, line in enumerate(text.splitlines(), 1):
                        if line.strip():
                            try:
                                rows.append((n, json.loads(line)))
                            except json.JSONDecodeError as e:
                                raise click.ClickException("{}:{}: invalid JSON: {}".format(path, n, e.msg))
    except json.JSONDecodeError as e:
        raise click.ClickException("{}:{}: invalid JSON: {}".format(path, e.lineno, e.msg))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise click.ClickException("{}: cannot read speakers: {}".format(path, e))
    speakers = []
    for n, r in rows:
        if not isinstance(r, dict) or not str(r.get("name") or "").strip():
            raise click.ClickException("{}:{}: a speaker needs a \"name\"".format(path, n))
        aliases = r.get("aliases") or []
        if isinstance(aliases, str):
            aliases = aliases.split("|")
        if not isinstance(aliases, list):
            raise click.ClickException("{}:{}: \"aliases\" must be a list or a |-separated string".format(path, n))
        kind = (r.get("kind") or "person").strip()
        if kind not in ("person", "organization"):
            raise click.ClickException("{}:{}: \"kind\" must be person or organization".format(path, n))
        speakers.append({
            "name": str(r["name"]).strip(), "aliases": [str(a).strip() for a in aliases if str(a).strip()],
            "kind": kind, "description": (r.get("description") or "").strip() or None,
            "wikidata": (r.get("wikidata") or "").strip() or None,
        })
    return speakers


def bounded_map(pool, fn, items, window):
    """pool.map that keeps at most ``window`` items in flight, so a large input is never held in memory whole
    (Executor.map submits everything at once)."""
    from collections import deque

    pending = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class Progress:
    """A one-line progress display on stderr, shown only on a terminal (or when forced)."""

    def __init__(self, enabled):
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done, failed, force=False):
        if not self.enabled:
            return
        now = time.monotonic()
        if force or now - self.last > 0.25:
            self.last = now
            rate = done / max(now - self.start, 1e-9)
            click.echo("\r  {:,} articles loaded, {:,} failed ({:,.0f} articles/s)".format(done, failed, rate),
                       err=True, nl=False)

    def close(self):
        if self.enabled:
            click.echo("", err=True)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--speakers", "speakers_file", type=click.Path(exists=True, dir_okay=False),
              help="Known speakers and their aliases (JSON, JSON Lines or CSV) to resolve names against")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes for extraction (writing stays in this process)")
@click.option("--batch-size", type=int, default=1000, show_default=True,
              help="Articles written per transaction (larger batches load faster; an interrupted load keeps whole "
                   "batches)")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: on a terminal)")
def load(db_path, paths, speakers_file, workers, batch_size, progress):
    """Load articles from PATHS (files, directories, or - for JSON Lines on stdin) into DB_PATH.

    \b
    Example:
        newsquotes load news.db seeds/
        cat articles.jsonl | newsquotes load news.db -

    Loading an article again replaces its rows. A bad file or line is reported (with file and line) and
    skipped; every good record is still loaded, and the exit status is 1 when anything failed.
    """
    db = sqlite_utils.Database(db_path)
    store = Store(db, defer_fts=True)
    if speakers_file:
        n = store.add_known_speakers(read_known_speakers(speakers_file))
        click.echo("{:,} known speakers from {}".format(n, speakers_file), err=True)
    before = store.counts()
    failures = []
    loaded = 0
    bar = Progress(sys.stderr.isatty() if progress is None else progress)
    stdin = sys.stdin.buffer if "-" in paths else None
    records = read_paths(paths, stdin=stdin)

    def articles_only():
        for r in records:
            if isinstance(r, ReadError):
                failures.append(r)
                bar.update(loaded, len(failures))
            else:
                yield r

    pool = None
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers)
        results = bounded_map(pool, _extract_safe, articles_only(), window=max(batch_size, 16) * workers)
    else:
        results = map(_extract_safe, articles_only())

    def write(batch):
        """Write a batch; an article the database refuses is a failure of its own (the rest are kept)."""
        refused = store.write(batch)
        for ex, error in refused:
            a = ex.article
            failures.append(ReadError("{}:{}".format(a.path, a.line) if a.line else (a.path or a.id),
                                      "could not write article {!r}: {}: {}".format(a.id, type(error).__name__,
                                                                                    error)))
        return len(batch) - len(refused)

    batch = []
    seen_ids = {}
    try:
        for ex in results:
            if isinstance(ex, ReadError):
                failures.append(ex)
                continue
            a = ex.article
            where = "{}:{}".format(a.path, a.line) if a.line else a.path
            if a.id in seen_ids:
                failures.append(ReadError(where, "duplicate id {!r} (also in {}); the later record wins".format(
                    a.id, seen_ids[a.id])))
            seen_ids[a.id] = where
            batch.append(ex)
            if len(batch) >= batch_size:
                loaded += write(batch)
                batch = []
                bar.update(loaded, len(failures))
        if batch:
            loaded += write(batch)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        store.finish()  # the full-text indexes of a new database, built once its rows are in
        bar.update(loaded, len(failures), force=True)
        bar.close()
    after = store.counts()
    click.echo(summary(loaded, before, after, failures, db_path))
    for f in failures:
        click.echo("error: {}".format(f), err=True)
    if failures:
        sys.exit(1)


def summary(loaded, before, after, failures, db_path):
    parts = ["{:,} {} ({:+,})".format(after[t], t, after[t] - before[t])
             for t in ("articles", "quotes", "speakers", "dates", "claims")]
    return "Loaded {:,} articles into {}: now {}; {:,} failure{}".format(
        loaded, os.path.basename(db_path), ", ".join(parts), len(failures), "" if len(failures) == 1 else "s")

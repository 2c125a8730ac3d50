"""Benchmark of the loader: articles per second for extraction alone and for the whole load.

    python bench/bench_load.py [CORPUS.jsonl] [--articles 10000] [--workers 1]

CORPUS defaults to ../shared/eval/gold/de-gnqa-train.jsonl (700 German news articles) and falls back to the
project's seeds/ when that is absent. The corpus is repeated, with fresh ids, to at least --articles articles
and written to a temporary JSON Lines file; then

1. extraction alone: the pipeline (quotes, speakers, dates, claims) over every article in this process;
2. the whole load: ``newsquotes load`` (read, extract, write, full-text index) into a new database.

It prints numbers, it asserts nothing: speed is reported in the README with the machine it ran on.
"""
import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT = os.path.join(ROOT, "..", "shared", "eval", "gold", "de-gnqa-train.jsonl")


def corpus_records(path):
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    a = json.loads(line)
                    yield {"id": a["id"], "title": a.get("title"), "text": a["text"],
                           "language": a.get("language"), "source": a.get("source"),
                           "date": a.get("published") or a.get("date")}
        return
    from datasette_newsquotes.readers.text import parse_text_file

    seeds = os.path.join(ROOT, "seeds")
    for name in sorted(os.listdir(seeds)):
        p = os.path.join(seeds, name)
        a = parse_text_file(p, open(p, "rb").read())
        yield {"id": a.id, "title": a.title, "text": a.text, "date": a.published}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()

    base = list(corpus_records(args.corpus))
    if not base:
        sys.exit("empty corpus")
    tmp = tempfile.mkdtemp(prefix="newsquotes-bench-")
    jsonl = os.path.join(tmp, "articles.jsonl")
    n = 0
    with open(jsonl, "w", encoding="utf-8") as out:
        while n < args.articles:
            for rec in base:
                out.write(json.dumps(dict(rec, id="{}-{}".format(rec["id"], n)), ensure_ascii=False) + "\n")
                n += 1
    chars = sum(len(r["text"]) for r in base) * n / len(base)
    print("machine: {} cores, {}, Python {}".format(os.cpu_count(), platform.processor() or platform.machine(),
                                                   platform.python_version()))
    print("corpus: {} ({} articles) repeated to {:,} articles, {:,.0f} characters".format(
        os.path.relpath(args.corpus) if os.path.exists(args.corpus) else "seeds/", len(base), n, chars))

    from datasette_newsquotes.extract.pipeline import extract_article
    from datasette_newsquotes.readers import read_paths

    articles = [a for a in read_paths([jsonl])]
    t0 = time.perf_counter()
    counts = [0, 0, 0]
    for a in articles:
        ex = extract_article(a)
        counts[0] += len(ex.quotes)
        counts[1] += len(ex.dates)
        counts[2] += len(ex.claims)
    t1 = time.perf_counter()
    print("extraction alone (1 process): {:,.0f} articles/s ({:.2f} s; {:,} quotes, {:,} dates, {:,} claims)".format(
        n / (t1 - t0), t1 - t0, *counts))

    db = os.path.join(tmp, "bench.db")
    cmd = [sys.executable, "-c", "from datasette_newsquotes.cli import cli; cli()", "load", db, jsonl,
           "--no-progress", "--workers", str(args.workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    t1 = time.perf_counter()
    if proc.returncode != 0:
        print(proc.stdout, proc.stderr)
        sys.exit("load failed")
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("whole load (newsquotes load, {} worker{}, start-up included): {:,.0f} articles/s ({:.2f} s)".format(
        args.workers, "" if args.workers == 1 else "s", n / (t1 - t0), t1 - t0))
    print("  peak memory of the load process: {:,.0f} MB; database {:,.1f} MB".format(
        child.ru_maxrss / 1024, os.path.getsize(db) / 1e6))
    print("  " + proc.stdout.strip())


if __name__ == "__main__":
    main()

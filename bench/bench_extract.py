#!/usr/bin/env python3
"""Extraction speed: articles per second for ``extract_article`` (every registered extractor) in one process.

    python bench/bench_extract.py [ARTICLES.jsonl] [--min 10000] [--profile]

Reads a JSON Lines file of articles (``id``, ``text``, optional ``title``, ``language``, ``published``; by default
``../shared/eval/gold/de-gnqa-train.jsonl`` when it exists), repeats it to at least ``--min`` articles and times
extraction alone: no reading, no database. Without a file it uses a few built-in articles in four languages.
Prints wall-clock and CPU (per core) rates, and the CPU rate of each extractor alone, so a slow one is easy to
spot. This is a benchmark, not a test.
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from datasette_newsquotes.extract.pipeline import Pipeline  # noqa: E402
from datasette_newsquotes.model import Article, Extraction  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "gold",
                       "de-gnqa-train.jsonl")

BUILT_IN = [
    {"language": "lb", "published": "2024-03-12", "text":
        "D'Regierung wëll d'Wunnengsbau beschleunegen.\n\nDe Wunnengsbauminister Max Muster huet e Méindeg "
        "gesot, datt de Staat 2.000 Wunnenge bis 2026 bauen wëll. \"Mir hunn keng Zäit ze verléieren\", sou "
        "de Minister. Der Gewerkschaft no wier de Plang awer net genuch."},
    {"language": "de", "published": "2024-03-12", "text":
        "Die Stadt Trier plant eine neue Brücke.\n\nOberbürgermeisterin Anna Beispiel sagte am Montag, dass "
        "der Bau im Herbst beginnen solle. „Wir sind im Zeitplan“, betonte sie. Laut der Verwaltung kostet "
        "das Projekt 40 Millionen Euro. Die Kosten seien aber noch nicht endgültig."},
    {"language": "fr", "published": "2024-03-12", "text":
        "Le ministre de la Santé, Paul Exemple, a déclaré mardi que les urgences resteraient ouvertes. « Nous "
        "ne fermerons aucun service », a-t-il assuré. Selon le syndicat des infirmiers, il manque pourtant "
        "300 postes."},
    {"language": "en", "published": "2024-03-12", "text":
        "City officials said on Tuesday that the bridge would reopen in May. \"We are on schedule,\" said "
        "Mayor Jane Example. According to the transport department, the repairs cost $4 million."},
]


def load(path):
    if path and os.path.exists(path):
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.append(json.loads(line))
        return out, path
    return BUILT_IN, "built-in sample"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--min", type=int, default=10000, help="repeat the articles to at least this many")
    ap.add_argument("--profile", action="store_true", help="run under cProfile and print the top functions")
    a = ap.parse_args()
    records, source = load(a.path)
    reps = max(1, -(-a.min // len(records)))
    pipeline = Pipeline()

    def articles():
        for r in range(reps):
            for i, rec in enumerate(records):
                yield Article(id="{}-{}".format(rec.get("id", i), r), text=rec["text"], title=rec.get("title"),
                              language=rec.get("language"), published=rec.get("published"))

    # warm up: build compiled patterns and the plugin registry outside the timing
    for art in list(articles())[:50]:
        pipeline.extract(art)
    if a.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
    n = 0
    quotes = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for art in articles():
        ex = pipeline.extract(art)
        n += 1
        quotes += len(ex.quotes)
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if a.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    # per extractor, on one pass over the distinct articles
    per = {}
    for ex_ in pipeline.extractors:
        per[ex_.name] = 0.0
    for i, rec in enumerate(records):
        art = Article(id=str(i), text=rec["text"], title=rec.get("title"), language=rec.get("language"),
                      published=rec.get("published"))
        code = pipeline.language_of(art)
        art.language = code
        extraction = Extraction(article=art)
        for ex_ in pipeline.extractors:
            t = time.process_time()
            ex_.extract(extraction, pipeline.languages[code])
            per[ex_.name] += time.process_time() - t
    print("source: {} ({} distinct articles, repeated to {})".format(source, len(records), n))
    print("extraction (all extractors): {} articles in {:.2f} s wall = {:.0f} articles/s; {:.2f} s CPU = {:.0f} "
          "articles/s per core; {} quotes".format(n, total, n / total, cpu, n / cpu, quotes))
    for name, secs in per.items():
        print("  {:<10} {:.0f} articles/s per core alone".format(name, len(records) / secs if secs else float("inf")))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The writer on a speaker quoted again and again: milliseconds an article, batch after batch.

    python bench/bench_store.py [--batches 8] [--quotes-per-article 5]

Every article quotes one and the same speaker with quotes of 13 words, all different, so that each new quote is
checked against the speaker's earlier ones (is it part of one, or one part of it?). The time an article takes
must stay flat as the speaker's quotes pile up (it looks at the speaker's latest ``CONTAINMENT_WINDOW`` quote
groups); it printed 7 -> 111 ms an article over 40,000 quotes when every earlier group was scanned. It prints
numbers, it asserts nothing.
"""
import argparse
import os
import platform
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import sqlite_utils  # noqa: E402

from datasette_newsquotes.model import Article, Extraction, Mention, Quote, Speaker  # noqa: E402
from datasette_newsquotes.store import CONTAINMENT_WINDOW, Store  # noqa: E402

WORDS = ("the minister said we will build more houses and schools for every family in the country next year "
         "because people need them now").split()


def article(i, per_article, rng):
    text, quotes = "", []
    for j in range(per_article):
        said = " ".join(rng.choice(WORDS) for _ in range(12)) + " {}".format(i * per_article + j)
        start = len(text)
        text += said + ". "
        quotes.append(Quote(start=start, end=start + len(said), text=said, kind="direct",
                            speaker=Mention(0, 4, "Anna", Speaker(name="Anna Berg"))))
    ex = Extraction(article=Article(id="a{}".format(i), text=text, language="en", published="2024-01-01"))
    ex.quotes.extend(quotes)
    return ex


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--quotes-per-article", type=int, default=5)
    args = ap.parse_args()
    print("machine: {} cores, {}, Python {}; CONTAINMENT_WINDOW {}".format(
        os.cpu_count(), platform.processor() or platform.machine(), platform.python_version(), CONTAINMENT_WINDOW))
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(sqlite_utils.Database(os.path.join(tmp, "store.db")))
        for b in range(args.batches):
            batch = [article(b * args.batch_size + i, args.quotes_per_article, rng) for i in range(args.batch_size)]
            t = time.process_time()
            store.write(batch)
            dt = time.process_time() - t
            print("batch {}: the speaker has {:,} quotes; {:.2f} ms an article".format(
                b + 1, (b + 1) * args.batch_size * args.quotes_per_article, dt / args.batch_size * 1000))


if __name__ == "__main__":
    main()

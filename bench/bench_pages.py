"""Benchmark of the plugin's pages on a large synthetic database (not a timed test).

    python bench/bench_pages.py generate /tmp/bench.db     # 1,000,000 quotes, 50,000 speakers, 200,000 articles
    python bench/bench_pages.py run /tmp/bench.db          # median and p95 of each page beside /db/quotes

``generate`` writes straight into SQLite (one transaction, executemany) with the schema from
``store.ensure_schema``, then rebuilds the full-text indexes once instead of row by row through the triggers.
``run`` requests each page through Datasette's in-process client, the way a browser would ask for it, after one
warm-up request (the first request of a page also fills the plugin's per-database count cache).
"""
import argparse
import asyncio
import copy
import json
import os
import random
import statistics
import sys
import time

SOURCES = ["wort", "tageblatt", "rtl", "lequotidien", "essentiel", "virgule", "reporter", "journal", "spiegel",
           "zeit", "faz", "sueddeutsche", "taz", "lemonde", "liberation", "lefigaro", "ouestfrance", "bbc",
           "guardian", "reuters-en", "apnews", "nytimes", "washpost", "politico", "ft", "economist", "dw",
           "rfi", "swissinfo", "orf"]
LANGUAGES = ["lb", "de", "fr", "en"]
CUES = ["said", "told", "stated", "added", "argued", "warned", "explained", "insisted"]
STATUSES = ["asserted", "reported", "confirmed", "denied", "unconfirmed"]
BENCH_SPEAKER = 1  # gets exactly 5,000 quotes


def words(rng, n):
    # a Zipf-like vocabulary: word k appears with probability ~ 1/k
    return " ".join("w{}".format(int(rng.paretovariate(1.0)) % 5000) for _ in range(n))


def generate(path, n_quotes=1_000_000, n_speakers=50_000, n_articles=200_000, n_claims=200_000, seed=1):
    import sqlite_utils

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
    from datasette_newsquotes.store import ensure_schema

    if os.path.exists(path):
        os.remove(path)
    t0 = time.time()
    rng = random.Random(seed)
    db = sqlite_utils.Database(path)
    db.conn.execute("pragma journal_mode = off")
    db.conn.execute("pragma synchronous = off")
    ensure_schema(db)
    triggers = [r[0] for r in db.conn.execute("select sql from sqlite_master where type = 'trigger'")]
    for (name,) in db.conn.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        db.conn.execute("drop trigger [{}]".format(name))
    conn = db.conn
    conn.execute("begin")
    # speakers: the first five are news agencies that relay quotes
    speakers = []
    for sid in range(1, n_speakers + 1):
        kind = "organization" if sid <= 5 or sid % 17 == 0 else "person"
        name = ("Agency {}".format(sid) if sid <= 5 else "Speaker{} Surname{}".format(sid, sid % 997))
        speakers.append((sid, name.lower(), name, kind, "minister of w{}".format(sid % 300),
                         json.dumps(["minister of w{}".format(sid % 300)]), json.dumps(["Surname{}".format(sid % 997)]),
                         None, 0, 0, 0, None, None))
    conn.executemany("insert into speakers (id, key, name, kind, description, descriptions, aliases, wikidata, known,"
                     " quote_count, article_count, first_seen, last_seen) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", speakers)
    # which speaker says each quote: BENCH_SPEAKER exactly 5,000, the others Zipf-like
    who = [BENCH_SPEAKER] * 5000
    while len(who) < n_quotes:
        s = int(rng.paretovariate(0.7)) + 5
        if s <= n_speakers:
            who.append(s)
    rng.shuffle(who)
    months = ["{}-{:02d}".format(y, m) for y in range(2015, 2025) for m in range(1, 13)]
    per_article = n_quotes // n_articles
    arts, quotes, recent = [], [], []
    qi = 0
    for a in range(n_articles):
        aid = "a{:06d}".format(a)
        month = months[min(len(months) - 1, int(a * len(months) / n_articles))]
        published = "{}-{:02d}".format(month, rng.randint(1, 28))
        source = SOURCES[int(rng.paretovariate(1.2)) % len(SOURCES)]
        language = LANGUAGES[a % 7 % 4]
        title = "Title {} {}".format(a, words(rng, 5))
        parts, pos = [title, "\n\n"], len(title) + 2
        for k in range(per_article):
            sid = who[qi]
            # 5% of quotes repeat a recent quote of the same speaker (the same quote in several articles)
            if recent and sid != BENCH_SPEAKER and rng.random() < 0.05:
                gid, text, sid = recent[rng.randrange(len(recent))]
            else:
                text = words(rng, rng.randint(6, 18))
                gid = "q{:015d}".format(qi)
                if sid != BENCH_SPEAKER:
                    recent.append((gid, text, sid))
                if len(recent) > 4000:
                    del recent[:2000]
            name = speakers[sid - 1][2]
            cue = CUES[qi % len(CUES)]
            direct = qi % 5 < 3
            sentence_start = pos
            pre = "{} {}: ".format(name, cue)
            q_start = pos + len(pre) + (1 if direct else 0)
            sentence = pre + ('"{}".'.format(text) if direct else "{}.".format(text))
            parts.append(sentence + " ")
            pos += len(sentence) + 1
            via = rng.randint(1, 5) if qi % 10 == 0 else None
            quotes.append((
                "{}:{}-{}".format(aid, q_start, q_start + len(text)), aid, sid, via, gid, text,
                "direct" if direct else "indirect", q_start, q_start + len(text), name, sentence_start,
                sentence_start + len(name), "name", cue, sentence_start + len(name) + 1,
                sentence_start + len(name) + 1 + len(cue), sentence_start, sentence_start + len(sentence),
                language, source, published, month))
            qi += 1
        arts.append((aid, title, "https://example.org/{}".format(aid), source, language, published, "day", month,
                     "".join(parts), None, per_article, 0, "2024-01-01T00:00:00+00:00"))
        if len(quotes) >= 100_000:
            flush(conn, arts, quotes)
            arts, quotes = [], []
    flush(conn, arts, quotes)
    print("articles and quotes: {:.0f}s".format(time.time() - t0), file=sys.stderr)
    conn.execute("insert into quote_groups (id, text, speaker_id, occurrences, article_count, first_seen, last_seen)"
                 " select group_id, min(text), min(speaker_id), count(*), count(distinct article_id), min(published),"
                 " max(published) from quotes group by group_id")
    conn.execute("update speakers set quote_count = c, article_count = a, first_seen = f, last_seen = l from ("
                 " select speaker_id, count(*) c, count(distinct article_id) a, min(published) f, max(published) l"
                 " from quotes group by speaker_id) q where q.speaker_id = speakers.id")
    # claims: dated statements, most of them by a speaker, some repeated with a changing status
    claims = []
    for c in range(n_claims):
        a = rng.randrange(n_articles)
        aid = "a{:06d}".format(a)
        month = months[min(len(months) - 1, int(a * len(months) / n_articles))]
        earliest = "{}-{:02d}".format(months[max(0, months.index(month) - rng.randint(0, 3))], rng.randint(1, 28))
        if c and rng.random() < 0.1:
            gid = "c{:015d}".format(rng.randrange(max(1, c - 1000), c))
        else:
            gid = "c{:015d}".format(c)
        sid = who[rng.randrange(n_quotes)] if rng.random() < 0.7 else None
        claims.append(("{}:c{}".format(aid, c), aid, gid, "claim " + words(rng, 10), 0, 10, sid, None, None, None,
                       earliest if rng.random() < 0.9 else None, earliest, "text", STATUSES[c % 5], None,
                       LANGUAGES[a % 7 % 4], month + "-01", month))
    conn.executemany("insert or replace into claims (id, article_id, group_id, text, start, end, speaker_id, quote_id,"
                     " date_id, date_text, earliest, latest, date_source, status, cue, language, published, month)"
                     " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", claims)
    conn.execute("update claims set latest = earliest")
    conn.execute("insert into claim_groups (id, text, speaker_id, occurrences, article_count, first_seen, last_seen)"
                 " select group_id, min(text), max(speaker_id), count(*), count(distinct article_id), min(published),"
                 " max(published) from claims group by group_id")
    conn.execute("update claim_groups set status_history = h, first_status = f, latest_status = l from ("
                 " select group_id, json_group_array(json_object('published', published, 'status', status,"
                 " 'article_id', article_id)) h, min(status) f, max(status) l from claims group by group_id) c"
                 " where c.group_id = claim_groups.id and claim_groups.occurrences > 1")
    conn.execute("update claim_groups set first_status = (select status from claims where group_id = claim_groups.id),"
                 " latest_status = first_status, status_history = json_array(json_object('status', first_status))"
                 " where occurrences = 1")
    print("claims and groups: {:.0f}s".format(time.time() - t0), file=sys.stderr)
    for table in ("quotes", "claims", "articles"):
        conn.execute("insert into [{0}_fts]([{0}_fts]) values ('rebuild')".format(table))
    for sql in triggers:
        conn.execute(sql)
    conn.execute("commit")
    conn.execute("analyze")
    conn.execute("pragma journal_mode = delete")
    print("full-text and analyze: {:.0f}s; {} MB".format(time.time() - t0, os.path.getsize(path) // 2**20),
          file=sys.stderr)


def flush(conn, arts, quotes):
    conn.executemany("insert into articles (id, title, url, source, language, published, published_precision, month,"
                     " text, path, quote_count, claim_count, loaded_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", arts)
    conn.executemany("insert into quotes (id, article_id, speaker_id, via_speaker_id, group_id, text, kind, start,"
                     " end, speaker_text, speaker_start, speaker_end, speaker_how, cue, cue_start, cue_end,"
                     " sentence_start, sentence_end, language, source, published, month)"
                     " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", quotes)


async def timings(path, n, metadata):
    from datasette.app import Datasette

    ds = Datasette([path], immutables=[], metadata=metadata)  # default settings and time limits
    await ds.invoke_startup()
    name = os.path.splitext(os.path.basename(path))[0]
    pages = [
        ("who-said-what, unfiltered", "/{}/-/who-said-what".format(name)),
        ("who-said-what, source=wort", "/{}/-/who-said-what?source=wort".format(name)),
        ("who-said-what, kind=indirect", "/{}/-/who-said-what?kind=indirect".format(name)),
        ("who-said-what, speaker=1", "/{}/-/who-said-what?speaker={}".format(name, BENCH_SPEAKER)),
        ("who-said-what, search q=w1234 (5 hits)", "/{}/-/who-said-what?q=w1234".format(name)),
        ("who-said-what, search q=w40 (7k hits)", "/{}/-/who-said-what?q=w40".format(name)),
        ("who-said-what, search q=w7 (193k hits)", "/{}/-/who-said-what?q=w7".format(name)),
        ("who-said-what, q=w7 sort=relevance", "/{}/-/who-said-what?q=w7&sort=relevance".format(name)),
        ("speaker page, 5,000 quotes", "/{}/-/speakers/{}".format(name, BENCH_SPEAKER)),
        ("claims page", "/{}/-/claims".format(name)),
        ("claims page, status=denied", "/{}/-/claims?status=denied".format(name)),
        ("Datasette /db/quotes (default facets)", "/{}/quotes".format(name)),
        ("Datasette /db/quotes?_nosuggest=1", "/{}/quotes?_nosuggest=1".format(name)),
        ("Datasette /db/quotes?source=wort", "/{}/quotes?source=wort".format(name)),
    ]
    rows = []
    for label, url in pages:
        r = await ds.client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:500])
        if "timed out" in r.text.lower() or "facet-timed-out" in r.text:
            print("  note: a facet timed out on {}".format(url), file=sys.stderr)
        times = []
        for _ in range(n):
            t = time.perf_counter()
            r = await ds.client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        rows.append((label, url, statistics.median(times), p95))
        print("{:42s} median {:7.1f} ms   p95 {:7.1f} ms   {}".format(label, rows[-1][2], p95, url), flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("db")
    g.add_argument("--quotes", type=int, default=1_000_000)
    g.add_argument("--speakers", type=int, default=50_000)
    g.add_argument("--articles", type=int, default=200_000)
    g.add_argument("--claims", type=int, default=200_000)
    r = sub.add_parser("run")
    r.add_argument("db")
    r.add_argument("-n", type=int, default=20, help="timed requests per page")
    r.add_argument("-m", "--metadata", default=os.path.join(os.path.dirname(__file__), "..", "metadata.json"))
    args = parser.parse_args()
    if args.cmd == "generate":
        generate(args.db, args.quotes, args.speakers, args.articles, args.claims)
    else:
        name = os.path.splitext(os.path.basename(args.db))[0]
        with open(args.metadata) as fp:
            metadata = json.load(fp)
        # metadata.json configures the database called "news"; apply the same table settings to this one
        dbs = metadata.get("databases") or {}
        if dbs and name not in dbs:
            dbs[name] = copy.deepcopy(next(iter(dbs.values())))
        import platform
        print("machine: {} cores, {}, Python {}, SQLite {}".format(
            os.cpu_count(), platform.machine(), platform.python_version(), __import__("sqlite3").sqlite_version))
        import datasette
        print("datasette", datasette.__version__ if hasattr(datasette, "__version__") else
              __import__("datasette.version").version.__version__)
        asyncio.run(timings(args.db, args.n, metadata))


if __name__ == "__main__":
    main()

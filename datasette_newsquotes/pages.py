"""The plugin's pages: SQL in, template context (and the same data as JSON) out.

Every page only reads. Counts that would scan a whole table on every request (facet counts of the unfiltered
quotes, claims per status and month) come from a small per-database cache, computed once with one scan and kept
while the database is unchanged (its file size and modification time and the largest row ids of the tables are
its signature; an immutable database never changes). Filtered counts run with Datasette's facet time limit and say
so when they give up.
"""
import asyncio
import base64
import collections
import json
import os
import re
import sqlite3
import time
import unicodedata
from urllib.parse import urlencode

from markupsafe import Markup, escape

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Forbidden, NotFound, Response

from datasette.database import QueryInterrupted, Results

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
CONTEXT_CHARS = 1200
OCCURRENCES_SHOWN = 20
FACET_SIZE = 10
RANK_LIMIT = 20_000  # more full-text matches than this are listed newest first unless relevance is asked for
FTS_SET_LIMIT = 20_000  # up to this many matches are gathered in one set; beyond, each row walked is checked
CO_QUOTES = 1500  # co-quoted speakers are counted over the articles of a speaker's latest quotes
FACET_ROWS = 20_000  # facet counts beyond the cached ones are computed when at most this many quotes match
REQUIRED_TABLES = ("articles", "speakers", "quotes")
QUOTE_FILTERS = ("speaker", "kind", "language", "source", "month", "article", "quote")
CUBE_COLUMNS = ("kind", "language", "source", "month")
STATUSES = ("asserted", "reported", "confirmed", "denied", "unconfirmed")
STATUS_COLORS = {
    "asserted": "#4a6fa5", "reported": "#8d6cab", "confirmed": "#2e8b57", "denied": "#c0392b",
    "unconfirmed": "#d68910", None: "#999999",
}
PERIOD_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}$")


# -- permissions and databases ------------------------------------------------------------------------------------

async def can_view_instance(datasette, actor):
    if hasattr(datasette, "allowed"):
        return await datasette.allowed(action="view-instance", actor=actor)
    visible, _ = await datasette.check_visibility(actor, "view-instance")
    return visible


async def can_view(datasette, actor, database, tables=()):
    """True when ``actor`` may see ``database`` and every one of ``tables``, on either Datasette line.

    This mirrors Datasette's own table view on each line, and requires the instance and the database too."""
    if hasattr(datasette, "allowed"):  # Datasette 1.0
        from datasette.resources import DatabaseResource, TableResource

        if not await datasette.allowed(action="view-instance", actor=actor):
            return False
        if not await datasette.allowed(action="view-database", resource=DatabaseResource(database=database),
                                       actor=actor):
            return False
        for table in tables:
            if not await datasette.allowed(action="view-table",
                                           resource=TableResource(database=database, table=table), actor=actor):
                return False
        return True
    # Datasette 0.65: the same cascade its table view uses (table, then database, then instance)
    checks = [[("view-table", (database, t)), ("view-database", database), "view-instance"] for t in tables]
    for permissions in checks or [[("view-database", database), "view-instance"]]:
        visible, _ = await datasette.check_visibility(actor, permissions=permissions)
        if not visible:
            return False
    return True


_TABLES_SEEN = {}


async def newsquotes_tables(db):
    """The newsquotes tables ``db`` holds, or an empty set when it is not a newsquotes database.

    Remembered for two seconds: render_cell asks once per cell of a table page."""
    now = time.monotonic()
    seen = _TABLES_SEEN.get(id(db))
    if seen and seen[0] is db and now - seen[1] < 2:
        return seen[2]
    names = set(await db.table_names())
    names = names if all(t in names for t in REQUIRED_TABLES) else set()
    _TABLES_SEEN[id(db)] = (db, now, names)
    return names


def resolve_database(datasette, request):
    route = tilde_decode(request.url_vars["database"])
    try:
        return datasette.get_database(route=route)
    except KeyError:
        raise NotFound("Database not found: {}".format(route))


async def check_page(datasette, request, tables, optional=()):
    """The database for this request, after checking it is a newsquotes database the actor may view.

    Returns (db, visible optional tables). Raises NotFound or Forbidden, the same for HTML and JSON."""
    db = resolve_database(datasette, request)
    names = await newsquotes_tables(db)
    if not names or not all(t in names for t in tables):
        raise NotFound("{} is not a newsquotes database".format(db.name))
    if not await can_view(datasette, request.actor, db.name, tables):
        raise Forbidden("You do not have permission to view this page")
    extra = set()
    for t in optional:
        if t in names and await can_view(datasette, request.actor, db.name, [t]):
            extra.add(t)
    return db, extra


async def visible_newsquotes_databases(datasette, actor):
    out = []
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        if not await newsquotes_tables(db):
            continue
        if await can_view(datasette, actor, name, ("quotes", "speakers", "articles")):
            out.append(db)
    return out


# -- small helpers --------------------------------------------------------------------------------------------------

def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def parse_search(q):
    """An FTS5 query built from what a reader types: words and "quoted phrases" all required, a trailing *
    for a prefix. Returns (fts query or None, [(folded term, is_prefix)] for highlighting)."""
    parts, terms = [], []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', q or ""):
        if phrase:
            ws = re.findall(r"\w+", phrase)
            if ws:
                parts.append('"{}"'.format(" ".join(ws)))
                terms.extend((fold(w), False) for w in ws)
            continue
        prefix = word.endswith("*")
        ws = re.findall(r"\w+", word)
        for i, w in enumerate(ws):
            is_prefix = prefix and i == len(ws) - 1
            parts.append('"{}"{}'.format(w, "*" if is_prefix else ""))
            terms.append((fold(w), is_prefix))
    return (" ".join(parts) or None), terms


def hit_spans(text, terms):
    spans = []
    if not terms:
        return spans
    for m in re.finditer(r"\w+", text or ""):
        w = fold(m.group())
        for term, prefix in terms:
            if w == term or (prefix and w.startswith(term)):
                spans.append((m.start(), m.end(), "nq-hit"))
                break
    return spans


def _esc(value):
    return str(escape(value))


def marked_html(text, spans):
    """``text`` escaped, with the character ranges in ``spans`` [(start, end, css class)] marked; overlapping
    ranges combine their classes. Search hits become <mark>, everything else <span>."""
    text = text or ""
    n = len(text)
    spans = [(max(0, s), min(n, e), c) for s, e, c in spans if s is not None and e is not None and s < e
             and e > 0 and s < n]
    if not spans:
        return escape(text)
    points = sorted({0, n} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    out = []
    for a, b in zip(points, points[1:]):
        piece = _esc(text[a:b])
        classes = sorted({c for s, e, c in spans if s <= a and b <= e})
        if not classes:
            out.append(piece)
        elif "nq-hit" in classes:
            out.append('<mark class="{}">{}</mark>'.format(" ".join(classes), piece))
        else:
            out.append('<span class="{}">{}</span>'.format(" ".join(classes), piece))
    return Markup("".join(out))


def json_list(value):
    try:
        data = json.loads(value) if value else []
    except (TypeError, ValueError):
        return []
    return [str(x) for x in data if x] if isinstance(data, list) else []


def encode_cursor(values):
    return base64.urlsafe_b64encode(json.dumps(values).encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(token):
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8"))
    except (ValueError, TypeError):
        return None
    if isinstance(data, list) and len(data) == 2 and all(v is None or isinstance(v, str) for v in data):
        return data
    return None


def with_args(path, args, **changes):
    """``path`` with the query string ``args`` (a dict) updated by ``changes`` (None removes a key)."""
    merged = {k: v for k, v in args.items() if v not in (None, "")}
    for k, v in changes.items():
        if v is None or v == "":
            merged.pop(k, None)
        else:
            merged[k] = v
    if "next" not in changes:
        merged.pop("next", None)
    return path + ("?" + urlencode(merged) if merged else "")


def page_size(request):
    try:
        size = int(request.args.get("_size") or PAGE_SIZE)
    except ValueError:
        size = PAGE_SIZE
    return max(1, min(MAX_PAGE_SIZE, size))


def row_url(datasette, db, table, pk):
    return datasette.urls.row(db.name, table, tilde_encode(str(pk)))


def speaker_url(datasette, db, speaker_id, format=None):
    return "{}/-/speakers/{}{}".format(datasette.urls.database(db.name), speaker_id,
                                       ".json" if format == "json" else "")


def page_url(datasette, db, page, format=None):
    return "{}/-/{}{}".format(datasette.urls.database(db.name), page, ".json" if format == "json" else "")


def time_limit(datasette):
    return max(datasette.setting("facet_time_limit_ms") or 200, 200)


# -- the per-database count cache ---------------------------------------------------------------------------------

_CACHE = {}
_CACHE_MAX = 256  # entries; the keys are a fixed set of queries, this only bounds the unexpected


def as_id(value):
    """An integer row id from a request value, or None: "²" passes str.isdigit() and 10**20 overflows SQLite,
    and neither may turn a page into an error."""
    value = (value or "").strip()
    if value.isascii() and value.isdigit() and int(value) < 2 ** 63:
        return int(value)
    return None


async def signature(db, tables):
    sig = [db.name, db.path]
    if db.path and os.path.exists(db.path):
        st = os.stat(db.path)
        sig += [st.st_size, st.st_mtime_ns]
        for suffix in ("-wal",):
            if os.path.exists(db.path + suffix):
                st = os.stat(db.path + suffix)
                sig += [st.st_size, st.st_mtime_ns]
    parts = ", ".join("(select max(rowid) from [{}])".format(t) for t in tables)
    row = (await db.execute("select " + parts)).rows[0]
    sig += list(row)
    return tuple(sig)


async def execute_once(db, sql, params=None):
    """Run a counting query that builds a cache entry, without Datasette's time limit (Datasette 1.0 lets
    ``custom_time_limit`` only lower it). Only used for counts that are then kept, never per request."""
    def fn(conn):
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        cursor.execute(sql, params or [])
        return Results(cursor.fetchall(), False, cursor.description)

    return await db.execute_fn(fn)


async def cached(db, key, tables, compute):
    sig = await signature(db, tables)
    entry = _CACHE.get((db.name, key))
    if entry and entry[0] == sig:
        return entry[1]
    value = await compute()
    while len(_CACHE) >= _CACHE_MAX:
        _CACHE.pop(next(iter(_CACHE)))  # the oldest entry
    _CACHE[(db.name, key)] = (sig, value)
    return value


async def quote_cube(db):
    """Quote counts by kind, language, source and month (one scan, then cached): rows, the total, the count
    of each value of each column, and a memo of aggregated facet counts per filter combination."""
    async def compute():
        sql = "select kind, language, source, month, count(*) from quotes group by kind, language, source, month"
        rows = [tuple(r) for r in (await execute_once(db, sql)).rows]
        by = {c: {} for c in CUBE_COLUMNS}
        for r in rows:
            for i, c in enumerate(CUBE_COLUMNS):
                by[c][r[i]] = by[c].get(r[i], 0) + r[4]
        return {"rows": rows, "total": sum(r[4] for r in rows), "by": by, "memo": {}}

    return await cached(db, "quote_cube", ("quotes",), compute)


async def claim_cube(db):
    async def compute():
        sql = ("select status, substr(earliest, 1, 7), count(*) from claims "
               "group by status, substr(earliest, 1, 7)")
        return [tuple(r) for r in (await execute_once(db, sql)).rows]

    return await cached(db, "claim_cube", ("claims",), compute)


# -- quotes: filters, ordered lists and cards ---------------------------------------------------------------------

class QuoteQuery:
    """The filters of a who-said-what request, as SQL, and how to run it fast.

    ``plan()`` estimates how many quotes match (exactly from the count cache for kind, language, source and
    month; from ``speakers.quote_count``; from the full-text index) and picks the index SQLite should walk:
    the newest-first index when matches are dense, the filter's own index when they are rare. A ``+`` before a
    column in SQL keeps SQLite from using that column's index."""

    def __init__(self, args, fts_available=True):
        self.filters = {}
        for key in QUOTE_FILTERS:
            value = (args.get(key) or "").strip()
            if value:
                self.filters[key] = value
        if "speaker" in self.filters and as_id(self.filters["speaker"]) is None:
            self.filters.pop("speaker")
        self.q = (args.get("q") or "").strip()
        self.fts, self.terms = parse_search(self.q) if fts_available else (None, [])
        self.requested_sort = args.get("sort") if args.get("sort") in ("date", "relevance") else None
        self.sort = self.requested_sort or ("relevance" if self.fts else "date")
        if not self.fts:
            self.sort = "date"
        self.total_quotes = None
        self.fts_count = None
        self.estimate = None
        self.driver = None
        self.fts_mode = "in"
        self.note = None

    @property
    def cube_filters(self):
        return {k: v for k, v in self.filters.items() if k in CUBE_COLUMNS}

    @property
    def cube_only(self):
        """True when the counts can come from the cached cube (no speaker, article, quote or search filter)."""
        return not self.fts and all(k in CUBE_COLUMNS for k in self.filters)

    async def plan(self, datasette, db):
        cube = await quote_cube(db)
        self.total_quotes = cube["total"]
        estimates = {}
        for key, value in self.cube_filters.items():
            estimates[key] = cube["by"][key].get(value, 0)
        cf = self.cube_filters
        if cf:
            self.cube_count = cube_count(cube, cf)
        else:
            self.cube_count = self.total_quotes
        if "speaker" in self.filters:
            row = (await db.execute("select quote_count from speakers where id = ?",
                                    [int(self.filters["speaker"])])).first()
            estimates["speaker"] = (row[0] or 0) if row else 0
        for key in ("article", "quote"):
            if key in self.filters:
                estimates[key] = 1
        if self.fts:
            try:
                self.fts_count = (await db.execute(
                    "select count(*) from quotes_fts where quotes_fts match :fts", {"fts": self.fts},
                    custom_time_limit=time_limit(datasette))).rows[0][0]
            except QueryInterrupted:
                self.fts_count = self.total_quotes
            estimates["fts"] = self.fts_count
            if self.sort == "relevance" and not self.requested_sort and self.fts_count > RANK_LIMIT:
                self.sort = "date"
                self.note = ("{:,} quotes contain these words, too many to rank by relevance quickly: newest "
                             "first. Add a word to rank them, or sort by relevance (slower).").format(self.fts_count)
        self.estimate = min([self.cube_count] + [v for v in estimates.values()])
        total = max(self.total_quotes, 1)
        # the index to walk
        if "quote" in self.filters:
            self.driver = "quote"
        elif "article" in self.filters:
            self.driver = "article"
        elif "speaker" in self.filters:
            self.driver = "speaker"
        elif self.fts and self.sort == "relevance":
            self.driver = "fts"
        elif not cf or self.cube_count * 100 >= total:
            self.driver = "published"  # dense: walk newest first, skipping non-matches
        else:
            self.driver = min(cf, key=lambda k: estimates[k])  # rare: the rarest filter's index, then sort
        if self.fts:
            if self.fts_count <= FTS_SET_LIMIT or self.driver == "fts":
                self.fts_mode = "in"
            elif self.driver in ("published", "speaker") and self.fts_count * 100 >= total:
                self.fts_mode = "exists"  # check each row walked, stop after a page
            else:
                self.fts_mode = "in"
            if self.fts_mode == "in" and self.fts_count < self.estimate * 2 and self.driver not in (
                    "quote", "article", "fts"):
                self.driver = "fts-set"

    def where(self, alias="q", driver=None, fts_mode=None, joined_fts=False):
        driver = driver or self.driver
        fts_mode = fts_mode or self.fts_mode
        conds, params = [], {}
        columns = {"speaker": "speaker_id", "article": "article_id", "quote": "id"}
        for key, value in self.filters.items():
            plus = "" if key == driver else "+"
            conds.append("{}{}.[{}] = :f_{}".format(plus, alias, columns.get(key, key), key))
            params["f_" + key] = int(value) if key == "speaker" else value
        if self.fts:
            params["fts"] = self.fts
            if joined_fts:
                pass  # the caller joins quotes_fts
            elif fts_mode == "exists":
                conds.append("exists (select 1 from quotes_fts where quotes_fts.rowid = {}.rowid and "
                             "quotes_fts match :fts)".format(alias))
            else:
                conds.append("{}.rowid in (select rowid from quotes_fts where quotes_fts match :fts)".format(alias))
        return conds, params


def cube_count(cube, filters):
    idx = {c: i for i, c in enumerate(CUBE_COLUMNS)}
    return sum(r[4] for r in cube["rows"] if all(r[idx[k]] == v for k, v in filters.items()))


async def ordered_rows(db, qq, after, limit):
    """Quote rows (id, group_id, occurrences, cursor values) in page order, after ``after``."""
    conds, params = qq.where()
    params["limit"] = limit
    if qq.sort == "relevance":
        offset = int(after[0]) if after and after[0] and after[0].isdigit() else 0
        params["offset"] = offset
        conds, params2 = qq.where(driver="fts", joined_fts=True)
        params.update(params2)
        if conds:
            sql = ("select q.id, q.group_id, g.occurrences, quotes_fts.rank from quotes_fts "
                   "join quotes q on q.rowid = quotes_fts.rowid left join quote_groups g on g.id = q.group_id "
                   "where quotes_fts match :fts {} order by quotes_fts.rank, quotes_fts.rowid desc "
                   "limit :limit offset :offset").format("".join(" and " + c for c in conds))
        else:  # rank in the full-text index alone, then read just the page's rows
            sql = ("select q.id, q.group_id, g.occurrences, f.rank from (select rowid, rank from quotes_fts "
                   "where quotes_fts match :fts order by rank, rowid desc limit :limit offset :offset) f "
                   "join quotes q on q.rowid = f.rowid left join quote_groups g on g.id = q.group_id "
                   "order by f.rank, f.rowid desc")
        rows = (await db.execute(sql, params)).rows
        return [(r[0], r[1], r[2], [str(offset + i + 1), None]) for i, r in enumerate(rows)]
    if after:
        p, i = after
        if p is None:
            conds.append("(q.published is null and q.id < :a_id)")
        else:
            conds.append("(q.published < :a_p or (q.published = :a_p and q.id < :a_id) or q.published is null)")
            params["a_p"] = p
        params["a_id"] = i
    sql = ("select q.id, q.group_id, g.occurrences, q.published from quotes q "
           "left join quote_groups g on g.id = q.group_id {} "
           "order by q.published desc, q.id desc limit :limit").format(
        ("where " + " and ".join(conds)) if conds else "")
    rows = (await db.execute(sql, params)).rows
    return [(r[0], r[1], r[2], [r[3], r[0]]) for r in rows]


async def first_of_groups(db, qq, group_ids):
    """For each group id: the id of its first quote in page order among the quotes matching the filters."""
    if not group_ids:
        return {}
    gparams = {"g{}".format(i): g for i, g in enumerate(group_ids)}
    in_list = "({})".format(", ".join(":" + k for k in gparams))
    if qq.sort == "relevance":
        conds, params = qq.where(driver="fts", joined_fts=True)
        sql = ("select q.id, q.group_id from quotes_fts join quotes q on q.rowid = quotes_fts.rowid "
               "where quotes_fts match :fts and quotes_fts.rowid in (select rowid from quotes where group_id in {}) "
               "{} order by quotes_fts.rank, quotes_fts.rowid desc").format(in_list, "".join(" and " + c for c in conds))
    else:
        conds, params = qq.where(driver="group", fts_mode="exists")
        sql = ("select q.id, q.group_id from quotes q where q.group_id in {} {} "
               "order by q.published desc, q.id desc").format(in_list, "".join(" and " + c for c in conds))
    params.update(gparams)
    first = {}
    for qid, gid in (await db.execute(sql, params)).rows:
        first.setdefault(gid, qid)
    return first


async def page_of_quotes(db, qq, size, cursor):
    """The ids of the quotes shown on this page (one per group: the group's first quote in page order) and
    the cursor of the next page, or None."""
    after = decode_cursor(cursor) if cursor else None
    chosen, next_cursor = [], None
    batch = max(size * 2, 20)
    for _ in range(20):
        rows = await ordered_rows(db, qq, after, batch)
        multi = sorted({gid for _, gid, occ, _ in rows if gid and (occ or 0) > 1})
        first = await first_of_groups(db, qq, multi)
        for qid, gid, occ, key in rows:
            after = key
            if gid in first and first[gid] != qid:
                continue
            chosen.append(qid)
            if len(chosen) == size:
                break
        if len(chosen) == size:
            # is there anything after the last chosen row?
            if rows and rows[-1][3] != after or (await ordered_rows(db, qq, after, 1)):
                next_cursor = encode_cursor(after)
            break
        if len(rows) < batch:
            break
    return chosen, next_cursor


async def cards_for(datasette, db, ids, terms=()):
    """Quote cards for the quote ids, in that order: plain data for JSON and marked-up HTML for the page."""
    if not ids:
        return []
    params = {"i{}".format(n): i for n, i in enumerate(ids)}
    sql = """
        select q.id, q.article_id, q.speaker_id, q.via_speaker_id, q.group_id, q.text, q.kind, q.start, q.end,
            q.speaker_text, q.speaker_start, q.speaker_end, q.via_text, q.via_start, q.via_end, q.cue,
            q.cue_start, q.cue_end, q.sentence_start, q.sentence_end, q.language, q.source, q.published,
            s.name as speaker_name, s.description as speaker_description, s.kind as speaker_kind,
            v.name as via_name, a.title as article_title, a.url as article_url,
            g.occurrences as occurrences, g.article_count as group_article_count
        from quotes q
        left join speakers s on s.id = q.speaker_id
        left join speakers v on v.id = q.via_speaker_id
        left join articles a on a.id = q.article_id
        left join quote_groups g on g.id = q.group_id
        where q.id in ({})""".format(", ".join(":" + k for k in params))
    rows = {r["id"]: dict(r) for r in (await db.execute(sql, params)).rows}
    # the context window of each quote: its sentence, widened to take in the speaker mention and the cue
    windows = {}
    for qid, r in rows.items():
        if r["start"] is None or r["end"] is None:
            continue
        lo = r["sentence_start"] if r["sentence_start"] is not None else max(0, r["start"] - 200)
        hi = r["sentence_end"] if r["sentence_end"] is not None else r["end"] + 200
        for s, e in ((r["speaker_start"], r["speaker_end"]), (r["cue_start"], r["cue_end"]),
                     (r["via_start"], r["via_end"])):
            if s is not None and e is not None and abs(s - r["start"]) < 600:
                lo, hi = min(lo, s), max(hi, e)
        lo, hi = min(lo, r["start"]), max(hi, r["end"])
        cap = max(CONTEXT_CHARS, r["end"] - r["start"] + 200)
        if hi - lo > cap:
            lo = max(lo, r["start"] - (cap - (r["end"] - r["start"])) // 2)
            hi = lo + cap
        windows[qid] = (max(0, lo), max(0, hi))
    contexts = {}
    if windows:
        values, wparams = [], {}
        for n, (qid, (lo, hi)) in enumerate(windows.items()):
            values.append("(:w{0}, :s{0}, :l{0})".format(n))
            wparams.update({"w{}".format(n): qid, "s{}".format(n): lo + 1, "l{}".format(n): hi - lo})
        sql = ("with w(id, s, l) as (values {}) select w.id, substr(a.text, w.s, w.l), length(a.text) from w "
               "join quotes q on q.id = w.id join articles a on a.id = q.article_id").format(", ".join(values))
        for qid, text, length in (await db.execute(sql, wparams)).rows:
            contexts[qid] = (text or "", length or 0)
    # the other articles that carry the same quote
    multi = sorted({r["group_id"] for r in rows.values() if (r["occurrences"] or 0) > 1})
    occurrences = {}
    if multi:
        gparams = {"g{}".format(n): g for n, g in enumerate(multi)}
        sql = ("select q.group_id, q.id, q.article_id, q.published, q.source, a.title, a.url from quotes q "
               "left join articles a on a.id = q.article_id where q.group_id in ({}) "
               "order by q.published desc, q.id desc").format(", ".join(":" + k for k in gparams))
        for r in (await db.execute(sql, gparams)).rows:
            occurrences.setdefault(r[0], []).append(r)
    cards = []
    for qid in ids:
        r = rows.get(qid)
        if r is None:
            continue
        card = {
            "id": r["id"],
            "text": r["text"],
            "kind": r["kind"],
            "published": r["published"],
            "language": r["language"],
            "source": r["source"],
            "speaker": None,
            "via": None,
            "cue": r["cue"],
            "article": {
                "id": r["article_id"], "title": r["article_title"], "url": r["article_url"],
                "source": r["source"], "published": r["published"],
                "row_url": row_url(datasette, db, "articles", r["article_id"]) if r["article_id"] else None,
            },
            "group": {"id": r["group_id"], "occurrences": r["occurrences"] or 1,
                      "article_count": r["group_article_count"] or 1},
            "row_url": row_url(datasette, db, "quotes", r["id"]),
        }
        if r["speaker_id"] is not None:
            card["speaker"] = {
                "id": r["speaker_id"], "name": r["speaker_name"], "description": r["speaker_description"],
                "kind": r["speaker_kind"], "mention": r["speaker_text"],
                "url": speaker_url(datasette, db, r["speaker_id"]),
            }
        elif r["speaker_text"]:
            card["speaker"] = {"id": None, "name": r["speaker_text"], "description": None, "kind": None,
                               "mention": r["speaker_text"], "url": None}
        if r["via_speaker_id"] is not None or r["via_text"]:
            card["via"] = {
                "id": r["via_speaker_id"], "name": r["via_name"] or r["via_text"], "mention": r["via_text"],
                "url": speaker_url(datasette, db, r["via_speaker_id"]) if r["via_speaker_id"] is not None else None,
            }
        html = {"text": marked_html(r["text"], hit_spans(r["text"], terms))}
        if qid in contexts:
            lo, hi = windows[qid]
            text, length = contexts[qid]
            marks = []
            for s, e, kind in ((r["start"], r["end"], "quote"), (r["speaker_start"], r["speaker_end"], "speaker"),
                               (r["cue_start"], r["cue_end"], "cue"), (r["via_start"], r["via_end"], "via")):
                if s is not None and e is not None and s < hi and e > lo:
                    marks.append({"start": max(s, lo) - lo, "end": min(e, hi) - lo, "type": kind})
            card["context"] = {"text": text, "start": lo, "end": lo + len(text), "marks": marks}
            spans = [(m["start"], m["end"], "nq-" + m["type"]) for m in marks] + hit_spans(text, terms)
            html["context"] = marked_html(text, spans)
            html["context_before"] = lo > 0
            html["context_after"] = lo + len(text) < length
        else:
            card["context"] = None
        if r["group_id"] in occurrences:
            occ = occurrences[r["group_id"]]
            card["group"]["sources"] = [
                {"quote_id": o[1], "article_id": o[2], "published": o[3], "source": o[4], "title": o[5],
                 "url": o[6], "row_url": row_url(datasette, db, "articles", o[2]) if o[2] else None}
                for o in occ[:OCCURRENCES_SHOWN]]
        else:
            card["group"]["sources"] = [{
                "quote_id": r["id"], "article_id": r["article_id"], "published": r["published"],
                "source": r["source"], "title": r["article_title"], "url": r["article_url"],
                "row_url": card["article"]["row_url"]}]
        card["_html"] = html
        cards.append(card)
    return cards


def strip_private(value):
    if isinstance(value, dict):
        return {k: strip_private(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [strip_private(v) for v in value]
    return value


# -- facets -----------------------------------------------------------------------------------------------------------

def aggregate(rows, n_index=4):
    out = {c: {} for c in CUBE_COLUMNS}
    for r in rows:
        n = r[n_index]
        for i, c in enumerate(CUBE_COLUMNS):
            v = r[i]
            if v is not None:
                d = out[c]
                d[v] = d.get(v, 0) + n
    return {c: sorted(d.items(), key=lambda kv: (-kv[1], str(kv[0]))) for c, d in out.items()}


async def quote_facets(datasette, db, qq):
    """Facet counts for speaker, kind, language, source and month under the current filters.

    Returns (facets, total, timed_out, notes). Counts are exact; when a filter leaves too many quotes to count
    within the time limit, the facet says so instead of guessing."""
    facets, timed_out, notes = {}, [], []
    total = None
    speakers = None
    limit = time_limit(datasette)
    if qq.cube_only:
        cube = await quote_cube(db)
        key = tuple(sorted(qq.filters.items()))
        memo = cube["memo"]
        if key not in memo:
            if len(memo) > 500:
                memo.clear()
            idx = {c: i for i, c in enumerate(CUBE_COLUMNS)}
            rows = [r for r in cube["rows"] if all(r[idx[k]] == v for k, v in qq.filters.items())]
            memo[key] = (aggregate(rows), sum(r[4] for r in rows))
        facets, total = dict(memo[key][0]), memo[key][1]
    elif qq.estimate <= FACET_ROWS and (not qq.fts or qq.fts_count <= FTS_SET_LIMIT):
        # one pass over the matching quotes gives every facet, the speakers included
        conds, params = qq.where(fts_mode="in")
        where = ("where " + " and ".join(conds)) if conds else ""
        try:
            # plain rows counted here: cheaper than SQLite's sorting GROUP BY for a few thousand rows
            rows = (await db.execute("select q.kind, q.language, q.source, q.month, q.speaker_id "
                                     "from quotes q {}".format(where), params,
                                     custom_time_limit=max(limit, 500))).rows
            counters = [collections.Counter(r[i] for r in rows) for i in range(5)]
            facets = {c: sorted(((v, n) for v, n in counters[i].items() if v is not None),
                                key=lambda kv: (-kv[1], str(kv[0]))) for i, c in enumerate(CUBE_COLUMNS)}
            total = len(rows)
            by_speaker = {k: v for k, v in counters[4].items() if k is not None}
            top = sorted(by_speaker.items(), key=lambda kv: (-kv[1], str(kv[0])))[:FACET_SIZE]
            names = {}
            if top:
                sp = {"s{}".format(i): sid for i, (sid, _) in enumerate(top)}
                for sid, name, description in (await db.execute(
                        "select id, name, description from speakers where id in ({})".format(
                            ", ".join(":" + k for k in sp)), sp)).rows:
                    names[sid] = (name, description)
            speakers = [(sid, n) + names.get(sid, (str(sid), None)) for sid, n in top]
        except QueryInterrupted:
            timed_out.extend(CUBE_COLUMNS + ("speaker",))
    else:
        timed_out.extend(CUBE_COLUMNS + ("speaker",))
        notes.append("About {:,} quotes match: too many to count by facet here. Add a filter or a word to "
                     "see counts.".format(qq.estimate))
    if not qq.filters and not qq.fts:
        rows = (await db.execute("select id, name, description, quote_count from speakers "
                                 "where quote_count > 0 order by quote_count desc limit {}".format(FACET_SIZE))).rows
        speakers = [(r[0], r[3], r[1], r[2]) for r in rows]
    elif qq.cube_only:
        if qq.estimate <= FACET_ROWS:
            conds, params = qq.where()
            conds.append("q.speaker_id is not null")
            sql = ("select c.speaker_id, c.n, s.name, s.description from (select q.speaker_id, count(*) as n "
                   "from quotes q where {} group by q.speaker_id order by n desc limit {}) c "
                   "left join speakers s on s.id = c.speaker_id order by c.n desc, s.name").format(
                " and ".join(conds), FACET_SIZE)
            try:
                speakers = [tuple(r) for r in (await db.execute(sql, params, custom_time_limit=limit)).rows]
            except QueryInterrupted:
                timed_out.append("speaker")
        else:
            timed_out.append("speaker")
    if total is None:
        if "speaker" in qq.filters and len(qq.filters) == 1 and not qq.fts:
            total = qq.estimate
        elif qq.fts and not qq.filters:
            total = qq.fts_count
    if "speaker" in qq.filters and not any(str(s[0]) == qq.filters["speaker"] for s in speakers or []):
        # the selected speaker is always shown, so the filter can be removed where it was set
        row = (await db.execute("select id, name, description from speakers where id = ?",
                                [int(qq.filters["speaker"])])).first()
        if row:
            speakers = [(row[0], total, row[1], row[2])] + list(speakers or [])
    facets["speaker"] = speakers
    return facets, total, timed_out, notes


def facet_view(datasette, db, path, args, qq, facets, timed_out):
    """Facets as a list for the template and JSON: name, label, values with counts, toggle urls."""
    out = []
    labels = {"speaker": "Speaker", "kind": "Kind", "language": "Language", "source": "Source", "month": "Month"}
    for name in ("speaker", "kind", "language", "source", "month"):
        values = facets.get(name)
        items = []
        selected_value = qq.filters.get(name)
        if values is None:
            values = []
        if name == "month":
            values = sorted(values, key=lambda kv: str(kv[0]), reverse=True)
        for v in values:
            value, count = str(v[0]), v[1]
            label = v[2] if name == "speaker" else value
            selected = selected_value == value
            items.append({
                "value": v[0], "label": label, "count": count, "selected": selected,
                "description": v[3] if name == "speaker" else None,
                "toggle_url": with_args(path, args, **{name: None if selected else value}),
            })
        out.append({"name": name, "label": labels[name], "options": items, "timed_out": name in timed_out,
                    "selected": selected_value,
                    "clear_url": with_args(path, args, **{name: None}) if selected_value else None})
    return out


# -- SVG ----------------------------------------------------------------------------------------------------------------

def month_range(first, last):
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 2400:
        out.append("{:04d}-{:02d}".format(y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def time_buckets(counts):
    """Buckets along a time axis from {"YYYY-MM": {series: n}}: one per month, or per year when that would
    be more than 120 bars. Returns [(key, label, {series: n})]."""
    keys = sorted(k for k in counts if k and MONTH_RE.match(k))
    if not keys:
        return []
    months = month_range(keys[0], keys[-1])
    if len(months) <= 120:
        return [(m, m, counts.get(m, {})) for m in months]
    years = {}
    for k in keys:
        bucket = years.setdefault(k[:4], {})
        for s, n in counts[k].items():
            bucket[s] = bucket.get(s, 0) + n
    first, last = int(keys[0][:4]), int(keys[-1][:4])
    return [(str(y), str(y), years.get(str(y), {})) for y in range(first, last + 1)]


def svg_bars(buckets, series, colors, href_for, title, unit="quotes", height=150):
    """A server-rendered stacked bar chart: no scripts, every label escaped, each bar a link."""
    e = _esc
    width, left, right, top, bottom = 720, 36, 8, 10, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(buckets))
    peak = max([sum(c.values()) for _, _, c in buckets] + [1])
    bar_w = min(plot_w / n, 48)
    parts = ['<svg class="nq-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" '
             'role="img" aria-label="{t}"><title>{t}</title>'.format(w=width, h=height, t=e(title)),
             '<line x1="{l}" y1="{y}" x2="{r}" y2="{y}" class="nq-axis"/>'.format(l=left, r=width - right,
                                                                                  y=top + plot_h),
             '<text x="{x}" y="{y}" class="nq-tick" text-anchor="end">{n}</text>'.format(x=left - 4, y=top + 8,
                                                                                        n=int(peak)),
             '<text x="{x}" y="{y}" class="nq-tick" text-anchor="end">0</text>'.format(x=left - 4, y=top + plot_h)]
    last_label_x = -100
    for i, (key, label, counts) in enumerate(buckets):
        x = left + i * bar_w
        y = top + plot_h
        bar = []
        for s in series:
            c = counts.get(s, 0)
            if not c:
                continue
            h = plot_h * c / peak
            y -= h
            bar.append('<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{f}" class="nq-bar" '
                       'data-series="{s}"><title>{lab}: {c} {unit}{ss}</title></rect>'.format(
                           x=x + 0.5, y=y, w=max(bar_w - 1, 0.8), h=max(h, 0.5), f=e(colors.get(s, "#4a6fa5")),
                           s=e(s or ""), lab=e(label), c=int(c), unit=e(unit),
                           ss=" ({})".format(e(s)) if s and len(series) > 1 else ""))
        if bar:
            href = href_for(key)
            if href:
                parts.append('<a href="{}">'.format(e(href)))
            parts.extend(bar)
            if href:
                parts.append("</a>")
        if (bar_w >= 44 or len(key) == 4 or key.endswith("-01") or i == 0) and x - last_label_x > 40:
            last_label_x = x
            parts.append('<text x="{x:.1f}" y="{y}" class="nq-tick">{lab}</text>'.format(
                x=x, y=height - 8, lab=e(key[:4] if len(buckets) > 24 and len(key) > 4 else key)))
    parts.append("</svg>")
    return Markup("".join(parts))


# -- the pages ------------------------------------------------------------------------------------------------------------

async def render(datasette, request, template, context, format):
    if format == "json":
        return Response.json(strip_private(context["data"]), default=str)
    return Response.html(await datasette.render_template(
        ["newsquotes/" + template], dict(context, css_url=datasette.urls.static_plugins(
            "datasette_newsquotes", "newsquotes.css")), request=request))


async def index(datasette, request):
    """``/-/who-said-what``: the databases holding newsquotes tables, straight to the page when one."""
    fmt = request.url_vars.get("format")
    if not await can_view_instance(datasette, request.actor):
        raise Forbidden("You do not have permission to view this instance")
    dbs = await visible_newsquotes_databases(datasette, request.actor)
    if fmt != "json" and len(dbs) == 1:
        return Response.redirect(page_url(datasette, dbs[0], "who-said-what"))
    items = []
    for db in dbs:
        counts = {}
        for table in ("quotes", "speakers", "articles"):
            counts[table] = (await db.execute("select max(rowid) from [{}]".format(table))).rows[0][0] or 0
        quotes = (await db.execute("select count(*) from quotes")).rows[0][0] if counts["quotes"] < 200_000 else None
        items.append({"name": db.name, "url": page_url(datasette, db, "who-said-what"),
                      "claims_url": page_url(datasette, db, "claims"),
                      "database_url": datasette.urls.database(db.name), "quotes": quotes})
    data = {"databases": items}
    return await render(datasette, request, "index.html", {"data": data, "databases": items}, fmt)


async def who_said_what(datasette, request):
    fmt = request.url_vars.get("format")
    db, optional = await check_page(datasette, request, ("quotes", "speakers", "articles", "quote_groups"))
    names = await newsquotes_tables(db)
    qq = QuoteQuery(request.args, fts_available="quotes_fts" in names)
    size = page_size(request)
    error = None
    path = page_url(datasette, db, "who-said-what")
    args = {k: request.args.get(k) for k in ("q", "sort", "_size") + QUOTE_FILTERS if request.args.get(k)}
    notes = []
    try:
        await qq.plan(datasette, db)
        # the page and the counts run side by side, on two of Datasette's SQL threads
        (ids, next_cursor), (facets, total, timed_out, notes) = await asyncio.gather(
            page_of_quotes(db, qq, size, request.args.get("next")), quote_facets(datasette, db, qq))
    except QueryInterrupted:
        ids, next_cursor, facets, total, timed_out = [], None, {}, None, []
        error = "The search took too long; add a filter or a more specific word."
    except Exception as e:  # a malformed full-text query
        if "fts5" not in str(e).lower() and "syntax" not in str(e).lower():
            raise
        ids, next_cursor, facets, total, timed_out = [], None, {}, None, []
        error = "Could not search for that: {}".format(e)
    if qq.note:
        notes.insert(0, qq.note)
    cards = await cards_for(datasette, db, ids, qq.terms)
    fviews = facet_view(datasette, db, path, args, qq, facets, timed_out)
    next_url = with_args(path, args, next=next_cursor) if next_cursor else None
    data = {
        "database": db.name,
        "q": qq.q or None,
        "fts": qq.fts,
        "sort": qq.sort,
        "filters": dict(qq.filters),
        "total": total,
        "quotes": cards,
        "next": next_cursor,
        "next_url": next_url,
        "facets": {f["name"]: {"values": [{"value": v["value"], "label": v["label"], "count": v["count"],
                                           "selected": v["selected"]} for v in f["options"]],
                               "timed_out": f["timed_out"]} for f in fviews},
        "error": error,
        "notes": notes,
    }
    if fmt == "json":
        data["next_url"] = with_args(page_url(datasette, db, "who-said-what", "json"), args,
                                     next=next_cursor) if next_cursor else None
    context = {
        "data": data, "database": db.name, "cards": cards, "facets": fviews, "q": qq.q, "sort": qq.sort,
        "filters": qq.filters, "total": total, "next_url": next_url, "error": error, "path": path,
        "args": args, "notes": notes, "json_url": with_args(page_url(datasette, db, "who-said-what", "json"), args,
                                            next=request.args.get("next")),
        "clear_url": path, "claims_url": page_url(datasette, db, "claims"),
        "sort_urls": {s: with_args(path, args, sort=s) for s in ("relevance", "date")} if qq.fts else None,
        "hidden_args": [(k, v) for k, v in args.items() if k not in ("q", "next")],
        "filter_labels": await filter_labels(db, qq.filters),
        "remove_urls": {k: with_args(path, args, **{k: None}) for k in qq.filters},
        "database_url": datasette.urls.database(db.name),
    }
    return await render(datasette, request, "who_said_what.html", context, fmt)


async def filter_labels(db, filters):
    labels = {}
    for key, value in filters.items():
        if key == "speaker":
            row = (await db.execute("select name from speakers where id = ?", [int(value)])).first()
            labels[key] = row[0] if row else value
        elif key == "article":
            row = (await db.execute("select title from articles where id = ?", [value])).first()
            labels[key] = (row[0] or value) if row else value
        else:
            labels[key] = value
    return labels


async def speaker(datasette, request):
    fmt = request.url_vars.get("format")
    db, optional = await check_page(datasette, request, ("quotes", "speakers", "articles", "quote_groups"),
                                    optional=("claims",))
    sid = as_id(request.url_vars["speaker_id"])
    row = (await db.execute("select * from speakers where id = ?", [sid])).first() if sid is not None else None
    if row is None:
        raise NotFound("Speaker not found")
    row = dict(row)
    info = {
        "id": row["id"], "name": row.get("name"), "kind": row.get("kind"), "description": row.get("description"),
        "roles": json_list(row.get("descriptions")) or ([row["description"]] if row.get("description") else []),
        "aliases": json_list(row.get("aliases")), "wikidata": row.get("wikidata"),
        "quote_count": row.get("quote_count"), "article_count": row.get("article_count"),
        "first_seen": row.get("first_seen"), "last_seen": row.get("last_seen"),
        "row_url": row_url(datasette, db, "speakers", row["id"]),
    }
    wsw = page_url(datasette, db, "who-said-what")
    info["relayed_count"] = (await db.execute("select count(*) from quotes where via_speaker_id = ?",
                                              [sid])).rows[0][0]
    # substr(published, 1, 7) is quotes.month wherever the date is day- or month-precise, and lets SQLite
    # answer from the (speaker_id, published) index alone
    months = (await db.execute("select substr(published, 1, 7), count(*) from quotes where speaker_id = ? "
                               "group by 1", [sid])).rows
    per_month = {m: {"quotes": n} for m, n in months if m and MONTH_RE.match(m)}
    undated = sum(n for m, n in months if not (m and MONTH_RE.match(m)))
    buckets = time_buckets(per_month)
    timeline = [{"period": key, "count": c.get("quotes", 0)} for key, _, c in buckets]

    def bar_href(key):
        if len(key) == 7:
            return with_args(wsw, {}, speaker=str(sid), month=key)
        return None

    svg = svg_bars(buckets, ["quotes"], {"quotes": "#4a6fa5"}, bar_href,
                   "Quotes by {} per {}".format(info["name"] or sid, "month" if (
                       buckets and len(buckets[0][0]) == 7) else "year")) if buckets else None
    qq = QuoteQuery({"speaker": str(sid)})
    await qq.plan(datasette, db)
    size = page_size(request)
    ids, next_cursor = await page_of_quotes(db, qq, size, request.args.get("next"))
    cards = await cards_for(datasette, db, ids)
    path = speaker_url(datasette, db, sid, fmt)
    next_url = with_args(path, {k: request.args.get(k) for k in ("_size",) if request.args.get(k)},
                         next=next_cursor) if next_cursor else None
    claims = None
    if "claims" in optional:
        crows = (await db.execute(
            "select c.id, c.text, c.status, c.earliest, c.latest, c.date_text, c.published, c.article_id, a.title "
            "from claims c left join articles a on a.id = c.article_id where c.speaker_id = ? "
            "order by c.earliest is null, c.earliest desc, c.id desc limit 50", [sid])).rows
        claims = [{"id": r[0], "text": r[1], "status": r[2], "earliest": r[3], "latest": r[4], "date_text": r[5],
                   "published": r[6], "article": {"id": r[7], "title": r[8],
                                                  "row_url": row_url(datasette, db, "articles", r[7])}}
                  for r in crows]
        info["claim_count"] = (await db.execute("select count(*) from claims where speaker_id = ?",
                                                [sid])).rows[0][0]
    # the speakers quoted in the same articles (those of the speaker's latest CO_QUOTES quotes,
    # to stay quick)
    co = (await db.execute(
        "select q.speaker_id, count(distinct q.article_id) as n, s.name, s.description from quotes q "
        "join (select distinct article_id from (select article_id from quotes where speaker_id = :sid "
        "order by published desc limit :lim)) a on a.article_id = q.article_id "
        "join speakers s on s.id = q.speaker_id where +q.speaker_id != :sid "
        "group by q.speaker_id order by n desc, s.name limit 10", {"sid": sid, "lim": CO_QUOTES},
        custom_time_limit=2000)).rows
    info["co_quoted_sample"] = CO_QUOTES if (info["quote_count"] or 0) > CO_QUOTES else None
    co_quoted = [{"id": r[0], "articles": r[1], "name": r[2], "description": r[3],
                  "url": speaker_url(datasette, db, r[0])} for r in co]
    data = {"database": db.name, "speaker": info, "timeline": timeline, "undated_quotes": undated,
            "quotes": cards, "next": next_cursor, "next_url": next_url, "claims": claims, "co_quoted": co_quoted}
    context = {"data": data, "database": db.name, "speaker": info, "svg": svg, "timeline": timeline,
               "undated": undated, "cards": cards, "next_url": next_url, "claims": claims, "co_quoted": co_quoted,
               "wsw_url": with_args(wsw, {}, speaker=str(sid)), "json_url": speaker_url(datasette, db, sid, "json"),
               "claims_url": with_args(page_url(datasette, db, "claims"), {}, speaker=str(sid)),
               "database_url": datasette.urls.database(db.name), "status_colors": STATUS_COLORS}
    return await render(datasette, request, "speaker.html", context, fmt)


def period_bounds(value, end=False):
    if not value or not PERIOD_RE.match(value):
        return None
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    return value + ("-31" if end else "-01")


async def claims(datasette, request):
    fmt = request.url_vars.get("format")
    db, optional = await check_page(datasette, request, ("claims", "claim_groups", "speakers", "articles"))
    names = await newsquotes_tables(db)
    args = {k: (request.args.get(k) or "").strip() for k in ("status", "speaker", "from", "to", "q", "undated",
                                                             "_size")}
    args = {k: v for k, v in args.items() if v}
    notes = []
    for k in ("from", "to"):
        if k in args and not PERIOD_RE.match(args[k]):
            notes.append("Ignored {}={}: use a year (2023) or a month (2023-09).".format(k, args[k]))
            args.pop(k)
    if "speaker" in args and as_id(args["speaker"]) is None:
        args.pop("speaker")
    conds, params = [], {}
    if "status" in args:
        # a common status: walk the date index and skip the others; a rare one: its own index, then sort
        ccube = await claim_cube(db)
        n_status = sum(n for st, _, n in ccube if st == args["status"])
        dense = n_status * 100 >= sum(n for _, _, n in ccube) or "speaker" in args
        conds.append("{}c.status = :status".format("+" if dense else ""))
        params["status"] = args["status"]
    if "speaker" in args:
        conds.append("c.speaker_id = :speaker")
        params["speaker"] = int(args["speaker"])
    if "from" in args:
        conds.append("c.earliest >= :from")
        params["from"] = period_bounds(args["from"])
    if "to" in args:
        conds.append("c.earliest <= :to")
        params["to"] = period_bounds(args["to"], end=True)
    fts, terms = parse_search(args.get("q")) if "claims_fts" in names else (None, [])
    if fts:
        conds.append("c.rowid in (select rowid from claims_fts where claims_fts match :fts)")
        params["fts"] = fts
    undated_ok = bool(args.get("undated"))
    list_conds = list(conds) + ([] if undated_ok else ["c.earliest is not null"])
    path = page_url(datasette, db, "claims")
    size = page_size(request)
    error = None
    # status counts and the monthly histogram: from the cache unless speaker or search narrow them down
    try:
        if "speaker" in args or fts:
            where = ("where " + " and ".join(c for c in conds if "status" not in c)) if [
                c for c in conds if "status" not in c] else ""
            rows = (await db.execute(
                "select c.status, substr(c.earliest, 1, 7), count(*) from claims c {} "
                "group by c.status, substr(c.earliest, 1, 7)".format(where), params,
                custom_time_limit=max(time_limit(datasette), 1000))).rows
            cube = [tuple(r) for r in rows]
        else:
            cube = await claim_cube(db)
    except QueryInterrupted:
        cube, error = [], "Counting took too long; narrow the filters."
    lo = period_bounds(args.get("from"))
    hi = period_bounds(args.get("to"), end=True)

    def in_period(month):
        if month is None:
            return not (lo or hi)
        return (not lo or month >= lo[:7]) and (not hi or month <= hi[:7])

    status_counts, per_month, undated_count = {}, {}, 0
    for status, month, n in cube:
        if not in_period(month):
            continue
        if "status" not in args or status == args["status"]:
            if month:
                per_month.setdefault(month, {})
                per_month[month][status] = per_month[month].get(status, 0) + n
            else:
                undated_count += n
        status_counts[status] = status_counts.get(status, 0) + n
    total = sum(n for m in per_month.values() for n in m.values()) + (undated_count if undated_ok else 0)
    buckets = time_buckets(per_month)
    series = [s for s in STATUSES if any(s in c for _, _, c in buckets)] + sorted(
        {s for _, _, c in buckets for s in c if s not in STATUSES}, key=str)

    def bar_href(key):
        return with_args(path, args, **{"from": key, "to": key})

    svg = svg_bars(buckets, series, STATUS_COLORS, bar_href, "Dated claims per {} by status".format(
        "month" if buckets and len(buckets[0][0]) == 7 else "year"), unit="claims") if buckets else None
    # the list: one claim per group, latest date first
    cursor = decode_cursor(request.args.get("next") or "") if request.args.get("next") else None
    chosen, next_cursor = [], None
    after = cursor
    try:
        for _ in range(20):
            lconds, lparams = list(list_conds), dict(params)
            if after:
                if after[0] is None:
                    lconds.append("(c.earliest is null and c.id < :a_id)")
                else:
                    lconds.append("(c.earliest < :a_e or (c.earliest = :a_e and c.id < :a_id) "
                                  "or c.earliest is null)")
                    lparams["a_e"] = after[0]
                lparams["a_id"] = after[1]
            batch = size * 2
            rows = (await db.execute(
                "select c.id, c.group_id, g.occurrences, c.earliest from claims c "
                "left join claim_groups g on g.id = c.group_id {} order by c.earliest desc, c.id desc limit {}".format(
                    ("where " + " and ".join(lconds)) if lconds else "", batch), lparams)).rows
            multi = sorted({r[1] for r in rows if r[1] and (r[2] or 0) > 1})
            first = {}
            if multi:
                gp = {"g{}".format(i): g for i, g in enumerate(multi)}
                gp.update(params)
                member_conds = [re.sub(r"^\(?\+?c\.", lambda m: m.group().replace("+", "").replace(
                    "c.", "+c."), c) for c in list_conds]
                for cid, gid in (await db.execute(
                        "select c.id, c.group_id from claims c where c.group_id in ({}) {} "
                        "order by c.earliest desc, c.id desc".format(
                            ", ".join(":" + k for k in gp if k.startswith("g") and k[1:].isdigit()),
                            "".join(" and " + c for c in member_conds)), gp)).rows:
                    first.setdefault(gid, cid)
            for cid, gid, occ, earliest in rows:
                after = [earliest, cid]
                if gid in first and first[gid] != cid:
                    continue
                chosen.append(cid)
                if len(chosen) == size:
                    break
            if len(chosen) == size:
                if rows and [rows[-1][3], rows[-1][0]] != after:
                    next_cursor = encode_cursor(after)
                elif len(rows) == batch:
                    next_cursor = encode_cursor(after)
                break
            if len(rows) < batch:
                break
    except QueryInterrupted:
        error = "Listing took too long; narrow the filters."
    claim_list = await claim_cards(datasette, db, chosen, terms)
    next_url = with_args(page_url(datasette, db, "claims", fmt), args, next=next_cursor) if next_cursor else None
    speaker_label = None
    if "speaker" in args:
        r = (await db.execute("select name from speakers where id = ?", [int(args["speaker"])])).first()
        speaker_label = r[0] if r else args["speaker"]
    statuses = [{"status": s, "count": status_counts.get(s, 0), "selected": args.get("status") == s,
                 "color": STATUS_COLORS.get(s), "url": with_args(path, args, status=None if args.get(
                     "status") == s else s)} for s in list(STATUSES) + sorted(
                         k for k in status_counts if k not in STATUSES and k is not None)
                if status_counts.get(s) or args.get("status") == s]
    data = {"database": db.name, "filters": {k: v for k, v in args.items() if k != "_size"}, "total": total,
            "undated": undated_count, "statuses": [{k: v for k, v in s.items() if k != "color"} for s in statuses],
            "timeline": [{"period": key, "counts": c} for key, _, c in buckets], "claims": claim_list,
            "next": next_cursor, "next_url": next_url, "notes": notes, "error": error}
    context = {"data": data, "database": db.name, "args": args, "statuses": statuses, "svg": svg,
               "claims": claim_list, "next_url": next_url, "notes": notes, "error": error, "total": total,
               "undated": undated_count, "path": path, "speaker_label": speaker_label,
               "remove_urls": {k: with_args(path, args, **{k: None}) for k in args if k != "_size"},
               "undated_url": with_args(path, args, undated=None if undated_ok else "1"),
               "json_url": with_args(page_url(datasette, db, "claims", "json"), args, next=request.args.get("next")),
               "hidden_args": [(k, v) for k, v in args.items() if k not in ("q", "from", "to", "next")],
               "series": [(s, STATUS_COLORS.get(s, "#999")) for s in series],
               "wsw_url": page_url(datasette, db, "who-said-what"),
               "database_url": datasette.urls.database(db.name)}
    return await render(datasette, request, "claims.html", context, fmt)


async def claim_cards(datasette, db, ids, terms=()):
    if not ids:
        return []
    params = {"i{}".format(n): i for n, i in enumerate(ids)}
    rows = {r["id"]: dict(r) for r in (await db.execute(
        "select c.id, c.text, c.status, c.earliest, c.latest, c.date_text, c.published, c.article_id, c.speaker_id,"
        " c.group_id, a.title, a.url, a.source, s.name as speaker_name, s.description as speaker_description,"
        " g.occurrences, g.article_count, g.first_seen, g.last_seen, g.first_status, g.latest_status,"
        " g.status_history from claims c left join articles a on a.id = c.article_id"
        " left join speakers s on s.id = c.speaker_id left join claim_groups g on g.id = c.group_id"
        " where c.id in ({})".format(", ".join(":" + k for k in params)), params)).rows}
    histories, article_ids = {}, set()
    for cid, r in rows.items():
        try:
            history = json.loads(r["status_history"]) if r["status_history"] else []
        except ValueError:
            history = []
        history = [h for h in history if isinstance(h, dict)]
        history.sort(key=lambda h: (str(h.get("published") or ""), str(h.get("article_id") or "")))
        histories[cid] = history[:OCCURRENCES_SHOWN]
        article_ids.update(str(h["article_id"]) for h in histories[cid] if h.get("article_id"))
    titles = {}
    if article_ids:
        ap = {"a{}".format(n): a for n, a in enumerate(sorted(article_ids))}
        for aid, title, source in (await db.execute("select id, title, source from articles where id in ({})".format(
                ", ".join(":" + k for k in ap)), ap)).rows:
            titles[aid] = (title, source)
    out = []
    for cid in ids:
        r = rows.get(cid)
        if r is None:
            continue
        history = [{"published": h.get("published"), "status": h.get("status"), "article_id": h.get("article_id"),
                    "title": titles.get(str(h.get("article_id")), (None, None))[0],
                    "source": titles.get(str(h.get("article_id")), (None, None))[1],
                    "row_url": row_url(datasette, db, "articles", h["article_id"]) if h.get("article_id") else None}
                   for h in histories.get(cid, [])]
        out.append({
            "id": r["id"], "text": r["text"], "status": r["status"], "earliest": r["earliest"],
            "latest": r["latest"], "date_text": r["date_text"], "published": r["published"],
            "color": STATUS_COLORS.get(r["status"], "#999"),
            "speaker": {"id": r["speaker_id"], "name": r["speaker_name"], "description": r["speaker_description"],
                        "url": speaker_url(datasette, db, r["speaker_id"])} if r["speaker_id"] is not None else None,
            "article": {"id": r["article_id"], "title": r["title"], "url": r["url"], "source": r["source"],
                        "row_url": row_url(datasette, db, "articles", r["article_id"]) if r["article_id"] else None},
            "group": {"id": r["group_id"], "occurrences": r["occurrences"] or 1,
                      "article_count": r["article_count"] or 1, "first_seen": r["first_seen"],
                      "last_seen": r["last_seen"], "first_status": r["first_status"],
                      "latest_status": r["latest_status"], "status_history": history},
            "row_url": row_url(datasette, db, "claims", r["id"]),
            "_html": {"text": marked_html(r["text"], hit_spans(r["text"], terms))},
        })
    return out


# -- a facet type for Datasette's own table pages -------------------------------------------------------------------

from datasette.facets import ColumnFacet  # noqa: E402


class _CountingDatasette:
    """Datasette, except that a facet count of a whole table comes from the count cache."""

    def __init__(self, real, facet):
        self._real = real
        self._facet = facet

    def __getattr__(self, name):
        return getattr(self._real, name)

    async def execute(self, db_name, sql, params=None, **kwargs):
        facet = self._facet
        # only the facets the publisher configured, at their default size, are counted once without a time
        # limit and kept: a visitor's ?_facet_newsquotes=text&_facet_size=N counts live, within the limit
        m = re.match(r"\s*select (.+?) as value, count\(\*\)", sql)
        whole_table = (facet.table and not params and not re.search(r"\bwhere\b", facet.sql, re.I)
                       and m is not None and m.group(1) in facet.configured_columns()
                       and "_facet_size" not in facet.request.args)
        if whole_table and db_name in self._real.databases:
            db = self._real.databases[db_name]

            async def compute():
                return await execute_once(db, sql)

            try:
                return await cached(db, ("facet", facet.table, sql), (facet.table,), compute)
            except QueryInterrupted:
                raise
            except Exception:  # a view or a table without rowid: no signature, count live
                pass
        return await self._real.execute(db_name, sql, params, **kwargs)


class NewsquotesFacet(ColumnFacet):
    """``{"newsquotes": "column"}`` in a table's facets (or ``?_facet_newsquotes=column``): a column facet whose
    counts over the whole, unfiltered table are computed once and kept while the table is unchanged, so a large
    table's default facets do not time out. Filtered views count live, within Datasette's facet time limit."""

    type = "newsquotes"

    async def suggest(self):
        return []

    def configured_columns(self):
        """The columns the publisher configured for this facet type (escaped as they appear in the SQL)."""
        from datasette.utils import escape_sqlite

        return {escape_sqlite(c["config"].get("column") or c["config"]["simple"])
                for c in self.get_configs() if c["source"] == "metadata"}

    async def facet_results(self):
        real = self.ds
        self.ds = _CountingDatasette(real, self)
        try:
            return await super().facet_results()
        finally:
            self.ds = real

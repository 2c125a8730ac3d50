"""The database: schema, idempotent writes with sqlite-utils, full-text search and indexes.

This is the only module that writes. It also holds the cross-article state extraction cannot see: which
speaker a name belongs to across articles, and which quotes and claims are the same in several articles.

Writes are grouped in transactions (one per batch of articles): an interrupted load leaves the database as it
was after the last whole batch, and loading the same articles again replaces their rows.
"""
import datetime as dt
import hashlib
import json
import operator
import re
import sqlite3
import unicodedata
from itertools import chain

import sqlite_utils

from .extract.speakers import fold, name_tokens, speaker_key

SCHEMA_VERSION = 1

TABLES = {
    "articles": {
        "columns": {
            "id": str, "title": str, "url": str, "source": str, "language": str, "published": str,
            "published_precision": str, "month": str, "text": str, "path": str, "quote_count": int,
            "claim_count": int, "loaded_at": str,
        },
        "pk": "id",
    },
    "speakers": {
        "columns": {
            "id": int, "key": str, "surname": str, "name": str, "kind": str, "description": str,
            "descriptions": str, "aliases": str, "wikidata": str, "known": int, "quote_count": int, "article_count": int,
            "first_seen": str, "last_seen": str, "gender": str,
        },
        "pk": "id",
    },
    "speaker_aliases": {
        "columns": {"alias": str, "speaker_id": int},
        "pk": "alias",
        "foreign_keys": [("speaker_id", "speakers", "id")],
    },
    "quote_groups": {
        "columns": {
            "id": str, "text": str, "norm": str, "speaker_id": int, "occurrences": int, "article_count": int,
            "first_seen": str, "last_seen": str,
        },
        "pk": "id",
        "foreign_keys": [("speaker_id", "speakers", "id")],
    },
    "quotes": {
        "columns": {
            "id": str, "article_id": str, "speaker_id": int, "via_speaker_id": int, "group_id": str,
            "text": str, "kind": str, "start": int, "end": int, "speaker_text": str, "speaker_start": int,
            "speaker_end": int, "speaker_how": str, "via_text": str, "via_start": int, "via_end": int,
            "cue": str, "cue_start": int, "cue_end": int, "sentence_start": int, "sentence_end": int,
            "language": str, "source": str, "published": str, "month": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
            ("via_speaker_id", "speakers", "id"), ("group_id", "quote_groups", "id"),
        ],
    },
    "dates": {
        "columns": {
            "id": str, "article_id": str, "text": str, "start": int, "end": int, "value": str,
            "earliest": str, "latest": str, "precision": str, "type": str, "anchor": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "claim_groups": {
        "columns": {
            "id": str, "text": str, "speaker_id": int, "occurrences": int, "article_count": int,
            "first_seen": str, "last_seen": str, "first_status": str, "latest_status": str,
            "status_history": str,
        },
        "pk": "id",
        "foreign_keys": [("speaker_id", "speakers", "id")],
    },
    "claims": {
        "columns": {
            "id": str, "article_id": str, "group_id": str, "text": str, "start": int, "end": int,
            "speaker_id": int, "speaker_text": str, "speaker_start": int, "speaker_end": int, "quote_id": str, "date_id": str, "date_text": str, "earliest": str,
            "latest": str, "date_source": str, "status": str, "cue": str, "language": str,
            "published": str, "month": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("article_id", "articles", "id"), ("group_id", "claim_groups", "id"),
            ("speaker_id", "speakers", "id"), ("quote_id", "quotes", "id"), ("date_id", "dates", "id"),
        ],
    },
}

INDEXES = {
    "articles": [["language"], ["source"], ["month"], ["published"]],
    "speakers": [["key"], ["surname"], ["kind"], ["quote_count"]],
    "speaker_aliases": [["speaker_id"]],
    "quote_groups": [["speaker_id"], ["last_seen"]],
    "quotes": [["article_id"], ["via_speaker_id"], ["group_id"], ["kind"], ["language"],
               ["source"], ["month"], ["published"], ["speaker_id", "published"]],
    "dates": [["article_id"], ["value"], ["earliest"], ["precision"], ["type"]],
    "claim_groups": [["speaker_id"], ["latest_status"]],
    "claims": [["article_id"], ["group_id"], ["speaker_id"], ["quote_id"], ["date_id"], ["status"],
               ["earliest"], ["month"]],
}

FTS = {"quotes": ["text"], "claims": ["text"], "articles": ["title", "text"]}

# the tables Store.write queues rows for and writes once per batch (Store._flush)
PENDING_TABLES = ("articles", "quotes", "dates", "claims")
ROW_GETTERS = {t: operator.itemgetter(*TABLES[t]["columns"]) for t in PENDING_TABLES}
MAX_ROWS_PER_STATEMENT = 500
# Each touched claim group's statuses in publication order: how a claim went from reported to confirmed or
# denied across articles (assignments added to the claim groups' recount, see Store._refresh_groups).
CLAIM_HISTORY = """,
                status_history = (
                    select json_group_array(json_object('published', published, 'status', status,
                                                        'article_id', article_id))
                    from (select published, status, article_id from claims where group_id = claim_groups.id
                          order by published, article_id, rowid)),
                first_status = (select status from claims where group_id = claim_groups.id
                                order by published, article_id, rowid limit 1),
                latest_status = (select status from claims where group_id = claim_groups.id
                                 order by published desc, article_id desc, rowid desc limit 1)"""
# A new quote joins an earlier one it contains or is part of among its speaker's latest this many quote groups
# of five words or more
CONTAINMENT_WINDOW = 200
CACHE_LIMIT = 200_000  # entries a Store's speaker caches hold before they start again empty


def _sqlite_length(text):
    """``length(text)`` as SQLite counts it: characters up to the first NUL."""
    return len(text.split("\0", 1)[0]) if "\0" in text else len(text)


def _history_order(entry):
    """A claim's statuses in SQLite's ``order by published, article_id`` (a missing date first)."""
    return entry["published"] is not None, entry["published"] or "", entry["article_id"]


def ensure_schema(db, fts=True):
    """Create the tables, indexes and full-text indexes that do not exist yet (safe to call every load).
    ``fts=False`` leaves the full-text indexes to a later call (see :meth:`Store.finish`)."""
    for name, spec in TABLES.items():
        if not db[name].exists():
            db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))
        else:  # a database made by an older version gains the newer columns
            have = set(db[name].columns_dict)
            for col, typ in spec["columns"].items():
                if col not in have:
                    db[name].add_column(col, typ)
    for name, indexes in INDEXES.items():
        existing = {tuple(ix.columns) for ix in db[name].indexes}
        for cols in indexes:
            if tuple(cols) not in existing:
                db[name].create_index(cols, unique=(name == "speakers" and cols == ["key"]))
    if fts:
        ensure_fts(db)
    db["_newsquotes"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key", replace=True)


def ensure_fts(db):
    """Create the full-text indexes that do not exist yet, each filled from its table's rows, with triggers
    that keep it up to date from then on."""
    for name, cols in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(cols, create_triggers=True, tokenize="unicode61 remove_diacritics 2")


def month_of(published, precision):
    if published and precision in ("day", "month"):
        return published[:7]
    return None


COMBINING = re.compile(r"[\u0300-\u036f]+")
NON_WORD = re.compile(r"\W+")
# ASCII bytes: a word character (what the regex \w matches) to itself, any other to a space
ASCII_WORD_SPACES = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))


def normalize_text(text):
    """Quote text for grouping: no accents, case, punctuation or spacing differences."""
    text = COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    if text.isascii():
        # most texts once their accents are gone: the same words as below, four times faster than the regex
        return b" ".join(text.encode("ascii").translate(ASCII_WORD_SPACES).split()).decode("ascii")
    return NON_WORD.sub(" ", text).strip()


def group_id(prefix, text, speaker_id, norm=None):
    norm = norm if norm is not None else normalize_text(text)
    return prefix + hashlib.sha1("{}|{}".format(speaker_id or "", norm).encode("utf-8")).hexdigest()[:16]


FINAL_VOWELS = set("aeo")  # gendered endings of first names: Maria/Mario, Louisa/Louise


def gendered_key(key, gender):
    """The key of a speaker whose namesake of the other gender holds ``key`` ("clinton|m")."""
    return "{}|{}".format(key, gender)


def surname_of(name):
    """The last token of a name, for finding "Putin" under "Wladimir Putin"."""
    tokens = name_tokens(name)
    return tokens[-1] if tokens else None


def spelling_variant(a, b):
    """True when first names ``a`` and ``b`` (folded) look like two spellings of one name rather than two names.

    Transliterations differ by one letter in place ("Wladimir"/"Vladimir", "Sergei"/"Sergey") or by a doubled
    letter ("Mohamed"/"Mohammed"). A letter added or dropped otherwise, or a changed final vowel, usually makes
    another person's name, most often of the other gender ("Ivana"/"Ivanka", "Daniel"/"Daniela",
    "Mario"/"Maria"), so those never merge."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diff) != 1:
            return False
        i = diff[0]
        return not (i == len(a) - 1 and a[i] in FINAL_VOWELS and b[i] in FINAL_VOWELS)
    if abs(len(a) - len(b)) != 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    # b has one letter more, at i: a doubled letter only
    return a[i:] == b[i + 1:] and i > 0 and b[i] == b[i - 1]


class Store:
    """Writes extractions into one database, resolving speakers across articles."""

    def __init__(self, db, defer_fts=False):
        """``defer_fts``: into a database with no articles yet, write without the full-text indexes and build
        them in one pass when :meth:`finish` is called. Why: an index filled row by row through its triggers
        is written and merged a segment at a time; built at the end it costs about half (a bulk load gets
        0.1 ms an article faster). A load stopped before ``finish`` leaves a database
        without full-text search until the next Store opens it (``ensure_schema`` builds what is missing)."""
        self.db = db if isinstance(db, sqlite_utils.Database) else sqlite_utils.Database(db)
        # a larger page cache keeps the indexes and FTS segments of a long load in memory (this connection only)
        self.db.execute("pragma cache_size = -65536")
        self.db.execute("pragma temp_store = memory")
        self._fts_pending = defer_fts and not (self.db["articles"].exists() and self.db["articles"].count)
        ensure_schema(self.db, fts=not self._fts_pending)
        self._sql = {}
        self._speaker_cache = {}  # (speaker key, gender) -> id
        self._speaker_rows = {}  # id -> the fields upsert_speaker merges into (see _speaker_row)
        self._alias_keys = set()  # keys known to be in speaker_aliases
        # rows of the current batch not yet in their tables, in the order they were made (see _flush)
        self._pending = {t: [] for t in PENDING_TABLES}
        self._pending_groups = {"claim_groups": []}  # group ids to insert if new, in the order they were met
        self._pending_ids = set()
        # what the current batch adds to each group and speaker (see _note_added and _add_counts)
        self._added = {"quote_groups": {}, "claim_groups": {}, "speakers": {}}
        try:
            max_vars = self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except AttributeError:  # Python < 3.11: the smallest limit any SQLite build has
            max_vars = 999
        self._rows_per_statement = {t: max(1, min(MAX_ROWS_PER_STATEMENT, max_vars // len(TABLES[t]["columns"])))
                                    for t in PENDING_TABLES}

    def finish(self):
        """Build the full-text indexes a ``defer_fts`` Store left out (nothing to do otherwise)."""
        if self._fts_pending:
            ensure_fts(self.db)
            self._fts_pending = False

    # -- speakers ---------------------------------------------------------------------------------------------

    def find_speaker(self, name, gender=None):
        """The id of the stored speaker ``name`` refers to, or None.

        Exact key or alias first; then a name that extends or shortens a known one ("Putin" for "Wladimir
        Putin") when exactly one stored speaker fits (a surname alone only a full name that some article called by
        it); then a one-letter spelling difference in the first name
        with the same surname ("Vladimir Putin" for "Wladimir Putin"). A speaker stored with the other
        ``gender`` ("m", "f") is someone else: "Mr. Clinton" is not the "Clinton" an article called "Mrs.
        Clinton"; the second one is stored under a key of its own (see :func:`gendered_key`)."""
        key = speaker_key(name)
        ck = (key, gender)
        if ck in self._speaker_cache:
            return self._speaker_cache[ck]
        conn = self.db.conn
        row = conn.execute("select id, gender from speakers where key = ?", [key]).fetchone() or \
            conn.execute("select s.id, s.gender from speaker_aliases a join speakers s on s.id = a.speaker_id "
                         "where a.alias = ?", [key]).fetchone()
        if row and gender and row[1] and row[1] != gender:
            # (the plain key is a namesake's of the other gender: this one's own key, else the routes below)
            row = conn.execute("select id, gender from speakers where key = ?", [gendered_key(key, gender)]).fetchone()
        if row:
            self._speaker_cache[ck] = row[0]
            return row[0]
        tokens = name_tokens(name)
        if not tokens:
            return None
        fits = []
        for sid, other, aliases, other_gender in conn.execute(
                "select id, name, aliases, gender from speakers where surname = ? limit 50", [tokens[-1]]):
            if gender and other_gender and gender != other_gender:
                continue
            ot = name_tokens(other)
            if len(tokens) == 1 and len(ot) > 1:
                # a surname alone joins a full name only if an article called that person so: "Obama" is not
                # "Michelle Obama" because she is the only Obama stored so far
                if any(name_tokens(a) == tokens for a in json.loads(aliases or "[]")):
                    fits.append(sid)
            elif ot[-len(tokens):] == tokens or tokens[-len(ot):] == ot:
                fits.append(sid)
            elif len(ot) == len(tokens) and len(ot) >= 2 and all(
                    x == y or (len(x) >= 4 and spelling_variant(x, y)) for x, y in zip(ot[:-1], tokens[:-1])):
                fits.append(sid)
        return fits[0] if len(fits) == 1 else None

    def upsert_speaker(self, speaker, article_id=None):
        """The id of ``speaker`` (a model.Speaker) in the database, merging names, aliases and roles.

        A source named only by common nouns ("the police", "la direction", "die Organisation": lower case, or
        marked so by the extractor where nouns are capitalised) is a different body in every article: it is kept
        to its article (``article_id``) instead of collecting every police force, or merging with a name that
        ends in the same noun ("… Atomenergie-Organisation")."""
        if article_id is not None and (not speaker.named or not any(c.isupper() for c in speaker.name)):
            return self._article_speaker(speaker, article_id)
        gender = speaker.gender
        sid = self.find_speaker(speaker.name, gender)
        # single words are ambiguous across articles ("Kim" is two people in the seed): only full names and
        # organisations' names route to a speaker through the alias table
        names = [speaker.name] + [a for a in speaker.aliases
                                  if len(name_tokens(a)) > 1 or speaker.kind == "organization"]
        for alias in names[1:]:
            if sid is None:
                sid = self.find_speaker(alias, gender)
        conn = self.db.conn
        if sid is None:
            key = speaker_key(speaker.name)
            if gender and conn.execute("select 1 from speakers where key = ?", [key]).fetchone():
                key = gendered_key(key, gender)  # (a namesake of the other gender holds the plain key)
            sid = conn.execute(
                "insert into speakers (key, surname, name, kind, description, descriptions, aliases, known, "
                "quote_count, article_count, gender) values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
                [key, surname_of(speaker.name), speaker.name, speaker.kind,
                 speaker.description, json.dumps(speaker.descriptions, ensure_ascii=False),
                 json.dumps([a for a in speaker.aliases if a != speaker.name], ensure_ascii=False),
                 gender]).lastrowid
        else:
            row = self._speaker_row(sid)
            if gender and not row["gender"] and name_tokens(speaker.name) == name_tokens(row["name"]):
                # (only the name itself tells: "Ms. Miller" joining "Hank Miller" says nothing of him)
                row["gender"] = gender
                conn.execute("update speakers set gender = ? where id = ?", [gender, sid])
                self._speaker_cache.clear()  # (names looked up with the other gender may no longer lead here)
            aliases, descriptions, folded = row["aliases"], row["descriptions"], row["folded"]
            changed = False
            canonical = row["name"]
            # a longer full name becomes canonical unless the speaker came from the user's list
            if not row["known"] and len(name_tokens(speaker.name)) > len(name_tokens(canonical)) and \
                    name_tokens(canonical) == name_tokens(speaker.name)[-len(name_tokens(canonical)):] and \
                    not conn.execute("select 1 from speakers where key = ?", [speaker_key(speaker.name)]).fetchone():
                aliases.append(canonical)
                folded.add(fold(canonical))
                canonical = speaker.name
                changed = True
            fc = fold(canonical)
            for n in [speaker.name] + list(speaker.aliases):
                fn = fold(n)
                if fn != fc and fn not in folded:
                    aliases.append(n)
                    folded.add(fn)
                    changed = True
            for d in speaker.descriptions:
                if d and d not in descriptions:
                    descriptions.append(d)
                    changed = True
            if changed:
                row["name"] = canonical
                row["description"] = row["description"] or (descriptions[0] if descriptions else None)
                conn.execute(
                    "update speakers set name = ?, key = ?, surname = ?, aliases = ?, descriptions = ?, "
                    "description = ? where id = ?",
                    [canonical, speaker_key(canonical), surname_of(canonical), json.dumps(aliases, ensure_ascii=False),
                     json.dumps(descriptions, ensure_ascii=False), row["description"], sid])
        keys = [k for k in map(speaker_key, names) if k not in self._alias_keys]
        if keys:
            conn.executemany("insert or ignore into speaker_aliases (alias, speaker_id) values (?, ?)",
                             [[k, sid] for k in keys])
            if len(self._alias_keys) > CACHE_LIMIT:
                self._alias_keys.clear()
            self._alias_keys.update(keys)
        return sid

    def _speaker_row(self, sid):
        """The fields of speaker ``sid`` that upsert_speaker merges into, read from the database once per Store
        (and kept up to date by it): a speaker named in every other article is not read and parsed again for
        each. ``folded`` holds the folded aliases. Every change to the speakers table outside upsert_speaker
        clears this cache (see _forget_speakers)."""
        row = self._speaker_rows.get(sid)
        if row is None:
            name, known, aliases, descriptions, description, gender = self.db.conn.execute(
                "select name, known, aliases, descriptions, description, gender from speakers where id = ?",
                [sid]).fetchone()
            aliases = json.loads(aliases or "[]")
            if len(self._speaker_rows) > CACHE_LIMIT:
                self._speaker_rows.clear()
            row = self._speaker_rows[sid] = {
                "name": name, "known": known, "aliases": aliases, "descriptions": json.loads(descriptions or "[]"),
                "description": description, "folded": {fold(a) for a in aliases}, "gender": gender}
        return row

    def _forget_speakers(self):
        """Drop what this Store remembers of the speakers tables: after a rollback (ids and rows written in it
        are gone), after speakers were deleted, and when known speakers were written."""
        self._speaker_cache.clear()
        self._speaker_rows.clear()
        self._alias_keys.clear()

    def _article_speaker(self, speaker, article_id):
        key = "{}|{}".format(article_id, speaker_key(speaker.name))
        conn = self.db.conn
        row = conn.execute("select id from speakers where key = ?", [key]).fetchone()
        if row:
            return row[0]
        return conn.execute(
            "insert into speakers (key, name, kind, description, descriptions, aliases, known, quote_count, "
            "article_count) values (?, ?, ?, ?, ?, '[]', 0, 0, 0)",
            [key, speaker.name, speaker.kind, speaker.description,
             json.dumps(speaker.descriptions, ensure_ascii=False)]).lastrowid

    def add_known_speakers(self, records):
        """Seed speakers from a user's list: ``name`` plus optional ``aliases``, ``kind``, ``description``,
        ``wikidata``. Known speakers keep their canonical name; their aliases route every spelling to them."""
        count = 0
        self._forget_speakers()
        with self.db.atomic():
            for r in records:
                key = speaker_key(r["name"])
                aliases = [a for a in r.get("aliases") or [] if a]
                row = self.db.execute("select id from speakers where key = ?", [key]).fetchone()
                values = {
                    "key": key, "surname": surname_of(r["name"]), "name": r["name"], "kind": r.get("kind") or "person",
                    "description": r.get("description"),
                    "descriptions": json.dumps([r["description"]] if r.get("description") else [],
                                               ensure_ascii=False),
                    "aliases": json.dumps(aliases, ensure_ascii=False), "wikidata": r.get("wikidata"),
                    "known": 1,
                }
                if row:
                    sid = row[0]
                    self.db["speakers"].update(sid, values)
                else:
                    sid = self.db["speakers"].insert(dict(values, quote_count=0, article_count=0)).last_pk
                for n in [r["name"]] + aliases:
                    self.db.execute("insert or replace into speaker_aliases (alias, speaker_id) values (?, ?)",
                                    [speaker_key(n), sid])
                count += 1
        return count

    # -- articles ---------------------------------------------------------------------------------------------

    def write(self, extractions):
        """Write a batch of extractions in one transaction, replacing the rows of articles loaded before.

        Returns ``[(extraction, error), ...]`` for articles that could not be written: when a batch fails, it
        is rolled back and its articles are written one by one, so one bad article costs only itself."""
        try:
            self._write_batch(extractions)
            return []
        except Exception as e:
            self._forget_speakers()  # ids and rows cached inside the rolled-back transaction are gone
            if len(extractions) == 1:
                return [(extractions[0], e)]
        failed = []
        for ex in extractions:
            failed.extend(self.write([ex]))
        return failed

    def _write_batch(self, extractions):
        """Write the batch's rows, then bring the counts of the groups and speakers it touched up to date.

        Why two ways of counting: a group or speaker that lost rows (an article loaded again) is recounted
        from its rows; one that only gained rows gets the batch's own counts added. Recounting every touched
        group made each batch slower than the one before when the same quotes and claims recur across
        articles (a group of n quotes re-read n rows in every batch that added one)."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        # groups and speakers that lost rows in this batch (see _forget_article): recounted in full
        touched = {"speakers": set(), "quote_groups": set(), "claim_groups": set()}
        self._discard_pending()  # rows of a batch that failed before its flush are gone with its transaction
        with self.db.atomic():
            for ex in extractions:
                self._write_one(ex, now, touched)
            self._flush()
            self._refresh_groups("quote_groups", "quotes", touched["quote_groups"])
            self._refresh_groups("claim_groups", "claims", touched["claim_groups"], CLAIM_HISTORY)
            self._refresh_speakers(touched["speakers"])
            for table in ("quote_groups", "claim_groups", "speakers"):
                self._add_counts(table, touched[table])

    def _discard_pending(self):
        for rows in list(self._pending.values()) + list(self._pending_groups.values()):
            rows.clear()
        self._pending_ids.clear()
        for added in self._added.values():
            added.clear()

    def _note_added(self, table, key, row):
        """Remember a row the batch adds to group or speaker ``key`` of ``table``: (article_id, published,
        text, speaker_id, status) for groups, (article_id, published) for speakers."""
        added = self._added[table].get(key)
        if added is None:
            self._added[table][key] = [row]
        else:
            added.append(row)

    def _add_counts(self, table, recounted):
        """Add the batch's rows to the counts of the groups or speakers that only gained rows (those in
        ``recounted`` were counted from their rows already). The same results as a recount: occurrences and
        articles add up (an article new to the database was in none of them), first and last seen widen,
        the longest text wins (the earlier on a tie), and a claim's history takes the new statuses in
        publication order."""
        added = self._added[table]
        if not added:
            return
        keys = [k for k in added if k not in recounted]
        conn = self.db.conn
        if table == "speakers":
            rows = []
            for sid in keys:
                got = added[sid]
                dates = [p for _, p in got if p is not None]
                rows.append([len(got), len({a for a, _ in got}), min(dates, default=None), max(dates, default=None),
                             sid])
            conn.executemany("""
                update speakers set quote_count = coalesce(quote_count, 0) + ?,
                    article_count = coalesce(article_count, 0) + ?,
                    first_seen = coalesce(min(first_seen, ?3), first_seen, ?3),
                    last_seen = coalesce(max(last_seen, ?4), last_seen, ?4)
                where id = ?5""", rows)
            added.clear()
            return
        old = {}
        if table == "claim_groups":
            for i in range(0, len(keys), MAX_ROWS_PER_STATEMENT):
                chunk = keys[i:i + MAX_ROWS_PER_STATEMENT]
                old.update(conn.execute(
                    "select id, status_history from claim_groups where id in ({})".format(
                        ", ".join("?" * len(chunk))), chunk))
        rows = []
        for gid in keys:
            got = added[gid]
            dates = [r[1] for r in got if r[1] is not None]
            speakers = [r[3] for r in got if r[3] is not None]
            text = max((r[2] for r in got), key=_sqlite_length)  # the first of the longest
            row = [len(got), len({r[0] for r in got}), min(dates, default=None), max(dates, default=None), text,
                   max(speakers, default=None)]
            if table == "claim_groups":
                history = json.loads(old.get(gid) or "[]")
                history.extend({"published": r[1], "status": r[4], "article_id": r[0]} for r in got)
                history.sort(key=_history_order)  # stable: rows of equal date and article stay in rowid order
                row += [history[0]["status"], history[-1]["status"],
                        json.dumps(history, ensure_ascii=False, separators=(",", ":"))]
            rows.append(row + [gid])
        history_sql = ", first_status = ?7, latest_status = ?8, status_history = ?9" if table == "claim_groups" else ""
        conn.executemany("""
            update [{t}] set occurrences = coalesce(occurrences, 0) + ?1,
                article_count = coalesce(article_count, 0) + ?2,
                first_seen = coalesce(min(first_seen, ?3), first_seen, ?3),
                last_seen = coalesce(max(last_seen, ?4), last_seen, ?4),
                text = case when text is null or length(?5) > length(text) then ?5 else text end,
                speaker_id = coalesce(max(speaker_id, ?6), speaker_id, ?6){h}
            where id = ?{n}""".format(t=table, h=history_sql, n=len(rows[0]) if rows else 7), rows)
        added.clear()

    def _insert(self, table, rows):
        """Queue ``rows`` (dicts with every column of ``table``) to be written by the next _flush, in order."""
        if rows:
            getter = ROW_GETTERS[table]
            self._pending[table].extend(getter(r) for r in rows)

    def _flush(self):
        """Write the queued rows: one multi-row ``insert or replace`` per table (a few for a large batch).

        Why not one statement per row: the full-text tables are kept by sqlite-utils' triggers, and FTS5
        writes its pending terms to disk at the end of every statement that touches it, as a new index segment
        it must later merge. One statement per row made the full-text index half of the write time (1 ms an
        article); one statement per table and batch cuts that to about 0.2 ms with the same triggers, so every
        other writer of the database still keeps the index right. Rows go in in the order they were made, and
        _write_one flushes before it deletes anything, so every table sees the same inserts and deletes in the
        same order as with row-by-row writing: the same rows with the same rowids."""
        conn = self.db.conn
        for table, rows in self._pending.items():
            if not rows:
                continue
            step = self._rows_per_statement[table]
            for i in range(0, len(rows), step):
                chunk = rows[i:i + step]
                conn.execute(self._values_sql(table, len(chunk)), list(chain.from_iterable(chunk)))
            rows.clear()
        for table, ids in self._pending_groups.items():
            for i in range(0, len(ids), MAX_ROWS_PER_STATEMENT):
                chunk = ids[i:i + MAX_ROWS_PER_STATEMENT]
                conn.execute("insert or ignore into [{}] (id) values {}".format(table, ", ".join(["(?)"] * len(chunk))),
                             chunk)
            ids.clear()
        self._pending_ids.clear()

    def _values_sql(self, table, n):
        """``insert or replace`` of ``n`` rows into ``table`` (only the one-row part is kept between calls)."""
        parts = self._sql.get(table)
        if parts is None:
            cols = TABLES[table]["columns"]
            parts = self._sql[table] = (
                "insert or replace into [{}] ({}) values ".format(table, ", ".join("[{}]".format(c) for c in cols)),
                "({})".format(", ".join("?" for _ in cols)))
        return parts[0] + ", ".join([parts[1]] * n)

    def _forget_article(self, article_id, touched):
        """Delete an article's extracted rows before it is written again, noting the groups and speakers
        whose counts change."""
        conn = self.db.conn
        for sid, via, gid in conn.execute(
                "select speaker_id, via_speaker_id, group_id from quotes where article_id = ?", [article_id]):
            touched["speakers"].update(x for x in (sid, via) if x)
            touched["quote_groups"].add(gid)
        for sid, gid in conn.execute("select speaker_id, group_id from claims where article_id = ?", [article_id]):
            if sid:
                touched["speakers"].add(sid)
            touched["claim_groups"].add(gid)
        for table in ("claims", "quotes", "dates"):
            conn.execute("delete from [{}] where article_id = ?".format(table), [article_id])

    def _write_one(self, ex, now, touched):
        a = ex.article
        conn = self.db.conn
        if a.id in self._pending_ids or conn.execute("select 1 from articles where id = ?", [a.id]).fetchone():
            self._flush()  # the deletes must find the article's rows, and follow the inserts made before them
            self._forget_article(a.id, touched)
        self._pending_ids.add(a.id)
        month = month_of(a.published, a.published_precision)
        self._insert("articles", [{
            "id": a.id, "title": a.title, "url": a.url, "source": a.source, "language": a.language,
            "published": a.published, "published_precision": a.published_precision, "month": month,
            "text": a.text, "path": a.path, "quote_count": len(ex.quotes), "claim_count": len(ex.claims),
            "loaded_at": now,
        }])
        ids = {}  # (one name is one speaker within an article, whichever extractor found it)

        def sid_of(mention):
            if mention is None or mention.speaker is None:
                return None
            key = speaker_key(mention.speaker.name)
            if key not in ids:
                ids[key] = self.upsert_speaker(mention.speaker, a.id)
            return ids[key]

        quote_ids = {}
        rows = []
        written = set()
        for q in ex.quotes:
            qid = "{}:{}-{}".format(a.id, q.start, q.end)
            quote_ids[id(q)] = qid
            if qid in written:
                continue  # one span is one quote, however many cues an extractor found for it
            written.add(qid)
            speaker_id = sid_of(q.speaker)
            sp, via = q.speaker, q.via
            gid = self._quote_group(q.text, speaker_id)
            self._note_added("quote_groups", gid, (a.id, a.published, q.text, speaker_id, None))
            if speaker_id is not None:
                self._note_added("speakers", speaker_id, (a.id, a.published))
            rows.append({
                "id": qid, "article_id": a.id, "speaker_id": speaker_id, "via_speaker_id": sid_of(via),
                "group_id": gid, "text": q.text, "kind": q.kind,
                "start": q.start, "end": q.end,
                "speaker_text": sp and sp.text, "speaker_start": sp and sp.start, "speaker_end": sp and sp.end,
                "speaker_how": sp and sp.how,
                "via_text": via and via.text, "via_start": via and via.start, "via_end": via and via.end,
                "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                "sentence_start": q.sentence_start, "sentence_end": q.sentence_end,
                "language": a.language, "source": a.source, "published": a.published, "month": month,
            })
        self._insert("quotes", rows)

        date_ids = {}
        drows = []
        for d in ex.dates:
            did = "{}:{}-{}".format(a.id, d.start, d.end)
            date_ids[id(d)] = did
            drows.append({
                "id": did, "article_id": a.id, "text": d.text, "start": d.start, "end": d.end, "value": d.value,
                "earliest": d.earliest, "latest": d.latest, "precision": d.precision, "type": d.type,
                "anchor": d.anchor,
            })
        self._insert("dates", drows)

        crows = []
        claim_ids = set()
        for c in ex.claims:
            cid = "{}:{}-{}".format(a.id, c.start, c.end)
            if cid in claim_ids:
                continue  # one span is one claim, as for quotes (the first one found)
            claim_ids.add(cid)
            crows.append({
                "id": cid, "article_id": a.id,
                "group_id": group_id("c", c.text, None), "text": c.text, "start": c.start, "end": c.end,
                "speaker_id": sid_of(c.speaker), "speaker_text": c.speaker and c.speaker.text,
                "speaker_start": c.speaker and c.speaker.start, "speaker_end": c.speaker and c.speaker.end,
                "quote_id": quote_ids.get(id(c.quote)) if c.quote is not None else None,
                "date_id": date_ids.get(id(c.date)) if c.date is not None else None,
                "date_text": c.date.text if c.date is not None else None,
                "earliest": c.earliest, "latest": c.latest, "date_source": c.date_source, "status": c.status,
                "cue": c.cue, "language": a.language, "published": a.published, "month": month,
            })
        self._insert_groups("claim_groups", crows)
        self._insert("claims", crows)

    def _quote_group(self, text, speaker_id):
        """The group of a quote: the same speaker's same words in another article (up to case, accents and
        punctuation), or a quote of five words or more that contains, or is contained in, one of theirs (one
        article quotes a sentence in full, another a part of it)."""
        norm = normalize_text(text)
        gid = group_id("q", text, speaker_id, norm)
        conn = self.db.conn
        insert = "insert or ignore into quote_groups (id, norm, speaker_id) values (?, ?, ?)"
        if speaker_id is None or len(norm.split()) < 5:
            conn.execute(insert, [gid, norm, speaker_id])
        elif not conn.execute("select 1 from quote_groups where id = ?", [gid]).fetchone():
            # (among the speaker's latest CONTAINMENT_WINDOW groups of five words or more, that is with four
            # spaces or more: scanning all of them made each new quote of a speaker quoted 40,000 times cost 20 ms)
            row = conn.execute(
                "select id, norm from (select rowid as r, id, norm, occurrences from quote_groups "
                "where speaker_id = ? and norm like '% % % % %' order by rowid desc limit ?) "
                "where instr(norm, ?) > 0 or instr(?, norm) > 0 "
                "order by occurrences desc, r limit 1", [speaker_id, CONTAINMENT_WINDOW, norm, norm]).fetchone()
            if row:
                gid = row[0]
                if len(norm) > len(row[1] or ""):
                    conn.execute("update quote_groups set norm = ? where id = ?", [norm, gid])
            else:
                conn.execute(insert, [gid, norm, speaker_id])
        # (a group found by either select is stored already: inserting it again would do nothing)
        return gid

    def _insert_groups(self, table, rows):
        """Queue the groups of ``rows`` (claim groups: nothing reads them before the batch's flush), and note
        what the rows add to them."""
        gids = dict.fromkeys(r["group_id"] for r in rows)  # in the order met: the same rowids every load
        self._pending_groups[table].extend(gids)
        for r in rows:
            self._note_added(table, r["group_id"], (r["article_id"], r["published"], r["text"], r["speaker_id"],
                                                    r["status"]))

    def _fill(self, temp_table, type_, ids):
        """A temporary table holding ``ids``, for set-based updates of just the touched rows."""
        conn = self.db.conn
        conn.execute("create temp table if not exists [{}] (id {} primary key)".format(temp_table, type_))
        conn.execute("delete from [{}]".format(temp_table))
        conn.executemany("insert or ignore into [{}] values (?)".format(temp_table), [[i] for i in ids])

    def _refresh_groups(self, table, member_table, ids, more=""):
        """Recount the groups whose members changed, in one statement; drop the ones left empty. ``more``:
        further assignments for the same statement (one pass over the touched rows, each rewritten once)."""
        if not ids:
            return
        conn = self.db.conn
        self._fill("_touched", "text", ids)
        conn.execute("""
            update [{t}] set (occurrences, article_count, first_seen, last_seen, text, speaker_id) = (
                select count(*), count(distinct article_id), min(published), max(published),
                       (select text from [{m}] where group_id = [{t}].id order by length(text) desc, rowid limit 1),
                       max(speaker_id)
                from [{m}] where group_id = [{t}].id){more}
            where id in (select id from _touched)""".format(t=table, m=member_table, more=more))
        conn.execute("delete from [{t}] where id in (select id from _touched) and occurrences = 0".format(t=table))

    def _refresh_speakers(self, ids):
        """Recount touched speakers; drop those no longer quoted or cited (unless the user listed them)."""
        if not ids:
            return
        conn = self.db.conn
        self._fill("_touched_speakers", "integer", ids)
        conn.execute("""
            update speakers set
                quote_count = (select count(*) from quotes where speaker_id = speakers.id),
                article_count = (select count(distinct article_id) from quotes where speaker_id = speakers.id),
                first_seen = (select min(published) from quotes where speaker_id = speakers.id),
                last_seen = (select max(published) from quotes where speaker_id = speakers.id)
            where id in (select id from _touched_speakers)""")
        orphans = [r[0] for r in conn.execute("""
            select id from speakers where id in (select id from _touched_speakers) and not known
              and quote_count = 0
              and not exists (select 1 from quotes where via_speaker_id = speakers.id)
              and not exists (select 1 from claims where speaker_id = speakers.id)""")]
        for sid in orphans:
            conn.execute("delete from speaker_aliases where speaker_id = ?", [sid])
            conn.execute("delete from speakers where id = ?", [sid])
            self._forget_speakers()

    def counts(self):
        return {t: self.db[t].count for t in ("articles", "quotes", "speakers", "dates", "claims")}

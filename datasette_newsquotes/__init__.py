"""Datasette hooks: the ``datasette newsquotes`` command, the pages (``pages.py``) and links into them."""
from datasette import hookimpl
from markupsafe import Markup, escape

from . import pages

# tables whose rows link to a plugin page
_LINKED = {"speakers", "quotes", "articles", "claims", "quote_groups", "claim_groups"}


@hookimpl
def register_commands(cli):
    from .cli import cli as newsquotes_cli

    cli.add_command(newsquotes_cli, name="newsquotes")


@hookimpl
def register_facet_classes():
    return [pages.NewsquotesFacet]


@hookimpl
def register_routes():
    return [
        (r"^/-/who-said-what(\.(?P<format>json))?$", pages.index),
        (r"^/(?P<database>[^/]+)/-/who-said-what(\.(?P<format>json))?$", pages.who_said_what),
        (r"^/(?P<database>[^/]+)/-/speakers/(?P<speaker_id>[0-9]+)(\.(?P<format>json))?$", pages.speaker),
        (r"^/(?P<database>[^/]+)/-/claims(\.(?P<format>json))?$", pages.claims),
    ]


async def _is_newsquotes(datasette, database):
    db = datasette.databases.get(database)
    return db is not None and bool(await pages.newsquotes_tables(db))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """A speaker's name links to the speaker page; a quote's text carries a link to its card."""
    if table == "speakers" and column == "name" and value is not None:
        async def inner():
            if not await _is_newsquotes(datasette, database):
                return None
            try:
                sid = row["id"]
            except (KeyError, IndexError):
                return None
            if sid is None:
                return None
            return Markup('<a class="nq-speaker-page" href="{}">{}</a>').format(
                pages.speaker_url(datasette, datasette.databases[database], sid), value)
        return inner
    if table == "quotes" and column == "text" and value is not None:
        async def inner():
            if not await _is_newsquotes(datasette, database):
                return None
            try:
                qid = row["id"]
            except (KeyError, IndexError):
                return None
            url = "{}?{}".format(pages.page_url(datasette, datasette.databases[database], "who-said-what"),
                                 pages.urlencode({"quote": qid}))
            return Markup('{} <a class="nq-card-link" href="{}" title="Who said it, in context">(in context)</a>').format(
                escape(str(value)), url)
        return inner
    return None


async def _visible(datasette, actor, database):
    db = datasette.databases.get(database)
    if db is None or not await pages.newsquotes_tables(db):
        return False
    return await pages.can_view(datasette, actor, database, ("quotes", "speakers", "articles"))


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        if await pages.visible_newsquotes_databases(datasette, actor):
            return [{"href": datasette.urls.path("/-/who-said-what"), "label": "Who said what"}]
        return []
    return inner


@hookimpl
def database_actions(datasette, actor, database):
    async def inner():
        if not await _visible(datasette, actor, database):
            return []
        db = datasette.databases[database]
        return [
            {"href": pages.page_url(datasette, db, "who-said-what"), "label": "Who said what",
             "description": "Search the quotes, by speaker, source and month"},
            {"href": pages.page_url(datasette, db, "claims"), "label": "Claims timeline",
             "description": "Dated claims and their status over time"},
        ]
    return inner


@hookimpl
def table_actions(datasette, actor, database, table):
    async def inner():
        if table not in _LINKED or not await _visible(datasette, actor, database):
            return []
        db = datasette.databases[database]
        if table in ("claims", "claim_groups"):
            return [{"href": pages.page_url(datasette, db, "claims"), "label": "Claims timeline",
                     "description": "These claims on a time axis"}]
        return [{"href": pages.page_url(datasette, db, "who-said-what"), "label": "Who said what",
                 "description": "These quotes as cards, in context"}]
    return inner


@hookimpl
def row_actions(datasette, actor, database, table, row):
    """Datasette 1.0 only (0.65 has no row actions; there the speaker name and quote text cells link)."""
    async def inner():
        if table not in ("speakers", "quotes", "articles") or not await _visible(datasette, actor, database):
            return []
        db = datasette.databases[database]
        wsw = pages.page_url(datasette, db, "who-said-what")
        try:
            if table == "speakers":
                return [{"href": pages.speaker_url(datasette, db, row["id"]), "label": "Speaker page",
                         "description": "Timeline, quotes, claims and who they are quoted beside"}]
            if table == "quotes":
                return [{"href": wsw + "?" + pages.urlencode({"quote": row["id"]}), "label": "Quote in context"}]
            return [{"href": wsw + "?" + pages.urlencode({"article": row["id"]}), "label": "Quotes in this article"}]
        except (KeyError, IndexError):
            return []
    return inner

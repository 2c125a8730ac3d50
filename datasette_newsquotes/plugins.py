"""The plugin manager: built-in readers, languages and extractors register through the same hooks as
third-party ones, so nothing built in is privileged."""
import pluggy

from . import hookspecs

hookimpl = pluggy.HookimplMarker("newsquotes")

pm = pluggy.PluginManager("newsquotes")
pm.add_hookspecs(hookspecs)

DEFAULT_PLUGINS = (
    "datasette_newsquotes.readers.text",
    "datasette_newsquotes.readers.json",
    "datasette_newsquotes.languages.lb",
    "datasette_newsquotes.languages.de",
    "datasette_newsquotes.languages.fr",
    "datasette_newsquotes.languages.en",
    "datasette_newsquotes.extract.quotes",
    "datasette_newsquotes.extract.dates",
    "datasette_newsquotes.extract.claims",
)

_loaded = False


def get_plugin_manager():
    """The plugin manager with built-ins and ``newsquotes`` entry points loaded (once per process)."""
    global _loaded
    if not _loaded:
        import importlib

        for name in DEFAULT_PLUGINS:
            mod = importlib.import_module(name)
            if not pm.is_registered(mod):
                pm.register(mod, name)
        pm.load_setuptools_entrypoints("newsquotes")
        _loaded = True
    return pm


def _flatten(results):
    # pluggy returns the last registered plugin's result first; built-ins were registered first, so
    # reversing puts built-ins first and lets later plugins override them by name.
    out = []
    for items in reversed(results):
        out.extend(items or [])
    return out


def readers():
    return _flatten(get_plugin_manager().hook.newsquotes_readers())


def languages():
    """Languages by code; a plugin's language with a built-in code replaces the built-in."""
    return {lang.code: lang for lang in _flatten(get_plugin_manager().hook.newsquotes_languages())}


def extractors():
    """Extractors by name (later registrations replace earlier ones), in run order."""
    by_name = {}
    for ex in _flatten(get_plugin_manager().hook.newsquotes_extractors()):
        by_name[ex.name] = ex
    return sorted(by_name.values(), key=lambda ex: ex.order)

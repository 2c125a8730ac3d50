"""The hooks through which other packages extend datasette-newsquotes (modelled on datasette-enrichments).

A plugin is any module registered under the ``newsquotes`` entry point group that implements some of these
with ``@hookimpl`` from :mod:`datasette_newsquotes.plugins`::

    [project.entry-points.newsquotes]
    my_language = "my_package.lang_xx"
"""
from pluggy import HookspecMarker

hookspec = HookspecMarker("newsquotes")


@hookspec
def newsquotes_readers():
    """Return a list of readers: objects with ``name``, ``suffixes`` (file endings they take, such as
    ``(".txt",)``) and ``read(path, stream=None)`` yielding :class:`~datasette_newsquotes.model.Article` or
    :class:`~datasette_newsquotes.model.ReadError`."""


@hookspec
def newsquotes_languages():
    """Return a list of :class:`~datasette_newsquotes.languages.Language` objects: the data of one language
    each (quote marks, cue verbs, pronouns, month names...). A language listed later with the same code
    replaces an earlier one, so a plugin can refine a built-in language."""


@hookspec
def newsquotes_extractors():
    """Return a list of extractors: objects with ``name`` (``"quotes"``, ``"dates"``, ``"claims"`` or a new
    one), ``order`` (a number; lower runs first) and ``extract(extraction, language)`` which adds records to
    the :class:`~datasette_newsquotes.model.Extraction` in place. An extractor with the name of a built-in one
    replaces it: that is how a spaCy-based quote extractor would plug in."""

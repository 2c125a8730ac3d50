"""Datasette hooks only: the ``datasette newsquotes`` command. Pages live in ``pages.py``."""
from datasette import hookimpl


@hookimpl
def register_commands(cli):
    from .cli import cli as newsquotes_cli

    cli.add_command(newsquotes_cli, name="newsquotes")

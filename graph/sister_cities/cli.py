"""The `sister-cities` command: parses arguments, calls the library, prints, maps errors to exit codes."""
from __future__ import annotations

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sister-cities")
def cli() -> None:
    """A knowledge graph of sister-city (twin town) relationships."""


def main() -> None:
    cli()

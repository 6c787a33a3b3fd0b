"""The `sister-cities` command: parses arguments, calls the library, prints, maps errors to exit codes.

Conventions every command follows:
- a command that reads a graph takes `--graph FILE` (TriG, N-Quads, Turtle, N-Triples or JSON-LD, by
  extension) and defaults to the embedded graph;
- `build` and `demo` take `--out DIR` and write `DIR/sister-cities.trig` and the other formats;
- a command that changes a graph writes it back to `--graph` atomically, or to `--out` when given;
- a user mistake is one line on stderr and a non-zero exit (1; `validate` uses 1 for "not valid"
  and 2 for an error), never a traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .queries import QueryError
from .records import RecordError
from .store import GraphFileError

USER_ERRORS: tuple[type[Exception], ...] = (GraphFileError, QueryError, RecordError, FileNotFoundError,
                                            IsADirectoryError, PermissionError)
"""Library exceptions that mean the user asked for something that cannot be done; each has a
one-line message. Modules add their own with `register_user_error`."""

OUTPUT_NAME = "sister-cities"
OUTPUT_FORMATS = (".trig", ".nq", ".ttl", ".nt", ".jsonld")


def register_user_error(*classes: type[Exception]) -> None:
    global USER_ERRORS
    USER_ERRORS = USER_ERRORS + tuple(c for c in classes if c not in USER_ERRORS)


class Group(click.Group):
    """Turns the library's user errors into one-line messages, wherever a command raises them."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as error:
            raise click.ClickException(_one_line(error)) from error
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


def _one_line(error: Exception) -> str:
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}"
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sister-cities")
def cli() -> None:
    """A knowledge graph of sister-city (twin town) relationships.

    Start with `sister-cities demo`: it builds the embedded graph, validates it and writes it to ./out/.
    """


graph_option = click.option(
    "--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file to read (.trig, .nq, .ttl, .nt, .jsonld). Default: the embedded graph.",
)


def load_graph(graph_path: Path | None):
    """The dataset of `--graph`, or the embedded default."""
    from .build import default_dataset
    from .store import load_dataset

    return default_dataset() if graph_path is None else load_dataset(graph_path)


def write_outputs(dataset, out_dir: Path) -> list[Path]:
    """The graph in every format, `out_dir/sister-cities.<ext>`, each file written atomically."""
    from .store import save_dataset

    return [save_dataset(dataset, out_dir / f"{OUTPUT_NAME}{ext}") for ext in OUTPUT_FORMATS]


def summary_counts(dataset) -> dict[str, int]:
    from .queries import dataset_select

    text = """
    PREFIX sc: <https://w3id.org/sister-cities/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT (COUNT(DISTINCT ?g) AS ?sources) (COUNT(DISTINCT ?t) AS ?twinnings) (COUNT(DISTINCT ?l) AS ?localities)
    WHERE { { ?g a sc:SourceGraph } UNION { ?t a sc:Twinning } UNION { ?l a sc:Locality } UNION { ?l a sc:Country } }
    """
    row = dataset_select(dataset)(text).rows[0]
    return {"sources": int(row[0]), "twinnings": int(row[1]), "localities": int(row[2]), "triples": len(dataset)}


# --- demo and build ---------------------------------------------------------------------------------

@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the graph files and the HTML page into.")
def demo(out_dir: Path) -> None:
    """Build the embedded graph, validate it, and write it (all formats and the HTML page) to --out."""
    from .build import default_dataset
    from .validate import validate

    dataset = default_dataset()
    report = validate(dataset)
    if not report.conforms:
        for problem in report.violations:
            click.echo(str(problem), err=True)
        raise click.ClickException("the embedded graph is not valid; nothing was written")
    written = write_outputs(dataset, out_dir)
    written += _write_page(dataset, out_dir)
    counts = summary_counts(dataset)
    click.echo(f"Built the embedded graph: {counts['sources']} sources, {counts['twinnings']} twinnings, "
               f"{counts['localities']} localities, {counts['triples']} triples.")
    click.echo(f"Validated: conforms to the SHACL shapes and checks ({len(report.warnings)} warnings).")
    click.echo(f"Wrote {len(written)} files to {out_dir}/:")
    for path in written:
        click.echo(f"  {path}")
    click.echo(f"Try: sister-cities query twinnings --graph {out_dir / (OUTPUT_NAME + '.trig')}")


def _write_page(dataset, out_dir: Path) -> list[Path]:
    """The interactive page of the graph, where the network projection is available."""
    try:
        from .network import locality_network
        from .viz import render_html
    except ImportError:
        return []
    from .store import write_text_atomic

    network = locality_network(dataset)
    if network.number_of_nodes() == 0:
        return []
    path = out_dir / f"{OUTPUT_NAME}.html"
    write_text_atomic(path, render_html(network, title="Sister cities"))
    return [path]


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the graph files into.")
@click.option("--articles", "articles_path", type=click.Path(exists=True, path_type=Path),
              help="News articles to add: a .txt or .html file, a folder of them, or a .jsonl file.")
@click.option("--curated", "curated_paths", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              multiple=True, help="A curated record (JSON, the shape of data/curated/) to add. Repeatable.")
@graph_option
def build(out_dir: Path, articles_path: Path | None, curated_paths: tuple[Path, ...], graph_path: Path | None) -> None:
    """Build a graph from sources and write it to --out (starting from --graph, or the embedded graph)."""
    from .build import add_record, read_curated

    dataset = load_graph(graph_path)
    for path in curated_paths:
        try:
            add_record(dataset, read_curated(path))
        except (RecordError, KeyError, ValueError) as error:
            raise click.ClickException(f"{path}: {_one_line(error)}") from error
    failures = 0
    if articles_path is not None:
        failures = _add_articles(dataset, articles_path)
    written = write_outputs(dataset, out_dir)
    counts = summary_counts(dataset)
    click.echo(f"{counts['sources']} sources, {counts['twinnings']} twinnings, {counts['localities']} localities, "
               f"{counts['triples']} triples; wrote {', '.join(str(p) for p in written)}")
    if failures:
        raise click.ClickException(f"{failures} article(s) could not be read; the others were added")


def _add_articles(dataset, path: Path) -> int:
    """Extract and add every article under `path`; returns how many could not be read."""
    from .articles import ArticleError, read_articles
    from .build import add_record, article_record
    from .extract import extract_article

    failures = 0
    for item in read_articles(path):
        if isinstance(item, ArticleError):
            click.echo(f"error: {item}", err=True)
            failures += 1
            continue
        extraction = extract_article(item.text, title=item.title, published=item.published,
                                     language=item.language, url=item.url)
        try:
            add_record(dataset, article_record(item, extraction))
        except (RecordError, KeyError, ValueError) as error:
            click.echo(f"error: {item.id}: {_one_line(error)}", err=True)
            failures += 1
    return failures


# --- querying ---------------------------------------------------------------------------------------

@cli.command("queries")
def list_queries() -> None:
    """List the named queries with their parameters."""
    from .queries import available_queries

    for name, query in available_queries().items():
        params = " ".join(f"[{p.name}]" if not p.required else p.name for p in query.parameters)
        click.echo(f"{name:<24} {query.title}" + (f"  (params: {params})" if params else ""))


@cli.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@graph_option
def query(name: str, params: tuple[str, ...], fmt: str, graph_path: Path | None) -> None:
    """Run the named query NAME (see `sister-cities queries`) or a .rq file given by path."""
    from .queries import dataset_select, find_query, format_result, parse_params, run

    named = find_query(name)
    bound = parse_params(params)
    for key in bound:
        named.parameter(key)  # an unknown parameter is an error before any graph is read
    dataset = load_graph(graph_path)
    result = run(named, bound, dataset_select(dataset))
    click.echo(format_result(result, fmt), nl=False)


@cli.command("validate")
@graph_option
def validate_command(graph_path: Path | None) -> None:
    """Check a graph against the SHACL shapes and the check queries (exit 0 valid, 1 not valid, 2 error)."""
    from .validate import validate

    try:
        dataset = load_graph(graph_path)
        report = validate(dataset)
    except USER_ERRORS as error:
        click.echo(f"Error: {_one_line(error)}", err=True)
        sys.exit(2)
    for problem in report.problems:
        click.echo(str(problem))
    violations, warnings = len(report.violations), len(report.warnings)
    if report.conforms:
        click.echo(f"valid ({warnings} warning{'s' if warnings != 1 else ''})")
        return
    click.echo(f"not valid: {violations} violation{'s' if violations != 1 else ''}, "
               f"{warnings} warning{'s' if warnings != 1 else ''}")
    sys.exit(1)


# --- Wikidata ---------------------------------------------------------------------------------------

def _wikidata_errors() -> None:
    from .wikidata import WikidataNotImported
    from .wikidata_client import WikidataError

    register_user_error(WikidataError, WikidataNotImported)


def _write_back(dataset, graph_path: Path | None, out_path: Path | None) -> Path | None:
    """Save to --out, else back to --graph (atomically); None when there is nowhere to save."""
    from .store import save_dataset

    target = out_path or graph_path
    return None if target is None else save_dataset(dataset, target)


endpoint_help = "SPARQL endpoint of Wikidata (or a copy), e.g. https://query.wikidata.org/sparql."


@cli.command()
@click.option("--endpoint", metavar="URL", help=endpoint_help + " Default: link offline, from the packaged gazetteer.")
@click.option("--offline", is_flag=True,
              help="Never touch the network: the gazetteer, or with --endpoint only the cached answers.")
@graph_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the linked graph here instead of back to --graph.")
@click.option("--report", "show_report", is_flag=True,
              help="List every place: linked (with score and reasons), ambiguous or weak (with candidates), not found.")
def link(endpoint: str | None, offline: bool, graph_path: Path | None, out_path: Path | None,
         show_report: bool) -> None:
    """Link the graph's places to Wikidata items (owl:sameAs, in the graph id/graph/wikidata-links)."""
    from .wikidata import link_graph
    from .wikidata_client import WikidataClient

    _wikidata_errors()
    if out_path is not None:
        from .store import format_of

        format_of(out_path)  # a wrong extension is a mistake to report before any work
    dataset = load_graph(graph_path)
    client = WikidataClient(endpoint, offline=offline) if endpoint else None
    report = link_graph(dataset, client=client)
    if show_report:
        for line in report.lines():
            click.echo(line)
    saved = _write_back(dataset, graph_path, out_path)
    click.echo(report.summary() + (f"; wrote {saved}" if saved else "; not saved (give --graph or --out)"))


@cli.group()
def wikidata() -> None:
    """Import twinnings from Wikidata, and list what Wikidata lacks or contradicts."""


@wikidata.command("import")
@click.option("--endpoint", metavar="URL", default=None, help=endpoint_help + " Default: the Wikidata Query Service.")
@graph_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the graph here instead of back to --graph.")
def wikidata_import(endpoint: str | None, graph_path: Path | None, out_path: Path | None) -> None:
    """Add the P190 twinnings of the linked localities as the source "Wikidata" (run `link` first)."""
    from .wikidata import import_twinnings
    from .wikidata_client import WDQS_ENDPOINT, WikidataClient

    _wikidata_errors()
    if out_path is not None:
        from .store import format_of

        format_of(out_path)
    dataset = load_graph(graph_path)
    result = import_twinnings(dataset, client=WikidataClient(endpoint or WDQS_ENDPOINT))
    for line in result.skipped:
        click.echo(f"skipped: {line}", err=True)
    saved = _write_back(dataset, graph_path, out_path)
    click.echo(f"{result.statements} P190 statements, {len(result.record.twinnings)} twinnings imported"
               + (f"; wrote {saved}" if saved else "; not saved (give --graph or --out)"))


@wikidata.command("diff")
@graph_option
@click.option("--quickstatements", "qs_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the missing statements here as QuickStatements V1 (tab-separated).")
def wikidata_diff(graph_path: Path | None, qs_path: Path | None) -> None:
    """List twinnings Wikidata lacks and Wikidata statements our sources contradict (run `wikidata import` first)."""
    from .store import write_text_atomic
    from .wikidata import diff_with_wikidata, quickstatements

    _wikidata_errors()
    report = diff_with_wikidata(load_graph(graph_path))
    for line in report.lines():
        click.echo(line)
    if qs_path is not None:
        write_text_atomic(qs_path, quickstatements(report))
    click.echo(f"{len(report.missing)} missing on Wikidata, {len(report.contradicted)} contradicted, "
               f"{len(report.unlinked)} without QuickStatements (a side not linked, or a country)"
               + (f"; wrote {qs_path}" if qs_path is not None else ""))


@cli.command("extract")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--jsonl", "jsonl_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read many articles, one JSON record a line (id, text, title, published, ...).")
@click.option("--published", help="Publication date of FILE (YYYY, YYYY-MM or YYYY-MM-DD): resolves weekdays.")
@click.option("--title", help="Title of FILE.")
@click.option("--url", help="Address of FILE.")
@click.option("--lang", type=click.Choice(["id", "en"]), help="Language of FILE.")
def extract_command(file: Path | None, jsonl_path: Path | None, published: str | None, title: str | None,
                    url: str | None, lang: str | None) -> None:
    """Print the sister-city relations and legal instruments of an article (.txt or .html) as JSON.

    With --jsonl, print one JSON line per article; unreadable lines are reported on stderr and the
    exit code is 1, the other lines are still printed.
    """
    import json
    import re

    from .articles import ArticleError, read_articles, read_jsonl
    from .extract import extract_article

    if (file is None) == (jsonl_path is None):
        raise click.UsageError("give either FILE or --jsonl FILE")
    if jsonl_path is not None:
        if published or title or url or lang:
            raise click.UsageError("--published, --title, --url and --lang apply to one FILE, not to --jsonl")
        from tqdm import tqdm

        bad = 0
        try:
            items = read_jsonl(jsonl_path)
            with tqdm(items, unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
                for item in bar:
                    if isinstance(item, ArticleError):
                        bad += 1
                        bar.write(str(item), file=sys.stderr)
                        continue
                    result = extract_article(item.text, title=item.title, published=item.published,
                                             language=item.language, url=item.url)
                    click.echo(json.dumps({"id": item.id, **result}, ensure_ascii=False))
        except ArticleError as error:
            raise click.ClickException(str(error)) from error
        if bad:
            raise click.exceptions.Exit(1)
        return
    if published is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
        raise click.UsageError(f"--published {published!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        item = next(iter(read_articles(file)))
    except ArticleError as error:
        raise click.ClickException(str(error)) from error
    if isinstance(item, ArticleError):
        raise click.ClickException(str(item))
    result = extract_article(item.text, title=title or item.title, published=published or item.published,
                             language=lang or item.language, url=url or item.url)
    click.echo(json.dumps({"id": item.id, **result}, ensure_ascii=False, indent=2))


def main() -> None:
    cli()

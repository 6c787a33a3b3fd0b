"""The `sister-cities` command: parses arguments, calls the library, prints, maps errors to exit codes.

Conventions every command follows:
- a command that reads a graph takes `--graph FILE` (TriG, N-Quads, Turtle, N-Triples or JSON-LD, by
  extension; or an on-disk Oxigraph store, a folder or a name ending in `.oxigraph`) and defaults to
  the embedded graph;
- `--store auto|memory|oxigraph` chooses where the graph is held while the command runs: rdflib in
  memory, or Oxigraph; `auto` takes Oxigraph for anything bigger than one article;
- `build` and `demo` take `--out DIR` and write `DIR/sister-cities.trig` and the other formats;
- a command that changes a graph writes it back to `--graph` atomically, or to `--out` when given;
- a user mistake is one line on stderr and a non-zero exit (1; `validate` uses 1 for "not valid"
  and 2 for an error), never a traceback.
"""
from __future__ import annotations

import json
import re
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
        except OSError as error:  # the machine said no: a full disk, a read-only folder, a file in the way
            raise click.ClickException(_one_line(error)) from error
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


def say(text: str = "") -> None:
    """Print text that may hold what a graph or a server said (labels, titles, messages): each line
    with its control characters shown as escapes, so a label cannot recolour or rewrite the screen."""
    from .queries import printable

    click.echo("\n".join(printable(line, tabs=True) for line in str(text).split("\n")))


def _one_line(error: Exception) -> str:
    """The error's first line, safe to print (no control characters, no lone surrogates)."""
    from .queries import printable

    if isinstance(error, OSError) and error.filename:
        return printable(f"{error.filename}: {error.strerror or error}")
    if isinstance(error, OSError) and error.strerror:
        return printable(error.strerror)
    text = str(error).strip() or type(error).__name__
    return printable(text.splitlines()[0])


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sister-cities")
def cli() -> None:
    """A knowledge graph of sister-city (twin town) relationships.

    Start with `sister-cities demo`: it builds the embedded graph, validates it and writes it to ./out/.
    """


class _Text(click.ParamType):
    """Text given on the command line, refused in one line when it is not valid UTF-8 (Python turns
    such bytes into lone surrogates, which no file or store can hold): a title, a URL, a licence."""

    name = "text"

    def convert(self, value, param, ctx):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            what = f"--{param.name.replace('_spec', '')} " if param is not None else ""
            raise click.ClickException(f"{what}{value!r} is not valid UTF-8 text") from None  # one line, like --param
        return value


TEXT = _Text()

graph_option = click.option(
    "--graph", "graph_path", type=click.Path(path_type=Path),
    help="Graph file to read (.trig, .nq, .ttl, .nt, .jsonld), or an Oxigraph store folder (.oxigraph). "
         "Default: the embedded graph.",
)

store_option = click.option(
    "--store", "store_kind", type=click.Choice(["auto", "memory", "oxigraph"]), default="auto", show_default=True,
    help="Hold the graph in rdflib's memory store or in Oxigraph; auto: Oxigraph unless the graph is tiny.",
)


def timeout_option(default: float, what: str):
    """`--timeout SECONDS`: an overall deadline, from connecting to the last byte, for `what`."""
    return click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=default,
                        show_default=True, metavar="SECONDS",
                        help=f"Give up when {what} has not completely arrived within this many seconds.")


def load_store(graph_path: Path | None, store_kind: str = "auto", *, read_only: bool = False):
    """The `GraphStore` of `--graph` (a file or an Oxigraph folder), or of the embedded default."""
    from .build import default_store
    from .graphstore import open_store

    if graph_path is None:
        return default_store(store_kind)
    return open_store(graph_path, kind=store_kind, read_only=read_only)


def write_outputs(store, out_dir: Path, *, also=None) -> list[Path]:
    """The graph in every format, `out_dir/sister-cities.<ext>`, and whatever `also(folder)` writes
    (the page), replacing the folder as a whole (`store.replaced_folder`): a run killed at any moment
    leaves the previous outputs, never a mix of two runs. Other files in the folder are kept.

    An `--out` ending in `.oxigraph` gets an on-disk Oxigraph store instead, which `--graph` reopens
    at once."""
    from .graphstore import OXIGRAPH_SUFFIX
    from .store import replaced_folder

    if out_dir.suffix.lower() == OXIGRAPH_SUFFIX:
        return [store.save(out_dir)]
    with replaced_folder(out_dir, keep=lambda name: not name.startswith(f".{OUTPUT_NAME}.")) as folder:
        written = [store.save(folder / f"{OUTPUT_NAME}{ext}") for ext in OUTPUT_FORMATS]
        if also is not None:
            written += also(folder)
    return [out_dir / path.name for path in written]


def summary_counts(store) -> dict[str, int]:
    text = """
    PREFIX sc: <https://w3id.org/sister-cities/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT (COUNT(DISTINCT ?g) AS ?sources) (COUNT(DISTINCT ?t) AS ?twinnings) (COUNT(DISTINCT ?l) AS ?localities)
    WHERE { { ?g a sc:SourceGraph } UNION { ?t a sc:Twinning } UNION { ?l a sc:Locality } UNION { ?l a sc:Country } }
    """
    row = store.select(text).rows[0]
    return {"sources": int(row[0]), "twinnings": int(row[1]), "localities": int(row[2]), "triples": len(store)}


# --- demo and build ---------------------------------------------------------------------------------

@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the graph files and the HTML page into.")
@store_option
def demo(out_dir: Path, store_kind: str) -> None:
    """Build the embedded graph, validate it, and write it (all formats and the HTML page) to --out."""
    from .store import recover
    from .validate import validate

    recover(out_dir)  # what a killed run left beside --out, put back or cleared first
    store = load_store(None, store_kind)
    dataset = store.dataset()
    report = validate(store)
    if not report.conforms:
        for problem in report.violations:
            click.echo(str(problem), err=True)
        raise click.ClickException("the embedded graph is not valid; nothing was written")
    written = write_outputs(store, out_dir, also=lambda folder: _write_page(dataset, folder))
    counts = summary_counts(store)
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
        from .network import describe_sources, locality_network
        from .viz import render_html
    except ImportError:
        return []
    from .store import write_text_atomic

    network = describe_sources(locality_network(dataset), dataset)
    if network.number_of_nodes() == 0:
        return []
    path = out_dir / f"{OUTPUT_NAME}.html"
    write_text_atomic(path, render_html(network, title="Sister cities"))
    return [path]


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True,
              help="Folder to write the graph files into; a name ending in .oxigraph gets an Oxigraph store.")
@click.option("--articles", "articles_path", type=click.Path(exists=True, path_type=Path),
              help="News articles to add: a .txt or .html file, a folder of them, or a .jsonl file.")
@click.option("--published", type=TEXT, help="Publication date of a single --articles FILE (YYYY, YYYY-MM or YYYY-MM-DD): "
                                 "weekdays in the text are dated from it. An .html page's own metadata is used "
                                 "when this is not given.")
@click.option("--title", type=TEXT, help="Title of a single --articles FILE.")
@click.option("--url", type=TEXT, help="Address of a single --articles FILE.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="State as facts only the relations the extractor is at least this sure of (0 to 1); the "
                   "others are held back for review. Default: the threshold chosen on the annotated articles "
                   "for a precision of 0.9 on news never read, 0.75 with the shipped models (see the README).")
@click.option("--review", "review_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the relations held back (below --min-confidence) to this JSON Lines file, one a line "
                   "with their article and confidence.")
@click.option("--curated", "curated_paths", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              multiple=True, help="A curated record (JSON, the shape of data/curated/) to add. Repeatable.")
@click.option("--pairs", "pairs_paths", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              help="A table of twinning pairs (.csv, or .tsv) to add as one source. Repeatable.")
@click.option("--columns", "columns_spec", type=TEXT, metavar="KEY=COLUMN,...",
              help="Which column of --pairs holds what. KEY: city1, country1, city2, country2, lat1, lon1, lat2, "
                   "lon2, kind1, kind2, stage, date. Defaults: each KEY's own name, lng1/lng2 for lon1/lon2, "
                   "no kind, stage or date. An empty COLUMN drops one (lat1=).")
@click.option("--wikidata-p190", "p190_paths", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              help="Wikidata P190 statements (.tsv: QID pairs with names.tsv beside, or a file with a header) "
                   "to add as one source. Repeatable.")
@click.option("--licence", type=TEXT, help="Licence of the --pairs and --wikidata-p190 data, recorded with the source.")
@graph_option
@store_option
def build(out_dir: Path, articles_path: Path | None, published: str | None, title: str | None, url: str | None,
          min_confidence: float | None, review_path: Path | None, curated_paths: tuple[Path, ...],
          pairs_paths: tuple[Path, ...], columns_spec: str | None, p190_paths: tuple[Path, ...], licence: str | None,
          graph_path: Path | None, store_kind: str) -> None:
    """Build a graph from sources and write it to --out (starting from --graph, or the embedded graph).

    The sources are reconciled first: one node per real place, each tied to its Wikidata item with
    the evidence recorded in the links graph; what that did is printed as counts on stderr."""
    from .build import add_links, build_store, default_sources, read_curated
    from .graphstore import open_store
    from .reconcile import reconcile
    from .tables import PairColumns, dataset_source, read_p190, read_pairs
    from .triples import record_to_triples

    from .tables import TableError

    register_user_error(TableError)
    columns = PairColumns.parse(columns_spec)
    article_metadata = _single_article_metadata(articles_path, published, title, url)
    if review_path is not None and articles_path is None:
        raise click.UsageError("--review needs --articles")
    if out_dir.suffix.lower() != ".oxigraph" and out_dir.exists() and not out_dir.is_dir():
        raise click.ClickException(f"{out_dir}: exists and is not a folder")
    from .store import recover

    recover(out_dir)  # what a killed run left beside --out, put back or cleared first
    records = []
    for path in pairs_paths:
        source = dataset_source(path, kind="dataset", licence=licence)
        load = read_pairs(path, columns=columns, source=source, progress=True)
        _report_load(load, path)
        records.append(load.record)
    for path in p190_paths:
        source = dataset_source(path, kind="wikidata", licence=licence or "CC0 1.0")
        load = read_p190(path, source=source, progress=True)
        _report_load(load, path)
        records.append(load.record)
    for path in curated_paths:
        try:
            records.append(read_curated(path))
            record_to_triples(records[-1])
        except (RecordError, KeyError, ValueError) as error:
            raise click.ClickException(f"{path}: {_one_line(error)}") from error
    failures, held = 0, []
    if articles_path is not None:
        from .articles import ArticleError

        register_user_error(ArticleError)
        articles, failures, held = _article_records(articles_path, article_metadata, min_confidence)
        records += articles
    if review_path is not None:
        from .store import write_text_atomic

        write_text_atomic(review_path, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in held))
    # the embedded sources take part even over --graph (usually built on them), so places meet as before
    embedded = default_sources()
    reconciled = reconcile(embedded + records)
    for line in reconciled.report.lines():
        click.echo(line, err=True)
    from .graphstore import OXIGRAPH_SUFFIX

    straight = graph_path is None and out_dir.suffix.lower() == OXIGRAPH_SUFFIX and store_kind != "memory"
    if straight:  # loaded straight into the folder: the graph is never held in memory as well
        store = build_store(reconciled.records, progress=True, reconciled=True, into=out_dir)
    elif graph_path is None:
        store = build_store(reconciled.records, kind=store_kind, progress=True, reconciled=True)
    else:
        # auto: a copy in Oxigraph, so that an Oxigraph folder given as --graph is never changed in place
        base = open_store(graph_path, kind="oxigraph" if store_kind == "auto" else store_kind)
        _refuse_articles_replacing_others(base, articles if articles_path is not None else [], graph_path)
        store = build_store(reconciled.records[len(embedded):-1], kind=store_kind, progress=True, base=base,
                            reconciled=True)
        add_links(store, reconciled.records[-1])
    written = [out_dir] if straight else write_outputs(store, out_dir)
    counts = summary_counts(store)
    click.echo(f"{counts['sources']} sources, {counts['twinnings']} twinnings, {counts['localities']} localities, "
               f"{counts['triples']} triples; wrote {', '.join(str(p) for p in written)}")
    if held:
        kept = f"written to {review_path}" if review_path is not None else "not kept (give --review FILE to keep them)"
        click.echo(f"{len(held)} relation(s) below the confidence threshold were held back from the graph: {kept}",
                   err=True)
    if failures:
        raise click.ClickException(f"{failures} article(s) could not be read; the others were added")


def _refuse_articles_replacing_others(base, records, graph_path: Path) -> None:
    """An article whose source IRI the --graph already holds under another id ("X" over "x": the IRI
    is a slug of the id) would silently replace that other article: a one-line error naming both.
    The same id again replaces it, as documented; a graph written before ids were kept cannot tell."""
    from .queries import values_block
    from .triples import source_iri

    ours = {source_iri(record.source): record.source.identifier for record in records
            if record.source.identifier is not None}
    if not ours:
        return
    rows = base.select("SELECT ?source ?id WHERE { %s ?source <http://purl.org/dc/terms/identifier> ?id }"
                       % values_block("source", sorted(ours))).rows
    for source, held in sorted(rows):
        if str(held) != ours[source]:
            raise click.ClickException(
                f"article {ours[source]!r} would replace article {str(held)!r} of {graph_path} (both are {source}): "
                "give it an id that differs in more than case and punctuation; nothing was written")


def _report_load(load, path: Path) -> None:
    """What a bulk load skipped, on stderr (the first few rows, then how many), and its summary."""
    for line in load.skipped[:10]:
        click.echo(f"skipped: {line}", err=True)
    if len(load.skipped) > 10:
        click.echo(f"skipped: ... and {len(load.skipped) - 10} more rows", err=True)
    click.echo(load.summary(), err=True)
    if not load.record.twinnings:
        what = f"none of its {load.rows} rows gave a twinning (see skipped above)" if load.rows else "it has no rows"
        raise click.ClickException(f"{path}: {what}; nothing was written")


def _single_article_metadata(path: Path | None, published: str | None, title: str | None,
                             url: str | None) -> dict[str, str]:
    """--published, --title and --url, which describe one article file."""
    given = {k: v for k, v in (("published", published), ("title", title), ("url", url)) if v is not None}
    if not given:
        return given
    if path is None or path.is_dir() or path.suffix.lower() in (".jsonl", ".ndjson"):
        raise click.UsageError("--published, --title and --url describe one article: give a single .txt or "
                               ".html file as --articles")
    if published is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
        raise click.UsageError(f"--published {published!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return given


def _article_records(path: Path, metadata: dict[str, str], min_confidence: float | None):
    """The record of every article under `path`, how many could not be read (each reported), and the
    relations held back for review (below `min_confidence`, by default the model's fact threshold)."""
    import hashlib
    import unicodedata
    from dataclasses import replace

    from .articles import ArticleError, read_articles
    from .build import article_key, article_record, by_confidence
    from .extract import extract_article
    from .extract.model import default_models
    from .records import Source
    from .triples import graph_iri, record_to_triples

    threshold = default_models().fact_threshold if min_confidence is None else min_confidence
    records, failures, held = [], 0, []
    loaded: dict = {}  # source graph -> (article id, digest of its text): one article per source
    for item in read_articles(path):
        if isinstance(item, ArticleError):
            click.echo(f"error: {item}", err=True)
            failures += 1
            continue
        graph = graph_iri(Source(key=article_key(item.id), kind="news_article"))
        this = (item.id, hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest())
        if graph in loaded:
            if loaded[graph] == this:
                continue  # the same article twice: it would only replace itself
            if loaded[graph][0] == item.id:
                raise click.ClickException(f"two different articles have the id {item.id!r}; give each its own id; "
                                           "nothing was written")
            first, second = loaded[graph][0], item.id
            alike = unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second)
            shown = ascii if alike else repr  # ids alike on screen are shown by their code points
            raise click.ClickException(
                f"articles {shown(first)} and {shown(second)} would be one source ({graph}): give them ids that "
                "differ in more than case and punctuation; nothing was written")
        loaded[graph] = this
        item = replace(item, **metadata)
        extraction = extract_article(item.text, title=item.title, published=item.published,
                                     language=item.language, url=item.url)
        try:
            facts, held_back = by_confidence(extraction, threshold)
            record = article_record(item, facts)
            record_to_triples(record)  # a record naming a place it does not describe fails here, alone
            records.append(record)
        except (RecordError, KeyError, ValueError) as error:
            click.echo(f"error: {item.id}: {_one_line(error)}", err=True)
            failures += 1
            continue
        held += [{"article": item.id, "title": item.title, "url": item.url, "published": item.published,
                  "min_confidence": threshold, "relation": relation} for relation in held_back]
    return records, failures, held


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
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: aligned columns, IRIs shortened with our prefixes; csv: one row a line, full IRIs; "
                   "json: a list of objects keyed by column, values as plain strings, unbound as null.")
@click.option("--endpoint", metavar="URL",
              help="Ask this SPARQL 1.1 endpoint (its query URL) instead of a local graph, "
                   "e.g. http://127.0.0.1:7878/query of `sister-cities serve`, or Virtuoso's http://HOST:8890/sparql.")
@timeout_option(120, "an --endpoint's answer to one query")
@graph_option
@store_option
def query(name: str, params: tuple[str, ...], fmt: str, endpoint: str | None, timeout: float,
          graph_path: Path | None, store_kind: str) -> None:
    """Run the named query NAME (see `sister-cities queries`) or a .rq file given by path."""
    from .queries import NothingMatches, find_query, format_result, locality_labels, parse_params, run

    named = find_query(name)
    bound = parse_params(params)
    for key in bound:
        named.parameter(key)  # an unknown parameter is an error before any graph is read
    if endpoint is not None:
        from .server import EndpointError, endpoint_select

        register_user_error(EndpointError)
        if graph_path is not None:
            raise click.ClickException("give --endpoint or --graph, not both")
        select = endpoint_select(endpoint, timeout=timeout)
    else:
        select = load_store(graph_path, store_kind, read_only=True).select
    try:
        result = run(named, bound, select, strict=True)
    except NothingMatches as error:
        if error.parameter.type != "locality":
            raise
        from .network import LocalityNotFound, suggest_labels

        labels = locality_labels(select)
        raise click.ClickException(str(LocalityNotFound(error.value, suggest_labels(error.value, labels, place_of=labels))))
    click.echo(format_result(result, fmt), nl=False)


@cli.command("validate")
@graph_option
@store_option
def validate_command(graph_path: Path | None, store_kind: str) -> None:
    """Check a graph against the SHACL shapes and the check queries (exit 0 valid, 1 not valid, 2 error)."""
    from .validate import validate

    try:
        report = validate(load_store(graph_path, store_kind, read_only=True), progress=True)
    except USER_ERRORS as error:
        click.echo(f"Error: {_one_line(error)}", err=True)
        sys.exit(2)
    for problem in report.problems:
        say(str(problem))
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


def _write_back(store, graph_path: Path | None, out_path: Path | None) -> Path | None:
    """Save to --out, else back to --graph (atomically; an Oxigraph folder changed in place is
    flushed); None when there is nowhere to save."""
    target = out_path or graph_path
    return None if target is None else store.save(target)


def _check_out(out_path: Path | None) -> None:
    """A wrong extension of --out is a mistake to report before any work (a folder .oxigraph is fine)."""
    from .graphstore import OXIGRAPH_SUFFIX
    from .store import format_of

    if out_path is not None and out_path.suffix.lower() != OXIGRAPH_SUFFIX:
        format_of(out_path)


endpoint_help = "SPARQL endpoint of Wikidata (or a copy), e.g. https://query.wikidata.org/sparql."


@cli.command()
@click.option("--endpoint", metavar="URL", help=endpoint_help + " Default: link offline, from the packaged gazetteer.")
@click.option("--offline", is_flag=True,
              help="Never touch the network: the gazetteer, or with --endpoint only the cached answers.")
@graph_option
@click.option("--out", "out_path", type=click.Path(path_type=Path),
              help="Write the linked graph here instead of back to --graph (a file, or a folder .oxigraph).")
@click.option("--report", "show_report", is_flag=True,
              help="List every place: linked (with score and reasons), ambiguous or weak (with candidates), not found.")
@timeout_option(70, "the --endpoint's answer to one query")
@store_option
def link(endpoint: str | None, offline: bool, graph_path: Path | None, out_path: Path | None,
         show_report: bool, timeout: float, store_kind: str) -> None:
    """Link the graph's unlinked places to Wikidata items (owl:sameAs, with the evidence of each, in the
    graph id/graph/wikidata-links). An Oxigraph folder given as --graph is changed in place."""
    from .wikidata import link_graph
    from .wikidata_client import WikidataClient

    _wikidata_errors()
    _check_out(out_path)
    store = load_store(graph_path, store_kind)
    client = WikidataClient(endpoint, offline=offline, timeout=timeout) if endpoint else None
    report = link_graph(store, client=client)
    if show_report:
        for line in report.lines():
            say(line)
    saved = _write_back(store, graph_path, out_path)
    click.echo(report.summary() + (f"; wrote {saved}" if saved else "; not saved (give --graph or --out)"))


@cli.group()
def wikidata() -> None:
    """Import twinnings from Wikidata, and list what Wikidata lacks or contradicts."""


@wikidata.command("import")
@click.option("--endpoint", metavar="URL", default=None, help=endpoint_help + " Default: the Wikidata Query Service.")
@graph_option
@click.option("--out", "out_path", type=click.Path(path_type=Path),
              help="Write the graph here instead of back to --graph (a file, or a folder .oxigraph).")
@timeout_option(70, "the endpoint's answer to one query")
@store_option
def wikidata_import(endpoint: str | None, graph_path: Path | None, out_path: Path | None, timeout: float,
                    store_kind: str) -> None:
    """Add the P190 twinnings of the linked localities as the source "Wikidata" (run `link` first)."""
    from .wikidata import import_twinnings
    from .wikidata_client import WDQS_ENDPOINT, WikidataClient

    _wikidata_errors()
    _check_out(out_path)
    store = load_store(graph_path, store_kind)
    result = import_twinnings(store, client=WikidataClient(endpoint or WDQS_ENDPOINT, timeout=timeout))
    for line in result.skipped:
        click.echo(f"skipped: {line}", err=True)
    saved = _write_back(store, graph_path, out_path)
    click.echo(f"{result.statements} P190 statements, {len(result.record.twinnings)} twinnings imported"
               + (f"; wrote {saved}" if saved else "; not saved (give --graph or --out)"))


@wikidata.command("diff")
@graph_option
@click.option("--quickstatements", "qs_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the missing statements here as QuickStatements V1 (tab-separated).")
@store_option
def wikidata_diff(graph_path: Path | None, qs_path: Path | None, store_kind: str) -> None:
    """List twinnings Wikidata lacks and Wikidata statements our sources contradict (run `wikidata import` first)."""
    from .store import write_text_atomic
    from .wikidata import diff_with_wikidata, quickstatements

    _wikidata_errors()
    report = diff_with_wikidata(load_store(graph_path, store_kind, read_only=True))
    for line in report.lines():
        say(line)
    if qs_path is not None:
        write_text_atomic(qs_path, quickstatements(report))
    click.echo(f"{len(report.missing)} missing on Wikidata, {len(report.contradicted)} contradicted, "
               + (f"{len(report.uncited)} missing with no URL to cite, " if report.uncited else "")
               + f"{len(report.unlinked)} without QuickStatements (a side not linked, or a country)"
               + (f"; wrote {qs_path}" if qs_path is not None else ""))


@cli.command("extract")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--jsonl", "jsonl_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read many articles, one JSON record a line (id, text, title, published, ...).")
@click.option("--published", type=TEXT, help="Publication date of FILE (YYYY, YYYY-MM or YYYY-MM-DD): resolves weekdays.")
@click.option("--title", type=TEXT, help="Title of FILE.")
@click.option("--url", type=TEXT, help="Address of FILE.")
@click.option("--lang", type=click.Choice(["id", "en"]),
              help="Language of FILE (Indonesian or English). Left out: the language an HTML page declares, else "
                   "none; the rules read Indonesian and English alike, so the result is the same.")
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
                        if item.line is None:  # the file itself cannot be read: no line will come
                            raise click.ClickException(str(item))
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
    if file.suffix.lower() in (".jsonl", ".ndjson"):
        raise click.UsageError(f"{file} holds many articles: use --jsonl {file}")
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


# --- serving and pushing ----------------------------------------------------------------------------

@cli.command()
@graph_option
@click.option("--port", type=int, default=7878, show_default=True, help="TCP port on 127.0.0.1.")
@click.option("--writable", is_flag=True,
              help="Also accept SPARQL updates (/update) and Graph Store writes (PUT, POST, DELETE on /store) "
                   "from programs on this machine. Requests from web pages of other origins are refused anyway.")
def serve(graph_path: Path | None, port: int, writable: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1; Ctrl-C stops it.

    The union of the named graphs is the default graph, so the named queries run unchanged:
    `sister-cities query twinnings --endpoint http://127.0.0.1:7878/query`. An Oxigraph store folder
    given as --graph is served in place (written to only with --writable); anything else is served
    from a copy in memory (with --writable, what is written is lost when the server stops). Any
    request a web page of another origin could send (an Origin or Sec-Fetch-Site header of another
    site, a Host other than 127.0.0.1 or localhost) is refused.
    """
    import signal

    from .graphstore import OXIGRAPH_SUFFIX, OxigraphStore
    from .server import GraphServer, ServerError

    register_user_error(ServerError)
    if graph_path is not None and (graph_path.is_dir() or graph_path.suffix.lower() == OXIGRAPH_SUFFIX):
        if not (graph_path / "CURRENT").is_file():
            raise GraphFileError(graph_path, "no such Oxigraph store (a folder written by `build --out DIR.oxigraph`)")
        store = OxigraphStore.open(graph_path, read_only=not writable)
    else:
        store = load_store(graph_path, "oxigraph")
    server = GraphServer(store.raw, port=port, writable=writable).bind()

    def stop_on_term(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop_on_term)
    try:
        click.echo(f"SPARQL endpoint: {server.query_url}")
        click.echo(f"Graph store: {server.store_url} (default graph: the union of the named graphs).")
        if writable:
            kept = "kept in the store folder" if store.path is not None else "kept in memory only, lost on exit"
            click.echo(f"Writable: {server.update_url} and PUT/POST/DELETE on the graph store, from programs on "
                       f"this machine ({kept}); cross-origin requests are refused. Ctrl-C stops.")
        else:
            click.echo("Read-only (--writable accepts updates). Ctrl-C stops.")
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)


@cli.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="The server's Graph Store Protocol URL: Oxigraph http://HOST:7878/store, Fuseki "
                   "http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/ID/rdf-graphs/service, "
                   "Virtuoso http://HOST:8890/sparql-graph-crud (once its isql has run "
                   "grant SPARQL_UPDATE to \"SPARQL\";), then query http://HOST:8890/sparql.")
@timeout_option(600, "the whole push (every graph)")
@graph_option
@store_option
def push(endpoint: str, timeout: float, graph_path: Path | None, store_kind: str) -> None:
    """Upload the graph to a SPARQL 1.1 store, one named graph per source (Graph Store Protocol PUT).

    PUT replaces each graph on the server, so pushing again after a rebuild duplicates nothing.
    """
    from .server import EndpointError, push as push_graphs

    register_user_error(EndpointError)
    store = load_store(graph_path, store_kind, read_only=True)
    if not store.graph_names():
        raise click.ClickException("nothing to push: the graph has no named graphs (a .ttl or .nt file "
                                   "holds one unnamed graph; build it into a .trig or .nq first)")
    pushed = push_graphs(store, endpoint, timeout=timeout, progress=True)
    for item in pushed:
        click.echo(f"{item.graph}\t{item.bytes} bytes")
    click.echo(f"pushed {len(pushed)} named graphs to {endpoint}")


# --- the network: analysis, shortest chains, pictures -----------------------------------------------

def _network_errors() -> None:
    from .analysis import NoPath
    from .network import AmbiguousLocality, LocalityNotFound, NotInNetwork

    # an output path under a file: one line, as for any other file the user names wrongly
    register_user_error(NoPath, AmbiguousLocality, LocalityNotFound, NotInNetwork, FileExistsError,
                        NotADirectoryError)


@cli.command("analyze")
@graph_option
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: sections of plain text for reading; json: every figure and ranking as one object.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many entries each ranking lists.")
@click.option("--sections", "sections_spec", metavar="NAME,...", default="default", show_default=True,
              help="What to compute besides size and components: degree, betweenness, eigenvector, communities, "
                   "countries, stages; 'all'; or 'default' (all but betweenness, which takes half a minute on "
                   "the world graph).")
def analyze_command(graph_path: Path | None, store_kind: str, fmt: str, top: int, sections_spec: str) -> None:
    """Size, components, centralities, communities, countries and stages of the twinning network.

    The network of an Oxigraph store folder is kept beside it (FOLDER.network.json, for the
    folder's content), so the next run on the same store starts at once."""
    from tqdm import tqdm

    from .analysis import DEFAULT_SECTIONS, SECTIONS, analyze, format_json, format_table
    from .network import cached_network, locality_network

    named = {"default": DEFAULT_SECTIONS, "all": SECTIONS}
    sections = [part for name in sections_spec.split(",") if name.strip()
                for part in named.get(name.strip(), (name.strip(),))]
    unknown = [name for name in sections if name not in SECTIONS]
    if unknown or not sections:
        raise click.UsageError(f"--sections {sections_spec!r}: name some of {', '.join(SECTIONS)}, 'all' or 'default'")
    store = load_store(graph_path, store_kind, read_only=True)
    with tqdm(total=1 + len(set(sections)), desc="analyzing: network", unit=" step", leave=False, file=sys.stderr,
              disable=None) as bar:
        if graph_path is not None and (graph_path / "CURRENT").is_file():  # an Oxigraph folder
            network, how = cached_network(graph_path, store)
            if how.startswith("projected (not cached"):
                bar.write(f"note: {how}", file=sys.stderr)
        else:
            network = locality_network(store)
        if network.number_of_nodes() == 0:
            raise click.ClickException("the graph has no twinnings: nothing to analyse")

        def started(section: str) -> None:
            bar.update()
            bar.set_description(f"analyzing: {section}")

        report = analyze(network, top=top, sections=sections, progress=started)
    if fmt == "json":
        click.echo(format_json(report), nl=False)
    else:
        say(format_table(report).rstrip("\n"))


@cli.command("path")
@click.argument("start")
@click.argument("end")
@graph_option
@store_option
def path_command(start: str, end: str, graph_path: Path | None, store_kind: str) -> None:
    """The shortest chain of twinnings from START to END (labels, IRIs or QIDs), with each hop's
    stage and sources. Exit 1 when no chain links them."""
    from .analysis import shortest_chain
    from .network import chain_network, find_locality

    _network_errors()
    store = load_store(graph_path, store_kind, read_only=True)
    first, last = find_locality(start, store.select), find_locality(end, store.select)
    if first == last:
        raise click.ClickException(f"{start!r} and {end!r} are the same locality ({first})")
    hops = shortest_chain(chain_network(store, first, last), first, last)
    say(f"{hops[0].a_label} to {hops[-1].b_label}: {len(hops)} twinning{'s' if len(hops) != 1 else ''}")
    for number, hop in enumerate(hops, 1):
        say(f"{number}. {hop.a_label} – {hop.b_label}: {hop.stage or 'stage unknown'}"
                   + (f" {hop.date}" if hop.date else ""))
        say(f"   {hop.twinning}")
        for source in hop.sources:
            details = ", ".join(part for part in (source.get("published"), source.get("url")) if part)
            say(f"   source: {source.get('title') or '(untitled)'}" + (f" ({details})" if details else ""))
        if not hop.sources:
            click.echo("   source: none recorded")


@cli.command("viz")
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path(f"{OUTPUT_NAME}.html"), show_default=True, help="The HTML page to write.")
@graph_option
@store_option
@click.option("--query", "query_name", metavar="NAME",
              help="Draw the localities named in the rows of this named query (or .rq file).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --query. Repeatable.")
@click.option("--center", metavar="LOCALITY", help="Draw the neighbourhood of this locality (label, IRI or QID).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --center: how many twinnings away from it to draw.")
@click.option("--layout", type=click.Choice(["force", "geo"]), default="force", show_default=True,
              help="force: placed by physics or by country; geo: by longitude and latitude.")
def viz_command(out_path: Path, graph_path: Path | None, store_kind: str, query_name: str | None,
                params: tuple[str, ...], center: str | None, depth: int, layout: str) -> None:
    """Draw the twinning network as one offline HTML page: all of it, a query's localities, or the
    neighbourhood of one locality. Nothing is written when there is nothing to draw."""
    from .network import describe_sources, find_locality, locality_network, neighbourhood, query_network, query_title
    from .queries import find_query, parse_params
    from .store import write_text_atomic
    from .viz import render_html

    _network_errors()
    if query_name and center:
        raise click.ClickException("give --query or --center, not both")
    if params and not query_name:
        raise click.ClickException("--param belongs to --query")
    named = find_query(query_name) if query_name else None
    bound = parse_params(params)
    for key in bound:
        named.parameter(key)  # an unknown parameter is an error before any graph is read
    store = load_store(graph_path, store_kind, read_only=True)
    title, node = "Sister cities", None
    if center is not None:  # only the neighbourhood is read, never the whole network
        node = find_locality(center, store.select)
        network = neighbourhood(store, node, depth)
        title = f"Sister cities: {network.nodes[node].get('label') or node} and {depth} step{'s' if depth > 1 else ''} around"
    else:
        network = locality_network(store)
    if network.number_of_nodes() == 0:
        raise click.ClickException("the graph has no twinnings: nothing to draw; no file written")
    if named is not None:
        network, node = query_network(named, bound, store.select, network)
        if network.number_of_nodes() == 0:
            raise click.ClickException(f"query {named.name!r} names no locality that takes part in a twinning: "
                                       "nothing to draw; no file written")
        title = f"Sister cities: {query_title(named, network, node)}"
    describe_sources(network, store)
    write_text_atomic(out_path, render_html(network, title=title, layout=layout, centre=node))
    click.echo(f"wrote {out_path}: {network.number_of_nodes()} localities, {network.number_of_edges()} twinnings")


def main() -> None:
    cli()

"""Named SPARQL queries: loaded from `queries/*.rq`, parameters bound as RDF terms, rows formatted.

Each query file starts with a header of `# key: value` comments:

    # title: Partners of a locality
    # description: ...
    # param: locality locality required - the locality: a label, an IRI or a QID
    # columns: partner, partnerLabel, partnerCountry, stage, date, source

A parameter NAME binds the variable ?NAME through a `VALUES` block of RDF terms written by
`sparql_term`, the one serialiser of values into query text (local stores, remote endpoints and
Wikidata alike), never by pasting user text into the query. The block goes right after the first
`WHERE {`, or, where the query has them, at each line `# VALUES ?NAME` (inside a subquery or a
UNION branch: Oxigraph does not carry a binding made outside into them). A parameter the header
declares but the query never uses, or a column list that differs from the SELECT, is an error when
the file is read. A user's own `.rq` file needs no header (its columns are what it selects); one
declares parameters with `# param:` lines.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .resources import queries_dir
from .vocab import PREFIXES, QID_PATTERN, STAGES

PARAMETER_TYPES = ("string", "stage", "locality", "country", "date", "iri", "integer")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class QueryError(Exception):
    """A query that cannot be found, read, bound or run; the message is one line."""


class UnknownQuery(QueryError):
    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        super().__init__(f"unknown query {name!r}; known queries: {', '.join(known)}")


class ParameterError(QueryError):
    """A parameter the query does not declare, a required one missing, or a value of the wrong form."""


class NothingMatches(QueryError):
    """A parameter value that names nothing (a locality not in the graph, no known country), so that
    the answer is no rows; `run(..., strict=True)` says so instead of answering."""

    def __init__(self, parameter: "Parameter", value: str) -> None:
        self.parameter = parameter
        self.value = value
        super().__init__(f"no {parameter.type} {value!r} in the graph" if parameter.type == "locality"
                         else f"{parameter.name}: no {parameter.type} is known by {value!r}")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    columns: tuple[str, ...]
    text: str
    path: Path | None = None

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        declared = ", ".join(p.name for p in self.parameters) or "none"
        raise ParameterError(f"query {self.name!r} has no parameter {name!r} (its parameters: {declared})")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dictionaries of plain strings keyed by column (IRIs as IRIs, unbound as None)."""
        return [{c: (None if v is None else str(v)) for c, v in zip(self.columns, row)} for row in self.rows]


def json_term(value: dict | None) -> Node | None:
    """One term of SPARQL 1.1 JSON results as an rdflib term; None for an unbound variable.

    The one converter of the package (a remote endpoint, Wikidata): a string typed xsd:string is the
    plain literal rdflib and Oxigraph give for it (RDF 1.1 makes them one term), so rows agree
    whichever store or endpoint answered. Anything else raises ValueError.
    """
    if value is None:
        return None
    kind, text = value.get("type"), value.get("value", "")
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != XSD_STRING:
            return Literal(text, datatype=URIRef(datatype))
        return Literal(text)
    raise ValueError(f"unknown term type {kind!r} in SPARQL JSON results")


# --- reading ----------------------------------------------------------------------------------------

def parse_query(text: str, *, name: str, path: Path | None = None, header_required: bool = True) -> NamedQuery:
    """Read the header of a query and check it against the query itself.

    The named queries must have a title and columns; a user's own file need not: its title is its
    name and its columns are the variables it selects."""
    where = str(path or name)
    header: dict[str, list[str]] = {}
    last_key = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").rstrip()
        match = re.match(r"^\s?([a-z]+):\s*(.*)$", body)
        if match:
            last_key = match.group(1)
            header.setdefault(last_key, []).append(match.group(2).strip())
        elif last_key and body.strip():
            header[last_key][-1] += " " + body.strip()
    for key in ("title", "columns"):
        if key not in header and header_required:
            raise QueryError(f"{where}: the header has no '# {key}:' line")
    parameters = tuple(_parse_parameter(spec, where) for spec in header.get("param", []))
    projected = _projection(text, where)
    columns = (tuple(c.strip() for c in header["columns"][0].split(",") if c.strip()) if "columns" in header
               else projected)
    if projected and projected != columns:
        raise QueryError(f"{where}: the header lists columns {', '.join(columns)} "
                         f"but the query selects {', '.join(projected)}")
    for parameter in parameters:
        if not re.search(r"\?" + re.escape(parameter.name) + r"\b", text):
            raise QueryError(f"{where}: parameter {parameter.name!r} is declared but ?{parameter.name} "
                             "is not used in the query")
    return NamedQuery(name=name, title=header.get("title", [name])[0], description=" ".join(header.get("description", [""])),
                      parameters=parameters, columns=columns, text=text, path=path)


_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*\n|(?:PREFIX\s+[^\s:]*:\s*|BASE\s+)<[^>]*>)*", flags=re.IGNORECASE)


def _projection(text: str, where: str) -> tuple[str, ...]:
    """The variables a SELECT query projects; raises for a query that does not parse or is no SELECT.

    Oxigraph parses it, and its answer on an empty store (lazy for a SELECT: nothing is run) names
    the variables: a millisecond, where rdflib's parser takes a fifth of a second for each query a
    command loads."""
    import pyoxigraph

    if not re.match(r"SELECT\b", text[_PROLOGUE.match(text).end():], flags=re.IGNORECASE):
        raise QueryError(f"{where}: not a SELECT query (a named query answers with rows)")
    try:
        answer = pyoxigraph.Store().query(text)
    except SyntaxError as error:
        raise QueryError(f"{where}: not valid SPARQL: {' '.join(str(error).split())}") from error
    return tuple(variable.value for variable in answer.variables)


def _parse_parameter(spec: str, where: str) -> Parameter:
    match = re.match(r"^([A-Za-z_]\w*)\s+(\w+)\s+(required|optional)\s*(?:-\s*(.*))?$", spec)
    if not match or match.group(2) not in PARAMETER_TYPES:
        raise QueryError(f"{where}: cannot read '# param: {spec}' (expected: NAME TYPE required|optional "
                         f"- description; TYPE one of {', '.join(PARAMETER_TYPES)})")
    return Parameter(match.group(1), match.group(2), match.group(3) == "required", match.group(4) or "")


def load_query(path: Path, *, header_required: bool = True) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise QueryError(f"{path}: not UTF-8 text") from error
    return parse_query(text, name=path.stem, path=path, header_required=header_required)


def available_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """The named queries of a folder (default: the package's `queries/`), by name."""
    directory = directory or queries_dir()
    return {path.stem: load_query(path) for path in sorted(directory.glob("*.rq"))}


def find_query(name_or_path: str) -> NamedQuery:
    """A named query, or a `.rq` file given by path."""
    if name_or_path.endswith(".rq") or "/" in name_or_path or "\\" in name_or_path:
        path = Path(name_or_path)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return load_query(path, header_required=False)
    path = queries_dir() / f"{name_or_path}.rq"
    if not path.is_file():
        raise UnknownQuery(name_or_path, sorted(p.stem for p in queries_dir().glob("*.rq")))
    return load_query(path)


# --- values into query text -------------------------------------------------------------------------

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\x00": "\\U00000000"}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANGUAGE_TAG = re.compile(r"^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_text(value: str, what: str = "value") -> str:
    """`value`, or a `ParameterError` when it holds a lone surrogate: what Python makes of bytes that
    are not UTF-8 on the command line, and what no RDF store can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ParameterError(f"{what} {value!r} is not valid UTF-8 text") from None
    return value


def sparql_string(text: str) -> str:
    """A SPARQL string literal that reads back as exactly `text` and cannot end early.

    `"`, `\\`, line feed, carriage return, tab, backspace and form feed are escaped (SPARQL's ECHAR;
    rdflib's parser would turn a raw tab into spaces), and NUL is written `\\U00000000` (Virtuoso reads
    a query as a C string: a raw NUL ended it). One more rule: SPARQL lets
    an engine expand `\\uXXXX` before it parses (rdflib does, over the whole query), which would turn
    the text `\\u0022` (escaped as `\\\\u0022`) into a quote; so a `u` or `U` right after a backslash
    is written as `\\U00000075`/`\\U00000055`, which every engine reads as the letter, whether it expands
    escapes first or inside strings. Lone surrogates are refused (`check_text`).
    """
    check_text(text)
    out = []
    after_backslash = False
    for character in text:
        if after_backslash and character in "uU":
            out.append("\\U%08X" % ord(character))
        else:
            out.append(_ECHAR.get(character, character))
        after_backslash = character == "\\"
    return '"' + "".join(out) + '"'


def sparql_iri(iri: str) -> str:
    """`<iri>`, refused (`ParameterError`) if it holds a character SPARQL's IRIREF forbids."""
    check_text(iri, "IRI")
    if not iri or _IRI_FORBIDDEN.search(iri):
        raise ParameterError(f"{iri!r} is not an IRI")
    return f"<{iri}>"


def sparql_term(term: Node) -> str:
    """An IRI or literal (with its language or datatype) as SPARQL text: the only way values enter
    a query. Blank nodes are refused: they cannot name anything outside their own graph."""
    if isinstance(term, URIRef):
        return sparql_iri(str(term))
    if isinstance(term, Literal):
        text = sparql_string(str(term))
        if term.language:
            if not _LANGUAGE_TAG.match(term.language):
                raise ParameterError(f"{term.language!r} is not a language tag")
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return f"{text}^^{sparql_iri(str(term.datatype))}"
        return text
    raise ParameterError(f"only IRIs and literals can be bound, not {type(term).__name__}")


def values_block(variable: str, terms: Iterable[Node]) -> str:
    """`VALUES ?variable { term ... }`, each term written by `sparql_term`."""
    if not _VARIABLE.match(variable):
        raise ParameterError(f"not a SPARQL variable name: {variable!r}")
    return "VALUES ?%s { %s }" % (variable, " ".join(sparql_term(term) for term in terms))


# --- binding ----------------------------------------------------------------------------------------

Select = Callable[[str], QueryResult]
"""Runs SPARQL SELECT text against some store: the rdflib dataset, Oxigraph, or a remote endpoint."""

_LOCALITY_LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX sc: <https://w3id.org/sister-cities/ontology#>
SELECT DISTINCT ?place WHERE {
  %s
  %s
  ?place a ?type . FILTER(?type IN (sc:Locality, sc:Country))
}
ORDER BY ?place
"""
LOCALITY_BY = {
    "exact": "?place rdfs:label|skos:altLabel|skos:prefLabel ?needle .",
    "label": "?place rdfs:label|skos:altLabel|skos:prefLabel ?label . FILTER(LCASE(STR(?label)) = LCASE(STR(?needle)))",
    "qid": "?place owl:sameAs ?needle .",
    "iri": "BIND(?needle AS ?place)",
}
"""How a locality parameter is found: by a label as written (English, Indonesian or untagged; an
index lookup), by a label in any language and any case (a scan of every label, tried only when the
first finds nothing), by its Wikidata item, or by IRI."""
LABEL_LANGUAGES = ("en", "id")

LOCALITY_LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sc: <https://w3id.org/sister-cities/ontology#>
SELECT ?label (MIN(STR(?place)) AS ?of) WHERE {
  ?place a ?type . FILTER(?type IN (sc:Locality, sc:Country))
  ?place rdfs:label|skos:altLabel|skos:prefLabel ?label .
}
GROUP BY ?label
"""


def locality_labels(select: Select) -> dict[str, str]:
    """Every label, in any language, of every locality and country, with the place it names (one,
    if several share it): what a locality parameter is matched to, offered when nothing matches."""
    return {str(row[0]): str(row[1]) for row in sorted(select(LOCALITY_LABELS).rows, key=lambda r: str(r[0]))
            if row[0] is not None}


def resolve_parameter(parameter: Parameter, value: str, select: Select) -> list[Node]:
    """The RDF terms a parameter value stands for; an empty list means it matches nothing."""
    value = check_text(value, parameter.name).strip()
    if parameter.type == "string":
        return [Literal(value)]
    if parameter.type == "stage":
        if value not in STAGES:
            raise ParameterError(f"{parameter.name}: unknown stage {value!r}; one of {', '.join(STAGES)}")
        return [Literal(value)]
    if parameter.type == "date":
        if not ISO_DATE.match(value):
            raise ParameterError(f"{parameter.name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return [Literal(value)]
    if parameter.type == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ParameterError(f"{parameter.name}: {value!r} is not a whole number")
        return [Literal(int(value))]
    if parameter.type == "iri":
        return [_iri(parameter, value)]
    if parameter.type == "country":
        from .gazetteer import resolve_country
        from .triples import country_iri

        resolved = resolve_country(value)
        return [] if resolved is None else [country_iri(resolved[0])]
    # a locality: a QID, an IRI, or a label in any language
    if QID_PATTERN.match(value):
        needle: Node = URIRef("http://www.wikidata.org/entity/" + value)
        how = "qid"
    elif re.match(r"^[a-z][a-z0-9+.-]*://", value):
        needle, how = _iri(parameter, value), "iri"
    else:
        as_written = [Literal(value, lang=lang) for lang in LABEL_LANGUAGES] + [Literal(value)]
        return _find_places(as_written, "exact", select) or _find_places([Literal(value)], "label", select)
    return _find_places([needle], how, select)


def _find_places(needles: list[Node], how: str, select: Select) -> list[Node]:
    result = select(_LOCALITY_LOOKUP % (values_block("needle", needles), LOCALITY_BY[how]))
    return [row[0] for row in result.rows if row[0] is not None]


def _iri(parameter: Parameter, value: str) -> URIRef:
    if re.search(r"[\s<>\"{}|\\^`]", value) or not re.match(r"^[a-z][a-z0-9+.-]*:", value):
        raise ParameterError(f"{parameter.name}: {value!r} is not an IRI")
    return URIRef(value)


def bind(query: NamedQuery, params: dict[str, str], select: Select, *, strict: bool = False) -> str | None:
    """The query text with a VALUES block for each given parameter, checked against the header.

    None when a parameter value matches nothing (an unknown locality): the answer is then no rows,
    without asking the store; with `strict`, `NothingMatches` says which value.
    """
    for name in params:
        query.parameter(name)  # raises for a parameter the query does not declare
    bound: dict[str, list[Node]] = {}
    for parameter in query.parameters:
        if parameter.name not in params:
            if parameter.required:
                raise ParameterError(f"query {query.name!r} needs --param {parameter.name}=VALUE "
                                     f"({parameter.description or parameter.type})")
            continue
        terms = resolve_parameter(parameter, params[parameter.name], select)
        if not terms:
            if strict:
                raise NothingMatches(parameter, params[parameter.name].strip())
            return None
        bound[parameter.name] = terms
    return bind_terms(query, bound)


def bind_terms(query: NamedQuery, terms: dict[str, Sequence[Node]]) -> str:
    """The query text with `VALUES ?name { term ... }` for each entry, placed as the module docstring
    says. For callers that already hold the terms (the network walks a frontier of place IRIs)."""
    text = query.text
    at_start = []
    for name, values in terms.items():
        query.parameter(name)
        block = values_block(name, values)
        marker = re.compile(r"^([ \t]*)# VALUES \?" + re.escape(name) + r"[ \t]*$", flags=re.MULTILINE)
        if marker.search(text):
            text = marker.sub(lambda m: m.group(1) + block, text)
        else:
            at_start.append(block)
    if not at_start:
        return text
    match = re.search(r"\bWHERE\s*\{", text, flags=re.IGNORECASE)
    if match is None:
        raise QueryError(f"query {query.name!r} has no WHERE clause to bind parameters in")
    return text[: match.end()] + "\n  " + "\n  ".join(at_start) + text[match.end():]


def run(query: NamedQuery, params: dict[str, str], select: Select, *, strict: bool = False) -> QueryResult:
    """The rows of a query with its parameters bound; no rows when a value names nothing, or, with
    `strict`, `NothingMatches`."""
    text = bind(query, params, select, strict=strict)
    if text is None:
        return QueryResult(columns=list(query.columns))
    result = select(text)
    if query.columns and list(result.columns) != list(query.columns):
        result = in_columns(result, query)
    return result


def in_columns(result: QueryResult, query: NamedQuery) -> QueryResult:
    """The rows in the query's own column order: an endpoint may list the variables in another. An
    answer without one of them is not an answer to this query (`QueryError`, not a misaligned table)."""
    missing = [column for column in query.columns if column not in result.columns]
    if missing:
        raise QueryError(f"the answer to {query.name!r} has no column {', '.join(missing)} "
                         f"(its columns: {', '.join(printable(str(c))[:40] for c in result.columns[:10]) or 'none'})")
    at = [list(result.columns).index(column) for column in query.columns]
    return QueryResult(columns=list(query.columns), rows=[tuple(row[i] for i in at) for row in result.rows])


def dataset_select(dataset) -> Select:
    """A `Select` over an rdflib dataset (its default graph is the union of the named graphs)."""

    def select(text: str) -> QueryResult:
        try:
            answer = dataset.query(text)
        except Exception as error:  # rdflib's parser raises pyparsing errors of several types
            raise QueryError(f"the query failed: {str(error).splitlines()[0] if str(error) else type(error).__name__}") from error
        columns = [str(v) for v in (answer.vars or [])]
        return QueryResult(columns=columns, rows=[tuple(row) for row in answer])

    return select


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """`KEY=VALUE` strings from the command line to a dictionary."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"--param takes KEY=VALUE, got {pair!r}")
        params[key.strip()] = value
    return params


# --- formatting -------------------------------------------------------------------------------------

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str, *, tabs: bool = False) -> str:
    """Text safe to put on a terminal on one line: control characters (escape codes that recolour or
    move the cursor, NUL, line breaks, and tabs unless `tabs`) and lone surrogates shown as Python
    escapes (`\\x1b`)."""
    return _UNPRINTABLE.sub(lambda match: match.group() if tabs and match.group() == "\t"
                            else repr(match.group())[1:-1], text)


def compact(term: Any) -> str:
    """A term as a person reads it in a table: IRIs shortened with our prefixes."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
            if text.startswith(str(namespace)) and len(text) > len(str(namespace)):
                return f"{prefix}:{text[len(str(namespace)):]}"
    return text


def format_result(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else str(v) for v in row])
        return buffer.getvalue()
    if fmt == "table":
        cells = [[printable(compact(v)) for v in row] for row in result.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
        lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format {fmt!r}")

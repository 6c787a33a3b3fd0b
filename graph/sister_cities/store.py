"""The disk: reading and writing graphs in every format we offer, atomically.

A write goes to a temporary file beside the target and is renamed over it only once complete, so an
interrupted or failed run leaves the previous file as it was.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Dataset, Graph

from .vocab import PREFIXES, bind_prefixes

FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
"""File extension to rdflib format. TriG, N-Quads and JSON-LD keep the named graphs; Turtle and
N-Triples hold the union of all graphs (the provenance is then only in the triples themselves)."""

QUAD_FORMATS = {"trig", "nquads", "json-ld"}


class GraphFileError(Exception):
    """A graph file that cannot be read or written: says which file and why, in one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def format_of(path: Path | str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(path, f"unknown graph format {suffix or '(no extension)'!r}; "
                                   f"use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def referenced_contexts(document) -> list[str]:
    """The JSON-LD contexts a parsed document names by reference (`"@context": "https://..."`, a
    file path, or an `@import`) instead of spelling them out; walked without recursion."""
    found: list[str] = []
    pending = [document]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    found += [entry for entry in (value if isinstance(value, list) else [value]) if isinstance(entry, str)]
                pending.append(value)
        elif isinstance(item, list):
            pending.extend(item)
    return found


def remote_context_error(path: Path | str, reference: str) -> GraphFileError:
    shown = reference if len(reference) <= 100 else reference[:97] + "..."
    return GraphFileError(path, f"its JSON-LD @context refers to {shown!r}; a graph file is read as data, so no "
                                "context is ever fetched or read from elsewhere: put the context in the file")


def _parse_jsonld(dataset: Dataset, path: Path) -> None:
    """rdflib's JSON-LD parser fetches any context a document names (a URL, or file:///...); so the
    document is read here first, and one that names a context is refused before rdflib sees it."""
    import json

    try:
        document = json.loads(path.read_bytes())
    except (ValueError, RecursionError) as error:
        raise GraphFileError(path, f"not valid json-ld: {' '.join(str(error).split())[:200]}") from None
    references = referenced_contexts(document)
    if references:
        raise remote_context_error(path, references[0])
    dataset.parse(data=json.dumps(document), format="json-ld", publicID=path.resolve().as_uri())


def load_dataset(path: Path | str) -> Dataset:
    """Read a graph file into a dataset; triples of a Turtle or N-Triples file go to the default graph."""
    path = Path(path)
    fmt = format_of(path)
    if not path.is_file():
        raise GraphFileError(path, "no such file")
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    try:
        if fmt == "json-ld":
            _parse_jsonld(dataset, path)
        elif fmt in QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            dataset.default_graph.parse(path, format=fmt)
    except GraphFileError:
        raise
    except Exception as error:  # rdflib raises many unrelated types for a corrupt file
        detail = " ".join(str(error).split()) or type(error).__name__
        if len(detail) > 200:
            detail = detail[:197] + "..."
        raise GraphFileError(path, f"not valid {fmt}: {detail}") from error
    return dataset


def union_graph(dataset) -> Graph:
    """All triples of all named graphs in one graph, for formats and tools that know no graph names."""
    union = Graph()
    bind_prefixes(union)
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    return union


def save_dataset(dataset: Dataset, path: Path | str) -> Path:
    """Write the dataset to `path` in the format its extension names, atomically (see `write_quads`)."""
    import pyoxigraph as ox

    quads = ox.Store()
    quads.bulk_load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return write_quads(quads, path)


def write_quads(store, path: Path | str) -> Path:
    """Write a pyoxigraph `Store` to `path` in the format its extension names, atomically, and so
    that the same graph gives the same bytes on every run (users diff and version these files).

    Stores hand out their quads in an order of their own that changes from run to run, and blank
    nodes get new names at each load. So the blank nodes are renamed canonically (RDFC-1.0), and
    the quads are sorted: graph by graph (the default graph first, then by name), and within a
    graph by their N-Triples text. TriG, Turtle and JSON-LD are written from that order by
    Oxigraph's streaming writers, which keep it (rdflib's take minutes on the world graph).
    """
    import pyoxigraph as ox

    path = Path(path)
    fmt = format_of(path)
    graphs = [ox.DefaultGraph()] + sorted(store.named_graphs(), key=str)
    dumps = [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) for graph in graphs]
    if any(b"_:" in dump for dump in dumps):  # maybe a blank node (or the text "_:" in a literal)
        quads = store.quads_for_pattern(None, None, None, None)
        if fmt in ("nt", "turtle"):  # the union is what the file holds, so the union is what gets its names
            quads = (ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        store = ox.Store()
        store.extend(dataset)
        graphs = [ox.DefaultGraph()] + sorted(store.named_graphs(), key=str)
        dumps = [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) for graph in graphs]
    if fmt in ("nt", "turtle"):
        data = b"".join(line + b"\n" for line in sorted({line for dump in dumps for line in dump.splitlines()}))
        syntax = ox.RdfFormat.N_TRIPLES
    else:
        data = b"".join(_sorted_quad_lines(graph, dump) for graph, dump in zip(graphs, dumps))
        syntax = ox.RdfFormat.N_QUADS
    del dumps
    with atomic_output(path, "wb") as stream:
        if fmt in ("nt", "nquads"):
            stream.write(data)
        else:
            writer = {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
            prefixes = {} if fmt == "json-ld" else {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
            ox.serialize(ox.parse(data, format=syntax), stream, writer, **({"prefixes": prefixes} if prefixes else {}))
    return path


def _sorted_quad_lines(graph, ntriples: bytes) -> bytes:
    """One graph's N-Triples lines, sorted, as N-Quads lines of that graph."""
    import pyoxigraph as ox

    lines = sorted(ntriples.splitlines())
    if isinstance(graph, ox.DefaultGraph):  # N-Quads writes its triples as they are
        return b"".join(line + b"\n" for line in lines)
    name = str(graph).encode("utf-8")
    # a canonical N-Triples line ends with " ." (Oxigraph writes them so)
    return b"".join(line[:-1] + name + b" .\n" for line in lines)


@contextmanager
def atomic_output(path: Path | str, mode: str = "wb") -> Iterator:
    """A file handle whose content replaces `path` only when the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _permissions_for(path))
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _permissions_for(path: Path) -> int:
    """The mode the file would have had without a temporary file: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_output(path, "wb") as stream:
        stream.write(data)


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_output(path, "w") as stream:
        stream.write(text)

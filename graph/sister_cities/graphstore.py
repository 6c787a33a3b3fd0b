"""Where the graph lives while a command runs: rdflib's in-memory dataset, or an Oxigraph store.

Both sit behind one protocol, `GraphStore`, so every command and every named query runs unchanged on
either. rdflib is fine for one article and slow for the world (a GROUP BY over 400,000 triples takes
a minute); pyoxigraph answers the same in under a second. `open_store` chooses by size
(`AUTO_THRESHOLD_BYTES`) unless told.

    store = open_store(Path("out/sister-cities.nq"), kind="oxigraph")
    store.select("SELECT ...")            # rows of rdflib terms, whatever the store
    store.save(Path("out/world.oxigraph"))  # an on-disk Oxigraph store: reopened instantly

An on-disk Oxigraph store is a folder: `--graph DIR` reads it when DIR is a folder or ends in
`.oxigraph`. With `--store auto` it is opened in place, at once; queries on disk ran about 3x slower
than in memory here, so `--store oxigraph` copies it into memory first (seconds for the world). Code that needs an rdflib `Dataset` (SHACL validation, the Wikidata linker) asks
`store.dataset()`: the rdflib dataset itself, or a live view of the Oxigraph store through oxrdflib
(no copy).

The default graph of a query is the union of the named graphs on both stores. One difference
remains: rdflib's union is a set, Oxigraph's a bag, so a triple that two sources both state is seen
twice by Oxigraph; the named queries group or select DISTINCT so that their rows agree.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from .lifetime import interruptible, made_holding_interrupts
from .queries import XSD_STRING, QueryError, QueryResult, dataset_select
from .store import (FORMATS, QUAD_FORMATS, GraphFileError, format_of, load_dataset, remote_context_error,
                    replaced_folder, temporary_beside, write_quads)

Triple = tuple[Node, Node, Node]

STORE_KINDS = ("auto", "memory", "oxigraph")
OXIGRAPH_SUFFIX = ".oxigraph"
AUTO_THRESHOLD_BYTES = 32_000
"""`auto` reads a graph file bigger than this (about 250 triples of N-Quads) into Oxigraph."""
LOAD_BYTES = 32_000_000
"""N-Quads per bulk load into an on-disk store (`OxigraphStore.load_folder`)."""
AUTO_THRESHOLD_TRIPLES = 500
"""`auto` keeps a built graph with more triples than this in Oxigraph. Low on purpose: rdflib's
engine took 4.5 s for `partners` and minutes for `twinnings` over the 3,300 triples of the embedded
graph, and a filtered `twinnings` ran for over 18 minutes on a 68 KB TriG file, where Oxigraph takes
milliseconds. rdflib remains for a single small record, or when asked for with `--store memory`."""

RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class StoreError(Exception):
    """A store that cannot be opened or written (locked, not a store, unknown kind): one line."""


class GraphStore(Protocol):
    """What every command needs of the graph, whichever store holds it."""

    kind: str

    def select(self, text: str) -> QueryResult:
        """Run a SPARQL SELECT; the default graph is the union of the named graphs."""

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        """Make `triples` the whole content of the named graph `iri`."""

    def add_to_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        """Add triples to the named graph `iri` (a bulk load in chunks)."""

    def remove_graph(self, iri: URIRef) -> None: ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs, sorted."""

    def graph_ntriples(self, iri: URIRef) -> bytes:
        """One named graph as N-Triples (what the Graph Store Protocol sends)."""

    def __len__(self) -> int:
        """Quads: a triple stated by two sources counts twice."""

    def save(self, path: Path | str) -> Path:
        """Write atomically, in the format of the extension (a folder for `.oxigraph`)."""

    def dataset(self) -> Dataset:
        """An rdflib dataset over the same triples, for code written against rdflib."""


# --- rdflib in memory -------------------------------------------------------------------------------

class MemoryStore:
    """rdflib's in-memory `Dataset(default_union=True)`: every rdflib feature, small graphs only."""

    kind = "memory"

    def __init__(self, dataset: Dataset | None = None) -> None:
        if dataset is None:
            from .vocab import bind_prefixes

            dataset = Dataset(default_union=True)
            bind_prefixes(dataset)
        self._dataset = dataset
        self._select = dataset_select(dataset)

    def select(self, text: str) -> QueryResult:
        return self._select(text)

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        self.remove_graph(iri)
        self.add_to_graph(iri, triples)

    def add_to_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        graph = self._dataset.graph(iri)
        self._dataset.addN((s, p, o, graph) for s, p, o in triples)

    def remove_graph(self, iri: URIRef) -> None:
        self._dataset.remove_graph(iri)

    def graph_names(self) -> list[URIRef]:
        return sorted(g.identifier for g in self._dataset.graphs() if isinstance(g.identifier, URIRef)
                      and g.identifier != self._dataset.default_graph.identifier and len(g))

    def graph_ntriples(self, iri: URIRef) -> bytes:
        return self._dataset.graph(iri).serialize(format="nt", encoding="utf-8")

    def __len__(self) -> int:
        return sum(len(g) for g in self._dataset.graphs())

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        if not _is_store_path(path):
            format_of(path)  # a wrong extension is reported before any work
        return OxigraphStore.from_quads(self.nquads()).save(path)

    def nquads(self) -> bytes:
        return self._dataset.serialize(format="nquads", encoding="utf-8")

    def dataset(self) -> Dataset:
        return self._dataset


# --- Oxigraph ---------------------------------------------------------------------------------------

class OxigraphStore:
    """A pyoxigraph `Store`, in memory or on disk (`path`), with rdflib terms at its edges."""

    kind = "oxigraph"
    reads_in_parallel = True  # pyoxigraph evaluates a query without holding Python's lock

    def __init__(self, store=None, *, path: Path | None = None) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self._store = store if store is not None else pyoxigraph.Store()
        self.path = path
        self._terms: dict = {}

    @classmethod
    def from_quads(cls, nquads: bytes | str) -> "OxigraphStore":
        store = cls()
        interruptible(store._store.bulk_load, nquads, format=store._ox.RdfFormat.N_QUADS)
        return store

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> "OxigraphStore":
        """An on-disk store written by `save`; `read_only` lets several commands read it at once."""
        import pyoxigraph

        path = Path(path)
        if not path.is_dir():
            raise GraphFileError(path, "no such Oxigraph store (a folder written by `build --out DIR.oxigraph`)")
        try:
            store = pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
        except OSError as error:
            reason = " ".join(str(error).split())[:200]
            raise GraphFileError(path, f"cannot open the Oxigraph store: {reason}") from error
        return cls(store, path=path)

    def select(self, text: str) -> QueryResult:
        """The rows of a SELECT, evaluated where Ctrl-C can still stop the command (`interruptible`)."""
        return interruptible(self._select, text)

    def _select(self, text: str) -> QueryResult:
        try:
            solutions = self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"the query failed: {' '.join(str(error).split())}") from error
        except OSError as error:
            raise QueryError(f"the query failed: {' '.join(str(error).split())}") from error
        if not isinstance(solutions, self._ox.QuerySolutions):
            raise QueryError("only SELECT queries can be run here")
        columns = [v.value for v in solutions.variables]
        term = self.to_rdflib
        return QueryResult(columns=columns, rows=[tuple(term(v) for v in solution) for solution in solutions])

    def to_rdflib(self, term) -> Node | None:
        """A pyoxigraph term as the rdflib term the formatting code knows; cached, as rows repeat terms."""
        if term is None:
            return None
        known = self._terms.get(term)
        if known is not None:
            return known
        ox = self._ox
        if isinstance(term, ox.NamedNode):
            value: Node = URIRef(term.value)
        elif isinstance(term, ox.BlankNode):
            value = BNode(term.value)
        elif isinstance(term, ox.Literal):
            datatype = term.datatype.value
            if term.language:
                value = Literal(term.value, lang=term.language)
            elif datatype == XSD_STRING:
                value = Literal(term.value)
            else:
                value = Literal(term.value, datatype=URIRef(datatype))
        else:
            raise QueryError(f"unsupported term in a result: {term!r}")
        if len(self._terms) > 500_000:
            self._terms.clear()
        self._terms[term] = value
        return value

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        self.remove_graph(iri)
        self.add_to_graph(iri, triples)

    def add_to_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        if self.path is not None:  # a folder changed in place: all of it or nothing (`load` is one transaction)
            self._store.load(nquads_text(iri, triples), format=self._ox.RdfFormat.N_QUADS)
            return
        self.load_nquads(nquads_text(iri, triples))

    def load_nquads(self, text: str | bytes) -> None:
        """Bulk-add N-Quads text: parsed by Oxigraph, much faster than converting terms one by one."""
        interruptible(self._store.bulk_load, text, format=self._ox.RdfFormat.N_QUADS)

    def load_path(self, path: Path) -> None:
        """Bulk-load an N-Quads file (the whole build at once)."""
        interruptible(self._store.bulk_load, path=str(path), format=self._ox.RdfFormat.N_QUADS)

    def remove_graph(self, iri: URIRef) -> None:
        node = self._ox.NamedNode(str(iri))
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, self._ox.NamedNode))

    def graph_ntriples(self, iri: URIRef) -> bytes:
        return self._store.dump(format=self._ox.RdfFormat.N_TRIPLES, from_graph=self._ox.NamedNode(str(iri)))

    def __len__(self) -> int:
        return len(self._store)

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        if _is_store_path(path):
            return self._save_store(path)
        return write_quads(self._store, path)

    def _save_store(self, path: Path) -> Path:
        """A new on-disk store, swapped in for `path` as a whole once complete (`store.replaced_folder`)."""
        if self.path is not None and self.path.resolve() == path.resolve():
            self._store.flush()
            return path
        _check_replaceable(path)
        # through a file, not bytes in memory: 800,000 quads are 220 MB of N-Quads
        dump, release = made_holding_interrupts(lambda: temporary_beside(path))
        try:
            release()
            interruptible(self._store.dump, str(dump), format=self._ox.RdfFormat.N_QUADS)
            OxigraphStore.load_folder(path, dump)
        finally:
            dump.unlink(missing_ok=True)
        return path

    @classmethod
    def load_folder(cls, path: Path, nquads: Path) -> "OxigraphStore":
        """A new on-disk store at `path`, bulk-loaded from an N-Quads file and swapped in for the
        folder as a whole once complete (`store.replaced_folder`); returned open for reading.

        `build --out DIR.oxigraph` loads its N-Quads straight into the folder this way, so the
        graph is never held in memory as well (1.17 GB at its peak for the world graph before).
        The file goes in `LOAD_BYTES` at a time: Oxigraph's bulk loader holds a whole load in
        memory (960 MB for the world's 260 MB of N-Quads in one load, 210 MB in loads of 25 MB, the
        same CPU time and query times within noise, measured). A file that may hold blank nodes
        goes in one load: each load names its blank nodes anew, so `_:b` of two loads would be two."""
        import pyoxigraph

        path = Path(path)
        _check_replaceable(path)
        size = LOAD_BYTES if not _may_hold_blank_nodes(nquads) else -1  # -1: every line at once
        with replaced_folder(path) as folder:
            target = pyoxigraph.Store(str(folder))
            with open(nquads, "rb") as lines:
                while True:
                    chunk = b"".join(lines.readlines(size))  # whole lines: no statement is cut
                    if not chunk:
                        break
                    interruptible(target.bulk_load, chunk, format=pyoxigraph.RdfFormat.N_QUADS)
            target.flush()
            del target  # closed before the folder moves
        return cls.open(path, read_only=True)

    @classmethod
    def folder_from_streams(cls, path: Path, first: bytes, streams: list[Iterator[bytes]]) -> "OxigraphStore":
        """A new on-disk store at `path` (swapped in as a whole once complete, as `load_folder`
        does) holding `first` and every stream of N-Quads chunks, returned open for reading.

        The streams are loaded side by side, each in loads of about `LOAD_BYTES` (memory stays flat,
        see `load_folder`), while whoever makes them is still making later chunks. Neither `first`
        nor the streams may hold blank nodes but in one chunk of `first`; every IRI must have been
        checked (`iri_text`): the loads are lenient."""
        import pyoxigraph

        path = Path(path)
        _check_replaceable(path)
        with replaced_folder(path) as folder:
            target = pyoxigraph.Store(str(folder))
            interruptible(target.bulk_load, first, format=pyoxigraph.RdfFormat.N_QUADS)
            load_side_by_side(target, streams, LOAD_BYTES)
            target.flush()
            interruptible(target.optimize)  # compacted, the folder answers queries about twice as fast
            del target  # closed before the folder moves
        return cls.open(path, read_only=True)

    def load_streams(self, first: bytes, streams: list[Iterator[bytes]]) -> None:
        """Bulk-add `first`, then the chunks of every stream in one load (interleaved as they come):
        an in-memory store filled by many loads answered `stuck-early` 3-4x slower (measured)."""
        interruptible(self._store.bulk_load, first, format=self._ox.RdfFormat.N_QUADS)
        load_side_by_side(self._store, [_interleaved(streams)], None)

    def nquads(self) -> bytes:
        return self._store.dump(format=self._ox.RdfFormat.N_QUADS)

    def dataset(self) -> Dataset:
        from oxrdflib import OxigraphStore as RdflibView

        from .vocab import bind_prefixes

        dataset = Dataset(store=RdflibView(store=self._store), default_union=True)
        bind_prefixes(dataset)
        return dataset

    @property
    def raw(self):
        """The pyoxigraph `Store` itself (benchmarks compare against it)."""
        return self._store


# --- streams of N-Quads into a store -------------------------------------------------------------------

class _Segment:
    """A binary file over chunks of N-Quads (each whole lines) that ends after the chunk that
    reaches `limit` bytes (None: at the end of the chunks); `exhausted` once the chunks are."""

    def __init__(self, chunks: Iterator[bytes], limit: int | None) -> None:
        self.chunks, self.limit = chunks, limit
        self.view, self.at, self.given, self.exhausted = memoryview(b""), 0, 0, False

    def read(self, size: int = -1) -> bytes:
        if self.at >= len(self.view):  # Oxigraph asks for about 2 KB at a time
            if self.exhausted or (self.limit is not None and self.given >= self.limit):
                return b""
            chunk = next(self.chunks, None)
            if chunk is None:
                self.exhausted = True
                return b""
            self.view, self.at = memoryview(chunk), 0
            self.given += len(chunk)
        end = len(self.view) if size is None or size < 0 else self.at + size
        piece = bytes(self.view[self.at:end])
        self.at += len(piece)
        return piece


def _interleaved(streams: list[Iterator[bytes]]) -> Iterator[bytes]:
    """The chunks of every stream, one of each in turn (so that no stream's maker waits on another)."""
    live = list(streams)
    while live:
        for stream in list(live):
            chunk = next(stream, None)
            if chunk is None:
                live.remove(stream)
            else:
                yield chunk


def load_side_by_side(target, streams: list[Iterator[bytes]], limit: int | None) -> None:
    """Bulk-load each stream of N-Quads chunks into the pyoxigraph store `target`, a thread per
    stream (Oxigraph parses and writes without holding Python's lock), in loads of about `limit`
    bytes (None: one load a stream). Lenient: the IRIs were checked where they were written."""
    import threading

    import pyoxigraph

    errors: list[BaseException] = []

    def load(stream: Iterator[bytes]) -> None:
        try:
            segment = _Segment(stream, None)
            while not segment.exhausted:
                segment = _Segment(stream, limit)
                target.bulk_load(segment, format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)
        except BaseException as error:  # handed to the caller as it is
            errors.append(error)

    threads = [threading.Thread(target=load, args=(stream,), name="bulk load", daemon=True) for stream in streams]
    for thread in threads:
        thread.start()

    def wait() -> None:
        for thread in threads:
            thread.join()

    interruptible(wait)
    if errors:
        raise errors[0]


# --- opening ----------------------------------------------------------------------------------------

def _may_hold_blank_nodes(nquads: Path) -> bool:
    """Whether `_:` occurs anywhere in the file (in a literal too: then it is one load, to be safe)."""
    with open(nquads, "rb") as stream:
        tail = b""
        for block in iter(lambda: stream.read(1 << 24), b""):
            if b"_:" in tail + block[:1] or b"_:" in block:
                return True
            tail = block[-1:]
    return False


def _check_replaceable(path: Path) -> None:
    if path.exists() and not (path / "CURRENT").is_file():
        raise GraphFileError(path, "exists and is not an Oxigraph store; refusing to replace it")


def _is_store_path(path: Path) -> bool:
    return path.suffix.lower() == OXIGRAPH_SUFFIX or path.is_dir()


def check_kind(kind: str) -> str:
    if kind not in STORE_KINDS:
        raise StoreError(f"unknown store {kind!r}; one of {', '.join(STORE_KINDS)}")
    return kind


def new_store(kind: str = "memory") -> GraphStore:
    """An empty store of that kind (`auto` means Oxigraph: an empty store is about to be filled)."""
    return MemoryStore() if check_kind(kind) == "memory" else OxigraphStore()


def open_store(path: Path | str, *, kind: str = "auto", read_only: bool = False) -> GraphStore:
    """A graph file or an on-disk Oxigraph store, in the store `kind` asks for (`auto`: by size).

    Triples of a Turtle or N-Triples file go to the default graph, as `store.load_dataset` does.
    """
    path = Path(path)
    check_kind(kind)
    if _is_store_path(path):
        # auto: the folder itself, open at once (queries about 3x slower than in memory, measured);
        # oxigraph: copied into memory first (seconds for a world-sized graph, then fast queries)
        on_disk = OxigraphStore.open(path, read_only=read_only or kind != "auto")
        if kind == "auto":
            return on_disk
        data = on_disk.nquads()
        del on_disk
        return MemoryStore(load_dataset_from_nquads(data)) if kind == "memory" else OxigraphStore.from_quads(data)
    fmt = format_of(path)
    if not path.is_file():
        raise GraphFileError(path, "no such file")
    if kind == "auto":
        kind = "oxigraph" if path.stat().st_size > AUTO_THRESHOLD_BYTES else "memory"
    if kind == "memory":
        return MemoryStore(load_dataset(path))
    import pyoxigraph

    store = OxigraphStore()
    formats = {"nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
               "turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
               "json-ld": pyoxigraph.RdfFormat.JSON_LD}
    try:
        if fmt in QUAD_FORMATS:
            interruptible(store.raw.bulk_load, path=str(path), format=formats[fmt])
        else:
            interruptible(store.raw.bulk_load, path=str(path), format=formats[fmt], to_graph=pyoxigraph.DefaultGraph())
    except (SyntaxError, ValueError) as error:
        detail = " ".join(str(error).split())
        if fmt == "json-ld" and "LoadDocumentCallback" in detail:  # Oxigraph never fetches a context either
            raise remote_context_error(path, _first_context(path)) from None
        raise GraphFileError(path, f"not valid {fmt}: {detail[:197] + '...' if len(detail) > 200 else detail}") from error
    return store


def _first_context(path: Path) -> str:
    """The first context a JSON-LD file names by reference, for the message (Oxigraph does not say)."""
    import json

    from .store import referenced_contexts

    try:
        return (referenced_contexts(json.loads(path.read_bytes())) or ["a context elsewhere"])[0]
    except (OSError, ValueError, RecursionError):
        return "a context elsewhere"


def load_dataset_from_nquads(data: bytes) -> Dataset:
    from .vocab import bind_prefixes

    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    dataset.parse(data=data, format="nquads")
    return dataset


def choose_kind(kind: str, triples: int) -> str:
    """`auto` resolved for a graph of that many triples."""
    if check_kind(kind) != "auto":
        return kind
    return "oxigraph" if triples > AUTO_THRESHOLD_TRIPLES else "memory"


# --- N-Quads ----------------------------------------------------------------------------------------

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax. IRIs checked (`iri_text`), blank nodes by `n3()`; literals written here, as rdflib's
    `n3()` puts a text with a line break in Turtle's triple quotes, which N-Quads does not allow."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return f"{text}^^{iri_text(term.datatype)}"
        return text
    if isinstance(term, URIRef):
        return iri_text(term)
    return term.n3()


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[^\x00-\x20<>\"{}|^`\\%]|%[0-9A-Fa-f]{2})*\Z")
"""An absolute IRI as N-Quads may write it: a scheme, then no space, control character,
angle bracket, quote, brace, bar, caret, backtick or backslash, and no `%` but before two hex digits. Checked here so that Oxigraph may load our
N-Quads `lenient` (without checking each IRI again: 15% of the world's bulk load, measured)."""

_IRI_TEXTS: dict[URIRef, str] = {}
_IRI_TEXTS_MAX = 1 << 18


class InvalidIRIError(ValueError):
    """A term meant to be an IRI that N-Quads cannot write (relative, a space, a brace...)."""


def iri_text(term: URIRef) -> str:
    """`<term>`, checked once (`_IRI`) and remembered: the world graph writes 2.9 million IRIs,
    of about 300,000 different ones."""
    text = _IRI_TEXTS.get(term)
    if text is None:
        if _IRI.match(term) is None:
            raise InvalidIRIError(f"not an absolute IRI that N-Quads can write: {str(term)[:200]!r}")
        if len(_IRI_TEXTS) >= _IRI_TEXTS_MAX:  # a long-lived process (serve) stays bounded
            _IRI_TEXTS.clear()
        text = _IRI_TEXTS[term] = f"<{term}>"
    return text


def nquads_lines(graph: URIRef, triples: Iterable[Triple]) -> Iterator[str]:
    """Triples of one named graph as N-Quads lines, every IRI checked (`iri_text`)."""
    g = iri_text(graph)
    iri = iri_text
    for s, p, o in triples:
        yield f"{iri(s) if type(s) is URIRef else nt_term(s)} {iri(p)} {iri(o) if type(o) is URIRef else nt_term(o)} {g} .\n"


def nquads_text(graph: URIRef, triples: Iterable[Triple]) -> str:
    return "".join(nquads_lines(graph, triples))


def copy_store(source: GraphStore, kind: str) -> GraphStore:
    """The same quads in a store of another kind."""
    if source.kind == kind:
        return source
    data = source.nquads()  # type: ignore[attr-defined]
    if kind == "memory":
        return MemoryStore(load_dataset_from_nquads(data))
    return OxigraphStore.from_quads(data)


__all__ = [
    "AUTO_THRESHOLD_BYTES", "AUTO_THRESHOLD_TRIPLES", "FORMATS", "GraphStore", "MemoryStore", "OXIGRAPH_SUFFIX",
    "OxigraphStore", "STORE_KINDS", "StoreError", "check_kind", "choose_kind", "copy_store", "new_store",
    "nquads_lines", "nquads_text", "open_store",
]

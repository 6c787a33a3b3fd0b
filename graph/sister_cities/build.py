"""Sources into one dataset: the vocabulary graph, then one named graph per source.

`add_record` replaces a source's named graph as a whole, so loading a source again never duplicates
anything and a source can be removed with `remove_source`. `default_dataset` is the embedded graph
that every command reads when no `--graph` is given: the curated records and the bundled network
of Indonesian twinnings from Wikidata (see `data/SOURCES.md`).

The same, into any `graphstore.GraphStore`: `build_store` and `add_record_to_store`. A bulk record
(a table of 26,000 pairs) streams into the store in chunks as N-Quads text, which Oxigraph parses
far faster than rdflib objects can be added one by one.
"""
from __future__ import annotations

import json
import os
import struct
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from rdflib import Dataset, Graph, URIRef

from .gazetteer import resolve_country
from .lifetime import cycle_collector_paused
from .records import RecordError, Source, SourceRecord, record_from_dict
from .resources import curated_dir, ontology_dir
from .triples import graph_iri, record_to_graph
from .vocab import ID, OWL, bind_prefixes

VOCABULARY_GRAPH = ID["graph/vocabulary"]
"""The SKOS concept schemes (stages, kinds, fields, ...) travel with the data, so that queries can
read a concept's notation and label without loading the ontology beside the graph."""


def new_dataset() -> Dataset:
    """An empty dataset holding only the vocabulary graph."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    vocabulary = dataset.graph(VOCABULARY_GRAPH)
    vocabulary.parse(ontology_dir() / "schemes.ttl", format="turtle")
    return dataset


def add_record(dataset: Dataset, record: SourceRecord) -> URIRef:
    """Put a source's facts into the dataset, replacing whatever that source said before."""
    graph = record_to_graph(record)
    dataset.remove_graph(graph.identifier)
    target = dataset.graph(graph.identifier)
    for triple in graph:
        target.add(triple)
    return graph.identifier


def add_graphs(dataset: Dataset, graphs: Iterable[Graph]) -> None:
    """Put already-built named graphs into the dataset, replacing any graph of the same name."""
    for graph in graphs:
        dataset.remove_graph(graph.identifier)
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)


def remove_source(dataset: Dataset, source: Source) -> None:
    dataset.remove_graph(graph_iri(source))


def source_from_dict(data: dict[str, Any], *, default_key: str) -> Source:
    """The `source` object of a curated record (or an article's metadata) as a `Source`."""
    derived = data.get("derived_from")
    return Source(
        key=data.get("key") or default_key,
        kind=data.get("kind") or "news_article",
        title=data.get("title"),
        publisher=data.get("publisher"),
        published=data.get("published"),
        url=data.get("url"),
        language=data.get("language"),
        reporter=data.get("reporter"),
        editor=data.get("editor"),
        dateline=data.get("dateline"),
        retrieved=data.get("retrieved"),
        licence=data.get("licence"),
        derived_from=source_from_dict(derived, default_key=default_key + "/original") if derived else None,
    )


def curated_record(data: dict[str, Any]) -> SourceRecord:
    """A curated record (see `data/curated/`) as a `SourceRecord`."""
    from .records import check_shape

    check_shape(data)
    key = data.get("id")
    if not key:
        raise RecordError("a curated record needs an 'id'")
    source = source_from_dict(data.get("source") or {}, default_key=f"curated/{key}")
    return record_from_dict(data, source=source, method="curated", resolve_country=resolve_country)


def read_curated(path: Path) -> SourceRecord:
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except RecursionError:  # Python's parser recurses once per level of nesting
            raise ValueError("not a record: JSON nested too deeply") from None
    return curated_record(data)


def seed_records() -> list[SourceRecord]:
    """The curated records shipped with the package, in file-name order."""
    return [read_curated(path) for path in sorted(curated_dir().glob("*.json"))]


BUNDLED_P190 = "wikidata-p190-indonesia.tsv"
BUNDLED_P190_SOURCE = Source(
    key="wikidata/p190-2016-indonesia", kind="wikidata",
    title="Wikidata P190 (twinned administrative body) statements about Indonesian places, 10 September 2016",
    url="https://www.wikidata.org/wiki/Property:P190", retrieved="2016-09-10", licence="CC0 1.0",
)
"""The bundled network: every P190 statement of the 2016 snapshot with an Indonesian locality on a side."""


def bundled_records() -> list[SourceRecord]:
    """The datasets shipped with the package (see `data/SOURCES.md`), each one source."""
    from .resources import DATA_DIR
    from .tables import read_p190

    return [read_p190(DATA_DIR / BUNDLED_P190, source=BUNDLED_P190_SOURCE, labels_language="en").record]


def default_sources() -> list[SourceRecord]:
    """Every source of the embedded graph as read: the curated records, then the bundled datasets."""
    return seed_records() + bundled_records()


def default_records() -> list[SourceRecord]:
    """The embedded graph's sources reconciled (one node per place), and the record of its links."""
    from .reconcile import reconcile

    return reconcile(default_sources()).records


def default_dataset() -> Dataset:
    """The embedded graph: the vocabulary and every shipped source."""
    dataset = new_dataset()
    for record in default_records():
        add_record(dataset, record)
    return dataset


def seed_dataset() -> Dataset:
    """The vocabulary and the curated records only: the one article, for tests that count its facts."""
    dataset = new_dataset()
    for record in seed_records():
        add_record(dataset, record)
    return dataset


# --- into any store ---------------------------------------------------------------------------------

BULK_CHUNK = 2_000
"""Twinnings per chunk of a bulk record: small enough to keep memory flat, large enough to be fast."""


def vocabulary_triples() -> list:
    """The SKOS concept schemes, the content of `VOCABULARY_GRAPH`."""
    return list(Graph().parse(ontology_dir() / "schemes.ttl", format="turtle"))


def streamable(record: SourceRecord) -> bool:
    """Whether the record's twinnings can be written chunk by chunk.

    True for the tables and Wikidata statements: twinnings and places, whose parts name nothing that
    another part of the record describes (no events, agents, legal bases or parent places). For such
    a record the triples of the chunks together are exactly the triples of the whole.
    """
    if record.organisations or record.people or record.legal_instruments or record.activities:
        return False
    if any(loc.part_of for loc in record.localities):
        return False
    return all(not (t.events or t.initiators or t.brokers or t.legal_basis or t.a.part_of or t.b.part_of)
               for t in record.twinnings)


def record_chunks(record: SourceRecord, size: int = BULK_CHUNK) -> list[tuple[SourceRecord, bool]]:
    """The record as one or more records of the same source (see `streamable`), each with whether its
    twinnings' places are described by another chunk (`record_to_triples(parties_elsewhere=...)`).

    The first chunk describes every place of the record once and the others only name them: with
    each chunk describing the places of its own twinnings, a place's triples came once per chunk it
    appears in (179,000 repeated lines on the world graph, whose bulk load took 11.7 s against 7.5 s
    without them, and three times the work of writing the places).
    """
    from dataclasses import replace

    if len(record.twinnings) <= size or not streamable(record):
        return [(record, False)]
    places = dict.fromkeys(record.localities)
    for twinning in record.twinnings:
        places.update(dict.fromkeys((twinning.a, twinning.b)))
    return [(replace(record, twinnings=(), localities=tuple(places)), False)] + [
        (replace(record, twinnings=record.twinnings[start:start + size], localities=()), True)
        for start in range(0, len(record.twinnings), size)]


PARALLEL_MIN_CHUNKS = 4
"""A record of at least this many chunks is turned into N-Quads by worker processes."""


def default_workers() -> int:
    """Processes that turn chunks into N-Quads: two where there are two cores (the triples are pure
    Python, so threads would not help)."""
    return max(1, min(2, os.cpu_count() or 1))


def chunk_nquads(job: tuple[URIRef, SourceRecord, bool]) -> str:
    """One chunk's triples as N-Quads text, a triple perhaps more than once (Oxigraph keeps one)."""
    from .graphstore import nquads_text
    from .triples import record_to_triples

    iri, chunk, parties_elsewhere = job
    return nquads_text(iri, record_to_triples(chunk, parties_elsewhere=parties_elsewhere, distinct=False))


def record_nquads(record: SourceRecord, *, progress: bool = False, workers: int | None = None,
                  chunk_size: int = BULK_CHUNK) -> Iterator[str]:
    """A record's triples as N-Quads text of its named graph, chunk by chunk.

    A big record is converted in `workers` processes while the caller consumes the text; the chunks
    together hold exactly the record's triples (a triple may repeat across chunks; stores keep one).
    """
    import multiprocessing

    iri = graph_iri(record.source)
    chunks = record_chunks(record, chunk_size)
    workers = default_workers() if workers is None else workers
    if workers > 1 and len(chunks) >= PARALLEL_MIN_CHUNKS and "fork" in multiprocessing.get_all_start_methods():
        from concurrent.futures import ProcessPoolExecutor

        from .lifetime import die_with_parent

        # fork, not spawn: spawn re-runs the caller's main script, which a user's script may not guard;
        # workers die with this process, even when it is killed (no worker left blocked forever)
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            yield from _progress(pool.map(chunk_nquads, [(iri, *chunk) for chunk in chunks]), len(chunks), record,
                                 progress)
        return
    for chunk in _progress(chunks, len(chunks), record, progress):
        yield chunk_nquads((iri, *chunk))


def add_record_to_store(store, record: SourceRecord, *, progress: bool = False, workers: int | None = None,
                        chunk_size: int = BULK_CHUNK) -> URIRef:
    """Put a source's facts into a `GraphStore`, replacing whatever that source said before."""
    from .triples import record_to_triples

    iri = graph_iri(record.source)
    store.remove_graph(iri)
    if hasattr(store, "load_nquads"):
        for text in record_nquads(record, progress=progress, workers=workers, chunk_size=chunk_size):
            store.load_nquads(text)
        return iri
    for chunk, parties_elsewhere in record_chunks(record, chunk_size):
        store.add_to_graph(iri, record_to_triples(chunk, parties_elsewhere=parties_elsewhere))
    return iri


def _progress(items, total: int, record: SourceRecord, enabled: bool):
    if not enabled or total < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=f"loading {record.source.key}", unit=" chunks", leave=False, disable=None)


def estimated_triples(records: Iterable[SourceRecord]) -> int:
    """About how many triples the records make (a table twinning makes about 25), to choose a store."""
    return sum(40 + 25 * len(r.twinnings) + 10 * len(r.localities) for r in records)


@cycle_collector_paused()
def build_store(records: Iterable[SourceRecord], *, kind: str = "auto", progress: bool = False, base=None,
                reconciled: bool = False, into: Path | None = None):
    """A store holding the vocabulary and the records (added over `base` when given).

    The records are reconciled first (`reconcile`: one node per place, the links graph) unless they
    are already (`reconciled`). `auto` picks Oxigraph for big graphs (see `graphstore.AUTO_THRESHOLD_TRIPLES`).
    With `into` (a folder, `DIR.oxigraph`), the store is loaded straight into that folder on disk,
    which it replaces as a whole once complete, and returned open on it: no copy in memory.
    """
    from .graphstore import choose_kind, copy_store, new_store
    from .reconcile import reconcile

    records = list(records) if reconciled else reconcile(records).records
    if into is not None:
        if base is not None:
            raise ValueError("build_store: give into or base, not both")
        return _bulk_built(None, records, progress=progress, into=Path(into))
    if base is None:
        store = new_store(choose_kind(kind, estimated_triples(records)))
        if store.kind == "oxigraph":
            return _bulk_built(store, records, progress=progress)
        store.replace_graph(VOCABULARY_GRAPH, vocabulary_triples())
    else:
        wanted = choose_kind(kind, len(base) + estimated_triples(records))
        store = copy_store(base, wanted) if base.kind != wanted else base
    for record in records:
        add_record_to_store(store, record, progress=progress)
    return store


def _bulk_built(store, records: list[SourceRecord], *, progress: bool, into: Path | None = None):
    """An Oxigraph store filled by bulk loads of every record's N-Quads: `store` (in memory, one
    load), or a new one on disk in the folder `into` (loads side by side, see `folder_from_streams`).

    The chunks go into Oxigraph while the workers still make later ones (`nquads_streams`): the
    world build wrote all its N-Quads to a file first (8 s), then loaded it (10 s).
    """
    from .graphstore import OxigraphStore, nquads_text

    names = set()
    for record in records:
        iri = graph_iri(record.source)
        if iri in names:
            raise RecordError(f"two sources share the graph {iri}; give them different keys")
        names.add(iri)
    first = nquads_text(VOCABULARY_GRAPH, vocabulary_triples()).encode("utf-8")  # the one with blank nodes
    with nquads_streams(records, progress=progress) as streams:
        if into is None:
            store.load_streams(first, streams)
            return store
        return OxigraphStore.folder_from_streams(Path(into), first, streams)


_FRAME = struct.Struct("<cQ")
"""A worker's N-Quads go through a pipe in frames: kind (D: a chunk, E: an error, Z: the end), length."""


@contextmanager
def nquads_streams(records: list[SourceRecord], *, workers: int | None = None, progress: bool = False,
                   chunk_size: int = BULK_CHUNK) -> Iterator[list[Iterator[bytes]]]:
    """The N-Quads of the records' chunks (UTF-8, a chunk at a time), made by `workers` forked
    processes, one stream of chunks each (fewer when there are fewer chunks; none without records).

    The chunks are dealt so that the streams carry about the same work. Fork, not a pool: a worker
    starts with the records in its memory, where a pool pickled each chunk to send it (1.9 s of
    the world build) and each result back. The streams are read as the workers write them.
    """
    import multiprocessing

    jobs = [(graph_iri(record.source), *chunk) for record in records for chunk in record_chunks(record, chunk_size)]
    workers = max(1, min(default_workers() if workers is None else workers, len(jobs)))
    if len(jobs) < PARALLEL_MIN_CHUNKS or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield [(chunk_nquads(job).encode("utf-8") for job in jobs)] if jobs else []  # made as they are loaded
        return
    shares: list[list] = [[] for _ in range(workers if jobs else 0)]
    weights = [0] * len(shares)
    # the lightest stream so far gets the next chunk; a twinning, a place or a link each take about
    # 45 us to write (measured on the world graph), so each counts one
    for job in jobs:
        lightest = weights.index(min(weights))
        shares[lightest].append(job)
        weights[lightest] += 1 + len(job[1].twinnings) + len(job[1].localities) + len(job[1].links)
    bar = _bar(len(jobs), records, progress)
    context = multiprocessing.get_context("fork")
    processes, readers = [], []
    stop = threading.Event()
    try:
        for share in shares:
            read_end, write_end = os.pipe()
            # the worker closes every reading end it inherits, so that when this process stops
            # reading (an error, Ctrl-C) its writes fail at once instead of waiting forever
            inherited = [read_end, *(reader.fileno() for reader in readers)]
            process = context.Process(target=_produce, args=(share, write_end, os.getpid(), inherited), daemon=True)
            process.start()
            os.close(write_end)  # the worker holds the only writing end: a dead worker is an end of file
            processes.append(process)
            readers.append(open(read_end, "rb", buffering=1 << 20))
        yield [_pumped(_frames(reader, bar), stop) for reader in readers]
    finally:
        stop.set()
        for reader in readers:
            reader.close()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        if bar is not None:
            bar.close()


def _produce(jobs: list, out_fd: int, parent: int, inherited: list[int]) -> None:
    """A forked worker: each chunk's N-Quads into the pipe, then an end frame (or the error)."""
    import pickle

    from .lifetime import die_with_parent

    die_with_parent(parent)
    for fd in inherited:
        os.close(fd)
    try:
        with open(out_fd, "wb", buffering=1 << 20) as out:
            try:
                for job in jobs:
                    data = chunk_nquads(job).encode("utf-8")
                    out.write(_FRAME.pack(b"D", len(data)))
                    out.write(data)
                out.write(_FRAME.pack(b"Z", 0))
            except Exception as error:  # sent to the parent, which raises it
                try:
                    payload = pickle.dumps(error)
                except Exception:
                    payload = pickle.dumps(RuntimeError(f"{type(error).__name__}: {error}"))
                out.write(_FRAME.pack(b"E", len(payload)))
                out.write(payload)
    except BrokenPipeError:  # the parent stopped reading (an error there, Ctrl-C): nobody to tell
        pass


def _frames(reader, bar) -> Iterator[bytes]:
    """The chunks a worker sends; its error raised here; a worker that died is an error too."""
    import pickle

    while True:
        head = reader.read(_FRAME.size)
        if len(head) < _FRAME.size:
            raise ChildProcessError("a worker making N-Quads ended before its last chunk")
        kind, size = _FRAME.unpack(head)
        body = reader.read(size)
        if len(body) < size:
            raise ChildProcessError("a worker making N-Quads ended before its last chunk")
        if kind == b"Z":
            return
        if kind == b"E":
            raise pickle.loads(body)
        if bar is not None:
            bar.update(1)
        yield body


PUMP_CHUNKS = 12
"""Chunks read ahead of a stream's bulk load (about 60 MB: a chunk of 2,000 twinnings is 5 MB)."""


def _pumped(chunks: Iterator[bytes], stop: threading.Event) -> Iterator[bytes]:
    """The same chunks, read from the pipe by a thread of their own up to `PUMP_CHUNKS` ahead.

    Oxigraph reads nothing while it sorts and writes the end of a load; the worker then stalled
    on the full pipe. Read ahead, it keeps making chunks meanwhile."""
    import queue

    ahead: queue.Queue = queue.Queue(PUMP_CHUNKS)
    end = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def pump() -> None:
        try:
            for chunk in chunks:
                if not put(chunk):
                    return
            put(end)
        except BaseException as error:  # handed to the reader below
            put(error)

    threading.Thread(target=pump, name="read ahead", daemon=True).start()
    while True:
        item = ahead.get()
        if item is end:
            return
        if isinstance(item, BaseException):
            raise item
        yield item


def _bar(total: int, records: list[SourceRecord], enabled: bool):
    if not enabled or total < 2:
        return None
    from tqdm import tqdm

    keys = ", ".join(record.source.key for record in records)
    return tqdm(total=total, desc=f"loading {keys}", unit=" chunks", leave=False, disable=None)


def add_links(store, links: SourceRecord) -> int:
    """Add the links of a links record beside those the store already has, for places it has not
    linked yet (a place keeps the link it had); how many were added."""
    from dataclasses import replace

    from .triples import graph_iri, record_to_triples

    iri = graph_iri(links.source)
    answer = store.select(f"SELECT DISTINCT ?node WHERE {{ GRAPH <{iri}> {{ ?node <{OWL.sameAs}> ?item }} }}")
    linked = {str(row[0]) for row in answer.rows}
    new = tuple(link for link in links.links if link.node not in linked)
    store.add_to_graph(iri, record_to_triples(replace(links, links=new)))
    return len(new)


def default_store(kind: str = "auto"):
    """The embedded graph in a store (`auto`: Oxigraph, see `graphstore.AUTO_THRESHOLD_TRIPLES`)."""
    return build_store(default_records(), kind=kind, reconciled=True)


def article_key(article_id: str) -> str:
    """The source key of an article. Its IRIs are slugs (`triples.slug`), so ids that differ only in
    case or punctuation ("Berita 1", "berita-1") share them: a load must refuse such a pair."""
    return f"article/{article_id}"


def by_confidence(extraction: dict[str, Any], min_confidence: float) -> tuple[dict[str, Any], list[dict]]:
    """An extraction split in two: what to state as facts (relations at or above ``min_confidence``,
    and everything else the article says), and the relations held back for review."""
    relations = extraction.get("relations") or []
    sure = [r for r in relations if r.get("confidence") is None or r["confidence"] >= min_confidence]
    return {**extraction, "relations": sure}, [r for r in relations if r not in sure]


def article_record(article, extraction: dict[str, Any]) -> SourceRecord:
    """What the extractor read in one article (`articles.Article`), as that article's source record."""
    from .records import DATE_PATTERN

    published = article.published if article.published and DATE_PATTERN.match(str(article.published)) else None
    source = Source(
        key=article_key(article.id), kind="news_article", title=article.title, publisher=article.outlet,
        published=published, url=article.url, language=article.language, identifier=article.id,
    )
    return record_from_dict(with_gazetteer_coordinates(extraction), source=source, method="extractor",
                            resolve_country=resolve_country)


def with_gazetteer_coordinates(extraction: dict[str, Any]) -> dict[str, Any]:
    """The extractor's output with the gazetteer's coordinates on each locality it tied to a
    gazetteer place by QID, or to a town of its GeoNames table by that id (a copy; the input is left
    as it is).

    The extractor names places, it does not locate them: without this, Malang and Nagoya from an
    article had no coordinates and the map put them at the centre of their countries.
    """
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.default()

    def located(side: Any) -> Any:
        if not isinstance(side, dict) or side.get("coordinates"):
            return side
        if isinstance(side.get("qid"), str):
            place = gazetteer.by_qid(side["qid"].strip())
        elif isinstance(side.get("geonames_id"), str):
            place = gazetteer.town_by_geonames_id(side["geonames_id"].strip())
        else:
            return side
        if place is None or place.lat is None or place.lon is None:
            return side
        return {**side, "coordinates": {"lat": place.lat, "lon": place.lon}}

    relations = [{**relation, "a": located(relation.get("a")), "b": located(relation.get("b"))}
                 if isinstance(relation, dict) else relation for relation in extraction.get("relations") or ()]
    return {**extraction, "relations": relations}

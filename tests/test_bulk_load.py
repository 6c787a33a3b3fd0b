"""The bulk path of `build`: N-Quads made by forked workers and loaded while they are made.

The world build (scripts/bench.py --commands) checks speed; these check that nothing is lost,
added or swallowed on the way: the streams hold exactly the record's triples, a worker's error
reaches the caller with its type, a store loaded side by side in small loads holds every quad, and
an IRI that N-Quads cannot write is refused before the lenient loader sees it.
"""
from __future__ import annotations

import csv
import multiprocessing
import random
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from sister_cities import build, graphstore
from sister_cities.build import VOCABULARY_GRAPH, nquads_streams, vocabulary_triples
from sister_cities.graphstore import InvalidIRIError, OxigraphStore, iri_text, nquads_text
from sister_cities.records import SourceRecord
from sister_cities.tables import PairColumns, read_pairs
from sister_cities.triples import graph_iri, record_to_triples


def pairs_record(path: Path, rows: int) -> SourceRecord:
    rng = random.Random(rows)
    countries = ["Japan", "Germany", "France", "Brazil", "Kenya", "Canada", "Peru", "Italy"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["city1", "country1", "city2", "country2"])
        for _ in range(rows):
            writer.writerow([f"Town {rng.randrange(rows)}", rng.choice(countries),
                             f"Village {rng.randrange(rows)}", rng.choice(countries)])
    return read_pairs(path, columns=PairColumns.parse("lat1=,lon1=,lat2=,lon2=")).record


def whole(record: SourceRecord) -> set[bytes]:
    return set(nquads_text(graph_iri(record.source), record_to_triples(record)).encode("utf-8").splitlines())


def streamed(record: SourceRecord, **options) -> set[bytes]:
    with nquads_streams([record], **options) as streams:
        return {line for stream in streams for chunk in stream for line in chunk.splitlines()}


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_the_streams_hold_exactly_the_records_triples(tmp_path, workers):
    record = pairs_record(tmp_path / "pairs.csv", 300)
    assert streamed(record, workers=workers, chunk_size=40) == whole(record)


def test_a_workers_error_reaches_the_caller_with_its_type(tmp_path, monkeypatch):
    record = pairs_record(tmp_path / "pairs.csv", 300)

    def broken(job):
        raise KeyError("the record names a place it does not describe")

    monkeypatch.setattr(build, "chunk_nquads", broken)  # forked workers inherit it
    with pytest.raises(KeyError, match="does not describe"):
        streamed(record, workers=2, chunk_size=40)


def test_a_folder_loaded_side_by_side_in_small_loads_holds_every_quad(tmp_path, monkeypatch):
    record = pairs_record(tmp_path / "pairs.csv", 300)
    monkeypatch.setattr(graphstore, "LOAD_BYTES", 2_000)  # many loads a stream
    first = nquads_text(VOCABULARY_GRAPH, vocabulary_triples()).encode("utf-8")
    with nquads_streams([record], workers=2, chunk_size=40) as streams:
        store = OxigraphStore.folder_from_streams(tmp_path / "world.oxigraph", first, streams)
    expected = OxigraphStore.from_quads(first + b"\n".join(sorted(whole(record))) + b"\n")
    assert sorted(store.nquads().splitlines()) == sorted(expected.nquads().splitlines())


def test_an_iri_that_n_quads_cannot_write_is_refused():
    assert iri_text(URIRef("https://w3id.org/sister-cities/id/place/fr/city/paris%C3%A9")).startswith("<https:")
    for bad in ["place/fr/city/paris", "http://example.org/a b", "http://example.org/{x}", "http://example.org/%zz"]:
        with pytest.raises(InvalidIRIError):
            iri_text(URIRef(bad))
    with pytest.raises(InvalidIRIError):  # a datatype too
        nquads_text(URIRef("http://example.org/g"), [(URIRef("http://example.org/s"), URIRef("http://example.org/p"),
                                                     Literal("1", datatype=URIRef("x y")))])


def test_a_load_that_fails_leaves_no_folder_and_no_worker_behind(tmp_path):
    record = pairs_record(tmp_path / "pairs.csv", 300)
    first = nquads_text(VOCABULARY_GRAPH, vocabulary_triples()).encode("utf-8")
    with pytest.raises(SyntaxError):
        with nquads_streams([record], workers=2, chunk_size=40) as streams:
            broken = [iter([b"<http://example.org/s> <http://example.org/p> not a term .\n"])] + streams[1:]
            OxigraphStore.folder_from_streams(tmp_path / "world.oxigraph", first, broken)
    assert not (tmp_path / "world.oxigraph").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["pairs.csv"]
    assert multiprocessing.active_children() == []

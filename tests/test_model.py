"""The graph model: stable IRIs, round trips through every format, SHACL that catches real mistakes,
queries that cannot be injected into."""
from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from sister_cities.build import add_record, curated_record, default_dataset, new_dataset, seed_dataset
from sister_cities.queries import (
    ParameterError,
    QueryError,
    dataset_select,
    find_query,
    parse_query,
    run,
)
from sister_cities.records import Locality, RecordError
from sister_cities.resources import curated_dir
from sister_cities.store import FORMATS, GraphFileError, load_dataset, save_dataset
from sister_cities.triples import locality_iri, slug, twinning_iri
from sister_cities.validate import validate
from sister_cities.vocab import ELI, SC, SDO, STAGE, WGS, XSD

SEED = curated_dir() / "antara-2023-bekasi-korea.json"


def seed_data() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def quads(dataset) -> set:
    return {(s, p, o, g.identifier) for g in dataset.graphs() for s, p, o in g}


# --- stable IRIs and idempotent loading -------------------------------------------------------------

def test_same_input_gives_the_same_triples_in_another_process():
    program = ("from sister_cities.build import default_dataset;"
               "print('\\n'.join(sorted(default_dataset().serialize(format='nquads').splitlines())))")
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    second = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert first == second
    assert "<https://w3id.org/sister-cities/id/place/id/regency/bekasi-regency>" in first


def test_loading_a_source_again_replaces_it_and_duplicates_nothing():
    dataset = seed_dataset()
    before = quads(dataset)
    add_record(dataset, curated_record(seed_data()))
    add_record(dataset, curated_record(seed_data()))
    assert quads(dataset) == before


def test_a_changed_source_replaces_its_old_facts():
    dataset = seed_dataset()
    changed = seed_data()
    changed["relations"][0]["stage"] = "agreement_signed"
    add_record(dataset, curated_record(changed))
    stages = {str(r["stage"]) for r in run(find_query("twinnings"), {}, dataset_select(dataset)).records()
              if r["aLabel"] == "Bekasi Regency"}
    assert stages == {"agreement_signed"}


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
@settings(max_examples=200, deadline=None)
def test_twinning_iris_are_symmetric_and_stable(name_a, name_b):
    a = Locality(name=name_a, kind="city", country="ID")
    b = Locality(name=name_b, kind="city", country="JP")
    assert twinning_iri(a, b) == twinning_iri(b, a)
    assert locality_iri(a) == locality_iri(Locality(name=name_a, kind="city", country="ID", qid="Q1"))
    segment = slug(name_a)
    assert segment == slug(name_a) and segment and len(segment) <= 80
    assert all(c.isalnum() or c == "-" for c in segment)


def test_places_of_different_kinds_get_different_iris():
    city = Locality(name="Bogor", kind="city", country="ID")
    regency = Locality(name="Bogor Regency", kind="regency", country="ID")
    assert locality_iri(city) != locality_iri(regency)


# --- serialisations -------------------------------------------------------------------------------------

@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_every_format_round_trips(tmp_path, extension):
    dataset = seed_dataset()
    path = save_dataset(dataset, tmp_path / f"graph{extension}")
    loaded = load_dataset(path)
    if extension in (".ttl", ".nt"):  # triple formats hold the union of the named graphs
        union_before = to_isomorphic(_union(dataset))
        assert isomorphic(union_before, _union(loaded))
    else:
        assert quads(loaded) == quads(dataset)


def _union(dataset):
    from rdflib import Graph

    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def test_an_interrupted_write_leaves_the_previous_file(tmp_path, monkeypatch):
    path = save_dataset(seed_dataset(), tmp_path / "graph.trig")
    before = path.read_bytes()

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    import sister_cities.store as store

    monkeypatch.setattr(store.os, "fsync", explode)
    with pytest.raises(RuntimeError):
        save_dataset(new_dataset(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]


def test_written_files_get_ordinary_permissions(tmp_path):
    """A temporary file is private; the file it becomes must be readable like any other output."""
    import os

    umask = os.umask(0o022)
    try:
        path = save_dataset(default_dataset(), tmp_path / "graph.trig")
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o600)
        save_dataset(default_dataset(), path)
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_unreadable_graph_files_are_clear_errors(tmp_path):
    corrupt = tmp_path / "broken.ttl"
    corrupt.write_text("@prefix x: <http://x/> .\nx:a x:b ", encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"broken.ttl: not valid turtle"):
        load_dataset(corrupt)
    with pytest.raises(GraphFileError, match=r"no such file"):
        load_dataset(tmp_path / "missing.trig")
    with pytest.raises(GraphFileError, match=r"unknown graph format '.xml'"):
        load_dataset(tmp_path / "graph.xml")


# --- SHACL and checks ----------------------------------------------------------------------------------

def test_the_embedded_graph_is_valid():
    report = validate(default_dataset())
    assert report.conforms, [str(p) for p in report.problems]
    assert report.problems == []


def _broken(mutate) -> list[str]:
    dataset = seed_dataset()
    graph = next(g for g in dataset.graphs() if "curated" in str(g.identifier))
    mutate(graph)
    report = validate(dataset)
    assert not report.conforms
    return [str(p) for p in report.violations]


TWINNING = URIRef("https://w3id.org/sister-cities/id/twinning/id-regency-bekasi-regency--kr")
KR = URIRef("https://w3id.org/sister-cities/id/place/kr")


def test_shacl_catches_a_twinning_without_two_distinct_localities():
    messages = _broken(lambda g: g.remove((TWINNING, SC.party, KR)))
    assert any("exactly two distinct localities" in m and "twinning/id-regency-bekasi-regency--kr" in m
               for m in messages), messages
    assert any("[check twinning-with-itself]" in m for m in messages), messages


def test_shacl_catches_a_stage_outside_the_scheme():
    messages = _broken(lambda g: g.set((TWINNING, SC.stage, STAGE["signed_maybe"])))
    assert any("must be one of the stage scheme" in m and "signed_maybe" in m for m in messages), messages


def test_shacl_catches_a_malformed_date():
    def mutate(graph):
        event = next(graph.objects(TWINNING, SC.event))
        graph.set((event, SDO.startDate, Literal("2023-13-45", datatype=XSD.date)))

    messages = _broken(mutate)
    assert any("must be a valid xsd:date" in m for m in messages), messages


def test_shacl_catches_a_legal_instrument_without_a_number():
    def mutate(graph):
        for instrument in list(graph.subjects(ELI.id_local, None)):
            graph.remove((instrument, ELI.id_local, None))

    messages = _broken(mutate)
    assert any("needs its number" in m for m in messages), messages


def test_shacl_names_two_latitudes_as_two_values_not_a_range():
    nanning = URIRef("https://w3id.org/sister-cities/id/place/cn/city/nanning")

    def mutate(graph):  # two sources placing one node differently, in one graph for the test
        graph.add((nanning, WGS.lat, Literal("22.8", datatype=XSD.decimal)))
        graph.add((nanning, WGS.lat, Literal("40.0", datatype=XSD.decimal)))

    messages = [m for m in _broken(mutate) if "nanning" in m]
    assert messages and all("has one latitude; this one has several" in m for m in messages), messages
    assert not any("between -90 and 90" in m for m in messages)


def test_check_query_catches_a_locality_without_a_country():
    messages = _broken(lambda g: g.remove((URIRef("https://w3id.org/sister-cities/id/place/cn/city/nanning"), SC.country, None)))
    assert any("A locality without a country" in m and "nanning" in m for m in messages), messages


def test_check_query_catches_a_stage_dated_in_the_future():
    def mutate(graph):
        event = next(graph.objects(TWINNING, SC.event))
        graph.set((event, SDO.startDate, Literal("2999-01-01", datatype=XSD.date)))

    messages = _broken(mutate)
    assert any("A stage dated in the future" in m for m in messages), messages


def test_records_refuse_real_mistakes_before_they_become_triples():
    data = seed_data()
    data["relations"][0]["b"] = {"name": "Bekasi Regency", "kind": "regency", "country": "ID"}
    with pytest.raises(RecordError, match="two distinct localities"):
        curated_record(data)
    data = seed_data()
    data["relations"][0]["stage"] = "signed"
    with pytest.raises(RecordError, match="unknown stage 'signed'"):
        curated_record(data)
    data = seed_data()
    data["relations"][0]["event_date"] = "19 Jan 2023"
    with pytest.raises(RecordError, match="not an ISO date"):
        curated_record(data)
    data = seed_data()
    data["legal_instruments"][0]["number"] = None
    with pytest.raises(RecordError, match="needs a number"):
        curated_record(data)
    data = seed_data()
    data["relations"][0]["a"]["country"] = "Atlantis"
    with pytest.raises(RecordError, match="unknown country 'Atlantis'"):
        curated_record(copy.deepcopy(data))
    data = seed_data()
    data["relations"][0]["b"] = {"name": "Tustin", "kind": "city", "country": "US", "geonames_id": "Q5404119"}
    with pytest.raises(RecordError, match="not a GeoNames id"):
        curated_record(data)


# --- queries ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ['"} ; DROP ALL ; {', "> . ?s ?p ?o", "Bekasi\" . ?s ?p ?o . #",
                                   "<http://x> } UNION { ?s ?p ?o", "Q10340\" }"])
def test_injection_attempts_return_no_rows_and_change_nothing(value):
    dataset = seed_dataset()
    before = quads(dataset)
    select = dataset_select(dataset)
    assert run(find_query("partners"), {"locality": value}, select).rows == []
    assert run(find_query("legal-basis"), {"locality": value}, select).rows == []
    assert quads(dataset) == before


def test_unknown_parameters_and_names_are_errors():
    select = dataset_select(seed_dataset())
    with pytest.raises(ParameterError, match="query 'partners' has no parameter 'city'"):
        run(find_query("partners"), {"city": "Bogor"}, select)
    with pytest.raises(ParameterError, match="needs --param locality=VALUE"):
        run(find_query("partners"), {}, select)
    with pytest.raises(ParameterError, match="unknown stage 'signed'"):
        run(find_query("twinnings"), {"stage": "signed"}, select)
    with pytest.raises(QueryError, match="unknown query 'partner'"):
        find_query("partner")


def test_query_headers_are_checked_when_read():
    body = "SELECT ?a WHERE { ?a ?b ?c }"
    with pytest.raises(QueryError, match="parameter 'city' is declared but \\?city is not used"):
        parse_query("# title: t\n# param: city string optional - x\n# columns: a\n" + body, name="q")
    with pytest.raises(QueryError, match="lists columns a, b but the query selects a"):
        parse_query("# title: t\n# columns: a, b\n" + body, name="q")
    with pytest.raises(QueryError, match="no '# title:' line"):
        parse_query("# columns: a\n" + body, name="q")
    with pytest.raises(QueryError, match="not valid SPARQL"):
        parse_query("# title: t\n# columns: a\nSELECT ?a WHERE { ?a ", name="q")


def test_every_shipped_query_reads_cleanly():
    from sister_cities.queries import available_queries
    from sister_cities.resources import queries_dir

    named = available_queries()
    assert {"twinnings", "partners", "legal-basis", "initiators", "people", "sources"} <= set(named)
    assert available_queries(queries_dir() / "checks")

"""Values into queries: one serialiser (`queries.sparql_term`), proved on both stores and a server.

Whatever the text (quotes, backslashes, line breaks, `\\u0022` spelled out, SPARQL keywords), a bound
value reads back as exactly itself and never leaves its literal: the query around it keeps its
shape, matches nothing it should not, and sends no request anywhere (`SERVICE`).
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

from servers import Reply, ScriptedServer
from sister_cities.build import default_store, seed_dataset
from sister_cities.graphstore import MemoryStore, OxigraphStore, copy_store
from sister_cities.queries import (
    ParameterError,
    QueryError,
    dataset_select,
    find_query,
    run,
    sparql_iri,
    sparql_term,
    values_block,
)
from sister_cities.server import GraphServer, endpoint_select
from sister_cities.wikidata_client import fill_values

TRICKY = ["\\", '"', "'", "\n", "\r", "\t", "u", "U", "0022", "005C", "\\u0022", "\\U00000022", '"""', "'''",
          "}", "{", "#", "<", ">", "UNDEF", " } ", "SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c }", "\x00", "\u2028"]
texts = st.lists(st.one_of(st.characters(), st.sampled_from(TRICKY)), max_size=12).map("".join)
languages = st.sampled_from(["en", "id", "pt-BR", "zh-Hant-TW"])

ROUND_TRIP = 'SELECT ?x ?after WHERE {{ {block} BIND("after" AS ?after) }}'


def stores():
    return {"rdflib": dataset_select(Dataset(default_union=True)), "oxigraph": OxigraphStore().select}


SELECTS = stores()


@pytest.mark.parametrize("store", sorted(SELECTS))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, language=languages)
def test_any_text_round_trips_and_stays_in_its_literal(store, text, language):
    select = SELECTS[store]
    for term in (Literal(text), Literal(text, lang=language)):
        if has_lone_surrogate(text):  # no store can hold one: refused before any query is written
            with pytest.raises(ParameterError, match="is not valid UTF-8 text$"):
                values_block("x", [term])
            continue
        result = select(ROUND_TRIP.format(block=values_block("x", [term])))
        assert result.rows == [(term, Literal("after"))]


def has_lone_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@settings(max_examples=40, deadline=None)
@given(text=texts)
def test_any_text_round_trips_through_a_served_endpoint(text):
    if has_lone_surrogate(text):
        return
    with GraphServer(OxigraphStore().raw, port=0) as server:
        result = endpoint_select(server.query_url)(ROUND_TRIP.format(block=values_block("x", [Literal(text)])))
    assert result.rows == [(Literal(text), Literal("after"))]


@pytest.fixture(scope="module")
def seed_stores():
    memory = MemoryStore(seed_dataset())
    return {"rdflib": memory, "oxigraph": copy_store(memory, "oxigraph")}


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_locality_text_matches_nothing_in_a_named_query(seed_stores, store, text):
    select = seed_stores[store].select
    if has_lone_surrogate(text):
        with pytest.raises(ParameterError, match="is not valid UTF-8 text$"):
            run(find_query("partners"), {"locality": "xx" + text}, select)
        return
    assert run(find_query("partners"), {"locality": "xx" + text}, select).rows == []


# --- the cases the reliability pass found ---------------------------------------------------------------

@pytest.fixture(scope="module")
def embedded():
    oxigraph = default_store("oxigraph")
    return {"rdflib": MemoryStore(seed_dataset()), "oxigraph": oxigraph}


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_a_multi_line_value_ending_in_a_backslash_quote_matches_nothing(embedded, store):
    select = embedded[store].select
    assert run(find_query("partners"), {"locality": ' UNDEF }\n#\\"'}, select).rows == []
    assert run(find_query("twinnings-filtered"), {"country": ' UNDEF }\n#\\"'}, select).rows == []
    assert run(find_query("resting-on"), {"instrument": ' UNDEF }\n#\\"'}, select).rows == []


@pytest.mark.parametrize("store", ["rdflib", "oxigraph", "endpoint"])
def test_a_value_naming_a_service_sends_no_request(embedded, store):
    with ScriptedServer([Reply(200, b"{}", {"Content-Type": "application/sparql-results+json"})]) as trap:
        for value in (f'x" }} SERVICE <{trap.url}> {{ ?a ?b ?c }} #',
                      f'x\\" }}\nSERVICE <{trap.url}> {{ ?a ?b ?c }}\n#\\"',
                      f'x\\u0022 }} SERVICE <{trap.url}> {{ ?a ?b ?c }} #'):
            if store == "endpoint":
                with GraphServer(embedded["oxigraph"].raw, port=0) as server:
                    rows = run(find_query("partners"), {"locality": value}, endpoint_select(server.query_url)).rows
            else:
                rows = run(find_query("partners"), {"locality": value}, embedded[store].select).rows
            assert rows == []
        assert trap.received == []


def test_wikidata_values_blocks_use_the_same_serialiser():
    label = Literal('Sétif\\u0022 } ?s ?p ?o {\n\\', lang="fr")
    query = fill_values("SELECT ?label WHERE { VALUES ?label { } }", label=[label])
    assert query == "SELECT ?label WHERE { " + values_block("label", [label]) + " }"
    assert OxigraphStore().select(query).rows == [(label,)]
    assert dataset_select(Dataset())(query).rows == [(label,)]


@pytest.mark.parametrize("bad", ["http://x> . ?s ?p ?o . <y", "http://x y", "", "http://x\\u003E", "http://x\x01"])
def test_iris_with_forbidden_characters_are_refused(bad):
    with pytest.raises(ParameterError, match="is not an IRI$"):
        sparql_iri(bad)


def test_lone_surrogates_and_blank_nodes_are_refused():
    from rdflib import BNode

    with pytest.raises(ParameterError, match=r"^value '\\udcff' is not valid UTF-8 text$"):
        sparql_term(Literal("\udcff"))
    with pytest.raises(ParameterError, match="not BNode"):
        sparql_term(BNode())
    with pytest.raises(QueryError, match=r"^locality 'Bek\\udce4si' is not valid UTF-8 text$"):
        run(find_query("partners"), {"locality": "Bek\udce4si"}, OxigraphStore().select)
    assert sparql_term(URIRef("http://example.org/é")) == "<http://example.org/é>"
    assert sparql_term(Literal(5)) == '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'


@pytest.mark.parametrize("argv", [
    [b"query", b"partners", b"--param", b"locality=Bek\xe4si"],
    [b"path", b"Bek\xe4si", b"Bogor"],
    [b"viz", b"--query", b"partners", b"--param", b"locality=\xff", b"-o", b"/dev/null"],
    [b"build", b"--articles", b"berita.txt", b"--title", b"Berita \xff", b"--out", b"out"],
    [b"build", b"--articles", b"berita.txt", b"--url", b"http://example.org/\xff", b"--out", b"out"],
    [b"extract", b"berita.txt", b"--published", b"2024\xff"],
    [b"query", b"sources", b"--endpoint", b"http://127.0.0.1:1/\xff"],
    [b"link", b"--endpoint", b"http://127.0.0.1:1/\xff", b"--out", b"linked.trig"],
])
def test_invalid_utf8_on_the_command_line_is_a_one_line_error(argv, tmp_path):
    (tmp_path / "berita.txt").write_text("Kota Malang dan Kota Nagoya menandatangani MoU sister city.", encoding="utf-8")
    process = subprocess.run([sys.executable.encode(), b"-c", b"from sister_cities.cli import main; main()", *argv],
                             capture_output=True, timeout=120, cwd=tmp_path)
    assert process.returncode == 1, process.stderr
    assert "is not valid UTF-8 text" in process.stderr.decode(), process.stderr
    assert process.stderr.count(b"\n") == 1 and b"Traceback" not in process.stderr

"""A second real store: the graphs pushed to Virtuoso 7 (Debian's virtuoso-opensource, the store
behind DBpedia) answer every named query with exactly the rows of our own store.

The named queries are the product's public interface, so they are written in standard SPARQL 1.1:
a query that only Oxigraph accepts, or that gives other rows elsewhere, fails here.
"""
from __future__ import annotations

import os
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, example, given, settings
from rdflib import Literal

from known_graph import known_dataset
from servers import VirtuosoServer
from test_parameters import ROUND_TRIP, has_lone_surrogate, texts
from sister_cities.build import default_store
from sister_cities.cli import cli
from sister_cities.graphstore import MemoryStore, copy_store
from sister_cities.queries import available_queries, find_query, run, values_block
from sister_cities.server import endpoint_select, push


TWINNING = "https://w3id.org/sister-cities/id/twinning/"
CASES = {
    # each named query once without its optional parameters, and once or more with them
    "embedded": {
        "counts-by-country-pair": [{}],
        "counts-by-province": [{}, {"country": "Indonesia"}],
        "initiators": [{}, {"locality": "Bekasi Regency"}],
        "legal-basis": [{}, {"locality": "Bekasi Regency"}],
        "network-edges": [{}, {"twinning": TWINNING + "id-regency-bekasi-regency--kr"}],
        "network-evidence": [{}],
        "network-neighbours": [{"place": "Jakarta"}],
        "network-nodes": [{}, {"place": "Q10393"}],
        "network-sources": [{}],
        "partners-two-steps": [{"locality": "Jakarta"}],
        "partners-within": [{"locality": "West Java"}],
        "partners": [{"locality": "Jakarta"}, {"locality": "Kabupaten Bekasi"}],
        "people": [{}],
        "resting-on": [{"instrument": "193/1652/PUOD"}],
        "single-source-facts": [{}, {"locality": "Bogor"}],
        "sources": [{}],
        "stuck-early": [{}],
        "timeline": [{"locality": "Bekasi Regency"}, {"locality": "Bekasi Regency", "partner": "South Korea"}],
        "twinnings-filtered": [{}, {"stage": "active", "country": "Japan"}, {"from": "2020", "to": "2024"}],
        "twinnings": [{}, {"stage": "mou_signed"}],
        "without-wikidata": [{}],  # only Kosovo, a country the gazetteer has no QID for: every place is linked
    },
    "known": {
        "counts-by-country-pair": [{}],
        "counts-by-province": [{}, {"country": "South Korea"}],
        "initiators": [{}],
        "legal-basis": [{}, {"locality": "Bogor"}],
        "network-edges": [{}, {"twinning": TWINNING + "id-city-bandung--kr-city-suwon"}],
        "network-evidence": [{}],  # the known graph's records say where nothing stands: no rows
        "network-neighbours": [{"place": "Suwon"}],
        "network-nodes": [{}, {"place": "Suwon"}],
        "network-sources": [{}],
        "partners-two-steps": [{"locality": "Bandung"}],
        "partners-within": [{"locality": "West Java"}],
        "partners": [{"locality": "Bandung"}, {"locality": "Suwon"}],
        "people": [{}],
        "resting-on": [{"instrument": "3/2008"}],
        "single-source-facts": [{}, {"locality": "Bandung"}],
        "sources": [{}],
        "stuck-early": [{}],
        "timeline": [{"locality": "Bandung"}, {"locality": "Bandung", "partner": "Suwon"}],
        "twinnings-filtered": [{}, {"stage": "renewed"}, {"from": "2019", "to": "2020-03"}, {"country": "Japan"}],
        "twinnings": [{}, {"stage": "loi_signed"}],
        "without-wikidata": [{}, {"country": "China"}],
    },
}


def local_store(name: str):
    return default_store("oxigraph") if name == "embedded" else copy_store(MemoryStore(known_dataset()), "oxigraph")


def empty(virtuoso) -> None:
    """Delete every graph pushed so far (Graph Store Protocol DELETE), so that one test graph at a time
    is on the server."""
    for graph in virtuoso.pushed_graphs:
        target = virtuoso.store_url + "?" + urllib.parse.urlencode({"graph": graph})
        with urllib.request.urlopen(urllib.request.Request(target, method="DELETE"), timeout=60):
            pass
    virtuoso.pushed_graphs = []


@pytest.fixture(scope="module")
def virtuoso():
    reason = VirtuosoServer.missing()
    if reason:
        # In CI (.ci/run installs it) a missing Virtuoso is a broken setup, not a reason to pass quietly.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(reason)
    with VirtuosoServer() as server:
        server.pushed_graphs = []
        yield server


@pytest.fixture(scope="module", params=sorted(CASES))
def pushed(request, virtuoso):
    """One test graph in Virtuoso, and its local store."""
    empty(virtuoso)
    local = local_store(request.param)
    virtuoso.pushed_graphs = [item.graph for item in push(local, virtuoso.store_url)]
    return request.param, local, endpoint_select(virtuoso.query_url)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
@example(text="a\x00b")  # Virtuoso reads a query as a C string: a raw NUL cut it short
@example(text='x" } SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c } #\\"')
def test_any_text_round_trips_on_virtuoso(virtuoso, text):
    """The one serialiser of values holds on the second store too: any text stays in its literal and
    reads back as itself, but for NUL: Virtuoso keeps strings as C strings, so a NUL ends the value
    it holds (never the query, which is why it is written as an escape)."""
    assume(not has_lone_surrogate(text))
    result = endpoint_select(virtuoso.query_url)(ROUND_TRIP.format(block=values_block("x", [Literal(text)])))
    assert len(result.rows) == 1 and result.rows[0][1] == Literal("after")
    if "\x00" not in text:
        assert result.rows[0][0] == Literal(text)


def test_every_named_query_has_cases():
    for cases in CASES.values():
        assert sorted(cases) == sorted(available_queries())


@pytest.mark.parametrize("name", sorted(available_queries()))
def test_every_named_query_gives_exactly_the_local_rows_on_virtuoso(pushed, name):
    graph, local, remote = pushed
    query = find_query(name)
    for params in CASES[graph][name]:
        expected = run(query, params, local.select, strict=True)
        assert run(query, params, remote, strict=True).rows == expected.rows, params


def test_the_test_graphs_give_rows(pushed):
    """The comparison means something only where there are rows to compare."""
    graph, local, _remote = pushed
    empty = [(name, params) for name, cases in CASES[graph].items() for params in cases
             if not run(find_query(name), params, local.select).rows]
    # every place of the embedded graph is linked to Wikidata, so without-wikidata is compared on the other
    assert empty == ([("without-wikidata", {})] if graph == "embedded"
                     else [("initiators", {}), ("network-evidence", {}), ("people", {})])


def test_push_and_query_commands_against_virtuoso(virtuoso, tmp_path):
    empty(virtuoso)
    graph = tmp_path / "graph.trig"
    local = default_store("oxigraph")
    local.save(graph)
    runner = CliRunner()
    pushed = runner.invoke(cli, ["push", "--endpoint", virtuoso.store_url, "--graph", str(graph)])
    virtuoso.pushed_graphs = [str(name) for name in local.graph_names()]
    assert pushed.exit_code == 0, pushed.output
    assert pushed.output.splitlines()[-1] == f"pushed 4 named graphs to {virtuoso.store_url}"
    asked = [runner.invoke(cli, ["query", "partners", "--param", "locality=Q10393", "--format", "json", *where])
             for where in (["--endpoint", virtuoso.query_url], ["--graph", str(graph)])]
    assert asked[0].exit_code == 0 and asked[0].output == asked[1].output

"""Reading only the part of the network asked for: `neighbourhood` (viz --center) and
`chain_network` (path) give what the whole-network projection gives, on every test graph.

The graphs: the known graph (tests/data/known-graph/), the embedded graph (104 twinnings, hubs with
two dozen partners), the same graph as Turtle (no named graphs: the default-graph branch of the
queries), and networks drawn at random from invented sources, where equally short chains abound.
"""
from __future__ import annotations

import re

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings

from sister_cities.analysis import NoPath, shortest_chain, shortest_path
from sister_cities.build import default_store
from sister_cities.graphstore import MemoryStore, copy_store, open_store
from sister_cities.network import (
    NotInNetwork,
    chain_network,
    find_locality,
    locality_network,
    neighbourhood,
)

from invented_sources import dataset_of, sources
from known_graph import known_dataset

PLACE = "https://w3id.org/sister-cities/id/place/"


def same_network(part: nx.Graph, whole_cut: nx.Graph, whole: nx.Graph) -> None:
    """Same nodes and edges with the same attributes; `part` in IRI order; each node of `part` also
    knows its number of twinnings in the whole network (for the card's "N of M shown")."""
    assert list(part) == sorted(whole_cut)
    assert {node: whole.degree(node) for node in whole_cut} == dict(part.nodes(data="all_twinnings"))
    assert ({node: {k: v for k, v in data.items() if k != "all_twinnings"} for node, data in part.nodes(data=True)}
            == dict(whole_cut.nodes(data=True)))
    assert ({frozenset(e): d for *e, d in part.edges(data=True)}
            == {frozenset(e): d for *e, d in whole_cut.edges(data=True)})


def assert_neighbourhoods_agree(store, depths=(1, 2, 3), centers=None) -> None:
    whole = locality_network(store)
    for center in sorted(whole) if centers is None else centers:
        for depth in depths:
            same_network(neighbourhood(store, center, depth), nx.ego_graph(whole, center, radius=depth), whole)


def assert_chains_agree(store, pairs=None) -> None:
    whole = locality_network(store)
    nodes = sorted(whole)
    for a, b in pairs or [(a, b) for a in nodes for b in nodes if a != b]:
        try:
            expected = shortest_chain(whole, a, b)
        except NoPath as error:
            with pytest.raises(NoPath, match=f"^{re.escape(str(error))}$"):
                chain_network(store, a, b)
            continue
        chain = chain_network(store, a, b)
        assert shortest_chain(chain, a, b) == expected
        assert chain.number_of_nodes() == len(expected) + 1 == chain.number_of_edges() + 1


@pytest.fixture(scope="module")
def known():
    dataset = known_dataset()
    return {"memory": MemoryStore(dataset), "oxigraph": copy_store(MemoryStore(dataset), "oxigraph")}


@pytest.fixture(scope="module")
def embedded():
    return default_store("oxigraph")


def test_neighbourhoods_of_the_known_graph(known):
    assert_neighbourhoods_agree(known["oxigraph"])


def test_chains_of_the_known_graph(known):
    assert_chains_agree(known["oxigraph"])


def test_rdflibs_engine_reads_the_same_parts(known):
    """The bound queries on rdflib's memory store (slow there: a few places only)."""
    assert_neighbourhoods_agree(known["memory"], depths=(1, 2), centers=[PLACE + "kr/city/suwon"])
    assert_chains_agree(known["memory"], [(PLACE + "de/city/braunschweig", PLACE + "jp/city/hamamatsu"),
                                          (PLACE + "id/city/bogor", PLACE + "id/city/semarang")])


def test_neighbourhoods_of_the_embedded_graph(embedded):
    assert_neighbourhoods_agree(embedded, depths=(1, 2))


def test_chains_of_the_embedded_graph(embedded):
    nodes = sorted(locality_network(embedded))
    assert_chains_agree(embedded, [(a, b) for a in nodes[::7] for b in nodes[3::5] if a != b])


def test_a_graph_without_named_graphs(tmp_path, embedded):
    """Turtle keeps no graph names: every twinning is read from the union (network-edges' second branch)."""
    flat = open_store(embedded.save(tmp_path / "embedded.ttl"), kind="oxigraph")
    whole = locality_network(flat)
    assert whole.number_of_edges() == 104
    hubs = sorted(whole, key=lambda n: (-whole.degree(n), n))[:3]
    assert_neighbourhoods_agree(flat, depths=(1, 2), centers=hubs)
    assert_chains_agree(flat, [(hubs[0], n) for n in sorted(whole)[::9] if n != hubs[0]])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources(10, relations=6, count=3))
def test_any_invented_network(told):
    store = copy_store(MemoryStore(dataset_of(told)), "oxigraph")
    assert_neighbourhoods_agree(store)
    assert_chains_agree(store)


def test_a_place_without_twinnings_has_no_neighbourhood(known):
    store = known["oxigraph"]
    iri = "https://w3id.org/sister-cities/id/place/au/province/queensland"
    with pytest.raises(NotInNetwork, match=f"^{iri} takes part in no twinning$"):
        neighbourhood(store, iri, 1)


def test_find_locality_asks_the_store_without_a_network(known):
    store = known["oxigraph"]
    whole = locality_network(store)
    for name in ("Bandung", "bandung", "Kota Bandung", "Q10389", "Suwon", "Bandnug", "Atlantis", "Queensland", " "):
        try:
            expected = find_locality(name, store.select, whole)
        except LookupError as error:
            with pytest.raises(type(error), match=f"^{re.escape(str(error))}$"):
                find_locality(name, store.select)
        else:
            assert find_locality(name, store.select) == expected


# --- one rule for equally short chains ----------------------------------------------------------------

def test_of_equally_short_chains_the_first_in_iri_order_is_taken_whatever_the_build_order():
    square = [("ex:a", "ex:c"), ("ex:c", "ex:d"), ("ex:a", "ex:b"), ("ex:b", "ex:d"), ("ex:d", "ex:e")]
    for edges in (square, square[::-1]):
        network = nx.Graph(edges)
        assert shortest_path(network, "ex:a", "ex:e") == ["ex:a", "ex:b", "ex:d", "ex:e"]
        assert shortest_path(network, "ex:e", "ex:a") == ["ex:e", "ex:d", "ex:b", "ex:a"]
    with pytest.raises(NoPath, match="^no chain of twinnings links ex:a and ex:z$"):
        shortest_path(nx.Graph([*square, ("ex:y", "ex:z")]), "ex:a", "ex:z")

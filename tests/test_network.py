"""The network projection of the known graph (tests/data/known-graph/, invented facts)."""
from __future__ import annotations


import pytest
from rdflib import Literal, URIRef

from sister_cities import build
from sister_cities.graphstore import MemoryStore, copy_store
from sister_cities.network import (
    AmbiguousLocality,
    LocalityNotFound,
    NotInNetwork,
    as_select,
    country_network,
    find_locality,
    locality_network,
    province_network,
    query_localities,
)
from sister_cities.queries import dataset_select, find_query
from sister_cities.vocab import SKOS
from sister_cities.viz import page_data

from known_graph import known_dataset

ID = "https://w3id.org/sister-cities/id/"
PLACE = ID + "place/"
BANDUNG, SUWON, BEKASI = PLACE + "id/city/bandung", PLACE + "kr/city/suwon", PLACE + "id/regency/bekasi-regency"
BOGOR, NANNING, HAMAMATSU = PLACE + "id/city/bogor", PLACE + "cn/city/nanning", PLACE + "jp/city/hamamatsu"
SEMARANG, BRISBANE, BRAUNSCHWEIG = PLACE + "id/city/semarang", PLACE + "au/city/brisbane", PLACE + "de/city/braunschweig"
WEST_JAVA, GYEONGGI = PLACE + "id/province/west-java", PLACE + "kr/province/gyeonggi-province"
SOURCE_A = {"iri": ID + "source/article-fixture-a", "title": "Fixture Daily: Bandung and Suwon sign a letter of intent", "url": "https://example.org/fixture/a",
            "published": "2019-06-01"}
SOURCE_B = {"iri": ID + "source/article-fixture-b", "title": "Fixture Post: memorandum signed in Suwon", "url": "https://example.org/fixture/b",
            "published": "2020-03-15"}
SOURCE_C = {"iri": ID + "source/article-fixture-c", "title": "Fixture Weekly: twinning round-up", "url": "https://example.org/fixture/c",
            "published": "2025-04-02"}


@pytest.fixture(scope="module")
def dataset():
    return known_dataset()


@pytest.fixture(scope="module")
def oxigraph(dataset):
    return copy_store(MemoryStore(dataset), "oxigraph")


@pytest.fixture(scope="module")
def network(oxigraph):
    return locality_network(oxigraph)


def test_nodes_are_the_localities_that_take_part_in_twinnings(network):
    assert list(network) == sorted([BANDUNG, SUWON, BEKASI, BOGOR, NANNING, HAMAMATSU, SEMARANG, BRISBANE,
                                    BRAUNSCHWEIG, WEST_JAVA, GYEONGGI])
    assert network.number_of_edges() == 7


def test_node_attributes_follow_the_viz_contract(network):
    assert network.nodes[BANDUNG] == {
        "label": "Bandung", "kind": "city", "country": "Indonesia", "lat": -6.9147, "lon": 107.6098,
        "wikidata": "Q10389", "country_iri": PLACE + "id", "parent": WEST_JAVA,
    }
    assert network.nodes[HAMAMATSU] == {
        "label": "Hamamatsu", "kind": "city", "country": "Japan", "lat": None, "lon": None, "wikidata": None,
        "country_iri": PLACE + "jp", "parent": PLACE + "jp/prefecture/shizuoka-prefecture",
    }


def test_an_edge_takes_the_furthest_stage_with_its_date_and_every_source_and_event(network):
    assert network.edges[BANDUNG, SUWON] == {
        "twinning": ID + "twinning/id-city-bandung--kr-city-suwon",
        "stage": "renewed",
        "date": "2025-03-10",
        "sources": [SOURCE_A, SOURCE_B, SOURCE_C],
        "history": [
            {"stage": "proposed", "date": "2018-11", "source": SOURCE_A["iri"], "source_title": SOURCE_A["title"], "source_url": SOURCE_A["url"]},
            {"stage": "loi_signed", "date": "2019-05-20", "source": SOURCE_A["iri"], "source_title": SOURCE_A["title"], "source_url": SOURCE_A["url"]},
            {"stage": "mou_signed", "date": "2020-03-12", "source": SOURCE_B["iri"], "source_title": SOURCE_B["title"], "source_url": SOURCE_B["url"]},
            {"stage": "mou_signed", "date": "2020-03-12", "source": SOURCE_C["iri"], "source_title": SOURCE_C["title"], "source_url": SOURCE_C["url"]},
            {"stage": "renewed", "date": "2025-03-10", "source": SOURCE_C["iri"], "source_title": SOURCE_C["title"], "source_url": SOURCE_C["url"]},
        ],
    }


def test_ended_wins_and_an_undated_stage_has_no_date(network):
    assert (network.edges[SEMARANG, BRISBANE]["stage"], network.edges[SEMARANG, BRISBANE]["date"]) == ("ended", "2021-02")
    west_java = network.edges[WEST_JAVA, GYEONGGI]
    assert (west_java["stage"], west_java["date"]) == ("active", None)
    assert [(h["stage"], h["date"]) for h in west_java["history"]] == [("agreement_signed", "1997-10"), ("active", None)]


def labelled(network, attribute):
    """Edges as (label, label, value), the labels of each edge in alphabetical order, sorted."""
    return sorted((*sorted((network.nodes[a]["label"], network.nodes[b]["label"])), value)
                  for a, b, value in network.edges(data=attribute))


def test_every_edge_stage(network):
    assert labelled(network, "stage") == [
        ("Bandung", "Braunschweig", "active"),
        ("Bandung", "Suwon", "renewed"),
        ("Bekasi Regency", "Suwon", "proposed"),
        ("Bogor", "Nanning", "loi_signed"),
        ("Brisbane", "Semarang", "ended"),
        ("Gyeonggi Province", "West Java", "active"),
        ("Hamamatsu", "Suwon", "agreement_signed"),
    ]


def test_rdflib_dataset_and_oxigraph_give_the_same_network(dataset, network):
    from_dataset = locality_network(dataset)
    assert list(from_dataset.nodes(data=True)) == list(network.nodes(data=True))
    assert sorted(from_dataset.edges(data="twinning")) == sorted(network.edges(data="twinning"))
    assert from_dataset.edges[BANDUNG, SUWON] == network.edges[BANDUNG, SUWON]


def test_country_network_weights_count_twinnings(oxigraph, network):
    countries = country_network(oxigraph, network=network)
    assert labelled(countries, "weight") == [
        ("Australia", "Indonesia", 1),
        ("China", "Indonesia", 1),
        ("Germany", "Indonesia", 1),
        ("Indonesia", "South Korea", 3),
        ("Japan", "South Korea", 1),
    ]
    assert countries.nodes[PLACE + "id"]["members"] == [BANDUNG, BOGOR, SEMARANG, WEST_JAVA, BEKASI]
    assert countries.nodes[PLACE + "id"]["domestic"] == 0


def test_province_network_rolls_places_up_and_keeps_places_without_a_province(oxigraph, network):
    provinces = province_network(oxigraph, network=network)
    assert labelled(provinces, "weight") == [
        ("Braunschweig", "West Java", 1),
        ("Central Java", "Queensland", 1),
        ("Guangxi", "West Java", 1),
        ("Gyeonggi Province", "Shizuoka Prefecture", 1),
        ("Gyeonggi Province", "West Java", 3),
    ]
    assert provinces.nodes[WEST_JAVA]["members"] == [BANDUNG, BOGOR, WEST_JAVA, BEKASI]
    assert provinces.nodes[WEST_JAVA]["kind"] == "province"
    assert provinces.nodes[BRAUNSCHWEIG]["members"] == [BRAUNSCHWEIG]


def test_a_twinning_inside_one_country_counts_as_domestic():
    dataset = known_dataset()
    build.add_record(dataset, known_graph_record_with_domestic_twinning())  # Bandung and Bogor
    domestic = copy_store(MemoryStore(dataset), "oxigraph")
    countries = country_network(domestic)
    assert countries.nodes[PLACE + "id"]["domestic"] == 1
    provinces = province_network(domestic)
    assert provinces.nodes[WEST_JAVA]["internal"] == 1


def known_graph_record_with_domestic_twinning():
    from sister_cities.build import curated_record

    return curated_record({
        "id": "fixture-domestic",
        "source": {"key": "article/fixture-domestic", "kind": "news_article", "title": "Fixture: two cities of one province"},
        "localities": [
            {"name": "West Java", "kind": "province", "country": "ID"},
            {"name": "Bandung", "kind": "city", "country": "ID", "part_of": "West Java"},
            {"name": "Bogor", "kind": "city", "country": "ID", "part_of": "West Java"},
        ],
        "relations": [{"a": {"name": "Bandung", "kind": "city", "country": "ID"},
                       "b": {"name": "Bogor", "kind": "city", "country": "ID"}, "stage": "proposed"}],
    })


def test_the_viz_page_draws_the_network_with_its_sources(network):
    data = page_data(network, title="known", layout="geo")
    assert len(data["places"]) == 11 and len(data["twinnings"]) == 7
    bandung_suwon = next(t for t in data["twinnings"] if t["iri"] == ID + "twinning/id-city-bandung--kr-city-suwon")
    assert [data["sources"][s["source"]]["href"] for s in bandung_suwon["sources"]] == [
        SOURCE_A["url"], SOURCE_B["url"], SOURCE_C["url"]]
    assert [h["stage"] for h in bandung_suwon["history"]] == [
        "proposed", "loi_signed", "mou_signed", "mou_signed", "renewed"]
    # each step names its source by the same entry of the page's list of sources
    assert {h["source"] for h in bandung_suwon["history"]} <= {s["source"] for s in bandung_suwon["sources"]}
    assert {p["label"]: p["placement"] for p in data["places"]}["Bandung"] == "exact"


def test_an_empty_graph_gives_an_empty_network():
    assert locality_network(build.new_dataset()).number_of_nodes() == 0


def test_as_select_takes_a_select_a_store_or_a_dataset(dataset, oxigraph):
    select = dataset_select(dataset)
    assert as_select(select) is select
    assert as_select(oxigraph) == oxigraph.select
    with pytest.raises(TypeError, match="^expected a Select, a graph store or an rdflib Dataset, got int$"):
        as_select(3)


# --- finding localities -------------------------------------------------------------------------------

def test_find_locality_by_label_local_label_qid_or_iri(oxigraph, network):
    for name in ("Bandung", "bandung", "Kota Bandung", "Q10389", BANDUNG):
        assert find_locality(name, oxigraph.select, network) == BANDUNG


def test_find_locality_suggests_close_labels(oxigraph, network):
    with pytest.raises(LocalityNotFound, match=r"^no locality 'Bandnug' in the graph; did you mean Bandung\?$"):
        find_locality("Bandnug", oxigraph.select, network)
    with pytest.raises(LocalityNotFound, match=r"^no locality 'Atlantis' in the graph$"):
        find_locality("Atlantis", oxigraph.select, network)


def test_find_locality_of_a_place_without_twinnings(oxigraph, network):
    with pytest.raises(NotInNetwork, match=r"^'Queensland' takes part in no twinning$"):
        find_locality("Queensland", oxigraph.select, network)


def test_find_locality_refuses_an_ambiguous_label():
    dataset = known_dataset()
    dataset.graph(URIRef(ID + "graph/fixture-alias")).add((URIRef(SUWON), SKOS.altLabel, Literal("Bandung")))
    twice = copy_store(MemoryStore(dataset), "oxigraph")
    with pytest.raises(AmbiguousLocality, match=rf"^'Bandung' names 2 localities \({BANDUNG}, {SUWON}\); give an IRI or a QID$"):
        find_locality("Bandung", twice.select, locality_network(twice))


def test_query_localities_are_the_row_iris_and_the_locality_asked_about(oxigraph, network):
    partners = find_query("partners")
    assert query_localities(partners, {"locality": "Suwon"}, oxigraph.select, network) == [BANDUNG, BEKASI, HAMAMATSU, SUWON]
    assert query_localities(find_query("counts-by-country-pair"), {}, oxigraph.select, network) == []
    # rows that name twinnings stand for both their localities
    assert query_localities(find_query("resting-on"), {"instrument": "3/2008"}, oxigraph.select, network) == [
        BRISBANE, NANNING, BANDUNG, BOGOR, SEMARANG, SUWON]


def test_a_twinning_without_events_keeps_its_reported_stage_as_an_undated_step():
    """Bulk sources (Wikidata P190, tables of pairs) state a stage without events; the stage must
    not be taken from some other concept of the vocabulary."""
    dataset = known_dataset()
    graph_b = dataset.graph(URIRef(ID + "graph/curated-known-graph-b"))
    twinning = URIRef(ID + "twinning/cn-city-nanning--id-city-bogor")
    assert len(graph_b) > 0
    graph_b.remove((twinning, URIRef("https://w3id.org/sister-cities/ontology#event"), None))
    network = locality_network(copy_store(MemoryStore(dataset), "oxigraph"))
    edge = network.edges[BOGOR, NANNING]
    assert (edge["stage"], edge["date"], edge["sources"]) == ("loi_signed", None, [SOURCE_B])
    assert edge["history"] == [{"stage": "loi_signed", "date": None, "source": SOURCE_B["iri"], "source_title": SOURCE_B["title"],
                                "source_url": SOURCE_B["url"]}]


def test_the_module_docstring_example_holds():
    import doctest

    from sister_cities import network

    assert doctest.testmod(network).failed == 0


# --- property: whatever the sources say, the edge folds them by the documented rule -----------------

from hypothesis import HealthCheck, given, settings  # noqa: E402

from sister_cities.network import STAGE_RANK  # noqa: E402

from invented_sources import CITIES, dataset_of, sources  # noqa: E402


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources(5))
def test_edges_fold_any_sources_by_the_furthest_stage_rule(told):
    network = locality_network(copy_store(MemoryStore(dataset_of(told)), "oxigraph"))
    # what each source says about each pair: every relation of the pair in its record
    said: dict[frozenset, dict[int, set]] = {}
    for number, relations in enumerate(told):
        for i, j, stage, date in relations:
            said.setdefault(frozenset((CITIES[i][0], CITIES[j][0])), {}).setdefault(number, set()).add((stage, date))
    pairs = {frozenset((network.nodes[a]["label"], network.nodes[b]["label"])): data
             for a, b, data in network.edges(data=True)}
    assert set(pairs) == set(said)
    for pair, edge in pairs.items():
        stages = {stage for told_by in said[pair].values() for stage, _ in told_by}
        furthest = max(stages, key=STAGE_RANK.__getitem__)
        assert edge["stage"] == furthest
        furthest_dates = [d for told_by in said[pair].values() for s, d in told_by if s == furthest and d]
        assert edge["date"] == (max(furthest_dates) if furthest_dates else None)
        assert [s["title"] for s in edge["sources"]] == [f"Source {n}" for n in sorted(said[pair])]
        assert {(h["stage"], h["date"], h["source_title"]) for h in edge["history"]} == {
            (s, d, f"Source {n}") for n, told_by in said[pair].items() for s, d in told_by}
        dated = [h["date"] for h in edge["history"] if h["date"]]
        assert dated == sorted(dated)

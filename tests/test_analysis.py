"""Analysis of the known graph (tests/data/known-graph/, invented facts): exact numbers.

The largest component of the known graph is a small tree (Braunschweig – Bandung – Suwon, with
Bekasi Regency and Hamamatsu on Suwon), whose leading eigenvalue is sqrt(2 + sqrt(2)); its
eigenvector gives Bandung exactly 1/2 and each of Suwon's leaves 1/(2 sqrt 2).
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sister_cities.analysis import (
    Community,
    CountryCount,
    NoPath,
    SECTIONS,
    StageShare,
    analyze,
    eigenvector,
    format_json,
    format_table,
    shortest_chain,
)
from sister_cities.graphstore import MemoryStore, copy_store
from sister_cities.network import locality_network
from sister_cities.vocab import STAGES

from known_graph import known_dataset

PLACE = "https://w3id.org/sister-cities/id/place/"
SUWON = PLACE + "kr/city/suwon"
HAMAMATSU, BRAUNSCHWEIG = PLACE + "jp/city/hamamatsu", PLACE + "de/city/braunschweig"
BOGOR, SEMARANG = PLACE + "id/city/bogor", PLACE + "id/city/semarang"


@pytest.fixture(scope="module")
def network():
    dataset = known_dataset()
    return locality_network(copy_store(MemoryStore(dataset), "oxigraph"))


@pytest.fixture(scope="module")
def report(network):
    return analyze(network, top=5)


def test_size_and_components(report):
    assert (report.nodes, report.edges, report.components, report.largest_component, report.isolated) == (11, 7, 4, 5, 0)
    assert report.density == pytest.approx(7 / 55)
    assert report.average_degree == pytest.approx(14 / 11)


def test_degree_ranking_breaks_ties_by_label(report):
    assert [(r.label, r.country, r.value) for r in report.degree] == [
        ("Suwon", "South Korea", 3), ("Bandung", "Indonesia", 2), ("Bekasi Regency", "Indonesia", 1),
        ("Bogor", "Indonesia", 1), ("Braunschweig", "Germany", 1),
    ]


def test_betweenness_is_exact_on_a_small_graph(report):
    assert report.betweenness_samples is None
    # Suwon lies on 5 of the 45 pairs of the other ten localities, Bandung on 3
    assert [(r.label, round(r.value, 6)) for r in report.betweenness[:3]] == [
        ("Suwon", round(5 / 45, 6)), ("Bandung", round(3 / 45, 6)), ("Bekasi Regency", 0.0)]


def test_eigenvector_on_the_largest_component(report):
    assert report.eigenvector_note == "sparse eigensolver over the largest component (5 of 11 localities)"
    largest = math.sqrt(2 + math.sqrt(2))
    norm = math.sqrt(1 + (largest / (largest**2 - 1)) ** 2 + 2 / largest**2 + (1 / (largest**2 - 1)) ** 2)
    assert [r.label for r in report.eigenvector] == ["Suwon", "Bandung", "Bekasi Regency", "Hamamatsu", "Braunschweig"]
    assert [r.value for r in report.eigenvector] == pytest.approx(
        [1 / norm, 0.5, 1 / (2 * math.sqrt(2)), 1 / (2 * math.sqrt(2)), 1 / (largest**2 - 1) / norm], abs=1e-6)


def test_tied_eigenvector_scores_tie_exactly_and_rank_by_label(report, network):
    """Bekasi Regency and Hamamatsu hang off Suwon alike: equal to the last digit, on every call
    (ARPACK started from a random vector would make them differ in the last digits, in any order)."""
    by_label = {r.label: r.value for r in report.eigenvector}
    assert by_label["Bekasi Regency"] == by_label["Hamamatsu"]
    assert [analyze(network, top=5).eigenvector for _ in range(5)] == [report.eigenvector] * 5


def test_analyze_prints_the_same_in_every_process():
    """Processes with their own hash seeds (and, before, their own eigensolver starts) print one report."""
    command = [sys.executable, "-c", "from sister_cities.cli import main; main()", "analyze", "--top", "10"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONHASHSEED=str(seed)))
            for seed in range(3)]
    printed = [run.communicate(timeout=120)[0] for run in runs]
    assert "Eigenvector centrality (sparse eigensolver over the largest component" in printed[0]
    assert printed == [printed[0]] * 3


def test_eigenvector_of_one_twinning_and_of_none():
    pair = nx.Graph([("ex:a", "ex:b")])
    scores, note = eigenvector(pair)
    assert note == "power iteration over the whole graph"
    assert scores == pytest.approx({"ex:a": math.sqrt(0.5), "ex:b": math.sqrt(0.5)})
    lonely = nx.Graph()
    lonely.add_nodes_from(["ex:a", "ex:b"])
    assert eigenvector(lonely) == ({}, "no twinnings: eigenvector centrality is undefined")


def test_louvain_communities_with_the_fixed_seed(report):
    assert report.community_count == 5
    assert report.modularity == pytest.approx(0.6224489795918368)
    assert report.communities == [
        Community(size=3, hubs=("Suwon", "Bekasi Regency", "Hamamatsu"), countries=("Indonesia", "Japan", "South Korea")),
        Community(size=2, hubs=("Brisbane", "Semarang"), countries=("Australia", "Indonesia")),
        Community(size=2, hubs=("Bogor", "Nanning"), countries=("China", "Indonesia")),
        Community(size=2, hubs=("Bandung", "Braunschweig"), countries=("Germany", "Indonesia")),
        Community(size=2, hubs=("Gyeonggi Province", "West Java"), countries=("Indonesia", "South Korea")),
    ]


def test_countries_and_stage_shares(report):
    assert report.countries == [CountryCount("Indonesia", 6), CountryCount("South Korea", 4), CountryCount("Australia", 1),
                                CountryCount("China", 1), CountryCount("Germany", 1)]
    assert report.stages == [
        StageShare("proposed", 1, 1 / 7), StageShare("loi_signed", 1, 1 / 7), StageShare("agreement_signed", 1, 1 / 7),
        StageShare("active", 2, 2 / 7), StageShare("renewed", 1, 1 / 7), StageShare("ended", 1, 1 / 7),
    ]


def test_betweenness_is_sampled_above_the_limit_and_says_so(network):
    first = analyze(network, exact_limit=5, samples=4)
    again = analyze(network, exact_limit=5, samples=4)
    assert first.betweenness_samples == 4
    assert first.betweenness == again.betweenness
    assert "Betweenness (estimated from k=4 sampled sources, seed 42)" in format_table(first)


def test_table_format(report):
    text = format_table(report)
    assert text.splitlines()[:10] == [
        "localities 11, twinnings 7, density 0.1273, average degree 1.27",
        "components 4 (largest 5 localities), isolated 0",
        "",
        "Most connected localities (twinnings)",
        "         3  Suwon (South Korea)",
        "         2  Bandung (Indonesia)",
        "         1  Bekasi Regency (Indonesia)",
        "         1  Bogor (Indonesia)",
        "         1  Braunschweig (Germany)",
        "",
    ]
    assert text.endswith(
        "Stages (the furthest stage any source reports)\n"
        "       1   14.3%  proposed\n"
        "       1   14.3%  loi_signed\n"
        "       1   14.3%  agreement_signed\n"
        "       2   28.6%  active\n"
        "       1   14.3%  renewed\n"
        "       1   14.3%  ended\n")
    assert "Communities (Louvain, seed 42): 5, modularity 0.6224\n" in text


def test_json_format_round_trips(report):
    data = json.loads(format_json(report))
    assert data["nodes"] == 11 and data["betweenness_samples"] is None
    assert data["degree"][0] == {"iri": SUWON, "label": "Suwon", "country": "South Korea", "value": 3}
    assert data["stages"][3] == {"stage": "active", "twinnings": 2, "share": 2 / 7}


def test_an_empty_network():
    empty = analyze(nx.Graph())
    assert (empty.nodes, empty.edges, empty.components, empty.degree, empty.stages) == (0, 0, 0, [], [])
    assert format_table(empty) == ("localities 0, twinnings 0, density 0.0000, average degree 0.00\n"
                                   "components 0 (largest 0 localities), isolated 0\n")


def test_shortest_chain_with_stages_and_sources(network):
    hops = shortest_chain(network, BRAUNSCHWEIG, HAMAMATSU)
    assert [(h.a_label, h.b_label, h.stage, h.date, [s["url"] for s in h.sources]) for h in hops] == [
        ("Braunschweig", "Bandung", "active", None, ["https://example.org/fixture/c"]),
        ("Bandung", "Suwon", "renewed", "2025-03-10",
         ["https://example.org/fixture/a", "https://example.org/fixture/b", "https://example.org/fixture/c"]),
        ("Suwon", "Hamamatsu", "agreement_signed", "2015-09", ["https://example.org/fixture/b"]),
    ]


def test_no_chain_between_components(network):
    with pytest.raises(NoPath, match="^no chain of twinnings links Bogor and Semarang$"):
        shortest_chain(network, BOGOR, SEMARANG)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=60), st.integers(0, 10_000))
def test_analysis_of_any_small_network_is_consistent(nodes, edges, seed):
    graph = nx.gnm_random_graph(nodes, min(edges, nodes * (nodes - 1) // 2), seed=seed)
    network = nx.relabel_nodes(graph, {n: f"ex:{n}" for n in graph})
    for i, (a, b) in enumerate(network.edges()):
        network.edges[a, b]["stage"] = STAGES[i % len(STAGES)]
    report = analyze(network, top=3, exact_limit=10, samples=5)
    assert report.components == nx.number_connected_components(network)
    assert sum(s.twinnings for s in report.stages) == network.number_of_edges()
    if network.number_of_edges():
        assert sum(s.share for s in report.stages) == pytest.approx(1.0)
        assert report.community_count >= 1
    assert [r.value for r in report.degree] == sorted((r.value for r in report.degree), reverse=True)
    assert report.betweenness_samples == (None if nodes <= 10 else 5)


def test_the_module_docstring_example_holds():
    import doctest

    from sister_cities import analysis

    assert doctest.testmod(analysis).failed == 0


def test_only_the_sections_asked_for_are_computed(network, report):
    started = []
    part = analyze(network, top=5, sections=["stages", "degree"], progress=started.append)
    assert started == part.sections == ["degree", "stages"]
    assert (part.degree, part.stages) == (report.degree, report.stages)
    assert (part.betweenness, part.eigenvector, part.communities, part.countries) == ([], [], [], [])
    table = format_table(part)
    assert "Most connected localities" in table and "Stages" in table
    assert "Betweenness" not in table and "Communities" not in table and "Eigenvector" not in table
    assert json.loads(format_json(part))["sections"] == ["degree", "stages"]
    assert report.sections == list(SECTIONS)
    with pytest.raises(ValueError, match="^unknown section\\(s\\) pagerank; known: degree, betweenness"):
        analyze(network, sections=["pagerank"])

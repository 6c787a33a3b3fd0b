"""The network of an Oxigraph store folder, kept beside it (FOLDER.network.json) and keyed by the
store's content: `analyze` on the same store reads it back; a store that changed, a damaged file or
a folder one cannot write beside are all handled. On the known graph (tests/data/known-graph/)."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from sister_cities.cli import cli
from sister_cities.graphstore import MemoryStore, OxigraphStore, copy_store, open_store
from sister_cities.network import CACHE_SUFFIX, cached_network, locality_network, store_key
from sister_cities.vocab import RDFS

from known_graph import known_dataset
from terminal import run_on_terminal


@pytest.fixture
def folder(tmp_path):
    store = copy_store(MemoryStore(known_dataset()), "oxigraph")
    return store.save(tmp_path / "known.oxigraph")


def same(a, b) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_the_network_is_kept_beside_the_folder_and_read_back(folder):
    store = open_store(folder, read_only=True)
    first, how = cached_network(folder, store)
    assert how == "projected" and (folder.parent / ("known.oxigraph" + CACHE_SUFFIX)).is_file()
    again, how = cached_network(folder, store)
    assert how == "cache"
    same(again, first)
    same(first, locality_network(store))


def test_the_key_holds_while_the_store_is_only_read_and_changes_with_it(folder):
    key = store_key(folder)
    store = open_store(folder, read_only=True)
    store.select("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    del store
    assert store_key(folder) == key
    cached_network(folder, open_store(folder, read_only=True))
    writable = OxigraphStore.open(folder)
    writable.add_to_graph(URIRef("https://example.org/graph"), [
        (URIRef("https://w3id.org/sister-cities/id/place/kr/city/suwon"), RDFS.label, Literal("Suwon City", lang="en"))])
    writable.raw.flush()
    del writable
    assert store_key(folder) != key
    network, how = cached_network(folder, open_store(folder, read_only=True))
    assert how == "projected"
    assert network.nodes["https://w3id.org/sister-cities/id/place/kr/city/suwon"]["label"] == "Suwon"  # MIN of two labels


def test_another_store_in_the_same_place_gets_its_own_network(folder, tmp_path):
    cached_network(folder, open_store(folder, read_only=True))
    empty = copy_store(MemoryStore(known_dataset()), "oxigraph")
    empty.remove_graph(URIRef("https://w3id.org/sister-cities/id/graph/curated-fixture-a"))
    empty.save(folder)  # the folder replaced by another build
    network, how = cached_network(folder, open_store(folder, read_only=True))
    assert how == "projected"
    same(network, locality_network(open_store(folder, read_only=True)))


def test_a_damaged_file_is_projected_again(folder):
    beside = folder.parent / ("known.oxigraph" + CACHE_SUFFIX)
    beside.write_text('{"key": ', encoding="utf-8")
    network, how = cached_network(folder, open_store(folder, read_only=True))
    assert how == "projected" and json.loads(beside.read_text(encoding="utf-8"))["nodes"]


def test_a_network_that_cannot_be_written_beside_is_still_analysed(folder):
    (folder.parent / ("known.oxigraph" + CACHE_SUFFIX)).mkdir()  # in the way, as a read-only folder would be
    network, how = cached_network(folder, open_store(folder, read_only=True))
    assert how.startswith("projected (not cached: ") and network.number_of_nodes() == 11
    result = CliRunner().invoke(cli, ["analyze", "--graph", str(folder)])
    assert result.exit_code == 0 and result.stdout.startswith("localities 11")
    assert result.stderr.startswith("note: projected (not cached: ")


def test_analyze_on_a_folder_gives_the_same_report_from_the_cache(folder):
    args = ["analyze", "--graph", str(folder), "--sections", "all", "--format", "json"]
    first = CliRunner().invoke(cli, args)
    second = CliRunner().invoke(cli, args)
    assert first.exit_code == second.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)["sections"] == ["degree", "betweenness", "eigenvector", "communities",
                                                    "countries", "stages"]


def test_analyze_sections_by_name(folder):
    result = CliRunner().invoke(cli, ["analyze", "--graph", str(folder), "--sections", "degree,betweenness"])
    assert result.exit_code == 0, result.stderr
    assert "Betweenness (exact)" in result.stdout and "Communities" not in result.stdout
    default = CliRunner().invoke(cli, ["analyze", "--graph", str(folder)])
    assert "Betweenness" not in default.stdout and "Communities (Louvain, seed 42)" in default.stdout
    wrong = CliRunner().invoke(cli, ["analyze", "--graph", str(folder), "--sections", "degree,pagerank"])
    assert wrong.exit_code == 2
    assert ("--sections 'degree,pagerank': name some of degree, betweenness, eigenvector, communities, countries, "
            "stages, 'all' or 'default'") in wrong.stderr


def test_analyze_shows_progress_on_a_terminal(folder):
    command = [sys.executable, "-c", "from sister_cities.cli import main; main()", "analyze", "--graph", str(folder)]
    finished, shown = run_on_terminal(command)
    assert finished.returncode == 0 and finished.stdout.startswith("localities 11, twinnings 7")
    assert b"analyzing" in shown

"""What `viz` puts on a page besides the drawing: a query's star titled with its place, the centre
marked, each place's number of twinnings in the whole graph, sources by readable names with the
sentence an article gives, and the places of an article at the gazetteer's coordinates."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from sister_cities import build
from sister_cities.articles import Article
from sister_cities.cli import cli
from sister_cities.extract import extract_article
from sister_cities.gazetteer import Gazetteer
from sister_cities.store import save_dataset
from sister_cities.tables import dataset_source

from known_graph import known_dataset
from test_viz import embedded_data

# A text of our own (the README's example), not a publisher's.
BERITA = ("Pemerintah Kota Malang menandatangani nota kesepahaman (MoU) kerja sama sister city dengan Kota Nagoya, "
          "Jepang, di Balai Kota Malang, Selasa (12/3/2024).\n\nWali Kota Malang Sutiaji mengatakan kerja sama itu "
          "meliputi bidang pendidikan dan pariwisata.")

# Invented: Bandung and Hamamatsu, two partners of Suwon, are proposed partners of each other too.
STAR = {
    "id": "star-fixture",
    "source": {"kind": "curated", "title": "Star fixture (invented)", "key": "curated/star-fixture"},
    "relations": [{"a": {"name": "Bandung", "kind": "city", "country": "ID"},
                   "b": {"name": "Hamamatsu", "kind": "city", "country": "JP"}, "stage": "proposed"}],
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    dataset = known_dataset()
    build.add_record(dataset, build.curated_record(STAR))
    article = Article(id="berita-malang", text=BERITA, title="Malang dan Nagoya", published="2024-03-15",
                      outlet="Harian Contoh", url="https://harian.example/berita/1")
    build.add_record(dataset, build.article_record(article, extract_article(article.text, published=article.published)))
    return str(save_dataset(dataset, tmp_path_factory.mktemp("graph") / "graph.trig"))


def draw(graph, tmp_path, *args) -> tuple[str, dict]:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["viz", "-o", str(out), "--graph", graph, "--store", "oxigraph", *args])
    assert result.exit_code == 0, result.output
    return result.stdout, embedded_data(out.read_text(encoding="utf-8"))


def by_label(data: dict) -> dict[str, dict]:
    return {place["label"]: place for place in data["places"]}


def test_partners_query_draws_the_star_of_its_place_titled_with_its_name(graph, tmp_path):
    said, data = draw(graph, tmp_path, "--query", "partners", "--param", "locality=Suwon")
    assert said.endswith(": 4 localities, 3 twinnings\n")  # not Bandung – Hamamatsu
    assert data["title"] == "Sister cities: Partners of Suwon"
    centre = data["places"][data["centre"]]
    assert centre["label"] == "Suwon"
    assert all(data["centre"] in (t["a"], t["b"]) for t in data["twinnings"])
    places = by_label(data)
    # Bandung has 3 twinnings in the graph (Braunschweig, Hamamatsu, Suwon); the star shows one
    assert (places["Bandung"]["degree"], places["Bandung"]["all"]) == (1, 3)


def test_query_whose_rows_name_only_places_draws_the_twinnings_among_them(graph, tmp_path):
    said, data = draw(graph, tmp_path, "--query", "without-wikidata", "--param", "country=Japan")
    assert data["centre"] is None and data["title"] == "Sister cities: Localities without a Wikidata link"
    assert {p["label"] for p in data["places"]} >= {"Hamamatsu"}
    assert said.startswith("wrote ")


def test_centre_page_marks_its_centre_and_knows_every_twinning_of_each_place(graph, tmp_path):
    said, data = draw(graph, tmp_path, "--center", "Suwon", "--depth", "1")
    assert said.endswith(": 4 localities, 4 twinnings\n")  # a neighbourhood keeps Bandung – Hamamatsu
    assert data["places"][data["centre"]]["label"] == "Suwon"
    places = by_label(data)
    assert (places["Bandung"]["degree"], places["Bandung"]["all"]) == (2, 3)
    assert (places["Suwon"]["degree"], places["Suwon"]["all"]) == (3, 3)


def test_article_places_take_the_gazetteers_coordinates_and_their_sentence_reaches_the_card(graph, tmp_path):
    _, data = draw(graph, tmp_path, "--layout", "geo")
    places = by_label(data)
    gazetteer = Gazetteer.default()
    for name, qid in (("Malang", "Q11445"), ("Nagoya", "Q11751")):
        known = gazetteer.by_qid(qid)
        assert (places[name]["lat"], places[name]["lon"], places[name]["placement"]) == (known.lat, known.lon, "exact")
    malang = data["places"].index(places["Malang"])
    twinning = next(t for t in data["twinnings"] if malang in (t["a"], t["b"]))
    (cited,) = twinning["sources"]
    assert cited["quote"].startswith("Pemerintah Kota Malang menandatangani nota kesepahaman (MoU)")
    source = data["sources"][cited["source"]]
    assert (source["short"], source["outlet"], source["kind"], source["href"]) == (
        "Harian Contoh 2024", "Harian Contoh", "news_article", "https://harian.example/berita/1")
    # a curated record made from an article is cited as that article, by its outlet and year
    shorts = {s["short"] for s in data["sources"]}
    assert {"Fixture Daily 2019", "Fixture Post 2020", "Fixture Weekly 2025"} <= shorts


def test_a_dataset_is_named_by_the_heading_of_the_notes_beside_it(tmp_path):
    table = tmp_path / "atlantis" / "pairs.csv"
    table.parent.mkdir()
    table.write_text("city1,country1,city2,country2\n", encoding="utf-8")
    assert dataset_source(table, kind="dataset").title == "pairs.csv"
    (table.parent / "SOURCE.md").write_text("Notes\n\n# Town pairs of Atlantis (2020)\n\nMore.\n", encoding="utf-8")
    source = dataset_source(table, kind="dataset")
    assert (source.key, source.title) == ("dataset/pairs", "Town pairs of Atlantis (2020) (pairs.csv)")
    assert dataset_source(table, kind="dataset", title="Given").title == "Given"

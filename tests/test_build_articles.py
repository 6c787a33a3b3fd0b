"""News articles into the graph: one named graph per article, evidence sentences, reloads that
replace rather than duplicate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from sister_cities.build import add_record, article_record, new_dataset
from sister_cities.cli import cli
from sister_cities.queries import dataset_select, find_query, run
from sister_cities.resources import ontology_dir
from sister_cities.store import load_dataset
from sister_cities.validate import validate
from sister_cities.vocab import SC

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"

needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is not beside the checkout")


def corpus_lines() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@needs_corpus
@pytest.mark.parametrize("corpus", [CORPUS, SHARED / "corpus" / "articles-2.jsonl"], ids=["set-1", "set-2"])
def test_build_from_the_corpus_gives_one_valid_graph_per_article(tmp_path, corpus):
    result = CliRunner().invoke(cli, ["build", "--articles", str(corpus), "--out", str(tmp_path)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    dataset = load_dataset(tmp_path / "sister-cities.trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    for article in map(json.loads, filter(str.strip, corpus.read_text(encoding="utf-8").splitlines())):
        assert f"https://w3id.org/sister-cities/id/graph/article-{article['id']}" in graphs, article["id"]
    assert validate(dataset).conforms


@needs_corpus
def test_article_facts_carry_their_sentence_and_method():
    from sister_cities.articles import Article
    from sister_cities.extract import extract_article

    line = next(a for a in corpus_lines() if a["id"] == "kotabogor-2016-bogor-kisarazu")
    article = Article(id=line["id"], text=line["text"], title=line["title"], published=line["published"],
                      language=line["language"], url=line["url"], outlet=line["outlet"])
    dataset = new_dataset()
    add_record(dataset, article_record(article, extract_article(article.text, title=article.title,
                                                                 published=article.published,
                                                                 language=article.language)))
    rows = run(find_query("partners"), {"locality": "Kisarazu"}, dataset_select(dataset)).records()
    assert [(r["partnerLabel"], r["stage"]) for r in rows] == [("Bogor", "loi_signed")]
    assert rows[0]["source"] == "https://w3id.org/sister-cities/id/source/article-kotabogor-2016-bogor-kisarazu"
    answer = dataset.query("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?quote ?method WHERE { ?t a sc:Twinning ; sc:evidence ?e . ?e prov:value ?quote ; sc:extractionMethod ?method }""")
    [(quote, method)] = list(answer)
    assert str(method) == "extractor"
    assert str(quote) in line["text"]


@needs_corpus
def test_reloading_articles_replaces_their_facts(tmp_path):
    runner = CliRunner()
    first = tmp_path / "first"
    runner.invoke(cli, ["build", "--articles", str(CORPUS), "--out", str(first)], catch_exceptions=False)
    second = tmp_path / "second"
    result = runner.invoke(cli, ["build", "--graph", str(first / "sister-cities.trig"), "--articles", str(CORPUS),
                                 "--out", str(second)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    once, twice = load_dataset(first / "sister-cities.nq"), load_dataset(second / "sister-cities.nq")
    assert len(twice) == len(once)
    assert ({(s, p, o, g.identifier) for g in once.graphs() for s, p, o in g}
            == {(s, p, o, g.identifier) for g in twice.graphs() for s, p, o in g})


def test_a_bad_line_is_reported_and_the_others_are_kept(tmp_path):
    articles = tmp_path / "articles.jsonl"
    good = {"id": "made-up-1", "title": "Made-up example", "published": "2024-05-02", "language": "en",
            "url": None, "outlet": "Test", "text": "The city of Bandung and the city of Braunschweig signed a "
            "memorandum of understanding on a sister city partnership on 2 May 2024."}
    articles.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--articles", str(articles), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "articles.jsonl:2" in result.output
    assert "1 article(s) could not be read; the others were added" in result.output
    dataset = load_dataset(tmp_path / "out" / "sister-cities.trig")
    assert any("made-up-1" in str(g.identifier) for g in dataset.graphs())


def test_ontology_declares_every_term_the_code_uses():
    ontology = Graph().parse(ontology_dir() / "sister-cities.ttl")
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(SC._NS))}
    used = {str(SC[name]) for name in SC.__annotations__}
    assert used - declared == set()
    assert declared - used == set()


def test_an_article_whose_signing_took_place_in_a_third_place_is_kept(tmp_path):
    """The place of a signing, when it is neither partner, is described in the record: the article
    was dropped whole before ('the record names the place ... but does not describe it')."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({
        "id": "invented-klaten-nanjing", "published": "2025-06-25", "title": "Klaten dan Nanjing jalin sister city",
        "text": "Bupati Klaten dan perwakilan Kabupaten Nanjing, Tiongkok, menandatangani nota kesepahaman "
                "sister city di Semarang, Selasa (24/6/2025)."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--articles", str(articles), "--out", str(tmp_path / "out"),
                                      "--min-confidence", "0"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    dataset = load_dataset(tmp_path / "out" / "sister-cities.trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/sister-cities/id/graph/article-invented-klaten-nanjing" in graphs
    assert validate(dataset).conforms


def test_a_town_only_geonames_names_keeps_its_id_and_point_in_the_graph():
    # the extractor names Tustin by its GeoNames id (it has no QID in the gazetteer); the build
    # places it and states the id, Wikidata's P1566, for an editor to find the item by
    from sister_cities.articles import Article
    from sister_cities.extract import extract_article

    article = Article(id="made-up-tustin", text="Heyuan, a city in Guangdong province, signed a sister-city "
                      "agreement with Tustin, California, on Monday.", title=None, published="2015-10-26")
    dataset = new_dataset()
    add_record(dataset, article_record(article, extract_article(article.text, published=article.published)))
    rows = list(dataset.query("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?id ?lat WHERE { ?place rdfs:label "Tustin"@en ; sc:geonamesId ?id ; wgs:lat ?lat }"""))
    assert [(str(i), round(float(lat))) for i, lat in rows] == [("5404119", 34)]

"""Exact facts the extractor must read from real articles of the development corpus.

The texts are read from ../shared/corpus at test time; nothing of them is copied here.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sister_cities.articles import read_articles
from sister_cities.extract import extract_article
from sister_cities.extract.model import default_models
from sister_cities.extract.relations import read_relations
from sister_cities.gazetteer import Gazetteer

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the checkout")


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    results = {}
    for article in read_articles(CORPUS):
        results[article.id] = extract_article(article.text, title=article.title,
                                              published=article.published, language=article.language)
    return results


def pairs(result: dict) -> dict[frozenset, dict]:
    return {frozenset([r["a"]["name"], r["b"]["name"]]): r for r in result["relations"]}


def test_purwakarta_invited_by_setif(extracted):
    [relation] = extracted["sindonews-2017-purwakarta-setif"]["relations"]
    assert {relation["a"]["name"], relation["b"]["name"]} == {"Purwakarta Regency", "Sétif Province"}
    assert (relation["stage"], relation["event_date"]) == ("proposed", "2017-10-15")
    assert {s["name"] for s in relation["signatories"]} >= {"Dedi Mulyadi", "Nacer Maskri"}


def test_denpasar_mossel_bay_renewed(extracted):
    [relation] = extracted["medcom-2023-denpasar-mosselbay"]["relations"]
    assert (relation["a"]["name"], relation["b"]["name"], relation["b"]["country"]) == \
        ("Denpasar", "Mossel Bay", "South Africa")
    assert (relation["stage"], relation["event_date"]) == ("renewed", "2023-01-31")


def test_padang_hildesheim_and_a_proposed_twin_province(extracted):
    found = pairs(extracted["inews-2021-padang-hildesheim"])
    assert found[frozenset(["Padang", "Hildesheim"])]["stage"] == "active"
    assert frozenset(["Padang", "Lower Saxony"]) not in found  # the city's tie is not the state's
    # The provinces' hoped-for twinning is told in one clause of one sentence: the models give it a
    # confidence near the output threshold, so it is read here with every candidate kept.
    article = next(a for a in read_articles(CORPUS) if a.id == "inews-2021-padang-hildesheim")
    everything = dataclasses.replace(default_models(), output_threshold=0.0)
    all_pairs = pairs({"relations": read_relations(Gazetteer.default(), article.text, title=article.title,
                                                   published=article.published, models=everything)})
    saxony = all_pairs[frozenset(["West Sumatra", "Lower Saxony"])]
    assert (saxony["stage"], saxony["b"]["kind"], saxony["b"]["country"]) == ("proposed", "state", "Germany")
    city_and_state = all_pairs.get(frozenset(["Padang", "Lower Saxony"]))  # not even a candidate, or a weaker one
    assert city_and_state is None or saxony["confidence"] > city_and_state["confidence"]


@pytest.mark.parametrize("article_id", ["kumala-2025-ppu-igs-neg", "merdeka-2019-banyuwangi-sanur-neg",
                                        "idbc-2018-kemendagri-mou-neg-en"])
def test_negative_articles_hold_no_relation(extracted, article_id):
    assert extracted[article_id]["relations"] == []


def test_regulation_cited_in_english(extracted):
    [instrument] = extracted["idbc-2018-kemendagri-mou-neg-en"]["legal_instruments"]
    assert (instrument["kind"], instrument["number"]) == ("government regulation", "28 of 2018")

"""Exact facts the extractor must read from real articles of the development corpus.

The texts are read from ../shared/corpus at test time; nothing of them is copied here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sister_cities.articles import read_articles
from sister_cities.extract import extract_article

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


def test_bekasi_regency_and_a_korean_partner(extracted):
    result = extracted["antara-2023-bekasi-korea"]
    found = pairs(result)
    main = found[frozenset(["Bekasi Regency", None])]
    assert (main["a"]["kind"], main["a"]["qid"], main["b"]["country"], main["stage"], main["event_date"],
            main["in_passing"]) == ("regency", "Q10340", "South Korea", "mou_signed", "2023", False)
    assert main["fields"][:1] == ["employment"]
    assert any("Kadin" in name for name in main["initiators"])
    # "read also" headlines: the city of Bogor and the regency of Bogor are different places
    assert found[frozenset(["Bogor Regency", "Nanning"])]["in_passing"] is True
    assert found[frozenset(["Bogor", None])]["b"]["country"] == "Taiwan"
    assert found[frozenset(["Purwakarta Regency", "Sétif Province"])]["stage"] == "proposed"
    assert result["legal_instruments"] == [{
        "title": "Surat Edaran Kementerian Dalam Negeri Nomor 193/1652/PUOD", "kind": "circular letter",
        "number": "193/1652/PUOD", "issuer": "Ministry of Home Affairs", "date": "1993-04-26"}]


def test_purwakarta_invited_by_setif(extracted):
    [relation] = extracted["sindonews-2017-purwakarta-setif"]["relations"]
    assert {relation["a"]["name"], relation["b"]["name"]} == {"Purwakarta Regency", "Sétif Province"}
    assert (relation["stage"], relation["event_date"]) == ("proposed", "2017-10-15")
    assert {s["name"] for s in relation["signatories"]} >= {"Dedi Mulyadi", "Nacer Maskri"}


def test_bogor_kisarazu_letter_of_intent(extracted):
    [relation] = extracted["kotabogor-2016-bogor-kisarazu"]["relations"]
    assert (relation["a"]["name"], relation["b"]["name"], relation["b"]["country"]) == ("Bogor", "Kisarazu", "Japan")
    assert relation["stage"] == "loi_signed"
    assert relation["event_date"].startswith("2016-11")
    assert {"education", "culture", "tourism", "agriculture", "health"} <= set(relation["fields"])


def test_denpasar_mossel_bay_renewed(extracted):
    [relation] = extracted["medcom-2023-denpasar-mosselbay"]["relations"]
    assert (relation["a"]["name"], relation["b"]["name"], relation["b"]["country"]) == \
        ("Denpasar", "Mossel Bay", "South Africa")
    assert (relation["stage"], relation["event_date"]) == ("renewed", "2023-01-31")


def test_west_java_and_four_chinese_provinces(extracted):
    found = pairs(extracted["pojokbandung-2017-jabar-tiongkok"])
    assert set(found) == {frozenset(["West Java", p]) for p in ("Guangxi", "Chongqing", "Sichuan", "Heilongjiang")}
    assert {r["stage"] for r in found.values()} == {"mou_signed"}
    assert {r["b"]["kind"] for r in found.values()} == {"province"}


def test_jakarta_and_its_partners(extracted):
    found = pairs(extracted["beritajakarta-2019-jakarta-21"])
    jeddah = found[frozenset(["Jakarta", "Jeddah"])]
    assert (jeddah["a"]["kind"], jeddah["stage"], jeddah["event_date"]) == ("province", "active", "1979")
    assert found[frozenset(["Jakarta", "Tokyo"])]["b"]["kind"] == "prefecture"
    assert found[frozenset(["Jakarta", "Arkansas"])]["b"]["kind"] == "state"
    assert found[frozenset(["Jakarta", "Moscow"])]["b"]["local_name"] == "Moskow"
    assert len(found) >= 19


def test_padang_hildesheim_and_a_proposed_twin_province(extracted):
    found = pairs(extracted["inews-2021-padang-hildesheim"])
    assert found[frozenset(["Padang", "Hildesheim"])]["stage"] == "active"
    saxony = found[frozenset(["West Sumatra", "Lower Saxony"])]
    assert (saxony["stage"], saxony["b"]["kind"], saxony["b"]["country"]) == ("proposed", "state", "Germany")


def test_english_articles(extracted):
    norfolk = extracted["wavy-2022-norfolk-kaliningrad-en"]["relations"]
    assert [(r["a"]["name"], r["b"]["name"], r["stage"], r["event_date"]) for r in norfolk] == \
        [("Norfolk", "Kaliningrad", "ended", "2022-03-08")]
    found = pairs(extracted["borneopost-2023-sibu-singkawang-en"])
    assert found[frozenset(["Singkawang", "Sibu"])]["stage"] == "loi_signed"
    assert found[frozenset(["Singkawang", "Sibu"])]["event_date"] == "2023-02-07"
    assert found[frozenset(["Pontianak", "Sibu"])]["stage"] == "proposed"
    gyeongbuk = extracted["jabarprov-2018-jabar-gyeongbuk-en"]["relations"]
    assert [(r["b"]["name"], r["stage"], r["event_date"]) for r in gyeongbuk] == \
        [("North Gyeongsang", "loi_signed", "2018-05-06")]


@pytest.mark.parametrize("article_id", ["kumala-2025-ppu-igs-neg", "merdeka-2019-banyuwangi-sanur-neg",
                                        "idbc-2018-kemendagri-mou-neg-en"])
def test_negative_articles_hold_no_relation(extracted, article_id):
    assert extracted[article_id]["relations"] == []


def test_regulation_cited_in_english(extracted):
    [instrument] = extracted["idbc-2018-kemendagri-mou-neg-en"]["legal_instruments"]
    assert (instrument["kind"], instrument["number"]) == ("government regulation", "28 of 2018")

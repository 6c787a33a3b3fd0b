"""The embedded graph holds every fact of the first article, checked through the named queries."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from sister_cities.build import VOCABULARY_GRAPH, seed_dataset, seed_records
from sister_cities.queries import dataset_select, find_query, run
from sister_cities.vocab import ID, SC, WD

ARTICLE = "https://w3id.org/sister-cities/id/source/article-antara-2023-bekasi-korea"
BEKASI = "https://w3id.org/sister-cities/id/place/id/regency/bekasi-regency"


@pytest.fixture(scope="module")
def dataset():
    return seed_dataset()


@pytest.fixture(scope="module")
def select(dataset):
    return dataset_select(dataset)


def rows(select, name, **params):
    return run(find_query(name), params, select).records()


def ask(dataset, text: str) -> bool:
    prefixes = """
    PREFIX sc: <https://w3id.org/sister-cities/ontology#>
    PREFIX schema: <https://schema.org/>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX owl: <http://www.w3.org/2002/07/owl#>
    PREFIX wd: <http://www.wikidata.org/entity/>
    PREFIX id: <https://w3id.org/sister-cities/id/>
    PREFIX stage: <https://w3id.org/sister-cities/ontology/stage/>
    PREFIX field: <https://w3id.org/sister-cities/ontology/field/>
    """
    return bool(dataset.query(prefixes + text).askAnswer)


def test_twinnings_are_the_four_relationships_of_the_article(select):
    assert [(r["aLabel"], r["aCountry"], r["bLabel"], r["bCountry"], r["stage"], r["date"], r["source"])
            for r in rows(select, "twinnings")] == [
        ("Bekasi Regency", "Indonesia", "South Korea", "South Korea", "mou_signed", "2023", ARTICLE),
        ("Bogor", "Indonesia", "Taiwan", "Taiwan", "proposed", None, ARTICLE),
        ("Nanning", "China", "Bogor Regency", "Indonesia", "proposed", None, ARTICLE),
        ("Sétif Province", "Algeria", "Purwakarta Regency", "Indonesia", "proposed", None, ARTICLE),
    ]


def test_stage_filter_keeps_only_that_stage(select):
    assert [r["aLabel"] for r in rows(select, "twinnings", stage="mou_signed")] == ["Bekasi Regency"]
    assert len(rows(select, "twinnings", stage="proposed")) == 3
    assert rows(select, "twinnings", stage="ended") == []


@pytest.mark.parametrize("locality", ["Bekasi Regency", "Kabupaten Bekasi", "kabupaten bekasi", "Q10340", BEKASI])
def test_partners_of_bekasi_by_label_qid_or_iri(select, locality):
    assert rows(select, "partners", locality=locality) == [{
        "partner": "https://w3id.org/sister-cities/id/place/kr", "partnerLabel": "South Korea",
        "partnerCountry": "South Korea", "stage": "mou_signed", "date": "2023", "source": ARTICLE,
    }]


def test_city_and_regency_of_bogor_are_different_places(select):
    assert [r["partnerLabel"] for r in rows(select, "partners", locality="Kota Bogor")] == ["Taiwan"]
    assert [r["partnerLabel"] for r in rows(select, "partners", locality="Kabupaten Bogor")] == ["Nanning"]
    assert [r["partnerLabel"] for r in rows(select, "partners", locality="Q10363")] == ["Nanning"]


def test_purwakarta_and_setif_proposed_by_the_governor_of_setif(select):
    assert rows(select, "partners", locality="Purwakarta Regency") == [{
        "partner": "https://w3id.org/sister-cities/id/place/dz/province/setif-province",
        "partnerLabel": "Sétif Province", "partnerCountry": "Algeria", "stage": "proposed", "date": None,
        "source": ARTICLE,
    }]


def test_legal_basis_is_the_1993_circular_letter(select):
    assert rows(select, "legal-basis") == [{
        "twinning": "https://w3id.org/sister-cities/id/twinning/id-regency-bekasi-regency--kr",
        "instrument": "https://w3id.org/sister-cities/id/legal/id/193-1652-puod",
        "title": "Surat Edaran Menteri Dalam Negeri Nomor 193/1652/PUOD",
        "number": "193/1652/PUOD", "issuer": "Ministry of Home Affairs", "date": "1993-04-26",
    }]
    assert len(rows(select, "legal-basis", locality="Bekasi Regency")) == 1
    assert rows(select, "legal-basis", locality="Bogor") == []


def test_initiators(select):
    assert [(r["twinning"].rsplit("/", 1)[1], r["initiatorLabel"], r["role"]) for r in rows(select, "initiators")] == [
        ("dz-province-setif-province--id-regency-purwakarta-regency", "Governor of Sétif", "initiator"),
        ("id-city-bogor--tw", "Taiwanese chamber of commerce", "initiator"),
        ("id-regency-bekasi-regency--kr", "Bekasi Regency Chamber of Commerce and Industry", "initiator"),
    ]
    assert [r["initiatorLabel"] for r in rows(select, "initiators", locality="Kabupaten Bekasi")] == [
        "Bekasi Regency Chamber of Commerce and Industry"]


def test_people_with_their_roles(select):
    assert rows(select, "people") == [
        {"person": "https://w3id.org/sister-cities/id/person/dani-ramdan", "name": "Dani Ramdan",
         "role": "Penjabat Bupati Bekasi", "organization": "Bekasi Regency Government",
         "locality": "Bekasi Regency"},
        {"person": "https://w3id.org/sister-cities/id/person/heri-noviar", "name": "Heri Noviar",
         "role": "Ketua Kadin Kabupaten Bekasi",
         "organization": "Bekasi Regency Chamber of Commerce and Industry", "locality": "Bekasi Regency"},
    ]


def test_the_source_and_its_metadata(select, dataset):
    [source] = rows(select, "sources")
    assert source["source"] == ARTICLE
    assert source["title"] == "Kabupaten Bekasi dan Korea Selatan kerja sama program Sister City"
    assert source["publisher"] == "ANTARA News Megapolitan"
    assert source["published"] == "2023"
    assert source["url"].startswith("https://megapolitan.antaranews.com/")
    assert int(source["facts"]) > 200
    assert ask(dataset, "ASK { <%s> schema:author/schema:name 'Pradita Kurniawan Syah' ; "
                        "schema:editor/schema:name 'Naryo' ; schema:locationCreated/rdfs:label 'Cikarang'@en }" % ARTICLE)


def test_every_fact_of_the_main_relationship(dataset):
    twinning = "<https://w3id.org/sister-cities/id/twinning/id-regency-bekasi-regency--kr>"
    assert ask(dataset, f"ASK {{ {twinning} sc:field field:employment ; sc:programme 'Sister City' ; "
                        "sc:aim 'reducing unemployment in the regency'@en, 'seasonal workers'@en ; sc:inPassing false }")
    # the event: an MoU signed in 2023, Dani Ramdan signing for Bekasi Regency and speaking, Heri Noviar too
    assert ask(dataset, f"ASK {{ {twinning} sc:event ?e . ?e sc:stage stage:mou_signed ; schema:startDate ?d ; "
                        "sc:signatory/schema:name 'Dani Ramdan' ; sc:spokesperson/schema:name 'Heri Noviar' ; "
                        "sc:instrument/sc:instrumentType ?t . FILTER(STR(?d) = '2023') }")
    # the government body is not the place it governs
    assert ask(dataset, "ASK { ?gov a sc:GovernmentBody ; sc:jurisdiction <https://w3id.org/sister-cities/id/place/id/regency/bekasi-regency> ; "
                        "rdfs:label 'Bekasi Regency Government' . FILTER(?gov != <https://w3id.org/sister-cities/id/place/id/regency/bekasi-regency>) }")
    # the earlier MoU draft prepared in Purwakarta Regency, by Dani for the West Java government
    assert ask(dataset, "ASK { ?a a prov:Activity ; schema:location/rdfs:label 'Purwakarta Regency'@en ; "
                        "prov:wasAssociatedWith/schema:name 'Dani Ramdan' ; "
                        "schema:organizer/rdfs:label 'West Java Provincial Government' }")
    # evidence ties the fact to the source's paragraph and says how it was obtained
    assert ask(dataset, f"ASK {{ {twinning} sc:evidence ?ev . ?ev sc:paragraph 1 ; sc:extractionMethod 'curated' ; "
                        f"prov:wasDerivedFrom ?record . ?record prov:wasDerivedFrom <{ARTICLE}> }}")


def test_hierarchy_and_wikidata_items(dataset):
    assert ask(dataset, "ASK { <https://w3id.org/sister-cities/id/place/id/regency/bekasi-regency> schema:containedInPlace ?jabar ; "
                        "sc:country <https://w3id.org/sister-cities/id/place/id> ; owl:sameAs wd:Q10340 . "
                        "?jabar rdfs:label 'West Java'@en ; skos:altLabel 'Jawa Barat'@id ; owl:sameAs wd:Q3724 ; "
                        "sc:country <https://w3id.org/sister-cities/id/place/id> . <https://w3id.org/sister-cities/id/place/id> owl:sameAs wd:Q252 ; sc:countryCode 'ID' }")
    expected = {"Bekasi Regency": "Q10340", "Purwakarta Regency": "Q10378", "Bogor": "Q10393",
                "Bogor Regency": "Q10363", "Sétif Province": "Q237164", "Nanning": "Q179608",
                "South Korea": "Q884", "Taiwan": "Q865", "China": "Q148", "Algeria": "Q262"}
    for label, qid in expected.items():
        assert ask(dataset, f"ASK {{ ?p rdfs:label {Literal(label, lang='en').n3()} ; owl:sameAs wd:{qid} }}"), label


def test_the_related_article_lines_are_marked_in_passing(dataset):
    answer = dataset.query("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        SELECT ?t WHERE { ?t sc:inPassing true } ORDER BY ?t""")
    assert [str(r[0]).rsplit("/", 1)[1] for r in answer] == [
        "cn-city-nanning--id-regency-bogor-regency", "dz-province-setif-province--id-regency-purwakarta-regency",
        "id-city-bogor--tw"]


def test_only_signed_twinnings_give_the_p190_shortcut(dataset):
    pairs = {(str(s), str(o)) for s, o in dataset.subject_objects(SC.twinnedWith)}
    assert pairs == {(BEKASI, str(ID["place/kr"])), (str(ID["place/kr"]), BEKASI)}


def test_each_source_has_its_own_named_graph(dataset):
    names = sorted(str(g.identifier) for g in dataset.graphs() if len(g))
    assert names == [str(ID["graph/curated-antara-2023-bekasi-korea"]), str(VOCABULARY_GRAPH)]


def test_no_sentence_of_the_article_is_stored(dataset):
    """The curated record carries facts, never the publisher's sentences."""
    from pathlib import Path
    import json

    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"
    if not corpus.is_file():
        pytest.skip("the shared corpus is not beside the checkout")
    text = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])["text"]
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 40]
    literals = [str(o) for o in dataset.objects() if isinstance(o, Literal)]
    for sentence in sentences:
        assert not any(sentence[:40] in literal for literal in literals), sentence[:40]


def test_seed_records_are_read_through_the_same_path_as_every_source():
    [record] = seed_records()
    assert record.method == "curated"
    assert record.source.derived_from.publisher == "ANTARA News Megapolitan"
    assert len(record.twinnings) == 4
    assert isinstance(record.twinnings[0].a.qid, str)
    assert URIRef(WD[record.twinnings[0].a.qid])

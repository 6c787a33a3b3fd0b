"""The query library on the known graph (tests/data/known-graph/, invented facts): exact rows.

Every query runs on Oxigraph with its parameters; each also runs once on rdflib's memory store,
which must give the same rows, so the library works on both stores.
"""
from __future__ import annotations


import pytest

from sister_cities.graphstore import MemoryStore, copy_store
from sister_cities.queries import ParameterError, available_queries, find_query, run

from known_graph import known_dataset

ID = "https://w3id.org/sister-cities/id/"
A, B, C = ID + "source/article-fixture-a", ID + "source/article-fixture-b", ID + "source/article-fixture-c"
BANDUNG_SUWON = ID + "twinning/id-city-bandung--kr-city-suwon"
BEKASI_SUWON = ID + "twinning/id-regency-bekasi-regency--kr-city-suwon"
WESTJAVA_GYEONGGI = ID + "twinning/id-province-west-java--kr-province-gyeonggi-province"
BOGOR_NANNING = ID + "twinning/cn-city-nanning--id-city-bogor"
SEMARANG_BRISBANE = ID + "twinning/au-city-brisbane--id-city-semarang"
HAMAMATSU_SUWON = ID + "twinning/jp-city-hamamatsu--kr-city-suwon"
BANDUNG_BRAUNSCHWEIG = ID + "twinning/de-city-braunschweig--id-city-bandung"
NEW_QUERIES = ("counts-by-country-pair", "counts-by-province", "partners-two-steps", "partners-within",
               "resting-on", "single-source-facts", "stuck-early", "timeline", "twinnings-filtered",
               "without-wikidata", "network-nodes", "network-edges")


@pytest.fixture(scope="module")
def memory():
    return MemoryStore(known_dataset())


@pytest.fixture(scope="module")
def oxigraph(memory):
    return copy_store(memory, "oxigraph")


def rows(store, name, columns, **params):
    return [tuple(r[c] for c in columns) for r in run(find_query(name), params, store.select).records()]


def test_every_new_query_has_a_header_and_is_listed():
    queries = available_queries()
    for name in NEW_QUERIES:
        assert queries[name].title and queries[name].columns, name


def test_no_query_folds_a_subquery_with_distinct():
    """A subquery folds repeated rows with GROUP BY: rdflib's engine joins whatever sits under a
    DISTINCT with a nested loop, which does not finish on a world-sized graph."""
    from pathlib import Path

    from sister_cities.queries import queries_dir

    for path in sorted(Path(queries_dir()).rglob("*.rq")):
        body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        outer = body.upper().find("SELECT")
        assert "SELECT DISTINCT" not in body.upper()[outer + 1:], path.name


@pytest.mark.parametrize("name, params", [
    ("twinnings-filtered", {"from": "2020", "to": "2021-02"}),
    ("partners-within", {"locality": "West Java"}),
    ("partners-two-steps", {"locality": "Bandung"}),
    ("counts-by-country-pair", {}),
    ("counts-by-province", {}),
    ("timeline", {"locality": "Bandung"}),
    ("stuck-early", {}),
    ("resting-on", {"instrument": "3/2008"}),
    ("without-wikidata", {}),
    ("single-source-facts", {"locality": "Suwon"}),
    ("network-nodes", {}),
    ("twinnings", {}),
    ("partners", {"locality": "Suwon"}),
])
def test_rdflib_and_oxigraph_give_the_same_rows(memory, oxigraph, name, params):
    query = find_query(name)
    expected = run(query, params, oxigraph.select).records()
    assert expected
    assert run(query, params, memory.select).records() == expected


def test_network_edges_agree_on_both_stores_up_to_order(memory, oxigraph):
    query = find_query("network-edges")

    def key(row):
        return tuple(v or "" for v in row.values())

    expected = sorted(run(query, {}, oxigraph.select).records(), key=key)
    assert len(expected) == 13
    assert sorted(run(query, {}, memory.select).records(), key=key) == expected


# --- twinnings-filtered -----------------------------------------------------------------------------

FILTERED = ("aLabel", "bLabel", "stage", "date", "source")


def test_filtered_without_filters_is_every_twinning_and_source(oxigraph):
    assert rows(oxigraph, "twinnings-filtered", FILTERED) == [
        ("Bandung", "Suwon", "loi_signed", "2019-05-20", A),
        ("Bandung", "Suwon", "mou_signed", "2020-03-12", B),
        ("Bandung", "Suwon", "renewed", "2025-03-10", C),
        ("Bekasi Regency", "Suwon", "proposed", "2019-02", A),
        ("Braunschweig", "Bandung", "active", None, C),
        ("Brisbane", "Semarang", "ended", "2021-02", C),
        ("Hamamatsu", "Suwon", "agreement_signed", "2015-09", B),
        ("Nanning", "Bogor", "loi_signed", "2018-11-05", B),
        ("West Java", "Gyeonggi Province", "active", None, A),
    ]


def test_filtered_by_stage(oxigraph):
    assert rows(oxigraph, "twinnings-filtered", FILTERED, stage="loi_signed") == [
        ("Bandung", "Suwon", "loi_signed", "2019-05-20", A),
        ("Nanning", "Bogor", "loi_signed", "2018-11-05", B),
    ]


def test_filtered_by_country_name_or_code(oxigraph):
    japan = [("Hamamatsu", "Suwon", "agreement_signed", "2015-09", B)]
    assert rows(oxigraph, "twinnings-filtered", FILTERED, country="Japan") == japan
    assert rows(oxigraph, "twinnings-filtered", FILTERED, country="JP") == japan
    assert [r[:2] for r in rows(oxigraph, "twinnings-filtered", FILTERED, country="Australia")] == [("Brisbane", "Semarang")]


def test_filtered_by_date_range_compares_partial_dates_at_their_precision(oxigraph):
    assert rows(oxigraph, "twinnings-filtered", FILTERED, **{"from": "2020", "to": "2021-02"}) == [
        ("Bandung", "Suwon", "mou_signed", "2020-03-12", B),
        ("Brisbane", "Semarang", "ended", "2021-02", C),
    ]
    # a stage dated 2015-09 falls within a range that starts in 2015; undated rows drop out
    assert rows(oxigraph, "twinnings-filtered", FILTERED, to="2015") == [
        ("Hamamatsu", "Suwon", "agreement_signed", "2015-09", B),
    ]
    assert rows(oxigraph, "twinnings-filtered", FILTERED, **{"from": "2019-05-21", "to": "2019-12"}) == []


def test_filtered_combines_filters(oxigraph):
    assert rows(oxigraph, "twinnings-filtered", FILTERED, country="KR", stage="proposed", **{"from": "2019"}) == [
        ("Bekasi Regency", "Suwon", "proposed", "2019-02", A),
    ]


def test_filtered_rejects_a_malformed_date(oxigraph):
    with pytest.raises(ParameterError, match=r"^from: '2020/03' is not a date \(YYYY, YYYY-MM or YYYY-MM-DD\)$"):
        rows(oxigraph, "twinnings-filtered", FILTERED, **{"from": "2020/03"})


# --- partners -----------------------------------------------------------------------------------------

def test_partners_within_west_java_are_those_of_its_cities_regencies_and_itself(oxigraph):
    columns = ("memberLabel", "partnerLabel", "partnerCountry", "stage", "date", "source")
    assert rows(oxigraph, "partners-within", columns, locality="Jawa Barat") == [
        ("Bandung", "Braunschweig", "Germany", "active", None, C),
        ("Bandung", "Suwon", "South Korea", "loi_signed", "2019-05-20", A),
        ("Bandung", "Suwon", "South Korea", "mou_signed", "2020-03-12", B),
        ("Bandung", "Suwon", "South Korea", "renewed", "2025-03-10", C),
        ("Bekasi Regency", "Suwon", "South Korea", "proposed", "2019-02", A),
        ("Bogor", "Nanning", "China", "loi_signed", "2018-11-05", B),
        ("West Java", "Gyeonggi Province", "South Korea", "active", None, A),
    ]


def test_partners_within_a_city_are_its_own(oxigraph):
    assert rows(oxigraph, "partners-within", ("memberLabel", "partnerLabel"), locality="Q10393") == [("Bogor", "Nanning")]


def test_partners_two_steps_away_exclude_the_direct_partners(oxigraph):
    columns = ("partnerLabel", "partnerCountry", "viaLabel")
    assert rows(oxigraph, "partners-two-steps", columns, locality="Bandung") == [
        ("Bekasi Regency", "Indonesia", "Suwon"),
        ("Hamamatsu", "Japan", "Suwon"),
    ]
    assert rows(oxigraph, "partners-two-steps", columns, locality="Hamamatsu") == [
        ("Bandung", "Indonesia", "Suwon"),
        ("Bekasi Regency", "Indonesia", "Suwon"),
    ]
    assert rows(oxigraph, "partners-two-steps", columns, locality="Bogor") == []


# --- counts -------------------------------------------------------------------------------------------

def test_counts_by_country_pair(oxigraph):
    assert rows(oxigraph, "counts-by-country-pair", ("countryA", "countryB", "twinnings")) == [
        ("Indonesia", "South Korea", "3"),
        ("Australia", "Indonesia", "1"),
        ("China", "Indonesia", "1"),
        ("Germany", "Indonesia", "1"),
        ("Japan", "South Korea", "1"),
    ]


def test_counts_by_province_roll_places_up_to_their_first_level_division(oxigraph):
    columns = ("provinceLabel", "countryLabel", "twinnings")
    assert rows(oxigraph, "counts-by-province", columns) == [
        ("West Java", "Indonesia", "5"),
        ("Gyeonggi Province", "South Korea", "4"),
        ("Central Java", "Indonesia", "1"),
        ("Guangxi", "China", "1"),
        ("Queensland", "Australia", "1"),
        ("Shizuoka Prefecture", "Japan", "1"),
    ]
    assert rows(oxigraph, "counts-by-province", columns, country="Indonesia") == [
        ("West Java", "Indonesia", "5"),
        ("Central Java", "Indonesia", "1"),
    ]


# --- timeline, early stages, legal basis ------------------------------------------------------------

def test_timeline_of_bandung_and_suwon_in_time_order_with_every_source(oxigraph):
    columns = ("stage", "date", "source", "title", "url")
    assert rows(oxigraph, "timeline", columns, locality="Bandung", partner="Suwon") == [
        ("proposed", "2018-11", A, "Fixture Daily: Bandung and Suwon sign a letter of intent", "https://example.org/fixture/a"),
        ("loi_signed", "2019-05-20", A, "Fixture Daily: Bandung and Suwon sign a letter of intent", "https://example.org/fixture/a"),
        ("mou_signed", "2020-03-12", B, "Fixture Post: memorandum signed in Suwon", "https://example.org/fixture/b"),
        ("mou_signed", "2020-03-12", C, "Fixture Weekly: twinning round-up", "https://example.org/fixture/c"),
        ("renewed", "2025-03-10", C, "Fixture Weekly: twinning round-up", "https://example.org/fixture/c"),
    ]


def test_timeline_puts_undated_stages_last(oxigraph):
    assert rows(oxigraph, "timeline", ("twinning", "stage", "date"), locality="Gyeonggi Province") == [
        (WESTJAVA_GYEONGGI, "agreement_signed", "1997-10"),
        (WESTJAVA_GYEONGGI, "active", None),
    ]


def test_stuck_early_oldest_first(oxigraph):
    assert rows(oxigraph, "stuck-early", ("twinning", "aLabel", "bLabel", "stage", "since", "sources")) == [
        (BOGOR_NANNING, "Nanning", "Bogor", "loi_signed", "2018-11-05", "1"),
        (BEKASI_SUWON, "Bekasi Regency", "Suwon", "proposed", "2019-02", "1"),
    ]


def test_resting_on_an_instrument_by_number_or_title_words(oxigraph):
    columns = ("number", "twinning", "stage", "source")
    expected = [
        ("3/2008", BANDUNG_SUWON, "mou_signed", B),
        ("3/2008", BANDUNG_SUWON, "renewed", C),
        ("3/2008", SEMARANG_BRISBANE, "ended", C),
        ("3/2008", BOGOR_NANNING, "loi_signed", B),
    ]
    assert rows(oxigraph, "resting-on", columns, instrument="3/2008") == expected
    assert rows(oxigraph, "resting-on", columns, instrument="menteri dalam negeri nomor 3") == expected
    assert rows(oxigraph, "resting-on", columns, instrument="3/2009") == []


# --- gaps and corroboration -------------------------------------------------------------------------

def test_localities_without_wikidata(oxigraph):
    columns = ("label", "kind", "countryLabel", "twinnings")
    assert rows(oxigraph, "without-wikidata", columns) == [
        ("Queensland", "state", "Australia", "0"),
        ("China", "country", "China", "0"),
        ("Nanning", "city", "China", "1"),
        ("Hamamatsu", "city", "Japan", "1"),
        ("Shizuoka Prefecture", "prefecture", "Japan", "0"),
    ]
    assert rows(oxigraph, "without-wikidata", columns, country="JP") == [
        ("Hamamatsu", "city", "Japan", "1"),
        ("Shizuoka Prefecture", "prefecture", "Japan", "0"),
    ]


def test_single_source_facts_of_bandung_and_suwon(oxigraph):
    event = ID + "event/id-city-bandung--kr-city-suwon/"
    facts = [r for r in rows(oxigraph, "single-source-facts", ("twinning", "property", "value", "source"), locality="Bandung")
             if r[0] == BANDUNG_SUWON]
    sc = "https://w3id.org/sister-cities/ontology#"
    stage = "https://w3id.org/sister-cities/ontology/stage/"
    # the twinning itself, the 2020 MoU event and the legal basis have two or three sources: absent
    assert facts == [
        (BANDUNG_SUWON, sc + "event", event + "loi_signed/2019-05-20", A),
        (BANDUNG_SUWON, sc + "event", event + "proposed/2018-11", A),
        (BANDUNG_SUWON, sc + "event", event + "renewed/2025-03-10", C),
        (BANDUNG_SUWON, sc + "field", "https://w3id.org/sister-cities/ontology/field/culture", B),
        (BANDUNG_SUWON, sc + "stage", stage + "loi_signed", A),
        (BANDUNG_SUWON, sc + "stage", stage + "mou_signed", B),
        (BANDUNG_SUWON, sc + "stage", stage + "renewed", C),
    ]


def test_single_source_facts_include_a_twinning_only_one_source_tells(oxigraph):
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    exists = [r[0] for r in rows(oxigraph, "single-source-facts", ("twinning", "property")) if r[1] == rdf_type]
    assert exists == [SEMARANG_BRISBANE, BOGOR_NANNING, BANDUNG_BRAUNSCHWEIG, WESTJAVA_GYEONGGI, BEKASI_SUWON,
                      HAMAMATSU_SUWON]


# --- checks -------------------------------------------------------------------------------------------

def check_rows(store) -> list[tuple[str, str, str]]:
    from sister_cities.resources import queries_dir

    found = []
    for name in ("parent-cycle", "contained-in-other-country", "twinning-without-stage-in-source"):
        query = available_queries(queries_dir() / "checks")[name]
        found += [(name, r["focus"], r["detail"]) for r in run(query, {}, store.select).records()]
    return found


def test_the_known_graph_passes_the_new_checks(oxigraph):
    assert check_rows(oxigraph) == []


def test_the_new_checks_find_a_cycle_a_parent_abroad_and_a_stageless_twinning():
    from rdflib import URIRef

    from sister_cities.vocab import SC, SDO

    dataset = known_dataset()
    bandung, west_java, suwon = (URIRef(ID + p) for p in ("place/id/city/bandung", "place/id/province/west-java",
                                                          "place/kr/city/suwon"))
    graph_a = dataset.graph(URIRef(ID + "graph/curated-known-graph-a"))
    graph_a.add((west_java, SDO.containedInPlace, bandung))  # Bandung is already in West Java
    graph_a.add((suwon, SDO.containedInPlace, west_java))
    graph_a.remove((URIRef(BEKASI_SUWON), SC.stage, None))
    broken = copy_store(MemoryStore(dataset), "oxigraph")
    assert sorted(check_rows(broken)) == [
        ("contained-in-other-country", ID + "place/kr/city/suwon",
         f"in {ID}place/kr but contained in {ID}place/id/province/west-java, which is in {ID}place/id"),
        ("parent-cycle", ID + "place/id/city/bandung", "schema:containedInPlace leads back to this place"),
        ("parent-cycle", ID + "place/id/province/west-java", "schema:containedInPlace leads back to this place"),
        ("twinning-without-stage-in-source", BEKASI_SUWON,
         f"no sc:stage in the source graph {ID}graph/curated-known-graph-a"),
    ]

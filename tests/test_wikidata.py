"""Linking, import and diff against a real Oxigraph server loaded with the Wikidata-shaped fixture.

The places are those of the curated record of our first article, with their QIDs removed, so the
linker has to find them again. Statements added on top of the fixture here (partner countries, one
dated P190, two test sources) are inputs of these tests, not claims about Wikidata.
"""
from __future__ import annotations

import copy
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef

from servers import OxigraphServer, ScriptedServer, Reply, free_port
from sister_cities.build import add_record, curated_record, new_dataset
from sister_cities.cli import cli
from sister_cities.records import Event, Locality, Source, SourceRecord, Twinning
from sister_cities.resources import curated_dir
from sister_cities.store import load_dataset, save_dataset
from sister_cities.vocab import ID, OWL, PROV, RDF, RDFS, SC, WD, XSD
from sister_cities.wikidata import (
    WIKIDATA_GRAPH,
    WIKIDATA_LINKS_GRAPH,
    PlaceNode,
    WikidataNotImported,
    decide,
    diff_with_wikidata,
    gazetteer_candidates,
    import_twinnings,
    link_graph,
    quickstatements,
    quickstatements_time,
    load_query,
    wikidata_date,
    wkt_point,
)
from sister_cities.wikidata_client import WDQS_ENDPOINT, NotCached, WikidataClient, declared_values
from gazetteer_without import gazetteer_without
from wikidata_fixture import WDT, add_p190, wikidata_graph, write_fixture

FIRST_ARTICLE = {
    ("Bekasi Regency", "regency"): "Q10340",
    ("West Java", "province"): "Q3724",
    ("Indonesia", "country"): "Q252",
    ("South Korea", "country"): "Q884",
    ("Purwakarta Regency", "regency"): "Q10378",
    ("Sétif Province", "province"): "Q237164",
    ("Bogor", "city"): "Q10393",
    ("Taiwan", "country"): "Q865",
    ("Bogor Regency", "regency"): "Q10363",
    ("Nanning", "city"): "Q179608",
    ("China", "country"): "Q148",
}
KIND_SENSITIVE = [
    # (name, local name, kind, country, expected QID, the namesake it must not be)
    ("Bekasi Regency", "Kabupaten Bekasi", "regency", "ID", "Q10340", "Q10392"),
    ("Bekasi", "Kota Bekasi", "city", "ID", "Q10392", "Q10340"),
    ("Bogor", "Kota Bogor", "city", "ID", "Q10393", "Q10363"),
    ("Bogor Regency", "Kabupaten Bogor", "regency", "ID", "Q10363", "Q10393"),
    ("Sétif", None, "city", "DZ", "Q244004", "Q237164"),
    ("Sétif Province", None, "province", "DZ", "Q237164", "Q244004"),
]


def unlinked_first_article() -> Dataset:
    """The curated record of the first article without any QID, plus the kind-sensitive namesakes."""
    data = json.loads((curated_dir() / "antara-2023-bekasi-korea.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    for locality in data["localities"]:
        locality.pop("qid", None)
    known = {(loc["name"], loc["kind"]) for loc in data["localities"]}
    for name, local, kind, country, _, _ in KIND_SENSITIVE:
        if (name, kind) not in known:
            data["localities"].append({"name": name, "local_name": local, "kind": kind, "country": country})
    dataset = new_dataset()
    add_record(dataset, curated_record(data))
    return dataset


def links_of(dataset: Dataset) -> dict[tuple[str, str], str]:
    """(English name, kind) -> QID of every owl:sameAs in the links graph."""
    graph = dataset.graph(WIKIDATA_LINKS_GRAPH)
    found = {}
    for node, item in graph.subject_objects(OWL.sameAs):
        name = str(dataset.value(node, RDFS.label))
        kind = str(dataset.value(node, SC.kind)).rsplit("/", 1)[-1]
        found[(name, kind)] = str(item).rsplit("/", 1)[-1]
    return found


@pytest.fixture(scope="module")
def fixture_server(tmp_path_factory: pytest.TempPathFactory):
    """Oxigraph with the fixture, plus the countries of three of Bogor's 2016 partners (our test input)."""
    graph = wikidata_graph()
    for partner, country, code in (("Q38022", "Q30", "US"), ("Q209988", "Q28", "HU"), ("Q15174", "Q148", None)):
        graph.add((WD[partner], WDT.P17, WD[country]))
        if code:
            graph.add((WD[country], WDT.P297, Literal(code)))
    add_p190(graph, "Q10363", "Q179608", start=("2019-05-01T00:00:00Z", 10), end=("2021-01-01T00:00:00Z", 9),
             reference_url="https://example.org/bogor-regency-nanning")
    with OxigraphServer(write_fixture(tmp_path_factory.mktemp("wikidata"), graph)) as server:
        yield server


def client_of(server: OxigraphServer, tmp_path: Path) -> WikidataClient:
    return WikidataClient(server.query_url, cache_dir=tmp_path / "cache", timeout=10)


# --- linking ----------------------------------------------------------------------------------------


def test_gazetteer_links_the_first_article_offline() -> None:
    dataset = unlinked_first_article()
    report = link_graph(dataset)
    links = links_of(dataset)
    for key, qid in FIRST_ARTICLE.items():
        assert links[key] == qid, key
    for name, _, kind, _, qid, _ in KIND_SENSITIVE:
        assert links[(name, kind)] == qid
    assert report.method == "gazetteer"
    assert report.counts == {"linked": 16, "ambiguous": 0, "weak": 0, "not_found": 0, "already_linked": 0, "taken": 0}


def test_sparql_links_the_first_article_against_the_fixture(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    dataset = unlinked_first_article()
    report = link_graph(dataset, client=client_of(fixture_server, tmp_path))
    links = links_of(dataset)
    for key, qid in FIRST_ARTICLE.items():
        assert links[key] == qid, key
    for name, _, kind, _, qid, _ in KIND_SENSITIVE:
        assert links[(name, kind)] == qid
    assert report.counts == {"linked": 16, "ambiguous": 0, "weak": 0, "not_found": 0, "already_linked": 0, "taken": 0}
    bogor_regency = ID["place/id/regency/bogor-regency"]
    lines = report.lines()
    assert ("linked\tBogor Regency (regency, ID)\tQ10363\t1.00\tsparql: name is the label; "
            "country matches (ID); kind matches (regency)") in lines
    assert ("linked\tNanning (city, CN)\tQ179608\t0.80\tsparql: name is the label; country matches (CN); "
            "kind unknown") in lines
    evidence = ID["link/id/regency/bogor-regency"]
    links_graph = dataset.graph(WIKIDATA_LINKS_GRAPH)
    assert (evidence, RDF.subject, bogor_regency) in links_graph
    assert (evidence, RDF.object, WD.Q10363) in links_graph
    assert links_graph.value(evidence, SC.extractionMethod) == Literal("sparql")
    assert links_graph.value(evidence, RDF.value) == Literal("1", datatype=XSD.decimal)
    assert links_graph.value(evidence, PROV.wasDerivedFrom) == ID["source/wikidata"]


def test_namesakes_are_reported_not_guessed() -> None:
    from sister_cities.gazetteer import Gazetteer

    place = PlaceNode(node=URIRef("urn:x:springfield"), name="Springfield", kind="city", country="US")
    match = decide(place, gazetteer_candidates(place, Gazetteer.default()))
    assert match.status == "ambiguous"
    assert match.chosen is None
    assert len(match.candidates) >= 2
    # one carries P190 (1.15), but that tells a town from its municipality, not one Springfield from another
    assert match.candidates[0].score - match.candidates[1].score <= 0.15 + 1e-9


def test_a_place_of_another_kind_is_shown_but_never_linked() -> None:
    from sister_cities.gazetteer import Gazetteer

    place = PlaceNode(node=URIRef("urn:x:purwakarta"), name="Purwakarta", kind="city", country="ID")
    match = decide(place, gazetteer_candidates(place, Gazetteer.default()))
    assert match.status == "weak"  # Purwakarta Regency is the only Purwakarta, and it is a regency
    assert match.chosen is None
    [candidate] = [c for c in match.candidates if c.qid == "Q10378"]
    assert candidate.reasons[-1] == "refused: a bare name is the settlement, not Purwakarta Regency (regency)"
    assert candidate.score == 0.0


def test_places_a_source_already_links_are_left_alone() -> None:
    dataset = new_dataset()
    add_record(dataset, curated_record(json.loads(
        (curated_dir() / "antara-2023-bekasi-korea.json").read_text(encoding="utf-8"))))
    report = link_graph(dataset)
    assert report.counts["already_linked"] == 14
    assert report.counts["linked"] == 0
    assert list(dataset.graph(WIKIDATA_LINKS_GRAPH).subject_objects(OWL.sameAs)) == []


# --- import -----------------------------------------------------------------------------------------


def linked_first_article() -> Dataset:
    dataset = new_dataset()
    add_record(dataset, curated_record(json.loads(
        (curated_dir() / "antara-2023-bekasi-korea.json").read_text(encoding="utf-8"))))
    return dataset


def test_import_adds_p190_twinnings_as_the_wikidata_source(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    dataset = linked_first_article()
    # as if the gazetteer had not learned Gödöllő from the 2016 crawl, to see it come from Wikidata
    result = import_twinnings(dataset, client=client_of(fixture_server, tmp_path), today=date(2026, 11, 28),
                              gazetteer=gazetteer_without("Q209988"))
    pairs = {(t.a.qid, t.b.qid, t.stage, t.date, tuple((e.stage, e.date) for e in t.events))
             for t in result.record.twinnings}
    assert pairs == {
        ("Q10363", "Q179608", "ended", "2021", (("active", "2019-05"), ("ended", "2021"))),
        ("Q10393", "Q15174", "active", None, ()),
        ("Q10393", "Q209988", "active", None, ()),
        ("Q10393", "Q38022", "active", None, ()),
        ("Q15176", "Q240463", "active", None, ()),
        ("Q15176", "Q101254", "active", None, ()),
        ("Q179608", "Q41753", "active", None, ()),
    }
    # partners the gazetteer knows get its name and kind (as other loaders mint them); Gödöllő is
    # not in it and comes from Wikidata's own label and country (P17/P297)
    partners = {t.b.qid: (t.b.name, t.b.kind, t.b.country) for t in result.record.twinnings}
    assert partners["Q38022"] == ("St. Louis", "city", "US")
    assert partners["Q41753"] == ("Klagenfurt", "city", "AT")
    assert partners["Q240463"] == ("Surat Thani Province", "province", "TH")
    assert partners["Q209988"] == ("Gödöllő", "other", "HU")
    assert result.statements == 7
    assert result.skipped == ()  # Q101254 carries P190 in the 2016 crawl: the gazetteer has learned it
    wikidata = dataset.graph(WIKIDATA_GRAPH)
    assert wikidata.value(ID["source/wikidata"], URIRef("https://schema.org/dateModified")) == Literal(
        result.record.source.retrieved, datatype=XSD.date)
    ended = ID["twinning/cn-city-nanning--id-regency-bogor-regency"]
    assert (ended, SC.stage, URIRef("https://w3id.org/sister-cities/ontology/stage/ended")) in wikidata


def test_import_needs_no_network_the_second_time(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    first = linked_first_article()
    import_twinnings(first, client=client_of(fixture_server, tmp_path), today=date(2026, 11, 28))
    second = linked_first_article()
    gone = WikidataClient(f"http://127.0.0.1:{free_port()}/sparql", cache_dir=tmp_path / "cache", offline=True)
    # same queries, other endpoint: nothing cached for it, so offline mode must say so
    with pytest.raises(NotCached, match="^offline, and the cache"):
        import_twinnings(second, client=gone)
    cached = WikidataClient(fixture_server.query_url, cache_dir=tmp_path / "cache", offline=True)
    result = import_twinnings(second, client=cached, today=date(2026, 11, 28))
    assert len(result.record.twinnings) == 7


def test_import_twice_gives_the_same_graph(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    """Partners met in the first import are not ours: the second run must not follow their P190."""
    from rdflib.compare import isomorphic

    dataset = linked_first_article()
    client = client_of(fixture_server, tmp_path)
    import_twinnings(dataset, client=client, today=date(2026, 11, 28))
    first = Graph()
    first += dataset.graph(WIKIDATA_GRAPH)
    again = import_twinnings(dataset, client=client, today=date(2026, 11, 28))
    assert again.statements == 7
    assert isomorphic(first, dataset.graph(WIKIDATA_GRAPH))


def test_linked_graph_is_valid(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    """Links pass the project's SHACL shapes and checks, with either link method."""
    from sister_cities.validate import validate

    for client in (None, client_of(fixture_server, tmp_path)):
        dataset = unlinked_first_article()
        link_graph(dataset, client=client)
        report = validate(dataset)
        assert [str(problem) for problem in report.problems] == []
        assert report.conforms


def test_imported_graph_is_valid(fixture_server: OxigraphServer, tmp_path: Path) -> None:
    """The Wikidata source, partners with coordinates included, passes the shapes and checks."""
    from sister_cities.validate import validate

    dataset = linked_first_article()
    import_twinnings(dataset, client=client_of(fixture_server, tmp_path), today=date(2026, 11, 28))
    report = validate(dataset)
    assert [str(problem) for problem in report.problems] == []


# --- diff and QuickStatements -----------------------------------------------------------------------


def test_diff_reports_missing_and_contradicted_and_writes_quickstatements(
    fixture_server: OxigraphServer, tmp_path: Path
) -> None:
    dataset = linked_first_article()
    bogor = Locality(name="Bogor", kind="city", country="ID", qid="Q10393")
    nanning = Locality(name="Nanning", kind="city", country="CN", qid="Q179608")
    st_louis = Locality(name="St. Louis", kind="other", country="US", qid="Q38022")
    report_source = Source(key="test/bogor-nanning", title='Bogor dan Nanning "resmi" bersaudara',
                           url="https://example.org/bogor-nanning", language="id", published="2016-04",
                           retrieved="2026-11-20")
    add_record(dataset, SourceRecord(
        source=report_source, method="curated", localities=(bogor, nanning),
        twinnings=(Twinning(a=bogor, b=nanning, stage="agreement_signed", date="2016-04-12",
                            events=(Event(stage="agreement_signed", date="2016-04-12"),
                                    Event(stage="active", date="2015-01-01"))),)))  # seen alive: no start
    ended_source = Source(key="test/bogor-st-louis", title="Ended", url="https://example.org/ended", language="en")
    add_record(dataset, SourceRecord(
        source=ended_source, method="curated", localities=(bogor, st_louis),
        twinnings=(Twinning(a=bogor, b=st_louis, stage="ended", date="2020",
                            events=(Event(stage="ended", date="2020"),)),)))
    with pytest.raises(WikidataNotImported, match="run `sister-cities wikidata import` first$"):
        diff_with_wikidata(dataset)
    import_twinnings(dataset, client=client_of(fixture_server, tmp_path), today=date(2026, 11, 28))
    report = diff_with_wikidata(dataset)
    assert [(c.a, c.b, c.stage, c.start) for c in report.missing] == [("Q10393", "Q179608", "agreement_signed", "2016-04-12")]
    assert [(c.a, c.b) for c in report.contradicted] == [("Q10393", "Q38022")]
    assert report.unlinked == ("Bekasi Regency – South Korea",)
    tail = ("P580\t+2016-04-12T00:00:00Z/11\tS854\t\"https://example.org/bogor-nanning\"\t"
            "S1476\tid:\"Bogor dan Nanning 'resmi' bersaudara\"\tS577\t+2016-04-00T00:00:00Z/10\t"
            "S813\t+2026-11-20T00:00:00Z/11")
    ended = 'P582\t+2020-00-00T00:00:00Z/9\tS854\t"https://example.org/ended"\tS1476\ten:"Ended"'
    assert quickstatements(report) == (f"Q10393\tP190\tQ179608\t{tail}\nQ179608\tP190\tQ10393\t{tail}\n"
                                       f"Q10393\tP190\tQ38022\t{ended}\nQ38022\tP190\tQ10393\t{ended}\n")


def test_wikidata_points() -> None:
    assert wkt_point("Point(106.8 -6.6)") == (-6.6, 106.8)
    assert wkt_point("Point(1.5e2 -6)") == (-6.0, 150.0)
    assert wkt_point("<http://www.wikidata.org/entity/Q405> Point(10 20)") is None  # on the Moon
    assert wkt_point("Point(200 10)") is None


@pytest.mark.parametrize("name", ["candidates-by-label", "countries-by-code", "twinning-statements", "item-facts"])
def test_wikidata_queries_declare_their_values_parameters(name: str) -> None:
    text = load_query(name)
    assert text.startswith("# title: ")
    assert len(declared_values(text)) == 1


def test_quickstatements_time_precision() -> None:
    assert quickstatements_time("2023") == "+2023-00-00T00:00:00Z/9"
    assert quickstatements_time("2023-02") == "+2023-02-00T00:00:00Z/10"
    assert quickstatements_time("2023-02-14") == "+2023-02-14T00:00:00Z/11"


def test_wikidata_dates_are_cut_to_their_precision() -> None:
    stamp = Literal("2019-05-01T00:00:00Z", datatype=XSD.dateTime)
    assert wikidata_date(stamp, Literal(9)) == "2019"
    assert wikidata_date(stamp, Literal(10)) == "2019-05"
    assert wikidata_date(stamp, Literal(11)) == "2019-05-01"
    assert wikidata_date(stamp, Literal(7)) is None  # a century says nothing about a twinning's start
    assert wikidata_date(None, None) is None


# --- the command line -------------------------------------------------------------------------------


def write_unlinked_graph(path: Path) -> bytes:
    save_dataset(unlinked_first_article(), path)
    return path.read_bytes()


def test_cli_link_offline_writes_back_and_reports(tmp_path: Path) -> None:
    graph_file = tmp_path / "graph.trig"
    write_unlinked_graph(graph_file)
    result = CliRunner().invoke(cli, ["link", "--graph", str(graph_file), "--offline", "--report"])
    assert result.exit_code == 0, result.output
    assert "linked\tBekasi Regency (regency, ID)\tQ10340\t1.00\tgazetteer: name is the label; country matches (ID); " \
           "kind matches (regency)\n" in result.output
    assert result.output.endswith(
        f"16 linked, 0 ambiguous, 0 weak, 0 not found, 0 already linked (gazetteer); wrote {graph_file}\n")
    links = links_of(load_dataset(graph_file))
    assert links[("Sétif Province", "province")] == "Q237164"
    assert links[("Bekasi", "city")] == "Q10392"


def test_cli_link_report_lists_the_candidates_of_ambiguous_places(tmp_path: Path) -> None:
    springfield = Locality(name="Springfield", kind="city", country="US")
    nowhere = Locality(name="Kota Tidak Ada", kind="city", country="ID")
    dataset = new_dataset()
    add_record(dataset, SourceRecord(source=Source(key="test/namesakes", kind="curated"), method="curated",
                                     localities=(springfield, nowhere)))
    graph_file = tmp_path / "graph.nq"
    save_dataset(dataset, graph_file)
    result = CliRunner().invoke(cli, ["link", "--graph", str(graph_file), "--report"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "not found\tKota Tidak Ada (city, ID)"
    assert lines[1] == "ambiguous\tSpringfield (city, US)"
    candidates = [line.split("\t") for line in lines[2:-1]]
    assert len(candidates) >= 2
    for candidate in candidates:
        assert candidate[0] == "  candidate" and candidate[1].startswith("Q") and candidate[2] == "Springfield"
        assert candidate[3] == "1.00" or candidate[3] == "1.15"  # 1.15: the namesake carrying P190
        assert candidate[4].startswith("name is the label; country matches (US); kind matches (city)")
    assert lines[-1] == f"0 linked, 1 ambiguous, 0 weak, 1 not found, 0 already linked (gazetteer); wrote {graph_file}"
    assert list(load_dataset(graph_file).graph(WIKIDATA_LINKS_GRAPH).subject_objects(OWL.sameAs)) == []


def test_cli_link_against_the_fixture_endpoint(fixture_server: OxigraphServer, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    graph_file, out_file = tmp_path / "graph.trig", tmp_path / "linked.nq"
    before = write_unlinked_graph(graph_file)
    result = CliRunner().invoke(cli, ["link", "--graph", str(graph_file), "--endpoint", fixture_server.query_url,
                                      "--out", str(out_file)])
    assert result.exit_code == 0, result.output
    assert result.output == f"16 linked, 0 ambiguous, 0 weak, 0 not found, 0 already linked (sparql); wrote {out_file}\n"
    assert graph_file.read_bytes() == before
    assert links_of(load_dataset(out_file))[("Bogor Regency", "regency")] == "Q10363"


@pytest.mark.parametrize(
    "reply",
    [None, Reply(500, b"boom"), Reply(200, b"Please set a user-agent", {"Content-Type": "text/plain"})],
    ids=["refused", "500", "plain-text"],
)
def test_cli_link_failure_leaves_the_graph_file_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          reply: Reply | None) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    graph_file = tmp_path / "graph.trig"
    before = write_unlinked_graph(graph_file)

    def run(endpoint: str):
        return CliRunner().invoke(cli, ["link", "--graph", str(graph_file), "--endpoint", endpoint])

    if reply is None:
        endpoint = f"http://127.0.0.1:{free_port()}/sparql"
        result = run(endpoint)
        assert result.output == f"Error: cannot reach {endpoint}: Connection refused\n"
    else:
        with ScriptedServer([reply]) as server:
            result = run(server.url)
        assert result.output.startswith(f"Error: {server.url} answered")
        assert result.output.count("\n") == 1
    assert result.exit_code == 1
    assert graph_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"]  # no temporary file left behind


def test_cli_import_and_diff(fixture_server: OxigraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    graph_file = tmp_path / "graph.trig"
    save_dataset(linked_first_article(), graph_file)
    runner = CliRunner()
    diff = runner.invoke(cli, ["wikidata", "diff", "--graph", str(graph_file)])
    assert diff.exit_code == 1
    assert diff.output == "Error: the graph has no Wikidata source yet: run `sister-cities wikidata import` first\n"
    result = runner.invoke(cli, ["wikidata", "import", "--graph", str(graph_file), "--endpoint", fixture_server.query_url])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"7 P190 statements, 7 twinnings imported; wrote {graph_file}"
    assert len(load_dataset(graph_file).graph(WIKIDATA_GRAPH)) > 0
    qs_file = tmp_path / "missing.qs"
    diff = runner.invoke(cli, ["wikidata", "diff", "--graph", str(graph_file), "--quickstatements", str(qs_file)])
    assert diff.exit_code == 0, diff.output
    assert diff.output == (
        "no QuickStatements (a side not linked, or a country)\tBekasi Regency – South Korea\n"
        f"0 missing on Wikidata, 0 contradicted, 1 without QuickStatements (a side not linked, or a country); wrote {qs_file}\n"
    )
    assert qs_file.read_text() == ""


def test_cli_link_offline_with_endpoint_uses_only_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    graph_file = tmp_path / "graph.trig"
    before = write_unlinked_graph(graph_file)
    result = CliRunner().invoke(cli, ["link", "--graph", str(graph_file), "--offline",
                                      "--endpoint", "https://query.wikidata.org/sparql"])
    assert result.exit_code == 1
    assert result.output == (f"Error: offline, and the cache in {tmp_path / 'cache' / 'sister-cities' / 'wikidata'} "
                             "has no answer to this query\n")
    assert graph_file.read_bytes() == before


def test_every_wikidata_command_has_help() -> None:
    for args in (["link"], ["wikidata"], ["wikidata", "import"], ["wikidata", "diff"]):
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0
        assert result.output.startswith("Usage: ")


# --- the real service -------------------------------------------------------------------------------


@pytest.mark.live
def test_live_wikidata_links_the_kind_sensitive_pairs(tmp_path: Path) -> None:
    dataset = unlinked_first_article()
    report = link_graph(dataset, client=WikidataClient(WDQS_ENDPOINT, cache_dir=tmp_path / "cache"))
    links = links_of(dataset)
    for name, _, kind, _, qid, _ in KIND_SENSITIVE:
        assert links.get((name, kind)) == qid, (name, kind, report.lines())
    for key in (("Indonesia", "country"), ("South Korea", "country"), ("China", "country")):
        assert links[key] == FIRST_ARTICLE[key]


# --- properties -------------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from sister_cities.wikidata import LINK_THRESHOLD, MARGIN, Candidate, Claim, DiffReport, Reference  # noqa: E402

qids = st.integers(min_value=1, max_value=10**9).map(lambda n: f"Q{n}")
scores = st.sampled_from([-0.2, 0.0, 0.05, 0.1, 0.2, 0.25, 0.35, 0.5, 0.6, 0.75, 0.8, 0.85, 0.9, 1.0])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(qids, scores), max_size=6, unique_by=lambda pair: pair[0]))
def test_decide_links_only_a_clear_winner(pairs: list[tuple[str, float]]) -> None:
    place = PlaceNode(node=URIRef("urn:x:p"), name="P", kind="city", country="ID")
    candidates = [Candidate(qid, "P", score, "gazetteer", ()) for qid, score in pairs]
    match = decide(place, candidates)
    ranked = sorted((c.score for c in candidates), reverse=True)
    if match.status == "linked":
        assert match.chosen is not None and match.chosen.score == ranked[0] >= LINK_THRESHOLD
        assert len(ranked) == 1 or ranked[0] - ranked[1] >= MARGIN - 1e-9
    else:
        assert match.chosen is None
        assert match.status == ("not_found" if not candidates else match.status)
        assert not candidates or ranked[0] < LINK_THRESHOLD or ranked[0] - ranked[1] < MARGIN - 1e-9


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat()[:4], d.isoformat()[:7], d.isoformat()]))
titles = st.text(min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(qids, qids, st.none() | dates, titles, st.none() | dates), max_size=5))
def test_quickstatements_are_symmetric_one_line_each(claims: list) -> None:
    report = DiffReport(missing=tuple(
        Claim(a, b, "A", "B", "mou_signed", start,
              Reference(url="https://example.org/x", title=title, language="id", published=published))
        for a, b, start, title, published in claims), contradicted=(), unlinked=())
    lines = quickstatements(report).splitlines()
    assert len(lines) == 2 * len(claims)
    for first, second, (a, b, start, title, _) in zip(lines[::2], lines[1::2], claims):
        one, other = first.split("\t"), second.split("\t")
        assert one[:3] == [a, "P190", b] and other[:3] == [b, "P190", a]
        assert one[3:] == other[3:]
        assert len(one) % 2 == 1  # subject, property, value, then property/value pairs
        if start is not None:
            assert one[3:5] == ["P580", quickstatements_time(start)]
        if "S1476" not in one:
            assert not title.strip()  # only a blank title is left out
            continue
        title_value = one[one.index("S1476") + 1]
        assert title_value.startswith('id:"') and title_value.endswith('"') and '"' not in title_value[4:-1]
        assert title_value[4:-1].strip() == title_value[4:-1] != ""

"""Wikidata-shaped RDF built at test time from `tests/data/wikidata-subset/` (see its README).

The graph uses Wikidata's own RDF vocabulary (`wd:`, `wdt:`, `p:`/`ps:`/`pq:`/`pqv:`, `wikibase:`,
`rdfs:label` and `skos:altLabel` with language tags, `wdt:P625` as a `geo:wktLiteral` point), so the
queries in `queries/wikidata/` run unchanged against it and against the real service.

What is not a copy of a record:
- statement node IRIs (`wds:Q10393-P190-Q38022`) are minted here; Wikidata uses GUIDs;
- three classes get `wdt:P279 wd:Q56061` (administrative territorial entity) directly: regency of
  Indonesia, city of Indonesia and province of Indonesia. On Wikidata the chain passes through
  intermediate classes; `wdt:P31/wdt:P279*` reaches the same class either way;
- labels of P190 partners outside the 42 records come from the 2016 crawl (`P190_object_labels_L3`)
  and are given the English tag.
Values the records mark as derived (`derived_fields`) are included unless `include_derived=False`.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, SKOS, XSD

SUBSET = Path(__file__).resolve().parent / "data" / "wikidata-subset" / "wikidata-subset.json"

WD = Namespace("http://www.wikidata.org/entity/")
WDS = Namespace("http://www.wikidata.org/entity/statement/")
WDREF = Namespace("http://www.wikidata.org/reference/")
WDV = Namespace("http://www.wikidata.org/value/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PQV = Namespace("http://www.wikidata.org/prop/qualifier/value/")
PR = Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")

ADMINISTRATIVE_TERRITORIAL_ENTITY = WD.Q56061
ADMINISTRATIVE_CLASSES = ("Q3191695", "Q3199141", "Q5098")
"""Regency of Indonesia, city of Indonesia, province of Indonesia: the classes the records use."""

EXTRA_STRING_PROPERTIES = ("P297", "P298", "P300", "P2588")


def load_records(path: Path = SUBSET) -> list[dict]:
    """The 42 records of the subset, as parsed JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def statement_node(subject_qid: str, prop: str, object_qid: str) -> URIRef:
    return WDS[f"{subject_qid}-{prop}-{object_qid}"]


def wikidata_graph(records: list[dict] | None = None, *, include_derived: bool = True) -> Graph:
    """The records as Wikidata RDF (truthy `wdt:` triples plus full `p:`/`ps:` P190 statements)."""
    records = load_records() if records is None else records
    graph = Graph()
    for prefix, namespace in (
        ("wd", WD), ("wds", WDS), ("wdt", WDT), ("p", P), ("ps", PS), ("pq", PQ), ("pqv", PQV),
        ("pr", PR), ("wdref", WDREF), ("wdv", WDV), ("wikibase", WIKIBASE), ("geo", GEO),
        ("prov", PROV),
    ):
        graph.bind(prefix, namespace)
    known = {record["qid"] for record in records}
    for record in records:
        item = WD[record["qid"]]
        derived = set() if include_derived else set(record.get("derived_fields", []))
        for language, label in record["labels"].items():
            if label:
                graph.add((item, RDFS.label, Literal(label, lang=language)))
        for language, aliases in record["aliases"].items():
            for alias in aliases:
                graph.add((item, SKOS.altLabel, Literal(alias, lang=language)))
        for prop in ("P31", "P17", "P131"):
            if prop in derived:
                continue
            for value in record[prop]:
                graph.add((item, WDT[prop], WD[value]))
        point = record.get("P625")
        if point and "P625" not in derived:
            wkt = f"Point({point['lon']} {point['lat']})"
            graph.add((item, WDT.P625, Literal(wkt, datatype=GEO.wktLiteral)))
        if record.get("P1566"):
            graph.add((item, WDT.P1566, Literal(record["P1566"])))
        for prop in EXTRA_STRING_PROPERTIES:
            value = record.get("extra", {}).get(prop)
            if isinstance(value, str):
                graph.add((item, WDT[prop], Literal(value)))
        capital = record.get("extra", {}).get("P36")
        if isinstance(capital, str):
            graph.add((item, WDT.P36, WD[capital]))
        for partner in record["P190"]:
            add_p190(graph, record["qid"], partner)
        partner_labels = record.get("extra", {}).get("P190_object_labels_L3", {})
        for partner, label in partner_labels.items():
            if partner not in known and label:
                graph.add((WD[partner], RDFS.label, Literal(label, lang="en")))
    for class_qid in ADMINISTRATIVE_CLASSES:
        graph.add((WD[class_qid], WDT.P279, ADMINISTRATIVE_TERRITORIAL_ENTITY))
    return graph


def add_p190(
    graph: Graph,
    subject_qid: str,
    object_qid: str,
    *,
    start: tuple[str, int] | None = None,
    end: tuple[str, int] | None = None,
    reference_url: str | None = None,
    rank: str = "NormalRank",
) -> URIRef:
    """One P190 statement in Wikidata's shape; `start`/`end` are (xsd:dateTime text, precision).

    The truthy `wdt:P190` triple is written for normal and preferred rank, as Wikidata does when no
    statement of the item has preferred rank.
    """
    subject, partner = WD[subject_qid], WD[object_qid]
    statement = statement_node(subject_qid, "P190", object_qid)
    graph.add((subject, P.P190, statement))
    graph.add((statement, PS.P190, partner))
    graph.add((statement, WIKIBASE.rank, WIKIBASE[rank]))
    if rank != "DeprecatedRank":
        graph.add((subject, WDT.P190, partner))
    for prop, qualifier in (("P580", start), ("P582", end)):
        if qualifier is None:
            continue
        moment, precision = qualifier
        time_literal = Literal(moment, datatype=XSD.dateTime)
        value_node = WDV[f"{subject_qid}-{prop}-{object_qid}"]
        graph.add((statement, PQ[prop], time_literal))
        graph.add((statement, PQV[prop], value_node))
        graph.add((value_node, WIKIBASE.timeValue, time_literal))
        graph.add((value_node, WIKIBASE.timePrecision, Literal(precision)))
    if reference_url is not None:
        reference = WDREF[f"{subject_qid}-P190-{object_qid}"]
        graph.add((statement, PROV.wasDerivedFrom, reference))
        graph.add((reference, PR.P854, URIRef(reference_url)))
    return statement


def write_fixture(directory: Path, graph: Graph | None = None) -> Path:
    """The fixture as N-Triples in `directory`, ready for `OxigraphServer(data_path=...)`."""
    path = Path(directory) / "wikidata-fixture.nt"
    (graph if graph is not None else wikidata_graph()).serialize(path, format="nt", encoding="utf-8")
    return path

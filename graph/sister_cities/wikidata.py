"""Our graph and Wikidata: linking places to items, importing P190 twinnings, and the difference.

**Linking** (`link_graph`) gives each locality and country of the dataset an `owl:sameAs wd:Q..`, found
offline in the packaged gazetteer (method `gazetteer`) or online through the Query Service (method
`sparql`). Every candidate gets a score from three observations, so a reviewer can see why:

    name     0.5  the name (English, or local) is the item's label      (0.35 if only an alias)
    country  0.3  the item is in the same country (P17 / the gazetteer's country); another country: dropped
    kind     0.2  the item's class fits the kind (a regency of Indonesia for `regency`);
                  -0.2 for a class of another kind (the city when we want the regency), so such a
                  candidate (at most 0.6) is shown to the reviewer but never linked;
                  0.1 for an administrative entity of no known kind (sparql); 0.05 when our kind is `other`

Countries are linked by their ISO 3166-1 code (P297), score 1. A place is linked when its best
candidate scores at least `LINK_THRESHOLD` and leads the next one by `MARGIN`; otherwise it is
reported as ambiguous (several close candidates) or weak (one poor candidate), never guessed.
Links go to their own named graph `WIKIDATA_LINKS_GRAPH`, each with an `sc:Evidence` node that
reifies the `owl:sameAs` (rdf:subject/predicate/object) and carries the method
(`sc:extractionMethod`), the score (`rdf:value`) and the reasons (`rdfs:comment`). A place that a source
already ties to Wikidata is left alone.

**Import** (`import_twinnings`) reads the P190 statements of linked localities, with their P580/P582
qualifiers and references, into a `SourceRecord` of the source "Wikidata", so they enter the graph
through `triples.record_to_graph` like every other source.

**Diff** (`diff_with_wikidata`) compares what our other sources say with the imported Wikidata graph:
twinnings our sources report (MoU signed or later) between two linked places that Wikidata lacks in
either direction, and P190 statements without an end that a source reports as ended. A side that is
not linked, or is a whole country, gives no statement. `quickstatements` writes the missing ones as
QuickStatements V1: P190 both ways, P580 from the earliest signing (year /9, month /10, day /11), or
for an ended twinning whose ending is dated, that P582 end time on the existing statements; and
the source as reference (S854 URL, S1476 title in its language, S577 published, S813 retrieved, each
when known; a curated record cites the article it was made from).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier

from .records import Event, Evidence, Locality, Source, SourceRecord, Twinning
from .resources import queries_dir
from .triples import TWINNED_STAGES, graph_iri, locality_key, source_iri
from .vocab import DCTERMS, ID, KIND, OWL, PROV, RDF, RDFS, SC, SDO, SKOS, STAGE, WD, XSD
from .wikidata_client import QueryTemplateError, WikidataClient, declared_values, qid_of, qid_term

WIKIDATA_LINKS_GRAPH = ID["graph/wikidata-links"]
WIKIDATA_SOURCE = Source(
    key="wikidata",
    kind="wikidata",
    title="Wikidata",
    publisher="Wikimedia Foundation",
    url="https://www.wikidata.org/",
    licence="CC0-1.0",
)
WIKIDATA_GRAPH = graph_iri(WIKIDATA_SOURCE)
GAZETTEER_SOURCE = ID["source/gazetteer"]
"""The packaged gazetteer as a source: what an offline link is derived from (see data/SOURCES.md)."""
VOCABULARY_GRAPH = ID["graph/vocabulary"]

LINK_THRESHOLD = 0.75
MARGIN = 0.15
NAME_LABEL, NAME_ALIAS, NAME_CORE = 0.5, 0.35, 0.25
COUNTRY_MATCH = 0.3
KIND_MATCH, KIND_ADMINISTRATIVE, KIND_OTHER, KIND_DIFFERS = 0.2, 0.1, 0.05, -0.2
LABEL_LANGUAGES = ("en", "id")

KIND_CLASSES: dict[str, frozenset[str]] = {
    "country": frozenset({"Q6256", "Q3624078"}),  # country, sovereign state
    "province": frozenset({"Q5098"}),  # province of Indonesia
    "regency": frozenset({"Q3191695"}),  # regency of Indonesia
    "city": frozenset({"Q3199141", "Q515"}),  # city of Indonesia, city
}
"""Wikidata classes whose instances are of one of our kinds. A class missing here only costs points."""

STATUSES = ("linked", "ambiguous", "weak", "not_found", "already_linked")

WIKIDATA_PRECISION = {9: 4, 10: 7, 11: 10}
"""Wikidata time precision (9 year, 10 month, 11 day) to the length of our ISO (partial) date."""


class WikidataNotImported(Exception):
    """The dataset has no Wikidata graph yet, so there is nothing to compare with."""


@functools.lru_cache(maxsize=None)
def load_query(name: str) -> str:
    """The text of `queries/wikidata/<name>.rq`, its header checked against the query.

    The header's `# param:` lines must name exactly the query's empty `VALUES ?name { }` blocks, the
    only places where `fill_values` puts values.
    """
    from .queries import load_query as load_named_query

    named = load_named_query(queries_dir() / "wikidata" / f"{name}.rq")
    header = sorted(parameter.name for parameter in named.parameters)
    blocks = sorted(declared_values(named.text))
    if header != blocks:
        raise QueryTemplateError(f"{named.path}: the header declares {', '.join(header) or 'no parameters'} "
                                 f"but the query has empty VALUES blocks for {', '.join(blocks) or 'none'}")
    return named.text


# --- the places of a dataset ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceNode:
    """A locality or country of the dataset, as the linker sees it."""

    node: URIRef
    name: str
    kind: str
    country: str
    local_name: str | None = None
    qids: tuple[str, ...] = ()  # what sources already say (outside the links graph)

    def locality(self, qid: str | None = None) -> Locality:
        """The record-level locality with the same key, so triples meet on the same IRI."""
        return Locality(name=self.name, kind=self.kind, country=self.country,
                        local_name=self.local_name, qid=qid or (self.qids[0] if self.qids else None))


def _graphs_except(dataset: Dataset, excluded: set[URIRef]) -> list[Graph]:
    """The non-empty named graphs of the dataset, except those named in `excluded`."""
    return [g for g in dataset.graphs() if g.identifier not in excluded and len(g)]


def _existing_graph(dataset: Dataset, name: URIRef) -> Graph | None:
    """The named graph, or None; `Dataset.graph(name)` would create it as a side effect."""
    return next((g for g in dataset.graphs() if g.identifier == name and len(g)), None)


def place_nodes(dataset: Dataset) -> list[PlaceNode]:
    """Every `sc:Locality` and `sc:Country` of the dataset, with its name, kind, country and QIDs."""
    places = []
    nodes = set(dataset.subjects(RDF.type, SC.Locality)) | set(dataset.subjects(RDF.type, SC.Country))
    for node in sorted(nodes):
        if not isinstance(node, URIRef):
            continue
        names = [label for label in dataset.objects(node, RDFS.label)
                 if isinstance(label, Literal) and label.language == "en"]
        kind_iri = dataset.value(node, SC.kind)
        kind = str(kind_iri)[len(str(KIND)):] if kind_iri is not None else "other"
        if kind == "country":
            country = str(dataset.value(node, SC.countryCode) or "")
        else:
            country_node = dataset.value(node, SC.country)
            country = str(country_node).rsplit("/", 1)[-1].upper() if country_node is not None else ""
        local_names = [label for label in dataset.objects(node, SKOS.altLabel)
                       if isinstance(label, Literal) and label.language == "id"]
        qids = sorted({qid for graph in dataset.graphs() if graph.identifier != WIKIDATA_LINKS_GRAPH
                       for same in graph.objects(node, OWL.sameAs) if (qid := qid_of(same))})
        if not names or not country:
            continue
        places.append(PlaceNode(node=node, name=str(min(names)), kind=kind, country=country,
                                local_name=str(min(local_names)) if local_names else None,
                                qids=tuple(qids)))
    return places


# --- candidates and scores (pure) -----------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    score: float
    method: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    place: PlaceNode
    status: str
    chosen: Candidate | None = None
    candidates: tuple[Candidate, ...] = ()


def decide(place: PlaceNode, candidates: list[Candidate]) -> Match:
    """Link the clear winner; report close calls (ambiguous) and poor ones (weak) for review."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.qid))
    if not ranked:
        return Match(place, "not_found")
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score >= LINK_THRESHOLD and best.score - runner_up >= MARGIN - 1e-9:
        return Match(place, "linked", best, tuple(ranked))
    if len(ranked) > 1 and best.score - runner_up < MARGIN - 1e-9:
        return Match(place, "ambiguous", None, tuple(ranked))
    return Match(place, "weak", None, tuple(ranked))


def _score(parts: list[tuple[float, str]]) -> tuple[float, tuple[str, ...]]:
    return round(sum(points for points, _ in parts), 2), tuple(reason for _, reason in parts)


def gazetteer_candidates(place: PlaceNode, gazetteer) -> list[Candidate]:
    """Candidates from the packaged gazetteer, scored as the module docstring says."""
    from .gazetteer import fold

    if place.kind == "country":
        found = gazetteer.country(place.country)
        if found is None or not found.qid:
            return []
        return [Candidate(found.qid, found.name, 1.0, "gazetteer", (f"ISO 3166-1 code {place.country}",))]
    ours = {fold(place.name)} | ({fold(place.local_name)} if place.local_name else set())
    candidates: dict[str, Candidate] = {}
    names = [place.name] + ([place.local_name] if place.local_name else [])
    for name in names:
        for found in gazetteer.lookup(name, country=place.country):
            if not found.qid or found.qid in candidates or found.country != place.country:
                continue
            kind_part = _kind_part(place.kind, {found.kind} - {"other"}, found.kind, administrative=False)
            primary = {fold(found.name)} | ({fold(found.local_name)} if found.local_name else set())
            if ours & primary:
                name_part = (NAME_LABEL, "name matches")
            elif ours & {fold(alias) for alias in found.aliases}:
                name_part = (NAME_ALIAS, "name matches an alias")
            else:
                name_part = (NAME_CORE, "name matches without its administrative word")
            score, reasons = _score([name_part, (COUNTRY_MATCH, f"country matches ({place.country})"), kind_part])
            candidates[found.qid] = Candidate(found.qid, found.name, score, "gazetteer", reasons)
    return list(candidates.values())


def _kind_part(kind: str, known_kinds: set[str], shown: str, *, administrative: bool) -> tuple[float, str]:
    """The kind's share of a score: a bonus when it fits, a penalty when it is another known kind."""
    if kind in known_kinds:
        return (KIND_MATCH, f"kind matches ({kind})")
    if kind == "other":
        return (KIND_OTHER, f"our kind is other, theirs {shown or 'unknown'}")
    if known_kinds:
        return (KIND_DIFFERS, f"kind differs (ours {kind}, theirs {shown})")
    if administrative:
        return (KIND_ADMINISTRATIVE, "administrative entity of no known kind")
    return (0.0, "kind unknown")


def _kinds_of_classes(classes: set[str]) -> set[str]:
    return {kind for kind, known in KIND_CLASSES.items() if classes & known}


def sparql_candidates(place: PlaceNode, rows: list[dict[str, Identifier]]) -> list[Candidate]:
    """Candidates from rows of `candidates-by-label.rq` whose name is one of the place's names."""
    wanted = {place.name, place.local_name} - {None}
    per_item: dict[str, dict] = {}
    for row in rows:
        name = row.get("name")
        qid = qid_of(row.get("item"))
        if qid is None or str(name) not in wanted:
            continue
        facts = per_item.setdefault(qid, {"label": str(name), "matched": set(), "classes": set(),
                                          "countries": set(), "has_country": False, "administrative": False})
        facts["matched"].add(str(row.get("matchedBy")))
        if (cls := qid_of(row.get("class"))) is not None:
            facts["classes"].add(cls)
        if row.get("country") is not None:
            facts["has_country"] = True
        if row.get("countryCode") is not None:
            facts["countries"].add(str(row["countryCode"]))
        if str(row.get("administrative")).lower() == "true":
            facts["administrative"] = True
    candidates = []
    for qid, facts in per_item.items():
        if facts["has_country"] and place.country not in facts["countries"]:
            continue
        country_part = ((COUNTRY_MATCH, f"country matches ({place.country})") if facts["has_country"]
                        else (0.0, "country unknown"))
        kinds = _kinds_of_classes(facts["classes"])
        kind_part = _kind_part(place.kind, kinds, ", ".join(sorted(kinds)), administrative=facts["administrative"])
        name_part = ((NAME_LABEL, "name is the label") if "label" in facts["matched"]
                     else (NAME_ALIAS, "name is an alias"))
        score, reasons = _score([name_part, country_part, kind_part])
        candidates.append(Candidate(qid, facts["label"], score, "sparql", reasons))
    return candidates


def _name_literals(place: PlaceNode) -> list[Literal]:
    names = [place.name] + ([place.local_name] if place.local_name else [])
    return [Literal(name, lang=language) for name in dict.fromkeys(names) for language in LABEL_LANGUAGES]


# --- linking ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkReport:
    matches: tuple[Match, ...]
    method: str

    def with_status(self, status: str) -> list[Match]:
        return [match for match in self.matches if match.status == status]

    @property
    def counts(self) -> dict[str, int]:
        return {status: len(self.with_status(status)) for status in STATUSES}

    def lines(self) -> list[str]:
        """A review list: one line per place, candidates indented under the ones left undecided."""
        lines = []
        for match in self.matches:
            place = f"{match.place.name} ({match.place.kind}, {match.place.country})"
            if match.status == "linked" and match.chosen is not None:
                chosen = match.chosen
                lines.append(f"linked\t{place}\t{chosen.qid}\t{chosen.score:.2f}\t{chosen.method}: "
                             + "; ".join(chosen.reasons))
            elif match.status == "already_linked":
                lines.append(f"already linked\t{place}\t{', '.join(match.place.qids)}\tsource")
            elif match.status == "not_found":
                lines.append(f"not found\t{place}")
            else:
                lines.append(f"{match.status}\t{place}")
                for candidate in match.candidates:
                    lines.append(f"  candidate\t{candidate.qid}\t{candidate.label}\t{candidate.score:.2f}\t"
                                 + "; ".join(candidate.reasons))
        return lines

    def summary(self) -> str:
        counts = self.counts
        return (f"{counts['linked']} linked, {counts['ambiguous']} ambiguous, {counts['weak']} weak, "
                f"{counts['not_found']} not found, {counts['already_linked']} already linked ({self.method})")


def link_graph(
    dataset: Dataset,
    *,
    gazetteer=None,
    client: WikidataClient | None = None,
    now: datetime | None = None,
) -> LinkReport:
    """Tie the dataset's places to Wikidata items; the links replace the graph `WIKIDATA_LINKS_GRAPH`.

    With a `client`, candidates come from the Query Service; otherwise from `gazetteer` (default: the
    packaged one). The dataset is changed only after every query has succeeded.
    """
    places = place_nodes(dataset)
    to_link = [place for place in places if not place.qids]
    if client is not None:
        method = "sparql"
        per_place = _sparql_candidates_for(to_link, client)
    else:
        from .gazetteer import Gazetteer

        method = "gazetteer"
        gazetteer = gazetteer or Gazetteer.default()
        per_place = {place.node: gazetteer_candidates(place, gazetteer) for place in to_link}
    matches = []
    for place in places:
        if place.qids:
            matches.append(Match(place, "already_linked"))
        else:
            matches.append(decide(place, per_place.get(place.node, [])))
    report = LinkReport(tuple(matches), method)
    write_links(dataset, report, now=now or datetime.now(timezone.utc))
    return report


def _sparql_candidates_for(places: list[PlaceNode], client: WikidataClient) -> dict[URIRef, list[Candidate]]:
    countries = [place for place in places if place.kind == "country"]
    localities = [place for place in places if place.kind != "country"]
    result: dict[URIRef, list[Candidate]] = {}
    if countries:
        answer = client.select_batched(load_query("countries-by-code"), "code",
                                       [Literal(place.country) for place in countries])
        items: dict[str, set[str]] = defaultdict(set)
        for row in answer.rows:
            if (qid := qid_of(row.get("item"))) is not None:
                items[str(row["code"])].add(qid)
        for place in countries:
            result[place.node] = [Candidate(qid, place.name, 1.0, "sparql", (f"ISO 3166-1 code {place.country} (P297)",))
                                  for qid in sorted(items.get(place.country, ()))]
    if localities:
        names = [literal for place in localities for literal in _name_literals(place)]
        answer = client.select_batched(load_query("candidates-by-label"), "name", names, batch_size=100)
        rows = list(answer.rows)
        for place in localities:
            result[place.node] = sparql_candidates(place, rows)
    return result


def write_links(dataset: Dataset, report: LinkReport, *, now: datetime) -> None:
    """Replace the links graph with the report's links and their evidence."""
    dataset.remove_graph(WIKIDATA_LINKS_GRAPH)
    graph = dataset.graph(WIKIDATA_LINKS_GRAPH)
    stamp = Literal(now.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)
    graph.add((WIKIDATA_LINKS_GRAPH, RDF.type, SC.SourceGraph))
    graph.add((WIKIDATA_LINKS_GRAPH, SC.extractionMethod, Literal(report.method)))
    graph.add((WIKIDATA_LINKS_GRAPH, PROV.generatedAtTime, stamp))
    graph.add((WIKIDATA_LINKS_GRAPH, RDFS.comment, Literal(
        "Links of our places to Wikidata items, each with the evidence node that says how it was found.", lang="en")))
    origin = {"gazetteer": GAZETTEER_SOURCE, "sparql": source_iri(WIKIDATA_SOURCE)}
    if report.with_status("linked"):
        source = origin[report.method]
        graph.add((WIKIDATA_LINKS_GRAPH, PROV.wasDerivedFrom, source))
        graph.add((source, RDF.type, SDO.Dataset))
        graph.add((source, RDF.type, PROV.Entity))
        graph.add((source, DCTERMS.title, Literal(
            "sister-cities gazetteer" if report.method == "gazetteer" else "Wikidata", lang="en")))
    for match in report.with_status("linked"):
        assert match.chosen is not None
        item = WD[match.chosen.qid]
        graph.add((match.place.node, OWL.sameAs, item))
        evidence = ID["link/" + str(match.place.node)[len(str(ID["place/"])):]]
        graph.add((evidence, RDF.type, SC.Evidence))
        graph.add((evidence, SC.supports, match.place.node))
        graph.add((evidence, RDF.subject, match.place.node))
        graph.add((evidence, RDF.predicate, OWL.sameAs))
        graph.add((evidence, RDF.object, item))
        graph.add((evidence, PROV.wasDerivedFrom, origin[match.chosen.method]))
        graph.add((evidence, SC.extractionMethod, Literal(match.chosen.method)))
        graph.add((evidence, RDF.value, Literal(f"{match.chosen.score:.2f}", datatype=XSD.decimal)))
        graph.add((evidence, RDFS.comment, Literal("; ".join(match.chosen.reasons), lang="en")))
        graph.add((evidence, PROV.generatedAtTime, stamp))


# --- import -----------------------------------------------------------------------------------------


def linked_qids(dataset: Dataset, *, excluded: frozenset[URIRef] = frozenset()) -> dict[URIRef, str]:
    """Each node with a Wikidata link in a graph not `excluded`, and its QID (the smallest, if several)."""
    links: dict[URIRef, set[str]] = defaultdict(set)
    for graph in _graphs_except(dataset, set(excluded)):
        for node, same in graph.subject_objects(OWL.sameAs):
            if isinstance(node, URIRef) and (qid := qid_of(same)) is not None:
                links[node].add(qid)
    return {node: min(qids, key=lambda q: int(q[1:])) for node, qids in links.items()}


def wikidata_date(value: Identifier | None, precision: Identifier | None) -> str | None:
    """A Wikidata time value as our ISO (partial) date, cut to its precision; None if coarser than a year."""
    if value is None:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value))
    length = WIKIDATA_PRECISION.get(int(str(precision))) if precision is not None else 10
    if match is None or length is None:
        return None
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"[:length]


@dataclass(frozen=True)
class ImportReport:
    record: SourceRecord
    statements: int
    skipped: tuple[str, ...] = ()


def import_twinnings(
    dataset: Dataset, *, client: WikidataClient, gazetteer=None, today: date | None = None
) -> ImportReport:
    """The P190 statements of the dataset's linked localities, added as the source "Wikidata"."""
    from .build import add_record
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    places = {place.node: place for place in place_nodes(dataset)}
    # A partner met in an earlier import is not ours: importing its twinnings would grow the graph
    # by one hop each run.
    qids = linked_qids(dataset, excluded=frozenset({WIKIDATA_GRAPH}))
    ours_by_qid: dict[str, PlaceNode] = {}
    for node, qid in qids.items():
        if node in places and places[node].kind != "country":
            ours_by_qid.setdefault(qid, places[node])
    items = [qid_term(qid) for qid in sorted(ours_by_qid, key=lambda q: int(q[1:]))]
    statements = client.select_batched(load_query("twinning-statements"), "item", items) if items else None
    rows = list(statements.rows) if statements else []
    partner_qids = sorted({qid for row in rows if (qid := qid_of(row.get("partner")))
                           and qid not in ours_by_qid and gazetteer.by_qid(qid) is None}, key=lambda q: int(q[1:]))
    facts = _item_facts(client, partner_qids) if partner_qids else {}
    retrieved = (statements.retrieved if statements else datetime.now(timezone.utc)).date()
    record, skipped = twinning_record(rows, ours_by_qid, facts, gazetteer=gazetteer, retrieved=retrieved,
                                      today=today or date.today())
    add_record(dataset, record)
    return ImportReport(record, len({str(row["statement"]) for row in rows}), tuple(skipped))


def _item_facts(client: WikidataClient, qids: list[str]) -> dict[str, dict]:
    answer = client.select_batched(load_query("item-facts"), "item", [qid_term(q) for q in qids])
    facts: dict[str, dict] = {}
    for row in answer.rows:
        qid = qid_of(row.get("item"))
        if qid is None:
            continue
        entry = facts.setdefault(qid, {"en": None, "id": None, "classes": set(), "countries": set()})
        for language in ("en", "id"):
            label = row.get("label" + language.capitalize())
            if label is not None and entry[language] is None:
                entry[language] = str(label)
        if (cls := qid_of(row.get("class"))) is not None:
            entry["classes"].add(cls)
        if row.get("countryCode") is not None:
            entry["countries"].add(str(row["countryCode"]))
        if row.get("coordinates") is not None and "point" not in entry:
            entry["point"] = wkt_point(str(row["coordinates"]))
    return facts


def wkt_point(text: str) -> tuple[float, float] | None:
    """(lat, lon) of a Wikidata P625 value, `Point(lon lat)`; None for a point on another globe or bad text."""
    match = re.fullmatch(r"\s*Point\(\s*(-?[\d.]+(?:[eE]-?\d+)?)\s+(-?[\d.]+(?:[eE]-?\d+)?)\s*\)\s*", text)
    if match is None:
        return None
    lon, lat = float(match.group(1)), float(match.group(2))
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def twinning_record(
    rows: list[dict[str, Identifier]],
    ours_by_qid: dict[str, PlaceNode],
    facts: dict[str, dict],
    *,
    gazetteer,
    retrieved: date,
    today: date,
) -> tuple[SourceRecord, list[str]]:
    """Rows of `twinning-statements.rq` as the Wikidata `SourceRecord` (pure); also what was skipped."""
    statements: dict[str, dict] = {}
    for row in rows:
        key = str(row["statement"])
        entry = statements.setdefault(key, {"item": qid_of(row["item"]), "partner": qid_of(row["partner"]),
                                            "start": None, "end": None, "references": set()})
        entry["start"] = entry["start"] or wikidata_date(row.get("start"), row.get("startPrecision"))
        entry["end"] = entry["end"] or wikidata_date(row.get("end"), row.get("endPrecision"))
        if row.get("referenceUrl") is not None:
            entry["references"].add(str(row["referenceUrl"]))
    localities: dict[str, Locality] = {}
    countries: dict[str, Locality] = {}
    twinnings: dict[frozenset[str], Twinning] = {}
    skipped: list[str] = []

    def locality_for(qid: str) -> Locality | None:
        """Ours first, then the gazetteer's (the name and kind other loaders mint), then Wikidata's."""
        if qid in ours_by_qid:
            return ours_by_qid[qid].locality(qid)
        place = gazetteer.by_qid(qid)
        if place is not None and place.kind != "country":
            return Locality(name=place.name, kind=place.kind, country=place.country, qid=qid,
                            local_name=place.local_name if place.local_name != place.name else None,
                            lat=place.lat, lon=place.lon, kemendagri_code=place.kemendagri_code)
        known = facts.get(qid)
        if known is None:
            return None
        name = known["en"] or known["id"]
        if not name or len(known["countries"]) != 1:
            return None
        kinds = _kinds_of_classes(known["classes"]) - {"country"}
        kind = min(kinds) if len(kinds) == 1 else "other"
        local = known["id"] if known["id"] and known["id"] != name else None
        lat, lon = known.get("point") or (None, None)
        return Locality(name=name, kind=kind, country=next(iter(known["countries"])), local_name=local, qid=qid,
                        lat=lat, lon=lon)

    for key in sorted(statements):
        entry = statements[key]
        a, b = locality_for(entry["item"]), locality_for(entry["partner"])
        if a is None or b is None:
            missing = entry["partner"] if b is None else entry["item"]
            skipped.append(f"{entry['item']} P190 {entry['partner']}: {missing} is not in the gazetteer and has "
                           "no English or Indonesian label or no single country on Wikidata")
            continue
        pair = frozenset({entry["item"], entry["partner"]})
        ended = entry["end"] is not None and entry["end"] <= today.isoformat()
        events = []
        if entry["start"]:
            events.append(Event(stage="active", date=entry["start"]))
        if ended:
            events.append(Event(stage="ended", date=entry["end"]))
        note = "Wikidata statement " + key
        if entry["references"]:
            note += "; reference " + ", ".join(sorted(entry["references"]))
        twinning = Twinning(a=a, b=b, stage="ended" if ended else "active",
                            date=entry["end"] if ended else entry["start"], events=tuple(events),
                            evidence=Evidence(note=note))
        if pair in twinnings:  # the other direction of a symmetric statement: keep the better dated one
            if len(twinning.events) <= len(twinnings[pair].events):
                continue
        twinnings[pair] = twinning
        for locality in (a, b):
            localities[locality_key(locality)] = locality
            if locality.country not in countries:
                country = gazetteer.country(locality.country)
                countries[locality.country] = Locality(
                    name=country.name if country else locality.country, kind="country",
                    country=locality.country, qid=country.qid if country else None)
    source = Source(**{**WIKIDATA_SOURCE.__dict__, "retrieved": retrieved.isoformat()})
    record = SourceRecord(source=source, method="wikidata", twinnings=tuple(twinnings.values()),
                          localities=tuple(countries.values()) + tuple(localities.values()))
    return record, skipped


# --- diff and QuickStatements -----------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """What a QuickStatements reference says about the source of a claim."""

    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    retrieved: str | None = None


@dataclass(frozen=True)
class Claim:
    """A twinning between two linked places, as our sources or Wikidata state it."""

    a: str
    b: str
    a_name: str
    b_name: str
    stage: str
    start: str | None = None
    reference: Reference = field(default_factory=Reference)
    end: str | None = None


@dataclass(frozen=True)
class DiffReport:
    missing: tuple[Claim, ...]  # twinned by our sources, both sides linked, not on Wikidata
    contradicted: tuple[Claim, ...]  # on Wikidata as current, ended according to our sources
    unlinked: tuple[str, ...]  # twinned by our sources, but a side has no QID (or is a country)

    def lines(self) -> list[str]:
        lines = [f"missing on Wikidata\t{c.a} {c.a_name}\t{c.b} {c.b_name}\t{c.stage}"
                 + (f"\t{c.reference.url}" if c.reference.url else "") for c in self.missing]
        lines += [f"ended, still on Wikidata\t{c.a} {c.a_name}\t{c.b} {c.b_name}"
                  + (f"\t{c.reference.url}" if c.reference.url else "") for c in self.contradicted]
        lines += [f"no QuickStatements (a side not linked, or a country)\t{text}" for text in self.unlinked]
        return lines


def _english_label(dataset: Dataset, node: URIRef) -> str:
    labels = sorted(str(label) for label in dataset.objects(node, RDFS.label)
                    if isinstance(label, Literal) and label.language in ("en", None))
    return labels[0] if labels else str(node)


def _stage_of(value: Identifier | None) -> str | None:
    return str(value)[len(str(STAGE)):] if value is not None and str(value).startswith(str(STAGE)) else None


def _date_text(value: Identifier | None) -> str | None:
    return str(value)[:10] if value is not None else None


def _source_reference(dataset: Dataset, graph: Graph) -> Reference:
    """The reference of a source graph: its source, or the article a curated record was made from."""
    source = graph.value(graph.identifier, PROV.wasDerivedFrom)
    if source is None:
        return Reference()
    for candidate in (source, *graph.objects(source, PROV.wasDerivedFrom)):
        url = graph.value(candidate, SDO.url)
        if url is not None:
            break
    else:
        candidate = source
    retrieved = graph.value(candidate, PROV.generatedAtTime) or graph.value(source, PROV.generatedAtTime)
    return Reference(
        url=str(url) if url is not None else None,
        title=str(graph.value(candidate, DCTERMS.title)) if graph.value(candidate, DCTERMS.title) else None,
        language=str(graph.value(candidate, DCTERMS.language)) if graph.value(candidate, DCTERMS.language) else None,
        published=_date_text(graph.value(candidate, SDO.datePublished)),
        retrieved=_date_text(retrieved),
    )


SIGNING_STAGES = frozenset({"mou_signed", "agreement_signed"})
"""Events whose date is a twinning's start (P580). An `active` or `renewed` event is dated when a
source saw the twinning alive (often the article's own date), which says nothing about its start."""


@dataclass(frozen=True)
class _GraphTwinning:
    node: URIRef
    parties: list[URIRef]
    stage: str | None
    start: str | None  # the earliest signing
    end: str | None  # the earliest ending


def _twinnings_of(graph: Graph) -> list[_GraphTwinning]:
    """Each twinning of one graph with its parties, stage, start and end."""
    found = []
    for node in graph.subjects(RDF.type, SC.Twinning):
        dated = sorted((_stage_of(graph.value(event, SC.stage)), _date_text(graph.value(event, SDO.startDate)))
                       for event in graph.objects(node, SC.event) if graph.value(event, SDO.startDate) is not None)
        starts = sorted(day for stage, day in dated if stage in SIGNING_STAGES)
        ends = sorted(day for stage, day in dated if stage == "ended")
        found.append(_GraphTwinning(node, sorted(graph.objects(node, SC.party)), _stage_of(graph.value(node, SC.stage)),
                                    starts[0] if starts else None, ends[0] if ends else None))
    return found


def diff_with_wikidata(dataset: Dataset) -> DiffReport:
    """What our sources and the imported Wikidata graph disagree on (both sides linked)."""
    wikidata = _existing_graph(dataset, WIKIDATA_GRAPH)
    if wikidata is None:
        raise WikidataNotImported("the graph has no Wikidata source yet: run `sister-cities wikidata import` first")
    qids = linked_qids(dataset)
    names = {node: _english_label(dataset, node) for node in qids}
    kinds = {node: dataset.value(node, SC.kind) for node in qids}
    on_wikidata: dict[frozenset[str], str] = {}
    for twinning in _twinnings_of(wikidata):
        parties, stage = twinning.parties, twinning.stage
        if len(parties) == 2 and all(p in qids for p in parties):
            on_wikidata[frozenset(qids[p] for p in parties)] = stage or "active"
    missing: dict[frozenset[str], Claim] = {}
    contradicted: dict[frozenset[str], Claim] = {}
    unlinked: set[str] = set()
    excluded = {WIKIDATA_GRAPH, WIKIDATA_LINKS_GRAPH, VOCABULARY_GRAPH}
    for graph in sorted(_graphs_except(dataset, excluded), key=lambda g: str(g.identifier)):
        reference = None
        for twinning in _twinnings_of(graph):
            node, parties, stage = twinning.node, twinning.parties, twinning.stage
            if len(parties) != 2 or stage not in TWINNED_STAGES | {"ended"}:
                continue
            if any(p not in qids or kinds.get(p) == KIND.country for p in parties):
                if stage in TWINNED_STAGES:
                    unlinked.add(str(graph.value(node, RDFS.label) or node))
                continue
            a, b = sorted(parties, key=lambda p: int(qids[p][1:]))
            pair = frozenset({qids[a], qids[b]})
            reference = reference or _source_reference(dataset, graph)
            claim = Claim(qids[a], qids[b], names[a], names[b], stage, twinning.start, reference, twinning.end)
            if stage in TWINNED_STAGES and pair not in on_wikidata:
                missing.setdefault(pair, claim)
            elif stage == "ended" and on_wikidata.get(pair) == "active":
                contradicted.setdefault(pair, claim)
    order = lambda claims: tuple(sorted(claims.values(), key=lambda c: (c.a_name, c.b_name)))  # noqa: E731
    return DiffReport(order(missing), order(contradicted), tuple(sorted(unlinked)))


def quickstatements_time(iso: str) -> str:
    """An ISO (partial) date as a QuickStatements time: +2023-00-00T00:00:00Z/9 for a bare year."""
    parts = iso.split("-")
    precision = {1: 9, 2: 10, 3: 11}[len(parts)]
    year, month, day = (parts + ["00", "00"])[:3]
    return f"+{year}-{month}-{day}T00:00:00Z/{precision}"


def _qs_string(text: str) -> str:
    """A QuickStatements V1 string: one line, no tabs, and no double quote (V1 has no escape for it)."""
    return '"' + " ".join(text.replace('"', "'").split()) + '"'


def quickstatements(report: DiffReport) -> str:
    """QuickStatements V1: P190 in both directions for the missing twinnings (with their start), and
    the end time (P582) for the ones our sources report ended on a known date, each with its reference.

    For a statement that exists, QuickStatements adds the qualifier and reference to it.
    """
    lines = []
    claims = [(claim, "P580", claim.start) for claim in report.missing]
    claims += [(claim, "P582", claim.end) for claim in report.contradicted if claim.end]
    for claim, qualifier, moment in claims:
        tail = []
        if moment:
            tail += [qualifier, quickstatements_time(moment)]
        ref = claim.reference
        if ref.url:
            tail += ["S854", _qs_string(ref.url)]
        if ref.title and ref.title.strip() and ref.language:
            tail += ["S1476", f"{ref.language}:{_qs_string(ref.title)}"]
        if ref.published:
            tail += ["S577", quickstatements_time(ref.published)]
        if ref.retrieved:
            tail += ["S813", quickstatements_time(ref.retrieved)]
        for subject, partner in ((claim.a, claim.b), (claim.b, claim.a)):
            lines.append("\t".join([subject, "P190", partner, *tail]))
    return "".join(line + "\n" for line in lines)


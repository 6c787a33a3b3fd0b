"""Our graph and Wikidata: linking places to items, importing P190 twinnings, and the difference.

Everything here reads the graph through the named queries of `queries/links/` and writes it through
`triples.py`, on any store (`graphstore`), so it runs as fast on the world graph in Oxigraph as on
one article in rdflib.

**Linking** (`link_graph`) ties the places that no link ties yet to Wikidata items, with the one
linker of the package (`linker.py`, which `reconcile` uses at build time too): candidates offline
from the packaged gazetteer (method `gazetteer`), or online from the Query Service (method
`sparql`), scored and decided by the same rules. One item never goes to two places: an item that
already sits on another place, or that two places would take, is refused to all but the best (and
to all when it is taken). Each link goes to the links graph `WIKIDATA_LINKS_GRAPH` with its
evidence node (method, score, reasons, and the source it is derived from), beside the links the
build recorded; ambiguous and weak matches are only reported (`--report`), never guessed.

**Import** (`import_twinnings`) reads the P190 statements of linked localities, with their P580/P582
qualifiers and references, into a `SourceRecord` of the source "Wikidata"; the items it brings in
are linked by the source that names them (method `source`).

**Diff** (`diff_with_wikidata`) compares what our other sources say with the imported Wikidata graph:
twinnings our sources report (MoU signed or later) between two places linked with evidence (a link
record, or a source that names the item) that Wikidata lacks in either direction, and P190 statements
without an end that a source reports as ended. What only a Wikidata source says (the P190 crawl,
an earlier import) is never proposed back to Wikidata. `quickstatements` writes the proposals as
QuickStatements V1: P190 both ways, P580 from the earliest signing (year /9, month /10, day /11), or
for an ended twinning whose ending is dated, that P582 end time on the existing statements; and the
source that reports the twinning as reference (S854 its URL, S1476 its title in its language, S577
its date, S813 its retrieval; a curated record cites the article it was made from). A twinning
whose source has no URL cannot be cited, and is listed, not proposed.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from .linker import (  # noqa: F401  (the linker's names, as the Wikidata side uses them)
    LINK_THRESHOLD,
    MARGIN,
    Candidate,
    Item,
    Match,
    PlaceNode,
    decide,
    gazetteer_candidates,
    scored,
)
from .records import Event, Evidence, Link, Locality, Source, SourceRecord, Twinning
from .reconcile import AUTHORITATIVE, GAZETTEER, LINKS_SOURCE
from .resources import queries_dir
from .triples import TWINNED_STAGES, graph_iri, locality_iri, locality_key, record_to_triples
from .vocab import ID, WD
from .wikidata_client import QueryTemplateError, WikidataClient, declared_values, qid_of, qid_term

WIKIDATA_LINKS_GRAPH = graph_iri(LINKS_SOURCE)
WIKIDATA_SOURCE = Source(
    key="wikidata",
    kind="wikidata",
    title="Wikidata",
    publisher="Wikimedia Foundation",
    url="https://www.wikidata.org/",
    licence="CC0-1.0",
)
WIKIDATA_GRAPH = graph_iri(WIKIDATA_SOURCE)
VOCABULARY_GRAPH = ID["graph/vocabulary"]
LABEL_LANGUAGES = ("en", "id")

KIND_CLASSES: dict[str, frozenset[str]] = {
    "country": frozenset({"Q6256", "Q3624078"}),  # country, sovereign state
    "province": frozenset({"Q5098"}),  # province of Indonesia
    "regency": frozenset({"Q3191695"}),  # regency of Indonesia
    "city": frozenset({"Q3199141", "Q515"}),  # city of Indonesia, city
}
"""Wikidata classes whose instances are of one of our kinds. A class missing here only costs points."""

IMPORTED = "wikidata"
"""The method of the links an import records for the items it brings in: Wikidata names them, and
they are partners met there, not places of ours (a second import does not follow their twinnings)."""

STATUSES = ("linked", "ambiguous", "weak", "not_found", "already_linked", "taken")

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


@functools.lru_cache(maxsize=None)
def graph_query(name: str) -> str:
    """The text of `queries/links/<name>.rq`: how this module reads our own graph."""
    from .queries import load_query as load_named_query

    return load_named_query(queries_dir() / "links" / f"{name}.rq").text


def as_store(graph):
    """A `GraphStore` over `graph`: the store itself, or an rdflib dataset held as a memory store
    (so that what is added lands in that dataset)."""
    from rdflib import Dataset

    from .graphstore import MemoryStore

    return MemoryStore(graph) if isinstance(graph, Dataset) else graph


@functools.lru_cache(maxsize=None)
def _columns(name: str) -> tuple[str, ...]:
    from .queries import load_query as load_named_query

    return load_named_query(queries_dir() / "wikidata" / f"{name}.rq").columns


def ask(client: WikidataClient, name: str, variable: str, terms, **options):
    """The answer to the named Wikidata query, its `VALUES ?variable` filled batch by batch; an
    answer that lacks the query's columns is a one-line `BadResponse`, never a KeyError later."""
    from .wikidata_client import BadResponse

    answer = client.select_batched(load_query(name), variable, terms, **options)
    missing = [column for column in _columns(name) if column not in answer.variables]
    if missing and (answer.rows or answer.variables):
        raise BadResponse(f"{client.endpoint} answered query {name!r} without the column"
                          f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    return answer


# --- the places of a graph ------------------------------------------------------------------------


@dataclass(frozen=True)
class GraphLink:
    """An owl:sameAs of a place, the graph that states it and its record in the links graph, if any."""

    node: URIRef
    qid: str
    graph: URIRef
    method: str | None


def graph_links(store) -> list[GraphLink]:
    """Every owl:sameAs of a place to a Wikidata item (`queries/links/links.rq`)."""
    links = []
    for place, item, graph, method, _score in store.select(graph_query("links")).rows:
        qid = qid_of(item)
        if isinstance(place, URIRef) and qid is not None:
            links.append(GraphLink(place, qid, graph, str(method) if method is not None else None))
    return links


def place_nodes(graph, *, unlinked: bool = False) -> list[PlaceNode]:
    """Every locality and country (only those without a link: `unlinked`) with its names, kind,
    country, point and the items it is linked to (`queries/links/places.rq`, `unlinked-places.rq`)."""
    store = as_store(graph)
    qids: dict[URIRef, set[str]] = defaultdict(set)
    if not unlinked:
        for link in graph_links(store):
            qids[link.node].add(link.qid)
    places = []
    answer = store.select(graph_query("unlinked-places" if unlinked else "places"))
    for place, kind, country, code, label, local, aliases, lat, lon in answer.rows:
        country = code or (str(country).rsplit("/", 1)[-1].upper() if country is not None else None)
        if not isinstance(place, URIRef) or label is None or not country:
            continue
        places.append(PlaceNode(
            node=place, name=str(label), kind=str(kind).rsplit("/", 1)[-1], country=str(country),
            local_name=str(local) if local is not None else None,
            qids=tuple(sorted(qids.get(place, ()), key=lambda q: int(q[1:]))),
            lat=float(lat) if lat is not None else None, lon=float(lon) if lon is not None else None,
            aliases=tuple(a for a in str(aliases or "").split("|") if a)))
    return sorted(places, key=lambda p: str(p.node))


def _locality_of(place: PlaceNode, qid: str | None = None) -> Locality:
    """The record-level locality whose IRI is the place's node (namesakes carry a `distinct` part)."""
    locality = place.locality(qid)
    key = str(place.node)[len(str(ID["place/"])):]
    base = locality_key(locality)
    if key != base and key.startswith(base + "--"):
        locality = replace(locality, distinct=key[len(base) + 2:])
    return locality


# --- linking ----------------------------------------------------------------------------------------


def _kinds_of_classes(classes: set[str]) -> set[str]:
    return {kind for kind, known in KIND_CLASSES.items() if classes & known}


def sparql_candidates(place: PlaceNode, rows: list[dict[str, Identifier]]) -> list[Candidate]:
    """Candidates from rows of `candidates-by-label.rq` whose name is one of the place's names, scored
    by the linker like the gazetteer's."""
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
    items = {}
    for qid, facts in per_item.items():
        countries = facts["countries"]
        country = place.country if place.country in countries else (min(countries) if countries else None)
        if facts["has_country"] and country is None:
            continue  # a country without an ISO code: not ours
        kinds = _kinds_of_classes(facts["classes"])
        by_label = "label" in facts["matched"]  # else the name is only an alias: the label is not known
        items[qid] = Item(qid, facts["label"] if by_label else "", kind=min(kinds) if len(kinds) == 1 else None,
                          country=country, aliases=() if by_label else (facts["label"],), method="sparql",
                          administrative=facts["administrative"])
    return [replace(candidate, label=per_item[candidate.qid]["label"]) for candidate in scored(place, items, None)]


def _name_literals(place: PlaceNode) -> list[Literal]:
    names = [place.name] + ([place.local_name] if place.local_name else [])
    return [Literal(name, lang=language) for name in dict.fromkeys(names) for language in LABEL_LANGUAGES]


@dataclass(frozen=True)
class LinkReport:
    matches: tuple[Match, ...]  # the places this run looked for items for
    method: str
    already_linked: int = 0  # places a link ties already (left alone)

    def with_status(self, status: str) -> list[Match]:
        return [match for match in self.matches if match.status == status]

    @property
    def counts(self) -> dict[str, int]:
        counts = {status: len(self.with_status(status)) for status in STATUSES}
        counts["already_linked"] += self.already_linked
        return counts

    def lines(self) -> list[str]:
        """A review list: one line per place looked at, candidates indented under the ones left undecided."""
        lines = []
        for match in self.matches:
            place = f"{match.place.name} ({match.place.kind}, {match.place.country})"
            if match.status == "linked" and match.chosen is not None:
                chosen = match.chosen
                lines.append(f"linked\t{place}\t{chosen.qid}\t{chosen.score:.2f}\t{chosen.method}: "
                             + "; ".join(chosen.reasons))
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
        taken = f", {counts['taken']} refused (their item is on another place)" if counts["taken"] else ""
        return (f"{counts['linked']} linked, {counts['ambiguous']} ambiguous, {counts['weak']} weak, "
                f"{counts['not_found']} not found, {counts['already_linked']} already linked{taken} ({self.method})")


def link_graph(graph, *, gazetteer=None, client: WikidataClient | None = None) -> LinkReport:
    """Tie the graph's unlinked places to Wikidata items, adding the links and their evidence to the
    links graph. With a `client`, candidates come from the Query Service; otherwise from `gazetteer`
    (default: the packaged one). The graph is changed only after every query has succeeded.
    """
    store = as_store(graph)
    to_link = place_nodes(store, unlinked=True)
    links = graph_links(store)
    taken = {link.qid for link in links}
    if client is not None:
        method = "sparql"
        per_place = _sparql_candidates_for(to_link, client)
    else:
        from .gazetteer import Gazetteer

        method = "gazetteer"
        gazetteer = gazetteer or Gazetteer.default()
        per_place = {place.node: gazetteer_candidates(place, gazetteer) for place in to_link}
    matches = {place.node: decide(place, per_place.get(place.node, [])) for place in to_link}
    _one_place_per_item(matches, taken=taken)
    report = LinkReport(tuple(matches[place.node] for place in to_link), method,
                        already_linked=len({link.node for link in links}))
    write_links(store, report)
    return report


def _one_place_per_item(matches: dict[URIRef, Match], *, taken: set[str]) -> None:
    """An item already on a place, or chosen for several, is refused to all but the best (to all
    when it is taken already)."""
    by_qid: dict[str, list[Match]] = defaultdict(list)
    for match in matches.values():
        if match.status == "linked" and match.chosen is not None:
            by_qid[match.chosen.qid].append(match)
    for qid, chosen in by_qid.items():
        chosen.sort(key=lambda m: (-m.chosen.score, str(m.place.node)))
        for match in chosen[0 if qid in taken else 1:]:
            matches[match.place.node] = Match(match.place, "taken", None, match.candidates)


def _sparql_candidates_for(places: list[PlaceNode], client: WikidataClient) -> dict[URIRef, list[Candidate]]:
    countries = [place for place in places if place.kind == "country"]
    localities = [place for place in places if place.kind != "country"]
    result: dict[URIRef, list[Candidate]] = {}
    if countries:
        answer = ask(client, "countries-by-code", "code", [Literal(place.country) for place in countries])
        items: dict[str, set[str]] = defaultdict(set)
        for row in answer.rows:
            if (qid := qid_of(row.get("item"))) is not None and row.get("code") is not None:
                items[str(row["code"])].add(qid)
        for place in countries:
            result[place.node] = [Candidate(qid, place.name, 1.0, "sparql", (f"ISO 3166-1 code {place.country} (P297)",))
                                  for qid in sorted(items.get(place.country, ()))]
    if localities:
        names = [literal for place in localities for literal in _name_literals(place)]
        answer = ask(client, "candidates-by-label", "name", names, batch_size=100)
        rows = list(answer.rows)
        for place in localities:
            result[place.node] = sparql_candidates(place, rows)
    return result


def write_links(graph, report: LinkReport) -> int:
    """Add the report's links, each with its evidence, to the links graph (through `triples.py`);
    how many were added."""
    store = as_store(graph)
    origin = {"gazetteer": GAZETTEER, "sparql": WIKIDATA_SOURCE}
    links = tuple(Link(str(match.place.node), match.chosen.qid, match.chosen.method, match.chosen.score,
                       match.chosen.reasons, (origin.get(match.chosen.method, GAZETTEER),))
                  for match in report.with_status("linked") if match.chosen is not None)
    if links:
        record = SourceRecord(source=LINKS_SOURCE, method="linker", links=links)
        store.add_to_graph(WIKIDATA_LINKS_GRAPH, record_to_triples(record))
    return len(links)


# --- import -----------------------------------------------------------------------------------------


def linked_qids(graph, *, excluded: frozenset[URIRef] = frozenset(),
                excluded_methods: frozenset[str] = frozenset()) -> dict[URIRef, str]:
    """Each node with a Wikidata link in a graph not `excluded` (and not recorded in the links graph
    by a method `excluded_methods` names), and its QID (the smallest, if several)."""
    links: dict[URIRef, set[str]] = defaultdict(set)
    for link in graph_links(as_store(graph)):
        if link.graph in excluded or (link.graph == WIKIDATA_LINKS_GRAPH and link.method in excluded_methods):
            continue
        links[link.node].add(link.qid)
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
    graph, *, client: WikidataClient, gazetteer=None, today: date | None = None
) -> ImportReport:
    """The P190 statements of the graph's linked localities, added as the source "Wikidata"; the
    items it brings in are linked by that source (method `source`)."""
    from .build import add_links, add_record_to_store
    from .gazetteer import Gazetteer

    store = as_store(graph)
    gazetteer = gazetteer or Gazetteer.default()
    places = {place.node: place for place in place_nodes(store)}
    # A partner met in an earlier import is not ours: importing its twinnings would grow the graph
    # by one hop each run.
    qids = linked_qids(store, excluded=frozenset({WIKIDATA_GRAPH}), excluded_methods=frozenset({IMPORTED}))
    ours_by_qid: dict[str, PlaceNode] = {}
    for node, qid in qids.items():
        if node in places and places[node].kind != "country":
            ours_by_qid.setdefault(qid, places[node])
    items = [qid_term(qid) for qid in sorted(ours_by_qid, key=lambda q: int(q[1:]))]
    statements = ask(client, "twinning-statements", "item", items) if items else None
    rows = list(statements.rows) if statements else []
    partner_qids = sorted({qid for row in rows if (qid := qid_of(row.get("partner")))
                           and qid not in ours_by_qid and gazetteer.by_qid(qid) is None}, key=lambda q: int(q[1:]))
    facts = _item_facts(client, partner_qids) if partner_qids else {}
    retrieved = (statements.retrieved if statements else datetime.now(timezone.utc)).date()
    record, skipped = twinning_record(rows, ours_by_qid, facts, gazetteer=gazetteer, retrieved=retrieved,
                                      today=today or date.today())
    add_record_to_store(store, record)
    named = {str(locality_iri(loc)): loc.qid for t in record.twinnings for loc in (t.a, t.b)
             if loc.qid and loc.qid not in ours_by_qid}
    links = tuple(Link(node, qid, IMPORTED, 1.0, (f"named by {record.source.key}",), (record.source,))
                  for node, qid in sorted(named.items()))
    add_links(store, SourceRecord(source=LINKS_SOURCE, method="linker", links=links))
    return ImportReport(record, len({str(row["statement"]) for row in rows if row.get("statement")}), tuple(skipped))


def _item_facts(client: WikidataClient, qids: list[str]) -> dict[str, dict]:
    answer = ask(client, "item-facts", "item", [qid_term(q) for q in qids])
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
        if row.get("statement") is None or row.get("item") is None or row.get("partner") is None:
            continue  # a row without what makes it a statement says nothing
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
            return _locality_of(ours_by_qid[qid], qid)
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
    unlinked: tuple[str, ...]  # twinned by our sources, but a side has no link with evidence (or is a country)
    uncited: tuple[Claim, ...] = ()  # missing on Wikidata, but the reporting source has no URL to cite

    def lines(self) -> list[str]:
        lines = [f"missing on Wikidata\t{c.a} {c.a_name}\t{c.b} {c.b_name}\t{c.stage}"
                 + (f"\t{c.reference.url}" if c.reference.url else "") for c in self.missing]
        lines += [f"ended, still on Wikidata\t{c.a} {c.a_name}\t{c.b} {c.b_name}"
                  + (f"\t{c.reference.url}" if c.reference.url else "") for c in self.contradicted]
        lines += [f"missing on Wikidata, no URL to cite\t{c.a} {c.a_name}\t{c.b} {c.b_name}\t{c.stage}"
                  for c in self.uncited]
        lines += [f"no QuickStatements (a side not linked, or a country)\t{text}" for text in self.unlinked]
        return lines


SIGNING_STAGES = frozenset({"mou_signed", "agreement_signed"})
"""Events whose date is a twinning's start (P580). An `active` or `renewed` event is dated when a
source saw the twinning alive (often the article's own date), which says nothing about its start."""


def _date_text(value: Identifier | None) -> str | None:
    return str(value)[:10] if value is not None else None


def _references(store) -> dict[URIRef, tuple[str, Reference]]:
    """Each source graph's method, and the reference that cites its source (`queries/links/sources.rq`)."""
    found = {}
    for graph, method, url, title, language, published, retrieved in store.select(graph_query("sources")).rows:
        found[graph] = (str(method), Reference(
            url=str(url) if url is not None else None,
            title=str(title) if title is not None else None,
            language=str(language) if language is not None else None,
            published=_date_text(published), retrieved=_date_text(retrieved)))
    return found


def _evidenced_qids(store, methods: dict[URIRef, str]) -> dict[URIRef, str]:
    """Each place linked with evidence (a link record, or a source that names the item), with its QID
    (the smallest, if several)."""
    qids: dict[URIRef, set[str]] = defaultdict(set)
    for link in graph_links(store):
        if link.method is not None or methods.get(link.graph) in AUTHORITATIVE:
            qids[link.node].add(link.qid)
    return {node: min(found, key=lambda q: int(q[1:])) for node, found in qids.items()}


def diff_with_wikidata(graph) -> DiffReport:
    """What our sources and the imported Wikidata graph disagree on (both sides linked with evidence)."""
    store = as_store(graph)
    references = _references(store)
    if WIKIDATA_GRAPH not in references:
        raise WikidataNotImported("the graph has no Wikidata source yet: run `sister-cities wikidata import` first")
    methods = {graph: method for graph, (method, _) in references.items()}
    qids = _evidenced_qids(store, methods)
    places = {place.node: place for place in place_nodes(store)}
    twinnings: dict[tuple[URIRef, URIRef], dict] = {}
    for source_graph, node, label, stage, party in store.select(graph_query("twinnings")).rows:
        entry = twinnings.setdefault((source_graph, node), {"label": label, "stage": str(stage), "parties": set(),
                                                            "starts": [], "ends": []})
        entry["parties"].add(party)
    for source_graph, node, stage, day in store.select(graph_query("events")).rows:
        entry = twinnings.get((source_graph, node))
        if entry is not None and str(stage) in SIGNING_STAGES:
            entry["starts"].append(_date_text(day))
        elif entry is not None and str(stage) == "ended":
            entry["ends"].append(_date_text(day))
    on_wikidata: dict[frozenset[str], str] = {}
    for (source_graph, _node), entry in twinnings.items():
        if source_graph == WIKIDATA_GRAPH and len(entry["parties"]) == 2 and all(p in qids for p in entry["parties"]):
            on_wikidata[frozenset(qids[p] for p in entry["parties"])] = entry["stage"]
    missing: dict[frozenset[str], Claim] = {}
    uncited: dict[frozenset[str], Claim] = {}
    contradicted: dict[frozenset[str], Claim] = {}
    unlinked: set[str] = set()
    for (source_graph, node), entry in sorted(twinnings.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))):
        parties, stage = sorted(entry["parties"]), entry["stage"]
        if methods.get(source_graph) in (None, "wikidata", "linker") or len(parties) != 2 \
                or stage not in TWINNED_STAGES | {"ended"}:
            continue  # nothing only Wikidata says goes back to it
        if any(p not in qids or (p in places and places[p].kind == "country") for p in parties):
            if stage in TWINNED_STAGES:
                unlinked.add(str(entry["label"] or node))
            continue
        a, b = sorted(parties, key=lambda p: int(qids[p][1:]))
        pair = frozenset({qids[a], qids[b]})
        reference = references[source_graph][1]
        names = [places[p].name if p in places else str(p) for p in (a, b)]
        claim = Claim(qids[a], qids[b], names[0], names[1], stage, min(entry["starts"], default=None), reference,
                      min(entry["ends"], default=None))
        if stage in TWINNED_STAGES and pair not in on_wikidata:
            (missing if reference.url else uncited).setdefault(pair, claim)
        elif stage == "ended" and on_wikidata.get(pair) == "active":
            contradicted.setdefault(pair, claim)
    for pair in missing:
        uncited.pop(pair, None)  # a citable source reports it: proposed with that source
    order = lambda claims: tuple(sorted(claims.values(), key=lambda c: (c.a_name, c.b_name)))  # noqa: E731
    return DiffReport(order(missing), order(contradicted), tuple(sorted(unlinked)), order(uncited))


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


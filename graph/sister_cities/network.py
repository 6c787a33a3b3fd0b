"""Graph to network: the twinnings as a NetworkX graph, projected through two named queries.

`locality_network` reads `queries/network-nodes.rq` and `queries/network-edges.rq` (never every
triple: a literal is no node) and folds the rows into one undirected edge per twinning. The node and
edge attributes are the contract `viz.render_html` draws from:

- node key: the locality's IRI; attributes `label`, `kind` (a notation of the kind scheme),
  `country` (the country's English label; a country is its own), `lat`, `lon` (floats or None),
  `wikidata` (a QID or None), and `country_iri`, `parent` (IRIs or None) for the roll-ups;
- edge attributes: `twinning` (IRI), `stage`, `date`, `sources` (`{title, url, published}` per
  source), `history` (`{stage, date, source_title, source_url}` per reported event, in time order;
  a stage a source states without an event of it, as bulk sources do, is an undated step).

The stage of an edge is the furthest stage in the life order `vocab.STAGES` (proposed, loi_signed,
mou_signed, agreement_signed, active, renewed, ended) that any source reports, so an ended
relationship shows as ended and a renewal outranks the signing it renews; its `date` is the latest
date any source gives an event of that stage (None when no source dates it). Sources disagree
often (one article reports a letter of intent, a later one the MoU), and the furthest stage is the
one the later sources agree on.

>>> from sister_cities.build import seed_dataset
>>> network = locality_network(seed_dataset())
>>> sorted(network.nodes[n]["label"] for n in network)[:3]
['Bekasi Regency', 'Bogor', 'Bogor Regency']
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .queries import QueryResult, Select, dataset_select, find_query, run
from .vocab import STAGES

STAGE_RANK = {stage: rank for rank, stage in enumerate(STAGES)}
PROVINCE_KINDS = frozenset({"province", "state", "prefecture"})
"""First-level divisions: what `province_network` rolls localities up to."""


@dataclass(frozen=True)
class Place:
    """One row of `network-nodes`: a locality or country with what a node carries."""

    iri: str
    label: str | None
    kind: str | None
    country_iri: str | None
    country: str | None
    lat: float | None
    lon: float | None
    wikidata: str | None
    parent: str | None

    def attributes(self) -> dict[str, Any]:
        return {"label": self.label, "kind": self.kind, "country": self.country, "lat": self.lat,
                "lon": self.lon, "wikidata": self.wikidata, "country_iri": self.country_iri,
                "parent": self.parent}


def as_select(source: Any) -> Select:
    """A `Select` from a `Select`, a `graphstore` store (its `.select`) or an rdflib dataset."""
    from rdflib import Graph

    if isinstance(source, Graph):
        return dataset_select(source)
    select = getattr(source, "select", None)
    if callable(select):
        return select
    if callable(source):
        return source
    raise TypeError(f"expected a Select, a graph store or an rdflib Dataset, got {type(source).__name__}")


def places(source: Any, only: Iterable[str] | None = None) -> dict[str, Place]:
    """Every locality and country of the graph, by IRI; with `only`, just those (a bound query)."""
    query = find_query("network-nodes")
    select = as_select(source)
    result = run(query, {}, select) if only is None else bound_rows(query, "place", only, select)
    found: dict[str, Place] = {}
    for row in result.records():
        found[row["place"]] = Place(
            iri=row["place"], label=row["label"], kind=row["kind"], country_iri=row["country"],
            country=row["countryLabel"], lat=_number(row["lat"]), lon=_number(row["lon"]),
            wikidata=row["wikidata"], parent=row["parent"],
        )
    return found


def locality_network(source: Any, *, known_places: dict[str, Place] | None = None) -> nx.Graph:
    """Localities as nodes, one edge per twinning (see the module docstring for the attributes).

    `source` is a `Select`, a graph store or an rdflib dataset. Only localities that take part in a
    twinning become nodes; nodes and edges are added in IRI order, so the result is the same on
    every store and every run.
    """
    select = as_select(source)
    if known_places is not None:
        known = known_places
    elif getattr(source, "reads_in_parallel", False):
        # an Oxigraph store answers two queries at once on two cores (the world graph's two take 3 s
        # and 8 s read from disk): the places are read in a thread while the twinnings are read here
        known_later = _in_thread(places, select)
        edges = fold_twinnings(run(find_query("network-edges"), {}, select))
        return _network_of(edges, known_later())
    else:
        known = places(select)
    return _network_of(fold_twinnings(run(find_query("network-edges"), {}, select)), known)


def _in_thread(function, *args):
    """Start `function(*args)` in a daemon thread (a Ctrl-C never waits for it); returns a call that
    waits for its value, interruptibly, and raises what it raised."""
    import threading

    from .lifetime import interruptible

    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # handed to the caller as it is
            outcome["error"] = error

    thread = threading.Thread(target=work, name=getattr(function, "__name__", "work"), daemon=True)
    thread.start()

    def value():
        interruptible(thread.join)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]
    return value


def _network_of(edges: list[dict[str, Any]], known: dict[str, Place]) -> nx.Graph:
    """Folded twinnings (in twinning order) and the places they join as the network: nodes in IRI order."""
    network = nx.Graph()
    for a in sorted({end for edge in edges for end in (edge["a"], edge["b"])}):
        place = known.get(a)
        network.add_node(a, **(place.attributes() if place else _unknown_place()))
    for edge in edges:
        a, b = edge.pop("a"), edge.pop("b")
        if network.has_edge(a, b):  # two twinning IRIs for one pair: keep one edge, merge sources
            _merge(network.edges[a, b], edge)
        else:
            network.add_edge(a, b, **edge)
    return network


# --- reading only the part asked for ----------------------------------------------------------------

BATCH = 500
"""IRIs per VALUES block of a bound query: a frontier of a few thousand places is a few queries."""


def bound_rows(query, variable: str, iris: Iterable[str], select: Select) -> QueryResult:
    """The rows of a named query with `variable` bound to each of `iris`, asked `BATCH` IRIs at a time."""
    from rdflib import URIRef

    from .queries import bind_terms

    wanted = sorted(set(iris))
    result = QueryResult(columns=list(query.columns))
    for start in range(0, len(wanted), BATCH):
        batch = [URIRef(iri) for iri in wanted[start:start + BATCH]]
        result.rows.extend(select(bind_terms(query, {variable: batch})).rows)
    return result


def neighbours(source: Any, iris: Iterable[str]) -> dict[str, dict[str, set[str]]]:
    """For each of `iris`, its neighbours in `locality_network` and the twinnings that join them:
    `{place: {partner: {twinning, ...}}}`, read through `queries/network-neighbours.rq` bound to
    `iris` (a place without twinnings is left out)."""
    found: dict[str, dict[str, set[str]]] = {}
    for place, partner, twinning in bound_rows(find_query("network-neighbours"), "place", iris,
                                               as_select(source)).rows:
        found.setdefault(str(place), {}).setdefault(str(partner), set()).add(str(twinning))
    return found


def neighbourhood(source: Any, center: str, depth: int = 1) -> nx.Graph:
    """The localities within `depth` twinnings of `center` (a node IRI) and every twinning among them.

    The same graph, attributes and all, as `nx.ego_graph(locality_network(source), center,
    radius=depth)`, but read through queries bound to the places reached, a ring at a time, never
    the whole network: the draw of one place on the world graph asks about dozens of places, not
    20,000. Nodes come in IRI order and edges in twinning order, as in `locality_network`. Raises
    `NotInNetwork` when `center` takes part in no twinning.
    """
    select = as_select(source)
    reached, ring = {center}, [center]
    links: dict[str, dict[str, set[str]]] = {}
    for step in range(depth + 1):  # one ring more than drawn: the twinnings among the outermost places
        found = neighbours(select, ring)
        if step == 0 and center not in found:
            raise NotInNetwork(f"{center} takes part in no twinning")
        links.update(found)
        ring = sorted({partner for place in ring for partner in found.get(place, {})} - reached)
        if step == depth or not ring:
            break
        reached.update(ring)
    twinnings = {twinning for place, partners in links.items() if place in reached
                 for partner, joining in partners.items() if partner in reached for twinning in joining}
    edges = [edge for edge in fold_twinnings(bound_rows(find_query("network-edges"), "twinning", twinnings, select))
             if edge["a"] in reached and edge["b"] in reached]
    network = _network_of(edges, places(select, only=reached))
    for place in network:  # every reached place's partners were read: its twinnings in the whole network
        network.nodes[place]["all_twinnings"] = len(links.get(place, {}))
    return network


def fold_twinnings(result: QueryResult) -> list[dict[str, Any]]:
    """The rows of `network-edges` (one per twinning, source and event) as one dict per twinning."""
    rows_of: dict[str, list[dict[str, str | None]]] = defaultdict(list)
    for row in result.records():
        rows_of[row["twinning"]].append(row)
    return [_edge(twinning, rows) for twinning, rows in sorted(rows_of.items())]


def _edge(twinning: str, rows: list[dict[str, str | None]]) -> dict[str, Any]:
    # a concept outside the stage scheme reads as "" off its IRI: no stage
    reported = {row["reported"] for row in rows if row["reported"]} | {row["stage"] for row in rows if row["stage"]}
    stage = max(reported, key=lambda code: (STAGE_RANK.get(code, -1), code)) if reported else None
    dates = [row["date"] for row in rows if row["stage"] == stage and row["date"]]
    sources: dict[str, dict[str, str | None]] = {}
    history: dict[tuple, dict[str, str | None]] = {}
    for row in rows:
        if row["source"] and row["source"] not in sources:
            sources[row["source"]] = {"iri": row["source"], "title": row["title"], "url": row["url"],
                                      "published": row["published"]}
        if row["stage"]:
            step = {"stage": row["stage"], "date": row["date"], "source": row["source"],
                    "source_title": row["title"], "source_url": row["url"]}
            history[(row["stage"], row["date"], row["source"])] = step
    # a source that states a stage without an event of it (a bulk source) still shows, undated
    told = {(row["source"], row["stage"]) for row in rows if row["stage"]}
    for row in rows:
        if row["reported"] and (row["source"], row["reported"]) not in told:
            history[(row["reported"], None, row["source"])] = {
                "stage": row["reported"], "date": None, "source": row["source"], "source_title": row["title"],
                "source_url": row["url"]}
    return {
        "a": rows[0]["a"],
        "b": rows[0]["b"],
        "twinning": twinning,
        "stage": stage,
        "date": max(dates) if dates else None,
        "sources": sorted(sources.values(), key=lambda s: (s["published"] or "", s["title"] or "", s["url"] or "")),
        "history": sorted(history.values(), key=history_order),
    }


def history_order(step: dict[str, str | None]) -> tuple:
    """Dated steps first, by date; then by the life order of the stage and the source's title."""
    return (step["date"] is None, step["date"] or "", STAGE_RANK.get(step["stage"] or "", len(STAGES)),
            step["source_title"] or "", step["source_url"] or "")


def _merge(edge: dict[str, Any], other: dict[str, Any]) -> None:
    if STAGE_RANK.get(other["stage"] or "", -1) > STAGE_RANK.get(edge["stage"] or "", -1):
        edge["stage"], edge["date"] = other["stage"], other["date"]
    edge["sources"] = edge["sources"] + [s for s in other["sources"] if s not in edge["sources"]]
    edge["history"] = sorted(edge["history"] + [h for h in other["history"] if h not in edge["history"]],
                             key=history_order)


def country_network(source: Any, *, network: nx.Graph | None = None,
                    known_places: dict[str, Place] | None = None) -> nx.Graph:
    """Countries as nodes; an edge's `weight` is the number of twinnings between the two countries.

    A twinning inside one country adds to that country's `domestic` count instead of a self-loop.
    Give `network` (a `locality_network`) to avoid asking the store again.
    """
    known = places(as_select(source)) if known_places is None else known_places
    localities = locality_network(source, known_places=known) if network is None else network
    return _roll_up(localities, known, lambda iri: _country_of(iri, localities, known), inside="domestic")


def province_network(source: Any, *, network: nx.Graph | None = None,
                     known_places: dict[str, Place] | None = None) -> nx.Graph:
    """Each locality rolled up to its first-level division (province, state or prefecture).

    The roll-up follows `schema:containedInPlace` upwards to the first place of a kind in
    `PROVINCE_KINDS`; a place with no such division above it (a country, or a city whose province
    the graph does not know) stays itself. Edge `weight` counts twinnings; twinnings inside one
    division add to its `internal` count. Each node's `members` lists the localities rolled into it.
    """
    known = places(as_select(source)) if known_places is None else known_places
    localities = locality_network(source, known_places=known) if network is None else network
    return _roll_up(localities, known, lambda iri: province_of(iri, known), inside="internal")


def province_of(iri: str, known: dict[str, Place]) -> str:
    """The first-level division a place lies in (itself when it is one, or when none is known)."""
    seen = set()
    current: str | None = iri
    while current is not None and current not in seen:
        seen.add(current)
        place = known.get(current)
        if place is None:
            break
        if place.kind in PROVINCE_KINDS:
            return current
        current = place.parent
    return iri


def _country_of(iri: str, network: nx.Graph, known: dict[str, Place]) -> str:
    return network.nodes[iri].get("country_iri") or (known[iri].country_iri if iri in known else None) or iri


def _roll_up(localities: nx.Graph, known: dict[str, Place], group_of, *, inside: str) -> nx.Graph:
    """Merge the nodes of `localities` by `group_of(iri)`; edges count the twinnings between groups,
    the node attribute `inside` those within one group."""
    rolled = nx.Graph()
    group = {iri: group_of(iri) for iri in localities}
    for iri in sorted(localities):
        key = group[iri]
        if key not in rolled:
            place = known.get(key)
            attributes = place.attributes() if place is not None else dict(localities.nodes[iri])
            rolled.add_node(key, **attributes, members=[], **{inside: 0})
        rolled.nodes[key]["members"].append(iri)
    for a, b, attributes in sorted(localities.edges(data=True), key=lambda e: e[2].get("twinning") or ""):
        ga, gb = group[a], group[b]
        if ga == gb:
            rolled.nodes[ga][inside] += 1
            continue
        if rolled.has_edge(ga, gb):
            rolled.edges[ga, gb]["weight"] += 1
            rolled.edges[ga, gb]["twinnings"].append(attributes.get("twinning"))
        else:
            rolled.add_edge(ga, gb, weight=1, twinnings=[attributes.get("twinning")])
    return rolled


def _unknown_place() -> dict[str, Any]:
    return {"label": None, "kind": None, "country": None, "lat": None, "lon": None, "wikidata": None,
            "country_iri": None, "parent": None}


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def subnetwork(network: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The part of `network` among `nodes` (a copy, so that drawing it cannot change the whole)."""
    return network.subgraph([n for n in nodes if n in network]).copy()





def chain_network(source: Any, start: str, end: str) -> nx.Graph:
    """The shortest chain of twinnings from `start` to `end` (node IRIs) as a network: its places
    and twinnings with the attributes `locality_network` gives them.

    The chain is the one `analysis.shortest_path` picks in the whole network, found by a search
    from both ends that reads the neighbours of one ring of places at a time (the smaller of the
    two) until the rings meet. Every shortest chain of the whole network runs over twinnings the
    search has read, so the network of what it read has the same shortest chains, and the same
    rule picks the same one. Raises `analysis.NoPath` when no chain links them.
    """
    from .analysis import NoPath, shortest_path

    select = as_select(source)
    read = nx.Graph()  # the twinnings the search has read, each edge with the IRIs that join its ends
    read.add_nodes_from((start, end))
    distance: tuple[dict[str, int], dict[str, int]] = ({start: 0}, {end: 0})
    rings: list[list[str]] = [[start], [end]]
    while not set(distance[0]) & set(distance[1]):
        side = 0 if len(rings[0]) <= len(rings[1]) else 1
        ring = rings[side]
        if not ring:
            labels = places(select, only=(start, end))
            raise NoPath(f"no chain of twinnings links {_label_of(start, labels)} and {_label_of(end, labels)}")
        found = neighbours(select, ring)
        reached = []
        for place in ring:
            for partner, twinnings in found.get(place, {}).items():
                read.add_edge(place, partner, twinnings=twinnings)
                if partner not in distance[side]:
                    distance[side][partner] = distance[side][place] + 1
                    reached.append(partner)
        rings[side] = sorted(set(reached))
    path = shortest_path(read, start, end)
    twinnings = {twinning for a, b in zip(path, path[1:]) for twinning in read.edges[a, b]["twinnings"]}
    pairs = {frozenset(pair) for pair in zip(path, path[1:])}
    edges = [edge for edge in fold_twinnings(bound_rows(find_query("network-edges"), "twinning", twinnings, select))
             if frozenset((edge["a"], edge["b"])) in pairs]
    return _network_of(edges, places(select, only=path))


def _label_of(iri: str, known: dict[str, Place]) -> str:
    place = known.get(iri)
    return (place.label if place is not None else None) or iri


# --- the network of an on-disk store, kept beside it -----------------------------------------------

CACHE_SUFFIX = ".network.json"
"""`world.oxigraph` keeps its network in `world.oxigraph.network.json`."""


def store_key(folder: Path) -> str:
    """A digest of what an on-disk Oxigraph store holds, read from its files without a query.

    The store is RocksDB: its table files (`*.sst`) never change once written and are named anew,
    and every other change goes through the files digested whole: the write-ahead log (`*.log`),
    the manifest that lists the live tables, `CURRENT`, the options, and `IDENTITY`, drawn at
    random when the store is created (so two stores never share a key). The info logs and the
    lock file say nothing of the content and are left out. Reading the key costs milliseconds.
    """
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.name == "LOCK" or path.name.startswith("LOG") or not path.is_file():
            continue
        digest.update(path.name.encode() + b"\0")
        if path.suffix == ".sst":
            digest.update(str(path.stat().st_size).encode() + b"\0")
        else:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _projection_key() -> str:
    """What the projection is made of: this module and the two queries (a change to any is a new network)."""
    from .resources import queries_dir

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("network-nodes", "network-edges"):
        digest.update((queries_dir() / f"{name}.rq").read_bytes())
    return digest.hexdigest()


def cached_network(folder: Path, source: Any) -> tuple[nx.Graph, str]:
    """`locality_network(source)` for the on-disk store `folder` (which `source` holds or copies),
    read from the file beside it when that was written for the same content and projection, else
    projected and written there. Returns the network and how it was had: "cache", "projected", or
    "projected (not cached: <reason>)" when the file could not be written."""
    from .store import write_text_atomic

    folder = Path(folder)
    beside = folder.with_name(folder.name + CACHE_SUFFIX)
    key = f"{store_key(folder)}-{_projection_key()}"
    try:
        saved = json.loads(beside.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            network = nx.Graph()
            network.add_nodes_from((node, attributes) for node, attributes in saved["nodes"])
            network.add_edges_from((a, b, attributes) for a, b, attributes in saved["edges"])
            return network, "cache"
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        pass  # no file, another key, or a damaged file: project again
    network = locality_network(source)
    saved = {"key": key, "nodes": [[node, attributes] for node, attributes in network.nodes(data=True)],
             "edges": [[a, b, attributes] for a, b, attributes in network.edges(data=True)]}
    try:
        write_text_atomic(beside, json.dumps(saved, ensure_ascii=False, separators=(",", ":")))
    except OSError as error:
        return network, f"projected (not cached: {beside}: {error.strerror or error})"
    return network, "projected"

# --- finding a locality the user names --------------------------------------------------------------

class LocalityNotFound(LookupError):
    """A locality the user named is not in the graph; the message offers the closest labels."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no locality {name!r} in the graph{hint}")


class AmbiguousLocality(LookupError):
    """A label that names several localities of the network; the message lists their IRIs."""

    def __init__(self, name: str, iris: list[str]) -> None:
        self.name = name
        self.iris = iris
        shown = ", ".join(iris[:5]) + (f" and {len(iris) - 5} more" if len(iris) > 5 else "")
        super().__init__(f"{name!r} names {len(iris)} localities ({shown}); give an IRI or a QID")


class NotInNetwork(LookupError):
    """A locality of the graph that takes part in no twinning, so no network node stands for it."""


def find_locality(name: str, select: Select, network: nx.Graph | None = None) -> str:
    """The network node a user means by `name`: an English or local label, an IRI or a QID.

    Without `network`, whether a place takes part in a twinning is asked of the store (a query
    bound to the places the name matches), so one place is found without projecting the network.
    Raises `LocalityNotFound` with up to three likely labels (`suggest_labels`) when nothing matches.
    """
    from .queries import Parameter, resolve_parameter

    text = name.strip()
    if not text:
        raise LocalityNotFound(name, [])
    matches = list(dict.fromkeys(str(term) for term in
                                 resolve_parameter(Parameter("locality", "locality", True, ""), text, select)))
    linked = set(neighbours(select, matches)) if network is None else {iri for iri in matches if iri in network}
    in_network = sorted(iri for iri in matches if iri in linked)
    if len(in_network) == 1:
        return in_network[0]
    if len(in_network) > 1:
        raise AmbiguousLocality(text, in_network)
    if matches:
        raise NotInNetwork(f"{text!r} takes part in no twinning")
    labels = node_labels(select) if network is None else [label for _, label in network.nodes(data="label")]
    raise LocalityNotFound(text, suggest_labels(text, labels))


NODE_LABELS = """
PREFIX sc: <https://w3id.org/sister-cities/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?place (MIN(?name) AS ?label)
WHERE {
  { SELECT ?place WHERE { GRAPH ?g { ?twinning a sc:Twinning ; sc:stage ?stage ; sc:party ?place . } } GROUP BY ?place }
  ?place rdfs:label ?name . FILTER(LANG(?name) = "en")
}
GROUP BY ?place
"""
"""The English label of every place that is a party of a twinning: a network node's `label`."""


def node_labels(select: Select) -> list[str]:
    """The labels of the network's nodes, read without projecting the network (for suggestions)."""
    return [str(row[1]) for row in select(NODE_LABELS).rows if row[1] is not None]


def suggest_labels(name: str, labels: nx.Graph | Iterable[str | None], limit: int = 3, *,
                   place_of: dict[str, str] | None = None) -> list[str]:
    """Labels (of a network's nodes, or given) that look like `name`, the likeliest first; with
    `place_of` (label to place), one label per place.

    Case and accents aside: labels that begin with the name ("Bekasi": "Bekasi Regency"), then
    labels that hold each of its words ("Bekasi": "North Bekasi"), then labels all of whose words
    the name holds ("Kota Malang": "Malang"), shortest first; then the same for the name without
    its administrative word ("Kota Bekasi": "Bekasi Regency"); only then labels spelt alike
    (difflib), which alone would offer "Bassi, Likasi, Kumasi" for "Bekasi".
    """
    import difflib

    from .gazetteer import fold, split_kind

    if isinstance(labels, nx.Graph):
        labels = [label for _, label in labels.nodes(data="label")]
    def key(text: str) -> str:  # fold keeps a-z and digits: other scripts are matched as written
        return fold(text) or " ".join(text.casefold().split())

    by_folded: dict[str, str] = {}
    for label in sorted(label for label in labels if label and label.strip()):
        by_folded.setdefault(key(label), label)
    wanted = key(name)
    if not wanted:
        return []
    ordered: list[str] = []
    for asked in dict.fromkeys((wanted, split_kind(wanted)[0])):
        words = set(asked.split())
        tiers: list[list[str]] = [[], [], []]
        for folded in by_folded:
            if folded.startswith(asked):
                tiers[0].append(folded)
            elif words <= set(folded.split()):
                tiers[1].append(folded)
            elif set(folded.split()) <= words:
                tiers[2].append(folded)
        ordered += [folded for tier in tiers for folded in sorted(tier, key=lambda f: (len(f), f))]
    ordered += difflib.get_close_matches(wanted, list(by_folded), n=3 * limit, cutoff=0.6)
    chosen: dict[str, str] = {}  # place (or label) to the label offered for it
    for folded in ordered:
        label = by_folded[folded]
        chosen.setdefault((place_of or {}).get(label, label), label)
    return list(chosen.values())[:limit]


def query_localities(query, params: dict[str, str], select: Select, network: nx.Graph) -> list[str]:
    """The nodes of `network` that a named query's rows name, with the localities its parameters name.

    Every cell of every row that is the IRI of a node counts, and a twinning's IRI counts for its
    two localities, so any query whose rows hold locality or twinning IRIs can choose what to draw;
    a `locality` parameter adds the place asked about (the partners of Bandung come with Bandung).
    """
    from .queries import resolve_parameter

    result = run(query, params, select)
    ends = {twinning: (a, b) for a, b, twinning in network.edges(data="twinning") if twinning}
    found: set[str] = set()
    for row in result.rows:
        for cell in row:
            text = None if cell is None else str(cell)
            if text in network:
                found.add(text)
            elif text in ends:
                found.update(ends[text])
    for parameter in query.parameters:
        if parameter.type == "locality" and parameter.name in params:
            terms = resolve_parameter(parameter, params[parameter.name], select)
            found.update(str(term) for term in terms if str(term) in network)
    return sorted(found)


def query_network(query, params: dict[str, str], select: Select, network: nx.Graph) -> tuple[nx.Graph, str | None]:
    """The part of `network` a named query's rows tell of, and the place it is about (or None).

    A row tells of a twinning by its IRI, of the twinning between two places it names, and of the
    twinning between a place it names and the locality a parameter names: `partners` of Jakarta
    draws Jakarta's star, not every twinning among its partners. When the rows tell of no
    twinning (they only name places), those places are drawn with the twinnings among them. Each
    node keeps `all_twinnings`, its number of twinnings in `network`, so that its card can say
    how many of them the page shows.
    """
    from .queries import resolve_parameter

    result = run(query, params, select)
    ends = {twinning: (a, b) for a, b, twinning in network.edges(data="twinning") if twinning}
    anchors = sorted({str(term) for parameter in query.parameters
                      if parameter.type == "locality" and parameter.name in params
                      for term in resolve_parameter(parameter, params[parameter.name], select) if str(term) in network})
    nodes: set[str] = set(anchors)
    pairs: set[tuple[str, str]] = set()
    for row in result.rows:
        cells = [str(cell) for cell in row if cell is not None]
        named = sorted({cell for cell in cells if cell in network})
        nodes.update(named)
        for cell in cells:
            if cell in ends:
                pairs.add(tuple(sorted(ends[cell])))
                nodes.update(ends[cell])
        for i, a in enumerate(named):
            for b in named[i + 1:] + anchors:
                if a != b and network.has_edge(a, b):
                    pairs.add((min(a, b), max(a, b)))
    centre = anchors[0] if len(anchors) == 1 else None
    if not pairs:
        drawn = subnetwork(network, nodes)
    else:
        drawn = nx.Graph(**network.graph)
        drawn.add_nodes_from((node, dict(network.nodes[node])) for node in network if node in nodes)
        drawn.add_edges_from((a, b, dict(network.edges[a, b])) for a, b in sorted(pairs))
    for node in drawn:
        drawn.nodes[node]["all_twinnings"] = network.degree(node)
    return drawn, centre


def query_title(query, network: nx.Graph, centre: str | None) -> str:
    """The title of a query's page, naming the place it is about: "Partners of Jakarta"."""
    if centre is None or centre not in network:
        return query.title
    label = network.nodes[centre].get("label") or centre
    return query.title.replace("a locality", label, 1) if "a locality" in query.title else f"{query.title}: {label}"


SOURCE_KINDS = {"https://schema.org/NewsArticle": "news_article", "https://schema.org/Dataset": "dataset",
                "https://w3id.org/sister-cities/ontology#CuratedRecord": "curated"}
"""The class of a source (`network-sources`' kind column) as the kind the page names it by."""


def describe_sources(network: nx.Graph, source: Any) -> nx.Graph:
    """Add what the cards of the picture say about sources, and return `network`.

    `network.graph["sources"]` maps each source IRI to its kind, title, publisher, publication and
    retrieval dates and URL (`queries/network-sources.rq`); each edge's source entry gets the
    `quote` that source gives for the twinning and the `paragraph` it stands in
    (`queries/network-evidence.rq`), when it gives them.
    """
    select = as_select(source)
    metadata: dict[str, dict[str, str | None]] = {}
    for row in run(find_query("network-sources"), {}, select).records():
        kind = "wikidata" if "/source/wikidata" in row["source"] else SOURCE_KINDS.get(row["kind"] or "")
        metadata[row["source"]] = {"kind": kind, "title": row["title"], "publisher": row["publisher"],
                                   "published": row["published"], "retrieved": row["retrieved"], "url": row["url"]}
    network.graph["sources"] = metadata
    evidence = {(row["twinning"], row["source"]): row
                for row in run(find_query("network-evidence"), {}, select).records()}
    if evidence:
        for _, _, attributes in network.edges(data=True):
            for entry in attributes.get("sources") or ():
                found = evidence.get((attributes.get("twinning"), entry.get("iri")))
                if found and found["quote"]:
                    entry["quote"] = found["quote"]
                if found and found["paragraph"]:
                    entry["paragraph"] = found["paragraph"]
    return network


__all__ = [
    "AmbiguousLocality", "CACHE_SUFFIX", "LocalityNotFound", "NotInNetwork", "PROVINCE_KINDS", "Place",
    "STAGE_RANK", "as_select", "bound_rows", "cached_network", "chain_network", "country_network",
    "find_locality", "fold_twinnings", "history_order", "locality_network", "neighbourhood", "neighbours",
    "node_labels", "places", "province_network", "province_of", "query_localities", "store_key", "subnetwork",
    "suggest_labels",
    "describe_sources", "query_network", "query_title",
]

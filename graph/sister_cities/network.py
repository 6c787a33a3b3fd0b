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

from collections import defaultdict
from dataclasses import dataclass
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


def places(source: Any) -> dict[str, Place]:
    """Every locality and country of the graph, by IRI."""
    result = run(find_query("network-nodes"), {}, as_select(source))
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
    known = places(select) if known_places is None else known_places
    edges = fold_twinnings(run(find_query("network-edges"), {}, select))
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
            sources[row["source"]] = {"title": row["title"], "url": row["url"], "published": row["published"]}
        if row["stage"]:
            step = {"stage": row["stage"], "date": row["date"], "source_title": row["title"],
                    "source_url": row["url"]}
            history[(row["stage"], row["date"], row["source"])] = step
    # a source that states a stage without an event of it (a bulk source) still shows, undated
    told = {(row["source"], row["stage"]) for row in rows if row["stage"]}
    for row in rows:
        if row["reported"] and (row["source"], row["reported"]) not in told:
            history[(row["reported"], None, row["source"])] = {
                "stage": row["reported"], "date": None, "source_title": row["title"], "source_url": row["url"]}
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
        super().__init__(f"{name!r} names {len(iris)} localities ({', '.join(iris)}); give an IRI or a QID")


class NotInNetwork(LookupError):
    """A locality of the graph that takes part in no twinning, so no network node stands for it."""


def find_locality(name: str, select: Select, network: nx.Graph) -> str:
    """The node of `network` a user means by `name`: an English or local label, an IRI or a QID.

    Raises `LocalityNotFound` with up to three close labels (difflib) when nothing matches.
    """
    from .queries import Parameter, resolve_parameter

    text = name.strip()
    if not text:
        raise LocalityNotFound(name, [])
    matches = [str(term) for term in resolve_parameter(Parameter("locality", "locality", True, ""), text, select)]
    in_network = sorted(iri for iri in dict.fromkeys(matches) if iri in network)
    if len(in_network) == 1:
        return in_network[0]
    if len(in_network) > 1:
        raise AmbiguousLocality(text, in_network)
    if matches:
        raise NotInNetwork(f"{text!r} takes part in no twinning")
    raise LocalityNotFound(text, suggest_labels(text, network))


def suggest_labels(name: str, network: nx.Graph, limit: int = 3) -> list[str]:
    """Labels of `network` that look like `name` (case-insensitive), closest first."""
    import difflib

    by_folded: dict[str, str] = {}
    for _, label in sorted(network.nodes(data="label"), key=lambda item: str(item[1])):
        if label:
            by_folded.setdefault(label.casefold(), label)
    close = difflib.get_close_matches(name.casefold(), list(by_folded), n=limit, cutoff=0.6)
    return [by_folded[folded] for folded in close]


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


__all__ = [
    "AmbiguousLocality", "LocalityNotFound", "NotInNetwork", "PROVINCE_KINDS", "Place", "STAGE_RANK",
    "as_select", "country_network", "find_locality", "fold_twinnings", "history_order",
    "locality_network", "places", "province_network", "province_of", "query_localities", "subnetwork",
    "suggest_labels",
]

"""Network to numbers: size, components, centralities, communities, stages, shortest chains.

Every function takes a `network.locality_network` (or any graph with the same attributes) and is
deterministic. `analyze` computes the sections asked for (`SECTIONS`; the size and components
always); betweenness is the slow one (200 breadth-first searches: half a minute on the world's
20,755 localities), so the command leaves it out unless asked (`DEFAULT_SECTIONS`). Betweenness
on a large graph is estimated from `BETWEENNESS_SAMPLES` sources drawn with a fixed seed (the
report says how many), and Louvain communities use the same seed, so two runs on one graph give
the same report.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("ex:a", "ex:b", stage="active")
>>> analyze(g).stages
[StageShare(stage='active', twinnings=1, share=1.0)]
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

import networkx as nx

from .vocab import STAGES

SEED = 42
EXACT_BETWEENNESS_LIMIT = 2000
"""Up to this many nodes betweenness is exact; above, it is estimated from sampled sources."""
BETWEENNESS_SAMPLES = 200
SECTIONS = ("degree", "betweenness", "eigenvector", "communities", "countries", "stages")
DEFAULT_SECTIONS = ("degree", "eigenvector", "communities", "countries", "stages")
"""What `sister-cities analyze` computes unless told: every section but betweenness."""
EIGENVECTOR_MAX_ITER = 1000


class NoPath(ValueError):
    """No chain of twinnings links the two localities."""


@dataclass(frozen=True)
class Ranked:
    """A locality and its score in one ranking."""

    iri: str
    label: str
    country: str | None
    value: float


@dataclass(frozen=True)
class CountryCount:
    country: str
    twinnings: int


@dataclass(frozen=True)
class StageShare:
    stage: str  # a stage code, or "unknown"
    twinnings: int
    share: float


@dataclass(frozen=True)
class Community:
    size: int
    hubs: tuple[str, ...]  # labels of its best-connected members
    countries: tuple[str, ...]  # its most frequent countries


@dataclass
class Analysis:
    """What `analyze` found; `to_dict` is the JSON shape of `sister-cities analyze --format json`."""

    nodes: int
    edges: int
    density: float
    average_degree: float
    components: int
    largest_component: int
    isolated: int
    degree: list[Ranked] = field(default_factory=list)
    betweenness: list[Ranked] = field(default_factory=list)
    betweenness_samples: int | None = None  # None: exact
    eigenvector: list[Ranked] = field(default_factory=list)
    eigenvector_note: str = ""
    communities: list[Community] = field(default_factory=list)
    community_count: int = 0
    modularity: float | None = None
    countries: list[CountryCount] = field(default_factory=list)
    stages: list[StageShare] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # those computed, in SECTIONS order

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyze(network: nx.Graph, *, top: int = 10, seed: int = SEED,
            exact_limit: int = EXACT_BETWEENNESS_LIMIT, samples: int = BETWEENNESS_SAMPLES,
            sections: Iterable[str] = SECTIONS, progress: Callable[[str], None] | None = None) -> Analysis:
    """The size and components, then each of `sections` (all by default), the rankings cut to `top`
    entries. `progress` is called with each section's name as it starts."""
    wanted = set(sections)
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown section(s) {', '.join(sorted(unknown))}; known: {', '.join(SECTIONS)}")
    n, m = network.number_of_nodes(), network.number_of_edges()
    components = sorted((len(c) for c in nx.connected_components(network)), reverse=True)
    report = Analysis(
        nodes=n, edges=m, density=nx.density(network) if n > 1 else 0.0,
        average_degree=(2 * m / n) if n else 0.0, components=len(components),
        largest_component=components[0] if components else 0, isolated=nx.number_of_isolates(network),
    )
    if n == 0:
        return report
    for section in (s for s in SECTIONS if s in wanted):
        if progress is not None:
            progress(section)
        if section == "degree":
            report.degree = _ranked(network, dict(network.degree()), top)
        elif section == "betweenness":
            k = None if n <= exact_limit else min(samples, n)
            report.betweenness = _ranked(network, nx.betweenness_centrality(network, k=k, seed=seed), top)
            report.betweenness_samples = k
        elif section == "eigenvector":
            scores, report.eigenvector_note = eigenvector(network)
            report.eigenvector = _ranked(network, scores, top) if scores else []
        elif section == "communities":
            report.communities, report.community_count, report.modularity = communities(network, seed=seed, top=top)
        elif section == "countries":
            report.countries = country_counts(network)[:top]
        elif section == "stages":
            report.stages = stage_shares(network)
        report.sections.append(section)
    return report


def eigenvector(network: nx.Graph) -> tuple[dict[str, float], str]:
    """Eigenvector centrality over the largest component, and a note saying how it was computed.

    On a disconnected graph the leading eigenvector lives on one component and gives every other
    node zero, which would read as "unimportant" rather than "elsewhere"; so the scores are
    computed on the largest component only, and the note says so. The sparse eigensolver (ARPACK)
    answers in a fraction of a second on 20,000 nodes; when it does not converge, or scipy is
    missing, the power iteration is tried; when that fails too, no scores and a note why. Both
    start from a vector of ones, and the scores are rounded to 12 decimals, so that tied localities
    tie exactly and rank by label: the same report on every run.
    """
    if network.number_of_edges() == 0:
        return {}, "no twinnings: eigenvector centrality is undefined"
    largest = max(nx.connected_components(network), key=lambda c: (len(c), min(c)))
    sub = network.subgraph(largest)
    where = ("the whole graph" if len(largest) == network.number_of_nodes()
             else f"the largest component ({len(largest)} of {network.number_of_nodes()} localities)")
    try:
        from scipy.sparse.linalg import ArpackNoConvergence
    except ImportError:  # scipy is optional: the pure-Python power iteration is slower but enough
        ArpackNoConvergence = None
    nodes = sorted(largest)
    if ArpackNoConvergence is not None and len(largest) > 2:
        try:
            return _rounded(_leading_eigenvector(network, nodes)), f"sparse eigensolver over {where}"
        except ArpackNoConvergence:
            pass
    try:
        scores = nx.eigenvector_centrality(sub, max_iter=EIGENVECTOR_MAX_ITER, tol=1e-6)  # starts from all ones
        return _rounded(scores), f"power iteration over {where}"
    except nx.PowerIterationFailedConvergence:
        return {}, f"did not converge (sparse eigensolver and {EIGENVECTOR_MAX_ITER} power iterations) over {where}"


def _leading_eigenvector(graph: nx.Graph, nodes: list[str]) -> dict[str, float]:
    """The unit eigenvector of the largest eigenvalue of the adjacency matrix of `nodes` (a
    connected component of `graph`), positive, by node.

    networkx's `eigenvector_centrality_numpy` lets ARPACK start from a random vector, so that tied
    scores differ in their last digits from run to run; here it starts from all ones."""
    import numpy as np
    from scipy.sparse import coo_array
    from scipy.sparse.linalg import eigsh

    index = {node: i for i, node in enumerate(nodes)}
    # both directions of each edge, read off the adjacency of the whole graph (a subgraph view is slow)
    pairs = [(i, index[b]) for i, a in enumerate(nodes) for b in graph.adj[a] if b != a]
    rows, cols = (np.array(column, dtype=np.int64) for column in zip(*pairs))
    adjacency = coo_array((np.ones(len(rows)), (rows, cols)), shape=(len(nodes), len(nodes))).tocsr()
    _, vectors = eigsh(adjacency, k=1, which="LA", v0=np.ones(len(nodes)))
    vector = vectors[:, 0]
    vector = vector / (np.sign(vector.sum()) * np.linalg.norm(vector))
    return dict(zip(nodes, vector.tolist()))


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {node: round(value, 12) + 0.0 for node, value in scores.items()}


def communities(network: nx.Graph, *, seed: int = SEED, top: int = 10) -> tuple[list[Community], int, float | None]:
    """Louvain communities (fixed seed), largest first, the count of all, and their modularity."""
    if network.number_of_edges() == 0:
        return [], 0, None
    found = nx.community.louvain_communities(network, seed=seed)
    modularity = nx.community.modularity(network, found)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    summaries = []
    for members in ordered[:top]:
        hubs = sorted(members, key=lambda n: (-network.degree(n), _label(network, n), n))[:3]
        countries = Counter(network.nodes[n].get("country") or "unknown" for n in members)
        summaries.append(Community(
            size=len(members), hubs=tuple(_label(network, n) for n in hubs),
            countries=tuple(c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:3]),
        ))
    return summaries, len(found), modularity


def country_counts(network: nx.Graph) -> list[CountryCount]:
    """Twinnings per country, most first: a twinning counts once for each country it touches."""
    counts: Counter[str] = Counter()
    for a, b in network.edges():
        for country in {network.nodes[a].get("country") or "unknown", network.nodes[b].get("country") or "unknown"}:
            counts[country] += 1
    return [CountryCount(c, k) for c, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def stage_shares(network: nx.Graph) -> list[StageShare]:
    """How many twinnings rest at each stage, in the life order; stages nobody reports left out."""
    counts = Counter(stage if stage in STAGES else "unknown" for _, _, stage in network.edges(data="stage"))
    total = network.number_of_edges()
    return [StageShare(stage, counts[stage], counts[stage] / total)
            for stage in (*STAGES, "unknown") if counts.get(stage)]


@dataclass(frozen=True)
class Hop:
    """One twinning on a chain: from one locality to the next, with its stage and sources."""

    a: str
    a_label: str
    b: str
    b_label: str
    twinning: str | None
    stage: str | None
    date: str | None
    sources: tuple[dict, ...]


def shortest_path(network: nx.Graph, start: str, end: str) -> list[str]:
    """The shortest chain of nodes from `start` to `end`; of several equally short, the first in
    the order of their IRIs, hop by hop (the smallest next IRI that still lies on a shortest chain).

    One rule, whatever the order the network was built in: `network.chain_network` finds the same
    chain from the few places its search reads. Raises `NoPath` when none links them.
    """
    # distances to `end`, ring by ring, until the ring that holds `start` is complete
    distance, ring = {end: 0}, [end]
    while ring and start not in distance:
        next_ring = []
        for place in ring:
            for partner in network[place]:
                if partner not in distance:
                    distance[partner] = distance[place] + 1
                    next_ring.append(partner)
        ring = next_ring
    if start not in distance:
        raise NoPath(f"no chain of twinnings links {_label(network, start)} and {_label(network, end)}")
    path = [start]
    while path[-1] != end:
        closer = distance[path[-1]] - 1
        path.append(min(partner for partner in network[path[-1]] if distance.get(partner) == closer))
    return path


def shortest_chain(network: nx.Graph, start: str, end: str) -> list[Hop]:
    """The shortest chain of twinnings from `start` to `end` (IRIs of nodes of `network`), the one
    `shortest_path` picks."""
    path = shortest_path(network, start, end)
    hops = []
    for a, b in zip(path, path[1:]):
        edge = network.edges[a, b]
        hops.append(Hop(a=a, a_label=_label(network, a), b=b, b_label=_label(network, b),
                        twinning=edge.get("twinning"), stage=edge.get("stage"), date=edge.get("date"),
                        sources=tuple(edge.get("sources") or ())))
    return hops


def _label(network: nx.Graph, node: str) -> str:
    return network.nodes[node].get("label") or str(node)


def _ranked(network: nx.Graph, scores: dict[str, float], top: int) -> list[Ranked]:
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], _label(network, kv[0]), kv[0]))
    return [Ranked(iri=n, label=_label(network, n), country=network.nodes[n].get("country"), value=v)
            for n, v in ordered[:top]]


# --- formatting -------------------------------------------------------------------------------------

def format_json(report: Analysis) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def format_table(report: Analysis) -> str:
    """The report as plain text sections, for a terminal."""
    lines = [
        f"localities {report.nodes}, twinnings {report.edges}, density {report.density:.4f}, "
        f"average degree {report.average_degree:.2f}",
        f"components {report.components} (largest {report.largest_component} localities), "
        f"isolated {report.isolated}",
    ]
    if report.nodes == 0:
        return "\n".join(lines) + "\n"
    computed = set(report.sections)
    if "degree" in computed:
        lines += _section("Most connected localities (twinnings)", report.degree, "{:.0f}")
    if "betweenness" in computed:
        how = ("exact" if report.betweenness_samples is None
               else f"estimated from k={report.betweenness_samples} sampled sources, seed {SEED}")
        lines += _section(f"Betweenness ({how})", report.betweenness, "{:.4f}")
    if "eigenvector" in computed:
        lines += _section(f"Eigenvector centrality ({report.eigenvector_note})", report.eigenvector, "{:.4f}")
    if "communities" in computed:
        lines += ["", f"Communities (Louvain, seed {SEED}): {report.community_count}"
                  + (f", modularity {report.modularity:.4f}" if report.modularity is not None else "")]
        for i, community in enumerate(report.communities, 1):
            lines.append(f"  {i}. {community.size} localities; hubs: {', '.join(community.hubs)}; "
                         f"countries: {', '.join(community.countries)}")
    if "countries" in computed:
        lines += ["", "Most connected countries (twinnings)"]
        lines += [f"  {c.twinnings:>6}  {c.country}" for c in report.countries]
    if "stages" in computed:
        lines += ["", "Stages (the furthest stage any source reports)"]
        lines += [f"  {s.twinnings:>6}  {s.share:6.1%}  {s.stage}" for s in report.stages]
    return "\n".join(lines) + "\n"


def _section(title: str, ranked: list[Ranked], number: str) -> list[str]:
    lines = ["", title]
    for r in ranked:
        lines.append(f"  {number.format(r.value):>8}  {r.label}" + (f" ({r.country})" if r.country else ""))
    return lines


__all__ = [
    "Analysis", "BETWEENNESS_SAMPLES", "Community", "CountryCount", "DEFAULT_SECTIONS", "EXACT_BETWEENNESS_LIMIT", "Hop",
    "SECTIONS",
    "NoPath", "Ranked", "SEED", "StageShare", "analyze", "communities", "country_counts", "eigenvector",
    "format_json", "format_table", "shortest_chain", "shortest_path", "stage_shares",
]

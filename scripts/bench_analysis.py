"""Benchmark `analysis.analyze` on the real Wikidata P190 crawl (about 10k places, 17k twinnings).

Usage:

    python scripts/bench_analysis.py
    python scripts/bench_analysis.py --data ../shared/data/twinnings/l3viathan-wikidata-p190-2016 --samples 300
    python scripts/bench_analysis.py --graph out/p190.oxigraph   # through the graph, see below

The network is built directly in NetworkX from `relations.tsv` and `names.tsv` (QIDs as keys,
labels as `label`, every twinning `active`: the crawl knows no stages and no countries), so the
timings are those of the analysis alone. Target: the whole `analyze` under 60 s.

With `--graph` the network is projected from a built graph through the named queries instead
(`network.locality_network`), which times the whole of `sister-cities analyze`. Build one with

    sister-cities build --out out/p190.oxigraph --store oxigraph \
        --wikidata-p190 ../shared/data/twinnings/l3viathan-wikidata-p190-2016/relations.tsv
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import networkx as nx

from sister_cities import analysis

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "twinnings" / "l3viathan-wikidata-p190-2016"


def p190_network(folder: Path) -> nx.Graph:
    """The undirected P190 graph of the crawl: one node per QID, one edge per unordered pair."""
    names: dict[str, str] = {}
    with open(folder / "names.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2:
                names[row[0]] = row[1]
    network = nx.Graph()
    with open(folder / "relations.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2 and row[0] != row[1]:
                network.add_edge(row[0], row[1], stage="active")
    for qid in network:
        network.nodes[qid].update(label=names.get(qid, qid), wikidata=qid)
    return network


def timed(name: str, function, *args, **kwargs):
    """Run and print wall and CPU time: on a shared machine the two can differ a lot."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    print(f"{name:<34} {time.perf_counter() - wall:8.2f} s wall {time.process_time() - cpu:8.2f} s CPU", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with relations.tsv and names.tsv")
    parser.add_argument("--graph", type=Path, help="a built graph (file or .oxigraph store) to project instead")
    parser.add_argument("--samples", type=int, default=analysis.BETWEENNESS_SAMPLES,
                        help="sampled sources for betweenness (k)")
    args = parser.parse_args()
    if args.graph is not None:
        from sister_cities.graphstore import open_store
        from sister_cities.network import locality_network

        store = timed("open the graph", open_store, args.graph, kind="oxigraph", read_only=True)
        network = timed("project the network (named queries)", locality_network, store)
    elif not (args.data / "relations.tsv").is_file():
        print(f"{args.data}: no relations.tsv here", file=sys.stderr)
        return 1
    else:
        network = timed("read the crawl into NetworkX", p190_network, args.data)
    print(f"{network.number_of_nodes()} nodes, {network.number_of_edges()} edges")
    timed("components", lambda: list(nx.connected_components(network)))
    timed(f"betweenness (k={args.samples})", nx.betweenness_centrality, network, k=args.samples, seed=analysis.SEED)
    timed("eigenvector centrality", analysis.eigenvector, network)
    timed("Louvain communities", analysis.communities, network)
    start = time.perf_counter()
    report = timed("analyze (all of the above)", analysis.analyze, network, samples=args.samples)
    total = time.perf_counter() - start
    print(f"target: analyze under 60 s wall: {'met' if total < 60 else 'MISSED'} ({total:.1f} s)")
    print(f"betweenness samples k={report.betweenness_samples}; {report.eigenvector_note}; "
          f"{report.community_count} communities, modularity {report.modularity:.3f}")
    print("top degree:", ", ".join(f"{r.label} {r.value:.0f}" for r in report.degree[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

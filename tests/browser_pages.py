"""What the browser tests and `scripts/bench_viz.py` share: how headless Chromium is started, the
mark of a page that has drawn, and the networks they draw (a synthetic world of any size, or a
geocoded pairs table)."""
from __future__ import annotations

import csv
import random
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from sister_cities.viz import STAGE_STYLES

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
# A selector, not a JavaScript predicate: polling a predicate needs eval, which the page's CSP forbids.
DRAWN = 'body[data-drawn="true"]'


def synthetic_network(size: int, seed: int = 20) -> nx.Graph:
    """Places spread over 150 countries of very unequal (Zipf-like) size, about 1.3 twinnings per
    place, one source each."""
    rng = random.Random(seed)
    countries = [(f"Country {c}", rng.uniform(-50, 65), rng.uniform(-170, 170)) for c in range(150)]
    weights = [1 / (rank + 1) for rank in range(len(countries))]
    network = nx.Graph()
    stages = list(STAGE_STYLES)
    for i, (country, lat, lon) in enumerate(rng.choices(countries, weights=weights, k=size)):
        network.add_node(f"https://example.org/place/{i}", label=f"Town {i}", kind="city", country=country,
                         lat=lat + rng.uniform(-4, 4), lon=lon + rng.uniform(-4, 4), wikidata=f"Q{i + 1}")
    nodes = list(network)
    for j in range(int(size * 1.3)):
        u, v = rng.choice(nodes), rng.choice(nodes)
        if u != v:
            network.add_edge(u, v, twinning=f"https://example.org/twinning/{j}", stage=rng.choice(stages),
                             date="2019-05", sources=[{"title": f"Article {j}", "url": f"https://news.example/{j}",
                                                       "published": "2019-05-02"}])
    return network


def network_from_pairs(path: Path, keep: Callable[[dict[str, str]], bool] = lambda row: True) -> nx.Graph:
    """The rows of a geocoded pairs file (city1, country1, lat1, lng1, city2, ...) that `keep`
    accepts, as a network of active twinnings."""
    network = nx.Graph()
    with path.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if not keep(row):
                continue
            ends = []
            for side in ("1", "2"):
                iri = f"https://example.org/place/{row['country' + side]}/{row['city' + side]}"
                network.add_node(iri, label=row["city" + side], kind="city", country=row["country" + side],
                                 lat=float(row["lat" + side]), lon=float(row["lng" + side]))
                ends.append(iri)
            network.add_edge(*ends, stage="active")
    return network


SHARED = Path(__file__).resolve().parents[2] / "shared"
PAIRS = SHARED / "data/twinnings/hekman-twincities-wikipedia-2026/twin_cities.csv"
P190 = SHARED / "data/twinnings/l3viathan-wikidata-p190-2016/relations.tsv"


def world_network() -> nx.Graph:
    """The world graph as `build --pairs PAIRS --wikidata-p190 P190` makes it (26,000 pairs of the
    Wikipedia lists and 17,400 pairs of the 2016 Wikidata crawl), projected to its network."""
    from sister_cities.build import build_store
    from sister_cities.network import locality_network
    from sister_cities.tables import read_p190, read_pairs

    store = build_store([read_pairs(PAIRS).record, read_p190(P190).record], kind="oxigraph")
    return locality_network(store)

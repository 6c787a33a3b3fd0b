"""Network to HTML: one self-contained page that draws the twinning network offline.

The page is our own template (``templates/page.*``) and draws on a canvas of its own: node sizes
and labels are in screen pixels, so a place stays the size of a dot at every zoom and every place
can be picked where it is drawn; labels are placed most connected first and only where they do not
collide. Positions are computed here (coordinates on a map with Natural Earth land under them, or a
layout), so the browser only draws.

Every string in the network comes from news text or a table and is treated as hostile: it reaches
the page only inside one JSON block (with ``<``, ``>`` and ``&`` escaped) and the page turns it into
DOM text with ``textContent``; a link is made only of an http(s) URL. A Content-Security-Policy
forbids loading anything from anywhere.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("ex:bandung", "ex:suwon", stage="active")
>>> page = render_html(g, title="Bandung and partners")
>>> page.startswith("<!DOCTYPE html>")
True
"""
from __future__ import annotations

import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import networkx as nx

from .vocab import QID_PATTERN

LAYOUTS = ("force", "geo")

#: Up to this many places a force layout is a spring layout (radial around a centre when one is
#: given); above it each country's places fill a disc and the discs are packed by their links.
SPRING_LIMIT = 500

#: Above this many twinnings the page opens on the overview: one line per country pair, and the
#: lines of single twinnings only for the place, country or pair selected.
OVERVIEW_LIMIT = 1500

#: Geo layout: layout units per degree of longitude/latitude (plate carrée).
GEO_SCALE = 10.0
#: Geo layout: places that share one point are spread this far apart (degrees, about 2 km), so
#: that each can still be picked when zoomed in.
GEO_SPREAD = 0.02

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

# Each stage: (legend label, colour, width in pixels, dashes). Early stages warm and dashed, signed
# ones cool and solid, ended red and dotted: every stage stands out on white and on the map.
STAGE_STYLES: dict[str, tuple[str, str, float, list[int]]] = {
    "proposed": ("Proposed", "#e08e00", 2.0, [6, 4]),
    "loi_signed": ("Letter of intent signed", "#b8620b", 2.0, [10, 4]),
    "mou_signed": ("MoU signed", "#7b3fb5", 2.5, [14, 3]),
    "agreement_signed": ("Agreement signed", "#1f63b4", 2.5, []),
    "active": ("Active", "#23803a", 2.5, []),
    "renewed": ("Renewed", "#00838f", 3.0, []),
    "ended": ("Ended", "#c62828", 2.0, [2, 4]),
}
UNKNOWN_STAGE_STYLE = ("Stage unknown", "#6f7b87", 1.5, [])

KIND_SHAPES = {
    "city": "dot",
    "regency": "square",
    "province": "square",
    "state": "square",
    "prefecture": "square",
    "county": "square",
    "district": "square",
    "country": "diamond",
}
DEFAULT_SHAPE = "dot"

# Limits keep a hostile or broken input from blowing up the page.
MAX_LABEL = 200
MAX_TEXT = 1000
MAX_QUOTE = 600
MAX_URL = 2000
MAX_SOURCES = 20
MAX_HISTORY = 30

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# URL parsers silently drop tabs and newlines ("java\tscript:"): refuse them rather than guess.
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_FILE_NAME = re.compile(r"[\w.-]+\.(csv|tsv|txt|json|jsonl|nq|nt|ttl|trig|xlsx?)", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
_CLUSTER_SPACING = 14.0


class EmptyNetwork(ValueError):
    """The network has no nodes, so there is nothing to draw."""


def render_html(network: nx.Graph, *, title: str = "Sister cities", layout: str = "force",
                centre: Hashable | None = None) -> str:
    """Return one self-contained HTML page drawing ``network`` (see the module docstring).

    ``layout="force"``: up to ``SPRING_LIMIT`` places a spring layout (rings around ``centre`` when
    it is given: the place a neighbourhood or a query is about, marked on the page); above it each
    country's places fill a disc and the discs are packed so that countries with many twinnings
    between them touch. ``layout="geo"``: places at (longitude, latitude) over Natural Earth's
    land; a place without coordinates is kept near the centre of its country's located places,
    hidden until the reader asks for it.

    Node attributes read: label, kind, country, lat, lon, wikidata, and ``all_twinnings`` (how many
    twinnings the place has in the whole graph, for "N of M shown"). Edge attributes: twinning,
    stage, date, sources (dicts with iri, title, url, published, quote) and history (dicts with
    stage, date, source, source_title, source_url). ``network.graph["sources"]`` may map a source
    IRI to its metadata (kind, title, publisher, published, retrieved, url).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    if network.number_of_nodes() == 0:
        raise EmptyNetwork("the network has no nodes: nothing to draw")
    page_title = _text(title, MAX_TEXT) or "Sister cities"
    data = page_data(network, title=page_title, layout=layout, centre=centre)
    return _fill_template(page_title, data)


def page_data(network: nx.Graph, *, title: str, layout: str, centre: Hashable | None = None) -> dict:
    """Everything the page script needs: places with positions, twinnings, sources, countries."""
    node_keys = list(network.nodes)
    index = {key: i for i, key in enumerate(node_keys)}
    places = [_place(key, network.nodes[key]) for key in node_keys]
    degrees = [network.degree(key) for key in node_keys]
    links = [(index[u], index[v]) for u, v in network.edges()]
    centre_index = index.get(centre) if centre is not None else None

    catalogue = _SourceCatalogue(network.graph.get("sources"))
    twinnings = [_twinning(index[u], index[v], attrs, catalogue) for u, v, attrs in network.edges(data=True)]

    country_names = sorted({p["country"] for p in places if p["country"]})
    country_index = {name: i for i, name in enumerate(country_names)}
    anchors: dict[str, tuple[float, float, float]] = {}
    if layout == "geo":
        positions, placement = geo_positions(places)
        for name, (lon, lat) in _country_centroids(places).items():
            anchors[name] = (lon * GEO_SCALE, -lat * GEO_SCALE, 0.0)
    elif len(places) <= SPRING_LIMIT:
        positions = (radial_positions(network, node_keys, centre) if centre_index is not None
                     else spring_positions(network, node_keys))
        placement = ["layout"] * len(places)
    else:
        positions, discs = country_cluster_positions(places, links, degrees)
        placement = ["layout"] * len(places)
        anchors = {name: disc for name, disc in discs.items() if name}
    if layout != "geo" or not anchors:
        for name in country_names:
            if name not in anchors:
                members = [positions[i] for i, p in enumerate(places) if p["country"] == name and positions[i]]
                if members:
                    anchors[name] = (sum(x for x, _ in members) / len(members),
                                     sum(y for _, y in members) / len(members), 0.0)

    per_country = Counter(p["country"] for p in places if p["country"])
    for i, place in enumerate(places):
        place["country"] = country_index.get(place["country"], -1)
        place["degree"] = degrees[i]
        place["all"] = max(place.pop("all_twinnings") or 0, degrees[i])
        place["placement"] = placement[i]
        place["x"], place["y"] = (round(positions[i][0], 2), round(positions[i][1], 2)) if positions[i] else (None, None)

    pairs: Counter[tuple[int, int]] = Counter()
    for a, b in links:
        ca, cb = places[a]["country"], places[b]["country"]
        if ca != cb and ca >= 0 and cb >= 0:
            pairs[(min(ca, cb), max(ca, cb))] += 1
    countries = []
    for name in country_names:
        x, y, radius = anchors.get(name, (None, None, 0.0))
        countries.append({"name": name, "places": per_country[name],
                          "x": None if x is None else round(x, 2), "y": None if y is None else round(y, 2),
                          "r": round(radius, 2)})
    return {
        "title": title,
        "layout": layout,
        "overview": len(twinnings) > OVERVIEW_LIMIT and centre_index is None,
        "discs": layout == "force" and len(places) > SPRING_LIMIT,
        "centre": centre_index,
        "places": places,
        "twinnings": twinnings,
        "sources": catalogue.rows,
        "countries": countries,
        "pairs": [[a, b, n] for (a, b), n in sorted(pairs.items())],
        "stages": [{"code": code, "label": label, "color": colour, "width": width, "dashes": dashes}
                   for code, (label, colour, width, dashes) in [*STAGE_STYLES.items(), (None, UNKNOWN_STAGE_STYLE)]],
        "shapes": KIND_SHAPES,
        "geo": {"scale": GEO_SCALE},
        "land": land_rings() if layout == "geo" else [],
    }


def safe_href(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL that can be a link, else None (shown as text)."""
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or len(candidate) > MAX_URL or _SPACE_OR_CONTROL.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


def short_source_name(source: dict) -> str:
    """A few words that name a source in a card line: the outlet and year of an article ("ANTARA
    News Megapolitan 2023"), "Wikidata 2016", or the head of a dataset's title ("Hekman/twincities
    (2026)"); the full title is in the twinning's card."""
    kind, title = source.get("kind"), source.get("title") or ""
    when = source.get("published") or source.get("retrieved") or ""
    year = when[:4] if _YEAR.fullmatch(when[:4] or "") else None
    if kind in (None, "news_article", "curated") and (source.get("publisher") or source.get("url")):
        name = source.get("publisher") or (urlsplit(source["url"]).hostname or "").removeprefix("www.")
    elif kind == "wikidata" or "wikidata" in title.casefold():
        name = "Wikidata"
    else:
        name = re.split(r" [—–-] |: ", title, maxsplit=1)[0]
        if _FILE_NAME.fullmatch(name):
            name = "table " + name
    if year is None:
        found = _YEAR.findall(title)
        year = found[-1] if found else None
    if len(name) > 48:
        name = name[:47] + "…"
    name = name or "source"
    return f"{name} {year}" if year and year not in name else name


class _SourceCatalogue:
    """The sources the page cites, each once, by the index the twinnings refer to."""

    def __init__(self, metadata: object) -> None:
        self.metadata = metadata if isinstance(metadata, dict) else {}
        self.rows: list[dict] = []
        self._index: dict[tuple, int] = {}

    def index(self, iri: object, title: object, url: object, published: object) -> int:
        if isinstance(iri, str) and (iri,) in self._index:
            return self._index[(iri,)]
        known = self.metadata.get(iri) if isinstance(iri, str) else None
        known = known if isinstance(known, dict) else {}
        key = (iri,) if isinstance(iri, str) and iri else ("", title, url, published)
        if key not in self._index:
            source = {
                "iri": _text(iri, MAX_URL),
                "kind": _text(known.get("kind"), MAX_LABEL),
                "title": _text(known.get("title") or title, MAX_TEXT),
                "outlet": _text(known.get("publisher"), MAX_LABEL),
                "published": _text(known.get("published") or published, MAX_LABEL),
                "retrieved": _text(known.get("retrieved"), MAX_LABEL),
                "url": _text(known.get("url") or url, MAX_URL),
            }
            source["href"] = safe_href(source["url"])
            source["short"] = _text(short_source_name(
                {**source, "publisher": source["outlet"]}), MAX_LABEL) or "source"
            self._index[key] = len(self.rows)
            self.rows.append(source)
        return self._index[key]


def geo_positions(places: list[dict]) -> tuple[list[tuple[float, float] | None], list[str]]:
    """Plate carrée positions, and how each place was placed: ``exact``, ``country`` (no
    coordinates: near the centre of its country's located places, drawn only on request) or
    ``none`` (no coordinates and no located place in its country: not drawn). Places that share a
    point are spread on a small spiral around it (``GEO_SPREAD``)."""
    centroids = _country_centroids(places)
    positions: list[tuple[float, float] | None] = []
    placement: list[str] = []
    near_centroid: Counter[str] = Counter()
    at_point: Counter[tuple[float, float]] = Counter()
    for place in places:
        if place["lat"] is not None:
            lon, lat = place["lon"], place["lat"]
            k = at_point[(lon, lat)]
            at_point[(lon, lat)] += 1
            if k:
                lon += GEO_SPREAD * math.sqrt(k) * math.cos(k * _GOLDEN_ANGLE)
                lat += GEO_SPREAD * math.sqrt(k) * math.sin(k * _GOLDEN_ANGLE)
            placement.append("exact")
        elif place["country"] in centroids:
            k = near_centroid[place["country"]]
            near_centroid[place["country"]] += 1
            radius = 0.6 * math.sqrt(k + 1)
            centre_lon, centre_lat = centroids[place["country"]]
            lon = centre_lon + radius * math.cos(k * _GOLDEN_ANGLE)
            lat = centre_lat + radius * math.sin(k * _GOLDEN_ANGLE)
            placement.append("country")
        else:
            positions.append(None)
            placement.append("none")
            continue
        positions.append((lon * GEO_SCALE, -lat * GEO_SCALE))
    return positions, placement


def _country_centroids(places: list[dict]) -> dict[str, tuple[float, float]]:
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places:
        if place["lat"] is not None and place["country"]:
            by_country[place["country"]].append((place["lon"], place["lat"]))
    return {country: _mean_lon_lat(points) for country, points in by_country.items()}


def spring_positions(network: nx.Graph, nodes: list[Hashable]) -> list[tuple[float, float]]:
    """A spring layout of each connected component (fixed seed), the components packed in rows,
    largest first, so that small groups do not crowd around a big one."""
    components = sorted((sorted(c, key=str) for c in nx.connected_components(network)),
                        key=lambda c: (-len(c), str(c[0])))
    laid_out = []
    for members in components:
        size = 60.0 * math.sqrt(len(members))
        if len(members) == 1:
            points = {members[0]: (0.0, 0.0)}
        elif len(members) == 2:
            points = {members[0]: (-30.0, 0.0), members[1]: (30.0, 0.0)}
        else:
            # built in a fixed order: a subgraph view iterates its node set in hash order
            sub = nx.Graph()
            sub.add_nodes_from(members)
            sub.add_edges_from(sorted(network.edges(members), key=lambda edge: sorted(map(str, edge))))
            raw = nx.spring_layout(sub, seed=7, iterations=100, k=1.6 / math.sqrt(len(members)))
            points = {n: (float(x) * size, float(y) * size) for n, (x, y) in raw.items()}
        xs, ys = [x for x, _ in points.values()], [y for _, y in points.values()]
        laid_out.append((points, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    row_width = max(400.0, 1.4 * math.sqrt(sum((w + 80) * (h + 80) for _, _, _, w, h in laid_out)))
    position: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for points, left, top, width, height in laid_out:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + 80.0, 0.0
        for node, (px, py) in points.items():
            position[node] = (x + px - left, y + py - top)
        x += width + 80.0
        row_height = max(row_height, height)
    return [position[node] for node in nodes]


def radial_positions(network: nx.Graph, nodes: list[Hashable], centre: Hashable) -> list[tuple[float, float]]:
    """The centre in the middle, the places one twinning away on a ring around it (by country, then
    name), those two away on a wider ring beside the partner that leads to them, and so on; places
    not linked to the centre on an outer ring."""
    steps = nx.single_source_shortest_path_length(network, centre)
    rings: dict[int, list[Hashable]] = defaultdict(list)
    far = max(steps.values(), default=0) + 1
    for node in nodes:
        rings[steps.get(node, far)].append(node)
    angle: dict[Hashable, float] = {centre: 0.0}
    position: dict[Hashable, tuple[float, float]] = {centre: (0.0, 0.0)}
    radius = 0.0
    for depth in sorted(d for d in rings if d > 0):
        members = rings[depth]

        def order(node: Hashable) -> tuple:
            parents = [angle[p] for p in network.neighbors(node) if p in angle and steps.get(p, far) < depth]
            attrs = network.nodes[node]
            return (min(parents) if parents else 10.0, str(attrs.get("country") or "~"),
                    str(attrs.get("label") or node), str(node))

        members.sort(key=order)
        radius = max(radius + 160.0, 22.0 * len(members) / (2 * math.pi))
        for k, node in enumerate(members):
            theta = 2 * math.pi * k / len(members)
            angle[node] = theta
            position[node] = (radius * math.cos(theta - math.pi / 2), radius * math.sin(theta - math.pi / 2))
    return [position[node] for node in nodes]


def country_cluster_positions(
    places: list[dict], links: Iterable[tuple[int, int]], degrees: list[int]
) -> tuple[list[tuple[float, float]], dict[str, tuple[float, float, float]]]:
    """Positions for large networks: each country's places in a disc, the discs packed by links.
    Returns the positions and each country's disc (centre x, centre y, radius).

    A spring layout of all places costs O(n²) per iteration and 20,000 nodes would take minutes;
    there are a few hundred countries at most, and the places inside a country fill a sunflower
    disc with the hubs in the middle.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for i, place in enumerate(places):
        members[place["country"] or ""].append(i)
    countries = sorted(members)
    weights: Counter[tuple[str, str]] = Counter()
    for a, b in links:
        ca, cb = places[a]["country"] or "", places[b]["country"] or ""
        if ca != cb:
            weights[(min(ca, cb), max(ca, cb))] += 1
    radii = {c: _CLUSTER_SPACING * math.sqrt(len(members[c])) + 2 * _CLUSTER_SPACING for c in countries}
    centres = _place_discs(countries, weights, radii)

    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(places)
    for country in countries:
        centre_x, centre_y = centres[country]
        ordered = sorted(members[country], key=lambda i: (-degrees[i], places[i]["label"], i))
        for k, i in enumerate(ordered):
            radius = _CLUSTER_SPACING * math.sqrt(k + 0.5)
            positions[i] = (
                centre_x + radius * math.cos(k * _GOLDEN_ANGLE),
                centre_y + radius * math.sin(k * _GOLDEN_ANGLE),
            )
    return positions, {c: (*centres[c], radii[c]) for c in countries}


def _place_discs(
    countries: list[str], weights: Counter[tuple[str, str]], radii: dict[str, float]
) -> dict[str, tuple[float, float]]:
    """Pack country discs greedily so that linked countries touch and none overlap.

    The most linked country goes in the middle; then, again and again, the country with the most
    twinnings to those already placed is put, touching one of them, at the free spot nearest to
    its partners (weighted by twinnings) and to the middle. A spring layout of the countries
    followed by overlap removal pushed the biggest countries to the rim instead.
    """
    import numpy as np

    count = len(countries)
    position = {country: i for i, country in enumerate(countries)}
    radius = np.array([radii[country] for country in countries])
    links = np.zeros((count, count))
    for (a, b), twinnings in weights.items():
        links[position[a], position[b]] = links[position[b], position[a]] = twinnings
    angles = np.linspace(0.0, 2 * math.pi, 24, endpoint=False)
    ring = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    centre = np.zeros((count, 2))
    first = int(np.lexsort((-np.arange(count), radius, links.sum(axis=1)))[-1])
    placed = [first]
    pull = links[first].copy()
    waiting = set(range(count)) - {first}
    while waiting:
        current = max(waiting, key=lambda i: (pull[i], radius[i], -i))
        done = np.array(placed)
        partners = links[current, done]
        target = partners @ centre[done] / partners.sum() if partners.sum() > 0 else np.zeros(2)
        reach = radius[done] + radius[current] + _CLUSTER_SPACING
        order = np.argsort(np.hypot(*(centre[done] - target).T) - radius[done])
        for around in (done[order[:32]], done):
            around_reach = radius[around] + radius[current] + _CLUSTER_SPACING
            candidates = (centre[around][:, None, :] + around_reach[:, None, None] * ring[None, :, :]).reshape(-1, 2)
            gaps = np.hypot(*(candidates[:, None, :] - centre[done][None, :, :]).transpose(2, 0, 1)) - reach
            score = np.hypot(*(candidates - target).T) + 0.5 * np.hypot(*candidates.T)
            score[(gaps < -1e-6).any(axis=1)] = np.inf
            if np.isfinite(score).any():
                centre[current] = candidates[int(np.argmin(score))]
                break
        else:  # every spot next to a disc is taken: go just outside the whole packing
            outside = float(np.max(np.hypot(*centre[done].T) + radius[done]))
            centre[current] = (outside + radius[current] + _CLUSTER_SPACING, 0.0)
        placed.append(current)
        waiting.discard(current)
        pull += links[current]
    return {country: (float(x), float(y)) for country, (x, y) in zip(countries, centre)}


def _mean_lon_lat(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position; longitude as a circular mean so that Fiji does not land in Africa."""
    east = sum(math.cos(math.radians(lon)) for lon, _ in points)
    north = sum(math.sin(math.radians(lon)) for lon, _ in points)
    lon = math.degrees(math.atan2(north, east)) if (east or north) else points[0][0]
    lat = sum(lat for _, lat in points) / len(points)
    return lon, lat


@lru_cache(maxsize=1)
def land_rings() -> list[list[float]]:
    """Natural Earth's land at 1:110m (``data/land-110m.json``, the TopoJSON of the world-atlas
    package) as rings of flat [x0, y0, x1, y1, ...] in geo layout units, rounded to 0.01 degree."""
    topology = json.loads((resources.files("sister_cities") / "data" / "land-110m.json").read_text(encoding="utf-8"))
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indices: list[int]) -> list[float]:
        points: list[tuple[float, float]] = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return [round(v * GEO_SCALE, 1) for lon, lat in points for v in (lon, -lat)]

    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            rings.extend(ring(r) for r in polygon)
    return rings


def _place(key: Hashable, attrs: dict) -> dict:
    """The facts about one node that the page shows, cleaned and with defaults."""
    iri = _text(key, MAX_URL) or ""
    lat, lon = _coordinate(attrs.get("lat"), 90.0), _coordinate(attrs.get("lon"), 180.0)
    if lat is None or lon is None:
        lat = lon = None
    wikidata = attrs.get("wikidata")
    qid = wikidata.strip() if isinstance(wikidata, str) and QID_PATTERN.match(wikidata.strip()) else None
    total = attrs.get("all_twinnings")
    return {
        "iri": iri,
        "label": _text(attrs.get("label"), MAX_LABEL) or _local_name(iri),
        "kind": _text(attrs.get("kind"), MAX_LABEL) or "other",
        "country": _text(attrs.get("country"), MAX_LABEL),
        "lat": lat,
        "lon": lon,
        "wikidata": qid,
        "all_twinnings": total if isinstance(total, int) and not isinstance(total, bool) and total >= 0 else None,
    }


def _twinning(a: int, b: int, attrs: dict, catalogue: _SourceCatalogue) -> dict:
    """The facts about one edge that the page shows, cleaned, with sources by catalogue index."""
    stage = _text(attrs.get("stage"), MAX_LABEL)
    sources = attrs.get("sources") if isinstance(attrs.get("sources"), list) else []
    history = attrs.get("history") if isinstance(attrs.get("history"), list) else []
    cited = []
    for source in sources[:MAX_SOURCES]:
        if isinstance(source, dict):
            entry = {"source": catalogue.index(source.get("iri"), source.get("title"), source.get("url"),
                                               source.get("published"))}
            quote = _text(source.get("quote"), MAX_QUOTE)
            if quote:
                entry["quote"] = quote
            paragraph = _text(source.get("paragraph"), MAX_LABEL)
            if paragraph:
                entry["paragraph"] = paragraph
            cited.append(entry)
    steps = []
    for step in history[:MAX_HISTORY]:
        if isinstance(step, dict):
            told = step.get("source_title") or step.get("source_url") or step.get("source")
            steps.append({
                "stage": _text(step.get("stage"), MAX_LABEL),
                "date": _text(step.get("date"), MAX_LABEL),
                "source": catalogue.index(step.get("source"), step.get("source_title"), step.get("source_url"),
                                          None) if told else None,
            })
    return {"a": a, "b": b, "iri": _text(attrs.get("twinning"), MAX_URL), "stage": stage,
            "date": _text(attrs.get("date"), MAX_LABEL), "sources": cited, "history": steps}


def _text(value: object, limit: int) -> str | None:
    """``value`` as printable text of at most ``limit`` characters, or None when it is missing."""
    if value is None:
        return None
    if type(value) is str and len(value) < limit and value.isprintable():  # the usual case, quickly
        return value.strip() or None
    text = value if isinstance(value, str) else str(value)
    text = _CONTROL.sub("", text.encode("utf-8", "replace").decode("utf-8")).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text or None


def _coordinate(value: object, bound: float) -> float | None:
    """A finite number within ±bound, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) and -bound <= number <= bound else None


def _local_name(iri: str) -> str:
    """The last segment of an IRI, used when a node has no label."""
    tail = re.split(r"[/#:]", iri.rstrip("/#"))[-1]
    return tail or iri or "(unnamed)"


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators.

    ``ensure_ascii`` already turns U+2028/U+2029 and every other non-ASCII character into
    ``\\u`` escapes.
    """
    encoded = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The template, its stylesheet and its script."""
    ours = resources.files("sister_cities") / "templates"
    assets = {
        "PAGE": (ours / "page.html").read_text(encoding="utf-8"),
        "PAGE_CSS": (ours / "page.css").read_text(encoding="utf-8"),
        "PAGE_JS": (ours / "page.js").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        if name != "PAGE" and re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
            raise RuntimeError(f"asset {name} cannot be inlined: it closes its own element")
    return assets


def _fill_template(title: str, data: dict) -> str:
    """Substitute the placeholders of page.html in one pass, so inserted text is never rescanned."""
    assets = _assets()
    values = {
        "CSP": html.escape(CONTENT_SECURITY_POLICY, quote=True),
        "TITLE": html.escape(title, quote=True),
        "DATA": script_json(data),
        "PAGE_CSS": assets["PAGE_CSS"],
        "PAGE_JS": assets["PAGE_JS"],
    }
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], assets["PAGE"])

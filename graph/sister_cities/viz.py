"""Network to HTML: one self-contained page that draws the twinning network offline.

The page is built from our own template (``templates/page.*``) with vis-network inlined from the
pyvis package, because pyvis's template links Bootstrap from a CDN, inserts its heading raw and
switches to an ``innerHTML`` popup as soon as a title mentions ``href``. Every string in the
network comes from news text and is treated as hostile: it reaches the page only inside one JSON
block (with ``<``, ``>`` and ``&`` escaped) and the page turns it into DOM text with
``textContent``. A Content-Security-Policy forbids loading anything from anywhere.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("ex:bandung", "ex:suwon", stage="active")
>>> page = render_html(g, title="Bandung and partners")
>>> page.startswith("<!DOCTYPE html>")
True
"""
from __future__ import annotations

import colorsys
import html
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import networkx as nx

from .vocab import QID_PATTERN

LAYOUTS = ("force", "geo")

#: Above this many nodes the browser does not run physics: positions are computed here.
PHYSICS_THRESHOLD = 300

#: Above this many twinnings edges are drawn without dashes: dashed lines made a 20,000-node
#: page redraw 3.5 times slower (1.3 s instead of 0.4 s); the stage is still told by colour and width.
DASH_LIMIT = 3000

#: Geo layout: network units per degree of longitude/latitude (plate carrée).
GEO_SCALE = 10.0
#: Geo layout: where the strip of places with no known location starts (degrees east).
GEO_STRIP_LON = 195.0
GEO_STRIP_ROWS = 60

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

# Each stage: (legend label, colour, width, dashes). Early stages dashed, signed ones solid and
# heavier, ended red and dotted.
STAGE_STYLES: dict[str, tuple[str, str, float, list[int] | bool]] = {
    "proposed": ("Proposed", "#98a2ad", 1.0, [4, 6]),
    "loi_signed": ("Letter of intent signed", "#7d8fa8", 1.5, [10, 6]),
    "mou_signed": ("MoU signed", "#3f6fb5", 2.0, [14, 4]),
    "agreement_signed": ("Agreement signed", "#3d8b40", 2.5, False),
    "active": ("Active", "#1e6b24", 3.0, False),
    "renewed": ("Renewed", "#00796b", 3.5, False),
    "ended": ("Ended", "#d32f2f", 1.5, [2, 5]),
}
UNKNOWN_STAGE_STYLE = ("Stage unknown", "#b9b9b9", 1.0, False)

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
UNKNOWN_COUNTRY_COLOUR = "#8c8c8c"

# Limits keep a hostile or broken input from blowing up the page.
MAX_LABEL = 200
MAX_TEXT = 1000
MAX_URL = 2000
MAX_SOURCES = 20
MAX_HISTORY = 30

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# URL parsers silently drop tabs and newlines ("java\tscript:"): refuse them rather than guess.
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
_CLUSTER_SPACING = 14.0


class EmptyNetwork(ValueError):
    """The network has no nodes, so there is nothing to draw."""


def render_html(network: nx.Graph, *, title: str = "Sister cities", layout: str = "force") -> str:
    """Return one self-contained HTML page drawing ``network`` (see the module docstring).

    ``layout="force"`` lets the browser's physics place small networks; above
    ``PHYSICS_THRESHOLD`` nodes each country's places fill a disc and the discs are packed so that
    countries with many twinnings between them touch, with physics off. ``layout="geo"`` places nodes
    at (longitude, latitude); a node without coordinates goes near the mean position of the
    located places of its country (drawn with a dashed border), or, when none is located, into a
    strip right of the map.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    if network.number_of_nodes() == 0:
        raise EmptyNetwork("the network has no nodes: nothing to draw")
    page_title = _text(title, MAX_TEXT) or "Sister cities"
    data = page_data(network, title=page_title, layout=layout)
    return _fill_template(page_title, data)


def page_data(network: nx.Graph, *, title: str, layout: str) -> dict:
    """Everything the page script needs: vis node/edge items, options, tooltips and legend."""
    from pyvis.network import Network  # imports IPython: 0.3 s that only rendering should pay

    node_keys = list(network.nodes)
    index = {key: i for i, key in enumerate(node_keys)}
    places = [_place(key, network.nodes[key]) for key in node_keys]
    degrees = [network.degree(key) for key in node_keys]
    twinnings = [
        (index[u], index[v], _twinning(attrs)) for u, v, attrs in network.edges(data=True)
    ]

    physics = layout == "force" and len(node_keys) <= PHYSICS_THRESHOLD
    if layout == "geo":
        positions, placement = geo_positions(places)
    elif physics:
        positions, placement = None, ["browser"] * len(places)
    else:
        positions = country_cluster_positions(places, [(a, b) for a, b, _ in twinnings], degrees)
        placement = ["cluster"] * len(places)

    vis = Network(directed=False)
    vis.nodes = [
        _vis_node(i, place, degrees[i], positions, placement[i]) for i, place in enumerate(places)
    ]
    vis.node_ids = list(range(len(places)))
    dashed = len(twinnings) <= DASH_LIMIT
    # Thousands of opaque edges hide the places; faint ones still show where twinnings run.
    opacity = 1.0 if physics else 0.35
    vis.edges = [
        _vis_edge(j, a, b, tw, dashed=dashed, opacity=opacity) for j, (a, b, tw) in enumerate(twinnings)
    ]
    vis.toggle_physics(physics)
    vis.toggle_stabilization(physics)
    vis.toggle_hide_edges_on_drag(not physics)
    if not physics:
        vis.options.edges.smooth.enabled = False
    else:
        vis.set_edge_smooth("continuous")
    nodes, edges, _heading, _height, _width, options_json = vis.get_network_data()
    options = _finish_options(json.loads(options_json), physics=physics)

    for place, where in zip(places, placement):
        place["placement"] = where
    return {
        "title": title,
        "layout": layout,
        "physics": physics,
        "geo": {"scale": GEO_SCALE, "stripLon": GEO_STRIP_LON},
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "places": places,
        "twinnings": [tw for _, _, tw in twinnings],
        "legend": _legend(places, twinnings, placement, dashed=dashed),
    }


def country_colour(country: str | None) -> str:
    """A colour that depends only on the country's name, so it is the same on every page."""
    if not country:
        return UNKNOWN_COUNTRY_COLOUR
    digest = zlib.crc32(country.strip().casefold().encode("utf-8"))
    hue = (digest % 360) / 360.0
    lightness = (0.38, 0.48, 0.58)[(digest >> 9) % 3]
    saturation = (0.55, 0.75)[(digest >> 11) % 2]
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


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


def geo_positions(places: list[dict]) -> tuple[list[tuple[float, float]], list[str]]:
    """Plate carrée positions, and for each node how it was placed: exact, country or strip."""
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places:
        if place["lat"] is not None and place["country"]:
            by_country[place["country"]].append((place["lon"], place["lat"]))
    centroids = {country: _mean_lon_lat(points) for country, points in by_country.items()}

    positions: list[tuple[float, float]] = []
    placement: list[str] = []
    near_centroid: Counter[str] = Counter()
    in_strip = 0
    for place in places:
        if place["lat"] is not None:
            lon, lat = place["lon"], place["lat"]
            placement.append("exact")
        elif place["country"] in centroids:
            k = near_centroid[place["country"]]
            near_centroid[place["country"]] += 1
            radius = 1.2 * math.sqrt(k + 1)
            centre_lon, centre_lat = centroids[place["country"]]
            lon = centre_lon + radius * math.cos(k * _GOLDEN_ANGLE)
            lat = centre_lat + radius * math.sin(k * _GOLDEN_ANGLE)
            placement.append("country")
        else:
            column, row = divmod(in_strip, GEO_STRIP_ROWS)
            in_strip += 1
            lon = GEO_STRIP_LON + 3.0 * column
            lat = 85.0 - 2.9 * row
            placement.append("strip")
        positions.append((lon * GEO_SCALE, -lat * GEO_SCALE))
    return positions, placement


def country_cluster_positions(
    places: list[dict], links: Iterable[tuple[int, int]], degrees: list[int]
) -> list[tuple[float, float]]:
    """Positions for large networks: each country's places in a disc, the discs packed by links.

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
    return positions


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


def _place(key: Hashable, attrs: dict) -> dict:
    """The facts about one node that the page shows, cleaned and with defaults."""
    iri = _text(key, MAX_URL) or ""
    lat, lon = _coordinate(attrs.get("lat"), 90.0), _coordinate(attrs.get("lon"), 180.0)
    if lat is None or lon is None:
        lat = lon = None
    wikidata = attrs.get("wikidata")
    qid = wikidata.strip() if isinstance(wikidata, str) and QID_PATTERN.match(wikidata.strip()) else None
    return {
        "iri": iri,
        "label": _text(attrs.get("label"), MAX_LABEL) or _local_name(iri),
        "kind": _text(attrs.get("kind"), MAX_LABEL) or "other",
        "country": _text(attrs.get("country"), MAX_LABEL),
        "lat": lat,
        "lon": lon,
        "wikidata": qid,
    }


def _twinning(attrs: dict) -> dict:
    """The facts about one edge that the page shows, cleaned and with defaults."""
    stage = _text(attrs.get("stage"), MAX_LABEL)
    sources = attrs.get("sources") if isinstance(attrs.get("sources"), list) else []
    history = attrs.get("history") if isinstance(attrs.get("history"), list) else []
    return {
        "iri": _text(attrs.get("twinning"), MAX_URL),
        "stage": stage,
        "stageLabel": STAGE_STYLES.get(stage or "", (stage or UNKNOWN_STAGE_STYLE[0],))[0],
        "date": _text(attrs.get("date"), MAX_LABEL),
        "sources": [
            {
                "title": _text(source.get("title"), MAX_TEXT),
                "url": _text(source.get("url"), MAX_URL),
                "href": safe_href(source.get("url")),
                "published": _text(source.get("published"), MAX_LABEL),
            }
            for source in sources[:MAX_SOURCES]
            if isinstance(source, dict)
        ],
        "history": [
            {
                "stage": _text(step.get("stage"), MAX_LABEL),
                "stageLabel": STAGE_STYLES.get(str(step.get("stage")), (None,))[0],
                "date": _text(step.get("date"), MAX_LABEL),
                "title": _text(step.get("source_title"), MAX_TEXT),
                "url": _text(step.get("source_url"), MAX_URL),
                "href": safe_href(step.get("source_url")),
            }
            for step in history[:MAX_HISTORY]
            if isinstance(step, dict)
        ],
    }


def _vis_node(
    i: int,
    place: dict,
    degree: int,
    positions: list[tuple[float, float]] | None,
    placement: str,
) -> dict:
    """One vis-network node item (built by pyvis's Node, without its O(n) duplicate scan)."""
    from pyvis.node import Node

    colour = country_colour(place["country"])
    options: dict = {"size": round(min(8.0 + 3.0 * math.sqrt(degree), 48.0), 1)}
    if placement == "country":
        options["color"] = {"background": colour, "border": "#222222"}
        options["borderWidth"] = 2
        options["shapeProperties"] = {"borderDashes": [3, 3]}
    else:
        options["color"] = colour
    if positions is not None:
        x, y = positions[i]
        options["x"], options["y"] = round(x, 2), round(y, 2)
    shape = KIND_SHAPES.get(place["kind"], DEFAULT_SHAPE)
    return Node(i, shape, label=place["label"], **options).options


def _vis_edge(j: int, a: int, b: int, twinning: dict, *, dashed: bool, opacity: float) -> dict:
    """One vis-network edge item styled by the twinning's stage."""
    from pyvis.edge import Edge

    _label, colour, width, dashes = STAGE_STYLES.get(twinning["stage"] or "", UNKNOWN_STAGE_STYLE)
    # A plain colour string would reset the opacity to 1: vis-network reads it from this object.
    colours = {"color": colour, "highlight": colour, "opacity": opacity}
    return Edge(a, b, directed=False, id=j, color=colours, width=width, dashes=dashes if dashed else False).options


def _finish_options(options: dict, *, physics: bool) -> dict:
    """Add what pyvis's Options object cannot express to the vis-network options."""
    options["edges"]["color"] = {"inherit": False}
    options["interaction"].update(
        {"hover": False, "navigationButtons": False, "keyboard": False, "hideEdgesOnZoom": not physics}
    )
    options["nodes"] = {"font": {"size": 13, "color": "#1a1a1a", "strokeWidth": 3, "strokeColor": "#ffffff"}}
    options["layout"] = {"randomSeed": 7, "improvedLayout": physics}
    if physics:
        options["physics"]["solver"] = "barnesHut"
        options["physics"]["barnesHut"] = {
            "gravitationalConstant": -4000,
            "springLength": 110,
            "avoidOverlap": 0.2,
        }
        options["physics"]["stabilization"]["iterations"] = 300
    return options


def _legend(
    places: list[dict], twinnings: list[tuple[int, int, dict]], placement: list[str], *, dashed: bool
) -> dict:
    """Countries present (with colour and count), stages (with style and count), placements."""
    countries = Counter(place["country"] for place in places)
    stages = Counter(tw["stage"] if tw["stage"] in STAGE_STYLES else None for _, _, tw in twinnings)
    stage_rows = []
    for code, (label, colour, width, dashes) in STAGE_STYLES.items():
        stage_rows.append({"code": code, "label": label, "color": colour, "width": width,
                           "dashes": dashes if dashed else False, "count": stages.get(code, 0)})
    if stages.get(None):
        label, colour, width, dashes = UNKNOWN_STAGE_STYLE
        stage_rows.append({"code": None, "label": label, "color": colour, "width": width,
                           "dashes": dashes, "count": stages[None]})
    return {
        "countries": [
            {"name": name, "color": country_colour(name), "count": count}
            for name, count in sorted(countries.items(), key=lambda item: (-item[1], item[0] or "\uffff"))
        ],
        "stages": stage_rows,
        "placement": dict(Counter(placement)),
        "dashed": dashed,
        "nodeCount": len(places),
        "edgeCount": len(twinnings),
    }


def _text(value: object, limit: int) -> str | None:
    """``value`` as printable text of at most ``limit`` characters, or None when it is missing."""
    if value is None:
        return None
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
    """The template and the vis-network script and stylesheet shipped inside pyvis."""
    ours = resources.files("sister_cities") / "templates"
    vis = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    assets = {
        "PAGE": (ours / "page.html").read_text(encoding="utf-8"),
        "PAGE_CSS": (ours / "page.css").read_text(encoding="utf-8"),
        "PAGE_JS": (ours / "page.js").read_text(encoding="utf-8"),
        "VIS_CSS": (vis / "vis-network.css").read_text(encoding="utf-8"),
        "VIS_JS": (vis / "vis-network.min.js").read_text(encoding="utf-8"),
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
        "VIS_CSS": assets["VIS_CSS"],
        "VIS_JS": assets["VIS_JS"],
    }
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], assets["PAGE"])

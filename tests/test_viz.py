"""The HTML page, checked without a browser: errors, escaping, layout positions, styles, legend."""
from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
import pyvis.network  # noqa: F401  imports IPython, which raises the recursion limit: before hypothesis runs
from hypothesis import given, settings
from hypothesis import strategies as st

from sister_cities.viz import (
    CONTENT_SECURITY_POLICY,
    DASH_LIMIT,
    GEO_SCALE,
    GEO_STRIP_LON,
    PHYSICS_THRESHOLD,
    EmptyNetwork,
    country_colour,
    render_html,
    safe_href,
    script_json,
)

SCRIPT_BREAKOUT = "</script><script>window.__pwned=1;alert(1)</script>"
IMG_ONERROR = '<img src=x onerror="window.__pwned=1;alert(1)">'
JS_URL = "javascript:window.__pwned=1;alert(1)"


class PageParser(HTMLParser):
    """Collects the elements and attributes of a page and the text of its JSON data block."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self._in_data = False
        self.data_text = ""
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._in_data = tag == "script" and attributes.get("id") == "sc-data"
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_data = self._in_title = False

    def handle_data(self, data):
        if self._in_data:
            self.data_text += data
        if self._in_title:
            self.title += data


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    return parser


def embedded_data(page: str) -> dict:
    return json.loads(parse(page).data_text)


def two_cities() -> nx.Graph:
    network = nx.Graph()
    network.add_node("https://example.org/place/jakarta", label="Jakarta", kind="city",
                     country="Indonesia", lat=-6.2, lon=106.8, wikidata="Q3630")
    network.add_node("https://example.org/place/setif", label="Sétif", kind="city",
                     country="Algeria", lat=36.2, lon=3.0, wikidata="Q216489")
    network.add_edge("https://example.org/place/jakarta", "https://example.org/place/setif",
                     twinning="https://example.org/twinning/1", stage="mou_signed", date="2024-05",
                     sources=[{"title": "MoU signed", "url": "https://news.example/a", "published": "2024-05-02"}],
                     history=[{"stage": "proposed", "date": "2023", "source_title": "Visit",
                               "source_url": "https://news.example/b"},
                              {"stage": "mou_signed", "date": "2024-05", "source_title": "MoU signed",
                               "source_url": "https://news.example/a"}])
    return network


def test_empty_network_raises_empty_network():
    with pytest.raises(EmptyNetwork, match="the network has no nodes: nothing to draw"):
        render_html(nx.Graph())


def test_unknown_layout_raises_value_error():
    with pytest.raises(ValueError, match=r"unknown layout 'circle': expected one of force, geo"):
        render_html(two_cities(), layout="circle")


def test_page_loads_nothing_from_elsewhere():
    parser = parse(render_html(two_cities()))
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("script") == 3
    assert "link" not in tags and "img" not in tags and "iframe" not in tags
    assert [attrs for _, attrs in parser.tags if "src" in attrs or "href" in attrs] == []
    csp = [attrs["content"] for tag, attrs in parser.tags
           if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [CONTENT_SECURITY_POLICY]
    assert CONTENT_SECURITY_POLICY.startswith("default-src 'none'; ")


def test_meta_policy_comes_before_any_script_or_style():
    tags = [(tag, attrs) for tag, attrs in parse(render_html(two_cities())).tags]
    names = [tag for tag, _ in tags]
    policy = next(i for i, (tag, attrs) in enumerate(tags) if attrs.get("http-equiv") == "Content-Security-Policy")
    assert policy < names.index("style") < names.index("script")


def test_hostile_title_is_escaped_text():
    page = render_html(two_cities(), title=SCRIPT_BREAKOUT)
    parser = parse(page)
    assert parser.title == SCRIPT_BREAKOUT
    assert [tag for tag, _ in parser.tags].count("script") == 3
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in page


def test_hostile_strings_reach_the_data_block_intact_and_inert():
    network = nx.Graph()
    network.add_node("ex:a", label=SCRIPT_BREAKOUT, country=IMG_ONERROR, kind="city")
    network.add_node("ex:b", label="B\u2028C\u2029D", country="X")
    network.add_edge("ex:a", "ex:b", stage="<b>bold</b>",
                     sources=[{"title": IMG_ONERROR, "url": JS_URL, "published": None}])
    page = render_html(network)
    assert "</script><script>" not in page
    assert "<img" not in page
    assert "\u2028" not in page and "\u2029" not in page
    data = embedded_data(page)
    assert [p["label"] for p in data["places"]] == [SCRIPT_BREAKOUT, "B\u2028C\u2029D"]
    assert data["places"][0]["country"] == IMG_ONERROR
    assert data["twinnings"][0]["sources"] == [
        {"title": IMG_ONERROR, "url": JS_URL, "href": None, "published": None}
    ]
    assert data["twinnings"][0]["stageLabel"] == "<b>bold</b>"


@settings(max_examples=40, deadline=None)
@given(label=st.text(max_size=60), country=st.text(max_size=30), url=st.text(max_size=40),
       title=st.text(max_size=40))
def test_no_text_can_add_an_element_to_the_page(label, country, url, title):
    network = nx.Graph()
    network.add_node("ex:a", label=label, country=country)
    network.add_node("ex:b", label=title)
    network.add_edge("ex:a", "ex:b", sources=[{"title": title, "url": url, "published": label}])
    page = render_html(network, title=title)
    page.encode("utf-8")
    tags = [tag for tag, _ in parse(page).tags]
    assert tags.count("script") == 3 and tags.count("style") == 2 and tags.count("meta") == 4
    href = embedded_data(page)["twinnings"][0]["sources"][0]["href"]
    assert href is None or href.lower().startswith(("http://", "https://"))


def test_script_json_escapes_what_could_end_or_confuse_a_script():
    assert script_json({"a": "</script>&\u2028\u2029<!--"}) == (
        '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029\\u003c!--"}'
    )


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/a?b=1#c", "https://news.example/a?b=1#c"),
    ("  http://news.example/a  ", "http://news.example/a"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("https:///no-host", None),
    ("//news.example/a", None),
    ("https://news.example/a b", None),
    ("https://news.example/\x00", None),
    ("java\tscript:alert(1)", None),
    ("https://news.example/\na", None),
    (None, None),
    (42, None),
])
def test_safe_href_accepts_only_web_addresses(url, expected):
    assert safe_href(url) == expected


def test_country_colours_are_stable_and_distinct():
    assert country_colour("Indonesia") == country_colour("Indonesia") == country_colour(" indonesia ")
    assert re.fullmatch(r"#[0-9a-f]{6}", country_colour("Indonesia"))
    assert country_colour("Indonesia") != country_colour("Algeria")
    assert country_colour(None) == country_colour("") == "#8c8c8c"
    assert country_colour("Indonesia") == "#e44461"  # unchanged across versions, so maps keep their colours


def test_geo_layout_places_nodes_by_longitude_and_latitude():
    data = embedded_data(render_html(two_cities(), layout="geo"))
    positions = {p["label"]: (n["x"], n["y"]) for p, n in zip(data["places"], data["nodes"])}
    assert positions == {"Jakarta": (106.8 * GEO_SCALE, 6.2 * GEO_SCALE),
                         "Sétif": (3.0 * GEO_SCALE, -36.2 * GEO_SCALE)}
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert [p["placement"] for p in data["places"]] == ["exact", "exact"]


def test_geo_layout_puts_unlocated_places_near_their_country_or_in_the_strip():
    network = two_cities()
    network.add_node("ex:bekasi", label="Bekasi", country="Indonesia")
    network.add_node("ex:nowhere", label="Nowhere", country="Atlantis", lat=None, lon=12.0)
    network.add_node("ex:bad", label="Bad", country=None, lat=95.0, lon=10.0)
    network.add_edge("ex:bekasi", "ex:nowhere")
    network.add_edge("ex:bekasi", "ex:bad")
    data = embedded_data(render_html(network, layout="geo"))
    by_label = {p["label"]: (p, n) for p, n in zip(data["places"], data["nodes"])}
    bekasi, bekasi_node = by_label["Bekasi"]
    assert bekasi["placement"] == "country"
    assert math.dist((bekasi_node["x"], bekasi_node["y"]), (1068.0, 62.0)) == pytest.approx(12.0)
    assert bekasi_node["shapeProperties"] == {"borderDashes": [3, 3]}
    for label, row in (("Nowhere", 0), ("Bad", 1)):
        place, node = by_label[label]
        assert place["placement"] == "strip"
        assert (place["lat"], place["lon"]) == (None, None)
        assert (node["x"], node["y"]) == (GEO_STRIP_LON * GEO_SCALE, -(85.0 - 2.9 * row) * GEO_SCALE)
    assert data["legend"]["placement"] == {"exact": 2, "country": 1, "strip": 2}


def test_small_force_layout_is_left_to_the_browser_physics():
    data = embedded_data(render_html(two_cities()))
    assert data["physics"] is True
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert all("x" not in node for node in data["nodes"])


def ring_of_countries(size: int, countries: int) -> nx.Graph:
    network = nx.Graph()
    for i in range(size):
        network.add_node(f"ex:{i}", label=f"Town {i}", country=f"Country {i % countries}")
    for i in range(size):
        network.add_edge(f"ex:{i}", f"ex:{(i * 7 + 3) % size}", stage="active")
    return network


@pytest.mark.parametrize("countries", [1, 9, 250])
def test_large_force_layout_is_computed_beforehand_in_country_discs(countries):
    size = PHYSICS_THRESHOLD + 1
    data = embedded_data(render_html(ring_of_countries(size, countries)))
    assert data["physics"] is False
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"]["enabled"] is False
    points = [(node["x"], node["y"]) for node in data["nodes"]]
    assert len(set(points)) == size
    discs = {}
    for place, point in zip(data["places"], points):
        discs.setdefault(place["country"], []).append(point)
    circles = []
    for members in discs.values():
        centre = (sum(x for x, _ in members) / len(members), sum(y for _, y in members) / len(members))
        circles.append((centre, max(math.dist(centre, p) for p in members)))
    assert len(circles) == countries
    for i, (centre_a, radius_a) in enumerate(circles):
        for centre_b, radius_b in circles[i + 1:]:
            assert math.dist(centre_a, centre_b) > radius_a + radius_b


def test_edges_are_styled_by_stage():
    network = nx.Graph()
    for i, stage in enumerate(["proposed", "active", "ended", "made-up", None]):
        network.add_edge(f"ex:a{i}", f"ex:b{i}", stage=stage)
    data = embedded_data(render_html(network))
    assert {e["color"]["opacity"] for e in data["edges"]} == {1.0}
    styles = [(e["color"]["color"], e["width"], e["dashes"]) for e in data["edges"]]
    assert styles == [("#98a2ad", 1.0, [4, 6]), ("#1e6b24", 3.0, False), ("#d32f2f", 1.5, [2, 5]),
                      ("#b9b9b9", 1.0, False), ("#b9b9b9", 1.0, False)]
    counts = {row["label"]: row["count"] for row in data["legend"]["stages"]}
    assert counts["Proposed"] == counts["Active"] == counts["Ended"] == 1
    assert counts["Stage unknown"] == 2
    assert counts["MoU signed"] == 0


def test_nodes_are_sized_by_degree_coloured_by_country_and_shaped_by_kind():
    network = nx.Graph()
    network.add_node("ex:hub", label="Hub", country="Indonesia", kind="regency")
    for i in range(3):
        network.add_node(f"ex:leaf{i}", country="Algeria", kind="city")
        network.add_edge("ex:hub", f"ex:leaf{i}")
    network.add_node("ex:land", kind="country")
    data = embedded_data(render_html(network))
    nodes = {p["label"]: n for p, n in zip(data["places"], data["nodes"])}
    assert nodes["Hub"]["size"] == round(8 + 3 * math.sqrt(3), 1)
    assert nodes["leaf0"]["size"] == 11.0
    assert nodes["land"]["size"] == 8.0
    assert (nodes["Hub"]["shape"], nodes["leaf0"]["shape"], nodes["land"]["shape"]) == ("square", "dot", "diamond")
    assert nodes["Hub"]["color"] == country_colour("Indonesia")
    assert nodes["land"]["color"] == "#8c8c8c"
    assert [(c["name"], c["count"]) for c in data["legend"]["countries"]] == [
        ("Algeria", 3), ("Indonesia", 1), (None, 1)
    ]


def test_missing_and_odd_attributes_get_defaults():
    network = nx.Graph()
    network.add_node("https://example.org/place/bare/")
    network.add_node(42, label=["not", "a", "string"], lat=float("nan"), lon=10, wikidata="Q0")
    network.add_edge("https://example.org/place/bare/", 42, sources="not a list",
                     history=[None, {"stage": "active"}])
    data = embedded_data(render_html(network, layout="geo"))
    assert [(p["label"], p["kind"], p["country"], p["lat"], p["wikidata"]) for p in data["places"]] == [
        ("bare", "other", None, None, None),
        ("['not', 'a', 'string']", "other", None, None, None),
    ]
    assert data["twinnings"][0]["sources"] == []
    assert data["twinnings"][0]["history"] == [
        {"stage": "active", "stageLabel": "Active", "date": None, "title": None, "url": None, "href": None}
    ]


def test_long_strings_are_cut():
    network = nx.Graph()
    network.add_node("ex:a", label="x" * 10_000)
    data = embedded_data(render_html(network))
    assert data["places"][0]["label"] == "x" * 199 + "…"


def test_same_network_same_page():
    size = PHYSICS_THRESHOLD + 20
    assert render_html(ring_of_countries(size, 12)) == render_html(ring_of_countries(size, 12))
    assert render_html(two_cities(), layout="geo") == render_html(two_cities(), layout="geo")


def test_dashes_are_dropped_on_networks_with_many_twinnings():
    network = ring_of_countries(DASH_LIMIT, 5)
    nx.set_edge_attributes(network, "proposed", "stage")
    few = embedded_data(render_html(network))
    assert few["legend"]["dashed"] is True
    assert {str(e["dashes"]) for e in few["edges"]} == {"[4, 6]"}
    assert [row["dashes"] for row in few["legend"]["stages"]][:3] == [[4, 6], [10, 6], [14, 4]]
    network = ring_of_countries(DASH_LIMIT + 1, 5)
    nx.set_edge_attributes(network, "proposed", "stage")
    many = embedded_data(render_html(network))
    assert many["legend"]["dashed"] is False
    assert {str(e["dashes"]) for e in many["edges"]} == {"False"}
    assert {(e["color"]["color"], e["color"]["opacity"]) for e in many["edges"]} == {("#98a2ad", 0.35)}
    assert [row["dashes"] for row in many["legend"]["stages"]] == [False] * 7


ANY_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3),
    max_leaves=8,
)
NODE_KEYS = ("label", "kind", "country", "lat", "lon", "wikidata")
EDGE_KEYS = ("twinning", "stage", "date", "sources", "history")


@settings(max_examples=60, deadline=None)
@given(nodes=st.lists(st.dictionaries(st.sampled_from(NODE_KEYS), ANY_VALUE), min_size=1, max_size=4),
       edges=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3),
                                st.dictionaries(st.sampled_from(EDGE_KEYS), ANY_VALUE)), max_size=4),
       layout=st.sampled_from(["force", "geo"]))
def test_any_attribute_values_render_a_page(nodes, edges, layout):
    network = nx.Graph()
    for i, attrs in enumerate(nodes):
        network.add_node(f"ex:{i}", **attrs)
    for a, b, attrs in edges:
        network.add_edge(f"ex:{a % len(nodes)}", f"ex:{b % len(nodes)}", **attrs)
    data = embedded_data(render_html(network, layout=layout))
    assert len(data["places"]) == len(data["nodes"]) == len(nodes)
    assert len(data["twinnings"]) == network.number_of_edges()
    for place in data["places"]:
        assert isinstance(place["label"], str) and place["label"]
        assert (place["lat"] is None) == (place["lon"] is None)

"""The HTML page, checked without a browser: errors, escaping, layout positions, styles, legend."""
from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sister_cities.viz import (
    CONTENT_SECURITY_POLICY,
    GEO_SCALE,
    GEO_SPREAD,
    OVERVIEW_LIMIT,
    SPRING_LIMIT,
    STAGE_STYLES,
    EmptyNetwork,
    land_rings,
    render_html,
    safe_href,
    script_json,
    short_source_name,
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
                     sources=[{"iri": "ex:a", "title": "MoU signed", "url": "https://news.example/a",
                               "published": "2024-05-02", "quote": "Jakarta dan Sétif menandatangani MoU."},
                              {"iri": "ex:b", "title": "Visit", "url": "https://news.example/b", "published": "2023-01-09"}],
                     history=[{"stage": "proposed", "date": "2023", "source": "ex:b", "source_title": "Visit",
                               "source_url": "https://news.example/b"},
                              {"stage": "mou_signed", "date": "2024-05", "source": "ex:a", "source_title": "MoU signed",
                               "source_url": "https://news.example/a"}])
    network.graph["sources"] = {"ex:a": {"kind": "news_article", "title": "MoU signed", "publisher": "Harian Contoh",
                                         "published": "2024-05-02", "url": "https://news.example/a"}}
    return network


def test_empty_network_raises_empty_network():
    with pytest.raises(EmptyNetwork, match="the network has no nodes: nothing to draw"):
        render_html(nx.Graph())


def test_unknown_layout_raises_value_error():
    with pytest.raises(ValueError, match=r"unknown layout 'circle': expected one of force, geo"):
        render_html(two_cities(), layout="circle")


def test_page_loads_nothing_from_elsewhere():
    parser = parse(render_html(two_cities(), layout="geo"))
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("script") == 2
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
    assert [tag for tag, _ in parser.tags].count("script") == 2
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in page


def test_hostile_strings_reach_the_data_block_intact_and_inert():
    network = nx.Graph()
    network.add_node("ex:a", label=SCRIPT_BREAKOUT, country=IMG_ONERROR, kind="city")
    network.add_node("ex:b", label="B\u2028C\u2029D", country="X")
    network.add_edge("ex:a", "ex:b", stage="<b>bold</b>",
                     sources=[{"title": IMG_ONERROR, "url": JS_URL, "published": None, "quote": SCRIPT_BREAKOUT}])
    page = render_html(network)
    assert "</script><script>" not in page
    assert "<img" not in page
    assert "\u2028" not in page and "\u2029" not in page
    data = embedded_data(page)
    assert [p["label"] for p in data["places"]] == [SCRIPT_BREAKOUT, "B\u2028C\u2029D"]
    assert [c["name"] for c in data["countries"]] == [IMG_ONERROR, "X"]
    assert data["places"][0]["country"] == 0
    source = data["sources"][0]
    assert (source["title"], source["url"], source["href"]) == (IMG_ONERROR, JS_URL, None)
    assert data["twinnings"][0]["sources"] == [{"source": 0, "quote": SCRIPT_BREAKOUT}]
    assert data["twinnings"][0]["stage"] == "<b>bold</b>"


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
    assert tags.count("script") == 2 and tags.count("style") == 1 and tags.count("meta") == 4
    href = embedded_data(page)["sources"][0]["href"]
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


@pytest.mark.parametrize(("source", "expected"), [
    ({"kind": "news_article", "title": "Kabupaten Bekasi dan Korea Selatan kerja sama", "publisher": "ANTARA News Megapolitan",
      "published": "2023-06-08"}, "ANTARA News Megapolitan 2023"),
    ({"kind": "news_article", "title": "A", "url": "https://www.harian.example/berita/1", "published": "2024"}, "harian.example 2024"),
    ({"kind": "wikidata", "title": "Wikidata P190 (twinned administrative body) statements, 10 September 2016",
      "retrieved": "2016-09-10"}, "Wikidata 2016"),
    ({"kind": "wikidata", "title": "L3viathan/sister-cities: a crawl of Wikidata P190 (2016)"}, "Wikidata 2016"),
    ({"kind": "dataset", "title": "Hekman/twincities — twin-town pairs scraped from English Wikipedia (2026)"},
     "Hekman/twincities 2026"),
    ({"kind": "dataset", "title": "twin_cities.csv"}, "table twin_cities.csv"),
    ({"kind": None, "title": None}, "source"),
])
def test_short_source_names_say_who_and_when(source, expected):
    assert short_source_name(source) == expected


def test_each_source_is_in_the_page_once_with_its_short_name_and_the_sentence_that_supports_the_fact():
    data = embedded_data(render_html(two_cities()))
    assert [(s["short"], s["title"], s["outlet"], s["href"]) for s in data["sources"]] == [
        ("Harian Contoh 2024", "MoU signed", "Harian Contoh", "https://news.example/a"),
        ("news.example 2023", "Visit", None, "https://news.example/b"),
    ]
    twinning = data["twinnings"][0]
    assert twinning["sources"] == [{"source": 0, "quote": "Jakarta dan Sétif menandatangani MoU."}, {"source": 1}]
    assert twinning["history"] == [{"stage": "proposed", "date": "2023", "source": 1},
                                   {"stage": "mou_signed", "date": "2024-05", "source": 0}]


def test_geo_layout_places_nodes_by_longitude_and_latitude():
    data = embedded_data(render_html(two_cities(), layout="geo"))
    positions = {p["label"]: (p["x"], p["y"]) for p in data["places"]}
    assert positions == {"Jakarta": (106.8 * GEO_SCALE, 6.2 * GEO_SCALE),
                         "Sétif": (3.0 * GEO_SCALE, -36.2 * GEO_SCALE)}
    assert [p["placement"] for p in data["places"]] == ["exact", "exact"]
    assert data["overview"] is False and data["discs"] is False


def test_geo_layout_keeps_unlocated_places_near_their_country_or_off_the_map():
    network = two_cities()
    network.add_node("ex:bekasi", label="Bekasi", country="Indonesia")
    network.add_node("ex:nowhere", label="Nowhere", country="Atlantis", lat=None, lon=12.0)
    network.add_node("ex:bad", label="Bad", country=None, lat=95.0, lon=10.0)
    network.add_node("ex:jakarta-again", label="Jakarta (again)", country="Indonesia", lat=-6.2, lon=106.8)
    network.add_edge("ex:bekasi", "ex:nowhere")
    network.add_edge("ex:bekasi", "ex:bad")
    network.add_edge("ex:bekasi", "ex:jakarta-again")
    data = embedded_data(render_html(network, layout="geo"))
    by_label = {p["label"]: p for p in data["places"]}
    bekasi = by_label["Bekasi"]
    assert bekasi["placement"] == "country"
    # near the mean of Indonesia's located places, both at Jakarta
    assert math.dist((bekasi["x"], bekasi["y"]), (1068.0, 62.0)) == pytest.approx(6.0)
    for label in ("Nowhere", "Bad"):
        assert (by_label[label]["placement"], by_label[label]["x"], by_label[label]["y"]) == ("none", None, None)
    # two places at one point are spread apart by GEO_SPREAD degrees so that each can be picked
    again = by_label["Jakarta (again)"]
    assert math.dist((again["x"], again["y"]), (1068.0, 62.0)) == pytest.approx(GEO_SPREAD * GEO_SCALE, abs=0.01)
    indonesia = next(c for c in data["countries"] if c["name"] == "Indonesia")
    assert (indonesia["x"], indonesia["y"]) == pytest.approx((1068.0, 62.0))


def test_the_map_carries_natural_earth_land():
    rings = land_rings()
    assert len(rings) > 100 and all(len(ring) % 2 == 0 and len(ring) >= 8 for ring in rings)

    def on_land(lon: float, lat: float) -> bool:
        x, y, inside = lon * GEO_SCALE, -lat * GEO_SCALE, False
        for ring in rings:
            points = list(zip(ring[::2], ring[1::2]))
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
        return inside

    assert on_land(133.0, -25.0) and on_land(15.0, 22.0) and on_land(-100.0, 40.0) and on_land(107.6, -6.9)
    assert not on_land(-150.0, 0.0) and not on_land(-30.0, 30.0) and not on_land(80.0, -20.0)
    assert embedded_data(render_html(two_cities(), layout="geo"))["land"] == rings
    assert embedded_data(render_html(two_cities()))["land"] == []


def test_small_force_layout_is_computed_here_by_components():
    network = two_cities()
    network.add_edge("ex:x", "ex:y")
    network.add_edge("ex:y", "ex:z")
    data = embedded_data(render_html(network))
    points = [(p["x"], p["y"]) for p in data["places"]]
    assert all(isinstance(v, float) for point in points for v in point)
    assert len(set(points)) == 5
    assert data == embedded_data(render_html(network))


def test_centre_is_marked_and_its_partners_ring_it():
    network = nx.star_graph(6)
    network.add_edge(1, 7)
    data = embedded_data(render_html(nx.relabel_nodes(network, lambda n: f"ex:{n}"), centre="ex:0"))
    assert data["centre"] == 0
    centre = data["places"][0]
    assert (centre["x"], centre["y"]) == (0.0, 0.0)
    ring = [math.dist((p["x"], p["y"]), (0.0, 0.0)) for p in data["places"][1:7]]
    assert max(ring) - min(ring) < 0.01
    outer = next(p for p in data["places"] if p["iri"] == "ex:7")
    assert math.dist((outer["x"], outer["y"]), (0.0, 0.0)) > ring[0] + 100


def ring_of_countries(size: int, countries: int) -> nx.Graph:
    network = nx.Graph()
    for i in range(size):
        network.add_node(f"ex:{i}", label=f"Town {i}", country=f"Country {i % countries}")
    for i in range(size):
        network.add_edge(f"ex:{i}", f"ex:{(i * 7 + 3) % size}", stage="active")
    return network


@pytest.mark.parametrize("countries", [1, 9, 250])
def test_large_force_layout_is_computed_beforehand_in_country_discs(countries):
    size = SPRING_LIMIT + 1
    data = embedded_data(render_html(ring_of_countries(size, countries)))
    assert data["discs"] is True
    points = [(p["x"], p["y"]) for p in data["places"]]
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
    for c, country in enumerate(data["countries"]):  # each disc encloses its places
        for x, y in discs[c]:
            assert math.dist((x, y), (country["x"], country["y"])) <= country["r"]


def test_large_networks_open_on_the_country_overview():
    small = embedded_data(render_html(ring_of_countries(OVERVIEW_LIMIT, 5)))
    assert small["overview"] is False
    large = embedded_data(render_html(ring_of_countries(OVERVIEW_LIMIT + 1, 5)))
    assert large["overview"] is True
    assert sum(n for _, _, n in large["pairs"]) == sum(
        1 for t in large["twinnings"] if large["places"][t["a"]]["country"] != large["places"][t["b"]]["country"])
    assert all(a < b for a, b, _ in large["pairs"])
    centred = embedded_data(render_html(ring_of_countries(OVERVIEW_LIMIT + 1, 5), centre="ex:0"))
    assert centred["overview"] is False


def test_stages_have_distinct_styles_and_unknown_codes_fall_back():
    network = nx.Graph()
    for i, stage in enumerate(["proposed", "active", "ended", "made-up", None]):
        network.add_edge(f"ex:a{i}", f"ex:b{i}", stage=stage)
    data = embedded_data(render_html(network))
    assert [t["stage"] for t in data["twinnings"]] == ["proposed", "active", "ended", "made-up", None]
    codes = [row["code"] for row in data["stages"]]
    assert codes == [*STAGE_STYLES, None]
    assert len({row["color"] for row in data["stages"]}) == len(codes)
    assert all(row["width"] >= 1.5 for row in data["stages"])


def test_places_carry_degree_kind_and_how_many_twinnings_they_have_in_all():
    network = nx.Graph()
    network.add_node("ex:hub", label="Hub", country="Indonesia", kind="regency", all_twinnings=12)
    for i in range(3):
        network.add_node(f"ex:leaf{i}", country="Algeria", kind="city")
        network.add_edge("ex:hub", f"ex:leaf{i}")
    network.add_node("ex:land", kind="country", all_twinnings=True)
    data = embedded_data(render_html(network))
    places = {p["label"]: p for p in data["places"]}
    assert (places["Hub"]["degree"], places["Hub"]["all"], places["Hub"]["kind"]) == (3, 12, "regency")
    assert (places["leaf0"]["degree"], places["leaf0"]["all"]) == (1, 1)
    assert (places["land"]["degree"], places["land"]["all"], places["land"]["country"]) == (0, 0, -1)
    assert [(c["name"], c["places"]) for c in data["countries"]] == [("Algeria", 3), ("Indonesia", 1)]
    assert data["shapes"]["regency"] == "square" and data["shapes"]["country"] == "diamond"


def test_missing_and_odd_attributes_get_defaults():
    network = nx.Graph()
    network.add_node("https://example.org/place/bare/")
    network.add_node(42, label=["not", "a", "string"], lat=float("nan"), lon=10, wikidata="Q0")
    network.add_edge("https://example.org/place/bare/", 42, sources="not a list",
                     history=[None, {"stage": "active"}])
    data = embedded_data(render_html(network, layout="geo"))
    assert [(p["label"], p["kind"], p["country"], p["lat"], p["wikidata"]) for p in data["places"]] == [
        ("bare", "other", -1, None, None),
        ("['not', 'a', 'string']", "other", -1, None, None),
    ]
    assert data["twinnings"][0]["sources"] == []
    assert data["twinnings"][0]["history"] == [{"stage": "active", "date": None, "source": None}]


def test_long_strings_are_cut():
    network = nx.Graph()
    network.add_node("ex:a", label="x" * 10_000)
    data = embedded_data(render_html(network))
    assert data["places"][0]["label"] == "x" * 199 + "…"


def test_same_network_same_page():
    size = SPRING_LIMIT + 20
    assert render_html(ring_of_countries(size, 12)) == render_html(ring_of_countries(size, 12))
    assert render_html(two_cities(), layout="geo") == render_html(two_cities(), layout="geo")


ANY_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3),
    max_leaves=8,
)
NODE_KEYS = ("label", "kind", "country", "lat", "lon", "wikidata", "all_twinnings")
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
    assert len(data["places"]) == len(nodes)
    assert len(data["twinnings"]) == network.number_of_edges()
    for place in data["places"]:
        assert isinstance(place["label"], str) and place["label"]
        assert (place["lat"] is None) == (place["lon"] is None)
        assert (place["x"] is None) == (place["y"] is None)
        assert isinstance(place["all"], int) and place["all"] >= place["degree"]

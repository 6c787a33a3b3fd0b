"""The HTML page in a real headless Chromium: it draws, stays offline, keeps hostile text inert,
places the map correctly and copes with 20,000 nodes.

Needs the Debian ``chromium`` package at /usr/bin/chromium and the ``playwright`` Python package
(its own browser download is not used). Skipped without the browser, except when ``CI`` is set.
"""
from __future__ import annotations

import os
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import networkx as nx
import pytest

from sister_cities.viz import country_colour, render_html

from browser_pages import CHROMIUM, CHROMIUM_ARGS, DRAWN, network_from_pairs, synthetic_network

pytestmark = pytest.mark.browser

HEKMAN = Path(__file__).resolve().parents[2] / "shared/data/twinnings/hekman-twincities-wikipedia-2026/twin_cities.csv"

PWN = "window.__pwned=1;alert(1)"
SCRIPT_BREAKOUT = f"</script><script>{PWN}</script>"
IMG_ONERROR = f'<img src=x onerror="{PWN}">'
QUOTES = f"\"'><svg onload=\"{PWN}\">"
JS_URL = f"javascript:{PWN}"

NODE_IN_VIEWPORT = """id => {
  const network = window.sisterCities.network;
  const point = network.canvasToDOM(network.getPosition(id));
  const box = document.getElementById('sc-network').getBoundingClientRect();
  return [box.left + point.x, box.top + point.y];
}"""

EDGE_MIDDLE_IN_VIEWPORT = """id => {
  const network = window.sisterCities.network;
  const point = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
  const box = document.getElementById('sc-network').getBoundingClientRect();
  return [box.left + point.x, box.top + point.y];
}"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        # In CI a missing browser is a broken setup, not a reason to pass quietly.
        missing = pytest.fail if os.environ.get("CI") else pytest.skip
        missing("needs the Debian chromium package at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OpenedPage:
    """A page opened from a file, with everything it requested, logged and tried to show."""

    def __init__(self, browser, html: str, path: Path, *, timeout_ms: int = 30_000) -> None:
        path.write_text(html, encoding="utf-8")
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 900, "height": 600})
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        self.page.on("dialog", self._dialog)
        started = time.monotonic()
        self.page.goto(self.url)
        self.page.wait_for_selector(DRAWN, state="attached", timeout=timeout_ms)
        self.seconds_to_draw = time.monotonic() - started

    def _console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser, tmp_path):
    opened: list[OpenedPage] = []

    def opener(html: str, **options) -> OpenedPage:
        page = OpenedPage(browser, html, tmp_path / f"page{len(opened)}.html", **options)
        opened.append(page)
        return page

    yield opener
    for page in opened:
        page.close()


def decode_png(png: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (as Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks = 8, {}
    idat = b""
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset:offset + 4])
        kind = png[offset + 4:offset + 8]
        body = png[offset + 8:offset + 8 + length]
        if kind == b"IDAT":
            idat += body
        else:
            chunks[kind] = body
        offset += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    channels = 4 if colour_type == 6 else 3
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                up, corner = previous[i], previous[i - channels] if i >= channels else 0
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                predictor = left if distances[0] <= distances[1] and distances[0] <= distances[2] else (
                    up if distances[1] <= distances[2] else corner)
                line[i] = (line[i] + predictor) & 0xFF
        pixels.extend(tuple(line[i:i + 3]) for i in range(0, stride, channels))
        previous = line
    return width, height, pixels


def drawn_share(pixels: list[tuple[int, int, int]], background=(255, 255, 255)) -> float:
    return sum(1 for pixel in pixels if pixel != background) / len(pixels)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def hostile_network() -> nx.Graph:
    """Jakarta and Sétif, where every string a news article could supply tries to run a script."""
    network = nx.Graph()
    network.add_node("https://example.org/place/jakarta", label=SCRIPT_BREAKOUT, kind="city",
                     country=IMG_ONERROR, lat=-6.2, lon=106.8, wikidata="Q3630")
    network.add_node("https://example.org/place/setif", label="Sétif", kind="city",
                     country="Algeria", lat=36.2, lon=3.0, wikidata=f"Q1{PWN}")
    network.add_node("https://example.org/place/bekasi", label="Bekasi", kind="regency",
                     country="Indonesia", lat=-6.24, lon=106.99)
    network.add_edge("https://example.org/place/jakarta", "https://example.org/place/setif",
                     twinning="https://example.org/twinning/1", stage="mou_signed", date="2024-05",
                     sources=[{"title": QUOTES, "url": JS_URL, "published": SCRIPT_BREAKOUT},
                              {"title": "Signed", "url": f"https://news.example/a?q=\"><img/src=x/onerror={PWN}>",
                               "published": "2024-05-02"}],
                     history=[{"stage": "proposed", "date": "2023", "source_title": IMG_ONERROR,
                               "source_url": "JAVASCRIPT:alert(1)"}])
    network.add_edge("https://example.org/place/setif", "https://example.org/place/bekasi", stage="ended")
    return network


@pytest.mark.parametrize("layout", ["force", "geo"])
def test_page_draws_offline_without_errors(open_page, layout):
    opened = open_page(render_html(hostile_network(), title=SCRIPT_BREAKOUT, layout=layout))
    assert opened.requests == [opened.url]
    assert opened.errors == []
    width, height, pixels = decode_png(opened.page.locator("#sc-network").screenshot())
    assert (width, height) == (630, 600)
    assert drawn_share(pixels) > 0.004
    # On the map Bekasi (Indonesia) is drawn over Jakarta, 0.2 degrees away.
    visible = ("Algeria", "Indonesia", IMG_ONERROR) if layout == "force" else ("Algeria", "Indonesia")
    for country in visible:
        assert pixels.count(rgb(country_colour(country))) >= 30, country
    assert opened.page.title() == SCRIPT_BREAKOUT
    assert opened.page.locator("#sc-title").inner_text() == SCRIPT_BREAKOUT
    legend = opened.page.locator("#sc-countries").inner_text()
    assert IMG_ONERROR in legend and "Algeria" in legend
    if layout == "geo":  # Jakarta (106.8 E, 6.2 S) is right of and below Sétif (3.0 E, 36.2 N)
        jakarta, setif = (opened.page.evaluate(NODE_IN_VIEWPORT, i) for i in (0, 1))
        assert jakarta[0] > setif[0] and jakarta[1] > setif[1]
        position = "id => window.sisterCities.network.getPosition(id)"
        assert opened.page.evaluate(position, 0) == {"x": 1068, "y": 62}
        assert opened.page.evaluate(position, 1) == {"x": 30, "y": -362}


def test_hostile_strings_show_as_text_and_never_run(open_page):
    opened = open_page(render_html(hostile_network(), title=SCRIPT_BREAKOUT))
    page = opened.page
    page.mouse.move(*page.evaluate(NODE_IN_VIEWPORT, 0))
    tooltip = page.locator("#sc-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    for payload in (SCRIPT_BREAKOUT, IMG_ONERROR, QUOTES, JS_URL, "JAVASCRIPT:alert(1)"):
        assert payload in text
    assert "Wikidata: Q3630" in text
    links = page.eval_on_selector_all("#sc-tooltip a", "links => links.map(a => [a.textContent, a.href])")
    assert links == [
        ["Q3630", "https://www.wikidata.org/wiki/Q3630"],
        ["Signed", "https://news.example/a?q=%22%3E%3Cimg/src=x/onerror=window.__pwned=1;alert(1)%3E"],
    ]
    page.mouse.move(*page.evaluate(EDGE_MIDDLE_IN_VIEWPORT, 0))
    page.wait_for_function("() => document.querySelector('#sc-tooltip h3').textContent.endsWith('Sétif')")
    edge_card = tooltip.inner_text()
    assert edge_card.startswith(f"{SCRIPT_BREAKOUT} – Sétif\n{IMG_ONERROR} – Algeria\nStage: MoU signed (2024-05)")
    assert QUOTES in edge_card and JS_URL in edge_card
    page.mouse.click(*page.evaluate(NODE_IN_VIEWPORT, 0))
    assert "sc-pinned" in tooltip.get_attribute("class")
    page.locator("#sc-tooltip span", has_text=JS_URL).first.click()
    page.mouse.move(*page.evaluate(NODE_IN_VIEWPORT, 1))
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.requests == [opened.url]


@pytest.mark.skipif(not HEKMAN.is_file(), reason="the shared data folder is not beside the checkout")
def test_geo_layout_draws_a_map_from_real_pairs(open_page):
    network = network_from_pairs(HEKMAN, keep=lambda row: bool({"Indonesia", "Algeria"} & {row["country1"], row["country2"]}))
    opened = open_page(render_html(network, layout="geo"))
    assert opened.errors == [] and opened.requests == [opened.url]
    labels = opened.page.evaluate("window.sisterCities.data.places.map(p => p.label)")
    jakarta, setif = labels.index("Jakarta"), labels.index("Sétif")
    position = "id => window.sisterCities.network.getPosition(id)"
    at_jakarta = opened.page.evaluate(position, jakarta)
    at_setif = opened.page.evaluate(position, setif)
    assert at_jakarta["x"] > at_setif["x"] and at_jakarta["y"] > at_setif["y"]
    on_screen_jakarta = opened.page.evaluate(NODE_IN_VIEWPORT, jakarta)
    on_screen_setif = opened.page.evaluate(NODE_IN_VIEWPORT, setif)
    assert on_screen_jakarta[0] > on_screen_setif[0] and on_screen_jakarta[1] > on_screen_setif[1]
    # The file pairs Jakarta with 17 cities, from Bangkok to Tokyo.
    assert opened.page.evaluate("window.sisterCities.network.getConnectedEdges(%d).length" % jakarta) == 17

    page = opened.page
    page.fill("#sc-query", "JAKARTA")
    page.press("#sc-query", "Enter")
    # "Kota Tua (Jakarta)" matches too; the exact match gets the card.
    assert page.locator("#sc-found").inner_text() == "2 places found"
    selected = page.evaluate("window.sisterCities.network.getSelectedNodes()")
    assert sorted(selected) == sorted([jakarta, labels.index("Kota Tua (Jakarta)")])
    assert page.locator("#sc-tooltip h3").inner_text() == "Jakarta"
    page.locator("#sc-countries button", has_text="Algeria").click()
    algeria = [i for i, p in enumerate(page.evaluate("window.sisterCities.data.places")) if p["country"] == "Algeria"]
    assert sorted(page.evaluate("window.sisterCities.network.getSelectedNodes()")) == algeria
    assert labels[setif] in [labels[i] for i in algeria]
    assert page.locator("#sc-tooltip").is_hidden()
    assert opened.errors == []


@pytest.fixture
def counting_server():
    """A real HTTP server on 127.0.0.1 that records every path asked of it."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_policy_blocks_loads_even_from_injected_code(open_page, counting_server):
    base, hits = counting_server
    opened = open_page(render_html(hostile_network()))
    opened.page.evaluate("""base => {
      fetch(base + '/fetch').catch(() => {});
      const image = document.createElement('img'); image.src = base + '/img'; document.body.append(image);
      const script = document.createElement('script'); script.src = base + '/script'; document.body.append(script);
      const sheet = document.createElement('link'); sheet.rel = 'stylesheet'; sheet.href = base + '/css';
      document.head.append(sheet);
    }""", base)
    opened.page.wait_for_timeout(500)
    assert hits == []
    refused = [error for error in opened.errors if "Content Security Policy" in error]
    assert {path for path in ("/fetch", "/img", "/script", "/css") if any(base + path in e for e in refused)} == {
        "/fetch", "/img", "/script", "/css"}


def test_twenty_thousand_nodes_draw_within_thirty_seconds(open_page):
    network = synthetic_network(20_000)
    opened = open_page(render_html(network), timeout_ms=30_000)
    assert opened.seconds_to_draw < 30
    assert opened.errors == [] and opened.requests == [opened.url]
    assert opened.page.evaluate("window.sisterCities.network.body.data.nodes.length") == 20_000
    assert opened.page.evaluate("window.sisterCities.data.physics") is False

"""The HTML page in a real headless Chromium: it draws, stays offline, keeps hostile text inert,
places the map correctly, and at world scale stays readable (no label over another), lets every
place be picked where it is drawn and dims what is out of focus.

Needs the Debian ``chromium`` package at /usr/bin/chromium and the ``playwright`` Python package
(its own browser download is not used). Skipped without the browser, except when ``CI`` is set.
One browser and one world page serve the whole module.
"""
from __future__ import annotations

import os
import random
import struct
import threading
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import networkx as nx
import pytest

from sister_cities.viz import GEO_SCALE, render_html

from browser_pages import CHROMIUM, CHROMIUM_ARGS, DRAWN, P190, PAIRS, network_from_pairs, world_network

pytestmark = pytest.mark.browser

PWN = "window.__pwned=1;alert(1)"
SCRIPT_BREAKOUT = f"</script><script>{PWN}</script>"
IMG_ONERROR = f'<img src=x onerror="{PWN}">'
QUOTES = f"\"'><svg onload=\"{PWN}\">"
JS_URL = f"javascript:{PWN}"
DIM = (0xD6, 0xDB, 0xE0)
LAND = (0xDF, 0xE4, 0xD9)
SEA = (0xEE, 0xF4, 0xF8)

LOCATE = "iri => window.sisterCities.locate(iri)"
CARD_PLACE = "() => { const t = document.getElementById('sc-tooltip'); return t.hidden ? null : t.getAttribute('data-place'); }"


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

    def __init__(self, browser, html: str, path: Path, *, timeout_ms: int = 30_000,
                 viewport: tuple[int, int] = (900, 600)) -> None:
        path.write_text(html, encoding="utf-8")
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
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

    def locate(self, iri: str) -> tuple[float, float] | None:
        point = self.page.evaluate(LOCATE, iri)
        return None if point is None else (point["x"], point["y"])

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


def screen_pixels(opened: OpenedPage) -> tuple[int, int, list[tuple[int, int, int]]]:
    """The whole viewport, so that pixel (x, y) is at CSS pixel (x, y) of the page."""
    return decode_png(opened.page.screenshot())


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
                     sources=[{"iri": "ex:s1", "title": QUOTES, "url": JS_URL, "published": SCRIPT_BREAKOUT,
                               "quote": IMG_ONERROR},
                              {"iri": "ex:s2", "title": "Signed", "url": f"https://news.example/a?q=\"><img/src=x/onerror={PWN}>",
                               "published": "2024-05-02"}],
                     history=[{"stage": "proposed", "date": "2023", "source": "ex:s3", "source_title": IMG_ONERROR,
                               "source_url": "JAVASCRIPT:alert(1)"}])
    network.add_edge("https://example.org/place/setif", "https://example.org/place/bekasi", stage="ended")
    return network


JAKARTA, SETIF, BEKASI = ("https://example.org/place/" + name for name in ("jakarta", "setif", "bekasi"))


@pytest.mark.parametrize("layout", ["force", "geo"])
def test_page_draws_offline_without_errors(open_page, layout):
    opened = open_page(render_html(hostile_network(), title=SCRIPT_BREAKOUT, layout=layout))
    assert opened.requests == [opened.url]
    assert opened.errors == []
    width, height, pixels = decode_png(opened.page.locator("#sc-network").screenshot())
    assert (width, height) == (630, 600)
    assert drawn_share(pixels) > 0.004
    assert opened.page.title() == SCRIPT_BREAKOUT
    assert opened.page.locator("#sc-title").inner_text() == SCRIPT_BREAKOUT
    legend = opened.page.locator("#sc-countries").inner_text()
    assert IMG_ONERROR in legend and "Algeria" in legend
    jakarta, setif = opened.locate(JAKARTA), opened.locate(SETIF)
    assert jakarta is not None and setif is not None
    if layout == "geo":  # Jakarta (106.8 E, 6.2 S) is right of and below Sétif (3.0 E, 36.2 N)
        assert jakarta[0] > setif[0] and jakarta[1] > setif[1]
        # with the sea and the land of Natural Earth under them
        assert pixels.count(SEA) > 0.2 * len(pixels) and pixels.count(LAND) > 0.05 * len(pixels)
    assert opened.locate("https://example.org/place/nowhere") is None


def test_hostile_strings_show_as_text_and_never_run(open_page):
    opened = open_page(render_html(hostile_network(), title=SCRIPT_BREAKOUT))
    page = opened.page
    page.mouse.move(*opened.locate(JAKARTA))
    tooltip = page.locator("#sc-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert tooltip.get_attribute("data-place") == JAKARTA
    text = tooltip.inner_text()
    assert SCRIPT_BREAKOUT in text and IMG_ONERROR in text
    assert "Wikidata: Q3630" in text
    assert "Sétif (Algeria) — MoU signed 2024" in text
    assert page.eval_on_selector_all("#sc-tooltip a", "links => links.map(a => [a.textContent, a.href])") == [
        ["Q3630", "https://www.wikidata.org/wiki/Q3630"]]
    # the line between them, halfway
    (x1, y1), (x2, y2) = opened.locate(JAKARTA), opened.locate(SETIF)
    page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
    page.wait_for_function("() => document.getElementById('sc-tooltip').getAttribute('data-twinning') === 'https://example.org/twinning/1'")
    edge_card = tooltip.inner_text()
    assert edge_card.startswith(f"{SCRIPT_BREAKOUT} – Sétif\n{IMG_ONERROR} – Algeria\nStage: MoU signed (2024-05)")
    for payload in (QUOTES, JS_URL, IMG_ONERROR, SCRIPT_BREAKOUT):
        assert payload in edge_card
    assert page.eval_on_selector_all("#sc-tooltip a", "links => links.map(a => [a.textContent, a.href])") == [
        ["Signed", "https://news.example/a?q=%22%3E%3Cimg/src=x/onerror=window.__pwned=1;alert(1)%3E"]]
    # pinned: the card's partner line opens the twinning's card, whose hostile URL stays text
    page.mouse.click(*opened.locate(JAKARTA))
    assert "sc-pinned" in tooltip.get_attribute("class")
    page.locator("#sc-tooltip .sc-partner").first.click()
    page.locator("#sc-tooltip span", has_text=JS_URL).first.click()
    page.mouse.move(*opened.locate(SETIF))
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.requests == [opened.url]


@pytest.mark.skipif(not PAIRS.is_file(), reason="the shared data folder is not beside the checkout")
def test_map_of_real_pairs_finds_selects_and_focuses(open_page):
    network = network_from_pairs(PAIRS, keep=lambda row: bool({"Indonesia", "Algeria"} & {row["country1"], row["country2"]}))
    opened = open_page(render_html(network, layout="geo"))
    assert opened.errors == [] and opened.requests == [opened.url]
    jakarta, setif = "https://example.org/place/Indonesia/Jakarta", "https://example.org/place/Algeria/Sétif"
    on_screen_jakarta, on_screen_setif = opened.locate(jakarta), opened.locate(setif)
    assert on_screen_jakarta[0] > on_screen_setif[0] and on_screen_jakarta[1] > on_screen_setif[1]

    page = opened.page
    page.fill("#sc-query", "JAKARTA")
    page.press("#sc-query", "Enter")
    # "Kota Tua (Jakarta)" matches too; the exact match gets the card.
    assert page.locator("#sc-found").inner_text() == "2 places found"
    assert page.locator("#sc-tooltip h3").inner_text() == "Jakarta"
    assert page.locator("#sc-tooltip").get_attribute("data-place") == jakarta
    # The file pairs Jakarta with 17 cities, from Bangkok to Tokyo: one line each in its card.
    assert page.locator("#sc-tooltip li").count() == 17
    assert page.locator("#sc-tooltip h4").first.inner_text() == "17 twinnings"

    page.keyboard.press("Escape")
    page.locator("#sc-countries button", has_text="Algeria").click()
    assert page.locator("#sc-tooltip").is_hidden()
    assert page.locator("#sc-focus-text").inner_text().startswith("Algeria: ")
    algeria = {p["iri"] for p in page.evaluate("window.sisterCities.data.places") if p["country"] >= 0
               and page.evaluate("c => window.sisterCities.data.countries[c].name", p["country"]) == "Algeria"}
    related = algeria | {b for a in algeria for b in network.neighbors(a)}
    drawn = page.evaluate("window.sisterCities.drawnPlaces()")
    assert {d["iri"] for d in drawn if not d["dimmed"]} <= related
    assert algeria <= {d["iri"] for d in drawn if not d["dimmed"]}
    assert {d["iri"] for d in drawn if d["dimmed"]} == {d["iri"] for d in drawn} - related
    page.click("#sc-clear")
    assert all(not d["dimmed"] for d in page.evaluate("window.sisterCities.drawnPlaces()"))
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


# --- the world map: 20,755 places, 34,604 twinnings ---------------------------------------------

@pytest.fixture(scope="module")
def world(browser, tmp_path_factory):
    """The world map page (pairs table and 2016 Wikidata crawl), opened once for the module."""
    if not (PAIRS.exists() and P190.exists()):
        pytest.skip(f"needs the shared twinning tables ({PAIRS.parent.parent})")
    network = world_network()
    page_html = render_html(network, layout="geo")
    opened = OpenedPage(browser, page_html, tmp_path_factory.mktemp("world") / "world.html",
                        viewport=(1280, 800))
    opened.network = network
    yield opened
    opened.close()


def test_world_map_draws_within_five_seconds_offline_with_land(world):
    assert world.seconds_to_draw < 5, world.seconds_to_draw
    assert world.errors == [] and world.requests == [world.url]
    drawn = world.page.evaluate("window.sisterCities.drawnPlaces().length")
    assert drawn > 15_000
    # Land where Natural Earth has it, sea where it has none: read off two drawn places' positions.
    places = world.page.evaluate("window.sisterCities.data.places.filter(p => p.placement === 'exact').map(p => [p.iri, p.x, p.y])")
    (iri_a, xa, ya), (iri_b, xb, yb) = min(places, key=lambda p: p[1]), max(places, key=lambda p: p[1])
    (sxa, sya), (sxb, syb) = world.locate(iri_a), world.locate(iri_b)
    scale = (sxb - sxa) / (xb - xa)

    def screen(lon, lat):
        return round(sxa + (lon * GEO_SCALE - xa) * scale), round(sya + (-lat * GEO_SCALE - ya) * scale)

    width, _, pixels = screen_pixels(world)
    for lon, lat, expected in ((-130.0, -45.0, SEA), (-150.0, 10.0, SEA), (75.0, -30.0, SEA),
                               (133.0, -24.0, LAND), (-62.0, -8.0, LAND), (95.0, 62.0, LAND)):
        x, y = screen(lon, lat)
        # faint country-pair lines may cross: each pixel counts as the nearer of the two colours
        patch = Counter(min((LAND, SEA), key=lambda colour: sum((a - b) ** 2 for a, b in zip(colour, pixel)))
                        for pixel in (pixels[(y + dy) * width + x + dx] for dx in range(-7, 8) for dy in range(-7, 8)))
        assert patch[expected] > 0.6 * sum(patch.values()), (lon, lat, patch)


def test_world_map_labels_never_overlap_at_the_default_view(world):
    whole_picture(world)
    labels = world.page.evaluate("window.sisterCities.labels()")
    assert len(labels) >= 100
    box = world.page.locator("#sc-network").bounding_box()
    for label in labels:
        assert box["x"] <= label["x"] and label["x"] + label["width"] <= box["x"] + box["width"] + 0.5
    ordered = sorted(labels, key=lambda label: label["x"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b["x"] >= a["x"] + a["width"]:
                break
            assert not (a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]), (a["text"], b["text"])
    # the most connected places are named first
    texts = {label["text"] for label in labels}
    assert {"Moscow", "Kyiv"} <= texts or {"Moscow", "Kiev"} <= texts or "Berlin" in texts or "Paris" in texts


def whole_picture(world) -> None:
    """Back to the default view, by a click on the panel's button (with the mouse: no waiting)."""
    box = world.page.locator("#sc-fit").bounding_box()
    world.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_every_place_can_be_picked_where_it_is_drawn(world):
    """100 places drawn at the default view, at random: zoomed in with the wheel where locate()
    puts each, the card the pointer then shows is that place's (at least 98% of them). (100, not 200:
    each takes a third of a second, and the suite must stay well within ten minutes.)"""
    page = world.page
    whole_picture(world)
    drawn = [d["iri"] for d in page.evaluate("window.sisterCities.drawnPlaces()")]
    sample = random.Random(14).sample(drawn, 100)
    picked, missed = 0, []
    for iri in sample:
        page.mouse.move(*world.locate(iri))
        page.mouse.wheel(0, -3000)  # 90 times closer
        shown = page.evaluate(CARD_PLACE)
        if shown == iri:
            page.mouse.wheel(0, 3000)  # and back, at the same point
            picked += 1
            continue
        page.mouse.move(*world.locate(iri))  # hover exactly where the place now is
        shown = page.evaluate(CARD_PLACE)
        picked += shown == iri
        if shown != iri:
            missed.append((iri, shown))
        whole_picture(world)
    assert picked >= 98, missed


def test_focus_dims_every_unrelated_place(world):
    page = world.page
    whole_picture(world)
    berlin = "https://w3id.org/sister-cities/id/place/de/city/berlin"
    page.mouse.move(*world.locate(berlin))
    for _ in range(2):
        page.mouse.wheel(0, -1000)
    page.mouse.move(*world.locate(berlin))
    assert page.evaluate(CARD_PLACE) == berlin
    related = {berlin, *world.network.neighbors(berlin)}
    drawn = page.evaluate("window.sisterCities.drawnPlaces()")
    assert len(drawn) > 1000
    lit = {d["iri"] for d in drawn if not d["dimmed"]}
    assert lit == related & {d["iri"] for d in drawn}
    # and it is so on screen: the centre of a dimmed place far from anything lit is the dim grey
    width, height, pixels = screen_pixels(world)
    lit_points = [world.locate(iri) for iri in lit]
    labels = page.evaluate("window.sisterCities.labels()")
    card = page.locator("#sc-tooltip").bounding_box()
    # the card, and its shadow
    labels.append({"x": card["x"] - 12, "y": card["y"] - 12, "width": card["width"] + 24, "height": card["height"] + 24})
    checked = 0
    for d in random.Random(7).sample([d for d in drawn if d["dimmed"]], 300):
        if world.locate(d["iri"]) is None:  # drawn in the margin, just off screen
            continue
        x, y = world.locate(d["iri"])
        if any(abs(x - lx) < 12 and abs(y - ly) < 12 for lx, ly in lit_points):
            continue
        if any(label["x"] - 2 <= x <= label["x"] + label["width"] + 2 and label["y"] - 2 <= y <= label["y"] + label["height"] + 2
               for label in labels):
            continue
        assert pixels[round(y) * width + round(x)] == DIM, d["iri"]
        checked += 1
    assert checked >= 100
    page.mouse.move(5, 5)

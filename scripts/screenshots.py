"""Draw the README's pictures: the world as a map and as a network (both on their country overview),
one place in focus on the map, and the neighbourhood of Bandung, as PNGs in docs/.

Usage (needs ../shared beside the checkout, the Debian chromium package and playwright):

    python scripts/screenshots.py [--out docs]

The world graph is built as `build --pairs twin_cities.csv --wikidata-p190 relations.tsv` builds it.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from sister_cities.build import build_store
from sister_cities.network import describe_sources, find_locality, locality_network, neighbourhood
from sister_cities.tables import read_p190, read_pairs
from sister_cities.viz import render_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser_pages import CHROMIUM, CHROMIUM_ARGS, DRAWN, P190, PAIRS  # noqa: E402

VIEWPORT = {"width": 1100, "height": 660}


def shoot(browser, html: str, png: Path, folder: Path, *, hover: str | None = None) -> None:
    page_path = folder / (png.stem + ".html")
    page_path.write_text(html, encoding="utf-8")
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(page_path.as_uri())
    page.wait_for_selector(DRAWN, state="attached", timeout=60_000)
    if hover:
        point = page.evaluate("iri => window.sisterCities.locate(iri)", hover)
        page.mouse.move(point["x"], point["y"])
        page.mouse.wheel(0, -900)
        point = page.evaluate("iri => window.sisterCities.locate(iri)", hover)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_timeout(200)
    page.screenshot(path=str(png))
    context.close()
    print(f"wrote {png} ({png.stat().st_size // 1000} kB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    args = parser.parse_args(argv)
    if not (PAIRS.exists() and P190.exists()):
        print(f"needs the shared twinning tables ({PAIRS.parent.parent})", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    store = build_store([read_pairs(PAIRS).record, read_p190(P190).record], kind="oxigraph")
    world = describe_sources(locality_network(store), store)
    bandung = find_locality("Bandung", store.select)
    around = describe_sources(neighbourhood(store, bandung, 2), store)
    title = "Sister cities: the world (Wikipedia lists and Wikidata, 2016)"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        shoot(browser, render_html(world, title=title, layout="geo"), args.out / "map.png", Path(folder))
        shoot(browser, render_html(world, title=title, layout="geo"), args.out / "map-focus.png", Path(folder),
              hover=bandung)
        shoot(browser, render_html(world, title=title), args.out / "network.png", Path(folder))
        shoot(browser, render_html(around, title="Sister cities: Bandung and 2 steps around", centre=bandung),
              args.out / "neighbourhood.png", Path(folder))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

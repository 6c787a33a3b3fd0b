"""Benchmark the HTML page: render time, page size and time to first full draw in headless Chromium.

Usage (the Debian chromium package and the playwright Python package are needed):

    python scripts/bench_viz.py                      # synthetic 1k, 5k and 20k nodes, both layouts
    python scripts/bench_viz.py --sizes 20000 --layouts force
    python scripts/bench_viz.py --real ../shared/data/twinnings/hekman-twincities-wikipedia-2026/twin_cities.csv

"Draw" is the wall time from navigation to the page's first draw after its layout is settled
(``window.sisterCities.drawnAt`` set); "in page" is that moment by the page's own clock.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from sister_cities.viz import render_html

# the browser set-up and the networks the browser tests draw too
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser_pages import CHROMIUM, CHROMIUM_ARGS, DRAWN, network_from_pairs, synthetic_network  # noqa: E402


def measure(browser, network: nx.Graph, name: str, layout: str, folder: Path, timeout_s: float) -> str:
    started = time.perf_counter()
    page_html = render_html(network, layout=layout)
    render_s = time.perf_counter() - started
    path = folder / f"{name}-{layout}.html"
    path.write_text(page_html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector(DRAWN, state="attached", timeout=timeout_s * 1000)
    draw_s = time.perf_counter() - started
    in_page_s = page.evaluate("window.sisterCities.drawnAt") / 1000
    context.close()
    return (f"{name:>10} {layout:>6} {network.number_of_nodes():>7} {network.number_of_edges():>7} "
            f"{render_s:>8.2f} {len(page_html.encode('utf-8')) / 1e6:>8.1f} {draw_s:>7.2f} {in_page_s:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--layouts", nargs="+", default=["force", "geo"], choices=["force", "geo"])
    parser.add_argument("--real", type=Path, help="also measure the network of a geocoded pairs CSV")
    parser.add_argument("--chromium", default=str(CHROMIUM))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a draw")
    args = parser.parse_args(argv)

    cases = [(f"synth-{size}", synthetic_network(size)) for size in args.sizes]
    if args.real:
        cases.append((args.real.stem, network_from_pairs(args.real)))
    print(f"{'network':>10} {'layout':>6} {'nodes':>7} {'edges':>7} {'render s':>8} {'HTML MB':>8} "
          f"{'draw s':>7} {'in page':>8}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for name, network in cases:
            for layout in args.layouts:
                print(measure(browser, network, name, layout, Path(folder), args.timeout), flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

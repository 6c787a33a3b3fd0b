#!/usr/bin/env python3
"""Throughput of the extractor on the development corpus, after start-up, on one core.

usage: python scripts/bench_extract.py [ARTICLES.jsonl] [--rounds N]

Prints the gazetteer load and lookup times and articles per second over N passes of the corpus, by the wall
clock and by the CPU time of this process.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "corpus" / "articles.jsonl"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Throughput of the extractor, after start-up, on one core.")
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT,
                        help="articles as JSON lines (default: the first development set)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the articles (default 5)")
    args = parser.parse_args(argv)
    path, rounds = args.articles, args.rounds
    if rounds < 1:
        parser.error("--rounds must be at least 1")
    if not path.is_file():
        parser.error(f"{path}: no such file")

    start = time.perf_counter()
    from sister_cities.gazetteer import Gazetteer
    Gazetteer.default()
    load = time.perf_counter() - start
    gazetteer = Gazetteer.default()
    names = ["Bogor", "Kabupaten Bekasi", "Kisarazu", "Unknown Place Name", "Jeollanam-do"] * 2000
    start = time.perf_counter()
    for name in names:
        gazetteer.lookup(name)
    lookup = (time.perf_counter() - start) / len(names)

    from sister_cities.articles import Article, read_articles
    from sister_cities.extract import extract_article

    articles = [a for a in read_articles(path) if isinstance(a, Article)]
    extract_article(articles[0].text, title=articles[0].title, published=articles[0].published)  # warm up
    start, cpu_start = time.perf_counter(), time.process_time()
    relations = 0
    for _ in range(rounds):
        for article in articles:
            result = extract_article(article.text, title=article.title, published=article.published,
                                     language=article.language)
            relations += len(result["relations"])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    count = rounds * len(articles)
    print(f"gazetteer load: {load * 1000:.0f} ms; one lookup: {lookup * 1e6:.1f} µs")
    print(f"extracted {count} articles ({relations // rounds} relations per pass) in {elapsed:.2f} s: "
          f"{count / elapsed:.0f} articles/s wall clock, {count / cpu:.0f} articles/s of CPU time "
          "(the two differ when other processes share the core)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

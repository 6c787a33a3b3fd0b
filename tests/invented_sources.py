"""Invented sources for property tests: each source a curated record of relations among a few real
cities, with stages and dates drawn at random, so that one strategy makes many different networks."""
from __future__ import annotations

from hypothesis import strategies as st

from sister_cities import build
from sister_cities.vocab import STAGES

CITIES = [("Bandung", "ID"), ("Suwon", "KR"), ("Hamamatsu", "JP"), ("Nanning", "CN"), ("Brisbane", "AU"),
          ("Braunschweig", "DE"), ("Bogor", "ID"), ("Semarang", "ID"), ("Rotterdam", "NL"), ("Busan", "KR")]

dates = st.one_of(st.none(), st.builds(lambda y, m, d: f"{y}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else ""),
                                       st.integers(1990, 2025), st.integers(0, 12), st.integers(0, 28)))


def sources(cities: int = 5, *, relations: int = 4, count: int = 3):
    """Up to `count` sources, each telling up to `relations` relations among the first `cities` CITIES."""
    relation = st.tuples(st.integers(0, cities - 1), st.integers(0, cities - 1), st.sampled_from(STAGES),
                         dates).filter(lambda r: r[0] != r[1])
    return st.lists(st.lists(relation, min_size=1, max_size=relations), min_size=1, max_size=count)


def record_of(number: int, relations) -> dict:
    """One source's relations, `(i, j, stage, date)` with i and j indexes of CITIES, as a curated record."""
    return {
        "id": f"property-{number}",
        "source": {"key": f"article/property-{number}", "kind": "news_article", "title": f"Source {number}",
                   "url": f"https://example.org/property/{number}", "published": "2025"},
        "relations": [{"a": {"name": CITIES[i][0], "kind": "city", "country": CITIES[i][1]},
                       "b": {"name": CITIES[j][0], "kind": "city", "country": CITIES[j][1]},
                       "stage": stage, "event_date": date} for i, j, stage, date in relations],
    }


def dataset_of(told) -> "build.Dataset":
    """The vocabulary and one named graph per invented source."""
    dataset = build.new_dataset()
    for number, relations in enumerate(told):
        build.add_record(dataset, build.curated_record(record_of(number, relations)))
    return dataset

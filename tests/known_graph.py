"""The small known graph of invented facts (tests/data/known-graph/), loaded once the same way by
every test that asserts exact rows or numbers on it."""
from __future__ import annotations

from pathlib import Path

from sister_cities import build

KNOWN = Path(__file__).parent / "data" / "known-graph"


def known_dataset():
    """The vocabulary graph plus each curated record of the known graph, in file-name order."""
    dataset = build.new_dataset()
    for path in sorted(KNOWN.glob("*.json")):
        build.add_record(dataset, build.read_curated(path))
    return dataset

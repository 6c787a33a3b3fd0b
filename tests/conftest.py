"""Shared pytest setup: the `--live` switch for tests that talk to the real Wikidata Query Service."""
from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--live",
        action="store_true",
        default=False,
        help="also run the tests marked `live`, which query the real Wikidata Query Service",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip `live` tests unless --live: CI and this machine have no internet."""
    if config.getoption("--live"):
        return
    skip_live = pytest.mark.skip(reason="talks to the real Wikidata Query Service; run with --live")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip_live)

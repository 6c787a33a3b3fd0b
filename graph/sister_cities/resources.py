"""Where the package's own files are: the ontology, the named queries and the curated records.

`ontology/` and `queries/` are top-level folders of the repository, so a reader finds them; a wheel
carries them inside the package (see `pyproject.toml`). This module is the one place that knows both.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def _top_level(name: str) -> Path:
    """`sister_cities/<name>` in an installed wheel, `<repository>/<name>` in a checkout."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the package's {name}/ folder is missing (looked beside {PACKAGE_DIR})")


def ontology_dir() -> Path:
    return _top_level("ontology")


def queries_dir() -> Path:
    return _top_level("queries")


def curated_dir() -> Path:
    return DATA_DIR / "curated"

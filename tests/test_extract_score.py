"""The extractor on the development corpus, scored by the shared evaluation script.

Fails when a score drops below what the project promises (relation F1 0.85, stage 0.80, kind 0.90,
legal instruments F1 0.90, nothing on negative articles).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from scoring import SCORER, score_set

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "corpus" / "gold.jsonl"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared corpus is not beside the checkout")


def test_scores_on_the_development_corpus(tmp_path):
    scores, summary = score_set(CORPUS, GOLD, tmp_path)
    assert float(scores["relF1"]) >= 0.85, summary
    assert float(scores["stage"]) >= 0.80, summary
    assert float(scores["kind"]) >= 0.90, summary
    assert float(scores["legalF1"]) >= 0.90, summary
    assert int(scores["negFP"]) == 0, summary

"""The extractor on the two development sets, scored by the shared evaluation script.

The models are trained on these articles, so this guards against a fall, not a measure of quality on
unseen news: that figure is cross-validated by article (scripts/train_extractor.py, in the README).
Thresholds a little below the shipped models' scores (set 1: relation F1 0.88, stage 0.95; set 2: 0.82
and 0.80).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from scoring import SCORER, score_set

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "corpus" / "gold.jsonl"
CORPUS_2 = SHARED / "corpus" / "articles-2.jsonl"
GOLD_2 = SHARED / "corpus" / "gold-2.jsonl"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared corpus is not beside the checkout")


def test_scores_on_the_development_corpus(tmp_path):
    scores, summary = score_set(CORPUS, GOLD, tmp_path)
    assert float(scores["relF1"]) >= 0.85, summary
    assert float(scores["stage"]) >= 0.90, summary
    assert float(scores["kind"]) >= 0.95, summary
    assert float(scores["legalF1"]) >= 0.95, summary
    assert int(scores["negFP"]) == 0, summary


def test_scores_on_the_second_development_set(tmp_path):
    scores, summary = score_set(CORPUS_2, GOLD_2, tmp_path)
    assert float(scores["relF1"]) >= 0.78, summary
    assert float(scores["stage"]) >= 0.75, summary
    assert float(scores["kind"]) >= 0.95, summary
    assert float(scores["legalF1"]) >= 0.95, summary
    assert int(scores["negFP"]) == 0, summary

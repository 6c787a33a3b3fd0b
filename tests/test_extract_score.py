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

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared corpus is not beside the checkout")


@pytest.mark.parametrize("suffix, relation_f1, stage", [("", 0.85, 0.90), ("-2", 0.78, 0.75)],
                         ids=["first-set", "second-set"])
def test_scores_on_the_development_sets(tmp_path, suffix, relation_f1, stage):
    corpus = SHARED / "corpus"
    scores, summary = score_set(corpus / f"articles{suffix}.jsonl", corpus / f"gold{suffix}.jsonl", tmp_path)
    assert float(scores["relF1"]) >= relation_f1, summary
    assert float(scores["stage"]) >= stage, summary
    assert float(scores["kind"]) >= 0.95, summary
    assert float(scores["legalF1"]) >= 0.95, summary
    assert int(scores["negFP"]) == 0, summary

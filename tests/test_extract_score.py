"""The extractor on the development corpus, scored by the shared evaluation script.

Fails when a score drops below what the project promises (relation F1 0.85, stage 0.80, kind 0.90,
legal instruments F1 0.90, nothing on negative articles).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sister_cities.articles import Article, read_articles
from sister_cities.extract import extract_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "corpus" / "gold.jsonl"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared corpus is not beside the checkout")


def test_scores_on_the_development_corpus(tmp_path):
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for article in read_articles(CORPUS):
            assert isinstance(article, Article), str(article)
            result = extract_article(article.text, title=article.title, published=article.published,
                                     language=article.language, url=article.url)
            out.write(json.dumps({"id": article.id, **result}, ensure_ascii=False) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(predictions)],
                         capture_output=True, text=True, check=True)
    summary = run.stdout.strip().splitlines()[-1]
    scores = dict(re.findall(r"(\w+)=([\d.]+)", summary))
    assert float(scores["relF1"]) >= 0.85, summary
    assert float(scores["stage"]) >= 0.80, summary
    assert float(scores["kind"]) >= 0.90, summary
    assert float(scores["legalF1"]) >= 0.90, summary
    assert int(scores["negFP"]) == 0, summary

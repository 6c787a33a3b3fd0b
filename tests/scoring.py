"""Score the extractor on a set of articles with the shared evaluation script, as a user would."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from sister_cities.articles import Article, read_articles
from sister_cities.extract import extract_article

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def score_set(articles: Path, gold: Path, tmp_path: Path) -> tuple[dict[str, str], str]:
    """The scorer's summary (as a dict, and its line) on the extractor's predictions for ``articles``."""
    predictions = tmp_path / f"{articles.stem}-pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for article in read_articles(articles):
            assert isinstance(article, Article), str(article)
            result = extract_article(article.text, title=article.title, published=article.published,
                                     language=article.language, url=article.url)
            out.write(json.dumps({"id": article.id, **result}, ensure_ascii=False) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), str(gold), str(predictions)],
                         capture_output=True, text=True, check=True)
    summary = run.stdout.strip().splitlines()[-1]
    return dict(re.findall(r"(\w+)=([\d.]+)", summary)), summary

"""Read annotated articles with the extractor, score it against their gold, and say where it errs.

Maintainer chore, for a first run on a new annotated set and for studying one afterwards:

    python scripts/eval_extract.py ARTICLES GOLD                 # the scorer's report and confidence bands
    python scripts/eval_extract.py ARTICLES GOLD --errors        # and each article's misses and mistakes
    python scripts/eval_extract.py ARTICLES GOLD --pred OUT.jsonl  # keep the predictions

ARTICLES and GOLD are in the shape of ../shared/corpus (articles-N.jsonl, gold-N.jsonl). The score is
../shared/eval/score.py's, run on the predictions as `sister-cities extract` writes them. The bands
show how often relations of each calibrated confidence were right: the check that a confidence of
0.9 still means about nine in ten on news the extractor has not read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from sister_cities.extract import extract_article
from sister_cities.extract.model import default_models

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
BANDS = tuple(sorted({0.0, 0.5, 0.6, default_models().fact_threshold, 0.9, 1.01}))
"""Edges of the confidence bands: 0.5 is the least `extract` reports (by the calibration), the shipped
model's fact threshold what `build` states."""


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(articles: list[dict]) -> list[dict]:
    return [{"id": a["id"], **extract_article(a.get("text") or "", title=a.get("title"),
                                               published=a.get("published"), language=a.get("language"),
                                               url=a.get("url"))}
            for a in articles]


def side(s: dict | None) -> str:
    s = s or {}
    return f"{s.get('name')} ({s.get('kind')}, {s.get('country')})"


def report(gold_rows: list[dict], predictions: list[dict], *, errors: bool) -> None:
    score = load_scorer()
    by_id = {p["id"]: p for p in predictions}
    counts = [[0, 0] for _ in BANDS[:-1]]  # [right, wrong] per band
    for row in gold_rows:
        gold = {score.relation_key(r): r for r in row["gold"].get("relations", [])}
        pred: dict = {}
        for r in by_id.get(row["id"], {}).get("relations", []):
            pred.setdefault(score.relation_key(r), r)
        lines = []
        for key, r in pred.items():
            band = next(i for i in range(len(BANDS) - 1) if r.get("confidence", 1.0) < BANDS[i + 1])
            counts[band][0 if key in gold else 1] += 1
            if key not in gold:
                lines.append(f"  wrong    {side(r['a'])} - {side(r['b'])}  conf {r.get('confidence', 1):.2f} "
                             f"{r['stage']}")
            else:
                g = gold[key]
                if g.get("stage") != r.get("stage"):
                    lines.append(f"  stage    {side(r['a'])} - {side(r['b'])}  {r['stage']} (gold {g['stage']})")
                if g.get("event_date") and not score.date_match(g["event_date"], r.get("event_date")):
                    lines.append(f"  date     {side(r['a'])} - {side(r['b'])}  {r.get('event_date')} "
                                 f"(gold {g['event_date']})")
        for key, g in gold.items():
            if key not in pred:
                passing = "in passing" if g.get("in_passing") else "main"
                lines.append(f"  missed   {side(g['a'])} - {side(g['b'])}  {g.get('stage')}, {passing}")
        if errors and lines:
            print(row["id"])
            print("\n".join(lines))
    print("confidence band    right  wrong  precision")
    for (low, high), (right, wrong) in zip(zip(BANDS, BANDS[1:]), counts):
        if right + wrong:
            print(f"[{low:.3f}, {min(high, 1):.3f})  {right:6d} {wrong:6d}  {right / (right + wrong):9.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--pred", type=Path, help="write the predictions here (JSON lines)")
    parser.add_argument("--errors", action="store_true", help="list each article's misses and mistakes")
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        sys.exit(f"error: the scorer is not at {SCORER} (../shared beside the checkout)")
    predictions = predict(read_jsonl(args.articles))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.pred or Path(tmp) / "pred.jsonl"
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
        subprocess.run([sys.executable, str(SCORER), str(args.gold), str(out)], check=True)
    report(read_jsonl(args.gold), predictions, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Refit the extractor's confidence calibration on first runs: predictions the shipped models made on
annotated news they had never read, each relation scored right or wrong against its gold.

Maintainer chore (numpy; scikit-learn for the fit). The predictions are `sister-cities extract` (or
`scripts/eval_extract.py --pred`) output; they quote the articles, so they stay outside the repository.

    python scripts/calibrate_extractor.py PRED.jsonl GOLD.jsonl            # report only
    python scripts/calibrate_extractor.py PRED.jsonl GOLD.jsonl --write    # and update the model file

The confidence a relation is reported with is the relation model's probability p mapped through
sigmoid(scale * logit(p) + shift). The predictions carry the confidence of the calibration they were
made with, which is undone first; a new scale and shift are then fitted by maximum likelihood of the
scorer's right or wrong. The output threshold becomes the probability whose confidence is 0.5 (no
relation is reported that is likelier wrong than right), and the fact threshold the lowest confidence,
in steps of 0.05, at which the first runs were right at least nine times in ten.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "graph" / "sister_cities" / "data" / "extractor-model.json"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FACT_PRECISION = 0.9


def logit(x: float) -> float:
    x = min(max(x, 1e-6), 1 - 1e-6)
    return math.log(x / (1 - x))


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(predictions: list[dict], golds: list[dict], scorer, scale: float, shift: float) -> list[tuple[float, int]]:
    """(log-odds of the model's probability, 1 if the relation is in the gold) for every predicted relation."""
    gold = {row["id"]: {scorer.relation_key(r) for r in row["gold"].get("relations", [])} for row in golds}
    rows = []
    for prediction in predictions:
        keys = gold[prediction["id"]]
        for relation in prediction["relations"]:
            rows.append(((logit(relation["confidence"]) - shift) / scale, int(scorer.relation_key(relation) in keys)))
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--write", action="store_true", help=f"update {MODEL.name}")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"needs the shared scorer beside the checkout ({SCORER})", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from sklearn.linear_model import LogisticRegression

    model = json.loads(MODEL.read_text(encoding="utf-8"))
    old = model["calibration"]
    rows = labelled(read_jsonl(args.predictions), read_jsonl(args.gold), scorer, old["scale"], old["shift"])
    fit = LogisticRegression(C=1e6).fit([[x] for x, _ in rows], [y for _, y in rows])
    scale, shift = round(float(fit.coef_[0][0]), 3), round(float(fit.intercept_[0]), 3)
    confidences = [(sigmoid(scale * x + shift), y) for x, y in rows]
    print(f"{len(rows)} predicted relations, {sum(y for _, y in rows)} right; "
          f"calibration scale {old['scale']} shift {old['shift']} -> scale {scale} shift {shift}")
    print("confidence at least   relations  precision")
    fact = None
    for step in range(10, 20):
        threshold = step / 20
        kept = [y for c, y in confidences if c >= threshold]
        precision = sum(kept) / len(kept) if kept else float("nan")
        print(f"  {threshold:.2f}               {len(kept):5d}      {precision:.3f}")
        if fact is None and kept and precision >= FACT_PRECISION:
            fact = threshold
    output = round(sigmoid((logit(0.5) - shift) / scale), 3)  # the probability whose confidence is 0.5
    fact = fact if fact is not None else 0.95
    print(f"output threshold (model probability) {model['output_threshold']} -> {output}; "
          f"fact threshold (confidence) {model['fact_threshold']} -> {fact}")
    if args.write:
        model["calibration"] = {
            "fitted_on": f"first runs of the shipped models on news they had not read ({args.predictions.name}: "
                         f"{len(rows)} predicted relations), maximum likelihood of the scorer's right or wrong",
            "scale": scale, "shift": shift}
        model["output_threshold"], model["fact_threshold"] = output, fact
        MODEL.write_text(json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

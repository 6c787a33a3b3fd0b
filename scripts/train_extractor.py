"""Train the extractor's models on annotated articles, report their cross-validated quality, and write
graph/sister_cities/data/extractor-model.json.

Maintainer chore (needs scikit-learn); the package only reads the JSON file it writes.

    python scripts/train_extractor.py                 # cross-validate, then train on everything and write
    python scripts/train_extractor.py --cv-only       # only the cross-validated report
    python scripts/train_extractor.py --folds 10

Data: the two development sets of ../shared/corpus (real news, 50 articles) and the invented articles
of tests/data/made-up-articles. Cross-validation is by article over the real articles: each fold's
models are trained on the invented articles and the other folds' real articles, and the held-out
articles are then read by the whole extractor and scored with ../shared/eval/score.py. That is the
figure to quote: the models never saw those articles.

The calibration of the confidences and the two thresholds are refitted afterwards, on first runs of
the new models on news they have not read, with scripts/calibrate_extractor.py.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MADE_UP = ROOT / "tests" / "data" / "made-up-articles"
OUT = ROOT / "graph" / "sister_cities" / "data" / "extractor-model.json"
SETS = [  # (name, articles, gold, real)
    ("dev-1", SHARED / "corpus" / "articles.jsonl", SHARED / "corpus" / "gold.jsonl", True),
    ("dev-2", SHARED / "corpus" / "articles-2.jsonl", SHARED / "corpus" / "gold-2.jsonl", True),
    ("made-up", MADE_UP / "articles.jsonl", MADE_UP / "gold.jsonl", False),
    ("made-up-later", MADE_UP / "later-articles.jsonl", MADE_UP / "later-gold.jsonl", False),
    # the short texts of tests/test_extract*.py, each written for one behaviour
    ("test-sentences", MADE_UP / "test-sentences-articles.jsonl", MADE_UP / "test-sentences-gold.jsonl", False),
]
FACT_PRECISION = 0.95
"""The cross-validated precision the facts a build states must reach. The aim is 0.9 on news never
read; cross-validation promised about 0.1 more than first reads gave (at confidence 0.7: 0.90
cross-validated, 0.80 on sets 11 and 12; at 0.9 and more: 44 of 48 right on sets 11 to 14). Where no
threshold reaches it, facts take 0.9."""
F1_TOLERANCE = 0.02
"""How much cross-validated F1 the reporting threshold may give up for precision. On sets read for the
first time, precision came out well below its cross-validated figure (0.73 against 0.85 on sets 11
and 12, 49 articles): the rules were written while reading the cross-validated articles."""
INVENTED_WEIGHT = 5.0
"""How many real articles an invented one weighs in training. The invented articles are few (235
against the 2,729 real ones of the retraining of December 2026) and each was written for a behaviour
the rules must keep: against weights so trained with each invented article as one, fourteen of the
extractor's tests failed, as five eleven, while held-out news read the same (sets 96 to 109 left out
of training: F1 0.669 and 0.671, precision 0.890 both); as twenty, precision there fell to 0.872."""
STAGES = ("proposed", "loi_signed", "mou_signed", "agreement_signed", "active", "renewed", "ended")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Example:
    set: str
    real: bool
    article: dict
    gold: dict
    reader: object = None


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_examples(extra: list[tuple[str, Path, Path]]) -> list[Example]:
    from sister_cities.extract.relations import ArticleReader
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    examples = []
    for name, articles, gold, real in SETS + [(n, a, g, True) for n, a, g in extra]:
        golds = {row["id"]: row["gold"] for row in read_jsonl(gold)}
        for article in read_jsonl(articles):
            reader = ArticleReader(gazetteer, article["text"], article.get("title"), article.get("published"),
                                   article.get("url"))
            examples.append(Example(name, real, article, golds[article["id"]], reader))
    return examples


# -- labelled rows ---------------------------------------------------------------------------------

def candidate_key(candidate, gazetteer, scorer) -> frozenset:
    from sister_cities.extract.relations import side_record

    return frozenset([scorer.side_key(side_record(candidate.a, gazetteer)),
                      scorer.side_key(side_record(candidate.b, gazetteer))])


def rows(examples: list[Example], scorer):
    """Feature dicts and labels for each model, from the gold of the given articles."""
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    relation, passing, stage, date = [], [], [], []
    for example in examples:
        gold = {scorer.relation_key(r): r for r in example.gold.get("relations", [])}
        reader = example.reader
        weight = 1.0 if example.real else INVENTED_WEIGHT
        for candidate in reader.candidates:
            match = gold.get(candidate_key(candidate, gazetteer, scorer))
            relation.append((candidate.features, "yes" if match else "no", weight))
            if match is None:
                continue
            passing.append((reader.passing_features(candidate, 1.0, 0), "yes" if match.get("in_passing") else "no",
                            weight))
            stage.append((reader.stage_features(candidate, bool(match.get("in_passing"))), match["stage"], weight))
            if match.get("event_date"):
                for iso, features in reader.date_options(candidate, match["stage"], bool(match.get("in_passing"))):
                    date.append((features, "yes" if scorer.date_match(match["event_date"], iso) else "no", weight))
    return relation, passing, stage, date


def fit(data, c: float, balanced: bool = False):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from sister_cities.extract.model import LinearModel

    features = [f for f, _, _ in data]
    labels = [label for _, label, _ in data]
    classes = sorted(set(labels))
    if len(classes) == 1:  # nothing to tell apart: always that class
        return LinearModel(classes, {}, [0.0])
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    model.fit(matrix, labels, sample_weight=[w for _, _, w in data])
    names = vectorizer.get_feature_names_out()
    if len(model.classes_) == 2:  # sklearn keeps one row for two classes: the second class against the first
        weights = {name: [0.0, round(float(w), 5)] for name, w in zip(names, model.coef_[0]) if abs(w) > 1e-6}
        bias = [0.0, round(float(model.intercept_[0]), 5)]
    else:
        weights = {name: [round(float(model.coef_[k][i]), 5) for k in range(len(model.classes_))]
                   for i, name in enumerate(names) if any(abs(model.coef_[k][i]) > 1e-6 for k in range(len(model.classes_)))}
        bias = [round(float(b), 5) for b in model.intercept_]
    return LinearModel([str(c) for c in model.classes_], weights, bias)


MODELS = ("relation", "passing", "stage", "date")


def train(examples: list[Example], scorer, threshold: float, c: dict, only: str | None = None,
          keep: tuple[str, ...] = ()):
    """The four models trained on these articles; with ``only``, that one model retrained and the
    others the shipped ones (their thresholds and calibration too); with ``keep``, those models the
    shipped ones and the others retrained."""
    from sister_cities.extract.model import Models, default_models

    data = dict(zip(MODELS, rows(examples, scorer)))
    # stages are few and unevenly common: each weighs as much as the others, so that the rare ones
    # (ended, renewed, loi_signed) are not drowned by "active" (cross-validated stage accuracy 0.73 -> 0.75)
    if only is not None:
        return dataclasses.replace(default_models(), **{only: fit(data[only], c[only], balanced=only == "stage")})
    shipped = default_models()
    return Models(*(getattr(shipped, name) if name in keep else fit(data[name], c[name], balanced=name == "stage")
                    for name in MODELS),
                  threshold, max(threshold, 0.5), {})


# -- evaluation ------------------------------------------------------------------------------------

def predict(examples: list[Example], models) -> list[dict]:
    from sister_cities.extract.legal import find_instruments
    from sister_cities.extract.relations import read_relations
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    out = []
    for example in examples:
        a = example.article
        relations = read_relations(gazetteer, a["text"], title=a.get("title"), published=a.get("published"),
                                   models=models)
        out.append({"id": a["id"], "relations": relations, "legal_instruments": find_instruments(a["text"])})
    return out


def score(examples: list[Example], predictions: list[dict]) -> str:
    """The scorer's full report on these articles."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps({"id": e.article["id"], "gold": e.gold}) + "\n" for e in examples))
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in predictions))
        run = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path), str(pred_path)],
                             capture_output=True, text=True, check=True)
        return run.stdout


def with_threshold(predictions: list[dict], threshold: float) -> list[dict]:
    return [{**p, "relations": [r for r in p["relations"] if r["confidence"] >= threshold]} for p in predictions]


def cross_validate(examples: list[Example], scorer, folds: int, c: dict, seed: int = 7, only: str | None = None,
                   keep: tuple[str, ...] = ()):
    """Predictions for every real article by models that never saw it."""
    real = [e for e in examples if e.real]
    invented = [e for e in examples if not e.real]
    order = list(range(len(real)))
    random.Random(seed).shuffle(order)
    predictions: dict[str, dict] = {}
    for fold in range(folds):
        test = [real[i] for i in order[fold::folds]]
        held = {id(e) for e in test}
        models = train(invented + [e for e in real if id(e) not in held], scorer, 0.0, c, only, keep)
        for prediction in predict(test, models):
            predictions[prediction["id"]] = prediction
    return real, [predictions[e.article["id"]] for e in real]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--extra", nargs=3, action="append", default=[], metavar=("NAME", "ARTICLES", "GOLD"),
                        help="another annotated set to train and cross-validate on (real news)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="report-and-ship output threshold (default: chosen by cross-validation)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength of every model")
    # not the relation model: the thresholds and the calibration kept were fitted to its scores
    parser.add_argument("--only", choices=[m for m in MODELS if m != "relation"],
                        help="retrain this one model and keep the shipped others, thresholds and calibration "
                             "(after a change of that model's features)")
    parser.add_argument("--keep", choices=[m for m in MODELS if m != "relation"], action="append", default=[],
                        help="keep this shipped model and retrain the others (a retrained model that read the "
                             "held-out sets worse than the shipped one)")
    parser.add_argument("--keep-thresholds", action="store_true",
                        help="keep the shipped output and fact thresholds, as the calibration is kept, until "
                             "scripts/calibrate_extractor.py refits them on first runs of the new models")
    parser.add_argument("--replace-larger", action="store_true",
                        help="write the model even if the shipped one was trained on more articles")
    args = parser.parse_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        print(f"needs the shared corpus and scorer beside the checkout ({SHARED})", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "graph"))
    scorer = load_scorer()
    examples = load_examples([(n, Path(a), Path(g)) for n, a, g in args.extra])
    c = {"relation": args.c, "passing": args.c, "stage": max(args.c, 1.0), "date": args.c}
    keep = tuple(args.keep)
    real, predictions = cross_validate(examples, scorer, args.folds, c, only=args.only, keep=keep)
    if args.only is not None:
        return retrain_one(args, examples, scorer, c, real, predictions)
    print(f"cross-validated by article over {len(real)} real articles ({args.folds} folds; "
          f"invented articles always in training)")
    fact_threshold, f1s = None, {}
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        report = score(real, with_threshold(predictions, threshold))
        summary = report.strip().splitlines()[-1]
        f1 = float(summary.split("relF1=")[1].split()[0])
        precision = float(summary.split("relP=")[1].split()[0])
        print(f"  threshold {threshold:.1f}: {summary}")
        f1s[threshold] = f1
        if fact_threshold is None and precision >= FACT_PRECISION:
            fact_threshold = threshold  # the facts a build states: the lowest threshold that precise
    # what extract reports is what is scored: of the thresholds within F1_TOLERANCE of the best F1,
    # the highest (precision first); build states only the surer part (fact_threshold)
    top = max(f1s.values())
    threshold = args.threshold if args.threshold is not None else \
        max(t for t, f in f1s.items() if f >= top - F1_TOLERANCE)
    report = score(real, with_threshold(predictions, threshold))
    print(f"\nat the output threshold {threshold}:\n{report}")
    for name in sorted({e.set for e in real}):
        subset = [(e, p) for e, p in zip(real, predictions) if e.set == name]
        summary = score([e for e, _ in subset], with_threshold([p for _, p in subset], threshold)).strip().splitlines()[-1]
        print(f"  {name}: {summary}")
    if args.verbose:
        Path("/tmp/cv-predictions.jsonl").write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in with_threshold(predictions, threshold)))
    if args.cv_only:
        return 0
    shipped = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    shipped_articles = shipped.get("meta", {}).get("articles", 0)
    if shipped_articles > len(examples) and not args.replace_larger:
        # the articles the shipped model learned from are not all in the repository (publishers'
        # texts): a run without them would silently trade it for a weaker one
        print(f"not written: the shipped model was trained on {shipped_articles} articles, this run has "
              f"{len(examples)} (pass the other annotated sets with --extra, or --replace-larger)", file=sys.stderr)
        return 1
    models = train(examples, scorer, threshold, c, keep=keep)
    # the calibration was fitted on first runs of the shipped model on fresh news; a retrained model
    # keeps it until fresh first runs are scored again (README, "How sure")
    models = dataclasses.replace(models, calibration=shipped.get("calibration") or models.calibration)
    if args.keep_thresholds:
        threshold, fact_threshold = shipped["output_threshold"], shipped["fact_threshold"]
        models = dataclasses.replace(models, output_threshold=threshold)
    else:
        fact_threshold = round(models.confidence(max(fact_threshold or 0.9, threshold)), 3)
    print(f"facts stated by build at confidence >= {fact_threshold}")
    data = models.to_json()
    data["fact_threshold"] = fact_threshold
    data["meta"] = {"trained_on": sorted({e.set for e in examples}), "articles": len(examples),
                    "cross_validation": report.strip().splitlines()[-1], "folds": args.folds}
    if keep:
        before = shipped.get("meta", {})
        data["meta"]["kept"] = {name: {"trained_on": before.get("trained_on"), "articles": before.get("articles")}
                                for name in keep}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


def retrain_one(args, examples: list[Example], scorer, c: dict, real: list[Example], predictions: list[dict]) -> int:
    """Report the cross-validated quality with one model retrained (the shipped others, at their
    shipped threshold), and unless --cv-only write that model into the shipped file."""
    from sister_cities.extract.model import default_models

    report = score(real, predictions)  # the kept models report at their own threshold
    shipped = score(real, predict(real, default_models()))
    print(f"cross-validated by article over {len(real)} real articles ({args.folds} folds), the {args.only} "
          f"model retrained:\n  {report.strip().splitlines()[-1]}\nthe shipped models on the same articles "
          f"(not cross-validated: they may have learned from some of them):\n  {shipped.strip().splitlines()[-1]}")
    if args.cv_only:
        return 0
    model = train(examples, scorer, 0.0, c, args.only)
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data[args.only] = getattr(model, args.only).to_json()
    data["meta"].setdefault("retrained", {})[args.only] = {
        "trained_on": sorted({e.set for e in examples}), "articles": len(examples), "folds": args.folds,
        "cross_validation": report.strip().splitlines()[-1]}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote the {args.only} model into {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

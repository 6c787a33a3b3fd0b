"""Small linear models, applied without any machine-learning library.

The weights are learned by ``scripts/train_extractor.py`` (scikit-learn's logistic regression on
the annotated articles) and shipped as one JSON file; here they are only multiplied. A model maps
named features (a dict of name to number; absent names are 0) to a probability per class.

>>> model = LinearModel(["no", "yes"], {"cue": [0.0, 2.0]}, [0.0, -1.0])
>>> round(model.probabilities({"cue": 1.0})["yes"], 3)
0.731
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

MODEL_FILE = "extractor-model.json"


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression: one weight per feature and class, one bias per class."""

    classes: list[str]
    weights: dict[str, list[float]]
    bias: list[float]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        scores = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None and value:
                for i, weight in enumerate(row):
                    scores[i] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.classes, exps)}

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        probabilities = self.probabilities(features)
        label = max(probabilities, key=probabilities.get)
        return label, probabilities[label]

    def to_json(self) -> dict:
        return {"classes": self.classes, "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        return cls(list(data["classes"]), {k: list(v) for k, v in data["weights"].items()}, list(data["bias"]))


@dataclass(frozen=True)
class Models:
    """The extractor's decisions: is a candidate pair a twinning, is it told only in passing, which
    stage, and which of the dates near it is its date; with the thresholds chosen with them."""

    relation: LinearModel
    passing: LinearModel
    stage: LinearModel
    date: LinearModel
    output_threshold: float     # below this a candidate is not reported at all
    fact_threshold: float       # below this a reported relation is held back from the graph for review
    meta: dict

    def to_json(self) -> dict:
        return {"relation": self.relation.to_json(), "passing": self.passing.to_json(),
                "stage": self.stage.to_json(), "date": self.date.to_json(),
                "output_threshold": self.output_threshold, "fact_threshold": self.fact_threshold,
                "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> "Models":
        return cls(*(LinearModel.from_json(data[k]) for k in ("relation", "passing", "stage", "date")),
                   float(data["output_threshold"]), float(data["fact_threshold"]), dict(data.get("meta", {})))


@functools.lru_cache(maxsize=1)
def default_models() -> Models:
    """The shipped models, loaded once per process."""
    data = resources.files("sister_cities") / "data" / MODEL_FILE
    return Models.from_json(json.loads(data.read_text(encoding="utf-8")))

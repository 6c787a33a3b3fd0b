"""Small linear models, applied without any machine-learning library.

The weights are learned by ``scripts/train_extractor.py`` (scikit-learn's logistic regression on
the annotated articles) and shipped as one JSON file; here they are only multiplied. A model maps
named features (a dict of name to number; absent names are 0) to a probability per class.

>>> model = LinearModel(["no", "yes"], {"cue": [0.0, 2.0]}, [0.0, -1.0])
>>> round(model.probabilities({"cue": 1.0})["yes"], 3)
0.731
"""
from __future__ import annotations

import dataclasses
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
    output_threshold: float     # a candidate whose twinning probability is below this is not reported at all
    fact_threshold: float       # a relation whose confidence is below this is held back from the graph for review
    meta: dict
    calibration: dict = dataclasses.field(default_factory=lambda: {"scale": 1.0, "shift": 0.0})

    def confidence(self, probability: float) -> float:
        """The confidence a relation is reported with: the relation model's probability, its
        log-odds scaled and shifted to what first runs on fresh news showed (a model cross-validated
        on the articles its rules were written on is surer of itself than fresh news bears out)."""
        scale, shift = self.calibration["scale"], self.calibration["shift"]
        if (scale, shift) == (1.0, 0.0):
            return probability
        probability = min(max(probability, 1e-9), 1 - 1e-9)
        return 1 / (1 + math.exp(-(scale * math.log(probability / (1 - probability)) + shift)))

    def to_json(self) -> dict:
        return {"relation": self.relation.to_json(), "passing": self.passing.to_json(),
                "stage": self.stage.to_json(), "date": self.date.to_json(),
                "output_threshold": self.output_threshold, "fact_threshold": self.fact_threshold,
                "calibration": self.calibration, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> "Models":
        calibration = dict(data.get("calibration") or {"scale": 1.0, "shift": 0.0})
        calibration["scale"], calibration["shift"] = float(calibration["scale"]), float(calibration["shift"])
        return cls(*(LinearModel.from_json(data[k]) for k in ("relation", "passing", "stage", "date")),
                   float(data["output_threshold"]), float(data["fact_threshold"]), dict(data.get("meta", {})),
                   calibration)


@functools.lru_cache(maxsize=1)
def default_models() -> Models:
    """The shipped models, loaded once per process."""
    data = resources.files("sister_cities") / "data" / MODEL_FILE
    return Models.from_json(json.loads(data.read_text(encoding="utf-8")))

"""A logistic regression over binary features, as kg's learned components use it:
the deal scorer (:mod:`kg.deal_scorer`, which fits it), the antecedent chooser, the
corroboration and the retyper (:mod:`kg.entities.learned`). Each ships its model as a
JSON file of the same layout under its own format name (:func:`model_text`,
:func:`read_model`); reading one needs nothing of the stage that uses it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

__all__ = ["FORMAT", "ScorerModel", "model_text", "read_model"]

# The deal scorer's format name: the layout's own, which the other formats rename.
FORMAT = "kg-deal-scorer/1"


@dataclass(frozen=True)
class ScorerModel:
    """A logistic regression over binary features, and the threshold above which a
    candidate the rules missed becomes a deal."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, feats: Iterable[str]) -> float:
        """P(the candidate is a deal with these parties in these roles)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        """The model file's text: byte-stable for the same model."""
        return json.dumps(
            {
                "format": FORMAT,
                "bias": round(self.bias, 6),
                "threshold": round(self.threshold, 4),
                "meta": dict(self.meta),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            },
            ensure_ascii=False,
            indent=0,
            sort_keys=True,
        ) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "<model>") -> ScorerModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT!r}")
            weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
            return cls(weights, float(data["bias"]), float(data["threshold"]),
                       dict(data.get("meta", {})))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ConfigError(f"{source}: not a deal scorer model ({err})") from err


def model_text(model: ScorerModel, fmt: str) -> str:
    """The text of a model file in the deal scorer's layout under another format name
    ``fmt``: how the other learned components (``kg.antecedent``, ``kg.corroborate``)
    write theirs."""
    data = json.loads(model.to_json())
    data["format"] = fmt
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def read_model(path: Path, fmt: str, name: str, kind: str, target: str) -> ScorerModel:
    """Read a model file that :func:`model_text` wrote with format ``fmt``; ``name``
    ("the corroboration model"), ``kind`` ("a corroboration model") and the make
    ``target`` that retrains it word the errors. No network."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ConfigError(f"{path}: cannot read {name} ({err}); "
                          f"retrain it with `make {target}`") from err
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ConfigError(f"{path}: not {kind} (format {fmt!r})")
    return ScorerModel.from_json(json.dumps({**data, "format": FORMAT}), str(path))

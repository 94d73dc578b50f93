"""Percentile bootstrap confidence intervals over documents.

Documents are resampled with replacement (``random.Random(seed)``, the same
resamples for every statistic), each statistic is recomputed on every
resample from the per-document scores, and the interval is the
``(1 - level) / 2`` and ``(1 + level) / 2`` percentiles of those values
(linear interpolation between order statistics, numpy's default).
"""
from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")

DEFAULT_SAMPLES = 1000
DEFAULT_SEED = 0
DEFAULT_LEVEL = 0.95


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q``-quantile (0..1) of an ascending sequence, linearly interpolated."""
    if not sorted_values:
        raise ValueError("percentile of no values")
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def resample_indices(n_items: int, samples: int, seed: int) -> list[list[int]]:
    rng = random.Random(seed)
    population = range(n_items)
    return [rng.choices(population, k=n_items) for _ in range(samples)]


def bootstrap_intervals(
    per_doc: Sequence[T],
    statistics: Mapping[str, Callable[[Sequence[T]], float]],
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    level: float = DEFAULT_LEVEL,
) -> dict[str, tuple[float, float] | None]:
    """``{name: (low, high)}`` for each statistic of the per-document items;
    ``None`` for every statistic when there are no items or no samples."""
    if not per_doc or samples <= 0:
        return {name: None for name in statistics}
    draws = resample_indices(len(per_doc), samples, seed)
    values: dict[str, list[float]] = {name: [] for name in statistics}
    for idx in draws:
        sample = [per_doc[i] for i in idx]
        for name, stat in statistics.items():
            values[name].append(stat(sample))
    out = {}
    for name, vals in values.items():
        vals.sort()
        out[name] = (percentile(vals, (1 - level) / 2), percentile(vals, (1 + level) / 2))
    return out

"""Bootstrap intervals: percentile arithmetic and determinism with a seed."""
from __future__ import annotations

import pytest

from pipeline.evaluation.bootstrap import bootstrap_intervals, percentile, resample_indices


def mean(xs):
    return sum(xs) / len(xs)


def test_percentile_linear_interpolation():
    v = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert percentile(v, 0.5) == 3.0
    assert percentile(v, 0.25) == 2.0
    assert percentile(v, 0.1) == pytest.approx(1.4)
    assert percentile(v, 0.0) == 1.0 and percentile(v, 1.0) == 5.0
    assert percentile([7.0], 0.975) == 7.0


def test_same_seed_same_interval_other_seed_other_draws():
    data = [0.0, 0.2, 0.5, 0.9, 1.0, 0.3]
    a = bootstrap_intervals(data, {"mean": mean}, samples=300, seed=7)
    b = bootstrap_intervals(data, {"mean": mean}, samples=300, seed=7)
    assert a == b
    assert resample_indices(6, 5, 7) == resample_indices(6, 5, 7)
    assert resample_indices(6, 5, 7) != resample_indices(6, 5, 8)
    low, high = a["mean"]
    assert 0.0 <= low < mean(data) < high <= 1.0


def test_degenerate_cases():
    assert bootstrap_intervals([0.4], {"mean": mean}, samples=50) == {"mean": (0.4, 0.4)}
    assert bootstrap_intervals([], {"mean": mean}) == {"mean": None}
    assert bootstrap_intervals([0.1, 0.2], {"mean": mean}, samples=0) == {"mean": None}
    # two documents scoring 0 and 1: a quarter of resamples are all-0, a quarter all-1
    assert bootstrap_intervals([0.0, 1.0], {"mean": mean}, samples=1000, seed=0) == {"mean": (0.0, 1.0)}

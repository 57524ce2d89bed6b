"""Tests for helpers.optimization_checks: the property checks of C2W2A1's mini-batches and of
Adam's separate moment dictionaries, and the hints they give."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.checks import CheckFailure
from helpers.optimization_checks import check_mini_batches, check_separate

X = np.vstack([np.arange(148), np.arange(148) / 10.0])
Y = np.random.RandomState(0).rand(1, 148)


def cut(shuffled_X, shuffled_Y, size):
    m = shuffled_X.shape[1]
    return [(shuffled_X[:, k:k + size], shuffled_Y[:, k:k + size]) for k in range(0, m, size)]


def course_rule(X, Y, mini_batch_size=64, seed=0):
    """The reference's way: rng = np.random.RandomState(seed), then rng.permutation(m)."""
    permutation = np.random.RandomState(seed).permutation(X.shape[1])
    return cut(X[:, permutation], Y[:, permutation], mini_batch_size)


def other_generator(X, Y, mini_batch_size=64, seed=0):
    permutation = np.random.default_rng(seed).permutation(X.shape[1])
    return cut(X[:, permutation], Y[:, permutation], mini_batch_size)


def unseeded(X, Y, mini_batch_size=64, seed=0):
    permutation = np.random.RandomState().permutation(X.shape[1])
    return cut(X[:, permutation], Y[:, permutation], mini_batch_size)


def fixed_seed(X, Y, mini_batch_size=64, seed=0):
    return course_rule(X, Y, mini_batch_size, seed=0)


def shuffles_rows(X, Y, mini_batch_size=64, seed=0):
    np.random.RandomState(seed).shuffle(X)
    return cut(X, Y, mini_batch_size)


@pytest.mark.parametrize("function", [course_rule, other_generator])
@pytest.mark.parametrize("size", [64, 37, 148, 200])
def test_any_permutation_passes(function, size) -> None:
    check_mini_batches(function, X, Y, mini_batch_size=size, seed=3, shuffle_checks=size < 148)


@pytest.mark.parametrize("function, words", [
    (unseeded, "rng = np.random.RandomState(seed), then rng.permutation(m)"),
    (fixed_seed, "make the generator from the argument seed: rng = np.random.RandomState(seed)"),
    (shuffles_rows, "rng.shuffle(X) shuffles the rows"),
])
def test_mistakes_get_the_course_rule_in_their_hint(function, words) -> None:
    with pytest.raises(CheckFailure) as info:
        check_mini_batches(function, X.copy(), Y, mini_batch_size=64, seed=3)
    assert words in str(info.value)


def test_separate_dictionaries() -> None:
    v = {"dW1": np.zeros((2, 3))}
    check_separate(v, {"dW1": np.zeros((2, 3))})
    with pytest.raises(CheckFailure, match="v = s = {}"):
        check_separate(v, v)
    with pytest.raises(CheckFailure, match="separate array"):
        check_separate(v, {"dW1": v["dW1"]})

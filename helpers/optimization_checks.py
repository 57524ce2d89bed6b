"""Checks by properties for C2W2A1 (optimization methods).

The mini-batches of ``random_mini_batches`` depend on how the permutation is drawn: the course's
``np.random.RandomState(seed).permutation(m)`` (the random-number rule of C1W2A1), but also
``np.random.seed`` then ``np.random.permutation``, ``np.random.default_rng(seed).permutation``,
``shuffle`` on an index array, ... Every such way is correct, so they are not compared with fixed
numbers. The checks test what every correct answer has in common: each example in exactly one
mini-batch, each label still with its example, the right sizes, a real shuffle, the inputs left
unchanged, the same mini-batches for the same seed and others for another seed.
``check_separate`` checks that Adam's two moment dictionaries share nothing. A failed check raises
:class:`helpers.checks.CheckFailure` with a hint that names the usual mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from helpers.checks import CheckFailure

__all__ = ["check_mini_batches", "check_separate"]


def check_mini_batches(random_mini_batches: Callable[..., Any], X: np.ndarray, Y: np.ndarray,
                       mini_batch_size: int, seed: int, shuffle_checks: bool = True,
                       label: str = "") -> None:
    """Check the properties of random_mini_batches(X, Y, mini_batch_size, seed).

    Arguments:
    random_mini_batches -- the function to check
    X -- inputs of shape (n_x, m) whose columns are all different; Y -- labels of shape (1, m)
    mini_batch_size, seed -- the arguments of the call
    shuffle_checks -- also check that the order is shuffled (across mini-batches) and depends on
        the seed; leave it off when m is too small for that to be sure
    label -- an optional note on the inputs, for the failure messages
    Raises:
    CheckFailure naming the first problem found
    """
    __tracebackhide__ = True
    n_x, m = X.shape
    call = (f"random_mini_batches(X, Y, mini_batch_size={mini_batch_size}, seed={seed}) "
            f"with m={m}" + (f" ({label})" if label else ""))
    columns = {tuple(X[:, j]): j for j in range(m)}
    sizes = [min(mini_batch_size, m - start) for start in range(0, m, mini_batch_size)]

    def example_order(mini_batches: Any) -> np.ndarray:
        """The index in X of each example, mini-batch after mini-batch, after checking them."""
        if not isinstance(mini_batches, (list, tuple)):
            raise CheckFailure(f"{call} returned {type(mini_batches).__name__}, expected a list "
                               "of (mini_batch_X, mini_batch_Y) pairs")
        if len(mini_batches) != len(sizes):
            hint = ("did you forget the last, smaller mini-batch?" if len(mini_batches) < len(sizes)
                    else "an empty last mini-batch? add it only when m % mini_batch_size != 0")
            raise CheckFailure(f"{call} returned {len(mini_batches)} mini-batches, expected "
                               f"{len(sizes)} of sizes {sizes}\n  hint: {hint}")
        order = []
        for k, (pair, size) in enumerate(zip(mini_batches, sizes, strict=True)):
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise CheckFailure(f"mini-batch {k} of {call} is not a pair "
                                   "(mini_batch_X, mini_batch_Y)")
            mini_batch_X, mini_batch_Y = np.asarray(pair[0]), np.asarray(pair[1])
            for name, got, shape in (("mini_batch_X", mini_batch_X, (n_x, size)),
                                     ("mini_batch_Y", mini_batch_Y, (1, size))):
                if got.shape != shape:
                    raise CheckFailure(f"{name} of mini-batch {k} of {call} has shape "
                                       f"{got.shape}, expected {shape} (mini-batch sizes {sizes})"
                                       "\n  hint: the last mini-batch holds the "
                                       "m % mini_batch_size examples left over")
            for c in range(size):
                j = columns.get(tuple(mini_batch_X[:, c]))
                if j is None:
                    raise CheckFailure(f"column {c} of mini-batch {k} of {call} is not a "
                                       "column of X\n  hint: keep the examples whole: shuffle "
                                       "the columns with X[:, permutation], not the rows "
                                       "(rng.shuffle(X) shuffles the rows) or each row "
                                       "separately")
                if mini_batch_Y[0, c] != Y[0, j]:
                    raise CheckFailure(f"column {c} of mini-batch {k} of {call} is example {j} "
                                       f"of X, but its label is not Y[0, {j}]\n  hint: shuffle "
                                       "X and Y with the same permutation")
                order.append(j)
        counts = np.bincount(order, minlength=m)
        if counts.max() > 1:
            j = int(np.argmax(counts))
            raise CheckFailure(f"example {j} appears {counts[j]} times in the mini-batches of "
                               f"{call}\n  hint: shuffle with a permutation (every index once), "
                               "not by drawing indices at random, and don't let the mini-batches "
                               "overlap")
        return np.array(order)

    X_before, Y_before = X.copy(), Y.copy()
    order = example_order(random_mini_batches(X, Y, mini_batch_size, seed))
    if not (np.array_equal(X, X_before) and np.array_equal(Y, Y_before)):
        raise CheckFailure(f"{call} changed X or Y\n  hint: X[:, permutation] shuffles a copy; "
                           "rng.shuffle works in place")
    if shuffle_checks:
        if np.array_equal(order, np.arange(m)):
            raise CheckFailure(f"{call}: the examples are in their original order, not shuffled"
                               "\n  hint: shuffle the columns with a random permutation first")
        if set(order[:mini_batch_size].tolist()) == set(range(mini_batch_size)):
            raise CheckFailure(f"{call}: the first mini-batch holds exactly the first "
                               f"{mini_batch_size} examples of X\n  hint: shuffle the whole "
                               "training set before cutting it, not each mini-batch")
        again = example_order(random_mini_batches(X, Y, mini_batch_size, seed))
        if not np.array_equal(order, again):
            raise CheckFailure(f"{call} gave other mini-batches when called again with the same "
                               "seed\n  hint: draw the permutation from a generator made from "
                               "seed: rng = np.random.RandomState(seed), then "
                               "rng.permutation(m)")
        other = example_order(random_mini_batches(X, Y, mini_batch_size, seed + 1))
        if np.array_equal(order, other):
            raise CheckFailure(f"seeds {seed} and {seed + 1} gave the same mini-batches\n  hint: "
                               "make the generator from the argument seed: "
                               "rng = np.random.RandomState(seed)")


def check_separate(v: Any, s: Any) -> None:
    """Adam's v and s must not share a dictionary or an array.

    (Where your function runs in another process than the check, as under the course's grader,
    only copies arrive here and this check cannot see sharing.)
    """
    __tracebackhide__ = True
    if v is s:
        raise CheckFailure("v and s are the same dictionary\n  hint: create two dictionaries, "
                           "v = {} and s = {}, not v = s = {}")
    if isinstance(v, dict) and isinstance(s, dict):
        for key in v:
            if key in s and np.shares_memory(v[key], s[key]):
                raise CheckFailure(f'v["{key}"] and s["{key}"] are the same array\n  hint: '
                                   "create a separate array of zeros for each")

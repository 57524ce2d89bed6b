"""Recognise common NumPy mistakes from a learner's output, in one sentence each.

Used by :mod:`helpers.checks` to add a ``hint:`` line to a failing check. The functions look only
at the output and the expected value, never at the learner's code, so a hint is a guess ("...?").
Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m) and ``b`` is (n, 1).
"""

from __future__ import annotations

import numpy as np

NUMBER_NOT_ARRAY = "return a number, not an array: float(x) or np.squeeze(x)"
NOT_REDUCED = "a single number was expected: did you forget np.sum or np.mean?"
LIST_NOT_ARRAY = "convert it with np.array(...), or compute with NumPy operations throughout"
INTEGER_DTYPE = "integer division or np.zeros with dtype=int?"
NON_FINITE = "overflow in exp? log of 0?"
SIGN_FLIPPED = "sign flipped: your values are the negatives of the expected ones"
TRANSPOSED_VALUES = "your array is the transpose of the expected one: a .T too many or too few?"
RANK_1 = "rank-1 array: did you forget keepdims=True, or reshape?"

MAX_FACTOR = 10**6  # larger "integer factors" are more likely coincidence than a missing 1/m


def shape_hint(got: np.ndarray, expected: np.ndarray, atol: float, rtol: float) -> str | None:
    """Guess why ``got`` has a different shape from ``expected``, or return None.

    got, expected -- arrays of any shapes that differ (a 0-d ``got`` stands for a plain number).
    """
    gs, es = got.shape, expected.shape
    if got.ndim == 1 and expected.ndim == 2 and 1 in es and got.size == expected.size:
        return RANK_1
    if got.ndim == expected.ndim >= 2 and gs == es[::-1]:
        if np.allclose(got.T, expected, rtol=rtol, atol=atol, equal_nan=True):
            return TRANSPOSED_VALUES
        return "the shape is reversed: a .T too many or too few (W vs W.T, X vs X.T)?"
    if expected.ndim != 2 or es.count(1) != 1:
        return None
    # expected is a column (n, 1) or a row (1, n): one axis was reduced, the other kept.
    reduced = es.index(1)
    kept, n = 1 - reduced, es[1 - reduced]
    fix = f"use axis={reduced} with keepdims=True to get shape {es}"
    if got.ndim == 0 or gs == (1, 1):
        return f"summed over every axis? {fix}"
    if got.ndim == 1:
        return f"summed over the wrong axis, and lost a dimension? {fix}"
    if got.ndim != 2:
        return None
    if gs == (n, n):
        return (
            f"broadcasting blew the result up to {gs}: was a column (n, 1) combined with a row "
            "or a rank-1 array (n,)?"
        )
    if gs[kept] == 1:
        return f"summed over the wrong axis? {fix}"
    if gs[kept] == n:
        return (f"did you forget to sum over axis={reduced}"
                f" (np.sum(..., axis={reduced}, keepdims=True))?")
    return None


def value_hint(got: np.ndarray, expected: np.ndarray, atol: float, rtol: float) -> str | None:
    """Guess why same-shape float values differ (transpose, sign, a constant factor), or None.

    got, expected -- float arrays of the same shape (0-d for single numbers), all finite.
    """

    def close(a: np.ndarray, b: np.ndarray) -> bool:
        return bool(np.allclose(a, b, rtol=rtol, atol=atol))

    if got.ndim == 2 and got.shape[0] == got.shape[1] > 1 and close(got.T, expected):
        return TRANSPOSED_VALUES
    if not np.any(np.abs(expected) > atol):
        return None  # expected is (nearly) all zeros: no factor to recognise
    if close(got, -expected):
        return SIGN_FLIPPED
    factor = float(np.vdot(got, expected) / np.vdot(expected, expected))  # least-squares fit
    if not np.isfinite(factor) or factor == 0.0:
        return None
    k = round(factor)
    if 2 <= abs(k) <= MAX_FACTOR and close(got, k * expected):
        flipped = ", and the sign is flipped" if k < 0 else ""
        return (
            f"your values are {abs(k)} times too large{flipped}: "
            f"a missing division by m (here m = {abs(k)})?"
        )
    k = round(1.0 / factor)
    if 2 <= abs(k) <= MAX_FACTOR and close(got, expected / k):
        flipped = ", and the sign is flipped" if k < 0 else ""
        return (
            f"your values are {abs(k)} times too small{flipped}: "
            f"an extra division, by m twice or a mean where a sum belongs (here m = {abs(k)})?"
        )
    if got.size > 1 and close(got, factor * expected):
        return f"all your values are {factor:.4g} times the expected ones: a wrong constant factor?"
    return None

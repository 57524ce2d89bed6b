"""Usual mistakes of C1W2A1 (Python and NumPy basics), as wrong implementations named by their hint.

Each hint is one sentence: what went wrong, then the formula to look at. See
:mod:`helpers.mistakes` for how graded cells use them.
"""

from __future__ import annotations

import numpy as np

from helpers.mistakes import Mistake
from helpers.reference.numpy_basics import sigmoid

# --- sigmoid ----------------------------------------------------------------------------------

SIGMOID: list[Mistake] = [
    ("this is 1 - sigmoid(x): the exponent needs its minus sign, sigmoid(x) = 1 / (1 + np.exp(-x))",
     lambda x: 1 / (1 + np.exp(x))),
    ("minus in the denominator: sigmoid(x) = 1 / (1 + np.exp(-x)), with a plus",
     lambda x: 1 / (1 - np.exp(-x))),
    ("0.5 * (1 + tanh(x)) is sigmoid(2 x): the identity is sigmoid(x) = 0.5 * (1 + np.tanh(x / 2))",
     lambda x: 0.5 * (1 + np.tanh(x))),
]

# --- sigmoid_derivative -----------------------------------------------------------------------

SIGMOID_DERIVATIVE: list[Mistake] = [
    (("this is the sigmoid itself, not its slope: sigmoid_derivative(x) = s * (1 - s) with "
      "s = sigmoid(x)"), sigmoid),
    ("a plus where a minus belongs: sigmoid_derivative(x) = s * (1 - s), not s * (1 + s)",
     lambda x: sigmoid(x) * (1 + sigmoid(x))),
    ("the formula is applied to x itself: first s = sigmoid(x), then s * (1 - s)",
     lambda x: x * (1 - x)),
]

# --- image2vector -----------------------------------------------------------------------------

IMAGE2VECTOR: list[Mistake] = [
    ("a rank-1 array of shape (n,), not a column: image.reshape(length * height * depth, 1)",
     lambda image: image.reshape(-1)),
    ("a row of shape (1, n), not a column: image.reshape(length * height * depth, 1)",
     lambda image: image.reshape(1, -1)),
    (('the numbers come out in column-major order (order="F", or a .T before reshaping): keep '
      "NumPy's default row-major order, image.reshape(length * height * depth, 1)"),
     lambda image: image.reshape(-1, 1, order="F")),
]

# --- normalize_rows ---------------------------------------------------------------------------

NORMALIZE_ROWS: list[Mistake] = [
    (("these are the norms of the columns: one norm per row is "
      "np.linalg.norm(x, axis=1, keepdims=True)"),
     lambda x: x / np.linalg.norm(x, axis=0, keepdims=True)),
    (("divided by the squared norm: the norm is the square root, "
      "np.sqrt(np.sum(x ** 2, axis=1, keepdims=True))"),
     lambda x: x / np.sum(x ** 2, axis=1, keepdims=True)),
    (("divided by the norm of the whole matrix: each row needs its own, "
      "np.linalg.norm(x, axis=1, keepdims=True)"),
     lambda x: x / np.linalg.norm(x)),
    (("the row norms without keepdims form a row (n,) that divides the columns: "
      "np.linalg.norm(x, axis=1, keepdims=True) gives a column (n, 1)"),
     lambda x: x / np.linalg.norm(x, axis=1)),
]

# --- softmax ----------------------------------------------------------------------------------


def _softmax_columns(x: np.ndarray) -> np.ndarray:
    x_exp = np.exp(x)
    return x_exp / np.sum(x_exp, axis=0, keepdims=True)


def _softmax_rows_no_keepdims(x: np.ndarray) -> np.ndarray:
    x_exp = np.exp(x)
    return x_exp / np.sum(x_exp, axis=1)


SOFTMAX: list[Mistake] = [
    (("summed over the columns (axis=0): each row is divided by its own sum, "
      "np.sum(x_exp, axis=1, keepdims=True)"), _softmax_columns),
    ("the exponentials are not normalized: s = x_exp / np.sum(x_exp, axis=1, keepdims=True)",
     np.exp),
    (("divided by the sum over the whole matrix: each row is divided by its own sum, "
      "np.sum(x_exp, axis=1, keepdims=True)"),
     lambda x: np.exp(x) / np.sum(np.exp(x))),
    (("the row sums without keepdims form a row (m,) that divides the columns: "
      "np.sum(x_exp, axis=1, keepdims=True) gives a column (m, 1)"), _softmax_rows_no_keepdims),
]

# --- L1 and L2 --------------------------------------------------------------------------------

L1: list[Mistake] = [
    (("the differences cancel: take the absolute value of each one before summing, "
      "L1 = np.sum(np.abs(y - yhat))"),
     lambda yhat, y: np.sum(y - yhat)),
    ("a mean, not a sum: L1 = np.sum(np.abs(y - yhat)), without dividing by m",
     lambda yhat, y: np.mean(np.abs(y - yhat))),
    ("squared differences are the L2 loss: L1 = np.sum(np.abs(y - yhat))",
     lambda yhat, y: np.sum((y - yhat) ** 2)),
]

L2: list[Mistake] = [
    (("this is the Euclidean distance, the square root of the loss: "
      "L2 = np.sum((y - yhat) ** 2), no square root"),
     lambda yhat, y: np.linalg.norm(y - yhat)),
    ("a mean, not a sum: L2 = np.sum((y - yhat) ** 2), without dividing by m",
     lambda yhat, y: np.mean((y - yhat) ** 2)),
    (("the differences are not squared: L2 = np.sum((y - yhat) ** 2), "
      "or np.dot(y - yhat, y - yhat)"),
     lambda yhat, y: np.sum(y - yhat)),
    ("the square of the sum: square each difference first, L2 = np.sum((y - yhat) ** 2)",
     lambda yhat, y: np.sum(y - yhat) ** 2),
    ("absolute values are the L1 loss: L2 = np.sum((y - yhat) ** 2)",
     lambda yhat, y: np.sum(np.abs(y - yhat))),
]

MISTAKES: dict[str, list[Mistake]] = {
    "sigmoid": SIGMOID,
    "sigmoid_derivative": SIGMOID_DERIVATIVE,
    "image2vector": IMAGE2VECTOR,
    "normalize_rows": NORMALIZE_ROWS,
    "softmax": SOFTMAX,
    "L1": L1,
    "L2": L2,
}

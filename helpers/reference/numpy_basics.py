"""Reference implementation of assignment C1W2A1, Python and NumPy basics.

Seven small vectorized functions: the sigmoid and its derivative, flattening an image into a
column, normalizing rows, a row-wise softmax, and the L1 and L2 losses. Graded test cells use them
to isolate a function from mistakes in the functions it calls (``sigmoid_derivative`` is graded with
this ``sigmoid``).
"""

from __future__ import annotations

import numpy as np


def sigmoid(x: float | np.ndarray) -> float | np.ndarray:
    """Compute the logistic sigmoid 1 / (1 + exp(-x)) elementwise.

    Arguments:
    x -- a number or a NumPy array of any shape

    Returns:
    s -- sigmoid(x), same shape as x, values in (0, 1)
    """
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_derivative(x: float | np.ndarray) -> float | np.ndarray:
    """Compute the derivative of the sigmoid, sigmoid(x) * (1 - sigmoid(x)), elementwise.

    Arguments:
    x -- a number or a NumPy array of any shape

    Returns:
    ds -- the derivative at x, same shape as x, values in (0, 0.25]
    """
    s = sigmoid(x)
    return s * (1.0 - s)


def image2vector(image: np.ndarray) -> np.ndarray:
    """Flatten an image into one column, in NumPy's default (row-major, "C") order.

    Arguments:
    image -- NumPy array of shape (length, height, depth)

    Returns:
    v -- the same numbers as a column, shape (length * height * depth, 1); the last index of
         ``image`` changes fastest along v
    """
    length, height, depth = image.shape
    return image.reshape(length * height * depth, 1)


def normalize_rows(x: np.ndarray) -> np.ndarray:
    """Divide each row of x by its Euclidean (L2) norm.

    Arguments:
    x -- NumPy array of shape (n, m), no row all zeros

    Returns:
    x_normalized -- shape (n, m), every row of unit L2 norm; x itself is not modified
    """
    x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)  # (n, 1)
    return x / x_norm


def softmax(x: np.ndarray) -> np.ndarray:
    """Apply the softmax to each row of x.

    Subtracting each row's maximum before the exponential changes nothing mathematically (the
    factor exp(-max) cancels) but keeps exp from overflowing on large inputs.

    Arguments:
    x -- NumPy array of shape (m, n), one vector of n scores per row

    Returns:
    s -- shape (m, n), s[i, j] = exp(x[i, j]) / sum_k exp(x[i, k]); each row sums to 1
    """
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))  # (m, n)
    x_sum = np.sum(x_exp, axis=1, keepdims=True)  # (m, 1)
    return x_exp / x_sum


def L1(yhat: np.ndarray, y: np.ndarray) -> float:
    """The L1 loss, sum_i |y_i - yhat_i|.

    Arguments:
    yhat -- predicted labels, shape (m,)
    y -- true labels, shape (m,)

    Returns:
    loss -- a number
    """
    return float(np.sum(np.abs(y - yhat)))


def L2(yhat: np.ndarray, y: np.ndarray) -> float:
    """The L2 loss, sum_i (y_i - yhat_i)^2 (the squared Euclidean distance, no square root).

    Arguments:
    yhat -- predicted labels, shape (m,)
    y -- true labels, shape (m,)

    Returns:
    loss -- a number
    """
    diff = y - yhat
    return float(np.dot(diff, diff))

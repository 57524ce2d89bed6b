"""Given code of C2W1A1 (initialization) and C2W1A2 (regularization): their 3-layer network.

The network is LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID. Its forward pass keeps one
flat cache tuple, the layout that the regularization assignment builds on::

    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m), ``Y`` is (1, m),
``W{l}`` is (n_l, n_{l-1}) and ``b{l}`` is (n_l, 1). No exercise of these assignments asks for
these functions: they are given so that the exercises can train a whole network. (``sigmoid``
and ``compute_cost`` are what you wrote in the first course; the graded
``forward_propagation(x, theta)`` of gradient checking only shares a name with the one here.)

Written for the initialization assignment; the regularization assignment gets a copy
(``python -m grading derive``), so edit this one.
"""

from __future__ import annotations

import numpy as np

Parameters = dict[str, np.ndarray]

__all__ = ["accuracy", "backward_propagation", "compute_cost", "compute_cost_from_logits",
           "forward_propagation", "predict", "relu", "sigmoid"]


def sigmoid(Z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-Z)) elementwise; exactly 0.0 or 1.0, without an overflow warning, for huge |Z|.

    Arguments:
    Z -- any shape
    Returns:
    A -- same shape as Z, values in [0, 1]
    """
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-Z))


def relu(Z: np.ndarray) -> np.ndarray:
    """max(0, Z) elementwise (same shape as Z)."""
    return np.maximum(0.0, Z)


def forward_propagation(X: np.ndarray, parameters: Parameters) -> tuple[np.ndarray, tuple]:
    """Forward pass LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID.

    Arguments:
    X -- inputs, shape (n_x, m)
    parameters -- "W1" (n_1, n_x), "b1" (n_1, 1), "W2" (n_2, n_1), "b2" (n_2, 1),
                  "W3" (1, n_2), "b3" (1, 1)
    Returns:
    A3 -- output probabilities, shape (1, m)
    cache -- (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3), Z{l} and A{l} of shape (n_l, m)
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = relu(Z2)
    Z3 = W3 @ A2 + b3
    A3 = sigmoid(Z3)
    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation(X: np.ndarray, Y: np.ndarray, cache: tuple) -> dict[str, np.ndarray]:
    """Gradients of the cross-entropy cost for the network of :func:`forward_propagation`.

    Uses dZ3 = A3 - Y (sigmoid and cross-entropy together), which stays finite even when A3 is
    exactly 0 or 1.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    cache -- from forward_propagation
    Returns:
    gradients -- "dZ{l}", "dA{l}" (n_l, m) for the hidden layers and "dZ3" (1, m); "dW{l}" and
                 "db{l}" with the shapes of W{l} and b{l}
    """
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (A1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def compute_cost(A3: np.ndarray, Y: np.ndarray) -> float:
    """Cross-entropy cost J = -(1/m) sum(Y log A3 + (1 - Y) log(1 - A3)).

    Each example adds only its own term (-log A3 where Y = 1, -log(1 - A3) where Y = 0), so an
    output of exactly 1.0 for a label 1 costs 0, not 0 * log(0) = nan. A confidently wrong output
    of exactly 0.0 or 1.0 costs inf.

    Arguments:
    A3 -- output probabilities, shape (1, m); Y -- labels 0/1, shape (1, m)
    Returns:
    cost -- a Python float
    """
    with np.errstate(divide="ignore"):
        losses = np.where(Y == 1, -np.log(A3), -np.log(1.0 - A3))
    return float(np.mean(losses))


def compute_cost_from_logits(Z3: np.ndarray, Y: np.ndarray) -> float:
    """The same cross-entropy cost, computed from Z3 (A3 = sigmoid(Z3)) so that it stays finite.

    -log(sigmoid(z)) = log(1 + exp(-z)) and -log(1 - sigmoid(z)) = log(1 + exp(z)), evaluated with
    np.logaddexp: a confidently wrong output with z = 500 costs 500, not inf.

    Arguments:
    Z3 -- output pre-activations, shape (1, m); Y -- labels 0/1, shape (1, m)
    Returns:
    cost -- a Python float
    """
    losses = np.where(Y == 1, np.logaddexp(0.0, -Z3), np.logaddexp(0.0, Z3))
    return float(np.mean(losses))


def predict(X: np.ndarray, parameters: Parameters) -> np.ndarray:
    """Labels 0/1 of the 3-layer network: 1.0 where the output probability is > 0.5.

    Arguments:
    X -- inputs, shape (n_x, m); parameters -- "W1", "b1", ..., "W3", "b3"
    Returns:
    predictions -- float array of 0.0 and 1.0, shape (1, m)
    """
    A3, _ = forward_propagation(X, parameters)
    return (A3 > 0.5).astype(float)


def accuracy(X: np.ndarray, Y: np.ndarray, parameters: Parameters) -> float:
    """Share of the m examples whose label the network predicts right, in percent (a float)."""
    return float(100 * np.mean(predict(X, parameters) == Y))

"""Usual mistakes of C1W2A2 (logistic regression), as wrong implementations named by their hint.

Functions with several outputs have one entry per output (``"propagate:dw"``, see
:mod:`helpers.mistakes._parts`), since their graded cells check each output on its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts
from helpers.reference import logistic_regression as ref

# --- sigmoid ----------------------------------------------------------------------------------

SIGMOID: list[Mistake] = [
    ("this is 1 - sigmoid(z): the exponent needs its minus sign, sigmoid(z) = 1 / (1 + np.exp(-z))",
     lambda z: 1 / (1 + np.exp(z))),
    ("minus in the denominator: sigmoid(z) = 1 / (1 + np.exp(-z)), with a plus",
     lambda z: 1 / (1 - np.exp(-z))),
    ("0.5 * (1 + tanh(z)) is sigmoid(2 z): the identity is sigmoid(z) = 0.5 * (1 + np.tanh(z / 2))",
     lambda z: 0.5 * (1 + np.tanh(z))),
]

# --- initialize_with_zeros ----------------------------------------------------------------------

INITIALIZE_WITH_ZEROS: list[Mistake] = [
    ("w is a rank-1 array of shape (dim,): make it a column, w = np.zeros((dim, 1))",
     lambda dim: (np.zeros(dim), 0.0)),
    ("w is a row of shape (1, dim): make it a column, w = np.zeros((dim, 1))",
     lambda dim: (np.zeros((1, dim)), 0.0)),
    ("b is a number, not an array: b = 0.0",
     lambda dim: (np.zeros((dim, 1)), np.zeros((1, 1)))),
]

# --- propagate ----------------------------------------------------------------------------------


def _propagate(w: np.ndarray, b: float, X: np.ndarray, Y: np.ndarray, *, sign: float = 1.0,
               dw_scale: bool = True, bias: bool = True, cost_sign: float = -1.0,
               cost_mean: bool = True) -> tuple[dict[str, Any], float]:
    """Logistic regression's forward and backward pass with one part swapped for a wrong one."""
    m = X.shape[1]
    A = ref.sigmoid(w.T @ X + (b if bias else 0.0))
    cost = cost_sign * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / (m if cost_mean else 1)
    dZ = sign * (A - Y)
    dw = X @ dZ.T / (m if dw_scale else 1)
    db = np.sum(dZ) / m
    return {"dw": dw, "db": db}, cost


PROPAGATE: list[Mistake] = [
    ("dw without 1/m: dw = (1 / m) * X @ (A - Y).T",
     lambda w, b, X, Y: _propagate(w, b, X, Y, dw_scale=False)),
    (("the gradients have the wrong sign: dZ = A - Y, then dw = (1 / m) * X @ dZ.T and "
      "db = (1 / m) * np.sum(dZ)"),
     lambda w, b, X, Y: _propagate(w, b, X, Y, sign=-1.0)),
    ("b is missing from the forward pass: A = sigmoid(w.T @ X + b)",
     lambda w, b, X, Y: _propagate(w, b, X, Y, bias=False)),
    ("the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))",
     lambda w, b, X, Y: _propagate(w, b, X, Y, cost_sign=1.0)),
    (("the cost is summed, not averaged: J = -(1 / m) * np.sum(Y * np.log(A) + "
      "(1 - Y) * np.log(1 - A))"),
     lambda w, b, X, Y: _propagate(w, b, X, Y, cost_mean=False)),
]

# --- optimize -----------------------------------------------------------------------------------


def _optimize(w: np.ndarray, b: float, X: np.ndarray, Y: np.ndarray, num_iterations: int = 100,
              learning_rate: float = 0.009, *, step: float = -1.0, update_b: bool = True,
              use_rate: bool = True, every: int = 100) -> tuple[dict, dict, list]:
    """Gradient descent with one part swapped for a wrong one."""
    rate = learning_rate if use_rate else 1.0
    costs, grads = [], {}
    for i in range(num_iterations):
        grads, cost = ref.propagate(w, b, X, Y)
        w = w + step * rate * grads["dw"]
        if update_b:
            b = b + step * rate * grads["db"]
        if i % every == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs


OPTIMIZE: list[Mistake] = [
    (("the update climbs the cost: w = w - learning_rate * dw and b = b - learning_rate * db, "
      "with a minus"),
     lambda *args, **kwargs: _optimize(*args, **kwargs, step=1.0)),
    ("b is never updated: b = b - learning_rate * db, next to the update of w",
     lambda *args, **kwargs: _optimize(*args, **kwargs, update_b=False)),
    ("the learning rate is missing from the update: w = w - learning_rate * dw",
     lambda *args, **kwargs: _optimize(*args, **kwargs, use_rate=False)),
    ("the cost is recorded at every iteration: append it only when i % 100 == 0",
     lambda *args, **kwargs: _optimize(*args, **kwargs, every=1)),
]

# --- predict ------------------------------------------------------------------------------------

PREDICT: list[Mistake] = [
    ("these are the probabilities A, not labels: Y_prediction = (A > 0.5).astype(float)",
     lambda w, b, X: ref.sigmoid(w.T @ X + b)),
    ("the labels are swapped: 1 where A = sigmoid(w.T @ X + b) > 0.5, else 0",
     lambda w, b, X: (ref.sigmoid(w.T @ X + b) <= 0.5).astype(float)),
    ("the threshold 0.5 belongs to A = sigmoid(w.T @ X + b), not to z = w.T @ X + b",
     lambda w, b, X: (w.T @ X + b > 0.5).astype(float)),
    ("b is missing: A = sigmoid(w.T @ X + b)",
     lambda w, b, X: (ref.sigmoid(w.T @ X) > 0.5).astype(float)),
]

# --- model --------------------------------------------------------------------------------------


def _model(X_train: np.ndarray, Y_train: np.ndarray, X_test: np.ndarray, Y_test: np.ndarray,
           num_iterations: int = 2000, learning_rate: float = 0.5, *,
           pass_rate: bool = True, pass_iterations: bool = True, train_on_test: bool = False,
           predict_with_zeros: bool = False) -> dict[str, Any]:
    """model() with one part swapped for a wrong one."""
    X_fit, Y_fit = (X_test, Y_test) if train_on_test else (X_train, Y_train)
    w0, b0 = ref.initialize_with_zeros(X_train.shape[0])
    settings = {}
    if pass_iterations:
        settings["num_iterations"] = num_iterations
    if pass_rate:
        settings["learning_rate"] = learning_rate
    params, _, costs = ref.optimize(w0, b0, X_fit, Y_fit, **settings)
    w, b = (w0, b0) if predict_with_zeros else (params["w"], params["b"])
    return {"costs": costs, "Y_prediction_test": ref.predict(w, b, X_test),
            "Y_prediction_train": ref.predict(w, b, X_train), "w": w, "b": b,
            "learning_rate": learning_rate, "num_iterations": num_iterations}


MODEL: list[Mistake] = [
    (("learning_rate is not passed on, so optimize uses its default: "
      "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)"),
     lambda *args, **kwargs: _model(*args, **kwargs, pass_rate=False)),
    (("num_iterations is not passed on, so optimize uses its default: "
      "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)"),
     lambda *args, **kwargs: _model(*args, **kwargs, pass_iterations=False)),
    (("trained on the test set: optimize(w, b, X_train, Y_train, ...) learns from the "
      "training set only"),
     lambda *args, **kwargs: _model(*args, **kwargs, train_on_test=True)),
    (('the starting zeros are kept: after optimize, take the learned w = params["w"] and '
      'b = params["b"] for the predictions and the result'),
     lambda *args, **kwargs: _model(*args, **kwargs, predict_with_zeros=True)),
]

MISTAKES: dict[str, list[Mistake]] = {
    "sigmoid": SIGMOID,
    "predict": PREDICT,
    **parts("initialize_with_zeros", INITIALIZE_WITH_ZEROS,
            {"w": lambda out: out[0], "b": lambda out: out[1]}),
    **parts("propagate", PROPAGATE, {"dw": lambda out: out[0]["dw"],
                                     "db": lambda out: out[0]["db"], "cost": lambda out: out[1]}),
    **parts("optimize", OPTIMIZE, {"w": lambda out: out[0]["w"], "b": lambda out: out[0]["b"],
                                   "dw": lambda out: out[1]["dw"], "db": lambda out: out[1]["db"],
                                   "costs": lambda out: out[2]}),
    **parts("model", MODEL, {key: (lambda out, key=key: out[key]) for key in
                             ("costs", "w", "b", "Y_prediction_train", "Y_prediction_test")}),
}

"""Usual mistakes of C2W1A2 (regularization), as wrong implementations named by their hint.

Covers the two L2 functions, whose graded cells compare fixed outputs. The two dropout functions
are checked by their properties (:func:`helpers.reference.regularization.check_dropout_forward`
and ``check_dropout_backward``), which name the usual dropout mistakes themselves: no division by
keep_prob, a mask keeping 1 - keep_prob, masks not taken from the cache, ...
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts
from helpers.reference.initialization import compute_cost

Parameters = dict[str, np.ndarray]


# --- compute_cost_with_regularization ------------------------------------------------------------


def _cost(A3: np.ndarray, Y: np.ndarray, parameters: Parameters, lambd: float, *,
          factor: Callable[[float, int], float] = lambda lambd, m: lambd / (2 * m),
          penalty: Callable[[np.ndarray], float] = lambda W: np.sum(np.square(W)),
          keys: tuple[str, ...] = ("W1", "W2", "W3")) -> float:
    """The regularized cost with one part swapped for a wrong one."""
    m = Y.shape[1]
    return compute_cost(A3, Y) + factor(lambd, m) * sum(penalty(parameters[k]) for k in keys)


def _cost_no_half(A3: np.ndarray, Y: np.ndarray, parameters: Parameters, lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, factor=lambda lambd, m: lambd / m)


def _cost_no_m(A3: np.ndarray, Y: np.ndarray, parameters: Parameters, lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, factor=lambda lambd, m: lambd / 2)


def _cost_with_biases(A3: np.ndarray, Y: np.ndarray, parameters: Parameters,
                      lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, keys=("W1", "W2", "W3", "b1", "b2", "b3"))


def _cost_no_square(A3: np.ndarray, Y: np.ndarray, parameters: Parameters, lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, penalty=np.sum)


def _cost_norm(A3: np.ndarray, Y: np.ndarray, parameters: Parameters, lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, penalty=np.linalg.norm)


def _cost_without_w3(A3: np.ndarray, Y: np.ndarray, parameters: Parameters,
                     lambd: float) -> float:
    return _cost(A3, Y, parameters, lambd, keys=("W1", "W2"))


# --- backward_propagation_with_regularization ----------------------------------------------------


def _backward(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float, *,
              factor: Callable[[float, int], float] = lambda lambd, m: lambd / m,
              penalized: tuple[int, ...] = (1, 2, 3), biases: bool = False,
              data_scale: Callable[[int], float] = lambda m: 1 / m,
              slope: Callable[[np.ndarray], np.ndarray] = lambda A: A > 0,
              db_sum: Callable[[np.ndarray], np.ndarray] = lambda dZ: np.sum(
                  dZ, axis=1, keepdims=True)) -> Parameters:
    """The L2 backward pass of the 3-layer network with one part swapped for a wrong one."""
    m = X.shape[1]
    (_Z1, A1, W1, b1, _Z2, A2, W2, b2, _Z3, A3, W3, b3) = cache
    k = factor(lambd, m)
    dZ3 = A3 - Y
    dW3 = data_scale(m) * dZ3 @ A2.T + (k * W3 if 3 in penalized else 0)
    db3 = db_sum(dZ3) / m + (k * b3 if biases else 0)
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * slope(A2)
    dW2 = data_scale(m) * dZ2 @ A1.T + (k * W2 if 2 in penalized else 0)
    db2 = db_sum(dZ2) / m + (k * b2 if biases else 0)
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * slope(A1)
    dW1 = data_scale(m) * dZ1 @ X.T + (k * W1 if 1 in penalized else 0)
    db1 = db_sum(dZ1) / m + (k * b1 if biases else 0)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def _backward_no_m(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, factor=lambda lambd, m: lambd)


def _backward_half(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, factor=lambda lambd, m: lambd / (2 * m))


def _backward_minus(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, factor=lambda lambd, m: -lambd / m)


def _backward_dw3_only(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, penalized=(3,))


def _backward_biases(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, biases=True)


def _backward_data_no_m(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, data_scale=lambda m: 1.0)


def _backward_activation(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, slope=lambda A: A)


def _backward_db_axis_0(X: np.ndarray, Y: np.ndarray, cache: tuple,
                        lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, db_sum=lambda dZ: np.sum(dZ, axis=0, keepdims=True))


def _backward_db_rank_1(X: np.ndarray, Y: np.ndarray, cache: tuple, lambd: float) -> Parameters:
    return _backward(X, Y, cache, lambd, db_sum=lambda dZ: np.sum(dZ, axis=1))


MISTAKES: dict[str, list[Mistake]] = {
    "compute_cost_with_regularization": [
        (("the 1/2 is missing: the L2 term is lambd / (2 * m) * (np.sum(np.square(W1)) + "
          "np.sum(np.square(W2)) + np.sum(np.square(W3)))"), _cost_no_half),
        (("the division by m is missing: the L2 term is lambd / (2 * m) * (sum of the squared "
          "weights)"), _cost_no_m),
        (("only the weights are penalized, not the biases: the L2 term sums np.square(W1), "
          "np.square(W2) and np.square(W3)"), _cost_with_biases),
        ("square the weights before adding them up: np.sum(np.square(W1)), not np.sum(W1)",
         _cost_no_square),
        (("the penalty uses the squared norm: np.sum(np.square(W)) or np.linalg.norm(W) ** 2, "
          "not np.linalg.norm(W)"), _cost_norm),
        (("W3 is missing: the L2 term adds the squared weights of every layer, "
          "np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3))"),
         _cost_without_w3),
    ],
}

BACKWARD_PROPAGATION_WITH_REGULARIZATION: list[Mistake] = [
    (("the regularization term is missing its division by m: "
      "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]"), _backward_no_m),
    (("the gradient of lambd / (2 * m) * ||W||^2 is lambd / m * W, without the 1/2: "
      "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]"), _backward_half),
    (("the regularization term is added, not subtracted: "
      "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]"), _backward_minus),
    (("every layer gets the regularization term, not only the last: "
      "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l] for l = 1, 2, 3"), _backward_dw3_only),
    (("the biases are not regularized: db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True), "
      "without a lambd term"), _backward_biases),
    (("the 1/m of the cross-entropy part is missing: "
      "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]"), _backward_data_no_m),
    (("this multiplies by the activation A[l], not by the slope of ReLU: "
      "dZ[l] = dA[l] * (A[l] > 0)"), _backward_activation),
    (("db sums over the examples, the columns of dZ: "
      "db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True)"), _backward_db_axis_0),
    (("without keepdims=True, db is a rank-1 array: "
      "db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True) keeps the column shape (n_l, 1)"),
     _backward_db_rank_1),
]

# the graded cell checks each gradient on its own: "backward_propagation_with_regularization:dW1"
MISTAKES.update(parts("backward_propagation_with_regularization",
                      BACKWARD_PROPAGATION_WITH_REGULARIZATION,
                      {key: (lambda out, key=key: out[key])
                       for key in ("dW1", "db1", "dW2", "db2", "dW3", "db3")}))

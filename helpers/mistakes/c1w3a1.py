"""Usual mistakes of C1W3A1 (one hidden layer on planar data), as wrong implementations.

Each is named by its hint: one sentence saying what went wrong and which formula to look at.
``forward_propagation`` has one entry per output (``"forward_propagation:A2"`` and ``":cache"``),
``initialize_parameters`` one per array shape (``"initialize_parameters:W1.shape"``); see
:mod:`helpers.mistakes._parts`. Its other usual mistakes (no 0.01 scale, zeros, uniform numbers)
are named by the checks of its graded cell. ``nn_model``'s wrong versions take the seed of NumPy's
global generator as ``seed=`` and leave the generator as they found it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts
from helpers.reference import shallow_network as ref

Parameters = dict[str, np.ndarray]

# --- layer_sizes --------------------------------------------------------------------------------

LAYER_SIZES: list[Mistake] = [
    ("n_x counts the features, the rows of X: n_x = X.shape[0] (X.shape[1] counts the examples)",
     lambda X, Y: (X.shape[1], 4, Y.shape[0])),
    ("n_y counts the outputs, the rows of Y: n_y = Y.shape[0] (Y.shape[1] counts the examples)",
     lambda X, Y: (X.shape[0], 4, Y.shape[1])),
    ("the hidden layer has 4 units whatever the input: n_h = 4",
     lambda X, Y: (X.shape[0], X.shape[0], Y.shape[0])),
    ("n_y is the number of rows of Y, not always 1: n_y = Y.shape[0]",
     lambda X, Y: (X.shape[0], 4, 1)),
    ("the sizes are in the wrong order: return (n_x, n_h, n_y)",
     lambda X, Y: (X.shape[0], Y.shape[0], 4)),
]

# --- initialize_parameters (shapes only: the values are random) ----------------------------------


def _shapes(n_x: int, n_h: int, n_y: int, *, transposed: bool = False,
            rank_1_biases: bool = False) -> dict[str, tuple[int, ...]]:
    """The shapes of the four arrays with one mistake."""
    W1, W2 = ((n_x, n_h), (n_h, n_y)) if transposed else ((n_h, n_x), (n_y, n_h))
    b1, b2 = ((n_h,), (n_y,)) if rank_1_biases else ((n_h, 1), (n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


INITIALIZE_PARAMETERS: list[Mistake] = [
    (("the weights are transposed: W1 = np.random.randn(n_h, n_x) * 0.01 has one row per hidden "
      "unit, W2 = np.random.randn(n_y, n_h) * 0.01 one row per output"),
     lambda n_x, n_h, n_y: _shapes(n_x, n_h, n_y, transposed=True)),
    (("the biases are rank-1 arrays: make them columns, b1 = np.zeros((n_h, 1)) and "
      "b2 = np.zeros((n_y, 1))"),
     lambda n_x, n_h, n_y: _shapes(n_x, n_h, n_y, rank_1_biases=True)),
]

# --- forward_propagation ------------------------------------------------------------------------


def _forward(X: np.ndarray, parameters: Parameters, *,
             hidden: Callable[[np.ndarray], np.ndarray] = np.tanh,
             output: Callable[[np.ndarray], np.ndarray] = ref.sigmoid, biases: bool = True,
             feed_Z1: bool = False, full_cache: bool = True) -> tuple[np.ndarray, Parameters]:
    """LINEAR -> TANH -> LINEAR -> SIGMOID with one part swapped for a wrong one."""
    W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
    Z1 = W1 @ X + (b1 if biases else 0.0)
    A1 = hidden(Z1)
    Z2 = W2 @ (Z1 if feed_Z1 else A1) + (b2 if biases else 0.0)
    A2 = output(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2} if full_cache else {"A1": A1, "A2": A2}
    return A2, cache


def _relu(Z: np.ndarray) -> np.ndarray:
    return np.maximum(0.0, Z)


FORWARD_PROPAGATION: list[Mistake] = [
    ("ReLU in the hidden layer: this network uses A1 = np.tanh(Z1)",
     lambda X, parameters: _forward(X, parameters, hidden=_relu)),
    (("the sigmoid in the hidden layer: this network uses A1 = np.tanh(Z1), the sigmoid only "
      "for the output A2 = sigmoid(Z2)"),
     lambda X, parameters: _forward(X, parameters, hidden=ref.sigmoid)),
    ("tanh at the output: the output is a probability, A2 = sigmoid(Z2)",
     lambda X, parameters: _forward(X, parameters, output=np.tanh)),
    ("the biases are missing: Z1 = W1 @ X + b1 and Z2 = W2 @ A1 + b2",
     lambda X, parameters: _forward(X, parameters, biases=False)),
    (("the output layer takes the activations, not the pre-activations: Z2 = W2 @ A1 + b2, "
      "not W2 @ Z1 + b2"),
     lambda X, parameters: _forward(X, parameters, feed_Z1=True)),
    (('the backward pass needs all four in the cache: cache = {"Z1": Z1, "A1": A1, "Z2": Z2, '
      '"A2": A2}'),
     lambda X, parameters: _forward(X, parameters, full_cache=False)),
]

# --- compute_cost -------------------------------------------------------------------------------


def _cost(A2: np.ndarray, Y: np.ndarray, *, sign: float = -1.0, mean: bool = True,
          second_term: bool = True) -> float:
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + ((1 - Y) * np.log(1 - A2) if second_term else 0.0)
    return float(sign * np.sum(logprobs) / (m if mean else 1))


COMPUTE_COST: list[Mistake] = [
    (("the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(A2) + "
      "(1 - Y) * np.log(1 - A2))"),
     lambda A2, Y: _cost(A2, Y, sign=1.0)),
    ("the cost is summed, not averaged: divide by m, J = -(1 / m) * np.sum(...)",
     lambda A2, Y: _cost(A2, Y, mean=False)),
    (("the (1 - Y) * np.log(1 - A2) term is missing: J = -(1 / m) * np.sum(Y * np.log(A2) + "
      "(1 - Y) * np.log(1 - A2))"),
     lambda A2, Y: _cost(A2, Y, second_term=False)),
    ("log(A2) in both terms: the second one is (1 - Y) * np.log(1 - A2)",
     lambda A2, Y: float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(A2)) / Y.shape[1])),
    (("this is the squared error: the cost here is the cross-entropy, "
      "J = -(1 / m) * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))"),
     lambda A2, Y: float(np.sum((A2 - Y) ** 2) / Y.shape[1])),
]

# --- backward_propagation -----------------------------------------------------------------------


def _backward(parameters: Parameters, cache: Parameters, X: np.ndarray, Y: np.ndarray, *,
              slope: Callable[[Parameters], np.ndarray] = lambda c: 1 - c["A1"] ** 2,
              sign: float = 1.0, dW_scale: bool = True, db_axis: int = 1,
              keepdims: bool = True, dW1_transposed: bool = False) -> Parameters:
    """The two-layer backward pass with one part swapped for a wrong one."""
    m = X.shape[1]
    scale = 1 / m if dW_scale else 1.0
    dZ2 = sign * (cache["A2"] - Y)
    dW2 = scale * dZ2 @ cache["A1"].T
    db2 = np.sum(dZ2, axis=db_axis, keepdims=keepdims) / m
    dZ1 = (parameters["W2"].T @ dZ2) * slope(cache)
    dW1 = scale * (X @ dZ1.T if dW1_transposed else dZ1 @ X.T)
    db1 = np.sum(dZ1, axis=db_axis, keepdims=keepdims) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


BACKWARD_PROPAGATION: list[Mistake] = [
    (("the slope of tanh is 1 - A1 ** 2 (with A1 = tanh(Z1)), not 1 - A1: "
      "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)"),
     lambda *args: _backward(*args, slope=lambda c: 1 - c["A1"])),
    (("the slope of tanh is written with the activation A1, not with Z1: "
      "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)"),
     lambda *args: _backward(*args, slope=lambda c: 1 - c["Z1"] ** 2)),
    ("dW1 and dW2 need 1/m: dW1 = (1 / m) * dZ1 @ X.T and dW2 = (1 / m) * dZ2 @ A1.T",
     lambda *args: _backward(*args, dW_scale=False)),
    ("every gradient has the wrong sign: dZ2 = A2 - Y",
     lambda *args: _backward(*args, sign=-1.0)),
    ("db1 and db2 lost a dimension: db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)",
     lambda *args: _backward(*args, keepdims=False)),
    (("db is summed over the units (axis=0): sum over the examples, "
      "db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)"),
     lambda *args: _backward(*args, db_axis=0)),
    ("dW1 is transposed: dW1 = (1 / m) * dZ1 @ X.T has the shape of W1, (n_h, n_x)",
     lambda *args: _backward(*args, dW1_transposed=True)),
]

# --- update_parameters --------------------------------------------------------------------------

_NAMES = ("W1", "b1", "W2", "b2")


def _update(parameters: Parameters, grads: Parameters, learning_rate: float = 1.2, *,
            step: float = -1.0, names: tuple[str, ...] = _NAMES) -> Parameters:
    return {name: parameters[name] + (step * learning_rate * grads["d" + name] if name in names
                                      else 0.0) for name in _NAMES}


UPDATE_PARAMETERS: list[Mistake] = [
    ("the update climbs the cost: W1 = W1 - learning_rate * dW1, with a minus",
     lambda parameters, grads, learning_rate=1.2: _update(parameters, grads, learning_rate,
                                                          step=1.0)),
    ("learning_rate is ignored: W1 = W1 - learning_rate * dW1 with the learning_rate passed in",
     lambda parameters, grads, learning_rate=1.2: _update(parameters, grads, 1.2)),
    ("the learning rate is missing from the update: W1 = W1 - learning_rate * dW1",
     lambda parameters, grads, learning_rate=1.2: _update(parameters, grads, 1.0)),
    ("the biases are not updated: b1 = b1 - learning_rate * db1 and b2 = b2 - learning_rate * db2",
     lambda parameters, grads, learning_rate=1.2: _update(parameters, grads, learning_rate,
                                                          names=("W1", "W2"))),
]

# --- nn_model -----------------------------------------------------------------------------------


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Seed NumPy's global generator as the graded cell did, and put its state back afterwards."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


def _nn_model(X: np.ndarray, Y: np.ndarray, n_h: int, num_iterations: int = 10000, *,
              seed: int, hidden: int | None = None, keep_update: bool = True,
              init_in_loop: bool = False, learning_rate: float = 1.2,
              iterations_off: int = 0) -> Parameters:
    """nn_model with one part swapped for a wrong one."""
    with _seeded(seed):
        n_x, _, n_y = ref.layer_sizes(X, Y)
        size = n_h if hidden is None else hidden
        parameters = {} if init_in_loop else ref.initialize_parameters(n_x, size, n_y)
        for _ in range(num_iterations - iterations_off):
            if init_in_loop:
                parameters = ref.initialize_parameters(n_x, size, n_y)
            _, cache = ref.forward_propagation(X, parameters)
            grads = ref.backward_propagation(parameters, cache, X, Y)
            updated = ref.update_parameters(parameters, grads, learning_rate)
            if keep_update:
                parameters = updated
    return parameters


NN_MODEL: list[Mistake] = [
    (("n_h is ignored: initialize with the n_h passed in, "
      "initialize_parameters(n_x, n_h, n_y), not the 4 from layer_sizes"),
     lambda *args, **kwargs: _nn_model(*args, **kwargs, hidden=4)),
    (("the result of update_parameters is thrown away: "
      "parameters = update_parameters(parameters, grads)"),
     lambda *args, **kwargs: _nn_model(*args, **kwargs, keep_update=False)),
    (("the parameters are initialized inside the loop, so training starts over at every "
      "iteration: call initialize_parameters once, before the loop"),
     lambda *args, **kwargs: _nn_model(*args, **kwargs, init_in_loop=True)),
    ("wrong learning rate: update_parameters(parameters, grads) with its default 1.2",
     lambda *args, **kwargs: _nn_model(*args, **kwargs, learning_rate=0.01)),
    ("one iteration too few: the loop is for i in range(num_iterations)",
     lambda *args, **kwargs: _nn_model(*args, **kwargs, iterations_off=1)),
]

# --- predict ------------------------------------------------------------------------------------


def _A2(parameters: Parameters, X: np.ndarray) -> np.ndarray:
    return ref.forward_propagation(X, parameters)[0]


PREDICT: list[Mistake] = [
    ("these are the probabilities A2, not labels: predictions = (A2 > 0.5).astype(float)",
     _A2),
    ("the threshold is 0.5: predictions = (A2 > 0.5), since A2 is a probability",
     lambda parameters, X: (_A2(parameters, X) > 0).astype(float)),
    ("the labels are swapped: 1 where A2 > 0.5, else 0",
     lambda parameters, X: (_A2(parameters, X) < 0.5).astype(float)),
    ("the threshold 0.5 belongs to the probability A2 = sigmoid(Z2), not to Z2",
     lambda parameters, X: (ref.forward_propagation(X, parameters)[1]["Z2"] > 0.5)
     .astype(float)),
]

MISTAKES: dict[str, list[Mistake]] = {
    "layer_sizes": LAYER_SIZES,
    "compute_cost": COMPUTE_COST,
    "backward_propagation": BACKWARD_PROPAGATION,
    "update_parameters": UPDATE_PARAMETERS,
    "nn_model": NN_MODEL,
    "predict": PREDICT,
    **parts("initialize_parameters", INITIALIZE_PARAMETERS,
            {f"{name}.shape": (lambda out, name=name: out[name]) for name in _NAMES}),
    **parts("forward_propagation", FORWARD_PROPAGATION,
            {"A2": lambda out: out[0], "cache": lambda out: out[1]}),
}

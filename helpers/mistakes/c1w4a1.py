"""Usual mistakes of C1W4A1 (a deep network step by step), as wrong implementations.

Each is named by its hint: one sentence saying what went wrong and which formula to look at.
Functions whose graded cells check several outputs one by one have one entry per output, e.g.
``"linear_forward:Z"`` and ``"linear_forward:cache"`` (see :mod:`helpers.mistakes._parts`);
``"update_parameters:inputs"`` is the parameters dict passed in, as the call leaves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts
from helpers.reference import deep_network as ref

Parameters = dict[str, np.ndarray]

# --- initialize_parameters and initialize_parameters_deep ---------------------------------------


def _he(n: int, n_prev: int) -> float:
    return np.sqrt(2 / n_prev)


def _init(layer_dims: Sequence[int], seed: int = 1, *,
          scale: Callable[[int, int], float] = _he, rank_1_biases: bool = False,
          reverse_draws: bool = False, transpose_first: bool = False, skip_last: bool = False,
          rng_per_layer: bool = False, first_key: int = 1,
          random_biases: bool = False) -> Parameters:
    """He initialization of an L-layer network with one part swapped for a wrong one."""
    L = len(layer_dims) - 1 - (1 if skip_last else 0)
    rng = np.random.RandomState(seed)
    order = range(L, 0, -1) if reverse_draws else range(1, L + 1)
    parameters = {}
    for l in order:
        if rng_per_layer:
            rng = np.random.RandomState(seed)
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        shape = (n_prev, n) if transpose_first and l == 1 else (n, n_prev)
        key = l - 1 + first_key
        parameters[f"W{key}"] = rng.randn(*shape) * scale(n, n_prev)
        if random_biases:
            parameters[f"b{key}"] = rng.randn(n, 1) * 0.01
        else:
            parameters[f"b{key}"] = np.zeros(n) if rank_1_biases else np.zeros((n, 1))
    return parameters


INITIALIZE_PARAMETERS: list[Mistake] = [
    (("the weights are scaled by 0.01: He initialization scales them by np.sqrt(2 / n_prev), "
      "W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)"),
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed, scale=lambda n, n_prev: 0.01)),
    (("this is Xavier's scale np.sqrt(1 / n_prev): He's is np.sqrt(2 / n_prev), "
      "W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)"),
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed,
                                         scale=lambda n, n_prev: np.sqrt(1 / n_prev))),
    (("W2 is scaled with n_x: each layer is scaled by the size of its own input, "
      "W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_h)"),
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed,
                                         scale=lambda n, n_prev: np.sqrt(2 / n_x))),
    ("W2 was drawn before W1: draw W1 first, then W2, from the same rng",
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed, reverse_draws=True)),
    ("W1 is transposed: W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x) has one row per hidden unit",
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed, transpose_first=True)),
    ("the biases are rank-1 arrays: make them columns, b1 = np.zeros((n_h, 1))",
     lambda n_x, n_h, n_y, seed=1: _init([n_x, n_h, n_y], seed, rank_1_biases=True)),
]

INITIALIZE_PARAMETERS_DEEP: list[Mistake] = [
    ("the loop misses the last layer: for l in range(1, L + 1) with L = len(layer_dims) - 1",
     lambda layer_dims, seed=1: _init(layer_dims, seed, skip_last=True)),
    (("W{l} is scaled with its own layer's size: He's scale uses the layer before it, "
      "rng.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])"),
     lambda layer_dims, seed=1: _init(layer_dims, seed,
                                      scale=lambda n, n_prev: np.sqrt(2 / n))),
    (("a new generator in every layer repeats the same numbers: create "
      "rng = np.random.RandomState(seed) once, before the loop"),
     lambda layer_dims, seed=1: _init(layer_dims, seed, rng_per_layer=True)),
    (('the layers are numbered from 1: "W1", "b1", ..., "WL", "bL", with "W" + str(l) '
      "for l in range(1, L + 1)"),
     lambda layer_dims, seed=1: _init(layer_dims, seed, first_key=0)),
    ("the biases start at zero, b{l} = np.zeros((layer_dims[l], 1)), and draw nothing from rng",
     lambda layer_dims, seed=1: _init(layer_dims, seed, random_biases=True)),
]

# --- linear_forward -----------------------------------------------------------------------------

LINEAR_FORWARD: list[Mistake] = [
    ("b is missing: Z = W @ A + b", lambda A, W, b: (W @ A, (A, W, b))),
    ("the bias is subtracted: Z = W @ A + b", lambda A, W, b: (W @ A - b, (A, W, b))),
    ("the cache is (A, W, b), in this order: linear_backward unpacks it so",
     lambda A, W, b: (W @ A + b, (W, A, b))),
    ("the cache needs b too: cache = (A, W, b)", lambda A, W, b: (W @ A + b, (A, W))),
]

# --- linear_activation_forward ------------------------------------------------------------------


def _activation_forward(A_prev: np.ndarray, W: np.ndarray, b: np.ndarray, activation: str, *,
                        swap: bool = False, cache_A: bool = False, cache_swapped: bool = False,
                        keep_tuple: bool = False) -> tuple:
    """One LINEAR -> ACTIVATION layer with one part swapped for a wrong one."""
    if swap:
        activation = {"relu": "sigmoid", "sigmoid": "relu"}[activation]
    Z, linear_cache = ref.linear_forward(A_prev, W, b)
    A, activation_cache = ref.ACTIVATIONS[activation][0](Z)
    if keep_tuple:
        return (A, activation_cache), (linear_cache, Z)
    if cache_A:
        return A, (linear_cache, A)
    if cache_swapped:
        return A, (activation_cache, linear_cache)
    return A, (linear_cache, activation_cache)


LINEAR_ACTIVATION_FORWARD: list[Mistake] = [
    (('the wrong activation: for activation="sigmoid" use A, activation_cache = sigmoid(Z), '
      'for "relu" relu(Z)'),
     lambda *args: _activation_forward(*args, swap=True)),
    ("sigmoid(Z) and relu(Z) return two values: A, activation_cache = sigmoid(Z)",
     lambda *args: _activation_forward(*args, keep_tuple=True)),
    (("the activation cache holds Z, not A: cache = (linear_cache, activation_cache) with "
      "activation_cache = Z from A, activation_cache = sigmoid(Z)"),
     lambda *args: _activation_forward(*args, cache_A=True)),
    ("the cache is (linear_cache, activation_cache), in this order",
     lambda *args: _activation_forward(*args, cache_swapped=True)),
]

# --- L_model_forward ----------------------------------------------------------------------------


def _L_forward(X: np.ndarray, parameters: Parameters, *, hidden: str = "relu",
               output: str = "sigmoid", keep_last_cache: bool = True) -> tuple[np.ndarray, list]:
    """[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with one part swapped for a wrong one."""
    L = len(parameters) // 2
    caches, A = [], X
    for l in range(1, L + 1):
        activation = output if l == L else hidden
        A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"],
                                                 activation)
        if l < L or keep_last_cache:
            caches.append(cache)
    return A, caches


L_MODEL_FORWARD: list[Mistake] = [
    (('relu on the output layer: the last layer is linear_activation_forward(A, W{L}, b{L}, '
      '"sigmoid"), the others "relu"'),
     lambda X, parameters: _L_forward(X, parameters, output="relu")),
    (('the sigmoid in the hidden layers: layers 1 to L - 1 use "relu", only the last one '
      '"sigmoid"'),
     lambda X, parameters: _L_forward(X, parameters, hidden="sigmoid")),
    ("the output layer's cache is missing: append it too, so that caches holds L caches",
     lambda X, parameters: _L_forward(X, parameters, keep_last_cache=False)),
]

# --- compute_cost -------------------------------------------------------------------------------


def _cost(AL: np.ndarray, Y: np.ndarray) -> np.ndarray:
    return Y * np.log(AL) + (1 - Y) * np.log(1 - AL)


COMPUTE_COST: list[Mistake] = [
    (("the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(AL) + "
      "(1 - Y) * np.log(1 - AL))"),
     lambda AL, Y: float(np.sum(_cost(AL, Y)) / Y.shape[1])),
    ("the cost is summed, not averaged: divide by m, J = -(1 / m) * np.sum(...)",
     lambda AL, Y: float(-np.sum(_cost(AL, Y)))),
    (("the (1 - Y) * np.log(1 - AL) term is missing: J = -(1 / m) * np.sum(Y * np.log(AL) + "
      "(1 - Y) * np.log(1 - AL))"),
     lambda AL, Y: float(-np.sum(Y * np.log(AL)) / Y.shape[1])),
    ("the log takes the prediction, not the label: the second term is (1 - Y) * np.log(1 - AL)",
     lambda AL, Y: float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - Y)) / Y.shape[1])),
    ("AL and Y are swapped in the second term: (1 - Y) * np.log(1 - AL)",
     lambda AL, Y: float(-np.sum(Y * np.log(AL) + (1 - AL) * np.log(1 - Y + 1e-12))
                         / Y.shape[1])),
    ("the cost is a (1, 1) array: return a number, e.g. float(np.squeeze(cost))",
     lambda AL, Y: -(Y @ np.log(AL).T + (1 - Y) @ np.log(1 - AL).T) / Y.shape[1]),
]

# --- linear_backward ----------------------------------------------------------------------------


def _linear_backward(dZ: np.ndarray, cache: tuple, *, dW_scale: bool = True,
                     keepdims: bool = True, db_axis: int = 1,
                     dA_scaled: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The backward pass of Z = W A_prev + b with one part swapped for a wrong one."""
    A_prev, W, _ = cache
    m = A_prev.shape[1]
    dW = dZ @ A_prev.T / (m if dW_scale else 1)
    db = np.sum(dZ, axis=db_axis, keepdims=keepdims) / m
    dA_prev = W.T @ dZ / (m if dA_scaled else 1)
    return dA_prev, dW, db


LINEAR_BACKWARD: list[Mistake] = [
    ("dW without 1/m: dW = (1 / m) * dZ @ A_prev.T",
     lambda dZ, cache: _linear_backward(dZ, cache, dW_scale=False)),
    ("db lost a dimension: db = (1 / m) * np.sum(dZ, axis=1, keepdims=True) is a column (n, 1)",
     lambda dZ, cache: _linear_backward(dZ, cache, keepdims=False)),
    (("db is summed over the units (axis=0): sum over the examples, "
      "db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)"),
     lambda dZ, cache: _linear_backward(dZ, cache, db_axis=0)),
    ("dA_prev has no 1/m: dA_prev = W.T @ dZ (only dW and db average over the examples)",
     lambda dZ, cache: _linear_backward(dZ, cache, dA_scaled=True)),
]

# --- linear_activation_backward -----------------------------------------------------------------


def _activation_backward(dA: np.ndarray, cache: tuple, activation: str, *, swap: bool = False,
                         no_slope: bool = False,
                         activation_not_slope: bool = False) -> tuple[np.ndarray, ...]:
    """One layer's backward pass with one part swapped for a wrong one."""
    linear_cache, Z = cache
    if swap:
        activation = {"relu": "sigmoid", "sigmoid": "relu"}[activation]
    if no_slope:
        dZ = dA
    elif activation_not_slope:
        dZ = dA * ref.ACTIVATIONS[activation][0](Z)[0]
    else:
        dZ = ref.ACTIVATIONS[activation][1](dA, Z)
    return ref.linear_backward(dZ, linear_cache)


LINEAR_ACTIVATION_BACKWARD: list[Mistake] = [
    (('the wrong derivative: for activation="sigmoid" use dZ = sigmoid_backward(dA, '
      'activation_cache), for "relu" relu_backward'),
     lambda *args: _activation_backward(*args, swap=True)),
    (("the activation's derivative is missing: first dZ = sigmoid_backward(dA, activation_cache) "
      "(or relu_backward), then linear_backward(dZ, linear_cache)"),
     lambda *args: _activation_backward(*args, no_slope=True)),
    (("dA is multiplied by the activation, not by its derivative: "
      "dZ = sigmoid_backward(dA, activation_cache) computes dA * s * (1 - s)"),
     lambda *args: _activation_backward(*args, activation_not_slope=True)),
]

# --- L_model_backward ---------------------------------------------------------------------------


def _L_backward(AL: np.ndarray, Y: np.ndarray, caches: list, *, dAL_sign: float = -1.0,
                start_from_dZ: bool = False, output: str = "sigmoid",
                key_shift: int = 0) -> Parameters:
    """The backward pass of the L-layer network with one part swapped for a wrong one."""
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dA = AL - Y if start_from_dZ else dAL_sign * (Y / AL - (1 - Y) / (1 - AL))
    grads = {}
    for l in range(L, 0, -1):
        activation = output if l == L else "relu"
        dA, dW, db = ref.linear_activation_backward(dA, caches[l - 1], activation)
        grads[f"dA{l - 1 + key_shift}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
    return grads


L_MODEL_BACKWARD: list[Mistake] = [
    ("dAL has the wrong sign: dAL = -(Y / AL - (1 - Y) / (1 - AL))",
     lambda *args: _L_backward(*args, dAL_sign=1.0)),
    (('the output layer is a sigmoid: its backward pass is linear_activation_backward(dAL, '
      'caches[L - 1], "sigmoid")'),
     lambda *args: _L_backward(*args, output="relu")),
    ("AL - Y is dZ of the output layer, not dA: start from dAL = -(Y / AL - (1 - Y) / (1 - AL))",
     lambda *args: _L_backward(*args, start_from_dZ=True)),
    (('the gradient with respect to layer l\'s input is stored as "dA" + str(l - 1): '
      'grads["dA" + str(l - 1)], grads["dW" + str(l)], grads["db" + str(l)] = '
      "linear_activation_backward(...)"),
     lambda *args: _L_backward(*args, key_shift=1)),
]

# --- update_parameters --------------------------------------------------------------------------


def _update(parameters: Parameters, grads: Parameters, learning_rate: float, *,
            step: float = -1.0, layers_off: int = 0, biases: bool = True,
            in_place: bool = False) -> tuple[Parameters, Parameters]:
    """(updated parameters, the dict passed in as left after the call) for one wrong update."""
    L = len(parameters) // 2
    updated = parameters if in_place else dict(parameters)
    for l in range(1, L + 1 - layers_off):
        for name in (f"W{l}", f"b{l}") if biases else (f"W{l}",):
            updated[name] = parameters[name] + step * learning_rate * grads["d" + name]
    return updated, parameters


UPDATE_PARAMETERS: list[Mistake] = [
    (("the update climbs the cost: W = W - learning_rate * dW and b = b - learning_rate * db, "
      "with a minus"),
     lambda *args: _update(*args, step=1.0)),
    ("the loop misses the last layer: for l in range(1, L + 1) with L = len(parameters) // 2",
     lambda *args: _update(*args, layers_off=1)),
    ('the biases are not updated: parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]',
     lambda *args: _update(*args, biases=False)),
    (("the arrays passed in were changed in place (-=): compute new ones, "
      "W = W - learning_rate * dW, in a new dict"),
     lambda *args: _update(*args, in_place=True)),
]

MISTAKES: dict[str, list[Mistake]] = {
    "initialize_parameters": INITIALIZE_PARAMETERS,
    "initialize_parameters_deep": INITIALIZE_PARAMETERS_DEEP,
    "compute_cost": COMPUTE_COST,
    "linear_activation_backward": LINEAR_ACTIVATION_BACKWARD,
    "L_model_backward": L_MODEL_BACKWARD,
    **parts("linear_forward", LINEAR_FORWARD,
            {"Z": lambda out: out[0], "cache": lambda out: out[1]}),
    **parts("linear_activation_forward", LINEAR_ACTIVATION_FORWARD,
            {"A": lambda out: out[0], "cache": lambda out: out[1]}),
    **parts("L_model_forward", L_MODEL_FORWARD,
            {"AL": lambda out: out[0], "len": lambda out: len(out[1]),
             "caches": lambda out: out[1]}),
    **parts("linear_backward", LINEAR_BACKWARD,
            {"dA_prev": lambda out: out[0], "dW": lambda out: out[1], "db": lambda out: out[2],
             "all": lambda out: out}),
    **parts("update_parameters", UPDATE_PARAMETERS,
            {"updated": lambda out: out[0], "inputs": lambda out: out[1]}),
}

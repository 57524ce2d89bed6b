"""Reference implementation of assignment C2W1A1, initialization, and the 3-layer network it trains.

The network is LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID. Its forward pass keeps one
flat cache tuple, the layout that the regularization assignment (C2W1A2) builds on::

    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m), ``Y`` is (1, m),
``W{l}`` is (n_l, n_{l-1}) and ``b{l}`` is (n_l, 1). The gradient-descent step is the one of the
deep-network assignment (:func:`helpers.reference.deep_network.update_parameters`).

The three initializations draw from NumPy's global generator (``np.random.randn``), W1 first, then
W2, ...; biases are zeros and draw nothing. Set ``np.random.seed(...)`` before calling them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from helpers.reference.deep_network import update_parameters

Parameters = dict[str, np.ndarray]


# --- the three graded initializations ----------------------------------------------------------


def initialize_parameters_zeros(layers_dims: list[int]) -> Parameters:
    """All weights and biases zero.

    Arguments:
    layers_dims -- [n_x, n_1, ..., n_L], sizes of the input and of each layer
    Returns:
    parameters -- {"W{l}": zeros (n_l, n_{l-1}), "b{l}": zeros (n_l, 1)} for l = 1, ..., L
    """
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims: list[int]) -> Parameters:
    """Large random weights, W{l} = 10 * N(0, 1); zero biases.

    Arguments:
    layers_dims -- [n_x, n_1, ..., n_L]
    Returns:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": zeros (n_l, 1)} for l = 1, ..., L
    """
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims: list[int]) -> Parameters:
    """He initialization, W{l} = N(0, 1) * sqrt(2 / n_{l-1}); zero biases.

    Arguments:
    layers_dims -- [n_x, n_1, ..., n_L]
    Returns:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": zeros (n_l, 1)} for l = 1, ..., L
    """
    parameters = {}
    for l in range(1, len(layers_dims)):
        scale = np.sqrt(2.0 / layers_dims[l - 1])
        parameters[f"W{l}"] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


INITIALIZERS: dict[str, Callable[[list[int]], Parameters]] = {
    "zeros": initialize_parameters_zeros,
    "random": initialize_parameters_random,
    "he": initialize_parameters_he,
}


# --- the 3-layer network -----------------------------------------------------------------------


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


def model(
    X: np.ndarray,
    Y: np.ndarray,
    initialize: Callable[[list[int]], Parameters] = initialize_parameters_he,
    learning_rate: float = 0.01,
    num_iterations: int = 15000,
    print_cost: bool = True,
    layers_dims: list[int] | None = None,
    *,
    progress_bar: Callable[[range], Iterable[int]] | None = None,
) -> tuple[Parameters, list[float]]:
    """Train the 3-layer network by batch gradient descent from ``initialize(layers_dims)``.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    initialize -- a function layers_dims -> parameters, e.g. initialize_parameters_he
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 1000 iterations
    layers_dims -- [n_x, n_1, n_2, 1]; default [n_x, 10, 5, 1]
    progress_bar -- optional wrapper of the iteration range that shows progress (the notebooks'
                    training cells pass their progress bar)
    Returns:
    parameters -- the learned "W1", "b1", ..., "W3", "b3"
    costs -- the cost at iterations 0, 1000, 2000, ... (before that iteration's update), computed
             from Z3 with compute_cost_from_logits so that a huge cost shows as a number, not inf
    """
    if layers_dims is None:
        layers_dims = [X.shape[0], 10, 5, 1]
    parameters = initialize(layers_dims)
    costs = []
    steps = range(num_iterations)
    for i in progress_bar(steps) if progress_bar is not None else steps:
        A3, cache = forward_propagation(X, parameters)
        grads = backward_propagation(X, Y, cache)
        if i % 1000 == 0:
            cost = compute_cost_from_logits(cache[8], Y)
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs


# --- property checks used by the graded cells of C2W1A1 ----------------------------------------


def check_initialization(parameters: object, layers_dims: list[int],
                         scales: list[float] | None, *, min_size: int = 10_000) -> None:
    """Check an initialization by its properties, so any correct way of drawing passes.

    Checks the keys "W1", "b1", ..., "WL", "bL", the shapes, that every bias is exactly zero, and
    the weights: exactly zero when ``scales`` is None; otherwise, on each layer with at least
    ``min_size`` weights (large enough for statistics), a mean near 0 (below a tenth of their
    standard deviation) and a standard deviation within 5 % of ``scales[l - 1]``.

    Arguments:
    parameters -- what the learner's function returned
    layers_dims -- the [n_x, n_1, ..., n_L] it was called with
    scales -- expected standard deviation of W1, ..., WL, or None for all-zero weights
    Raises:
    CheckFailure naming the first problem found
    """
    from helpers.checks import CheckFailure, check  # noqa: PLC0415 (keeps the module import light)

    __tracebackhide__ = True
    L = len(layers_dims) - 1
    expected_keys = [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]
    if not isinstance(parameters, dict):
        raise CheckFailure(f"expected a dict of parameters, got {type(parameters).__name__}")
    missing = [k for k in expected_keys if k not in parameters]
    extra = [k for k in parameters if k not in expected_keys]
    if missing or extra:
        raise CheckFailure(
            f"parameters for layers_dims={layers_dims}: expected the keys {expected_keys}, got "
            f"{list(parameters)}\n  hint: one W and one b per layer l = 1, ..., L with "
            f"L = len(layers_dims) - 1 = {L}: loop over range(1, len(layers_dims))")
    for l in range(1, L + 1):
        n, n_prev = layers_dims[l], layers_dims[l - 1]
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        for key, value, shape in ((f"W{l}", W, (n, n_prev)), (f"b{l}", b, (n, 1))):
            if not isinstance(value, np.ndarray):
                raise CheckFailure(f'parameters["{key}"]: expected a NumPy array of shape '
                                   f"{shape}, got {type(value).__name__}")
            if value.shape != shape:
                hint = ("W[l] has shape (layers_dims[l], layers_dims[l-1])" if key[0] == "W"
                        else "b[l] is a column: np.zeros((layers_dims[l], 1))")
                raise CheckFailure(f'parameters["{key}"] for layers_dims={layers_dims}: shape '
                                   f"{value.shape}, expected {shape}\n  hint: {hint}")
        check(f'parameters["b{l}"] (biases start at zero)', b, np.zeros((n, 1)), atol=0, rtol=0)
        if scales is None:
            check(f'parameters["W{l}"] (all zeros)', W, np.zeros((n, n_prev)), atol=0, rtol=0)
            continue
        if W.size < min_size:
            continue
        expected_std = scales[l - 1]
        mean, std = float(np.mean(W)), float(np.std(W))
        where = f'parameters["W{l}"] of shape {W.shape} (layers_dims={layers_dims})'
        if abs(mean) > 0.1 * std:
            raise CheckFailure(
                f"{where}: the weights should be centred on 0, but their mean is {mean:.4g}\n"
                "  hint: np.random.randn draws from the standard normal N(0, 1); np.random.rand "
                "draws from [0, 1), whose mean is 0.5")
        if abs(std / expected_std - 1) > 0.05:
            raise CheckFailure(
                f"{where}: the standard deviation of the weights is {std:.4g}, expected "
                f"{expected_std:.4g}\n  hint: {_scale_hint(std, expected_std, n, n_prev)}")


def _scale_hint(std: float, expected: float, n: int, n_prev: int) -> str:
    """Guess which usual mistake gives weights of standard deviation ``std``."""
    guesses = [
        (1.0, "the weights have standard deviation 1: did you forget to multiply "
              "np.random.randn(...) by the scale?"),
        (np.sqrt(1.0 / n_prev), "this is Xavier scaling sqrt(1 / n_prev); He scaling for ReLU "
                                "layers is sqrt(2 / n_prev)"),
        (2.0 / n_prev, "this is 2 / n_prev: did you forget the square root?"),
        (np.sqrt(2.0 / n), "this is sqrt(2 / n_l) with n_l = layers_dims[l]; the scale uses the "
                           "size of the previous layer, layers_dims[l - 1]"),
        (1.0 / expected, "this is 1 / (the expected scale): did you divide by the scale instead "
                         "of multiplying by it?"),
        (np.sqrt(expected), "this is the square root of the expected standard deviation: "
                            "multiply by the standard deviation itself, not by its square root"),
        (0.01, "this is a scale of 0.01"),
        (100.0, "this is a scale of 100: multiply by 10, not by 10 ** 2"),
    ]
    for value, text in guesses:
        if abs(std / value - 1) < 0.05 and abs(value / expected - 1) > 0.05:
            return text
    return ("W[l] = np.random.randn(layers_dims[l], layers_dims[l - 1]) multiplied by the scale "
            "of the exercise")

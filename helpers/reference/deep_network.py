"""Reference implementation of assignment C1W4A1, a deep network built step by step.

Building blocks of a fully connected network with any number of layers: initialization, forward
and backward passes as CS231n-style pairs with caches, the cross-entropy cost, the gradient-descent
update and prediction. Course 2 reuses them for its given (ungraded) network code.

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m), ``Y`` is (1, m),
``W{l}`` is (n_l, n_{l-1}) and ``b{l}`` is (n_l, 1). ``parameters`` holds ``"W1", "b1", ...,
"WL", "bL"``; ``grads`` holds ``"dA0", ..., "dA{L-1}"`` and ``"dW1", "db1", ..., "dWL", "dbL"``.

Initialization (as taught in the notebook, He-style): ``rng = np.random.RandomState(seed)``, then
for l = 1, ..., L in that order ``W{l} = rng.randn(n_l, n_{l-1}) * np.sqrt(2 / n_{l-1})`` and
``b{l} = np.zeros((n_l, 1))``. The same seed gives the same numbers on every machine.

The model functions of assignment C1W4A2 (``two_layer_model``, ``L_layer_model``) are here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

Cache = tuple[Any, ...]


from helpers.activations import ACTIVATIONS, relu, relu_backward, sigmoid, sigmoid_backward  # noqa: E402,F401


# --- initialization ----------------------------------------------------------------------------


def initialize_parameters(n_x: int, n_h: int, n_y: int, seed: int = 1) -> dict[str, np.ndarray]:
    """Parameters of a 2-layer network LINEAR -> RELU -> LINEAR -> SIGMOID, He-style.

    Draws with ``rng = np.random.RandomState(seed)``: first W1, then W2.

    Arguments:
    n_x, n_h, n_y -- sizes of the input, hidden and output layers
    seed -- seed of the random generator
    Returns:
    parameters -- {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    """
    return initialize_parameters_deep([n_x, n_h, n_y], seed=seed)


def initialize_parameters_deep(layer_dims: list[int], seed: int = 1) -> dict[str, np.ndarray]:
    """Parameters of an L-layer network, He-style: W{l} ~ N(0, 2 / n_{l-1}), b{l} = 0.

    Draws with ``rng = np.random.RandomState(seed)``: W1, W2, ..., WL in that order.

    Arguments:
    layer_dims -- [n_x, n_1, ..., n_L], sizes of the input and of each layer (L = len - 1)
    seed -- seed of the random generator
    Returns:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": (n_l, 1)} for l = 1, ..., L
    """
    rng = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        parameters[f"W{l}"] = rng.randn(n, n_prev) * np.sqrt(2.0 / n_prev)
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


# --- forward ----------------------------------------------------------------------------------


def linear_forward(A: np.ndarray, W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, Cache]:
    """Linear part of a layer: Z = W A + b.

    Arguments:
    A -- activations of the previous layer, shape (n_prev, m)
    W -- weights, shape (n, n_prev); b -- bias, shape (n, 1)
    Returns:
    Z -- pre-activation, shape (n, m); cache -- (A, W, b) for the backward pass
    """
    Z = W @ A + b
    return Z, (A, W, b)


def linear_activation_forward(
    A_prev: np.ndarray, W: np.ndarray, b: np.ndarray, activation: str
) -> tuple[np.ndarray, Cache]:
    """One layer LINEAR -> ACTIVATION.

    Arguments:
    A_prev -- activations of the previous layer, shape (n_prev, m)
    W -- weights, shape (n, n_prev); b -- bias, shape (n, 1)
    activation -- "relu" or "sigmoid" (a key of ACTIVATIONS)
    Returns:
    A -- activations of this layer, shape (n, m)
    cache -- (linear_cache, activation_cache) = ((A_prev, W, b), Z)
    """
    forward, _ = ACTIVATIONS[activation]
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = forward(Z)
    return A, (linear_cache, activation_cache)


def L_model_forward(X: np.ndarray, parameters: dict[str, np.ndarray]) -> tuple[np.ndarray, list]:
    """Forward pass [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.

    Arguments:
    X -- inputs, shape (n_x, m)
    parameters -- {"W{l}", "b{l}"} for l = 1, ..., L
    Returns:
    AL -- output probabilities, shape (1, m)
    caches -- list of the L caches of linear_activation_forward, layer 1 first
    """
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL: np.ndarray, Y: np.ndarray) -> float:
    """Cross-entropy cost J = -(1/m) sum(Y log AL + (1 - Y) log(1 - AL)).

    Arguments:
    AL -- predicted probabilities, shape (1, m); Y -- true labels 0/1, shape (1, m)
    Returns:
    cost -- a Python float
    """
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cost)


# --- backward ---------------------------------------------------------------------------------


def linear_backward(dZ: np.ndarray, cache: Cache) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward pass of Z = W A_prev + b, averaged over the m examples.

    Arguments:
    dZ -- gradient of the cost with respect to Z, shape (n, m)
    cache -- (A_prev, W, b) from linear_forward
    Returns:
    dA_prev -- shape (n_prev, m); dW -- shape (n, n_prev); db -- shape (n, 1)
    """
    A_prev, W, _ = cache
    m = A_prev.shape[1]
    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db


def linear_activation_backward(
    dA: np.ndarray, cache: Cache, activation: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward pass of one layer LINEAR -> ACTIVATION.

    Arguments:
    dA -- gradient of the cost with respect to this layer's activations, shape (n, m)
    cache -- (linear_cache, activation_cache) from linear_activation_forward
    activation -- "relu" or "sigmoid" (a key of ACTIVATIONS)
    Returns:
    dA_prev -- shape (n_prev, m); dW -- shape (n, n_prev); db -- shape (n, 1)
    """
    _, backward = ACTIVATIONS[activation]
    linear_cache, activation_cache = cache
    dZ = backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL: np.ndarray, Y: np.ndarray, caches: list) -> dict[str, np.ndarray]:
    """Backward pass of [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with the cross-entropy cost.

    Arguments:
    AL -- output probabilities, shape (1, m); Y -- true labels 0/1, shape (1, m)
    caches -- the L caches from L_model_forward
    Returns:
    grads -- {"dA{l-1}": (n_{l-1}, m), "dW{l}": (n_l, n_{l-1}), "db{l}": (n_l, 1)} for l = 1..L
    """
    L = len(caches)
    Y = Y.reshape(AL.shape)
    grads = {}
    dAL = -(Y / AL - (1 - Y) / (1 - AL))
    dA = dAL
    for l in range(L, 0, -1):
        activation = "sigmoid" if l == L else "relu"
        dA, dW, db = linear_activation_backward(dA, caches[l - 1], activation)
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
    return grads


def update_parameters(
    parameters: dict[str, np.ndarray], grads: dict[str, np.ndarray], learning_rate: float
) -> dict[str, np.ndarray]:
    """One gradient-descent step W{l} -= learning_rate * dW{l}, b{l} -= learning_rate * db{l}.

    The input dict and its arrays are not modified; a new dict is returned.

    Arguments:
    parameters -- {"W{l}", "b{l}"}; grads -- with "dW{l}", "db{l}" of the same shapes
    learning_rate -- step size alpha
    Returns:
    parameters -- the updated parameters, same keys and shapes
    """
    L = len(parameters) // 2
    updated = {}
    for l in range(1, L + 1):
        updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        updated[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return updated


def predict(X: np.ndarray, parameters: dict[str, np.ndarray]) -> np.ndarray:
    """Labels 0/1 of an L-layer network: 1.0 where the output probability is > 0.5.

    Arguments:
    X -- inputs, shape (n_x, m); parameters -- {"W{l}", "b{l}"}
    Returns:
    predictions -- float array of 0.0 and 1.0, shape (1, m)
    """
    AL, _ = L_model_forward(X, parameters)
    return (AL > 0.5).astype(float)


# --- models of C1W4A2 -------------------------------------------------------------------------


def two_layer_model(
    X: np.ndarray,
    Y: np.ndarray,
    layers_dims: tuple[int, int, int],
    learning_rate: float = 0.0075,
    num_iterations: int = 3000,
    print_cost: bool = False,
) -> tuple[dict[str, np.ndarray], list[float]]:
    """Train LINEAR -> RELU -> LINEAR -> SIGMOID by batch gradient descent.

    Starts from initialize_parameters(n_x, n_h, n_y) (He-style, seed 1).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    layers_dims -- (n_x, n_h, n_y)
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 100 iterations
    Returns:
    parameters -- the learned {"W1", "b1", "W2", "b2"}
    costs -- the cost at iterations 0, 100, 200, ... (before that iteration's update)
    """
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    return _train(X, Y, parameters, learning_rate, num_iterations, print_cost)


def L_layer_model(
    X: np.ndarray,
    Y: np.ndarray,
    layers_dims: list[int],
    learning_rate: float = 0.0075,
    num_iterations: int = 3000,
    print_cost: bool = False,
) -> tuple[dict[str, np.ndarray], list[float]]:
    """Train [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID by batch gradient descent.

    Starts from initialize_parameters_deep(layers_dims) (He-style, seed 1).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    layers_dims -- [n_x, n_1, ..., n_L]
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 100 iterations
    Returns:
    parameters -- the learned {"W{l}", "b{l}"}
    costs -- the cost at iterations 0, 100, 200, ... (before that iteration's update)
    """
    parameters = initialize_parameters_deep(layers_dims)
    return _train(X, Y, parameters, learning_rate, num_iterations, print_cost)


def _train(X: np.ndarray, Y: np.ndarray, parameters: dict[str, np.ndarray],
           learning_rate: float, num_iterations: int,
           print_cost: bool) -> tuple[dict[str, np.ndarray], list[float]]:
    """Batch gradient descent from the given parameters; the cost is kept every 100 iterations.

    The same computation as L_model_forward, L_model_backward and update_parameters step by step
    (the tests check that), fused into one loop that keeps no caches, uses dZ_L = AL - Y for the
    sigmoid output with the cross-entropy cost, scales dZ_L by learning_rate / m once (every
    gradient is linear in it, so they come out as the steps), skips dA0 (nothing needs it), and
    works in place.
    """
    L = len(parameters) // 2
    Ws = [parameters[f"W{l}"].astype(float, copy=True) for l in range(1, L + 1)]
    bs = [parameters[f"b{l}"].astype(float, copy=True) for l in range(1, L + 1)]
    Y = Y.reshape(1, -1)
    m = X.shape[1]
    costs = []
    for i in range(num_iterations):
        activations = [X]
        for W, b in zip(Ws[:-1], bs[:-1]):
            Z = W @ activations[-1]
            Z += b
            activations.append(np.maximum(Z, 0.0, out=Z))
        Z = Ws[-1] @ activations[-1]
        Z += bs[-1]
        np.negative(Z, out=Z)
        np.exp(Z, out=Z)
        Z += 1.0
        AL = np.reciprocal(Z, out=Z)
        if i % 100 == 0:  # the cost is only needed for the curve, not for the gradients
            cost = compute_cost(AL, Y)
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        dZ = AL - Y
        dZ *= learning_rate / m  # every gradient below is linear in dZ: they come out as steps
        for l in range(L - 1, -1, -1):
            A_prev = activations[l]
            step_W = dZ @ A_prev.T
            step_b = dZ.sum(axis=1, keepdims=True)
            if l > 0:
                dZ = Ws[l].T @ dZ
                dZ *= A_prev > 0
            Ws[l] -= step_W
            bs[l] -= step_b
    trained = {}
    for l in range(1, L + 1):
        trained[f"W{l}"], trained[f"b{l}"] = Ws[l - 1], bs[l - 1]
    return trained, costs

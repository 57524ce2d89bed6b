"""Given code of C2W1A3 (gradient checking): the network to check and the vector bookkeeping.

- the network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID with the cross-entropy cost
  (``forward_propagation_n``: the forward pass and the cost of the deep-network assignment, C1W4A1);
- a backward pass written in a hurry, with mistakes (``backward_propagation_n_with_bugs``): finding
  them is the assignment's job, so nothing here says where they are;
- the dictionary <-> vector helpers (``dictionary_to_vector``, ``vector_to_dictionary``,
  ``gradients_to_vector``);
- a cost with dropout for the "why not with dropout" demonstration (``cost_with_dropout``).

Shapes follow the course convention: ``X`` is (n_x, m), ``Y`` is (1, m), ``W{l}`` is
(n_l, n_{l-1}), ``b{l}`` is (n_l, 1). A parameter vector ``theta`` is a column (n, 1) holding
W1, b1, W2, b2, ... in that order, each array flattened row by row.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from helpers.activations import relu, sigmoid

Shapes = dict[str, tuple[int, ...]]


# --- dictionary <-> vector ------------------------------------------------------------------------


def _parameter_names(parameters: dict[str, Any]) -> list[str]:
    L = sum(1 for key in parameters if key.startswith("W"))
    return [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]


def dictionary_to_vector(parameters: dict[str, np.ndarray]) -> tuple[np.ndarray, Shapes]:
    """Stack the parameters W1, b1, W2, b2, ... into one column vector.

    Arguments:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": (n_l, 1)} for l = 1, ..., L
    Returns:
    theta -- every parameter, flattened row by row, shape (n, 1) with n the total count; a new
             array (changing it leaves the dictionary alone)
    shapes -- {"W1": shape, "b1": shape, ...}, in the order used, for vector_to_dictionary
    """
    names = _parameter_names(parameters)
    shapes = {name: tuple(parameters[name].shape) for name in names}
    theta = np.concatenate([np.reshape(parameters[name], (-1, 1)) for name in names], axis=0)
    return theta.astype(float), shapes


def vector_to_dictionary(theta: np.ndarray, shapes: Shapes) -> dict[str, np.ndarray]:
    """Cut a column vector back into the parameter dictionary (the inverse of dictionary_to_vector).

    Arguments:
    theta -- shape (n, 1), laid out as dictionary_to_vector lays it out
    shapes -- {"W1": shape, "b1": shape, ...} as returned by dictionary_to_vector
    Returns:
    parameters -- {"W{l}", "b{l}"} with the given shapes (new arrays, not views of theta)
    """
    parameters = {}
    start = 0
    for name, shape in shapes.items():
        size = int(np.prod(shape))
        parameters[name] = np.array(theta[start:start + size]).reshape(shape)
        start += size
    if start != theta.shape[0]:
        raise ValueError(f"theta has {theta.shape[0]} entries, the shapes need {start}")
    return parameters


def gradients_to_vector(gradients: dict[str, np.ndarray]) -> np.ndarray:
    """Stack dW1, db1, dW2, db2, ... into one column vector, in dictionary_to_vector's order.

    Other entries of the dictionary (dZ3, dA2, ...) are ignored.

    Arguments:
    gradients -- {"dW{l}": (n_l, n_{l-1}), "db{l}": (n_l, 1), ...} for l = 1, ..., L
    Returns:
    grad -- shape (n, 1)
    """
    L = sum(1 for key in gradients if key.startswith("dW"))
    names = [f"d{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]
    return np.concatenate([np.reshape(gradients[name], (-1, 1)) for name in names], axis=0)


# --- the network to check -------------------------------------------------------------------------


def _cross_entropy(AL: np.ndarray, Y: np.ndarray) -> float:
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


def forward_propagation_n(X: np.ndarray, Y: np.ndarray,
                          parameters: dict[str, np.ndarray]) -> tuple[float, tuple]:
    """Forward pass [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID and the cross-entropy cost.

    The forward pass and the cost of the deep-network assignment; here L = 3 (the backward passes
    below need it).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    parameters -- {"W1", "b1", "W2", "b2", "W3", "b3"}
    Returns:
    cost -- the cross-entropy cost, a number
    cache -- (A3, caches): the output (1, m) and the caches ((A_prev, W, b), Z) of the layers,
             layer 1 first
    """
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append(((A, W, b), Z))
        A, _ = sigmoid(Z) if l == L else relu(Z)
    cost = _cross_entropy(A, Y)
    return cost, (A, caches)


def backward_propagation_n_with_bugs(X: np.ndarray, Y: np.ndarray,
                                     cache: tuple) -> dict[str, np.ndarray]:
    """Backward pass of forward_propagation_n (3 layers), written in a hurry: it has mistakes.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    cache -- the cache returned by forward_propagation_n
    Returns:
    gradients -- {"dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"}
    """
    m = X.shape[1]
    A3, caches = cache
    (A0, W1, b1), Z1 = caches[0]
    (A1, W2, b2), Z2 = caches[1]
    (A2, W3, b3), Z3 = caches[2]

    dZ3 = A3 - Y
    dW3 = dZ3 @ Z2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m

    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True)

    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (A1 >= 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m

    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


# --- dropout --------------------------------------------------------------------------------------


def cost_with_dropout(X: np.ndarray, Y: np.ndarray, parameters: dict[str, np.ndarray],
                      keep_prob: float, rng: np.random.RandomState) -> float:
    """The cost of forward_propagation_n's network with inverted dropout on the hidden layers.

    Each hidden unit is kept where ``rng.rand(*A.shape) < keep_prob`` (a new mask at each call)
    and the kept activations are divided by keep_prob. With keep_prob = 1 no unit is dropped and
    the cost equals forward_propagation_n's.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    parameters -- {"W{l}", "b{l}"}; keep_prob -- probability of keeping a hidden unit
    rng -- the np.random.RandomState that draws the masks
    Returns:
    cost -- the cross-entropy cost, a number
    """
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A, _ = relu(parameters[f"W{l}"] @ A + parameters[f"b{l}"])
        D = rng.rand(*A.shape) < keep_prob
        A = A * D / keep_prob
    AL, _ = sigmoid(parameters[f"W{L}"] @ A + parameters[f"b{L}"])
    return _cross_entropy(AL, Y)

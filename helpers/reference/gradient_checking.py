"""Reference implementation of assignment C2W1A3, gradient checking, and the network it checks.

Two parts:

- the four graded functions: the 1-D model J = theta * x (``forward_propagation``,
  ``backward_propagation``), its check ``gradient_check``, and ``gradient_check_n`` for a network;
- the given code of the notebook: the network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID
  (``forward_propagation_n``, built on C1W4's ``L_model_forward``), a backward pass with planted
  bugs (``backward_propagation_n_with_bugs``) and its corrected twin (``backward_propagation_n``),
  the dictionary <-> vector helpers, the per-parameter numerical gradient used to locate a bug,
  and a cost with dropout for the "why not with dropout" demonstration.

Shapes follow the course convention: ``X`` is (n_x, m), ``Y`` is (1, m), ``W{l}`` is
(n_l, n_{l-1}), ``b{l}`` is (n_l, 1). A parameter vector ``theta`` is a column (n, 1) holding
W1, b1, W2, b2, ... in that order, each array flattened row by row.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from helpers.reference.deep_network import (
    L_model_forward,
    compute_cost,
    linear_activation_forward,
)

Shapes = dict[str, tuple[int, ...]]


# --- the 1-D model and its check (graded) -------------------------------------------------------


def forward_propagation(x: float, theta: float) -> float:
    """The cost of the 1-D linear model, J(theta) = theta * x.

    Arguments:
    x -- a real-valued input; theta -- the parameter, a real number
    Returns:
    J -- the value of J(theta), a number
    """
    return theta * x


def backward_propagation(x: float, theta: float) -> float:
    """The derivative of J(theta) = theta * x with respect to theta, that is x.

    Arguments:
    x -- a real-valued input; theta -- the parameter, a real number
    Returns:
    dtheta -- dJ/dtheta, a number
    """
    return x


def _relative_difference(grad: Any, gradapprox: Any) -> float:
    """||grad - gradapprox|| / (||grad|| + ||gradapprox||), Euclidean norms, a Python float."""
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


def _report(difference: float) -> None:
    if difference < 1e-7:
        print(f"The backward propagation agrees with the numerical gradient: "
              f"difference = {difference:.2e} < 1e-7")
    else:
        print(f"There is a mistake in the backward propagation: "
              f"difference = {difference:.2e} > 1e-7")


def gradient_check(x: float, theta: float, epsilon: float = 1e-7, print_msg: bool = False) -> float:
    """Compare backward_propagation with a centered difference of forward_propagation (1-D).

    Arguments:
    x -- a real-valued input; theta -- the parameter, a real number
    epsilon -- the small shift of theta in the centered difference
    print_msg -- print the difference and what it says
    Returns:
    difference -- |grad - gradapprox| / (|grad| + |gradapprox|), a number
    """
    J_plus = forward_propagation(x, theta + epsilon)
    J_minus = forward_propagation(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    difference = _relative_difference(grad, gradapprox)
    if print_msg:
        _report(difference)
    return difference


# --- dictionary <-> vector (given) ----------------------------------------------------------------


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


# --- the network to check (given) ---------------------------------------------------------------


def forward_propagation_n(X: np.ndarray, Y: np.ndarray,
                          parameters: dict[str, np.ndarray]) -> tuple[float, tuple]:
    """Forward pass [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID and the cross-entropy cost.

    C1W4's L_model_forward and compute_cost; here L = 3 (the backward passes below need it).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    parameters -- {"W1", "b1", "W2", "b2", "W3", "b3"}
    Returns:
    cost -- the cross-entropy cost, a number
    cache -- (A3, caches): the output (1, m) and L_model_forward's caches ((A_prev, W, b), Z)
    """
    A3, caches = L_model_forward(X, parameters)
    cost = compute_cost(A3, Y)
    return cost, (A3, caches)


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


def backward_propagation_n(X: np.ndarray, Y: np.ndarray, cache: tuple) -> dict[str, np.ndarray]:
    """Backward pass of forward_propagation_n (3 layers), corrected; equals C1W4's L_model_backward.

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


# --- the check of the network (graded) ------------------------------------------------------------


def gradient_check_n(parameters: dict[str, np.ndarray], gradients: dict[str, np.ndarray],
                     X: np.ndarray, Y: np.ndarray, epsilon: float = 1e-7,
                     print_msg: bool = False) -> float:
    """Compare backprop's gradients with centered differences of forward_propagation_n's cost.

    Arguments:
    parameters -- {"W1", "b1", ..., "W3", "b3"}, the point where the gradient is checked
    gradients -- backprop's output at that point, with "dW1", "db1", ..., "dW3", "db3"
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    epsilon -- the small shift of each parameter in the centered difference
    print_msg -- print the difference and what it says
    Returns:
    difference -- ||grad - gradapprox|| / (||grad|| + ||gradapprox||), a number
    """
    parameters_values, shapes = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(parameters_values)
        theta_plus[i] += epsilon
        J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
        theta_minus = np.copy(parameters_values)
        theta_minus[i] -= epsilon
        J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    difference = _relative_difference(grad, gradapprox)
    if print_msg:
        _report(difference)
    return difference


# --- locating a bug, and dropout (given) ----------------------------------------------------------


def numerical_gradients(parameters: dict[str, np.ndarray], X: np.ndarray, Y: np.ndarray,
                        epsilon: float = 1e-7) -> dict[str, np.ndarray]:
    """Centered differences of forward_propagation_n's cost, arranged like backprop's gradients.

    Arguments:
    parameters -- {"W{l}", "b{l}"}; X -- inputs (n_x, m); Y -- labels (1, m)
    epsilon -- the small shift of each parameter
    Returns:
    approx -- {"dW{l}": same shape as W{l}, "db{l}": same shape as b{l}}
    """
    approx = {}
    for name, value in parameters.items():
        d = np.zeros(value.shape)
        for index in np.ndindex(value.shape):
            shifted = {key: np.array(v, dtype=float) for key, v in parameters.items()}
            shifted[name][index] = value[index] + epsilon
            J_plus, _ = forward_propagation_n(X, Y, shifted)
            shifted[name][index] = value[index] - epsilon
            J_minus, _ = forward_propagation_n(X, Y, shifted)
            d[index] = (J_plus - J_minus) / (2 * epsilon)
        approx[f"d{name}"] = d
    return approx


def cost_with_dropout(X: np.ndarray, Y: np.ndarray, parameters: dict[str, np.ndarray],
                      keep_prob: float, rng: np.random.Generator) -> float:
    """The cost of forward_propagation_n's network with inverted dropout on the hidden layers.

    Each hidden unit is kept where ``rng.random(A.shape) < keep_prob`` (a new mask at each call)
    and the kept activations are divided by keep_prob. With keep_prob = 1 no unit is dropped and
    the cost equals forward_propagation_n's.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- true labels 0/1, shape (1, m)
    parameters -- {"W{l}", "b{l}"}; keep_prob -- probability of keeping a hidden unit
    rng -- the random generator that draws the masks
    Returns:
    cost -- the cross-entropy cost, a number
    """
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A, _ = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        D = rng.random(A.shape) < keep_prob
        A = A * D / keep_prob
    AL, _ = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    return compute_cost(AL, Y)

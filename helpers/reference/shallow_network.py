"""Reference implementation of assignment C1W3A1, a network with one hidden layer on planar data.

The network is LINEAR -> TANH -> LINEAR -> SIGMOID, trained by batch gradient descent on the
cross-entropy cost. Shapes follow the course convention: examples are columns, so ``X`` is
(n_x, m), ``Y`` is (1, m) (more generally (n_y, m)), ``W1`` is (n_h, n_x), ``b1`` is (n_h, 1),
``W2`` is (n_y, n_h) and ``b2`` is (n_y, 1).

Random numbers come from NumPy's global generator, W1 first and then W2, each drawn with
``np.random.randn``: seed it (``np.random.seed``) before calling :func:`initialize_parameters` or
:func:`nn_model` to get repeatable results.
"""

from __future__ import annotations


import numpy as np

from helpers.reference.logistic_regression import sigmoid

__all__ = [
    "sigmoid",
    "layer_sizes",
    "initialize_parameters",
    "forward_propagation",
    "compute_cost",
    "backward_propagation",
    "update_parameters",
    "nn_model",
    "predict",
]


def layer_sizes(X: np.ndarray, Y: np.ndarray) -> tuple[int, int, int]:
    """The sizes of the three layers: input, hidden (always 4 here) and output.

    Arguments:
    X -- inputs, shape (n_x, m)
    Y -- labels, shape (n_y, m)

    Returns:
    n_x -- size of the input layer, X.shape[0]
    n_h -- size of the hidden layer, 4
    n_y -- size of the output layer, Y.shape[0]
    """
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    return n_x, n_h, n_y


def initialize_parameters(n_x: int, n_h: int, n_y: int) -> dict[str, np.ndarray]:
    """Small random weights (standard normal times 0.01) and zero biases.

    Draws W1 first, then W2, from NumPy's global generator with np.random.randn.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer

    Returns:
    parameters -- {"W1": (n_h, n_x), "b1": zeros (n_h, 1), "W2": (n_y, n_h), "b2": zeros (n_y, 1)}
    """
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(
    X: np.ndarray, parameters: dict[str, np.ndarray]
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The forward pass LINEAR -> TANH -> LINEAR -> SIGMOID over all examples at once.

    Arguments:
    X -- inputs, shape (n_x, m)
    parameters -- {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}

    Returns:
    A2 -- output probabilities sigmoid(Z2), shape (n_y, m)
    cache -- {"Z1": (n_h, m), "A1": tanh(Z1), (n_h, m), "Z2": (n_y, m), "A2": (n_y, m)}
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1  # (n_h, m)
    A1 = np.tanh(Z1)  # (n_h, m)
    Z2 = W2 @ A1 + b2  # (n_y, m)
    A2 = sigmoid(Z2)  # (n_y, m)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def compute_cost(A2: np.ndarray, Y: np.ndarray) -> float:
    """The cross-entropy cost J = -(1/m) sum(Y log A2 + (1 - Y) log(1 - A2)).

    Arguments:
    A2 -- output probabilities, shape (1, m)
    Y -- true labels 0 or 1, shape (1, m)

    Returns:
    cost -- the cost, a Python float
    """
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)  # (1, m)
    return float(-np.sum(logprobs) / m)


def backward_propagation(
    parameters: dict[str, np.ndarray],
    cache: dict[str, np.ndarray],
    X: np.ndarray,
    Y: np.ndarray,
) -> dict[str, np.ndarray]:
    """The gradients of the cross-entropy cost with respect to W1, b1, W2 and b2.

    Arguments:
    parameters -- {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    cache -- from forward_propagation: {"Z1", "A1": (n_h, m), "Z2", "A2": (n_y, m)}
    X -- inputs, shape (n_x, m)
    Y -- true labels, shape (n_y, m)

    Returns:
    grads -- {"dW1": (n_h, n_x), "db1": (n_h, 1), "dW2": (n_y, n_h), "db2": (n_y, 1)}
    """
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y  # (n_y, m)
    dW2 = dZ2 @ A1.T / m  # (n_y, n_h)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (n_y, 1)
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)  # (n_h, m); tanh'(Z1) = 1 - A1**2
    dW1 = dZ1 @ X.T / m  # (n_h, n_x)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (n_h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(
    parameters: dict[str, np.ndarray], grads: dict[str, np.ndarray], learning_rate: float = 1.2
) -> dict[str, np.ndarray]:
    """One gradient-descent step, theta := theta - learning_rate * d_theta, for each parameter.

    Returns a new dictionary; the arrays passed in are not modified.

    Arguments:
    parameters -- {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    grads -- {"dW1", "db1", "dW2", "db2"}, each with the shape of its parameter
    learning_rate -- step size alpha

    Returns:
    parameters -- the updated {"W1", "b1", "W2", "b2"}, same shapes
    """
    return {
        name: parameters[name] - learning_rate * grads["d" + name]
        for name in ("W1", "b1", "W2", "b2")
    }


def nn_model(
    X: np.ndarray, Y: np.ndarray, n_h: int, num_iterations: int = 10000, print_cost: bool = False
) -> dict[str, np.ndarray]:
    """Train the one-hidden-layer network by batch gradient descent (learning rate 1.2).

    Initializes with initialize_parameters (seed NumPy's global generator before the call for
    repeatable results), then repeats forward pass, cost, backward pass and update.

    Arguments:
    X -- inputs, shape (n_x, m)
    Y -- labels, shape (n_y, m)
    n_h -- size of the hidden layer
    num_iterations -- number of gradient-descent steps
    print_cost -- print the cost every 1000 iterations

    Returns:
    parameters -- the learned {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    """
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters


def predict(parameters: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    """Predict labels 0/1 with a trained network: 1 where the output A2 is above 0.5.

    Arguments:
    parameters -- {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (1, n_h), "b2": (1, 1)}
    X -- inputs, shape (n_x, m)

    Returns:
    predictions -- 1.0 where A2 > 0.5, else 0.0; float array of shape (1, m)
    """
    A2, _ = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(float)

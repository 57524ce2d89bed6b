"""Reference implementation of assignment C1W2A2, logistic regression as a neural network.

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m), ``Y`` is (1, m),
the weights ``w`` are (n_x, 1) and the bias ``b`` is a Python float.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def sigmoid(z: float | np.ndarray) -> float | np.ndarray:
    """Compute the logistic sigmoid 1 / (1 + exp(-z)) elementwise.

    Arguments:
    z -- a scalar or a NumPy array of any shape

    Returns:
    s -- sigmoid(z), same shape as z, values in (0, 1)
    """
    return 1.0 / (1.0 + np.exp(-z))


def initialize_with_zeros(dim: int) -> tuple[np.ndarray, float]:
    """Create a weight column of zeros and a zero bias.

    Arguments:
    dim -- number of input features n_x

    Returns:
    w -- zeros, shape (dim, 1)
    b -- the bias, the Python float 0.0
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


def propagate(
    w: np.ndarray, b: float, X: np.ndarray, Y: np.ndarray
) -> tuple[dict[str, Any], float]:
    """One forward and backward pass of logistic regression over the whole batch.

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a scalar
    X -- inputs, shape (n_x, m)
    Y -- true labels (0 or 1), shape (1, m)

    Returns:
    grads -- {"dw": dJ/dw, shape (n_x, 1), "db": dJ/db, a Python float}
    cost -- the cross-entropy cost J, a Python float
    """
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)  # (1, m)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y  # (1, m)
    dw = X @ dZ.T / m  # (n_x, 1)
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)


def optimize(
    w: np.ndarray,
    b: float,
    X: np.ndarray,
    Y: np.ndarray,
    num_iterations: int = 100,
    learning_rate: float = 0.009,
    print_cost: bool = False,
) -> tuple[dict[str, Any], dict[str, Any], list[float]]:
    """Learn w and b by batch gradient descent.

    The inputs ``w`` and ``b`` are not modified.

    Arguments:
    w -- initial weights, shape (n_x, 1)
    b -- initial bias, a scalar
    X -- inputs, shape (n_x, m)
    Y -- true labels (0 or 1), shape (1, m)
    num_iterations -- number of gradient-descent steps
    learning_rate -- step size alpha
    print_cost -- print the cost every 100 iterations

    Returns:
    params -- {"w": learned weights (n_x, 1), "b": learned bias (float)}
    grads -- the gradients {"dw", "db"} computed in the last iteration
    costs -- the cost at iterations 0, 100, 200, ... (before that iteration's update)
    """
    w = np.array(w, dtype=float)  # a copy: the caller's array stays as it was
    b = float(b)
    costs = []
    grads: dict[str, Any] = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs


def predict(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    """Predict labels 0/1 with learned logistic-regression parameters.

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a scalar
    X -- inputs, shape (n_x, m)

    Returns:
    Y_prediction -- 1.0 where sigmoid(w^T x + b) > 0.5, else 0.0; float array of shape (1, m)
    """
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(w.T @ X + b)  # (1, m)
    return (A > 0.5).astype(float)


def model(
    X_train: np.ndarray,
    Y_train: np.ndarray,
    X_test: np.ndarray,
    Y_test: np.ndarray,
    num_iterations: int = 2000,
    learning_rate: float = 0.5,
    print_cost: bool = False,
) -> dict[str, Any]:
    """Train logistic regression from zeros and predict on the training and test sets.

    Arguments:
    X_train -- training inputs, shape (n_x, m_train)
    Y_train -- training labels, shape (1, m_train)
    X_test -- test inputs, shape (n_x, m_test)
    Y_test -- test labels, shape (1, m_test)
    num_iterations -- number of gradient-descent steps
    learning_rate -- step size alpha
    print_cost -- print the cost every 100 iterations and the two accuracies

    Returns:
    d -- {"costs": list of floats, "Y_prediction_test": (1, m_test),
          "Y_prediction_train": (1, m_train), "w": (n_x, 1), "b": float,
          "learning_rate": float, "num_iterations": int}
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy:  {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    return {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }

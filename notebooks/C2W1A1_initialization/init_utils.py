"""Given code for C2W1A1 (initialization): the training loop of the 3-layer network, and the
one-feature logistic regression of the experiment on normalized inputs.

The network itself (``forward_propagation``, ``backward_propagation``, the costs, ``predict``,
``accuracy``) is in ``three_layer.py``; the gradient-descent step is ``update_parameters`` of the
deep-network assignment (C1W4A1), in the given module ``deep_network.py``, both next to this
file. The initialization is yours: ``model`` takes it as an argument.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import matplotlib.pyplot as plt
import numpy as np
from deep_network import update_parameters
from matplotlib.axes import Axes
from matplotlib.colors import LogNorm
from three_layer import (
    backward_propagation,
    compute_cost_from_logits,
    forward_propagation,
    sigmoid,
)

Parameters = dict[str, np.ndarray]


def model(
    X: np.ndarray,
    Y: np.ndarray,
    initialize: Callable[[list[int]], Parameters],
    learning_rate: float = 0.01,
    num_iterations: int = 15000,
    print_cost: bool = True,
    layer_dims: list[int] | None = None,
    *,
    progress_bar: Callable[[range], Iterable[int]] | None = None,
) -> tuple[Parameters, list[float]]:
    """Train the 3-layer network by batch gradient descent from ``initialize(layer_dims)``.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    initialize -- a function layer_dims -> parameters, e.g. your initialize_parameters_he
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 1000 iterations
    layer_dims -- [n_x, n_1, n_2, 1]; default [n_x, 10, 5, 1]
    progress_bar -- optional wrapper of the iteration range that shows progress (the notebook's
                    training cells pass their progress bar)
    Returns:
    parameters -- the learned "W1", "b1", ..., "W3", "b3"
    costs -- the cost at iterations 0, 1000, 2000, ... (before that iteration's update), computed
             from Z3 = cache[8] with compute_cost_from_logits so that a huge cost shows as a
             number, not inf; the cache is (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    """
    if layer_dims is None:
        layer_dims = [X.shape[0], 10, 5, 1]
    parameters = initialize(layer_dims)
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


# --- a model with two parameters, to draw its whole cost: a = sigmoid(w x + b) -----------------


def logistic_cost(w: float | np.ndarray, b: float | np.ndarray, x: np.ndarray,
                  y: np.ndarray) -> np.ndarray:
    """Cross-entropy cost of the one-feature logistic regression sigmoid(w x + b).

    Arguments:
    w, b -- numbers, or arrays of one shape S (a grid of parameter values)
    x -- the feature, shape (1, m); y -- labels 0/1, shape (1, m)
    Returns:
    cost -- shape S (a 0-d array for numbers), computed from z = w x + b so that it stays finite
    """
    z = np.asarray(w, dtype=float)[..., None] * x.ravel() + np.asarray(b, dtype=float)[..., None]
    sign = 2.0 * y.ravel() - 1.0  # the loss is log(1 + exp(-z)) where y = 1, log(1 + exp(z)) where 0
    return np.logaddexp(0.0, -sign * z).mean(axis=-1)


def logistic_gradient_descent(x: np.ndarray, y: np.ndarray, learning_rate: float,
                              num_iterations: int) -> tuple[np.ndarray, list[float]]:
    """Batch gradient descent on sigmoid(w x + b), from w = b = 0.

    Arguments:
    x -- the feature, shape (1, m); y -- labels 0/1, shape (1, m)
    Returns:
    path -- the (w, b) before each iteration and after the last, shape (num_iterations + 1, 2)
    costs -- the cost before each iteration, num_iterations floats
    """
    m = x.shape[1]
    w, b = 0.0, 0.0
    path, costs = [(w, b)], []
    for _ in range(num_iterations):
        costs.append(float(logistic_cost(w, b, x, y)))
        dz = sigmoid(w * x + b) - y
        w -= learning_rate * float(np.sum(dz * x)) / m
        b -= learning_rate * float(np.sum(dz)) / m
        path.append((w, b))
    return np.array(path), costs


def plot_cost_contours(x: np.ndarray, y: np.ndarray, path: np.ndarray, *, ax: Axes | None = None,
                       mark: tuple[float, float] | None = None, mark_label: str = "",
                       title: str | None = None, resolution: int = 80) -> Axes:
    """Contours of the cost of sigmoid(w x + b) over the (w, b) plane, with a descent path on top.

    Arguments:
    x -- the feature, shape (1, m); y -- labels 0/1, shape (1, m)
    path -- the (w, b) of each iteration, shape (k, 2), from logistic_gradient_descent
    mark, mark_label -- a point (w, b) to mark with a star, kept in the frame, and its label
    Returns the Axes (equal scales on both axes, so a long valley looks long).
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 5))
    points = path if mark is None else np.vstack([path, mark])
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = 0.15 * (hi - lo).max() + 0.5
    ws = np.linspace(lo[0] - pad, hi[0] + pad, resolution)
    bs = np.linspace(lo[1] - pad, hi[1] + pad, resolution)
    W, B = np.meshgrid(ws, bs)
    J = logistic_cost(W, B, x, y)
    levels = np.geomspace(J.min() * 1.01, J.max(), 25)
    ax.contour(W, B, J, levels=levels, norm=LogNorm(), cmap="viridis", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], ".-", color="tab:red", markersize=2, linewidth=1,
            label="gradient descent")
    ax.plot(*path[0], "o", color="black", label="start (w = b = 0)")
    if mark is not None:
        ax.plot(*mark, "*", color="black", markersize=12, label=mark_label)
    ax.set_aspect("equal")
    ax.set_xlabel("w")
    ax.set_ylabel("b")
    if title is not None:
        ax.set_title(title)
    ax.legend(loc="best", fontsize=8)
    return ax

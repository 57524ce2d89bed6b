"""Given code for C2W1A1 (initialization): the training loop of the 3-layer network.

The network itself (``forward_propagation``, ``backward_propagation``, the costs, ``predict``,
``accuracy``) is in ``three_layer.py``; the gradient-descent step is ``update_parameters`` of the
deep-network assignment (C1W4A1), in the given module ``deep_network.py``, both next to this
file. The initialization is yours: ``model`` takes it as an argument.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from deep_network import update_parameters
from three_layer import backward_propagation, compute_cost_from_logits, forward_propagation

Parameters = dict[str, np.ndarray]


def model(
    X: np.ndarray,
    Y: np.ndarray,
    initialize: Callable[[list[int]], Parameters],
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
    initialize -- a function layers_dims -> parameters, e.g. your initialize_parameters_he
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 1000 iterations
    layers_dims -- [n_x, n_1, n_2, 1]; default [n_x, 10, 5, 1]
    progress_bar -- optional wrapper of the iteration range that shows progress (the notebook's
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

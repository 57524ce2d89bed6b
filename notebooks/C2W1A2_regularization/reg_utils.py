"""Given code for C2W1A2 (regularization): the training loop of the 3-layer network.

The network itself (``forward_propagation``, ``backward_propagation``, ``compute_cost``,
``predict``, ``accuracy``) is in the given module ``three_layer.py`` (the one of the
initialization assignment); the start and the gradient-descent step are
``initialize_parameters_deep`` and ``update_parameters`` of the deep-network assignment (C1W4A1),
in the given module ``deep_network.py``, both next to this file. With L2 or dropout, ``model``
trains with the functions you pass it: your regularized cost and backward pass, or your forward
and backward passes with dropout. A ``monitor`` sees the parameters during training, every
``monitor_every`` iterations (the early-stopping experiment records the dev accuracy with it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from deep_network import initialize_parameters_deep, update_parameters
from three_layer import backward_propagation, compute_cost, forward_propagation

Parameters = dict[str, np.ndarray]


def model(
    X: np.ndarray,
    Y: np.ndarray,
    learning_rate: float = 0.3,
    num_iterations: int = 20000,
    print_cost: bool = True,
    lambd: float = 0.0,
    keep_prob: float = 1.0,
    *,
    forward_function: Callable | None = None,
    cost_function: Callable | None = None,
    backward_function: Callable | None = None,
    layer_dims: list[int] | None = None,
    seed: int = 1,
    progress_bar: Callable[[range], Iterable[int]] | None = None,
    monitor: Callable[[int, Parameters], None] | None = None,
    monitor_every: int = 100,
) -> tuple[Parameters, list[float]]:
    """Train the 3-layer network by batch gradient descent: plain, with L2 or with dropout.

    Use at most one of the two: lambd > 0 (L2) or keep_prob < 1 (dropout). The given plain
    functions (forward_propagation, compute_cost, backward_propagation) fill in what is not
    regularized; what is, you pass:

    - plain: nothing to pass
    - L2: cost_function(A3, Y, parameters, lambd) and backward_function(X, Y, cache, lambd)
    - dropout: forward_function(X, parameters, keep_prob) and
      backward_function(X, Y, cache, keep_prob)

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 2000 iterations
    lambd -- L2 strength (0: no L2); keep_prob -- dropout keep probability (1: no dropout)
    forward_function, cost_function, backward_function -- your functions, as listed above
    layer_dims -- [n_x, n_1, n_2, 1]; default [n_x, 20, 3, 1]
    seed -- seed of the initialization (initialize_parameters_deep); dropout masks come from the
            global generator, so set np.random.seed(...) before calling for repeatable runs
    progress_bar -- optional wrapper of the iteration range that shows progress (the notebook's
                    training cells pass their progress bar)
    monitor -- optional function monitor(i, parameters), called at iterations 0, monitor_every,
               2 * monitor_every, ... with the parameters after i updates (before the update of
               iteration i); parameters is a new dictionary at each iteration, so it may be kept
    monitor_every -- how often monitor is called, in iterations
    Returns:
    parameters -- the learned "W1", "b1", ..., "W3", "b3"
    costs -- the cost at iterations 0, 1000, 2000, ... (before that iteration's update)
    """
    if lambd > 0 and keep_prob < 1:
        raise ValueError("use L2 (lambd > 0) or dropout (keep_prob < 1), not both at once")
    dropout, l2 = keep_prob < 1, lambd > 0
    if l2 and (cost_function is None or backward_function is None):
        raise ValueError("with lambd > 0, pass your cost_function=compute_cost_with_regularization"
                         " and backward_function=backward_propagation_with_regularization")
    if dropout and (forward_function is None or backward_function is None):
        raise ValueError("with keep_prob < 1, pass your forward_function="
                         "forward_propagation_with_dropout and backward_function="
                         "backward_propagation_with_dropout")
    forward = forward_function or forward_propagation
    cost_of = cost_function or compute_cost
    backward = backward_function or backward_propagation

    if layer_dims is None:
        layer_dims = [X.shape[0], 20, 3, 1]
    parameters = initialize_parameters_deep(layer_dims, seed=seed)
    costs = []
    steps = range(num_iterations)
    for i in progress_bar(steps) if progress_bar is not None else steps:
        if dropout:
            A3, cache = forward(X, parameters, keep_prob)
            grads = backward(X, Y, cache, keep_prob)
        elif l2:
            A3, cache = forward(X, parameters)
            grads = backward(X, Y, cache, lambd)
        else:
            A3, cache = forward(X, parameters)
            grads = backward(X, Y, cache)
        if monitor is not None and i % monitor_every == 0:
            monitor(i, parameters)
        if i % 1000 == 0:
            cost = cost_of(A3, Y, parameters, lambd) if l2 else cost_of(A3, Y)
            costs.append(cost)
            if print_cost and i % 2000 == 0:
                print(f"Cost after iteration {i}: {cost:f}")
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs

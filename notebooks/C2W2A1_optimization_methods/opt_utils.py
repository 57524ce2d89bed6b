"""Given code of C2W2A1 (optimization methods): the training loop of the notebook, and accuracy.

The network is [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID, with the forward and backward passes
of the deep-network assignment (`deep_network.py`, next to this file). The loop does not contain
an optimizer of its own: it calls the mini-batch and update functions it is given, which the
notebook passes as ``functions=globals()``, so it trains with the functions you wrote.

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m) and ``Y`` is
(1, m). ``parameters`` holds ``"W1", "b1", ..., "WL", "bL"``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from deep_network import L_model_backward, L_model_forward, compute_cost, initialize_parameters_deep

Params = dict[str, np.ndarray]

# the functions the loop looks up in `functions`, for each optimizer
NEEDED = {
    "gd": ("random_mini_batches", "update_parameters_with_gd"),
    "momentum": ("random_mini_batches", "initialize_velocity", "update_parameters_with_momentum"),
    "rmsprop": ("random_mini_batches", "initialize_rmsprop", "update_parameters_with_rmsprop"),
    "adam": ("random_mini_batches", "initialize_adam", "update_parameters_with_adam"),
}


def model(X: np.ndarray, Y: np.ndarray, layer_dims: list[int], optimizer: str,
          functions: Mapping[str, Any], learning_rate: float = 0.0007, mini_batch_size: int = 64,
          beta: float = 0.9, beta1: float = 0.9, beta2: float = 0.999, epsilon: float = 1e-8,
          num_epochs: int = 5000, print_cost: bool = True, print_every: int = 1000,
          decay: Callable[..., float] | None = None, decay_rate: float = 1.0,
          seed: int = 10, init_seed: int = 3, every_step: bool = False
          ) -> tuple[Params, list[float]]:
    """Train [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with mini-batches and an optimizer.

    Epoch e (from 0) shuffles with random_mini_batches(X, Y, mini_batch_size, seed + e) and takes
    one step per mini-batch. The parameters start from
    initialize_parameters_deep(layer_dims, seed=init_seed) (He-style).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    layer_dims -- [n_x, n_1, ..., n_L]
    optimizer -- "gd", "momentum", "rmsprop" or "adam"
    functions -- name -> function: random_mini_batches and the optimizer's functions
        (update_parameters_with_gd; initialize_velocity and update_parameters_with_momentum;
        initialize_rmsprop and update_parameters_with_rmsprop; initialize_adam and
        update_parameters_with_adam), e.g. globals() of the notebook
    learning_rate -- the (initial) learning rate; mini_batch_size -- examples per step
    beta -- momentum coefficient; beta1, beta2, epsilon -- Adam's hyperparameters (RMSprop
        uses beta2 and epsilon)
    num_epochs -- passes over the training set
    print_cost -- print the cost every ``print_every`` epochs (and the learning rate with decay)
    decay -- None, or a function (learning_rate0, epoch_num, decay_rate) -> learning rate,
        called at the start of every epoch (update_lr, schedule_lr_decay, ...)
    seed -- seed of the first epoch's shuffle; init_seed -- seed of the initialization
    every_step -- record the cost of every step instead of every 100 epochs
    Returns:
    parameters -- the learned {"W{l}", "b{l}"}
    costs -- the average cost over the mini-batches of epochs 0, 100, 200, ...; with every_step,
        the cost of each mini-batch, one per step (each cost computed before its step's update)
    """
    if optimizer not in NEEDED:
        raise ValueError(f"optimizer must be one of {', '.join(NEEDED)}, not {optimizer!r}")
    missing = [name for name in NEEDED[optimizer] if name not in functions]
    if missing:
        raise ValueError(f"functions has no {', '.join(missing)}: pass functions=globals() "
                         "after running the cells that define them")
    f = {name: functions[name] for name in NEEDED[optimizer]}
    m = X.shape[1]
    parameters = initialize_parameters_deep(layer_dims, seed=init_seed)
    if optimizer == "momentum":
        v = f["initialize_velocity"](parameters)
    elif optimizer == "rmsprop":
        s = f["initialize_rmsprop"](parameters)
    elif optimizer == "adam":
        v, s = f["initialize_adam"](parameters)
    t = 0  # Adam's step counter
    learning_rate0 = learning_rate
    costs = []
    for epoch in range(num_epochs):
        if decay is not None:
            learning_rate = decay(learning_rate0, epoch, decay_rate)
        record = every_step or epoch % 100 == 0 or (print_cost and epoch % print_every == 0)
        cost_total = 0.0
        for mini_batch_X, mini_batch_Y in f["random_mini_batches"](X, Y, mini_batch_size,
                                                                   seed + epoch):
            AL, caches = L_model_forward(mini_batch_X, parameters)
            if record:  # the cost is only needed on the epochs it is recorded or printed
                cost = compute_cost(AL, mini_batch_Y)
                cost_total += cost * mini_batch_X.shape[1]
                if every_step:
                    costs.append(float(cost))
            grads = L_model_backward(AL, mini_batch_Y, caches)
            if optimizer == "gd":
                parameters = f["update_parameters_with_gd"](parameters, grads, learning_rate)
            elif optimizer == "momentum":
                parameters, v = f["update_parameters_with_momentum"](parameters, grads, v, beta,
                                                                     learning_rate)
            elif optimizer == "rmsprop":
                parameters, s = f["update_parameters_with_rmsprop"](parameters, grads, s,
                                                                    learning_rate, beta2, epsilon)
            else:
                t += 1
                parameters, v, s, _, _ = f["update_parameters_with_adam"](
                    parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon)
        if epoch % 100 == 0 and not every_step:
            costs.append(float(cost_total / m))
        if print_cost and epoch % print_every == 0:
            line = f"Cost after epoch {epoch:5d}: {cost_total / m:.6f}"
            if decay is not None:
                line += f"   learning rate: {learning_rate:.6g}"
            print(line)
    return parameters, costs


def predict(X: np.ndarray, parameters: Params) -> np.ndarray:
    """Labels 0/1 of the network: 1.0 where the output probability is > 0.5.

    Arguments:
    X -- inputs, shape (n_x, m); parameters -- {"W{l}", "b{l}"}
    Returns:
    predictions -- float array of 0.0 and 1.0, shape (1, m)
    """
    AL, _ = L_model_forward(X, parameters)
    return (AL > 0.5).astype(float)


def accuracy(X: np.ndarray, Y: np.ndarray, parameters: Params) -> float:
    """Share of the examples that the network classifies right, in percent.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m); parameters -- {"W{l}", "b{l}"}
    Returns:
    accuracy -- 100 * mean(predict(X) == Y), a Python float
    """
    return float(100 * np.mean(predict(X, parameters) == Y))

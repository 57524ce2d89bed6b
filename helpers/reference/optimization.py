"""Reference implementation of assignment C2W2A1, optimization methods.

Update rules for mini-batch gradient descent, momentum and Adam, the mini-batch split, learning-rate
decay, and the training loop of the notebook: a 3-layer network [LINEAR -> RELU] x 2 -> LINEAR ->
SIGMOID whose forward and backward passes come from :mod:`helpers.reference.deep_network`.

Shapes follow the course convention: examples are columns, so ``X`` is (n_x, m) and ``Y`` is
(1, m). ``parameters`` holds ``"W1", "b1", ..., "WL", "bL"`` with ``W{l}`` (n_l, n_{l-1}) and
``b{l}`` (n_l, 1); ``grads``, ``v`` and ``s`` hold ``"dW1", "db1", ...`` of the same shapes.
The update functions return new arrays and never modify the dicts they are given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from helpers.reference import deep_network as dn

Params = dict[str, np.ndarray]
MiniBatch = tuple[np.ndarray, np.ndarray]


def update_parameters_with_gd(parameters: Params, grads: Params, learning_rate: float) -> Params:
    """One step of (mini-batch) gradient descent: W{l} -= lr * dW{l}, b{l} -= lr * db{l}.

    Arguments:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": (n_l, 1)} for l = 1, ..., L
    grads -- {"dW{l}", "db{l}"} with the same shapes
    learning_rate -- step size alpha
    Returns:
    parameters -- the updated parameters, a new dict with the same keys and shapes
    """
    L = len(parameters) // 2
    updated = {}
    for l in range(1, L + 1):
        updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        updated[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return updated


def random_mini_batches(X: np.ndarray, Y: np.ndarray, mini_batch_size: int = 64,
                        seed: int = 0) -> list[MiniBatch]:
    """Shuffle the examples (columns) of (X, Y) together, then cut them into mini-batches.

    The shuffle is ``np.random.default_rng(seed).permutation(m)``; the graded checks accept any
    permutation that depends only on ``seed``.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels, shape (1, m)
    mini_batch_size -- number of examples per mini-batch; seed -- seed of the shuffle
    Returns:
    mini_batches -- list of (mini_batch_X (n_x, k), mini_batch_Y (1, k)); every k is
        mini_batch_size except the last, which holds the m % mini_batch_size leftovers if any
    """
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def initialize_velocity(parameters: Params) -> Params:
    """Velocities of momentum, all zero.

    Arguments:
    parameters -- {"W{l}", "b{l}"} for l = 1, ..., L
    Returns:
    v -- {"dW{l}": zeros like W{l}, "db{l}": zeros like b{l}}
    """
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return v


def update_parameters_with_momentum(parameters: Params, grads: Params, v: Params, beta: float,
                                    learning_rate: float) -> tuple[Params, Params]:
    """One step of momentum: v = beta v + (1 - beta) grad, then W -= lr * v (same for b).

    Arguments:
    parameters -- {"W{l}", "b{l}"}; grads -- {"dW{l}", "db{l}"}; v -- velocities, like grads
    beta -- momentum coefficient in [0, 1); learning_rate -- step size alpha
    Returns:
    parameters -- the updated parameters (new dict); v -- the updated velocities (new dict)
    """
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key, dkey = f"{p}{l}", f"d{p}{l}"
            new_v[dkey] = beta * v[dkey] + (1 - beta) * grads[dkey]
            new_parameters[key] = parameters[key] - learning_rate * new_v[dkey]
    return new_parameters, new_v


def initialize_adam(parameters: Params) -> tuple[Params, Params]:
    """First and second moment estimates of Adam, all zero (two separate dicts).

    Arguments:
    parameters -- {"W{l}", "b{l}"} for l = 1, ..., L
    Returns:
    v -- {"dW{l}", "db{l}"} zeros like the parameters; s -- the same, another dict
    """
    return initialize_velocity(parameters), initialize_velocity(parameters)


def update_parameters_with_adam(
    parameters: Params, grads: Params, v: Params, s: Params, t: int,
    learning_rate: float = 0.01, beta1: float = 0.9, beta2: float = 0.999, epsilon: float = 1e-8,
) -> tuple[Params, Params, Params, Params, Params]:
    """One step of Adam with bias correction (t counts the steps taken, starting at 1).

    v = beta1 v + (1 - beta1) g;  s = beta2 s + (1 - beta2) g**2;
    v_corrected = v / (1 - beta1**t);  s_corrected = s / (1 - beta2**t);
    W -= lr * v_corrected / (sqrt(s_corrected) + epsilon)   (the same for b).

    Arguments:
    parameters -- {"W{l}", "b{l}"}; grads, v, s -- {"dW{l}", "db{l}"} of the same shapes
    t -- step counter (>= 1); learning_rate, beta1, beta2, epsilon -- Adam's hyperparameters
    Returns:
    parameters, v, s -- updated (new dicts); v_corrected, s_corrected -- the bias-corrected
        moments used in this step, keys "dW{l}", "db{l}"
    """
    L = len(parameters) // 2
    new_parameters: Params = {}
    new_v: Params = {}
    new_s: Params = {}
    v_corrected: Params = {}
    s_corrected: Params = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key, dkey = f"{p}{l}", f"d{p}{l}"
            new_v[dkey] = beta1 * v[dkey] + (1 - beta1) * grads[dkey]
            new_s[dkey] = beta2 * s[dkey] + (1 - beta2) * grads[dkey] ** 2
            v_corrected[dkey] = new_v[dkey] / (1 - beta1**t)
            s_corrected[dkey] = new_s[dkey] / (1 - beta2**t)
            new_parameters[key] = parameters[key] - learning_rate * v_corrected[dkey] / (
                np.sqrt(s_corrected[dkey]) + epsilon)
    return new_parameters, new_v, new_s, v_corrected, s_corrected


def update_lr(learning_rate0: float, epoch_num: int, decay_rate: float) -> float:
    """Learning rate decayed every epoch: learning_rate0 / (1 + decay_rate * epoch_num).

    Arguments:
    learning_rate0 -- initial learning rate; epoch_num -- epoch, from 0; decay_rate -- decay speed
    Returns:
    learning_rate -- the decayed learning rate, a Python float
    """
    return learning_rate0 / (1 + decay_rate * epoch_num)


def schedule_lr_decay(learning_rate0: float, epoch_num: int, decay_rate: float,
                      time_interval: int = 1000) -> float:
    """Step decay: learning_rate0 / (1 + decay_rate * floor(epoch_num / time_interval)).

    Arguments:
    learning_rate0 -- initial learning rate; epoch_num -- epoch, from 0; decay_rate -- decay speed
    time_interval -- number of epochs between two decays
    Returns:
    learning_rate -- the decayed learning rate, a Python float
    """
    return learning_rate0 / (1 + decay_rate * (epoch_num // time_interval))


# --- the training loop of the notebook --------------------------------------------------------

GRADED = ("update_parameters_with_gd", "random_mini_batches", "initialize_velocity",
          "update_parameters_with_momentum", "initialize_adam", "update_parameters_with_adam")


def model(X: np.ndarray, Y: np.ndarray, layers_dims: list[int], optimizer: str,
          learning_rate: float = 0.0007, mini_batch_size: int = 64, beta: float = 0.9,
          beta1: float = 0.9, beta2: float = 0.999, epsilon: float = 1e-8,
          num_epochs: int = 5000, print_cost: bool = True, print_every: int = 1000,
          decay: Callable[..., float] | None = None, decay_rate: float = 1.0,
          seed: int = 10, init_seed: int = 3,
          functions: Mapping[str, Any] | None = None) -> tuple[Params, list[float]]:
    """Train [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with mini-batches and an optimizer.

    Epoch e (from 0) shuffles with random_mini_batches(X, Y, mini_batch_size, seed + e) and takes
    one step per mini-batch. The parameters start from
    deep_network.initialize_parameters_deep(layers_dims, seed=init_seed) (He-style).

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    layers_dims -- [n_x, n_1, ..., n_L]
    optimizer -- "gd", "momentum" or "adam"
    learning_rate -- the (initial) learning rate; mini_batch_size -- examples per step
    beta -- momentum coefficient; beta1, beta2, epsilon -- Adam's hyperparameters
    num_epochs -- passes over the training set
    print_cost -- print the cost every ``print_every`` epochs (and the learning rate with decay)
    decay -- None, or a function (learning_rate0, epoch_num, decay_rate) -> learning rate,
        called at the start of every epoch (update_lr, schedule_lr_decay, ...)
    seed -- seed of the first epoch's shuffle; init_seed -- seed of the initialization
    functions -- optional name -> function overriding the reference versions of the graded
        functions in GRADED (the notebook passes ``globals()`` to train with the learner's own)
    Returns:
    parameters -- the learned {"W{l}", "b{l}"}
    costs -- the average cost over the mini-batches of epochs 0, 100, 200, ... (each mini-batch's
        cost computed before its update)
    """
    if optimizer not in ("gd", "momentum", "adam"):
        raise ValueError(f'optimizer must be "gd", "momentum" or "adam", not {optimizer!r}')
    f = {name: globals()[name] for name in GRADED}
    if functions is not None:
        f.update({name: functions[name] for name in GRADED if name in functions})
    m = X.shape[1]
    parameters = dn.initialize_parameters_deep(layers_dims, seed=init_seed)
    if optimizer == "momentum":
        v = f["initialize_velocity"](parameters)
    elif optimizer == "adam":
        v, s = f["initialize_adam"](parameters)
    t = 0  # Adam's step counter
    learning_rate0 = learning_rate
    costs = []
    for epoch in range(num_epochs):
        if decay is not None:
            learning_rate = decay(learning_rate0, epoch, decay_rate)
        record = epoch % 100 == 0 or (print_cost and epoch % print_every == 0)
        cost_total = 0.0
        for mini_batch_X, mini_batch_Y in f["random_mini_batches"](X, Y, mini_batch_size,
                                                                   seed + epoch):
            AL, caches = dn.L_model_forward(mini_batch_X, parameters)
            if record:  # the cost is only needed on the epochs it is recorded or printed
                cost_total += dn.compute_cost(AL, mini_batch_Y) * mini_batch_X.shape[1]
            grads = dn.L_model_backward(AL, mini_batch_Y, caches)
            if optimizer == "gd":
                parameters = f["update_parameters_with_gd"](parameters, grads, learning_rate)
            elif optimizer == "momentum":
                parameters, v = f["update_parameters_with_momentum"](parameters, grads, v, beta,
                                                                     learning_rate)
            else:
                t += 1
                parameters, v, s, _, _ = f["update_parameters_with_adam"](
                    parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon)
        if epoch % 100 == 0:
            costs.append(cost_total / m)
        if print_cost and epoch % print_every == 0:
            line = f"Cost after epoch {epoch:5d}: {cost_total / m:.6f}"
            if decay is not None:
                line += f"   learning rate: {learning_rate:.6g}"
            print(line)
    return parameters, costs


def accuracy(X: np.ndarray, Y: np.ndarray, parameters: Params) -> float:
    """Share of the examples that the network classifies right, in percent.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m); parameters -- {"W{l}", "b{l}"}
    Returns:
    accuracy -- 100 * mean(predict(X) == Y), a Python float
    """
    return float(100 * np.mean(dn.predict(X, parameters) == Y))


__all__ = [*GRADED, "update_lr", "schedule_lr_decay", "model", "accuracy"]

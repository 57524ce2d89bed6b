"""Usual mistakes of C2W2A1 (optimization methods), as wrong implementations named by their hint.

``random_mini_batches`` is missing: its graded cell checks properties (every example once, X and
Y kept paired, the seed used, ...) and names the usual mistakes itself. So does the cell of
``update_parameters_with_adam`` for the missing bias correction; the wrong Adam steps here cover
the other usual mistakes.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts

Params = dict[str, np.ndarray]


# --- update_parameters_with_gd -------------------------------------------------------------------


def _gd(parameters: Params, grads: Params, learning_rate: float, *, sign: float = -1.0,
        layers: Callable[[int], range] = lambda L: range(1, L + 1), update_b: bool = True,
        b_rate: Callable[[float], float] = lambda rate: rate) -> Params:
    parameters = dict(parameters)
    for l in layers(len(parameters) // 2):
        parameters[f"W{l}"] = parameters[f"W{l}"] + sign * learning_rate * grads[f"dW{l}"]
        if update_b:
            parameters[f"b{l}"] = parameters[f"b{l}"] + sign * b_rate(learning_rate) * grads[
                f"db{l}"]
    return parameters


UPDATE_PARAMETERS_WITH_GD: list[Mistake] = [
    (("a step of gradient descent goes against the gradient: "
      "W[l] = W[l] - learning_rate * dW[l], with a minus"),
     lambda parameters, grads, learning_rate: _gd(parameters, grads, learning_rate, sign=1.0)),
    ("the last layer is not updated: loop over l = 1, ..., L with range(1, L + 1)",
     lambda parameters, grads, learning_rate: _gd(parameters, grads, learning_rate,
                                                  layers=lambda L: range(1, L))),
    ("the biases are not updated: b[l] = b[l] - learning_rate * db[l]",
     lambda parameters, grads, learning_rate: _gd(parameters, grads, learning_rate,
                                                  update_b=False)),
    ("the learning rate scales the step of b too: b[l] = b[l] - learning_rate * db[l]",
     lambda parameters, grads, learning_rate: _gd(parameters, grads, learning_rate,
                                                  b_rate=lambda rate: 1.0)),
]


# --- initialize_velocity and initialize_adam -------------------------------------------------------


def _zeros(parameters: Params, *, prefix: str = "d",
           layers: Callable[[int], range] = lambda L: range(1, L + 1),
           fill: Callable[[np.ndarray], np.ndarray] = np.zeros_like,
           fill_w: Callable[[np.ndarray], np.ndarray] | None = None) -> Params:
    v = {}
    for l in layers(len(parameters) // 2):
        v[f"{prefix}W{l}"] = (fill_w or fill)(parameters[f"W{l}"])
        v[f"{prefix}b{l}"] = fill(parameters[f"b{l}"])
    return v


_KEYS_HINT = ('the keys are those of the gradients: v["dW" + str(l)] and v["db" + str(l)], '
              'not "W" + str(l)')
_LAST_LAYER_HINT = "the last layer is missing: loop over l = 1, ..., L with range(1, L + 1)"

INITIALIZE_VELOCITY: list[Mistake] = [
    (_KEYS_HINT, lambda parameters: _zeros(parameters, prefix="")),
    (_LAST_LAYER_HINT, lambda parameters: _zeros(parameters, layers=lambda L: range(1, L))),
    (('each velocity has the shape of its parameter: v["dW" + str(l)] = '
      'np.zeros_like(parameters["W" + str(l)])'),
     lambda parameters: _zeros(parameters, fill_w=lambda W: np.zeros(W.shape[0]))),
    (("the velocities start at zero, not at the parameters: "
      'np.zeros_like(parameters["W" + str(l)])'),
     lambda parameters: _zeros(parameters, fill=np.copy)),
]

INITIALIZE_ADAM: list[Mistake] = [
    ("s starts at zero like v: s[\"dW\" + str(l)] = np.zeros_like(parameters[\"W\" + str(l)])",
     lambda parameters: (_zeros(parameters), _zeros(parameters, fill=np.ones_like))),
    ('the keys are those of the gradients, "dW" + str(l) and "db" + str(l), in v and in s',
     lambda parameters: (_zeros(parameters, prefix=""), _zeros(parameters, prefix=""))),
    (_LAST_LAYER_HINT,
     lambda parameters: (_zeros(parameters, layers=lambda L: range(1, L)),
                         _zeros(parameters, layers=lambda L: range(1, L)))),
]


# --- update_parameters_with_momentum ---------------------------------------------------------------


def _momentum(parameters: Params, grads: Params, v: Params, beta: float, learning_rate: float, *,
              new_weight: Callable[[float], float] = lambda beta: 1 - beta,
              old_weight: Callable[[float], float] = lambda beta: beta,
              step: str = "new velocity", keep_v: bool = True) -> tuple[Params, Params]:
    parameters, old_v, v = dict(parameters), dict(v), dict(v)
    for l in range(1, len(parameters) // 2 + 1):
        for p in ("W", "b"):
            g = f"d{p}{l}"
            v[g] = old_weight(beta) * old_v[g] + new_weight(beta) * grads[g]
            direction = {"new velocity": v[g], "old velocity": old_v[g], "gradient": grads[g]}
            parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * direction[step]
    return parameters, (v if keep_v else old_v)


_MOMENTUM_FORMULA = "v = beta * v + (1 - beta) * dW, then W = W - learning_rate * v"

UPDATE_PARAMETERS_WITH_MOMENTUM: list[Mistake] = [
    (f"the gradient's weight (1 - beta) is missing: {_MOMENTUM_FORMULA}",
     lambda *args: _momentum(*args, new_weight=lambda beta: 1.0)),
    (f"beta weighs the old velocity and 1 - beta the gradient: {_MOMENTUM_FORMULA}",
     lambda *args: _momentum(*args, new_weight=lambda beta: beta,
                             old_weight=lambda beta: 1 - beta)),
    (f"the step uses the velocity, not the gradient: {_MOMENTUM_FORMULA}",
     lambda *args: _momentum(*args, step="gradient")),
    (f"update the velocity first and step with the new one: {_MOMENTUM_FORMULA}",
     lambda *args: _momentum(*args, step="old velocity")),
    (('the new velocities are not returned: store them in v["dW" + str(l)] and '
      f'v["db" + str(l)]: {_MOMENTUM_FORMULA}'),
     lambda *args: _momentum(*args, keep_v=False)),
]


# --- update_parameters_with_adam ---------------------------------------------------------------


def _adam(parameters: Params, grads: Params, v: Params, s: Params, t: int,
          learning_rate: float = 0.01, beta1: float = 0.9, beta2: float = 0.999,
          epsilon: float = 1e-8, *, how: str = "") -> tuple[Params, ...]:
    parameters, v, s = dict(parameters), dict(v), dict(s)
    v_corrected, s_corrected = {}, {}
    power = 1 if how == "no power t" else t
    for l in range(1, len(parameters) // 2 + 1):
        for p in ("W", "b"):
            g = f"d{p}{l}"
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            square = grads[g] if how == "no square" else grads[g] ** 2
            decay = beta1 if how == "beta1 for s" else beta2
            s[g] = decay * s[g] + (1 - decay) * square
            v_corrected[g] = v[g] / (1 - beta1 ** power)
            s_corrected[g] = s[g] / (1 - decay ** power)
            root = s_corrected[g] if how == "no sqrt" else np.sqrt(s_corrected[g])
            parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * v_corrected[g] / (
                root + epsilon)
    return parameters, v, s, v_corrected, s_corrected


def _adam_mistake(how: str) -> Callable[..., tuple[Params, ...]]:
    def wrong(*args: object, **kwargs: object) -> tuple[Params, ...]:
        return _adam(*args, how=how, **kwargs)
    return wrong


UPDATE_PARAMETERS_WITH_ADAM: list[Mistake] = [
    (("the bias correction divides by 1 - beta ** t, with the power t: "
      "v_corrected = v / (1 - beta1 ** t), s_corrected = s / (1 - beta2 ** t)"),
     _adam_mistake("no power t")),
    ("s averages the squared gradients: s = beta2 * s + (1 - beta2) * dW ** 2",
     _adam_mistake("no square")),
    ("s decays with beta2, not beta1: s = beta2 * s + (1 - beta2) * dW ** 2",
     _adam_mistake("beta1 for s")),
    (("the step divides by the square root of s_corrected: "
      "W = W - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)"),
     _adam_mistake("no sqrt")),
]


# --- update_lr and schedule_lr_decay ---------------------------------------------------------------

_LR = "learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)"
_SCHEDULED = ("learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / "
              "time_interval))")

UPDATE_LR: list[Mistake] = [
    (f"decay_rate * epoch_num belongs inside the parentheses: {_LR}",
     lambda lr0, epoch, decay: lr0 / (1 + decay) * epoch),
    (f"the learning rate shrinks over the epochs, so divide: {_LR}",
     lambda lr0, epoch, decay: lr0 * (1 + decay * epoch)),
    (f"this is exponential decay; here the decay is {_LR}",
     lambda lr0, epoch, decay: lr0 / (1 + decay) ** epoch),
]


def _scheduled(rounding: Callable[[float], float]) -> Callable[..., float]:
    def wrong(lr0: float, epoch: int, decay: float, time_interval: int = 1000) -> float:
        return lr0 / (1 + decay * rounding(epoch / time_interval))
    return wrong


SCHEDULE_LR_DECAY: list[Mistake] = [
    (f"the rate changes only once every time_interval epochs, so round down: {_SCHEDULED}",
     _scheduled(lambda q: q)),
    (f"round() goes to the nearest integer; round down instead: {_SCHEDULED}",
     _scheduled(round)),
    (f"np.ceil rounds up; round down instead: {_SCHEDULED}", _scheduled(np.ceil)),
    (f"use the time_interval argument, not a fixed 1000: {_SCHEDULED}",
     lambda lr0, epoch, decay, time_interval=1000: lr0 / (1 + decay * np.floor(epoch / 1000))),
    (f"decay_rate * np.floor(...) belongs inside the parentheses: {_SCHEDULED}",
     lambda lr0, epoch, decay, time_interval=1000: lr0 / (1 + decay) * np.floor(
         epoch / time_interval)),
]


def _pick(i: int) -> Callable[[tuple], object]:
    return lambda out: out[i]


# functions that return several values are checked output by output: "initialize_adam:s", ...
MISTAKES: dict[str, list[Mistake]] = {
    "update_parameters_with_gd": UPDATE_PARAMETERS_WITH_GD,
    "initialize_velocity": INITIALIZE_VELOCITY,
    **parts("update_parameters_with_momentum", UPDATE_PARAMETERS_WITH_MOMENTUM,
            {"parameters": _pick(0), "v": _pick(1)}),
    **parts("initialize_adam", INITIALIZE_ADAM, {"v": _pick(0), "s": _pick(1)}),
    **parts("update_parameters_with_adam", UPDATE_PARAMETERS_WITH_ADAM,
            {name: _pick(i) for i, name in
             enumerate(("parameters", "v", "s", "v_corrected", "s_corrected"))}),
    "update_lr": UPDATE_LR,
    "schedule_lr_decay": SCHEDULE_LR_DECAY,
}

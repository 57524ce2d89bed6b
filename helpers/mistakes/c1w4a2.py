"""Usual mistakes of C1W4A2 (deep network application), as wrong training loops.

Each is named by its hint: one sentence saying what went wrong and which formula to look at.
Both models return ``(parameters, costs)`` and their graded cells check the two one by one, so
each function has the entries ``"<model>:costs"`` and ``"<model>:parameters"`` (see
:mod:`helpers.mistakes._parts`). The loops use the reference building blocks, as the graded cells
give them to the learner's model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from helpers.mistakes import Mistake
from helpers.mistakes._parts import parts
from helpers.reference import deep_network as ref

Parameters = dict[str, np.ndarray]


def _small_init(layers_dims: Sequence[int]) -> Parameters:
    """Weights scaled by 0.01 instead of He's np.sqrt(2 / n_prev), drawn from RandomState(1)."""
    rng = np.random.RandomState(1)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = rng.randn(layers_dims[l], layers_dims[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def _xavier_init(layers_dims: Sequence[int]) -> Parameters:
    """Weights scaled by Xavier's 1 / np.sqrt(n_prev), drawn from RandomState(1)."""
    rng = np.random.RandomState(1)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = rng.randn(layers_dims[l], layers_dims[l - 1]) / np.sqrt(
            layers_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def _train(X: np.ndarray, Y: np.ndarray, layers_dims: Sequence[int],
           learning_rate: float = 0.0075, num_iterations: int = 3000, print_cost: bool = False,
           *, init: Callable[[Sequence[int]], Parameters] = ref.initialize_parameters_deep,
           keep_update: bool = True, fixed_rate: float | None = None,
           every: int = 100, at: int = 0, hidden: str = "relu", output: str = "sigmoid",
           backward_output: str | None = None,
           start_from_dZ: bool = False) -> tuple[Parameters, list[float]]:
    """Batch gradient descent on [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID, one part wrong.

    backward_output -- the activation the backward pass assumes at the output (default: output)
    """
    L = len(layers_dims) - 1
    activations = [hidden] * (L - 1) + [output]
    backward = activations[:-1] + [backward_output or output]
    rate = learning_rate if fixed_rate is None else fixed_rate
    parameters = init(layers_dims)
    costs = []
    for i in range(num_iterations):
        A, caches = X, []
        for l, activation in enumerate(activations, start=1):
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"],
                                                     activation)
            caches.append(cache)
        if output == "relu":
            A = np.clip(A, 1e-12, 1 - 1e-12)  # a relu output can be 0: keep the log finite
        cost = ref.compute_cost(A, Y)
        dA = A - Y if start_from_dZ else -(np.divide(Y, A) - np.divide(1 - Y, 1 - A))
        grads = {}
        for l in range(L, 0, -1):
            dA, grads[f"dW{l}"], grads[f"db{l}"] = ref.linear_activation_backward(
                dA, caches[l - 1], backward[l - 1])
        updated = ref.update_parameters(parameters, grads, rate)
        if keep_update:
            parameters = updated
        if i % every == at:
            costs.append(cost)
    return parameters, costs


def _model(**wrong: object) -> Callable[..., tuple[Parameters, list[float]]]:
    """A wrong model with the signature of two_layer_model and L_layer_model."""
    def model(X: np.ndarray, Y: np.ndarray, layers_dims: Sequence[int],
              *args: object, **kwargs: object) -> tuple[Parameters, list[float]]:
        return _train(X, Y, list(layers_dims), *args, **kwargs, **wrong)
    return model


_NOT_KEPT = ("the cost never goes down: keep the result of update_parameters, "
             "parameters = update_parameters(parameters, grads, learning_rate), and initialize "
             "once, before the loop")

TWO_LAYER_MODEL: list[Mistake] = [
    (_NOT_KEPT, _model(keep_update=False)),
    ("the cost is recorded at every iteration: append it only when i % 100 == 0",
     _model(every=1)),
    (("the weights start too small: use the given initialize_parameters(n_x, n_h, n_y), which "
      "scales them by np.sqrt(2 / n_prev), not by 0.01"),
     _model(init=_small_init)),
    (("A2 - Y is dZ2, not dA2: the backward pass starts from "
      "dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))"),
     _model(start_from_dZ=True)),
    (('the activations are swapped: LINEAR -> RELU -> LINEAR -> SIGMOID, "relu" for the hidden '
      'layer and "sigmoid" for the output'),
     _model(hidden="sigmoid", output="relu")),
    (("learning_rate is ignored: update_parameters(parameters, grads, learning_rate) with the "
      "learning_rate passed in"),
     _model(fixed_rate=0.0075)),
]

L_LAYER_MODEL: list[Mistake] = [
    (_NOT_KEPT, _model(keep_update=False)),
    (("the costs are recorded after 100 steps: append the cost when i % 100 == 0, "
      "starting at iteration 0"),
     _model(at=99)),
    ("the cost is recorded every 10 iterations: append it only when i % 100 == 0",
     _model(every=10)),
    (("the weights start with Xavier's scale: use the given initialize_parameters_deep("
      "layers_dims), which scales them by np.sqrt(2 / n_prev)"),
     _model(init=_xavier_init)),
    (('relu on the output layer: the last layer uses "sigmoid", e.g. '
      "AL, caches = L_model_forward(X, parameters)"),
     _model(output="relu", backward_output="sigmoid")),
]

_PICKS = {"parameters": lambda out: out[0], "costs": lambda out: out[1]}

MISTAKES: dict[str, list[Mistake]] = {
    **parts("two_layer_model", TWO_LAYER_MODEL, _PICKS),
    **parts("L_layer_model", L_LAYER_MODEL, _PICKS),
}

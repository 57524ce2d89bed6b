"""Usual mistakes of C2W1A3 (gradient checking), as wrong implementations named by their hint.

The learner's ``gradient_check`` calls the notebook's ``forward_propagation`` and
``backward_propagation``, which the graded cell replaces by other models; so the wrong versions of
``gradient_check`` here take those two functions as their first arguments::

    mistakes.outputs("C2W1A3", "gradient_check", forward, backward, x, theta, epsilon)

The wrong versions of ``gradient_check_n`` use the network of
:mod:`helpers.reference.gradient_checking`, the one the notebook imports.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from helpers.mistakes import Mistake
from helpers.reference.gradient_checking import (
    dictionary_to_vector,
    forward_propagation_n,
    gradients_to_vector,
    vector_to_dictionary,
)

Model = Callable[[float, float], float]
Parameters = dict[str, np.ndarray]


# --- forward_propagation and backward_propagation of J(theta) = theta * x ---------------------

FORWARD: list[Mistake] = [
    ("J is a product: J(theta) = theta * x, not theta + x", lambda x, theta: theta + x),
    (("this is the derivative dJ/dtheta = x; forward_propagation returns the cost "
      "J(theta) = theta * x"), lambda x, theta: x),
    ("J is a product, not a power (** raises to a power): J(theta) = theta * x",
     lambda x, theta: theta ** x),
    ("x is missing: J(theta) = theta * x", lambda x, theta: theta),
]

BACKWARD: list[Mistake] = [
    (("this is the derivative with respect to x; with respect to theta, "
      "d(theta * x)/dtheta = x"), lambda x, theta: theta),
    (("this is the cost J itself; backward_propagation returns its derivative "
      "dJ/dtheta = x"), lambda x, theta: theta * x),
    ("x is a constant factor that stays in the derivative: d(theta * x)/dtheta = x, not 1",
     lambda x, theta: 1),
    ("the sign is flipped: d(theta * x)/dtheta = x, not -x", lambda x, theta: -x),
]


# --- gradient_check: the one-parameter check ---------------------------------------------------


def _difference(grad: float, gradapprox: float) -> float:
    return np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))


def _one_sided(forward: Model, backward: Model, x: float, theta: float,
               epsilon: float = 1e-7) -> float:
    gradapprox = (forward(x, theta + epsilon) - forward(x, theta)) / epsilon
    return _difference(backward(x, theta), gradapprox)


def _no_2(forward: Model, backward: Model, x: float, theta: float, epsilon: float = 1e-7) -> float:
    gradapprox = (forward(x, theta + epsilon) - forward(x, theta - epsilon)) / epsilon
    return _difference(backward(x, theta), gradapprox)


def _precedence(forward: Model, backward: Model, x: float, theta: float,
                epsilon: float = 1e-7) -> float:
    gradapprox = forward(x, theta + epsilon) - forward(x, theta - epsilon) / (2 * epsilon)
    return _difference(backward(x, theta), gradapprox)


def _centered(forward: Model, backward: Model, x: float, theta: float,
              epsilon: float) -> tuple[float, float]:
    gradapprox = (forward(x, theta + epsilon) - forward(x, theta - epsilon)) / (2 * epsilon)
    return backward(x, theta), gradapprox


def _norm_of_sum(forward: Model, backward: Model, x: float, theta: float,
                 epsilon: float = 1e-7) -> float:
    grad, gradapprox = _centered(forward, backward, x, theta, epsilon)
    return np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox)


def _norm_of_grad_only(forward: Model, backward: Model, x: float, theta: float,
                       epsilon: float = 1e-7) -> float:
    grad, gradapprox = _centered(forward, backward, x, theta, epsilon)
    return np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad)


def _signed(forward: Model, backward: Model, x: float, theta: float,
            epsilon: float = 1e-7) -> float:
    grad, gradapprox = _centered(forward, backward, x, theta, epsilon)
    return (grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))


def _fixed_epsilon(forward: Model, backward: Model, x: float, theta: float,
                   epsilon: float = 1e-7) -> float:
    return _difference(*_centered(forward, backward, x, theta, 1e-7))


GRADIENT_CHECK: list[Mistake] = [
    (("this is a one-sided difference; the centered one is more accurate: "
      "gradapprox = (J_plus - J_minus) / (2 * epsilon), J_plus at theta + epsilon and J_minus "
      "at theta - epsilon"), _one_sided),
    (("theta + epsilon and theta - epsilon are 2 * epsilon apart: "
      "gradapprox = (J_plus - J_minus) / (2 * epsilon)"), _no_2),
    (("gradapprox is far from the derivative: check that J_minus is the cost at "
      "theta - epsilon and the parentheses in gradapprox = (J_plus - J_minus) / (2 * epsilon)"),
     _precedence),
    (("the denominator is the sum of the two norms, not the norm of the sum: "
      "np.linalg.norm(grad) + np.linalg.norm(gradapprox)"), _norm_of_sum),
    (("the denominator has both norms: "
      "difference = norm(grad - gradapprox) / (norm(grad) + norm(gradapprox))"),
     _norm_of_grad_only),
    (("the difference is a distance, never negative: "
      "its numerator is np.linalg.norm(grad - gradapprox)"), _signed),
    (("use the epsilon argument, not a fixed 1e-7: "
      "theta_plus = theta + epsilon, theta_minus = theta - epsilon"), _fixed_epsilon),
]


# --- gradient_check_n: the check of the network ------------------------------------------------


def _cost(X: np.ndarray, Y: np.ndarray, theta: np.ndarray, shapes: list) -> float:
    return forward_propagation_n(X, Y, vector_to_dictionary(theta, shapes))[0]


def _check_n(parameters: Parameters, gradients: Parameters, X: np.ndarray, Y: np.ndarray,
             epsilon: float, *, how: str) -> float:
    """gradient_check_n with one usual mistake, chosen by ``how``."""
    values, shapes = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    n = values.shape[0]
    gradapprox = np.zeros(n) if how == "rank-1" else np.zeros((n, 1))
    J = _cost(X, Y, values, shapes)
    plus_once, minus_once = np.copy(values), np.copy(values)
    for i in range(n):
        if how == "all at once":
            theta_plus, theta_minus = values + epsilon, values - epsilon
        elif how == "copies once":
            plus_once[i] += epsilon
            minus_once[i] -= epsilon
            theta_plus, theta_minus = plus_once, minus_once
        else:
            theta_plus = values if how == "no copy" else np.copy(values)
            theta_plus[i] += epsilon
            theta_minus = np.copy(values)
            theta_minus[i] -= epsilon
        J_plus = _cost(X, Y, theta_plus, shapes)
        if how == "one-sided":
            gradapprox[i] = (J_plus - J) / epsilon
            continue
        J_minus = _cost(X, Y, theta_minus, shapes)
        gradapprox[i] = (J_plus - J_minus) / (epsilon if how == "no 2" else 2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    if how == "norm of sum":
        return numerator / np.linalg.norm(grad + gradapprox)
    return numerator / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))


def _check_n_mistake(how: str) -> Callable[..., float]:
    def wrong(parameters: Parameters, gradients: Parameters, X: np.ndarray, Y: np.ndarray,
              epsilon: float = 1e-7) -> float:
        return _check_n(parameters, gradients, X, Y, epsilon, how=how)
    return wrong


GRADIENT_CHECK_N: list[Mistake] = [
    (("this is a one-sided difference; the centered one is more accurate: "
      "gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)"), _check_n_mistake("one-sided")),
    (("theta_plus and theta_minus are 2 * epsilon apart: "
      "gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)"), _check_n_mistake("no 2")),
    (("the denominator is the sum of the two norms, not the norm of the sum: "
      "np.linalg.norm(grad) + np.linalg.norm(gradapprox)"), _check_n_mistake("norm of sum")),
    (("theta_plus and theta_minus must be fresh copies for each i, "
      "theta_plus = np.copy(parameters_values): without a copy the shifts stay in "
      "parameters_values"), _check_n_mistake("no copy")),
    (("copy parameters_values inside the loop, for each i: copies made once keep the shifts of "
      "the earlier parameters, theta_plus = np.copy(parameters_values); "
      "theta_plus[i] += epsilon"), _check_n_mistake("copies once")),
    (("shift one parameter at a time: theta_plus[i] += epsilon changes only entry i, "
      "parameters_values + epsilon changes them all"), _check_n_mistake("all at once")),
    (("gradapprox is rank-1, so grad - gradapprox broadcasts to (n, n): "
      "gradapprox = np.zeros((num_parameters, 1))"), _check_n_mistake("rank-1")),
]


MISTAKES: dict[str, list[Mistake]] = {
    "forward_propagation": FORWARD,
    "backward_propagation": BACKWARD,
    "gradient_check": GRADIENT_CHECK,
    "gradient_check_n": GRADIENT_CHECK_N,
}

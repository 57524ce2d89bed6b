"""Given activations of the deep-network assignments, as forward/backward pairs with caches.

``sigmoid(Z)`` and ``relu(Z)`` return ``(A, cache)`` with ``cache = Z``; ``sigmoid_backward(dA,
cache)`` and ``relu_backward(dA, cache)`` return ``dZ``. ``ACTIVATIONS`` maps a name to its pair.
Given code (C1W4A1 onwards): no exercise asks for these. Shapes: any, elementwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

# --- activations: forward (A, cache=Z) and backward (dZ) -------------------------------------


def sigmoid(Z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sigmoid 1 / (1 + exp(-Z)) elementwise.

    Arguments:
    Z -- pre-activation, any shape
    Returns:
    A -- sigmoid(Z), same shape as Z; cache -- Z, for the backward pass
    """
    return 1.0 / (1.0 + np.exp(-Z)), Z


def relu(Z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ReLU max(0, Z) elementwise.

    Arguments:
    Z -- pre-activation, any shape
    Returns:
    A -- max(0, Z), same shape as Z; cache -- Z, for the backward pass
    """
    return np.maximum(0.0, Z), Z


def sigmoid_backward(dA: np.ndarray, cache: np.ndarray) -> np.ndarray:
    """Backward pass of a sigmoid unit: dZ = dA * s * (1 - s) with s = sigmoid(Z).

    Arguments:
    dA -- gradient of the cost with respect to the activation A, shape (n, m)
    cache -- Z, shape (n, m)
    Returns:
    dZ -- gradient of the cost with respect to Z, shape (n, m)
    """
    s = 1.0 / (1.0 + np.exp(-cache))
    return dA * s * (1.0 - s)


def relu_backward(dA: np.ndarray, cache: np.ndarray) -> np.ndarray:
    """Backward pass of a ReLU unit: dZ = dA where Z > 0, else 0 (we take the slope at 0 as 0).

    Arguments:
    dA -- gradient of the cost with respect to the activation A, shape (n, m)
    cache -- Z, shape (n, m)
    Returns:
    dZ -- gradient of the cost with respect to Z, shape (n, m)
    """
    return dA * (cache > 0)


ACTIVATIONS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "relu": (relu, relu_backward),
    "sigmoid": (sigmoid, sigmoid_backward),
}

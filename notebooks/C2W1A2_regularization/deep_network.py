"""Given code for C2W1A2_regularization:
functions you wrote in C1W4A1_deep_network_step_by_step, as the course wrote them.

Generated from the answer key by `python -m grading derive`; do not edit.
"""

import numpy as np


def initialize_parameters_deep(layer_dims, seed=1):
    """
    Create the parameters of an L-layer network, He-style.

    Arguments:
    layer_dims -- list [n_x, n_1, ..., n_L] of the sizes of the input and of each layer
    seed -- seed of the random generator

    Returns:
    parameters -- dictionary {"W1", "b1", ..., "WL", "bL"}:
                  "Wl" has shape (layer_dims[l], layer_dims[l - 1]), "bl" shape (layer_dims[l], 1)
    """
    rng = np.random.RandomState(seed)  # draw W1, W2, ..., WL from rng, in this order
    parameters = {}
    L = len(layer_dims) - 1  # number of layers with parameters

    for l in range(1, L + 1):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        parameters["W" + str(l)] = rng.randn(n, n_prev) * np.sqrt(2 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))

    return parameters


def update_parameters(parameters, grads, learning_rate):
    """
    One step of gradient descent on every layer.

    Arguments:
    parameters -- dictionary {"W1", "b1", ..., "WL", "bL"}; not modified
    grads -- dictionary with "dW1", "db1", ..., "dWL", "dbL" (of the same shapes) and "dA..."
    learning_rate -- step size alpha

    Returns:
    updated -- dictionary {"W1", "b1", ..., "WL", "bL"} with the new parameters
    """
    updated = {}
    L = len(parameters) // 2  # number of layers

    for l in range(1, L + 1):
        updated["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        updated["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return updated

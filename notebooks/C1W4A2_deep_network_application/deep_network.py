"""Given code for C1W4A2_deep_network_application:
functions you wrote in C1W4A1_deep_network_step_by_step, as the course wrote them.

Generated from the answer key by `python -m grading derive`; do not edit.
"""

import numpy as np

from helpers.activations import relu, relu_backward, sigmoid, sigmoid_backward


def initialize_parameters(n_x, n_h, n_y, seed=1):
    """
    Create the parameters of a 2-layer network, He-style.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer
    seed -- seed of the random generator

    Returns:
    parameters -- dictionary {"W1": shape (n_h, n_x), "b1": shape (n_h, 1),
                              "W2": shape (n_y, n_h), "b2": shape (n_y, 1)}
    """
    rng = np.random.RandomState(seed)  # draw W1, then W2, from rng

    W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)
    b1 = np.zeros((n_h, 1))
    W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_h)
    b2 = np.zeros((n_y, 1))

    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


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


def linear_forward(A, W, b):
    """
    The linear part of a layer's forward pass: Z = W A + b.

    Arguments:
    A -- activations of the previous layer (or the input X), shape (n_prev, m)
    W -- weights, shape (n, n_prev)
    b -- bias, shape (n, 1)

    Returns:
    Z -- the pre-activation, shape (n, m)
    cache -- the tuple (A, W, b), for the backward pass
    """
    Z = W @ A + b
    cache = (A, W, b)
    return Z, cache


def linear_activation_forward(A_prev, W, b, activation):
    """
    The forward pass of one layer: LINEAR -> ACTIVATION.

    Arguments:
    A_prev -- activations of the previous layer (or the input X), shape (n_prev, m)
    W -- weights, shape (n, n_prev)
    b -- bias, shape (n, 1)
    activation -- "sigmoid" or "relu"

    Returns:
    A -- the activations of this layer, shape (n, m)
    cache -- the tuple (linear_cache, activation_cache): ((A_prev, W, b), Z), Z of shape (n, m)
    """
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    cache = (linear_cache, activation_cache)
    return A, cache


def L_model_forward(X, parameters):
    """
    The forward pass [LINEAR -> RELU] * (L - 1) -> LINEAR -> SIGMOID.

    Arguments:
    X -- inputs, shape (n_x, m)
    parameters -- dictionary {"W1", "b1", ..., "WL", "bL"} (see initialize_parameters_deep)

    Returns:
    AL -- the output probabilities, shape (1, m)
    caches -- list of the L caches of linear_activation_forward, layer 1 first
    """
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)],
                                             parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)],
                                          "sigmoid")
    caches.append(cache)

    return AL, caches


def compute_cost(AL, Y):
    """
    The cross-entropy cost.

    Arguments:
    AL -- predicted probabilities, shape (1, m)
    Y -- true labels, 0 or 1, shape (1, m)

    Returns:
    cost -- the cross-entropy cost J, a number
    """
    m = Y.shape[1]

    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m

    return cost


def linear_backward(dZ, cache):
    """
    The backward pass of the linear part of one layer.

    Arguments:
    dZ -- gradient of the cost with respect to Z of this layer, shape (n, m)
    cache -- the tuple (A_prev, W, b) returned by linear_forward

    Returns:
    dA_prev -- gradient with respect to the previous layer's activations, shape (n_prev, m)
    dW -- gradient with respect to W, shape (n, n_prev)
    db -- gradient with respect to b, shape (n, 1)
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ

    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """
    The backward pass of one layer: LINEAR -> ACTIVATION.

    Arguments:
    dA -- gradient of the cost with respect to this layer's activations, shape (n, m)
    cache -- the tuple (linear_cache, activation_cache) returned by linear_activation_forward
    activation -- "sigmoid" or "relu"

    Returns:
    dA_prev -- gradient with respect to the previous layer's activations, shape (n_prev, m)
    dW -- gradient with respect to W, shape (n, n_prev)
    db -- gradient with respect to b, shape (n, 1)
    """
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    dA_prev, dW, db = linear_backward(dZ, linear_cache)

    return dA_prev, dW, db


def L_model_backward(AL, Y, caches):
    """
    The backward pass of [LINEAR -> RELU] * (L - 1) -> LINEAR -> SIGMOID and the cross-entropy.

    Arguments:
    AL -- output probabilities of L_model_forward, shape (1, m)
    Y -- true labels, 0 or 1, shape (1, m)
    caches -- list of the L caches of L_model_forward, layer 1 first

    Returns:
    grads -- dictionary with, for l = 1, ..., L:
             "dA" + str(l - 1): shape (n_{l-1}, m), "dW" + str(l): shape (n_l, n_{l-1}),
             "db" + str(l): shape (n_l, 1)
    """
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA_prev, dW, db
    for l in range(L - 1, 0, -1):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)], grads["dW" + str(l)], grads["db" + str(l)] = dA_prev, dW, db

    return grads


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

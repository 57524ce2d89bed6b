"""Given code for C2W1A1_initialization:
functions you wrote in C1W4A1_deep_network_step_by_step, as the course wrote them.

Generated from the answer key by `python -m grading derive`; do not edit.
"""




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

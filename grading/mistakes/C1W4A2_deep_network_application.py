"""Wrong and correct implementations of the graded functions of C1W4A2 (deep network application).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np`` and the building blocks
imported from ``helpers.reference.deep_network``). Every WRONG entry must lose the points of its
own function and no others; every CORRECT entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "two_layer_model": {
        "forgets to keep the result of update_parameters": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "records the cost at every iteration": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    parameters = update_parameters(parameters, grads, learning_rate)
                    costs.append(cost)
                return parameters, costs
            """),
        "own initialization with the small scale 0.01": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                rng = np.random.RandomState(1)
                parameters = {"W1": rng.randn(n_h, n_x) * 0.01, "b1": np.zeros((n_h, 1)),
                              "W2": rng.randn(n_y, n_h) * 0.01, "b2": np.zeros((n_y, 1))}
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "starts the backward pass from A2 - Y (that is dZ2, not dA2)": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = A2 - Y
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "relu output layer and sigmoid hidden layer": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "sigmoid")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "relu")
                    A2 = np.clip(A2, 1e-12, 1 - 1e-12)
                    cost = compute_cost(A2, Y)
                    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "relu")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "sigmoid")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "ignores the learning_rate argument (always 0.0075)": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
                    dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
                    dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
                    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                    parameters = update_parameters(parameters, grads, 0.0075)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
    },
    "L_layer_model": {
        "forgets to keep the result of update_parameters": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(layers_dims)
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "records the cost when i % 100 == 99 (after 100 steps, not at 0)": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(layers_dims)
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 99:
                        costs.append(cost)
                return parameters, costs
            """),
        "records the cost every 10 iterations": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(layers_dims)
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 10 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "own initialization with Xavier's scale sqrt(1 / n_prev)": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                rng = np.random.RandomState(1)
                parameters = {}
                for l in range(1, len(layers_dims)):
                    parameters["W" + str(l)] = (rng.randn(layers_dims[l], layers_dims[l - 1])
                                                / np.sqrt(layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "relu output layer in a hand-written forward pass": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(layers_dims)
                L = len(layers_dims) - 1
                for i in range(num_iterations):
                    A, caches = X, []
                    for l in range(1, L + 1):
                        A, cache = linear_activation_forward(A, parameters["W" + str(l)],
                                                             parameters["b" + str(l)], "relu")
                        caches.append(cache)
                    AL = np.clip(A, 1e-12, 1 - 1e-12)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "re-initializes the parameters in every iteration": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                for i in range(num_iterations):
                    parameters = initialize_parameters_deep(layers_dims)
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
    },
}

CORRECT = {
    "two_layer_model": {
        "with L_model_forward and L_model_backward": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                n_x, n_h, n_y = layers_dims
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                        if print_cost:
                            print("Cost after iteration", i, ":", cost)
                return parameters, costs
            """),
        "initialize_parameters_deep([n_x, n_h, n_y]) and a grads dict with dA entries": _src("""
            def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(list(layers_dims))
                for i in range(num_iterations):
                    A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"],
                                                           "relu")
                    A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"],
                                                           "sigmoid")
                    cost = compute_cost(A2, Y)
                    dA2 = -(Y / A2 - (1 - Y) / (1 - A2))
                    grads = {}
                    grads["dA1"], grads["dW2"], grads["db2"] = linear_activation_backward(
                        dA2, cache2, "sigmoid")
                    grads["dA0"], grads["dW1"], grads["db1"] = linear_activation_backward(
                        grads["dA1"], cache1, "relu")
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if not i % 100:
                        costs.append(cost)
                return parameters, costs
            """),
    },
    "L_layer_model": {
        "costs as NumPy floats, recorded before the update": _src("""
            def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False):
                costs = []
                parameters = initialize_parameters_deep(layers_dims)
                for i in range(num_iterations):
                    AL, caches = L_model_forward(X, parameters)
                    if i % 100 == 0:
                        costs.append(np.float64(compute_cost(AL, Y)))
                        if print_cost:
                            print(f"Cost after iteration {i}: {costs[-1]:f}")
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                return parameters, costs
            """),
    },
}

# For some WRONG entries: words the hint line of the failing graded cell must contain (see
# tests/test_mistake_hints.py; the hints come from helpers/mistakes/c1w4a2.py).
HINTS = {
    "two_layer_model": {
        "forgets to keep the result of update_parameters": "keep the result of update_parameters",
        "records the cost at every iteration": "recorded at every iteration",
        "own initialization with the small scale 0.01": "the weights start too small",
        "starts the backward pass from A2 - Y (that is dZ2, not dA2)": "A2 - Y is dZ2, not dA2",
        "relu output layer and sigmoid hidden layer": "the activations are swapped",
        "ignores the learning_rate argument (always 0.0075)": "learning_rate is ignored",
    },
    "L_layer_model": {
        "forgets to keep the result of update_parameters": "keep the result of update_parameters",
        "records the cost when i % 100 == 99 (after 100 steps, not at 0)":
            "the costs are recorded after 100 steps",
        "records the cost every 10 iterations": "every 10 iterations",
        "own initialization with Xavier's scale sqrt(1 / n_prev)": "Xavier's scale",
        "relu output layer in a hand-written forward pass": "relu on the output layer",
        "re-initializes the parameters in every iteration": "initialize once, before the loop",
    },
}

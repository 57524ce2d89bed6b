"""Wrong and correct implementations of the graded functions of C1W4A2 (deep network application).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np`` and the building blocks
imported from the given module ``deep_network``, C1W4A1's answer key). Every WRONG entry must lose
the points of its own function and no others; every CORRECT entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "two_layer_model": {
        "forgets to keep the result of update_parameters": _src("""
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                rng = np.random.RandomState(seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
        "ignores the seed (always initializes with seed 1)": _src("""
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
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
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
    },
    "L_layer_model": {
        "forgets to keep the result of update_parameters": _src("""
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims, seed)
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims, seed)
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims, seed)
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                rng = np.random.RandomState(seed)
                parameters = {}
                for l in range(1, len(layer_dims)):
                    parameters["W" + str(l)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                / np.sqrt(layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims, seed)
                L = len(layer_dims) - 1
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                for i in range(num_iterations):
                    parameters = initialize_parameters_deep(layer_dims, seed)
                    AL, caches = L_model_forward(X, parameters)
                    cost = compute_cost(AL, Y)
                    grads = L_model_backward(AL, Y, caches)
                    parameters = update_parameters(parameters, grads, learning_rate)
                    if i % 100 == 0:
                        costs.append(cost)
                return parameters, costs
            """),
        "ignores the seed (always initializes with seed 1)": _src("""
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims)
                for i in range(num_iterations):
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                n_x, n_h, n_y = layer_dims
                parameters = initialize_parameters(n_x, n_h, n_y, seed)
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
            def two_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                                print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(list(layer_dims), seed)
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
            def L_layer_model(X, Y, layer_dims, learning_rate=0.0075, num_iterations=3000,
                              print_cost=False, seed=1):
                costs = []
                parameters = initialize_parameters_deep(layer_dims, seed)
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

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader).
HINTS = {
    "two_layer_model": {
        "forgets to keep the result of update_parameters":
            ("the cost never goes down: keep the result of update_parameters, parameters = "
             "update_parameters(parameters, grads, learning_rate), and initialize once, before the "
             "loop"),
        "records the cost at every iteration":
            "the cost is recorded at every iteration: append it only when i % 100 == 0",
        "own initialization with the small scale 0.01":
            ("the weights start too small: use the given initialize_parameters(n_x, n_h, n_y, "
             "seed), which scales them by np.sqrt(2 / n_prev), not by 0.01"),
        "starts the backward pass from A2 - Y (that is dZ2, not dA2)":
            ("A2 - Y is dZ2, not dA2: the backward pass starts from dA2 = -(np.divide(Y, A2) - "
             "np.divide(1 - Y, 1 - A2))"),
        "relu output layer and sigmoid hidden layer":
            ('the activations are swapped: LINEAR -> RELU -> LINEAR -> SIGMOID, "relu" for the '
             'hidden layer and "sigmoid" for the output'),
        "ignores the learning_rate argument (always 0.0075)":
            ("learning_rate is ignored: update_parameters(parameters, grads, learning_rate) with "
             "the learning_rate passed in"),
        "ignores the seed (always initializes with seed 1)":
            ("the seed is ignored: hand it to the initialization, "
             "initialize_parameters(n_x, n_h, n_y, seed)"),
    },
    "L_layer_model": {
        "forgets to keep the result of update_parameters":
            ("the cost never goes down: keep the result of update_parameters, parameters = "
             "update_parameters(parameters, grads, learning_rate), and initialize once, before the "
             "loop"),
        "records the cost when i % 100 == 99 (after 100 steps, not at 0)":
            ("the costs are recorded after 100 steps: append the cost when i % 100 == 0, starting "
             "at iteration 0"),
        "records the cost every 10 iterations":
            "the cost is recorded every 10 iterations: append it only when i % 100 == 0",
        "own initialization with Xavier's scale sqrt(1 / n_prev)":
            ("the weights start with Xavier's scale: use the given "
             "initialize_parameters_deep(layer_dims, seed), which scales them by "
             "np.sqrt(2 / n_prev)"),
        "relu output layer in a hand-written forward pass":
            ('relu on the output layer: the last layer uses "sigmoid", e.g. AL, caches = '
             "L_model_forward(X, parameters)"),
        "re-initializes the parameters in every iteration":
            ("the cost never goes down: keep the result of update_parameters, parameters = "
             "update_parameters(parameters, grads, learning_rate), and initialize once, before the "
             "loop"),
        "ignores the seed (always initializes with seed 1)":
            ("the seed is ignored: hand it to the initialization, "
             "initialize_parameters_deep(layer_dims, seed)"),
    },
}

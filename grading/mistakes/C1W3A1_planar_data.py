"""Wrong and correct implementations of the graded functions of C1W3A1 (one hidden layer).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``, ``sigmoid``) and on the
other graded functions. Every WRONG entry must lose the points of its own function and no others;
every CORRECT entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "layer_sizes": {
        "n_x from X.shape[1], the number of examples": _src("""
            def layer_sizes(X, Y):
                n_x = X.shape[1]
                n_h = 4
                n_y = Y.shape[0]
                return (n_x, n_h, n_y)
            """),
        "n_y from Y.shape[1], the number of examples": _src("""
            def layer_sizes(X, Y):
                n_x = X.shape[0]
                n_h = 4
                n_y = Y.shape[1]
                return (n_x, n_h, n_y)
            """),
        "hidden layer as wide as the input: n_h = n_x": _src("""
            def layer_sizes(X, Y):
                n_x = X.shape[0]
                n_h = n_x
                n_y = Y.shape[0]
                return (n_x, n_h, n_y)
            """),
        "n_y hard-coded to 1": _src("""
            def layer_sizes(X, Y):
                n_x = X.shape[0]
                n_h = 4
                n_y = 1
                return (n_x, n_h, n_y)
            """),
        "sizes returned in the wrong order (n_x, n_y, n_h)": _src("""
            def layer_sizes(X, Y):
                n_x = X.shape[0]
                n_h = 4
                n_y = Y.shape[0]
                return (n_x, n_y, n_h)
            """),
    },
    "initialize_parameters": {
        "weights not scaled: randn without * 0.01": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.randn(n_h, n_x)
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "biases random instead of zeros": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.randn(n_h, n_x) * 0.01
                b1 = np.random.randn(n_h, 1) * 0.01
                W2 = np.random.randn(n_y, n_h) * 0.01
                b2 = np.random.randn(n_y, 1) * 0.01
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "transposed weights: W1 (n_x, n_h), W2 (n_h, n_y)": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.randn(n_x, n_h) * 0.01
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_h, n_y) * 0.01
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "all-zero weights: the symmetry is never broken": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.zeros((n_h, n_x))
                b1 = np.zeros((n_h, 1))
                W2 = np.zeros((n_y, n_h))
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "uniform np.random.rand instead of normal randn": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.rand(n_h, n_x) * 0.01
                b1 = np.zeros((n_h, 1))
                W2 = np.random.rand(n_y, n_h) * 0.01
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "rank-1 biases np.zeros(n_h)": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.randn(n_h, n_x) * 0.01
                b1 = np.zeros(n_h)
                W2 = np.random.randn(n_y, n_h) * 0.01
                b2 = np.zeros(n_y)
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "scaled by 0.1 instead of 0.01": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.randn(n_h, n_x) * 0.1
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h) * 0.1
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "one random row repeated for every hidden unit": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.ones((n_h, 1)) * np.random.randn(1, n_x) * 0.01
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h) * 0.01
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
    },
    "forward_propagation": {
        "ReLU instead of tanh in the hidden layer": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = np.maximum(0, Z1)
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "sigmoid in the hidden layer too": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = sigmoid(Z1)
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "forgot the biases": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X
                A1 = np.tanh(Z1)
                Z2 = parameters["W2"] @ A1
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "tanh at the output instead of sigmoid": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = np.tanh(Z1)
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = np.tanh(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "output layer fed with X instead of A1 (W2 @ Z1)": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = np.tanh(Z1)
                Z2 = parameters["W2"] @ Z1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "transposed product W1.T @ X": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"].T @ X + parameters["b1"]
                A1 = np.tanh(Z1)
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "cache without Z1 and Z2": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = np.tanh(Z1)
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"A1": A1, "A2": A2}
            """),
    },
    "compute_cost": {
        "forgot the minus sign": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                return np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
            """),
        "forgot 1/m: summed, not averaged": _src("""
            def compute_cost(A2, Y):
                return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
            """),
        "only the y log a term": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                return -np.sum(Y * np.log(A2)) / m
            """),
        "log(A2) in both terms": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(A2)) / m
            """),
        "cost left as a (1, 1) array from np.dot": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                return -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
            """),
        "squared error instead of cross-entropy": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                return np.sum((A2 - Y) ** 2) / m
            """),
    },
    "backward_propagation": {
        "tanh slope written 1 - A1 instead of 1 - A1 ** 2": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "db1 and db2 summed without keepdims: rank-1 arrays": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=1) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "forgot 1/m in dW1 and dW2": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
                dW1 = dZ1 @ X.T
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "dZ2 = Y - A2: every gradient with the wrong sign": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = Y - A2
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "dW1 transposed: X @ dZ1.T of shape (n_x, n_h)": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
                dW1 = X @ dZ1.T / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "tanh slope taken of Z1: 1 - Z1 ** 2": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - Z1 ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "db summed over the hidden units (axis=0) instead of the examples": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=0, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=0, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "matrix product instead of elementwise with the tanh slope": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = dZ2 @ A1.T / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dZ1 = (parameters["W2"].T @ dZ2) @ (1 - A1 ** 2).T @ (1 - A1 ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
    },
    "update_parameters": {
        "gradient ascent: W1 + learning_rate * dW1": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                new = {}
                for name in ("W1", "b1", "W2", "b2"):
                    new[name] = parameters[name] + learning_rate * grads["d" + name]
                return new
            """),
        "learning_rate ignored: always 1.2": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                new = {}
                for name in ("W1", "b1", "W2", "b2"):
                    new[name] = parameters[name] - 1.2 * grads["d" + name]
                return new
            """),
        "in place, W1 -= ...: the caller's arrays change too": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                W1, b1 = parameters["W1"], parameters["b1"]
                W2, b2 = parameters["W2"], parameters["b2"]
                W1 -= learning_rate * grads["dW1"]
                b1 -= learning_rate * grads["db1"]
                W2 -= learning_rate * grads["dW2"]
                b2 -= learning_rate * grads["db2"]
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "biases not updated": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                W1 = parameters["W1"] - learning_rate * grads["dW1"]
                W2 = parameters["W2"] - learning_rate * grads["dW2"]
                return {"W1": W1, "b1": parameters["b1"], "W2": W2, "b2": parameters["b2"]}
            """),
        "learning rate left out: W1 - dW1": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                new = {}
                for name in ("W1", "b1", "W2", "b2"):
                    new[name] = parameters[name] - grads["d" + name]
                return new
            """),
    },
    "nn_model": {
        "ignores n_h: uses the 4 from layer_sizes": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, n_h_default, n_y = layer_sizes(X, Y)
                parameters = initialize_parameters(n_x, n_h_default, n_y)
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads)
                return parameters
            """),
        "result of update_parameters thrown away: never learns": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, _, n_y = layer_sizes(X, Y)
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    update_parameters(parameters, grads)
                return parameters
            """),
        "one iteration too few: range(num_iterations - 1)": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, _, n_y = layer_sizes(X, Y)
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations - 1):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads)
                return parameters
            """),
        "initializes inside the loop: starts over at every iteration": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, _, n_y = layer_sizes(X, Y)
                for i in range(num_iterations):
                    parameters = initialize_parameters(n_x, n_h, n_y)
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads)
                return parameters
            """),
        "n_x and n_y swapped in initialize_parameters": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, _, n_y = layer_sizes(X, Y)
                parameters = initialize_parameters(n_y, n_h, n_x)
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads)
                return parameters
            """),
        "learning rate 0.01 passed to update_parameters instead of the default 1.2": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x, _, n_y = layer_sizes(X, Y)
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads, learning_rate=0.01)
                return parameters
            """),
    },
    "predict": {
        "returns the probabilities A2, not labels": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return A2
            """),
        "threshold 0 instead of 0.5: A2 > 0": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return (A2 > 0).astype(float)
            """),
        "labels swapped: 1 where A2 < 0.5": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return (A2 < 0.5).astype(float)
            """),
        "threshold 0.5 applied to Z2 instead of A2": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return (cache["Z2"] > 0.5).astype(float)
            """),
        "rank-1 result of shape (m,)": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return (A2[0] > 0.5).astype(float)
            """),
    },
}

CORRECT = {
    "layer_sizes": {
        "len(X) and len(Y), returned as a list": _src("""
            def layer_sizes(X, Y):
                return [len(X), 4, len(Y)]
            """),
        "NumPy integers from np.shape": _src("""
            def layer_sizes(X, Y):
                n_x = np.int64(np.shape(X)[0])
                n_y = np.int64(np.shape(Y)[0])
                return n_x, 4, n_y
            """),
    },
    "initialize_parameters": {
        "W2 drawn before W1 (another correct draw)": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W2 = np.random.randn(n_y, n_h) * 0.01
                W1 = np.random.randn(n_h, n_x) * 0.01
                return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
            """),
        "np.random.normal(0, 0.01, size)": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.normal(0.0, 0.01, size=(n_h, n_x))
                b1 = np.zeros((n_h, 1))
                W2 = np.random.normal(0.0, 0.01, size=(n_y, n_h))
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "a fresh np.random.default_rng() Generator": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                rng = np.random.default_rng()
                W1 = rng.standard_normal((n_h, n_x)) * 0.01
                W2 = rng.standard_normal((n_y, n_h)) * 0.01
                return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
            """),
        "biases as float zeros from np.zeros_like of a slice": _src("""
            def initialize_parameters(n_x, n_h, n_y):
                W1 = np.random.standard_normal((n_h, n_x)) / 100
                W2 = np.random.standard_normal((n_y, n_h)) / 100
                b1 = np.zeros_like(W1[:, :1])
                b2 = np.zeros_like(W2[:, :1])
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
    },
    "forward_propagation": {
        "np.dot and an inline sigmoid": _src("""
            def forward_propagation(X, parameters):
                W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
                Z1 = np.dot(W1, X) + b1
                A1 = np.tanh(Z1)
                Z2 = np.dot(W2, A1) + b2
                A2 = 1 / (1 + np.exp(-Z2))
                cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
                return A2, cache
            """),
        "tanh written as 2 * sigmoid(2z) - 1": _src("""
            def forward_propagation(X, parameters):
                Z1 = parameters["W1"] @ X + parameters["b1"]
                A1 = 2 * sigmoid(2 * Z1) - 1
                Z2 = parameters["W2"] @ A1 + parameters["b2"]
                A2 = sigmoid(Z2)
                return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            """),
        "np.matmul and np.add": _src("""
            def forward_propagation(X, parameters):
                Z1 = np.add(np.matmul(parameters["W1"], X), parameters["b1"])
                A1 = np.tanh(Z1)
                Z2 = np.add(np.matmul(parameters["W2"], A1), parameters["b2"])
                A2 = sigmoid(Z2)
                return A2, dict(Z1=Z1, A1=A1, Z2=Z2, A2=A2)
            """),
    },
    "compute_cost": {
        "np.dot, then np.squeeze to a 0-d array": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
                return np.squeeze(cost)
            """),
        "np.mean and float()": _src("""
            def compute_cost(A2, Y):
                return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))
            """),
        "np.multiply, logprobs and 1 / m in front": _src("""
            def compute_cost(A2, Y):
                m = Y.shape[1]
                logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
                cost = -1 / m * np.sum(logprobs)
                return cost
            """),
    },
    "backward_propagation": {
        "np.dot and np.power": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                W2 = parameters["W2"]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dW2 = 1 / m * np.dot(dZ2, A1.T)
                db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
                dZ1 = np.multiply(np.dot(W2.T, dZ2), 1 - np.power(A1, 2))
                dW1 = 1 / m * np.dot(dZ1, X.T)
                db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "tanh slope recomputed from Z1": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                dZ2 = cache["A2"] - Y
                dW2 = dZ2 @ cache["A1"].T / m
                db2 = dZ2.sum(axis=1, keepdims=True) / m
                dZ1 = parameters["W2"].T @ dZ2 * (1 - np.tanh(cache["Z1"]) ** 2)
                dW1 = dZ1 @ X.T / m
                db1 = dZ1.sum(axis=1, keepdims=True) / m
                return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            """),
        "np.mean with keepdims for the biases": _src("""
            def backward_propagation(parameters, cache, X, Y):
                m = X.shape[1]
                A1, A2 = cache["A1"], cache["A2"]
                dZ2 = A2 - Y
                dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 * A1)
                return {"dW1": dZ1 @ X.T / m, "db1": np.mean(dZ1, axis=1, keepdims=True),
                        "dW2": dZ2 @ A1.T / m, "db2": np.mean(dZ2, axis=1, keepdims=True)}
            """),
    },
    "update_parameters": {
        "copy.deepcopy, then in place on the copy": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                import copy
                parameters = copy.deepcopy(parameters)
                for name in ("W1", "b1", "W2", "b2"):
                    parameters[name] -= learning_rate * grads["d" + name]
                return parameters
            """),
        "keys of the dict passed in rebound to new arrays": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                for name in ("W1", "b1", "W2", "b2"):
                    parameters[name] = parameters[name] - learning_rate * grads["d" + name]
                return parameters
            """),
        "dict comprehension": _src("""
            def update_parameters(parameters, grads, learning_rate=1.2):
                return {k: v - learning_rate * grads["d" + k] for k, v in parameters.items()}
            """),
    },
    "nn_model": {
        "sizes by index and learning_rate=1.2 passed explicitly": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                sizes = layer_sizes(X, Y)
                parameters = initialize_parameters(sizes[0], n_h, sizes[2])
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads, learning_rate=1.2)
                    if print_cost and i % 1000 == 0:
                        print(f"Cost after iteration {i}: {cost:f}")
                return parameters
            """),
        "sizes from X.shape and Y.shape, cost not computed when not printed": _src("""
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                parameters = initialize_parameters(X.shape[0], n_h, Y.shape[0])
                for i in range(num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    if print_cost and i % 1000 == 0:
                        print(f"Cost after iteration {i}: {compute_cost(A2, Y):f}")
                    parameters = update_parameters(parameters,
                                                   backward_propagation(parameters, cache, X, Y))
                return parameters
            """),
    },
    "predict": {
        "np.round of A2": _src("""
            def predict(parameters, X):
                A2, cache = forward_propagation(X, parameters)
                return np.round(A2)
            """),
        "boolean array A2 > 0.5": _src("""
            def predict(parameters, X):
                A2, _ = forward_propagation(X, parameters)
                return A2 > 0.5
            """),
        "np.where with ints": _src("""
            def predict(parameters, X):
                A2 = forward_propagation(X, parameters)[0]
                return np.where(A2 > 0.5, 1, 0)
            """),
    },
}

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader). The
# hints of initialize_parameters and of the in-place update come from the checks of their graded
# cells (properties: random weights, arrays left unchanged), which name these mistakes themselves.
HINTS = {
    "layer_sizes": {
        "n_x from X.shape[1], the number of examples":
            ("n_x counts the features, the rows of X: n_x = X.shape[0] (X.shape[1] counts the "
             "examples)"),
        "n_y from Y.shape[1], the number of examples":
            ("n_y counts the outputs, the rows of Y: n_y = Y.shape[0] (Y.shape[1] counts the "
             "examples)"),
        "hidden layer as wide as the input: n_h = n_x":
            "the hidden layer has 4 units whatever the input: n_h = 4",
        "n_y hard-coded to 1":
            "n_y is the number of rows of Y, not always 1: n_y = Y.shape[0]",
        "sizes returned in the wrong order (n_x, n_y, n_h)":
            "the sizes are in the wrong order: return (n_x, n_h, n_y)",
    },
    "initialize_parameters": {
        "transposed weights: W1 (n_x, n_h), W2 (n_h, n_y)":
            ("the weights are transposed: W1 = np.random.randn(n_h, n_x) * 0.01 has one row per "
             "hidden unit, W2 = np.random.randn(n_y, n_h) * 0.01 one row per output"),
        "rank-1 biases np.zeros(n_h)":
            ("the biases are rank-1 arrays: make them columns, b1 = np.zeros((n_h, 1)) and b2 = "
             "np.zeros((n_y, 1))"),
        "weights not scaled: randn without * 0.01":
            "multiply the standard normal numbers by 0.01",
        "all-zero weights: the symmetry is never broken":
            "draw random weights, np.random.randn(rows, columns) * 0.01",
        "uniform np.random.rand instead of normal randn":
            "use np.random.randn (normal), not np.random.rand (uniform on [0, 1))",
    },
    "forward_propagation": {
        "ReLU instead of tanh in the hidden layer":
            "ReLU in the hidden layer: this network uses A1 = np.tanh(Z1)",
        "sigmoid in the hidden layer too":
            ("the sigmoid in the hidden layer: this network uses A1 = np.tanh(Z1), the sigmoid "
             "only for the output A2 = sigmoid(Z2)"),
        "forgot the biases":
            "the biases are missing: Z1 = W1 @ X + b1 and Z2 = W2 @ A1 + b2",
        "tanh at the output instead of sigmoid":
            "tanh at the output: the output is a probability, A2 = sigmoid(Z2)",
        "output layer fed with X instead of A1 (W2 @ Z1)":
            ("the output layer takes the activations, not the pre-activations: Z2 = W2 @ A1 + b2,"
             " not W2 @ Z1 + b2"),
        "cache without Z1 and Z2":
            ('the backward pass needs all four in the cache: cache = {"Z1": Z1, "A1": A1, "Z2": '
             'Z2, "A2": A2}'),
    },
    "compute_cost": {
        "forgot the minus sign":
            ("the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(A2) + (1 - Y) * "
             "np.log(1 - A2))"),
        "forgot 1/m: summed, not averaged":
            "the cost is summed, not averaged: divide by m, J = -(1 / m) * np.sum(...)",
        "only the y log a term":
            ("the (1 - Y) * np.log(1 - A2) term is missing: J = -(1 / m) * np.sum(Y * np.log(A2) "
             "+ (1 - Y) * np.log(1 - A2))"),
        "log(A2) in both terms":
            "log(A2) in both terms: the second one is (1 - Y) * np.log(1 - A2)",
        "squared error instead of cross-entropy":
            ("this is the squared error: the cost here is the cross-entropy, J = -(1 / m) * "
             "np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))"),
    },
    "backward_propagation": {
        "tanh slope written 1 - A1 instead of 1 - A1 ** 2":
            ("the slope of tanh is 1 - A1 ** 2 (with A1 = tanh(Z1)), not 1 - A1: dZ1 = (W2.T @ "
             "dZ2) * (1 - A1 ** 2)"),
        "tanh slope taken of Z1: 1 - Z1 ** 2":
            ("the slope of tanh is written with the activation A1, not with Z1: dZ1 = (W2.T @ "
             "dZ2) * (1 - A1 ** 2)"),
        "forgot 1/m in dW1 and dW2":
            "dW1 and dW2 need 1/m: dW1 = (1 / m) * dZ1 @ X.T and dW2 = (1 / m) * dZ2 @ A1.T",
        "dZ2 = Y - A2: every gradient with the wrong sign":
            "every gradient has the wrong sign: dZ2 = A2 - Y",
        "db summed over the hidden units (axis=0) instead of the examples":
            ("db is summed over the units (axis=0): sum over the examples, db1 = (1 / m) * "
             "np.sum(dZ1, axis=1, keepdims=True)"),
        "dW1 transposed: X @ dZ1.T of shape (n_x, n_h)":
            "dW1 is transposed: dW1 = (1 / m) * dZ1 @ X.T has the shape of W1, (n_h, n_x)",
        "db1 and db2 summed without keepdims: rank-1 arrays":
            "db1 and db2 lost a dimension: db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)",
    },
    "update_parameters": {
        "gradient ascent: W1 + learning_rate * dW1":
            "the update climbs the cost: W1 = W1 - learning_rate * dW1, with a minus",
        "learning_rate ignored: always 1.2":
            ("learning_rate is ignored: W1 = W1 - learning_rate * dW1 with the learning_rate "
             "passed in"),
        "learning rate left out: W1 - dW1":
            "the learning rate is missing from the update: W1 = W1 - learning_rate * dW1",
        "biases not updated":
            ("the biases are not updated: b1 = b1 - learning_rate * db1 and b2 = b2 - "
             "learning_rate * db2"),
        "in place, W1 -= ...: the caller's arrays change too":
            "write W1 = W1 - learning_rate * dW1 (a new array), not W1 -= ...",
    },
    "nn_model": {
        "ignores n_h: uses the 4 from layer_sizes":
            ("n_h is ignored: initialize with the n_h passed in, initialize_parameters(n_x, n_h, "
             "n_y), not the 4 from layer_sizes"),
        "result of update_parameters thrown away: never learns":
            ("the result of update_parameters is thrown away: parameters = "
             "update_parameters(parameters, grads)"),
        "initializes inside the loop: starts over at every iteration":
            ("the parameters are initialized inside the loop, so training starts over at every "
             "iteration: call initialize_parameters once, before the loop"),
        "learning rate 0.01 passed to update_parameters instead of the default 1.2":
            "wrong learning rate: update_parameters(parameters, grads) with its default 1.2",
        "one iteration too few: range(num_iterations - 1)":
            "one iteration too few: the loop is for i in range(num_iterations)",
    },
    "predict": {
        "returns the probabilities A2, not labels":
            "these are the probabilities A2, not labels: predictions = (A2 > 0.5).astype(float)",
        "threshold 0 instead of 0.5: A2 > 0":
            "the threshold is 0.5: predictions = (A2 > 0.5), since A2 is a probability",
        "labels swapped: 1 where A2 < 0.5":
            "the labels are swapped: 1 where A2 > 0.5, else 0",
        "threshold 0.5 applied to Z2 instead of A2":
            "the threshold 0.5 belongs to the probability A2 = sigmoid(Z2), not to Z2",
    },
}

"""Wrong and correct implementations of the graded functions of C1W4A1 (deep network, step by step).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``, ``relu``, ``sigmoid``,
``relu_backward``, ``sigmoid_backward``, ``ACTIVATIONS``) and on the other graded functions. Every
WRONG entry must lose the points of its own function and no others; every CORRECT entry must pass
every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "initialize_parameters": {
        "scale 0.01 instead of He's sqrt(2 / n_prev)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.randn(n_h, n_x) * 0.01
                b1 = np.zeros((n_h, 1))
                W2 = rng.randn(n_y, n_h) * 0.01
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "Xavier scale sqrt(1 / n_prev)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.randn(n_h, n_x) * np.sqrt(1 / n_x)
                b1 = np.zeros((n_h, 1))
                W2 = rng.randn(n_y, n_h) * np.sqrt(1 / n_h)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "W1 transposed, shape (n_x, n_h)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.randn(n_x, n_h) * np.sqrt(2 / n_x)
                b1 = np.zeros((n_h, 1))
                W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_h)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "W2 scaled with n_x instead of n_h": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)
                b1 = np.zeros((n_h, 1))
                W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_x)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "draws W2 before W1": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_h)
                W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)
                b1 = np.zeros((n_h, 1))
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "np.random.randn, which ignores the seed": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                W1 = np.random.randn(n_h, n_x) * np.sqrt(2 / n_x)
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h) * np.sqrt(2 / n_h)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "rank-1 biases of shape (n,)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)
                b1 = np.zeros(n_h)
                W2 = rng.randn(n_y, n_h) * np.sqrt(2 / n_h)
                b2 = np.zeros(n_y)
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
    },
    "initialize_parameters_deep": {
        "loop misses the last layer: range(1, L)": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L):
                    parameters["W" + str(l)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "scales with the layer's own size sqrt(2 / n_l)": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "a new RandomState(seed) in every layer": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    rng = np.random.RandomState(seed)
                    parameters["W" + str(l)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "keys counted from 0: W0, b0, ...": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l - 1)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                    * np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l - 1)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "random biases, which also shift the draws of the next W": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (rng.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = rng.randn(layer_dims[l], 1) * 0.01
                return parameters
            """),
    },
    "linear_forward": {
        "forgot the bias": _src("""
            def linear_forward(A, W, b):
                Z = W @ A
                return Z, (A, W, b)
            """),
        "W.T @ A": _src("""
            def linear_forward(A, W, b):
                Z = W.T @ A + b
                return Z, (A, W, b)
            """),
        "cache in the wrong order (W, A, b)": _src("""
            def linear_forward(A, W, b):
                Z = W @ A + b
                return Z, (W, A, b)
            """),
        "cache (A, W) without b": _src("""
            def linear_forward(A, W, b):
                Z = W @ A + b
                return Z, (A, W)
            """),
        "bias subtracted": _src("""
            def linear_forward(A, W, b):
                Z = W @ A - b
                return Z, (A, W, b)
            """),
    },
    "linear_activation_forward": {
        "activations swapped": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                Z, linear_cache = linear_forward(A_prev, W, b)
                if activation == "sigmoid":
                    A, activation_cache = relu(Z)
                else:
                    A, activation_cache = sigmoid(Z)
                return A, (linear_cache, activation_cache)
            """),
        "A = relu(Z) keeps the whole (A, cache) tuple": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                Z, linear_cache = linear_forward(A_prev, W, b)
                if activation == "sigmoid":
                    A = sigmoid(Z)
                else:
                    A = relu(Z)
                return A, (linear_cache, Z)
            """),
        "activation cache holds A instead of Z": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                Z, linear_cache = linear_forward(A_prev, W, b)
                if activation == "sigmoid":
                    A, _ = sigmoid(Z)
                else:
                    A, _ = relu(Z)
                return A, (linear_cache, A)
            """),
        "cache order (activation_cache, linear_cache)": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                Z, linear_cache = linear_forward(A_prev, W, b)
                if activation == "sigmoid":
                    A, activation_cache = sigmoid(Z)
                else:
                    A, activation_cache = relu(Z)
                return A, (activation_cache, linear_cache)
            """),
        "always relu": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                Z, linear_cache = linear_forward(A_prev, W, b)
                A, activation_cache = relu(Z)
                return A, (linear_cache, activation_cache)
            """),
    },
    "L_model_forward": {
        "relu on the output layer too": _src("""
            def L_model_forward(X, parameters):
                caches = []
                A = X
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    A, cache = linear_activation_forward(A, parameters["W" + str(l)],
                                                         parameters["b" + str(l)], "relu")
                    caches.append(cache)
                return A, caches
            """),
        "sigmoid in every layer": _src("""
            def L_model_forward(X, parameters):
                caches = []
                A = X
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    A, cache = linear_activation_forward(A, parameters["W" + str(l)],
                                                         parameters["b" + str(l)], "sigmoid")
                    caches.append(cache)
                return A, caches
            """),
        "forgets the cache of the output layer": _src("""
            def L_model_forward(X, parameters):
                caches = []
                A = X
                L = len(parameters) // 2
                for l in range(1, L):
                    A, cache = linear_activation_forward(A, parameters["W" + str(l)],
                                                         parameters["b" + str(l)], "relu")
                    caches.append(cache)
                AL, cache = linear_activation_forward(A, parameters["W" + str(L)],
                                                      parameters["b" + str(L)], "sigmoid")
                return AL, caches
            """),
        "feeds X to every layer": _src("""
            def L_model_forward(X, parameters):
                caches = []
                L = len(parameters) // 2
                for l in range(1, L):
                    A, cache = linear_activation_forward(X, parameters["W" + str(l)],
                                                         parameters["b" + str(l)], "relu")
                    caches.append(cache)
                AL, cache = linear_activation_forward(X, parameters["W" + str(L)],
                                                      parameters["b" + str(L)], "sigmoid")
                caches.append(cache)
                return AL, caches
            """),
        "L = len(parameters), twice the number of layers": _src("""
            def L_model_forward(X, parameters):
                caches = []
                A = X
                L = len(parameters)
                for l in range(1, L):
                    A, cache = linear_activation_forward(A, parameters["W" + str(l)],
                                                         parameters["b" + str(l)], "relu")
                    caches.append(cache)
                AL, cache = linear_activation_forward(A, parameters["W" + str(L)],
                                                      parameters["b" + str(L)], "sigmoid")
                caches.append(cache)
                return AL, caches
            """),
    },
    "compute_cost": {
        "no minus sign": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                return np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
            """),
        "forgot to divide by m": _src("""
            def compute_cost(AL, Y):
                return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
            """),
        "np.dot without squeeze: a (1, 1) array": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                return -(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / m
            """),
        "only the y log(a) term": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                return -np.sum(Y * np.log(AL)) / m
            """),
        "log(1 - Y) instead of log(1 - AL)": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                return -np.sum(Y * np.log(AL) + (1 - AL) * np.log(1 - Y + 1e-12)) / m
            """),
        "log(1 - Y) where log(1 - AL) belongs: nan": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - Y)) / m
            """),
    },
    "linear_backward": {
        "dW without 1/m": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = dZ @ A_prev.T
                db = np.sum(dZ, axis=1, keepdims=True) / m
                dA_prev = W.T @ dZ
                return dA_prev, dW, db
            """),
        "db without keepdims: rank-1 shape (n,)": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = dZ @ A_prev.T / m
                db = np.sum(dZ, axis=1) / m
                dA_prev = W.T @ dZ
                return dA_prev, dW, db
            """),
        "dA_prev divided by m": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = dZ @ A_prev.T / m
                db = np.sum(dZ, axis=1, keepdims=True) / m
                dA_prev = W.T @ dZ / m
                return dA_prev, dW, db
            """),
        "db summed over the units (axis=0)": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = dZ @ A_prev.T / m
                db = np.sum(dZ, axis=0, keepdims=True) / m
                dA_prev = W.T @ dZ
                return dA_prev, dW, db
            """),
        "dA_prev = W @ dZ without the transpose": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = dZ @ A_prev.T / m
                db = np.sum(dZ, axis=1, keepdims=True) / m
                dA_prev = W @ dZ
                return dA_prev, dW, db
            """),
    },
    "linear_activation_backward": {
        "activations swapped": _src("""
            def linear_activation_backward(dA, cache, activation):
                linear_cache, activation_cache = cache
                if activation == "relu":
                    dZ = sigmoid_backward(dA, activation_cache)
                else:
                    dZ = relu_backward(dA, activation_cache)
                return linear_backward(dZ, linear_cache)
            """),
        "skips the activation's derivative: dZ = dA": _src("""
            def linear_activation_backward(dA, cache, activation):
                linear_cache, activation_cache = cache
                return linear_backward(dA, linear_cache)
            """),
        "gives the activation backward the linear cache": _src("""
            def linear_activation_backward(dA, cache, activation):
                linear_cache, activation_cache = cache
                if activation == "relu":
                    dZ = relu_backward(dA, linear_cache)
                else:
                    dZ = sigmoid_backward(dA, linear_cache)
                return linear_backward(dZ, linear_cache)
            """),
        "multiplies by the activation A instead of its derivative": _src("""
            def linear_activation_backward(dA, cache, activation):
                linear_cache, Z = cache
                if activation == "relu":
                    dZ = dA * np.maximum(0, Z)
                else:
                    dZ = dA / (1 + np.exp(-Z))
                return linear_backward(dZ, linear_cache)
            """),
    },
    "L_model_backward": {
        "dAL with the wrong sign": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)
                dA, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
                grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA, dW, db
                for l in range(L - 1, 0, -1):
                    dA, dW, db = linear_activation_backward(dA, caches[l - 1], "relu")
                    grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
                return grads
            """),
        "relu for the output layer": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
                for l in range(L, 0, -1):
                    dA, dW, db = linear_activation_backward(dA, caches[l - 1], "relu")
                    grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
                return grads
            """),
        "starts from AL - Y, which is dZ, not dA": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dA = AL - Y
                dA, dW, db = linear_activation_backward(dA, caches[L - 1], "sigmoid")
                grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA, dW, db
                for l in range(L - 1, 0, -1):
                    dA, dW, db = linear_activation_backward(dA, caches[l - 1], "relu")
                    grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
                return grads
            """),
        "keys shifted: dA{l} instead of dA{l-1}": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
                for l in range(L, 0, -1):
                    activation = "sigmoid" if l == L else "relu"
                    dA, dW, db = linear_activation_backward(dA, caches[l - 1], activation)
                    grads["dA" + str(l)], grads["dW" + str(l)], grads["db" + str(l)] = dA, dW, db
                return grads
            """),
        "caches[l] instead of caches[l - 1] in the loop": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
                dA, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
                grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA, dW, db
                for l in range(L - 1, 0, -1):
                    dA, dW, db = linear_activation_backward(dA, caches[l], "relu")
                    grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
                return grads
            """),
    },
    "update_parameters": {
        "plus instead of minus": _src("""
            def update_parameters(parameters, grads, learning_rate):
                updated = {}
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    updated[f"W{l}"] = parameters[f"W{l}"] + learning_rate * grads[f"dW{l}"]
                    updated[f"b{l}"] = parameters[f"b{l}"] + learning_rate * grads[f"db{l}"]
                return updated
            """),
        "in place: changes the caller's parameters": _src("""
            def update_parameters(parameters, grads, learning_rate):
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
                    parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
                return parameters
            """),
        "misses the last layer: range(1, L)": _src("""
            def update_parameters(parameters, grads, learning_rate):
                updated = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L):
                    updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    updated[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
                return updated
            """),
        "updates the weights but not the biases": _src("""
            def update_parameters(parameters, grads, learning_rate):
                updated = {}
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    updated["b" + str(l)] = parameters["b" + str(l)]
                return updated
            """),
        "L counted from grads, which also holds the dA entries": _src("""
            def update_parameters(parameters, grads, learning_rate):
                updated = {}
                L = len(grads) // 2
                for l in range(1, L + 1):
                    updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    updated[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
                return updated
            """),
    },
}

CORRECT = {
    "initialize_parameters": {
        "global seed np.random.seed(seed) with np.random.randn": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                np.random.seed(seed)
                W1 = np.random.randn(n_h, n_x) * np.sqrt(2 / n_x)
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h) * np.sqrt(2 / n_h)
                b2 = np.zeros((n_y, 1))
                return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            """),
        "rng.normal(0, sqrt(2 / n), size)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.normal(0, np.sqrt(2 / n_x), (n_h, n_x))
                W2 = rng.normal(0, np.sqrt(2 / n_h), (n_y, n_h))
                return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
            """),
        "rng.standard_normal with sqrt(2) / sqrt(n)": _src("""
            def initialize_parameters(n_x, n_h, n_y, seed=1):
                rng = np.random.RandomState(seed)
                W1 = rng.standard_normal((n_h, n_x)) * np.sqrt(2) / np.sqrt(n_x)
                W2 = rng.standard_normal((n_y, n_h)) * np.sqrt(2) / np.sqrt(n_h)
                return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
            """),
    },
    "initialize_parameters_deep": {
        "f-string keys, division by sqrt(n_prev / 2)": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                for l in range(1, len(layer_dims)):
                    W = rng.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1] / 2)
                    parameters[f"W{l}"] = W
                    parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "zip over consecutive sizes": _src("""
            def initialize_parameters_deep(layer_dims, seed=1):
                rng = np.random.RandomState(seed)
                parameters = {}
                pairs = zip(layer_dims[:-1], layer_dims[1:])
                for l, (n_prev, n) in enumerate(pairs, start=1):
                    parameters["W" + str(l)] = rng.randn(n, n_prev) * np.sqrt(2.0 / n_prev)
                    parameters["b" + str(l)] = np.zeros((n, 1))
                return parameters
            """),
    },
    "linear_forward": {
        "np.dot(W, A) + b": _src("""
            def linear_forward(A, W, b):
                Z = np.dot(W, A) + b
                cache = (A, W, b)
                return Z, cache
            """),
        "list cache [A, W, b]": _src("""
            def linear_forward(A, W, b):
                return np.matmul(W, A) + b, [A, W, b]
            """),
    },
    "linear_activation_forward": {
        "lookup in the ACTIVATIONS registry": _src("""
            def linear_activation_forward(A_prev, W, b, activation):
                forward, _ = ACTIVATIONS[activation]
                Z, linear_cache = linear_forward(A_prev, W, b)
                A, activation_cache = forward(Z)
                return A, (linear_cache, activation_cache)
            """),
    },
    "L_model_forward": {
        "one loop choosing the activation per layer": _src("""
            def L_model_forward(X, parameters):
                caches = []
                A = X
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    activation = "sigmoid" if l == L else "relu"
                    A, cache = linear_activation_forward(A, parameters[f"W{l}"],
                                                         parameters[f"b{l}"], activation)
                    caches.append(cache)
                return A, caches
            """),
    },
    "compute_cost": {
        "np.dot with np.squeeze (a 0-d array)": _src("""
            def compute_cost(AL, Y):
                m = Y.shape[1]
                cost = -(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / m
                return np.squeeze(cost)
            """),
        "np.mean, a Python float": _src("""
            def compute_cost(AL, Y):
                return float(-np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))
            """),
    },
    "linear_backward": {
        "np.dot and np.mean": _src("""
            def linear_backward(dZ, cache):
                A_prev, W, b = cache
                m = A_prev.shape[1]
                dW = 1 / m * np.dot(dZ, A_prev.T)
                db = np.mean(dZ, axis=1, keepdims=True)
                dA_prev = np.dot(W.T, dZ)
                return dA_prev, dW, db
            """),
    },
    "linear_activation_backward": {
        "lookup in the ACTIVATIONS registry": _src("""
            def linear_activation_backward(dA, cache, activation):
                linear_cache, activation_cache = cache
                _, backward = ACTIVATIONS[activation]
                return linear_backward(backward(dA, activation_cache), linear_cache)
            """),
    },
    "L_model_backward": {
        "one loop from L down to 1": _src("""
            def L_model_backward(AL, Y, caches):
                grads = {}
                L = len(caches)
                Y = Y.reshape(AL.shape)
                dA = -(Y / AL - (1 - Y) / (1 - AL))
                for l in reversed(range(1, L + 1)):
                    activation = "sigmoid" if l == L else "relu"
                    dA, grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
                        dA, caches[l - 1], activation)
                    grads[f"dA{l - 1}"] = dA
                return grads
            """),
    },
    "update_parameters": {
        "deep copy, then in place on the copy": _src("""
            def update_parameters(parameters, grads, learning_rate):
                import copy
                updated = copy.deepcopy(parameters)
                L = len(parameters) // 2
                for l in range(L):
                    updated[f"W{l + 1}"] -= learning_rate * grads[f"dW{l + 1}"]
                    updated[f"b{l + 1}"] -= learning_rate * grads[f"db{l + 1}"]
                return updated
            """),
    },
}

# For some WRONG entries: words the hint line of the failing graded cell must contain (see
# tests/test_mistake_hints.py; the hints come from helpers/mistakes/c1w4a1.py).

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader).
HINTS = {
    "initialize_parameters": {
        "scale 0.01 instead of He's sqrt(2 / n_prev)":
            ("the weights are scaled by 0.01: He initialization scales them by np.sqrt(2 / "
             "n_prev), W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x)"),
        "Xavier scale sqrt(1 / n_prev)":
            ("this is Xavier's scale np.sqrt(1 / n_prev): He's is np.sqrt(2 / n_prev), W1 = "
             "rng.randn(n_h, n_x) * np.sqrt(2 / n_x)"),
        "W1 transposed, shape (n_x, n_h)":
            ("W1 is transposed: W1 = rng.randn(n_h, n_x) * np.sqrt(2 / n_x) has one row per hidden "
             "unit"),
        "W2 scaled with n_x instead of n_h":
            ("W2 is scaled with n_x: each layer is scaled by the size of its own input, W2 = "
             "rng.randn(n_y, n_h) * np.sqrt(2 / n_h)"),
        "draws W2 before W1":
            "W2 was drawn before W1: draw W1 first, then W2, from the same rng",
        "rank-1 biases of shape (n,)":
            "the biases are rank-1 arrays: make them columns, b1 = np.zeros((n_h, 1))",
    },
    "initialize_parameters_deep": {
        "loop misses the last layer: range(1, L)":
            "the loop misses the last layer: for l in range(1, L + 1) with L = len(layer_dims) - 1",
        "scales with the layer's own size sqrt(2 / n_l)":
            ("W{l} is scaled with its own layer's size: He's scale uses the layer before it, "
             "rng.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])"),
        "a new RandomState(seed) in every layer":
            ("a new generator in every layer repeats the same numbers: create rng = "
             "np.random.RandomState(seed) once, before the loop"),
        "keys counted from 0: W0, b0, ...":
            ('the layers are numbered from 1: "W1", "b1", ..., "WL", "bL", with "W" + str(l) for l '
             "in range(1, L + 1)"),
        "random biases, which also shift the draws of the next W":
            ("the biases start at zero, b{l} = np.zeros((layer_dims[l], 1)), and draw nothing from "
             "rng"),
    },
    "linear_forward": {
        "forgot the bias":
            "b is missing: Z = W @ A + b",
        "bias subtracted":
            "the bias is subtracted: Z = W @ A + b",
        "cache in the wrong order (W, A, b)":
            "the cache is (A, W, b), in this order: linear_backward unpacks it so",
        "cache (A, W) without b":
            "the cache needs b too: cache = (A, W, b)",
    },
    "linear_activation_forward": {
        "activations swapped":
            ('the wrong activation: for activation="sigmoid" use A, activation_cache = sigmoid(Z), '
             'for "relu" relu(Z)'),
        "always relu":
            ('the wrong activation: for activation="sigmoid" use A, activation_cache = sigmoid(Z), '
             'for "relu" relu(Z)'),
        "A = relu(Z) keeps the whole (A, cache) tuple":
            "sigmoid(Z) and relu(Z) return two values: A, activation_cache = sigmoid(Z)",
        "activation cache holds A instead of Z":
            ("the activation cache holds Z, not A: cache = (linear_cache, activation_cache) with "
             "activation_cache = Z from A, activation_cache = sigmoid(Z)"),
        "cache order (activation_cache, linear_cache)":
            "the cache is (linear_cache, activation_cache), in this order",
    },
    "L_model_forward": {
        "relu on the output layer too":
            ("relu on the output layer: the last layer is linear_activation_forward(A, W{L}, b{L}, "
             '"sigmoid"), the others "relu"'),
        "sigmoid in every layer":
            ('the sigmoid in the hidden layers: layers 1 to L - 1 use "relu", only the last one '
             '"sigmoid"'),
        "forgets the cache of the output layer":
            "the output layer's cache is missing: append it too, so that caches holds L caches",
    },
    "compute_cost": {
        "no minus sign":
            ("the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * "
             "np.log(1 - AL))"),
        "forgot to divide by m":
            "the cost is summed, not averaged: divide by m, J = -(1 / m) * np.sum(...)",
        "only the y log(a) term":
            ("the (1 - Y) * np.log(1 - AL) term is missing: J = -(1 / m) * np.sum(Y * np.log(AL) + "
             "(1 - Y) * np.log(1 - AL))"),
        "log(1 - Y) instead of log(1 - AL)":
            "AL and Y are swapped in the second term: (1 - Y) * np.log(1 - AL)",
        "log(1 - Y) where log(1 - AL) belongs: nan":
            ("the log takes the prediction, not the label: the second term is (1 - Y) * np.log(1 - "
             "AL)"),
        "np.dot without squeeze: a (1, 1) array":
            "the cost is a (1, 1) array: return a number, e.g. float(np.squeeze(cost))",
    },
    "linear_backward": {
        "dW without 1/m":
            "dW without 1/m: dW = (1 / m) * dZ @ A_prev.T",
        "db summed over the units (axis=0)":
            ("db is summed over the units (axis=0): sum over the examples, db = (1 / m) * "
             "np.sum(dZ, axis=1, keepdims=True)"),
        "dA_prev divided by m":
            "dA_prev has no 1/m: dA_prev = W.T @ dZ (only dW and db average over the examples)",
        "db without keepdims: rank-1 shape (n,)":
            ("db lost a dimension: db = (1 / m) * np.sum(dZ, axis=1, keepdims=True) is a column "
             "(n, 1)"),
    },
    "linear_activation_backward": {
        "activations swapped":
            ('the wrong derivative: for activation="sigmoid" use dZ = sigmoid_backward(dA, '
             'activation_cache), for "relu" relu_backward'),
        "skips the activation's derivative: dZ = dA":
            ("the activation's derivative is missing: first dZ = sigmoid_backward(dA, "
             "activation_cache) (or relu_backward), then linear_backward(dZ, linear_cache)"),
        "multiplies by the activation A instead of its derivative":
            ("dA is multiplied by the activation, not by its derivative: dZ = sigmoid_backward(dA, "
             "activation_cache) computes dA * s * (1 - s)"),
    },
    "L_model_backward": {
        "dAL with the wrong sign":
            "dAL has the wrong sign: dAL = -(Y / AL - (1 - Y) / (1 - AL))",
        "relu for the output layer":
            ("the output layer is a sigmoid: its backward pass is linear_activation_backward(dAL, "
             'caches[L - 1], "sigmoid")'),
        "starts from AL - Y, which is dZ, not dA":
            ("AL - Y is dZ of the output layer, not dA: start from dAL = -(Y / AL - (1 - Y) / (1 - "
             "AL))"),
        "keys shifted: dA{l} instead of dA{l-1}":
            ("the gradient with respect to layer l's input is stored as \"dA\" + str(l - 1): "
             'grads["dA" + str(l - 1)], grads["dW" + str(l)], grads["db" + str(l)] = '
             "linear_activation_backward(...)"),
    },
    "update_parameters": {
        "plus instead of minus":
            ("the update climbs the cost: W = W - learning_rate * dW and b = b - learning_rate * "
             "db, with a minus"),
        "in place: changes the caller's parameters":
            ("the arrays passed in were changed in place (-=): compute new ones, W = W - "
             "learning_rate * dW, in a new dict"),
        "misses the last layer: range(1, L)":
            ("the loop misses the last layer: for l in range(1, L + 1) with L = len(parameters) // "
             "2"),
        "updates the weights but not the biases":
            ('the biases are not updated: parameters["b" + str(l)] - learning_rate * grads["db" + '
             "str(l)]"),
    },
}

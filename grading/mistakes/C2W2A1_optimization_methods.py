"""Wrong and correct implementations of the graded functions of C2W2A1 (optimization methods).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``). Every WRONG entry must lose
the points of its own function and no others; every CORRECT entry must pass every graded test cell.
The mini-batch checks test properties, so other permutation routines are among the CORRECT ones.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "update_parameters_with_gd": {
        "plus instead of minus: climbs the gradient": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters[f"W{l}"] = parameters[f"W{l}"] + learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] + learning_rate * grads[f"db{l}"]
                return parameters
            """),
        "range(1, L) skips the last layer": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L):
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
                return parameters
            """),
        "updates W but forgets b": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                return parameters
            """),
        "range(L) starts at a layer 0 that does not exist": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(L):
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
                return parameters
            """),
        "b updated with dW's learning rate but without it for db": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - grads[f"db{l}"]
                return parameters
            """),
    },
    "random_mini_batches": {
        "forgets the last, smaller mini-batch": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState(seed).permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                mini_batches = []
                for k in range(m // mini_batch_size):
                    start, end = k * mini_batch_size, (k + 1) * mini_batch_size
                    mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
                return mini_batches
            """),
        "shuffles X and Y with two different permutations": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                rng = np.random.RandomState(seed)
                shuffled_X = X[:, rng.permutation(m)]
                shuffled_Y = Y[:, rng.permutation(m)]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "does not shuffle at all": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "draws indices with replacement (rng.choice)": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                indices = np.random.RandomState(seed).choice(m, m)
                shuffled_X, shuffled_Y = X[:, indices], Y[:, indices]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "always adds a last mini-batch, empty when m is a multiple of the size": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState(seed).permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                n = m // mini_batch_size
                mini_batches = [(shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                                 shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size])
                                for k in range(n)]
                mini_batches.append((shuffled_X[:, n * mini_batch_size:],
                                     shuffled_Y[:, n * mini_batch_size:]))
                return mini_batches
            """),
        "last mini-batch takes the last mini_batch_size columns (overlap)": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState(seed).permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                n = m // mini_batch_size
                mini_batches = [(shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                                 shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size])
                                for k in range(n)]
                if m % mini_batch_size != 0:
                    mini_batches.append((shuffled_X[:, -mini_batch_size:],
                                         shuffled_Y[:, -mini_batch_size:]))
                return mini_batches
            """),
        "rng.shuffle(X) shuffles the rows (features) in place": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                np.random.RandomState(seed).shuffle(X)
                return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "shuffles only inside each mini-batch": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                rng = np.random.RandomState(seed)
                mini_batches = []
                for k in range(0, m, mini_batch_size):
                    mini_batch_X = X[:, k:k + mini_batch_size]
                    mini_batch_Y = Y[:, k:k + mini_batch_size]
                    order = rng.permutation(mini_batch_X.shape[1])
                    mini_batches.append((mini_batch_X[:, order], mini_batch_Y[:, order]))
                return mini_batches
            """),
        "a permutation of its own for each row: the rows are shuffled separately": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                rng = np.random.RandomState(seed)
                shuffled_X = np.array([rng.permutation(row) for row in X])
                shuffled_Y = np.array([rng.permutation(row) for row in Y])
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "ignores the seed (a new unseeded generator each call)": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState().permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "a fixed seed instead of the argument": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState(0).permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
    },
    "initialize_velocity": {
        "keys W1, b1 instead of dW1, db1": _src("""
            def initialize_velocity(parameters):
                L = len(parameters) // 2
                v = {}
                for l in range(1, L + 1):
                    v[f"W{l}"] = np.zeros_like(parameters[f"W{l}"])
                    v[f"b{l}"] = np.zeros_like(parameters[f"b{l}"])
                return v
            """),
        "range(1, L) skips the last layer": _src("""
            def initialize_velocity(parameters):
                L = len(parameters) // 2
                v = {}
                for l in range(1, L):
                    v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                return v
            """),
        "rank-1 zeros np.zeros(n) for dW": _src("""
            def initialize_velocity(parameters):
                L = len(parameters) // 2
                v = {}
                for l in range(1, L + 1):
                    v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape[0])
                    v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                return v
            """),
        "copies the parameters instead of zeros": _src("""
            def initialize_velocity(parameters):
                L = len(parameters) // 2
                v = {}
                for l in range(1, L + 1):
                    v[f"dW{l}"] = parameters[f"W{l}"].copy()
                    v[f"db{l}"] = parameters[f"b{l}"].copy()
                return v
            """),
    },
    "update_parameters_with_momentum": {
        "no (1 - beta) on the gradient": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                parameters, v = dict(parameters), dict(v)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    v[f"dW{l}"] = beta * v[f"dW{l}"] + grads[f"dW{l}"]
                    v[f"db{l}"] = beta * v[f"db{l}"] + grads[f"db{l}"]
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * v[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * v[f"db{l}"]
                return parameters, v
            """),
        "beta and 1 - beta swapped": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                parameters, v = dict(parameters), dict(v)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    v[f"dW{l}"] = (1 - beta) * v[f"dW{l}"] + beta * grads[f"dW{l}"]
                    v[f"db{l}"] = (1 - beta) * v[f"db{l}"] + beta * grads[f"db{l}"]
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * v[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * v[f"db{l}"]
                return parameters, v
            """),
        "steps with the gradient instead of the velocity": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                parameters, v = dict(parameters), dict(v)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    v[f"dW{l}"] = beta * v[f"dW{l}"] + (1 - beta) * grads[f"dW{l}"]
                    v[f"db{l}"] = beta * v[f"db{l}"] + (1 - beta) * grads[f"db{l}"]
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
                return parameters, v
            """),
        "steps with the old velocity (parameters updated first)": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                parameters, v = dict(parameters), dict(v)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * v[f"dW{l}"]
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * v[f"db{l}"]
                    v[f"dW{l}"] = beta * v[f"dW{l}"] + (1 - beta) * grads[f"dW{l}"]
                    v[f"db{l}"] = beta * v[f"db{l}"] + (1 - beta) * grads[f"db{l}"]
                return parameters, v
            """),
        "keeps the new velocity in a local variable and returns the old v": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    v_dW = beta * v[f"dW{l}"] + (1 - beta) * grads[f"dW{l}"]
                    v_db = beta * v[f"db{l}"] + (1 - beta) * grads[f"db{l}"]
                    parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * v_dW
                    parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * v_db
                return parameters, v
            """),
    },
    "initialize_rmsprop": {
        "s = parameters: the zeros go into the parameters' dictionary": _src("""
            def initialize_rmsprop(parameters):
                L = len(parameters) // 2
                s = parameters
                for l in range(1, L + 1):
                    s[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    s[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                return s
            """),
        "s starts at ones": _src("""
            def initialize_rmsprop(parameters):
                L = len(parameters) // 2
                s = {}
                for l in range(1, L + 1):
                    s[f"dW{l}"] = np.ones_like(parameters[f"W{l}"])
                    s[f"db{l}"] = np.ones_like(parameters[f"b{l}"])
                return s
            """),
        "keys W1, b1 instead of dW1, db1": _src("""
            def initialize_rmsprop(parameters):
                L = len(parameters) // 2
                s = {}
                for l in range(1, L + 1):
                    s[f"W{l}"] = np.zeros_like(parameters[f"W{l}"])
                    s[f"b{l}"] = np.zeros_like(parameters[f"b{l}"])
                return s
            """),
        "range(1, L) skips the last layer": _src("""
            def initialize_rmsprop(parameters):
                L = len(parameters) // 2
                s = {}
                for l in range(1, L):
                    s[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    s[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                return s
            """),
    },
    "update_parameters_with_rmsprop": {
        "s averages the gradients, not their squares": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
                        step = grads[g] / (np.sqrt(s[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "beta2 and 1 - beta2 swapped": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = (1 - beta2) * s[g] + beta2 * grads[g] ** 2
                        step = grads[g] / (np.sqrt(s[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "epsilon inside the square root": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        step = grads[g] / np.sqrt(s[g] + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "no epsilon: 0 / 0 where a gradient has always been 0": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        step = grads[g] / np.sqrt(s[g])
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "steps with s instead of the gradient": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        step = s[g] / (np.sqrt(s[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "no square root in the denominator": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        step = grads[g] / (s[g] + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
        "steps with the old s (parameters updated first)": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters, s = dict(parameters), dict(s)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        step = grads[g] / (np.sqrt(s[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                return parameters, s
            """),
        "keeps the new s in a local variable and returns the old s": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                parameters = dict(parameters)
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        s_new = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        step = grads[g] / (np.sqrt(s_new) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, s
            """),
    },
    "initialize_adam": {
        "s starts at ones": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v, s = {}, {}
                for l in range(1, L + 1):
                    v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                    s[f"dW{l}"] = np.ones_like(parameters[f"W{l}"])
                    s[f"db{l}"] = np.ones_like(parameters[f"b{l}"])
                return v, s
            """),
        "v = s = {}: one dictionary under two names": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v = s = {}
                for l in range(1, L + 1):
                    v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                return v, s
            """),
        "the same arrays in v and s": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v, s = {}, {}
                for l in range(1, L + 1):
                    v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
                    v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
                    s[f"dW{l}"] = v[f"dW{l}"]
                    s[f"db{l}"] = v[f"db{l}"]
                return v, s
            """),
        "keys W1, b1 instead of dW1, db1": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v, s = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        v[f"{p}{l}"] = np.zeros_like(parameters[f"{p}{l}"])
                        s[f"{p}{l}"] = np.zeros_like(parameters[f"{p}{l}"])
                return v, s
            """),
        "range(1, L) skips the last layer": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v, s = {}, {}
                for l in range(1, L):
                    for p in ("W", "b"):
                        v[f"d{p}{l}"] = np.zeros_like(parameters[f"{p}{l}"])
                        s[f"d{p}{l}"] = np.zeros_like(parameters[f"{p}{l}"])
                return v, s
            """),
    },
    "update_parameters_with_adam": {
        "no bias correction (v_corrected = v, s_corrected = s)": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        v_corrected[g] = v[g]
                        s_corrected[g] = s[g]
                        step = v_corrected[g] / (np.sqrt(s_corrected[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "corrected moments computed but the step uses v and s": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        v_corrected[g] = v[g] / (1 - beta1**t)
                        s_corrected[g] = s[g] / (1 - beta2**t)
                        step = v[g] / (np.sqrt(s[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "bias correction without the power t": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        v_corrected[g] = v[g] / (1 - beta1)
                        s_corrected[g] = s[g] / (1 - beta2)
                        step = v_corrected[g] / (np.sqrt(s_corrected[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "s averages the gradients, not their squares": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
                        v_corrected[g] = v[g] / (1 - beta1**t)
                        s_corrected[g] = s[g] / (1 - beta2**t)
                        step = v_corrected[g] / (np.sqrt(s_corrected[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "no square root in the denominator": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        v_corrected[g] = v[g] / (1 - beta1**t)
                        s_corrected[g] = s[g] / (1 - beta2**t)
                        step = v_corrected[g] / (s_corrected[g] + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "no epsilon: 0 / 0 where a gradient has always been 0": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
                        v_corrected[g] = v[g] / (1 - beta1**t)
                        s_corrected[g] = s[g] / (1 - beta2**t)
                        step = v_corrected[g] / np.sqrt(s_corrected[g])
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
        "beta1 used for s as well": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                parameters, v, s = dict(parameters), dict(v), dict(s)
                L = len(parameters) // 2
                v_corrected, s_corrected = {}, {}
                for l in range(1, L + 1):
                    for p in ("W", "b"):
                        g = f"d{p}{l}"
                        v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                        s[g] = beta1 * s[g] + (1 - beta1) * grads[g] ** 2
                        v_corrected[g] = v[g] / (1 - beta1**t)
                        s_corrected[g] = s[g] / (1 - beta1**t)
                        step = v_corrected[g] / (np.sqrt(s_corrected[g]) + epsilon)
                        parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
                return parameters, v, s, v_corrected, s_corrected
            """),
    },
    "update_lr": {
        "missing parentheses: learning_rate0 / (1 + decay_rate) * epoch_num": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return learning_rate0 / (1 + decay_rate) * epoch_num
            """),
        "forgets the 1: learning_rate0 / (decay_rate * epoch_num)": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return learning_rate0 / (decay_rate * epoch_num)
            """),
        "multiplies instead of dividing": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return learning_rate0 * (1 + decay_rate * epoch_num)
            """),
        "exponential decay learning_rate0 / (1 + decay_rate) ** epoch_num": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return learning_rate0 / (1 + decay_rate) ** epoch_num
            """),
    },
    "schedule_lr_decay": {
        "no rounding down: epoch_num / time_interval": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate * (epoch_num / time_interval))
            """),
        "round() instead of rounding down": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate * round(epoch_num / time_interval))
            """),
        "ignores time_interval (always 1000)": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate * (epoch_num // 1000))
            """),
        "rounds up with np.ceil": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate * np.ceil(epoch_num / time_interval))
            """),
        "missing parentheses: learning_rate0 / (1 + decay_rate) * floor(...)": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate) * (epoch_num // time_interval)
            """),
    },
}


CORRECT = {
    "update_parameters_with_gd": {
        "string keys with str(l), mutating the caller's dict like the classic course": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                L = len(parameters) // 2
                for l in range(L):
                    parameters["W" + str(l + 1)] = (parameters["W" + str(l + 1)]
                                                    - learning_rate * grads["dW" + str(l + 1)])
                    parameters["b" + str(l + 1)] = (parameters["b" + str(l + 1)]
                                                    - learning_rate * grads["db" + str(l + 1)])
                return parameters
            """),
        "in-place -= on the arrays": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                L = len(parameters) // 2
                for l in range(1, L + 1):
                    parameters[f"W{l}"] -= learning_rate * grads[f"dW{l}"]
                    parameters[f"b{l}"] -= learning_rate * grads[f"db{l}"]
                return parameters
            """),
        "a dict comprehension over the keys": _src("""
            def update_parameters_with_gd(parameters, grads, learning_rate):
                return {key: value - learning_rate * grads["d" + key]
                        for key, value in parameters.items()}
            """),
    },
    "random_mini_batches": {
        "np.random.seed(seed) and np.random.permutation, as in the classic course": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                np.random.seed(seed)
                m = X.shape[1]
                mini_batches = []
                permutation = list(np.random.permutation(m))
                shuffled_X = X[:, permutation]
                shuffled_Y = Y[:, permutation].reshape((1, m))
                num_complete_minibatches = m // mini_batch_size
                for k in range(0, num_complete_minibatches):
                    mini_batch_X = shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size]
                    mini_batch_Y = shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]
                    mini_batches.append((mini_batch_X, mini_batch_Y))
                if m % mini_batch_size != 0:
                    mini_batch_X = shuffled_X[:, num_complete_minibatches * mini_batch_size:]
                    mini_batch_Y = shuffled_Y[:, num_complete_minibatches * mini_batch_size:]
                    mini_batches.append((mini_batch_X, mini_batch_Y))
                return mini_batches
            """),
        "rng.shuffle on an index array": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                indices = np.arange(m)
                np.random.RandomState(seed).shuffle(indices)
                shuffled_X, shuffled_Y = X[:, indices], Y[:, indices]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "RandomState(seed).permutation and np.array_split at the cut points": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.RandomState(seed).permutation(m)
                cuts = list(range(mini_batch_size, m, mini_batch_size))
                return list(zip(np.split(X[:, permutation], cuts, axis=1),
                                np.split(Y[:, permutation], cuts, axis=1)))
            """),
        "another generator: default_rng(seed).permutation(m)": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                m = X.shape[1]
                permutation = np.random.default_rng(seed).permutation(m)
                shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
        "shuffles the columns of stacked X and Y with default_rng's permutation(..., axis=1)": _src("""
            def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
                n_x, m = X.shape
                stacked = np.vstack([X, Y])
                shuffled = np.random.default_rng(seed).permutation(stacked, axis=1)
                shuffled_X, shuffled_Y = shuffled[:n_x], shuffled[n_x:]
                return [(shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size])
                        for k in range(0, m, mini_batch_size)]
            """),
    },
    "initialize_velocity": {
        "np.zeros(shape) with str(l) keys": _src("""
            def initialize_velocity(parameters):
                L = len(parameters) // 2
                v = {}
                for l in range(L):
                    v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
                    v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
                return v
            """),
        "a dict comprehension over the keys": _src("""
            def initialize_velocity(parameters):
                return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}
            """),
    },
    "update_parameters_with_momentum": {
        "mutates v and parameters in place, as in the classic course": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                L = len(parameters) // 2
                for l in range(L):
                    for p in ("W", "b"):
                        key = "d" + p + str(l + 1)
                        v[key] = beta * v[key] + (1 - beta) * grads[key]
                        parameters[p + str(l + 1)] -= learning_rate * v[key]
                return parameters, v
            """),
        "new dicts built key by key": _src("""
            def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
                new_v = {key: beta * value + (1 - beta) * grads[key] for key, value in v.items()}
                new_parameters = {key: value - learning_rate * new_v["d" + key]
                                  for key, value in parameters.items()}
                return new_parameters, new_v
            """),
    },
    "initialize_rmsprop": {
        "np.zeros(shape) with str(l) keys": _src("""
            def initialize_rmsprop(parameters):
                L = len(parameters) // 2
                s = {}
                for l in range(L):
                    s["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
                    s["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
                return s
            """),
        "a dict comprehension over the keys": _src("""
            def initialize_rmsprop(parameters):
                return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}
            """),
    },
    "update_parameters_with_rmsprop": {
        "mutates the caller's dicts, str(l) keys, np.square": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                L = len(parameters) // 2
                for l in range(L):
                    for p in ("W", "b"):
                        key = "d" + p + str(l + 1)
                        s[key] = beta2 * s[key] + (1 - beta2) * np.square(grads[key])
                        parameters[p + str(l + 1)] = parameters[p + str(l + 1)] - (
                            learning_rate * grads[key] / (np.sqrt(s[key]) + epsilon))
                return parameters, s
            """),
        "new dicts built key by key, grads * grads": _src("""
            def update_parameters_with_rmsprop(parameters, grads, s, learning_rate=0.01, beta2=0.999,
                                               epsilon=1e-8):
                new_s = {key: beta2 * value + (1 - beta2) * grads[key] * grads[key]
                         for key, value in s.items()}
                new_parameters = {
                    key: value - learning_rate * grads["d" + key] / (np.sqrt(new_s["d" + key])
                                                                     + epsilon)
                    for key, value in parameters.items()}
                return new_parameters, new_s
            """),
    },
    "initialize_adam": {
        "calls initialize_velocity twice": _src("""
            def initialize_adam(parameters):
                return initialize_velocity(parameters), initialize_velocity(parameters)
            """),
        "np.zeros(shape) with str(l) keys": _src("""
            def initialize_adam(parameters):
                L = len(parameters) // 2
                v, s = {}, {}
                for l in range(L):
                    v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
                    v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
                    s["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
                    s["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
                return v, s
            """),
    },
    "update_parameters_with_adam": {
        "mutates the caller's dicts, str(l) keys, np.power, as in the classic course": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                L = len(parameters) // 2
                v_corrected = {}
                s_corrected = {}
                for l in range(L):
                    for p in ("W", "b"):
                        key = "d" + p + str(l + 1)
                        v[key] = beta1 * v[key] + (1 - beta1) * grads[key]
                        v_corrected[key] = v[key] / (1 - np.power(beta1, t))
                        s[key] = beta2 * s[key] + (1 - beta2) * np.power(grads[key], 2)
                        s_corrected[key] = s[key] / (1 - np.power(beta2, t))
                        parameters[p + str(l + 1)] = parameters[p + str(l + 1)] - learning_rate * (
                            v_corrected[key] / (np.sqrt(s_corrected[key]) + epsilon))
                return parameters, v, s, v_corrected, s_corrected
            """),
        "epsilon added after dividing by the square root in a separate variable": _src("""
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                            beta1=0.9, beta2=0.999, epsilon=1e-8):
                new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
                for key, value in parameters.items():
                    g = "d" + key
                    new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
                    new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] * grads[g]
                    v_corrected[g] = new_v[g] / (1 - beta1 ** t)
                    s_corrected[g] = new_s[g] / (1 - beta2 ** t)
                    denominator = np.sqrt(s_corrected[g]) + epsilon
                    new_parameters[key] = value - learning_rate * v_corrected[g] / denominator
                return new_parameters, new_v, new_s, v_corrected, s_corrected
            """),
    },
    "update_lr": {
        "NumPy float result": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return np.float64(learning_rate0) / (1 + decay_rate * epoch_num)
            """),
        "multiplying by the inverse": _src("""
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return learning_rate0 * (1 / (1 + decay_rate * epoch_num))
            """),
    },
    "schedule_lr_decay": {
        "np.floor, a NumPy float result": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))
            """),
        "int() of the quotient": _src("""
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                return (1 / (1 + decay_rate * int(epoch_num / time_interval))) * learning_rate0
            """),
    },
}


# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader).
# random_mini_batches and the separate dictionaries of initialize_adam are checked by properties
# (helpers.optimization_checks), which name these mistakes with the same sentences.
HINTS = {
    'update_parameters_with_gd': {
        'plus instead of minus: climbs the gradient':
            'a step of gradient descent goes against the gradient: W[l] = W[l] - learning_rate * '
            'dW[l], with a minus',
        'range(1, L) skips the last layer':
            'the last layer is not updated: loop over l = 1, ..., L with range(1, L + 1)',
        'updates W but forgets b':
            'the biases are not updated: b[l] = b[l] - learning_rate * db[l]',
        "b updated with dW's learning rate but without it for db":
            'the learning rate scales the step of b too: b[l] = b[l] - learning_rate * db[l]',
    },
    'random_mini_batches': {
        'forgets the last, smaller mini-batch':
            'did you forget the last, smaller mini-batch?',
        'shuffles X and Y with two different permutations':
            'shuffle X and Y with the same permutation',
        'does not shuffle at all':
            'shuffle the columns with a random permutation first',
        'draws indices with replacement (rng.choice)':
            'shuffle with a permutation (every index once), not by drawing indices at random, and '
            "don't let the mini-batches overlap",
        'always adds a last mini-batch, empty when m is a multiple of the size':
            'an empty last mini-batch? add it only when m % mini_batch_size != 0',
        'last mini-batch takes the last mini_batch_size columns (overlap)':
            'the last mini-batch holds the m % mini_batch_size examples left over',
        'rng.shuffle(X) shuffles the rows (features) in place':
            'keep the examples whole: shuffle the columns with X[:, permutation], not the rows '
            '(rng.shuffle(X) shuffles the rows) or each row separately',
        'shuffles only inside each mini-batch':
            'shuffle the whole training set before cutting it, not each mini-batch',
        'a permutation of its own for each row: the rows are shuffled separately':
            'keep the examples whole: shuffle the columns with X[:, permutation], not the rows '
            '(rng.shuffle(X) shuffles the rows) or each row separately',
        'ignores the seed (a new unseeded generator each call)':
            'draw the permutation from a generator made from seed: rng = '
            'np.random.RandomState(seed), then rng.permutation(m)',
        'a fixed seed instead of the argument':
            'make the generator from the argument seed: rng = np.random.RandomState(seed)',
    },
    'initialize_velocity': {
        'keys W1, b1 instead of dW1, db1':
            'the keys are those of the gradients: v["dW" + str(l)] and v["db" + str(l)], not "W" + '
            'str(l)',
        'range(1, L) skips the last layer':
            'the last layer is missing: loop over l = 1, ..., L with range(1, L + 1)',
        'rank-1 zeros np.zeros(n) for dW':
            'each velocity has the shape of its parameter: v["dW" + str(l)] = '
            'np.zeros_like(parameters["W" + str(l)])',
        'copies the parameters instead of zeros':
            'the velocities start at zero, not at the parameters: np.zeros_like(parameters["W" + '
            'str(l)])',
    },
    'update_parameters_with_momentum': {
        'no (1 - beta) on the gradient':
            "the gradient's weight (1 - beta) is missing: v = beta * v + (1 - beta) * dW, then W = "
            'W - learning_rate * v',
        'beta and 1 - beta swapped':
            'beta weighs the old velocity and 1 - beta the gradient: v = beta * v + (1 - beta) * '
            'dW, then W = W - learning_rate * v',
        'steps with the gradient instead of the velocity':
            'the step uses the velocity, not the gradient: v = beta * v + (1 - beta) * dW, then W '
            '= W - learning_rate * v',
        'steps with the old velocity (parameters updated first)':
            'update the velocity first and step with the new one: v = beta * v + (1 - beta) * dW, '
            'then W = W - learning_rate * v',
        'keeps the new velocity in a local variable and returns the old v':
            'the new velocities are not returned: store them in v["dW" + str(l)] and v["db" + '
            'str(l)]: v = beta * v + (1 - beta) * dW, then W = W - learning_rate * v',
    },
    'initialize_rmsprop': {
        "s = parameters: the zeros go into the parameters' dictionary":
            's is a new dictionary, s = {}: with s = parameters the zeros are written into the '
            'parameters and s holds their keys too',
        's starts at ones':
            's starts at zero: s["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])',
        'keys W1, b1 instead of dW1, db1':
            'the keys are those of the gradients: s["dW" + str(l)] and s["db" + str(l)], not "W" + '
            'str(l)',
        'range(1, L) skips the last layer':
            'the last layer is missing: loop over l = 1, ..., L with range(1, L + 1)',
    },
    'update_parameters_with_rmsprop': {
        's averages the gradients, not their squares':
            's averages the squared gradients: s = beta2 * s + (1 - beta2) * dW ** 2',
        'beta2 and 1 - beta2 swapped':
            'beta2 weighs the old s and 1 - beta2 the new squared gradient: s = beta2 * s + (1 - '
            'beta2) * dW ** 2',
        'epsilon inside the square root':
            'epsilon goes outside the square root: W = W - learning_rate * dW / (np.sqrt(s) + '
            'epsilon)',
        'no epsilon: 0 / 0 where a gradient has always been 0':
            'where a gradient has always been 0, s is 0 too: np.sqrt(s) + epsilon keeps the '
            'denominator above 0',
        'steps with s instead of the gradient':
            'the numerator of the step is the gradient, not s: W = W - learning_rate * dW / '
            '(np.sqrt(s) + epsilon)',
        'no square root in the denominator':
            'the step divides by the square root of s: W = W - learning_rate * dW / (np.sqrt(s) + '
            'epsilon)',
        'steps with the old s (parameters updated first)':
            'update s first and divide by the square root of the new s',
        'keeps the new s in a local variable and returns the old s':
            'the new s is not returned: store it in s["dW" + str(l)] and s["db" + str(l)], then '
            'divide by its square root',
    },
    'initialize_adam': {
        's starts at ones':
            's starts at zero like v: s["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])',
        'v = s = {}: one dictionary under two names':
            'create two dictionaries, v = {} and s = {}, not v = s = {}',
        'the same arrays in v and s':
            'create a separate array of zeros for each',
        'keys W1, b1 instead of dW1, db1':
            'the keys are those of the gradients, "dW" + str(l) and "db" + str(l), in v and in s',
        'range(1, L) skips the last layer':
            'the last layer is missing: loop over l = 1, ..., L with range(1, L + 1)',
    },
    'update_parameters_with_adam': {
        'corrected moments computed but the step uses v and s':
            'the parameters were updated with v and s, without bias correction: the step is '
            'learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)',
        'no bias correction (v_corrected = v, s_corrected = s)':
            'the bias correction is missing (v_corrected is equal to v): v_corrected = v / (1 - '
            'beta1 ** t), s_corrected = s / (1 - beta2 ** t)',
        'bias correction without the power t':
            'the bias correction divides by 1 - beta ** t, with the power t: v_corrected = v / (1 '
            '- beta1 ** t), s_corrected = s / (1 - beta2 ** t)',
        's averages the gradients, not their squares':
            's averages the squared gradients: s = beta2 * s + (1 - beta2) * dW ** 2',
        'no square root in the denominator':
            'the step divides by the square root of s_corrected: W = W - learning_rate * '
            'v_corrected / (np.sqrt(s_corrected) + epsilon)',
        'no epsilon: 0 / 0 where a gradient has always been 0':
            'where a gradient has always been 0, s is 0 too: np.sqrt(s_corrected) + epsilon keeps '
            'the denominator above 0',
        'beta1 used for s as well':
            's decays with beta2, not beta1: s = beta2 * s + (1 - beta2) * dW ** 2',
    },
    'update_lr': {
        'missing parentheses: learning_rate0 / (1 + decay_rate) * epoch_num':
            'decay_rate * epoch_num belongs inside the parentheses: learning_rate = learning_rate0 '
            '/ (1 + decay_rate * epoch_num)',
        'multiplies instead of dividing':
            'the learning rate shrinks over the epochs, so divide: learning_rate = learning_rate0 '
            '/ (1 + decay_rate * epoch_num)',
        'exponential decay learning_rate0 / (1 + decay_rate) ** epoch_num':
            'this is exponential decay; here the decay is learning_rate = learning_rate0 / (1 + '
            'decay_rate * epoch_num)',
    },
    'schedule_lr_decay': {
        'no rounding down: epoch_num / time_interval':
            'the rate changes only once every time_interval epochs, so round down: learning_rate = '
            'learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))',
        'round() instead of rounding down':
            'round() goes to the nearest integer; round down instead: learning_rate = '
            'learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))',
        'ignores time_interval (always 1000)':
            'use the time_interval argument, not a fixed 1000: learning_rate = learning_rate0 / (1 '
            '+ decay_rate * np.floor(epoch_num / time_interval))',
        'rounds up with np.ceil':
            'np.ceil rounds up; round down instead: learning_rate = learning_rate0 / (1 + '
            'decay_rate * np.floor(epoch_num / time_interval))',
        'missing parentheses: learning_rate0 / (1 + decay_rate) * floor(...)':
            'decay_rate * np.floor(...) belongs inside the parentheses: learning_rate = '
            'learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))',
    },
}

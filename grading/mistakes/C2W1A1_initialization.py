"""Wrong and correct implementations of the graded functions of C2W1A1 (initialization, and
normalizing the inputs).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``). Every WRONG entry must
lose the points of its own function and no others; every CORRECT entry must pass every graded
test cell. The random initializations are checked by their properties (shapes, zero biases, the
spread of the weights on a large layer: ``helpers.property_checks.check_initialization``), in
the visible and in the hidden checks, so any correct way of drawing passes.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "initialize_parameters_zeros": {
        "W transposed: shape (n_prev, n) instead of (n, n_prev)": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "loop stops one layer early: range(1, L)": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L):
                    parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "rank-1 biases np.zeros(n)": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros(layer_dims[l])
                return parameters
            """),
        "loop from 0: keys W0, b0, ... and a wrapped-around shape": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                for l in range(len(layer_dims) - 1):
                    parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "np.ones for the weights": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.ones((layer_dims[l], layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_random": {
        "forgot the factor 10": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1])
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "np.random.rand (uniform on [0, 1)) instead of randn": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.rand(layer_dims[l], layer_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "random biases too": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layer_dims[l], layer_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.random.randn(layer_dims[l], 1) * 10
                return parameters
            """),
        "W transposed: randn(n_prev, n)": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layer_dims[l - 1], layer_dims[l])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "variance 10 instead of standard deviation 10: * sqrt(10)": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(10)
                    parameters["W" + str(l)] = W
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_he": {
        "Xavier scaling sqrt(1 / n_prev) instead of sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(1 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "size of the current layer: sqrt(2 / layer_dims[l])": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "forgot the square root: * 2 / n_prev": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                                * 2 / layer_dims[l - 1])
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "divides by sqrt(2 / n_prev) instead of multiplying": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                                / np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "uniform np.random.rand scaled by sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.rand(layer_dims[l], layer_dims[l - 1])
                                                * np.sqrt(2 / layer_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
    },
    "normalize_inputs": {
        "test set normalized with its own mean and standard deviation": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=1, keepdims=True)
                sigma = np.std(X_train, axis=1, keepdims=True)
                X_train_norm = (X_train - mu) / sigma
                X_test_norm = ((X_test - np.mean(X_test, axis=1, keepdims=True))
                               / np.std(X_test, axis=1, keepdims=True))
                return X_train_norm, X_test_norm, mu, sigma
            """),
        "statistics of the training and the test set together": _src("""
            def normalize_inputs(X_train, X_test):
                X_all = np.concatenate([X_train, X_test], axis=1)
                mu = np.mean(X_all, axis=1, keepdims=True)
                sigma = np.std(X_all, axis=1, keepdims=True)
                return (X_train - mu) / sigma, (X_test - mu) / sigma, mu, sigma
            """),
        "divides by the variance instead of the standard deviation": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=1, keepdims=True)
                sigma = np.mean((X_train - mu) ** 2, axis=1, keepdims=True)
                return (X_train - mu) / sigma, (X_test - mu) / sigma, mu, sigma
            """),
        "forgot to subtract the mean": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=1, keepdims=True)
                sigma = np.std(X_train, axis=1, keepdims=True)
                return X_train / sigma, X_test / sigma, mu, sigma
            """),
        "one mean and one standard deviation over all entries (no axis)": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train)
                sigma = np.std(X_train)
                return (X_train - mu) / sigma, (X_test - mu) / sigma, mu, sigma
            """),
        "statistics over axis 0: one per example instead of one per feature": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=0, keepdims=True)
                sigma = np.std(X_train, axis=0, keepdims=True)
                return (X_train - mu) / sigma, (X_test - mu) / sigma, mu, sigma
            """),
    },
}


CORRECT = {
    "initialize_parameters_zeros": {
        "dict comprehension with f-strings and a list as shape": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                for l in range(1, len(layer_dims)):
                    parameters.update({f"W{l}": np.zeros([layer_dims[l], layer_dims[l - 1]]),
                                       f"b{l}": np.zeros([layer_dims[l], 1])})
                return parameters
            """),
        "zip over consecutive sizes": _src("""
            def initialize_parameters_zeros(layer_dims):
                parameters = {}
                for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
                    parameters[f"W{l}"] = np.zeros(shape=(n, n_prev), dtype=float)
                    parameters[f"b{l}"] = np.zeros(shape=(n, 1), dtype=float)
                return parameters
            """),
    },
    "initialize_parameters_random": {
        "np.random.standard_normal with a shape tuple": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                for l in range(1, len(layer_dims)):
                    shape = (layer_dims[l], layer_dims[l - 1])
                    parameters[f"W{l}"] = 10 * np.random.standard_normal(shape)
                    parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "np.random.normal(0, 10, size)": _src("""
            def initialize_parameters_random(layer_dims):
                parameters = {}
                for l in range(1, len(layer_dims)):
                    size = (layer_dims[l], layer_dims[l - 1])
                    parameters[f"W{l}"] = np.random.normal(0.0, 10.0, size=size)
                    parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "seed set inside the function, as in some older courses": _src("""
            def initialize_parameters_random(layer_dims):
                np.random.seed(3)
                parameters = {}
                L = len(layer_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layer_dims[l], layer_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "a new Generator, drawn transposed then .T": _src("""
            def initialize_parameters_random(layer_dims):
                rng = np.random.default_rng()
                parameters = {}
                for l in range(1, len(layer_dims)):
                    W = rng.standard_normal((layer_dims[l - 1], layer_dims[l]))
                    parameters[f"W{l}"] = W.T * 10
                    parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_he": {
        "divide by sqrt(n_prev / 2)": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                for l in range(1, len(layer_dims)):
                    W = np.random.randn(layer_dims[l], layer_dims[l - 1])
                    parameters[f"W{l}"] = W / np.sqrt(layer_dims[l - 1] / 2)
                    parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
                return parameters
            """),
        "np.random.normal with scale sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layer_dims):
                parameters = {}
                for l in range(1, len(layer_dims)):
                    n, n_prev = layer_dims[l], layer_dims[l - 1]
                    parameters[f"W{l}"] = np.random.normal(0, np.sqrt(2.0 / n_prev), (n, n_prev))
                    parameters[f"b{l}"] = np.zeros((n, 1))
                return parameters
            """),
        "seeded Generator inside the function": _src("""
            def initialize_parameters_he(layer_dims):
                rng = np.random.default_rng(3)
                parameters = {}
                for l in range(1, len(layer_dims)):
                    n, n_prev = layer_dims[l], layer_dims[l - 1]
                    parameters[f"W{l}"] = rng.standard_normal((n, n_prev)) * (2 / n_prev) ** 0.5
                    parameters[f"b{l}"] = np.zeros((n, 1))
                return parameters
            """),
    },
    "normalize_inputs": {
        "np.std, and the statistics reshaped to columns instead of keepdims": _src("""
            def normalize_inputs(X_train, X_test):
                n_x = X_train.shape[0]
                mu = X_train.mean(axis=1).reshape(n_x, 1)
                sigma = X_train.std(axis=1).reshape(-1, 1)
                return (X_train - mu) / sigma, (X_test - mu) / sigma, mu, sigma
            """),
        "sqrt of np.var, columns with [:, np.newaxis]": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=1)[:, np.newaxis]
                sigma = np.sqrt(np.var(X_train, axis=1))[:, np.newaxis]
                X_train_norm = (X_train - mu) / sigma
                X_test_norm = (X_test - mu) / sigma
                return X_train_norm, X_test_norm, mu, sigma
            """),
        "sums over the examples divided by m, on the transposes": _src("""
            def normalize_inputs(X_train, X_test):
                m = X_train.shape[1]
                mu = (np.sum(X_train.T, axis=0) / m).reshape(-1, 1)
                sigma = np.sqrt(np.sum((X_train - mu).T ** 2, axis=0) / m).reshape(-1, 1)
                return ((X_train.T - mu.T) / sigma.T).T, ((X_test.T - mu.T) / sigma.T).T, mu, sigma
            """),
        "guarded against a zero-variance feature with np.where(sigma == 0, 1, sigma)": _src("""
            def normalize_inputs(X_train, X_test):
                mu = np.mean(X_train, axis=1, keepdims=True)
                sigma = np.std(X_train, axis=1, keepdims=True)
                scale = np.where(sigma == 0, 1.0, sigma)
                return (X_train - mu) / scale, (X_test - mu) / scale, mu, sigma
            """),
    },
}


# words that the hint of the failing graded cell must show, for these WRONG entries

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader). The two
# random initializations are checked by their properties: there, the property checker
# (helpers.property_checks.check_initialization) names the mistake, with these sentences.
HINTS = {
    "initialize_parameters_zeros": {
        "W transposed: shape (n_prev, n) instead of (n, n_prev)":
            "W has its two sizes swapped: W[l] has shape (layer_dims[l], layer_dims[l - 1]), "
            "one row per unit of layer l",
        "loop stops one layer early: range(1, L)":
            "the last layer is missing: loop over l = 1, ..., L with range(1, L + 1), where "
            "L = len(layer_dims) - 1",
        "rank-1 biases np.zeros(n)":
            "b is a rank-1 array: each bias is a column, b[l] = np.zeros((layer_dims[l], 1))",
        "loop from 0: keys W0, b0, ... and a wrapped-around shape":
            "the layers are numbered from 1: loop over range(1, L + 1) to get the keys "
            "W1, b1, ..., WL, bL",
        "np.ones for the weights":
            "the weights must start at zero too: "
            "W[l] = np.zeros((layer_dims[l], layer_dims[l - 1])), not np.ones",
    },
    "initialize_parameters_random": {
        "forgot the factor 10":
            "the weights have standard deviation 1: did you forget to multiply "
            "np.random.randn(...) by the scale?",
        "np.random.rand (uniform on [0, 1)) instead of randn":
            "np.random.randn draws from the standard normal N(0, 1); np.random.rand draws from "
            "[0, 1), whose mean is 0.5",
        "W transposed: randn(n_prev, n)":
            "W[l] has shape (layer_dims[l], layer_dims[l-1]): one row per unit of layer l",
        "variance 10 instead of standard deviation 10: * sqrt(10)":
            "this is the square root of the expected standard deviation: multiply by the "
            "standard deviation itself, not by its square root",
    },
    "initialize_parameters_he": {
        "Xavier scaling sqrt(1 / n_prev) instead of sqrt(2 / n_prev)":
            "this is Xavier scaling sqrt(1 / n_prev); He scaling for ReLU layers is "
            "sqrt(2 / n_prev)",
        "size of the current layer: sqrt(2 / layer_dims[l])":
            "this is sqrt(2 / n_l) with n_l = layer_dims[l]; the scale uses the size of the "
            "previous layer, layer_dims[l - 1]",
        "forgot the square root: * 2 / n_prev":
            "this is 2 / n_prev: did you forget the square root?",
        "divides by sqrt(2 / n_prev) instead of multiplying":
            "this is 1 / (the expected scale): did you divide by the scale instead of "
            "multiplying by it?",
        "uniform np.random.rand scaled by sqrt(2 / n_prev)":
            "np.random.randn draws from the standard normal N(0, 1); np.random.rand draws from "
            "[0, 1), whose mean is 0.5",
    },
    "normalize_inputs": {
        "test set normalized with its own mean and standard deviation":
            "the test set was normalized with its own statistics: use the training set's mu and "
            "sigma for both, X_test_norm = (X_test - mu) / sigma",
        "statistics of the training and the test set together":
            "mu and sigma include the test set: compute them from X_train only, then apply them "
            "to both sets",
        "divides by the variance instead of the standard deviation":
            "this divides by the variance sigma ** 2: divide by the standard deviation, its "
            "square root (np.std)",
        "forgot to subtract the mean":
            "the features are divided by sigma but not centred: subtract mu first, "
            "(X - mu) / sigma",
        "one mean and one standard deviation over all entries (no axis)":
            "mu and sigma are one number for the whole array: compute one per feature, over the "
            "examples, with axis=1 and keepdims=True (shape (n_x, 1))",
    },
}

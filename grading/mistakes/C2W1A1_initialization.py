"""Wrong and correct implementations of the graded functions of C2W1A1 (initialization).

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
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.zeros((layers_dims[l - 1], layers_dims[l]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "loop stops one layer early: range(1, L)": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L):
                    parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "rank-1 biases np.zeros(n)": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros(layers_dims[l])
                return parameters
            """),
        "loop from 0: keys W0, b0, ... and a wrapped-around shape": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                for l in range(len(layers_dims) - 1):
                    parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "np.ones for the weights": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.ones((layers_dims[l], layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_random": {
        "forgot the factor 10": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1])
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "np.random.rand (uniform on [0, 1)) instead of randn": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.rand(layers_dims[l], layers_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "random biases too": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layers_dims[l], layers_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.random.randn(layers_dims[l], 1) * 10
                return parameters
            """),
        "W transposed: randn(n_prev, n)": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layers_dims[l - 1], layers_dims[l])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "variance 10 instead of standard deviation 10: * sqrt(10)": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(10)
                    parameters["W" + str(l)] = W
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_he": {
        "Xavier scaling sqrt(1 / n_prev) instead of sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                                * np.sqrt(1 / layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "size of the current layer: sqrt(2 / layers_dims[l])": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                                * np.sqrt(2 / layers_dims[l]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "forgot the square root: * 2 / n_prev": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                                * 2 / layers_dims[l - 1])
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "divides by sqrt(2 / n_prev) instead of multiplying": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                                / np.sqrt(2 / layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "uniform np.random.rand scaled by sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    parameters["W" + str(l)] = (np.random.rand(layers_dims[l], layers_dims[l - 1])
                                                * np.sqrt(2 / layers_dims[l - 1]))
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
    },
}


CORRECT = {
    "initialize_parameters_zeros": {
        "dict comprehension with f-strings and a list as shape": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                for l in range(1, len(layers_dims)):
                    parameters.update({f"W{l}": np.zeros([layers_dims[l], layers_dims[l - 1]]),
                                       f"b{l}": np.zeros([layers_dims[l], 1])})
                return parameters
            """),
        "zip over consecutive sizes": _src("""
            def initialize_parameters_zeros(layers_dims):
                parameters = {}
                for l, (n_prev, n) in enumerate(zip(layers_dims[:-1], layers_dims[1:]), start=1):
                    parameters[f"W{l}"] = np.zeros(shape=(n, n_prev), dtype=float)
                    parameters[f"b{l}"] = np.zeros(shape=(n, 1), dtype=float)
                return parameters
            """),
    },
    "initialize_parameters_random": {
        "np.random.standard_normal with a shape tuple": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                for l in range(1, len(layers_dims)):
                    shape = (layers_dims[l], layers_dims[l - 1])
                    parameters[f"W{l}"] = 10 * np.random.standard_normal(shape)
                    parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "np.random.normal(0, 10, size)": _src("""
            def initialize_parameters_random(layers_dims):
                parameters = {}
                for l in range(1, len(layers_dims)):
                    size = (layers_dims[l], layers_dims[l - 1])
                    parameters[f"W{l}"] = np.random.normal(0.0, 10.0, size=size)
                    parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "seed set inside the function, as in some older courses": _src("""
            def initialize_parameters_random(layers_dims):
                np.random.seed(3)
                parameters = {}
                L = len(layers_dims) - 1
                for l in range(1, L + 1):
                    W = np.random.randn(layers_dims[l], layers_dims[l - 1])
                    parameters["W" + str(l)] = W * 10
                    parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "a new Generator, drawn transposed then .T": _src("""
            def initialize_parameters_random(layers_dims):
                rng = np.random.default_rng()
                parameters = {}
                for l in range(1, len(layers_dims)):
                    W = rng.standard_normal((layers_dims[l - 1], layers_dims[l]))
                    parameters[f"W{l}"] = W.T * 10
                    parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
    },
    "initialize_parameters_he": {
        "divide by sqrt(n_prev / 2)": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                for l in range(1, len(layers_dims)):
                    W = np.random.randn(layers_dims[l], layers_dims[l - 1])
                    parameters[f"W{l}"] = W / np.sqrt(layers_dims[l - 1] / 2)
                    parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
                return parameters
            """),
        "np.random.normal with scale sqrt(2 / n_prev)": _src("""
            def initialize_parameters_he(layers_dims):
                parameters = {}
                for l in range(1, len(layers_dims)):
                    n, n_prev = layers_dims[l], layers_dims[l - 1]
                    parameters[f"W{l}"] = np.random.normal(0, np.sqrt(2.0 / n_prev), (n, n_prev))
                    parameters[f"b{l}"] = np.zeros((n, 1))
                return parameters
            """),
        "seeded Generator inside the function": _src("""
            def initialize_parameters_he(layers_dims):
                rng = np.random.default_rng(3)
                parameters = {}
                for l in range(1, len(layers_dims)):
                    n, n_prev = layers_dims[l], layers_dims[l - 1]
                    parameters[f"W{l}"] = rng.standard_normal((n, n_prev)) * (2 / n_prev) ** 0.5
                    parameters[f"b{l}"] = np.zeros((n, 1))
                return parameters
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
            "W has its two sizes swapped: W[l] has shape (layers_dims[l], layers_dims[l - 1]), "
            "one row per unit of layer l",
        "loop stops one layer early: range(1, L)":
            "the last layer is missing: loop over l = 1, ..., L with range(1, L + 1), where "
            "L = len(layers_dims) - 1",
        "rank-1 biases np.zeros(n)":
            "b is a rank-1 array: each bias is a column, b[l] = np.zeros((layers_dims[l], 1))",
        "loop from 0: keys W0, b0, ... and a wrapped-around shape":
            "the layers are numbered from 1: loop over range(1, L + 1) to get the keys "
            "W1, b1, ..., WL, bL",
        "np.ones for the weights":
            "the weights must start at zero too: "
            "W[l] = np.zeros((layers_dims[l], layers_dims[l - 1])), not np.ones",
    },
    "initialize_parameters_random": {
        "forgot the factor 10":
            "the weights have standard deviation 1: did you forget to multiply "
            "np.random.randn(...) by the scale?",
        "np.random.rand (uniform on [0, 1)) instead of randn":
            "np.random.randn draws from the standard normal N(0, 1); np.random.rand draws from "
            "[0, 1), whose mean is 0.5",
        "W transposed: randn(n_prev, n)":
            "W[l] has shape (layers_dims[l], layers_dims[l-1]): one row per unit of layer l",
        "variance 10 instead of standard deviation 10: * sqrt(10)":
            "this is the square root of the expected standard deviation: multiply by the "
            "standard deviation itself, not by its square root",
    },
    "initialize_parameters_he": {
        "Xavier scaling sqrt(1 / n_prev) instead of sqrt(2 / n_prev)":
            "this is Xavier scaling sqrt(1 / n_prev); He scaling for ReLU layers is "
            "sqrt(2 / n_prev)",
        "size of the current layer: sqrt(2 / layers_dims[l])":
            "this is sqrt(2 / n_l) with n_l = layers_dims[l]; the scale uses the size of the "
            "previous layer, layers_dims[l - 1]",
        "forgot the square root: * 2 / n_prev":
            "this is 2 / n_prev: did you forget the square root?",
        "divides by sqrt(2 / n_prev) instead of multiplying":
            "this is 1 / (the expected scale): did you divide by the scale instead of "
            "multiplying by it?",
        "uniform np.random.rand scaled by sqrt(2 / n_prev)":
            "np.random.randn draws from the standard normal N(0, 1); np.random.rand draws from "
            "[0, 1), whose mean is 0.5",
    },
}

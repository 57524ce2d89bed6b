"""Checks by properties, for graded functions whose outputs are random.

A random initialization or a dropout mask may be drawn in several correct ways (``randn`` or
``normal``, ``rand(...) < keep_prob`` or ``rand(...) > 1 - keep_prob``, NumPy's global generator
or a Generator of one's own), so these checks don't compare with fixed numbers. They check what
every correct answer has in common: shapes, zero biases, the spread of the weights on a layer
large enough for statistics, binary masks that keep about ``keep_prob`` of the units, new masks
at every call, and that each value the function returns is consistent with the others (the
activations after dropout are the ReLU of the cached Z, masked by the cached mask and scaled).
A failed check raises :class:`helpers.checks.CheckFailure` with a hint that names the usual
mistake.

- :func:`check_initialization` -- C2W1A1, ``initialize_parameters_random`` and ``_he``;
- :func:`check_dropout_forward`, :func:`check_dropout_backward` -- C2W1A2, inverted dropout.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from helpers.checks import CheckFailure, check

__all__ = ["CACHE_LAYOUT", "check_dropout_backward", "check_dropout_forward",
           "check_initialization"]

Parameters = dict[str, np.ndarray]

# --- initializations (C2W1A1) ------------------------------------------------------------------


def check_initialization(parameters: object, layer_dims: list[int], scales: list[float], *,
                         min_size: int = 10_000, name: str | None = None) -> None:
    """Check a random initialization by its properties, so any correct way of drawing passes.

    Checks the keys "W1", "b1", ..., "WL", "bL", the shapes, that every bias is exactly zero,
    and, on each layer with at least ``min_size`` weights (large enough for statistics), that the
    weights have a mean near 0 (below a tenth of their standard deviation) and a standard
    deviation within 5 % of ``scales[l - 1]``.

    Arguments:
    parameters -- what the learner's function returned
    layer_dims -- the [n_x, n_1, ..., n_L] it was called with
    scales -- the standard deviation that W1, ..., WL should have
    name -- how the failure names the call (default: the parameters and layer_dims)
    Raises:
    CheckFailure naming the first problem found
    """
    __tracebackhide__ = True
    what = f"{name}: " if name else ""
    L = len(layer_dims) - 1
    expected_keys = [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]
    if not isinstance(parameters, dict):
        raise CheckFailure(f"{what}expected a dict of parameters, got {type(parameters).__name__}")
    missing = [k for k in expected_keys if k not in parameters]
    extra = [k for k in parameters if k not in expected_keys]
    if missing or extra:
        raise CheckFailure(
            f"{what}parameters for layer_dims={layer_dims}: expected the keys {expected_keys}, "
            f"got {list(parameters)}\n  hint: one W and one b per layer l = 1, ..., L with "
            f"L = len(layer_dims) - 1 = {L}: loop over range(1, len(layer_dims))")
    for l in range(1, L + 1):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        for key, value, shape in ((f"W{l}", W, (n, n_prev)), (f"b{l}", b, (n, 1))):
            if not isinstance(value, np.ndarray):
                raise CheckFailure(f'{what}parameters["{key}"]: expected a NumPy array of shape '
                                   f"{shape}, got {type(value).__name__}")
            if value.shape != shape:
                hint = ("W[l] has shape (layer_dims[l], layer_dims[l-1]): one row per unit of "
                        "layer l" if key[0] == "W"
                        else "b[l] is a column: np.zeros((layer_dims[l], 1))")
                raise CheckFailure(f'{what}parameters["{key}"] for layer_dims={layer_dims}: '
                                   f"shape {value.shape}, expected {shape}\n  hint: {hint}")
        check(f'{what}parameters["b{l}"] (biases start at zero)', b, np.zeros((n, 1)),
              atol=0, rtol=0)
        if W.size < min_size:
            continue
        expected_std = scales[l - 1]
        mean, std = float(np.mean(W)), float(np.std(W))
        where = f'{what}parameters["W{l}"] of shape {W.shape} (layer_dims={layer_dims})'
        if abs(mean) > 0.1 * std:
            raise CheckFailure(
                f"{where}: the weights should be centred on 0, but their mean is {mean:.4g}\n"
                "  hint: np.random.randn draws from the standard normal N(0, 1); np.random.rand "
                "draws from [0, 1), whose mean is 0.5")
        if abs(std / expected_std - 1) > 0.05:
            raise CheckFailure(
                f"{where}: the standard deviation of the weights is {std:.4g}, expected "
                f"{expected_std:.4g}\n  hint: {_scale_hint(std, expected_std, n, n_prev)}")


def _scale_hint(std: float, expected: float, n: int, n_prev: int) -> str:
    """Guess which usual mistake gives weights of standard deviation ``std``."""
    guesses = [
        (1.0, "the weights have standard deviation 1: did you forget to multiply "
              "np.random.randn(...) by the scale?"),
        (np.sqrt(1.0 / n_prev), "this is Xavier scaling sqrt(1 / n_prev); He scaling for ReLU "
                                "layers is sqrt(2 / n_prev)"),
        (2.0 / n_prev, "this is 2 / n_prev: did you forget the square root?"),
        (np.sqrt(2.0 / n), "this is sqrt(2 / n_l) with n_l = layer_dims[l]; the scale uses the "
                           "size of the previous layer, layer_dims[l - 1]"),
        (1.0 / expected, "this is 1 / (the expected scale): did you divide by the scale instead "
                         "of multiplying by it?"),
        (np.sqrt(expected), "this is the square root of the expected standard deviation: "
                            "multiply by the standard deviation itself, not by its square root"),
        (0.01, "this is a scale of 0.01"),
        (100.0, "this is a scale of 100: multiply by 10, not by 10 ** 2"),
    ]
    for value, text in guesses:
        if abs(std / value - 1) < 0.05 and abs(value / expected - 1) > 0.05:
            return text
    return ("W[l] = np.random.randn(layer_dims[l], layer_dims[l - 1]) multiplied by the scale "
            "of the exercise")


# --- inverted dropout (C2W1A2) -----------------------------------------------------------------

CACHE_LAYOUT = ("Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3")


def check_dropout_forward(forward: Callable, X: np.ndarray, parameters: Parameters,
                          keep_prob: float, *, min_size: int = 10_000,
                          outputs: tuple | None = None, name: str | None = None) -> None:
    """Check a forward pass with inverted dropout by its properties, for any way of drawing masks.

    Calls ``forward(X, parameters, keep_prob)`` (unless ``outputs`` holds what a first call
    returned) and checks its cache, value by value, against the values before it in the cache:
    the layout; W and b cached unchanged; Z1 = W1 X + b1; for each hidden layer a mask D{l} of
    0s and 1s of the shape of Z{l}, keeping about keep_prob of the units (on a layer of at least
    ``min_size`` units), A{l} = relu(Z{l}) * D{l} / keep_prob and Z{l+1} = W{l+1} A{l} + b{l+1};
    A3 = sigmoid(Z3), returned and cached. Then calls ``forward`` once more: the masks must be new.

    Raises:
    CheckFailure naming the first problem found
    """
    __tracebackhide__ = True
    call = name or f"forward_propagation_with_dropout(X, parameters, keep_prob={keep_prob})"
    A3, cache = outputs if outputs is not None else forward(X, parameters, keep_prob)
    if not isinstance(cache, (tuple, list)) or len(cache) != len(CACHE_LAYOUT):
        size = len(cache) if isinstance(cache, (tuple, list)) else type(cache).__name__
        raise CheckFailure(f"{call}: the cache should hold the {len(CACHE_LAYOUT)} values "
                           f"({', '.join(CACHE_LAYOUT)}), got {size}")
    c = dict(zip(CACHE_LAYOUT, cache, strict=True))
    for key in ("W1", "b1", "W2", "b2", "W3", "b3"):
        check(f"{call}: cache {key}", c[key], parameters[key])
    A_prev = np.asarray(X)
    for l in (1, 2):
        hint = (" (no dropout on the inputs X)" if l == 1 else
                " (W2 A1 + b2, with your A1 after dropout)")
        Z = c[f"Z{l}"]
        check(f"{call}: cache Z{l}{hint}", Z, parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"])
        D, A = c[f"D{l}"], c[f"A{l}"]
        if not isinstance(D, np.ndarray) or D.shape != Z.shape:
            got = D.shape if isinstance(D, np.ndarray) else type(D).__name__
            raise CheckFailure(
                f"{call}: the mask D{l} should have the shape of A{l}, {Z.shape} (one draw per "
                f"unit and example), got {got}\n"
                f"  hint: np.random.rand(A{l}.shape[0], A{l}.shape[1])")
        if not np.all((D == 0) | (D == 1)):
            raise CheckFailure(
                f"{call}: the mask D{l} should hold only 0 and 1 (or False and True), got values "
                f"such as {np.unique(D)[:4]}\n  hint: compare the random numbers with keep_prob: "
                f"D{l} = np.random.rand(...) < keep_prob")
        kept = float(np.mean(D))
        # six standard deviations of the share kept, at least 1 %: a correct mask fails with a
        # probability below 1e-8, a mask with another rate (1 - keep_prob, randn) fails for sure
        tolerance = max(0.01, 6 * np.sqrt(keep_prob * (1 - keep_prob) / D.size))
        if D.size >= min_size and abs(kept - keep_prob) > tolerance:
            raise CheckFailure(
                f"{call}: the mask D{l} keeps {100 * kept:.1f} % of the units, expected about "
                f"keep_prob = {100 * keep_prob:g} %\n  hint: keep a unit where a uniform "
                "random number in [0, 1) is below keep_prob: np.random.rand(...) < keep_prob")
        relu_Z = np.maximum(0.0, Z)
        A_expected = relu_Z * D / keep_prob
        if isinstance(A, np.ndarray) and A.shape == Z.shape and not np.allclose(A, A_expected):
            _explain_activations(call, l, A, relu_Z, D, keep_prob)
        check(f"{call}: cache A{l} (relu(Z{l}) * D{l} / keep_prob, with your D{l})", A,
              A_expected)
        A_prev = A
    Z3 = c["Z3"]
    check(f"{call}: cache Z3 (W3 A2 + b3, with your A2 after dropout)", Z3,
          parameters["W3"] @ A_prev + parameters["b3"])
    with np.errstate(over="ignore"):
        sigmoid_Z3 = 1.0 / (1.0 + np.exp(-Z3))
    check(f"{call}: cache A3 (sigmoid(Z3): no dropout on the output layer)", c["A3"],
          sigmoid_Z3)
    check(f"{call}: the returned A3 (the A3 of the cache)", A3, c["A3"])
    _, cache_again = forward(X, parameters, keep_prob)
    if all(np.array_equal(cache_again[i], cache[i]) for i in (1, 6)):
        raise CheckFailure(
            f"{call}: a second call gave the same masks D1 and D2\n  hint: draw new masks at "
            "every call (and don't set a seed inside the function): dropout removes different "
            "units at every iteration")


def _explain_activations(call: str, l: int, A: np.ndarray, relu_Z: np.ndarray, D: np.ndarray,
                         keep_prob: float) -> None:
    """Raise a CheckFailure that names the usual mistake, if A{l} shows one."""
    __tracebackhide__ = True
    unscaled, unmasked = np.allclose(A, relu_Z * D), np.allclose(A, relu_Z)
    if unscaled and not unmasked:
        raise CheckFailure(f"{call}: A{l} = relu(Z{l}) * D{l}, but the kept units are not divided "
                           f"by keep_prob\n  hint: A{l} = A{l} * D{l} / keep_prob keeps the "
                           "expected value of each unit unchanged")
    if unmasked and not unscaled:
        raise CheckFailure(f"{call}: the cached A{l} is relu(Z{l}), without dropout\n  hint: "
                           f"apply the mask and the scaling, A{l} = A{l} * D{l} / keep_prob, "
                           f"and cache this A{l}")
    if unmasked:  # and unscaled: the mask happens to drop only inactive units here
        raise CheckFailure(f"{call}: the cached A{l} equals relu(Z{l}): the kept units are not "
                           f"divided by keep_prob (or the cache holds A{l} from before dropout)"
                           f"\n  hint: apply the mask and the scaling, A{l} = A{l} * D{l} / "
                           f"keep_prob, and cache this A{l}")
    if np.allclose(A, relu_Z * D * keep_prob):
        raise CheckFailure(f"{call}: the kept units of A{l} are multiplied by keep_prob\n  hint: "
                           f"divide them by keep_prob: A{l} = A{l} * D{l} / keep_prob")


def check_dropout_backward(backward: Callable, X: np.ndarray, Y: np.ndarray, cache: tuple,
                           keep_prob: float) -> None:
    """Check that a backward pass with dropout uses the masks of the cache.

    Calls ``backward(X, Y, cache, keep_prob)`` twice, with different states of NumPy's global
    generator: the gradients must not change (the masks come from the cache, no new draws).
    Then dA1 and dA2 must be 0 wherever the cache's masks D1 and D2 dropped a unit. The values
    of the gradients are for the caller to compare.

    Raises:
    CheckFailure naming the first problem found
    """
    __tracebackhide__ = True
    call = f"backward_propagation_with_dropout(X, Y, cache, keep_prob={keep_prob})"
    state = np.random.get_state()
    try:
        np.random.seed(0)
        gradients = backward(X, Y, cache, keep_prob)
        np.random.seed(1)
        gradients_again = backward(X, Y, cache, keep_prob)
    finally:
        np.random.set_state(state)
    if not isinstance(gradients, dict):
        raise CheckFailure(f"{call}: expected a dict of gradients, got {type(gradients).__name__}")
    for key in ("dA2", "dW2", "db2", "dA1", "dW1", "db1"):
        if key in gradients and key in gradients_again and not np.array_equal(
                np.asarray(gradients[key]), np.asarray(gradients_again[key])):
            raise CheckFailure(
                f"{call}: two calls with the same cache gave different {key}, so the backward "
                "pass draws new random masks instead of using the ones in the cache\n  hint: "
                "unpack D1 and D2 from the cache and use them: dA2 = dA2 * D2 / keep_prob, "
                "dA1 = dA1 * D1 / keep_prob")
    for l, mask in ((2, cache[6]), (1, cache[1])):
        dA = gradients.get(f"dA{l}")
        if not isinstance(dA, np.ndarray) or dA.shape != np.shape(mask):
            continue  # the caller's comparison names the shape
        dropped = np.asarray(mask) == 0
        if np.any(dA[dropped] != 0):
            raise CheckFailure(
                f"{call}: dA{l} is not 0 for some units that the mask D{l} dropped\n  hint: a "
                f"dropped unit gets no gradient: dA{l} = dA{l} * D{l} / keep_prob, with the mask "
                f"D{l} from the cache")

"""Reference implementation of assignment C2W1A2, regularization: L2 and inverted dropout.

The network is the 3-layer one of :mod:`helpers.reference.initialization`
(LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID), whose forward pass keeps the flat cache
``(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)``. With dropout the cache also keeps the two
masks, each just before the activations it was applied to::

    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)

where A1 and A2 are the activations *after* dropout (masked and divided by keep_prob). The masks
are drawn from NumPy's global generator, ``np.random.rand(n_l, m) < keep_prob``, D1 first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from helpers.reference.deep_network import initialize_parameters_deep, update_parameters
from helpers.reference.initialization import (
    accuracy,
    backward_propagation,
    compute_cost,
    forward_propagation,
    predict,
    relu,
    sigmoid,
)

__all__ = [
    "CACHE_LAYOUT", "accuracy", "backward_propagation", "backward_propagation_with_dropout",
    "backward_propagation_with_regularization", "check_dropout_backward", "check_dropout_forward",
    "compute_cost", "compute_cost_with_regularization", "forward_propagation",
    "forward_propagation_with_dropout", "initialize_parameters", "model", "predict", "relu",
    "sigmoid",
]

Parameters = dict[str, np.ndarray]


def initialize_parameters(layers_dims: list[int], seed: int = 1) -> Parameters:
    """He-style start of the deep-network assignment: W{l} ~ N(0, 2 / n_{l-1}), b{l} = 0.

    Draws with ``np.random.RandomState(seed)`` (the global generator is left alone).

    Arguments:
    layers_dims -- [n_x, n_1, ..., n_L]; seed -- seed of the random generator
    Returns:
    parameters -- {"W{l}": (n_l, n_{l-1}), "b{l}": (n_l, 1)}
    """
    return initialize_parameters_deep(layers_dims, seed=seed)


# --- the four graded functions -----------------------------------------------------------------


def compute_cost_with_regularization(A3: np.ndarray, Y: np.ndarray, parameters: Parameters,
                                     lambd: float) -> float:
    """Cross-entropy cost plus the L2 penalty (lambd / (2 m)) * sum_l ||W{l}||_F^2.

    Arguments:
    A3 -- output probabilities, shape (1, m); Y -- labels 0/1, shape (1, m)
    parameters -- "W1", "b1", ..., "W3", "b3" (biases are not penalized)
    lambd -- the regularization strength lambda
    Returns:
    cost -- a Python float
    """
    m = Y.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    L2_regularization_cost = lambd / (2 * m) * (np.sum(W1**2) + np.sum(W2**2) + np.sum(W3**2))
    return float(cross_entropy_cost + L2_regularization_cost)


def backward_propagation_with_regularization(X: np.ndarray, Y: np.ndarray, cache: tuple,
                                             lambd: float) -> dict[str, np.ndarray]:
    """Gradients of the L2-regularized cost: the plain gradients plus (lambd / m) * W{l} on dW{l}.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    cache -- (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) from forward_propagation
    lambd -- the regularization strength lambda
    Returns:
    gradients -- "dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"
    """
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m + lambd / m * W3
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m + lambd / m * W2
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (A1 > 0)
    dW1 = dZ1 @ X.T / m + lambd / m * W1
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def forward_propagation_with_dropout(X: np.ndarray, parameters: Parameters,
                                     keep_prob: float = 0.5) -> tuple[np.ndarray, tuple]:
    """Forward pass with inverted dropout on the two hidden layers (not on X, not on the output).

    Each hidden unit of each example is kept with probability keep_prob: A{l} = A{l} * D{l} /
    keep_prob with a fresh 0/1 mask D{l} = (np.random.rand(n_l, m) < keep_prob).

    Arguments:
    X -- inputs, shape (n_x, m)
    parameters -- "W1" (n_1, n_x), "b1" (n_1, 1), "W2" (n_2, n_1), "b2" (n_2, 1),
                  "W3" (1, n_2), "b3" (1, 1)
    keep_prob -- probability of keeping a hidden unit
    Returns:
    A3 -- output probabilities, shape (1, m)
    cache -- (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3); D{l} and A{l} (after
             dropout) of shape (n_l, m)
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    D1 = (np.random.rand(A1.shape[0], A1.shape[1]) < keep_prob).astype(int)
    A1 = A1 * D1 / keep_prob
    Z2 = W2 @ A1 + b2
    A2 = relu(Z2)
    D2 = (np.random.rand(A2.shape[0], A2.shape[1]) < keep_prob).astype(int)
    A2 = A2 * D2 / keep_prob
    Z3 = W3 @ A2 + b3
    A3 = sigmoid(Z3)
    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation_with_dropout(X: np.ndarray, Y: np.ndarray, cache: tuple,
                                      keep_prob: float) -> dict[str, np.ndarray]:
    """Gradients for the forward pass with dropout, using the masks D1, D2 saved in the cache.

    The gradient flows only through the units that were kept, scaled by 1 / keep_prob as in the
    forward pass: dA{l} = dA{l} * D{l} / keep_prob.

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    cache -- (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    keep_prob -- the probability used in the forward pass
    Returns:
    gradients -- "dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"
    """
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dA2 = dA2 * D2 / keep_prob
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dA1 = dA1 * D1 / keep_prob
    dZ1 = dA1 * (A1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


# --- training ----------------------------------------------------------------------------------


def model(
    X: np.ndarray,
    Y: np.ndarray,
    learning_rate: float = 0.3,
    num_iterations: int = 20000,
    print_cost: bool = True,
    lambd: float = 0.0,
    keep_prob: float = 1.0,
    *,
    forward_function: Callable | None = None,
    cost_function: Callable | None = None,
    backward_function: Callable | None = None,
    layers_dims: list[int] | None = None,
    seed: int = 1,
    progress_bar: Callable[[range], Iterable[int]] | None = None,
) -> tuple[Parameters, list[float]]:
    """Train the 3-layer network by batch gradient descent: plain, with L2 or with dropout.

    Use at most one of the two: lambd > 0 (L2) or keep_prob < 1 (dropout). The three functions
    default to the reference versions of the chosen case; pass your own to train with them:

    - plain: forward_function(X, parameters), cost_function(A3, Y), backward_function(X, Y, cache)
    - L2: forward_function(X, parameters), cost_function(A3, Y, parameters, lambd),
      backward_function(X, Y, cache, lambd)
    - dropout: forward_function(X, parameters, keep_prob), cost_function(A3, Y),
      backward_function(X, Y, cache, keep_prob)

    Arguments:
    X -- inputs, shape (n_x, m); Y -- labels 0/1, shape (1, m)
    learning_rate, num_iterations -- gradient-descent settings
    print_cost -- print the cost every 2000 iterations
    lambd -- L2 strength (0: no L2); keep_prob -- dropout keep probability (1: no dropout)
    layers_dims -- [n_x, n_1, n_2, 1]; default [n_x, 20, 3, 1]
    seed -- seed of the initialization (initialize_parameters); dropout masks come from the global
            generator, so set np.random.seed(...) before calling for repeatable runs
    progress_bar -- optional wrapper of the iteration range that shows progress (the notebooks'
                    training cells pass their progress bar)
    Returns:
    parameters -- the learned "W1", "b1", ..., "W3", "b3"
    costs -- the cost at iterations 0, 1000, 2000, ... (before that iteration's update)
    """
    if lambd > 0 and keep_prob < 1:
        raise ValueError("use L2 (lambd > 0) or dropout (keep_prob < 1), not both at once")
    dropout, l2 = keep_prob < 1, lambd > 0
    forward = forward_function or (forward_propagation_with_dropout if dropout
                                   else forward_propagation)
    cost_of = cost_function or (compute_cost_with_regularization if l2 else compute_cost)
    backward = backward_function or (
        backward_propagation_with_dropout if dropout
        else backward_propagation_with_regularization if l2 else backward_propagation)

    if layers_dims is None:
        layers_dims = [X.shape[0], 20, 3, 1]
    parameters = initialize_parameters(layers_dims, seed=seed)
    costs = []
    steps = range(num_iterations)
    for i in progress_bar(steps) if progress_bar is not None else steps:
        if dropout:
            A3, cache = forward(X, parameters, keep_prob)
            grads = backward(X, Y, cache, keep_prob)
        elif l2:
            A3, cache = forward(X, parameters)
            grads = backward(X, Y, cache, lambd)
        else:
            A3, cache = forward(X, parameters)
            grads = backward(X, Y, cache)
        if i % 1000 == 0:
            cost = cost_of(A3, Y, parameters, lambd) if l2 else cost_of(A3, Y)
            costs.append(cost)
            if print_cost and i % 2000 == 0:
                print(f"Cost after iteration {i}: {cost:f}")
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs


# --- property checks used by the graded cells of C2W1A2 ----------------------------------------

CACHE_LAYOUT = ("Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3")


def check_dropout_forward(forward: Callable, X: np.ndarray, parameters: Parameters,
                          keep_prob: float, *, min_size: int = 10_000) -> None:
    """Check a forward pass with inverted dropout by its properties, for any way of drawing masks.

    Calls ``forward(X, parameters, keep_prob)`` twice and checks: the cache layout; Z1 = W1 X + b1;
    for each hidden layer a binary mask D{l} of the shape of A{l}, keeping about keep_prob of the
    units (when the layer has at least ``min_size`` units), A{l} = relu(Z{l}) * D{l} / keep_prob
    and the next Z computed from that A{l}; A3 = sigmoid(Z3), returned and cached; W and b cached
    unchanged; and new masks on the second call. The expected values are computed here from the
    inputs and from the learner's own masks.

    Raises:
    CheckFailure naming the first problem found
    """
    from helpers.checks import CheckFailure, check  # noqa: PLC0415

    __tracebackhide__ = True
    call = f"forward_propagation_with_dropout(X, parameters, keep_prob={keep_prob})"
    A3, cache = forward(X, parameters, keep_prob)
    if not isinstance(cache, (tuple, list)) or len(cache) != len(CACHE_LAYOUT):
        size = len(cache) if isinstance(cache, (tuple, list)) else type(cache).__name__
        raise CheckFailure(f"{call}: the cache should hold the {len(CACHE_LAYOUT)} values "
                           f"({', '.join(CACHE_LAYOUT)}), got {size}")
    c = dict(zip(CACHE_LAYOUT, cache))
    for key in ("W1", "b1", "W2", "b2", "W3", "b3"):
        check(f"cache {key}", c[key], parameters[key])
    A_prev = X
    for l in (1, 2):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z_expected = W @ A_prev + b
        hint = (" (don't apply dropout to the inputs X)" if l == 1 else
                " (Z2 = W2 A1 + b2 with A1 after dropout)")
        if not (isinstance(c[f"Z{l}"], np.ndarray) and c[f"Z{l}"].shape == Z_expected.shape
                and np.allclose(c[f"Z{l}"], Z_expected)):
            check(f"cache Z{l}{hint}", c[f"Z{l}"], Z_expected)
        D, A = c[f"D{l}"], c[f"A{l}"]
        shape = Z_expected.shape
        if not isinstance(D, np.ndarray) or D.shape != shape:
            got = D.shape if isinstance(D, np.ndarray) else type(D).__name__
            raise CheckFailure(
                f"{call}: the mask D{l} should have the shape of A{l}, {shape} (one draw per unit "
                f"and example), got {got}\n  hint: np.random.rand(A{l}.shape[0], A{l}.shape[1])")
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
        relu_Z = relu(Z_expected)
        A_expected = relu_Z * D / keep_prob
        if isinstance(A, np.ndarray) and A.shape == shape and not np.allclose(A, A_expected):
            unscaled, unmasked = np.allclose(A, relu_Z * D), np.allclose(A, relu_Z)
            if unscaled and not unmasked:
                raise CheckFailure(f"{call}: A{l} = relu(Z{l}) * D{l}, but the kept units are "
                                   f"not divided by keep_prob\n  hint: A{l} = A{l} * D{l} / "
                                   "keep_prob keeps the expected value of each unit unchanged")
            if unmasked and not unscaled:
                raise CheckFailure(f"{call}: the cached A{l} is relu(Z{l}), without dropout\n"
                                   f"  hint: apply the mask and the scaling, A{l} = A{l} * D{l} "
                                   f"/ keep_prob, and cache this A{l}")
            if unmasked:  # and unscaled: the mask happens to drop only inactive units here
                raise CheckFailure(f"{call}: the cached A{l} equals relu(Z{l}): the kept units "
                                   "are not divided by keep_prob (or the cache holds A"
                                   f"{l} from before dropout)\n  hint: A{l} = A{l} * D{l} / "
                                   f"keep_prob, and cache this A{l}")
            if np.allclose(A, relu_Z * D * keep_prob):
                raise CheckFailure(f"{call}: the kept units of A{l} are multiplied by keep_prob; "
                                   "they must be divided by it")
        check(f"cache A{l} (relu(Z{l}) * D{l} / keep_prob, with your D{l})", A, A_expected)
        A_prev = A_expected
    Z3_expected = parameters["W3"] @ A_prev + parameters["b3"]
    check("cache Z3 (W3 A2 + b3 with A2 after dropout)", c["Z3"], Z3_expected)
    A3_expected = 1.0 / (1.0 + np.exp(-Z3_expected))
    check("cache A3 (sigmoid(Z3): no dropout on the output layer)", c["A3"], A3_expected)
    check(f"{call}[0], the returned A3", A3, A3_expected)
    _, cache_again = forward(X, parameters, keep_prob)
    if all(np.array_equal(cache_again[i], cache[i]) for i in (1, 6)):
        raise CheckFailure(
            f"{call}: a second call gave the same masks D1 and D2\n  hint: draw new masks at "
            "every call (and don't set a seed inside the function): dropout removes different "
            "units at every iteration")


def check_dropout_backward(backward: Callable, X: np.ndarray, Y: np.ndarray, cache: tuple,
                           keep_prob: float, expected: dict[str, np.ndarray]) -> None:
    """Check a backward pass with dropout against gradients computed with the cache's masks.

    Calls ``backward(X, Y, cache, keep_prob)`` twice with different states of NumPy's global
    generator: the gradients must not change (the masks come from the cache, no new draws). Then
    compares the gradients named in ``expected`` (hard-coded by the caller), naming the usual
    mistakes: no division by keep_prob, a multiplication instead, a mask that was not applied.

    Raises:
    CheckFailure naming the first problem found
    """
    from helpers.checks import CheckFailure, check  # noqa: PLC0415

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
    if not isinstance(gradients, dict) or any(key not in gradients for key in expected):
        check(call, gradients, expected)  # explains the missing keys
    for key in expected:
        if not np.array_equal(np.asarray(gradients[key]), np.asarray(gradients_again[key])):
            raise CheckFailure(
                f"{call}: backward did not use the dropout mask saved in the cache: two calls "
                f"with the same cache gave different {key}, so it draws new random masks\n"
                "  hint: unpack D1 and D2 from the cache and use them: dA2 = dA2 * D2 / "
                "keep_prob, dA1 = dA1 * D1 / keep_prob")
    A2, W2, A3, W3 = cache[7], cache[8], cache[11], cache[12]
    masks = {2: np.asarray(cache[6]), 1: np.asarray(cache[1])}
    unmasked = {2: W3.T @ (A3 - Y)}  # the gradients arriving at A2 and A1, before the masks
    if "dA2" in expected:
        unmasked[1] = W2.T @ (expected["dA2"] * (A2 > 0))
    for l in (2, 1):
        key = f"dA{l}"
        if key not in expected or l not in unmasked:
            continue
        got, want = np.asarray(gradients[key], dtype=float), expected[key]
        if got.shape != want.shape or np.allclose(got, want):
            continue
        if np.allclose(got, want * keep_prob):
            raise CheckFailure(f"{call}: {key} = {key} * D{l}, but the kept units are not "
                               f"divided by keep_prob\n  hint: {key} = {key} * D{l} / keep_prob, "
                               "as in the forward pass")
        if np.allclose(got, want * keep_prob**2):
            raise CheckFailure(f"{call}: the kept units of {key} are multiplied by keep_prob; "
                               "they must be divided by it")
        if np.allclose(got, unmasked[l] / keep_prob) or np.allclose(got, unmasked[l]):
            raise CheckFailure(f"{call}: the mask D{l} from the cache was not applied to {key}"
                               f"\n  hint: {key} = {key} * D{l} / keep_prob")
        flowing = unmasked[l] != 0  # where the gradient is non-zero before the mask
        if np.any((got[flowing] == 0) != (masks[l][flowing] == 0)):
            raise CheckFailure(
                f"{call}: backward did not use the dropout mask saved in the cache: {key} is 0 "
                f"where D{l} keeps the unit, or not 0 where D{l} drops it\n  hint: unpack D1 "
                f"and D2 from the cache, and {key} = {key} * D{l} / keep_prob")
    check(call, {key: gradients[key] for key in expected}, expected)

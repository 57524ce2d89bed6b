"""Independent checks of the deep network's answer key (C1W4A1's solutions, C1W4A2's models) and of
the given activations (helpers.activations).

The backward functions are compared with a centered-difference numerical gradient in float64
(relative error below 1e-7) on small random networks; the forward pieces with direct formulas.
"""

from __future__ import annotations

import types

import numpy as np
import pytest

from grading.key import key_namespace
from helpers import activations

dn = types.SimpleNamespace(**key_namespace("C1W4A1_deep_network_step_by_step"),
                           **{n: v for n, v in key_namespace("C1W4A2_deep_network_application").items()
                              if n in ("two_layer_model", "L_layer_model")})

EPS = 1e-6
TOLERANCE = 1e-7


def rel_error(a: np.ndarray, b: np.ndarray) -> float:
    """||a - b|| / (||a|| + ||b||), 0 when both are 0."""
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denominator == 0 else float(np.linalg.norm(a - b) / denominator)


def numerical_gradient(f, x: np.ndarray, eps: float = EPS) -> np.ndarray:
    """Centered difference (f(x + eps e_i) - f(x - eps e_i)) / (2 eps) for every entry of x.

    f takes no argument and reads x, which is modified in place and restored.
    """
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + eps
        plus = f()
        x[i] = old - eps
        minus = f()
        x[i] = old
        grad[i] = (plus - minus) / (2 * eps)
    return grad


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_linear_backward_matches_numerical_gradient(seed):
    rng = np.random.default_rng(seed)
    A = rng.standard_normal((4, 5))
    W = rng.standard_normal((3, 4))
    b = rng.standard_normal((3, 1))
    dZ = rng.standard_normal((3, 5))  # upstream gradient: J = sum(dZ * Z)

    def J() -> float:
        Z, _ = dn.linear_forward(A, W, b)
        return float(np.sum(dZ * Z))

    _, cache = dn.linear_forward(A, W, b)
    dA_prev, dW, db = dn.linear_backward(dZ, cache)
    m = A.shape[1]
    # linear_backward averages dW and db over the m examples (the cost is a mean), dA_prev not
    assert rel_error(dA_prev, numerical_gradient(J, A)) < TOLERANCE
    assert rel_error(dW, numerical_gradient(J, W) / m) < TOLERANCE
    assert rel_error(db, numerical_gradient(J, b) / m) < TOLERANCE
    assert dA_prev.shape == A.shape and dW.shape == W.shape and db.shape == b.shape


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_linear_activation_backward_matches_numerical_gradient(activation, seed):
    rng = np.random.default_rng(seed)
    A_prev = rng.standard_normal((4, 6))
    W = rng.standard_normal((3, 4))
    b = rng.standard_normal((3, 1))
    dA = rng.standard_normal((3, 6))  # J = sum(dA * A)

    def J() -> float:
        A, _ = dn.linear_activation_forward(A_prev, W, b, activation)
        return float(np.sum(dA * A))

    # relu has a kink at 0: no Z may lie within a finite-difference step of it
    assert np.min(np.abs(W @ A_prev + b)) > 1e-4, "test data: a Z too close to relu's kink"
    _, cache = dn.linear_activation_forward(A_prev, W, b, activation)
    dA_prev, dW, db = dn.linear_activation_backward(dA, cache, activation)
    m = A_prev.shape[1]
    assert rel_error(dA_prev, numerical_gradient(J, A_prev)) < TOLERANCE
    assert rel_error(dW, numerical_gradient(J, W) / m) < TOLERANCE
    assert rel_error(db, numerical_gradient(J, b) / m) < TOLERANCE


@pytest.mark.parametrize("layer_dims", [[3, 1], [4, 5, 1], [5, 4, 3, 1], [3, 6, 4, 2, 1]])
@pytest.mark.parametrize("seed", [0, 1])
def test_L_model_backward_matches_numerical_gradient_of_the_cost(layer_dims, seed):
    rng = np.random.default_rng(seed)
    m = 7
    X = rng.standard_normal((layer_dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    parameters = dn.initialize_parameters_deep(layer_dims, seed=seed)
    for l in range(1, len(layer_dims)):  # non-zero biases so that b matters too
        parameters[f"b{l}"] = 0.1 * rng.standard_normal(parameters[f"b{l}"].shape)

    def J() -> float:
        AL, _ = dn.L_model_forward(X, parameters)
        return dn.compute_cost(AL, Y)

    AL, caches = dn.L_model_forward(X, parameters)
    for _, Z in caches[:-1]:
        assert np.min(np.abs(Z)) > 1e-4, "test data: a Z too close to relu's kink"
    grads = dn.L_model_backward(AL, Y, caches)
    L = len(layer_dims) - 1
    assert set(grads) == {f"{g}{l}" for l in range(1, L + 1) for g in ("dW", "db")} | {
        f"dA{l}" for l in range(L)
    }
    for l in range(1, L + 1):
        for name in ("W", "b"):
            numerical = numerical_gradient(J, parameters[f"{name}{l}"])
            assert rel_error(grads[f"d{name}{l}"], numerical) < TOLERANCE, f"d{name}{l}"
    # dA0 is the gradient of m * J with respect to X (dA is not averaged over the examples)
    assert rel_error(grads["dA0"], m * numerical_gradient(J, X)) < TOLERANCE


def test_activations_and_their_registry():
    Z = np.array([[-2.0, 0.0, 3.0]])
    A, cache = activations.relu(Z)
    np.testing.assert_array_equal(A, [[0.0, 0.0, 3.0]])
    assert cache is Z
    A, cache = activations.sigmoid(Z)
    np.testing.assert_allclose(A, 1 / (1 + np.exp(-Z)), rtol=1e-15)
    dA = np.array([[1.0, 2.0, 3.0]])
    np.testing.assert_array_equal(activations.relu_backward(dA, Z), [[0.0, 0.0, 3.0]])
    s = 1 / (1 + np.exp(-Z))
    np.testing.assert_allclose(activations.sigmoid_backward(dA, Z), dA * s * (1 - s), rtol=1e-15)
    assert activations.ACTIVATIONS == {
        "relu": (activations.relu, activations.relu_backward),
        "sigmoid": (activations.sigmoid, activations.sigmoid_backward)}


def test_initialization_follows_the_stated_recipe():
    layer_dims = [6, 4, 3, 1]
    parameters = dn.initialize_parameters_deep(layer_dims, seed=3)
    rng = np.random.RandomState(3)
    assert list(parameters) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for l in range(1, 4):
        expected = rng.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        np.testing.assert_array_equal(parameters[f"W{l}"], expected)
        np.testing.assert_array_equal(parameters[f"b{l}"], np.zeros((layer_dims[l], 1)))
    two = dn.initialize_parameters(6, 4, 1, seed=3)
    deep = dn.initialize_parameters_deep([6, 4, 1], seed=3)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_array_equal(two[key], deep[key])
    # He scaling: the variance of W{l} is about 2 / n_{l-1}
    big = dn.initialize_parameters_deep([400, 300], seed=0)["W1"]
    assert abs(big.var() * 400 / 2 - 1) < 0.02


def test_compute_cost_and_update():
    AL = np.array([[0.8, 0.1, 0.6]])
    Y = np.array([[1, 0, 0]])
    cost = dn.compute_cost(AL, Y)
    assert isinstance(cost, float)
    assert cost == pytest.approx(-(np.log(0.8) + np.log(0.9) + np.log(0.4)) / 3, rel=1e-14)
    parameters = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1))}
    grads = {"dW1": np.full((2, 3), 2.0), "db1": np.ones((2, 1)), "dA0": np.ones((3, 4))}
    updated = dn.update_parameters(parameters, grads, 0.1)
    np.testing.assert_allclose(updated["W1"], 0.8)
    np.testing.assert_allclose(updated["b1"], -0.1)
    np.testing.assert_array_equal(parameters["W1"], 1.0)  # the input is not modified


def test_models_lower_the_cost_and_record_it_every_100_iterations():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((5, 40))
    Y = (X[0:1] + X[1:2] > 0).astype(float)
    for train, dims in ((dn.two_layer_model, (5, 4, 1)), (dn.L_layer_model, [5, 4, 3, 1])):
        parameters, costs = train(X, Y, dims, learning_rate=0.1, num_iterations=301)
        assert len(costs) == 4
        assert costs[-1] < costs[0]
        assert set(parameters) == {f"{p}{l}" for l in range(1, len(dims)) for p in "Wb"}

"""Tests for helpers.checks and helpers.diagnose: every acceptance rule and every hint."""

from __future__ import annotations

import types

import numpy as np
import pytest

from helpers import diagnose
from helpers.checks import CheckFailure, check, passed, substituted

RNG = np.random.default_rng(0)
W = RNG.standard_normal((3, 4))
X = RNG.standard_normal((4, 5))
COL = RNG.standard_normal((3, 1))  # like db: (n, 1)


def failure(name: str, got: object, expected: object, **tol: float) -> str:
    """The message of the CheckFailure that check(...) must raise."""
    with pytest.raises(CheckFailure) as info:
        check(name, got, expected, **tol)
    return str(info.value)


# --- the harness itself ----------------------------------------------------------------------


def test_check_failure_is_an_assertion_error() -> None:
    assert issubclass(CheckFailure, AssertionError)


def test_correct_answer_returns_none() -> None:
    assert check("Z", W @ X, W @ X) is None


def test_message_format() -> None:
    lines = failure("cost", 0.5, 0.25).splitlines()
    assert lines[0].startswith("cost: wrong value")
    assert lines[1] == "  expected: 0.25"
    assert lines[2] == "  got:      0.5"
    assert lines[3].startswith("  hint: ")


def test_passed_prints_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    passed("propagate")
    assert capsys.readouterr().out == "\u2714 propagate: all checks passed\n"


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "got", [0.693147, np.float64(0.693147), np.float32(0.693147), np.array(0.693147)]
)
def test_number_accepts_python_numpy_and_0d(got: object) -> None:
    check("cost", got, 0.693147)


@pytest.mark.parametrize("expected", [np.float64(0.693147), np.array(0.693147)])
def test_number_expected_as_numpy_scalar_or_0d(expected: object) -> None:
    check("cost", 0.693147, expected)
    check("cost", np.float64(0.693147), expected)


def test_int_accepts_whole_float_and_numpy_int() -> None:
    check("n_x", 4, 4)
    check("n_x", np.int64(4), 4)
    check("n_x", 4.0, 4)
    assert "n_x: wrong value" in failure("n_x", 5, 4)


def test_float_expected_accepts_int_when_whole() -> None:
    check("db", 0, 0.0)


@pytest.mark.parametrize("shape", [(1,), (1, 1), (1, 1, 1)])
def test_number_rejects_size_one_arrays(shape: tuple[int, ...]) -> None:
    msg = failure("cost", np.full(shape, 0.5), 0.5)
    assert f"cost: expected a number, got an array of shape {shape}" in msg
    assert "hint: return a number, not an array: float(x) or np.squeeze(x)" in msg


def test_number_rejects_larger_array_with_sum_hint() -> None:
    msg = failure("cost", np.full((1, 5), 0.5), 0.5)
    assert "got an array of shape (1, 5)" in msg
    assert "did you forget np.sum or np.mean?" in msg


def test_number_rejects_list_and_bool_and_str() -> None:
    assert "return a number, not an array" in failure("cost", [0.5], 0.5)
    assert "expected a number, got a bool" in failure("cost", True, 1.0)
    assert "expected a number, got a str" in failure("cost", "0.5", 0.5)


def test_number_integer_hint() -> None:
    msg = failure("cost", 0, 0.25)
    assert "is an integer, expected a floating-point number" in msg
    assert "hint: integer division or np.zeros with dtype=int?" in msg


def test_number_nan_hint() -> None:
    msg = failure("cost", float("nan"), 0.69)
    assert "cost: is nan" in msg and "hint: overflow in exp? log of 0?" in msg
    assert "overflow in exp?" in failure("cost", np.float64(np.inf), 0.69)


def test_number_sign_and_factor_hints() -> None:
    assert "sign flipped" in failure("cost", -0.69, 0.69)
    msg = failure("cost", 0.69 * 4, 0.69)
    assert "your values are 4 times too large: a missing division by m (here m = 4)?" in msg
    assert "4 times too small: an extra division" in failure("cost", 0.69 / 4, 0.69)


def test_number_unrelated_value_has_no_hint() -> None:
    assert "hint" not in failure("cost", 0.7, 0.69)
    assert "hint" not in failure("n_h", 8, 4)  # no "factor" guesses for integers


def test_tolerances() -> None:
    check("cost", 1.0 + 1e-8, 1.0)
    failure("cost", 1.0 + 1e-4, 1.0)
    check("cost", 1.0 + 1e-4, 1.0, rtol=1e-3)


# --- bools, strings, None --------------------------------------------------------------------


def test_bool() -> None:
    check("ok", True, True)
    check("ok", np.bool_(False), False)
    check("ok", np.array(True), np.True_)
    assert "expected True or False, got an int" in failure("ok", 1, True)
    assert "ok: is False, expected True" in failure("ok", False, True)


def test_str_and_none_by_equality() -> None:
    check("activation", "relu", "relu")
    check("result", None, None)
    assert "activation: wrong value" in failure("activation", "sigmoid", "relu")
    assert "'relu'" in failure("activation", "sigmoid", "relu")
    failure("result", 0, None)
    failure("activation", np.array(["relu"]), "relu")


# --- arrays ----------------------------------------------------------------------------------


def test_matmul_and_dot_agree() -> None:
    check("Z", np.dot(W, X), W @ X)
    check("Z", np.matmul(W, X), np.dot(W, X))
    check("Z", (W @ X).astype(np.float32), W @ X, rtol=1e-5)


def test_array_rejects_list() -> None:
    msg = failure("w", [[0.0], [0.0]], np.zeros((2, 1)))
    assert "w: expected a NumPy array of shape (2, 1), got a list" in msg
    assert "hint: convert it with np.array(...)" in msg


def test_array_rejects_number() -> None:
    msg = failure("db", np.float64(COL.sum()), COL)
    assert "db: is a single number, expected an array of shape (3, 1)" in msg
    assert "summed over every axis? use axis=1 with keepdims=True" in msg
    failure("x", None, COL)


def test_array_rejects_non_numeric_dtype() -> None:
    assert "has dtype <U1, expected numbers" in failure("x", np.array(["a"]), np.zeros(1))


@pytest.mark.parametrize("expected_shape", [(5, 1), (1, 5)])
def test_rank_1_hint(expected_shape: tuple[int, int]) -> None:
    expected = np.arange(5.0).reshape(expected_shape)
    msg = failure("db", np.arange(5.0), expected)
    assert f"db: has shape (5,), expected {expected_shape}" in msg
    assert "hint: rank-1 array: did you forget keepdims=True, or reshape?" in msg


def test_transposed_shape_hints() -> None:
    assert "your array is the transpose of the expected one" in failure("dW", W.T, W)
    msg = failure("dW", np.ones((4, 3)), W)
    assert "dW: has shape (4, 3), expected (3, 4)" in msg
    assert "the shape is reversed: a .T too many or too few" in msg


def test_transposed_square_values_hint() -> None:
    square = RNG.standard_normal((3, 3))
    assert "your array is the transpose of the expected one" in failure("W", square.T, square)


def test_wrong_axis_hints() -> None:
    dZ = RNG.standard_normal((3, 6))
    db = dZ.sum(axis=1, keepdims=True)  # (3, 1)
    msg = failure("db", dZ.sum(axis=0, keepdims=True), db)  # (1, 6)
    assert "db: has shape (1, 6), expected (3, 1)" in msg
    assert "summed over the wrong axis? use axis=1 with keepdims=True to get shape (3, 1)" in msg
    assert "summed over the wrong axis, and lost a dimension?" in failure("db", dZ.sum(axis=0), db)
    assert "summed over every axis?" in failure("db", dZ.sum(keepdims=True), db)
    assert "forget to sum over axis=1" in failure("db", dZ, db)
    row = dZ.sum(axis=0, keepdims=True)  # (1, 6), e.g. a cost per example
    msg = failure("s", dZ.sum(axis=1, keepdims=True), row)  # (3, 1)
    assert "summed over the wrong axis? use axis=0 with keepdims=True to get shape (1, 6)" in msg


def test_broadcast_hint() -> None:
    A, Y = RNG.random((1, 4)), RNG.random((4, 1))
    assert "broadcasting blew the result up to (4, 4)" in failure("dZ", A - Y, A - Y.T)


def test_missing_division_by_m_hint() -> None:
    m = 5
    dw = X @ RNG.standard_normal((5, 1)) / m
    msg = failure("dw", dw * m, dw)
    assert "your values are 5 times too large: a missing division by m (here m = 5)?" in msg
    msg = failure("dw", dw / m, dw)
    assert ("your values are 5 times too small: an extra division, by m twice or a mean where a "
            "sum belongs (here m = 5)?") in msg
    assert "5 times too large, and the sign is flipped" in failure("dw", -dw * m, dw)


def test_sign_flipped_hint() -> None:
    assert "hint: sign flipped" in failure("dW", -W, W)


def test_constant_factor_hint() -> None:
    assert "all your values are 1.5 times the expected ones" in failure("dW", 1.5 * W, W)
    assert "2 times too small" in failure("dW", 0.5 * W, W)


def test_value_mismatch_message() -> None:
    got = W.copy()
    got[1, 2] += 0.25
    lines = failure("dW", got, W).splitlines()
    assert lines[0].startswith("dW: 1 of 12 values differ; largest difference 0.25 at [1, 2]")
    assert f"expected {W[1, 2]:.6g}, got {got[1, 2]:.6g}" in lines[0]
    assert lines[1].startswith("  expected: [[") and "(shape (3, 4), float64)" in lines[1]
    assert lines[2].startswith("  got:      [[")
    assert len(lines) == 3  # no hint for an unrecognised mistake


def test_large_arrays_are_abbreviated() -> None:
    msg = failure("A", np.ones((100, 100)), np.zeros((100, 100)))
    assert "..." in msg and max(len(line) for line in msg.splitlines()) < 200


def test_nan_in_array_hint() -> None:
    got = W.copy()
    got[0, 0] = np.nan
    got[2, 3] = np.inf
    msg = failure("A", got, W)
    assert "A: contains NaN or inf (2 of 12 values)" in msg
    assert "hint: overflow in exp? log of 0?" in msg
    check("A", np.array([np.nan, 1.0]), np.array([np.nan, 1.0]))  # expected NaN: equal_nan


def test_integer_dtype_hint() -> None:
    msg = failure("A", np.zeros((3, 4), dtype=int), W)
    assert "A: has dtype int64, expected floating-point values" in msg
    assert "hint: integer division or np.zeros with dtype=int?" in msg


def test_any_float_dtype_is_fine() -> None:
    check("w", np.zeros((2, 1), dtype=np.float32), np.zeros((2, 1)))


@pytest.mark.parametrize("dtype", [float, int, bool, np.uint8])
def test_predictions_accept_ints_and_bools(dtype: type) -> None:
    expected = np.array([[1.0, 0.0, 1.0]])
    check("Y_prediction", np.array([[1, 0, 1]]).astype(dtype), expected)
    msg = failure("Y_prediction", np.array([[0, 0, 1]]).astype(dtype), expected)
    assert "1 of 3 values differ" in msg and "integer division" not in msg


def test_integer_expected_accepts_whole_floats() -> None:
    check("layer_dims", np.array([4.0, 3.0]), np.array([4, 3]))
    assert "hint" not in failure("layer_dims", np.array([8, 6]), np.array([4, 3]))


# --- nested structures -----------------------------------------------------------------------


def test_nested_dict_path_naming() -> None:
    expected = {"dw": COL, "db": 0.5}
    check("grads", {"db": np.float64(0.5), "dw": COL.copy()}, expected)  # key order is free
    msg = failure("grads", {"dw": 2 * COL, "db": 0.5}, expected)
    assert msg.startswith('grads["dw"]: 3 of 3 values differ')
    assert failure("grads", {"dw": COL, "db": 0.4}, expected).startswith('grads["db"]: wrong value')
    deep = {"layer": {"W": W}}
    assert failure("params", {"layer": {"W": W.T}}, deep).startswith('params["layer"]["W"]:')


def test_dict_missing_and_extra_keys() -> None:
    expected = {"dw": COL, "db": 0.5}
    msg = failure("grads", {"dw": COL}, expected)
    assert msg.startswith('grads: missing key "db"')
    assert 'expected: a dict with keys ["dw", "db"]' in msg
    msg = failure("grads", {"dw": COL, "db": 0.5, "dz": 1.0}, expected)
    assert msg.startswith('grads: unexpected key "dz"')
    msg = failure("grads", {"dW": COL, "db": 0.5}, expected)
    assert 'missing key "dw"; unexpected key "dW"' in msg
    assert 'hint: keys are case-sensitive: "dw", not "dW"' in msg
    assert "grads: expected a dict, got a tuple" in failure("grads", (COL, 0.5), expected)


def test_tuple_path_naming_and_length() -> None:
    expected = ({"dw": COL, "db": 0.5}, 0.69)
    check("propagate output", [{"dw": COL, "db": 0.5}, 0.69], expected)  # a list is fine
    msg = failure("propagate output", ({"dw": COL, "db": 0.5}, np.array([[0.69]])), expected)
    assert msg.startswith("propagate output[1]: expected a number, got an array of shape (1, 1)")
    msg = failure("propagate output", ({"dw": -COL, "db": 0.5}, 0.69), expected)
    assert msg.startswith('propagate output[0]["dw"]:')
    msg = failure("propagate output", (1, 2, 3), expected)
    assert "propagate output: expected 2 values, got 3" in msg
    msg = failure("linear_forward output", W, (W, (W, X)))
    assert "expected a tuple of 2 values, got a NumPy array" in msg
    assert "hint: return all 2 values, separated by commas" in msg


def test_list_expected_accepts_array() -> None:
    check("costs", np.array([0.69, 0.5]), [0.69, 0.5])
    check("costs", [np.float64(0.69), np.array(0.5)], [0.69, 0.5])
    assert failure("costs", np.array([0.69, 0.4]), [0.69, 0.5]).startswith("costs[1]: wrong value")
    assert "expected 2 values, got 3" in failure("costs", [0.69, 0.5, 0.4], [0.69, 0.5])


# --- substituted -----------------------------------------------------------------------------


def test_substituted_replaces_and_restores() -> None:
    ref = types.SimpleNamespace(optimize=lambda: "ref optimize", predict=lambda: "ref predict")
    namespace: dict[str, object] = {"optimize": "mine"}
    with substituted(namespace, ref, "optimize", "predict"):
        assert namespace["optimize"]() == "ref optimize"
        assert namespace["predict"]() == "ref predict"
    assert namespace == {"optimize": "mine"}


def test_substituted_restores_on_exception() -> None:
    ref = types.SimpleNamespace(sigmoid=abs, relu=max)
    namespace: dict[str, object] = {"sigmoid": "mine"}
    with pytest.raises(ZeroDivisionError):
        with substituted(namespace, ref, "sigmoid", "relu"):
            _ = 1 / 0
    assert namespace == {"sigmoid": "mine"}
    with pytest.raises(CheckFailure):
        with substituted(namespace, ref, "sigmoid"):
            check("x", 1.0, 2.0)
    assert namespace == {"sigmoid": "mine"}


def test_substituted_unknown_name_changes_nothing() -> None:
    namespace: dict[str, object] = {"a": 1}
    with pytest.raises(AttributeError):
        with substituted(namespace, types.SimpleNamespace(a=2), "a", "missing"):
            pass
    assert namespace == {"a": 1}


def test_substituted_works_on_module_globals() -> None:
    """Functions defined in a namespace look their callees up there, so they see the swap."""
    namespace: dict[str, object] = {}
    exec("def helper():\n    return 'mine'\ndef model():\n    return helper()\n", namespace)
    with substituted(namespace, types.SimpleNamespace(helper=lambda: "ref"), "helper"):
        assert namespace["model"]() == "ref"
    assert namespace["model"]() == "mine"


# --- diagnose directly -----------------------------------------------------------------------


def test_diagnose_has_no_hint_for_unrelated_values() -> None:
    assert diagnose.value_hint(RNG.random((2, 3)), RNG.random((2, 3)), 1e-7, 1e-6) is None
    assert diagnose.value_hint(np.ones(3), np.zeros(3), 1e-7, 1e-6) is None
    assert diagnose.shape_hint(np.ones((2, 3, 4)), np.ones((5, 6)), 1e-7, 1e-6) is None


def test_known_mistake_replaces_the_generic_hint() -> None:
    expected = np.array([[0.25, 0.2]])
    activation = np.array([[0.5, 0.7]])
    mistakes = {"you returned sigmoid(x) itself: the derivative is s * (1 - s)": activation,
                "unrelated": np.array([[9.0, 9.0]])}
    with pytest.raises(CheckFailure, match=r"hint: you returned sigmoid\(x\) itself"):
        check("ds", activation, expected, mistakes=mistakes)


def test_unknown_mistake_keeps_the_generic_hint() -> None:
    expected = np.array([[0.25, 0.5]])
    with pytest.raises(CheckFailure, match="2 times too large") as info:
        check("dw", 2 * expected, expected, mistakes={"some mistake": np.array([[1.0, 1.0]])})
    assert "some mistake" not in str(info.value)


def test_mistakes_are_not_consulted_when_the_answer_is_right() -> None:
    expected = np.array([1.0, 2.0])
    assert check("x", expected.copy(), expected, mistakes={"same as expected": expected}) is None


def test_two_mistakes_may_share_a_hint() -> None:
    expected = np.array([1.0, 2.0])
    pairs = [("the same slip", np.array([0.0, 0.0])), ("the same slip", np.array([5.0, 5.0]))]
    with pytest.raises(CheckFailure, match="hint: the same slip"):
        check("x", np.array([5.0, 5.0]), expected, mistakes=pairs)

"""What crosses between the grader and the student's process: plain data, bit for bit, with its
identity: aliasing survives, and a call's changes to its arguments land in the caller's objects
exactly as in a kernel (changed in place, or a dict's entry rebound to a new array)."""

from __future__ import annotations

import numpy as np
import pytest

from grading import wire


def _call(args: list, student) -> object:
    """Send `args` as the grader does, run `student` on the received copies, answer as the
    student's process does; returns the result as the grader sees it."""
    payload, sent = wire.encode_numbered([args, {}])
    received: list = []
    got, kwargs = wire.decode(wire.loads(wire.dumps({"x": payload}))["x"], registry=received)
    result = student(*got)
    after = wire.encode([result, got, kwargs], known=received)
    value, _, _ = wire.decode(wire.loads(wire.dumps({"x": after}))["x"], known=sent)
    return value


def test_values_arrive_bit_for_bit():
    value = {"a": np.array([[1.5, np.nan]], dtype=np.float32), "b": (1, 2.0, "x", None, True),
             "c": [np.int64(3), float("inf")]}
    back = wire.decode(wire.loads(wire.dumps({"x": wire.encode(value)}))["x"])
    np.testing.assert_array_equal(back["a"], value["a"])
    assert back["a"].dtype == np.float32 and back["b"] == value["b"]
    assert type(back["c"][0]) is np.int64 and back["c"][1] == float("inf")


def test_one_object_under_two_names_stays_one():
    v = {}
    back = wire.decode(wire.encode((v, v)))
    assert back[0] is back[1]
    shared = np.zeros(3)
    back = wire.decode(wire.encode({"dW1": shared, "db1": shared}))
    assert back["dW1"] is back["db1"]
    apart = wire.decode(wire.encode(({}, {})))
    assert apart[0] is not apart[1]


def test_an_array_changed_in_place_is_changed_in_the_callers_object():
    W = np.ones((2, 2))

    def student(parameters):
        parameters["W1"] -= 0.5
        return parameters

    parameters = {"W1": W}
    result = _call([parameters], student)
    assert result is parameters and parameters["W1"] is W and W[0, 0] == 0.5


def test_an_entry_rebound_to_a_new_array_leaves_the_old_array_alone():
    W = np.ones((2, 2))

    def student(parameters):
        parameters["W1"] = parameters["W1"] - 0.5
        return parameters

    parameters = {"W1": W}
    _call([parameters], student)
    assert parameters["W1"] is not W and W[0, 0] == 1.0 and parameters["W1"][0, 0] == 0.5


def test_a_new_result_is_not_the_callers_object():
    parameters = {"W1": np.ones(2)}
    result = _call([parameters], lambda p: {k: v.copy() for k, v in p.items()})
    assert result is not parameters and result["W1"] is not parameters["W1"]


def test_objects_of_other_types_are_refused_by_name():
    class Anything(float):
        pass

    with pytest.raises(wire.WireError, match="Anything"):
        wire.encode([Anything(1.0)])

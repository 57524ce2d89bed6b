"""The grader's cell runner (grading.shell) gives the outputs a Jupyter kernel would give, so that
nbgrader scores a cell the same way: errors as `error` outputs, prints as streams, the last
expression as an `execute_result`, output cut at the cap."""

from __future__ import annotations

import pytest

from grading.shell import GradingShell


@pytest.fixture(scope="module")
def shell():
    return GradingShell.create()


def _kinds(outputs):
    return [o["output_type"] for o in outputs]


def test_print_and_last_expression(shell):
    outputs = shell.run("x = 40\nprint('hello')\nx + 2")
    assert _kinds(outputs) == ["stream", "execute_result"]
    assert outputs[0]["name"] == "stdout" and outputs[0]["text"] == "hello\n"
    assert outputs[1]["data"]["text/plain"] == "42"


def test_an_exception_is_an_error_output_and_the_namespace_lives_on(shell):
    outputs = shell.run("y = 7\nraise ValueError('wrong shape')")
    assert _kinds(outputs) == ["error"]
    assert outputs[0]["ename"] == "ValueError" and outputs[0]["evalue"] == "wrong shape"
    assert shell.run("y")[0]["data"]["text/plain"] == "7"


def test_sys_exit_is_an_error_not_the_end(shell):
    outputs = shell.run("import sys\nsys.exit('bye')")
    assert "error" in _kinds(outputs)
    assert shell.run("1 + 1")[0]["data"]["text/plain"] == "2"


def test_stderr_is_its_own_stream(shell):
    outputs = shell.run("import sys\nprint('careful', file=sys.stderr)")
    assert _kinds(outputs) == ["stream"] and outputs[0]["name"] == "stderr"
    assert "careful" in outputs[0]["text"]


def test_magics_and_display(shell):
    outputs = shell.run("%time z = 3\nfrom IPython.display import display\ndisplay('shown')")
    assert "display_data" in _kinds(outputs)
    assert shell.run("z")[0]["data"]["text/plain"] == "3"


def test_output_is_cut_at_the_cap(shell):
    outputs = shell.run("for _ in range(100):\n    print('x' * 1000)", max_output_bytes=10_000)
    text = "".join(o.get("text", "") for o in outputs)
    assert len(text) < 12_000
    assert "output cut by the grader" in outputs[-1]["text"]

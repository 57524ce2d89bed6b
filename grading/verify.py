"""Verify graded functions outside the student's process.

In the notebook's process, student code can defeat the checks that run beside it (patch numpy or
the check helpers, swallow exceptions with IPython hooks, return objects whose `__eq__` lies, print
a fake success). Here each graded cell runs again in the grader's own process, on the trusted
source of the test cell, with the source notebook's imports; every function the student defined
is a proxy that calls into the sandboxed student process (`grading.verify_server`). Only plain
data crosses (`grading.wire`), and the comparisons happen here. A graded cell is verified when it
runs without error in this setting.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import types
import warnings

import numpy as np

from grading import wire
from grading.zygote import StudentCodeError, StudentProcess

BUILTINS = set(dir(builtins))


def _names_used(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names_used(const)
    return names


def _is_reference(value) -> bool:
    module = getattr(value, "__module__", "") or ""
    return callable(value) and module.startswith("helpers.")


class Verifier:
    """Runs trusted graded cells here, calling the student's functions in `student`."""

    def __init__(self, student: StudentProcess, imports_source: str, trusted: dict[str, str],
                 call_timeout: float):
        self.student, self.trusted, self.call_timeout = student, trusted, call_timeout
        self.namespace: dict = {"__name__": "__main__"}
        self.proxies: dict[str, object] = {}
        self.before: dict = {}
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(imports_source, "<imports>", "exec"), self.namespace)

    def _mirrored(self) -> dict[str, str]:
        """Functions the graded cell bound so far (by `def` or `substituted`), as the kernel would
        see them: reference versions by name, the cell's own ones as call-backs."""
        mirror = {}
        for name, value in self.namespace.items():
            if value is self.proxies.get(name) or isinstance(value, type) or not callable(value):
                continue
            if name in self.before and self.before[name] is value:
                continue
            mirror[name] = f"{value.__module__}:{value.__qualname__}" if _is_reference(value) else ""
        return mirror

    def _proxy(self, name: str):
        def call(*args, **kwargs):
            try:
                message = {"op": "call", "name": name, "args": wire.encode(list(args)),
                           "kwargs": wire.encode(dict(kwargs)), "substitute": self._mirrored(),
                           "rng": wire.encode(np.random.get_state())}
            except wire.WireError as error:
                raise StudentCodeError(f"cannot send the arguments of {name}: {error}") from None
            answer = self._request(message)
            while "callback" in answer:
                answer = self._request(self._answer_callback(answer))
            if not answer.get("ok"):
                raise StudentCodeError(f"{name} raised {answer.get('error', 'an error')}")
            np.random.set_state(wire.decode(answer["rng"]))
            return wire.decode(answer["result"])

        call.__name__ = name
        return call

    def _request(self, message: dict) -> dict:
        return self.student.request(message, self.call_timeout)

    def _answer_callback(self, request: dict) -> dict:
        """Run one of the graded cell's own functions for the student's code, on plain data."""
        function = self.namespace.get(request["callback"])
        try:
            result = function(*wire.decode(request["args"]), **wire.decode(request["kwargs"]))
            return {"ok": True, "result": wire.encode(result)}
        except Exception as error:
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}

    def run_graded(self, grade_id: str) -> str:
        """Run the trusted source of graded cell `grade_id` here; "" if it passes (or the source has
        no such cell), else the reason."""
        source = self.trusted.get(grade_id)
        if source is None:
            return ""
        try:
            code = compile(source, "<graded cell>", "exec")
        except SyntaxError as error:
            return f"the graded cell does not compile: {error}"
        wanted = sorted(n for n in _names_used(code) - BUILTINS
                        if n not in self.namespace or n in self.proxies)
        try:
            found = self._request({"op": "callables", "names": wanted})
            for name in found.get("names", []):
                self.proxies[name] = self.namespace[name] = self._proxy(name)
            self.before = dict(self.namespace)
            with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(code, self.namespace)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        return ""

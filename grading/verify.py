"""Verify graded functions outside the student's kernel.

In the kernel, student code can defeat the checks that run beside it (patch numpy or the check
helpers, swallow exceptions with IPython hooks, return objects whose `__eq__` lies, print a fake
success). Here the graded cells run in the grader's own process, on the trusted source of the
test cells, with the source notebook's imports; every function the student defined is a proxy to a
fresh sandboxed process (`grading.verify_server`) that runs the student's cells. Only plain data
crosses (`grading.wire`), and the comparisons happen here. A graded cell is verified when it runs
without error in this setting.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import select
import subprocess
import sys
import time
import types
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

from grading import wire
from grading.course import SKIP_TAG
from grading.notebooks import nbgrader_meta

BUILTINS = set(dir(builtins))


class StudentCodeError(Exception):
    """A student function failed, timed out, or returned something that cannot be checked."""


class StudentProcess:
    """The sandboxed process that holds the student's namespace."""

    def __init__(self, cwd: Path, *, memory_mb: int, cpu_seconds: int, call_timeout: float):
        self.call_timeout = call_timeout
        scratch = cwd / ".sandbox"
        scratch.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, MPLBACKEND="Agg", MPLCONFIGDIR=str(scratch), TMPDIR=str(scratch),
                   HOME=str(scratch), IPYTHONDIR=str(scratch), PYTHONDONTWRITEBYTECODE="1")
        command = [sys.executable, "-m", "grading.sandbox", "--rw-cwd",
                   "--memory-mb", str(memory_mb), "--cpu-seconds", str(cpu_seconds), "--",
                   sys.executable, "-m", "grading.verify_server"]
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True, bufsize=1)
        self.dead = ""

    def request(self, message: dict, timeout: float | None = None) -> dict:
        if self.dead:
            raise StudentCodeError(self.dead)
        try:
            self.process.stdin.write(wire.dumps(message) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            self._stop("the student's process ended (sys.exit, os._exit or a crash)")
        line = self._read_line(timeout or self.call_timeout)
        try:
            return wire.loads(line)
        except ValueError:
            raise StudentCodeError("the student's process answered garbage") from None

    def _read_line(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        stream = self.process.stdout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._stop(f"no answer within {timeout:.0f} s (an endless loop?)")
            ready, _, _ = select.select([stream], [], [], remaining)
            if ready:
                line = stream.readline()
                if not line:
                    self._stop("the student's process ended (sys.exit, os._exit, a crash or "
                               "the memory limit)")
                return line

    def _stop(self, reason: str):
        self.dead = reason
        self.close()
        raise StudentCodeError(reason)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


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
    """Runs the student's cells in a `StudentProcess` and the trusted graded cells here."""

    def __init__(self, start: Callable[[], StudentProcess], imports_source: str):
        self.start = start
        self.student = start()
        self.replay: list[str] = []  # student cells that ran without killing the process
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
        try:
            return self.student.request(message)
        except StudentCodeError:
            self._restart()
            raise

    def _restart(self) -> None:
        """A fresh student process, with the student's cells so far run again; a cell that kills
        the process again is dropped from the replay and the replay starts over."""
        while True:
            self.student.close()
            self.student = self.start()
            for index, source in enumerate(self.replay):
                try:
                    self.student.request({"op": "exec", "source": source})
                except StudentCodeError:
                    del self.replay[index]
                    break
            else:
                return

    def _answer_callback(self, request: dict) -> dict:
        """Run one of the graded cell's own functions for the student's code, on plain data."""
        function = self.namespace.get(request["callback"])
        try:
            result = function(*wire.decode(request["args"]), **wire.decode(request["kwargs"]))
            return {"ok": True, "result": wire.encode(result)}
        except Exception as error:
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}

    def run_graded(self, source: str) -> str:
        """Run one trusted graded cell here; "" if it passes, else the reason."""
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

    def run_student(self, source: str) -> None:
        try:
            self.student.request({"op": "exec", "source": source})
        except StudentCodeError:
            self._restart()  # the fatal cell is left out; its effects show in the graded cells
        else:
            self.replay.append(source)

    def close(self) -> None:
        self.student.close()


def verify(student_nb, trusted_graded: dict[str, str], imports_source: str, cwd: Path, *,
           memory_mb: int = 4096, cpu_seconds: int = 300, call_timeout: float = 120.0) -> dict[str, str]:
    """grade_id -> "" (verified) or the reason, for every graded cell in `trusted_graded`.

    `student_nb` gives the order of the cells and the student's own cells; the graded cells run
    with the trusted source in `trusted_graded`, never with what the submission holds.
    """
    results = {grade_id: "this graded cell is missing from the submission" for grade_id in trusted_graded}

    def start() -> StudentProcess:
        return StudentProcess(cwd, memory_mb=memory_mb, cpu_seconds=cpu_seconds,
                              call_timeout=call_timeout)

    verifier = Verifier(start, imports_source)
    try:
        for cell in student_nb.cells:
            meta = nbgrader_meta(cell)
            if cell.cell_type != "code":
                continue
            grade_id = meta.get("grade_id")
            if meta.get("grade") and grade_id in trusted_graded:
                results[grade_id] = verifier.run_graded(trusted_graded[grade_id])
            elif not meta.get("grade"):
                if SKIP_TAG in cell.metadata.get("tags", []) and not meta.get("solution"):
                    continue
                verifier.run_student(cell.source)
    finally:
        verifier.close()
    return results

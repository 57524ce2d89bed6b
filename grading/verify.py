"""Graded cells run in the grader's process, never in the student's.

Student code could read or defeat anything that runs beside it: record every later cell's source
(IPython's input transformers, `linecache`, the caller's frame), patch NumPy or the check
helpers, swallow exceptions with IPython hooks, return objects whose `__eq__` lies, print a fake
success. So the trusted source of each graded cell (visible and hidden checks, from the source
notebook) runs here, in the grader's own process, with the source notebook's imports; every
function the student defined is a proxy that calls into the sandboxed student process
(`grading.verify_server`). Only plain data crosses (`grading.wire`), and all comparisons happen
here. The answer key (`grading.key`) and the known mistakes stay in this process too: where a
graded cell lets the course's version of a graded function stand in for the student's
(`helpers.checks.isolated`, `grading.hidden`), the student's process gets a stand-in that calls
back here, and only for the functions bound so during that very call.
"""

from __future__ import annotations

import builtins
import contextlib
import dis
import io
import time
import types
import warnings

import numpy as np
from nbformat import NotebookNode

from grading import hidden, key, wire
from grading.zygote import StudentCodeError, StudentProcess
from helpers import checks

BUILTINS = set(dir(builtins))
CELL_CALL_OUTPUT_CHARS = 100_000  # what the student's calls may add to one graded cell's output
STDERR_NOTE = "What your code wrote to stderr (warnings cost no points):\n"


def _names_stored(code: types.CodeType) -> set[str]:
    return {i.argval for i in dis.get_instructions(code)
            if i.opname in ("STORE_NAME", "STORE_GLOBAL")}


def student_error(function: str, error: str) -> StudentCodeError:
    """The exception that a student function raised, as the grader raises it: a StudentCodeError
    that is also of the original built-in type (a check may expect a TypeError, say)."""
    message = f"{function} raised {error}"
    kind = getattr(builtins, error.split(":", 1)[0], None)
    if isinstance(kind, type) and issubclass(kind, Exception):
        try:
            return type(kind.__name__, (StudentCodeError, kind), {})(message)
        except TypeError:  # a built-in type whose layout cannot be mixed in (OSError and kin)
            pass
    return StudentCodeError(message)


def error_output(ename: str, text: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=text, traceback=[f"{ename}: {text}"])


class Verifier:
    """Runs the trusted graded cells of one submission here, calling the student's functions in
    `student`."""

    def __init__(self, student: StudentProcess, assignment: str, trusted: dict[str, str],
                 context: hidden.Context, cell_timeout: float):
        self.student, self.trusted, self.cell_timeout = student, trusted, cell_timeout
        self.assignment, self.context = assignment, context
        self.folder = key.source_notebook(assignment).parent
        self.graded = set(key.graded_names(assignment))
        self.namespace: dict = {"__name__": "__main__"}
        self.proxies: dict[str, object] = {}
        self.deadline = 0.0
        self.call_stderr: list[str] = []  # the student's stderr during this cell's calls
        self.call_chars = 0
        with self._trusted_setting():
            exec(compile(key.imports_source(assignment), "<imports>", "exec"), self.namespace)
        self.given = set(self.namespace) - self.graded  # trusted: never a proxy

    @contextlib.contextmanager
    def _trusted_setting(self):
        """The source folder as working directory and check-data folder, this submission's
        context for the hidden checks, the cell's prints captured by the caller."""
        saved = checks.data_folder
        checks.data_folder = self.folder
        hidden.set_context(self.context)
        try:
            with key.in_folder(self.folder), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                yield
        finally:
            checks.data_folder = saved
            hidden.set_context(None)

    def _substitutes(self) -> set[str]:
        """Graded (or student-defined) functions that the graded cell has bound to something
        other than the student's own right now: their calls come back here."""
        return {name for name in self.graded | set(self.proxies)
                if callable(self.namespace.get(name))
                and self.namespace[name] is not self.proxies.get(name)}

    def _proxy(self, name: str):
        def call(*args, **kwargs):
            allowed = self._substitutes()
            try:
                payload, sent = wire.encode_numbered([list(args), kwargs])
                message = {"op": "call", "name": name, "call": payload,
                           "substitute": {n: "" for n in sorted(allowed)},
                           "rng": wire.encode(np.random.get_state())}
            except wire.WireError as error:
                raise StudentCodeError(f"cannot send the arguments of {name}: {error}") from None
            answer = self._request(message)
            while "callback" in answer:
                answer = self._request(self._answer_callback(answer, allowed))
            if not answer.get("ok"):
                raise student_error(name, answer.get("error", "an error"))
            np.random.set_state(wire.decode(answer["rng"]))
            self._keep_call_output(answer)
            # the arguments' changes land in the cell's own objects, as in a kernel
            try:
                result, _, _ = wire.decode(answer["after"], known=sent)
            except (wire.WireError, TypeError, ValueError, KeyError) as error:
                raise StudentCodeError(f"the answer of {name} could not be read: {error}") from None
            return result

        call.__name__ = name
        return call

    def _keep_call_output(self, answer: dict) -> None:
        """What a call printed goes where a kernel would put it: stdout into the cell's output,
        stderr into a note of its own, so that a warning is seen but costs nothing (nbgrader
        scores a cell with a stderr stream 0)."""
        for name in ("stdout", "stderr"):
            text = str(answer.get(name) or "")[:max(0, CELL_CALL_OUTPUT_CHARS - self.call_chars)]
            self.call_chars += len(text)
            if text and name == "stdout":
                print(text, end="")
            elif text and text not in self.call_stderr:  # once per cell, not once per call
                self.call_stderr.append(text)

    def _request(self, message: dict) -> dict:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise StudentCodeError(f"the graded cell did not finish within {self.cell_timeout:.0f} s")
        return self.student.request(message, remaining)

    def _answer_callback(self, request: dict, allowed: set[str]) -> dict:
        """Run, for the student's code, one of the functions bound here during this call."""
        name = request.get("callback")
        if name not in allowed:
            return {"ok": False, "error": f"NameError: {name!r} cannot be called back now"}
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                result = self.namespace[name](*wire.decode(request["args"]),
                                              **wire.decode(request["kwargs"]))
            return {"ok": True, "result": wire.encode(result)}
        except Exception as error:
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}

    def run_graded(self, grade_id: str) -> list[NotebookNode]:
        """Run the trusted source of graded cell `grade_id` here; its outputs as a kernel would
        give them: what it printed, then an error output if it failed."""
        source = self.trusted.get(grade_id)
        if source is None:
            return [error_output("UnknownGradedCell", f"{grade_id!r} is not a graded cell of "
                                 f"{self.assignment}")]
        try:
            code = compile(source, f"<graded cell {grade_id}>", "exec")
        except SyntaxError as error:
            return [error_output("SyntaxError", f"the graded cell does not compile: {error}")]
        printed = io.StringIO()
        failure = None
        self.call_stderr, self.call_chars = [], 0
        self.deadline = time.monotonic() + self.cell_timeout
        own = _names_stored(code) - self.graded  # the cell's own variables and functions
        wanted = sorted((key.names_used(code) | self.graded) - BUILTINS - self.given - own)
        try:
            found = self._request({"op": "callables", "names": wanted})
            for name in found.get("names", []):
                self.proxies[name] = self.namespace[name] = self._proxy(name)
            with self._trusted_setting(), contextlib.redirect_stdout(printed):
                exec(code, self.namespace)
        except Exception as error:
            failure = error_output(type(error).__name__, str(error))
        outputs = []
        if printed.getvalue():
            outputs.append(NotebookNode(output_type="stream", name="stdout", text=printed.getvalue()))
        if self.call_stderr:
            outputs.append(NotebookNode(output_type="stream", name="stdout",
                                        text=STDERR_NOTE + "".join(self.call_stderr)))
        if failure is not None:
            outputs.append(failure)
        return outputs

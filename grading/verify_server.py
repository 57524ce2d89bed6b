"""The student's process: the notebook's cells run here, and the grader calls the student's functions.

Runs in a sandboxed child of `grading.zygote`, on one channel (a socket) to the grader: one JSON
request per line, one JSON answer per line. The student's prints never reach the channel.
Requests:

- {"op": "run", "source": ...}: run one cell as a Jupyter kernel would (IPython, `grading.shell`);
  the answer carries the cell's outputs as nbformat output dicts and the execution count;
- {"op": "callables", "names": [...]}: which of these names are functions the student defined;
- {"op": "call", "name", "call" ([args, kwargs]), "substitute", "rng"}: call a student function
  with decoded plain arguments, with the names in "substitute" temporarily bound to stand-ins that
  call back into the grader (a {"callback": name, ...} line, answered by the grader before the
  call goes on): that is how the course's version of a graded function stands in for the
  student's while another one is checked, without any answer entering this process. NumPy's
  global random state is set as the grader's. The answer carries, in "after", the result and the
  arguments as the call left them, the grader's own objects marked as such (a function that
  changes its inputs in place is seen doing so, one that returns its input returns the
  grader's object), the random state, and what the call printed to stdout and to stderr (warnings
  included), cut at CALL_OUTPUT_CHARS each, for the graded cell's output.

Graded cells never run here: their source (visible and hidden checks) stays in the grader.
"""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np

from grading import wire

_MISSING = object()
CALL_OUTPUT_CHARS = 20_000  # per call and stream: a print loop cannot flood the grader


class Server:
    def __init__(self, reader, writer, shell) -> None:
        self.reader, self.writer, self.shell = reader, writer, shell
        self.namespace: dict = shell.user_ns

    def send(self, message: dict) -> None:
        self.writer.write(wire.dumps(message) + "\n")
        self.writer.flush()

    def _callback(self, name: str):
        """A stand-in that asks the grader to run its own (trusted) function `name`."""

        def ask_grader(*args, **kwargs):
            self.send({"callback": name, "args": wire.encode(list(args)),
                       "kwargs": wire.encode(dict(kwargs))})
            answer = wire.loads(self.reader.readline())
            if not answer.get("ok"):
                raise RuntimeError(answer.get("error", f"{name} failed in the grader"))
            return wire.decode(answer["result"])

        ask_grader.__name__ = name
        return ask_grader

    def handle(self, request: dict) -> dict:
        op = request.get("op")
        if op == "run":
            outputs = self.shell.run(request["source"], request.get("max_output_bytes", 1_000_000))
            return {"ok": True, "outputs": outputs, "execution_count": self.shell.execution_count - 1}
        if op == "callables":
            found = [n for n in request["names"] if callable(self.namespace.get(n))]
            return {"ok": True, "names": found}
        if op == "call":
            return self._call(request)
        raise ValueError(f"unknown request {op!r}")

    def _call(self, request: dict) -> dict:
        function = self.namespace.get(request["name"])
        if not callable(function):
            raise NameError(f"name {request['name']!r} is not defined")
        received: list = []  # the grader's objects, in its numbering, to answer about
        args, kwargs = wire.decode(request["call"], registry=received)
        saved = {}
        for name in request.get("substitute", {}):
            saved[name] = self.namespace.get(name, _MISSING)
            self.namespace[name] = self._callback(name)
        if request.get("rng") is not None:
            np.random.set_state(wire.decode(request["rng"]))
        printed, warned = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(warned), \
                    warnings.catch_warnings():
                warnings.simplefilter("always")  # shown in the graded cell even if seen before
                result = function(*args, **kwargs)
        finally:
            for name, value in saved.items():
                if value is _MISSING:
                    self.namespace.pop(name, None)
                else:
                    self.namespace[name] = value
        try:  # with the arguments as the call left them: changes made in place are seen
            after = wire.encode([result, args, kwargs], known=received)
        except wire.WireError:
            after = wire.encode([result, None, None], known=received)
        return {"ok": True, "after": after, "rng": wire.encode(np.random.get_state()),
                "stdout": printed.getvalue()[:CALL_OUTPUT_CHARS],
                "stderr": warned.getvalue()[:CALL_OUTPUT_CHARS]}


def prepare() -> None:
    """Create the IPython shell ahead of the fork, so each child starts with a fresh copy."""
    from grading.shell import GradingShell

    GradingShell.create()


def serve(channel) -> None:
    """Answer the grader's requests on `channel` until it closes."""
    from grading.shell import GradingShell

    warnings.simplefilter("default")
    reader = channel.makefile("r", encoding="utf-8", newline="\n")
    writer = channel.makefile("w", encoding="utf-8", newline="\n")
    server = Server(reader, writer, GradingShell.create())
    while True:
        try:
            line = reader.readline()
            if not line:
                return
            try:
                answer = server.handle(wire.loads(line))
            except BaseException as error:  # noqa: BLE001 -- the student's error is an answer
                answer = {"ok": False, "error": f"{type(error).__name__}: {error}"[:2000]}
            try:
                server.send(answer)
            except (TypeError, ValueError) as error:
                server.send({"ok": False, "error": f"the answer could not be sent: {error}"})
        except KeyboardInterrupt:
            continue  # a Ctrl-C that came after the answer: nothing to interrupt

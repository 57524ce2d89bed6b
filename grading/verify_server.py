"""The student side of the out-of-kernel verification (run inside `grading.sandbox`).

Reads one JSON request per line and answers one JSON line per request, on private copies of the
pipes it was started with; the student's own prints go to /dev/null. Requests:

- {"op": "exec", "source": ...}: run one of the student's cells (IPython syntax is translated;
  a failing cell is reported, as a kernel would, and the next cells still run);
- {"op": "callables", "names": [...]}: which of these names are functions the student defined;
- {"op": "call", "name", "args", "kwargs", "substitute", "rng"}: call a student function with
  decoded plain arguments, with some names temporarily bound to reference versions from `helpers`
  or, for functions the graded cell defined itself, to stand-ins that call back into the grader
  (a {"callback": name, ...} line, answered by the grader before the call goes on); NumPy's global
  random state is set as the grader's. The answer carries the encoded result and the random state.
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings

import numpy as np

from grading import wire


def _private_pipes():
    """Keep the protocol on duplicated descriptors; point 0, 1 and 2 at /dev/null."""
    reader = os.fdopen(os.dup(0), "r", encoding="utf-8")
    writer = os.fdopen(os.dup(1), "w", encoding="utf-8")
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    return reader, writer


def _translate(source: str) -> str:
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:
        return source
    return TransformerManager().transform_cell(source)


def _reference(path: str):
    module_name, _, attribute = path.partition(":")
    if not module_name.startswith("helpers."):
        raise ValueError(f"only reference versions from helpers can be substituted, not {path}")
    target = importlib.import_module(module_name)
    for part in attribute.split("."):
        target = getattr(target, part)
    return target


class _NoShell:
    """What `get_ipython()` gives outside a kernel: every method exists and does nothing."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


class Server:
    def __init__(self, reader, writer) -> None:
        self.reader, self.writer = reader, writer
        self.namespace: dict = {"__name__": "__main__", "get_ipython": _NoShell}

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
        if op == "exec":
            exec(compile(_translate(request["source"]), "<student cell>", "exec"), self.namespace)
            return {"ok": True}
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
        args = wire.decode(request["args"])
        kwargs = wire.decode(request["kwargs"])
        saved = {}
        for name, path in request.get("substitute", {}).items():
            saved[name] = self.namespace.get(name)
            self.namespace[name] = _reference(path) if path else self._callback(name)
        if request.get("rng") is not None:
            np.random.set_state(wire.decode(request["rng"]))
        try:
            result = function(*args, **kwargs)
        finally:
            for name, value in saved.items():
                self.namespace[name] = value
        return {"ok": True, "result": wire.encode(result),
                "rng": wire.encode(np.random.get_state())}


def main() -> None:
    reader, writer = _private_pipes()
    warnings.simplefilter("ignore")
    os.environ.setdefault("MPLBACKEND", "Agg")
    server = Server(reader, writer)
    for line in reader:
        try:
            answer = server.handle(wire.loads(line))
        except BaseException as error:  # the student's error is an answer, not the end
            if isinstance(error, KeyboardInterrupt):
                raise
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"[:2000]}
        try:
            server.send(answer)
        except (TypeError, ValueError) as error:
            server.send({"ok": False, "error": f"the answer could not be sent: {error}"})
    sys.exit(0)


if __name__ == "__main__":
    main()

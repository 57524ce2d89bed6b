"""Known implementations of each graded function, wrong and right: one file per assignment.

`grading/mistakes/<assignment>.py` holds, each written once:

- ``WRONG = {function: {description: source}}``: the usual mistakes, each the whole source of a
  wrong solution cell. Every one must lose its own function's points and no other's (tests).
- ``HINTS = {function: {description: hint}}``: for the mistakes a check can recognise, the one
  sentence a learner reads (the mistake, then the formula). A learner's output that equals what
  the mistake gives on the same inputs gets this hint: in the visible checks through the derived
  `checks.json` (`python -m grading derive`), in the hidden checks through `mistaken_outputs`,
  which runs the mistakes in the grader's process.
- ``CORRECT = {function: {description: source}}``: other right answers, which must pass.

This is instructor material (the wrong sources are edits of the answers): it never ships to
students and is not readable where student code runs.
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import types
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from grading import key

FOLDER = Path(__file__).resolve().parent


def path_of(assignment: str) -> Path:
    return FOLDER / f"{assignment}.py"


def load(assignment: str) -> types.ModuleType:
    """The mistakes file of `assignment` (FileNotFoundError if it has none)."""
    path = path_of(assignment)
    if not path.is_file():
        raise FileNotFoundError(f"{assignment} has no known mistakes: expected {path}")
    spec = importlib.util.spec_from_file_location(f"mistakes_{assignment}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(assignment: str, function: str, source: str) -> Callable[..., Any]:
    """The function that `source` defines, its other names resolved in the answer key (so a
    wrong `model` calls the course's `optimize`)."""
    namespace = key.key_namespace(assignment)
    with key.in_folder(key.source_notebook(assignment).parent), \
            contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, f"<mistake in {function}>", "exec"), namespace)
    return namespace[function]


def hinted(assignment: str, function: str) -> list[tuple[str, str]]:
    """(hint, source) of every known mistake of `function` that has a hint."""
    module = load(assignment)
    wrong = module.WRONG.get(function, {})
    return [(hint, wrong[description])
            for description, hint in getattr(module, "HINTS", {}).get(function, {}).items()]


def mistaken_outputs(assignment: str, function: str, args: tuple, kwargs: dict,
                     before_call: Callable[[], None] = lambda: None) -> Iterable[tuple[str, Any]]:
    """(hint, what the mistake returns on these inputs) pairs, computed only when iterated
    (after a mismatch); a mistake that raises on them is left out."""
    return _Lazy(lambda: _run(assignment, function, args, kwargs, before_call))


def _run(assignment, function, args, kwargs, before_call) -> list[tuple[str, Any]]:
    found = []
    for hint, source in hinted(assignment, function):
        try:
            wrong = build(assignment, function, source)
            before_call()
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                found.append((hint, wrong(*copy.deepcopy(args), **copy.deepcopy(kwargs))))
        except Exception:  # noqa: BLE001 -- a mistake that cannot run on these inputs is no match
            continue
    return found


class _Lazy:
    """An iterable that computes its items on first use."""

    def __init__(self, compute: Callable[[], list[tuple[str, Any]]]):
        self._compute, self._found = compute, None

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        if self._found is None:
            self._found = self._compute()
        return iter(self._found)

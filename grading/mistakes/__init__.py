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
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from grading import key

FOLDER = Path(__file__).resolve().parent


def path_of(assignment: str) -> Path:
    path = FOLDER / f"{assignment}.py"
    old = FOLDER.parent.parent / "tests" / "variants" / f"{assignment}.py"
    return old if not path.is_file() and old.is_file() else path  # until every assignment moved


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
                     before_call: Callable[[], None] = lambda: None) -> Mapping[str, Any]:
    """{hint: what the mistake returns on these inputs}, computed only when read (after a
    mismatch); a mistake that raises on them is left out."""
    return _Lazy(lambda: _run(assignment, function, args, kwargs, before_call))


def _run(assignment, function, args, kwargs, before_call) -> dict[str, Any]:
    found = {}
    for hint, source in hinted(assignment, function):
        try:
            wrong = build(assignment, function, source)
            before_call()
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                found[hint] = wrong(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except Exception:  # noqa: BLE001 -- a mistake that cannot run on these inputs is no match
            continue
    return found


class _Lazy(Mapping):
    def __init__(self, compute: Callable[[], dict[str, Any]]):
        self._compute, self._found = compute, None

    def _values(self) -> dict[str, Any]:
        if self._found is None:
            self._found = self._compute()
        return self._found

    def __getitem__(self, hint: str) -> Any:
        return self._values()[hint]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

"""The usual mistakes of each graded function, as small wrong implementations, so checks name them.

A graded cell passes what a known mistake would return on the same inputs to
:func:`helpers.checks.check`; when the learner's output matches one, the hint says which mistake
it is and which formula to look at::

    from helpers import mistakes
    dA = sigmoid_derivative(x)
    check("ds", dA, expected, mistakes=mistakes.outputs("C1W2A1", "sigmoid_derivative", x))

Each assignment has a module named like its id in lower case (``c1w2a1.py``) holding
``MISTAKES``: function name -> list of (hint, wrong implementation). A hint is one sentence:
the mistake, then the formula. Wrong implementations get deep copies of the inputs, so one that
changes its arguments in place cannot disturb the check; one that raises is left out.
"""

from __future__ import annotations

import copy
import importlib
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any

Mistake = tuple[str, Callable[..., Any]]

__all__ = ["Mistake", "known", "outputs"]


def outputs(assignment: str, function_name: str, *args: Any, **kwargs: Any) -> Mapping[str, Any]:
    """{hint: output of the wrong implementation} for every known mistake of the function.

    assignment -- the assignment id, e.g. "C1W2A1"; function_name -- the graded function's name.
    Lazy: the wrong implementations run only when the mapping is read, which
    :func:`helpers.checks.check` does only after a mismatch, so a right answer costs nothing.
    Unknown assignments or functions give an empty mapping (the generic hints stay).
    """
    return _Outputs(assignment, function_name, copy.deepcopy(args), copy.deepcopy(kwargs))


class _Outputs(Mapping):
    def __init__(self, assignment: str, function_name: str, args: tuple, kwargs: dict):
        self._call = (assignment, function_name, args, kwargs)
        self._found: dict[str, Any] | None = None

    def _computed(self) -> dict[str, Any]:
        if self._found is None:
            self._found = _run(*self._call)
        return self._found

    def __getitem__(self, hint: str) -> Any:
        return self._computed()[hint]

    def __iter__(self) -> Iterator[str]:
        return iter(self._computed())

    def __len__(self) -> int:
        return len(self._computed())


def known(assignment: str) -> dict[str, list[Mistake]]:
    """function name -> its known mistakes, for one assignment ({} if it has none)."""
    try:
        module = importlib.import_module(f"{__name__}.{assignment.lower()}")
    except ModuleNotFoundError:
        return {}
    return getattr(module, "MISTAKES", {})


def _run(assignment: str, function_name: str, args: tuple, kwargs: dict) -> dict[str, Any]:
    found = {}
    for hint, wrong in known(assignment).get(function_name, []):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a wrong formula may overflow; that is its business
                found[hint] = wrong(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except Exception:  # noqa: BLE001 -- a mistake that cannot run on these inputs is no match
            continue
    return found

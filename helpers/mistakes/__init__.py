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
from collections.abc import Callable
from typing import Any

Mistake = tuple[str, Callable[..., Any]]

__all__ = ["Mistake", "outputs"]


def outputs(assignment: str, function_name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """{hint: output of the wrong implementation} for every known mistake of the function.

    assignment -- the assignment id, e.g. "C1W2A1"; function_name -- the graded function's name.
    Unknown assignments or functions give an empty dict (no specific hints, the generic ones stay).
    """
    try:
        module = importlib.import_module(f"{__name__}.{assignment.lower()}")
    except ModuleNotFoundError:
        return {}
    found = {}
    for hint, wrong in getattr(module, "MISTAKES", {}).get(function_name, []):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a wrong formula may overflow; that is its business
                found[hint] = wrong(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except Exception:  # noqa: BLE001 -- a mistake that cannot run on these inputs is no match
            continue
    return found

"""Per-output views of wrong implementations, for functions that return several values.

A graded cell checks each output of such a function on its own (``grads["dw"]``, then ``cost``),
so each check needs what a mistake gives for that one output. :func:`parts` turns a list of wrong
implementations of the whole function into one list per output, registered under
``"<function>:<output>"``::

    MISTAKES.update(parts("propagate", PROPAGATE, {"dw": lambda out: out[0]["dw"],
                                                   "cost": lambda out: out[1]}))

and the graded cell asks for ``mistakes.outputs("C1W2A2", "propagate:dw", w, b, X, Y)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from helpers.mistakes import Mistake


def parts(function_name: str, mistakes: list[Mistake],
          picks: Mapping[str, Callable[[Any], Any]]) -> dict[str, list[Mistake]]:
    """{"<function_name>:<output>": the mistakes, each returning only that output}."""
    return {f"{function_name}:{output}": [(hint, _picked(wrong, pick)) for hint, wrong in mistakes]
            for output, pick in picks.items()}


def _picked(wrong: Callable[..., Any], pick: Callable[[Any], Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        return pick(wrong(*args, **kwargs))
    return run

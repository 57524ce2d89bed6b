"""Hidden checks: each graded function against the answer key, on inputs drawn for one student.

A graded cell's hidden part (between `### BEGIN HIDDEN TESTS` and `### END HIDDEN TESTS`, never
released) calls

    hidden_checks(globals(), "propagate", draw)

where `draw(rng)` makes one set of arguments (a tuple, or a dict of keyword arguments) from a
NumPy Generator. For each trial the student's function and the key's run on the same fresh
copies, with NumPy's global random state set alike before each, and `helpers.checks.check`
compares the outputs; a mismatch that equals what a known mistake gives gets its hint. While the
student's function runs, the key's versions stand in for the other graded functions it calls
(`grading.key.dependencies`), so a mistake costs its own points only.

The generator is seeded from the grading context: the course's secret, the assignment, the
student and, under our grader, a hash of the submission's code, so a re-grade of the same
submission draws the same inputs, another student (or the same student with edited code) gets
others, and nobody can compute them without the secret. Our grader runs this in its own process
with the student's functions as proxies into the sandboxed student process (`grading.verify`);
under stock nbgrader it runs in the kernel, beside the student's code.
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from grading import key, mistakes
from helpers.checks import check, substituted

SECRET_ENV = "COURSE_GRADING_SECRET"


@dataclass(frozen=True)
class Context:
    """Who is graded: what seeds their hidden inputs."""

    assignment: str
    student: str = ""
    secret: str = ""
    submission: str = ""  # a hash of the submission's code cells ("" outside our grader)


_context: Context | None = None


def set_context(context: Context | None) -> None:
    """Set (or, with None, clear) the grading context of this process (the grader does)."""
    global _context
    _context = context


def current_context() -> Context:
    """The context set by the grader, else one read from the working directory: a kernel that
    stock nbgrader starts runs in `autograded/<student>/<assignment>/`, and the secret comes from
    $COURSE_GRADING_SECRET."""
    if _context is not None:
        return _context
    cwd = Path.cwd().resolve()
    assignment = key.assignment_of(cwd)
    if assignment is None:
        raise LookupError(f"hidden checks run in an assignment's folder, not in {cwd}")
    student = cwd.parent.name if cwd.parent.parent.name == "autograded" else ""
    return Context(assignment, student, os.environ.get(SECRET_ENV, ""))


def seed(context: Context, function: str, trial: int) -> int:
    text = "\0".join([context.secret, context.assignment, context.student, context.submission,
                      function, str(trial)])
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")


def hidden_checks(namespace: dict[str, Any], function: str,
                  draw: Callable[[np.random.Generator], tuple | dict], *, trials: int = 3,
                  compare: Callable[[str, Any, Any, Iterable[tuple[str, Any]]], None] | None = None
                  ) -> None:
    """Check `namespace[function]` against the answer key on `trials` drawn inputs.

    compare(name, got, expected, mistakes) replaces `helpers.checks.check` where outputs are
    compared by other means (properties of random draws, say)."""
    __tracebackhide__ = True
    context = current_context()
    reference = key.key_namespace(context.assignment)
    course = key.called_by(context.assignment, function)
    uses = list(vars(course))
    compare = compare or (lambda name, got, expected, known: check(name, got, expected,
                                                                  mistakes=known))
    for trial in range(trials):
        rng = np.random.default_rng(seed(context, function, trial))
        drawn = draw(rng)
        args, kwargs = ((), dict(drawn)) if isinstance(drawn, dict) else (tuple(drawn), {})
        state = int(rng.integers(2**31))
        np.random.seed(state)
        with substituted(namespace, course, *uses):
            got = namespace[function](*copy.deepcopy(args), **copy.deepcopy(kwargs))
        np.random.seed(state)
        expected = reference[function](*copy.deepcopy(args), **copy.deepcopy(kwargs))
        known = mistakes.mistaken_outputs(context.assignment, function, args, kwargs,
                                          before_call=lambda state=state: np.random.seed(state))
        compare(f"{function} on hidden input {trial + 1} of {trials}", got, expected, known)

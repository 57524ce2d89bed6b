"""Each usual mistake, fed to its graded function, produces the hint that names it.

`grading/mistakes/<assignment>.py` lists wrong implementations (WRONG) and, in HINTS, for some of
them the sentence the failing graded cell must show after "hint:":

    HINTS = {"sigmoid_derivative": {"returns the activation, not the derivative": "... s * (1 - s)"}}

The test puts the wrong implementation into the source notebook, runs the graded path and reads
the failure of the function's own graded cell: its visible checks get the hint through the
derived checks.json, as they do in a student's notebook.
"""

from __future__ import annotations

import pytest
from conftest import ASSIGNMENTS
from test_assignments import source, variants

from grading.inprocess import run_graded_path
from grading.notebooks import replace_solution


def _hint_cases():
    cases = []
    for assignment in ASSIGNMENTS:
        module = variants(assignment)
        for function, hints in getattr(module, "HINTS", {}).items():
            for description, words in hints.items():
                code = module.WRONG[function][description]
                cases.append(pytest.param(assignment, function, code, words,
                                          id=f"{assignment.name}:{function}:{description[:40]}"))
    return cases


CASES = _hint_cases()


@pytest.mark.parametrize("assignment, function, code, words", CASES)
def test_mistake_gets_its_hint(assignment, function, code, words, tmp_path):
    nb = replace_solution(source(assignment, assignment.name), function, code)
    results = run_graded_path(nb, cwd=assignment.folder)
    error = results[f"test_{function}"]
    assert error, "the wrong implementation passed its graded cell"
    hint_lines = [line for line in error.splitlines() if line.strip().startswith("hint:")]
    assert hint_lines, f"no hint in the failure:\n{error}"
    assert any(words in line for line in hint_lines), f"hint does not name the mistake:\n{error}"


def test_every_assignment_names_its_usual_mistakes():
    """Every graded function has at least one mistake whose hint is tested."""
    missing = []
    for assignment in ASSIGNMENTS:
        module = variants(assignment)
        hints = getattr(module, "HINTS", {})
        missing += [f"{assignment.name}:{fn}" for fn in module.WRONG if not hints.get(fn)]
    assert not missing, "no tested hint for: " + ", ".join(missing)

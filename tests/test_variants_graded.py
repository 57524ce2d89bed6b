"""Every known mistake and every correct variant in `grading/mistakes/` goes through the real
grading path at least once: `autograde` with the sandboxed student process and the verifier, as
instructors run it, not only the fast in-process path of tests/test_assignments.py.

To keep that affordable, variants are combined: submission k of an assignment holds the k-th
WRONG variant of every graded function that has one (the others keep the reference answer), and
likewise for CORRECT. The in-process tests show that a mistake costs its own function's points
only, so here each graded cell must score 0 exactly when its function is wrong in that
submission, and full points otherwise.
"""

from __future__ import annotations

import pytest
from conftest import ASSIGNMENTS

from grading import mistakes, notebooks
from grading.autograde import Options, autograde
from grading.results import read_csv


def _class(released, folder):
    """Write the combined submissions; return student -> (assignment, the wrong functions)."""
    plan = {}
    for assignment in ASSIGNMENTS:
        stem = assignment.notebooks[0]
        source = notebooks.read(assignment.folder / f"{stem}.ipynb")
        reference = notebooks.fill_solutions(notebooks.read(released / assignment.name / f"{stem}.ipynb"),
                                             source)
        module = mistakes.load(assignment.name)
        for kind in ("WRONG", "CORRECT"):
            variants = {function: list(codes.values())
                        for function, codes in getattr(module, kind).items()}
            for k in range(max((len(v) for v in variants.values()), default=0)):
                nb, wrong = reference, set()
                for function, codes in variants.items():
                    if k < len(codes):
                        nb = notebooks.replace_solution(nb, function, codes[k])
                        if kind == "WRONG":
                            wrong.add(function)
                student = f"{kind.lower()}{k:02d}"
                path = folder / student / assignment.name / f"{stem}.ipynb"
                path.parent.mkdir(parents=True, exist_ok=True)
                notebooks.write(nb, path)
                plan[(student, assignment.name)] = wrong
    return plan


@pytest.fixture(scope="module")
def graded(released, tmp_path_factory):
    root = tmp_path_factory.mktemp("variants")
    plan = _class(released, root / "submitted")
    autograde(root / "submitted", root / "out",
              Options(jobs=2, cell_timeout=120, notebook_timeout=600), quiet=True)
    cells = {}
    for row in read_csv(root / "out" / "test_results.csv"):
        cells.setdefault((row["student_id"], row["assignment"]), {})[row["grade_id"]] = row
    return plan, cells


def test_every_variant_is_graded(graded):
    plan, cells = graded
    for assignment in ASSIGNMENTS:
        module = mistakes.load(assignment.name)
        wrong_submissions = [w for (s, a), w in plan.items() if a == assignment.name and s.startswith("wrong")]
        for function, codes in module.WRONG.items():
            assert sum(function in w for w in wrong_submissions) == len(codes)
    assert set(plan) == set(cells)


def test_each_cell_fails_exactly_when_its_function_is_wrong(graded):
    plan, cells = graded
    unexpected = []
    for (student, assignment), wrong in sorted(plan.items()):
        for grade_id, row in cells[(student, assignment)].items():
            function = grade_id.removeprefix("test_")
            lost = float(row["score"]) < float(row["max_score"])
            if lost != (function in wrong):
                unexpected.append(f"{assignment} {student} {grade_id}: score {row['score']}/"
                                  f"{row['max_score']}, {row['message'][:300]}")
    assert not unexpected, "\n".join(unexpected)

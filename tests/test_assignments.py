"""Every assignment folder in notebooks/ is checked the same way; a new assignment is covered by
adding its folder (and its `grading/mistakes/<assignment>.py`).

- the source notebook follows the conventions (cells, metadata, no outputs, kernelspec);
- it runs top to bottom in a real kernel without error, and its graded cells write nothing to
  stderr (no progress bars, no warnings);
- `nbgrader validate` passes on the source, `nbgrader validate --invert` on the student version;
- the student version contains no solution code and no hidden tests;
- each wrong implementation loses its own function's points and no other's; correct variants pass.
"""

from __future__ import annotations

import re
import subprocess
import sys

import nbformat
import pytest
from conftest import ASSIGNMENTS
from nbclient import NotebookClient

from grading import mistakes, notebooks
from grading.course import SKIP_TAG, Assignment
from grading.inprocess import run_graded_path
from grading.notebooks import BEGIN, END, nbgrader_meta

NOTEBOOKS = [(a, stem) for a in ASSIGNMENTS for stem in a.notebooks]
NB_IDS = [f"{a.name}/{stem}" for a, stem in NOTEBOOKS]


def source(assignment: Assignment, stem: str):
    return notebooks.read(assignment.folder / f"{stem}.ipynb")


def variants(assignment: Assignment):
    return mistakes.load(assignment.name)


def _variant_cases(kind: str):
    cases = []
    for assignment in ASSIGNMENTS:
        if not mistakes.path_of(assignment.name).exists():
            continue  # reported by test_every_graded_function_has_three_known_mistakes
        module = variants(assignment)
        for function, versions in getattr(module, kind).items():
            for description, code in versions.items():
                cases.append(pytest.param(assignment, function, code,
                                          id=f"{assignment.name}:{function}:{description[:40]}"))
    return cases


@pytest.mark.parametrize("assignment, stem", NOTEBOOKS, ids=NB_IDS)
def test_source_follows_the_conventions(assignment, stem):
    nb = source(assignment, stem)
    assert nb.metadata.kernelspec.name == "python3"
    assert stem == assignment.name, "the notebook is named like its folder"
    cells = nb.cells
    for cell in cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "source committed with outputs"
    solutions = notebooks.solution_cells(nb)
    graded = notebooks.graded_cells(nb)
    assert solutions, "no solution cells"
    for function, cell in solutions.items():
        assert BEGIN in cell.source and END in cell.source
        assert f"def {function}(" in cell.source, f"solution cell {function} defines {function}"
        test = graded.get(f"test_{function}")
        assert test is not None, f"no graded cell test_{function}"
        meta = nbgrader_meta(test)
        assert meta["locked"] and meta["points"] > 0
        assert "### BEGIN HIDDEN TESTS" in test.source and "### END HIDDEN TESTS" in test.source
        assert cells.index(test) > cells.index(cell) + 1, "a visible example cell comes between"
        assert SKIP_TAG not in test.metadata.get("tags", [])
    assert set(graded) == {f"test_{f}" for f in solutions}


@pytest.mark.parametrize("assignment, stem", NOTEBOOKS, ids=NB_IDS)
def test_source_runs_top_to_bottom(assignment, stem, tmp_path):
    nb = source(assignment, stem)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(assignment.folder)}})
    client.execute()  # raises CellExecutionError, naming the cell, on the first error
    for grade_id, cell in notebooks.graded_cells(nb).items():
        stderr = [out.text for out in cell.outputs
                  if out.output_type == "stream" and out.name == "stderr"]
        assert not stderr, f"graded cell {grade_id} wrote to stderr (no bars or warnings): {stderr}"


def _nbgrader(*args: str) -> str:
    completed = subprocess.run([sys.executable, "-m", "nbgrader", *args],
                               capture_output=True, text=True, timeout=600)
    return completed.stdout + completed.stderr


@pytest.mark.parametrize("assignment, stem", NOTEBOOKS, ids=NB_IDS)
def test_nbgrader_validate_passes_on_the_source(assignment, stem):
    output = _nbgrader("validate", str(assignment.folder / f"{stem}.ipynb"))
    assert "Success! Your notebook passes all the tests." in output, output


@pytest.mark.parametrize("assignment, stem", NOTEBOOKS, ids=NB_IDS)
def test_nbgrader_validate_invert_passes_on_the_release(assignment, stem, released):
    output = _nbgrader("validate", "--invert", str(released / assignment.name / f"{stem}.ipynb"))
    assert "Success! The notebook does not pass any tests." in output, output


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def _outside(source: str, begin: str, end: str) -> str:
    return re.sub(re.escape(begin) + ".*?" + re.escape(end), "", source, flags=re.S)


@pytest.mark.parametrize("assignment, stem", NOTEBOOKS, ids=NB_IDS)
def test_release_has_no_solutions_and_no_hidden_tests(assignment, stem, released):
    """Each cell of the student version holds only what the source has outside the markers."""
    student = notebooks.read(released / assignment.name / f"{stem}.ipynb")
    nb = source(assignment, stem)
    stub = {"# YOUR CODE HERE", "raise NotImplementedError()"}
    student_solutions = notebooks.solution_cells(student)
    for function, cell in notebooks.solution_cells(nb).items():
        allowed = _lines(_outside(cell.source, BEGIN, END)) | stub
        extra = _lines(student_solutions[function].source) - allowed
        assert not extra, f"solution of {function} leaked into the student version: {extra}"
    student_tests = notebooks.graded_cells(student)
    for grade_id, cell in notebooks.graded_cells(nb).items():
        allowed = _lines(_outside(cell.source, "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"))
        extra = _lines(student_tests[grade_id].source) - allowed
        assert not extra, f"hidden checks of {grade_id} leaked into the student version: {extra}"
    text = (released / assignment.name / f"{stem}.ipynb").read_text()
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=[a.name for a in ASSIGNMENTS])
def test_every_graded_function_has_three_known_mistakes(assignment):
    module = variants(assignment)
    for stem in assignment.notebooks:
        for function in notebooks.solution_cells(source(assignment, stem)):
            assert len(module.WRONG.get(function, {})) >= 3, f"{function}: fewer than 3 WRONG variants"


def _graded_path_with(assignment: Assignment, function: str, code: str) -> dict[str, str]:
    for stem in assignment.notebooks:
        nb = source(assignment, stem)
        if function in notebooks.solution_cells(nb):
            return run_graded_path(notebooks.replace_solution(nb, function, code), assignment.folder)
    raise AssertionError(f"{assignment.name} has no graded function {function}")


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=[a.name for a in ASSIGNMENTS])
def test_reference_passes_every_graded_cell_in_process(assignment):
    for stem in assignment.notebooks:
        results = run_graded_path(source(assignment, stem), assignment.folder)
        assert results and not any(results.values()), results


@pytest.mark.parametrize("assignment, function, code", _variant_cases("WRONG"))
def test_a_wrong_function_loses_only_its_own_points(assignment, function, code):
    results = _graded_path_with(assignment, function, code)
    failed = sorted(grade_id for grade_id, error in results.items() if error)
    assert failed == [f"test_{function}"], results


@pytest.mark.parametrize("assignment, function, code", _variant_cases("CORRECT"))
def test_a_correct_variant_passes(assignment, function, code):
    results = _graded_path_with(assignment, function, code)
    assert not any(results.values()), results


def test_student_versions_are_valid_notebooks(released):
    for assignment, stem in NOTEBOOKS:
        nbformat.validate(notebooks.read(released / assignment.name / f"{stem}.ipynb"))

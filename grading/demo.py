"""`python -m grading demo`: a small class of submissions built from the sources, graded end to end.

For every assignment, four students hand in:
- `reference`: the student version with every solution filled in from the source;
- `untouched`: the student version as released (every exercise left undone);
- `one_wrong_function`: the reference with one function replaced by a known mistake
  (the first one listed in `grading/mistakes/<assignment>.py`);
- `invalid_file`: a notebook file that is not valid JSON.
They are graded with `autograde` (the same code path an instructor uses) and the table is printed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from grading import mistakes, notebooks
from grading.autograde import autograde
from grading.course import Assignment, assignments
from grading.release import release
from grading.results import SubmissionResult, format_table

NOT_JSON = '{"cells": [ this is where a text editor cut the file'


def known_mistakes(assignment: Assignment) -> list[tuple[str, str, str]]:
    """(function, description, code) of every wrong variant listed for `assignment`."""
    try:
        module = mistakes.load(assignment.name)
    except FileNotFoundError:
        return []
    return [(function, description, code)
            for function, wrong in module.WRONG.items() for description, code in wrong.items()]


def known_mistake(assignment: Assignment) -> tuple[str, str, str] | None:
    """The first wrong variant listed for `assignment`, if any."""
    mistakes = known_mistakes(assignment)
    return mistakes[0] if mistakes else None


def build_class(submitted: Path) -> None:
    """Write the demo class into `submitted/<student>/<assignment>/<notebook>.ipynb`."""
    with tempfile.TemporaryDirectory() as scratch:
        released = Path(scratch)
        release(released)
        for assignment in assignments():
            mistake = known_mistake(assignment)
            for stem in assignment.notebooks:
                student_nb = notebooks.read(released / assignment.name / f"{stem}.ipynb")
                source_nb = notebooks.read(assignment.folder / f"{stem}.ipynb")
                reference = notebooks.fill_solutions(student_nb, source_nb)
                versions = {"reference": reference, "untouched": student_nb}
                if mistake and mistake[0] in notebooks.solution_cells(reference):
                    versions["one_wrong_function"] = notebooks.replace_solution(
                        reference, mistake[0], mistake[2])
                for student, nb in versions.items():
                    notebooks.write(nb, _target(submitted, student, assignment, stem))
                    _copy_files(released / assignment.name, submitted / student / assignment.name)
                _target(submitted, "invalid_file", assignment, stem).write_text(NOT_JSON)


def _copy_files(release: Path, folder: Path) -> None:
    """What a submission folder holds besides the notebook: the assignment's other files
    (checks.json, given modules), as nbgrader's fetch and submit carry them."""
    for path in release.iterdir():
        if path.is_file() and path.suffix != ".ipynb":
            shutil.copy2(path, folder / path.name)


def _target(submitted: Path, student: str, assignment: Assignment, stem: str) -> Path:
    folder = submitted / student / assignment.name
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}.ipynb"


def demo(out: Path) -> list[SubmissionResult]:
    out = out.resolve()
    submitted = out / "class"
    print(f"Building the demo class in {submitted} ...")
    build_class(submitted)
    print(f"Autograding into {out} ...")
    results = autograde(submitted, out / "graded")
    print()
    print(format_table(results))
    print()
    print(f"Gradebook, grades.csv, test_results.csv and report.html: {out / 'graded'}")
    for assignment in assignments():
        mistake = known_mistake(assignment)
        if mistake:
            print(f"one_wrong_function in {assignment.name}: {mistake[0]} -- {mistake[1]}")
    return results

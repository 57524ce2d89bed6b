"""Autograde a folder of submissions with nbgrader, without touching it, and report every result.

`SUBMITTED/<student>/<assignment>/<notebook>.ipynb` is copied into the output folder, checked
(a file that is not a readable notebook is set aside with a reason instead of stopping the run),
and graded by nbgrader into `OUT/autograded/` with the gradebook at `OUT/gradebook.db`. Cells tagged
`skip-grading` (training runs, sweeps, plots) are not executed: the graded cells never depend on them.
Every submission then gets rows in `OUT/grades.csv` and `OUT/test_results.csv`.
"""

from __future__ import annotations

import shutil
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from grading.course import SKIP_TAG, Assignment, assignments, nbgrader_api, nbgrader_config
from grading.preprocessors import KeepGradedCellsRunnable
from grading.results import CellResult, SubmissionResult, collect_results, write_reports


@dataclass
class Problems:
    """What was wrong with one submission before grading: per notebook, and for the whole of it."""

    notebooks: dict[str, str] = field(default_factory=dict)
    submission: str = ""


def autograde(submitted: Path, out: Path, *, quiet: bool = False) -> list[SubmissionResult]:
    """Grade every submission below `submitted` into `out`; return one result per submission."""
    warnings.filterwarnings("ignore", module="nbgrader.api")  # SQLAlchemy session chatter
    submitted, out = submitted.resolve(), out.resolve()
    if not submitted.is_dir():
        raise SystemExit(f"no such folder of submissions: {submitted}")
    if out == submitted or out.is_relative_to(submitted):
        raise SystemExit("the output folder must not be inside the submitted folder")
    out.mkdir(parents=True, exist_ok=True)

    course = {a.name: a for a in assignments()}
    config = nbgrader_config(out)
    config.Execute.skip_cells_with_tag = SKIP_TAG
    config.Autograde.autograde_preprocessors = [KeepGradedCellsRunnable, *_stock_autograde_preprocessors()]
    api = nbgrader_api(config=config)
    for name in course:
        _generate(api, name)

    work = out / "submitted"
    if work.exists():
        shutil.rmtree(work)
    submissions = sorted(
        (student.name, folder.name)
        for student in submitted.iterdir() if student.is_dir()
        for folder in student.iterdir() if folder.is_dir()
    )
    results = []
    started = time.monotonic()
    for done, (student, name) in enumerate(submissions, start=1):
        assignment = course.get(name)
        if assignment is None:
            results.append(SubmissionResult.unknown(student, name, sorted(course)))
        else:
            shutil.copytree(submitted / student / name, work / student / name)
            problems = _inspect(work / student / name, assignment)
            results.append(_grade_one(api, out, student, assignment, problems))
        if not quiet:
            _progress(done, len(submissions), started, f"{student}/{name}")
    write_reports(out, results)
    return results


def _stock_autograde_preprocessors() -> list:
    from nbgrader.converters import Autograde

    return list(Autograde.class_traits()["autograde_preprocessors"].default())


def _generate(api, name: str) -> None:
    result = api.generate_assignment(name, force=True, create=True)
    if not result["success"]:
        raise SystemExit(f"nbgrader could not prepare {name}:\n{result.get('error', '')}")


def _inspect(folder: Path, assignment: Assignment) -> Problems:
    """Set aside notebooks nbgrader cannot read, and say what is wrong with each."""
    problems = Problems()
    for stem in assignment.notebooks:
        path = folder / f"{stem}.ipynb"
        if not path.exists():
            others = sorted(p.name for p in folder.glob("*.ipynb"))
            hint = f" (found: {', '.join(others)})" if others else ""
            problems.notebooks[stem] = f"notebook {path.name} was not submitted{hint}"
            continue
        reason = _unreadable(path)
        if reason:
            problems.notebooks[stem] = f"{path.name} is not a readable notebook: {reason}"
            path.rename(path.with_suffix(".ipynb.unreadable"))
    return problems


def _unreadable(path: Path) -> str:
    """Why nbgrader could not read the notebook at `path`, or "" if it can."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 text ({error.reason} at byte {error.start})"
    if not text.strip():
        return "the file is empty"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as error:  # nbformat raises several kinds; all mean the same here
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"not valid notebook JSON ({first_line[:200]})"
    return ""


def _grade_one(api, out: Path, student: str, assignment: Assignment, problems: Problems):
    readable = [nb for nb in assignment.notebooks if nb not in problems.notebooks]
    if readable:
        outcome = api.autograde(assignment.name, student, force=True, create=True)
        if not outcome["success"]:
            problems.submission = "nbgrader could not grade it: " + _last_line(outcome.get("error"))
    return collect_results(api, out, student, assignment, problems.notebooks, problems.submission)


def _last_line(text: str | None) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"


def _progress(done: int, total: int, started: float, label: str) -> None:
    elapsed = time.monotonic() - started
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else 0.0
    width = 24
    bar = "#" * (width * done // total) + "-" * (width - width * done // total)
    print(
        f"\r[{bar}] {done}/{total} {rate:.2f} subm/s ETA {eta:4.0f}s  {label[:40]:<40}",
        end="\n" if done == total else "",
        file=sys.stderr,
        flush=True,
    )


__all__ = ["autograde", "CellResult", "SubmissionResult"]

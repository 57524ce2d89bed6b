"""Results of an autograde run: read from the gradebook and the autograded notebooks, written as CSV.

`grades.csv` has one row per student and assignment; `test_results.csv` one row per student,
assignment, notebook and graded cell, with a message that says why points were lost.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from grading.course import Assignment
from grading.notebooks import graded_cells, nbgrader_meta, read, read_source

GRADES_COLUMNS = ["student_id", "assignment", "score", "max_score", "reason"]
TEST_COLUMNS = ["student_id", "assignment", "notebook", "grade_id", "score", "max_score", "message"]
PASSED = "passed"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class CellResult:
    notebook: str
    grade_id: str
    score: float
    max_score: float
    message: str


@dataclass
class SubmissionResult:
    student_id: str
    assignment: str
    cells: list[CellResult] = field(default_factory=list)
    reason: str = ""

    @property
    def score(self) -> float:
        return sum(cell.score for cell in self.cells)

    @property
    def max_score(self) -> float:
        return sum(cell.max_score for cell in self.cells)

    @classmethod
    def unknown(cls, student_id: str, folder: str, known: list[str]) -> SubmissionResult:
        reason = f"folder {folder!r} is not an assignment of this course ({', '.join(known)})"
        return cls(student_id, folder, [], reason)


def failed_as_a_whole(reason: str, messages: list[str]) -> bool:
    """A submission that could not be graded at all: it has a reason, and every graded cell
    failed with one and the same message (that reason's)."""
    return bool(reason) and all(m == messages[0] for m in messages)


def points_per_cell(path: Path) -> list[tuple[str, float]]:
    """(grade_id, points) of each graded cell of the notebook at `path`, in notebook order."""
    cells = graded_cells(read_source(path))
    return [(grade_id, float(nbgrader_meta(cell).get("points", 0))) for grade_id, cell in cells.items()]


def collect_results(
    api, out: Path, student: str, assignment: Assignment,
    notebook_problems: dict[str, str], submission_problem: str,
) -> SubmissionResult:
    """The result of one graded submission, one CellResult per graded cell of the source."""
    from nbgrader.api import MissingEntry

    result = SubmissionResult(student, assignment.name)
    reasons = [*notebook_problems.values(), submission_problem]
    result.reason = "; ".join(r for r in reasons if r)
    with api.gradebook as gb:
        for notebook in assignment.notebooks:
            messages = _error_messages(out / "autograded" / student / assignment.name / f"{notebook}.ipynb")
            problem = notebook_problems.get(notebook) or submission_problem
            for grade_id, points in points_per_cell(assignment.folder / f"{notebook}.ipynb"):
                score = 0.0
                if not problem:
                    try:
                        found = gb.find_grade(grade_id, notebook, assignment.name, student).score
                        score = float(found or 0.0)
                    except MissingEntry:
                        problem = "graded cell missing from the gradebook"
                if problem:
                    message = problem
                elif score >= points:
                    message = PASSED
                else:
                    message = messages.get(grade_id, "failed")
                result.cells.append(CellResult(notebook, grade_id, score, points, message))
    return result


def _error_messages(path: Path) -> dict[str, str]:
    """grade_id -> the error a graded cell raised, from an autograded notebook (if there is one)."""
    if not path.exists():
        return {}
    nb = read(path)
    found = {}
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if not grade_id or cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found[grade_id] = one_line(_describe_error(output))
    return found


def _describe_error(output) -> str:
    ename, evalue = output.get("ename", "Error"), output.get("evalue", "")
    return f"{ename}: {evalue}" if evalue.strip() else ename


def one_line(text: str, limit: int = 1000) -> str:
    """Fold a multi-line message into one line for a CSV cell."""
    text = " | ".join(line.strip() for line in ANSI.sub("", text).splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def write_reports(out: Path, results: list[SubmissionResult]) -> None:
    """Write `grades.csv` and `test_results.csv` into `out`."""
    with open(out / "grades.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(GRADES_COLUMNS)
        for r in results:
            writer.writerow([r.student_id, r.assignment, _num(r.score), _num(r.max_score), r.reason])
    with open(out / "test_results.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(TEST_COLUMNS)
        for r in results:
            for c in r.cells:
                writer.writerow([r.student_id, r.assignment, c.notebook, c.grade_id,
                                 _num(c.score), _num(c.max_score), c.message])


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _num(x: float) -> str:
    return f"{x:g}"


def format_table(results: list[SubmissionResult]) -> str:
    """The grade table: one line per submission, with what lost points and why."""
    lines = [f"{'student':<20} {'assignment':<32} {'score':>9}  what lost points"]
    for r in results:
        lost = [c for c in r.cells if c.score < c.max_score]
        if r.reason:
            why = r.reason
        elif not lost:
            why = "-"
        elif len(lost) == len(r.cells):
            why = f"every graded cell ({len(lost)}), e.g. {lost[0].grade_id}: {lost[0].message[:80]}"
        else:
            why = "; ".join(f"{c.grade_id} ({c.score:g}/{c.max_score:g}): {c.message[:90]}" for c in lost)
        score = f"{r.score:g}/{r.max_score:g}"
        lines.append(f"{r.student_id:<20} {r.assignment:<32} {score:>9}  {why}")
    return "\n".join(lines)

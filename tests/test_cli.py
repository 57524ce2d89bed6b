"""`python -m grading autograde`'s selection flags, typed on the command line as an instructor
types them: `--student` and `--assignment` (repeatable; an assignment by its id or its folder name)
grade what they name and nothing else, a later run keeps the results of the earlier ones, and a
selection that matches nothing stops with a message."""

from __future__ import annotations

import subprocess
import sys

from grading.course import REPO_ROOT
from grading.results import read_csv

STUDENTS = ("reference", "one_wrong_function")
ASSIGNMENTS = ("C1W2A1_numpy_basics", "C2W1A3_gradient_checking")


def _autograde(submitted, out, *flags) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grading", "autograde", str(submitted), "--out",
                           str(out), "--jobs", "2", *flags],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=1800)


def _scores(out) -> dict[tuple[str, str], dict[str, float]]:
    """(student, assignment) -> graded cell -> score, from test_results.csv."""
    found: dict[tuple[str, str], dict[str, float]] = {}
    for row in read_csv(out / "test_results.csv"):
        found.setdefault((row["student_id"], row["assignment"]), {})[row["grade_id"]] = \
            float(row["score"])
    return found


def test_student_and_assignment_flags_grade_what_they_name_and_keep_the_rest(demo_run, tmp_path):
    submitted, out = demo_run / "class", tmp_path / "out"
    everyone = _scores(demo_run / "graded")  # the demo graded every student and assignment

    first = _autograde(submitted, out, "--student", STUDENTS[0], "--student", STUDENTS[1],
                       "--assignment", "C1W2A1", "--assignment", ASSIGNMENTS[1])
    assert first.returncode == 0, first.stdout + first.stderr
    chosen = {(s, a) for s in STUDENTS for a in ASSIGNMENTS}
    assert set(_scores(out)) == chosen
    assert _scores(out) == {k: everyone[k] for k in chosen}
    assert _scores(out)[(STUDENTS[1], ASSIGNMENTS[1])] != everyone[(STUDENTS[0], ASSIGNMENTS[1])]

    second = _autograde(submitted, out, "--student", "untouched", "--assignment", "C1W2A1")
    assert second.returncode == 0, second.stdout + second.stderr
    added = ("untouched", ASSIGNMENTS[0])
    assert set(_scores(out)) == chosen | {added}
    assert _scores(out)[added] == everyone[added]
    assert sum(_scores(out)[added].values()) == 0
    graded_students = {row["student_id"] for row in read_csv(out / "grades.csv")}
    assert graded_students == {*STUDENTS, "untouched"}


def test_a_selection_that_matches_nothing_stops_with_a_message(demo_run, tmp_path):
    done = _autograde(demo_run / "class", tmp_path / "out", "--student", "nobody")
    assert done.returncode != 0
    assert "no submissions to grade" in done.stderr
    assert not (tmp_path / "out" / "test_results.csv").exists()

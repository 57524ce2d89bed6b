"""`python -m grading autograde`'s selection flags, typed on the command line as an instructor
types them: `--student` and `--assignment` (repeatable; an assignment by its id or its folder name)
grade what they name and nothing else, a later run keeps the results of the earlier ones, and a
selection that matches nothing stops with a message."""

from __future__ import annotations

from conftest import autograde_cli

from grading.results import read_csv

STUDENTS = ("reference", "one_wrong_function")
ASSIGNMENTS = ("C1W2A1_numpy_basics", "C2W1A3_gradient_checking")


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

    first = autograde_cli(submitted, out, "--jobs", "2", "--student", STUDENTS[0], "--student", STUDENTS[1],
                       "--assignment", "C1W2A1", "--assignment", ASSIGNMENTS[1])
    assert first.returncode == 0, first.stdout + first.stderr
    chosen = {(s, a) for s in STUDENTS for a in ASSIGNMENTS}
    graded = _scores(out)
    assert set(graded) == chosen
    assert graded == {k: everyone[k] for k in chosen}
    assert graded[(STUDENTS[1], ASSIGNMENTS[1])] != everyone[(STUDENTS[0], ASSIGNMENTS[1])]

    second = autograde_cli(submitted, out, "--jobs", "2", "--student", "untouched", "--assignment", "C1W2A1")
    assert second.returncode == 0, second.stdout + second.stderr
    added = ("untouched", ASSIGNMENTS[0])
    graded = _scores(out)
    assert set(graded) == chosen | {added}
    assert graded[added] == everyone[added]
    assert sum(graded[added].values()) == 0
    graded_students = {row["student_id"] for row in read_csv(out / "grades.csv")}
    assert graded_students == {*STUDENTS, "untouched"}


def test_a_selection_that_matches_nothing_stops_with_a_message(demo_run, tmp_path):
    done = autograde_cli(demo_run / "class", tmp_path / "out", "--jobs", "2", "--student", "nobody")
    assert done.returncode != 0
    assert "no submissions to grade" in done.stderr
    assert not (tmp_path / "out" / "test_results.csv").exists()

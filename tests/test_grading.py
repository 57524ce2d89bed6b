"""The grading tool end to end: `python -m grading demo`, autograde, feedback, and stock nbgrader."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ASSIGNMENTS

from grading import mistakes
from grading.autograde import autograde
from grading.demo import known_mistake
from grading.results import PASSED, read_csv

STUDENTS = ["invalid_file", "one_wrong_function", "reference", "untouched"]


def _rows(path: Path) -> list[dict[str, str]]:
    return read_csv(path)


def _by_submission(rows):
    found = {}
    for row in rows:
        found.setdefault((row["student_id"], row["assignment"]), []).append(row)
    return found


def test_demo_prints_the_grade_table(demo_run):
    stdout = (demo_run / "stdout.txt").read_text()
    for student in STUDENTS:
        assert student in stdout
    for assignment in ASSIGNMENTS:
        assert assignment.name in stdout


def test_progress_in_a_log_file_is_one_line_per_submission(demo_run):
    """The demo's stderr goes to a pipe, as to a log file: tqdm's lines, no carriage returns."""
    log = (demo_run / "stderr.txt").read_text()
    lines = [line for line in log.splitlines() if "submission" in line and "|" in line]
    total = len(STUDENTS) * len(ASSIGNMENTS)
    assert "\r" not in log
    assert [line.split("|")[2].split()[0] for line in lines] == \
        [f"{k}/{total}" for k in range(1, total + 1)], log


def test_demo_scores(demo_run):
    grades = {(r["student_id"], r["assignment"]): r for r in _rows(demo_run / "graded" / "grades.csv")}
    cells = _by_submission(_rows(demo_run / "graded" / "test_results.csv"))
    assert len(grades) == len(STUDENTS) * len(ASSIGNMENTS)
    for assignment in ASSIGNMENTS:
        name = assignment.name
        full = float(grades["reference", name]["max_score"])
        assert full > 0
        assert float(grades["reference", name]["score"]) == full, cells["reference", name]
        assert grades["reference", name]["reason"] == ""
        assert float(grades["untouched", name]["score"]) == 0
        assert all("NotImplementedError" in c["message"] for c in cells["untouched", name])
        invalid = grades["invalid_file", name]
        assert float(invalid["score"]) == 0 and "not a readable notebook" in invalid["reason"]
        assert all("not valid notebook JSON" in c["message"] for c in cells["invalid_file", name])

        function = known_mistake(assignment)[0]
        wrong = {c["grade_id"]: c for c in cells["one_wrong_function", name]}
        lost = sorted(g for g, c in wrong.items() if float(c["score"]) < float(c["max_score"]))
        assert lost == [f"test_{function}"], wrong
        assert wrong[f"test_{function}"]["message"] != PASSED
        assert float(wrong[f"test_{function}"]["score"]) == 0


def test_test_results_has_one_row_per_graded_cell(demo_run):
    cells = _by_submission(_rows(demo_run / "graded" / "test_results.csv"))
    reference = {name: [c["grade_id"] for c in rows] for (student, name), rows in cells.items()
                 if student == "reference"}
    for (student, name), rows in cells.items():
        ids = [c["grade_id"] for c in rows]
        assert ids == reference[name], f"{student}/{name}"
        assert len(set(ids)) == len(ids)
    columns = list(_rows(demo_run / "graded" / "test_results.csv")[0])
    assert columns == ["student_id", "assignment", "notebook", "grade_id", "score", "max_score", "message"]


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_autograde_leaves_the_submissions_untouched(demo_run, tmp_path):
    submitted = tmp_path / "submitted"
    first = ASSIGNMENTS[0].name
    for student in ("reference", "invalid_file"):
        shutil.copytree(demo_run / "class" / student / first, submitted / student / first)
    (submitted / "reference" / first / "notes.txt").write_text("an extra file\n")
    before = _hashes(submitted)
    results = autograde(submitted, tmp_path / "out", quiet=True)
    assert _hashes(submitted) == before
    assert {r.student_id for r in results} == {"reference", "invalid_file"}


def test_feedback_is_written_for_every_submission(demo_run):
    completed = subprocess.run(
        [sys.executable, "-m", "grading", "feedback", str(demo_run / "graded")],
        capture_output=True, text=True, timeout=900,
    )
    assert completed.returncode == 0, completed.stderr
    for student in STUDENTS:
        for assignment in ASSIGNMENTS:
            for stem in assignment.notebooks:
                page = demo_run / "graded" / "feedback" / student / assignment.name / f"{stem}.html"
                assert page.exists(), page
                if student != "invalid_file":
                    assert "HIDDEN TESTS" not in page.read_text(), f"hidden checks shown in {page}"
    reason = (demo_run / "graded" / "feedback" / "invalid_file" / ASSIGNMENTS[0].name
              / f"{ASSIGNMENTS[0].notebooks[0]}.html").read_text()
    assert "not a readable notebook" in reason


def test_stock_nbgrader_gives_the_same_scores(demo_run, tmp_path):
    """`nbgrader generate_assignment` + `nbgrader autograde`, run as an instructor would."""
    from nbgrader.api import Gradebook

    root = tmp_path / "course"
    shutil.copytree(Path(__file__).parent.parent / "notebooks", root / "source")
    for student in ("reference", "one_wrong_function", "untouched"):
        shutil.copytree(demo_run / "class" / student, root / "submitted" / student)
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    for assignment in ASSIGNMENTS:
        for command in (["generate_assignment", assignment.name], ["autograde", assignment.name]):
            completed = subprocess.run([sys.executable, "-m", "nbgrader", *command, "--force"],
                                       cwd=root, env=env, capture_output=True, text=True, timeout=1800)
            assert completed.returncode == 0, completed.stdout + completed.stderr
    ours = {(r["student_id"], r["assignment"], r["grade_id"]): float(r["score"])
            for r in _rows(demo_run / "graded" / "test_results.csv") if r["student_id"] != "invalid_file"}
    stock = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for (student, name, grade_id) in ours:
            notebook = next(a for a in ASSIGNMENTS if a.name == name).notebooks[0]
            stock[student, name, grade_id] = float(gb.find_grade(grade_id, notebook, name, student).score)
    assert stock == ours


def test_the_histogram_has_a_bar_per_score_that_occurs():
    from grading.report import histogram_svg

    svg = histogram_svg([0, 3, 3, 8], 8, "C1W2A1")
    assert svg.count("<rect") == 3
    assert "2 with score 3" in svg and "1 with score 8" in svg and "1 with score 0" in svg


def test_the_class_report_shows_pass_rates_and_common_failures(demo_run):
    report = (demo_run / "graded" / "report.html").read_text()
    assert report.count("aria-label='score histogram'") == len(ASSIGNMENTS)
    for assignment in ASSIGNMENTS:
        assert assignment.name in report
        assert report.count("1 could not be graded at all") == len(ASSIGNMENTS)  # invalid_file
        function, description, _ = known_mistake(assignment)
        hinted = description in mistakes.load(assignment.name).HINTS.get(function, {})
        # graded: reference, one_wrong_function, untouched; the known mistake's cell is passed by
        # the reference only, and the hint of the mistake heads its failures
        row = re.search(rf"<tr id='{assignment.name}-test_{function}'>(.*?)</tr>", report).group(1)
        assert "<td class='passed'>1/3 (33%)</td>" in row
        assert "1 &times; hint:" in row or not hinted, row
        assert "broken" not in row
    assert "2/3 (67%)" in report


def _self_check(demo_run, student):
    assignment = ASSIGNMENTS[0]
    path = demo_run / "class" / student / assignment.name / f"{assignment.notebooks[0]}.ipynb"
    completed = subprocess.run([sys.executable, "-m", "grading", "check", str(path)],
                               capture_output=True, text=True, timeout=600)
    return completed.returncode, completed.stdout


def test_self_check_reports_each_exercise(demo_run):
    code, out = _self_check(demo_run, "reference")
    assert code == 0 and "FAIL" not in out and "PASS" in out, out
    code, out = _self_check(demo_run, "untouched")
    assert code == 1 and "PASS" not in out and "NotImplementedError" in out, out
    assert "visible checks: 0 / " in out
    function = known_mistake(ASSIGNMENTS[0])[0]
    code, out = _self_check(demo_run, "one_wrong_function")
    failed = [line.split()[1] for line in out.splitlines() if line.startswith("FAIL")]
    assert code == 1 and failed == [f"test_{function}"], out
    assert "expected:" in out and "got:" in out

"""nbgrader's exchange cycle, end to end, with an instructor and a student in separate folders.

The instructor works from a course folder of their own whose `nbgrader_config.py` loads the
course's configuration (as the README's hub section says); the student works in another folder
with the students' image (`python -m grading student-image`, in a fresh virtual environment, see
tests/test_student_world.py): release, fetch, submit, collect, autograde with our grader,
feedback, release_feedback, fetch_feedback. The student's feedback page shows the score and the
failure messages, and no hidden check.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ASSIGNMENTS

from grading import notebooks
from grading.course import REPO_ROOT
from grading.results import read_csv

ASSIGNMENT = next(a for a in ASSIGNMENTS if a.name == "C1W2A2_logistic_regression")
NAME = STEM = ASSIGNMENT.name
COURSE = "dl-course"


def _run(command: list[str], cwd: Path, env: dict) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def cycle(image, tmp_path_factory):
    root = tmp_path_factory.mktemp("exchange")
    exchange, instructor, student = root / "exchange", root / "instructor", root / "alice"
    for folder in (exchange, instructor, student):
        folder.mkdir()
    exchange.chmod(0o777)
    (instructor / "nbgrader_config.py").write_text(
        f"load_subconfig({str(REPO_ROOT / 'grading' / 'nbgrader_config.py')!r})\n"
        f"c.CourseDirectory.root = {str(instructor)!r}\n"
        f"c.CourseDirectory.source_directory = {str(REPO_ROOT / 'notebooks')!r}\n"
        f"c.CourseDirectory.course_id = {COURSE!r}\n"
        f"c.Exchange.root = {str(exchange)!r}\n")
    (student / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = {COURSE!r}\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        # On a hub each student is a user of their own; this test runs as one user for both.
        "c.CourseDirectory.student_id = 'alice'\n")
    teacher_env = dict(os.environ, USER="teacher",
                       PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    student_env = {"PATH": str(image / "bin") + os.pathsep + "/usr/bin:/bin", "USER": "alice",
                   "HOME": str(student), "MPLBACKEND": "Agg", "TQDM_DISABLE": "1"}
    nbgrader = [sys.executable, "-m", "nbgrader"]
    student_nbgrader = [str(image / "bin" / "python"), "-m", "nbgrader"]

    _run(nbgrader + ["generate_assignment", NAME, "--force"], instructor, teacher_env)
    _run(nbgrader + ["release_assignment", NAME, "--force"], instructor, teacher_env)
    _run(student_nbgrader + ["fetch_assignment", NAME], student, student_env)
    fetched = student / NAME
    # The student does the work (the answers as the source has them), sure of the visible checks.
    nb = notebooks.read(fetched / f"{STEM}.ipynb")
    answered = notebooks.fill_solutions(nb, notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb"))
    answered = notebooks.replace_solution(answered, "predict", "def predict(w, b, X):\n"
                                          "    return (sigmoid(w.T @ X + b) <= 0.5).astype(float)\n")
    notebooks.write(answered, fetched / f"{STEM}.ipynb")
    _run(student_nbgrader + ["submit", NAME], student, student_env)
    _run(nbgrader + ["collect", NAME], instructor, teacher_env)
    graded = root / "graded"
    _run([sys.executable, "-m", "grading", "autograde", str(instructor / "submitted"), "--out",
          str(graded), "--jobs", "1"], REPO_ROOT, teacher_env)
    _run([sys.executable, "-m", "grading", "feedback", str(graded)], REPO_ROOT, teacher_env)
    _run(nbgrader + ["release_feedback", NAME,
                     f"--CourseDirectory.feedback_directory={graded / 'feedback'}"],
         instructor, teacher_env)
    _run(student_nbgrader + ["fetch_feedback", NAME], student, student_env)
    return {"student": student, "graded": graded, "instructor": instructor}


def test_the_students_submission_arrives_and_is_graded(cycle):
    assert (cycle["instructor"] / "submitted" / "alice" / NAME / f"{STEM}.ipynb").is_file()
    rows = {r["grade_id"]: r for r in read_csv(cycle["graded"] / "test_results.csv")}
    assert rows and all(r["student_id"] == "alice" for r in rows.values())
    lost = sorted(g for g, r in rows.items() if float(r["score"]) < float(r["max_score"]))
    assert lost == ["test_predict"], rows
    assert "the labels are swapped" in rows["test_predict"]["message"]


def test_the_student_fetches_feedback_without_hidden_checks(cycle):
    pages = list((cycle["student"] / NAME / "feedback").rglob("*.html"))
    assert pages, "no feedback reached the student"
    text = pages[0].read_text()
    assert "the labels are swapped" in text
    assert "HIDDEN TESTS" not in text and "hidden_checks" not in text

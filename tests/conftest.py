"""Shared fixtures: the course's assignments, their student versions, and one graded demo class."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from grading.course import REPO_ROOT, assignments
from grading.release import release

os.environ.setdefault("MPLBACKEND", "Agg")

ASSIGNMENTS = assignments()
ASSIGNMENT_NAMES = [a.name for a in ASSIGNMENTS]


def pytest_collection_modifyitems(items):
    if not ASSIGNMENTS:
        raise pytest.UsageError("no assignment folders found in notebooks/: nothing would be tested")


@pytest.fixture(scope="session")
def released(tmp_path_factory) -> Path:
    """The student versions of every assignment, written by `python -m grading release`."""
    out = tmp_path_factory.mktemp("release")
    release(out)
    return out


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory) -> Path:
    """`python -m grading demo` run once, as a user runs it; returns its output folder."""
    out = tmp_path_factory.mktemp("demo")
    completed = subprocess.run(
        [sys.executable, "-m", "grading", "demo", "--out", str(out)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    (out / "stdout.txt").write_text(completed.stdout)
    (out / "stderr.txt").write_text(completed.stderr)
    return out


@pytest.fixture(scope="session")
def image(tmp_path_factory) -> Path:
    """The students' image as the README says to build it (`python -m grading student-image`),
    installed from PyPI and the built wheel into a fresh virtual environment; returns the venv."""
    root = tmp_path_factory.mktemp("student_image")
    subprocess.run([sys.executable, "-m", "grading", "student-image", "--out", str(root / "image")],
                   check=True, capture_output=True, text=True, timeout=300)
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True, timeout=300)
    done = subprocess.run([str(root / "venv" / "bin" / "pip"), "install", "-q", "-r",
                           "requirements.txt"], cwd=root / "image", capture_output=True,
                          text=True, timeout=1800)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "venv"


def demo_submissions(demo_run: Path, folder: Path, students, assignment: str) -> Path:
    """A class of some of the demo's students, for one assignment, in `folder`."""
    import shutil

    for student in students:
        shutil.copytree(demo_run / "class" / student / assignment, folder / student / assignment)
    return folder


def autograde_cli(submitted: Path, out: Path, *flags: str,
                  timeout: int = 1800) -> subprocess.CompletedProcess:
    """`python -m grading autograde SUBMITTED --out OUT FLAGS...`, as an instructor types it."""
    return subprocess.run([sys.executable, "-m", "grading", "autograde", str(submitted), "--out",
                           str(out), *flags],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)


def result_rows(out: Path) -> list[tuple]:
    """Every row of an autograde run's test_results.csv, sorted: to compare two runs."""
    from grading.results import read_csv

    return sorted(tuple(r.values()) for r in read_csv(out / "test_results.csv"))

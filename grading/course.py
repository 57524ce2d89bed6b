"""Where the course lives and how nbgrader is set up for one run of the grading tool.

The source notebooks are in `notebooks/<assignment>/`; every folder there whose name starts with an
assignment id (`C1W2A2_...`) is one nbgrader assignment. Each command of the tool works in an output
folder of its own: the gradebook, the copy of the submissions, the autograded notebooks and the
feedback all live there, so the repository and the submitted files are never written to.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from traitlets.config import Config, PyFileConfigLoader

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO_ROOT / "notebooks"
CONFIG_FILE = Path(__file__).resolve().parent / "nbgrader_config.py"

ASSIGNMENT_NAME = re.compile(r"^C\d+W\d+A\d+_\w+$")
SKIP_TAG = "skip-grading"
# The gradebook's course id when the configuration sets none: nbgrader then files assignments
# under a course that does not exist, which SQLite lets pass but PostgreSQL refuses.
DEFAULT_COURSE_ID = "course"
SECRET_FILE = "grading-secret"  # in a grading output folder: seeds the students' hidden inputs


@dataclass(frozen=True)
class Assignment:
    """One assignment: its nbgrader name and its source notebooks (file stems)."""

    name: str
    notebooks: tuple[str, ...]

    @property
    def folder(self) -> Path:
        return SOURCE_DIR / self.name


def assignments(source_dir: Path = SOURCE_DIR) -> list[Assignment]:
    """The assignments found in `source_dir`, in course order (C1W2A1, C1W2A2, ..., C2W2A1)."""
    found = []
    for folder in sorted(source_dir.iterdir(), key=lambda p: _course_order(p.name)):
        if folder.is_dir() and ASSIGNMENT_NAME.match(folder.name):
            notebooks = tuple(sorted(p.stem for p in folder.glob("*.ipynb")))
            if notebooks:
                found.append(Assignment(folder.name, notebooks))
    return found


def _course_order(name: str) -> tuple:
    numbers = re.findall(r"\d+", name.split("_")[0])
    return tuple(int(n) for n in numbers) + (name,)


def ensure_scripts_on_path() -> None:
    """Put this interpreter's scripts folder on PATH: nbgrader runs `alembic` from there.

    Without it, `.venv/bin/python -m grading ...` fails in a shell where the venv is not activated.
    """
    scripts = str(Path(sys.executable).parent)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def nbgrader_config(work_dir: Path | None = None) -> Config:
    """The course's nbgrader configuration, with the working folders moved into `work_dir`.

    With `work_dir`, everything nbgrader writes (release copies, submitted copies, autograded
    notebooks, feedback, the gradebook) goes below it; the sources are read from `notebooks/`.
    """
    config = PyFileConfigLoader(CONFIG_FILE.name, path=str(CONFIG_FILE.parent)).load_config()
    if work_dir is not None:
        work_dir = work_dir.resolve()
        course = config.CourseDirectory
        course.root = str(work_dir)
        course.source_directory = str(SOURCE_DIR)
        course.db_url = f"sqlite:///{work_dir / 'gradebook.db'}"
        if not course.get("course_id"):
            course.course_id = DEFAULT_COURSE_ID
    config.Application.log_level = logging.WARNING
    config.NbGraderAPI.log_level = logging.WARNING
    return config


def nbgrader_api(work_dir: Path | None = None, config: Config | None = None):
    """An `NbGraderAPI` on the course, working in `work_dir` (see `nbgrader_config`)."""
    from nbgrader.apps import NbGraderAPI

    ensure_scripts_on_path()
    from nbgrader.coursedir import CourseDirectory

    config = config if config is not None else nbgrader_config(work_dir)
    coursedir = CourseDirectory(config=config)
    return NbGraderAPI(coursedir=coursedir, config=config)

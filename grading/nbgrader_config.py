"""nbgrader configuration of the course.

Loaded by stock nbgrader through the `nbgrader_config.py` shim at the repository root (run `nbgrader ...`
from there) and by our own tool (`python -m grading ...`), which then points the working folders
(submitted, autograded, feedback, gradebook) at the output folder it is given.
"""

from pathlib import Path

c = get_config()  # noqa: F821  (provided by traitlets when it executes this file)

REPO_ROOT = Path(__file__).resolve().parent.parent

c.CourseDirectory.root = str(REPO_ROOT)
c.CourseDirectory.source_directory = "notebooks"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "*~", ".DS_Store"]

# What a learner sees in place of a removed solution.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}

# A cell that runs longer than this is stopped and counts as failed.
c.Execute.timeout = 120

# Cells tagged so (training runs, sweeps, plots) are not run when grading: graded cells never
# depend on them. Our grader skips the same cells (grading.course.SKIP_TAG).
c.Execute.skip_cells_with_tag = "skip-grading"

"""Student versions of the assignments: `python -m grading release [--out release/]`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from grading.course import REPO_ROOT, assignments, nbgrader_api, nbgrader_config


def release(out: Path = REPO_ROOT / "release", names: list[str] | None = None) -> list[Path]:
    """Write the student version of each assignment (all, or those in `names`) into `out`.

    Solutions are replaced by a stub, hidden tests removed, graded cells locked (nbgrader's
    generate_assignment). Returns the folders written.
    """
    out = out.resolve()
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        config = nbgrader_config(Path(scratch))
        config.CourseDirectory.release_directory = str(out)
        api = nbgrader_api(config=config)
        for assignment in assignments():
            if names and assignment.name not in names:
                continue
            result = api.generate_assignment(assignment.name, force=True, create=True)
            if not result["success"]:
                raise SystemExit(f"could not release {assignment.name}:\n{result.get('log', '')}")
            written.append(out / assignment.name)
    return written

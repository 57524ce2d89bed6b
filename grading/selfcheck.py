"""`python -m grading check NOTEBOOK`: a student's own check, at home, without a course server.

Runs the notebook in a fresh kernel (cells tagged `skip-grading` are skipped, so it is quick), and
prints per exercise whether its visible checks passed, with the check's message and hint when not,
and the points those checks would earn. The hidden checks of the real grading are not in a student
copy, so a pass here is encouraging, not a guarantee.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from grading.course import SKIP_TAG
from grading.notebooks import graded_cells, nbgrader_meta
from grading.results import ANSI, one_line


def check_notebook(path: Path, timeout: int = 120) -> list[dict]:
    """One row per graded cell: grade_id, points, passed (bool), message."""
    path = path.resolve()
    if not path.exists():
        raise SystemExit(f"no such notebook: {path}")
    nb = nbformat.read(path, as_version=4)
    if not graded_cells(nb):
        raise SystemExit(f"{path.name} has no graded cells: is it a notebook of this course?")
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                            skip_cells_with_tag=SKIP_TAG,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    rows = []
    for grade_id, cell in graded_cells(nb).items():
        errors = [o for o in cell.outputs if o.get("output_type") == "error"]
        ran = cell.get("execution_count") is not None
        message = "" if ran else "did not run"
        if errors:
            error = errors[-1]
            message = f"{error.get('ename', 'Error')}: {ANSI.sub('', error.get('evalue', ''))}"
        rows.append({"grade_id": grade_id, "points": float(nbgrader_meta(cell).get("points", 0)),
                     "passed": ran and not errors, "message": message})
    return rows


def format_report(rows: list[dict]) -> str:
    lines = []
    for row in rows:
        mark = "PASS" if row["passed"] else "FAIL"
        lines.append(f"{mark}  {row['grade_id']:<36} {row['points'] if row['passed'] else 0:g}/{row['points']:g}")
        if not row["passed"]:
            for part in one_line(row["message"], limit=2000).split(" | "):
                lines.append(f"      {part}")
    earned = sum(r["points"] for r in rows if r["passed"])
    total = sum(r["points"] for r in rows)
    lines.append(f"\nvisible checks: {earned:g} / {total:g} points "
                 "(the grader adds hidden checks on other inputs)")
    return "\n".join(lines)

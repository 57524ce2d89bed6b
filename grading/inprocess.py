"""Run a notebook's graded path in this Python process: a fast check for the project's own tests.

Executes, in order and in one fresh namespace, every code cell that grading would execute (all but
the `skip-grading` ones) and reports, per graded cell, whether it raised. This is what nbgrader
scores (a graded cell earns its points when it runs without error), without a kernel per run, so
the tests can try dozens of wrong implementations quickly. Only for trusted code: it runs in-process.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from pathlib import Path

from grading import key
from grading.course import SKIP_TAG
from grading.notebooks import nbgrader_meta


def run_graded_path(nb, cwd: Path | None = None) -> dict[str, str]:
    """grade_id -> "" for each graded cell that passed, or the error it raised."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    namespace: dict = {"__name__": "__main__"}
    results = {}
    # as in a kernel: the notebook's folder is the working directory and on the import path
    # (given modules live there)
    folder = key.in_folder(cwd) if cwd is not None else contextlib.nullcontext()
    try:
        with folder:
            _run_cells(nb, namespace, results)
    finally:
        _close_figures()
    return results


def _run_cells(nb, namespace: dict, results: dict[str, str]) -> None:
    for index, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        graded, solution = meta.get("grade"), meta.get("solution")
        if cell.cell_type != "code":
            continue
        if SKIP_TAG in cell.metadata.get("tags", []) and not (graded or solution):
            continue
        error = _run(cell.source, namespace, f"<cell {index}>")
        if graded:
            results[meta["grade_id"]] = error


def _run(source: str, namespace: dict, name: str) -> str:
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a wrong answer's overflow warnings are not news
            exec(compile(source, name, "exec"), namespace)
    except Exception as error:  # a failing cell is a result, not a crash
        return f"{type(error).__name__}: {error}"
    return ""


def _close_figures() -> None:
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")

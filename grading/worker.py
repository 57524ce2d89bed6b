"""Grade one submission: nbgrader autograde in a sandboxed kernel, then verification outside it.

`grade_submission(task)` takes and returns plain dicts, so it runs the same in this process, in a
process pool (`--jobs`) or on a Dask worker (`--scheduler`); all of them share the output folder.
"""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

from nbformat import NotebookNode

from grading import notebooks
from grading.course import SKIP_TAG, SOURCE_DIR, nbgrader_api, nbgrader_config
from grading.execute import GuardedExecute, install_sandbox_kernel
from grading.preprocessors import KeepGradedCellsRunnable

VERIFY_FAILED = "VerificationFailed"
_installed_in: set[int] = set()


def autograde_config(out: Path, options: dict):
    """nbgrader's configuration for grading into `out` with the tool's execution rules."""
    from nbgrader.converters import Autograde

    config = nbgrader_config(out)
    config.CourseDirectory.db_url = f"sqlite:///{out / 'gradebook.db'}?timeout=60"
    stock = Autograde.class_traits()["autograde_preprocessors"].default()
    chain = [KeepGradedCellsRunnable] + [GuardedExecute if p.__name__ == "Execute" else p for p in stock]
    config.Autograde.autograde_preprocessors = chain
    config.OverwriteCells.add_missing_cells = True  # a deleted graded cell is put back and run
    config.GuardedExecute.skip_cells_with_tag = SKIP_TAG
    config.GuardedExecute.timeout = options["cell_timeout"]
    config.GuardedExecute.notebook_timeout = options["notebook_timeout"]
    return config


def grade_submission(task: dict) -> dict:
    """Autograde `task["student"]`'s `task["assignment"]` in `task["out"]`; verify it.

    Returns {"student", "assignment", "problem": "" or why nbgrader could not grade it,
    "verification": {notebook: {grade_id: "" or why}}}.
    """
    out, student, name = Path(task["out"]), task["student"], task["assignment"]
    options = task["options"]
    warnings.filterwarnings("ignore", module="nbgrader.api")  # SQLAlchemy session chatter
    if os.getpid() not in _installed_in:
        install_sandbox_kernel(out / ".kernels" / str(os.getpid()), memory_mb=options["memory_mb"],
                               cpu_seconds=options["notebook_timeout"] + 30)
        _installed_in.add(os.getpid())
    api = nbgrader_api(config=autograde_config(out, options))
    outcome = api.autograde(name, student, force=True, create=True)
    result = {"student": student, "assignment": name, "problem": "", "verification": {}}
    if not outcome["success"]:
        result["problem"] = "nbgrader could not grade it: " + _last_line(outcome.get("error"))
        return result
    if options.get("verify", True):
        for stem in task["notebooks"]:
            result["verification"][stem] = _verify_notebook(api, out, student, name, stem, options)
    return result


def _verify_notebook(api, out: Path, student: str, name: str, stem: str, options: dict) -> dict:
    from grading.verify import verify

    graded_path = out / "autograded" / student / name / f"{stem}.ipynb"
    if not graded_path.exists():
        return {}
    source = notebooks.read(SOURCE_DIR / name / f"{stem}.ipynb")
    trusted = {g: c.source for g, c in notebooks.graded_cells(source).items()}
    imports = next(c.source for c in source.cells if c.cell_type == "code")
    scratch = out / "scratch" / student / name
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(out / "submitted" / student / name, scratch)
    student_nb = notebooks.read(graded_path)
    verdicts = verify(student_nb, trusted, imports, scratch, memory_mb=options["memory_mb"],
                      cpu_seconds=options["notebook_timeout"] + 30, call_timeout=options["cell_timeout"])
    failed = {g: why for g, why in verdicts.items() if why}
    if failed:
        _record_failures(api, student_nb, graded_path, failed, student, name, stem)
    shutil.rmtree(scratch, ignore_errors=True)
    return verdicts


def _record_failures(api, nb, path: Path, failed: dict, student: str, name: str, stem: str) -> None:
    """A graded cell that failed verification scores 0, and its output says why."""
    for cell in nb.cells:
        grade_id = notebooks.nbgrader_meta(cell).get("grade_id")
        already_failed = any(o.get("output_type") == "error" for o in cell.get("outputs", []))
        if grade_id in failed and notebooks.nbgrader_meta(cell).get("grade") and not already_failed:
            text = f"checked again outside the notebook, this cell failed: {failed[grade_id]}"
            cell.outputs.append(NotebookNode(output_type="error", ename=VERIFY_FAILED, evalue=text,
                                             traceback=[f"{VERIFY_FAILED}: {text}"]))
    notebooks.write(nb, path)
    with api.gradebook as gb:
        for grade_id in failed:
            try:
                grade = gb.find_grade(grade_id, stem, name, student)
            except Exception:
                continue
            grade.auto_score = 0.0
        gb.db.commit()


def _last_line(text: str | None) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"

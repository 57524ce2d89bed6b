"""How a submission's notebook runs when grading: sandboxed, time-limited, capped, graded apart.

`SandboxExecute` takes the place of nbgrader's Execute preprocessor in the autograde chain. Instead
of starting a Jupyter kernel it asks this process's zygote (`grading.zygote`) for a forked,
sandboxed student process and runs the student's cells there, with IPython as a kernel would.
Cells tagged `skip-grading` are not run. Graded cells never enter the student's process: their
trusted source runs in this process (`grading.verify`), calling the student's functions as
proxies, and their outputs (what they printed, an error if a check failed) are the cell's outputs,
which nbgrader's SaveAutoGrades scores as usual. A graded cell that never ran (the process died,
the notebook ran out of time) gets a `NotRun` error output: it counts as failed, never as passed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade
from traitlets import Bool, Integer, Unicode

from grading import hidden, notebooks
from grading.course import SKIP_TAG, SOURCE_DIR
from grading.verify import Verifier
from grading.verify import error_output as _error
from grading.zygote import StudentCodeError, zygote_for_this_process

NOT_RUN = "NotRun"


def course_secret(path: Path) -> str:
    """The secret that seeds every student's hidden inputs: $COURSE_GRADING_SECRET if set (one
    secret for every output folder, say across a cluster's runs), else kept in `path` (made on
    first use, readable by the instructor only; the sandbox lets no student code near it)."""
    if os.environ.get(hidden.SECRET_ENV):
        return os.environ[hidden.SECRET_ENV]
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(path, "x", encoding="ascii") as file:
                file.write(secrets.token_hex(32))
            path.chmod(0o600)
        except FileExistsError:
            pass  # another worker made it first
    return path.read_text(encoding="ascii").strip()


def submission_hash(nb) -> str:
    """A hash of the student's own code (every code cell but the graded ones): hidden inputs
    change with it, so outputs copied from an earlier feedback page do not fit."""
    text = "\0".join(c.source for c in nb.cells
                     if c.cell_type == "code" and not notebooks.nbgrader_meta(c).get("grade"))
    return hashlib.sha256(text.encode()).hexdigest()


class SandboxExecute(NbGraderPreprocessor):
    """Run a submission's cells in a sandboxed student process and verify its graded cells."""

    cell_timeout = Integer(60, help="seconds for one cell").tag(config=True)
    notebook_timeout = Integer(300, help="seconds for the whole notebook").tag(config=True)
    memory_mb = Integer(4096, help="address-space limit of the student's process").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="output kept per cell").tag(config=True)
    skip_cells_with_tag = Unicode(SKIP_TAG).tag(config=True)
    scratch = Unicode("", help="folder for the zygote's and the students' temporary files").tag(config=True)
    secret_file = Unicode("", help="file holding the course's secret for hidden inputs").tag(config=True)
    verify = Bool(True, help="run graded cells in the grader; False runs them in the student's "
                             "process, as stock nbgrader does, with the answer key readable there "
                             "(only for tests that show what the verifier stops)").tag(config=True)

    def preprocess(self, nb, resources):
        cwd = Path(resources["metadata"]["path"]).resolve()
        scratch = Path(self.scratch or tempfile.gettempdir())
        scratch.mkdir(parents=True, exist_ok=True)
        home = Path(tempfile.mkdtemp(prefix="student-", dir=scratch))
        zygote = zygote_for_this_process(scratch)
        readable = [] if self.verify else [str(SOURCE_DIR), str(Path(hidden.__file__).parent)]
        student = zygote.spawn(cwd, [cwd, home], memory_mb=self.memory_mb,
                               cpu_seconds=self.notebook_timeout + 30, readable=readable)
        try:
            verifier = self._verifier(student, nb, resources) if self.verify else None
            self._run_cells(nb, student, verifier)
        finally:
            student.close()
            shutil.rmtree(home, ignore_errors=True)
        return nb, resources

    def _verifier(self, student, nb, resources) -> Verifier:
        info = resources.get("nbgrader", {})
        source = notebooks.read_source(SOURCE_DIR / info["assignment"] / f"{info['notebook']}.ipynb")
        trusted = {g: c.source for g, c in notebooks.graded_cells(source).items()}
        secret = course_secret(Path(self.secret_file)) if self.secret_file else ""
        context = hidden.Context(info["assignment"], str(info.get("student", "")), secret,
                                 submission_hash(nb))
        return Verifier(student, info["assignment"], trusted, context, self.cell_timeout)

    def _run_cells(self, nb, student, verifier: Verifier | None) -> None:
        deadline = time.monotonic() + self.notebook_timeout
        why_not = ""
        graded_runs = 0
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            cell.outputs, cell.execution_count = [], None
            if self.skip_cells_with_tag in cell.metadata.get("tags", []):
                continue
            remaining = deadline - time.monotonic()
            if not why_not and remaining <= 0:
                why_not = "the notebook ran out of time before this cell"
            if why_not:
                if is_grade(cell):
                    cell.outputs = [_error(NOT_RUN, f"this graded cell did not run: {why_not}")]
                continue
            if is_grade(cell) and verifier is not None:
                cell.outputs = verifier.run_graded(notebooks.nbgrader_meta(cell).get("grade_id"))
                graded_runs += 1
                cell.execution_count = graded_runs
                if student.dead:
                    why_not = student.dead
                continue
            try:
                answer = student.request({"op": "run", "source": cell.source,
                                          "max_output_bytes": self.max_output_bytes},
                                         timeout=min(self.cell_timeout, remaining))
            except StudentCodeError as error:
                why_not = str(error)
                if is_grade(cell):
                    cell.outputs = [_error(NOT_RUN, f"this graded cell did not run: {why_not}")]
                else:
                    cell.outputs = [_error("DeadKernelError", why_not)]
                continue
            cell.outputs = [nbformat.from_dict(o) for o in answer.get("outputs", [])]
            cell.execution_count = answer.get("execution_count")
            if not answer.get("ok"):
                cell.outputs.append(_error("CellTimeoutError", answer.get("error", "")))

"""How a submission's notebook runs when grading: sandboxed, time-limited, verified, capped.

`SandboxExecute` takes the place of nbgrader's Execute preprocessor in the autograde chain. Instead
of starting a Jupyter kernel it asks this process's zygote (`grading.zygote`) for a forked,
sandboxed student process and runs the cells there, with IPython as a kernel would (the outputs
are the same kinds, so nbgrader's SaveAutoGrades scores them as usual). Cells tagged
`skip-grading` are not run. After each graded cell has run in the student's process, its trusted
source runs again in the grader (`grading.verify`), with the student's functions as proxies; a
cell that passed in the student's process but fails there gets a `VerificationFailed` error
output, so it scores 0. A graded cell that never ran (the process died, the notebook ran out of
time) gets a `NotRun` error output: it counts as failed, never as passed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade
from traitlets import Bool, Integer, Unicode

from grading import notebooks
from grading.course import SKIP_TAG, SOURCE_DIR
from grading.verify import Verifier
from grading.zygote import StudentCodeError, zygote_for_this_process

NOT_RUN = "NotRun"
VERIFY_FAILED = "VerificationFailed"


def _error(ename: str, text: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=text, traceback=[f"{ename}: {text}"])


class SandboxExecute(NbGraderPreprocessor):
    """Run a submission's cells in a sandboxed student process and verify its graded cells."""

    cell_timeout = Integer(60, help="seconds for one cell").tag(config=True)
    notebook_timeout = Integer(300, help="seconds for the whole notebook").tag(config=True)
    memory_mb = Integer(4096, help="address-space limit of the student's process").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="output kept per cell").tag(config=True)
    skip_cells_with_tag = Unicode(SKIP_TAG).tag(config=True)
    verify = Bool(True, help="check graded cells again outside the student's process").tag(config=True)
    scratch = Unicode("", help="folder for the zygote's and the students' temporary files").tag(config=True)

    def preprocess(self, nb, resources):
        cwd = Path(resources["metadata"]["path"]).resolve()
        scratch = Path(self.scratch or tempfile.gettempdir())
        scratch.mkdir(parents=True, exist_ok=True)
        home = Path(tempfile.mkdtemp(prefix="student-", dir=scratch))
        zygote = zygote_for_this_process(scratch)
        student = zygote.spawn(cwd, [cwd, home], memory_mb=self.memory_mb,
                               cpu_seconds=self.notebook_timeout + 30)
        try:
            verifier = self._verifier(student, resources) if self.verify else None
            self._run_cells(nb, student, verifier)
        finally:
            student.close()
            shutil.rmtree(home, ignore_errors=True)
        return nb, resources

    def _verifier(self, student, resources) -> Verifier:
        info = resources.get("nbgrader", {})
        source = notebooks.read_source(SOURCE_DIR / info["assignment"] / f"{info['notebook']}.ipynb")
        trusted = {g: c.source for g, c in notebooks.graded_cells(source).items()}
        imports = next(c.source for c in source.cells if c.cell_type == "code")
        return Verifier(student, imports, trusted, call_timeout=self.cell_timeout)

    def _run_cells(self, nb, student, verifier: Verifier | None) -> None:
        deadline = time.monotonic() + self.notebook_timeout
        why_not = ""
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
            if is_grade(cell) and verifier is not None:
                self._verify(cell, verifier)

    def _verify(self, cell, verifier: Verifier) -> None:
        if any(o.get("output_type") == "error" for o in cell.outputs):
            return  # failed already; nothing to overturn
        why = verifier.run_graded(notebooks.nbgrader_meta(cell).get("grade_id"))
        if why:
            text = f"checked again outside the notebook, this cell failed: {why}"
            cell.outputs.append(_error(VERIFY_FAILED, text))

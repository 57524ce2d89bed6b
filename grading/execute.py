"""How a submission's kernel runs when grading: sandboxed, time-limited, with capped output.

- `install_sandbox_kernel(base)` writes a `python3` kernelspec whose kernel starts through
  `grading.sandbox` (memory and CPU limits; it may write only in the submission's own folder) and
  points Jupyter at it for this process.
- `GuardedExecute` is nbgrader's Execute preprocessor with a time limit for the whole notebook on
  top of the per-cell one, a cap on the output a cell may produce, and a rule that a graded cell
  that never ran (the kernel died or the notebook ran out of time) counts as failed, never as passed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from nbgrader.utils import is_grade
from traitlets import Integer

NOT_RUN = "NotRun"


def install_sandbox_kernel(base: Path, *, memory_mb: int, cpu_seconds: int) -> None:
    """Make `python3` mean a sandboxed kernel for kernels started by this process."""
    runtime = base / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    spec_dir = base / "kernels" / "python3"
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "grading.sandbox", "--rw-cwd", "--rw", str(runtime),
                 "--ro", "{connection_file}", "--stderr", str(runtime / "kernel-stderr.log"),
                 "--memory-mb", str(memory_mb), "--cpu-seconds", str(cpu_seconds), "--",
                 sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (grading sandbox)",
        "language": "python",
        "env": {"MPLBACKEND": "Agg", "MPLCONFIGDIR": str(runtime), "IPYTHONDIR": str(runtime),
                "TMPDIR": str(runtime), "PYTHONDONTWRITEBYTECODE": "1"},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    os.environ["JUPYTER_PATH"] = str(base)
    os.environ["JUPYTER_RUNTIME_DIR"] = str(runtime)


class GuardedExecute(Execute):
    """nbgrader's Execute with a notebook time limit, an output cap and no free passes."""

    notebook_timeout = Integer(600, help="seconds for the whole notebook").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="output kept per cell").tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        self._deadline = time.monotonic() + self.notebook_timeout
        self._output_bytes: dict[int, int] = {}
        problem = ""
        try:
            nb, resources = super().preprocess(nb, resources, km)
        except Exception as error:  # a dead kernel or a broken run: score what ran, fail the rest
            problem = f"{type(error).__name__}: {str(error).strip().splitlines()[0][:200] if str(error).strip() else ''}"
        _fail_graded_cells_not_run(nb, problem or "the notebook ran out of time before this cell")
        return nb, resources

    def _get_timeout(self, cell):
        remaining = max(1, int(self._deadline - time.monotonic()))
        per_cell = super()._get_timeout(cell)
        return remaining if per_cell is None else min(per_cell, remaining)

    def output(self, outs, msg, display_id, cell_index):
        size = len(json.dumps(msg.get("content", {}), default=str))
        used = self._output_bytes.get(cell_index, 0)
        self._output_bytes[cell_index] = used + size
        if used + size <= self.max_output_bytes:
            return super().output(outs, msg, display_id, cell_index)
        if used <= self.max_output_bytes:
            note = NotebookNode(output_type="stream", name="stderr",
                                text=f"\n[output cut by the grader after {self.max_output_bytes} bytes]\n")
            outs.append(note)
        return None


def _fail_graded_cells_not_run(nb, reason: str) -> None:
    for cell in nb.cells:
        if is_grade(cell) and cell.cell_type == "code" and cell.get("execution_count") is None:
            cell.outputs = [NotebookNode(output_type="error", ename=NOT_RUN,
                                         evalue=f"this graded cell did not run: {reason}",
                                         traceback=[f"{NOT_RUN}: this graded cell did not run: {reason}"])]

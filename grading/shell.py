"""Run notebook cells the way a Jupyter kernel does, without a kernel: IPython in this process.

`GradingShell.run(source)` executes one cell with IPython's own machinery (magics, `get_ipython()`,
the display hook, exception hooks such as `set_custom_exc`) and returns the cell's outputs as
nbformat v4 output dicts -- streams, `execute_result`, `display_data`, `error` -- the same kinds a
kernel would send, so nbgrader scores them the same way. Output beyond `max_output_bytes` per cell
is dropped with a note. Used by the sandboxed student process (`grading.verify_server`).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from IPython.core.displayhook import DisplayHook
from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell
from traitlets import Type
from traitlets.config import Config


class _Outputs:
    """The outputs of one cell, with a byte cap."""

    def __init__(self, max_bytes: int):
        self.items: list[dict[str, Any]] = []
        self.max_bytes, self.used, self.cut = max_bytes, 0, False

    def add(self, output: dict[str, Any]) -> None:
        size = len(json.dumps(output, default=str))
        if self.cut:
            return
        if self.used + size > self.max_bytes:
            if not self.cut:
                self.cut = True
                self.items.append({"output_type": "stream", "name": "stderr",
                                   "text": f"\n[output cut by the grader after {self.max_bytes} bytes]\n"})
            return
        self.used += size
        self.items.append(output)

    def write(self, name: str, text: str) -> None:
        if not text:
            return
        last = self.items[-1] if self.items else None
        if last is not None and last.get("output_type") == "stream" and last["name"] == name \
                and not self.cut and self.used + len(text) <= self.max_bytes:
            last["text"] += text
            self.used += len(text)
            return
        self.add({"output_type": "stream", "name": name, "text": text})


class _Stream:
    """sys.stdout / sys.stderr while a cell runs."""

    def __init__(self, shell: GradingShell, name: str):
        self.shell, self.name = shell, name
        self.encoding, self.errors = "utf-8", "replace"

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.shell.outputs is not None:
            self.shell.outputs.write(self.name, text)
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _Publisher(DisplayPublisher):
    def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
        if self.shell.outputs is not None:
            self.shell.outputs.add({"output_type": "display_data", "data": dict(data),
                                    "metadata": dict(metadata or {})})

    def clear_output(self, wait=False):
        if self.shell.outputs is not None and not wait:
            self.shell.outputs.items.clear()


class _DisplayHook(DisplayHook):
    def write_output_prompt(self):
        pass

    def write_format_data(self, format_dict, md_dict=None):
        if self.shell.outputs is not None:
            self.shell.outputs.add({"output_type": "execute_result",
                                    "execution_count": self.shell.execution_count,
                                    "data": dict(format_dict), "metadata": dict(md_dict or {})})

    def finish_displayhook(self):
        pass


class GradingShell(InteractiveShell):
    """An IPython shell whose cell outputs are collected as nbformat outputs."""

    outputs: _Outputs | None = None
    displayhook_class = Type(_DisplayHook)
    display_pub_class = Type(_Publisher)

    @classmethod
    def create(cls) -> GradingShell:
        config = Config()
        config.HistoryManager.enabled = False
        config.InteractiveShell.colors = "nocolor"
        config.InteractiveShell.autocall = 0
        shell = cls.instance(config=config)
        shell.outputs = None
        return shell

    def _showtraceback(self, etype, evalue, stb):
        if self.outputs is not None:
            self.outputs.add({"output_type": "error", "ename": getattr(etype, "__name__", str(etype)),
                              "evalue": str(evalue), "traceback": list(stb)})

    def run(self, source: str, max_output_bytes: int = 1_000_000) -> list[dict[str, Any]]:
        """Execute one cell; its outputs, in order."""
        self.outputs = _Outputs(max_output_bytes)
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _Stream(self, "stdout"), _Stream(self, "stderr")
        try:
            self.run_cell(source, store_history=True)
        finally:
            sys.stdout, sys.stderr = saved
            outputs, self.outputs = self.outputs, None
        return outputs.items

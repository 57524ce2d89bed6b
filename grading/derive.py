"""`python -m grading derive [--check]`: rebuild every file derived from the answer key.

What is derived, per assignment folder `notebooks/<assignment>/`:

- `checks.json`: for each graded cell's visible part, the value each ``expect(name, got)`` is
  given when the answer key's function runs, and what each known mistake with a hint
  (`grading/mistakes/<assignment>.py`) gives there instead. The visible checks read it; it
  ships with the assignment.
- given code from earlier assignments: an imports cell line ``from <module> import a, b`` whose
  module is declared in `grading/given.py` gets `<module>.py` written next to the notebook,
  holding those functions as the earlier assignment's answer key (or given code) has them.

`--check` writes nothing and lists what is stale (exit status 1), which the tests run.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from grading import given, key, mistakes, notebooks
from grading.course import assignments
from helpers import check_data, checks

HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS\n?", re.S)


def visible_part(source: str) -> str:
    """A graded cell as students get it: without its hidden checks."""
    return HIDDEN.sub("", source)


def derived_files(assignment: str) -> dict[Path, str]:
    """path -> the text it must hold, for every file derived for `assignment` (the given modules
    first: the answer key imports them when the check values are computed)."""
    folder = key.source_notebook(assignment).parent
    files = {folder / f"{module}.py": text for module, text in given.modules_for(assignment).items()}
    files[folder / check_data.FILENAME] = None  # computed once the given modules are in place
    return files


def _texts(assignment: str, write: bool) -> Iterator[tuple[Path, str]]:
    """(path, text it must hold) of each derived file; with `write`, each given module is written
    before the check values are computed from the key that imports it."""
    for path, text in derived_files(assignment).items():
        if text is None:
            text = check_data.dumps(check_values(assignment))
        elif write and (not path.is_file() or path.read_text(encoding="utf-8") != text):
            path.write_text(text, encoding="utf-8")
        yield path, text


def check_values(assignment: str) -> dict[str, dict[str, dict[str, Any]]]:
    """{function: {check name: {"expected", "mistakes"}}} for the visible checks of `assignment`."""
    nb = notebooks.read_source(key.source_notebook(assignment))
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for grade_id, cell in notebooks.graded_cells(nb).items():
        function = grade_id.removeprefix("test_")
        visible = visible_part(cell.source)
        expected = _record(assignment, visible, None)
        if not expected:
            continue  # checked by properties, without stored values
        entries = {name: {"expected": value, "mistakes": []} for name, value in expected.items()}
        for hint, source in mistakes.hinted(assignment, function):
            for name, value in _record(assignment, visible, (function, source)).items():
                if name in entries:
                    entries[name]["mistakes"].append((hint, value))
        found[function] = entries
    return found


def _record(assignment: str, visible: str, mistake: tuple[str, str] | None) -> dict[str, Any]:
    """Run a graded cell's visible part on the answer key (with one function replaced by a known
    mistake, if given) and return what each check was given, by check name."""
    namespace = key.key_namespace(assignment)
    if mistake is not None:
        namespace[mistake[0]] = mistakes.build(assignment, *mistake)
    seen: dict[str, Any] = {}

    def record(function: str, name: str, got: Any) -> None:
        if name in seen and mistake is None:
            raise ValueError(f"{assignment}: two visible checks of {function} are named {name!r}")
        seen[name] = got

    folder = key.source_notebook(assignment).parent
    with _recording(record, folder), key.in_folder(folder), warnings.catch_warnings(), \
            contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        np.random.seed(1)
        try:
            exec(compile(visible, f"<visible checks of {assignment}>", "exec"), namespace)
        except Exception:
            if mistake is None:
                raise
    return seen


@contextlib.contextmanager
def _recording(record: Callable[[str, str, Any], None], folder: Path):
    saved = checks.recorder, checks.data_folder
    checks.recorder, checks.data_folder = record, folder
    try:
        yield
    finally:
        checks.recorder, checks.data_folder = saved


def stale(names: list[str] | None = None) -> list[Path]:
    """The derived files that differ from what the answer key gives now."""
    found = []
    for assignment in _chosen(names):
        for path, text in _texts(assignment, write=False):
            if not path.is_file() or not _same_content(path, text):
                found.append(path)
    return found


def _same_content(path: Path, text: str) -> bool:
    """Whether `path` holds `text`; for check data, values equal to 1e-9 count as the same, since
    a value that is zero up to rounding (1e-11, say) may differ in its last bits between BLAS
    builds, and the checks compare with atol 1e-7."""
    held = path.read_text(encoding="utf-8")
    if held == text or path.name != check_data.FILENAME:
        return held == text
    try:
        return _close(check_data.load_text(held), check_data.load_text(text))
    except (ValueError, KeyError, TypeError):
        return False


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (np.ndarray, np.generic)) or isinstance(b, (np.ndarray, np.generic)):
        a_array, b_array = np.asarray(a), np.asarray(b)
        if a_array.dtype != b_array.dtype or a_array.shape != b_array.shape:
            return False
        if a_array.dtype.kind != "f":
            return bool(np.array_equal(a_array, b_array))
        return bool(np.allclose(a_array, b_array, rtol=1e-9, atol=1e-9, equal_nan=True))
    if isinstance(a, float) and isinstance(b, float):
        return bool(np.isclose(a, b, rtol=1e-9, atol=1e-9, equal_nan=True))
    return type(a) is type(b) and a == b


def derive(names: list[str] | None = None) -> list[Path]:
    """Write every derived file that changed; return the ones written."""
    written = []
    for assignment in _chosen(names):
        before = {p: p.read_text(encoding="utf-8") if p.is_file() else None
                  for p in derived_files(assignment)}
        for path, text in _texts(assignment, write=True):
            if before[path] != text:
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


def _chosen(names: list[str] | None) -> list[str]:
    return [a.name for a in assignments() if not names or a.name in names]

"""The answer key: each graded function's reference solution, read from its source notebook.

The key exists once, in the solution cells of `notebooks/<assignment>/<assignment>.ipynb`, where
nbgrader instructors edit it. Everything that needs a reference version (the grader's hidden
checks, the derived check data, the given code of later assignments) gets it from here, in the
instructor's process only: nothing of this module is importable or readable where student code
runs when our grader grades (`grading.sandbox`), and the student image never holds it.

    namespace = key_namespace("C1W2A2_logistic_regression")   # imports cell + solution cells
    namespace["propagate"](w, b, X, Y)
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
import types
import warnings
from pathlib import Path

from grading import notebooks
from grading.course import SOURCE_DIR, assignments


class UnknownAssignment(LookupError):
    """No such assignment or graded function in the answer key."""


def source_notebook(assignment: str) -> Path:
    folder = SOURCE_DIR / assignment
    path = folder / f"{assignment}.ipynb"
    if not path.is_file():
        known = ", ".join(a.name for a in assignments())
        raise UnknownAssignment(f"no source notebook for assignment {assignment!r} (known: {known})")
    return path


def assignment_of(folder: Path | str) -> str | None:
    """The assignment whose notebook runs in `folder` (its name, as nbgrader names folders), or
    None: `notebooks/C1W2A2_logistic_regression`, `autograded/<student>/C1W2A2_...` and a student
    workspace copy all end in the assignment's name."""
    name = Path(folder).resolve().name
    return name if (SOURCE_DIR / name / f"{name}.ipynb").is_file() else None


def solutions(assignment: str) -> dict[str, str]:
    """grade_id -> source of its solution cell, markers removed, in notebook order."""
    nb = notebooks.read_source(source_notebook(assignment))
    return {g: notebooks.without_markers(c.source) for g, c in notebooks.solution_cells(nb).items()}


def imports_source(assignment: str) -> str:
    nb = notebooks.read_source(source_notebook(assignment))
    return next(c.source for c in nb.cells if c.cell_type == "code")


def key_namespace(assignment: str) -> dict:
    """A fresh copy of the namespace in which the imports cell and every solution cell ran.

    The functions in it see each other (their globals are one shared namespace, cached per
    process); the returned dict is a shallow copy, so callers may rebind names in it freely."""
    path = source_notebook(assignment)
    return dict(_namespace(assignment, str(path), path.stat().st_mtime_ns))


def graded_names(assignment: str) -> list[str]:
    return list(solutions(assignment))


def dependencies(assignment: str, function: str) -> list[str]:
    """The other graded functions of `assignment` that `function`'s reference solution calls.

    While a graded function is checked, these are the ones the course's versions stand in for,
    so that a mistake costs the points of its own function only."""
    names = graded_names(assignment)
    code = compile(solutions(assignment)[function], f"<{function}>", "exec")
    return [n for n in names if n != function and n in names_used(code)]


def names_used(code: types.CodeType) -> set[str]:
    """Every name that `code` or a function inside it refers to."""
    found = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= names_used(const)
    return found


@functools.lru_cache(maxsize=32)
def _namespace(assignment: str, path: str, mtime_ns: int) -> dict:
    folder = Path(path).parent
    namespace: dict = {"__name__": f"answer_key_{assignment}"}
    cells = [imports_source(assignment), *[c for c in solutions(assignment).values()]]
    with in_folder(folder), contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for index, source in enumerate(cells):
            exec(compile(source, f"<answer key {assignment} cell {index}>", "exec"), namespace)
    return namespace


@contextlib.contextmanager
def in_folder(folder: Path):
    """Run with `folder` as the working directory and first on sys.path (given modules live
    there), as a notebook's kernel would; both are restored afterwards, and the folder's own
    modules are taken out of sys.modules again (other assignments may have modules of the same
    name)."""
    previous = Path.cwd()
    local = {p.stem for p in folder.glob("*.py")}
    saved = {name: sys.modules.pop(name) for name in local if name in sys.modules}
    sys.path.insert(0, str(folder))
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)
        with contextlib.suppress(ValueError):
            sys.path.remove(str(folder))
        for name in local:  # two assignments may each have a given module of the same name
            sys.modules.pop(name, None)
        sys.modules.update(saved)


def versions_called_by(folder: Path | str, function: str) -> types.SimpleNamespace | None:
    """The answer key's versions of the graded functions that `function` calls (its
    `dependencies`), as attributes, for the notebook that runs in `folder`; None outside an
    assignment. What `helpers.checks.isolated` substitutes."""
    assignment = assignment_of(folder)
    return None if assignment is None else called_by(assignment, function)


def called_by(assignment: str, function: str) -> types.SimpleNamespace:
    """The answer key's versions of the graded functions that `function` calls, as attributes
    (taken from the key as it is now, so a stand-in bound in it is what comes)."""
    namespace = key_namespace(assignment)
    return types.SimpleNamespace(**{n: namespace[n] for n in dependencies(assignment, function)})

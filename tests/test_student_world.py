"""A student's world holds no answer: the release folders and the students' image (issue 10).

For assignment X the student's world is its release folder plus the image the README tells an
instructor to build (`python -m grading student-image`, installed in a fresh virtual environment
here, from PyPI and the built wheel only). Searched by these tests:
- no implementation of a graded function of X or of a later assignment: a function of that name
  in a module of the world must not behave like the answer key on the visible checks' inputs (a
  given function that only shares a name, like the deep-network `sigmoid(Z) -> (A, cache)`, does
  not); notebook cells define graded functions only as stubs;
- no hidden check and no source notebook;
- and the world works: with the answers filled in as a student would write them, every released
  notebook runs top to bottom in the image, visible checks included, without the answer key.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import types
from pathlib import Path

import pytest
from conftest import ASSIGNMENTS
from keyutil import same, visible_calls

from grading import key, notebooks
from grading.course import REPO_ROOT

MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION", "### BEGIN HIDDEN TESTS",
           "### END HIDDEN TESTS", "hidden_checks", "grading.hidden")


def _site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages"))


@pytest.fixture(scope="module")
def calls() -> dict[str, dict[str, list]]:
    return {a.name: visible_calls(a.name) for a in ASSIGNMENTS}


def _graded_from(index: int) -> dict[str, str]:
    """graded function -> its assignment, for the assignment at `index` and every later one."""
    return {f: a.name for a in ASSIGNMENTS[index:] for f in key.graded_names(a.name)}


def _module_functions(path: Path, folder: Path) -> dict[str, object]:
    """The functions a module of the student's world defines, loaded as a student would (its
    folder first on the import path), under a name of its own."""
    name = f"student_world_{abs(hash(str(path)))}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        with key.in_folder(folder):
            spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return {n: v for n, v in vars(module).items()
            if isinstance(v, types.FunctionType) and v.__module__ == name}


def _implements(function, assignment: str, name: str, calls) -> bool:
    """Whether `function` gives the key's results on every visible-check call of `name`."""
    runs = calls[assignment][name]
    if not runs:
        return False
    for arguments, expected in runs:
        try:
            got = function(*arguments)
        except Exception:  # noqa: BLE001 -- a different function
            return False
        if not same(got, expected):
            return False
    return True


def _implementations(path: Path, folder: Path, graded: dict[str, str], calls) -> list[str]:
    found = []
    for name, function in _module_functions(path, folder).items():
        if name in graded and _implements(function, graded[name], name, calls):
            found.append(f"{path.name}: {name} (graded in {graded[name]})")
    return found


def test_the_image_installs_no_grading_tool_and_no_answer_key(image):
    site = _site_packages(image)
    assert (site / "helpers" / "checks.py").is_file()
    assert not (site / "grading").exists()
    done = subprocess.run([str(image / "bin" / "python"), "-c", "import grading.key"],
                          cwd=image, env={"PATH": str(image / "bin")}, capture_output=True,
                          text=True, check=False)
    assert done.returncode != 0 and "No module named 'grading'" in done.stderr
    assert not list((site / "helpers").rglob("*.ipynb"))
    for path in (site / "helpers").rglob("*.py"):
        text = path.read_text()
        assert not [m for m in MARKERS if m in text], path


def test_the_image_implements_no_graded_function(image, calls):
    site = _site_packages(image)
    graded = _graded_from(0)  # the image serves every assignment: none of their answers
    found = []
    for path in sorted((site / "helpers").rglob("*.py")):
        found += _implementations(path, path.parent, graded, calls)
    assert not found, f"the students' image implements graded functions: {found}"


@pytest.mark.parametrize("index", range(len(ASSIGNMENTS)), ids=[a.name for a in ASSIGNMENTS])
def test_a_release_folder_holds_no_answer_of_its_own_or_a_later_assignment(released, calls, index):
    assignment = ASSIGNMENTS[index]
    folder = released / assignment.name
    graded = _graded_from(index)
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(errors="replace")
        assert not [m for m in MARKERS if m in text], f"{path.name} holds grading text"
        if path.suffix == ".py":
            found += _implementations(path, folder, graded, calls)
        elif path.suffix == ".ipynb":
            nb = notebooks.read(path)
            assert not notebooks.solution_cells(nb) or all(
                "raise NotImplementedError()" in c.source
                for c in notebooks.solution_cells(nb).values()), "a solution cell is not a stub"
            for cell in nb.cells:
                if cell.cell_type != "code" or notebooks.nbgrader_meta(cell).get("solution"):
                    continue
                defined = {n.name for n in ast.walk(ast.parse(cell.source))
                           if isinstance(n, ast.FunctionDef)}
                found += [f"a cell of {path.name} defines {n}" for n in defined & set(graded)]
    assert not found, found
    assert (folder / f"{assignment.name}.ipynb").is_file()
    assert not (folder / "grading-secret").exists()


def test_the_source_notebooks_stay_out_of_every_release(released):
    for assignment in ASSIGNMENTS:
        for path in (released / assignment.name).rglob("*.ipynb"):
            assert "### BEGIN SOLUTION" not in path.read_text()


@pytest.fixture(scope="module")
def filled(released, tmp_path_factory) -> Path:
    """Every released notebook with the answers filled in, as an honest student would."""
    root = tmp_path_factory.mktemp("filled")
    for assignment in ASSIGNMENTS:
        target = root / assignment.name
        subprocess.run(["cp", "-r", str(released / assignment.name), str(target)], check=True)
        for stem in assignment.notebooks:
            student = notebooks.read(target / f"{stem}.ipynb")
            source = notebooks.read(assignment.folder / f"{stem}.ipynb")
            notebooks.write(notebooks.fill_solutions(student, source), target / f"{stem}.ipynb")
    return root


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=[a.name for a in ASSIGNMENTS])
def test_an_answered_notebook_passes_its_visible_checks_in_the_image(image, filled, assignment):
    folder = filled / assignment.name
    for stem in assignment.notebooks:
        done = subprocess.run(
            [str(image / "bin" / "jupyter"), "nbconvert", "--to", "notebook", "--execute",
             "--ExecutePreprocessor.timeout=600", "--output", f"{stem}.run.ipynb",
             f"{stem}.ipynb"],
            cwd=folder, capture_output=True, text=True, timeout=1200,
            env={"PATH": str(image / "bin"), "HOME": str(folder), "MPLBACKEND": "Agg",
                 "TQDM_DISABLE": "1"})
        assert done.returncode == 0, done.stderr[-3000:]
        ran = notebooks.read(folder / f"{stem}.run.ipynb")
        for grade_id, cell in notebooks.graded_cells(ran).items():
            assert any("all checks passed" in o.get("text", "") for o in cell.outputs), grade_id


def test_the_repository_is_not_what_the_image_installs():
    """The image recipe installs a wheel, not the repository (which holds the answer key)."""
    text = (REPO_ROOT / "README.md").read_text()
    assert "python -m grading student-image" in text


def test_a_usual_mistake_gets_its_hint_in_the_image_without_the_answer_key(image, filled,
                                                                           tmp_path):
    """The hint comes from the shipped checks.json: the image has no answer key to run."""
    name = "C1W2A2_logistic_regression"
    folder = tmp_path / name
    subprocess.run(["cp", "-r", str(filled / name), str(folder)], check=True)
    wrong = "def sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"
    nb = notebooks.replace_solution(notebooks.read(folder / f"{name}.ipynb"), "sigmoid", wrong)
    notebooks.write(nb, folder / f"{name}.ipynb")
    done = subprocess.run(
        [str(image / "bin" / "jupyter"), "nbconvert", "--to", "notebook", "--execute",
         "--allow-errors", "--output", "run.ipynb", f"{name}.ipynb"],
        cwd=folder, capture_output=True, text=True, timeout=1200, check=False,
        env={"PATH": str(image / "bin"), "HOME": str(folder), "MPLBACKEND": "Agg",
             "TQDM_DISABLE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    cell = notebooks.graded_cells(notebooks.read(folder / "run.ipynb"))["test_sigmoid"]
    errors = [o for o in cell.outputs if o.get("output_type") == "error"]
    assert errors and "hint: this is 1 - sigmoid(z)" in errors[0]["evalue"], cell.outputs

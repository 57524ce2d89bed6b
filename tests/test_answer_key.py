"""One answer key, everything derived from it (issue 10).

- every derived file (checks.json, given modules) is what `python -m grading derive` makes now;
- an edited answer makes its derived files stale, and `derive` brings them back;
- each known mistake is written once, with its hint, in `grading/mistakes/<assignment>.py`;
- the key of each assignment loads on its own given modules, even when two assignments have
  given modules of the same name.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ASSIGNMENTS

from grading import derive, given, key, mistakes, notebooks
from grading.course import REPO_ROOT


def test_no_derived_file_is_stale():
    found = derive.stale()
    assert not found, ("stale derived files (run `python -m grading derive`): "
                       + ", ".join(str(p.relative_to(REPO_ROOT)) for p in found))


def test_the_cli_says_so_when_nothing_is_stale():
    done = subprocess.run([sys.executable, "-m", "grading", "derive", "--check"], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0 and "every derived file is up to date" in done.stdout, done.stdout


@pytest.fixture
def copied_sources(tmp_path, monkeypatch):
    """The source notebooks copied to a scratch folder, which the answer key then reads."""
    copy = tmp_path / "notebooks"
    shutil.copytree(REPO_ROOT / "notebooks", copy)
    monkeypatch.setattr(key, "SOURCE_DIR", copy)
    return copy


def _edit_answer(folder, assignment: str, function: str, old: str, new: str) -> None:
    path = folder / assignment / f"{assignment}.ipynb"
    nb = notebooks.read(path)
    cell = notebooks.solution_cells(nb)[function]
    assert old in cell.source
    cell.source = cell.source.replace(old, new)
    notebooks.write(nb, path)


def test_an_edited_answer_makes_what_derives_from_it_stale(copied_sources):
    name = "C1W2A2_logistic_regression"
    assert derive.stale([name]) == []
    _edit_answer(copied_sources, name, "propagate", "db = np.sum(dZ) / m", "db = np.sum(dZ) / m / 2")
    stale = derive.stale([name])
    assert copied_sources / name / "checks.json" in stale
    written = derive.derive([name])
    assert copied_sources / name / "checks.json" in written
    assert derive.stale([name]) == []


def test_an_edited_answer_makes_the_given_code_of_later_assignments_stale(copied_sources):
    users = [a for a, modules in given.GIVEN.items()
             if any(earlier == "C1W2A2_logistic_regression" for earlier, _ in modules.values())]
    assert users, "no assignment builds on C1W2A2"
    _edit_answer(copied_sources, "C1W2A2_logistic_regression", "sigmoid",
                 "s = 1 / (1 + np.exp(-z))", "s = 1.0 / (1.0 + np.exp(-z))")
    stale = derive.stale(users)
    assert any(p.name == "logistic_regression.py" for p in stale), stale


def test_dependencies_come_from_the_answer():
    assert key.dependencies("C1W2A2_logistic_regression", "model") == [
        "initialize_with_zeros", "optimize", "predict"]
    assert key.dependencies("C1W2A2_logistic_regression", "propagate") == ["sigmoid"]
    assert key.dependencies("C1W2A2_logistic_regression", "sigmoid") == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=[a.name for a in ASSIGNMENTS])
def test_each_mistake_is_written_once_with_its_hint(assignment):
    module = mistakes.load(assignment.name)
    assert mistakes.path_of(assignment.name).parent == mistakes.FOLDER
    for function, hints in module.HINTS.items():
        for description, hint in hints.items():
            assert description in module.WRONG[function], f"{function}: {description}"
            assert len(hint) > 20, f"{function}: {description}: a hint is a sentence"
    assert set(module.WRONG) == set(key.graded_names(assignment.name))


def test_no_second_copy_of_answers_or_mistakes_remains():
    assert not (REPO_ROOT / "helpers" / "reference").exists()
    assert not (REPO_ROOT / "helpers" / "mistakes").exists()
    assert not (REPO_ROOT / "tests" / "variants").exists()


def test_each_key_loads_its_own_given_modules():
    """Several assignments have a given `deep_network` module, each with other functions; every
    key function imported from one comes from its own assignment's folder."""
    spaces = {a.name: key.key_namespace(a.name) for a in ASSIGNMENTS}
    for assignment, modules in given.GIVEN.items():
        folder = key.source_notebook(assignment).parent
        for value in spaces[assignment].values():
            module_file = getattr(value, "__globals__", {}).get("__file__", "")
            if module_file and any(module_file.endswith(f"/{m}.py") for m in modules):
                assert module_file.startswith(str(folder)), (assignment, module_file)


def test_mistaken_outputs_run_only_when_read_and_skip_mistakes_that_raise():
    name = "C1W2A2_logistic_regression"
    outputs = mistakes.mistaken_outputs(name, "sigmoid", ("not a number",), {})
    assert list(outputs) == []  # every mistake raises on a string: none is a match
    found = list(mistakes.mistaken_outputs(name, "sigmoid", (0.0,), {}))
    hints = mistakes.load(name).HINTS["sigmoid"].values()
    assert found and {hint for hint, _ in found} <= set(hints)

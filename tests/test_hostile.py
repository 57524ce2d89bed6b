"""Broken and hostile submissions: each gets a row and a plain reason, none earns more than its honest
part, none stops the run, and the submitted files stay byte for byte as they were.

All kinds are built from the reference answer of one assignment and graded in one run (2 jobs).
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
from pathlib import Path

import pytest
from conftest import ASSIGNMENTS

from grading import notebooks
from grading.autograde import Options, autograde
from grading.feedback import feedback
from grading.results import read_csv

ASSIGNMENT = next(a for a in ASSIGNMENTS if a.name == "C1W2A2_logistic_regression")
STEM = ASSIGNMENT.notebooks[0]
WRONG_SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"


def _with_solution(nb, function: str, code: str):
    return notebooks.replace_solution(nb, function, code)


def _hacked_sigmoid(prelude: str) -> str:
    """A wrong sigmoid behind a trick that fools checks run inside the kernel."""
    return prelude + "\n" + WRONG_SIGMOID


HACKS = {
    # student: (function whose cell is replaced, new code)
    "patches_numpy": ("sigmoid", _hacked_sigmoid(
        "import numpy\nnumpy.allclose = lambda *a, **k: True\nnumpy.isclose = lambda a, b, **k: "
        "numpy.ones(numpy.shape(a), bool)\nnumpy.array_equal = lambda *a, **k: True")),
    "replaces_check": ("sigmoid", _hacked_sigmoid(
        "check = lambda *args, **kwargs: None\nimport helpers.checks\n"
        "helpers.checks.check = check")),
    "swallows_errors": ("sigmoid", _hacked_sigmoid(
        "get_ipython().set_custom_exc((BaseException,), lambda *a, **k: print('all checks passed'))")),
    "lying_eq": ("propagate", (
        "class Anything(float):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = float.__hash__\n"
        "class AnyArray(np.ndarray):\n    def __eq__(self, other):\n        return np.ones(1, bool)\n"
        "def propagate(w, b, X, Y):\n    return {'dw': np.zeros_like(w).view(AnyArray), 'db': Anything(0)}, Anything(0)\n")),
    "prints_success": ("sigmoid", _hacked_sigmoid("print('\\u2714 sigmoid: all checks passed')")),
    "infinite_loop": ("sigmoid", "def sigmoid(z):\n    while True:\n        pass\n"),
    "memory_bomb": ("sigmoid", "def sigmoid(z):\n    hog = bytearray(64 * 1024 ** 3)\n    return hog\n"),
    "calls_sys_exit": ("sigmoid", "import sys\ndef sigmoid(z):\n    sys.exit('bye')\n"),
    "calls_os_exit": ("model", "import os\ndef model(*args, **kwargs):\n    os._exit(3)\n"),
    "crashes_kernel": ("model", "import ctypes\ndef model(*args, **kwargs):\n"
                                "    ctypes.string_at(0)\n"),
    "huge_output": ("sigmoid", "for _ in range(2000):\n    print('x' * 10000)\n"
                               "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"),
    "warns_on_stderr": ("sigmoid", "import sys, warnings\nwarnings.warn('a harmless warning')\n"
                                   "print('noise on stderr', file=sys.stderr)\n"
                                   "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"),
    "snoops": ("sigmoid", (
        "import os, pathlib\nfound = {}\n"
        "for name, target in TARGETS.items():\n"
        "    try:\n        pathlib.Path(target).read_bytes()\n        found[name] = 'READ'\n"
        "    except Exception as error:\n        found[name] = type(error).__name__\n"
        "for name, target in WRITES.items():\n"
        "    try:\n        pathlib.Path(target).write_text('pwned')\n        found[name] = 'WROTE'\n"
        "    except Exception as error:\n        found[name] = type(error).__name__\n"
        "pathlib.Path('snoop.json').write_text(__import__('json').dumps(found))\n"
        "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n")),
}
POINTS = {"sigmoid": 1, "propagate": 3, "model": 2}


def _edited_metadata(nb):
    nb = copy.deepcopy(nb)
    for cell in notebooks.graded_cells(nb).values():
        cell.metadata.nbgrader["points"] = 100
    return nb


def _edited_test(nb):
    nb = copy.deepcopy(nb)
    notebooks.graded_cells(nb)["test_sigmoid"].source = "pass"
    return _with_solution(nb, "sigmoid", WRONG_SIGMOID)


def _deleted_test(nb):
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("grade_id") != "test_sigmoid"]
    return _with_solution(nb, "sigmoid", WRONG_SIGMOID)


def _duplicated_test(nb):
    nb = copy.deepcopy(nb)
    test = notebooks.graded_cells(nb)["test_propagate"]
    nb.cells.insert(nb.cells.index(test), copy.deepcopy(test))
    return nb


def _changed_type(nb):
    nb = copy.deepcopy(nb)
    test = notebooks.graded_cells(nb)["test_sigmoid"]
    test.cell_type = "markdown"
    test.pop("outputs", None)
    test.pop("execution_count", None)
    return _with_solution(nb, "sigmoid", WRONG_SIGMOID)


EDITS = {"edited_metadata": _edited_metadata, "edited_test": _edited_test,
         "deleted_test": _deleted_test, "duplicated_test": _duplicated_test,
         "changed_cell_type": _changed_type}


# Correct code that warns while the checks call it keeps its points; the warning stays visible.
WARNS = {
    "prints_to_stderr": ("print('sigmoid says hello on stderr', file=sys.stderr)",
                         "sigmoid says hello on stderr"),
    "calls_warnings_warn": ("warnings.warn('sigmoid: a harmless warning')",
                            "UserWarning: sigmoid: a harmless warning"),
    "numpy_overflows": ("np.exp(np.array([1000.0]))  # overflows: a NumPy RuntimeWarning",
                        "RuntimeWarning: overflow encountered in exp"),
}


def _warning_sigmoid(line: str, body: str = "1 / (1 + np.exp(-z))") -> str:
    return f"import sys, warnings\ndef sigmoid(z):\n    {line}\n    return {body}\n"


def _sha(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def graded(released, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    submitted, out = root / "submitted", root / "out"
    student_nb = notebooks.read(released / ASSIGNMENT.name / f"{STEM}.ipynb")
    reference = notebooks.fill_solutions(student_nb, notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb"))

    def put(student: str, content) -> Path:
        folder = submitted / student / ASSIGNMENT.name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{STEM}.ipynb"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            notebooks.write(content, path)
        return folder

    put("honest", reference)
    put("not_json", b"{ not json")
    put("empty_file", b"")
    put("not_utf8", "caf\xe9 \xff\xfe".encode("latin-1"))
    folder = put("wrong_name", reference)
    (folder / f"{STEM}.ipynb").rename(folder / "my_notebook.ipynb")
    (submitted / "missing_notebook" / ASSIGNMENT.name).mkdir(parents=True)
    folder = put("extra_files", reference)
    (folder / "notes.txt").write_text("my notes\n")
    (folder / "data.bin").write_bytes(bytes(range(256)))
    for student, edit in EDITS.items():
        put(student, edit(reference))
    targets = {
        "source_notebook": str(ASSIGNMENT.folder / f"{STEM}.ipynb"),
        "gradebook": str(out / "gradebook.db"),
        "other_student": str(submitted / "honest" / ASSIGNMENT.name / f"{STEM}.ipynb"),
        "other_copy": str(out / "submitted" / "honest" / ASSIGNMENT.name / f"{STEM}.ipynb"),
    }
    writes = {"write_tmp": str(root / "pwned.txt"),
              "write_own_original": str(submitted / "snoops" / ASSIGNMENT.name / f"{STEM}.ipynb")}
    for student, (line, _) in WARNS.items():
        put(student, _with_solution(reference, "sigmoid", _warning_sigmoid(line)))
    put("wrong_and_warns", _with_solution(reference, "sigmoid", _warning_sigmoid(
        WARNS["calls_warnings_warn"][0], body="1 / (1 + np.exp(z))")))
    for student, (function, code) in HACKS.items():
        if student == "snoops":
            code = f"TARGETS = {json.dumps(targets)}\nWRITES = {json.dumps(writes)}\n" + code
        put(student, _with_solution(reference, function, code))

    before = _sha(submitted)
    options = Options(jobs=2, cell_timeout=20, notebook_timeout=150, memory_mb=3072)
    autograde(submitted, out, options, quiet=True)
    rows = {r["student_id"]: r for r in read_csv(out / "grades.csv")}
    cells = {}
    for r in read_csv(out / "test_results.csv"):
        cells.setdefault(r["student_id"], {})[r["grade_id"]] = r
    return {"root": root, "out": out, "rows": rows, "cells": cells, "before": before,
            "after": _sha(submitted), "full": float(rows["honest"]["max_score"])}


def _score(graded, student) -> float:
    return float(graded["rows"][student]["score"])


def test_every_submission_has_a_row_and_a_row_per_graded_cell(graded):
    students = {"honest", "not_json", "empty_file", "not_utf8", "wrong_name", "missing_notebook",
                "extra_files", *EDITS, *HACKS, *WARNS, "wrong_and_warns"}
    assert set(graded["rows"]) == students
    expected_cells = set(graded["cells"]["honest"])
    for student in students:
        assert set(graded["cells"][student]) == expected_cells, student


def test_submitted_files_are_left_as_they_were(graded):
    assert graded["after"] == graded["before"]
    assert not (graded["root"] / "pwned.txt").exists()


def test_the_honest_submission_gets_full_marks(graded):
    assert _score(graded, "honest") == graded["full"] > 0


@pytest.mark.parametrize("student, words", [
    ("not_json", "not valid notebook JSON"), ("empty_file", "the file is empty"),
    ("not_utf8", "not UTF-8"), ("wrong_name", "was not submitted (found: my_notebook.ipynb)"),
    ("missing_notebook", "was not submitted"),
])
def test_unreadable_submissions_score_zero_with_a_reason(graded, student, words):
    assert _score(graded, student) == 0
    assert words in graded["rows"][student]["reason"]
    assert all(words in c["message"] for c in graded["cells"][student].values())


def test_extra_files_and_stderr_warnings_cost_nothing(graded):
    assert _score(graded, "extra_files") == graded["full"]
    assert _score(graded, "warns_on_stderr") == graded["full"]
    assert _score(graded, "huge_output") == graded["full"]


def _graded_cell_text(graded, student: str, grade_id: str) -> str:
    path = graded["out"] / "autograded" / student / ASSIGNMENT.name / f"{STEM}.ipynb"
    cell = notebooks.graded_cells(notebooks.read(path))[grade_id]
    return "".join(out.get("text", "") + out.get("evalue", "") for out in cell.outputs)


@pytest.mark.parametrize("student", sorted(WARNS))
def test_a_correct_function_that_warns_keeps_its_points_and_the_warning_is_shown(
        graded, feedback_pages, student):
    assert _score(graded, student) == graded["full"], graded["cells"][student]
    shown = _graded_cell_text(graded, student, "test_sigmoid")
    assert WARNS[student][1] in shown, shown
    assert WARNS[student][1] in feedback_pages[student]


def test_a_wrong_function_that_warns_still_fails(graded):
    cells = graded["cells"]["wrong_and_warns"]
    assert float(cells["test_sigmoid"]["score"]) == 0
    assert _score(graded, "wrong_and_warns") == graded["full"] - float(cells["test_sigmoid"]["max_score"])
    assert "a harmless warning" in _graded_cell_text(graded, "wrong_and_warns", "test_sigmoid")


@pytest.fixture(scope="module")
def feedback_pages(graded) -> dict[str, str]:
    """Each student's feedback page for the notebook, as the text a browser shows."""
    return {path.parent.parent.name: html.unescape(path.read_text())
            for path in feedback(graded["out"]) if path.stem == STEM}


@pytest.mark.parametrize("student", sorted(EDITS))
def test_edited_cells_and_metadata_earn_no_more_than_the_answers(graded, student):
    honest = graded["full"] - (1 if student in ("edited_test", "deleted_test", "changed_cell_type") else 0)
    assert _score(graded, student) == honest, graded["cells"][student]
    assert float(graded["rows"][student]["max_score"]) == graded["full"]


@pytest.mark.parametrize("student", ["patches_numpy", "replaces_check", "swallows_errors",
                                     "lying_eq", "prints_success", "infinite_loop", "memory_bomb",
                                     "calls_sys_exit"])
def test_tricks_and_failures_lose_exactly_the_points_of_their_function(graded, student):
    function = HACKS[student][0]
    assert _score(graded, student) == graded["full"] - POINTS[function], graded["cells"][student]
    assert graded["cells"][student][f"test_{function}"]["message"] != "passed"


@pytest.mark.parametrize("student", ["calls_os_exit", "crashes_kernel"])
def test_a_dying_kernel_keeps_the_points_earned_before_it(graded, student):
    assert _score(graded, student) == graded["full"] - POINTS["model"], graded["cells"][student]
    assert "did not run" in graded["cells"][student]["test_model"]["message"] or \
        "ended" in graded["cells"][student]["test_model"]["message"]


def test_student_code_cannot_read_or_write_outside_its_copy(graded):
    snoop = graded["out"] / "autograded" / "snoops" / ASSIGNMENT.name / "snoop.json"
    found = json.loads(snoop.read_text())
    assert found and all(result != "READ" and result != "WROTE" for result in found.values()), found
    assert _score(graded, "snoops") == graded["full"]


# Tricks on the checks themselves, which only graded cells run beside student code can fall for;
# a lying __eq__ and a printed success are caught by the checks alone (asserted below too).
KERNEL_TRICKS = ["patches_numpy", "replaces_check", "swallows_errors"]
CHECKS_CATCH = ["lying_eq", "prints_success"]


@pytest.fixture(scope="module")
def unverified(graded, tmp_path_factory):
    """The same honest and tricking submissions, graded with verification switched off: graded
    cells run in the student's process, as stock nbgrader runs them."""
    out = tmp_path_factory.mktemp("unverified")
    submitted = graded["root"] / "submitted"
    chosen = Options(jobs=2, cell_timeout=20, notebook_timeout=150, memory_mb=3072, verify=False,
                     students=["honest", *KERNEL_TRICKS, *CHECKS_CATCH])
    autograde(submitted, out, chosen, quiet=True)
    cells = {}
    for r in read_csv(out / "test_results.csv"):
        cells.setdefault(r["student_id"], {})[r["grade_id"]] = r
    return cells


def test_without_verification_the_honest_submission_still_gets_full_marks(unverified):
    assert all(float(c["score"]) == float(c["max_score"]) for c in unverified["honest"].values())


@pytest.mark.parametrize("student", KERNEL_TRICKS)
def test_without_verification_each_trick_earns_the_points_the_verifier_denies(graded, unverified,
                                                                            student):
    """So the 0 these tricks get is the verifier's doing, not the checks'."""
    cell = f"test_{HACKS[student][0]}"
    assert float(unverified[student][cell]["score"]) == float(unverified[student][cell]["max_score"]), \
        unverified[student][cell]["message"]
    assert float(graded["cells"][student][cell]["score"]) == 0


@pytest.mark.parametrize("student", CHECKS_CATCH)
def test_without_verification_the_checks_still_catch_the_others(unverified, student):
    cell = f"test_{HACKS[student][0]}"
    assert float(unverified[student][cell]["score"]) == 0, unverified[student][cell]

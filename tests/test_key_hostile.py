"""Submissions that go for the answer key or the hidden checks instead of doing the work (issue 10).

All are graded in one `autograde` run of C1W2A2 (2 jobs), with feedback pages made afterwards:
- `honest`: the reference answers, as a student who did the work would write them;
- `finds_key`: every answer searches every importable module and readable file for a function
  of that name and calls it;
- `records`: every answer records what it can see (later cells through IPython's input
  transformers, `linecache`, the caller's frames and their globals, every string the garbage
  collector knows) and sends it back in every way a student gets something back: printed,
  written next to the notebook, and in the message of the exception it raises;
- `hard_codes_visible`: right on the visible examples (looked up by their inputs), wrong elsewhere;
- `replays_honest`: right on the visible examples, and on other inputs it returns, in order, the
  outputs of `honest`'s hidden checks (which it could have copied from a feedback page).
"""

from __future__ import annotations

import copy
import json
import re
import types
from pathlib import Path

import numpy as np
import pytest
from conftest import ASSIGNMENTS
from keyutil import visible_calls

from grading import hidden, key, mistakes, notebooks
from grading.autograde import Options, autograde
from grading.derive import visible_part
from grading.execute import submission_hash
from grading.feedback import feedback
from grading.results import read_csv
from helpers import check_data

ASSIGNMENT = next(a for a in ASSIGNMENTS if a.name == "C1W2A2_logistic_regression")
NAME = STEM = ASSIGNMENT.name
SECRET = "a secret for the tests"
FUNCTIONS = list(key.solutions(NAME))
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)

FINDER = f'''
import ast, importlib, json, os, pkgutil, sys

_NAMES = {FUNCTIONS!r}
_SOURCES = {{name: [] for name in _NAMES}}  # every readable file's def of one of the names
for _root in [os.getcwd(), *sys.path, os.path.expanduser("~"), "/work", "/tmp", "/srv", "/root"]:
    for _folder, _, _files in os.walk(_root):
        for _file in _files:
            if not _file.endswith((".py", ".ipynb", ".json")):
                continue
            try:
                _text = open(os.path.join(_folder, _file), encoding="utf-8").read()
            except BaseException:
                continue
            if not any(f"def {{name}}(" in _text for name in _NAMES):
                continue
            if _file.endswith(".ipynb"):
                try:
                    _text = "\\n".join("".join(c["source"]) for c in json.loads(_text)["cells"]
                                      if c["cell_type"] == "code")
                except BaseException:
                    continue
            try:
                _tree = ast.parse(_text)
            except BaseException:
                continue
            for _node in ast.walk(_tree):
                if isinstance(_node, ast.FunctionDef) and _node.name in _SOURCES:
                    _SOURCES[_node.name].append(ast.unparse(_node))


def _candidates(name):
    \"\"\"Every function called `name` that this process has, can import or can read.\"\"\"
    for module in list(sys.modules.values()):
        value = getattr(module, name, None)
        if callable(value) and getattr(value, "__module__", "") != "__main__":
            yield value
    for package in ("grading", "helpers"):
        try:
            root = importlib.import_module(package)
            names = [package] + [i.name for i in pkgutil.walk_packages(root.__path__, package + ".",
                                                                      onerror=lambda n: None)]
        except BaseException:
            continue
        for module_name in names + [f"{{package}}.key", f"{{package}}.reference",
                                    f"{{package}}.mistakes"]:
            try:
                value = getattr(importlib.import_module(module_name), name, None)
            except BaseException:
                continue
            if callable(value):
                yield value
    for source in _SOURCES[name]:
        space = dict(globals())
        try:
            exec(source, space)
            yield space[name]
        except BaseException:
            pass


def _answer(name, *args, **kwargs):
    for candidate in _candidates(name):
        if candidate is globals().get(name):
            continue
        try:
            return candidate(*args, **kwargs)
        except BaseException:
            continue
    raise NotImplementedError(f"no {{name}} found anywhere")
'''

RECORDER = '''
import gc, linecache, sys

_SEEN = []


def _see_cell(lines):
    _SEEN.append("".join(lines))
    return lines


get_ipython().input_transformers_cleanup.append(_see_cell)
get_ipython().input_transformers_post.append(_see_cell)


def _record():
    frame = sys._getframe(1)
    while frame is not None:
        _SEEN.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")
        for space in (frame.f_locals, frame.f_globals):
            _SEEN.append(repr({k: v for k, v in space.items() if not k.startswith("__")})[:20000])
        frame = frame.f_back
    for filename in list(linecache.cache):
        _SEEN.append("".join(linecache.getlines(filename)))
    _SEEN.extend(o for o in gc.get_objects() if isinstance(o, str) and len(o) > 40)
    seen = "\\n".join(_SEEN)
    print(seen)
    with open("seen.txt", "a") as file:
        file.write(seen)
    raise RuntimeError("what I saw: " + seen[-200000:])
'''


def _reference_nb(released: Path):
    student = notebooks.read(released / NAME / f"{STEM}.ipynb")
    return notebooks.fill_solutions(student, notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb"))


def _signature(function: str) -> str:
    source = key.solutions(NAME)[function]
    return re.search(rf"def {function}\((.*?)\):", source, re.S).group(1)


def _with_answers(nb, prelude: str, body: str):
    """`nb` with every solution cell replaced by `body` (formatted with {name}), and `prelude`
    put before the first one."""
    changed = copy.deepcopy(nb)
    for index, function in enumerate(FUNCTIONS):
        code = f"def {function}({_signature(function)}):\n" + body.format(name=function)
        if index == 0:
            code = prelude + "\n\n" + code
        changed = notebooks.replace_solution(changed, function, code)
    return changed


def _visible_outputs() -> dict[str, list]:
    """function -> [(args, kwargs, output)] of every call its visible checks make, on the key."""
    return {f: [(args, {}, result) for args, result in calls]
            for f, calls in visible_calls(NAME).items()}


def _hidden_outputs(context: hidden.Context) -> dict[str, list]:
    """function -> the outputs of the key on the hidden inputs `context` draws, in order."""
    drawn: dict[str, list] = {}

    def recorder(namespace, function, draw, *, trials=3, compare=None):
        for trial in range(trials):
            rng = np.random.default_rng(hidden.seed(context, function, trial))
            args = draw(rng)
            args, kwargs = ((), dict(args)) if isinstance(args, dict) else (tuple(args), {})
            drawn.setdefault(function, []).append(
                key.key_namespace(NAME)[function](*args, **kwargs))

    source = notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb")
    for cell in notebooks.graded_cells(source).values():
        block = HIDDEN.search(cell.source).group(1)
        block = block.replace("from grading.hidden import hidden_checks\n", "")
        exec(block, {**key.key_namespace(NAME), "hidden_checks": recorder})
    return drawn


def _replayer(nb, visible: dict, replay: dict):
    """Answers that return the visible outputs on the visible inputs and, on other inputs, the
    outputs in `replay` one after the other."""
    data = {f: [[check_data.encode(list(a)), check_data.encode(k), check_data.encode(r)]
                for a, k, r in visible[f]] for f in FUNCTIONS}
    replays = {f: [check_data.encode(r) for r in replay.get(f, [])] for f in FUNCTIONS}
    prelude = (f"import json\nfrom helpers.check_data import decode\n"
               f"_VISIBLE = json.loads({json.dumps(json.dumps(data))})\n"
               f"_REPLAY = json.loads({json.dumps(json.dumps(replays))})\n"
               "def _same(a, b):\n"
               "    try:\n"
               "        return repr(a) == repr(b)\n"
               "    except Exception:\n"
               "        return False\n"
               "def _answer(name, *args, **kwargs):\n"
               "    for a, k, r in _VISIBLE[name]:\n"
               "        if _same(list(args), decode(a)) and _same(kwargs, decode(k)):\n"
               "            return decode(r)\n"
               "    if _REPLAY[name]:\n"
               "        return decode(_REPLAY[name].pop(0))\n"
               "    return None\n")
    arguments = {f: ", ".join(p.split("=")[0].strip() for p in _signature(f).replace("\n", " ")
                              .split(",") if p.strip()) for f in FUNCTIONS}
    changed = copy.deepcopy(nb)
    for index, function in enumerate(FUNCTIONS):
        code = (f"def {function}({_signature(function)}):\n"
                f"    return _answer({function!r}, {arguments[function]})\n")
        changed = notebooks.replace_solution(changed, function,
                                             (prelude + "\n" if index == 0 else "") + code)
    return changed


@pytest.fixture(scope="module")
def graded(released, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(hidden.SECRET_ENV, SECRET)
        root = tmp_path_factory.mktemp("key_hostile")
        submitted, out = root / "submitted", root / "out"
        honest = _reference_nb(released)
        visible = _visible_outputs()
        honest_context = hidden.Context(NAME, "honest", SECRET, submission_hash(honest))
        replay = _hidden_outputs(honest_context)
        submissions = {
            "honest": honest,
            "finds_key": _with_answers(honest, FINDER, "    return _answer({name!r}, "
                                       "*locals().values())\n"),
            "records": _with_answers(honest, RECORDER, "    _record()\n"),
            "hard_codes_visible": _replayer(honest, visible, {}),
            "replays_honest": _replayer(honest, visible, replay),
        }
        for student, nb in submissions.items():
            folder = submitted / student / NAME
            folder.mkdir(parents=True)
            notebooks.write(nb, folder / f"{STEM}.ipynb")
            (folder / check_data.FILENAME).write_text(
                (ASSIGNMENT.folder / check_data.FILENAME).read_text())
        autograde(submitted, out, Options(jobs=2, cell_timeout=60, notebook_timeout=300),
                  quiet=True)
        feedback(out)
        cells: dict[str, dict] = {}
        for row in read_csv(out / "test_results.csv"):
            cells.setdefault(row["student_id"], {})[row["grade_id"]] = row
        scores = {r["student_id"]: float(r["score"]) for r in read_csv(out / "grades.csv")}
        return types.SimpleNamespace(out=out, cells=cells, scores=scores, visible=visible,
                                     replay=replay, honest_context=honest_context,
                                     submissions=submissions)


def test_the_honest_submission_gets_full_marks(graded):
    assert graded.scores["honest"] > 0
    assert all(c["message"] == "passed" for c in graded.cells["honest"].values()), \
        graded.cells["honest"]


def test_calling_whatever_implementation_can_be_found_earns_nothing(graded):
    assert graded.scores["finds_key"] == 0, graded.cells["finds_key"]


def test_hard_coded_visible_examples_earn_no_hidden_points(graded):
    assert graded.scores["hard_codes_visible"] == 0, graded.cells["hard_codes_visible"]
    for row in graded.cells["hard_codes_visible"].values():
        assert "on hidden input" in row["message"], row  # the visible checks passed


def test_another_students_hidden_outputs_earn_no_hidden_points(graded):
    assert graded.scores["replays_honest"] == 0, graded.cells["replays_honest"]
    for row in graded.cells["replays_honest"].values():
        assert "on hidden input" in row["message"], row


def test_the_replayed_outputs_are_right_for_the_student_they_were_drawn_for(graded):
    """Not a vacuous win: on the honest student's hidden inputs, the replay passes."""
    nb = graded.submissions["replays_honest"]
    space = key.key_namespace(NAME)
    for cell in nb.cells:
        if cell.cell_type == "code" and notebooks.nbgrader_meta(cell).get("solution"):
            exec(cell.source, space)
    hidden.set_context(graded.honest_context)
    try:
        source = notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb")
        for _grade_id, cell in notebooks.graded_cells(source).items():
            block = HIDDEN.search(cell.source).group(1)
            with key.in_folder(ASSIGNMENT.folder):
                exec(block, space)  # raises CheckFailure if the replay did not fit
    finally:
        hidden.set_context(None)


def _returned_to_students(out: Path, student: str) -> str:
    texts = [p.read_text(errors="replace") for p in (out / "feedback" / student).rglob("*")
             if p.is_file()]
    texts += [p.read_text(errors="replace") for p in (out / "autograded" / student).rglob("*")
              if p.is_file() and p.suffix in (".ipynb", ".txt", ".json", ".html")
              and p.name != check_data.FILENAME]
    texts += [json.dumps(r) for r in read_csv(out / "test_results.csv") if r["student_id"] == student]
    return "\n".join(texts)


def _secrets() -> dict[str, list[str]]:
    """Lines that only the instructor's side holds: each hidden block's code, and each answer's
    own lines (the solution bodies)."""
    source = notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb")
    hidden_lines = [line.strip() for cell in notebooks.graded_cells(source).values()
                    for line in HIDDEN.search(cell.source).group(1).splitlines()
                    if len(line.strip()) > 25]
    answer_lines = []
    for cell in notebooks.solution_cells(source).values():
        body = re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", cell.source, re.S).group(1)
        answer_lines += [line.strip() for line in body.splitlines() if len(line.strip()) > 15]
    public = set()  # what students have anyway: the released cells and the hints' formulas
    hints = " ".join(hint for function in mistakes.load(NAME).HINTS.values()
                     for hint in function.values())
    for cell in notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb").cells:
        if not notebooks.nbgrader_meta(cell).get("solution"):
            public |= {line.strip() for line in visible_part(cell.source).splitlines()}
    return {"hidden check": [line for line in hidden_lines if line not in public],
            "answer": [line for line in answer_lines if line not in public and line not in hints]}


def test_what_the_recorder_saw_holds_no_hidden_check_and_no_answer(graded):
    seen = (graded.out / "autograded" / "records" / NAME / "seen.txt")
    assert seen.exists() and seen.stat().st_size > 10_000, "the recorder did not run"
    text = seen.read_text(errors="replace")
    for kind, lines in _secrets().items():
        leaked = [line for line in lines if line in text]
        assert not leaked, f"the student's process saw {kind} lines: {leaked[:3]}"
    assert graded.scores["records"] == 0


@pytest.mark.parametrize("student", ["records", "finds_key", "hard_codes_visible",
                                     "replays_honest"])
def test_nothing_returned_to_a_student_holds_a_hidden_check_or_an_answer(graded, student):
    text = _returned_to_students(graded.out, student)
    assert "what I saw" in text or student != "records", "the recorder's message was not kept"
    for kind, lines in _secrets().items():
        leaked = [line for line in lines if line in text]
        assert not leaked, f"{kind} lines went back to {student}: {leaked[:3]}"
    assert "BEGIN HIDDEN TESTS" not in text and "hidden_checks(" not in text


def test_a_regrade_draws_the_same_hidden_inputs(graded, tmp_path):
    submitted = tmp_path / "submitted"
    for student in ("hard_codes_visible",):
        folder = submitted / student / NAME
        folder.mkdir(parents=True)
        notebooks.write(graded.submissions[student], folder / f"{STEM}.ipynb")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(hidden.SECRET_ENV, SECRET)
        autograde(submitted, tmp_path / "out", Options(jobs=1), quiet=True)
    again = {r["grade_id"]: r["message"] for r in read_csv(tmp_path / "out" / "test_results.csv")}
    first = {g: r["message"] for g, r in graded.cells["hard_codes_visible"].items()}
    assert again == first

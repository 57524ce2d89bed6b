"""Each limit the README promises for student code is enforced, and is what stops the code: the
same submissions graded with tight limits and with raised ones. A memory allocation below this
machine's memory but above `--memory-mb`, a file above the size limit, a notebook that runs past
`--notebook-timeout`, and a cell that ignores Ctrl-C; the limits are set through the command line.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import ASSIGNMENTS, autograde_cli

from grading import notebooks
from grading.results import read_csv

ASSIGNMENT = next(a for a in ASSIGNMENTS if a.name == "C1W2A2_logistic_regression")
STEM = ASSIGNMENT.notebooks[0]
SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"
GIB = 1024 ** 3


def _prelude(code: str) -> str:
    return textwrap.dedent(code) + SIGMOID


SUBMISSIONS = {
    # a correct sigmoid after 3 GiB of memory: far below this machine's, above the tight limit
    "allocates_3gib": ("sigmoid", _prelude(f"hog = bytearray({3 * GIB})\ndel hog\n")),
    # a correct sigmoid after writing a file: 300 MB is above the file-size limit, 10 MB below
    "writes_300mb": ("sigmoid", _prelude("""\
        with open("big.bin", "wb") as f:
            for _ in range(300):
                f.write(bytes(1024 * 1024))
        """)),
    "writes_10mb": ("sigmoid", _prelude("""\
        with open("small.bin", "wb") as f:
            f.write(bytes(10 * 1024 * 1024))
        """)),
    # 3 x 12 s of sleeping in cells that are each well within the cell limit
    "slow_notebook": ("initialize_with_zeros", None),
    # the model cell ignores Ctrl-C and never ends: it is killed, the points before it stay
    "ignores_ctrl_c": ("model", "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                "while True:\n    time.sleep(0.1)\n"),
}
TIGHT = ["--memory-mb", "2048", "--notebook-timeout", "30", "--cell-timeout", "20"]
RAISED = ["--memory-mb", "6144", "--notebook-timeout", "200", "--cell-timeout", "20"]


def _class(released, folder):
    student_nb = notebooks.read(released / ASSIGNMENT.name / f"{STEM}.ipynb")
    reference = notebooks.fill_solutions(student_nb, notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb"))
    answers = notebooks.solution_cells(notebooks.read(ASSIGNMENT.folder / f"{STEM}.ipynb"))
    for student, (function, code) in {"honest": (None, None), **SUBMISSIONS}.items():
        nb = reference
        if student == "slow_notebook":
            for name in ("sigmoid", "initialize_with_zeros", "propagate"):
                nb = notebooks.replace_solution(nb, name, "import time\ntime.sleep(12)\n"
                                                + notebooks.without_markers(answers[name].source))
        elif code is not None:
            nb = notebooks.replace_solution(nb, function, code)
        path = folder / student / ASSIGNMENT.name / f"{STEM}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        notebooks.write(nb, path)


def _grade(submitted, out, limits) -> dict[str, dict[str, dict]]:
    done = autograde_cli(submitted, out, "--jobs", "2", *limits)
    assert done.returncode == 0, done.stdout + done.stderr
    cells: dict[str, dict[str, dict]] = {}
    for row in read_csv(out / "test_results.csv"):
        cells.setdefault(row["student_id"], {})[row["grade_id"]] = row
    return cells


@pytest.fixture(scope="module")
def runs(released, tmp_path_factory):
    root = tmp_path_factory.mktemp("limits")
    _class(released, root / "submitted")
    return {"tight": _grade(root / "submitted", root / "tight", TIGHT),
            "raised": _grade(root / "submitted", root / "raised", RAISED)}


def _lost(cells: dict[str, dict]) -> dict[str, str]:
    return {g: c["message"] for g, c in cells.items() if float(c["score"]) < float(c["max_score"])}


def test_the_honest_submission_passes_under_both(runs):
    assert _lost(runs["tight"]["honest"]) == {} and _lost(runs["raised"]["honest"]) == {}


def test_memory_above_the_limit_is_stopped_and_allowed_once_raised(runs):
    assert list(_lost(runs["tight"]["allocates_3gib"])) == ["test_sigmoid"]
    assert _lost(runs["raised"]["allocates_3gib"]) == {}


def test_a_file_above_the_size_limit_is_stopped(runs):
    for run in runs.values():
        lost = _lost(run["writes_300mb"])
        assert list(lost) == ["test_sigmoid"], lost
        assert _lost(run["writes_10mb"]) == {}


def test_the_notebook_time_limit_stops_the_rest(runs):
    lost = _lost(runs["tight"]["slow_notebook"])
    assert "test_sigmoid" not in lost and "test_model" in lost
    assert all("ran out of time" in message for message in lost.values()), lost
    assert _lost(runs["raised"]["slow_notebook"]) == {}


def test_a_cell_that_ignores_ctrl_c_is_killed_and_the_points_before_it_stay(runs):
    for run in runs.values():
        lost = _lost(run["ignores_ctrl_c"])
        assert list(lost) == ["test_model"], lost
        assert "Ctrl-C did not stop it" in lost["test_model"]


def test_the_cpu_time_limit_stops_a_busy_process():
    """RLIMIT_CPU, which the sandbox sets to the notebook's time plus a margin, ends a process
    that burns CPU (SIGXCPU), where the same loop without the limit is still running."""
    burn = "import sys\nfrom grading import sandbox\n" \
           "if sys.argv[1] == 'limited':\n    sandbox.limit_resources(4096, 1)\nwhile True:\n    pass\n"
    limited = subprocess.run([sys.executable, "-c", burn, "limited"], timeout=60)
    assert limited.returncode in (-24, 128 + 24)  # SIGXCPU
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run([sys.executable, "-c", burn, "free"], timeout=4)

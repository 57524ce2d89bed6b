"""Benchmarks of the course, printed as tables and ratios measured in one run.

    .venv/bin/python bench/run.py              # everything
    .venv/bin/python bench/run.py notebooks    # each source notebook top to bottom, per course
    .venv/bin/python bench/run.py mlp          # our L-layer network vs scikit-learn's MLPClassifier
    .venv/bin/python bench/run.py grading [--per-assignment N] [--repeats R] [--sizes 100,300,1000]
        # our grader vs stock nbgrader (course configuration, same cells skipped), the in-process
        # floor, scores compared, then ours at growing class sizes

This machine is shared and noisy: compare the ratios and the budgets, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from grading.course import assignments  # noqa: E402

NOTEBOOK_BUDGET_S = 60.0
COURSE_BUDGET_S = 180.0


def bench_notebooks() -> None:
    """Run every source notebook in a fresh kernel (as a learner would) and time it."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.setdefault("MPLBACKEND", "Agg")
    rows, totals = [], {}
    for assignment in assignments():
        for stem in assignment.notebooks:
            nb = nbformat.read(assignment.folder / f"{stem}.ipynb", as_version=4)
            client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(assignment.folder)}})
            started = time.perf_counter()
            client.execute()
            seconds = time.perf_counter() - started
            course = assignment.name[:2]
            totals[course] = totals.get(course, 0.0) + seconds
            rows.append((assignment.name, seconds))
            print(f"  ran {assignment.name}: {seconds:.1f} s", file=sys.stderr, flush=True)
    print(f"\n{'notebook (top to bottom, fresh kernel)':<44} {'seconds':>8}  budget {NOTEBOOK_BUDGET_S:.0f} s")
    for name, seconds in rows:
        flag = "ok" if seconds <= NOTEBOOK_BUDGET_S else "OVER"
        print(f"{name:<44} {seconds:8.1f}  {flag}")
    for course, seconds in sorted(totals.items()):
        flag = "ok" if seconds <= COURSE_BUDGET_S else "OVER"
        print(f"{'course ' + course + ' in all':<44} {seconds:8.1f}  {flag} (budget {COURSE_BUDGET_S:.0f} s)")


def bench_mlp(num_iterations: int = 2500, learning_rate: float = 0.0075) -> None:
    """Same data, layers, full-batch gradient descent and iterations: ours vs MLPClassifier."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    from grading.key import key_namespace
    from helpers.datasets import load_image_data

    step = key_namespace("C1W4A1_deep_network_step_by_step")  # the answer key's network
    L_layer_model = key_namespace("C1W4A2_deep_network_application")["L_layer_model"]

    train_x_orig, train_y, test_x_orig, test_y, _ = load_image_data()
    X = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
    Xt = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
    layers = [X.shape[0], 20, 7, 5, 1]

    def ours() -> np.ndarray:
        parameters, _ = L_layer_model(X, train_y, layers, learning_rate, num_iterations)
        AL, _ = step["L_model_forward"](Xt, parameters)
        return (AL > 0.5).astype(float)

    mlp = MLPClassifier(hidden_layer_sizes=tuple(layers[1:-1]), activation="relu", solver="sgd",
                        batch_size=X.shape[1], learning_rate_init=learning_rate, momentum=0.0,
                        nesterovs_momentum=False, alpha=0.0, max_iter=num_iterations, shuffle=False,
                        tol=0.0, n_iter_no_change=num_iterations + 1, random_state=1)

    def theirs() -> np.ndarray:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            mlp.fit(X.T, train_y.ravel())
        return mlp.predict(Xt.T).reshape(1, -1)

    timings = {}
    for name, train in (("ours", ours), ("MLPClassifier", theirs)):
        started = time.perf_counter()
        predictions = train()
        timings[name] = time.perf_counter() - started
        accuracy = float(np.mean(predictions == test_y)) * 100
        print(f"  {name:<14} {timings[name]:6.2f} s  test accuracy {accuracy:.1f} %", file=sys.stderr)
    ratio = timings["MLPClassifier"] / timings["ours"]
    print(f"\nL-layer {layers}, {num_iterations} full-batch GD iterations, lr {learning_rate}, no momentum")
    print(f"MLPClassifier time / our time = {ratio:.2f}  (goal: at least 2)")


def build_bench_class(folder: Path, per_assignment: int) -> int:
    """A class with `per_assignment` submissions of every assignment: a realistic mix of full
    answers, untouched copies and known mistakes (from grading/mistakes). Returns the count."""
    import tempfile

    from grading import notebooks
    from grading.demo import known_mistakes
    from grading.release import release

    count = 0
    with tempfile.TemporaryDirectory() as scratch:
        release(Path(scratch))
        for assignment in assignments():
            mistakes = known_mistakes(assignment)
            for stem in assignment.notebooks:
                student_nb = notebooks.read(Path(scratch) / assignment.name / f"{stem}.ipynb")
                reference = notebooks.fill_solutions(
                    student_nb, notebooks.read(assignment.folder / f"{stem}.ipynb"))
                for i in range(per_assignment):
                    if i % 4 == 1:
                        nb = student_nb
                    elif i % 4 in (2, 3) and mistakes:
                        function, _, code = mistakes[(i // 4) % len(mistakes)]
                        nb = notebooks.replace_solution(reference, function, code)
                    else:
                        nb = reference
                    target = folder / f"student{i:03d}" / assignment.name / f"{stem}.ipynb"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    notebooks.write(nb, target)
                    count += 1
    return count


STOCK_CONFIG = """\
# A course folder as the README's instructor setup has it: the course's configuration, then the
# folders of this run.
load_subconfig({config!r})  # noqa: F821
c.CourseDirectory.root = {root!r}  # noqa: F821
c.CourseDirectory.source_directory = {source!r}  # noqa: F821
"""


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


class StockCourse:
    """Stock `nbgrader generate_assignment` + `nbgrader autograde` on a copy of the class, in a
    course folder configured as the README says (the course's nbgrader configuration)."""

    def __init__(self, root: Path, class_folder: Path):
        import shutil

        self.root = root
        root.mkdir(parents=True)
        repo = Path(__file__).resolve().parent.parent
        (root / "nbgrader_config.py").write_text(STOCK_CONFIG.format(
            config=str(repo / "grading" / "nbgrader_config.py"), root=str(root),
            source=str(repo / "notebooks")))
        shutil.copytree(class_folder, root / "submitted")
        self.env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])

    def run(self, *, every_cell: bool = False) -> float:
        """Grade the whole class from scratch; returns the seconds taken."""
        import shutil
        import subprocess

        shutil.rmtree(self.root / "autograded", ignore_errors=True)
        (self.root / "gradebook.db").unlink(missing_ok=True)
        extra = ["--Execute.skip_cells_with_tag=run-every-cell"] if every_cell else []
        started = time.perf_counter()
        for assignment in assignments():
            for command in ("generate_assignment", "autograde"):
                subprocess.run([sys.executable, "-m", "nbgrader", command, assignment.name, "--force",
                                *extra], cwd=self.root, env=self.env, check=True, capture_output=True)
        return time.perf_counter() - started

    def scores(self) -> dict[tuple[str, str, str], float]:
        from nbgrader.api import Gradebook

        found = {}
        with Gradebook(f"sqlite:///{self.root / 'gradebook.db'}") as gradebook:
            for assignment in assignments():
                for submission in gradebook.assignment_submissions(assignment.name):
                    for notebook in submission.notebooks:
                        for grade in notebook.grades:
                            key = (submission.student.id, assignment.name, grade.name)
                            found[key] = float(grade.score)
        return found


def _ours(class_folder: Path, out: Path, jobs: int) -> float:
    import shutil

    from grading.autograde import Options, autograde

    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    autograde(class_folder, out, Options(jobs=jobs), quiet=True)
    return time.perf_counter() - started


def _our_scores(out: Path) -> dict[tuple[str, str, str], float]:
    from grading.results import read_csv

    return {(r["student_id"], r["assignment"], r["grade_id"]): float(r["score"])
            for r in read_csv(out / "test_results.csv")}


def _floor(class_folder: Path) -> float:
    """Seconds per submission for the same graded path run in this process (no sandbox, no
    nbgrader): what grading costs before any overhead."""
    from grading import notebooks
    from grading.inprocess import run_graded_path

    course = {a.name: a for a in assignments()}
    paths = sorted(class_folder.glob("*/*/*.ipynb"))
    started = time.perf_counter()
    for path in paths:
        run_graded_path(notebooks.read(path), course[path.parent.name].folder)
    return (time.perf_counter() - started) / len(paths)


def bench_grading(per_assignment: int, repeats: int, sizes: list[int]) -> None:
    """Ours (1 and 2 jobs) against stock nbgrader with the course's configuration and the same
    cells skipped, alternating, each timed `repeats` times after a warm-up; the median counts.
    Then stock with every cell run, the in-process floor, scores compared cell by cell on the
    honest submissions, and ours at growing class sizes."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        submissions = build_bench_class(root / "class", per_assignment)
        build_bench_class(root / "warm", 1)

        def graders(name: str, stock: StockCourse) -> dict:
            """The three sides, grading the class in `root / name`."""
            return {"ours, 1 job": lambda: _ours(root / name, root / f"{name}_ours1", 1),
                    "ours, 2 jobs": lambda: _ours(root / name, root / f"{name}_ours2", 2),
                    "stock nbgrader, same cells skipped": stock.run}

        stock = StockCourse(root / "stock", root / "class")
        sides = graders("class", stock)
        # caches, imports, the reference check: every code path once, on one submission per
        # assignment
        for name, warm_up in graders("warm", StockCourse(root / "stock_warm", root / "warm")).items():
            print(f"  warm-up {name}: {warm_up():.1f} s", file=sys.stderr, flush=True)
        timings: dict[str, list[float]] = {name: [] for name in sides}
        for round_ in range(repeats):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                timings[name].append(sides[name]())
                print(f"  round {round_ + 1} {name}: {timings[name][-1]:.1f} s", file=sys.stderr, flush=True)
        same = _compare(_our_scores(root / "class_ours2"), stock.scores(), per_assignment)
        every = stock.run(every_cell=True)
        print(f"  stock nbgrader, every cell run: {every:.1f} s", file=sys.stderr, flush=True)
        floor = _floor(root / "class")
    medians = {name: _median(values) for name, values in timings.items()}
    reference = medians["stock nbgrader, same cells skipped"]
    print(f"\n{submissions} submissions ({per_assignment} per assignment, {len(assignments())} assignments); "
          f"median of {repeats} alternating runs after a warm-up (each side on one submission per "
          f"assignment)")
    print(f"{'grader':<40} {'median s':>9} {'runs':>22} {'/ stock':>8}")
    for name, values in timings.items():
        runs = " ".join(f"{v:.1f}" for v in values)
        print(f"{name:<40} {medians[name]:9.1f} {runs:>22} {medians[name] / reference:8.3f}")
    print(f"{'stock nbgrader, every cell run (once)':<40} {every:9.1f} {'':>22} {every / reference:8.3f}")
    print(f"ours (2 jobs) / stock, same cells skipped = "
          f"{medians['ours, 2 jobs'] / reference:.3f}  (goal: at most 0.10)")
    print(f"ours 1 job / 2 jobs = {medians['ours, 1 job'] / medians['ours, 2 jobs']:.2f}  (goal: at least 1.6)")
    per_submission = medians["ours, 1 job"] / submissions
    print(f"in-process floor {floor:.3f} s per submission; ours (1 job) {per_submission:.3f} s = "
          f"{per_submission / floor:.1f} x the floor  (aim: within 3)")
    print(same)
    if sizes:
        _scaling(sizes)


def _compare(ours: dict, stock: dict, per_assignment: int) -> str:
    """Scores on the honest submissions (full answers: every fourth student), cell by cell."""
    honest = {f"student{i:03d}" for i in range(per_assignment) if i % 4 == 0}
    keys = [k for k in ours if k[0] in honest]
    differ = [k for k in keys if stock.get(k) != ours[k]]
    students = {(k[0], k[1]) for k in keys}
    text = (f"scores on {len(students)} honest submissions: {len(keys) - len(differ)} of {len(keys)} "
            f"graded cells equal to stock nbgrader's")
    return text + ("" if not differ else f"; differ: {differ[:5]}")


def _scaling(sizes: list[int]) -> None:
    """Ours with 2 jobs on classes of growing size, each in a fresh process: seconds per
    submission, and the peak memory of the largest grading process (worker or student)."""
    import json
    import subprocess

    print(f"\n{'class size':>10} {'seconds':>9} {'s / submission':>15} {'peak MB per process':>20}")
    first = None
    for size in sizes:
        done = subprocess.run([sys.executable, __file__, "_scale", str(size)], capture_output=True,
                              text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        rate = result["seconds"] / result["submissions"]
        first = first or rate
        print(f"{result['submissions']:>10} {result['seconds']:9.1f} {rate:15.3f} "
              f"{result['peak_mb']:20.0f}   ({rate / first - 1:+.1%} per submission vs the first)")


def _scale(size: int) -> None:
    """One timed run for `_scaling` (after a small warm-up); prints a JSON line."""
    import json
    import resource
    import tempfile

    per_assignment = -(-size // len(assignments()))
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        build_bench_class(root / "warm", 1)
        _ours(root / "warm", root / "warm_out", 2)
        submissions = build_bench_class(root / "class", per_assignment)
        seconds = _ours(root / "class", root / "out", 2)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"submissions": submissions, "seconds": seconds, "peak_mb": peak_kb / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    if sys.argv[1:2] == ["_scale"]:
        _scale(int(sys.argv[2]))
        return 0
    parser.add_argument("which", nargs="*", choices=["notebooks", "mlp", "grading"], default=[])
    parser.add_argument("--per-assignment", type=int, default=10,
                        help="submissions per assignment in the grading benchmark (default 10: 90)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per side (default 3)")
    parser.add_argument("--sizes", default="100,300,1000",
                        help="class sizes for the scaling run, comma-separated ('' to skip)")
    args = parser.parse_args()
    chosen = args.which or ["notebooks", "mlp", "grading"]
    if "notebooks" in chosen:
        bench_notebooks()
    if "mlp" in chosen:
        bench_mlp()
    if "grading" in chosen:
        bench_grading(args.per_assignment, args.repeats,
                      [int(n) for n in args.sizes.split(",") if n.strip()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

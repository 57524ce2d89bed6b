"""Benchmarks of the course, printed as tables and ratios measured in one run.

    .venv/bin/python bench/run.py              # everything
    .venv/bin/python bench/run.py notebooks    # each source notebook top to bottom, per course
    .venv/bin/python bench/run.py mlp          # our L-layer network vs scikit-learn's MLPClassifier
    .venv/bin/python bench/run.py grading [--per-assignment N]   # our grader vs stock nbgrader

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


def bench_grading(per_assignment: int) -> None:
    """Grade one generated class with stock `nbgrader autograde` and with ours (1 and 2 jobs)."""
    import shutil
    import subprocess
    import tempfile

    from grading.autograde import Options, autograde

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        submissions = build_bench_class(root / "class", per_assignment)
        timings = {}
        for jobs in (1, 2):
            started = time.perf_counter()
            autograde(root / "class", root / f"ours{jobs}", Options(jobs=jobs), quiet=True)
            timings[f"ours, {jobs} job{'s' if jobs > 1 else ''}"] = time.perf_counter() - started
            print(f"  ours with {jobs} job(s): {timings[list(timings)[-1]]:.1f} s", file=sys.stderr)
        course = root / "stock"
        shutil.copytree(Path(__file__).resolve().parent.parent / "notebooks", course / "source")
        shutil.copytree(root / "class", course / "submitted")
        env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
        started = time.perf_counter()
        for assignment in assignments():
            for command in ("generate_assignment", "autograde"):
                subprocess.run([sys.executable, "-m", "nbgrader", command, assignment.name, "--force"],
                               cwd=course, env=env, check=True, capture_output=True)
        timings["stock nbgrader autograde"] = time.perf_counter() - started
    stock = timings["stock nbgrader autograde"]
    print(f"\n{submissions} submissions ({per_assignment} per assignment, {len(assignments())} assignments)")
    print(f"{'grader':<28} {'seconds':>8} {'stock / this':>13}")
    for name, seconds in timings.items():
        print(f"{name:<28} {seconds:8.1f} {stock / seconds:13.2f}")
    print(f"1 job / 2 jobs = {timings['ours, 1 job'] / timings['ours, 2 jobs']:.2f}  (goal: at least 1.6)")
    print(f"ours (2 jobs) / stock = {timings['ours, 2 jobs'] / stock:.2f}  (goal: at most 0.10)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("which", nargs="*", choices=["notebooks", "mlp", "grading"], default=[])
    parser.add_argument("--per-assignment", type=int, default=20,
                        help="submissions per assignment in the grading benchmark (default 20)")
    args = parser.parse_args()
    chosen = args.which or ["notebooks", "mlp", "grading"]
    if "notebooks" in chosen:
        bench_notebooks()
    if "mlp" in chosen:
        bench_mlp()
    if "grading" in chosen:
        bench_grading(args.per_assignment)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

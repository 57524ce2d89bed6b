"""Autograde a folder of submissions with nbgrader, without touching it, and report every result.

`SUBMITTED/<student>/<assignment>/<notebook>.ipynb` is copied into `OUT/submitted/`, checked (a
file that is not a readable notebook is set aside with a reason instead of stopping the run), and
graded by `grading.worker` in parallel (`jobs` processes, or a Dask cluster), into
`OUT/autograded/` with one nbgrader gradebook (`OUT/gradebook.db`, or a database server:
`grading.gradebook`). Each submission's result is
kept in `OUT/results/<student>/<assignment>.json`; `OUT/grades.csv`, `OUT/test_results.csv` and
the class report `OUT/report.html` are rebuilt from all of them, so re-grading one student or one assignment leaves the others as they were.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import warnings
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field, replace
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

import nbformat
from tqdm import tqdm

from grading import gradebook
from grading.course import Assignment, assignments, nbgrader_config
from grading.reference_check import reference_failures
from grading.report import write_report
from grading.results import CellResult, SubmissionResult, write_reports
from grading.sandbox import landlock_available
from grading.worker import grade_submission, prepare_assignment, warm_up
from grading.zygote import close_zygotes


@dataclass
class Options:
    """How to grade: parallelism, what to grade, limits for student code."""

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    scheduler: str | None = None  # a Dask scheduler address
    students: list[str] | None = None
    assignments: list[str] | None = None
    memory_mb: int = 4096
    db: str | None = None  # the gradebook's SQLAlchemy URL (default: OUT/gradebook.db, SQLite)
    cell_timeout: int = 60
    notebook_timeout: int = 300
    verify: bool = True  # False: graded cells run beside student code (tests of the verifier only)


def autograde(submitted: Path, out: Path, options: Options | None = None, *,
              quiet: bool = False) -> list[SubmissionResult]:
    """Grade the submissions below `submitted` into `out`; return the results of this run."""
    options = options or Options()
    warnings.filterwarnings("ignore", module="nbgrader.api")  # SQLAlchemy session chatter
    submitted, out = submitted.resolve(), out.resolve()
    if not submitted.is_dir():
        raise SystemExit(f"no such folder of submissions: {submitted}")
    if out == submitted or out.is_relative_to(submitted) or submitted.is_relative_to(out):
        raise SystemExit("the output folder and the submitted folder must be separate")
    out.mkdir(parents=True, exist_ok=True)

    if not landlock_available() and not quiet:
        print("warning: Landlock is not available on this system: student code runs with memory "
              "and time limits but without filesystem restrictions", file=sys.stderr)
    course = {a.name: a for a in assignments()}
    chosen = _select(submitted, options)
    options = replace(options, db=options.db or gradebook.default_url(out))
    gradebook.save_url(out, options.db)
    gradebook.prepare(options.db, sorted({student for student, _ in chosen}),
                      nbgrader_config(out).CourseDirectory.course_id)
    results: list[SubmissionResult] = []
    progress = Progress(len(chosen), quiet)

    def tasks():  # copied and inspected while the workers start
        for student, name in chosen:
            copy = out / "submitted" / student / name
            if copy.exists():
                shutil.rmtree(copy)
            assignment = course.get(name)
            if assignment is None:
                results.append(SubmissionResult.unknown(student, name, sorted(course)))
                progress.advance(1, f"{student}/{name}")
                continue
            shutil.copytree(submitted / student / name, copy, symlinks=True)
            yield {"out": str(out), "student": student, "assignment": name,
                   "notebooks": list(assignment.notebooks), "problems": _inspect(copy, assignment),
                   "options": asdict(options)}

    needed = sorted({name for _, name in chosen if name in course})
    local_pool = options.jobs > 1 and not options.scheduler and len(chosen) > 1
    one_machine = not options.scheduler
    if one_machine:
        gradebook.journal_mode(options.db, "WAL")  # workers read while another writes
    try:
        for task, outcome in _run(out, needed, tasks(), options, local_pool):
            results.append(_from_dict(outcome))
            progress.advance(1, f"{task['student']}/{task['assignment']}")
    finally:
        close_zygotes()
        if one_machine:
            gradebook.journal_mode(options.db, "DELETE")  # one plain SQLite file again
    for result in results:
        _save(out, result)
    everything = load_all(out)
    write_reports(out, everything)
    write_report(out, everything, reference_failures(sorted({r.assignment for r in everything})))
    return sorted(results, key=lambda r: (r.student_id, r.assignment))


def _select(submitted: Path, options: Options) -> list[tuple[str, str]]:
    chosen = []
    for student in sorted(p for p in submitted.iterdir() if p.is_dir()):
        if options.students and student.name not in options.students:
            continue
        for folder in sorted(p for p in student.iterdir() if p.is_dir()):
            if options.assignments and not _matches(folder.name, options.assignments):
                continue
            chosen.append((student.name, folder.name))
    if not chosen:
        raise SystemExit(f"no submissions to grade in {submitted} (layout: <student>/<assignment>/)")
    return chosen


def _matches(name: str, wanted: list[str]) -> bool:
    return any(name == w or name.split("_")[0] == w for w in wanted)


def _run(out: Path, needed: list[str], tasks: Iterator[dict], options: Options, local_pool: bool):
    """Put the `needed` assignments in the gradebook, then yield (task, outcome) as the workers
    finish grading."""
    setup = [{"out": str(out), "assignment": name, "options": asdict(options)} for name in needed]
    if options.scheduler:
        from dask.distributed import Client
        from dask.distributed import as_completed as dask_completed

        with Client(options.scheduler) as client:
            gradebook.refuse_shared_sqlite(options.db, out, gradebook.worker_hosts(client))
            _check_prepared(client.gather(client.map(prepare_assignment, setup, pure=False)))
            futures = {client.submit(grade_submission, t, pure=False): t for t in tasks}
            for future in dask_completed(futures):
                yield futures[future], future.result()
    elif local_pool:
        yield from _run_in_pool(out, setup, tasks, options.jobs)
    else:
        warm_up(str(out))  # the zygote's imports overlap with the preparation
        _check_prepared([prepare_assignment(s) for s in setup])
        for task in tasks:
            yield task, grade_submission(task)


def _run_in_pool(out: Path, setup: list[dict], tasks: Iterator[dict], jobs: int):
    """The process pool: the workers start and prepare the gradebook while the submissions are
    copied; an assignment's submissions are queued as soon as it is in the gradebook."""
    # Forked workers start at once with nbgrader already imported (spawned ones take seconds);
    # this process has started no threads yet, so forking it is safe.
    method = "fork" if "fork" in get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=get_context(method),
                               initializer=warm_up, initargs=(str(out),))
    try:
        pending = {pool.submit(prepare_assignment, s): None for s in setup}
        waiting: dict[str, list[dict]] = {}
        for task in tasks:
            waiting.setdefault(task["assignment"], []).append(task)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                if task is not None:
                    yield task, future.result()
                    continue
                prepared = future.result()
                _check_prepared([prepared])
                for queued in waiting.pop(prepared["assignment"], []):
                    pending[pool.submit(grade_submission, queued)] = queued
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # the workers end while reports are written


def _check_prepared(outcomes) -> None:
    for outcome in outcomes:
        if outcome["problem"]:
            raise SystemExit(f"nbgrader could not prepare {outcome['assignment']}:\n"
                             f"{outcome['problem']}")


def _inspect(folder: Path, assignment: Assignment) -> dict[str, str]:
    """notebook -> what is wrong with it; unreadable notebooks are set aside so nbgrader skips them."""
    problems = {}
    for stem in assignment.notebooks:
        path = folder / f"{stem}.ipynb"
        if not path.exists():
            others = sorted(p.name for p in folder.glob("*.ipynb"))
            hint = f" (found: {', '.join(others)})" if others else ""
            problems[stem] = f"notebook {path.name} was not submitted{hint}"
            continue
        reason = _unreadable(path)
        if reason:
            problems[stem] = f"{path.name} is not a readable notebook: {reason}"
            path.rename(path.with_suffix(".ipynb.unreadable"))
        else:
            _keep_first_of_duplicated_cells(path)
    return problems


def _keep_first_of_duplicated_cells(path: Path) -> None:
    """A graded or solution cell copied by the student becomes a plain cell (nbgrader would stop)."""
    nb = nbformat.read(path, as_version=4)
    seen, changed = set(), False
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id is None:
            continue
        if grade_id in seen:
            del cell.metadata["nbgrader"]
            changed = True
        seen.add(grade_id)
    if changed:
        nbformat.write(nb, path)


def _unreadable(path: Path) -> str:
    """Why nbgrader could not read the notebook at `path`, or "" if it can."""
    if path.is_symlink() or not path.is_file():
        return "not a regular file"
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 text ({error.reason} at byte {error.start})"
    if not text.strip():
        return "the file is empty"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as error:  # nbformat raises several kinds; all mean the same here
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"not valid notebook JSON ({first_line[:200]})"
    return ""


def _result_path(out: Path, student: str, assignment: str) -> Path:
    return out / "results" / student / f"{assignment}.json"


def _save(out: Path, result: SubmissionResult) -> None:
    path = _result_path(out, result.student_id, result.assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(result), indent=1))


def load_all(out: Path) -> list[SubmissionResult]:
    """Every submission result kept in `out`, sorted by student and assignment."""
    results = [_from_dict(json.loads(p.read_text())) for p in (out / "results").glob("*/*.json")]
    return sorted(results, key=lambda r: (r.student_id, r.assignment))


def _from_dict(data: dict) -> SubmissionResult:
    data = dict(data)
    cells = [CellResult(**c) for c in data.pop("cells")]
    return SubmissionResult(**data, cells=cells)


class Progress:
    """Progress of a grading run on stderr, with tqdm: a live bar on a terminal; on anything else
    (a log file, a pipe) one plain line per finished submission, never a carriage return."""

    def __init__(self, total: int, quiet: bool):
        self.quiet = quiet
        self.live = not quiet and sys.stderr.isatty()
        self.bar = tqdm(total=total, unit="submission", dynamic_ncols=True, leave=True,
                        disable=quiet, file=sys.stderr if self.live else io.StringIO())

    def advance(self, n: int, label: str = "") -> None:
        if self.quiet or not n:
            return
        self.bar.update(n)
        if self.live:
            self.bar.set_postfix_str(label[:40], refresh=True)
        else:
            print(f"{self.bar} {label}", file=sys.stderr, flush=True)
        if self.bar.n >= self.bar.total:
            self.bar.close()

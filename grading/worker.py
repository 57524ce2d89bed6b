"""Grade one submission: nbgrader autograde, with the notebook run and verified by `SandboxExecute`.

`grade_submission(task)` takes and returns plain dicts, so it runs the same in this process, in a
process pool (`--jobs`) or on a Dask worker (`--scheduler`); all of them share the output folder.
"""

from __future__ import annotations

import contextlib
import types
import warnings
from dataclasses import asdict
from pathlib import Path

from grading import gradebook
from grading.course import SECRET_FILE, SKIP_TAG, assignments, nbgrader_api, nbgrader_config
from grading.execute import SandboxExecute
from grading.preprocessors import ClearHiddenTestsOfGradedCells, KeepGradedCellsRunnable
from grading.results import collect_results


def autograde_config(out: Path, options: dict):
    """nbgrader's configuration for grading into `out` with the tool's execution rules."""
    from nbgrader.converters import Autograde

    config = nbgrader_config(out)
    config.CourseDirectory.db_url = gradebook.for_workers(options.get("db") or gradebook.default_url(out))
    stock = Autograde.class_traits()["autograde_preprocessors"].default()
    chain = [KeepGradedCellsRunnable] + [SandboxExecute if p.__name__ == "Execute" else p for p in stock]
    chain.append(ClearHiddenTestsOfGradedCells)  # scored: the hidden checks leave the notebook
    config.Autograde.autograde_preprocessors = chain
    config.OverwriteCells.add_missing_cells = True  # a deleted graded cell is put back and run
    # nbconvert validates the whole notebook after each of the chain's 17 steps; once, after
    # the last, finds the same invalid notebook (nbgrader's own steps validate the cells they use)
    config.Exporter.optimistic_validation = True
    config.SandboxExecute.skip_cells_with_tag = SKIP_TAG
    config.SandboxExecute.cell_timeout = options["cell_timeout"]
    config.SandboxExecute.notebook_timeout = options["notebook_timeout"]
    config.SandboxExecute.memory_mb = options["memory_mb"]
    config.SandboxExecute.verify = options.get("verify", True)
    config.SandboxExecute.secret_file = str(out / SECRET_FILE)
    config.SandboxExecute.scratch = str(out / ".scratch")
    return config


_ENGINES: dict[str, object] = {}


def _share_engines() -> None:
    """One SQLAlchemy engine per gradebook URL in this process.

    nbgrader opens the gradebook a dozen times per submission, each time with a new engine, so
    every query is compiled again; one engine keeps SQLAlchemy's compiled-statement cache. Its
    connections stay pooled while a submission is graded (nbgrader's `Gradebook.close` would
    close them, and reconnecting, with SQLite's checkpoint on the last close, costs more than
    the queries) and are closed when it is done (`_connections_kept`), so no worker holds the
    gradebook open between submissions.
    A SQLite gradebook (in WAL mode on one machine, see `grading.gradebook.journal_mode`) syncs
    to disk at checkpoints rather than at each of nbgrader's many commits: a crash may lose the
    last grades, which a re-run restores, but never corrupts the file.
    """
    import nbgrader.api
    from sqlalchemy import create_engine, event

    def shared(url, **kwargs):
        key = f"{url}|{sorted(kwargs.items())}"
        if key not in _ENGINES:
            engine = _ENGINES[key] = create_engine(url, **kwargs)
            if gradebook.is_sqlite(str(url)):
                event.listen(engine, "connect", _sync_at_checkpoints)
        return _ENGINES[key]

    nbgrader.api.create_engine = shared


@contextlib.contextmanager
def _connections_kept():
    """While one submission is graded, `Gradebook.close` leaves the shared engine's connections
    in its pool; afterwards they are closed."""
    import nbgrader.api

    close = nbgrader.api.Gradebook.close
    nbgrader.api.Gradebook.close = lambda self: self.db.remove()
    try:
        yield
    finally:
        nbgrader.api.Gradebook.close = close
        for engine in _ENGINES.values():
            engine.dispose()


def _sync_at_checkpoints(connection, _record) -> None:
    connection.execute("PRAGMA synchronous=NORMAL")


_VALIDATORS: dict[int, tuple[dict, object]] = {}  # id(schema) -> (schema, its validator)


def _check_metadata_once() -> None:
    """nbgrader validates each cell's metadata with `jsonschema.validate`, which checks the schema
    itself and builds a new validator every time (a third of a second per notebook); one
    validator per schema gives the same verdicts and errors."""
    import jsonschema
    import nbgrader.nbgraderformat.common as common

    def validate(instance, schema):
        cached = _VALIDATORS.get(id(schema))
        if cached is None or cached[0] is not schema:  # the schema is kept, so its id stays its own
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            cached = _VALIDATORS[id(schema)] = (schema, cls(schema))
        validator = cached[1]
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            raise error

    common.jsonschema = types.SimpleNamespace(validate=validate)


def warm_up(out: str) -> None:
    """Start this worker's zygote early, so its imports overlap with nbgrader's own start-up."""
    from grading.zygote import zygote_for_this_process

    zygote_for_this_process(Path(out) / ".scratch")


def prepare_assignment(task: dict) -> dict:
    """Put `task["assignment"]` (its cells, points and checksums) in the gradebook at `task["out"]`."""
    out, name = Path(task["out"]), task["assignment"]
    warnings.filterwarnings("ignore", module="nbgrader.api")
    api = nbgrader_api(config=autograde_config(out, task["options"]))
    outcome = api.generate_assignment(name, force=True, create=True)
    return {"assignment": name, "problem": "" if outcome["success"] else outcome.get("log", "")}


def grade_submission(task: dict) -> dict:
    """Autograde `task["student"]`'s `task["assignment"]` in `task["out"]` (verified as it runs)
    and read its result back from the gradebook: a `SubmissionResult` as a plain dict."""
    out, student, name = Path(task["out"]), task["student"], task["assignment"]
    warnings.filterwarnings("ignore", module="nbgrader.api")  # SQLAlchemy session chatter
    _share_engines()
    _check_metadata_once()
    api = nbgrader_api(config=autograde_config(out, task["options"]))
    problem = ""
    with _connections_kept():
        if len(task["problems"]) < len(task["notebooks"]):  # something nbgrader can read
            outcome = api.autograde(name, student, force=True, create=True)
            if not outcome["success"]:
                problem = "nbgrader could not grade it: " + _last_line(outcome.get("error"))
        assignment = next(a for a in assignments() if a.name == name)
        return asdict(collect_results(api, out, student, assignment, task["problems"], problem))


def _last_line(text: str | None) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"

"""A class graded on a Dask cluster into a real PostgreSQL server gets exactly the results of one
process writing a SQLite file; a SQLite gradebook written from several machines is refused.

The server is Debian's `postgresql` (`.ci/run` installs it, as it does the browser; with
COURSE_REQUIRE_POSTGRES=1 a missing server fails instead of skipping). The cluster is a
`dask scheduler` and a `dask worker` with two worker processes, started as the README says.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ASSIGNMENTS, REPO_ROOT, autograde_cli, demo_submissions, result_rows
from pgserver import binaries, postgres_server

from grading import gradebook
from grading.autograde import Options, autograde
from grading.results import read_csv

NAME = ASSIGNMENTS[0].name
STUDENTS = ("reference", "one_wrong_function", "untouched", "invalid_file")
DASK = Path(sys.executable).parent / "dask"


@pytest.fixture(scope="module")
def server_url():
    bin_dir = binaries()
    if bin_dir is None:
        if os.environ.get("COURSE_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL's initdb was not found (Debian package `postgresql`)")
        pytest.skip("PostgreSQL is not installed (Debian package `postgresql`)")
    with postgres_server(bin_dir) as url:
        yield url


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """`dask scheduler` and `dask worker --nworkers 2`, separate processes; yields the address."""
    folder = tmp_path_factory.mktemp("dask")
    file = folder / "scheduler.json"
    common = ["--no-dashboard"]
    scheduler = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                  "--scheduler-file", str(file), *common],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = None
    try:
        for _ in range(600):
            if file.exists() and file.read_text().strip():
                break
            time.sleep(0.1)
        workers = subprocess.Popen([str(DASK), "worker", "--scheduler-file", str(file),
                                    "--nworkers", "2", "--nthreads", "1", *common],
                                   cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from distributed import Client

        with Client(scheduler_file=str(file), timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield json.loads(file.read_text())["address"]
    finally:
        for process in (workers, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)


@pytest.fixture(scope="module")
def small_class(demo_run, tmp_path_factory):
    return demo_submissions(demo_run, tmp_path_factory.mktemp("class"), STUDENTS, NAME)


def test_a_dask_cluster_into_postgresql_gives_the_sqlite_results(small_class, server_url, cluster,
                                                                 tmp_path):
    sqlite_out, server_out = tmp_path / "sqlite", tmp_path / "server"
    autograde(small_class, sqlite_out, Options(jobs=1), quiet=True)
    done = autograde_cli(small_class, server_out, "--scheduler", cluster, "--db", server_url,
                         timeout=1200)
    assert done.returncode == 0, done.stdout + done.stderr

    assert result_rows(server_out) == result_rows(sqlite_out)
    assert read_csv(server_out / "grades.csv") == read_csv(sqlite_out / "grades.csv")
    assert not (server_out / "gradebook.db").exists()  # nothing went to a SQLite file
    # The scores are in the server's gradebook, as nbgrader's own API reads them.
    import nbgrader.api

    with nbgrader.api.Gradebook(server_url) as book:
        in_server = {s.student.id: s.score for s in book.assignment_submissions(NAME)}
    scores = {r["student_id"]: float(r["score"]) for r in read_csv(sqlite_out / "grades.csv")}
    # (the unreadable file never reached nbgrader, so the gradebook has no submission of it)
    assert in_server == pytest.approx({s: v for s, v in scores.items() if s != "invalid_file"})
    assert scores["reference"] > scores["one_wrong_function"] > scores["untouched"] == 0

    # Feedback reads the same server (the run keeps its URL, readable by its owner only).
    assert gradebook.load_url(server_out) == server_url
    assert (server_out / gradebook.URL_FILE).stat().st_mode & 0o077 == 0
    done = subprocess.run([sys.executable, "-m", "grading", "feedback", str(server_out)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (server_out / "feedback" / "reference" / NAME).is_dir()


def test_sqlite_written_from_another_machine_is_refused(tmp_path):
    url = gradebook.default_url(tmp_path)
    with pytest.raises(gradebook.SharedSQLiteError, match="--db postgresql"):
        gradebook.refuse_shared_sqlite(url, tmp_path, {"10.20.30.40"})
    gradebook.refuse_shared_sqlite(url, tmp_path, {"127.0.0.1"})  # one machine: fine
    gradebook.refuse_shared_sqlite("postgresql+psycopg://u@10.0.0.1/g", tmp_path, {"10.20.30.40"})


def test_sqlite_on_a_network_filesystem_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(gradebook, "filesystem_type", lambda path: "nfs4")
    with pytest.raises(gradebook.SharedSQLiteError, match="network filesystem"):
        gradebook.refuse_shared_sqlite(gradebook.default_url(tmp_path), tmp_path, {"127.0.0.1"})


def test_the_filesystem_of_a_path_is_read_from_the_mounts():
    assert gradebook.filesystem_type(Path("/proc/self")) == "proc"

"""Grading in parallel gives the same results: 1 job, 2 jobs, a Dask cluster; re-grading one student
leaves the others as they were."""

from __future__ import annotations

import shutil

import pytest
from conftest import ASSIGNMENTS, demo_submissions, result_rows

from grading import notebooks
from grading.autograde import Options, autograde
from grading.results import read_csv

NAME = ASSIGNMENTS[0].name
STUDENTS = ("reference", "one_wrong_function", "untouched")


@pytest.fixture(scope="module")
def small_class(demo_run, tmp_path_factory):
    return demo_submissions(demo_run, tmp_path_factory.mktemp("class"), STUDENTS, NAME)


@pytest.fixture(scope="module")
def one_job(small_class, tmp_path_factory):
    out = tmp_path_factory.mktemp("one_job")
    autograde(small_class, out, Options(jobs=1, assignments=[NAME]), quiet=True)
    return out


def test_two_jobs_give_the_same_results_as_one(small_class, one_job, tmp_path):
    autograde(small_class, tmp_path, Options(jobs=2, assignments=[NAME]), quiet=True)
    assert result_rows(tmp_path) == result_rows(one_job)
    scores = {r["student_id"]: float(r["score"]) for r in read_csv(tmp_path / "grades.csv")}
    assert scores["reference"] > scores["one_wrong_function"] > scores["untouched"] == 0


def test_a_dask_cluster_gives_the_same_results(small_class, one_job, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        autograde(small_class, tmp_path, Options(scheduler=cluster.scheduler_address,
                                                 assignments=[NAME]), quiet=True)
    assert result_rows(tmp_path) == result_rows(one_job)


def test_regrading_one_student_leaves_the_others_alone(small_class, one_job, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_job, out)
    changed = tmp_path / "class"
    shutil.copytree(small_class, changed)
    # the reference student's file changes on disk, but only `untouched` is re-graded
    path = changed / "reference" / NAME / f"{ASSIGNMENTS[0].notebooks[0]}.ipynb"
    nb = notebooks.read(path)
    first = next(iter(notebooks.solution_cells(nb)))
    notebooks.write(notebooks.replace_solution(nb, first, "raise ValueError('changed')\n"), path)
    autograded = out / "autograded" / "reference" / NAME
    before = {p.name: p.stat().st_mtime_ns for p in autograded.iterdir()}

    autograde(changed, out, Options(jobs=1, students=["untouched"]), quiet=True)

    assert result_rows(out) == result_rows(one_job)
    assert {p.name: p.stat().st_mtime_ns for p in autograded.iterdir()} == before

"""Command line of the grading tool: `python -m grading {release,autograde,feedback,check,lab,derive,student-image,demo}`."""

from __future__ import annotations

import argparse
from pathlib import Path

from grading.course import REPO_ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grading", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("release", help="write the student versions of the assignments")
    p.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "release", help="default: release/")

    p = commands.add_parser("autograde", help="grade a folder SUBMITTED/<student>/<assignment>/")
    p.add_argument("submitted", type=Path)
    p.add_argument("--out", type=Path, required=True, help="folder for the gradebook and reports")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    p.add_argument("--scheduler", help="address of a Dask scheduler to grade on, e.g. tcp://host:8786")
    p.add_argument("--db", metavar="URL",
                   help="the gradebook's database, any SQLAlchemy URL nbgrader supports (default: "
                        "OUT/gradebook.db, SQLite); for several machines a server, e.g. "
                        "postgresql+psycopg://user@host/gradebook")
    p.add_argument("--student", action="append", help="grade only this student (repeatable)")
    p.add_argument("--assignment", action="append", help="grade only this assignment (repeatable)")
    p.add_argument("--cell-timeout", type=int, default=60, help="seconds per cell (default 60)")
    p.add_argument("--notebook-timeout", type=int, default=300, help="seconds per notebook (300)")
    p.add_argument("--memory-mb", type=int, default=4096, help="memory cap of student code (4096)")

    p = commands.add_parser("feedback", help="HTML feedback per student from an autograded folder")
    p.add_argument("out", type=Path, help="the --out folder of an autograde run")

    p = commands.add_parser("check", help="run a student notebook's visible checks, per exercise")
    p.add_argument("notebook", type=Path)

    p = commands.add_parser("lab", help="student copies in a workspace, opened in JupyterLab")
    p.add_argument("--workspace", type=Path, default=REPO_ROOT / "workspace", help="default: workspace/")
    p.add_argument("--no-open", action="store_true", help="only bring the workspace up to date")

    p = commands.add_parser("student-image", help="the package and requirements of the students' image")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "student-image",
                   help="default: build/student-image")

    p = commands.add_parser("derive", help="rebuild the files derived from the answer key")
    p.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    p.add_argument("--check", action="store_true", help="write nothing; list what is stale")

    p = commands.add_parser("demo", help="build a small class from the sources and grade it")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "demo", help="default: build/demo")

    args = parser.parse_args(argv)
    if args.command == "release":
        from grading.release import release

        for folder in release(args.out, args.assignments or None):
            print(f"released {folder}")
    elif args.command == "autograde":
        from grading.autograde import Options, autograde
        from grading.results import format_table

        options = Options(scheduler=args.scheduler, students=args.student,
                          assignments=args.assignment, memory_mb=args.memory_mb, db=args.db,
                          cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout)
        if args.jobs:
            options.jobs = args.jobs
        results = autograde(args.submitted, args.out, options)
        print(format_table(results))
        print(f"\nwrote {args.out / 'grades.csv'} and {args.out / 'test_results.csv'}")
    elif args.command == "feedback":
        from grading.feedback import feedback

        pages = feedback(args.out)
        print(f"wrote {len(pages)} feedback pages below {args.out.resolve() / 'feedback'}")
    elif args.command == "check":
        from grading.selfcheck import check_notebook, format_report

        rows = check_notebook(args.notebook)
        print(format_report(rows))
        return 0 if all(r["passed"] for r in rows) else 1
    elif args.command == "lab":
        from grading.lab import describe, open_lab, sync_workspace

        print(describe(sync_workspace(args.workspace.resolve())))
        if not args.no_open:
            return open_lab(args.workspace.resolve())
    elif args.command == "student-image":
        from grading.student_image import build

        for path in build(args.out):
            print(f"wrote {path}")
        print(f"in the students' image: cd {args.out} && pip install -r requirements.txt")
    elif args.command == "derive":
        from grading.derive import derive, stale

        if args.check:
            found = stale(args.assignments or None)
            for path in found:
                print(f"stale: {path.relative_to(REPO_ROOT)}")
            print("every derived file is up to date" if not found else
                  f"{len(found)} derived files are stale: run `python -m grading derive`")
            return 1 if found else 0
        written = derive(args.assignments or None)
        for path in written:
            print(f"wrote {path.relative_to(REPO_ROOT)}")
        print(f"{len(written)} derived files rewritten" if written else "nothing to rewrite")
    elif args.command == "demo":
        from grading.demo import demo

        demo(args.out)
    return 0

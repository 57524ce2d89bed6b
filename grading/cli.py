"""Command line of the grading tool: `python -m grading {release,autograde,feedback,demo}`."""

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

    p = commands.add_parser("feedback", help="HTML feedback per student from an autograded folder")
    p.add_argument("out", type=Path, help="the --out folder of an autograde run")

    p = commands.add_parser("demo", help="build a small class from the sources and grade it")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "demo", help="default: build/demo")

    args = parser.parse_args(argv)
    if args.command == "release":
        from grading.release import release

        for folder in release(args.out, args.assignments or None):
            print(f"released {folder}")
    elif args.command == "autograde":
        from grading.autograde import autograde
        from grading.results import format_table

        results = autograde(args.submitted, args.out)
        print(format_table(results))
        print(f"\nwrote {args.out / 'grades.csv'} and {args.out / 'test_results.csv'}")
    elif args.command == "feedback":
        from grading.feedback import feedback

        pages = feedback(args.out)
        print(f"wrote {len(pages)} feedback pages below {args.out.resolve() / 'feedback'}")
    elif args.command == "demo":
        from grading.demo import demo

        demo(args.out)
    return 0

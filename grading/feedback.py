"""Per-student HTML feedback from an autograded folder: `python -m grading feedback DIR`.

Graded notebooks get nbgrader's feedback page (`DIR/feedback/<student>/<assignment>/<nb>.html`).
The hidden checks' code is taken out of those pages, tracebacks included (their messages stay).
A notebook that could not be graded (not submitted, unreadable, ...) gets a short page of ours in
the same place, with the reason and the points of each graded cell, so every student has feedback.
"""

from __future__ import annotations

import html
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

from grading import gradebook
from grading.course import SOURCE_DIR, nbgrader_api, nbgrader_config
from grading.preprocessors import ShortenGradedTracebacks
from grading.results import failed_as_a_whole, read_csv


def feedback(out: Path) -> list[Path]:
    """Write feedback for every submission listed in `out/grades.csv`; return the files written."""
    out = out.resolve()
    if not (out / "grades.csv").exists():
        raise SystemExit(f"{out} has no grades.csv: run `python -m grading autograde ... --out {out}` first")
    grades = read_csv(out / "grades.csv")
    cells = read_csv(out / "test_results.csv")
    config = nbgrader_config(out)
    config.CourseDirectory.db_url = gradebook.load_url(out)
    # The page shows each graded cell's checks and messages, but not the hidden checks' code.
    config.GenerateFeedback.preprocessors = [
        GetGrades, ClearHiddenTests, ShortenGradedTracebacks, CSSHTMLHeaderPreprocessor]
    api = nbgrader_api(config=config)
    written = []
    for row in grades:
        student, assignment = row["student_id"], row["assignment"]
        mine = [c for c in cells if c["student_id"] == student and c["assignment"] == assignment]
        folder = out / "feedback" / student / assignment
        if not (SOURCE_DIR / assignment).is_dir():
            written.append(_write_page(folder / "feedback.html", row, mine, row["reason"]))
            continue
        graded = [nb.stem for nb in (out / "autograded" / student / assignment).glob("*.ipynb")]
        if graded and not failed_as_a_whole(row["reason"], [c["message"] for c in mine]):
            api.generate_feedback(assignment, student, force=True)
        for notebook in sorted({c["notebook"] for c in mine}):
            page = folder / f"{notebook}.html"
            if notebook not in graded or not page.exists():
                rows = [c for c in mine if c["notebook"] == notebook]
                page = _write_page(page, row, rows, rows[0]["message"] if rows else row["reason"])
            written.append(page)
    return written


def _write_page(path: Path, row: dict, cells: list[dict], reason: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(
        f"<tr><td>{html.escape(c['grade_id'])}</td><td>{c['score']} / {c['max_score']}</td>"
        f"<td>{html.escape(c['message'])}</td></tr>"
        for c in cells
    )
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Feedback: {html.escape(row['assignment'])}</title></head><body>"
        f"<h1>{html.escape(row['assignment'])}: {row['score']} / {row['max_score']}</h1>"
        f"<p>Student: {html.escape(row['student_id'])}</p>"
        f"<p><strong>Your submission could not be graded as it is:</strong> {html.escape(reason)}</p>"
        "<table border='1' cellpadding='4'><tr><th>graded cell</th><th>points</th><th>message</th></tr>"
        f"{lines}</table></body></html>",
        encoding="utf-8",
    )
    return path

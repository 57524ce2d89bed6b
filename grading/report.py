"""The class report after an autograde run: `OUT/report.html`.

Per assignment: a histogram of the scores and an item analysis of each graded cell (how many
submissions passed it, and its most frequent failure messages), so an instructor sees at a glance
which exercise the class found hard and which mistake was common.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter
from pathlib import Path

from grading.results import PASSED, SubmissionResult

TOP_MESSAGES = 3


def item_analysis(results: list[SubmissionResult]) -> dict[str, list[dict]]:
    """assignment -> one row per graded cell: grade_id, max_score, passed, total, top failures."""
    cells: dict[tuple[str, str], dict] = {}
    for result in results:
        for cell in result.cells:
            row = cells.setdefault((result.assignment, cell.grade_id), {
                "grade_id": cell.grade_id, "max_score": cell.max_score, "passed": 0, "total": 0,
                "failures": Counter()})
            row["total"] += 1
            if cell.score >= cell.max_score:
                row["passed"] += 1
            elif cell.message != PASSED:
                row["failures"][_gist(cell.message)] += 1
    table: dict[str, list[dict]] = {}
    for (assignment, _), row in cells.items():
        row["top"] = row.pop("failures").most_common(TOP_MESSAGES)
        table.setdefault(assignment, []).append(row)
    return table


def _gist(message: str) -> str:
    """The part of a failure message that is the same for the same mistake."""
    head = message.split(" | ")[0]
    hint = next((part for part in message.split(" | ") if part.startswith("hint:")), "")
    return f"{head[:160]}{' | ' + hint if hint else ''}"


def _histogram_png(scores: list[float], max_score: float, title: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 2.6))
    bins = max(int(max_score), 1) + 1
    ax.hist(scores, bins=bins, range=(-0.5, max_score + 0.5), color="#4C72B0", edgecolor="white")
    ax.set_xlabel("score")
    ax.set_ylabel("submissions")
    ax.set_title(title)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def write_report(out: Path, results: list[SubmissionResult]) -> Path:
    """Write `out/report.html` for `results`; returns its path."""
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
             "td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
             ".bar{background:#4C72B0;height:10px}</style></head><body><h1>Class report</h1>"]
    analysis = item_analysis(results)
    for assignment in sorted({r.assignment for r in results}):
        mine = [r for r in results if r.assignment == assignment]
        max_score = max((r.max_score for r in mine), default=0.0)
        scores = [r.score for r in mine]
        mean = sum(scores) / len(scores) if scores else 0.0
        broken = sum(1 for r in mine if r.reason)
        parts.append(f"<h2>{html.escape(assignment)}</h2><p>{len(mine)} submissions, mean score "
                     f"{mean:.2f} / {max_score:g}; {broken} could not be graded as submitted.</p>")
        if max_score > 0:
            png = _histogram_png(scores, max_score, assignment)
            parts.append(f"<img alt='score histogram' src='data:image/png;base64,{png}'>")
        parts.append("<table><tr><th>graded cell</th><th>points</th><th>passed</th><th></th>"
                     "<th>most frequent failures</th></tr>")
        for row in analysis.get(assignment, []):
            rate = row["passed"] / row["total"] if row["total"] else 0.0
            top = "<br>".join(f"{count} &times; {html.escape(msg)}" for msg, count in row["top"])
            parts.append(f"<tr><td>{html.escape(row['grade_id'])}</td><td>{row['max_score']:g}</td>"
                         f"<td>{row['passed']}/{row['total']} ({rate:.0%})</td>"
                         f"<td><div class='bar' style='width:{int(rate * 80)}px'></div></td>"
                         f"<td>{top or '-'}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path = out / "report.html"
    path.write_text("".join(parts), encoding="utf-8")
    return path

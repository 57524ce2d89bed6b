"""The class report after an autograde run: `OUT/report.html`.

Per assignment: a histogram of the scores and an item analysis of each graded cell (how many
submissions passed it, and its most frequent failure messages), so an instructor sees at a glance
which exercise the class found hard and which mistake was common.
"""

from __future__ import annotations

import html
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


def histogram_svg(scores: list[float], max_score: float, title: str) -> str:
    """An inline SVG bar chart: how many submissions got each whole score from 0 to max_score.

    Drawn by hand rather than with matplotlib, so writing the report costs milliseconds."""
    top = max(int(max_score), 0)
    counts = Counter(min(max(round(s), 0), top) for s in scores)
    width, height, left, bottom, pad = 420, 190, 40, 30, 22
    plot_w, plot_h = width - left - 10, height - bottom - pad
    most = max(counts.values(), default=0) or 1
    bar = plot_w / (top + 1)
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"role='img' aria-label='score histogram'>",
             f"<text x='{width / 2}' y='15' text-anchor='middle' font-size='13'>"
             f"{html.escape(title)}</text>",
             f"<line x1='{left}' y1='{pad + plot_h}' x2='{left + plot_w}' y2='{pad + plot_h}' "
             "stroke='#333'/>",
             f"<text x='{left + plot_w / 2}' y='{height - 3}' text-anchor='middle' "
             "font-size='11'>score</text>",
             f"<text x='{left - 6}' y='{pad + 9}' text-anchor='end' font-size='10'>{most}</text>",
             f"<text x='{left - 6}' y='{pad + plot_h}' text-anchor='end' font-size='10'>0</text>"]
    step = max(1, (top + 1) // 12)
    for score in range(top + 1):
        x = left + score * bar
        n = counts.get(score, 0)
        h = plot_h * n / most
        if n:
            parts.append(f"<rect x='{x + 1:.1f}' y='{pad + plot_h - h:.1f}' width='{bar - 2:.1f}' "
                         f"height='{h:.1f}' fill='#4C72B0'><title>{n} with score {score}</title></rect>")
        if score % step == 0 or score == top:
            parts.append(f"<text x='{x + bar / 2:.1f}' y='{pad + plot_h + 12}' text-anchor='middle' "
                         f"font-size='10'>{score}</text>")
    parts.append("</svg>")
    return "".join(parts)


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
            parts.append(histogram_svg(scores, max_score, assignment))
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

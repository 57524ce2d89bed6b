"""The class report after an autograde run: `OUT/report.html`.

Per assignment: a histogram of the scores, the submissions that could not be graded at all (each
counted once, with its reason), and an item analysis of each graded cell:

- pass rate: the share of graded submissions that earned the cell's points;
- discrimination: the classic upper-lower index, the pass rate among the best 27 % of submissions
  minus that among the weakest 27 %, ranked by their score on the *other* cells (so a cell does
  not vote for itself); near 0 or negative, the cell does not separate strong from weak work;
- the failures grouped by the mistake they name (the hint of a known mistake) rather than by raw
  message, most frequent first;
- a verdict: broken (the course's reference answer fails it: the check is wrong, not the class),
  too hard, too easy, or weak at telling strong from weak work.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from grading.results import PASSED, SubmissionResult, failed_as_a_whole

TOP_MISTAKES = 4
UPPER_LOWER = 0.27  # Kelley's classic share for the upper and lower groups
TOO_HARD, TOO_EASY = 0.30, 0.95  # pass rates
WEAK_DISCRIMINATION = 0.10
MIN_FOR_VERDICT = 10  # graded submissions needed before a cell is called too easy/hard/weak
_NUMBER = re.compile(r"-?\d+(\.\d+)?(e-?\d+)?")


@dataclass
class CellStats:
    grade_id: str
    max_score: float
    total: int = 0  # graded submissions (those that could not be graded at all are left out)
    passed: int = 0
    discrimination: float | None = None
    mistakes: list[tuple[str, int]] = field(default_factory=list)
    verdict: str = ""

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def ungradable(result: SubmissionResult) -> bool:
    """Could not be graded at all: every cell failed for the one reason of the whole submission."""
    return failed_as_a_whole(result.reason, [c.message for c in result.cells])


def mistake_of(message: str) -> str:
    """What a failure message says went wrong, the same text for the same mistake: the hint of a
    known mistake if it names one, else the kind of error and the check, numbers left out."""
    parts = message.split(" | ")
    hint = next((part for part in parts if part.startswith("hint:")), "")
    if hint:
        return hint
    head = parts[0]
    kind, _, rest = head.partition(": ")
    if kind == "CheckFailure":
        check = rest.split("): ", 1)[0] + ")" if "): " in rest else rest.split(": ", 1)[0]
        return f"{check} is wrong, no known mistake matched"
    return _NUMBER.sub("#", head)[:160]


def discrimination(passed: list[bool], rest: list[float]) -> float | None:
    """Upper-lower index: pass rate of the top UPPER_LOWER share (by `rest`, the score on the
    other cells) minus that of the bottom share; None for fewer than 4 submissions."""
    n = len(passed)
    if n < 4:
        return None
    k = max(1, round(UPPER_LOWER * n))
    order = sorted(range(n), key=lambda i: rest[i])
    low, high = order[:k], order[-k:]
    return (sum(passed[i] for i in high) - sum(passed[i] for i in low)) / k


def item_analysis(results: list[SubmissionResult],
                  reference_failures: dict[str, set[str]] | None = None) -> dict[str, list[CellStats]]:
    """assignment -> one CellStats per graded cell, in notebook order. `reference_failures`:
    assignment -> grade_ids that the course's reference answer fails."""
    table: dict[str, list[CellStats]] = {}
    for assignment in sorted({r.assignment for r in results}):
        graded = [r for r in results if r.assignment == assignment and not ungradable(r)]
        ids = list(dict.fromkeys(c.grade_id for r in graded for c in r.cells))
        rows = []
        for grade_id in ids:
            cells = [(r, next((c for c in r.cells if c.grade_id == grade_id), None)) for r in graded]
            cells = [(r, c) for r, c in cells if c is not None]
            stats = CellStats(grade_id, max(c.max_score for _, c in cells), total=len(cells))
            passed = [c.score >= c.max_score for _, c in cells]
            stats.passed = sum(passed)
            stats.discrimination = discrimination(passed, [r.score - c.score for r, c in cells])
            stats.mistakes = Counter(mistake_of(c.message) for _, c in cells
                                     if c.score < c.max_score and c.message != PASSED
                                     ).most_common(TOP_MISTAKES)
            stats.verdict = verdict(stats, grade_id in (reference_failures or {}).get(assignment, ()))
            rows.append(stats)
        table[assignment] = rows
    return table


def verdict(stats: CellStats, reference_fails: bool) -> str:
    if reference_fails:
        return "broken: the reference answer fails it"
    if stats.total < MIN_FOR_VERDICT:
        return ""
    if stats.pass_rate < TOO_HARD:
        return "too hard?"
    if stats.pass_rate > TOO_EASY:
        return "too easy?"
    if stats.discrimination is not None and stats.discrimination < WEAK_DISCRIMINATION:
        return "does not separate strong from weak work"
    return ""


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


def write_report(out: Path, results: list[SubmissionResult],
                 reference_failures: dict[str, set[str]] | None = None) -> Path:
    """Write `out/report.html` for `results`; returns its path."""
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report</title>",
             "<style>body{font-family:sans-serif;max-width:72em;margin:auto}"
             "td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
             ".bar{background:#4C72B0;height:10px}.verdict{color:#b00}</style></head><body>"
             "<h1>Class report</h1>",
             f"<p>Pass rate: the share of graded submissions that earned the cell's points. "
             f"Discrimination: the pass rate among the best {UPPER_LOWER:.0%} of submissions minus "
             f"that among the weakest {UPPER_LOWER:.0%}, ranked by their score on the other cells "
             f"(1 separates perfectly; near 0 or below, the cell does not tell strong from weak "
             f"work). Verdicts (from {MIN_FOR_VERDICT} graded submissions on): too hard below "
             f"{TOO_HARD:.0%} passing, too easy above {TOO_EASY:.0%}, weak below "
             f"{WEAK_DISCRIMINATION:g} discrimination; broken if the course's reference answer "
             "fails the cell.</p>"]
    analysis = item_analysis(results, reference_failures)
    for assignment in sorted({r.assignment for r in results}):
        mine = [r for r in results if r.assignment == assignment]
        max_score = max((r.max_score for r in mine), default=0.0)
        scores = [r.score for r in mine]
        mean = sum(scores) / len(scores) if scores else 0.0
        failed = Counter(_NUMBER.sub("#", r.reason)[:200] for r in mine if ungradable(r))
        parts.append(f"<h2>{html.escape(assignment)}</h2><p>{len(mine)} submissions, mean score "
                     f"{mean:.2f} / {max_score:g}; <span class='ungradable'>"
                     f"{sum(failed.values())} could not be graded at all</span>"
                     f"{' (left out of the table below)' if failed else ''}.</p>")
        if failed:
            parts.append("<ul>" + "".join(f"<li>{count} &times; {html.escape(reason)}</li>"
                                          for reason, count in failed.most_common()) + "</ul>")
        if max_score > 0:
            parts.append(histogram_svg(scores, max_score, assignment))
        parts.append("<table><tr><th>graded cell</th><th>points</th><th>passed</th><th></th>"
                     "<th>discrimination</th><th>verdict</th><th>most frequent mistakes</th></tr>")
        for row in analysis.get(assignment, []):
            top = "<br>".join(f"{count} &times; {html.escape(text)}" for text, count in row.mistakes)
            index = "-" if row.discrimination is None else f"{row.discrimination:+.2f}"
            parts.append(f"<tr id='{html.escape(assignment)}-{html.escape(row.grade_id)}'>"
                         f"<td>{html.escape(row.grade_id)}</td><td>{row.max_score:g}</td>"
                         f"<td class='passed'>{row.passed}/{row.total} ({row.pass_rate:.0%})</td>"
                         f"<td><div class='bar' style='width:{int(row.pass_rate * 80)}px'></div></td>"
                         f"<td class='discrimination'>{index}</td>"
                         f"<td class='verdict'>{html.escape(row.verdict) or '-'}</td>"
                         f"<td class='mistakes'>{top or '-'}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path = out / "report.html"
    path.write_text("".join(parts), encoding="utf-8")
    return path

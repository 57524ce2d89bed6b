"""The class report's figures, on the rows they belong to: pass rates and discrimination per graded
cell, failures grouped by the mistake they name, a submission that could not be graded counted
once, and the verdicts (broken, too hard, too easy, weak)."""

from __future__ import annotations

import re

import pytest

from grading.report import discrimination, item_analysis, mistake_of, write_report
from grading.results import PASSED, CellResult, SubmissionResult

A = "C1W2A2_logistic_regression"
HINT = "hint: this is 1 - sigmoid(z): the exponent needs its minus sign"


def _failure(value: float, hint: str = HINT) -> str:
    return (f"CheckFailure: sigmoid(np.array([-1.0, 0.0, 2.5])): wrong value (off by {value}) "
            f"| expected: 0.9 | got: {value} | {hint}")


def _submission(student: str, passes: dict[str, bool], messages: dict[str, str] | None = None,
                reason: str = "") -> SubmissionResult:
    cells = [CellResult(A, grade_id, 1.0 if ok else 0.0, 1.0,
                        PASSED if ok else (messages or {}).get(grade_id, "AssertionError: no"))
             for grade_id, ok in passes.items()]
    return SubmissionResult(student, A, cells, reason)


def _class() -> list[SubmissionResult]:
    """12 graded submissions; test_a passed by the 6 strongest only, test_b by all but one,
    test_c by a third, spread evenly; plus one unreadable file."""
    results = []
    for i in range(12):
        strong = i >= 6
        results.append(_submission(f"s{i:02d}", {
            "test_a": strong,
            "test_b": i != 0,
            "test_c": i % 3 == 0,
            "test_d": strong or i == 1,
        }, messages={"test_a": _failure(0.1 * i), "test_c": f"NotImplementedError: c raised {i}"}))
    why = "notebook was not submitted"
    results.append(SubmissionResult("broken_file", A, [CellResult(A, g, 0, 1, why) for g in
                                                        ("test_a", "test_b", "test_c", "test_d")],
                                    reason=why))
    return results


def _row(report: str, grade_id: str) -> str:
    match = re.search(rf"<tr id='{A}-{grade_id}'>(.*?)</tr>", report)
    assert match, grade_id
    return match.group(1)


def _cell(row: str, name: str) -> str:
    return re.search(rf"<td class='{name}'>(.*?)</td>", row).group(1)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("report")
    return write_report(out, _class(), {A: {"test_b"}}).read_text()


def test_an_ungradable_submission_is_counted_once_and_not_among_the_cells(report):
    assert "1 could not be graded at all" in report
    assert report.count("notebook was not submitted") == 1
    for grade_id in ("test_a", "test_b", "test_c", "test_d"):
        assert "/12 (" in _cell(_row(report, grade_id), "passed")


def test_pass_rates_and_discrimination_sit_on_their_rows(report):
    assert _cell(_row(report, "test_a"), "passed") == "6/12 (50%)"
    assert _cell(_row(report, "test_b"), "passed") == "11/12 (92%)"
    assert _cell(_row(report, "test_c"), "passed") == "4/12 (33%)"
    # test_a: the 3 best by the other cells all pass it, the 3 weakest none: +1.00
    assert _cell(_row(report, "test_a"), "discrimination") == "+1.00"


def test_failures_are_grouped_by_the_mistake_they_name(report):
    mistakes = _cell(_row(report, "test_a"), "mistakes")
    assert mistakes.count("&times;") == 1 and mistakes.startswith("6 &times; hint: this is 1 - sigmoid")
    # without a hint, the error without its numbers
    assert _cell(_row(report, "test_c"), "mistakes") == "8 &times; NotImplementedError: c raised #"


def test_verdicts(report):
    assert _cell(_row(report, "test_b"), "verdict") == "broken: the reference answer fails it"
    assert _cell(_row(report, "test_a"), "verdict") == "-"
    stats = {s.grade_id: s for s in item_analysis(_class())[A]}
    assert not stats["test_b"].verdict.startswith("broken")  # the reference passes it here
    assert stats["test_c"].discrimination < 0.1  # passed by every third, strong or weak
    assert stats["test_c"].verdict == "does not separate strong from weak work"


def test_too_hard_and_too_easy():
    results = [_submission(f"s{i}", {"test_hard": i == 0, "test_easy": True, "test_mid": i % 2 == 0})
               for i in range(20)]
    stats = {s.grade_id: s for s in item_analysis(results)[A]}
    assert stats["test_hard"].verdict == "too hard?"
    assert stats["test_easy"].verdict == "too easy?"


def test_discrimination_is_the_upper_minus_the_lower_group():
    assert discrimination([False, False, True, True], [0, 1, 2, 3]) == 1.0
    assert discrimination([True, True, False, False], [0, 1, 2, 3]) == -1.0
    assert discrimination([True, False, True], [0, 1, 2]) is None


def test_a_failure_without_a_hint_names_the_check():
    text = mistake_of("CheckFailure: propagate(w, b, X, Y)[1]: wrong value (off by 0.3) | expected: 1")
    assert text == "propagate(w, b, X, Y)[1] is wrong, no known mistake matched"

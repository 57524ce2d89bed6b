"""nbconvert preprocessors the grading tool adds to nbgrader's autograde chain."""

from __future__ import annotations

from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution

from grading.course import SKIP_TAG


class KeepGradedCellsRunnable(NbGraderPreprocessor):
    """Take the `skip-grading` tag off graded and solution cells before execution.

    Heavy cells carry the tag so that the executor skips them; a tag put on a graded or solution
    cell (by mistake or on purpose) must not stop it from running, or a skipped test would count as
    passed.
    """

    def preprocess_cell(self, cell, resources, index):
        tags = cell.metadata.get("tags", [])
        if SKIP_TAG in tags and (is_grade(cell) or is_solution(cell)):
            cell.metadata["tags"] = [tag for tag in tags if tag != SKIP_TAG]
        return cell, resources


class ShortenGradedTracebacks(NbGraderPreprocessor):
    """Keep only the error message in a graded cell's traceback, for feedback pages.

    IPython's traceback quotes the source lines around the failing check, which would show the
    hidden checks to the student; the message of a failed check already says what went wrong.
    """

    def preprocess_cell(self, cell, resources, index):
        if is_grade(cell) and cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    evalue = output.get("evalue", "")
                    output["traceback"] = [f"{output.get('ename', 'Error')}: {evalue}".rstrip(": ")]
        return cell, resources


class ClearHiddenTestsOfGradedCells(NbGraderPreprocessor):
    """Take the hidden checks out of the graded cells of an autograded notebook, once it is scored.

    nbgrader puts the source version of each graded cell (hidden checks included) into the
    autograded notebook; our grader runs them in its own process and needs them no more. Without
    them, the autograded notebook can go back to a student as it is. Only graded cells are
    touched: markers a student typed elsewhere are their own text.
    """

    def preprocess_cell(self, cell, resources, index):
        if is_grade(cell) and cell.cell_type == "code":
            ClearHiddenTests(enforce_metadata=False)._remove_hidden_test_region(cell)
        return cell, resources

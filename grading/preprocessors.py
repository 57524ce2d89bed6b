"""nbconvert preprocessors the grading tool adds to nbgrader's autograde chain."""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor
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

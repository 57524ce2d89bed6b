"""Test helpers around the answer key: the calls each graded cell's visible checks make."""

from __future__ import annotations

import contextlib
import copy
import inspect
import io
import warnings

import numpy as np

from grading import key, notebooks
from grading.derive import visible_part


def visible_calls(assignment: str) -> dict[str, list[tuple[list, object]]]:
    """function -> [(arguments, key's result)] for every call of it that its graded cell's visible
    checks make, arguments bound to the signature (defaults filled in), in order."""
    calls: dict[str, list] = {f: [] for f in key.graded_names(assignment)}
    source = notebooks.read(key.source_notebook(assignment))
    for grade_id, cell in notebooks.graded_cells(source).items():
        function = grade_id.removeprefix("test_")
        space = key.key_namespace(assignment)
        real = space[function]

        def spy(*args, _real=real, _function=function, **kwargs):
            bound = inspect.signature(_real).bind(*args, **kwargs)
            bound.apply_defaults()
            arguments = copy.deepcopy(list(bound.args))
            result = _real(*args, **kwargs)
            calls[_function].append((arguments, copy.deepcopy(result)))
            return result

        space[function] = spy
        with key.in_folder(key.source_notebook(assignment).parent), warnings.catch_warnings(), \
                contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            np.random.seed(1)
            exec(visible_part(cell.source), space)
    return calls


def same(a, b) -> bool:
    """Whether two outputs are equal: same structure, arrays equal to 1e-9."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    try:
        a_array, b_array = np.asarray(a), np.asarray(b)
        if a_array.dtype.kind in "biuf" and b_array.dtype.kind in "biuf":
            return a_array.shape == b_array.shape and bool(
                np.allclose(a_array, b_array, rtol=1e-9, atol=1e-12, equal_nan=True))
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False

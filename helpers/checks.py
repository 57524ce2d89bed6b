"""The learner-facing check harness used in graded test cells.

A graded cell runs the learner's function on fixed inputs and compares each output with the
expected value; a mismatch raises :class:`CheckFailure` with a message that says what is wrong,
shows expected and got values, and guesses the mistake (see :mod:`helpers.diagnose`)::

    grads, cost = propagate(w, b, X, Y)
    check("grads", grads, {"dw": np.array([[0.99], [2.39]]), "db": 0.0014})
    check("cost", cost, 5.8015)
    passed("propagate")

What :func:`check` accepts, by the type of the expected value:

- dict: a mapping with the same keys (missing and extra keys are named), values checked recursively;
- tuple: a tuple or list of the same length; list: also a NumPy array of that length;
- np.ndarray: an np.ndarray of the same shape, all finite where expected is finite, values within
  ``np.allclose(got, expected, rtol=rtol, atol=atol)``. Any numeric dtype is compared by value, with
  one exception: when the expected floats are not all whole numbers, an int or bool array cannot
  hold the answer and fails at once. So 0./1. predictions accept ints and bools, but an int array
  for a gradient does not pass;
- a number (Python int/float, NumPy scalar, 0-d array): a Python number, NumPy scalar or 0-d array,
  never an array of shape (1,) or (1, 1); an int where a non-whole float is expected fails;
- bool: a bool or np.bool_; anything else (str, None): equality.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from helpers import check_data, diagnose

__all__ = ["CheckFailure", "check", "expected", "isolated", "passed", "substituted"]

_NUMBER_TYPES = (int, float, np.integer, np.floating)
_MISSING = object()


class CheckFailure(AssertionError):
    """Raised by :func:`check` when a learner's output differs from the expected value."""


@dataclass
class _Failure:
    path: str  # what the learner sees, e.g. 'grads["dw"]'
    problem: str
    expected: str
    got: str
    hint: str | None = None

    def message(self) -> str:
        lines = [f"{self.path}: {self.problem}", f"  expected: {self.expected}",
                 f"  got:      {self.got}"]
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)


def check(name: str, got: Any, expected: Any, *, atol: float = 1e-7, rtol: float = 1e-6,
          mistakes: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None) -> None:
    """Compare one output ``got`` of a learner's function with ``expected``.

    name -- how the learner sees this output, e.g. "cost" or "grads"; nested parts are named
        from it, e.g. 'grads["dw"]' or "propagate output[1]".
    mistakes -- optional {hint: what a known mistake returns on the same inputs}, or such
        (hint, output) pairs (two mistakes may share a hint); when ``got``
        matches one of these values (same tolerances), its hint names the mistake, replacing the
        generic guess. The visible checks get them from checks.json (see `expected`).
    Raises CheckFailure with an explanation on a mismatch; returns None otherwise.
    """
    __tracebackhide__ = True  # pytest (and IPython's debugger) hide this frame
    failure = _compare(name, got, expected, atol, rtol)
    if failure is None:
        return
    pairs = mistakes.items() if isinstance(mistakes, Mapping) else (mistakes or ())
    for hint, mistaken in pairs:
        if _compare(name, got, mistaken, atol, rtol) is None:
            failure.hint = hint
            break
    raise CheckFailure(failure.message())


def passed(function_name: str) -> None:
    """Print the success line that ends a graded test cell."""
    print(f"\u2714 {function_name}: all checks passed")


@contextlib.contextmanager
def substituted(namespace: dict[str, Any], source: object, *names: str) -> Iterator[None]:
    """Temporarily set ``namespace[name] = getattr(source, name)`` for each name.

    On exit, even through an exception, the old values come back and names that did not exist
    are removed. Grades a composite function with reference versions of what it calls::

        with substituted(globals(), ref, "optimize", "predict"):
            d = model(X_train, Y_train, X_test, Y_test)
    """
    replacements = {name: getattr(source, name) for name in names}  # fail before changing anything
    saved = {name: namespace.get(name, _MISSING) for name in names}
    namespace.update(replacements)
    try:
        yield
    finally:
        for name, old in saved.items():
            if old is _MISSING:
                namespace.pop(name, None)
            else:
                namespace[name] = old


# --- checks whose expected values come from checks.json ----------------------------------------

# Where checks.json is read from: the notebook's folder (the working directory) unless a grader
# points it elsewhere; and, while the instructor's `python -m grading derive` runs, the recorder
# that collects what each check is given instead of comparing it.
data_folder: Path | None = None
recorder: Callable[[str, str, Any], None] | None = None
_loaded: dict[Path, dict] = {}


def _folder() -> Path:
    return (data_folder or Path.cwd()).resolve()


class Expected:
    """The visible checks of one graded function: ``expect(name, got)`` compares ``got`` with the
    expected value stored under ``name`` in checks.json, and a mismatch that equals what a usual
    mistake gives names that mistake in its hint."""

    def __init__(self, function_name: str):
        self.function_name = function_name

    def __call__(self, name: str, got: Any, *, atol: float = 1e-7, rtol: float = 1e-6) -> None:
        __tracebackhide__ = True
        if recorder is not None:
            recorder(self.function_name, name, got)
            return
        folder = _folder()
        if folder not in _loaded:
            _loaded[folder] = check_data.load(folder)
        entry = _loaded[folder].get(self.function_name, {}).get(name)
        if entry is None:
            raise LookupError(f"checks.json in {folder} has no check {name!r} of "
                              f"{self.function_name}: is it the file of this assignment?")
        check(name, got, entry["expected"], atol=atol, rtol=rtol, mistakes=entry["mistakes"])


def expected(function_name: str) -> Expected:
    """The visible checks of `function_name`, backed by checks.json::

        expect = expected("propagate")
        grads, cost = propagate(w, b, X, Y)
        expect('grads["dw"]', grads["dw"])
    """
    return Expected(function_name)


@contextlib.contextmanager
def isolated(namespace: dict[str, Any], function_name: str) -> Iterator[None]:
    """Run a graded function the way the grader does: inside the block, the course's own
    versions of the other graded functions it calls stand in for yours, so that a mistake in one
    of them costs the points of that function only. In your own notebook the course's versions
    are not there, and your functions run as they are."""
    course = _course_versions(function_name)
    if course is None:
        yield
        return
    with substituted(namespace, course, *vars(course)):
        yield


def _course_versions(function_name: str) -> Any:
    """The answer key's versions of what `function_name` calls, as attributes, where the
    instructor's answer key is at hand (`grading.key`); None in a student's installation."""
    try:
        from grading import key
    except Exception:  # noqa: BLE001 -- not installed, or not readable here: no course versions
        return None
    return key.versions_called_by(_folder(), function_name)


# --- comparison ------------------------------------------------------------------------------


def _compare(path: str, got: Any, expected: Any, atol: float, rtol: float) -> _Failure | None:
    if isinstance(expected, Mapping):
        return _compare_dict(path, got, expected, atol, rtol)
    if isinstance(expected, (tuple, list)):
        return _compare_sequence(path, got, expected, atol, rtol)
    if isinstance(expected, np.ndarray) and expected.ndim > 0:
        return _compare_array(path, got, expected, atol, rtol)
    if isinstance(expected, (np.ndarray, np.generic)):
        expected = expected.item()  # NumPy scalar or 0-d array: a plain Python value
    if isinstance(expected, bool):
        return _compare_bool(path, got, expected)
    if isinstance(expected, (int, float)):
        return _compare_number(path, got, expected, atol, rtol)
    return _compare_equal(path, got, expected)


def _compare_dict(path: str, got: Any, expected: Mapping, atol: float,
                  rtol: float) -> _Failure | None:
    if not isinstance(got, Mapping):
        return _Failure(path, f"expected a dict, got {_kind(got)}", _describe(expected),
                        _describe(got))
    missing = [key for key in expected if key not in got]
    extra = [key for key in got if key not in expected]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing key{'s' * (len(missing) > 1)} " + ", ".join(map(_key, missing)))
        if extra:
            parts.append(f"unexpected key{'s' * (len(extra) > 1)} " + ", ".join(map(_key, extra)))
        hint = next(
            (f"keys are case-sensitive: {_key(m)}, not {_key(x)}" for m in missing for x in extra
             if str(m).lower() == str(x).lower()),
            None,
        )
        return _Failure(path, "; ".join(parts), _describe(expected), _describe(got), hint)
    for key, value in expected.items():
        failure = _compare(f"{path}[{_key(key)}]", got[key], value, atol, rtol)
        if failure is not None:
            return failure
    return None


def _compare_sequence(path: str, got: Any, expected: tuple | list, atol: float,
                      rtol: float) -> _Failure | None:
    n = len(expected)
    if isinstance(expected, list) and isinstance(got, np.ndarray) and got.ndim >= 1:
        got = list(got)  # e.g. costs returned as an array instead of a list
    if not isinstance(got, (tuple, list)):
        hint = f"return all {n} values, separated by commas: return a, b" if n > 1 else None
        problem = f"expected a {type(expected).__name__} of {n} values, got {_kind(got)}"
        return _Failure(path, problem, _describe(expected), _describe(got), hint)
    if len(got) != n:
        return _Failure(path, f"expected {n} values, got {len(got)}",
                        _describe(expected), _describe(got))
    for i, (g, e) in enumerate(zip(got, expected, strict=True)):
        failure = _compare(f"{path}[{i}]", g, e, atol, rtol)
        if failure is not None:
            return failure
    return None


def _compare_array(path: str, got: Any, expected: np.ndarray, atol: float,
                   rtol: float) -> _Failure | None:
    exp_text, got_text, es = _describe(expected), _describe(got), expected.shape
    if isinstance(got, (list, tuple)):
        return _Failure(path, f"expected a NumPy array of shape {es}, got {_kind(got)}",
                        exp_text, got_text, diagnose.LIST_NOT_ARRAY)
    if _is_number(got) or isinstance(got, np.generic):
        got = np.asarray(got)
    if not isinstance(got, np.ndarray):
        return _Failure(path, f"expected a NumPy array of shape {es}, got {_kind(got)}",
                        exp_text, got_text)
    if expected.dtype.kind not in "biuf":  # strings, objects: plain equality
        if got.shape == es and np.array_equal(got, expected):
            return None
        return _Failure(path, "wrong values", exp_text, got_text)
    if got.dtype.kind not in "biuf":
        return _Failure(path, f"has dtype {got.dtype}, expected numbers", exp_text, got_text)
    if got.shape != es:
        problem = (f"is a single number, expected an array of shape {es}" if got.ndim == 0
                   else f"has shape {got.shape}, expected {es}")
        return _Failure(path, problem, exp_text, got_text,
                        diagnose.shape_hint(got, expected, atol, rtol))
    exp_f, got_f = expected.astype(np.float64), got.astype(np.float64)
    finite = np.isfinite(exp_f)
    whole = bool(np.all(exp_f[finite] == np.round(exp_f[finite])))
    if expected.dtype.kind == "f" and got.dtype.kind in "biu" and not whole:
        return _Failure(path, f"has dtype {got.dtype}, expected floating-point values",
                        exp_text, got_text, diagnose.INTEGER_DTYPE)
    bad = ~np.isfinite(got_f) & finite
    if bad.any():
        return _Failure(path, f"contains NaN or inf ({bad.sum()} of {bad.size} values)",
                        exp_text, got_text, diagnose.NON_FINITE)
    close = np.isclose(got_f, exp_f, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    diff = np.where(close, 0.0, np.nan_to_num(np.abs(got_f - exp_f), nan=np.inf))
    at = np.unravel_index(int(np.argmax(diff)), es)
    problem = (f"{(~close).sum()} of {close.size} values differ; largest difference "
               f"{diff[at]:.3g} at [{', '.join(map(str, at))}] "
               f"(expected {exp_f[at]:.6g}, got {got_f[at]:.6g})")
    hint = None
    if expected.dtype.kind == "f" and finite.all():
        hint = diagnose.value_hint(got_f, exp_f, atol, rtol)
    return _Failure(path, problem, exp_text, got_text, hint)


def _compare_number(path: str, got: Any, expected: int | float, atol: float,
                    rtol: float) -> _Failure | None:
    exp_text, got_text = repr(expected), _describe(got)
    if isinstance(got, np.ndarray) and got.ndim > 0:
        hint = diagnose.NUMBER_NOT_ARRAY if got.size == 1 else diagnose.NOT_REDUCED
        return _Failure(path, f"expected a number, got an array of shape {got.shape}",
                        exp_text, got_text, hint)
    if isinstance(got, np.ndarray) and got.dtype.kind in "iuf":
        got = got[()]  # 0-d array -> NumPy scalar
    if not _is_number(got):
        hint = diagnose.NUMBER_NOT_ARRAY if isinstance(got, (list, tuple)) else None
        return _Failure(path, f"expected a number, got {_kind(got)}", exp_text, got_text, hint)
    g, e = float(got), float(expected)
    if isinstance(got, (int, np.integer)) and not e.is_integer():
        return _Failure(path, "is an integer, expected a floating-point number",
                        exp_text, got_text, diagnose.INTEGER_DTYPE)
    if not np.isfinite(g) and np.isfinite(e):
        return _Failure(path, f"is {g}", exp_text, got_text, diagnose.NON_FINITE)
    if np.isclose(g, e, rtol=rtol, atol=atol, equal_nan=True):
        return None
    hint = None
    if isinstance(expected, float) and np.isfinite(e):
        hint = diagnose.value_hint(np.array(g), np.array(e), atol, rtol)
    return _Failure(path, f"wrong value (off by {abs(g - e):.3g})", exp_text, got_text, hint)


def _compare_bool(path: str, got: Any, expected: bool) -> _Failure | None:
    if isinstance(got, np.ndarray) and got.ndim == 0 and got.dtype.kind == "b":
        got = got[()]
    if not isinstance(got, (bool, np.bool_)):
        return _Failure(path, f"expected True or False, got {_kind(got)}", repr(expected),
                        _describe(got))
    if bool(got) != expected:
        return _Failure(path, f"is {bool(got)}, expected {expected}", repr(expected),
                        _describe(got))
    return None


def _compare_equal(path: str, got: Any, expected: Any) -> _Failure | None:
    if expected is None:
        same = got is None
    else:
        try:
            same = isinstance(got, type(expected)) and bool(got == expected)
        except (TypeError, ValueError):
            same = False
    return None if same else _Failure(path, "wrong value", _describe(expected), _describe(got))


# --- formatting ------------------------------------------------------------------------------


def _is_number(x: Any) -> bool:
    return isinstance(x, _NUMBER_TYPES) and not isinstance(x, (bool, np.bool_))


def _key(key: Any) -> str:
    return f'"{key}"' if isinstance(key, str) else repr(key)


def _kind(x: Any) -> str:
    """A short noun phrase for x's type: 'a list', 'a NumPy array', 'a NumPy float64', 'None'."""
    if x is None:
        return "None"
    if isinstance(x, np.ndarray):
        return "a NumPy array"
    name = type(x).__name__
    if isinstance(x, np.generic):
        return f"a NumPy {name}"
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def _describe(x: Any, width: int = 160) -> str:
    """A one-line, abbreviated description of a value for the expected/got lines."""
    if isinstance(x, np.ndarray):
        text = np.array2string(x, precision=6, threshold=12, edgeitems=2, separator=", ",
                               max_line_width=10**6).replace("\n", "")
        text = " ".join(text.split()).replace(" ,", ",").replace(" ]", "]")
        if len(text) > width:
            text = text[: width - 3] + "..."
        return f"{text}  (shape {x.shape}, {x.dtype})"
    if isinstance(x, Mapping):
        return "a dict with keys [" + ", ".join(map(_key, x)) + "]"
    if isinstance(x, (tuple, list)) and any(isinstance(v, (np.ndarray, Mapping)) for v in x):
        return f"{_kind(x)} of {len(x)} values: " + ", ".join(_kind(v) for v in x)
    text = " ".join(repr(x).split())
    return text if len(text) <= width else text[: width - 3] + "..."

"""The data behind a notebook's visible checks: `checks.json`, next to the notebook.

For each graded function, for each output its visible check compares, the file holds the expected
value and what the usual mistakes give on the same inputs, each with its hint. It is derived from
the course's answer key by the instructor's command `python -m grading derive` (never typed by
hand) and ships with the assignment, so a failing check can name the mistake without any answer
being in the student's folder:

    {"about": "...", "checks": {"propagate": {"cost": {"expected": 0.36,
                                                      "mistakes": [["the cost lost its minus sign ...", -0.36]]}}}}

Values are stored exactly: NumPy arrays as nested lists with their dtype and shape, tuples and
dicts tagged, floats as JSON numbers (repr round-trips; nan and inf are tagged).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

FILENAME = "checks.json"
ABOUT = ("Expected outputs of the visible checks and what the usual mistakes give, derived from "
         "the answer key by `python -m grading derive`. Do not edit: the checks read this file.")


def encode(value: Any) -> Any:
    """A JSON-ready form of `value` (numbers, strings, None, NumPy arrays and scalars, and
    lists, tuples and dicts of them); TypeError for anything else."""
    if value is None or isinstance(value, (bool, str)) or type(value) is int:
        return value
    if type(value) is float:
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, np.ndarray):
        return {"array": encode(value.tolist()) if value.dtype.kind == "f" else value.tolist(),
                "dtype": value.dtype.str, "shape": list(value.shape)}
    if isinstance(value, np.generic):
        return {"scalar": encode(value.item()), "dtype": value.dtype.str}
    if type(value) is tuple:
        return {"tuple": [encode(v) for v in value]}
    if type(value) is list:
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"dict": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot store a value of type {type(value).__name__} in {FILENAME}")


def decode(data: Any) -> Any:
    if data is None or isinstance(data, (bool, str, int, float)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if "float" in data:
        return float(data["float"])
    if "array" in data:
        dtype = np.dtype(data["dtype"])
        return np.array(_plain(decode(data["array"])), dtype=dtype).reshape(data["shape"])
    if "scalar" in data:
        return np.dtype(data["dtype"]).type(decode(data["scalar"]))
    if "tuple" in data:
        return tuple(decode(v) for v in data["tuple"])
    if "dict" in data:
        return {_hashable(decode(k)): decode(v) for k, v in data["dict"]}
    raise ValueError(f"unexpected data in {FILENAME}: {str(data)[:80]}")


def _plain(value: Any) -> Any:
    return [_plain(v) for v in value] if isinstance(value, list) else value


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def dumps(checks: dict[str, dict[str, dict[str, Any]]]) -> str:
    """The text of a checks file: {function: {check name: {"expected", "mistakes"}}}, one value
    per line. A mistake that gives the expected value, or repeats an earlier (hint, value), is
    left out: it could never name a wrong answer."""
    lines = ["{", f' "about": {_json(ABOUT)},', ' "checks": {']
    for f_index, (function, names) in enumerate(checks.items()):
        lines.append(f"  {_json(function)}: {{")
        for n_index, (name, entry) in enumerate(names.items()):
            expected = _json(encode(entry["expected"]))
            kept = []
            for hint, value in entry["mistakes"]:
                pair = f"[{_json(hint)}, {_json(encode(value))}]"
                if _json(encode(value)) != expected and pair not in kept:
                    kept.append(pair)
            lines.append(f"   {_json(name)}: {{")
            lines.append(f'    "expected": {expected},')
            lines.append('    "mistakes": [' + ("" if not kept else "\n     " + ",\n     ".join(kept)
                                              + "\n    ") + "]")
            lines.append("   }" + ("," if n_index < len(names) - 1 else ""))
        lines.append("  }" + ("," if f_index < len(checks) - 1 else ""))
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def load(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """{function: {check name: {"expected": value, "mistakes": [(hint, value), ...]}}} from
    `folder/checks.json`; FileNotFoundError with a plain message when it is missing."""
    path = Path(folder) / FILENAME
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: the visible checks read their expected values from it. It comes "
            "with the assignment; copy it back from the released folder.")
    return load_text(path.read_text(encoding="utf-8"))


def load_text(text: str) -> dict[str, dict[str, dict[str, Any]]]:
    """What `load` reads, from the text of a checks file."""
    raw = json.loads(text)["checks"]
    return {function: {name: {"expected": decode(entry["expected"]),
                              "mistakes": [(hint, decode(value)) for hint, value in entry["mistakes"]]}
                       for name, entry in names.items()}
            for function, names in raw.items()}

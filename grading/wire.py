"""Plain-data encoding between the grader and the student's verification process (no pickles).

Only these cross: None, bool, int, float, str, NumPy numeric arrays and scalars (sent as raw bytes
with dtype and shape, so values arrive bit for bit), and lists, tuples and dicts of those. Anything
else, such as an object with its own `__eq__`, is refused with a message that names its type.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np

MAX_DEPTH = 20
ALLOWED_KINDS = "biufc"  # bool, int, uint, float, complex


class WireError(TypeError):
    """A value that cannot be sent as plain data."""


def encode(value: Any, depth: int = 0) -> Any:
    """A JSON-ready form of `value`, or WireError."""
    if depth > MAX_DEPTH:
        raise WireError("the value is nested too deeply")
    if value is None or type(value) in (bool, int, str):
        return value
    if type(value) is float:
        return {"float": repr(value)}  # repr round-trips, including nan and inf
    if isinstance(value, (np.ndarray, np.generic)):
        array = np.asarray(value)
        if array.dtype.kind not in ALLOWED_KINDS:
            raise WireError(f"a NumPy array of dtype {array.dtype} cannot be checked")
        return {"nd": base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii"),
                "dtype": array.dtype.str, "shape": list(array.shape),
                "scalar": isinstance(value, np.generic)}
    if type(value) in (list, tuple):
        items = [encode(v, depth + 1) for v in value]
        return {"tuple": items} if type(value) is tuple else {"list": items}
    if type(value) is dict:
        return {"dict": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    raise WireError(f"an object of type {type(value).__name__} cannot be checked: return numbers, "
                    "NumPy arrays, or lists, tuples and dicts of them")


def decode(data: Any) -> Any:
    """The value that `encode` encoded."""
    if data is None or type(data) in (bool, int, str):
        return data
    if type(data) is dict:
        if "float" in data:
            return float(data["float"])
        if "nd" in data:
            raw = base64.b64decode(data["nd"])
            dtype = np.dtype(data["dtype"])
            if dtype.kind not in ALLOWED_KINDS:
                raise WireError(f"dtype {dtype} is not allowed")
            array = np.frombuffer(raw, dtype=dtype).reshape(data["shape"]).copy()
            return array[()] if data.get("scalar") else array
        if "list" in data:
            return [decode(v) for v in data["list"]]
        if "tuple" in data:
            return tuple(decode(v) for v in data["tuple"])
        if "dict" in data:
            return {decode(k): decode(v) for k, v in data["dict"]}
    raise WireError(f"unexpected data: {str(data)[:80]}")


def dumps(message: dict) -> str:
    return json.dumps(message, allow_nan=False)


def loads(line: str) -> dict:
    return json.loads(line)
